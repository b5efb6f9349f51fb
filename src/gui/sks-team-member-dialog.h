/* sks-team-member-dialog.h — adds or edits one member of a studio's team
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-field-row.h"
#include "sks-team-member.h"

G_BEGIN_DECLS

#define SKS_TYPE_TEAM_MEMBER_DIALOG (sks_team_member_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksTeamMemberDialog, sks_team_member_dialog, SKS, TEAM_MEMBER_DIALOG,
                      GtkWindow)

SksTeamMemberDialog *sks_team_member_dialog_new        (GtkWindow           *parent,
                                                        SksTeamMember       *member);
SksTeamMember       *sks_team_member_dialog_get_member (SksTeamMemberDialog *self);
SksTeamMember       *sks_team_member_dialog_get_draft  (SksTeamMemberDialog *self);
const char          *sks_team_member_dialog_get_problem_message (SksTeamMemberDialog *self);
SksFieldRow         *sks_team_member_dialog_find_row   (SksTeamMemberDialog *self,
                                                        const char          *path);

G_END_DECLS
