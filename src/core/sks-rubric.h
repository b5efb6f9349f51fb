/* sks-rubric.h — a scoring table of an evaluation (考核评估表): its items,
 * their points and scoring notes, as a policy profile gives them
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stored by nick, like the enums of sks-enums.h. */
typedef enum {
  SKS_EVALUATION_KIND_ANNUAL,  /* 年度考核 */
  SKS_EVALUATION_KIND_EXPIRY,  /* 期满考核 */
} SksEvaluationKind;

/* The notices give no score thresholds: the assessor enters the grade. */
typedef enum {
  SKS_EVALUATION_GRADE_UNSET,        /* 未评定 */
  SKS_EVALUATION_GRADE_EXCELLENT,    /* 优秀 */
  SKS_EVALUATION_GRADE_QUALIFIED,    /* 合格 */
  SKS_EVALUATION_GRADE_UNQUALIFIED,  /* 不合格 */
} SksEvaluationGrade;

#define SKS_TYPE_EVALUATION_KIND (sks_evaluation_kind_get_type ())
#define SKS_TYPE_EVALUATION_GRADE (sks_evaluation_grade_get_type ())

GType sks_evaluation_kind_get_type  (void);
GType sks_evaluation_grade_get_type (void);

/* Scores are integers in hundredths of a point (STYLE.md); a score not
 * given yet is SKS_SCORE_BLANK and prints as an empty cell. */
#define SKS_SCORE_BLANK ((gint64) -1)
#define SKS_SCORE_UNIT 100

/**
 * SksRubricItem:
 * @id: stable key of the item, stored with its scores ("1", "b1")
 * @number: 1-based position in the table (bonus items after the others)
 * @category: 考核项目, e.g. "基础保障"
 * @category_points: the category's points, in hundredths
 * @content: 考核内容, as the notice words it
 * @guidance: 评分标准, as the notice words it; "" where the notice leaves it blank
 * @points: 分值, in hundredths
 * @bonus: a 加分项 item, counted apart from the 100 points
 */
typedef struct {
  char     *id;
  guint     number;
  char     *category;
  gint64    category_points;
  char     *content;
  char     *guidance;
  gint64    points;
  gboolean  bonus;
} SksRubricItem;

#define SKS_TYPE_RUBRIC (sks_rubric_get_type ())

G_DECLARE_FINAL_TYPE (SksRubric, sks_rubric, SKS, RUBRIC, GObject)

SksRubric           *sks_rubric_new             (SksEvaluationKind  kind,
                                                 const char        *annex,
                                                 const char        *title);
void                 sks_rubric_add_item        (SksRubric         *self,
                                                 const char        *id,
                                                 const char        *category,
                                                 gint64             category_points,
                                                 const char        *content,
                                                 const char        *guidance,
                                                 gint64             points,
                                                 gboolean           bonus);
void                 sks_rubric_set_layout      (SksRubric         *self,
                                                 const char        *layout);
const char          *sks_rubric_get_layout      (SksRubric         *self);
void                 sks_rubric_set_veto        (SksRubric         *self,
                                                 const char        *category,
                                                 const char        *text);

SksEvaluationKind    sks_rubric_get_kind        (SksRubric         *self);
const char          *sks_rubric_get_annex       (SksRubric         *self);
const char          *sks_rubric_get_title       (SksRubric         *self);
const char          *sks_rubric_get_veto_category (SksRubric       *self);
const char          *sks_rubric_get_veto        (SksRubric         *self);
guint                sks_rubric_get_n_items     (SksRubric         *self);
const SksRubricItem *sks_rubric_get_item        (SksRubric         *self,
                                                 guint              position);
const SksRubricItem *sks_rubric_find_item       (SksRubric         *self,
                                                 const char        *id);
gint64               sks_rubric_get_max_total   (SksRubric         *self);
gint64               sks_rubric_get_max_bonus   (SksRubric         *self);

char                *sks_score_format           (gint64             hundredths);
gboolean             sks_score_parse            (const char        *text,
                                                 gint64            *hundredths);

G_END_DECLS
