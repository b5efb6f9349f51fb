/* sks-score.h — panel scoring: a candidate's reviewer totals and their
 * aggregate (mean, trimmed mean, median, spread, disagreement flag)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-panel.h"

G_BEGIN_DECLS

/* The trimmed mean (去掉一个最高分和一个最低分) needs this many counted
 * scores; with fewer it is the plain mean and says so (SksAggregate.trimmed). */
#define SKS_TRIMMED_MEAN_MIN_SCORES 5

/* A candidate is flagged for discussion when the range or the standard
 * deviation of the counted totals is strictly above these (hundredths of a
 * point); 0 turns that test off. */
typedef struct {
  gint64 range;
  gint64 sd;
} SksScoreThresholds;

/**
 * SksAggregate:
 * @method: the method asked for
 * @count: the totals that count (conflicted and incomplete ones left out)
 * @trimmed: the trimmed mean dropped one highest and one lowest total;
 *   FALSE when @count < SKS_TRIMMED_MEAN_MIN_SCORES (then @trimmed_mean = @mean)
 * @mean, @trimmed_mean, @median, @sd, @range, @min, @max: hundredths of a
 *   point, each rounded once, half away from zero; @sd is the population
 *   standard deviation (divided by @count); all 0 when @count is 0
 * @score: the value of @method
 * @disagreement: range or standard deviation above the thresholds
 *
 * All values come from the same counted totals.
 */
typedef struct {
  SksScoreMethod method;
  guint          count;
  gboolean       trimmed;
  gint64         mean;
  gint64         trimmed_mean;
  gint64         median;
  gint64         sd;
  gint64         range;
  gint64         min;
  gint64         max;
  gint64         score;
  gboolean       disagreement;
} SksAggregate;

void   sks_aggregate_compute        (const gint64             *totals,
                                     guint                     n_totals,
                                     SksScoreMethod            method,
                                     const SksScoreThresholds *thresholds,
                                     SksAggregate             *out);
/* (transfer full): "Trimmed mean", or "Mean (trimmed mean needs 5 scores, 4
 * count)"; translated. */
char  *sks_aggregate_describe_method (const SksAggregate      *aggregate);

/* Why a reviewer's total for a candidate counts or not. A reviewer who
 * scored only some of the sheet's criteria is left out of the aggregate
 * (INCOMPLETE) with the partial total shown: counting a partial total
 * would pull the candidate down for the reviewer's omission. */
typedef enum {
  SKS_REVIEWER_SCORE_COUNTS,
  SKS_REVIEWER_SCORE_NONE,        /* nothing entered for this candidate */
  SKS_REVIEWER_SCORE_INCOMPLETE,  /* some criteria left blank */
  SKS_REVIEWER_SCORE_CONFLICT,    /* a conflict of interest (回避), computed or declared */
} SksReviewerScoreState;

typedef struct {
  gint64                 member_id;
  char                  *reviewer;   /* the member's name */
  gint64                 total;      /* the criteria scored, hundredths */
  guint                  n_scored;
  gboolean               submitted;  /* the reviewer's sheet is submitted (locked) */
  SksReviewerScoreState  state;
  char                  *reason;     /* translated; NULL when the total counts */
} SksReviewerScore;

/* SksScoreResult: one candidate's line of a round's results. */
#define SKS_TYPE_SCORE_RESULT (sks_score_result_get_type ())

G_DECLARE_FINAL_TYPE (SksScoreResult, sks_score_result, SKS, SCORE_RESULT, GObject)

SksScoreResult         *sks_score_result_new              (gint64            studio_id,
                                                           const char       *studio_name,
                                                           const char       *master_name,
                                                           const char       *unit_name,
                                                           const char       *recommender_name);
gint64                  sks_score_result_get_studio_id    (SksScoreResult   *self);
const char             *sks_score_result_get_studio_name  (SksScoreResult   *self);
const char             *sks_score_result_get_master_name  (SksScoreResult   *self);
/* the applying unit (申报单位), compared with the reviewers' work units */
const char             *sks_score_result_get_unit_name    (SksScoreResult   *self);
const char             *sks_score_result_get_recommender_name (SksScoreResult *self);
/* Adds a reviewer's line; @conflict_reason (nullable) excludes the total.
 * @n_criteria is the sheet's number of criteria. */
void                    sks_score_result_add_reviewer     (SksScoreResult   *self,
                                                           gint64            member_id,
                                                           const char       *reviewer,
                                                           gint64            total,
                                                           guint             n_scored,
                                                           guint             n_criteria,
                                                           gboolean          submitted,
                                                           const char       *conflict_reason);
guint                   sks_score_result_get_n_reviewers  (SksScoreResult   *self);
const SksReviewerScore *sks_score_result_get_reviewer     (SksScoreResult   *self,
                                                           guint             position);
const SksReviewerScore *sks_score_result_find_reviewer    (SksScoreResult   *self,
                                                           gint64            member_id);
/* Aggregates the counted totals; call after the last add_reviewer(). */
void                    sks_score_result_compute          (SksScoreResult   *self,
                                                           SksScoreMethod    method,
                                                           const SksScoreThresholds *thresholds);
const SksAggregate     *sks_score_result_get_aggregate    (SksScoreResult   *self);

G_END_DECLS
