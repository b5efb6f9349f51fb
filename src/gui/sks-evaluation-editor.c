/* sks-evaluation-editor.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor works on a draft copy of the evaluation. Each score is a spin
 * button; what is typed is checked at once against the item's points and
 * a message shows under the item; the totals follow. Save writes the
 * evaluation with all its scores in one transaction (sks_store_save_
 * evaluation()) and emits ::saved.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-enums.h"
#include "sks-evaluation-editor.h"
#include "sks-field-row.h"
#include "sks-problem.h"
#include "sks-studio-rubric.h"

/* The widgets of one rubric item. */
typedef struct {
  const SksRubricItem *item;
  GtkWidget           *inputs[2];  /* per SksScoreSide */
  GtkLabel            *message;
  char                *errors[2];  /* per side, NULL when the value is fine */
} ItemRow;

struct _SksEvaluationEditor
{
  GtkWindow      parent_instance;

  SksStore      *store;
  SksRubric     *rubric;
  SksEvaluation *draft;
  GArray        *rows;       /* ItemRow */
  gboolean       filling;

  GtkLabel      *title_label;
  GtkLabel      *studio_label;
  GtkGrid       *fields_grid;
  GtkGrid       *items_grid;
  GtkLabel      *self_total_label;
  GtkLabel      *assessor_total_label;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (SksEvaluationEditor, sks_evaluation_editor, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
item_row_clear (gpointer data)
{
  ItemRow *row = data;

  g_clear_pointer (&row->errors[SKS_SCORE_SELF], g_free);
  g_clear_pointer (&row->errors[SKS_SCORE_ASSESSOR], g_free);
}

static void
show_error (SksEvaluationEditor *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
has_score_errors (SksEvaluationEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ItemRow *row = &g_array_index (self->rows, ItemRow, i);
      if (row->errors[SKS_SCORE_SELF] || row->errors[SKS_SCORE_ASSESSOR])
        return TRUE;
    }
  return FALSE;
}

static void
update_totals (SksEvaluationEditor *self)
{
  static const SksScoreSide sides[] = { SKS_SCORE_SELF, SKS_SCORE_ASSESSOR };
  GtkLabel *labels[] = { self->self_total_label, self->assessor_total_label };

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      g_autofree char *total = sks_score_format (
        sks_evaluation_get_total (self->draft, self->rubric, sides[i], FALSE));
      g_autofree char *bonus = sks_score_format (
        sks_evaluation_get_total (self->draft, self->rubric, sides[i], TRUE));
      g_autofree char *text = g_strdup_printf (_("%s: %s + bonus %s"),
                                               sks_score_side_get_label (sides[i]), total, bonus);

      gtk_label_set_text (labels[i], text);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.save",
                                 self->rubric != NULL && !has_score_errors (self));
}

static void
show_row_message (ItemRow *row)
{
  const char *message = row->errors[SKS_SCORE_SELF] ? row->errors[SKS_SCORE_SELF]
                                                     : row->errors[SKS_SCORE_ASSESSOR];

  gtk_label_set_text (row->message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row->message), message != NULL);
  for (SksScoreSide side = SKS_SCORE_SELF; side <= SKS_SCORE_ASSESSOR; side++)
    {
      if (row->errors[side])
        gtk_widget_add_css_class (row->inputs[side], "error");
      else
        gtk_widget_remove_css_class (row->inputs[side], "error");
    }
}

/* What is typed: empty clears the score; anything else must be a number
 * within the item's points, or the message says why. */
static void
score_changed_cb (GtkEditable         *editable,
                  SksEvaluationEditor *self)
{
  ItemRow *row = g_object_get_data (G_OBJECT (editable), "sks-item-row");
  SksScoreSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "sks-side"));
  g_autoptr(GError) error = NULL;

  if (self->filling || row == NULL)
    return;
  g_clear_pointer (&row->errors[side], g_free);
  if (!sks_evaluation_set_score_from_text (self->draft, self->rubric, row->item->id, side,
                                           gtk_editable_get_text (editable), &error))
    row->errors[side] = g_strdup (error->message);
  show_row_message (row);
  update_totals (self);
}

/* A spin button formats its value when it updates (focus out, arrows);
 * a score not given stays empty instead of turning into 0. */
static gboolean
score_output_cb (GtkSpinButton       *spin,
                 SksEvaluationEditor *self)
{
  ItemRow *row = g_object_get_data (G_OBJECT (spin), "sks-item-row");
  SksScoreSide side = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "sks-side"));

  if (row == NULL || gtk_spin_button_get_value (spin) != 0 || row->errors[side] != NULL ||
      sks_evaluation_get_score (self->draft, row->item->id, side) != SKS_SCORE_BLANK)
    return FALSE;
  if (*gtk_editable_get_text (GTK_EDITABLE (spin)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static GtkWidget *
make_score_input (SksEvaluationEditor *self,
                  ItemRow             *row,
                  SksScoreSide         side)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 0.5);
  gint64 score = sks_evaluation_get_score (self->draft, row->item->id, side);
  g_autofree char *name = g_strdup_printf ("%s %u", sks_score_side_get_label (side),
                                           row->item->number);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
  if (score != SKS_SCORE_BLANK)
    {
      g_autofree char *text = sks_score_format (score);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double) score / SKS_SCORE_UNIT);
      gtk_editable_set_text (GTK_EDITABLE (spin), text);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (spin), "sks-item-row", row);
  g_object_set_data (G_OBJECT (spin), "sks-side", GINT_TO_POINTER (side));
  g_signal_connect_object (spin, "changed", G_CALLBACK (score_changed_cb), self, 0);
  g_signal_connect_object (spin, "output", G_CALLBACK (score_output_cb), self, 0);
  return spin;
}

static char *
item_text (const SksRubricItem *item)
{
  return g_strdup_printf ("%u. %s · %s", item->number, item->category, item->content);
}

/* A stored score the item does not allow (imported before scores were
 * checked) shows its message at once, and Save waits for a correction. */
static void
mark_stored_errors (SksEvaluationEditor *self,
                    ItemRow             *row)
{
  for (SksScoreSide side = SKS_SCORE_SELF; side <= SKS_SCORE_ASSESSOR; side++)
    {
      g_autoptr(GError) error = NULL;
      gint64 score = sks_evaluation_get_score (self->draft, row->item->id, side);

      if (!sks_evaluation_check_score (self->rubric, row->item->id, side, score, &error))
        row->errors[side] = g_strdup (error->message);
    }
  show_row_message (row);
}

/* One grid row per item with its two inputs, and a row below for the
 * message. Rows are kept in self->rows, which is sized first so that the
 * pointers the inputs hold stay valid. */
static void
build_item_rows (SksEvaluationEditor *self)
{
  guint n = sks_rubric_get_n_items (self->rubric);

  g_array_set_size (self->rows, n);
  self->filling = TRUE;
  for (guint i = 0; i < n; i++)
    {
      ItemRow *row = &g_array_index (self->rows, ItemRow, i);
      g_autofree char *text = NULL;
      g_autofree char *points = NULL;
      GtkWidget *label, *points_label, *message;
      int grid_row = 1 + 2 * (int) i;

      row->item = sks_rubric_get_item (self->rubric, i);
      text = item_text (row->item);
      points = sks_score_format (row->item->points);
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_tooltip_text (label, row->item->guidance);
      points_label = gtk_label_new (points);
      message = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (message), 0);
      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      gtk_widget_add_css_class (message, "error");
      gtk_widget_set_visible (message, FALSE);
      row->message = GTK_LABEL (message);
      row->inputs[SKS_SCORE_SELF] = make_score_input (self, row, SKS_SCORE_SELF);
      row->inputs[SKS_SCORE_ASSESSOR] = make_score_input (self, row, SKS_SCORE_ASSESSOR);
      mark_stored_errors (self, row);

      gtk_grid_attach (self->items_grid, label, 0, grid_row, 1, 1);
      gtk_grid_attach (self->items_grid, points_label, 1, grid_row, 1, 1);
      gtk_grid_attach (self->items_grid, row->inputs[SKS_SCORE_SELF], 2, grid_row, 1, 1);
      gtk_grid_attach (self->items_grid, row->inputs[SKS_SCORE_ASSESSOR], 3, grid_row, 1, 1);
      gtk_grid_attach (self->items_grid, message, 0, grid_row + 1, 4, 1);
    }
  self->filling = FALSE;
}

static void
bind_field_rows (SksEvaluationEditor *self)
{
  g_autoptr(GPtrArray) rows = sks_field_row_collect (GTK_WIDGET (self));
  const SksFieldTable *table = sks_evaluation_get_field_table ();

  for (guint i = 0; i < rows->len; i++)
    {
      SksFieldRow *row = g_ptr_array_index (rows, i);
      const SksField *field = sks_field_table_lookup (table, sks_field_row_get_path (row));

      g_assert (field != NULL);
      sks_field_row_bind (row, G_OBJECT (self->draft), field);
    }
}

/* A row shows a message also for text that could not be stored (a year
 * out of range keeps the old year in the draft): those count too. */
static gboolean
field_rows_valid (SksEvaluationEditor *self)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);
  g_autoptr(GPtrArray) rows = sks_field_row_collect (GTK_WIDGET (self));

  for (guint i = 0; i < rows->len; i++)
    {
      const char *message = sks_field_row_get_message (g_ptr_array_index (rows, i));

      if (message != NULL)
        {
          show_error (self, message);
          return FALSE;
        }
    }
  sks_evaluation_validate (self->draft, self->rubric, problems);
  if (problems->len == 0)
    return TRUE;
  show_error (self, ((SksProblem *) g_ptr_array_index (problems, 0))->error->message);
  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SksEvaluationEditor *self = SKS_EVALUATION_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->rubric == NULL || has_score_errors (self) || !field_rows_valid (self))
    return;
  if (!sks_store_save_evaluation (self->store, self->draft, &error))
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->draft);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
sks_evaluation_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKS_TYPE_EVALUATION_EDITOR);
  G_OBJECT_CLASS (sks_evaluation_editor_parent_class)->dispose (object);
}

static void
sks_evaluation_editor_finalize (GObject *object)
{
  SksEvaluationEditor *self = SKS_EVALUATION_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->rubric);
  g_clear_object (&self->draft);
  g_array_unref (self->rows);
  G_OBJECT_CLASS (sks_evaluation_editor_parent_class)->finalize (object);
}

static void
sks_evaluation_editor_class_init (SksEvaluationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_evaluation_editor_dispose;
  object_class->finalize = sks_evaluation_editor_finalize;

  /**
   * SksEvaluationEditor::saved:
   * @evaluation: the evaluation as saved, with its id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, SKS_TYPE_EVALUATION);

  g_type_ensure (SKS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-evaluation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, studio_label);
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, items_grid);
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, self_total_label);
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, assessor_total_label);
  gtk_widget_class_bind_template_child (widget_class, SksEvaluationEditor, error_label);
  gtk_widget_class_install_action (widget_class, "evaluation.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "evaluation.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "evaluation.cancel",
                                       NULL);
}

static void
sks_evaluation_editor_init (SksEvaluationEditor *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (ItemRow));
  g_array_set_clear_func (self->rows, item_row_clear);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Takes @draft; finds the studio, its round and the rubric, builds the rows. */
static GtkWidget *
editor_new (GtkWindow     *parent,
            SksStore      *store,
            SksEvaluation *draft)
{
  SksEvaluationEditor *self = g_object_new (SKS_TYPE_EVALUATION_EDITOR, "transient-for", parent,
                                            NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksRound) round = NULL;

  self->store = g_object_ref (store);
  self->draft = draft;
  studio = sks_store_load_studio (store, sks_evaluation_get_studio_id (draft), &error);
  if (studio != NULL)
    {
      gtk_label_set_text (self->studio_label, sks_studio_get_name (studio));
      round = sks_store_find_studio_round (store, studio, NULL);
      self->rubric = sks_studio_find_rubric (round, sks_evaluation_get_kind (draft), &error);
    }
  bind_field_rows (self);
  if (self->rubric == NULL)
    {
      gtk_label_set_text (self->title_label,
                          sks_enum_get_label (SKS_TYPE_EVALUATION_KIND,
                                              sks_evaluation_get_kind (draft)));
      show_error (self, error ? error->message : NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.save", FALSE);
      return GTK_WIDGET (self);
    }
  gtk_label_set_text (self->title_label, sks_rubric_get_title (self->rubric));
  build_item_rows (self);
  update_totals (self);
  return GTK_WIDGET (self);
}

/**
 * sks_evaluation_editor_new:
 * @studio_id: the studio evaluated
 * @kind: 年度考核 or 期满考核
 *
 * A new evaluation of the studio for the current year, on the scoring
 * table of its round's policy profile. Without a table (a profile that has
 * none) the editor says so and cannot save.
 */
GtkWidget *
sks_evaluation_editor_new (GtkWindow         *parent,
                           SksStore          *store,
                           gint64             studio_id,
                           SksEvaluationKind  kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  return editor_new (parent, store,
                     sks_evaluation_new (studio_id, kind, g_date_time_get_year (now)));
}

/* Edits a copy of @evaluation; Save updates it in the document. */
GtkWidget *
sks_evaluation_editor_new_for_evaluation (GtkWindow     *parent,
                                          SksStore      *store,
                                          SksEvaluation *evaluation)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_EVALUATION (evaluation), NULL);

  return editor_new (parent, store, sks_evaluation_copy (evaluation));
}

SksEvaluation *
sks_evaluation_editor_get_draft (SksEvaluationEditor *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION_EDITOR (self), NULL);
  return self->draft;
}

/* Returns: (nullable): the scoring table, or %NULL when the profile has none */
SksRubric *
sks_evaluation_editor_get_rubric (SksEvaluationEditor *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION_EDITOR (self), NULL);
  return self->rubric;
}

static ItemRow *
find_row (SksEvaluationEditor *self,
          const char          *item_id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ItemRow *row = &g_array_index (self->rows, ItemRow, i);
      if (g_str_equal (row->item->id, item_id))
        return row;
    }
  return NULL;
}

/* Returns: (nullable) (transfer none): the spin button of the item's score */
GtkWidget *
sks_evaluation_editor_get_score_input (SksEvaluationEditor *self,
                                       const char          *item_id,
                                       SksScoreSide         side)
{
  ItemRow *row;

  g_return_val_if_fail (SKS_IS_EVALUATION_EDITOR (self), NULL);
  row = find_row (self, item_id);
  return row ? row->inputs[side] : NULL;
}

/* Returns: (nullable): the message shown under the item, or %NULL */
const char *
sks_evaluation_editor_get_score_message (SksEvaluationEditor *self,
                                         const char          *item_id)
{
  ItemRow *row;

  g_return_val_if_fail (SKS_IS_EVALUATION_EDITOR (self), NULL);
  row = find_row (self, item_id);
  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (row->message)))
    return NULL;
  return gtk_label_get_text (row->message);
}

/* Returns: (nullable): the message at the foot of the editor, or %NULL */
const char *
sks_evaluation_editor_get_error (SksEvaluationEditor *self)
{
  g_return_val_if_fail (SKS_IS_EVALUATION_EDITOR (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
