/* sks-slot-model.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's list views keep a row's widgets across an items-changed only
 * for the very same item; every other row shown gets new widgets, built by
 * the factory, styled and measured: for a 7-column list, hundreds of
 * milliseconds after each keystroke of a search. Here the view's items are
 * slots, one per position, that stay the same objects when the list under
 * them is filtered or sorted again. Only a change of length is an
 * items-changed (at the end); a change of contents is ::contents-changed,
 * and the view's owner sets the shown cells' texts again, in place.
 */

#include "config.h"

#include "sks-slot-model.h"

struct _SksSlot
{
  GObject       parent_instance;

  SksSlotModel *model;     /* not a reference: the model owns its slots */
  guint         position;
};

G_DEFINE_FINAL_TYPE (SksSlot, sks_slot, G_TYPE_OBJECT)

struct _SksSlotModel
{
  GObject     parent_instance;

  GListModel *model;
  guint       n_items;
  GPtrArray  *slots;       /* made on first use; NULL entries until then */
  guint       limit;       /* at most this many slots */
  gboolean    keep_when_empty;
};

static void sks_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SksSlotModel, sks_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sks_slot_model_list_model_init))

enum {
  CONTENTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Slots */

static void
sks_slot_class_init (SksSlotClass *klass)
{
}

static void
sks_slot_init (SksSlot *self)
{
}

/* The slot's place in the list, which never changes */
guint
sks_slot_get_position (SksSlot *self)
{
  g_return_val_if_fail (SKS_IS_SLOT (self), 0);
  return self->position;
}

/**
 * sks_slot_dup_item:
 *
 * Returns: (transfer full) (nullable): the item now at the slot's position
 *   in the list under the slots
 */
gpointer
sks_slot_dup_item (SksSlot *self)
{
  g_return_val_if_fail (SKS_IS_SLOT (self), NULL);

  if (self->model == NULL || self->model->model == NULL)
    return NULL;
  return g_list_model_get_item (self->model->model, self->position);
}

/* The model */

static GType
sks_slot_model_get_item_type (GListModel *list)
{
  return SKS_TYPE_SLOT;
}

static guint
sks_slot_model_get_n_items (GListModel *list)
{
  return SKS_SLOT_MODEL (list)->n_items;
}

static gpointer
sks_slot_model_get_item (GListModel *list,
                         guint       position)
{
  SksSlotModel *self = SKS_SLOT_MODEL (list);
  SksSlot *slot;

  if (position >= self->n_items)
    return NULL;
  if (position >= self->slots->len)
    g_ptr_array_set_size (self->slots, position + 1);
  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      slot = g_object_new (SKS_TYPE_SLOT, NULL);
      slot->model = self;
      slot->position = position;
      g_ptr_array_index (self->slots, position) = slot;
    }
  return g_object_ref (slot);
}

static void
sks_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sks_slot_model_get_item_type;
  iface->get_n_items = sks_slot_model_get_n_items;
  iface->get_item = sks_slot_model_get_item;
}

/* The slots past @n_slots leave the list, or new ones join it at the end */
static void
set_n_slots (SksSlotModel *self,
             guint         n_slots)
{
  guint old_n = self->n_items;

  self->n_items = n_slots;
  if (n_slots < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), n_slots, old_n - n_slots, 0);
  else if (n_slots > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n_slots - old_n);
}

/* The slots past the new end leave the list; the others stay and show
 * what is now at their position. */
static void
items_changed_cb (SksSlotModel *self,
                  guint         position,
                  guint         removed,
                  guint         added)
{
  guint old_n = self->n_items;
  guint new_n = MIN (g_list_model_get_n_items (self->model), self->limit);
  guint kept = MIN (old_n, new_n);

  /* An empty result keeps the slots (their rows show nothing meanwhile):
   * the owner shows a "no results" page instead of the list, and the next
   * result reuses them instead of building every row again. */
  if (new_n == 0 && old_n > 0 && self->keep_when_empty)
    {
      g_signal_emit (self, signals[CONTENTS_CHANGED], 0, 0, old_n);
      return;
    }

  set_n_slots (self, new_n);

  /* What moved: everything from @position on, when the length changed */
  if (position < kept)
    g_signal_emit (self, signals[CONTENTS_CHANGED], 0, position,
                   removed == added ? MIN (removed, kept - position) : kept - position);
}

static void
detach (SksSlotModel *self)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
}

static void
sks_slot_model_dispose (GObject *object)
{
  SksSlotModel *self = SKS_SLOT_MODEL (object);

  detach (self);
  G_OBJECT_CLASS (sks_slot_model_parent_class)->dispose (object);
}

static void
sks_slot_model_finalize (GObject *object)
{
  SksSlotModel *self = SKS_SLOT_MODEL (object);

  /* A slot still held elsewhere (a list item) no longer reaches the model */
  for (guint i = 0; i < self->slots->len; i++)
    {
      SksSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        slot->model = NULL;
    }
  g_ptr_array_unref (self->slots);
  G_OBJECT_CLASS (sks_slot_model_parent_class)->finalize (object);
}

static void
sks_slot_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, SKS_SLOT_MODEL (object)->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_slot_model_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_MODEL:
      sks_slot_model_set_model (SKS_SLOT_MODEL (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_slot_model_class_init (SksSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sks_slot_model_dispose;
  object_class->finalize = sks_slot_model_finalize;
  object_class->get_property = sks_slot_model_get_property;
  object_class->set_property = sks_slot_model_set_property;

  /* The list under the slots */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksSlotModel::contents-changed:
   * @position: the first slot whose item changed
   * @n_slots: how many slots from @position on
   */
  signals[CONTENTS_CHANGED] =
    g_signal_new ("contents-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
sks_slot_model_init (SksSlotModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (unref_if_set);
  self->limit = G_MAXUINT;
}

SksSlotModel *
sks_slot_model_new (void)
{
  return g_object_new (SKS_TYPE_SLOT_MODEL, NULL);
}

/* Shows @model's items through the slots; NULL empties the list. */
void
sks_slot_model_set_model (SksSlotModel *self,
                          GListModel   *model)
{
  guint old_n;

  g_return_if_fail (SKS_IS_SLOT_MODEL (self));

  old_n = self->n_items;
  detach (self);
  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
    }
  self->n_items = 0;
  if (old_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);
  if (model != NULL)
    items_changed_cb (self, 0, 0, g_list_model_get_n_items (model));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * sks_slot_model_set_keep_when_empty:
 *
 * When the list under the slots becomes empty, the slots stay (their
 * sks_slot_dup_item() is %NULL) until it has items again. For a view that
 * is hidden while there is nothing to show.
 */
void
sks_slot_model_set_keep_when_empty (SksSlotModel *self,
                                    gboolean      keep)
{
  g_return_if_fail (SKS_IS_SLOT_MODEL (self));
  self->keep_when_empty = keep;
}

/**
 * sks_slot_model_set_limit:
 * @limit: the most slots to show, G_MAXUINT for all
 *
 * Shows at most @limit of the items: a view builds row widgets for its
 * first items (GTK 4.8: some 200), and a window's first frame of rows
 * needs only those that fill the screen.
 */
void
sks_slot_model_set_limit (SksSlotModel *self,
                          guint         limit)
{
  g_return_if_fail (SKS_IS_SLOT_MODEL (self));

  self->limit = limit;
  /* Without items, the slots kept for the next result stay */
  if (self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    return;
  set_n_slots (self, MIN (g_list_model_get_n_items (self->model), limit));
}
