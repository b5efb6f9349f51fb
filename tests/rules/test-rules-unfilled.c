/* test-rules-unfilled.c — a draft's fields that were never filled in are
 * "not filled in yet" (manual), not failures; a submitted application's
 * values are its answers
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-i18n.h"
#include "test-rules-common.h"

typedef struct {
  const char       *policy;
  const char       *rule;
  SksStatus         status;
  SksVerdictStatus  expected;
  const char       *explanation;  /* (nullable): a part of it */
} Case;

static const Case cases[] = {
  /* A new, empty form: nothing fails for want of an answer */
  { "huzhou-2025", "master.full_time_years", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL,
    "not filled in yet" },
  { "huzhou-2025", "master.frontline", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL,
    "not filled in yet" },
  { "huzhou-2025", "master.skill_level", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL,
    "not filled in yet" },
  { "huzhou-2025", "team.present", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL, "not filled in yet" },
  { "hangzhou-2023", "master.skill_level", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL,
    "not filled in yet" },
  { "hangzhou-2023", "team.min_size", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL,
    "not filled in yet" },
  { "hangzhou-2023", "studio.name_format", SKS_STATUS_DRAFT, SKS_VERDICT_MANUAL,
    "not filled in yet" },
  /* Submitted: the values are the applicant's answers */
  { "huzhou-2025", "master.full_time_years", SKS_STATUS_SUBMITTED, SKS_VERDICT_FAIL, NULL },
  { "huzhou-2025", "master.frontline", SKS_STATUS_SUBMITTED, SKS_VERDICT_FAIL, NULL },
  { "huzhou-2025", "master.skill_level", SKS_STATUS_SUBMITTED, SKS_VERDICT_FAIL, NULL },
};

static SksStudio *
make_empty (SksStatus status)
{
  SksStudio *studio = sks_studio_new ();

  g_object_set (studio, "status", status, NULL);
  return studio;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(SksPolicy) policy = load_policy (c->policy);
  g_autoptr(SksStudio) studio = make_empty (c->status);
  g_autofree char *explanation = NULL;

  g_assert_cmpint (check_rule (policy, studio, c->rule, &explanation), ==, c->expected);
  if (c->explanation != NULL)
    assert_contains (explanation, c->explanation);
}

/* No rule of a profile fails a new, empty draft. */
static void
test_nothing_fails (gconstpointer data)
{
  g_autoptr(SksPolicy) policy = load_policy (data);
  g_autoptr(SksStudio) studio = make_empty (SKS_STATUS_DRAFT);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
  g_autoptr(GPtrArray) verdicts = sks_rule_engine_check_studio (engine, studio);

  for (guint i = 0; i < verdicts->len; i++)
    {
      SksVerdict *verdict = g_ptr_array_index (verdicts, i);

      g_test_message ("%s: %s", sks_verdict_get_rule_id (verdict),
                      sks_verdict_get_explanation (verdict));
      g_assert_cmpint (sks_verdict_get_status (verdict), <, SKS_VERDICT_FAIL);
    }
}

/* A filled-in value is judged as it is, draft or not. */
static void
test_filled_value_judged (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("hangzhou-2023");
  g_autoptr(SksStudio) studio = make_good_studio (1975, 6, 1, 1);
  g_autofree char *explanation = NULL;

  g_object_set (studio, "status", SKS_STATUS_DRAFT, "name", "张伟数控车工工作室", NULL);
  g_assert_cmpint (check_rule (policy, studio, "studio.name_format", &explanation), ==,
                   SKS_VERDICT_FAIL);
  g_object_set (sks_studio_get_master (studio), "skill-level", "高级工", NULL);
  g_assert_cmpint (check_rule (policy, studio, "master.skill_level", NULL), ==,
                   SKS_VERDICT_FAIL);
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
      g_autofree char *path = g_strdup_printf ("/rules/unfilled/%s/%s/%s", cases[i].policy,
                                               cases[i].rule,
                                               cases[i].status == SKS_STATUS_DRAFT
                                                 ? "draft" : "submitted");
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_data_func ("/rules/unfilled/huzhou-2025/nothing-fails", "huzhou-2025",
                        test_nothing_fails);
  g_test_add_data_func ("/rules/unfilled/hangzhou-2023/nothing-fails", "hangzhou-2023",
                        test_nothing_fails);
  g_test_add_func ("/rules/unfilled/filled-value-judged", test_filled_value_judged);
  return g_test_run ();
}
