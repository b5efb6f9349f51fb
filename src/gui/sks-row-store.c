/* sks-row-store.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GListStore keeps its items in a GSequence: fetching item n costs a tree
 * walk unless n follows the last one fetched. A sorted or filtered view of
 * 100,000 rows fetches them out of order on every change, so the rows live
 * in a plain array here.
 */

#include "config.h"

#include <string.h>

#include "sks-row-store.h"

struct _SksRowStore
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void sks_row_store_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SksRowStore, sks_row_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sks_row_store_list_model_init))

static GType
sks_row_store_get_item_type (GListModel *model)
{
  return SKS_ROW_STORE (model)->item_type;
}

static guint
sks_row_store_get_n_items (GListModel *model)
{
  return SKS_ROW_STORE (model)->items->len;
}

static gpointer
sks_row_store_get_item (GListModel *model,
                        guint       position)
{
  SksRowStore *self = SKS_ROW_STORE (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
sks_row_store_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sks_row_store_get_item_type;
  iface->get_n_items = sks_row_store_get_n_items;
  iface->get_item = sks_row_store_get_item;
}

static void
sks_row_store_finalize (GObject *object)
{
  SksRowStore *self = SKS_ROW_STORE (object);

  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (sks_row_store_parent_class)->finalize (object);
}

static void
sks_row_store_class_init (SksRowStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_row_store_finalize;
}

static void
sks_row_store_init (SksRowStore *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

SksRowStore *
sks_row_store_new (GType item_type)
{
  SksRowStore *self = g_object_new (SKS_TYPE_ROW_STORE, NULL);

  self->item_type = item_type;
  return self;
}

/**
 * sks_row_store_splice:
 * @additions: (array length=n_additions): items, each of the store's type
 *
 * Replaces @n_removals items at @position with @additions, in one
 * items-changed, as g_list_store_splice() does.
 */
void
sks_row_store_splice (SksRowStore *self,
                      guint        position,
                      guint        n_removals,
                      gpointer    *additions,
                      guint        n_additions)
{
  g_return_if_fail (SKS_IS_ROW_STORE (self));
  g_return_if_fail (position + n_removals <= self->items->len);

  /* Take the new references first: an addition may be a removed item. */
  for (guint i = 0; i < n_additions; i++)
    {
      g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (additions[i]), self->item_type));
      g_object_ref (additions[i]);
    }
  g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      g_ptr_array_set_size (self->items, self->items->len + n_additions);
      memmove (self->items->pdata + position + n_additions, self->items->pdata + position,
               (self->items->len - n_additions - position) * sizeof (gpointer));
      memcpy (self->items->pdata + position, additions, n_additions * sizeof (gpointer));
    }
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

void
sks_row_store_append (SksRowStore *self,
                      gpointer     item)
{
  sks_row_store_splice (self, self->items->len, 0, &item, 1);
}

void
sks_row_store_remove (SksRowStore *self,
                      guint        position)
{
  sks_row_store_splice (self, position, 1, NULL, 0);
}

/**
 * sks_row_store_peek:
 *
 * Returns: (transfer none) (array length=n_items): the items themselves,
 *   valid until the store changes (for a filter's tight loop)
 */
gpointer *
sks_row_store_peek (SksRowStore *self,
                    guint       *n_items)
{
  g_return_val_if_fail (SKS_IS_ROW_STORE (self), NULL);

  *n_items = self->items->len;
  return self->items->pdata;
}
