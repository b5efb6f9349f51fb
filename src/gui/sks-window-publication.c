/* sks-window-publication.c — win.start-publication (Start 公示…),
 * win.publication (公示与认定) and win.recognise (认定…) for the round
 * chosen in the sidebar, else the selected application's round
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-publication-panel.h"
#include "sks-recognise-dialog.h"
#include "sks-start-publication-dialog.h"
#include "sks-window-private.h"

static gint64
target_round_id (SksWindow *self)
{
  gint64 round_id = sks_window_get_round_id (self);
  g_autoptr(SksStudioRow) row = NULL;

  if (round_id != 0)
    return round_id;
  row = sks_applications_view_dup_single_selected (sks_window_get_applications_view (self));
  if (row == NULL)
    {
      g_autoptr(GPtrArray) rows = sks_applications_view_dup_selected_rows (
        sks_window_get_applications_view (self), 1);

      if (rows->len > 0)
        return sks_studio_row_get_round_id (g_ptr_array_index (rows, 0));
    }
  return row != NULL ? sks_studio_row_get_round_id (row) : 0;
}

/* The list of S's Publish List is the sidebar's round's: choose it there. */
static void
publish_list (SksWindow *self,
              gint64     round_id)
{
  if (sks_window_get_round_id (self) != round_id)
    sks_scope_list_select (sks_window_get_scope_list (self), round_id, 0);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.publish-list", NULL);
}

static void
started_cb (SksStartPublicationDialog *dialog,
            SksPublication            *publication,
            SksWindow                 *self)
{
  sks_window_reload_document (self);
  if (sks_start_publication_dialog_get_print_after (dialog))
    publish_list (self, sks_publication_get_round_id (publication));
}

/**
 * sks_window_start_publication:
 *
 * Returns: (transfer none) (nullable): the Start 公示 dialog, presented;
 *   %NULL without a round (the banner says so)
 */
GtkWidget *
sks_window_start_publication (SksWindow *self)
{
  GtkWidget *dialog = sks_start_publication_dialog_new (GTK_WINDOW (self),
                                                        sks_window_get_context (self),
                                                        target_round_id (self),
                                                        sks_window_get_recommender_name (self));

  if (dialog == NULL)
    {
      sks_window_show_error (self, _("Choose a round in the sidebar to start its public notice"));
      return NULL;
    }
  g_signal_connect_object (dialog, "started", G_CALLBACK (started_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
panel_changed_cb (SksWindow *self)
{
  sks_window_reload_document (self);
}

static void
panel_publish_cb (SksPublicationPanel *panel,
                  SksWindow           *self)
{
  publish_list (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (panel), "round-id")));
}

/**
 * sks_window_show_publication:
 *
 * Returns: (transfer none) (nullable): the 公示与认定 panel, presented
 */
GtkWidget *
sks_window_show_publication (SksWindow *self)
{
  gint64 round_id = target_round_id (self);
  GtkWidget *panel = sks_publication_panel_new (GTK_WINDOW (self), sks_window_get_context (self),
                                                round_id);

  if (panel == NULL)
    {
      sks_window_show_error (self, _("Choose a round in the sidebar to see its public notice"));
      return NULL;
    }
  g_object_set_data (G_OBJECT (panel), "round-id", GSIZE_TO_POINTER ((gsize) round_id));
  g_signal_connect_object (panel, "changed", G_CALLBACK (panel_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "publish-list", G_CALLBACK (panel_publish_cb), self, 0);
  gtk_window_present (GTK_WINDOW (panel));
  return panel;
}

static void
recognised_cb (SksRecogniseDialog *dialog,
               guint               n_recognised,
               guint               n_removed,
               guint               n_not_selected,
               SksWindow          *self)
{
  g_autofree char *detail = NULL;

  sks_window_reload_document (self);
  /* Translators: what recognition did */
  detail = g_strdup_printf (_("Recognised: %u. Taken off by an upheld objection: %u. "
                              "Decided not selected, now “Not selected”: %u."),
                            n_recognised, n_removed, n_not_selected);
  sks_window_show_message (self, _("The studios are recognised (认定)"), detail);
}

/**
 * sks_window_recognise:
 *
 * Returns: (transfer none) (nullable): the Recognise dialog, presented;
 *   %NULL (the banner says why) when no city 公示 has started
 */
GtkWidget *
sks_window_recognise (SksWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = sks_recognise_dialog_new (GTK_WINDOW (self), sks_window_get_context (self),
                                                target_round_id (self), &error);

  if (dialog == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot recognise the studios: %s"),
                                                  error->message);

      sks_window_show_error (self, message);
      return NULL;
    }
  g_signal_connect_object (dialog, "done", G_CALLBACK (recognised_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
start_publication_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  sks_window_start_publication (SKS_WINDOW (widget));
}

static void
publication_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sks_window_show_publication (SKS_WINDOW (widget));
}

static void
recognise_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sks_window_recognise (SKS_WINDOW (widget));
}

void
sks_window_class_add_publication_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.start-publication", NULL,
                                   start_publication_action);
  gtk_widget_class_install_action (widget_class, "win.publication", NULL, publication_action);
  gtk_widget_class_install_action (widget_class, "win.recognise", NULL, recognise_action);
}
