/* sks-window-dialogs.c — the file chooser and message dialogs of a document window
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-window-private.h"

/**
 * sks_window_dup_path_with_suffix:
 *
 * The chosen file's path ending in @suffix, which the user may have left
 * out; %NULL when the file has no local path.
 */
char *
sks_window_dup_path_with_suffix (GFile      *file,
                                 const char *suffix)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL || g_str_has_suffix (path, suffix))
    return g_steal_pointer (&path);
  return g_strconcat (path, suffix, NULL);
}

typedef struct {
  SksWindow           *window;
  SksWindowFileChosen  callback;
} FileChoice;

static void
file_chosen_cb (GtkNativeDialog *native,
                int              response,
                gpointer         user_data)
{
  FileChoice *choice = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        choice->callback (choice->window, file);
    }
  g_object_unref (choice->window);
  g_free (choice);
  g_object_unref (native);
}

/**
 * sks_window_choose_file:
 * @suggested_name: (nullable): for saving, the name to start with
 * @pattern: (nullable): a glob such as "*.json" for the filter
 *
 * Asks for a file with the desktop's file chooser (GtkFileChooserNative:
 * GtkFileDialog is GTK 4.10) and calls @callback with it.
 */
void
sks_window_choose_file (SksWindow            *self,
                        const char           *title,
                        GtkFileChooserAction  action,
                        const char           *suggested_name,
                        const char           *filter_name,
                        const char           *pattern,
                        SksWindowFileChosen   callback)
{
  GtkFileChooserNative *native;
  FileChoice *choice;

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  if (pattern != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }

  choice = g_new0 (FileChoice, 1);
  choice->window = g_object_ref (self);
  choice->callback = callback;
  g_signal_connect (native, "response", G_CALLBACK (file_chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * sks_window_show_message:
 * @detail: (nullable): more lines, shown scrollable when long
 *
 * A modal message over the window, for results the user reads once (what
 * an import did, where a file went).
 */
void
sks_window_show_message (SksWindow  *self,
                         const char *title,
                         const char *detail)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE, "%s", title);
  if (detail != NULL)
    {
      GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (detail);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_widget_set_size_request (scrolled, 420, -1);
      gtk_box_append (GTK_BOX (area), scrolled);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
