/* sks-round-event.h — one event in the life of a programme round
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_ROUND_EVENT (sks_round_event_get_type ())

/* A status change, import or deletion of one of a round's applications,
 * kept with the application's name so that it outlives a deleted one. */
G_DECLARE_FINAL_TYPE (SksRoundEvent, sks_round_event, SKS, ROUND_EVENT, GObject)

SksRoundEvent       *sks_round_event_new             (void);
const SksFieldTable *sks_round_event_get_field_table (void);
gint64               sks_round_event_get_round_id    (SksRoundEvent *self);
void                 sks_round_event_set_round_id    (SksRoundEvent *self,
                                                      gint64         round_id);
const char          *sks_round_event_get_time        (SksRoundEvent *self);
const char          *sks_round_event_get_who         (SksRoundEvent *self);
const char          *sks_round_event_get_action      (SksRoundEvent *self);
const char          *sks_round_event_get_detail      (SksRoundEvent *self);
gint64               sks_round_event_get_studio_id   (SksRoundEvent *self);
const char          *sks_round_event_get_studio_name (SksRoundEvent *self);
const char          *sks_round_event_get_master_name (SksRoundEvent *self);
const char          *sks_round_event_get_reason      (SksRoundEvent *self);

G_END_DECLS
