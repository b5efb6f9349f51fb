/* test-rules-common.h — building applications and finding verdicts in the
 * tests of the eligibility engine
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-policy.h"
#include "sks-rule-engine.h"
#include "sks-test-util.h"

static inline SksPolicy *
load_policy (const char *id)
{
  g_autoptr(GError) error = NULL;
  SksPolicy *policy = sks_policy_new_from_resource (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (policy);
  return policy;
}

/* An application that meets every condition of both bundled profiles: a
 * male 高级技师 born on @year-@month-@day, with the ID number to match, a
 * team of three employed members, every finding confirmed, received in time
 * and named as Hangzhou asks. Tests change one thing at a time. */
static inline SksStudio *
make_good_studio (int year,
                  int month,
                  int day,
                  int sequence)
{
  SksStudio *studio = sks_studio_new ();
  g_autofree char *id_number = sks_test_make_id_number ("330502", year, month, day,
                                                        sequence * 2 + 1);
  g_autofree char *birth = g_strdup_printf ("%04d-%02d", year, month);

  g_object_set (studio,
                "name", "张伟数控车工技能大师工作室",
                "status", SKS_STATUS_SUBMITTED,
                "prior-level", SKS_PRIOR_LEVEL_DISTRICT,
                "application-date", "2025-03-10",
                "received-date", "2025-03-14",
                NULL);
  g_object_set (sks_studio_get_unit (studio),
                "name", "湖州精工机械有限公司",
                "kind", SKS_UNIT_KIND_ENTERPRISE,
                "fiscal-affiliation", SKS_FISCAL_DISTRICT,
                NULL);
  g_object_set (sks_studio_get_master (studio),
                "name", "张伟",
                "gender", SKS_GENDER_MALE,
                "birth", birth,
                "id-number", id_number,
                "occupation", "数控车工",
                "skill-level", "高级技师",
                "unique-skills", "0.002毫米精度手工研磨",
                "full-time-years", (gint64) 21,
                "frontline", TRUE,
                "retirement-category", SKS_RETIREMENT_MALE_60,
                NULL);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(SksTeamMember) member = sks_team_member_new ();
      g_autofree char *name = g_strdup_printf ("成员%d", i + 1);

      g_object_set (member, "name", name, "gender", SKS_GENDER_FEMALE, "birth", "1990-01",
                    "education", "大学专科", "occupation", "数控车工",
                    "employed-by-unit", TRUE, NULL);
      sks_studio_add_team_member (studio, member);
    }
  for (guint i = 0; i < SKS_N_CHECK_ITEMS; i++)
    sks_studio_set_check (studio, i, SKS_CHECK_CONFIRMED, "王珏", "2025-03-18", NULL);
  return studio;
}

/* Returns: (transfer none): the verdict of @rule_id in @verdicts */
static inline SksVerdict *
find_verdict (GPtrArray  *verdicts,
              const char *rule_id)
{
  for (guint i = 0; i < verdicts->len; i++)
    if (g_str_equal (sks_verdict_get_rule_id (g_ptr_array_index (verdicts, i)), rule_id))
      return g_ptr_array_index (verdicts, i);
  g_error ("No verdict of rule %s", rule_id);
}

/* Runs @rule_id of @policy on @studio; the explanation is returned in
 * *explanation when asked. */
static inline SksVerdictStatus
check_rule (SksPolicy   *policy,
            SksStudio   *studio,
            const char  *rule_id,
            char       **explanation)
{
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
  g_autoptr(GPtrArray) verdicts = sks_rule_engine_check_studio (engine, studio);
  SksVerdict *verdict = find_verdict (verdicts, rule_id);

  g_assert_nonnull (sks_verdict_get_explanation (verdict));
  g_assert_cmpstr (sks_verdict_get_explanation (verdict), !=, "");
  if (explanation)
    *explanation = g_strdup (sks_verdict_get_explanation (verdict));
  return sks_verdict_get_status (verdict);
}

#define assert_contains(haystack, needle)                                       \
  G_STMT_START {                                                                \
    if (strstr ((haystack), (needle)) == NULL)                                  \
      g_error ("“%s” does not contain “%s”", (haystack), (needle));             \
  } G_STMT_END
