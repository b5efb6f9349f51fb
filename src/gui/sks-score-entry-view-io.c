/* sks-score-entry-view-io.c — the scoring view's paper and files: every
 * reviewer's blank score sheet in one print job or PDF (each sheet numbered
 * from 1), and the scores CSV import
 * (all or nothing, every problem listed)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-print-annex.h"
#include "sks-print-operation.h"
#include "sks-print-score-sheet.h"
#include "sks-score-entry-view-private.h"
#include "sks-scores-csv.h"

static GtkWindow *
get_window (SksScoreEntryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Returns: (transfer full) (nullable): every member's blank score sheet,
 *   one after the other, each with its own page numbers */
SksPrintDoc *
_sks_score_entry_view_dup_blank_sheets (SksScoreEntryView  *self,
                                        GError            **error)
{
  if (self->panel == NULL)
    return NULL;
  return sks_print_score_sheets_doc_from_store (sks_context_get_store (self->context),
                                                self->panel, error);
}

void
_sks_score_entry_view_print_blank_sheets (SksScoreEntryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintOperation) operation = NULL;

  if (self->panel == NULL)
    return;
  doc = _sks_score_entry_view_dup_blank_sheets (self, &error);
  if (doc == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not prepare the blank score sheets: %s"),
                                               error ? error->message : _("the panel has no members"));

      _sks_score_entry_view_show_message (self, text);
      return;
    }
  operation = sks_print_operation_new (doc);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, get_window (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *text = g_strdup_printf (_("Could not print: %s"), error->message);

      _sks_score_entry_view_show_message (self, text);
    }
}

/**
 * sks_score_entry_view_export_blank_sheets:
 * @file: the PDF to write
 *
 * Writes every reviewer's blank score sheet of the panel shown into @file.
 *
 * Returns: whether the file was written
 */
gboolean
sks_score_entry_view_export_blank_sheets (SksScoreEntryView  *self,
                                          GFile              *file,
                                          GError            **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if ((doc = _sks_score_entry_view_dup_blank_sheets (self, error)) == NULL)
    return FALSE;
  return sks_print_write_pdf (doc, path, error);
}

static void
export_response_cb (GtkNativeDialog   *chooser,
                    int                response,
                    SksScoreEntryView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;
  if (!sks_score_entry_view_export_blank_sheets (self, file, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Could not export the blank score sheets: %s"),
                                               error->message);

      _sks_score_entry_view_show_message (self, text);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Blank score sheets written to %s"), name);

      gtk_label_set_label (self->status_label, text);
    }
}

void
_sks_score_entry_view_choose_export (SksScoreEntryView *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->panel == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Blank Score Sheets as PDF"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of the exported blank score sheets */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Score Sheets.pdf"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The import */

static void
show_problems (SksScoreEntryView *self,
               const char        *name,
               GPtrArray         *problems,
               const GError      *error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *label;
  guint n = problems ? problems->len : 0;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (problems, i));
  if (n == 0 && error != NULL)
    g_string_append (text, error->message);
  dialog = gtk_message_dialog_new (get_window (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("Nothing was imported from %s"), name);
  gtk_message_dialog_format_secondary_text (
    GTK_MESSAGE_DIALOG (dialog),
    g_dngettext (GETTEXT_PACKAGE,
                 "The file has %u problem; the document is unchanged. Correct the file and "
                 "import it again.",
                 "The file has %u problems; the document is unchanged. Correct the file and "
                 "import it again.", MAX (n, 1)), MAX (n, 1));
  label = gtk_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_box_append (GTK_BOX (gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog))),
                  scroller);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * sks_score_entry_view_import_file:
 * @file: a scores CSV (reviewer,application,criterion,score)
 *
 * Imports @file into the panel shown, all or nothing; the problems are
 * listed in a dialog.
 *
 * Returns: whether the scores were imported
 */
gboolean
sks_score_entry_view_import_file (SksScoreEntryView *self,
                                  GFile             *file)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  guint n_written = 0;

  g_return_val_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self), FALSE);

  if (self->panel == NULL || path == NULL)
    return FALSE;
  if (!sks_scores_csv_import_file (sks_context_get_store (self->context), self->panel, path,
                                   &problems, &n_written, &error))
    {
      show_problems (self, name, problems, error);
      return FALSE;
    }
  _sks_score_entry_view_reload_panel (self);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score imported from %s",
                                       "%u scores imported from %s", n_written),
                          n_written, name);
  gtk_label_set_label (self->status_label, text);
  g_signal_emit_by_name (self, "scores-changed");
  return TRUE;
}

static void
import_response_cb (GtkNativeDialog   *chooser,
                    int                response,
                    SksScoreEntryView *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file != NULL)
    sks_score_entry_view_import_file (self, file);
}

void
_sks_score_entry_view_choose_import (SksScoreEntryView *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  if (self->panel == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Scores"), get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, C_("scores", "_Import"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (csv, _("Scores (CSV)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
