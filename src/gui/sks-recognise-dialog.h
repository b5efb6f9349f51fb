/* sks-recognise-dialog.h — Recognise… (认定): the day, the validity's end
 * where the profile sets one; refused before the 公示 ends or while an
 * objection is open
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-store-publication.h"

G_BEGIN_DECLS

#define SKS_TYPE_RECOGNISE_DIALOG (sks_recognise_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksRecogniseDialog, sks_recognise_dialog, SKS, RECOGNISE_DIALOG, GtkDialog)

GtkWidget  *sks_recognise_dialog_new            (GtkWindow             *parent,
                                                 SksContext            *context,
                                                 gint64                 round_id,
                                                 GError               **error);
void        sks_recognise_dialog_set_day_text   (SksRecogniseDialog    *self,
                                                 const char            *day);
gboolean    sks_recognise_dialog_apply          (SksRecogniseDialog    *self,
                                                 SksRecognitionSummary *summary,
                                                 GError               **error);
const char *sks_recognise_dialog_get_validity_text (SksRecogniseDialog *self);
const char *sks_recognise_dialog_get_message    (SksRecogniseDialog    *self);

G_END_DECLS
