/* sks-open-error-dialog.h — tells why a document could not be opened and
 * offers to restore its latest good backup
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SKS_TYPE_OPEN_ERROR_DIALOG (sks_open_error_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksOpenErrorDialog, sks_open_error_dialog, SKS, OPEN_ERROR_DIALOG, GtkWindow)

SksOpenErrorDialog *sks_open_error_dialog_new             (const char         *path,
                                                           const GError       *error,
                                                           gboolean            quits);
const char         *sks_open_error_dialog_get_path        (SksOpenErrorDialog *self);
const char         *sks_open_error_dialog_get_backup_path (SksOpenErrorDialog *self);

G_END_DECLS
