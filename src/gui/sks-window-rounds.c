/* sks-window-rounds.c — the window's New Round, New Application and Round Overview actions
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-applications-view.h"
#include "sks-new-application-dialog.h"
#include "sks-new-round-dialog.h"
#include "sks-round-overview.h"
#include "sks-scope-list.h"
#include "sks-studio-editor.h"
#include "sks-window-private.h"

/* New Round */

static void
round_created_cb (SksNewRoundDialog *dialog,
                  gint64             round_id,
                  SksWindow         *self)
{
  SksScopeList *scope_list = sks_window_get_scope_list (self);

  sks_window_reload_document (self);
  sks_scope_list_refresh (scope_list);
  sks_scope_list_select (scope_list, round_id, 0);
}

/**
 * sks_window_new_round:
 *
 * Presents the New Round dialog; a round made there is chosen in the
 * sidebar.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
sks_window_new_round (SksWindow *self)
{
  SksNewRoundDialog *dialog = sks_new_round_dialog_new (GTK_WINDOW (self),
                                                        sks_window_get_context (self));

  g_signal_connect_object (dialog, "created", G_CALLBACK (round_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
new_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sks_window_new_round (SKS_WINDOW (widget));
}

/* New Application */

/**
 * sks_window_open_new_application:
 *
 * Opens the form on a new application of @round_id and @recommender_id;
 * nothing is saved until something is typed into it.
 *
 * Returns: (transfer none): the editor
 */
GtkWindow *
sks_window_open_new_application (SksWindow *self,
                                 gint64     round_id,
                                 gint64     recommender_id)
{
  GtkWidget *editor = sks_studio_editor_new_application (GTK_WINDOW (self),
                                                        sks_window_get_context (self),
                                                        round_id, recommender_id);

  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
chosen_cb (SksNewApplicationDialog *dialog,
           gint64                   round_id,
           gint64                   recommender_id,
           SksWindow               *self)
{
  sks_window_open_new_application (self, round_id, recommender_id);
}

static void
new_application_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  SksContext *context = sks_window_get_context (self);
  SksScopeList *scope_list = sks_window_get_scope_list (self);
  SksNewApplicationDialog *dialog;

  /* Without a round there is nothing to file it under: start one first. */
  if (g_list_model_get_n_items (sks_context_get_rounds (context)) == 0)
    {
      sks_window_new_round (self);
      return;
    }
  dialog = sks_new_application_dialog_new (GTK_WINDOW (self), context,
                                           sks_scope_list_get_round_id (scope_list),
                                           sks_scope_list_get_recommender_id (scope_list));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The round the overview is about: the sidebar's, else the selected
 * application's, else 0 (the overview takes the latest). */
static gint64
overview_round_id (SksWindow *self)
{
  gint64 round_id = sks_window_get_round_id (self);
  g_autoptr(SksStudioRow) row = NULL;

  if (round_id != 0)
    return round_id;
  row = sks_applications_view_dup_single_selected (sks_window_get_applications_view (self));
  return row != NULL ? sks_studio_row_get_round_id (row) : 0;
}

static void
overview_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  GtkWidget *overview = sks_round_overview_new (GTK_WINDOW (self), sks_window_get_context (self),
                                                overview_round_id (self));

  if (overview == NULL)
    sks_window_show_error (self, _("This document has no programme round yet."));
  else
    gtk_window_present (GTK_WINDOW (overview));
}

void
sks_window_class_add_round_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.overview", NULL, overview_action);
  gtk_widget_class_install_action (widget_class, "win.new-round", NULL, new_round_action);
  gtk_widget_class_install_action (widget_class, "win.new-application", NULL,
                                   new_application_action);
}
