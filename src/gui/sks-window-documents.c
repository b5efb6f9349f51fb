/* sks-window-documents.c — the document actions of a window: new, open,
 * recent, save as, import and export
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-application.h"
#include "sks-csv.h"
#include "sks-exchange.h"
#include "sks-window-private.h"

#define DOCUMENT_SUFFIX ".skillstudio"

static SksApplication *
get_application (SksWindow *self)
{
  return SKS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static SksStore *
get_store (SksWindow *self)
{
  return sks_context_get_store (sks_window_get_context (self));
}

static void
show_failure (SksWindow    *self,
              const char   *format,
              const GError *error)
{
  g_autofree char *message = g_strdup_printf (format, error->message);

  sks_window_show_error (self, message);
}

/* New, open, recent */

static void
new_document_chosen (SksWindow *self,
                     GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, DOCUMENT_SUFFIX);
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *message = g_strdup_printf (
        _("“%s” exists already. Open it with Open Document, or choose another name."), name);

      sks_window_show_error (self, message);
      return;
    }
  store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    {
      show_failure (self, _("Could not create the document: %s"), error);
      return;
    }
  g_clear_object (&store); /* the new window opens it again, and takes the lock */
  sks_application_open_path (get_application (self), path);
}

static void
new_document_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sks_window_choose_file (SKS_WINDOW (widget), _("New Document"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          _("Applications.skillstudio"), _("Skill Studio documents"),
                          "*" DOCUMENT_SUFFIX, new_document_chosen);
}

static void
open_document_chosen (SksWindow *self,
                      GFile     *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    sks_application_open_path (get_application (self), path);
}

static void
open_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sks_window_choose_file (SKS_WINDOW (widget), _("Open Document"), GTK_FILE_CHOOSER_ACTION_OPEN,
                          NULL, _("Skill Studio documents"), "*" DOCUMENT_SUFFIX,
                          open_document_chosen);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sks_application_open_path (get_application (SKS_WINDOW (widget)),
                             g_variant_get_string (parameter, NULL));
}

/**
 * sks_window_fill_recent_menu:
 *
 * Lists the documents opened lately (GSettings "recent-documents") that
 * still exist, except this window's own.
 */
void
sks_window_fill_recent_menu (SksWindow *self,
                             GMenu     *menu)
{
  GSettings *settings = sks_context_get_settings (sks_window_get_context (self));
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-documents");
  const char *own = sks_context_get_path (sks_window_get_context (self));

  g_menu_remove_all (menu);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (recent[i], own) == 0 || !g_file_test (recent[i], G_FILE_TEST_EXISTS))
        continue;
      label = g_filename_display_basename (recent[i]);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (menu, item);
    }
}

/* Save as: a consistent copy through SQLite's backup API, then the copy is
 * the window's document. */
static void
save_as_chosen (SksWindow *self,
                GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, DOCUMENT_SUFFIX);
  g_autoptr(GError) error = NULL;
  SksApplication *app = get_application (self);

  if (path == NULL)
    return;
  if (g_strcmp0 (path, sks_context_get_path (sks_window_get_context (self))) == 0)
    return;
  if (!sks_store_backup_to (get_store (self), path, &error))
    {
      show_failure (self, _("Could not save the document under the new name: %s"), error);
      return;
    }
  g_object_ref (app);
  gtk_window_destroy (GTK_WINDOW (self));
  sks_application_open_path (app, path);
  g_object_unref (app);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autofree char *name = g_strconcat (sks_context_get_display_name (sks_window_get_context (self)),
                                       DOCUMENT_SUFFIX, NULL);

  sks_window_choose_file (self, _("Save Document As"), GTK_FILE_CHOOSER_ACTION_SAVE, name,
                          _("Skill Studio documents"), "*" DOCUMENT_SUFFIX, save_as_chosen);
}

/* Import and export */

static char *
describe_import (const SksExchangeReport *report)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%u application in the file, ",
                                             "%u applications in the file, ",
                                             report->n_records),
                          report->n_records);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u imported, ", "%u imported, ",
                                             report->n_imported),
                          report->n_imported);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u rejected.", "%u rejected.",
                                             report->n_rejected),
                          report->n_rejected);
  if (report->n_replaced > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u draft replaced by the file’s version.",
                                                 "%u drafts replaced by the file’s version.",
                                                 report->n_replaced),
                              report->n_replaced);
    }
  if (report->n_rounds_created > 0 || report->n_recommenders_created > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("New rounds: %u; new recommending units: %u."),
                              report->n_rounds_created, report->n_recommenders_created);
    }
  for (guint i = 0; report->problems != NULL && i < report->problems->len; i++)
    {
      g_autofree char *line = sks_exchange_problem_to_string (g_ptr_array_index (report->problems,
                                                                                 i));
      g_string_append_printf (text, "\n• %s", line);
    }
  return g_string_free (text, FALSE);
}

/* Imports @path; Replace Drafts runs it again with @flags' replacing set. */
static void
import_path (SksWindow              *self,
             const char             *path,
             SksExchangeImportFlags  flags);

static void
replace_drafts_cb (GtkDialog *dialog,
                   int        response,
                   SksWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");

  if (response == GTK_RESPONSE_ACCEPT)
    import_path (self, path, SKS_EXCHANGE_IMPORT_VALID_ONLY | SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* An updated hand-over from a district before submission: offer to replace
 * the drafts it holds a newer version of. */
static void
offer_replace_drafts (SksWindow  *self,
                      const char *path,
                      guint       n_drafts)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Replace %u Draft With the File’s Version?",
                                                "Replace %u Drafts With the File’s Version?",
                                                n_drafts), n_drafts);
  gtk_message_dialog_format_secondary_text (
    GTK_MESSAGE_DIALOG (dialog), "%s",
    _("The file holds applications that are drafts (填报中) in this document already. Replacing "
      "them keeps every old value in their history; applications submitted since are never "
      "replaced."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Keep the Drafts"), GTK_RESPONSE_CANCEL,
                          _("_Replace"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_drafts_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_path (SksWindow              *self,
             const char             *path,
             SksExchangeImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autofree char *summary = NULL;

  import = sks_exchange_read (path, &error);
  if (import == NULL)
    {
      show_failure (self, _("Could not read the file to import: %s"), error);
      return;
    }
  /* Every valid record goes in, in one transaction; the others are listed. */
  if (!sks_exchange_import_with_flags (get_store (self), import, flags, &report, &error))
    {
      show_failure (self, _("Nothing was imported: %s"), error);
      return;
    }

  summary = describe_import (report);
  sks_window_reload_document (self);
  sks_window_show_message (self, _("Import Finished"), summary);
  if (report->n_replaceable > 0 && !(flags & SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS))
    offer_replace_drafts (self, path, report->n_replaceable);
}

static void
import_chosen (SksWindow *self,
               GFile     *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    import_path (self, path, SKS_EXCHANGE_IMPORT_VALID_ONLY);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sks_window_choose_file (SKS_WINDOW (widget), _("Import Applications"),
                          GTK_FILE_CHOOSER_ACTION_OPEN, NULL, _("Exchange files (JSON)"),
                          "*.json", import_chosen);
}

static void
export_chosen (SksWindow *self,
               GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, ".json");
  g_autoptr(GError) error = NULL;

  if (path != NULL &&
      !sks_exchange_write_file (get_store (self), sks_window_get_round_id (self), path, &error))
    show_failure (self, _("Could not export the applications: %s"), error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sks_window_choose_file (SKS_WINDOW (widget), _("Export Applications"),
                          GTK_FILE_CHOOSER_ACTION_SAVE, _("applications.json"),
                          _("Exchange files (JSON)"), "*.json", export_chosen);
}

static void
export_csv_chosen (SksWindow *self,
                   GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, ".csv");
  g_autoptr(GError) error = NULL;

  /* ID numbers and mobiles stay masked: a CSV travels by mail. */
  if (path != NULL &&
      !sks_csv_write_file (get_store (self), sks_window_get_round_id (self), SKS_CSV_DEFAULT,
                           path, &error))
    show_failure (self, _("Could not export the applications as CSV: %s"), error);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sks_window_choose_file (SKS_WINDOW (widget), _("Export as CSV"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          _("applications.csv"), _("CSV files"), "*.csv", export_csv_chosen);
}

void
sks_window_class_add_document_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-document", NULL, new_document_action);
  gtk_widget_class_install_action (widget_class, "win.open-document", NULL, open_document_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
}
