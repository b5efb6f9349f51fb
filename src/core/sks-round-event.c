/* sks-round-event.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-round-event.h"

struct _SksRoundEvent
{
  GObject  parent_instance;

  gint64   round_id;
  char    *time;
  char    *who;
  char    *action;
  char    *detail;
  gint64   studio_id;
  char    *studio_name;
  char    *master_name;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (SksRoundEvent, sks_round_event, G_TYPE_OBJECT)

static const SksField event_fields[] = {
  SKS_TEXT ("time", "time", N_("Time"), SksRoundEvent, time, 40, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("who", "who", N_("By"), SksRoundEvent, who, 200, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("action", "action", N_("Action"), SksRoundEvent, action, 40, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("detail", "detail", N_("Detail"), SksRoundEvent, detail, 2000, SKS_FIELD_MULTILINE,
            SKS_FORMAT_NONE),
  SKS_INT ("studio-id", "studio_id", N_("Application"), SksRoundEvent, studio_id, 0,
           G_MAXINT64, 0),
  SKS_TEXT ("studio-name", "studio_name", N_("Studio name"), SksRoundEvent, studio_name, 200, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("master-name", "master_name", N_("Master"), SksRoundEvent, master_name, 200, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("reason", "reason", N_("Reason"), SksRoundEvent, reason, 2000, SKS_FIELD_MULTILINE,
            SKS_FORMAT_NONE),
};

static const SksFieldTable event_table = SKS_FIELD_TABLE (event_fields);
static GParamSpec *properties[G_N_ELEMENTS (event_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_round_event, event_table, properties)

static void
sks_round_event_finalize (GObject *object)
{
  sks_field_table_free_values (&event_table, object);
  G_OBJECT_CLASS (sks_round_event_parent_class)->finalize (object);
}

static void
sks_round_event_class_init (SksRoundEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_round_event_finalize;
  object_class->get_property = sks_round_event_get_property;
  object_class->set_property = sks_round_event_set_property;
  sks_field_table_install (&event_table, object_class, properties);
}

static void
sks_round_event_init (SksRoundEvent *self)
{
}

SksRoundEvent *
sks_round_event_new (void)
{
  return g_object_new (SKS_TYPE_ROUND_EVENT, NULL);
}

const SksFieldTable *
sks_round_event_get_field_table (void)
{
  return &event_table;
}

gint64
sks_round_event_get_round_id (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), 0);
  return self->round_id;
}

void
sks_round_event_set_round_id (SksRoundEvent *self,
                              gint64         round_id)
{
  g_return_if_fail (SKS_IS_ROUND_EVENT (self));
  self->round_id = round_id;
}

gint64
sks_round_event_get_studio_id (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), 0);
  return self->studio_id;
}

const char *
sks_round_event_get_time (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->time;
}

const char *
sks_round_event_get_who (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->who;
}

const char *
sks_round_event_get_action (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->action;
}

const char *
sks_round_event_get_detail (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->detail;
}

const char *
sks_round_event_get_studio_name (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->studio_name;
}

const char *
sks_round_event_get_master_name (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->master_name;
}

const char *
sks_round_event_get_reason (SksRoundEvent *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_EVENT (self), NULL);
  return self->reason;
}
