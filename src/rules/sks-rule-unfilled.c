/* sks-rule-unfilled.c — "not filled in yet" (尚未填写) instead of a failure
 * while an application is still being filled in
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Some fields cannot tell "not answered" from an answer: 在本市全职工作年限
 * is a number whose unset value is 0, 一线在岗人员 a tick box whose unset
 * value is "no". A new, empty form would fail on them before anyone typed a
 * thing. The document keeps no "answered" mark per field (the columns are
 * NOT NULL with those defaults, and a mark kept only in memory would be lost
 * when a draft is opened again), but it does keep the application's status:
 * while it is 填报中 (a draft), a field at its unset value has not been
 * answered yet, so a rule that would fail or warn on it says "not filled in
 * yet" and needs a person (manual). Once the application is submitted, its
 * values are its answers and the rules judge them as they are.
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-rule-kinds-private.h"

/* Whether @field of @object still holds the value a new application starts with. */
static gboolean
field_unset (const SksField *field,
             GObject        *object)
{
  if (field->kind == SKS_FIELD_BOOLEAN)
    return !sks_field_get_boolean (field, object);
  return sks_field_is_empty (field, object);
}

/* Returns: (nullable): the field a verdict names (a path such as
 * "master.full-time-years"), and its object in *object */
static const SksField *
resolve (const SksStudioFacts  *facts,
         const char            *path,
         GObject              **object)
{
  if (g_str_has_prefix (path, "master."))
    {
      *object = G_OBJECT (facts->master);
      return sks_field_table_lookup (sks_master_get_field_table (), path + strlen ("master."));
    }
  if (g_str_has_prefix (path, "unit."))
    {
      *object = G_OBJECT (facts->unit);
      return sks_field_table_lookup (sks_unit_get_field_table (), path + strlen ("unit."));
    }
  *object = G_OBJECT (facts->studio);
  return sks_field_table_lookup (sks_studio_get_field_table (), path);
}

/**
 * _sks_outcome_mark_unfilled:
 *
 * Turns a failure or warning about a field of a draft that was never filled
 * in into "not filled in yet" (%SKS_VERDICT_MANUAL). Runs after every
 * per-application check, so it only looks further for drafts that fail.
 */
void
_sks_outcome_mark_unfilled (const SksStudioFacts *facts,
                            SksOutcome           *out)
{
  const SksField *field;
  GObject *object = NULL;

  if (out->status < SKS_VERDICT_WARNING || out->field == NULL ||
      sks_studio_get_status (facts->studio) != SKS_STATUS_DRAFT)
    return;

  if (g_str_equal (out->field, "team"))
    {
      if (g_list_model_get_n_items (sks_studio_get_team (facts->studio)) == 0)
        _sks_outcome_printf (out, SKS_VERDICT_MANUAL, out->field, "%s",
                             _("Team members: not filled in yet"));
      return;
    }

  field = resolve (facts, out->field, &object);
  if (field == NULL || !field_unset (field, object))
    return;
  if (field->kind == SKS_FIELD_BOOLEAN)
    /* Translators: %s is a yes/no field of the form, e.g. 直接从事技能工作的一线在岗人员 */
    _sks_outcome_printf (out, SKS_VERDICT_MANUAL, out->field,
                         _("%s: not filled in yet (not ticked)"), sks_field_get_label (field));
  else
    /* Translators: %s is a field of the form, e.g. 在本市全职工作年限 */
    _sks_outcome_printf (out, SKS_VERDICT_MANUAL, out->field, _("%s: not filled in yet"),
                         sks_field_get_label (field));
}
