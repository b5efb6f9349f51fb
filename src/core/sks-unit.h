/* sks-unit.h — 申报单位, the unit that applies for a studio
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-enums.h"
#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_UNIT (sks_unit_get_type ())

G_DECLARE_FINAL_TYPE (SksUnit, sks_unit, SKS, UNIT, GObject)

SksUnit             *sks_unit_new                (void);
const SksFieldTable *sks_unit_get_field_table    (void);
const char          *sks_unit_get_name           (SksUnit   *self);
SksUnitKind          sks_unit_get_kind           (SksUnit   *self);
SksFiscalAffiliation sks_unit_get_fiscal_affiliation (SksUnit *self);
const char          *sks_unit_get_contact_name   (SksUnit   *self);
const char          *sks_unit_get_mobile         (SksUnit   *self);
const char          *sks_unit_get_office_phone   (SksUnit   *self);
gboolean             sks_unit_get_innovation_studio (SksUnit *self);
gboolean             sks_unit_get_self_assessment (SksUnit   *self);
void                 sks_unit_validate           (SksUnit   *self,
                                                  GPtrArray *problems,
                                                  gboolean   complete);

G_END_DECLS
