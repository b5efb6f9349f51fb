/* sks-round.h — a programme round: one city's call of one year (申报批次)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_ROUND (sks_round_get_type ())

G_DECLARE_FINAL_TYPE (SksRound, sks_round, SKS, ROUND, GObject)

SksRound            *sks_round_new             (const char *key,
                                                const char *city,
                                                gint64      year);
const SksFieldTable *sks_round_get_field_table (void);
gint64               sks_round_get_id          (SksRound   *self);
void                 sks_round_set_id          (SksRound   *self,
                                                gint64      id);
const char          *sks_round_get_key         (SksRound   *self);
const char          *sks_round_get_city        (SksRound   *self);
gint64               sks_round_get_year        (SksRound   *self);
const char          *sks_round_get_policy_id   (SksRound   *self);
const char          *sks_round_get_title       (SksRound   *self);
void                 sks_round_validate        (SksRound   *self,
                                                GPtrArray  *problems,
                                                const char *prefix);

G_END_DECLS
