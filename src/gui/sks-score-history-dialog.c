/* sks-score-history-dialog.c — the changes of submitted scores, newest
 * last, one row each: when, who changed it, whose score (reviewer), the
 * candidate, the criterion, the old and the new score and the reason
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-score-history-dialog.h"
#include "sks-store-panel.h"

#define N_COLUMNS 8

struct _SksScoreHistoryDialog
{
  GtkWindow  parent_instance;

  GtkLabel  *scope_label;
  GtkStack  *stack;
  GtkGrid   *grid;
  GtkWidget *close_button;
  guint      n_changes;
};

G_DEFINE_FINAL_TYPE (SksScoreHistoryDialog, sks_score_history_dialog, GTK_TYPE_WINDOW)

static char *
format_time (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = iso ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
  g_autoptr(GDateTime) local = time ? g_date_time_to_local (time) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (iso ? iso : "");
}

static char *
format_points (gint64 points)
{
  /* Translators: a score that was not entered, or was cleared */
  return points == SKS_SCORE_BLANK ? g_strdup (C_("score history", "none"))
                                   : sks_score_format (points);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    wrap,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_widget_add_css_class (label, "score-history-cell");
  return label;
}

static void
fill (SksScoreHistoryDialog *self,
      GPtrArray             *changes)
{
  const char *headings[N_COLUMNS] = {
    C_("score history", "When"), C_("score history", "Who"),
    C_("score history", "Reviewer"), C_("score history", "Studio"),
    C_("score history", "Criterion"), C_("score history", "Old score"),
    C_("score history", "New score"), C_("score history", "Reason"),
  };

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkWidget *label = cell_label (headings[c], FALSE, c == 5 || c == 6 ? 1.0 : 0.0);

      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->grid, label, c, 0, 1, 1);
    }
  for (guint i = 0; i < changes->len; i++)
    {
      const SksScoreChange *change = changes->pdata[i];
      g_autofree char *when = format_time (change->time);
      g_autofree char *old = format_points (change->old_points);
      g_autofree char *new = format_points (change->new_points);
      const char *texts[N_COLUMNS] = { when, change->who, change->reviewer, change->studio,
                                       change->criterion, old, new, change->reason };

      for (guint c = 0; c < N_COLUMNS; c++)
        gtk_grid_attach (self->grid,
                         cell_label (texts[c], c == 3 || c == 4 || c == 7,
                                     c == 5 || c == 6 ? 1.0 : 0.0),
                         c, i + 1, 1, 1);
    }
  self->n_changes = changes->len;
  gtk_stack_set_visible_child_name (self->stack, changes->len > 0 ? "changes" : "empty");
}

static void
sks_score_history_dialog_class_init (SksScoreHistoryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-score-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksScoreHistoryDialog, scope_label);
  gtk_widget_class_bind_template_child (widget_class, SksScoreHistoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SksScoreHistoryDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, SksScoreHistoryDialog, close_button);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sks_score_history_dialog_init (SksScoreHistoryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_score_history_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
GtkWidget *
sks_score_history_dialog_new (GtkWindow  *parent,
                              const char *scope,
                              GPtrArray  *changes)
{
  SksScoreHistoryDialog *self;

  g_return_val_if_fail (changes != NULL, NULL);

  self = g_object_new (SKS_TYPE_SCORE_HISTORY_DIALOG, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  gtk_label_set_label (self->scope_label, scope ? scope : "");
  fill (self, changes);
  /* not the first selectable cell, which would show all its text selected */
  gtk_window_set_focus (GTK_WINDOW (self), self->close_button);
  return GTK_WIDGET (self);
}

guint
sks_score_history_dialog_get_n_changes (SksScoreHistoryDialog *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_HISTORY_DIALOG (self), 0);

  return self->n_changes;
}

const char *
sks_score_history_dialog_get_cell (SksScoreHistoryDialog *self,
                                   guint                  row,
                                   guint                  column)
{
  GtkWidget *child;

  g_return_val_if_fail (SKS_IS_SCORE_HISTORY_DIALOG (self), NULL);

  child = gtk_grid_get_child_at (self->grid, column, row + 1);
  return GTK_IS_LABEL (child) ? gtk_label_get_label (GTK_LABEL (child)) : NULL;
}
