/* test-score.c — aggregation of a candidate's reviewer totals: one test
 * path per row of the table
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "sks-score.h"

#define P(x) ((gint64) ((x) * 100))
#define MAX_REVIEWERS 8

/* A reviewer's line: total, criteria scored (of 4), conflict reason. */
typedef struct {
  gint64      total;
  guint       n_scored;
  const char *conflict;
} Reviewer;

typedef struct {
  const char     *name;
  SksScoreMethod  method;
  Reviewer        reviewers[MAX_REVIEWERS];
  guint           n_reviewers;
  /* expected */
  guint           count;
  gboolean        trimmed;
  gint64          score;
  gint64          mean;
  gint64          trimmed_mean;
  gint64          median;
  gint64          sd;
  gint64          range;
  gboolean        disagreement;
} Case;

#define R(t) { P (t), 4, NULL }

static const Case cases[] = {
  { "mean-3", SKS_SCORE_METHOD_MEAN, { R (80), R (85), R (90) }, 3,
    3, FALSE, P (85), P (85), P (85), P (85), 408, P (10), FALSE },
  /* 4 scores: the trimmed mean falls back to the mean. */
  { "trimmed-4", SKS_SCORE_METHOD_TRIMMED_MEAN, { R (70), R (80), R (90), R (100) }, 4,
    4, FALSE, P (85), P (85), P (85), P (85), 1118, P (30), TRUE },
  /* 5 scores: 60 and 95 dropped, (80 + 82 + 84) / 3 = 82. */
  { "trimmed-5", SKS_SCORE_METHOD_TRIMMED_MEAN, { R (60), R (80), R (82), R (84), R (95) }, 5,
    5, TRUE, P (82), 8020, P (82), P (82), 1136, P (35), TRUE },
  /* 7 scores: 70 and 99 dropped, (80+81+82+83+84)/5 = 82. */
  { "trimmed-7", SKS_SCORE_METHOD_TRIMMED_MEAN,
    { R (99), R (80), R (81), R (70), R (82), R (83), R (84) }, 7,
    7, TRUE, P (82), 8271, P (82), P (82), 792, P (29), TRUE },
  /* A conflicted reviewer's 100 is kept but left out: 5 count, not 6. */
  { "conflict-excluded", SKS_SCORE_METHOD_TRIMMED_MEAN,
    { R (80), R (81), R (82), R (83), R (84), { P (100), 4, "works at the applying unit" } }, 6,
    5, TRUE, P (82), P (82), P (82), P (82), 141, P (4), FALSE },
  /* Ties at the top and bottom: one of each dropped, (80 + 80 + 90) / 3. */
  { "ties", SKS_SCORE_METHOD_TRIMMED_MEAN, { R (80), R (80), R (80), R (90), R (90) }, 5,
    5, TRUE, 8333, P (84), 8333, P (80), 490, P (10), FALSE },
  /* A reviewer who scored 2 of 4 criteria is left out (incomplete). */
  { "missing-scores", SKS_SCORE_METHOD_MEAN, { R (80), R (90), { P (40), 2, NULL } }, 3,
    2, FALSE, P (85), P (85), P (85), P (85), P (5), P (10), FALSE },
  /* Nothing entered at all: no score, no flag. */
  { "none", SKS_SCORE_METHOD_MEAN, { { 0, 0, NULL }, { 0, 0, NULL } }, 2,
    0, FALSE, 0, 0, 0, 0, 0, 0, FALSE },
  /* Median of an even count: the mean of the middle two, rounded half up. */
  { "median-even", SKS_SCORE_METHOD_MEDIAN, { R (70), { 8001, 4, NULL }, R (81), R (95) }, 4,
    4, FALSE, 8051, 8150, 8150, 8051, 890, P (25), TRUE },
  /* Rounding once: (85 + 85 + 86) / 3 = 85.333… → 85.33. */
  { "rounding", SKS_SCORE_METHOD_MEAN, { R (85), R (85), R (86) }, 3,
    3, FALSE, 8533, 8533, 8533, P (85), 47, P (1), FALSE },
  /* The SD threshold alone: range 20 is not above 20, SD 10 is above 8. */
  { "flag-sd", SKS_SCORE_METHOD_MEAN, { R (70), R (70), R (90), R (90) }, 4,
    4, FALSE, P (80), P (80), P (80), P (80), P (10), P (20), TRUE },
};

static void
test_aggregate (gconstpointer data)
{
  const Case *c = data;
  const SksScoreThresholds thresholds = { P (20), P (8) };
  g_autoptr(SksScoreResult) result = sks_score_result_new (1, "工作室", "大师", "单位", "吴兴区");
  const SksAggregate *a;

  for (guint i = 0; i < c->n_reviewers; i++)
    sks_score_result_add_reviewer (result, i + 1, "专家", c->reviewers[i].total,
                                   c->reviewers[i].n_scored, 4, TRUE,
                                   c->reviewers[i].conflict);
  sks_score_result_compute (result, c->method, &thresholds);
  a = sks_score_result_get_aggregate (result);

  g_assert_cmpuint (a->count, ==, c->count);
  g_assert_cmpint (a->trimmed, ==, c->trimmed);
  g_assert_cmpint (a->score, ==, c->score);
  g_assert_cmpint (a->mean, ==, c->mean);
  g_assert_cmpint (a->trimmed_mean, ==, c->trimmed_mean);
  g_assert_cmpint (a->median, ==, c->median);
  g_assert_cmpint (a->sd, ==, c->sd);
  g_assert_cmpint (a->range, ==, c->range);
  g_assert_cmpint (a->disagreement, ==, c->disagreement);
}

static void
test_excluded_reasons (void)
{
  g_autoptr(SksScoreResult) result = sks_score_result_new (1, NULL, NULL, NULL, NULL);

  sks_score_result_add_reviewer (result, 1, "甲", P (90), 4, 4, TRUE, "申报单位同单位");
  sks_score_result_add_reviewer (result, 2, "乙", P (40), 2, 4, FALSE, NULL);
  sks_score_result_add_reviewer (result, 3, "丙", 0, 0, 4, FALSE, NULL);
  sks_score_result_add_reviewer (result, 4, "丁", P (88), 4, 4, TRUE, NULL);

  g_assert_cmpint (sks_score_result_get_reviewer (result, 0)->state, ==,
                   SKS_REVIEWER_SCORE_CONFLICT);
  g_assert_nonnull (strstr (sks_score_result_get_reviewer (result, 0)->reason, "申报单位同单位"));
  g_assert_cmpint (sks_score_result_get_reviewer (result, 1)->state, ==,
                   SKS_REVIEWER_SCORE_INCOMPLETE);
  g_assert_cmpint (sks_score_result_get_reviewer (result, 2)->state, ==, SKS_REVIEWER_SCORE_NONE);
  g_assert_cmpint (sks_score_result_find_reviewer (result, 4)->state, ==,
                   SKS_REVIEWER_SCORE_COUNTS);
  g_assert_null (sks_score_result_find_reviewer (result, 4)->reason);
}

static void
test_describe_fallback (void)
{
  const gint64 totals[] = { P (80), P (90) };
  SksAggregate a;
  g_autofree char *text = NULL;

  sks_aggregate_compute (totals, 2, SKS_SCORE_METHOD_TRIMMED_MEAN, NULL, &a);
  text = sks_aggregate_describe_method (&a);
  g_assert_false (a.trimmed);
  g_assert_cmpint (a.score, ==, P (85));
  g_assert_nonnull (strstr (text, "5"));
  g_assert_nonnull (strstr (text, "2"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/score/aggregate/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_aggregate);
    }
  g_test_add_func ("/score/excluded-reasons", test_excluded_reasons);
  g_test_add_func ("/score/describe-fallback", test_describe_fallback);
  return g_test_run ();
}
