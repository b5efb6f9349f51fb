/* test-evaluation.c — the Hangzhou scoring tables (附件1, 附件2) as the
 * profile gives them, and an evaluation's scores, totals and validation
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-evaluation.h"
#include "sks-policy.h"
#include "sks-problem.h"
#include "sks-validate.h"

static SksPolicy *
load_hangzhou (void)
{
  g_autoptr(GError) error = NULL;
  SksPolicy *policy = sks_policy_new_from_resource ("hangzhou-2023", &error);

  g_assert_no_error (error);
  return policy;
}

/* The category points of each table as the notice prints them, in order;
 * the items' points must add up to each. */
static void
assert_categories (SksRubric         *rubric,
                   const char *const *names,
                   const int         *points,
                   guint              n)
{
  guint category = 0;
  gint64 sum = 0;
  const char *current = NULL;

  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);

      g_assert_cmpuint (item->number, ==, i + 1);
      if (current != NULL && !g_str_equal (current, item->category))
        {
          g_assert_cmpint (sum, ==, points[category] * 100);
          category++;
          sum = 0;
        }
      current = item->category;
      g_assert_cmpuint (category, <, n);
      g_assert_cmpstr (item->category, ==, names[category]);
      g_assert_cmpint (item->category_points, ==, points[category] * 100);
      sum += item->points;
    }
  g_assert_cmpint (sum, ==, points[category] * 100);
  g_assert_cmpuint (category + 1, ==, n);
}

static const char *const category_names[] = {
  "基础保障", "日常管理", "技术攻关", "技术交流", "带徒传艺", "社会效益", "加分项"
};

static void
test_expiry_rubric (void)
{
  g_autoptr(SksPolicy) policy = load_hangzhou ();
  SksRubric *rubric = sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_EXPIRY);
  static const int points[] = { 25, 15, 15, 15, 15, 15, 10 };
  const SksRubricItem *item;

  g_assert_nonnull (rubric);
  g_assert_cmpint (sks_rubric_get_kind (rubric), ==, SKS_EVALUATION_KIND_EXPIRY);
  g_assert_cmpstr (sks_rubric_get_title (rubric), ==, "杭州市技能大师工作室期满考核评估表");
  g_assert_cmpstr (sks_rubric_get_annex (rubric), ==, "附件1");
  g_assert_cmpuint (sks_rubric_get_n_items (rubric), ==, 18);
  g_assert_cmpint (sks_rubric_get_max_total (rubric), ==, 10000);
  g_assert_cmpint (sks_rubric_get_max_bonus (rubric), ==, 1000);
  assert_categories (rubric, category_names, points, G_N_ELEMENTS (points));

  item = sks_rubric_find_item (rubric, "3");
  g_assert_cmpstr (item->content, ==, "所在单位对工作室配套相应的经费扶持、制度保障");
  g_assert_cmpstr (item->guidance, ==, "无扶持资金扣5分；无制度扣5分");
  g_assert_cmpint (item->points, ==, 1000);
  item = sks_rubric_find_item (rubric, "11");
  g_assert_cmpstr (item->content, ==,
                   "建立名师带徒机制，签订带徒协议，每年带徒传艺不少于10人，并建立学员花名册");
  g_assert_cmpint (item->points, ==, 1000);
  item = sks_rubric_find_item (rubric, "8");
  g_assert_cmpstr (item->guidance, ==, "");
  item = sks_rubric_find_item (rubric, "b2");
  g_assert_true (item->bonus);
  g_assert_cmpuint (item->number, ==, 17);
  g_assert_cmpint (item->points, ==, 300);
  g_assert_cmpstr (sks_rubric_get_veto_category (rubric), ==, "否决项");
  g_assert_true (g_str_has_prefix (sks_rubric_get_veto (rubric), "工作室拒绝接受市人力资源和社会保障局考核管理的"));
  g_assert_null (sks_rubric_find_item (rubric, "16"));
}

static void
test_annual_rubric (void)
{
  g_autoptr(SksPolicy) policy = load_hangzhou ();
  SksRubric *rubric = sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_ANNUAL);
  static const int points[] = { 20, 10, 10, 10, 20, 30, 10 };
  const SksRubricItem *item;

  g_assert_nonnull (rubric);
  g_assert_cmpstr (sks_rubric_get_title (rubric), ==, "杭州市技能大师工作室年度考核评估表");
  g_assert_cmpstr (sks_rubric_get_annex (rubric), ==, "附件2");
  g_assert_cmpuint (sks_rubric_get_n_items (rubric), ==, 18);
  g_assert_cmpint (sks_rubric_get_max_total (rubric), ==, 10000);
  g_assert_cmpint (sks_rubric_get_max_bonus (rubric), ==, 1000);
  assert_categories (rubric, category_names, points, G_N_ELEMENTS (points));

  item = sks_rubric_find_item (rubric, "14");
  g_assert_cmpstr (item->guidance, ==, "参加政府部门组织的，1次得5分；行业部门等组织的，1次得2分");
  g_assert_cmpint (item->points, ==, 1000);
  item = sks_rubric_find_item (rubric, "12");
  g_assert_cmpstr (item->content, ==, "当年培养高技能人才不少于3人，并建立学员花名册");
  g_assert_cmpint (item->points, ==, 1000);
}

/* Huzhou's notice has no scoring tables: no rubric, not an invented one. */
static void
test_huzhou_has_none (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_new_from_resource ("huzhou-2025", &error);

  g_assert_no_error (error);
  g_assert_null (sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_ANNUAL));
  g_assert_null (sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_EXPIRY));
}

static char *
bundled_text (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/example/SkillStudio/policies/hangzhou-2023.json",
                                                     0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_refused (const char *from,
                const char *to,
                const char *place)
{
  g_autofree char *text = bundled_text ();
  const char *at = strstr (text, from);
  g_autoptr(GString) changed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = NULL;

  g_assert_nonnull (at);
  changed = g_string_new_len (text, at - text);
  g_string_append (changed, to);
  g_string_append (changed, at + strlen (from));
  bytes = g_bytes_new (changed->str, changed->len);
  policy = sks_policy_new_from_bytes (bytes, "hangzhou-2023.json", NULL, &error);
  g_assert_null (policy);
  g_assert_nonnull (error);
  if (strstr (error->message, place) == NULL)
    g_error ("“%s” does not name %s", error->message, place);
}

/* A profile whose points do not add up, or whose items repeat an id, is
 * refused with the place of the fault. */
static void
test_malformed_rubric (void)
{
  assert_refused ("{ \"name\": \"基础保障\", \"points\": 25,", "{ \"name\": \"基础保障\", \"points\": 24,",
                  "evaluation.rubrics.expiry.categories[0].points");
  assert_refused ("\"total\": 100,", "\"total\": 90,", "evaluation.rubrics.expiry.total");
  assert_refused ("{ \"id\": \"2\", \"content\": \"配备正常运作的设备\"",
                  "{ \"id\": \"1\", \"content\": \"配备正常运作的设备\"",
                  "evaluation.rubrics.expiry.categories[0].items[1].id");
  assert_refused ("\"form\": \"annual_evaluation\"", "\"form\": \"nothing\"",
                  "evaluation.rubrics.annual.form");
  assert_refused ("\"rubrics\": {", "\"rubrics\": { \"monthly\": {},",
                  "evaluation.rubrics");
}

static void
test_score_text (void)
{
  gint64 v = 0;
  g_autofree char *a = sks_score_format (450);
  g_autofree char *b = sks_score_format (1000);
  g_autofree char *c = sks_score_format (425);
  g_autofree char *d = sks_score_format (SKS_SCORE_BLANK);
  g_autofree char *e = sks_score_format (5);

  g_assert_cmpstr (a, ==, "4.5");
  g_assert_cmpstr (b, ==, "10");
  g_assert_cmpstr (c, ==, "4.25");
  g_assert_cmpstr (d, ==, "");
  g_assert_cmpstr (e, ==, "0.05");
  g_assert_true (sks_score_parse (" 4.5 ", &v));
  g_assert_cmpint (v, ==, 450);
  g_assert_true (sks_score_parse ("10", &v));
  g_assert_cmpint (v, ==, 1000);
  g_assert_true (sks_score_parse ("0.05", &v));
  g_assert_cmpint (v, ==, 5);
  g_assert_true (sks_score_parse ("-1", &v));
  g_assert_cmpint (v, ==, -100);
  g_assert_false (sks_score_parse ("4.555", &v));
  g_assert_false (sks_score_parse ("abc", &v));
  g_assert_false (sks_score_parse ("4.", &v));
  g_assert_false (sks_score_parse ("", &v));
  g_assert_false (sks_score_parse ("五", &v));
}

/* A worked example on 附件2: the self scores give 100 − 2 − 0.5 = 97.5 and
 * a bonus of 5 + 3 + 2 − 1 = 9; the assessors score items 1–15 at full
 * points but 3 on item 13 (10 points) and leave item 15 blank: 100 − 7 −
 * 10 = 83, bonus 4. */
static void
test_totals (void)
{
  g_autoptr(SksPolicy) policy = load_hangzhou ();
  SksRubric *rubric = sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_ANNUAL);
  g_autoptr(SksEvaluation) evaluation = sks_evaluation_new (1, SKS_EVALUATION_KIND_ANNUAL, 2025);

  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);

      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_SELF, item->points);
      if (!item->bonus)
        sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_ASSESSOR, item->points);
    }
  sks_evaluation_set_score (evaluation, "1", SKS_SCORE_SELF, 300);
  sks_evaluation_set_score (evaluation, "7", SKS_SCORE_SELF, 450);
  sks_evaluation_set_score (evaluation, "b1", SKS_SCORE_SELF, 400);
  sks_evaluation_set_score (evaluation, "13", SKS_SCORE_ASSESSOR, 300);
  sks_evaluation_set_score (evaluation, "15", SKS_SCORE_ASSESSOR, SKS_SCORE_BLANK);
  sks_evaluation_set_score (evaluation, "b3", SKS_SCORE_ASSESSOR, 200);
  sks_evaluation_set_score (evaluation, "b2", SKS_SCORE_ASSESSOR, 200);

  g_assert_cmpint (sks_evaluation_get_total (evaluation, rubric, SKS_SCORE_SELF, FALSE), ==, 9750);
  g_assert_cmpint (sks_evaluation_get_total (evaluation, rubric, SKS_SCORE_SELF, TRUE), ==, 900);
  g_assert_cmpint (sks_evaluation_get_total (evaluation, rubric, SKS_SCORE_ASSESSOR, FALSE), ==,
                   8300);
  g_assert_cmpint (sks_evaluation_get_total (evaluation, rubric, SKS_SCORE_ASSESSOR, TRUE), ==,
                   400);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *path,
             const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->path, path) && strstr (problem->error->message, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_validation (void)
{
  g_autoptr(SksPolicy) policy = load_hangzhou ();
  SksRubric *rubric = sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_EXPIRY);
  g_autoptr(SksEvaluation) evaluation = sks_evaluation_new (1, SKS_EVALUATION_KIND_EXPIRY, 1999);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);
  g_autoptr(GError) error = NULL;

  /* Typed text: above the item's points, negative, not a number. */
  g_assert_false (sks_evaluation_set_score_from_text (evaluation, rubric, "3", SKS_SCORE_SELF,
                                                      "10.5", &error));
  g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==,
                   "Item 3, Self score: must not be more than the item’s 10 points");
  g_clear_error (&error);
  g_assert_false (sks_evaluation_set_score_from_text (evaluation, rubric, "4", SKS_SCORE_ASSESSOR,
                                                      "-1", &error));
  g_assert_cmpstr (error->message, ==, "Item 4, Assessor score: must not be negative");
  g_clear_error (&error);
  g_assert_false (sks_evaluation_set_score_from_text (evaluation, rubric, "4", SKS_SCORE_ASSESSOR,
                                                      "四", &error));
  g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "Item 4, Assessor score"));
  g_clear_error (&error);
  g_assert_cmpint (sks_evaluation_get_score (evaluation, "4", SKS_SCORE_ASSESSOR), ==,
                   SKS_SCORE_BLANK);

  g_assert_true (sks_evaluation_set_score_from_text (evaluation, rubric, "4", SKS_SCORE_ASSESSOR,
                                                     "4.5", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_score (evaluation, "4", SKS_SCORE_ASSESSOR), ==, 450);
  g_assert_true (sks_evaluation_set_score_from_text (evaluation, rubric, "4", SKS_SCORE_ASSESSOR,
                                                     " ", &error));
  g_assert_cmpint (sks_evaluation_get_score (evaluation, "4", SKS_SCORE_ASSESSOR), ==,
                   SKS_SCORE_BLANK);

  /* Values set directly are checked by validate, with paths. */
  sks_evaluation_set_score (evaluation, "b3", SKS_SCORE_ASSESSOR, 250);
  sks_evaluation_set_score (evaluation, "2", SKS_SCORE_SELF, -50);
  sks_evaluation_set_score (evaluation, "99", SKS_SCORE_SELF, 100);
  g_object_set (evaluation, "assessment-date", "2025-02-30", NULL);
  sks_evaluation_validate (evaluation, rubric, problems);
  g_assert_true (has_problem (problems, "year", "Year evaluated: must be between 2000 and 2100"));
  g_assert_true (has_problem (problems, "assessment-date", "Assessment date"));
  g_assert_true (has_problem (problems, "scores[b3].assessor-score",
                              "Item 18, Assessor score: must not be more than the item’s 2 points"));
  g_assert_true (has_problem (problems, "scores[2].self-score", "must not be negative"));
  g_assert_true (has_problem (problems, "scores[99].self-score", "not an item of"));
  g_assert_cmpuint (problems->len, ==, 5);

  /* The annual table does not fit an expiry evaluation. */
  g_ptr_array_set_size (problems, 0);
  sks_evaluation_validate (evaluation, sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_ANNUAL),
                           problems);
  g_assert_true (has_problem (problems, "kind", "does not match"));
}

static void
test_copy_equal (void)
{
  g_autoptr(SksEvaluation) a = sks_evaluation_new (3, SKS_EVALUATION_KIND_ANNUAL, 2025);
  g_autoptr(SksEvaluation) b = NULL;

  g_object_set (a, "grade", SKS_EVALUATION_GRADE_UNQUALIFIED, "assessors", "王珏", NULL);
  sks_evaluation_set_score (a, "1", SKS_SCORE_SELF, 500);
  b = sks_evaluation_copy (a);
  g_assert_true (sks_evaluation_equal (a, b));
  sks_evaluation_set_score (b, "1", SKS_SCORE_ASSESSOR, 400);
  g_assert_false (sks_evaluation_equal (a, b));
  sks_evaluation_set_score (b, "1", SKS_SCORE_ASSESSOR, SKS_SCORE_BLANK);
  g_assert_true (sks_evaluation_equal (a, b));
  g_object_set (b, "grade", SKS_EVALUATION_GRADE_EXCELLENT, NULL);
  g_assert_false (sks_evaluation_equal (a, b));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation/rubric/expiry", test_expiry_rubric);
  g_test_add_func ("/evaluation/rubric/annual", test_annual_rubric);
  g_test_add_func ("/evaluation/rubric/huzhou-has-none", test_huzhou_has_none);
  g_test_add_func ("/evaluation/rubric/malformed", test_malformed_rubric);
  g_test_add_func ("/evaluation/score-text", test_score_text);
  g_test_add_func ("/evaluation/totals", test_totals);
  g_test_add_func ("/evaluation/validation", test_validation);
  g_test_add_func ("/evaluation/copy-equal", test_copy_equal);

  return g_test_run ();
}
