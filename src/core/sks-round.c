/* sks-round.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-problem.h"
#include "sks-round.h"

struct _SksRound
{
  GObject  parent_instance;

  gint64   id;
  char    *key;
  char    *city;
  gint64   year;
  char    *policy_id;
  char    *title;
  char    *document_number;
  char    *issuing_bureau;
  char    *reference_date;
  char    *deadline;
};

G_DEFINE_FINAL_TYPE (SksRound, sks_round, G_TYPE_OBJECT)

static const SksField round_fields[] = {
  SKS_TEXT ("key", "key", N_("Round key"), SksRound, key, 64, SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_TEXT ("city", "city", N_("City"), SksRound, city, 20, SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_INT ("year", "year", N_("Year"), SksRound, year, 2000, 2100, SKS_FIELD_REQUIRED),
  SKS_TEXT ("policy-id", "policy_id", N_("Policy profile"), SksRound, policy_id, 64, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("title", "title", N_("Title"), SksRound, title, 200, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("document-number", "document_number", N_("Document number"), SksRound,
            document_number, 64, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("issuing-bureau", "issuing_bureau", N_("Issuing bureau"), SksRound, issuing_bureau,
            100, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("reference-date", "reference_date", N_("Reference date for ages"), SksRound,
            reference_date, 10, 0, SKS_FORMAT_DATE),
  SKS_TEXT ("deadline", "deadline", N_("Submission deadline"), SksRound, deadline, 10, 0,
            SKS_FORMAT_DATE),
};

static const SksFieldTable round_table = SKS_FIELD_TABLE (round_fields);
static GParamSpec *properties[G_N_ELEMENTS (round_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_round, round_table, properties)

static void
sks_round_finalize (GObject *object)
{
  sks_field_table_free_values (&round_table, object);
  G_OBJECT_CLASS (sks_round_parent_class)->finalize (object);
}

static void
sks_round_class_init (SksRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_round_finalize;
  object_class->get_property = sks_round_get_property;
  object_class->set_property = sks_round_set_property;
  sks_field_table_install (&round_table, object_class, properties);
}

static void
sks_round_init (SksRound *self)
{
}

SksRound *
sks_round_new (const char *key,
               const char *city,
               gint64      year)
{
  return g_object_new (SKS_TYPE_ROUND, "key", key, "city", city, "year", year, NULL);
}

const SksFieldTable *
sks_round_get_field_table (void)
{
  return &round_table;
}

gint64
sks_round_get_id (SksRound *self)
{
  g_return_val_if_fail (SKS_IS_ROUND (self), 0);
  return self->id;
}

void
sks_round_set_id (SksRound *self,
                  gint64    id)
{
  g_return_if_fail (SKS_IS_ROUND (self));
  self->id = id;
}

const char *
sks_round_get_key (SksRound *self)
{
  g_return_val_if_fail (SKS_IS_ROUND (self), NULL);
  return self->key;
}

const char *
sks_round_get_city (SksRound *self)
{
  g_return_val_if_fail (SKS_IS_ROUND (self), NULL);
  return self->city;
}

gint64
sks_round_get_year (SksRound *self)
{
  g_return_val_if_fail (SKS_IS_ROUND (self), 0);
  return self->year;
}

const char *
sks_round_get_policy_id (SksRound *self)
{
  g_return_val_if_fail (SKS_IS_ROUND (self), NULL);
  return self->policy_id;
}

const char *
sks_round_get_title (SksRound *self)
{
  g_return_val_if_fail (SKS_IS_ROUND (self), NULL);
  return self->title;
}

void
sks_round_validate (SksRound   *self,
                    GPtrArray  *problems,
                    const char *prefix)
{
  g_return_if_fail (SKS_IS_ROUND (self));
  sks_problems_add_fields (problems, prefix, &round_table, G_OBJECT (self), TRUE);
}
