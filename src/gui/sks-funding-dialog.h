/* sks-funding-dialog.h — a round's funding report (经费补助资金分配) in a
 * window, with Print and Export
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-funding-report.h"

G_BEGIN_DECLS

#define SKS_TYPE_FUNDING_DIALOG (sks_funding_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksFundingDialog, sks_funding_dialog, SKS, FUNDING_DIALOG, GtkWindow)

GtkWidget        *sks_funding_dialog_new           (GtkWindow         *parent,
                                                    SksContext        *context,
                                                    gint64             round_id,
                                                    GError           **error);
SksFundingReport *sks_funding_dialog_get_report    (SksFundingDialog  *self);
const char       *sks_funding_dialog_get_message   (SksFundingDialog  *self);
gboolean          sks_funding_dialog_set_excellent_year (SksFundingDialog *self,
                                                    gint64             year,
                                                    GError           **error);
gboolean          sks_funding_dialog_export        (SksFundingDialog  *self,
                                                    const char        *path,
                                                    GError           **error);

G_END_DECLS
