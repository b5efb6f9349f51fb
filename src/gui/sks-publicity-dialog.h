/* sks-publicity-dialog.h — asks how to print a round's 公示名单: the order
 * and, when no 公示 has started, its first day (the last day shown live)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-policy.h"
#include "sks-print-publicity.h"
#include "sks-publication.h"

G_BEGIN_DECLS

/* The dialog's responses besides GTK_RESPONSE_CANCEL. */
typedef enum {
  SKS_PUBLICITY_RESPONSE_PRINT = 1,
  SKS_PUBLICITY_RESPONSE_PDF = 2,
  SKS_PUBLICITY_RESPONSE_XLSX = 3,
} SksPublicityResponse;

#define SKS_TYPE_PUBLICITY_DIALOG (sks_publicity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksPublicityDialog, sks_publicity_dialog, SKS, PUBLICITY_DIALOG, GtkDialog)

GtkWidget         *sks_publicity_dialog_new         (GtkWindow          *parent,
                                                     const char         *scope,
                                                     SksPolicy          *policy,
                                                     SksPublication     *started);
SksPublicityOrder  sks_publicity_dialog_get_order   (SksPublicityDialog *self);
void               sks_publicity_dialog_set_order   (SksPublicityDialog *self,
                                                     SksPublicityOrder   order);
gboolean           sks_publicity_dialog_get_start   (SksPublicityDialog *self,
                                                     GDate              *start);
void               sks_publicity_dialog_set_start   (SksPublicityDialog *self,
                                                     const GDate        *start);
const char        *sks_publicity_dialog_get_period_text (SksPublicityDialog *self);

G_END_DECLS
