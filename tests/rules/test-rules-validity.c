/* test-rules-validity.c — what the rules do with values the form lets
 * through: an ID number that disagrees with 出生年月, incomplete team
 * members, and the duplicate-leader check against the whole document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-store-peers.h"
#include "sks-studio-complete.h"
#include "sks-validate.h"
#include "test-rules-common.h"

#define PASS SKS_VERDICT_PASS
#define FAIL SKS_VERDICT_FAIL
#define WARNING SKS_VERDICT_WARNING
#define MANUAL SKS_VERDICT_MANUAL
#define NA SKS_VERDICT_NOT_APPLICABLE

static SksPolicy *huzhou;
static SksPolicy *hangzhou;

static SksPolicy *
get_policy (const char *id)
{
  return g_str_equal (id, "huzhou-2025") ? huzhou : hangzhou;
}

/* master.birth_agreement, one row per case and profile */

typedef struct {
  const char       *name;
  const char       *policy;
  const char       *birth;        /* 出生年月; the ID number says 1980-05-01 */
  gboolean          id_number;
  SksVerdictStatus  expected;
  const char       *says;
} AgreementCase;

static const AgreementCase agreement_cases[] = {
  { "agree", "huzhou-2025", "1980-05", TRUE, PASS, "(1980-05) agrees with the ID number" },
  { "agree", "hangzhou-2023", "1980-05", TRUE, PASS, "(1980-05) agrees with the ID number" },
  { "conflict-month", "huzhou-2025", "1980-06", TRUE, FAIL,
    "(1980-06) and the ID number (born 1980-05) disagree; until one is corrected the rules use "
    "1980-06" },
  { "conflict-year", "hangzhou-2023", "1979-05", TRUE, FAIL, "the rules use 1979-05" },
  { "no-id-number", "huzhou-2025", "1980-05", FALSE, MANUAL, NULL },
  { "no-birth", "huzhou-2025", NULL, TRUE, MANUAL, NULL },
};

static void
test_birth_agreement (gconstpointer data)
{
  const AgreementCase *c = data;
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  SksMaster *master = sks_studio_get_master (studio);
  g_autofree char *text = NULL;
  SksVerdictStatus status;

  g_object_set (master, "birth", c->birth, NULL);
  if (!c->id_number)
    g_object_set (master, "id-number", NULL, NULL);
  status = check_rule (get_policy (c->policy), studio, "master.birth_agreement", &text);
  g_test_message ("%s", text);
  g_assert_cmpstr (sks_verdict_status_get_nick (status), ==,
                   sks_verdict_status_get_nick (c->expected));
  if (c->says)
    assert_contains (text, c->says);
}

/* While they disagree, the age rule keeps to 出生年月 (what the form and
 * Annex 3 show), not to the ID number's date; corrected, the day counts. */
static void
test_age_rule_uses_form_birth (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1975, 3, 1, 1);   /* ID: after the cut-off */
  g_autofree char *text = NULL;
  g_autofree char *corrected = NULL;
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);

  g_object_set (sks_studio_get_master (studio), "birth", "1975-01", NULL);
  g_assert_cmpint (check_rule (huzhou, studio, "master.birth_cutoff", &text), ==, WARNING);
  assert_contains (text, "1975-01");
  g_assert_null (strstr (text, "1975-03-01"));
  sks_rule_engine_set_studio (engine, studio);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, FAIL);   /* the conflict fails */

  g_object_set (sks_studio_get_master (studio), "birth", "1975-03", NULL);
  g_assert_cmpint (check_rule (huzhou, studio, "master.birth_cutoff", &corrected), ==, PASS);
  assert_contains (corrected, "born 1975-03");
  g_assert_cmpint (check_rule (huzhou, studio, "master.birth_agreement", NULL), ==, PASS);
  g_assert_cmpint (sks_rule_engine_get_status (engine), !=, FAIL);
  sks_rule_engine_set_studio (engine, NULL);
}

/* Retirement distance (Hangzhou) follows the same agreed date. */
static void
test_retirement_uses_form_birth (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autofree char *text = NULL;

  g_object_set (sks_studio_get_master (studio), "birth", "1966-05", NULL);
  check_rule (hangzhou, studio, "master.retirement_distance", &text);
  assert_contains (text, "1966-05");
}

/* team.present / team.min_size count only complete members */

typedef struct {
  const char *name;
  const char *property;
  const char *text;     /* for text fields */
  int         number;   /* for gender */
} BrokenMember;

static const BrokenMember broken_members[] = {
  { "birth-1990-13", "birth", "1990-13", 0 },
  { "no-gender", "gender", NULL, SKS_GENDER_UNSET },
  { "no-education", "education", NULL, 0 },
  { "no-occupation", "occupation", NULL, 0 },
  { "no-birth", "birth", NULL, 0 },
};

static void
test_team_counts_complete (gconstpointer data)
{
  const BrokenMember *b = data;
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksTeamMember) member = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (check_rule (hangzhou, studio, "team.min_size", NULL), ==, PASS);
  member = g_list_model_get_item (sks_studio_get_team (studio), 1);
  if (g_str_equal (b->property, "gender"))
    g_object_set (member, "gender", b->number, NULL);
  else
    g_object_set (member, b->property, b->text, NULL);
  g_assert_false (sks_team_member_is_complete (member));

  /* 3 members, one incomplete: 2 count, below Hangzhou's 3 */
  g_assert_cmpint (check_rule (hangzhou, studio, "team.min_size", &text), ==, FAIL);
  assert_contains (text, "2 team members besides the leader");
  assert_contains (text, "1 incomplete member is not counted until fixed: 成员2");
  g_assert_cmpint (check_rule (huzhou, studio, "team.present", NULL), ==, PASS);

  /* the only member incomplete: Huzhou's team rule fails too */
  sks_studio_remove_team_member (studio, 2);
  sks_studio_remove_team_member (studio, 0);
  g_assert_cmpint (check_rule (huzhou, studio, "team.present", NULL), ==, FAIL);
}

/* The application is incomplete while a value fails or a member is
 * incomplete; a required field of the application left empty is not this
 * check's business (the rules say "not filled in yet"). */
static void
test_incomplete_definition (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksTeamMember) member = g_list_model_get_item (sks_studio_get_team (studio), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (sks_studio_is_complete (studio));
  g_assert_true (sks_studio_check_complete (studio, &error));
  g_assert_no_error (error);

  g_object_set (sks_studio_get_master (studio), "birth", "1981-05", NULL);
  g_object_set (member, "gender", SKS_GENDER_UNSET, NULL);
  problems = sks_studio_dup_incomplete (studio);
  g_assert_cmpuint (problems->len, ==, 3);   /* master.birth, master.id-number, team[0].gender */
  g_assert_false (sks_studio_check_complete (studio, &error));
  g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCOMPLETE);
  assert_contains (error->message, "张伟数控车工技能大师工作室");
  assert_contains (error->message, "Year and month of birth");
  assert_contains (error->message, "ID number");
  assert_contains (error->message, "Team member 1 (成员1): Gender: must be filled in");
  g_assert_null (strstr (error->message, "3305021980"));   /* never the ID number itself */
}

/* master.duplicate in the form: the engine asks the document's store */

typedef struct {
  char     *dir;
  SksStore *store;
  gint64    round_id;
} StoreFixture;

static void
store_fixture_set_up (StoreFixture  *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SksRound) round = sks_round_new ("huzhou-2025", "湖州市", 2025);

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "peers.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_store_save_round (f->store, round, &error));
  g_assert_no_error (error);
  f->round_id = sks_round_get_id (round);
}

static void
store_fixture_tear_down (StoreFixture  *f,
                         gconstpointer  data)
{
  g_clear_object (&f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SksStudio *
save_studio (StoreFixture *f,
             const char   *name,
             int           sequence,
             SksStatus     status)
{
  g_autoptr(GError) error = NULL;
  SksStudio *studio = make_good_studio (1980, 5, 1, sequence);

  g_object_set (studio, "name", name, NULL);
  sks_studio_set_status (studio, status);
  sks_studio_set_round_id (studio, f->round_id);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  return studio;
}

static const char *
duplicate_text (SksRuleEngine *engine)
{
  GListModel *verdicts = sks_rule_engine_get_verdicts (engine);

  for (guint i = 0; i < g_list_model_get_n_items (verdicts); i++)
    {
      g_autoptr(SksVerdict) verdict = g_list_model_get_item (verdicts, i);

      if (g_str_equal (sks_verdict_get_rule_id (verdict), "master.duplicate"))
        return sks_verdict_get_explanation (verdict);
    }
  g_error ("no master.duplicate verdict");
}

static void
test_duplicate_against_document (StoreFixture  *f,
                                 gconstpointer  data)
{
  g_autoptr(SksStudio) own = save_studio (f, "张伟数控车工技能大师工作室", 1, SKS_STATUS_DRAFT);
  g_autoptr(SksStudio) other = save_studio (f, "张伟钳工技能大师工作室", 1, SKS_STATUS_SUBMITTED);
  g_autoptr(SksStudio) unrelated = save_studio (f, "李强技能大师工作室", 2, SKS_STATUS_SUBMITTED);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(GError) error = NULL;
  g_autofree char *other_id = g_strdup (sks_master_get_id_number (sks_studio_get_master (unrelated)));

  sks_rule_engine_set_studio (engine, own);
  assert_contains (duplicate_text (engine), "Not compared");

  /* the form's engine compares with the document, as the CLI check does */
  sks_rule_engine_set_peer_store (engine, f->store, sks_studio_get_id (own));
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, WARNING);
  assert_contains (duplicate_text (engine), "张伟钳工技能大师工作室");

  /* typing another leader's ID number looks the store up again */
  g_object_set (sks_studio_get_master (own), "id-number", other_id, NULL);
  assert_contains (duplicate_text (engine), "李强技能大师工作室");
  g_object_set (sks_studio_get_master (own), "id-number",
                sks_master_get_id_number (sks_studio_get_master (other)), NULL);
  assert_contains (duplicate_text (engine), "张伟钳工技能大师工作室");

  /* withdrawn: no longer a duplicate, and 2 other applications compared */
  sks_studio_set_status (other, SKS_STATUS_WITHDRAWN);
  g_assert_true (sks_store_save_studio (f->store, other, &error));
  g_assert_no_error (error);
  g_object_set (sks_studio_get_master (own), "id-number", NULL, NULL);
  g_object_set (sks_studio_get_master (own), "id-number",
                sks_master_get_id_number (sks_studio_get_master (other)), NULL);
  assert_contains (duplicate_text (engine), "(2 compared)");

  sks_rule_engine_set_studio (engine, NULL);
}

/* Applications in the trash are gone for the comparison. */
static void
test_duplicate_skips_deleted (StoreFixture  *f,
                              gconstpointer  data)
{
  g_autoptr(SksStudio) own = save_studio (f, "张伟数控车工技能大师工作室", 1, SKS_STATUS_DRAFT);
  g_autoptr(SksStudio) other = save_studio (f, "张伟钳工技能大师工作室", 1, SKS_STATUS_SUBMITTED);
  const char *id_number = sks_master_get_id_number (sks_studio_get_master (own));
  g_autoptr(GPtrArray) peers = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  g_autofree char *path = g_build_filename (f->dir, "peers.skillstudio", NULL);

  peers = sks_store_find_master_peers (f->store, id_number, sks_studio_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (peers->len, ==, 1);
  g_assert_cmpstr (((SksStorePeer *) peers->pdata[0])->uuid, ==, sks_studio_get_uuid (other));
  g_clear_pointer (&peers, g_ptr_array_unref);

  /* mark it deleted as the trash does (studios.deleted, schema 6) */
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE studios SET deleted = '2025-03-01T10:00:00Z'"
                                     " WHERE name = '张伟钳工技能大师工作室'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  f->store = sks_store_open (path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  peers = sks_store_find_master_peers (f->store, id_number, sks_studio_get_id (own), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (peers->len, ==, 0);
  g_assert_cmpint (sks_store_count_other_studios (f->store, sks_studio_get_id (own), NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  huzhou = load_policy ("huzhou-2025");
  hangzhou = load_policy ("hangzhou-2023");

  for (guint i = 0; i < G_N_ELEMENTS (agreement_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/master.birth_agreement/%s/%s",
                                               agreement_cases[i].policy,
                                               agreement_cases[i].name);
      g_test_add_data_func (path, &agreement_cases[i], test_birth_agreement);
    }
  g_test_add_func ("/rules/master.birth_cutoff/form-birth-while-conflict",
                   test_age_rule_uses_form_birth);
  g_test_add_func ("/rules/master.retirement_distance/form-birth-while-conflict",
                   test_retirement_uses_form_birth);
  for (guint i = 0; i < G_N_ELEMENTS (broken_members); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/team/complete-only/%s",
                                               broken_members[i].name);
      g_test_add_data_func (path, &broken_members[i], test_team_counts_complete);
    }
  g_test_add_func ("/rules/incomplete", test_incomplete_definition);
  g_test_add ("/rules/master.duplicate/document", StoreFixture, NULL, store_fixture_set_up,
              test_duplicate_against_document, store_fixture_tear_down);
  g_test_add ("/rules/master.duplicate/deleted-skipped", StoreFixture, NULL,
              store_fixture_set_up, test_duplicate_skips_deleted, store_fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&huzhou);
  g_clear_object (&hangzhou);
  return status;
}
