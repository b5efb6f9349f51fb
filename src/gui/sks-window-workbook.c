/* sks-window-workbook.c — win.export-workbook: the panel meeting's workbook
 * (评审会议材料: candidates, scores by reviewer, ranking, funding) of the
 * round chosen in the sidebar, else of the selected application's round,
 * as an Excel file through the file chooser the other exports use
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-window-private.h"
#include "sks-workbook.h"

static gint64
workbook_round_id (SksWindow *self)
{
  gint64 round_id = sks_window_get_round_id (self);
  g_autoptr(SksStudioRow) row = NULL;

  if (round_id != 0)
    return round_id;
  row = sks_applications_view_dup_single_selected (sks_window_get_applications_view (self));
  return row != NULL ? sks_studio_row_get_round_id (row) : 0;
}

/**
 * sks_window_export_workbook:
 * @path: the .xlsx file
 *
 * Writes the city panel's meeting workbook of the window's round (the
 * sidebar's, else the selected application's).
 *
 * Returns: %TRUE when written; on failure the window's banner says why
 */
gboolean
sks_window_export_workbook (SksWindow  *self,
                            const char *path)
{
  SksStore *store = sks_context_get_store (sks_window_get_context (self));
  g_autoptr(GError) error = NULL;
  gint64 round_id = workbook_round_id (self);

  if (round_id == 0)
    {
      sks_window_show_error (self, _("Choose a round in the sidebar to export its meeting "
                                     "workbook"));
      return FALSE;
    }
  if (!sks_workbook_write (store, round_id, SKS_PANEL_LEVEL_CITY, 0, path, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not export the meeting workbook: %s"), error->message);

      sks_window_show_error (self, message);
      return FALSE;
    }
  return TRUE;
}

static void
export_workbook_chosen (SksWindow *self,
                        GFile     *file)
{
  g_autofree char *path = sks_window_dup_path_with_suffix (file, ".xlsx");

  if (path != NULL)
    sks_window_export_workbook (self, path);
}

static void
export_workbook_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);

  if (workbook_round_id (self) == 0)
    {
      sks_window_show_error (self, _("Choose a round in the sidebar to export its meeting "
                                     "workbook"));
      return;
    }
  /* Translators: the suggested file name of the panel meeting's workbook */
  sks_window_choose_file (self, _("Export Meeting Workbook"), GTK_FILE_CHOOSER_ACTION_SAVE,
                          _("meeting-workbook.xlsx"), _("Excel workbooks"), "*.xlsx",
                          export_workbook_chosen);
}

void
sks_window_class_add_workbook_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL,
                                   export_workbook_action);
}
