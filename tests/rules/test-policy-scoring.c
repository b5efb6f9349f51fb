/* test-policy-scoring.c — the profiles' default scoring sheets (the
 * bureau's, not the notices'), their method and thresholds; malformed
 * sheets refused with the place and the reason
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-i18n.h"
#include "test-rules-common.h"

typedef struct {
  const char *id;
  const char *titles[5];
  gint64      max[5];
  const char *sheet_title;
} Sheet;

static const Sheet sheets[] = {
  { "huzhou-2025",
    { "有技能大师和技能人才团队", "有技术项目", "有培养功能", "有配套保障", NULL },
    { 30, 25, 25, 20 }, "湖州市技能大师工作室评审评分表" },
  { "hangzhou-2023", { "有大师", "有保障", "有项目", NULL }, { 40, 30, 30 },
    "杭州市技能大师工作室评审评分表" },
};

static void
test_bundled_sheet (gconstpointer data)
{
  const Sheet *sheet = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_lookup (sheet->id, &error);
  g_autoptr(GPtrArray) copy = NULL;
  SksScoreThresholds thresholds;
  gint64 sum = 0;
  guint n = 0;

  g_assert_no_error (error);
  while (sheet->titles[n] != NULL)
    n++;
  g_assert_cmpuint (sks_policy_get_n_score_criteria (policy), ==, n);
  for (guint i = 0; i < n; i++)
    {
      SksScoreCriterion *criterion = sks_policy_get_score_criterion (policy, i);

      g_assert_cmpstr (sks_score_criterion_get_title (criterion), ==, sheet->titles[i]);
      g_assert_cmpint (sks_score_criterion_get_max_points (criterion), ==,
                       sheet->max[i] * SKS_SCORE_UNIT);
      g_assert_cmpuint (strlen (sks_score_criterion_get_guidance (criterion)), >, 20);
      g_assert_cmpuint (sks_score_criterion_get_position (criterion), ==, i);
      sum += sks_score_criterion_get_max_points (criterion);
    }
  g_assert_cmpint (sum, ==, 100 * SKS_SCORE_UNIT);
  g_assert_cmpstr (sks_policy_get_score_sheet_source (policy), ==, "bureau");
  g_assert_cmpstr (sks_policy_get_score_sheet_title (policy), ==, sheet->sheet_title);
  g_assert_cmpint (sks_policy_get_score_method (policy), ==, SKS_SCORE_METHOD_TRIMMED_MEAN);
  sks_policy_get_score_thresholds (policy, &thresholds);
  g_assert_cmpint (thresholds.range, ==, 20 * SKS_SCORE_UNIT);
  g_assert_cmpint (thresholds.sd, ==, 8 * SKS_SCORE_UNIT);

  /* Copies: changing the round's sheet leaves the profile's alone. */
  copy = sks_policy_create_score_sheet (policy);
  g_assert_cmpuint (copy->len, ==, n);
  g_assert_true (copy->pdata[0] != sks_policy_get_score_criterion (policy, 0));
  g_object_set (copy->pdata[0], "max-points", (gint64) 1, NULL);
  g_assert_cmpint (sks_score_criterion_get_max_points (sks_policy_get_score_criterion (policy, 0)),
                   ==, sheet->max[0] * SKS_SCORE_UNIT);
}

typedef struct {
  const char *what;
  const char *from;
  const char *to;
  const char *place;
  const char *reason;
} Malformed;

static const Malformed malformed[] = {
  { "sum-not-100", "\"max\": 20, \"condition\": \"二、申报条件 4\"",
    "\"max\": 21, \"condition\": \"二、申报条件 4\"", "panel_scoring.criteria", "101" },
  { "max-zero", "\"max\": 20, \"condition\": \"二、申报条件 4\"",
    "\"max\": 0, \"condition\": \"二、申报条件 4\"", "panel_scoring.criteria[3]", "max" },
  { "source-notice", "\"source\": \"bureau\"", "\"source\": \"notice\"", "panel_scoring.source",
    "bureau" },
  { "duplicate-key", "\"key\": \"training\"", "\"key\": \"project\"",
    "panel_scoring.criteria[2].key", "same key" },
  { "unknown-method", "\"method\": \"trimmed-mean\"", "\"method\": \"mode\"", "panel_scoring.method",
    "trimmed-mean" },
  { "unknown-member", "\"key\": \"support\", \"title\": \"有配套保障\"",
    "\"key\": \"support\", \"weight\": 1, \"title\": \"有配套保障\"",
    "panel_scoring.criteria[3]", "weight" },
};

static char *
huzhou_text_with (const char *from,
                  const char *to)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (
      "/org/example/SkillStudio/policies/huzhou-2025.json", 0, NULL);
  g_autofree char *text = NULL;
  const char *at;
  GString *result;

  g_assert_nonnull (bytes);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  at = strstr (text, from);
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  result = g_string_new_len (text, at - text);
  g_string_append (result, to);
  g_string_append (result, at + strlen (from));
  return g_string_free (result, FALSE);
}

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autofree char *text = huzhou_text_with (m->from, m->to);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_new_from_bytes (bytes, "huzhou-2025.json", NULL,
                                                           &error);

  g_assert_null (policy);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == SKS_POLICY_ERROR);
  g_assert_nonnull (strstr (error->message, "huzhou-2025.json"));
  g_assert_nonnull (strstr (error->message, m->place));
  g_assert_nonnull (strstr (error->message, m->reason));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *path = g_strdup_printf ("/policy-scoring/sheet/%s", sheets[i].id);
      g_test_add_data_func (path, &sheets[i], test_bundled_sheet);
    }
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/policy-scoring/malformed/%s", malformed[i].what);
      g_test_add_data_func (path, &malformed[i], test_malformed);
    }
  return g_test_run ();
}
