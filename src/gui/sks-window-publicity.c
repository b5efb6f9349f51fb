/* sks-window-publicity.c — win.publish-list: the 公示名单 of the round
 * chosen in the sidebar, printed, or exported as PDF or Excel; the city's
 * 公示 starts on the first day chosen when none has started
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
#include "sks-publicity-dialog.h"
#include "sks-store-publication.h"
#include "sks-window-private.h"
#include "sks-window-publicity.h"

/* What the dialog asked for, kept on the window while the file chooser is
 * open (its callback has no data of its own). */
typedef struct {
  SksPublicityOrder order;
  GDate             start;
} PublishRequest;

#define REQUEST_KEY "sks-publish-request"

static SksStore *
get_store (SksWindow *self)
{
  return sks_context_get_store (sks_window_get_context (self));
}

static SksRound *
find_round (SksWindow  *self,
            GError    **error)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (get_store (self), error);
  gint64 round_id = sks_window_get_round_id (self);

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == round_id)
        return g_steal_pointer (&round);
    }
  if (rounds != NULL)
    g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                         _("Choose a round in the sidebar to publish its list"));
  return NULL;
}

/**
 * sks_window_build_publicity:
 * @start: the 公示's first day
 * @list_only: the list alone (Excel) instead of the notice with the list
 *
 * Starts the city's 公示 of the sidebar's round from @start when none has
 * started (and shows the new statuses), or takes the started one when it
 * started on @start, and builds its list.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
SksPrintDoc *
sks_window_build_publicity (SksWindow          *self,
                            SksPublicityOrder   order,
                            const GDate        *start,
                            gboolean            list_only,
                            GError            **error)
{
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPublication) publication = NULL;
  gboolean started = FALSE;

  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);

  if ((round = find_round (self, error)) == NULL
      || (publication = sks_publicity_get_or_start (get_store (self), round, NULL, start,
                                                    &started, error)) == NULL)
    return NULL;
  if (started)
    sks_window_reload_document (self);
  return sks_print_publicity_doc_from_store (get_store (self), publication, order, list_only,
                                             error);
}

/**
 * sks_window_export_publicity:
 * @path: a .pdf or .xlsx file
 *
 * As sks_window_build_publicity(), and writes the list to @path.
 */
gboolean
sks_window_export_publicity (SksWindow          *self,
                             SksPublicityOrder   order,
                             const GDate        *start,
                             const char         *path,
                             GError            **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  SksPublicityFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!sks_publicity_format_from_path (path, &format))
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
                   _("“%s”: the list is written as .pdf or .xlsx"), path);
      return FALSE;
    }
  doc = sks_window_build_publicity (self, order, start, format == SKS_PUBLICITY_FORMAT_XLSX,
                                    error);
  if (doc == NULL)
    return FALSE;
  return format == SKS_PUBLICITY_FORMAT_XLSX ? sks_print_doc_write_xlsx (doc, path, error)
                                             : sks_print_write_pdf (doc, path, error);
}

static void
show_failure (SksWindow    *self,
              const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not publish the list: %s"),
                                              error->message);

  sks_window_show_error (self, message);
}

static void
export_chosen (SksWindow  *self,
               GFile      *file,
               const char *suffix)
{
  PublishRequest *request = g_object_get_data (G_OBJECT (self), REQUEST_KEY);
  g_autofree char *path = sks_window_dup_path_with_suffix (file, suffix);
  g_autoptr(GError) error = NULL;

  if (path == NULL || request == NULL)
    return;
  if (!sks_window_export_publicity (self, request->order, &request->start, path, &error))
    show_failure (self, error);
}

static void
export_pdf_chosen (SksWindow *self,
                   GFile     *file)
{
  export_chosen (self, file, ".pdf");
}

static void
export_xlsx_chosen (SksWindow *self,
                    GFile     *file)
{
  export_chosen (self, file, ".xlsx");
}

static void
print_list (SksWindow      *self,
            PublishRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_window_build_publicity (self, request->order, &request->start,
                                                           FALSE, &error);
  g_autoptr(SksPrintOperation) operation = NULL;

  if (doc == NULL)
    {
      show_failure (self, error);
      return;
    }
  operation = sks_print_operation_new (doc);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_failure (self, error);
}

static void
dialog_response_cb (SksPublicityDialog *dialog,
                    int                 response,
                    SksWindow          *self)
{
  PublishRequest *request = g_new0 (PublishRequest, 1);

  request->order = sks_publicity_dialog_get_order (dialog);
  sks_publicity_dialog_get_start (dialog, &request->start);
  g_object_set_data_full (G_OBJECT (self), REQUEST_KEY, request, g_free);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* TRANSLATORS: the file name of an exported 公示名单 */
  if (response == SKS_PUBLICITY_RESPONSE_PDF)
    sks_window_choose_file (self, _("Export Public Notice List as PDF"),
                            GTK_FILE_CHOOSER_ACTION_SAVE, _("public-notice-list.pdf"),
                            _("PDF documents"), "*.pdf", export_pdf_chosen);
  else if (response == SKS_PUBLICITY_RESPONSE_XLSX)
    sks_window_choose_file (self, _("Export Public Notice List as Excel"),
                            GTK_FILE_CHOOSER_ACTION_SAVE, _("public-notice-list.xlsx"),
                            _("Excel workbooks"), "*.xlsx", export_xlsx_chosen);
  else if (response == SKS_PUBLICITY_RESPONSE_PRINT)
    print_list (self, request);
}

/**
 * sks_window_new_publicity_dialog:
 *
 * The Publish List dialog for the sidebar's round, not yet presented; its
 * responses print or export. %NULL (with @error) without a round.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
GtkWidget *
sks_window_new_publicity_dialog (SksWindow  *self,
                                 GError    **error)
{
  g_autoptr(SksRound) round = find_round (self, error);
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(SksPublication) started = NULL;
  g_autofree char *scope = NULL;
  GtkWidget *dialog;

  if (round == NULL)
    return NULL;
  if (sks_round_get_policy_id (round) != NULL)
    policy = sks_policy_lookup (sks_round_get_policy_id (round), NULL);
  /* None started yet is the usual NOT_FOUND. */
  started = sks_store_get_publication (get_store (self), sks_round_get_id (round),
                                       SKS_PUBLICATION_LEVEL_CITY, 0, NULL);
  /* TRANSLATORS: the round's city and year, and its key */
  scope = g_strdup_printf (_("Public notice of %s %d (%s)"), sks_round_get_city (round),
                           (int) sks_round_get_year (round), sks_round_get_key (round));
  dialog = sks_publicity_dialog_new (GTK_WINDOW (self), scope, policy, started);
  g_signal_connect_object (dialog, "response", G_CALLBACK (dialog_response_cb), self, 0);
  return dialog;
}

static void
publish_list_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = sks_window_new_publicity_dialog (self, &error);

  if (dialog == NULL)
    show_failure (self, error);
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

void
sks_window_class_add_publicity_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.publish-list", NULL, publish_list_action);
}
