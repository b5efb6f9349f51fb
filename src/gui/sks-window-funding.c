/* sks-window-funding.c — win.funding-report: the funding report of the
 * round chosen in the sidebar (else of the selected application's round,
 * else of the latest round)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-funding-dialog.h"
#include "sks-window-private.h"

static gint64
latest_round_id (SksWindow *self)
{
  SksStore *store = sks_context_get_store (sks_window_get_context (self));
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, NULL);
  gint64 id = 0, year = G_MININT64;

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_year (round) >= year)
        {
          year = sks_round_get_year (round);
          id = sks_round_get_id (round);
        }
    }
  return id;
}

static gint64
funding_round_id (SksWindow *self)
{
  gint64 round_id = sks_window_get_round_id (self);
  g_autoptr(SksStudioRow) row = NULL;

  if (round_id != 0)
    return round_id;
  row = sks_applications_view_dup_single_selected (sks_window_get_applications_view (self));
  return row != NULL ? sks_studio_row_get_round_id (row) : latest_round_id (self);
}

/**
 * sks_window_show_funding_report:
 *
 * Returns: (transfer none) (nullable): the report's window, shown; NULL
 *   when there is no round (the banner says why)
 */
GtkWindow *
sks_window_show_funding_report (SksWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = sks_funding_dialog_new (GTK_WINDOW (self), sks_window_get_context (self),
                                              funding_round_id (self), &error);

  if (dialog == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not prepare the funding report: %s"), error->message);

      sks_window_show_error (self, message);
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
funding_report_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sks_window_show_funding_report (SKS_WINDOW (widget));
}

void
sks_window_class_add_funding_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.funding-report", NULL,
                                   funding_report_action);
}
