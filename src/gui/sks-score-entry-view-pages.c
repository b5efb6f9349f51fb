/* sks-score-entry-view-pages.c — the scoring view's other pages: the
 * round's scoring sheet (评分表, editable until the first score) with the
 * aggregation method, and the results per candidate
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-enums.h"
#include "sks-score-entry-view-private.h"

/* One criterion's inputs on the sheet page; the widgets are kept while
 * the grid is laid out again. */
typedef struct {
  GtkWidget *key;
  GtkWidget *title;
  GtkWidget *max;
  GtkWidget *guidance;
  GtkWidget *remove;
  gboolean   removed;
} SheetRow;

static void
sheet_row_free (gpointer data)
{
  SheetRow *row = data;

  g_clear_object (&row->key);
  g_clear_object (&row->title);
  g_clear_object (&row->max);
  g_clear_object (&row->guidance);
  g_clear_object (&row->remove);
  g_free (row);
}

static GtkWidget *
sheet_entry (const char *text,
             int         width,
             gboolean    editable)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_editable (GTK_EDITABLE (entry), editable);
  return g_object_ref_sink (entry);
}

static void layout_sheet (SksScoreEntryView *self);

static void
remove_clicked_cb (GtkButton         *button,
                   SksScoreEntryView *self)
{
  for (guint i = 0; i < self->sheet_rows->len; i++)
    {
      SheetRow *row = g_ptr_array_index (self->sheet_rows, i);

      if (row->remove == GTK_WIDGET (button))
        row->removed = TRUE;
    }
  layout_sheet (self);
}

static SheetRow *
add_sheet_row (SksScoreEntryView *self,
               SksScoreCriterion *criterion)
{
  gboolean editable = _sks_score_entry_view_writable (self) && !self->has_scores;
  SheetRow *row = g_new0 (SheetRow, 1);
  g_autofree char *max = criterion
                         ? sks_score_format (sks_score_criterion_get_max_points (criterion))
                         : NULL;

  row->key = sheet_entry (criterion ? sks_score_criterion_get_key (criterion) : NULL, 10,
                          editable);
  /* 12 Chinese characters, each two columns wide */
  row->title = sheet_entry (criterion ? sks_score_criterion_get_title (criterion) : NULL, 26,
                            editable);
  row->max = sheet_entry (max, 6, editable);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (row->max), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (row->max), 1.0);
  row->guidance = sheet_entry (criterion ? sks_score_criterion_get_guidance (criterion) : NULL,
                               50, editable);
  gtk_widget_set_hexpand (row->guidance, TRUE);
  /* a long guidance runs past the entry: the whole text on hover */
  if (criterion != NULL)
    gtk_widget_set_tooltip_text (row->guidance, sks_score_criterion_get_guidance (criterion));
  row->remove = g_object_ref_sink (gtk_button_new_from_icon_name ("list-remove-symbolic"));
  gtk_widget_set_tooltip_text (row->remove, _("Remove this criterion"));
  gtk_widget_set_sensitive (row->remove, editable);
  g_signal_connect_object (row->remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  g_ptr_array_add (self->sheet_rows, row);
  return row;
}

static gint64
sheet_total (SksScoreEntryView *self)
{
  gint64 total = 0;

  for (guint i = 0; i < self->sheet_rows->len; i++)
    {
      SheetRow *row = g_ptr_array_index (self->sheet_rows, i);
      gint64 max;

      if (!row->removed && sks_score_parse (gtk_editable_get_text (GTK_EDITABLE (row->max)),
                                            &max))
        total += max;
    }
  return total;
}

static void
update_sheet_label (SksScoreEntryView *self)
{
  g_autofree char *total = sks_score_format (sheet_total (self));
  g_autofree char *text = g_strdup_printf (_("The round’s scoring sheet: %s points in all"),
                                           total);

  gtk_label_set_label (self->sheet_label, text);
}

static void
layout_sheet (SksScoreEntryView *self)
{
  const char *headings[] = {
    C_("scoring sheet column", "Key"), C_("scoring sheet column", "Criterion"),
    C_("scoring sheet column", "Maximum"), C_("scoring sheet column", "Guidance"),
  };
  guint line = 1;

  _sks_score_entry_view_clear_grid (self->sheet_grid);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      GtkWidget *label = _sks_score_entry_view_cell_label (headings[i], i == 2 ? 1.0 : 0);

      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->sheet_grid, label, i, 0, 1, 1);
    }
  for (guint i = 0; i < self->sheet_rows->len; i++)
    {
      SheetRow *row = g_ptr_array_index (self->sheet_rows, i);

      if (row->removed)
        continue;
      gtk_grid_attach (self->sheet_grid, row->key, 0, line, 1, 1);
      gtk_grid_attach (self->sheet_grid, row->title, 1, line, 1, 1);
      gtk_grid_attach (self->sheet_grid, row->max, 2, line, 1, 1);
      gtk_grid_attach (self->sheet_grid, row->guidance, 3, line, 1, 1);
      gtk_grid_attach (self->sheet_grid, row->remove, 4, line, 1, 1);
      line++;
    }
  update_sheet_label (self);
}

static void
max_changed_cb (SksScoreEntryView *self)
{
  update_sheet_label (self);
}

void
_sks_score_entry_view_build_sheet (SksScoreEntryView *self)
{
  guint n = self->criteria ? g_list_model_get_n_items (self->criteria) : 0;

  g_clear_pointer (&self->sheet_rows, g_ptr_array_unref);
  self->sheet_rows = g_ptr_array_new_with_free_func (sheet_row_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (self->criteria, i);
      SheetRow *row = add_sheet_row (self, criterion);

      g_signal_connect_object (row->max, "changed", G_CALLBACK (max_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_label_set_label (self->sheet_lock_label,
                       self->has_scores
                       ? _("Fixed: scores have been entered in this round, so its sheet can no "
                           "longer change. The notices set conditions but no scoring sheet; this "
                           "one is the bureau’s choice, built on the notice’s conditions.")
                       : _("Editable until the first score of the round is entered. The notices "
                           "set conditions but no scoring sheet; this one is the bureau’s choice, "
                           "built on the notice’s conditions."));
  layout_sheet (self);
  _sks_score_entry_view_update_actions (self);
}

void
_sks_score_entry_view_add_criterion (SksScoreEntryView *self)
{
  SheetRow *row = add_sheet_row (self, NULL);

  g_signal_connect_object (row->max, "changed", G_CALLBACK (max_changed_cb), self,
                           G_CONNECT_SWAPPED);
  layout_sheet (self);
  gtk_widget_grab_focus (row->key);
}

/* Returns: (transfer full) (nullable): the criteria typed, or NULL with
 * @message saying which criterion and field to fix */
static GPtrArray *
collect_sheet (SksScoreEntryView  *self,
               char              **message)
{
  g_autoptr(GPtrArray) criteria = g_ptr_array_new_with_free_func (g_object_unref);
  guint number = 0;

  for (guint i = 0; i < self->sheet_rows->len; i++)
    {
      SheetRow *row = g_ptr_array_index (self->sheet_rows, i);
      const char *key = gtk_editable_get_text (GTK_EDITABLE (row->key));
      const char *title = gtk_editable_get_text (GTK_EDITABLE (row->title));
      const char *max_text = gtk_editable_get_text (GTK_EDITABLE (row->max));
      gint64 max;

      if (row->removed)
        continue;
      number++;
      if (!sks_score_parse (max_text, &max) || max <= 0)
        {
          *message = g_strdup_printf (_("Criterion %u, Maximum: “%s” is not a number of points "
                                        "above 0."), number, max_text);
          return NULL;
        }
      g_ptr_array_add (criteria, sks_score_criterion_new (
        key, title, max, gtk_editable_get_text (GTK_EDITABLE (row->guidance))));
    }
  return g_steal_pointer (&criteria);
}

void
_sks_score_entry_view_save_sheet (SksScoreEntryView *self)
{
  g_autofree char *message = NULL;
  g_autoptr(GPtrArray) criteria = collect_sheet (self, &message);
  g_autoptr(GError) error = NULL;

  if (criteria == NULL)
    {
      _sks_score_entry_view_show_message (self, message);
      return;
    }
  if (!sks_store_set_score_sheet (sks_context_get_store (self->context), self->round_id,
                                  criteria, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The scoring sheet was not saved: %s"),
                                               error->message);

      _sks_score_entry_view_show_message (self, text);
      return;
    }
  _sks_score_entry_view_reload_panel (self);
  g_signal_emit_by_name (self, "scores-changed");
}

/* The aggregation method */

void
_sks_score_entry_view_fill_methods (SksScoreEntryView *self)
{
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  static const SksScoreMethod order[] = {
    SKS_SCORE_METHOD_MEAN, SKS_SCORE_METHOD_TRIMMED_MEAN, SKS_SCORE_METHOD_MEDIAN,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    gtk_string_list_append (methods, sks_enum_get_label (SKS_TYPE_SCORE_METHOD, order[i]));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->method_dropdown, G_LIST_MODEL (methods));
  gtk_drop_down_set_selected (self->method_dropdown, _sks_score_entry_view_get_method (self));
  self->filling = FALSE;
}

void
_sks_score_entry_view_method_selected_cb (SksScoreEntryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->method_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->filling || self->round_id <= 0 || selected > SKS_SCORE_METHOD_MEDIAN)
    return;
  if (!sks_store_set_score_method (sks_context_get_store (self->context), self->round_id,
                                   (SksScoreMethod) selected, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The aggregation method was not saved: %s"),
                                               error->message);

      _sks_score_entry_view_show_message (self, text);
      return;
    }
  self->results_dirty = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
    _sks_score_entry_view_build_results (self);
  g_signal_emit_by_name (self, "scores-changed");
}

/* Results */

static GtkWidget *
number_label (gint64 value)
{
  g_autofree char *text = sks_score_format (value);

  return _sks_score_entry_view_cell_label (text, 1.0);
}

static void
add_results_header (SksScoreEntryView *self,
                    guint              n_members)
{
  const char *tail[] = {
    C_("scores column", "Score"), C_("scores column", "Mean"),
    C_("scores column", "Trimmed mean"), C_("scores column", "Median"),
    C_("scores column", "SD"), C_("scores column", "Range"), C_("scores column", "Count"),
    C_("scores column", "Method used"), C_("scores column", "Discussion"),
  };
  guint col = 0;

  gtk_grid_attach (self->results_grid,
                   _sks_score_entry_view_cell_label (C_("scores column", "Candidate"), 0),
                   col++, 0, 1, 1);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (self->members, i);

      gtk_grid_attach (self->results_grid,
                       _sks_score_entry_view_cell_label (sks_panel_member_get_name (member), 1.0),
                       col++, 0, 1, 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tail); i++)
    gtk_grid_attach (self->results_grid,
                     _sks_score_entry_view_cell_label (tail[i], i < 7 ? 1.0 : 0), col++, 0, 1, 1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->results_grid));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_add_css_class (child, "heading");
}

/* A reviewer's total; one that does not count is greyed, marked † and
 * explained in @notes. */
static GtkWidget *
reviewer_label (SksScoreResult         *result,
                const SksReviewerScore *score,
                GString                *notes)
{
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (score == NULL || score->state == SKS_REVIEWER_SCORE_NONE)
    return _sks_score_entry_view_cell_label ("—", 1.0);
  total = sks_score_format (score->total);
  if (score->state == SKS_REVIEWER_SCORE_COUNTS)
    return _sks_score_entry_view_cell_label (total, 1.0);
  text = g_strdup_printf ("%s †", total);
  label = _sks_score_entry_view_cell_label (text, 1.0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (label, score->reason);
  /* TRANSLATORS: a note under the results: reviewer, candidate, why the total does not count */
  g_string_append_printf (notes, _("† %s, %s: %s (not counted)\n"), score->reviewer,
                          sks_score_result_get_studio_name (result),
                          score->reason ? score->reason : "");
  return label;
}

static void
add_result_row (SksScoreEntryView *self,
                SksScoreResult    *result,
                guint              line,
                guint              n_members,
                GString           *notes)
{
  const SksAggregate *aggregate = sks_score_result_get_aggregate (result);
  g_autofree char *method = sks_aggregate_describe_method (aggregate);
  const gint64 values[] = {
    aggregate->score, aggregate->mean, aggregate->trimmed_mean, aggregate->median,
    aggregate->sd, aggregate->range,
  };
  g_autofree char *count = g_strdup_printf ("%u", aggregate->count);
  guint col = 0;

  gtk_grid_attach (self->results_grid,
                   _sks_score_entry_view_cell_label (sks_score_result_get_studio_name (result), 0),
                   col++, line, 1, 1);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (self->members, i);
      const SksReviewerScore *score =
        sks_score_result_find_reviewer (result, sks_panel_member_get_id (member));

      gtk_grid_attach (self->results_grid, reviewer_label (result, score, notes), col++, line,
                       1, 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    gtk_grid_attach (self->results_grid,
                     aggregate->count > 0 ? number_label (values[i])
                                          : _sks_score_entry_view_cell_label ("—", 1.0),
                     col++, line, 1, 1);
  gtk_grid_attach (self->results_grid, _sks_score_entry_view_cell_label (count, 1.0), col++, line,
                   1, 1);
  gtk_grid_attach (self->results_grid,
                   _sks_score_entry_view_cell_label (aggregate->count > 0 ? method : "—", 0),
                   col++, line, 1, 1);
  if (aggregate->disagreement)
    {
      GtkWidget *flag = _sks_score_entry_view_cell_label (_("Reviewers disagree"), 0);

      gtk_widget_add_css_class (flag, "error");
      gtk_grid_attach (self->results_grid, flag, col, line, 1, 1);
    }
}

static void
update_results_label (SksScoreEntryView *self,
                      guint              n_candidates,
                      guint              n_members)
{
  SksScoreThresholds thresholds;
  g_autofree char *range = NULL;
  g_autofree char *sd = NULL;
  g_autofree char *text = NULL;

  _sks_score_entry_view_get_thresholds (self, &thresholds);
  range = sks_score_format (thresholds.range);
  sd = sks_score_format (thresholds.sd);
  text = g_strdup_printf (_("%u candidates, %u reviewers; aggregated by %s. Flagged for "
                            "discussion when the range of the totals is above %s or their "
                            "standard deviation above %s points."),
                          n_candidates, n_members,
                          sks_enum_get_label (SKS_TYPE_SCORE_METHOD,
                                              _sks_score_entry_view_get_method (self)),
                          range, sd);
  gtk_label_set_label (self->results_label, text);
}

void
_sks_score_entry_view_build_results (SksScoreEntryView *self)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  SksScoreThresholds thresholds;
  guint n_members = self->members ? g_list_model_get_n_items (self->members) : 0;
  guint n;

  self->results_dirty = FALSE;
  _sks_score_entry_view_clear_grid (self->results_grid);
  gtk_label_set_label (self->results_notes_label, "");
  if (self->panel == NULL)
    {
      gtk_label_set_label (self->results_label, _("No panel chosen."));
      return;
    }
  _sks_score_entry_view_get_thresholds (self, &thresholds);
  results = sks_store_list_score_results (sks_context_get_store (self->context), self->panel,
                                          _sks_score_entry_view_get_method (self), &thresholds,
                                          &error);
  if (results == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not compute the results: %s"),
                                               error->message);

      gtk_label_set_label (self->results_label, text);
      return;
    }
  n = g_list_model_get_n_items (results);
  add_results_header (self, n_members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksScoreResult) result = g_list_model_get_item (results, i);

      add_result_row (self, result, i + 1, n_members, notes);
    }
  update_results_label (self, n, n_members);
  gtk_label_set_label (self->results_notes_label, notes->str);
}
