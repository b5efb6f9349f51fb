/* sks-history-entry.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-history-entry.h"

/* One change: when, who, what (field), the old and the new value and why.
 * Personal values (SKS_FIELD_SENSITIVE) are kept masked, as lists show them. */
struct _SksHistoryEntry
{
  GObject  parent_instance;

  gint64   studio_id;  /* not a field: the application it belongs to, when listed apart */
  char    *time;
  char    *action;
  char    *detail;
  char    *who;
  char    *field;
  char    *old_value;
  char    *new_value;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (SksHistoryEntry, sks_history_entry, G_TYPE_OBJECT)

static const SksField history_fields[] = {
  SKS_TEXT ("time", "time", N_("Time"), SksHistoryEntry, time, 40, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("action", "action", N_("Action"), SksHistoryEntry, action, 40, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("detail", "detail", N_("Detail"), SksHistoryEntry, detail, 2000, SKS_FIELD_MULTILINE,
            SKS_FORMAT_NONE),
  SKS_TEXT ("who", "who", N_("By"), SksHistoryEntry, who, 200, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("field", "field", N_("Field"), SksHistoryEntry, field, 200, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("old-value", "old_value", N_("Old value"), SksHistoryEntry, old_value, 20000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_TEXT ("new-value", "new_value", N_("New value"), SksHistoryEntry, new_value, 20000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_TEXT ("reason", "reason", N_("Reason"), SksHistoryEntry, reason, 2000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
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

/**
 * sks_history_entry_new_change:
 * @field: (nullable): the field's name, e.g. "master.mobile" or "team"
 * @old_value: (nullable): the value before, masked if personal
 * @new_value: (nullable): the value after, masked if personal
 * @who: (nullable): the user who made the change
 * @reason: (nullable): why, where the user gave a reason
 *
 * Returns: (transfer full): one change of one field.
 */
SksHistoryEntry *
sks_history_entry_new_change (const char *time,
                              const char *action,
                              const char *field,
                              const char *old_value,
                              const char *new_value,
                              const char *who,
                              const char *reason)
{
  return g_object_new (SKS_TYPE_HISTORY_ENTRY,
                       "time", time, "action", action, "detail", field,
                       "field", field, "old-value", old_value, "new-value", new_value,
                       "who", who, "reason", reason, NULL);
}

const char *
sks_history_entry_get_detail (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->detail;
}

const char *
sks_history_entry_get_who (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->who;
}

const char *
sks_history_entry_get_field (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->field;
}

const char *
sks_history_entry_get_old_value (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->old_value;
}

const char *
sks_history_entry_get_new_value (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->new_value;
}

const char *
sks_history_entry_get_reason (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), NULL);
  return self->reason;
}

gint64
sks_history_entry_get_studio_id (SksHistoryEntry *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_ENTRY (self), 0);
  return self->studio_id;
}

void
sks_history_entry_set_studio_id (SksHistoryEntry *self,
                                 gint64           studio_id)
{
  g_return_if_fail (SKS_IS_HISTORY_ENTRY (self));
  self->studio_id = studio_id;
}
