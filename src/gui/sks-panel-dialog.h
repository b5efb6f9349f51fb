/* sks-panel-dialog.h — the members of an expert panel (评审专家组): name,
 * work unit, title and role (评审专家, 组长)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-panel.h"

G_BEGIN_DECLS

#define SKS_TYPE_PANEL_DIALOG (sks_panel_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksPanelDialog, sks_panel_dialog, SKS, PANEL_DIALOG, GtkWindow)

/* ::changed is emitted after each member added, saved or removed. */
GtkWidget      *sks_panel_dialog_new         (GtkWindow      *parent,
                                              SksContext     *context,
                                              SksPanel       *panel);
GListModel     *sks_panel_dialog_get_members (SksPanelDialog *self);
SksPanelMember *sks_panel_dialog_get_draft   (SksPanelDialog *self);
void            sks_panel_dialog_select      (SksPanelDialog *self,
                                              guint           position);
const char     *sks_panel_dialog_get_message (SksPanelDialog *self);

G_END_DECLS
