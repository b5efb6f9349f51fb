/* sks-window-history.c — the window's Round History (status changes,
 * imports, deletions of the chosen round) and Preferences (who is working)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-context.h"
#include "sks-history-view.h"
#include "sks-preferences-dialog.h"
#include "sks-window-private.h"

static SksRound *
find_round (SksContext *context,
            gint64      round_id)
{
  GListModel *rounds = sks_context_get_rounds (context);

  for (guint i = 0; round_id != 0 && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      if (sks_round_get_id (round) == round_id)
        return g_steal_pointer (&round);
    }
  return NULL;
}

/* The round chosen in the sidebar, or every round. */
static void
round_history_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  SksContext *context = sks_window_get_context (self);
  g_autoptr(SksRound) round = find_round (context, sks_window_get_round_id (self));
  g_autoptr(GError) error = NULL;
  SksHistoryView *view;
  GtkWindow *window;

  window = sks_history_window_new (GTK_WINDOW (self), _("Round History"), &view);
  if (!sks_history_view_show_round (view, sks_context_get_store (context), round, &error))
    {
      gtk_window_destroy (window);
      sks_window_show_message (self, _("The round history could not be read"), error->message);
      return;
    }
  gtk_window_present (window);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SksContext *context = sks_window_get_context (SKS_WINDOW (widget));
  SksPreferencesDialog *dialog;

  dialog = sks_preferences_dialog_new (GTK_WINDOW (widget), sks_context_get_settings (context));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sks_window_class_add_history_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.round-history", NULL,
                                   round_history_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);
}
