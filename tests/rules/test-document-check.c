/* test-document-check.c — the whole-document check (sks_document_check_run(),
 * used by the app's list and `skill-studio-cli check`) gives every
 * application the verdict that the per-application engine gives it
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-document-check.h"
#include "sks-rule-engine-private.h"
#include "sks-i18n.h"
#include "sks-rule-engine.h"
#include "sks-sample.h"
#include "sks-store-finding.h"
#include "sks-store.h"
#include "sks-test-util.h"

typedef enum {
  TEXTS_AS_MADE,
  TEXTS_OVER_LIMIT,      /* a member's achievements and specialty over their limits */
  TEXTS_AT_LIMIT,        /* exactly at them, with line breaks where they are allowed */
  TEXTS_NEWLINE,         /* a line break in a member's one-line occupation and name */
  TEXTS_EMPTY,           /* the free texts the rules read, emptied */
} Texts;

typedef struct {
  const char *name;
  guint       count;      /* 0: the demo document */
  gboolean    vary;       /* also a shared leader, findings and a trashed draft */
  guint       kinds;      /* overall verdicts that must appear, 1 << SksVerdictStatus */
  Texts       texts;      /* long texts changed in some applications */
  guint       shares;     /* readers the verdicts-only way splits it between (0: one) */
} Case;

#define KIND(status) (1u << (status))

static const Case cases[] = {
  { "sample", 0, FALSE, KIND (SKS_VERDICT_MANUAL), TEXTS_AS_MADE },
  { "synthetic", 400, FALSE, KIND (SKS_VERDICT_MANUAL), TEXTS_AS_MADE },
  { "every-kind", 400, TRUE, KIND (SKS_VERDICT_PASS) | KIND (SKS_VERDICT_WARNING) |
                             KIND (SKS_VERDICT_MANUAL) | KIND (SKS_VERDICT_FAIL), TEXTS_AS_MADE },
  { "long-texts/over-limit", 0, FALSE, KIND (SKS_VERDICT_FAIL), TEXTS_OVER_LIMIT },
  { "long-texts/at-limit", 0, FALSE, KIND (SKS_VERDICT_MANUAL), TEXTS_AT_LIMIT },
  { "long-texts/newline", 0, FALSE, KIND (SKS_VERDICT_FAIL), TEXTS_NEWLINE },
  { "long-texts/empty", 0, FALSE, KIND (SKS_VERDICT_MANUAL), TEXTS_EMPTY },
  { "shared-readers/2", 400, TRUE, KIND (SKS_VERDICT_PASS) | KIND (SKS_VERDICT_WARNING) |
                                   KIND (SKS_VERDICT_MANUAL) | KIND (SKS_VERDICT_FAIL),
    TEXTS_AS_MADE, 2 },
  { "shared-readers/5", 400, TRUE, KIND (SKS_VERDICT_FAIL), TEXTS_OVER_LIMIT, 5 },
};

static GHashTable *
round_policies (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);
  GHashTable *policies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      gint64 id = sks_round_get_id (round);
      SksPolicy *policy = sks_policy_lookup (sks_round_get_policy_id (round), &error);

      g_assert_no_error (error);
      g_hash_table_insert (policies, g_memdup2 (&id, sizeof id), policy);
    }
  return policies;
}

static void
save (SksStore  *store,
      SksStudio *studio)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_store_save_studio (store, studio, &error));
  g_assert_no_error (error);
}

/* A second application led by the first one's leader (a warning), every
 * judgement of a third recorded as met, one of a fourth as not met, an
 * impossible birth for a fifth (fail), and a draft in the trash. */
static void
vary (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (store, 0, &error);
  g_autoptr(SksStudio) first = sks_store_load_studio (store, g_array_index (ids, gint64, 0),
                                                      &error);
  g_autoptr(SksStudio) second = sks_store_load_studio (store, g_array_index (ids, gint64, 2),
                                                       &error);
  g_autoptr(SksStudio) fifth = sks_store_load_studio (store, g_array_index (ids, gint64, 5),
                                                      &error);

  g_assert_no_error (error);
  g_object_set (sks_studio_get_master (second), "id-number",
                sks_master_get_id_number (sks_studio_get_master (first)), "birth",
                sks_master_get_birth (sks_studio_get_master (first)), NULL);
  save (store, second);
  g_object_set (sks_studio_get_master (fifth), "birth", "1930-01", NULL);
  save (store, fifth);

  for (guint c = 0; c < SKS_N_CHECK_ITEMS; c++)
    for (guint k = 3; k <= 4; k++)
      {
        SksFindingRecord record = { c, k == 3 ? SKS_FINDING_MET : SKS_FINDING_NOT_MET,
                                    "王珏", "2025-03-18", NULL, NULL, 0, NULL };

        if (k == 4 && c > 0)
          continue;
        g_assert_true (sks_store_record_finding (store, g_array_index (ids, gint64, k), &record,
                                                 &error));
        g_assert_no_error (error);
      }
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

/* The free texts the whole-document check reads only as valid or not (a
 * member's specialty, 500 characters, and achievements, 2000), and those
 * it reads whole, changed in every application with a team, so that a
 * shortcut that judged them differently changes a verdict. Returns how
 * many applications were changed. */
static guint
change_texts (SksStore *store,
              Texts     texts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (store, 0, &error);
  g_autofree char *over_500 = repeat ("艺", 501);
  g_autofree char *at_500 = repeat ("艺", 499);
  g_autofree char *over_2000 = repeat ("绩", 2001);
  g_autofree char *at_2000 = repeat ("绩\n", 1000);
  guint changed = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, g_array_index (ids, gint64, i),
                                                           &error);
      g_autoptr(SksTeamMember) member = NULL;
      g_autofree char *at_500_lines = g_strconcat (at_500, "\n", NULL);

      g_assert_no_error (error);
      if (g_list_model_get_n_items (sks_studio_get_team (studio)) == 0)
        continue;
      member = g_list_model_get_item (sks_studio_get_team (studio), i % 2);
      switch (texts)
        {
        case TEXTS_OVER_LIMIT:
          g_object_set (member, i % 2 ? "specialty" : "achievements",
                        i % 2 ? over_500 : over_2000, NULL);
          break;
        case TEXTS_AT_LIMIT:
          g_object_set (member, "specialty", at_500_lines, "achievements", at_2000, NULL);
          g_object_set (sks_studio_get_master (studio), "unique-skills", at_2000, NULL);
          g_object_set (studio, "age-justification", at_2000, NULL);
          break;
        case TEXTS_NEWLINE:
          if (i % 2)
            g_object_set (member, "occupation", "焊工\n钳工", NULL);
          else
            g_object_set (member, "name", "王\r芳", NULL);
          break;
        case TEXTS_EMPTY:
          g_object_set (member, "specialty", "", "achievements", NULL, NULL);
          g_object_set (sks_studio_get_master (studio), "unique-skills", "", NULL);
          g_object_set (studio, "age-justification", NULL, NULL);
          break;
        case TEXTS_AS_MADE:
        default:
          return 0;
        }
      save (store, studio);
      changed++;
    }
  return changed;
}

/* What the form and a saved row show: one application, compared with the
 * whole document through the store; its verdicts in @verdicts. */
static int
engine_verdict (SksStore    *store,
                GHashTable  *policies,
                gint64       studio_id,
                GListModel **verdicts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (store, studio_id, &error);
  g_autoptr(SksRuleEngine) engine = NULL;
  gint64 round_id;

  g_assert_no_error (error);
  round_id = sks_studio_get_round_id (studio);
  engine = sks_rule_engine_new (g_hash_table_lookup (policies, &round_id));
  sks_rule_engine_set_peer_store (engine, store, studio_id);
  sks_rule_engine_set_studio (engine, studio);
  *verdicts = g_object_ref (sks_rule_engine_get_verdicts (engine));
  return sks_rule_engine_get_status (engine);
}

/* Each rule's verdict, the field it names and its explanation, as the
 * report of the whole-document check gives them (explained from the
 * objects it read, which hold only what the rules read). */
static void
assert_same_rules (GListModel *expected,
                   GPtrArray  *got)
{
  g_assert_cmpuint (g_list_model_get_n_items (expected), ==, got->len);
  for (guint i = 0; i < got->len; i++)
    {
      g_autoptr(SksVerdict) want = g_list_model_get_item (expected, i);
      SksVerdict *have = got->pdata[i];

      g_assert_cmpstr (sks_verdict_get_rule_id (have), ==, sks_verdict_get_rule_id (want));
      g_assert_cmpint (sks_verdict_get_status (have), ==, sks_verdict_get_status (want));
      g_assert_cmpstr (sks_verdict_get_field (have), ==, sks_verdict_get_field (want));
      if (!g_str_equal (sks_verdict_get_rule_id (want), "master.duplicate"))
        g_assert_cmpstr (sks_verdict_get_explanation (have), ==,
                         sks_verdict_get_explanation (want));
    }
}

/* Where each application stands in its round's report */
static GHashTable *
index_reports (SksDocumentCheck *check,
               GHashTable       *policies)
{
  GHashTable *where = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      SksRoundReport *report = sks_document_check_get_report (check, *(gint64 *) key);

      for (guint i = 0; report != NULL && i < sks_round_report_get_n_studios (report); i++)
        {
          gint64 id = sks_studio_get_id (sks_round_report_get_studio (report, i));
          gpointer *place = g_new (gpointer, 2);

          place[0] = report;
          place[1] = GUINT_TO_POINTER (i);
          g_hash_table_insert (where, g_memdup2 (&id, sizeof id), place);
        }
    }
  return where;
}

static void
test_same_verdicts (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "check.skillstudio", NULL);
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(SksDocumentCheck) check = NULL;
  g_autoptr(SksDocumentCheck) alone = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) where = NULL;
  guint seen = 0;

  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (store, c->count, &error));
  if (c->vary)
    vary (store);
  if (c->texts != TEXTS_AS_MADE)
    g_assert_cmpuint (change_texts (store, c->texts), >, 0);
  policies = round_policies (store);

  check = sks_document_check_run (store, policies, SKS_DOCUMENT_CHECK_REPORTS, NULL, &error);
  g_assert_no_error (error);
  where = index_reports (check, policies);
  /* The app's way, without reports, gives the same verdicts, the document
   * split between readers as a large one is (c->shares) or not */
  _sks_document_check_set_sharing (c->shares ? 1 : G_MAXINT64, c->shares);
  alone = sks_document_check_run (store, policies, SKS_DOCUMENT_CHECK_VERDICTS_ONLY, NULL,
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_document_check_get_n_studios (alone), ==,
                    sks_document_check_get_n_studios (check));
  ids = sks_store_list_studio_ids (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_document_check_get_n_studios (check), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      int verdict = sks_document_check_lookup (check, id);
      g_autoptr(GListModel) verdicts = NULL;
      gpointer *place = g_hash_table_lookup (where, &id);

      g_assert_cmpint (sks_document_check_get_studio_id (check, i), ==, id);
      g_assert_cmpint (sks_document_check_get_verdict (check, i), ==, verdict);
      g_assert_cmpint (sks_document_check_get_studio_id (alone, i), ==, id);
      g_assert_cmpint (sks_document_check_get_verdict (alone, i), ==, verdict);
      g_assert_cmpint (verdict, ==, engine_verdict (store, policies, id, &verdicts));
      g_assert_nonnull (place);
      assert_same_rules (verdicts, sks_round_report_get_studio_verdicts (place[0],
                                                                         GPOINTER_TO_UINT (place[1])));
      seen |= KIND (verdict);
    }
  g_assert_cmpuint (seen & c->kinds, ==, c->kinds);
  g_clear_object (&store);
  sks_test_remove_tree (dir);
}

/* A draft moved to the trash is neither checked nor anyone's peer. */
static void
test_trash (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "trash.skillstudio", NULL);
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 draft = 0;

  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (store, 0, &error));
  policies = round_policies (store);
  ids = sks_store_list_studio_ids (store, 0, &error);
  for (guint i = 0; i < ids->len && draft == 0; i++)
    {
      SksStatus status;

      if (sks_store_get_studio_state (store, g_array_index (ids, gint64, i), &status, NULL,
                                      NULL) && status == SKS_STATUS_DRAFT)
        draft = g_array_index (ids, gint64, i);
    }
  g_assert_cmpint (draft, !=, 0);
  g_assert_true (sks_store_delete_studio (store, draft, &error));
  g_assert_no_error (error);

  /* Split between two readers too: each skips the trash on its own */
  _sks_document_check_set_sharing (1, 2);
  for (int flags = 0; flags <= SKS_DOCUMENT_CHECK_VERDICTS_ONLY; flags++)
    {
      g_autoptr(SksDocumentCheck) check = sks_document_check_run (store, policies, flags, NULL,
                                                                  &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sks_document_check_get_n_studios (check), ==, ids->len - 1);
      g_assert_cmpint (sks_document_check_lookup (check, draft), ==, -1);
    }
  g_clear_object (&store);
  sks_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/document-check/same-verdicts/%s", cases[i].name);
      g_test_add_data_func (name, &cases[i], test_same_verdicts);
    }
  g_test_add_func ("/document-check/trash", test_trash);
  return g_test_run ();
}
