/* bench-rules.c — checking 100,000 applications against a profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Target: 100,000 applications in ≤ 1 s (≤ 10 µs each). The applications
 * are built in memory, varied so that every rule takes its different
 * paths; building them is not timed. Prints the figures; asserts nothing
 * about time.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "sks-i18n.h"
#include "test-rules-common.h"

#define DEFAULT_COUNT 100000

static const char *const levels[] = { "高级技师", "技师", "高级工", "首席技师" };
static const char *const chains[] = { "新能源汽车及关键零部件", "绿色能源", "丝绸纺织", NULL };

static SksStudio *
make_studio (guint i,
             guint n_recommenders)
{
  SksStudio *studio = sks_studio_new ();
  g_autoptr(SksTeamMember) member = sks_team_member_new ();
  g_autofree char *id_number = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *received = NULL;
  g_autofree char *name = g_strdup_printf ("张%u数控车工技能大师工作室", i);
  g_autofree char *leader = g_strdup_printf ("张%u", i);
  int year = 1965 + (int) (i % 30), month = 1 + (int) (i % 12), day = 1 + (int) (i % 28);

  /* one in 50 shares its leader with the previous application */
  id_number = sks_test_make_id_number ("330502", year, month, day,
                                       (int) ((i - (i % 50 == 1)) / 30 % 500));
  birth = g_strdup_printf ("%04d-%02d", year, month);
  received = g_strdup_printf ("2025-03-%02u", 10 + i % 10);

  g_object_set (studio, "name", name, "status", SKS_STATUS_SUBMITTED,
                "prior-level", i % 3 ? SKS_PRIOR_LEVEL_DISTRICT : SKS_PRIOR_LEVEL_ENTERPRISE,
                "application-date", "2025-03-10", "received-date", received,
                "industry-chain", chains[i % G_N_ELEMENTS (chains)], NULL);
  sks_studio_set_recommender_id (studio, 1 + i % n_recommenders);
  g_object_set (sks_studio_get_unit (studio), "kind", i % 7 ? SKS_UNIT_KIND_ENTERPRISE
                                                            : SKS_UNIT_KIND_PUBLIC_INSTITUTION,
                "fiscal-affiliation", SKS_FISCAL_DISTRICT, NULL);
  g_object_set (sks_studio_get_master (studio), "name", leader, "gender", SKS_GENDER_MALE,
                "birth", birth, "id-number", i % 5 ? id_number : NULL, "occupation", "数控车工",
                "skill-level", levels[i % G_N_ELEMENTS (levels)],
                "unique-skills", i % 4 ? "手工研磨" : NULL,
                "full-time-years", (gint64) (i % 20), "frontline", i % 9 != 0,
                "retirement-category", SKS_RETIREMENT_MALE_60, NULL);
  g_object_set (member, "name", "成员", "employed-by-unit", TRUE, NULL);
  sks_studio_add_team_member (studio, member);
  for (guint c = 0; c < SKS_N_CHECK_ITEMS; c++)
    if ((i + c) % 4)
      sks_studio_set_check (studio, c, SKS_CHECK_CONFIRMED, "王珏", "2025-03-18", NULL);
  return studio;
}

static void
run (const char *policy_id,
     GPtrArray  *studios,
     GListModel *model,
     GListModel *recommenders)
{
  g_autoptr(SksPolicy) policy = load_policy (policy_id);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
  g_autoptr(SksRoundReport) report = NULL;
  gint64 start, elapsed;
  guint n_verdicts = 0;
  double seconds, micros;

  /* each application alone, as the form does */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < studios->len; i++)
    {
      g_autoptr(GPtrArray) verdicts = sks_rule_engine_check_studio (engine, studios->pdata[i]);
      n_verdicts += verdicts->len;
    }
  elapsed = g_get_monotonic_time () - start;
  seconds = elapsed / 1e6;
  micros = (double) elapsed / studios->len;
  printf ("%s: %u applications, one at a time: %.3f s, %.0f applications/s, %.2f µs each "
          "(%u verdicts) — target ≤ 1 s: %s\n", policy_id, studios->len, seconds,
          studios->len / seconds, micros, n_verdicts, seconds <= 1.0 ? "met" : "MISSED");

  /* the whole round: every rule of every application and unit, duplicates
   * across the round; explanations are written when read */
  start = g_get_monotonic_time ();
  report = sks_rule_engine_check_round (engine, model, recommenders, NULL);
  elapsed = g_get_monotonic_time () - start;
  seconds = elapsed / 1e6;
  printf ("%s: %u applications as one round: %.3f s, %.0f applications/s, %.2f µs each; "
          "%u fail, %u warning, %u manual — target ≤ 1 s: %s\n", policy_id, studios->len,
          seconds, studios->len / seconds, (double) elapsed / studios->len,
          sks_round_report_count (report, SKS_VERDICT_FAIL),
          sks_round_report_count (report, SKS_VERDICT_WARNING),
          sks_round_report_count (report, SKS_VERDICT_MANUAL), seconds <= 1.0 ? "met" : "MISSED");

  /* then every verdict object with its explanation, as `check --format json` needs */
  start = g_get_monotonic_time ();
  n_verdicts = g_list_model_get_n_items (sks_round_report_get_verdicts (report));
  elapsed = g_get_monotonic_time () - start;
  printf ("%s: explaining all %u verdicts of the round afterwards: %.3f s (%.2f µs per "
          "application)\n", policy_id, n_verdicts, elapsed / 1e6,
          (double) elapsed / studios->len);
}

int
main (int   argc,
      char *argv[])
{
  guint count = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : DEFAULT_COUNT;
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) model = g_list_store_new (SKS_TYPE_STUDIO);
  g_autoptr(GListStore) recommenders = g_list_store_new (SKS_TYPE_RECOMMENDER);
  g_autoptr(SksPolicy) huzhou = NULL;
  g_autoptr(GPtrArray) units = NULL;
  gint64 start;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();

  huzhou = load_policy ("huzhou-2025");
  units = sks_policy_create_recommenders (huzhou);
  for (guint i = 0; i < units->len; i++)
    {
      sks_recommender_set_id (units->pdata[i], i + 1);
      g_list_store_append (recommenders, units->pdata[i]);
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < count; i++)
    g_ptr_array_add (studios, make_studio (i, units->len));
  g_list_store_splice (model, 0, 0, studios->pdata, studios->len);
  printf ("built %u applications in memory in %.2f s (not timed below)\n", count,
          (g_get_monotonic_time () - start) / 1e6);

  run ("huzhou-2025", studios, G_LIST_MODEL (model), G_LIST_MODEL (recommenders));
  run ("hangzhou-2023", studios, G_LIST_MODEL (model), G_LIST_MODEL (recommenders));
  return 0;
}
