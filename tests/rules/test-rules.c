/* test-rules.c — every rule of both profiles at its boundaries
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-i18n.h"
#include "sks-problem.h"
#include "test-rules-common.h"

#define PASS SKS_VERDICT_PASS
#define FAIL SKS_VERDICT_FAIL
#define WARNING SKS_VERDICT_WARNING
#define MANUAL SKS_VERDICT_MANUAL
#define NA SKS_VERDICT_NOT_APPLICABLE

static SksPolicy *huzhou;
static SksPolicy *hangzhou;

/* A profile changed in one place, e.g. to the other reading of a boundary. */
static SksPolicy *
variant (const char *id,
         const char *from,
         const char *to)
{
  g_autofree char *path = g_strdup_printf ("/org/example/SkillStudio/policies/%s.json", id);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) parts = g_strsplit (text, from, -1);
  g_autofree char *changed = NULL;
  g_autoptr(GBytes) changed_bytes = NULL;
  g_autoptr(GError) error = NULL;
  SksPolicy *policy;

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoinv (to, parts);
  changed_bytes = g_bytes_new (changed, strlen (changed));
  policy = sks_policy_new_from_bytes (changed_bytes, "variant.json", NULL, &error);
  g_assert_no_error (error);
  return policy;
}

/* The ID number's 17th digit follows the gender: odd for men. */
static void
set_birth (SksStudio  *studio,
           int         year,
           int         month,
           int         day)
{
  gboolean female = sks_master_get_gender (sks_studio_get_master (studio)) == SKS_GENDER_FEMALE;
  g_autofree char *id_number = sks_test_make_id_number ("330502", year, month, day,
                                                        female ? 12 : 11);
  g_autofree char *birth = g_strdup_printf ("%04d-%02d", year, month);

  g_object_set (sks_studio_get_master (studio), "id-number", id_number, "birth", birth, NULL);
}

/* Only the year and month, as on a form without the ID number. */
static void
set_birth_month (SksStudio  *studio,
                 const char *birth)
{
  g_object_set (sks_studio_get_master (studio), "id-number", NULL, "birth", birth, NULL);
}

#define assert_rule(policy, studio, rule_id, expected)                          \
  G_STMT_START {                                                                \
    g_autofree char *_explanation = NULL;                                       \
    SksVerdictStatus _status = check_rule ((policy), (studio), (rule_id), &_explanation); \
    g_test_message ("%s: %s", (rule_id), _explanation);                         \
    g_assert_cmpstr (sks_verdict_status_get_nick (_status), ==,                 \
                     sks_verdict_status_get_nick (expected));                   \
  } G_STMT_END

static char *
explain (SksPolicy  *policy,
         SksStudio  *studio,
         const char *rule_id)
{
  char *explanation = NULL;

  check_rule (policy, studio, rule_id, &explanation);
  return explanation;
}

/* The reference application passes everything that can pass alone. */
static void
test_good_studio (void)
{
  SksPolicy *policies[] = { huzhou, hangzhou };

  for (guint p = 0; p < G_N_ELEMENTS (policies); p++)
    {
      g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policies[p]);
      g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
      g_autoptr(GPtrArray) verdicts = sks_rule_engine_check_studio (engine, studio);

      for (guint i = 0; i < verdicts->len; i++)
        {
          SksVerdict *verdict = g_ptr_array_index (verdicts, i);
          const char *id = sks_verdict_get_rule_id (verdict);
          SksVerdictStatus expected = PASS;

          if (g_str_equal (id, "master.duplicate") || g_str_equal (id, "industry.priority") ||
              g_str_equal (id, "honorary.eligible"))
            expected = NA;
          g_test_message ("%s %s: %s", sks_policy_get_id (policies[p]), id,
                          sks_verdict_get_explanation (verdict));
          g_assert_cmpstr (sks_verdict_status_get_nick (sks_verdict_get_status (verdict)), ==,
                           sks_verdict_status_get_nick (expected));
          g_assert_true (sks_verdict_get_studio (verdict) == studio);
          g_assert_null (sks_verdict_get_recommender (verdict));
          g_assert_cmpint (sks_verdict_get_scope (verdict), ==, SKS_RULE_SCOPE_APPLICATION);
          g_assert_cmpstr (sks_verdict_get_policy_id (verdict), ==,
                           sks_policy_get_id (policies[p]));
        }
    }
}

/* master.birth_cutoff: born on the cut-off day, the day before and after. */
static void
test_birth_cutoff (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1975, 2, 28, 1);
  g_autoptr(SksPolicy) strict = variant ("huzhou-2025",
                                         "\"inclusive\": true,\n        \"max_age\": 50",
                                         "\"inclusive\": false,\n        \"max_age\": 50");
  g_autoptr(SksPolicy) absolute = variant ("huzhou-2025", "\"general\": true",
                                           "\"general\": false");
  g_autofree char *text = NULL;

  assert_rule (huzhou, studio, "master.birth_cutoff", PASS);
  text = explain (huzhou, studio, "master.birth_cutoff");
  g_assert_cmpstr (text, ==, "born 1975-02-28: aged 50 on 2025-02-28; the notice asks, generally, "
                             "for birth after 1975-02-28, and the profile counts that day itself");
  g_clear_pointer (&text, g_free);
  assert_rule (strict, studio, "master.birth_cutoff", WARNING);

  set_birth (studio, 1975, 3, 1);
  assert_rule (huzhou, studio, "master.birth_cutoff", PASS);
  assert_rule (strict, studio, "master.birth_cutoff", PASS);

  set_birth (studio, 1975, 2, 27);
  assert_rule (huzhou, studio, "master.birth_cutoff", WARNING);
  assert_rule (absolute, studio, "master.birth_cutoff", FAIL);
  /* a written justification makes it a question for the reviewers, never a pass */
  g_object_set (studio, "age-justification", "全市唯一的湖笔制作传承人", NULL);
  assert_rule (huzhou, studio, "master.birth_cutoff", MANUAL);
  assert_rule (absolute, studio, "master.birth_cutoff", FAIL);
  g_object_set (studio, "age-justification", NULL, NULL);

  /* the issue's own example */
  set_birth_month (studio, "1974-11");
  text = explain (huzhou, studio, "master.birth_cutoff");
  g_assert_cmpstr (text, ==, "born 1974-11: aged 50 on 2025-02-28; the notice asks, generally, "
                             "for birth after 1975-02-28 — an exception needs a written "
                             "justification");
  g_clear_pointer (&text, g_free);

  /* only the month: February 1975 straddles the cut-off */
  set_birth_month (studio, "1975-02");
  assert_rule (huzhou, studio, "master.birth_cutoff", MANUAL);
  set_birth_month (studio, "1975-03");
  assert_rule (huzhou, studio, "master.birth_cutoff", PASS);
  set_birth_month (studio, NULL);
  assert_rule (huzhou, studio, "master.birth_cutoff", MANUAL);
}

static void
test_skill_level (void)
{
  static const struct {
    const char      *level;
    gboolean         top;
    gboolean         honour;
    const char      *unique;
    SksVerdictStatus huzhou;
    SksVerdictStatus hangzhou;
  } cases[] = {
    { "高级技师", FALSE, FALSE, "手工研磨", PASS, PASS },
    { "技师", FALSE, FALSE, "手工研磨", PASS, PASS },
    { "二级/技师", FALSE, FALSE, "手工研磨", PASS, PASS },
    { "首席技师", FALSE, FALSE, "手工研磨", PASS, PASS },
    { "高级技师", FALSE, FALSE, NULL, PASS, FAIL },
    { "高级工", FALSE, FALSE, NULL, FAIL, FAIL },
    { "高级工", FALSE, TRUE, NULL, PASS, FAIL },
    { "高级工", FALSE, FALSE, "手工研磨", MANUAL, FAIL },
    { "高级工", TRUE, FALSE, "手工研磨", MANUAL, PASS },
    { "高级工", TRUE, FALSE, NULL, FAIL, FAIL },
    { NULL, FALSE, FALSE, NULL, FAIL, FAIL },
    { NULL, FALSE, FALSE, "手工研磨", MANUAL, FAIL },
  };
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_object_set (sks_studio_get_master (studio), "skill-level", cases[i].level,
                    "occupation-top-level", cases[i].top, "provincial-honour", cases[i].honour,
                    "unique-skills", cases[i].unique, NULL);
      assert_rule (huzhou, studio, "master.skill_level", cases[i].huzhou);
      assert_rule (hangzhou, studio, "master.skill_level", cases[i].hangzhou);
    }
}

static void
test_full_time_and_frontline (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  SksMaster *master = sks_studio_get_master (studio);

  g_object_set (master, "full-time-years", (gint64) 1, NULL);
  assert_rule (huzhou, studio, "master.full_time_years", PASS);
  g_object_set (master, "full-time-years", (gint64) 0, NULL);
  assert_rule (huzhou, studio, "master.full_time_years", FAIL);

  assert_rule (huzhou, studio, "master.frontline", PASS);
  g_object_set (master, "frontline", FALSE, NULL);
  assert_rule (huzhou, studio, "master.frontline", FAIL);
}

static void
test_confirmations (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autofree char *text = NULL;

  text = explain (huzhou, studio, "master.conduct");
  g_assert_cmpstr (text, ==, "Leader’s conduct: confirmed by 王珏 on 2025-03-18");
  g_clear_pointer (&text, g_free);

  sks_studio_set_check (studio, SKS_CHECK_ITEM_CONDUCT, SKS_CHECK_UNCHECKED, NULL, NULL, NULL);
  assert_rule (huzhou, studio, "master.conduct", MANUAL);
  sks_studio_set_check (studio, SKS_CHECK_ITEM_CONDUCT, SKS_CHECK_CONFIRMED, NULL, "2025-03-18",
                        NULL);
  assert_rule (huzhou, studio, "master.conduct", MANUAL);   /* who is missing */
  sks_studio_set_check (studio, SKS_CHECK_ITEM_CONDUCT, SKS_CHECK_NOT_MET, "李四", "2025-03-19",
                        "有违纪记录");
  assert_rule (huzhou, studio, "master.conduct", FAIL);
  text = explain (huzhou, studio, "master.conduct");
  assert_contains (text, "李四");
  assert_contains (text, "有违纪记录");
  g_clear_pointer (&text, g_free);

  assert_rule (huzhou, studio, "project.present", PASS);
  assert_rule (huzhou, studio, "training.present", PASS);
  assert_rule (hangzhou, studio, "project.present", PASS);

  /* support: all four items */
  assert_rule (huzhou, studio, "support.present", PASS);
  assert_rule (hangzhou, studio, "unit.support", PASS);
  sks_studio_set_check (studio, SKS_CHECK_ITEM_SUPPORT_FUNDING, SKS_CHECK_UNCHECKED, NULL, NULL,
                        NULL);
  assert_rule (huzhou, studio, "support.present", MANUAL);
  text = explain (huzhou, studio, "support.present");
  g_assert_cmpstr (text, ==, "Needs a reviewer’s confirmation: Funding by the unit");
  g_clear_pointer (&text, g_free);
  sks_studio_set_check (studio, SKS_CHECK_ITEM_SUPPORT_SITE, SKS_CHECK_NOT_MET, "王珏",
                        "2025-03-18", NULL);
  assert_rule (huzhou, studio, "support.present", FAIL);
  assert_rule (hangzhou, studio, "unit.support", FAIL);
}

/* team.present (Huzhou) and team.min_size (Hangzhou: three, all employed) */
static void
test_team (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksTeamMember) outsider = sks_team_member_new ();
  g_autoptr(SksTeamMember) first = NULL;

  assert_rule (hangzhou, studio, "team.min_size", PASS);          /* exactly 3 */
  sks_studio_remove_team_member (studio, 2);
  assert_rule (hangzhou, studio, "team.min_size", FAIL);          /* 2 */
  assert_rule (huzhou, studio, "team.present", PASS);

  g_object_set (outsider, "name", "外聘", "gender", SKS_GENDER_MALE, "birth", "1988-07",
                "education", "大学本科", "occupation", "数控车工", "employed-by-unit", FALSE, NULL);
  sks_studio_add_team_member (studio, outsider);
  assert_rule (hangzhou, studio, "team.min_size", FAIL);          /* 3, one outside */
  assert_rule (huzhou, studio, "team.present", PASS);
  g_object_set (outsider, "employed-by-unit", TRUE, NULL);
  assert_rule (hangzhou, studio, "team.min_size", PASS);

  while (g_list_model_get_n_items (sks_studio_get_team (studio)) > 0)
    sks_studio_remove_team_member (studio, 0);
  assert_rule (huzhou, studio, "team.present", FAIL);
}

/* round.deadline: received on 17 March, the day before and after. */
static void
test_deadline (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksPolicy) strict = variant ("huzhou-2025", "\"params\": { \"inclusive\": true }",
                                         "\"params\": { \"inclusive\": false }");
  g_autofree char *text = NULL;

  g_object_set (studio, "received-date", "2025-03-16", NULL);
  assert_rule (huzhou, studio, "round.deadline", PASS);
  g_object_set (studio, "received-date", "2025-03-17", NULL);
  assert_rule (huzhou, studio, "round.deadline", PASS);
  assert_rule (strict, studio, "round.deadline", FAIL);
  g_object_set (studio, "received-date", "2025-03-18", NULL);
  assert_rule (huzhou, studio, "round.deadline", FAIL);
  text = explain (huzhou, studio, "round.deadline");
  g_assert_cmpstr (text, ==, "Received on 2025-03-18, after the deadline of 2025-03-17 "
                             "(1 day late)");
  g_object_set (studio, "received-date", NULL, NULL);
  assert_rule (huzhou, studio, "round.deadline", MANUAL);
}

static void
test_priority (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(GPtrArray) verdicts = NULL;
  g_autofree char *text = NULL;

  assert_rule (huzhou, studio, "industry.priority", NA);
  g_object_set (studio, "industry-chain", "半导体及光电", NULL);
  verdicts = sks_rule_engine_check_studio (engine, studio);
  g_assert_true (sks_verdict_get_priority (find_verdict (verdicts, "industry.priority")));
  g_assert_cmpint (sks_verdict_get_status (find_verdict (verdicts, "industry.priority")), ==, PASS);

  g_object_set (studio, "industry-chain", "绿色能源", NULL);
  text = explain (huzhou, studio, "industry.priority");
  assert_contains (text, "not yet confirmed");
  g_clear_pointer (&text, g_free);

  g_object_set (studio, "industry-chain", "丝绸纺织", NULL);
  assert_rule (huzhou, studio, "industry.priority", NA);
  g_object_set (sks_studio_get_unit (studio), "self-assessment", TRUE, NULL);
  assert_rule (huzhou, studio, "industry.priority", PASS);
}

/* master.retirement_distance: exactly 3 years to retirement on the day. A
 * man born 1970-06-15 retires on 2031-11-15 (61 years 5 months). */
static void
test_retirement_distance (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1970, 6, 15, 1);
  g_autoptr(SksPolicy) strict = variant ("hangzhou-2023", "\"principle\": true",
                                         "\"principle\": false");
  g_autofree char *text = NULL;

  g_object_set (studio, "application-date", "2028-11-15", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", PASS);
  text = explain (hangzhou, studio, "master.retirement_distance");
  g_assert_cmpstr (text, ==, "born 1970-06, Male employee (originally 60): statutory retirement "
                             "age 61 years 5 months, reached 2031-11-15; on 2028-11-15 (the date "
                             "of application) that is 3 years away; the notice asks, in "
                             "principle, for 3 years or more");
  g_clear_pointer (&text, g_free);
  g_object_set (studio, "application-date", "2028-11-14", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", PASS);
  g_object_set (studio, "application-date", "2028-11-16", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", WARNING);
  assert_rule (strict, studio, "master.retirement_distance", FAIL);

  /* only the month: the day decides */
  g_object_set (studio, "application-date", "2028-11-15", NULL);
  set_birth_month (studio, "1970-06");
  assert_rule (hangzhou, studio, "master.retirement_distance", MANUAL);
  g_object_set (studio, "application-date", "2028-10-31", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", PASS);
  g_object_set (studio, "application-date", "2028-12-01", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", WARNING);

  /* a female worker (originally 50) born 1980-06-10 retires 2033-03-10 */
  g_object_set (sks_studio_get_master (studio), "gender", SKS_GENDER_FEMALE,
                "retirement-category", SKS_RETIREMENT_UNSET, NULL);
  set_birth (studio, 1980, 6, 10);
  assert_rule (hangzhou, studio, "master.retirement_distance", MANUAL);  /* category unknown */
  g_object_set (sks_studio_get_master (studio), "retirement-category", SKS_RETIREMENT_FEMALE_50,
                NULL);
  g_object_set (studio, "application-date", "2030-03-10", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", PASS);
  g_object_set (studio, "application-date", "2030-03-11", NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", WARNING);
  /* as a female cadre (originally 55) she retires 2038-02-10 */
  g_object_set (sks_studio_get_master (studio), "retirement-category", SKS_RETIREMENT_FEMALE_55,
                NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", PASS);

  g_object_set (studio, "application-date", NULL, NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", MANUAL);
  g_object_set (studio, "honorary", TRUE, NULL);
  assert_rule (hangzhou, studio, "master.retirement_distance", NA);
}

static void
test_name_format (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);

  assert_rule (hangzhou, studio, "studio.name_format", PASS);
  g_object_set (studio, "name", "张伟车工技能大师工作室", NULL);
  assert_rule (hangzhou, studio, "studio.name_format", WARNING);
  g_object_set (studio, "name", "精工数控车工技能大师工作室", NULL);
  assert_rule (hangzhou, studio, "studio.name_format", FAIL);
  g_object_set (studio, "name", "张伟数控车工工作室", NULL);
  assert_rule (hangzhou, studio, "studio.name_format", FAIL);
  g_object_set (studio, "name", NULL, NULL);
  assert_rule (hangzhou, studio, "studio.name_format", FAIL);
  g_object_set (studio, "name", "张伟数控车工技能大师工作室", NULL);
  g_object_set (sks_studio_get_master (studio), "occupation", NULL, NULL);
  assert_rule (hangzhou, studio, "studio.name_format", MANUAL);
}

static void
test_unit_kind_and_prior_level (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  SksUnit *unit = sks_studio_get_unit (studio);

  assert_rule (hangzhou, studio, "unit.kind", PASS);
  g_object_set (unit, "kind", SKS_UNIT_KIND_PUBLIC_INSTITUTION, NULL);
  assert_rule (hangzhou, studio, "unit.kind", WARNING);
  g_object_set (unit, "kind", SKS_UNIT_KIND_INDIVIDUAL_BUSINESS, NULL);
  assert_rule (hangzhou, studio, "unit.kind", PASS);
  g_object_set (unit, "kind", SKS_UNIT_KIND_UNSET, NULL);
  assert_rule (hangzhou, studio, "unit.kind", MANUAL);

  assert_rule (hangzhou, studio, "district.prior_level", PASS);
  g_object_set (studio, "prior-level", SKS_PRIOR_LEVEL_ENTERPRISE, NULL);
  assert_rule (hangzhou, studio, "district.prior_level", WARNING);
  g_object_set (studio, "prior-level", SKS_PRIOR_LEVEL_NONE, NULL);
  assert_rule (hangzhou, studio, "district.prior_level", WARNING);
}

static void
test_honorary (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1960, 5, 1, 1);
  SksMaster *master = sks_studio_get_master (studio);
  g_autofree char *text = NULL;

  assert_rule (hangzhou, studio, "honorary.eligible", NA);
  g_object_set (master, "retired", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", WARNING);

  g_object_set (studio, "honorary", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", FAIL);        /* not rehired */
  g_object_set (master, "rehired", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", FAIL);        /* no grounds */

  g_object_set (master, "qianjiang-skill-award", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", PASS);
  g_object_set (master, "qianjiang-skill-award", FALSE, "china-skill-award", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", PASS);
  g_object_set (master, "china-skill-award", FALSE, "state-council-allowance", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", PASS);
  g_object_set (master, "state-council-allowance", FALSE, NULL);
  g_object_set (studio, "former-national-studio", TRUE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", PASS);
  text = explain (hangzhou, studio, "honorary.eligible");
  assert_contains (text, "formerly a national-level studio");

  g_object_set (master, "retired", FALSE, "rehired", FALSE, NULL);
  assert_rule (hangzhou, studio, "honorary.eligible", FAIL);        /* honorary, not retired */
}

/* The overall verdict is the worst of the rules. */
static void
test_overall (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);

  sks_rule_engine_set_studio (engine, studio);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, PASS);
  g_assert_cmpint (sks_verdict_status_worst (sks_rule_engine_get_verdicts (engine)), ==, PASS);

  g_object_set (studio, "received-date", NULL, NULL);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, MANUAL);
  set_birth (studio, 1975, 2, 27);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, WARNING);
  g_object_set (sks_studio_get_master (studio), "frontline", FALSE, NULL);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, FAIL);
  g_assert_cmpint (sks_verdict_status_worst (sks_rule_engine_get_verdicts (engine)), ==, FAIL);
  g_object_set (sks_studio_get_master (studio), "frontline", TRUE, NULL);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, WARNING);

  sks_rule_engine_set_studio (engine, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sks_rule_engine_get_verdicts (engine)), ==, 0);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, NA);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  g_array_append_val (changes, position);
}

/* Live: a change of the studio re-checks it; only changed verdicts are
 * replaced, and the engine lets go of the studio. */
static void
test_live (void)
{
  SksStudio *studio = make_good_studio (1980, 5, 1, 1);
  SksRuleEngine *engine = sks_rule_engine_new (huzhou);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint status_notifies = 0;
  g_autoptr(SksVerdict) frontline = NULL;
  GListModel *verdicts = sks_rule_engine_get_verdicts (engine);

  g_signal_connect (engine, "notify::status", G_CALLBACK (count_notify_cb), &status_notifies);
  g_object_set (engine, "studio", studio, NULL);
  g_assert_true (sks_rule_engine_get_studio (engine) == studio);
  g_assert_cmpuint (g_list_model_get_n_items (verdicts), ==, 13);   /* the per-application rules */
  g_assert_cmpuint (status_notifies, ==, 1);

  g_signal_connect (verdicts, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_object_set (sks_studio_get_master (studio), "frontline", FALSE, NULL);
  g_assert_cmpuint (changes->len, ==, 1);
  frontline = g_list_model_get_item (verdicts, g_array_index (changes, guint, 0));
  g_assert_cmpstr (sks_verdict_get_rule_id (frontline), ==, "master.frontline");
  g_assert_cmpint (sks_verdict_get_status (frontline), ==, FAIL);
  g_assert_cmpstr (sks_verdict_get_field (frontline), ==, "master.frontline");
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, FAIL);
  g_assert_cmpuint (status_notifies, ==, 2);

  /* a change that alters no verdict replaces nothing */
  g_array_set_size (changes, 0);
  g_object_set (sks_studio_get_unit (studio), "contact-name", "陆晓燕", NULL);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (status_notifies, ==, 2);

  /* a change of the team (a list) is seen */
  while (g_list_model_get_n_items (sks_studio_get_team (studio)) > 0)
    sks_studio_remove_team_member (studio, 0);
  {
    g_autoptr(SksVerdict) team = g_list_model_get_item (verdicts, 5);

    g_assert_cmpstr (sks_verdict_get_rule_id (team), ==, "team.present");
    g_assert_cmpint (sks_verdict_get_status (team), ==, FAIL);
  }

  g_clear_object (&frontline);
  g_signal_handlers_disconnect_by_data (verdicts, changes);
  g_assert_finalize_object (engine);
  g_assert_finalize_object (studio);
}

/* master.duplicate, live: peers from the round and active studios. */
static void
test_duplicate_live (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksStudio) other = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (hangzhou);
  g_autoptr(GListStore) peers = g_list_store_new (SKS_TYPE_STUDIO);
  const char *id_number = sks_master_get_id_number (sks_studio_get_master (studio));
  g_autofree char *text = NULL;

  sks_rule_engine_set_studio (engine, studio);
  assert_rule (hangzhou, studio, "master.duplicate", NA);

  /* the studio itself among the peers is not a duplicate */
  g_list_store_append (peers, studio);
  sks_rule_engine_set_peers (engine, G_LIST_MODEL (peers));
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, PASS);

  g_object_set (other, "name", "张伟钳工技能大师工作室", NULL);
  g_list_store_append (peers, other);
  sks_rule_engine_set_peers (engine, G_LIST_MODEL (peers));
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, WARNING);
  {
    g_autoptr(GPtrArray) verdicts = sks_rule_engine_check_studio (engine, studio);
    text = g_strdup (sks_verdict_get_explanation (find_verdict (verdicts, "master.duplicate")));
  }
  assert_contains (text, "张伟钳工技能大师工作室");

  /* a withdrawn one, or one of another round that is not active, does not count */
  sks_studio_set_status (other, SKS_STATUS_WITHDRAWN);
  sks_rule_engine_set_peers (engine, G_LIST_MODEL (peers));
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, PASS);
  sks_rule_engine_clear_peers (engine);
  sks_rule_engine_add_peer (engine, id_number, "earlier-uuid", "张伟技能大师工作室", 7,
                            SKS_STATUS_NOT_SELECTED);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, PASS);
  sks_rule_engine_add_peer (engine, id_number, "active-uuid", "张伟技能大师工作室", 7,
                            SKS_STATUS_APPROVED);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, WARNING);
  sks_rule_engine_clear_peers (engine);
  g_assert_cmpint (sks_rule_engine_get_status (engine), ==, PASS);
}

/* A recorded finding needs who and when: the studio's validation says so. */
static void
test_finding_validation (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(GPtrArray) problems = NULL;
  gboolean found = FALSE;

  problems = sks_studio_validate (studio, FALSE);
  for (guint i = 0; i < problems->len; i++)
    g_assert_false (g_str_has_suffix (((SksProblem *) problems->pdata[i])->path, "-checked-by"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  sks_studio_set_check (studio, SKS_CHECK_ITEM_TRAINING, SKS_CHECK_CONFIRMED, "", "2025-03-18",
                        NULL);
  problems = sks_studio_validate (studio, FALSE);
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = problems->pdata[i];
      if (g_str_equal (problem->path, "training-checked-by"))
        {
          found = TRUE;
          assert_contains (problem->error->message, "Training function");
        }
    }
  g_assert_true (found);
}

/* The verdict's state is readable as properties, for the form's bindings. */
static void
test_verdict_properties (void)
{
  g_autoptr(SksStudio) studio = make_good_studio (1975, 2, 27, 1);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (huzhou);
  g_autoptr(GPtrArray) verdicts = sks_rule_engine_check_studio (engine, studio);
  SksVerdict *verdict = find_verdict (verdicts, "master.birth_cutoff");
  g_autofree char *rule_id = NULL, *explanation = NULL, *ref = NULL, *paragraph = NULL;
  g_autofree char *field = NULL;
  g_autoptr(SksStudio) subject = NULL;
  SksVerdictStatus status;
  SksRuleScope scope;

  g_object_get (verdict, "rule-id", &rule_id, "status", &status, "explanation", &explanation,
                "paragraph-ref", &ref, "paragraph", &paragraph, "field", &field,
                "scope", &scope, "studio", &subject, NULL);
  g_assert_cmpstr (rule_id, ==, "master.birth_cutoff");
  g_assert_cmpint (status, ==, WARNING);
  assert_contains (explanation, "born 1975-02-27");
  g_assert_cmpstr (ref, ==, "二、申报条件 1");
  g_assert_cmpstr (paragraph, ==, "年龄一般在50周岁以下（1975年2月28日以后出生）");
  g_assert_cmpstr (field, ==, "age-justification");
  g_assert_cmpint (scope, ==, SKS_RULE_SCOPE_APPLICATION);
  g_assert_true (subject == studio);
  g_assert_cmpstr (sks_verdict_status_get_nick (status), ==, "warning");
  g_assert_cmpstr (sks_verdict_status_get_label (SKS_VERDICT_MANUAL), ==,
                   "Needs manual confirmation");
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

  g_test_add_func ("/rules/good-studio", test_good_studio);
  g_test_add_func ("/rules/master.birth_cutoff", test_birth_cutoff);
  g_test_add_func ("/rules/master.skill_level", test_skill_level);
  g_test_add_func ("/rules/master.full_time_years+frontline", test_full_time_and_frontline);
  g_test_add_func ("/rules/confirmations", test_confirmations);
  g_test_add_func ("/rules/team", test_team);
  g_test_add_func ("/rules/round.deadline", test_deadline);
  g_test_add_func ("/rules/industry.priority", test_priority);
  g_test_add_func ("/rules/master.retirement_distance", test_retirement_distance);
  g_test_add_func ("/rules/studio.name_format", test_name_format);
  g_test_add_func ("/rules/unit.kind+district.prior_level", test_unit_kind_and_prior_level);
  g_test_add_func ("/rules/honorary.eligible", test_honorary);
  g_test_add_func ("/rules/overall", test_overall);
  g_test_add_func ("/rules/live", test_live);
  g_test_add_func ("/rules/master.duplicate/live", test_duplicate_live);
  g_test_add_func ("/rules/finding-validation", test_finding_validation);
  g_test_add_func ("/rules/verdict-properties", test_verdict_properties);

  status = g_test_run ();
  g_clear_object (&huzhou);
  g_clear_object (&hangzhou);
  return status;
}
