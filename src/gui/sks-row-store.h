/* sks-row-store.h — the document's list rows in an array: a GListModel
 * whose get_item() is O(1) at any position
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SKS_TYPE_ROW_STORE (sks_row_store_get_type ())

G_DECLARE_FINAL_TYPE (SksRowStore, sks_row_store, SKS, ROW_STORE, GObject)

SksRowStore *sks_row_store_new    (GType        item_type);
void         sks_row_store_splice (SksRowStore *self,
                                   guint        position,
                                   guint        n_removals,
                                   gpointer    *additions,
                                   guint        n_additions);
void         sks_row_store_append (SksRowStore *self,
                                   gpointer     item);
void         sks_row_store_remove (SksRowStore *self,
                                   guint        position);
gpointer    *sks_row_store_peek   (SksRowStore *self,
                                   guint       *n_items);

G_END_DECLS
