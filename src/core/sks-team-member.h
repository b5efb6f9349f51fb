/* sks-team-member.h — a member of the studio's team (工作室团队成员)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-enums.h"
#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_TEAM_MEMBER (sks_team_member_get_type ())

G_DECLARE_FINAL_TYPE (SksTeamMember, sks_team_member, SKS, TEAM_MEMBER, GObject)

SksTeamMember       *sks_team_member_new                 (void);
const SksFieldTable *sks_team_member_get_field_table     (void);
const char          *sks_team_member_get_name            (SksTeamMember *self);
gboolean             sks_team_member_get_employed_by_unit (SksTeamMember *self);
void                 sks_team_member_validate            (SksTeamMember *self,
                                                          GPtrArray     *problems,
                                                          const char    *prefix,
                                                          gboolean       complete);
gboolean             sks_team_member_is_complete         (SksTeamMember *self);

G_END_DECLS
