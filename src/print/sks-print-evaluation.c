/* sks-print-evaluation.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-print-annex.h"
#include "sks-print-evaluation.h"
#include "sks-print-form.h"
#include "sks-studio-rubric.h"
#include "sks-validate.h"

/*
 * The layout and every word of the table live in the form description
 * (data/forms/hz-evaluation-*.json), the items in the policy profile. The
 * form engine fills the studio's fields (${…}); this file then fills the
 * evaluation's values into the {{…}} marks and repeats the row whose first
 * cell starts with {{category}} once per rubric item.
 */

#define ITEM_ROW_MARK "{{category}}"
#define CHECKED_BOX "☑"
#define EMPTY_BOX "□"
/* Room to write a date by hand: two ideographic spaces per part. */
#define BLANK_DATE_PART "　　"

typedef struct {
  GHashTable *values;  /* mark name → text */
  const char *form;
  GError     *error;
} Marks;

static void
marks_set (Marks      *marks,
           const char *name,
           char       *value)
{
  g_hash_table_insert (marks->values, g_strdup (name), value);
}

/* Replaces every {{name}} of @text; an unknown name is an error of the
 * form description, so that a typo does not print as is. */
static char *
fill_marks (Marks      *marks,
            const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  const char *open;

  while ((open = strstr (p, "{{")) != NULL)
    {
      const char *close = strstr (open + 2, "}}");
      g_autofree char *name = NULL;
      const char *value;

      if (close == NULL)
        break;
      g_string_append_len (out, p, open - p);
      name = g_strndup (open + 2, close - open - 2);
      value = g_hash_table_lookup (marks->values, name);
      if (value == NULL && marks->error == NULL)
        g_set_error (&marks->error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
                     _("The form description “%s” is invalid: %s"), marks->form, name);
      g_string_append (out, value ? value : "");
      p = close + 2;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

static void
fill_text (Marks  *marks,
           char  **text)
{
  char *filled;

  if (*text == NULL || strstr (*text, "{{") == NULL)
    return;
  filled = fill_marks (marks, *text);
  g_free (*text);
  *text = filled;
}

static char *
format_sum (gint64   total,
            gint64   bonus,
            gboolean any)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (!any)
    return g_strdup ("");
  a = sks_score_format (total);
  b = sks_score_format (bonus);
  return g_strconcat (a, "+", b, NULL);
}

static gboolean
side_has_scores (SksEvaluation *evaluation,
                 SksScoreSide   side)
{
  for (guint i = 0; evaluation && i < sks_evaluation_get_n_scores (evaluation); i++)
    {
      const SksEvaluationScore *score = sks_evaluation_get_score_at (evaluation, i);

      if ((side == SKS_SCORE_SELF ? score->self_score : score->assessor_score) != SKS_SCORE_BLANK)
        return TRUE;
    }
  return FALSE;
}

static void
set_date_marks (Marks      *marks,
                const char *date)
{
  g_autoptr(GDate) parsed = date != NULL && *date != '\0' ? sks_parse_date (date) : NULL;

  if (parsed != NULL)
    {
      marks_set (marks, "year", g_strdup_printf ("%d", g_date_get_year (parsed)));
      marks_set (marks, "month", g_strdup_printf ("%d", g_date_get_month (parsed)));
      marks_set (marks, "day", g_strdup_printf ("%d", g_date_get_day (parsed)));
      return;
    }
  marks_set (marks, "year", g_strdup (BLANK_DATE_PART));
  marks_set (marks, "month", g_strdup (BLANK_DATE_PART));
  marks_set (marks, "day", g_strdup (BLANK_DATE_PART));
}

/* The marks of the whole form: date, sums, grade boxes, names, veto. */
static void
set_form_marks (Marks         *marks,
                SksRubric     *rubric,
                SksEvaluation *evaluation)
{
  SksEvaluationGrade grade = evaluation ? sks_evaluation_get_grade (evaluation)
                                        : SKS_EVALUATION_GRADE_UNSET;
  static const struct { const char *name; SksEvaluationGrade grade; } boxes[] = {
    { "grade:excellent", SKS_EVALUATION_GRADE_EXCELLENT },
    { "grade:qualified", SKS_EVALUATION_GRADE_QUALIFIED },
    { "grade:unqualified", SKS_EVALUATION_GRADE_UNQUALIFIED },
  };

  set_date_marks (marks, evaluation ? sks_evaluation_get_assessment_date (evaluation) : NULL);
  marks_set (marks, "max-sum", format_sum (sks_rubric_get_max_total (rubric),
                                           sks_rubric_get_max_bonus (rubric), TRUE));
  for (SksScoreSide side = SKS_SCORE_SELF; side <= SKS_SCORE_ASSESSOR; side++)
    marks_set (marks, side == SKS_SCORE_SELF ? "self-sum" : "assessor-sum",
               format_sum (evaluation ? sks_evaluation_get_total (evaluation, rubric, side, FALSE) : 0,
                           evaluation ? sks_evaluation_get_total (evaluation, rubric, side, TRUE) : 0,
                           side_has_scores (evaluation, side)));
  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    marks_set (marks, boxes[i].name, g_strdup (grade == boxes[i].grade ? CHECKED_BOX : EMPTY_BOX));
  marks_set (marks, "assessors",
             g_strdup (evaluation && sks_evaluation_get_assessors (evaluation)
                       ? sks_evaluation_get_assessors (evaluation) : ""));
  marks_set (marks, "remarks",
             g_strdup (evaluation && sks_evaluation_get_remarks (evaluation)
                       ? sks_evaluation_get_remarks (evaluation) : ""));
  marks_set (marks, "veto-category", g_strdup (sks_rubric_get_veto_category (rubric)
                                               ? sks_rubric_get_veto_category (rubric) : ""));
  marks_set (marks, "veto", g_strdup (sks_rubric_get_veto (rubric) ? sks_rubric_get_veto (rubric)
                                                                   : ""));
}

static void
set_item_marks (Marks               *marks,
                const SksRubricItem *item,
                gboolean             first_of_category,
                SksEvaluation       *evaluation)
{
  g_autofree char *category_points = sks_score_format (item->category_points);

  marks_set (marks, "category", g_strdup (first_of_category ? item->category : ""));
  /* The points after the category are written by the form, e.g. "（{{…}}分）";
   * later rows of the category leave the whole cell empty (see below). */
  marks_set (marks, "category-points", g_strdup (category_points));
  marks_set (marks, "content", g_strdup (item->content));
  marks_set (marks, "guidance", g_strdup (item->guidance));
  marks_set (marks, "points", sks_score_format (item->points));
  marks_set (marks, "self", sks_score_format (evaluation ? sks_evaluation_get_score (evaluation, item->id, SKS_SCORE_SELF)
                                                         : SKS_SCORE_BLANK));
  marks_set (marks, "assessor",
             sks_score_format (evaluation ? sks_evaluation_get_score (evaluation, item->id, SKS_SCORE_ASSESSOR)
                                          : SKS_SCORE_BLANK));
}

static SksPrintRow *
copy_item_row (Marks             *marks,
               SksPrintTable     *table,
               const SksPrintRow *mark_row,
               gboolean           first_of_category)
{
  SksPrintRow *row = sks_print_table_add_row (table, mark_row->flags);

  row->min_height_mm = mark_row->min_height_mm;
  for (guint i = 0; i < mark_row->cells->len; i++)
    {
      const SksPrintCell *mark_cell = g_ptr_array_index (mark_row->cells, i);
      g_autofree char *text = NULL;
      SksPrintCell *cell;

      /* Only the first row of a category names it, as the notice's merged cell does. */
      if (i == 0 && !first_of_category)
        text = g_strdup ("");
      else
        text = fill_marks (marks, mark_cell->text);
      cell = sks_print_row_add_cell (row, text, mark_cell->span, &mark_cell->style);
      cell->tag = g_strdup (mark_cell->tag);
    }
  return row;
}

/* Replaces the mark row of @table by one row per rubric item. */
static void
expand_item_rows (Marks         *marks,
                  SksPrintTable *table,
                  guint          mark_index,
                  SksRubric     *rubric,
                  SksEvaluation *evaluation)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  SksPrintRow *mark_row = g_ptr_array_steal_index (table->rows, mark_index);
  const char *category = NULL;

  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);
      gboolean first = g_strcmp0 (category, item->category) != 0;

      category = item->category;
      set_item_marks (marks, item, first, evaluation);
      copy_item_row (marks, table, mark_row, first);
      g_ptr_array_add (items, g_ptr_array_steal_index (table->rows, table->rows->len - 1));
    }
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_insert (table->rows, (int) (mark_index + i), g_ptr_array_index (items, i));

  /* The mark row is freed the way the table frees its rows. */
  g_ptr_array_add (table->rows, mark_row);
  g_ptr_array_remove_index (table->rows, table->rows->len - 1);
}

static gboolean
is_item_row (const SksPrintRow *row)
{
  const SksPrintCell *first;

  if (row->cells->len == 0)
    return FALSE;
  first = g_ptr_array_index (row->cells, 0);
  return first->text != NULL && g_str_has_prefix (first->text, ITEM_ROW_MARK);
}

static void
fill_table (Marks         *marks,
            SksPrintTable *table,
            SksRubric     *rubric,
            SksEvaluation *evaluation)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      SksPrintRow *row = g_ptr_array_index (table->rows, r);

      if (is_item_row (row))
        {
          guint n = sks_rubric_get_n_items (rubric);

          expand_item_rows (marks, table, r, rubric, evaluation);
          /* Go on after the item rows (none: the row now at r is the next one). */
          if (n == 0)
            {
              r--;
              continue;
            }
          r += n - 1;
          continue;
        }
      for (guint c = 0; c < row->cells->len; c++)
        {
          SksPrintCell *cell = g_ptr_array_index (row->cells, c);
          fill_text (marks, &cell->text);
        }
    }
}

static gboolean
check_scores (SksRubric      *rubric,
              SksEvaluation  *evaluation,
              GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (sks_evaluation_check_possible (evaluation, rubric, &local_error))
    return TRUE;
  g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_SCORES,
               _("“%s” is not printed: a score is impossible. %s. Correct the evaluation "
                 "first."), sks_rubric_get_title (rubric), local_error->message);
  return FALSE;
}

/**
 * sks_print_evaluation_doc_new:
 * @rubric: the scoring table; its layout names the form description
 * @round: (nullable): the studio's round
 * @studio: (nullable): the studio evaluated; %NULL leaves its lines blank
 * @evaluation: (nullable): the scores; %NULL prints a blank form to fill by hand
 *
 * An evaluation whose scores could not have been given on @rubric (above
 * an item's points, bonus items above their total) is refused with
 * %SKS_PRINT_ERROR_SCORES: a stamped table must not show impossible sums.
 *
 * Returns: (transfer full): the document
 */
SksPrintDoc *
sks_print_evaluation_doc_new (SksRubric      *rubric,
                              SksRound       *round,
                              SksStudio      *studio,
                              SksEvaluation  *evaluation,
                              GError        **error)
{
  g_autoptr(GPtrArray) studios = g_ptr_array_new ();
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SksPrintFormData data = { .round = round, .studios = studios };
  Marks marks = { .values = values };

  g_return_val_if_fail (SKS_IS_RUBRIC (rubric), NULL);
  g_return_val_if_fail (studio == NULL || SKS_IS_STUDIO (studio), NULL);
  g_return_val_if_fail (evaluation == NULL || SKS_IS_EVALUATION (evaluation), NULL);

  if (sks_rubric_get_layout (rubric) == NULL)
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
                   _("The scoring table “%s” has no print layout"), sks_rubric_get_title (rubric));
      return NULL;
    }
  if (evaluation != NULL && !check_scores (rubric, evaluation, error))
    return NULL;
  if (studio != NULL)
    g_ptr_array_add (studios, studio);
  if ((doc = sks_print_form_build (sks_rubric_get_layout (rubric), &data, error)) == NULL)
    return NULL;

  marks.form = sks_rubric_get_layout (rubric);
  set_form_marks (&marks, rubric, evaluation);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      SksPrintBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == SKS_PRINT_BLOCK_TABLE)
        fill_table (&marks, block->table, rubric, evaluation);
      else
        fill_text (&marks, &block->text);
    }
  if (marks.error != NULL)
    {
      g_propagate_error (error, marks.error);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

static SksPrintDoc *
doc_for_studio (SksStore           *store,
                gint64              studio_id,
                SksEvaluationKind   kind,
                SksEvaluation      *evaluation,
                GError            **error)
{
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksRubric) rubric = NULL;
  g_autoptr(GError) local_error = NULL;

  studio = sks_store_load_studio (store, studio_id, &local_error);
  if (studio == NULL)
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND, "%s",
                   local_error ? local_error->message : _("The studio does not exist"));
      return NULL;
    }
  round = sks_store_find_studio_round (store, studio, NULL);
  if ((rubric = sks_studio_find_rubric (round, kind, &local_error)) == NULL)
    {
      g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                           local_error->message);
      return NULL;
    }
  return sks_print_evaluation_doc_new (rubric, round, studio, evaluation, error);
}

/* Returns: (transfer full): the filled-in table of the evaluation */
SksPrintDoc *
sks_print_evaluation_doc_from_store (SksStore  *store,
                                     gint64     evaluation_id,
                                     GError   **error)
{
  g_autoptr(SksEvaluation) evaluation = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  evaluation = sks_store_load_evaluation (store, evaluation_id, &local_error);
  if (evaluation == NULL)
    {
      g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                           local_error->message);
      return NULL;
    }
  return doc_for_studio (store, sks_evaluation_get_studio_id (evaluation),
                         sks_evaluation_get_kind (evaluation), evaluation, error);
}

/* Returns: (transfer full): the table of @kind for the studio, with its
 *   name filled in and every score blank */
SksPrintDoc *
sks_print_blank_evaluation_doc_from_store (SksStore           *store,
                                           gint64              studio_id,
                                           SksEvaluationKind   kind,
                                           GError            **error)
{
  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  return doc_for_studio (store, studio_id, kind, NULL, error);
}

gboolean
sks_print_export_evaluation_pdf (SksStore    *store,
                                 gint64       evaluation_id,
                                 const char  *path,
                                 GError     **error)
{
  g_autoptr(SksPrintDoc) doc = sks_print_evaluation_doc_from_store (store, evaluation_id, error);

  return doc != NULL && sks_print_write_pdf (doc, path, error);
}

gboolean
sks_print_export_blank_evaluation_pdf (SksStore           *store,
                                       gint64              studio_id,
                                       SksEvaluationKind   kind,
                                       const char         *path,
                                       GError            **error)
{
  g_autoptr(SksPrintDoc) doc = sks_print_blank_evaluation_doc_from_store (store, studio_id, kind,
                                                                          error);

  return doc != NULL && sks_print_write_pdf (doc, path, error);
}
