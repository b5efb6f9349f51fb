/* sks-edit-history.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each edit remembers how to go both ways: a field's text before and after,
 * an item inserted into or removed from a list, or a whole object's fields
 * before and after (a team member edited in its dialog). Typing into one
 * field is one edit until a pause, another field or a break.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include "sks-edit-history.h"

/* Keystrokes closer together than this are one edit. */
#define MERGE_USEC (G_USEC_PER_SEC)

typedef enum {
  EDIT_FIELD,
  EDIT_INSERT,
  EDIT_REMOVE,
  EDIT_COPY,
} EditKind;

typedef struct {
  EditKind             kind;
  GObject             *object;   /* EDIT_FIELD, EDIT_COPY: the object edited */
  const SksField      *field;
  char                *old_text;
  char                *new_text;
  GListStore          *list;     /* EDIT_INSERT, EDIT_REMOVE */
  guint                position;
  GObject             *item;
  const SksFieldTable *table;    /* EDIT_COPY */
  GObject             *before;
  GObject             *after;
  gint64               time;
} Edit;

struct _SksEditHistory
{
  GObject    parent_instance;

  GPtrArray *undo;
  GPtrArray *redo;
  gboolean   applying;
  gboolean   broken;
};

G_DEFINE_FINAL_TYPE (SksEditHistory, sks_edit_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_clear_object (&edit->object);
  g_free (edit->old_text);
  g_free (edit->new_text);
  g_clear_object (&edit->list);
  g_clear_object (&edit->item);
  g_clear_object (&edit->before);
  g_clear_object (&edit->after);
  g_free (edit);
}

static void
notify_state (SksEditHistory *self,
              gboolean        could_undo,
              gboolean        could_redo)
{
  if (could_undo != sks_edit_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != sks_edit_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
push (SksEditHistory *self,
      Edit           *edit)
{
  gboolean could_undo = sks_edit_history_get_can_undo (self);
  gboolean could_redo = sks_edit_history_get_can_redo (self);

  edit->time = g_get_monotonic_time ();
  g_ptr_array_add (self->undo, edit);
  g_ptr_array_set_size (self->redo, 0);
  self->broken = FALSE;
  notify_state (self, could_undo, could_redo);
}

static Edit *
edit_new (EditKind kind)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = kind;
  return edit;
}

/* Whether typing into @field of @object continues the last edit. */
static Edit *
find_mergeable (SksEditHistory *self,
                GObject        *object,
                const SksField *field)
{
  Edit *last;

  if (self->broken || self->undo->len == 0)
    return NULL;
  last = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (last->kind != EDIT_FIELD || last->object != object || last->field != field
      || g_get_monotonic_time () - last->time > MERGE_USEC)
    return NULL;
  return last;
}

/**
 * sks_edit_history_push_field:
 * @old_text: (nullable): the field's text before the edit
 * @new_text: (nullable): and after it
 *
 * Records that @field of @object went from @old_text to @new_text.
 * Ignored while the history itself applies an undo or redo.
 */
void
sks_edit_history_push_field (SksEditHistory *self,
                             GObject        *object,
                             const SksField *field,
                             const char     *old_text,
                             const char     *new_text)
{
  Edit *edit;

  g_return_if_fail (SKS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_OBJECT (object) && field != NULL);

  if (self->applying || g_strcmp0 (old_text, new_text) == 0)
    return;
  edit = find_mergeable (self, object, field);
  if (edit != NULL)
    {
      sks_set_str (&edit->new_text, new_text);
      edit->time = g_get_monotonic_time ();
      g_ptr_array_set_size (self->redo, 0);
      return;
    }
  edit = edit_new (EDIT_FIELD);
  edit->object = g_object_ref (object);
  edit->field = field;
  edit->old_text = g_strdup (old_text);
  edit->new_text = g_strdup (new_text);
  push (self, edit);
}

static void
push_list_edit (SksEditHistory *self,
                EditKind        kind,
                GListStore     *list,
                guint           position,
                GObject        *item)
{
  Edit *edit;

  if (self->applying)
    return;
  edit = edit_new (kind);
  edit->list = g_object_ref (list);
  edit->position = position;
  edit->item = g_object_ref (item);
  push (self, edit);
}

/* Records that @item was inserted into @list at @position. */
void
sks_edit_history_push_insert (SksEditHistory *self,
                              GListStore     *list,
                              guint           position,
                              GObject        *item)
{
  g_return_if_fail (SKS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list) && G_IS_OBJECT (item));
  push_list_edit (self, EDIT_INSERT, list, position, item);
}

/* Records that @item was removed from @list at @position. */
void
sks_edit_history_push_remove (SksEditHistory *self,
                              GListStore     *list,
                              guint           position,
                              GObject        *item)
{
  g_return_if_fail (SKS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_LIST_STORE (list) && G_IS_OBJECT (item));
  push_list_edit (self, EDIT_REMOVE, list, position, item);
}

/**
 * sks_edit_history_push_copy:
 * @before: a copy of @object's fields (of @table) before the edit
 * @after: a copy after it
 *
 * Records an edit of several fields of @object at once.
 */
void
sks_edit_history_push_copy (SksEditHistory      *self,
                            GObject             *object,
                            const SksFieldTable *table,
                            GObject             *before,
                            GObject             *after)
{
  Edit *edit;

  g_return_if_fail (SKS_IS_EDIT_HISTORY (self));
  g_return_if_fail (G_IS_OBJECT (object) && table != NULL);

  if (self->applying || sks_field_table_equal (table, before, after))
    return;
  edit = edit_new (EDIT_COPY);
  edit->object = g_object_ref (object);
  edit->table = table;
  edit->before = g_object_ref (before);
  edit->after = g_object_ref (after);
  push (self, edit);
}

/* The next field edit starts a new undo step even if it is quick. */
void
sks_edit_history_break (SksEditHistory *self)
{
  g_return_if_fail (SKS_IS_EDIT_HISTORY (self));
  self->broken = TRUE;
}

static void
list_insert (GListStore *list,
             guint       position,
             GObject    *item)
{
  g_list_store_insert (list, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (list))),
                       item);
}

static void
list_remove (GListStore *list,
             GObject    *item)
{
  guint position;

  if (g_list_store_find (list, item, &position))
    g_list_store_remove (list, position);
}

static void
edit_apply (Edit     *edit,
            gboolean  forward)
{
  switch (edit->kind)
    {
    case EDIT_FIELD:
      /* The text was accepted once, so it parses again. */
      sks_field_set_from_string (edit->field, edit->object,
                                 forward ? edit->new_text : edit->old_text, NULL);
      break;
    case EDIT_INSERT:
      if (forward)
        list_insert (edit->list, edit->position, edit->item);
      else
        list_remove (edit->list, edit->item);
      break;
    case EDIT_REMOVE:
      if (forward)
        list_remove (edit->list, edit->item);
      else
        list_insert (edit->list, edit->position, edit->item);
      break;
    case EDIT_COPY:
      sks_field_table_copy (edit->table, forward ? edit->after : edit->before, edit->object);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
move_edit (SksEditHistory *self,
           GPtrArray      *from,
           GPtrArray      *to,
           gboolean        forward)
{
  gboolean could_undo = sks_edit_history_get_can_undo (self);
  gboolean could_redo = sks_edit_history_get_can_redo (self);
  Edit *edit;

  if (from->len == 0)
    return FALSE;
  edit = g_ptr_array_steal_index (from, from->len - 1);
  self->applying = TRUE;
  edit_apply (edit, forward);
  self->applying = FALSE;
  g_ptr_array_add (to, edit);
  self->broken = TRUE;
  notify_state (self, could_undo, could_redo);
  return TRUE;
}

/* Reverts the last edit; FALSE when there is none. */
gboolean
sks_edit_history_undo (SksEditHistory *self)
{
  g_return_val_if_fail (SKS_IS_EDIT_HISTORY (self), FALSE);
  return move_edit (self, self->undo, self->redo, FALSE);
}

/* Applies again the last edit undone; FALSE when there is none. */
gboolean
sks_edit_history_redo (SksEditHistory *self)
{
  g_return_val_if_fail (SKS_IS_EDIT_HISTORY (self), FALSE);
  return move_edit (self, self->redo, self->undo, TRUE);
}

gboolean
sks_edit_history_get_can_undo (SksEditHistory *self)
{
  g_return_val_if_fail (SKS_IS_EDIT_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
sks_edit_history_get_can_redo (SksEditHistory *self)
{
  g_return_val_if_fail (SKS_IS_EDIT_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

static void
sks_edit_history_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SksEditHistory *self = SKS_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sks_edit_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sks_edit_history_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_edit_history_finalize (GObject *object)
{
  SksEditHistory *self = SKS_EDIT_HISTORY (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  G_OBJECT_CLASS (sks_edit_history_parent_class)->finalize (object);
}

static void
sks_edit_history_class_init (SksEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sks_edit_history_get_property;
  object_class->finalize = sks_edit_history_finalize;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sks_edit_history_init (SksEditHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (edit_free);
  self->redo = g_ptr_array_new_with_free_func (edit_free);
}

SksEditHistory *
sks_edit_history_new (void)
{
  return g_object_new (SKS_TYPE_EDIT_HISTORY, NULL);
}
