/* sks-trash-entry.h — an application in the document's trash (回收站)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sks-enums.h"

G_BEGIN_DECLS

#define SKS_TYPE_TRASH_ENTRY (sks_trash_entry_get_type ())

G_DECLARE_FINAL_TYPE (SksTrashEntry, sks_trash_entry, SKS, TRASH_ENTRY, GObject)

/* A read-only snapshot made by the store; no personal data. */
typedef struct {
  gint64      id;
  gint64      round_id;
  const char *uuid;
  const char *name;
  const char *master_name;
  const char *recommender_name;
  const char *unit_name;
  SksStatus   status;
  const char *deleted;      /* ISO 8601, UTC */
  const char *deleted_by;
} SksTrashEntryData;

SksTrashEntry *sks_trash_entry_new                  (const SksTrashEntryData *data);
gint64         sks_trash_entry_get_id               (SksTrashEntry *self);
gint64         sks_trash_entry_get_round_id         (SksTrashEntry *self);
const char    *sks_trash_entry_get_uuid             (SksTrashEntry *self);
const char    *sks_trash_entry_get_name             (SksTrashEntry *self);
const char    *sks_trash_entry_get_master_name      (SksTrashEntry *self);
const char    *sks_trash_entry_get_recommender_name (SksTrashEntry *self);
const char    *sks_trash_entry_get_unit_name        (SksTrashEntry *self);
SksStatus      sks_trash_entry_get_status           (SksTrashEntry *self);
const char    *sks_trash_entry_get_deleted          (SksTrashEntry *self);
const char    *sks_trash_entry_get_deleted_by       (SksTrashEntry *self);
char          *sks_trash_entry_dup_deleted_local    (SksTrashEntry *self);

G_END_DECLS
