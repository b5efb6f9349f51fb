/* sks-window-trash.c — deleting applications from a document window:
 * win.delete (Delete key, the list's context menu, the main menu) moves
 * the selected drafts to the trash after a confirmation naming each studio
 * and master; win.show-trash opens the trash (回收站)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-deletion.h"
#include "sks-trash-view.h"
#include "sks-window-private.h"

/* How many applications a confirmation names before "and N more". */
#define MAX_NAMED 5

static gboolean
rows_may_be_deleted (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    if (!sks_status_may_be_deleted (sks_studio_row_get_status (g_ptr_array_index (rows, i))))
      return FALSE;
  return rows->len > 0;
}

void
sks_window_update_trash_actions (SksWindow *self,
                                 gboolean   writable)
{
  g_autoptr(GPtrArray) rows = NULL;

  if (writable)
    rows = sks_applications_view_dup_selected_rows (sks_window_get_applications_view (self), 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete",
                                 rows != NULL && rows_may_be_deleted (rows));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-trash",
                                 sks_window_get_context (self) != NULL);
}

/**
 * sks_trash_dup_names:
 * @names: (element-type utf8): "studio", "master" pairs
 *
 * What a confirmation names: a line per application, "studio (master)",
 * the first @max_named of them, then "and N more".
 */
char *
sks_trash_dup_names (GPtrArray *names,
                     guint      max_named)
{
  GString *text = g_string_new (NULL);
  guint n = names->len / 2;

  for (guint i = 0; i < n && i < max_named; i++)
    {
      const char *studio = g_ptr_array_index (names, 2 * i);
      const char *master = g_ptr_array_index (names, 2 * i + 1);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a studio and its master in a confirmation */
      g_string_append_printf (text, _("%s (%s)"), studio && *studio ? studio : _("(no name)"),
                              master && *master ? master : _("(no master)"));
    }
  if (n > max_named)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                 n - max_named), n - max_named);
    }
  return g_string_free (text, FALSE);
}

static void
delete_rows (SksWindow *self,
             GArray    *ids,
             guint      first_position)
{
  SksContext *context = sks_window_get_context (self);
  g_autoptr(GError) error = NULL;

  if (!sks_store_delete_studios (sks_context_get_store (context), (gint64 *) ids->data, ids->len,
                                 &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete: %s"), error->message);
      sks_window_show_error (self, message);
      return;
    }
  for (guint i = 0; i < ids->len; i++)
    sks_context_studio_saved (context, g_array_index (ids, gint64, i));
  /* The next application moves up to where the first deleted one was. */
  sks_applications_view_select_position (sks_window_get_applications_view (self),
                                         first_position);
}

static void
confirm_delete_cb (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  SksWindow *self = SKS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  if (response == GTK_RESPONSE_ACCEPT)
    delete_rows (self, g_object_get_data (G_OBJECT (dialog), "ids"),
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "position")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWidget *
build_confirmation (SksWindow *self,
                    GPtrArray *rows)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *named = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *dialog, *button;

  for (guint i = 0; i < rows->len; i++)
    {
      g_ptr_array_add (names, (gpointer) sks_studio_row_get_name (g_ptr_array_index (rows, i)));
      g_ptr_array_add (names,
                       (gpointer) sks_studio_row_get_master_name (g_ptr_array_index (rows, i)));
    }
  named = sks_trash_dup_names (names, MAX_NAMED);
  detail = g_strconcat (named, "\n\n",
                        _("Deleted applications go to the trash (回收站), where they can be "
                          "restored until the trash is emptied."), NULL);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Delete %u application?",
                                                "Delete %u applications?", rows->len),
                                   rows->len);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  return dialog;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  SksApplicationsView *view = sks_window_get_applications_view (self);
  g_autoptr(GPtrArray) rows = sks_applications_view_dup_selected_rows (view, 0);
  GArray *ids;
  GtkWidget *dialog;

  if (!rows_may_be_deleted (rows))
    return;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = sks_studio_row_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  dialog = build_confirmation (self, rows);
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "position",
                     GUINT_TO_POINTER (sks_applications_view_get_first_selected (view)));
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_delete_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* One trash window per document window. */
GtkWindow *
sks_window_show_trash (SksWindow *self)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (self), "sks-trash-view");
  g_autoptr(GtkWindow) view = ref != NULL ? g_weak_ref_get (ref) : NULL;

  if (view == NULL)
    {
      view = g_object_ref (GTK_WINDOW (sks_trash_view_new (GTK_WINDOW (self),
                                                           sks_window_get_context (self))));
      if (ref == NULL)
        {
          ref = g_new0 (GWeakRef, 1);
          g_object_set_data_full (G_OBJECT (self), "sks-trash-view", ref, free_weak_ref);
        }
      g_weak_ref_set (ref, view);
    }
  gtk_window_present (view);
  return view;
}

static void
show_trash_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sks_window_show_trash (SKS_WINDOW (widget));
}

void
sks_window_class_add_trash_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.show-trash", NULL, show_trash_action);
}

/* The list's context menu */

static void
unparent_menu_cb (GtkWidget *view,
                  GtkWidget *popover)
{
  gtk_widget_unparent (popover);
}

static void
context_menu_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *popover = g_object_get_data (G_OBJECT (view), "sks-context-menu");
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  if (popover == NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Open"), "win.open-application");
      g_menu_append (menu, _("_Delete…"), "win.delete");
      popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_widget_set_parent (popover, view);
      gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
      gtk_widget_set_halign (popover, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (view), "sks-context-menu", popover);
      g_signal_connect (view, "destroy", G_CALLBACK (unparent_menu_cb), popover);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* The Delete key on the list (not in the search entry, where it edits) and
 * a context menu on its rows. */
void
sks_window_setup_trash (SksWindow *self,
                        GtkWidget *column_view)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                   gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                      gtk_named_action_new ("win.delete")));
  gtk_widget_add_controller (column_view, shortcuts);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (context_menu_cb), self);
  gtk_widget_add_controller (column_view, GTK_EVENT_CONTROLLER (click));
}
