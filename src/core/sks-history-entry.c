/* sks-history-entry.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-history-entry.h"

/* The detail names fields and statuses, never their personal values. */
struct _SksHistoryEntry
{
  GObject  parent_instance;

  char    *time;
  char    *action;
  char    *detail;
};

G_DEFINE_FINAL_TYPE (SksHistoryEntry, sks_history_entry, G_TYPE_OBJECT)

static const SksField history_fields[] = {
  SKS_TEXT ("time", "time", N_("Time"), SksHistoryEntry, time, 40, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("action", "action", N_("Action"), SksHistoryEntry, action, 40, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("detail", "detail", N_("Detail"), SksHistoryEntry, detail, 2000, SKS_FIELD_MULTILINE,
            SKS_FORMAT_NONE),
};

static const SksFieldTable history_table = SKS_FIELD_TABLE (history_fields);
static GParamSpec *properties[G_N_ELEMENTS (history_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_history_entry, history_table, properties)

static void
sks_history_entry_finalize (GObject *object)
{
  sks_field_table_free_values (&history_table, object);
  G_OBJECT_CLASS (sks_history_entry_parent_class)->finalize (object);
}

static void
sks_history_entry_class_init (SksHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_history_entry_finalize;
  object_class->get_property = sks_history_entry_get_property;
  object_class->set_property = sks_history_entry_set_property;
  sks_field_table_install (&history_table, object_class, properties);
}

static void
sks_history_entry_init (SksHistoryEntry *self)
{
}

SksHistoryEntry *
sks_history_entry_new (const char *time,
                       const char *action,
                       const char *detail)
{
  return g_object_new (SKS_TYPE_HISTORY_ENTRY,
                       "time", time, "action", action, "detail", detail, NULL);
}

const SksFieldTable *
sks_history_entry_get_field_table (void)
{
  return &history_table;
}

const char *
sks_history_entry_get_time (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->time;
}

const char *
sks_history_entry_get_action (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->action;
}

const char *
sks_history_entry_get_detail (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->detail;
}
