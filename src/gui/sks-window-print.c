/* sks-window-print.c — printing from a document window: the Annex 2
 * summary table (推荐情况汇总表) of the round or unit chosen in the sidebar
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-print-annex.h"
#include "sks-print-operation.h"
#include "sks-print-xlsx.h"
#include "sks-window-private.h"

static SksStore *
get_store (SksWindow *self)
{
  return sks_context_get_store (sks_window_get_context (self));
}

/* Returns: (transfer full) (nullable): Annex 2 of the sidebar's scope; the
 * latest round when the sidebar shows every application */
static SksPrintDoc *
build_annex2 (SksWindow *self)
{
  g_autoptr(GError) error = NULL;
  SksPrintDoc *doc;

  doc = sks_print_annex2_doc_from_store (get_store (self), sks_window_get_round_id (self),
                                         sks_window_get_recommender_name (self), &error);
  if (doc == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not prepare the summary table: %s"), error->message);
      sks_window_show_error (self, message);
    }
  return doc;
}

static void
run_print (SksWindow               *self,
           GtkPrintOperationAction  action)
{
  g_autoptr(SksPrintDoc) doc = build_annex2 (self);
  g_autoptr(SksPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (doc == NULL)
    return;
  operation = sks_print_operation_new (doc);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), action, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);
      sks_window_show_error (self, message);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_print (SKS_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  run_print (SKS_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PREVIEW);
}

static void
export_pdf_chosen (SksWindow *self,
                   GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, ".pdf");
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || (doc = build_annex2 (self)) == NULL)
    return;
  if (!sks_print_write_pdf (doc, path, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not export the summary table as PDF: %s"), error->message);
      sks_window_show_error (self, message);
    }
}

static char *
dup_suggested_name (SksWindow  *self,
                    const char *suffix)
{
  const char *unit = sks_window_get_recommender_name (self);

  /* Translators: the file name of an exported Annex 2, e.g. 推荐情况汇总表-吴兴区.pdf */
  return unit != NULL ? g_strdup_printf (_("summary-table-%s%s"), unit, suffix)
                      : g_strdup_printf (_("summary-table%s"), suffix);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autofree char *name = dup_suggested_name (self, ".pdf");

  sks_window_choose_file (self, _("Export Summary Table as PDF"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          name, _("PDF documents"), "*.pdf", export_pdf_chosen);
}

static void
export_xlsx_chosen (SksWindow *self,
                    GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, ".xlsx");
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || (doc = build_annex2 (self)) == NULL)
    return;
  if (!sks_print_doc_write_xlsx (doc, path, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not export the summary table as Excel: %s"), error->message);
      sks_window_show_error (self, message);
    }
}

/* The same rows as the PDF, for units that send spreadsheets */
static void
export_xlsx_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autofree char *name = dup_suggested_name (self, ".xlsx");

  sks_window_choose_file (self, _("Export Summary Table as Excel"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          name, _("Excel workbooks"), "*.xlsx", export_xlsx_chosen);
}

void
sks_window_class_add_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_preview_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-xlsx", NULL, export_xlsx_action);
}
