/* sks-slot-model.h — a list of positions ("slots") over another list, so
 * that a list view keeps its row widgets when the rows' contents change
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SKS_TYPE_SLOT (sks_slot_get_type ())

G_DECLARE_FINAL_TYPE (SksSlot, sks_slot, SKS, SLOT, GObject)

guint     sks_slot_get_position (SksSlot *self);
gpointer  sks_slot_dup_item     (SksSlot *self);

#define SKS_TYPE_SLOT_MODEL (sks_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (SksSlotModel, sks_slot_model, SKS, SLOT_MODEL, GObject)

SksSlotModel *sks_slot_model_new       (void);
void          sks_slot_model_set_model (SksSlotModel *self,
                                        GListModel   *model);
void          sks_slot_model_set_limit (SksSlotModel *self,
                                        guint         limit);
void          sks_slot_model_set_keep_when_empty (SksSlotModel *self,
                                                  gboolean      keep);

G_END_DECLS
