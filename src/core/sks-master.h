/* sks-master.h — 技能大师, the studio's leader (领办人 / 领衔人)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-enums.h"
#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_MASTER (sks_master_get_type ())

G_DECLARE_FINAL_TYPE (SksMaster, sks_master, SKS, MASTER, GObject)

SksMaster           *sks_master_new                 (void);
const SksFieldTable *sks_master_get_field_table     (void);
const char          *sks_master_get_name            (SksMaster *self);
SksGender            sks_master_get_gender          (SksMaster *self);
const char          *sks_master_get_birth           (SksMaster *self);
const char          *sks_master_get_id_number       (SksMaster *self);
const char          *sks_master_get_mobile          (SksMaster *self);
const char          *sks_master_get_occupation      (SksMaster *self);
const char          *sks_master_get_skill_level     (SksMaster *self);
SksRetirementCategory sks_master_get_retirement_category (SksMaster *self);
gint64               sks_master_get_full_time_years (SksMaster *self);
gboolean             sks_master_get_frontline       (SksMaster *self);
gboolean             sks_master_get_retired         (SksMaster *self);
gboolean             sks_master_get_rehired         (SksMaster *self);
gboolean             sks_master_get_occupation_top_level (SksMaster *self);
const char          *sks_master_get_unique_skills   (SksMaster *self);
gboolean             sks_master_get_provincial_honour (SksMaster *self);
gboolean             sks_master_get_state_council_allowance (SksMaster *self);
gboolean             sks_master_get_china_skill_award (SksMaster *self);
gboolean             sks_master_get_qianjiang_skill_award (SksMaster *self);
void                 sks_master_validate            (SksMaster *self,
                                                     GPtrArray *problems,
                                                     gboolean   complete);
void                 sks_master_check_consistency   (SksMaster *self,
                                                     GPtrArray *problems);

G_END_DECLS
