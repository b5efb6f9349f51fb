/* test-store-finding.c — findings (核实): recording, changing and clearing
 * a finding with its evidence, the history that keeps the old one, the
 * verdict the rule engine draws from it, and the check names a profile
 * takes
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-finding-check.h"
#include "sks-rule-engine.h"
#include "sks-store-finding.h"
#include "sks-store-private.h"
#include "sks-test-util.h"
#include "sks-validate.h"

typedef struct {
  char           *dir;
  char           *path;
  SksStore       *store;
  SksRound       *round;
  SksRecommender *recommender;
  SksStudio      *studio;
  SksStudio      *other;
  gint64          attachments[2];
} Fixture;

static SksStudio *
save_new_studio (Fixture *f,
                 guint    seed)
{
  g_autoptr(GError) error = NULL;
  SksStudio *studio = sks_test_make_full_studio (seed, 1);

  for (SksCheckItem item = 0; item < SKS_N_CHECK_ITEMS; item++)
    sks_studio_set_check (studio, item, SKS_CHECK_UNCHECKED, NULL, NULL, NULL);
  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (f->recommender));
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  return studio;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *attachments;

  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "李明");

  f->round = sks_round_new ("huzhou-2025", "湖州市", 2025);
  g_object_set (f->round, "policy-id", "huzhou-2025", NULL);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  f->recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  sks_recommender_set_round_id (f->recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
  g_assert_no_error (error);

  f->studio = save_new_studio (f, 5);
  f->other = save_new_studio (f, 6);
  attachments = sks_studio_get_attachments (f->studio);
  g_assert_cmpuint (g_list_model_get_n_items (attachments), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      f->attachments[i] = sks_attachment_get_id (attachment);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->studio);
  g_clear_object (&f->other);
  g_clear_object (&f->round);
  g_clear_object (&f->recommender);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static SksStudio *
reload (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SksStudio *studio = sks_store_load_studio (f->store, sks_studio_get_id (f->studio), &error);

  g_assert_no_error (error);
  return studio;
}

static void
record (Fixture          *f,
        SksCheckItem      item,
        SksFindingResult  result,
        const char       *by,
        const char       *note,
        const gint64     *evidence,
        guint             n_evidence,
        const char       *reason)
{
  g_autoptr(GError) error = NULL;
  SksFindingRecord r = { item, result, by, NULL, note, evidence, n_evidence, reason };
  gboolean ok = sks_store_record_finding (f->store, sks_studio_get_id (f->studio), &r, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static guint
count_history (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = sks_store_list_history (f->store, sks_studio_get_id (f->studio),
                                                         &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (history);
}

/* The history entry of @field written last, or NULL. */
static SksHistoryEntry *
find_entry (Fixture    *f,
            const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = sks_store_list_history (f->store, sks_studio_get_id (f->studio),
                                                         &error);
  SksHistoryEntry *found = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, i);
      if (g_strcmp0 (sks_history_entry_get_field (entry), field) == 0 &&
          (found == NULL || strcmp (sks_history_entry_get_time (entry),
                                    sks_history_entry_get_time (found)) >= 0))
        g_set_object (&found, entry);
    }
  return found;
}

static SksVerdictStatus
verdict_of (SksStudio  *studio,
            const char *rule_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_lookup ("huzhou-2025", &error);
  g_autoptr(SksRuleEngine) engine = NULL;
  g_autoptr(GPtrArray) verdicts = NULL;

  g_assert_no_error (error);
  engine = sks_rule_engine_new (policy);
  verdicts = sks_rule_engine_check_studio (engine, studio);
  for (guint i = 0; i < verdicts->len; i++)
    if (g_str_equal (sks_verdict_get_rule_id (verdicts->pdata[i]), rule_id))
      return sks_verdict_get_status (verdicts->pdata[i]);
  g_assert_not_reached ();
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static void
test_met (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(SksStudio) before = reload (f);
  g_autoptr(SksStudio) after = NULL;
  g_autofree char *day = today ();
  const char *by = NULL, *on = NULL, *note = NULL;

  g_assert_cmpint (verdict_of (before, "master.conduct"), ==, SKS_VERDICT_MANUAL);
  record (f, SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, "王珏", "村委会证明属实", NULL, 0, NULL);
  after = reload (f);
  g_assert_cmpint (sks_studio_get_check (after, SKS_CHECK_ITEM_CONDUCT, &by, &on, &note), ==,
                   SKS_CHECK_CONFIRMED);
  g_assert_cmpstr (by, ==, "王珏");
  g_assert_cmpstr (on, ==, day);
  g_assert_cmpstr (note, ==, "村委会证明属实");
  g_assert_cmpint (verdict_of (after, "master.conduct"), ==, SKS_VERDICT_PASS);
}

static void
test_not_met (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SksStudio) after = NULL;

  record (f, SKS_CHECK_ITEM_SUPPORT_FUNDING, SKS_FINDING_NOT_MET, NULL, NULL, NULL, 0, NULL);
  after = reload (f);
  g_assert_cmpint (sks_studio_get_check (after, SKS_CHECK_ITEM_SUPPORT_FUNDING, NULL, NULL, NULL),
                   ==, SKS_CHECK_NOT_MET);
  /* one part not met fails the whole rule */
  g_assert_cmpint (verdict_of (after, "support.present"), ==, SKS_VERDICT_FAIL);
}

static void
test_by_defaults_to_user (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SksStudio) after = NULL;
  const char *by = NULL;

  record (f, SKS_CHECK_ITEM_PROJECT, SKS_FINDING_MET, NULL, NULL, NULL, 0, NULL);
  after = reload (f);
  sks_studio_get_check (after, SKS_CHECK_ITEM_PROJECT, &by, NULL, NULL);
  g_assert_cmpstr (by, ==, "李明");
}

static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SksStudio) after = NULL;
  g_autoptr(GArray) evidence = NULL;
  g_autoptr(GError) error = NULL;
  const char *by = NULL, *on = NULL, *note = NULL;

  record (f, SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, "王珏", "属实", f->attachments, 2, NULL);
  record (f, SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_CLEAR, NULL, NULL, NULL, 0, "录错了");
  after = reload (f);
  g_assert_cmpint (sks_studio_get_check (after, SKS_CHECK_ITEM_CONDUCT, &by, &on, &note), ==,
                   SKS_CHECK_UNCHECKED);
  g_assert_null (by);
  g_assert_null (on);
  g_assert_null (note);
  evidence = sks_store_list_finding_evidence (f->store, sks_studio_get_id (f->studio),
                                              SKS_CHECK_ITEM_CONDUCT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evidence->len, ==, 0);
  g_assert_cmpint (verdict_of (after, "master.conduct"), ==, SKS_VERDICT_MANUAL);
}

static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GArray) evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksHistoryEntry) entry = NULL;
  gint64 both[] = { f->attachments[1], f->attachments[0], f->attachments[1] };

  record (f, SKS_CHECK_ITEM_SUPPORT_SITE, SKS_FINDING_MET, NULL, NULL, both, 3, NULL);
  evidence = sks_store_list_finding_evidence (f->store, sks_studio_get_id (f->studio),
                                              SKS_CHECK_ITEM_SUPPORT_SITE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evidence->len, ==, 2);
  g_assert_cmpint (g_array_index (evidence, gint64, 0), ==, MIN (f->attachments[0], f->attachments[1]));
  g_assert_cmpint (g_array_index (evidence, gint64, 1), ==, MAX (f->attachments[0], f->attachments[1]));
  g_clear_pointer (&evidence, g_array_unref);

  /* only the first: the history names both before and one after */
  record (f, SKS_CHECK_ITEM_SUPPORT_SITE, SKS_FINDING_MET, NULL, NULL, f->attachments, 1, NULL);
  evidence = sks_store_list_finding_evidence (f->store, sks_studio_get_id (f->studio),
                                              SKS_CHECK_ITEM_SUPPORT_SITE, &error);
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpint (g_array_index (evidence, gint64, 0), ==, f->attachments[0]);
  entry = find_entry (f, "support-site-evidence");
  g_assert_nonnull (entry);
  g_assert_nonnull (strstr (sks_history_entry_get_old_value (entry), "、"));
  g_assert_null (strstr (sks_history_entry_get_new_value (entry), "、"));
  /* other items keep none */
  g_clear_pointer (&evidence, g_array_unref);
  evidence = sks_store_list_finding_evidence (f->store, sks_studio_get_id (f->studio),
                                              SKS_CHECK_ITEM_SUPPORT_RULES, &error);
  g_assert_cmpuint (evidence->len, ==, 0);
}

static void
test_history_keeps_old (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SksHistoryEntry) state = NULL;
  g_autoptr(SksHistoryEntry) by = NULL;
  g_autoptr(SksHistoryEntry) note = NULL;

  record (f, SKS_CHECK_ITEM_TRAINING, SKS_FINDING_MET, "张三", "有带徒记录", NULL, 0, NULL);
  sks_store_set_user (f->store, "李四");
  record (f, SKS_CHECK_ITEM_TRAINING, SKS_FINDING_NOT_MET, "李四", "带徒记录为补录", NULL, 0,
          "复核发现问题");
  state = find_entry (f, "training-check");
  g_assert_nonnull (state);
  g_assert_cmpstr (sks_history_entry_get_old_value (state), ==, "confirmed");
  g_assert_cmpstr (sks_history_entry_get_new_value (state), ==, "not-met");
  g_assert_cmpstr (sks_history_entry_get_who (state), ==, "李四");
  g_assert_cmpstr (sks_history_entry_get_reason (state), ==, "复核发现问题");
  by = find_entry (f, "training-checked-by");
  g_assert_cmpstr (sks_history_entry_get_old_value (by), ==, "张三");
  g_assert_cmpstr (sks_history_entry_get_new_value (by), ==, "李四");
  note = find_entry (f, "training-check-note");
  g_assert_cmpstr (sks_history_entry_get_old_value (note), ==, "有带徒记录");
  g_assert_cmpstr (sks_history_entry_get_new_value (note), ==, "带徒记录为补录");
}

static void
test_unchanged_writes_nothing (Fixture       *f,
                               gconstpointer  data)
{
  guint n;

  record (f, SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, "王珏", "属实", NULL, 0, NULL);
  n = count_history (f);
  record (f, SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, "王珏", "属实", NULL, 0, NULL);
  g_assert_cmpuint (count_history (f), ==, n);
}

/* A refused finding changes nothing: not the row, the evidence or the history. */
static void
assert_refused (Fixture                *f,
                const SksFindingRecord *r,
                GQuark                  domain,
                int                     code,
                const char             *named)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) before = reload (f);
  g_autoptr(SksStudio) after = NULL;
  guint n = count_history (f);

  g_assert_false (sks_store_record_finding (f->store, sks_studio_get_id (f->studio), r, &error));
  g_assert_error (error, domain, (code >= 0 ? code : error->code));
  g_assert_nonnull (strstr (error->message, named));
  after = reload (f);
  g_assert_true (sks_studio_equal (before, after));
  g_assert_cmpuint (count_history (f), ==, n);
}

static void
test_foreign_evidence (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SksAttachment) theirs =
    g_list_model_get_item (sks_studio_get_attachments (f->other), 0);
  gint64 id = sks_attachment_get_id (theirs);
  SksFindingRecord r = { SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, NULL, NULL, NULL, &id, 1 };

  assert_refused (f, &r, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND, "Evidence");
}

static void
test_clear_with_evidence (Fixture       *f,
                          gconstpointer  data)
{
  SksFindingRecord r = { SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_CLEAR, NULL, NULL, NULL,
                         f->attachments, 1 };

  assert_refused (f, &r, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID, "Evidence");
}

static void
test_bad_date (Fixture       *f,
               gconstpointer  data)
{
  SksFindingRecord r = { SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, NULL, "2025-02-30" };

  assert_refused (f, &r, SKS_VALIDATION_ERROR, -1, "checked on");
}

static void
test_given_date (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) after = NULL;
  SksFindingRecord r = { SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET, NULL, "2025-03-18" };
  const char *on = NULL;

  g_assert_true (sks_store_record_finding (f->store, sks_studio_get_id (f->studio), &r, &error));
  g_assert_no_error (error);
  after = reload (f);
  sks_studio_get_check (after, SKS_CHECK_ITEM_CONDUCT, NULL, &on, NULL);
  g_assert_cmpstr (on, ==, "2025-03-18");
}

static void
test_trashed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SksFindingRecord r = { SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_MET };

  sks_studio_set_status (f->studio, SKS_STATUS_DRAFT);
  g_assert_true (sks_store_save_studio (f->store, f->studio, &error));
  g_assert_true (sks_store_delete_studio (f->store, sks_studio_get_id (f->studio), &error));
  g_assert_no_error (error);
  g_assert_false (sks_store_record_finding (f->store, sks_studio_get_id (f->studio), &r, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
}

/* Check names, per profile */

typedef struct {
  const char   *policy;
  const char   *check;
  SksCheckItem  item;      /* SKS_N_CHECK_ITEMS: refused */
  const char   *rule_id;   /* the rule, or a word the refusal names */
} CheckCase;

static const CheckCase check_cases[] = {
  { "huzhou-2025", "master.conduct", SKS_CHECK_ITEM_CONDUCT, "master.conduct" },
  { "huzhou-2025", "project.present", SKS_CHECK_ITEM_PROJECT, "project.present" },
  { "huzhou-2025", "training.present", SKS_CHECK_ITEM_TRAINING, "training.present" },
  { "huzhou-2025", "support-site", SKS_CHECK_ITEM_SUPPORT_SITE, "support.present" },
  { "huzhou-2025", "support-equipment", SKS_CHECK_ITEM_SUPPORT_EQUIPMENT, "support.present" },
  { "huzhou-2025", "support-funding", SKS_CHECK_ITEM_SUPPORT_FUNDING, "support.present" },
  { "huzhou-2025", "support-rules", SKS_CHECK_ITEM_SUPPORT_RULES, "support.present" },
  { "huzhou-2025", "support.present", SKS_N_CHECK_ITEMS, "support-site, support-equipment" },
  { "huzhou-2025", "unit.support", SKS_N_CHECK_ITEMS, "master.conduct" },
  { "huzhou-2025", "master.skill_level", SKS_N_CHECK_ITEMS, "not by a reviewer" },
  { "huzhou-2025", "conduct", SKS_N_CHECK_ITEMS, "no check “conduct”" },
  { "huzhou-2025", "", SKS_N_CHECK_ITEMS, "no check" },
  { "hangzhou-2023", "project.present", SKS_CHECK_ITEM_PROJECT, "project.present" },
  { "hangzhou-2023", "support-rules", SKS_CHECK_ITEM_SUPPORT_RULES, "unit.support" },
  { "hangzhou-2023", "support-site", SKS_CHECK_ITEM_SUPPORT_SITE, "unit.support" },
  { "hangzhou-2023", "unit.support", SKS_N_CHECK_ITEMS, "support-rules, support-site" },
  { "hangzhou-2023", "master.conduct", SKS_N_CHECK_ITEMS, "hangzhou-2023" },
};

static void
test_resolve (gconstpointer data)
{
  const CheckCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_lookup (c->policy, &error);
  const SksRule *rule = NULL;
  SksCheckItem item = SKS_N_CHECK_ITEMS;
  gboolean ok;

  g_assert_no_error (error);
  ok = sks_policy_resolve_finding_check (policy, c->check, &rule, &item, &error);
  if (c->item == SKS_N_CHECK_ITEMS)
    {
      g_assert_false (ok);
      g_assert_error (error, SKS_POLICY_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, c->rule_id));
      return;
    }
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (item, ==, c->item);
  g_assert_cmpstr (sks_rule_get_id (rule), ==, c->rule_id);
}

static void
test_list_checks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) huzhou = sks_policy_lookup ("huzhou-2025", &error);
  g_autoptr(SksPolicy) hangzhou = sks_policy_lookup ("hangzhou-2023", &error);
  g_auto(GStrv) a = sks_policy_dup_finding_checks (huzhou);
  g_auto(GStrv) b = sks_policy_dup_finding_checks (hangzhou);
  g_autofree char *ja = g_strjoinv (" ", a);
  g_autofree char *jb = g_strjoinv (" ", b);

  g_assert_cmpstr (ja, ==, "master.conduct project.present training.present support-site "
                           "support-equipment support-funding support-rules");
  g_assert_cmpstr (jb, ==, "support-rules support-site support-equipment support-funding "
                           "project.present");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD ("/store/finding/met", test_met);
  ADD ("/store/finding/not-met", test_not_met);
  ADD ("/store/finding/by-defaults-to-user", test_by_defaults_to_user);
  ADD ("/store/finding/clear", test_clear);
  ADD ("/store/finding/evidence", test_evidence);
  ADD ("/store/finding/history-keeps-old", test_history_keeps_old);
  ADD ("/store/finding/unchanged-writes-nothing", test_unchanged_writes_nothing);
  ADD ("/store/finding/refused/foreign-evidence", test_foreign_evidence);
  ADD ("/store/finding/refused/clear-with-evidence", test_clear_with_evidence);
  ADD ("/store/finding/refused/bad-date", test_bad_date);
  ADD ("/store/finding/given-date", test_given_date);
  ADD ("/store/finding/refused/trashed", test_trashed);
  for (guint i = 0; i < G_N_ELEMENTS (check_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/finding-check/%s/%s",
                                               check_cases[i].policy,
                                               *check_cases[i].check ? check_cases[i].check
                                                                     : "(empty)");
      g_test_add_data_func (path, &check_cases[i], test_resolve);
    }
  g_test_add_func ("/rules/finding-check/list", test_list_checks);
  return g_test_run ();
}
