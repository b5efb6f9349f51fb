/* sks-evaluation.h — one evaluation of a studio (年度考核 or 期满考核): the
 * self score and the assessor's score per item of the rubric, the grade
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-field.h"
#include "sks-rubric.h"

G_BEGIN_DECLS

/* Who gave a score: the studio itself (自评分) or the assessors (考核分). */
typedef enum {
  SKS_SCORE_SELF,
  SKS_SCORE_ASSESSOR,
} SksScoreSide;

/**
 * SksEvaluationScore:
 * @item_id: the rubric item (SksRubricItem.id)
 * @self_score: in hundredths, or SKS_SCORE_BLANK
 * @assessor_score: in hundredths, or SKS_SCORE_BLANK
 */
typedef struct {
  char   *item_id;
  gint64  self_score;
  gint64  assessor_score;
} SksEvaluationScore;

#define SKS_TYPE_EVALUATION (sks_evaluation_get_type ())

G_DECLARE_FINAL_TYPE (SksEvaluation, sks_evaluation, SKS, EVALUATION, GObject)

SksEvaluation       *sks_evaluation_new             (gint64             studio_id,
                                                     SksEvaluationKind  kind,
                                                     gint64             year);
const SksFieldTable *sks_evaluation_get_field_table (void);

gint64               sks_evaluation_get_id          (SksEvaluation     *self);
void                 sks_evaluation_set_id          (SksEvaluation     *self,
                                                     gint64             id);
gint64               sks_evaluation_get_studio_id   (SksEvaluation     *self);
void                 sks_evaluation_set_studio_id   (SksEvaluation     *self,
                                                     gint64             studio_id);
SksEvaluationKind    sks_evaluation_get_kind        (SksEvaluation     *self);
gint64               sks_evaluation_get_year        (SksEvaluation     *self);
const char          *sks_evaluation_get_assessment_date (SksEvaluation *self);
SksEvaluationGrade   sks_evaluation_get_grade       (SksEvaluation     *self);
const char          *sks_evaluation_get_assessors   (SksEvaluation     *self);
const char          *sks_evaluation_get_remarks     (SksEvaluation     *self);

void                 sks_evaluation_set_score       (SksEvaluation     *self,
                                                     const char        *item_id,
                                                     SksScoreSide       side,
                                                     gint64             hundredths);
gint64               sks_evaluation_get_score       (SksEvaluation     *self,
                                                     const char        *item_id,
                                                     SksScoreSide       side);
gboolean             sks_evaluation_set_score_from_text (SksEvaluation *self,
                                                     SksRubric         *rubric,
                                                     const char        *item_id,
                                                     SksScoreSide       side,
                                                     const char        *text,
                                                     GError           **error);
guint                sks_evaluation_get_n_scores    (SksEvaluation     *self);
const SksEvaluationScore *sks_evaluation_get_score_at (SksEvaluation   *self,
                                                     guint              position);
void                 sks_evaluation_clear_scores    (SksEvaluation     *self);

gint64               sks_evaluation_get_total       (SksEvaluation     *self,
                                                     SksRubric         *rubric,
                                                     SksScoreSide       side,
                                                     gboolean           bonus);
gboolean             sks_evaluation_check_score     (SksRubric         *rubric,
                                                     const char        *item_id,
                                                     SksScoreSide       side,
                                                     gint64             hundredths,
                                                     GError           **error);
gboolean             sks_evaluation_check_possible  (SksEvaluation     *self,
                                                     SksRubric         *rubric,
                                                     GError           **error);
void                 sks_evaluation_validate        (SksEvaluation     *self,
                                                     SksRubric         *rubric,
                                                     GPtrArray         *problems);
gboolean             sks_evaluation_equal           (SksEvaluation     *a,
                                                     SksEvaluation     *b);
SksEvaluation       *sks_evaluation_copy            (SksEvaluation     *self);

const char          *sks_score_side_get_label       (SksScoreSide       side);

G_END_DECLS
