/* sks-policy-scoring.c — a profile's panel scoring: the default scoring
 * sheet (评分表), which no notice sets, so each profile marks it as the
 * bureau's choice; the default aggregation method and the thresholds of
 * the disagreement flag
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-policy-private.h"

struct _SksPolicyScoring
{
  char               *title;
  char               *source;
  GPtrArray          *criteria;   /* SksScoreCriterion */
  SksScoreMethod      method;
  SksScoreThresholds  thresholds;
};

void
_sks_policy_scoring_free (SksPolicyScoring *scoring)
{
  g_free (scoring->title);
  g_free (scoring->source);
  g_ptr_array_unref (scoring->criteria);
  g_free (scoring);
}

static gboolean
fail_member (SksJsonReader *r,
             const char    *place,
             const char    *key,
             const char    *reason)
{
  g_autofree char *member = _sks_json_place (place, key);

  return _sks_json_fail (r, SKS_JSON_PROBLEM_VALUE, member, "%s", reason);
}

static gboolean
load_criterion (SksJsonReader    *r,
                SksPolicyScoring *scoring,
                GHashTable       *keys,
                JsonNode         *node,
                const char       *place,
                gint64           *sum)
{
  static const char * const allowed[] = { "key", "title", "max", "guidance", "condition", NULL };
  JsonObject *object = _sks_json_node_object (r, node, place);
  const char *key = NULL, *title = NULL, *guidance = NULL, *condition = NULL;
  gint64 max = 0;
  SksScoreCriterion *criterion;

  if (object == NULL ||
      !_sks_json_check_keys (r, object, place, allowed) ||
      !_sks_json_get_string (r, object, place, "key", SKS_JSON_REQUIRED, &key) ||
      !_sks_json_get_string (r, object, place, "title", SKS_JSON_REQUIRED, &title) ||
      !_sks_json_get_int (r, object, place, "max", SKS_JSON_REQUIRED, 1, 100, &max) ||
      !_sks_json_get_string (r, object, place, "guidance", SKS_JSON_REQUIRED, &guidance) ||
      !_sks_json_get_string (r, object, place, "condition", SKS_JSON_OPTIONAL, &condition))
    return FALSE;
  if (*key == '\0' || strchr (key, ',') != NULL)
    return fail_member (r, place, "key", _("a criterion key must not be empty or hold a comma"));
  if (!g_hash_table_add (keys, (gpointer) key))
    return fail_member (r, place, "key", _("another criterion has the same key"));
  criterion = sks_score_criterion_new (key, title, max * SKS_SCORE_UNIT, guidance);
  sks_score_criterion_set_position (criterion, scoring->criteria->len);
  g_ptr_array_add (scoring->criteria, criterion);
  *sum += max;
  return TRUE;
}

static gboolean
load_thresholds (SksJsonReader    *r,
                 SksPolicyScoring *scoring,
                 JsonObject       *object)
{
  static const char * const allowed[] = { "range", "sd", NULL };
  const char *place = "panel_scoring.disagreement";
  gint64 range = 0, sd = 0;

  if (object == NULL)
    return TRUE;
  if (!_sks_json_check_keys (r, object, place, allowed) ||
      !_sks_json_get_int (r, object, place, "range", SKS_JSON_OPTIONAL, 0, 100, &range) ||
      !_sks_json_get_int (r, object, place, "sd", SKS_JSON_OPTIONAL, 0, 100, &sd))
    return FALSE;
  scoring->thresholds.range = range * SKS_SCORE_UNIT;
  scoring->thresholds.sd = sd * SKS_SCORE_UNIT;
  return TRUE;
}

static gboolean
load_criteria (SksJsonReader    *r,
               SksPolicyScoring *scoring,
               JsonArray        *criteria)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 sum = 0;

  for (guint i = 0; i < json_array_get_length (criteria); i++)
    {
      g_autofree char *place = _sks_json_place_index ("panel_scoring.criteria", i);

      if (!load_criterion (r, scoring, keys, json_array_get_element (criteria, i), place, &sum))
        return FALSE;
    }
  if (sum != 100)
    return _sks_json_fail (r, SKS_JSON_PROBLEM_VALUE, "panel_scoring.criteria",
                           _("the criteria’s maximum points must add up to 100, not %lld"),
                           (long long) sum);
  return TRUE;
}

gboolean
_sks_policy_load_scoring (SksPolicy     *self,
                          SksJsonReader *r,
                          JsonObject    *root)
{
  static const char * const allowed[] = { "source", "note", "title", "method", "disagreement",
                                          "criteria", NULL };
  const char *place = "panel_scoring";
  const char *source = NULL, *title = NULL, *method = "mean";
  JsonObject *object = NULL, *disagreement = NULL;
  JsonArray *criteria = NULL;
  SksPolicyScoring *scoring;
  int method_value = SKS_SCORE_METHOD_MEAN;

  if (!_sks_json_get_object (r, root, NULL, place, SKS_JSON_OPTIONAL, &object))
    return FALSE;
  if (object == NULL)
    return TRUE;
  if (!_sks_json_check_keys (r, object, place, allowed) ||
      !_sks_json_get_string (r, object, place, "source", SKS_JSON_REQUIRED, &source) ||
      !_sks_json_get_string (r, object, place, "title", SKS_JSON_REQUIRED, &title) ||
      !_sks_json_get_string (r, object, place, "method", SKS_JSON_OPTIONAL, &method) ||
      !_sks_json_get_object (r, object, place, "disagreement", SKS_JSON_OPTIONAL,
                             &disagreement) ||
      !_sks_json_get_array (r, object, place, "criteria", SKS_JSON_REQUIRED, &criteria))
    return FALSE;
  /* No notice sets a scoring sheet: a profile must not pass one off as the notice's. */
  if (!g_str_equal (source, "bureau"))
    return fail_member (r, place, "source", _("a scoring sheet is the bureau’s choice: write “bureau”"));
  if (!sks_enum_from_nick (SKS_TYPE_SCORE_METHOD, method, &method_value))
    return fail_member (r, place, "method", _("use mean, trimmed-mean or median"));

  scoring = g_new0 (SksPolicyScoring, 1);
  scoring->title = g_strdup (title);
  scoring->source = g_strdup (source);
  scoring->method = method_value;
  scoring->criteria = g_ptr_array_new_with_free_func (g_object_unref);
  if (!load_thresholds (r, scoring, disagreement) || !load_criteria (r, scoring, criteria))
    {
      _sks_policy_scoring_free (scoring);
      return FALSE;
    }
  self->scoring = scoring;
  return TRUE;
}

guint
sks_policy_get_n_score_criteria (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), 0);
  return self->scoring ? self->scoring->criteria->len : 0;
}

/**
 * sks_policy_get_score_criterion:
 *
 * Returns: (transfer none): the profile's criterion; copy it before changing
 */
SksScoreCriterion *
sks_policy_get_score_criterion (SksPolicy *self,
                                guint      position)
{
  g_return_val_if_fail (position < sks_policy_get_n_score_criteria (self), NULL);
  return g_ptr_array_index (self->scoring->criteria, position);
}

/**
 * sks_policy_create_score_sheet:
 *
 * Returns: (transfer full) (element-type SksScoreCriterion): copies of the
 *   default sheet, empty when the profile has none
 */
GPtrArray *
sks_policy_create_score_sheet (SksPolicy *self)
{
  GPtrArray *sheet = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < sks_policy_get_n_score_criteria (self); i++)
    g_ptr_array_add (sheet, sks_score_criterion_copy (sks_policy_get_score_criterion (self, i)));
  return sheet;
}

const char *
sks_policy_get_score_sheet_title (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  return self->scoring ? self->scoring->title : NULL;
}

const char *
sks_policy_get_score_sheet_source (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  return self->scoring ? self->scoring->source : NULL;
}

SksScoreMethod
sks_policy_get_score_method (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), SKS_SCORE_METHOD_MEAN);
  return self->scoring ? self->scoring->method : SKS_SCORE_METHOD_MEAN;
}

void
sks_policy_get_score_thresholds (SksPolicy          *self,
                                 SksScoreThresholds *thresholds)
{
  g_return_if_fail (SKS_IS_POLICY (self));
  g_return_if_fail (thresholds != NULL);
  *thresholds = self->scoring ? self->scoring->thresholds : (SksScoreThresholds) { 0, 0 };
}
