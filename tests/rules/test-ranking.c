/* test-ranking.c — the ranking (ties, the planned number, unranked
 * candidates, the young share after selection) and the panel's decisions
 * (blocking rules, overrides, the 公示 lock, all or nothing, history) on
 * the demo's scored Huzhou 2025 round
 *
 * The demo's city panel ranks 6, 5, 17, 11, then 2 and 9 tied at 82.75,
 * 23, 14, 18; the others are not scored. 17 fails support.present; 5 has
 * four manual checks open; 6, 2, 9 and 14 pass.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sks-history-text.h"
#include "sks-ranking.h"
#include "sks-sample.h"
#include "sks-store-private.h"
#include "sks-test-util.h"

typedef struct {
  char     *dir;
  SksStore *store;
  gint64    round_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SksRound) round = NULL;

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "doc.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "褚晓岚");
  g_assert_true (sks_sample_populate (f->store, 0, &error));
  g_assert_no_error (error);
  round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  f->round_id = sks_round_get_id (round);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Huzhou's profile with the planned number set to @target (0: as bundled). */
static SksPolicy *
load_policy (gint64 target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *changed;
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "data", "policies",
                                          "huzhou-2025.json", NULL);
  SksPolicy *policy;

  if (target == 0)
    return sks_policy_lookup ("huzhou-2025", NULL);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  parts = g_strsplit (text, "\"count\": 33,", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  count = g_strdup_printf ("\"count\": %" G_GINT64_FORMAT ",", target);
  changed = g_strjoinv (count, parts);
  bytes = g_bytes_new_take (changed, strlen (changed));
  policy = sks_policy_new_from_bytes (bytes, "huzhou-2025.json", "test", &error);
  g_assert_no_error (error);
  return policy;
}

static SksRanking *
rank (Fixture *f,
      gint64   target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = load_policy (target);
  SksRanking *ranking = sks_ranking_new_checked (f->store, f->round_id, SKS_PANEL_LEVEL_CITY, 0,
                                                 policy, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ranking);
  return ranking;
}

static const SksRankingEntry *
entry (SksRanking *ranking,
       gint64      studio_id)
{
  const SksRankingEntry *e = sks_ranking_find_entry (ranking, studio_id);

  g_assert_nonnull (e);
  return e;
}

/* Ranking ----------------------------------------------------------------- */

static void
test_ties (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  const gint64 ids[] = { 6, 5, 17, 11, 2, 9, 23, 14, 18 };
  const guint ranks[] = { 1, 2, 3, 4, 5, 5, 7, 8, 9 };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (ranking, i);

      g_assert_cmpint (e->studio_id, ==, ids[i]);
      g_assert_true (e->ranked);
      g_assert_cmpuint (e->rank, ==, ranks[i]);
      g_assert_cmpint (e->tied, ==, ranks[i] == 5);
    }
  /* the tie is on the exact hundredths */
  g_assert_cmpint (sks_score_result_get_aggregate (entry (ranking, 2)->result)->score, ==, 8275);
  g_assert_cmpint (sks_score_result_get_aggregate (entry (ranking, 9)->result)->score, ==, 8275);
}

typedef struct {
  const char *path;
  gint64      target;
  gboolean    tie_at_line;
  guint       n_within;
} LineCase;

static const LineCase line_cases[] = {
  { "/ranking/line/bundled-33", 0, FALSE, 9 },
  { "/ranking/line/tie-across", 5, TRUE, 6 },     /* 5 and 5 straddle a line at 5 */
  { "/ranking/line/tie-inside", 6, FALSE, 6 },
  { "/ranking/line/tie-outside", 4, FALSE, 4 },
};

static void
test_line (Fixture       *f,
           gconstpointer  data)
{
  const LineCase *c = data;
  g_autoptr(SksRanking) ranking = rank (f, c->target);
  guint within = 0;

  g_assert_cmpint (sks_ranking_get_target (ranking), ==, c->target ? c->target : 33);
  g_assert_true (sks_ranking_get_target_approximate (ranking));
  g_assert_cmpint (sks_ranking_get_tie_at_line (ranking), ==, c->tie_at_line);
  for (guint i = 0; i < sks_ranking_get_n_entries (ranking); i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (ranking, i);

      within += e->within_target;
      g_assert_cmpint (e->tie_at_line, ==, c->tie_at_line && e->rank == 5);
    }
  g_assert_cmpuint (within, ==, c->n_within);
}

static void
test_unranked (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  guint n = sks_ranking_get_n_entries (ranking);

  g_assert_cmpuint (n, ==, 23);
  for (guint i = 9; i < n; i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (ranking, i);

      g_assert_false (e->ranked);
      g_assert_cmpuint (e->rank, ==, 0);
      g_assert_false (e->within_target);
      g_assert_cmpstr (e->unranked_reason, ==, "Not scored yet");
    }
}

static void
test_blocking (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  const SksRankingEntry *fail = entry (ranking, 17), *manual = entry (ranking, 5);

  g_assert_cmpint (fail->verdict, ==, SKS_VERDICT_FAIL);
  g_assert_cmpuint (fail->blocking->len, ==, 1);
  g_assert_cmpstr (((SksRankingBlock *) fail->blocking->pdata[0])->rule_id, ==,
                   "support.present");
  g_assert_cmpuint (fail->findings_not_met, ==, 1);
  g_assert_cmpint (manual->verdict, ==, SKS_VERDICT_MANUAL);
  g_assert_cmpuint (manual->blocking->len, ==, 4);
  g_assert_cmpuint (entry (ranking, 6)->blocking->len, ==, 0);
}

/* Young share after selection: 吴兴区's 1 (1979-04) and 4 (1977-11) are
 * over 45 on 2025-02-28; 2 (1983-09), 3 (1985-01), 5 (1988-06) are not.
 * The notice asks for half or more (一半以上 includes half). */
typedef struct {
  const char *path;
  gint64      ids[4];
  guint       n_ids;
  guint       selected;
  guint       young;
  guint       needed;
  SksVerdictStatus status;
} ShareCase;

static const ShareCase share_cases[] = {
  { "/ranking/young-share/half-is-enough", { 1, 2 }, 2, 2, 1, 1, SKS_VERDICT_PASS },
  { "/ranking/young-share/one-of-three", { 1, 4, 2 }, 3, 3, 1, 2, SKS_VERDICT_FAIL },
  { "/ranking/young-share/two-of-three", { 1, 5, 2 }, 3, 3, 2, 2, SKS_VERDICT_PASS },
  { "/ranking/young-share/none-young", { 1, 4 }, 2, 2, 0, 1, SKS_VERDICT_FAIL },
  { "/ranking/young-share/none-selected", { 0 }, 0, 0, 0, 0, SKS_VERDICT_NOT_APPLICABLE },
};

static void
test_young_share (Fixture       *f,
                  gconstpointer  data)
{
  const ShareCase *c = data;
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GArray) units = sks_ranking_compute_units (ranking, c->ids, c->n_ids);
  const SksRankingUnit *wuxing = &g_array_index (units, SksRankingUnit, 0);
  int max_age = 0;

  g_assert_true (sks_ranking_has_young_share (ranking, &max_age));
  g_assert_cmpint (max_age, ==, 45);
  g_assert_cmpstr (wuxing->name, ==, "吴兴区");
  g_assert_cmpint (wuxing->quota, ==, 12);
  g_assert_cmpuint (wuxing->candidates, ==, 5);
  g_assert_cmpuint (wuxing->selected, ==, c->selected);
  g_assert_cmpuint (wuxing->young, ==, c->young);
  g_assert_cmpuint (wuxing->needed, ==, c->needed);
  g_assert_cmpint (wuxing->share_status, ==, c->status);
  for (guint u = 1; u < units->len; u++)
    g_assert_cmpuint (g_array_index (units, SksRankingUnit, u).selected, ==, 0);
}

/* Decisions --------------------------------------------------------------- */

static gboolean
decide (Fixture             *f,
        SksRanking          *ranking,
        gint64               studio_id,
        SksDecision          decision,
        const char * const  *override_rules,
        const char          *reason,
        GError             **error)
{
  SksDecisionRequest request = { studio_id, decision, NULL, override_rules, reason, NULL };

  return sks_ranking_decide (ranking, f->store, &request, 1, "沈国华", error);
}

static guint
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_sks_store_get_db (f->store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
test_blocked_fail (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (decide (f, ranking, 17, SKS_DECISION_SELECTED, NULL, NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "support.present"));
  g_assert_nonnull (strstr (error->message, "徐海燕"));
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
  /* not selecting it needs no override */
  g_clear_error (&error);
  g_assert_true (decide (f, ranking, 17, SKS_DECISION_NOT_SELECTED, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_blocked_manual (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;
  const char *one[] = { "master.conduct", NULL };

  g_assert_false (decide (f, ranking, 5, SKS_DECISION_SELECTED, NULL, NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "master.conduct"));
  /* an override of one of its four open checks is not enough */
  g_clear_error (&error);
  g_assert_false (decide (f, ranking, 5, SKS_DECISION_SELECTED, one, "品行已电话核实", &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "project.present"));
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
}

static void
test_override (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  const char *rules[] = { "support.present", NULL };
  const SksRankingEntry *e;
  guint n_decision = 0, n_override = 0;

  g_assert_true (decide (f, ranking, 17, SKS_DECISION_SELECTED, rules,
                         "企业已追加经费承诺书", &error));
  g_assert_no_error (error);
  e = entry (ranking, 17);
  g_assert_cmpint (e->decision, ==, SKS_DECISION_SELECTED);
  g_assert_cmpstr (e->override_rules, ==, "support.present");
  g_assert_cmpstr (e->override_reason, ==, "企业已追加经费承诺书");
  g_assert_cmpstr (e->decided_by, ==, "沈国华");
  history = sks_store_list_history (f->store, 17, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SksHistoryEntry) h = g_list_model_get_item (history, i);

      if (g_strcmp0 (sks_history_entry_get_field (h), "decision") == 0)
        {
          n_decision++;
          g_assert_null (sks_history_entry_get_old_value (h));
          g_assert_cmpstr (sks_history_entry_get_new_value (h), ==, "selected");
          g_assert_cmpstr (sks_history_entry_get_who (h), ==, "沈国华");
        }
      if (g_strcmp0 (sks_history_entry_get_field (h), "decision-override") == 0)
        {
          n_override++;
          g_assert_cmpstr (sks_history_entry_get_new_value (h), ==, "support.present");
          g_assert_cmpstr (sks_history_entry_get_reason (h), ==, "企业已追加经费承诺书");
        }
    }
  g_assert_cmpuint (n_decision, ==, 1);
  g_assert_cmpuint (n_override, ==, 1);
}

static void
test_override_all (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (decide (f, ranking, 5, SKS_DECISION_SELECTED, NULL, "专家组现场核实", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (entry (ranking, 5)->override_rules, ==,
                   "master.conduct, project.present, training.present, support.present");
}

static void
test_override_not_blocking (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;
  const char *rules[] = { "master.conduct", NULL };

  g_assert_false (decide (f, ranking, 17, SKS_DECISION_SELECTED, rules, "理由", &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "master.conduct"));
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
}

static void
test_after_publication (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO publications (round_id, level, first_day, last_day, working_days, counting, "
    "started, started_by) VALUES (%" G_GINT64_FORMAT ", 'city', '2025-09-26', '2025-10-13', 5, "
    "'working-days', '2025-09-26T00:00:00Z', 'test')", f->round_id);

  g_assert_true (decide (f, ranking, 6, SKS_DECISION_SELECTED, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (_sks_store_get_db (f->store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_false (decide (f, ranking, 6, SKS_DECISION_RESERVE, NULL, NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "费永林"));
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions WHERE decision = 'selected'"),
                    ==, 1);
}

static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;
  const SksDecisionRequest requests[] = {
    { 6, SKS_DECISION_SELECTED, NULL, NULL, NULL, NULL },
    { 2, SKS_DECISION_SELECTED, NULL, NULL, NULL, "并列第五" },
    { 17, SKS_DECISION_SELECTED, NULL, NULL, NULL, NULL },   /* fails support.present */
  };

  g_assert_false (sks_ranking_decide (ranking, f->store, requests, 3, "沈国华", &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM history WHERE field = 'decision'"),
                    ==, 0);
  g_clear_error (&error);
  g_assert_true (sks_ranking_decide (ranking, f->store, requests, 2, "沈国华", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 2);
  g_assert_cmpstr (entry (ranking, 2)->note, ==, "并列第五");
}

static void
test_change_keeps_history (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SksRanking) ranking = rank (f, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) units = NULL;

  g_assert_true (decide (f, ranking, 2, SKS_DECISION_SELECTED, NULL, NULL, &error));
  g_assert_true (decide (f, ranking, 2, SKS_DECISION_RESERVE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM history WHERE field = 'decision' AND "
                                   "old_value = 'selected' AND new_value = 'reserve'"), ==, 1);
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM history WHERE field = 'decision'"),
                    ==, 2);
  /* the decided set feeds the unit counts */
  g_assert_true (decide (f, ranking, 5, SKS_DECISION_SELECTED, NULL, "现场核实", &error));
  units = sks_ranking_compute_units (ranking, NULL, 0);
  g_assert_cmpuint (g_array_index (units, SksRankingUnit, 0).selected, ==, 1);
  g_assert_cmpuint (g_array_index (units, SksRankingUnit, 0).young, ==, 1);
}

static void
test_history_text (void)
{
  g_autofree char *label = sks_history_dup_field_label ("decision");
  g_autofree char *override = sks_history_dup_field_label ("decision-override");
  g_autofree char *value = sks_history_dup_value_text ("decision", "not-selected");

  g_assert_cmpstr (label, ==, "Panel decision");
  g_assert_cmpstr (override, ==, "Selected despite rules");
  g_assert_cmpstr (value, ==, "Not selected");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/ranking/ties", test_ties, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (line_cases); i++)
    ADD (line_cases[i].path, test_line, &line_cases[i]);
  ADD ("/ranking/unranked", test_unranked, NULL);
  ADD ("/ranking/blocking", test_blocking, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (share_cases); i++)
    ADD (share_cases[i].path, test_young_share, &share_cases[i]);
  ADD ("/decision/blocked/fail", test_blocked_fail, NULL);
  ADD ("/decision/blocked/manual", test_blocked_manual, NULL);
  ADD ("/decision/override/named", test_override, NULL);
  ADD ("/decision/override/all-blocking", test_override_all, NULL);
  ADD ("/decision/override/not-blocking", test_override_not_blocking, NULL);
  ADD ("/decision/after-publication", test_after_publication, NULL);
  ADD ("/decision/all-or-nothing", test_all_or_nothing, NULL);
  ADD ("/decision/change-keeps-history", test_change_keeps_history, NULL);
#undef ADD
  g_test_add_func ("/decision/history-text", test_history_text);
  return g_test_run ();
}
