/* sks-new-application-dialog.h — New Application: the round and the
 * recommending unit a new application is filed under
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_NEW_APPLICATION_DIALOG (sks_new_application_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksNewApplicationDialog, sks_new_application_dialog, SKS,
                      NEW_APPLICATION_DIALOG, GtkWindow)

SksNewApplicationDialog *sks_new_application_dialog_new (GtkWindow  *parent,
                                                         SksContext *context,
                                                         gint64      round_id,
                                                         gint64      recommender_id);
void        sks_new_application_dialog_select         (SksNewApplicationDialog *self,
                                                       gint64                   round_id,
                                                       gint64                   recommender_id);
gint64      sks_new_application_dialog_get_round_id   (SksNewApplicationDialog *self);
gint64      sks_new_application_dialog_get_recommender_id (SksNewApplicationDialog *self);
const char *sks_new_application_dialog_get_unit_text  (SksNewApplicationDialog *self);

char       *sks_new_application_describe_round        (SksRound                *round);

G_END_DECLS
