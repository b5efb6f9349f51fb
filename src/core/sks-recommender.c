/* sks-recommender.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-problem.h"
#include "sks-recommender.h"

struct _SksRecommender
{
  GObject  parent_instance;

  gint64   id;
  gint64   round_id;
  char    *name;
  int      kind;
  char    *code;
  gint64   quota;
  gint64   sort_order;
};

G_DEFINE_FINAL_TYPE (SksRecommender, sks_recommender, G_TYPE_OBJECT)

static const SksField recommender_fields[] = {
  SKS_TEXT ("name", "name", N_("Recommending unit"), SksRecommender, name, 50,
            SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_ENUM ("kind", "kind", N_("Kind of recommending unit"), SksRecommender, kind,
            sks_recommender_kind_get_type, 0),
  SKS_TEXT ("code", "code", N_("Division code"), SksRecommender, code, 12, 0, SKS_FORMAT_NONE),
  SKS_INT ("quota", "quota", N_("Quota"), SksRecommender, quota, 0, 1000, 0),
  SKS_INT ("sort-order", "sort_order", N_("Order"), SksRecommender, sort_order, 0, 1000, 0),
};

static const SksFieldTable recommender_table = SKS_FIELD_TABLE (recommender_fields);
static GParamSpec *properties[G_N_ELEMENTS (recommender_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_recommender, recommender_table, properties)

static void
sks_recommender_finalize (GObject *object)
{
  sks_field_table_free_values (&recommender_table, object);
  G_OBJECT_CLASS (sks_recommender_parent_class)->finalize (object);
}

static void
sks_recommender_class_init (SksRecommenderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_recommender_finalize;
  object_class->get_property = sks_recommender_get_property;
  object_class->set_property = sks_recommender_set_property;
  sks_field_table_install (&recommender_table, object_class, properties);
}

static void
sks_recommender_init (SksRecommender *self)
{
}

SksRecommender *
sks_recommender_new (const char        *name,
                     SksRecommenderKind kind,
                     gint64             quota)
{
  return g_object_new (SKS_TYPE_RECOMMENDER, "name", name, "kind", kind, "quota", quota, NULL);
}

const SksFieldTable *
sks_recommender_get_field_table (void)
{
  return &recommender_table;
}

gint64
sks_recommender_get_id (SksRecommender *self)
{
  g_return_val_if_fail (SKS_IS_RECOMMENDER (self), 0);
  return self->id;
}

void
sks_recommender_set_id (SksRecommender *self,
                        gint64          id)
{
  g_return_if_fail (SKS_IS_RECOMMENDER (self));
  self->id = id;
}

gint64
sks_recommender_get_round_id (SksRecommender *self)
{
  g_return_val_if_fail (SKS_IS_RECOMMENDER (self), 0);
  return self->round_id;
}

void
sks_recommender_set_round_id (SksRecommender *self,
                              gint64          round_id)
{
  g_return_if_fail (SKS_IS_RECOMMENDER (self));
  self->round_id = round_id;
}

const char *
sks_recommender_get_name (SksRecommender *self)
{
  g_return_val_if_fail (SKS_IS_RECOMMENDER (self), NULL);
  return self->name;
}

gint64
sks_recommender_get_quota (SksRecommender *self)
{
  g_return_val_if_fail (SKS_IS_RECOMMENDER (self), 0);
  return self->quota;
}

void
sks_recommender_validate (SksRecommender *self,
                          GPtrArray      *problems,
                          const char     *prefix)
{
  g_return_if_fail (SKS_IS_RECOMMENDER (self));
  sks_problems_add_fields (problems, prefix, &recommender_table, G_OBJECT (self), TRUE);
}
