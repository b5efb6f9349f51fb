/* test-validate-common.h — the model types and their field tables, for the
 * validation tests in English and in Chinese
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-attachment.h"
#include "sks-field.h"
#include "sks-history-entry.h"
#include "sks-master.h"
#include "sks-recommender.h"
#include "sks-round.h"
#include "sks-studio.h"
#include "sks-team-member.h"
#include "sks-unit.h"

G_BEGIN_DECLS

typedef struct {
  const char            *name;
  const SksFieldTable *(*get_table) (void);
  GObject             *(*create)    (void);
} ModelType;

static inline GObject *
create_studio (void)
{
  return G_OBJECT (sks_studio_new ());
}

static inline GObject *
create_unit (void)
{
  return G_OBJECT (sks_unit_new ());
}

static inline GObject *
create_master (void)
{
  return G_OBJECT (sks_master_new ());
}

static inline GObject *
create_team_member (void)
{
  return G_OBJECT (sks_team_member_new ());
}

static inline GObject *
create_attachment (void)
{
  return G_OBJECT (sks_attachment_new (SKS_ATTACHMENT_OTHER, NULL, NULL, NULL));
}

static inline GObject *
create_round (void)
{
  return G_OBJECT (sks_round_new (NULL, NULL, 0));
}

static inline GObject *
create_recommender (void)
{
  return G_OBJECT (sks_recommender_new (NULL, SKS_RECOMMENDER_DISTRICT, 0));
}

static inline GObject *
create_history_entry (void)
{
  return G_OBJECT (sks_history_entry_new (NULL, NULL, NULL));
}

/* Every model type with a field table. A new type belongs here. */
static const ModelType model_types[] = {
  { "studio", sks_studio_get_field_table, create_studio },
  { "unit", sks_unit_get_field_table, create_unit },
  { "master", sks_master_get_field_table, create_master },
  { "team-member", sks_team_member_get_field_table, create_team_member },
  { "attachment", sks_attachment_get_field_table, create_attachment },
  { "round", sks_round_get_field_table, create_round },
  { "recommender", sks_recommender_get_field_table, create_recommender },
  { "history-entry", sks_history_entry_get_field_table, create_history_entry },
};

static inline const ModelType *
model_type_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (model_types); i++)
    if (g_str_equal (model_types[i].name, name))
      return &model_types[i];
  return NULL;
}

/* Puts @value into @field the way the application does: text and numbers
 * are held as given and judged by sks_field_validate(); booleans and enums
 * go through their stored form, which is where a bad one is refused. */
static inline gboolean
apply_value (const SksField *field,
             GObject        *object,
             const char     *value,
             GError        **error)
{
  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      g_object_set (object, field->name, value, NULL);
      return TRUE;
    case SKS_FIELD_INT:
      g_object_set (object, field->name, g_ascii_strtoll (value, NULL, 10), NULL);
      return TRUE;
    case SKS_FIELD_DOUBLE:
      g_object_set (object, field->name, g_ascii_strtod (value, NULL), NULL);
      return TRUE;
    case SKS_FIELD_BOOLEAN:
    case SKS_FIELD_ENUM:
    default:
      return sks_field_set_from_string (field, object, value, error);
    }
}

/* Sets @value on a fresh object of @type and validates the field; returns
 * the error, or NULL when the value is accepted. */
static inline GError *
check_value (const char *type,
             const char *field_name,
             const char *value,
             gboolean    complete)
{
  const ModelType *model = model_type_lookup (type);
  const SksField *field;
  GObject *object;
  GError *error = NULL;

  g_assert_nonnull (model);
  field = sks_field_table_lookup (model->get_table (), field_name);
  g_assert_nonnull (field);

  object = model->create ();
  if (apply_value (field, object, value, &error))
    sks_field_validate (field, object, complete, &error);
  g_assert_finalize_object (object);
  return error;
}

G_END_DECLS
