/* sks-score.c — aggregating a candidate's reviewer totals
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "sks-score.h"

/* Scores are never negative, so half away from zero is half up. */
static gint64
div_round (gint64 numerator,
           gint64 denominator)
{
  g_assert (numerator >= 0 && denominator > 0);
  return (2 * numerator + denominator) / (2 * denominator);
}

static int
compare_gint64 (const void *a,
                const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gint64
compute_sd (const gint64 *sorted,
            guint         n,
            gint64        sum)
{
  double mean = (double) sum / n, squares = 0;

  for (guint i = 0; i < n; i++)
    squares += ((double) sorted[i] - mean) * ((double) sorted[i] - mean);
  return (gint64) llround (sqrt (squares / n));
}

/**
 * sks_aggregate_compute:
 * @totals: (array length=n_totals): the counted totals, hundredths, ≥ 0
 *
 * The trimmed mean drops one highest and one lowest total, one of each
 * even when several reviewers tie there (去掉一个最高分和一个最低分).
 */
void
sks_aggregate_compute (const gint64             *totals,
                       guint                     n_totals,
                       SksScoreMethod            method,
                       const SksScoreThresholds *thresholds,
                       SksAggregate             *out)
{
  g_autofree gint64 *sorted = NULL;
  gint64 sum = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (totals != NULL || n_totals == 0);

  *out = (SksAggregate) { .method = method, .count = n_totals };
  if (n_totals == 0)
    return;
  sorted = g_memdup2 (totals, n_totals * sizeof (gint64));
  qsort (sorted, n_totals, sizeof (gint64), compare_gint64);
  for (guint i = 0; i < n_totals; i++)
    sum += sorted[i];

  out->min = sorted[0];
  out->max = sorted[n_totals - 1];
  out->range = out->max - out->min;
  out->mean = div_round (sum, n_totals);
  out->trimmed = n_totals >= SKS_TRIMMED_MEAN_MIN_SCORES;
  out->trimmed_mean = out->trimmed ? div_round (sum - out->min - out->max, n_totals - 2)
                                   : out->mean;
  out->median = n_totals % 2 ? sorted[n_totals / 2]
                             : div_round (sorted[n_totals / 2 - 1] + sorted[n_totals / 2], 2);
  out->sd = compute_sd (sorted, n_totals, sum);
  switch (method)
    {
    case SKS_SCORE_METHOD_TRIMMED_MEAN:
      out->score = out->trimmed_mean;
      break;
    case SKS_SCORE_METHOD_MEDIAN:
      out->score = out->median;
      break;
    case SKS_SCORE_METHOD_MEAN:
    default:
      out->score = out->mean;
      break;
    }
  if (thresholds != NULL && n_totals >= 2)
    out->disagreement = (thresholds->range > 0 && out->range > thresholds->range) ||
                        (thresholds->sd > 0 && out->sd > thresholds->sd);
}

char *
sks_aggregate_describe_method (const SksAggregate *aggregate)
{
  g_return_val_if_fail (aggregate != NULL, NULL);

  switch (aggregate->method)
    {
    case SKS_SCORE_METHOD_TRIMMED_MEAN:
      if (aggregate->trimmed)
        return g_strdup (_("Trimmed mean (highest and lowest score dropped)"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Mean: the trimmed mean needs %d scores, %u counts",
                                           "Mean: the trimmed mean needs %d scores, %u count",
                                           aggregate->count),
                              SKS_TRIMMED_MEAN_MIN_SCORES, aggregate->count);
    case SKS_SCORE_METHOD_MEDIAN:
      return g_strdup (_("Median"));
    case SKS_SCORE_METHOD_MEAN:
    default:
      return g_strdup (_("Mean"));
    }
}

/* SksScoreResult ---------------------------------------------------------- */

struct _SksScoreResult
{
  GObject       parent_instance;

  gint64        studio_id;
  char         *studio_name;
  char         *master_name;
  char         *unit_name;
  char         *recommender_name;
  GArray       *reviewers;   /* SksReviewerScore */
  SksAggregate  aggregate;
};

G_DEFINE_FINAL_TYPE (SksScoreResult, sks_score_result, G_TYPE_OBJECT)

static void
reviewer_score_clear (gpointer data)
{
  SksReviewerScore *score = data;

  g_clear_pointer (&score->reviewer, g_free);
  g_clear_pointer (&score->reason, g_free);
}

static void
sks_score_result_finalize (GObject *object)
{
  SksScoreResult *self = SKS_SCORE_RESULT (object);

  g_free (self->studio_name);
  g_free (self->master_name);
  g_free (self->unit_name);
  g_free (self->recommender_name);
  g_array_unref (self->reviewers);
  G_OBJECT_CLASS (sks_score_result_parent_class)->finalize (object);
}

static void
sks_score_result_class_init (SksScoreResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_score_result_finalize;
}

static void
sks_score_result_init (SksScoreResult *self)
{
  self->reviewers = g_array_new (FALSE, TRUE, sizeof (SksReviewerScore));
  g_array_set_clear_func (self->reviewers, reviewer_score_clear);
}

SksScoreResult *
sks_score_result_new (gint64      studio_id,
                      const char *studio_name,
                      const char *master_name,
                      const char *unit_name,
                      const char *recommender_name)
{
  SksScoreResult *self = g_object_new (SKS_TYPE_SCORE_RESULT, NULL);

  self->studio_id = studio_id;
  self->studio_name = g_strdup (studio_name);
  self->master_name = g_strdup (master_name);
  self->unit_name = g_strdup (unit_name);
  self->recommender_name = g_strdup (recommender_name);
  return self;
}

gint64
sks_score_result_get_studio_id (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), 0);
  return self->studio_id;
}

const char *
sks_score_result_get_studio_name (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  return self->studio_name;
}

const char *
sks_score_result_get_master_name (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  return self->master_name;
}

const char *
sks_score_result_get_unit_name (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  return self->unit_name;
}

const char *
sks_score_result_get_recommender_name (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  return self->recommender_name;
}

static SksReviewerScoreState
classify (guint       n_scored,
          guint       n_criteria,
          const char *conflict_reason,
          char      **reason)
{
  if (conflict_reason != NULL)
    {
      *reason = g_strdup_printf (_("Conflict of interest: %s"), conflict_reason);
      return SKS_REVIEWER_SCORE_CONFLICT;
    }
  if (n_scored == 0)
    {
      *reason = g_strdup (_("Not scored"));
      return SKS_REVIEWER_SCORE_NONE;
    }
  if (n_scored < n_criteria)
    {
      *reason = g_strdup_printf (_("Incomplete: %u of %u criteria scored"), n_scored,
                                 n_criteria);
      return SKS_REVIEWER_SCORE_INCOMPLETE;
    }
  *reason = NULL;
  return SKS_REVIEWER_SCORE_COUNTS;
}

void
sks_score_result_add_reviewer (SksScoreResult *self,
                               gint64          member_id,
                               const char     *reviewer,
                               gint64          total,
                               guint           n_scored,
                               guint           n_criteria,
                               gboolean        submitted,
                               const char     *conflict_reason)
{
  SksReviewerScore score = {
    .member_id = member_id,
    .reviewer = g_strdup (reviewer),
    .total = total,
    .n_scored = n_scored,
    .submitted = submitted,
  };

  g_return_if_fail (SKS_IS_SCORE_RESULT (self));
  score.state = classify (n_scored, n_criteria, conflict_reason, &score.reason);
  g_array_append_val (self->reviewers, score);
}

guint
sks_score_result_get_n_reviewers (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), 0);
  return self->reviewers->len;
}

const SksReviewerScore *
sks_score_result_get_reviewer (SksScoreResult *self,
                               guint           position)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  g_return_val_if_fail (position < self->reviewers->len, NULL);
  return &g_array_index (self->reviewers, SksReviewerScore, position);
}

const SksReviewerScore *
sks_score_result_find_reviewer (SksScoreResult *self,
                                gint64          member_id)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  for (guint i = 0; i < self->reviewers->len; i++)
    if (g_array_index (self->reviewers, SksReviewerScore, i).member_id == member_id)
      return &g_array_index (self->reviewers, SksReviewerScore, i);
  return NULL;
}

void
sks_score_result_compute (SksScoreResult           *self,
                          SksScoreMethod            method,
                          const SksScoreThresholds *thresholds)
{
  g_autofree gint64 *totals = NULL;
  guint n = 0;

  g_return_if_fail (SKS_IS_SCORE_RESULT (self));
  totals = g_new (gint64, MAX (self->reviewers->len, 1));
  for (guint i = 0; i < self->reviewers->len; i++)
    {
      const SksReviewerScore *score = &g_array_index (self->reviewers, SksReviewerScore, i);

      if (score->state == SKS_REVIEWER_SCORE_COUNTS)
        totals[n++] = score->total;
    }
  sks_aggregate_compute (totals, n, method, thresholds, &self->aggregate);
}

const SksAggregate *
sks_score_result_get_aggregate (SksScoreResult *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_RESULT (self), NULL);
  return &self->aggregate;
}
