/* sks-studio-editor-history.c — the form's History (变更记录): who changed
 * what in this application, in a window of its own
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-context.h"
#include "sks-history-view.h"
#include "sks-studio-editor-private.h"

/* Saves what is pending first, so that the last edit is listed. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  SksHistoryView *view;
  GtkWindow *window;

  gtk_widget_activate_action (widget, "editor.save", NULL);
  title = g_strdup_printf (_("History of %s"),
                           sks_studio_get_name (self->studio) ?: _("the application"));
  window = sks_history_window_new (GTK_WINDOW (self), title, &view);
  if (!sks_history_view_show_studio (view, sks_context_get_store (self->context),
                                     sks_studio_get_id (self->studio), &error))
    {
      _sks_studio_editor_show_error (self, error->message);
      gtk_window_destroy (window);
      return;
    }
  gtk_window_present (window);
}

void
_sks_studio_editor_history_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.history", NULL, history_action);
}
