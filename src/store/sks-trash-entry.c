/* sks-trash-entry.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include "sks-trash-entry.h"

struct _SksTrashEntry
{
  GObject    parent_instance;

  gint64     id;
  gint64     round_id;
  char      *uuid;
  char      *name;
  char      *master_name;
  char      *recommender_name;
  char      *unit_name;
  SksStatus  status;
  char      *deleted;
  char      *deleted_by;
};

G_DEFINE_FINAL_TYPE (SksTrashEntry, sks_trash_entry, G_TYPE_OBJECT)

static void
sks_trash_entry_finalize (GObject *object)
{
  SksTrashEntry *self = SKS_TRASH_ENTRY (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->master_name);
  g_free (self->recommender_name);
  g_free (self->unit_name);
  g_free (self->deleted);
  g_free (self->deleted_by);
  G_OBJECT_CLASS (sks_trash_entry_parent_class)->finalize (object);
}

static void
sks_trash_entry_class_init (SksTrashEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_trash_entry_finalize;
}

static void
sks_trash_entry_init (SksTrashEntry *self)
{
}

SksTrashEntry *
sks_trash_entry_new (const SksTrashEntryData *data)
{
  SksTrashEntry *self = g_object_new (SKS_TYPE_TRASH_ENTRY, NULL);

  self->id = data->id;
  self->round_id = data->round_id;
  self->uuid = g_strdup (data->uuid);
  self->name = g_strdup (data->name);
  self->master_name = g_strdup (data->master_name);
  self->recommender_name = g_strdup (data->recommender_name);
  self->unit_name = g_strdup (data->unit_name);
  self->status = data->status;
  self->deleted = g_strdup (data->deleted);
  self->deleted_by = g_strdup (data->deleted_by);
  return self;
}

gint64
sks_trash_entry_get_id (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), 0);
  return self->id;
}

gint64
sks_trash_entry_get_round_id (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), 0);
  return self->round_id;
}

const char *
sks_trash_entry_get_uuid (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->uuid;
}

const char *
sks_trash_entry_get_name (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->name;
}

const char *
sks_trash_entry_get_master_name (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->master_name;
}

const char *
sks_trash_entry_get_recommender_name (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->recommender_name;
}

const char *
sks_trash_entry_get_unit_name (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->unit_name;
}

SksStatus
sks_trash_entry_get_status (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), SKS_STATUS_DRAFT);
  return self->status;
}

const char *
sks_trash_entry_get_deleted (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->deleted;
}

const char *
sks_trash_entry_get_deleted_by (SksTrashEntry *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);
  return self->deleted_by;
}

/* Returns: (transfer full): when it was deleted, in local time
 *   ("2025-03-17 14:05"), or a copy of the stored text if it is not a time */
char *
sks_trash_entry_dup_deleted_local (SksTrashEntry *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (SKS_IS_TRASH_ENTRY (self), NULL);

  if (self->deleted == NULL || !(utc = g_date_time_new_from_iso8601 (self->deleted, NULL)))
    return g_strdup (self->deleted ? self->deleted : "");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
