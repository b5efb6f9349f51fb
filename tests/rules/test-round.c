/* test-round.c — the rules per recommending unit, duplicates across a
 * round, and a round checked from a document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-i18n.h"
#include "test-rules-common.h"

static SksPolicy *huzhou;

typedef struct {
  GListStore *studios;
  GListStore *recommenders;
  int         sequence;
} Round;

static void
round_init (Round *round)
{
  g_autoptr(GPtrArray) recommenders = sks_policy_create_recommenders (huzhou);

  round->studios = g_list_store_new (SKS_TYPE_STUDIO);
  round->recommenders = g_list_store_new (SKS_TYPE_RECOMMENDER);
  for (guint i = 0; i < recommenders->len; i++)
    {
      sks_recommender_set_id (g_ptr_array_index (recommenders, i), i + 1);
      g_list_store_append (round->recommenders, g_ptr_array_index (recommenders, i));
    }
  round->sequence = 0;
}

static void
round_clear (Round *round)
{
  g_clear_object (&round->studios);
  g_clear_object (&round->recommenders);
}

static gint64
recommender_id (Round      *round,
                const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (round->recommenders)); i++)
    {
      g_autoptr(SksRecommender) rec = g_list_model_get_item (G_LIST_MODEL (round->recommenders), i);
      if (g_str_equal (sks_recommender_get_name (rec), name))
        return sks_recommender_get_id (rec);
    }
  g_assert_not_reached ();
}

/* Adds an application of @unit whose leader was born on the day given;
 * day 0 means only the year and month are known. */
static SksStudio *
add (Round      *round,
     const char *unit,
     int         year,
     int         month,
     int         day)
{
  g_autoptr(SksStudio) studio = make_good_studio (year, month, day ? day : 1, ++round->sequence);

  if (day == 0)
    g_object_set (sks_studio_get_master (studio), "id-number", NULL, NULL);
  sks_studio_set_recommender_id (studio, recommender_id (round, unit));
  g_list_store_append (round->studios, studio);
  return studio;
}

static SksVerdict *
unit_verdict (SksRoundReport *report,
              const char     *unit,
              const char     *rule_id)
{
  for (guint i = 0; i < sks_round_report_get_n_recommenders (report); i++)
    if (g_str_equal (sks_round_report_get_recommender (report, i), unit))
      {
        SksVerdict *verdict = find_verdict (sks_round_report_get_recommender_verdicts (report, i),
                                            rule_id);

        g_test_message ("%s %s: %s", unit, rule_id, sks_verdict_get_explanation (verdict));
        g_assert_cmpstr (sks_verdict_get_recommender (verdict), ==, unit);
        g_assert_null (sks_verdict_get_studio (verdict));
        g_assert_cmpint (sks_verdict_get_scope (verdict), ==, SKS_RULE_SCOPE_RECOMMENDER);
        return verdict;
      }
  g_assert_not_reached ();
}

static SksVerdictStatus
unit_status (Round      *round,
             const char *unit,
             const char *rule_id,
             SksPolicy  *policy)
{
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy ? policy : huzhou);
  g_autoptr(SksRoundReport) report =
    sks_rule_engine_check_round (engine, G_LIST_MODEL (round->studios),
                                 G_LIST_MODEL (round->recommenders), NULL);

  return sks_verdict_get_status (unit_verdict (report, unit, rule_id));
}

/* district.under45_share: exactly half, with the boundary days of birth. */
static void
test_under45_share (void)
{
  Round round;
  g_autoptr(SksPolicy) strict = NULL;
  g_autofree char *path = NULL;

  round_init (&round);
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", NULL), ==,
                   SKS_VERDICT_NOT_APPLICABLE);

  add (&round, "吴兴区", 1980, 2, 28);   /* 45 on the reference date: counts */
  add (&round, "吴兴区", 1980, 2, 27);   /* one day older: does not */
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", NULL), ==,
                   SKS_VERDICT_PASS);   /* 1 of 2: exactly half */
  add (&round, "吴兴区", 1978, 7, 9);
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", NULL), ==,
                   SKS_VERDICT_FAIL);   /* 1 of 3 */
  add (&round, "吴兴区", 1980, 2, 29);
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", NULL), ==,
                   SKS_VERDICT_PASS);   /* 2 of 4 */

  /* with "more than half" exactly half fails */
  {
    g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/example/SkillStudio/policies/"
                                                       "huzhou-2025.json", 0, NULL);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_auto(GStrv) parts = g_strsplit (text, "\"share_inclusive\": true", -1);
    g_autofree char *changed = g_strjoinv ("\"share_inclusive\": false", parts);
    g_autoptr(GBytes) changed_bytes = g_bytes_new (changed, strlen (changed));
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    strict = sks_policy_new_from_bytes (changed_bytes, "strict.json", NULL, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", strict), ==,
                   SKS_VERDICT_FAIL);

  /* an undecided birth month can tip it: manual */
  add (&round, "吴兴区", 1979, 12, 1);
  add (&round, "吴兴区", 1980, 2, 0);    /* February 1980, day unknown */
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", NULL), ==,
                   SKS_VERDICT_MANUAL);   /* 2 of 6 sure, 1 undecided */
  add (&round, "吴兴区", 1960, 1, 1);
  g_assert_cmpint (unit_status (&round, "吴兴区", "district.under45_share", NULL), ==,
                   SKS_VERDICT_FAIL);     /* 2 of 7 sure, 1 undecided: 4 needed */

  /* the city departments are not a 区县 */
  add (&round, "市直有关单位", 1970, 1, 1);
  g_assert_cmpint (unit_status (&round, "市直有关单位", "district.under45_share", NULL), ==,
                   SKS_VERDICT_NOT_APPLICABLE);
  round_clear (&round);
}

/* The explanation gives the figures. */
static void
test_under45_explanation (void)
{
  Round round;
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(SksRoundReport) report = NULL;

  round_init (&round);
  add (&round, "德清县", 1985, 1, 1);
  add (&round, "德清县", 1970, 1, 1);
  report = sks_rule_engine_check_round (engine, G_LIST_MODEL (round.studios),
                                        G_LIST_MODEL (round.recommenders), NULL);
  g_assert_cmpstr (sks_verdict_get_explanation (unit_verdict (report, "德清县",
                                                              "district.under45_share")), ==,
                   "1 of 2 leaders are aged 45 or under (born on or after 1980-02-28); the notice "
                   "asks for at least 1 of them");
  round_clear (&round);
}

/* district.quota: reached passes, exceeded fails; withdrawn ones do not count. */
static void
test_quota (void)
{
  Round round;
  SksStudio *last = NULL;

  round_init (&round);
  for (int i = 0; i < 6; i++)
    last = add (&round, "南太湖新区", 1985, 1, 1 + i);
  g_assert_cmpint (unit_status (&round, "南太湖新区", "district.quota", NULL), ==,
                   SKS_VERDICT_PASS);
  last = add (&round, "南太湖新区", 1985, 2, 1);
  g_assert_cmpint (unit_status (&round, "南太湖新区", "district.quota", NULL), ==,
                   SKS_VERDICT_FAIL);
  sks_studio_set_status (last, SKS_STATUS_WITHDRAWN);
  g_assert_cmpint (unit_status (&round, "南太湖新区", "district.quota", NULL), ==,
                   SKS_VERDICT_PASS);

  /* 12 for a county */
  for (int i = 0; i < 12; i++)
    add (&round, "安吉县", 1985, 3, 1 + i);
  g_assert_cmpint (unit_status (&round, "安吉县", "district.quota", NULL), ==, SKS_VERDICT_PASS);
  add (&round, "安吉县", 1985, 4, 1);
  g_assert_cmpint (unit_status (&round, "安吉县", "district.quota", NULL), ==, SKS_VERDICT_FAIL);

  /* no quota in Annex 1 */
  add (&round, "市直有关单位", 1985, 5, 1);
  g_assert_cmpint (unit_status (&round, "市直有关单位", "district.quota", NULL), ==,
                   SKS_VERDICT_NOT_APPLICABLE);
  round_clear (&round);
}

static void
test_quota_explanation (void)
{
  Round round;
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(SksRoundReport) report = NULL;

  round_init (&round);
  for (int i = 0; i < 8; i++)
    add (&round, "南太湖新区", 1985, 1, 1 + i);
  report = sks_rule_engine_check_round (engine, G_LIST_MODEL (round.studios),
                                        G_LIST_MODEL (round.recommenders), NULL);
  g_assert_cmpstr (sks_verdict_get_explanation (unit_verdict (report, "南太湖新区",
                                                              "district.quota")), ==,
                   "8 applications for a quota of 6: 2 too many");
  g_assert_cmpint (sks_round_report_get_status (report), ==, SKS_VERDICT_FAIL);
  round_clear (&round);
}

/* master.duplicate across the round and the active studios. */
static void
test_duplicates (void)
{
  Round round;
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(SksRoundReport) report = NULL;
  g_autoptr(GListStore) active = g_list_store_new (SKS_TYPE_STUDIO);
  g_autoptr(SksStudio) earlier = make_good_studio (1981, 1, 1, 3);
  g_autoptr(SksStudio) dropped = make_good_studio (1982, 1, 1, 4);
  SksStudio *a, *b, *c, *d;
  const char *text;

  round_init (&round);
  a = add (&round, "吴兴区", 1980, 5, 1);
  b = add (&round, "南浔区", 1980, 5, 1);
  g_object_set (a, "name", "甲工作室", NULL);
  g_object_set (b, "name", "乙工作室", NULL);
  g_object_set (sks_studio_get_master (b), "id-number",
                sks_master_get_id_number (sks_studio_get_master (a)), NULL);
  c = add (&round, "德清县", 1981, 1, 1);
  d = add (&round, "长兴县", 1982, 1, 1);

  /* an approved studio of an earlier round with c's leader; a revoked one with d's */
  g_object_set (sks_studio_get_master (earlier), "id-number",
                sks_master_get_id_number (sks_studio_get_master (c)), NULL);
  g_object_set (earlier, "name", "丙旧工作室", "status", SKS_STATUS_APPROVED, NULL);
  sks_studio_set_round_id (earlier, 99);
  g_object_set (sks_studio_get_master (dropped), "id-number",
                sks_master_get_id_number (sks_studio_get_master (d)), NULL);
  g_object_set (dropped, "status", SKS_STATUS_REVOKED, NULL);
  sks_studio_set_round_id (dropped, 99);
  g_list_store_append (active, earlier);
  g_list_store_append (active, dropped);
  /* the same application in both lists is still one application */
  g_list_store_append (active, a);

  report = sks_rule_engine_check_round (engine, G_LIST_MODEL (round.studios),
                                        G_LIST_MODEL (round.recommenders), G_LIST_MODEL (active));
  g_assert_cmpuint (sks_round_report_get_n_studios (report), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      SksVerdict *verdict = find_verdict (sks_round_report_get_studio_verdicts (report, i),
                                          "master.duplicate");
      SksStudio *studio = sks_round_report_get_studio (report, i);

      g_test_message ("%s", sks_verdict_get_explanation (verdict));
      g_assert_true (sks_verdict_get_studio (verdict) == studio);
      text = sks_verdict_get_explanation (verdict);
      if (studio == a)
        {
          g_assert_cmpint (sks_verdict_get_status (verdict), ==, SKS_VERDICT_WARNING);
          assert_contains (text, "乙工作室");
        }
      else if (studio == b)
        {
          g_assert_cmpint (sks_verdict_get_status (verdict), ==, SKS_VERDICT_WARNING);
          assert_contains (text, "甲工作室");
        }
      else if (studio == c)
        {
          g_assert_cmpint (sks_verdict_get_status (verdict), ==, SKS_VERDICT_WARNING);
          assert_contains (text, "丙旧工作室");
          assert_contains (text, "Approved");
        }
      else
        g_assert_cmpint (sks_verdict_get_status (verdict), ==, SKS_VERDICT_PASS);
      g_assert_cmpint (sks_round_report_get_studio_status (report, i), ==,
                       studio == d ? SKS_VERDICT_PASS : SKS_VERDICT_WARNING);
    }
  g_assert_cmpuint (sks_round_report_count (report, SKS_VERDICT_WARNING), ==, 3);
  round_clear (&round);
}

/* The report's lists: every verdict, units first; counts per status. */
static void
test_report (void)
{
  Round round;
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(SksRoundReport) report = NULL;
  GListModel *all;
  guint total = 0;

  round_init (&round);
  add (&round, "吴兴区", 1985, 1, 1);
  add (&round, "吴兴区", 1986, 1, 1);
  report = sks_rule_engine_check_round (engine, G_LIST_MODEL (round.studios),
                                        G_LIST_MODEL (round.recommenders), NULL);
  all = sks_round_report_get_verdicts (report);
  /* 7 units × 2 unit rules + 2 applications × 13 rules */
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 7 * 2 + 2 * 13);
  for (int s = SKS_VERDICT_NOT_APPLICABLE; s <= SKS_VERDICT_FAIL; s++)
    total += sks_round_report_count (report, s);
  g_assert_cmpuint (total, ==, 7 * 2 + 2 * 13);
  g_assert_cmpint (sks_verdict_status_worst (all), ==, sks_round_report_get_status (report));
  g_assert_cmpint (sks_round_report_get_status (report), ==, SKS_VERDICT_PASS);
  {
    g_autoptr(SksVerdict) first = g_list_model_get_item (all, 0);
    g_assert_cmpint (sks_verdict_get_scope (first), ==, SKS_RULE_SCOPE_RECOMMENDER);
  }
  g_assert_cmpint (sks_round_report_get_recommender_status (report, 0), ==, SKS_VERDICT_PASS);
  round_clear (&round);
}

/* A large round is checked in several threads: the same verdicts, in the
 * same order, as one application at a time. */
static void
test_large_round (void)
{
  Round round;
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(SksRuleEngine) single = sks_rule_engine_new (huzhou);
  g_autoptr(SksRoundReport) report = NULL;
  static const char *const units[] = { "吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "南太湖新区" };
  guint n = 600;   /* above the size at which the engine uses threads */

  round_init (&round);
  for (guint i = 0; i < n; i++)
    {
      SksStudio *studio = add (&round, units[i % G_N_ELEMENTS (units)], 1965 + i % 30,
                               1 + i % 12, 1 + i % 28);
      if (i % 3 == 0)
        g_object_set (sks_studio_get_master (studio), "frontline", FALSE, NULL);
      if (i % 7 == 0)
        g_object_set (studio, "received-date", "2025-03-20", NULL);
    }
  report = sks_rule_engine_check_round (engine, G_LIST_MODEL (round.studios),
                                        G_LIST_MODEL (round.recommenders), NULL);
  sks_rule_engine_set_peers (single, G_LIST_MODEL (round.studios));
  g_assert_cmpuint (sks_round_report_get_n_studios (report), ==, n);
  for (guint i = 0; i < n; i += 3)
    {
      g_autoptr(SksStudio) studio = g_list_model_get_item (G_LIST_MODEL (round.studios), i);
      g_autoptr(GPtrArray) expected = sks_rule_engine_check_studio (single, studio);
      GPtrArray *got = sks_round_report_get_studio_verdicts (report, i);

      g_assert_true (sks_round_report_get_studio (report, i) == studio);
      g_assert_cmpuint (got->len, ==, expected->len);
      for (guint v = 0; v < got->len; v++)
        {
          SksVerdict *a = got->pdata[v], *b = expected->pdata[v];

          g_assert_cmpstr (sks_verdict_get_rule_id (a), ==, sks_verdict_get_rule_id (b));
          g_assert_cmpint (sks_verdict_get_status (a), ==, sks_verdict_get_status (b));
          g_assert_cmpstr (sks_verdict_get_explanation (a), ==, sks_verdict_get_explanation (b));
        }
    }
  round_clear (&round);
}

/* A round saved in a document, checked from it. */
static void
test_store (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "round.skillstudio", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(SksRound) round = sks_policy_create_round (huzhou, NULL);
  g_autoptr(GPtrArray) recommenders = sks_policy_create_recommenders (huzhou);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(SksRoundReport) report = NULL;
  SksRecommender *nantaihu = NULL;

  g_assert_no_error (error);
  g_assert_true (sks_store_save_round (store, round, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < recommenders->len; i++)
    {
      SksRecommender *rec = g_ptr_array_index (recommenders, i);

      sks_recommender_set_round_id (rec, sks_round_get_id (round));
      g_assert_true (sks_store_save_recommender (store, rec, &error));
      g_assert_no_error (error);
      if (g_str_equal (sks_recommender_get_name (rec), "南太湖新区"))
        nantaihu = rec;
    }
  g_assert_nonnull (nantaihu);
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(SksStudio) studio = make_good_studio (1970 + i, 3, 1, i + 1);

      sks_studio_set_round_id (studio, sks_round_get_id (round));
      sks_studio_set_recommender_id (studio, sks_recommender_get_id (nantaihu));
      g_assert_true (sks_store_save_studio (store, studio, &error));
      g_assert_no_error (error);
    }

  report = sks_rule_engine_check_store (engine, store, sks_round_get_id (round), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_round_report_get_n_studios (report), ==, 7);
  g_assert_cmpuint (sks_round_report_get_n_recommenders (report), ==, 7);
  g_assert_cmpint (sks_verdict_get_status (unit_verdict (report, "南太湖新区", "district.quota")),
                   ==, SKS_VERDICT_FAIL);
  /* born 1970–1976: none is 45 or under */
  g_assert_cmpint (sks_verdict_get_status (unit_verdict (report, "南太湖新区",
                                                         "district.under45_share")), ==,
                   SKS_VERDICT_FAIL);
  g_assert_cmpint (sks_round_report_get_status (report), ==, SKS_VERDICT_FAIL);

  g_clear_object (&report);
  report = sks_rule_engine_check_store (engine, store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_round_report_get_n_studios (report), ==, 7);

  g_clear_object (&store);
  sks_test_remove_tree (dir);
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

  g_test_add_func ("/round/district.under45_share", test_under45_share);
  g_test_add_func ("/round/district.under45_share/explanation", test_under45_explanation);
  g_test_add_func ("/round/district.quota", test_quota);
  g_test_add_func ("/round/district.quota/explanation", test_quota_explanation);
  g_test_add_func ("/round/master.duplicate", test_duplicates);
  g_test_add_func ("/round/report", test_report);
  g_test_add_func ("/round/large", test_large_round);
  g_test_add_func ("/round/store", test_store);

  status = g_test_run ();
  g_clear_object (&huzhou);
  return status;
}
