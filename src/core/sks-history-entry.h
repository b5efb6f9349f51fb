/* sks-history-entry.h — one change in the life of an application
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_HISTORY_ENTRY (sks_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (SksHistoryEntry, sks_history_entry, SKS, HISTORY_ENTRY, GObject)

SksHistoryEntry     *sks_history_entry_new             (const char      *time,
                                                        const char      *action,
                                                        const char      *detail);
SksHistoryEntry     *sks_history_entry_new_change      (const char      *time,
                                                        const char      *action,
                                                        const char      *field,
                                                        const char      *old_value,
                                                        const char      *new_value,
                                                        const char      *who,
                                                        const char      *reason);
const SksFieldTable *sks_history_entry_get_field_table (void);
const char          *sks_history_entry_get_time        (SksHistoryEntry *self);
const char          *sks_history_entry_get_action      (SksHistoryEntry *self);
const char          *sks_history_entry_get_detail      (SksHistoryEntry *self);
const char          *sks_history_entry_get_who         (SksHistoryEntry *self);
const char          *sks_history_entry_get_field       (SksHistoryEntry *self);
const char          *sks_history_entry_get_old_value   (SksHistoryEntry *self);
const char          *sks_history_entry_get_new_value   (SksHistoryEntry *self);
const char          *sks_history_entry_get_reason      (SksHistoryEntry *self);
gint64               sks_history_entry_get_studio_id   (SksHistoryEntry *self);
void                 sks_history_entry_set_studio_id   (SksHistoryEntry *self,
                                                        gint64           studio_id);

G_END_DECLS
