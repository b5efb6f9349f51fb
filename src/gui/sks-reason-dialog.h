/* sks-reason-dialog.h — asks why: the reason for changing a submitted
 * score, or for declaring a conflict of interest (回避)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SKS_TYPE_REASON_DIALOG (sks_reason_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksReasonDialog, sks_reason_dialog, SKS, REASON_DIALOG, GtkDialog)

/* GTK_RESPONSE_ACCEPT with a reason, GTK_RESPONSE_CANCEL otherwise; the
 * caller refuses an empty reason with sks_reason_dialog_show_error(). */
GtkWidget  *sks_reason_dialog_new        (GtkWindow       *parent,
                                          const char      *title,
                                          const char      *message,
                                          const char      *accept_label);
const char *sks_reason_dialog_get_reason (SksReasonDialog *self);
void        sks_reason_dialog_set_reason (SksReasonDialog *self,
                                          const char      *reason);
void        sks_reason_dialog_show_error (SksReasonDialog *self,
                                          const char      *message);

G_END_DECLS
