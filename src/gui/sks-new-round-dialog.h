/* sks-new-round-dialog.h — New Round: start a programme round (申报批次)
 * from a policy profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_NEW_ROUND_DIALOG (sks_new_round_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksNewRoundDialog, sks_new_round_dialog, SKS, NEW_ROUND_DIALOG, GtkWindow)

SksNewRoundDialog *sks_new_round_dialog_new            (GtkWindow         *parent,
                                                        SksContext        *context);
gboolean           sks_new_round_dialog_select_policy  (SksNewRoundDialog *self,
                                                        const char        *policy_id);
void               sks_new_round_dialog_set_key        (SksNewRoundDialog *self,
                                                        const char        *key);
const char        *sks_new_round_dialog_get_message    (SksNewRoundDialog *self);
gboolean           sks_new_round_dialog_create         (SksNewRoundDialog *self,
                                                        GError           **error);
gint64             sks_new_round_dialog_get_created_round_id (SksNewRoundDialog *self);

G_END_DECLS
