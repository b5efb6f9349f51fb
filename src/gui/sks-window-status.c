/* sks-window-status.c — Set Status (win.set-status): the steps of the notices' procedure
 *   for the selected applications, asking first for those that cannot be undone
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-applications-view.h"
#include "sks-enums.h"
#include "sks-status-flow.h"
#include "sks-studio-complete.h"
#include "sks-window-private.h"

static void
set_status (SksWindow *self,
            SksStatus  to,
            GArray    *ids)
{
  SksStore *store = sks_context_get_store (sks_window_get_context (self));

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, &error);

      /* An incomplete application takes no step but back to the unit or 撤回. */
      if (studio != NULL && sks_status_flow_allows (sks_studio_get_status (studio), to) &&
          sks_studio_check_step (studio, to, &error))
        {
          sks_studio_set_status (studio, to);
          sks_store_save_studio (store, studio, &error);
        }
      if (error != NULL)
        {
          g_autofree char *message = g_strdup_printf (
            _("Could not change the status of “%s”: %s"),
            studio != NULL ? sks_studio_get_name (studio) : "", error->message);
          sks_window_show_error (self, message);
        }
      sks_context_studio_saved (sks_window_get_context (self), id);
    }
  sks_applications_view_select_ids (sks_window_get_applications_view (self), ids);
}

static void
confirm_status_cb (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  SksWindow *self = SKS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  if (response == GTK_RESPONSE_ACCEPT)
    set_status (self, GPOINTER_TO_INT (user_data), g_object_get_data (G_OBJECT (dialog), "ids"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  const char *nick = g_variant_get_string (parameter, NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SKS_TYPE_STATUS);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, nick);
  GtkWidget *dialog;
  SksApplicationsView *view = sks_window_get_applications_view (self);
  guint n_selected = sks_applications_view_get_n_selected (view);
  g_autoptr(GArray) ids = NULL;
  g_autofree char *names = NULL;
  g_autofree char *detail = NULL;

  if (value == NULL || !sks_applications_view_selection_allows (view, value->value))
    return;
  ids = sks_applications_view_dup_selected_ids (view);
  if (!sks_status_flow_is_irreversible (value->value))
    {
      set_status (self, value->value, ids);
      return;
    }

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Set %u application to “%s”?",
                                                "Set %u applications to “%s”?", n_selected),
                                   n_selected, sks_enum_get_label (SKS_TYPE_STATUS, value->value));
  names = sks_status_flow_dup_names (sks_context_get_studios (sks_window_get_context (self)), ids,
                                     8);
  detail = g_strconcat (names, "\n\n", _("This step of the procedure cannot be undone."), NULL);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  g_object_set_data_full (G_OBJECT (dialog), "ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_array_unref);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Set Status"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_status_cb),
                    GINT_TO_POINTER (value->value));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sks_window_class_add_status_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.set-status", "s", set_status_action);
}
