/* sks-window-review.c — the window's review views: the reviewers' workspace
 * (评审: findings and panel scoring) and the side-by-side comparison (比较),
 * with the actions that lead to them (win.compare, win.import-scores,
 * win.print-score-sheets)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sks-compare-view.h"
#include "sks-review-workspace.h"
#include "sks-window-private.h"

/* The comparison's room: more columns would not be legible at 1366×768. */
#define COMPARE_MAX 4

static SksReviewWorkspace *
get_workspace (SksWindow *self)
{
  GtkWidget *page = sks_window_get_view (self, "review");

  return page ? SKS_REVIEW_WORKSPACE (page) : NULL;
}

static SksCompareView *
get_compare_view (SksWindow *self)
{
  GtkWidget *page = sks_window_get_view (self, "compare");

  return page ? SKS_COMPARE_VIEW (page) : NULL;
}

/**
 * sks_window_compare_studios:
 * @ids: (element-type gint64): the applications to compare, 2 to 4
 *
 * Shows the comparison of @ids. More than four compare the first four and
 * say so; a refusal (fewer than two, another round) is shown in the banner.
 *
 * Returns: whether the comparison shows @ids
 */
gboolean
sks_window_compare_studios (SksWindow *self,
                            GArray    *ids)
{
  SksCompareView *view = get_compare_view (self);
  g_autoptr(GError) error = NULL;
  guint n;

  g_return_val_if_fail (SKS_IS_WINDOW (self), FALSE);

  if (view == NULL || ids == NULL)
    return FALSE;
  n = MIN (ids->len, COMPARE_MAX);
  if (!sks_compare_view_set_studios (view, (const gint64 *) ids->data, n, &error))
    {
      sks_window_show_error (self, error->message);
      return FALSE;
    }
  sks_window_show_view (self, "compare");
  if (ids->len > COMPARE_MAX)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u applications were selected; the comparison shows the first %u.",
                                      "%u applications were selected; the comparison shows the first %u.",
                                      ids->len),
                         ids->len, (guint) COMPARE_MAX);
      sks_window_show_error (self, message);
    }
  return TRUE;
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autoptr(GArray) ids =
    sks_applications_view_dup_selected_ids (sks_window_get_applications_view (self));

  sks_window_compare_studios (self, ids);
}

/* The scoring page of the workspace, shown, for the actions of its own. */
static SksScoreEntryView *
show_scores (SksWindow *self)
{
  SksReviewWorkspace *workspace = get_workspace (self);

  if (workspace == NULL)
    return NULL;
  sks_window_show_view (self, "review");
  sks_review_workspace_show_page (workspace, "scores");
  return sks_review_workspace_get_score_view (workspace);
}

static void
import_scores_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SksScoreEntryView *scores = show_scores (SKS_WINDOW (widget));

  if (scores != NULL)
    gtk_widget_activate_action (GTK_WIDGET (scores), "scores.import", NULL);
}

static void
print_score_sheets_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SksScoreEntryView *scores = show_scores (SKS_WINDOW (widget));

  if (scores != NULL)
    gtk_widget_activate_action (GTK_WIDGET (scores), "scores.print-blank-sheets", NULL);
}

/* A score changed: the comparison's score rows follow. */
static void
scores_changed_cb (SksWindow *self)
{
  SksCompareView *view = get_compare_view (self);

  if (view != NULL)
    sks_compare_view_reload (view);
}

/**
 * sks_window_review_scope_changed:
 *
 * The sidebar chose a round (and maybe a unit): the workspace follows it.
 * "All rounds" leaves the workspace on the round it shows, since it serves
 * one round at a time.
 */
void
sks_window_review_scope_changed (SksWindow *self,
                                 gint64     round_id,
                                 gint64     recommender_id)
{
  SksReviewWorkspace *workspace = get_workspace (self);

  if (workspace != NULL && round_id != 0)
    sks_review_workspace_set_scope (workspace, round_id, recommender_id);
}

/**
 * sks_window_setup_review:
 *
 * Adds the review workspace and the comparison to the window's views; called
 * once the window has its document.
 */
void
sks_window_setup_review (SksWindow *self)
{
  SksContext *context = sks_window_get_context (self);
  GtkWidget *workspace = sks_review_workspace_new (context);
  GtkWidget *compare = sks_compare_view_new (context);

  /* TRANSLATORS: the view of the main window where reviewers record
   * findings and score candidates */
  sks_window_add_view (self, workspace, "review", C_("view", "Review"));
  /* TRANSLATORS: the view of the main window that compares candidates */
  sks_window_add_view (self, compare, "compare", C_("view", "Compare"));

  g_signal_connect_object (sks_review_workspace_get_score_view (SKS_REVIEW_WORKSPACE (workspace)),
                           "scores-changed", G_CALLBACK (scores_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

void
sks_window_update_review_actions (SksWindow *self,
                                  guint      n_selected,
                                  gboolean   writable)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", n_selected >= 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-scores", writable);
}

void
sks_window_class_add_review_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.import-scores", NULL, import_scores_action);
  gtk_widget_class_install_action (widget_class, "win.print-score-sheets", NULL,
                                   print_score_sheets_action);
}
