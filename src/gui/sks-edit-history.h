/* sks-edit-history.h — the undo and redo stacks of the application editor
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_EDIT_HISTORY (sks_edit_history_get_type ())

G_DECLARE_FINAL_TYPE (SksEditHistory, sks_edit_history, SKS, EDIT_HISTORY, GObject)

SksEditHistory *sks_edit_history_new           (void);
gboolean        sks_edit_history_get_can_undo  (SksEditHistory *self);
gboolean        sks_edit_history_get_can_redo  (SksEditHistory *self);

void            sks_edit_history_push_field    (SksEditHistory *self,
                                                GObject        *object,
                                                const SksField *field,
                                                const char     *old_text,
                                                const char     *new_text);
void            sks_edit_history_push_insert   (SksEditHistory *self,
                                                GListStore     *list,
                                                guint           position,
                                                GObject        *item);
void            sks_edit_history_push_remove   (SksEditHistory *self,
                                                GListStore     *list,
                                                guint           position,
                                                GObject        *item);
void            sks_edit_history_push_copy     (SksEditHistory *self,
                                                GObject        *object,
                                                const SksFieldTable *table,
                                                GObject        *before,
                                                GObject        *after);
void            sks_edit_history_break         (SksEditHistory *self);

gboolean        sks_edit_history_undo          (SksEditHistory *self);
gboolean        sks_edit_history_redo          (SksEditHistory *self);

G_END_DECLS
