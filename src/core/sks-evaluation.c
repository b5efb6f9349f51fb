/* sks-evaluation.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-evaluation.h"
#include "sks-problem.h"
#include "sks-validate.h"

struct _SksEvaluation
{
  GObject             parent_instance;

  gint64              id;
  gint64              studio_id;
  SksEvaluationKind   kind;
  gint64              year;
  char               *assessment_date;
  SksEvaluationGrade  grade;
  char               *assessors;
  char               *remarks;
  GArray             *scores;  /* SksEvaluationScore, in the order they were first set */
};

G_DEFINE_FINAL_TYPE (SksEvaluation, sks_evaluation, G_TYPE_OBJECT)

static const SksField evaluation_fields[] = {
  SKS_ENUM ("kind", "kind", N_("Evaluation"), SksEvaluation, kind, sks_evaluation_kind_get_type,
            0),
  SKS_INT ("year", "year", N_("Year evaluated"), SksEvaluation, year, 2000, 2100,
           SKS_FIELD_REQUIRED),
  SKS_TEXT ("assessment-date", "assessment_date", N_("Assessment date"), SksEvaluation,
            assessment_date, 10, 0, SKS_FORMAT_DATE),
  SKS_ENUM ("grade", "grade", N_("Grade"), SksEvaluation, grade, sks_evaluation_grade_get_type,
            0),
  SKS_TEXT ("assessors", "assessors", N_("Assessors"), SksEvaluation, assessors, 200, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("remarks", "remarks", N_("Remarks"), SksEvaluation, remarks, 20000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
};

static const SksFieldTable evaluation_table = SKS_FIELD_TABLE (evaluation_fields);
static GParamSpec *properties[G_N_ELEMENTS (evaluation_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_evaluation, evaluation_table, properties)

static void
score_clear (gpointer data)
{
  SksEvaluationScore *score = data;

  g_free (score->item_id);
}

static void
sks_evaluation_finalize (GObject *object)
{
  SksEvaluation *self = SKS_EVALUATION (object);

  g_array_unref (self->scores);
  sks_field_table_free_values (&evaluation_table, object);
  G_OBJECT_CLASS (sks_evaluation_parent_class)->finalize (object);
}

static void
sks_evaluation_class_init (SksEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_evaluation_finalize;
  object_class->get_property = sks_evaluation_get_property;
  object_class->set_property = sks_evaluation_set_property;
  sks_field_table_install (&evaluation_table, object_class, properties);
}

static void
sks_evaluation_init (SksEvaluation *self)
{
  self->scores = g_array_new (FALSE, TRUE, sizeof (SksEvaluationScore));
  g_array_set_clear_func (self->scores, score_clear);
}

SksEvaluation *
sks_evaluation_new (gint64             studio_id,
                    SksEvaluationKind  kind,
                    gint64             year)
{
  SksEvaluation *self = g_object_new (SKS_TYPE_EVALUATION, "kind", kind, "year", year, NULL);

  self->studio_id = studio_id;
  return self;
}

const SksFieldTable *
sks_evaluation_get_field_table (void)
{
  return &evaluation_table;
}

gint64
sks_evaluation_get_id (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), 0);
  return self->id;
}

void
sks_evaluation_set_id (SksEvaluation *self,
                       gint64         id)
{
  g_return_if_fail (SKS_IS_EVALUATION (self));
  self->id = id;
}

gint64
sks_evaluation_get_studio_id (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), 0);
  return self->studio_id;
}

void
sks_evaluation_set_studio_id (SksEvaluation *self,
                              gint64         studio_id)
{
  g_return_if_fail (SKS_IS_EVALUATION (self));
  self->studio_id = studio_id;
}

SksEvaluationKind
sks_evaluation_get_kind (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), SKS_EVALUATION_KIND_ANNUAL);
  return self->kind;
}

gint64
sks_evaluation_get_year (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), 0);
  return self->year;
}

const char *
sks_evaluation_get_assessment_date (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), NULL);
  return self->assessment_date;
}

SksEvaluationGrade
sks_evaluation_get_grade (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), SKS_EVALUATION_GRADE_UNSET);
  return self->grade;
}

const char *
sks_evaluation_get_assessors (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), NULL);
  return self->assessors;
}

const char *
sks_evaluation_get_remarks (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), NULL);
  return self->remarks;
}

/* Scores ------------------------------------------------------------------ */

static SksEvaluationScore *
find_score (SksEvaluation *self,
            const char    *item_id)
{
  for (guint i = 0; i < self->scores->len; i++)
    {
      SksEvaluationScore *score = &g_array_index (self->scores, SksEvaluationScore, i);
      if (g_str_equal (score->item_id, item_id))
        return score;
    }
  return NULL;
}

/* Sets one score in hundredths; SKS_SCORE_BLANK clears it. Range checks
 * are sks_evaluation_validate()'s, so that a form can hold what was typed. */
void
sks_evaluation_set_score (SksEvaluation *self,
                          const char    *item_id,
                          SksScoreSide   side,
                          gint64         hundredths)
{
  SksEvaluationScore *score;

  g_return_if_fail (SKS_IS_EVALUATION (self));
  g_return_if_fail (item_id != NULL);

  score = find_score (self, item_id);
  if (score == NULL)
    {
      SksEvaluationScore fresh = { g_strdup (item_id), SKS_SCORE_BLANK, SKS_SCORE_BLANK };
      g_array_append_val (self->scores, fresh);
      score = &g_array_index (self->scores, SksEvaluationScore, self->scores->len - 1);
    }
  if (side == SKS_SCORE_SELF)
    score->self_score = hundredths;
  else
    score->assessor_score = hundredths;
}

gint64
sks_evaluation_get_score (SksEvaluation *self,
                          const char    *item_id,
                          SksScoreSide   side)
{
  SksEvaluationScore *score;

  g_return_val_if_fail (SKS_IS_EVALUATION (self), SKS_SCORE_BLANK);

  score = item_id ? find_score (self, item_id) : NULL;
  if (score == NULL)
    return SKS_SCORE_BLANK;
  return side == SKS_SCORE_SELF ? score->self_score : score->assessor_score;
}

guint
sks_evaluation_get_n_scores (SksEvaluation *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), 0);
  return self->scores->len;
}

const SksEvaluationScore *
sks_evaluation_get_score_at (SksEvaluation *self,
                             guint          position)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (position < self->scores->len, NULL);
  return &g_array_index (self->scores, SksEvaluationScore, position);
}

void
sks_evaluation_clear_scores (SksEvaluation *self)
{
  g_return_if_fail (SKS_IS_EVALUATION (self));
  g_array_set_size (self->scores, 0);
}

const char *
sks_score_side_get_label (SksScoreSide side)
{
  return side == SKS_SCORE_SELF ? _("Self score") : _("Assessor score");
}

/* Checks a score against its item: not negative, not above the item's
 * points. The message names the item by its number and the side. */
gboolean
sks_evaluation_check_score (SksRubric    *rubric,
                            const char   *item_id,
                            SksScoreSide  side,
                            gint64        hundredths,
                            GError      **error)
{
  const SksRubricItem *item;
  g_autofree char *max = NULL;

  g_return_val_if_fail (SKS_IS_RUBRIC (rubric), FALSE);

  item = sks_rubric_find_item (rubric, item_id);
  if (item == NULL)
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_NOT_IN_LIST,
                   _("Item “%s”: not an item of “%s”"), item_id, sks_rubric_get_title (rubric));
      return FALSE;
    }
  if (hundredths == SKS_SCORE_BLANK)
    return TRUE;
  if (hundredths < 0)
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Item %u, %s: must not be negative"), item->number,
                   sks_score_side_get_label (side));
      return FALSE;
    }
  if (hundredths > item->points)
    {
      max = sks_score_format (item->points);
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_OUT_OF_RANGE,
                   _("Item %u, %s: must not be more than the item’s %s points"), item->number,
                   sks_score_side_get_label (side), max);
      return FALSE;
    }
  return TRUE;
}

/* Sets a score from what the user typed: "" clears it; anything else must
 * be a number with at most two decimals within the item's points. On an
 * error the score is left as it was. */
gboolean
sks_evaluation_set_score_from_text (SksEvaluation *self,
                                    SksRubric     *rubric,
                                    const char    *item_id,
                                    SksScoreSide   side,
                                    const char    *text,
                                    GError       **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  gint64 hundredths = SKS_SCORE_BLANK;

  g_return_val_if_fail (SKS_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (SKS_IS_RUBRIC (rubric), FALSE);

  if (*trimmed != '\0' && !sks_score_parse (trimmed, &hundredths))
    {
      const SksRubricItem *item = sks_rubric_find_item (rubric, item_id);

      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("Item %u, %s: “%s” is not a number (at most two decimals)"),
                   item ? item->number : 0, sks_score_side_get_label (side), trimmed);
      return FALSE;
    }
  if (!sks_evaluation_check_score (rubric, item_id, side, hundredths, error))
    return FALSE;
  sks_evaluation_set_score (self, item_id, side, hundredths);
  return TRUE;
}

/* The sum of the given scores of the ordinary items (@bonus FALSE) or of
 * the 加分项 (@bonus TRUE), in hundredths; blank scores count as nothing
 * and scores of items the rubric does not have are left out. */
gint64
sks_evaluation_get_total (SksEvaluation *self,
                          SksRubric     *rubric,
                          SksScoreSide   side,
                          gboolean       bonus)
{
  gint64 total = 0;

  g_return_val_if_fail (SKS_IS_EVALUATION (self), 0);
  g_return_val_if_fail (SKS_IS_RUBRIC (rubric), 0);

  for (guint i = 0; i < self->scores->len; i++)
    {
      const SksEvaluationScore *score = &g_array_index (self->scores, SksEvaluationScore, i);
      const SksRubricItem *item = sks_rubric_find_item (rubric, score->item_id);
      gint64 value = side == SKS_SCORE_SELF ? score->self_score : score->assessor_score;

      if (item != NULL && item->bonus == bonus && value > 0)
        total += value;
    }
  return total;
}

/* The 加分项 together may give no more than the rubric's bonus points (the
 * notice: 附加分 up to 10), even where each item is within its own. */
static gboolean
check_bonus_total (SksEvaluation  *self,
                   SksRubric      *rubric,
                   SksScoreSide    side,
                   GError        **error)
{
  gint64 bonus = sks_evaluation_get_total (self, rubric, side, TRUE);
  gint64 max_bonus = sks_rubric_get_max_bonus (rubric);
  g_autofree char *sum = NULL;
  g_autofree char *max = NULL;

  if (bonus <= max_bonus)
    return TRUE;
  sum = sks_score_format (bonus);
  max = sks_score_format (max_bonus);
  g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_OUT_OF_RANGE,
               _("Bonus items, %s: add up to %s, more than the %s points allowed"),
               sks_score_side_get_label (side), sum, max);
  return FALSE;
}

/**
 * sks_evaluation_check_possible:
 * @rubric: the scoring table of the evaluation's kind
 *
 * Whether the scores could have been given on @rubric: every score is of
 * an item of it, from 0 to the item's points, and the bonus items together
 * stay within the rubric's bonus points. Blank scores are fine. Imports
 * and printing refuse an evaluation that fails this.
 *
 * Returns: %FALSE with a %SKS_VALIDATION_ERROR naming the first item and
 *   side in error and the reason
 */
gboolean
sks_evaluation_check_possible (SksEvaluation  *self,
                               SksRubric      *rubric,
                               GError        **error)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (self), FALSE);
  g_return_val_if_fail (SKS_IS_RUBRIC (rubric), FALSE);

  for (guint i = 0; i < self->scores->len; i++)
    {
      const SksEvaluationScore *score = &g_array_index (self->scores, SksEvaluationScore, i);

      if (!sks_evaluation_check_score (rubric, score->item_id, SKS_SCORE_SELF, score->self_score,
                                       error) ||
          !sks_evaluation_check_score (rubric, score->item_id, SKS_SCORE_ASSESSOR,
                                       score->assessor_score, error))
        return FALSE;
    }
  return check_bonus_total (self, rubric, SKS_SCORE_SELF, error) &&
         check_bonus_total (self, rubric, SKS_SCORE_ASSESSOR, error);
}

static void
add_score_problem (GPtrArray    *problems,
                   const char   *item_id,
                   SksScoreSide  side,
                   GError       *error)
{
  g_autofree char *prefix = g_strdup_printf ("scores[%s]", item_id);

  sks_problems_add (problems, prefix, side == SKS_SCORE_SELF ? "self-score" : "assessor-score",
                    error);
}

/* Adds a problem for every field in error and for every score that is not
 * an item of @rubric, negative or above its item's points. */
void
sks_evaluation_validate (SksEvaluation *self,
                         SksRubric     *rubric,
                         GPtrArray     *problems)
{
  g_return_if_fail (SKS_IS_EVALUATION (self));
  g_return_if_fail (SKS_IS_RUBRIC (rubric));
  g_return_if_fail (problems != NULL);

  sks_problems_add_fields (problems, NULL, &evaluation_table, G_OBJECT (self), TRUE);
  if (sks_rubric_get_kind (rubric) != self->kind)
    sks_problems_add (problems, NULL, "kind",
                      g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCONSISTENT,
                                   _("%s: does not match the form “%s”"),
                                   _("Evaluation"), sks_rubric_get_title (rubric)));
  for (guint i = 0; i < self->scores->len; i++)
    {
      const SksEvaluationScore *score = &g_array_index (self->scores, SksEvaluationScore, i);

      for (SksScoreSide side = SKS_SCORE_SELF; side <= SKS_SCORE_ASSESSOR; side++)
        {
          GError *error = NULL;
          gint64 value = side == SKS_SCORE_SELF ? score->self_score : score->assessor_score;

          if (!sks_evaluation_check_score (rubric, score->item_id, side, value, &error))
            {
              add_score_problem (problems, score->item_id, side, error);
              if (error->code == SKS_VALIDATION_ERROR_NOT_IN_LIST)
                break;
            }
        }
    }
  for (SksScoreSide side = SKS_SCORE_SELF; side <= SKS_SCORE_ASSESSOR; side++)
    {
      GError *error = NULL;

      if (!check_bonus_total (self, rubric, side, &error))
        sks_problems_add (problems, "scores", side == SKS_SCORE_SELF ? "self-score"
                                                                    : "assessor-score", error);
    }
}

gboolean
sks_evaluation_equal (SksEvaluation *a,
                      SksEvaluation *b)
{
  g_return_val_if_fail (SKS_IS_EVALUATION (a) && SKS_IS_EVALUATION (b), FALSE);

  if (a->studio_id != b->studio_id || a->scores->len != b->scores->len ||
      !sks_field_table_equal (&evaluation_table, G_OBJECT (a), G_OBJECT (b)))
    return FALSE;
  for (guint i = 0; i < a->scores->len; i++)
    {
      const SksEvaluationScore *score = &g_array_index (a->scores, SksEvaluationScore, i);

      if (sks_evaluation_get_score (b, score->item_id, SKS_SCORE_SELF) != score->self_score ||
          sks_evaluation_get_score (b, score->item_id, SKS_SCORE_ASSESSOR) != score->assessor_score)
        return FALSE;
    }
  return TRUE;
}

/* Returns: (transfer full): a copy with the same id, fields and scores */
SksEvaluation *
sks_evaluation_copy (SksEvaluation *self)
{
  SksEvaluation *copy;

  g_return_val_if_fail (SKS_IS_EVALUATION (self), NULL);

  copy = g_object_new (SKS_TYPE_EVALUATION, NULL);
  copy->id = self->id;
  copy->studio_id = self->studio_id;
  sks_field_table_copy (&evaluation_table, G_OBJECT (self), G_OBJECT (copy));
  for (guint i = 0; i < self->scores->len; i++)
    {
      const SksEvaluationScore *score = &g_array_index (self->scores, SksEvaluationScore, i);

      sks_evaluation_set_score (copy, score->item_id, SKS_SCORE_SELF, score->self_score);
      sks_evaluation_set_score (copy, score->item_id, SKS_SCORE_ASSESSOR, score->assessor_score);
    }
  return copy;
}
