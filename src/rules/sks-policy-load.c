/* sks-policy-load.c — reading a policy profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-policy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-age.h"
#include "sks-json-guard.h"
#include "sks-policy-private.h"

/*
 * The reader checks every member: anything it does not understand is
 * refused with the file, the place (a JSON path) and the reason, because a
 * rule silently dropped would be a verdict silently wrong. The rules come
 * last, so that a kind can check its parameters against the rest of the
 * profile (a deadline rule needs a deadline).
 */

typedef struct {
  SksJsonReader  r;
  SksPolicy     *policy;
} Loader;

/* A copy kept as long as the policy, for the structs of the public API. */
static const char *
keep (Loader     *l,
      const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strdup (text);
  g_ptr_array_add (l->policy->strings, copy);
  return copy;
}

static gboolean
fail_value (Loader     *l,
            const char *place,
            const char *key,
            const char *message)
{
  g_autofree char *member_place = _sks_json_place (place, key);
  return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, member_place, "%s", message);
}

/* Reads an enum value given by its nick, e.g. "district". */
static gboolean
get_nick (Loader     *l,
          JsonObject *object,
          const char *place,
          const char *key,
          GType       enum_type,
          int        *value)
{
  const char *nick = NULL;

  if (!_sks_json_get_string (&l->r, object, place, key, SKS_JSON_REQUIRED, &nick))
    return FALSE;
  if (!sks_enum_from_nick (enum_type, nick, value))
    {
      g_autofree char *excerpt = sks_json_guard_excerpt (nick, -1);
      g_autofree char *message = g_strdup_printf (_("“%s” is not an allowed value"), excerpt);
      return fail_value (l, place, key, message);
    }
  return TRUE;
}

static gboolean read_paragraph (Loader      *l,
                                JsonObject  *paragraph,
                                const char  *paragraph_place,
                                char       **ref,
                                char       **text);

/* A paragraph of the notice: { "ref": "二、申报条件 1", "text": "…" }, or null. */
static gboolean
get_paragraph (Loader      *l,
               JsonObject  *object,
               const char  *place,
               SksJsonFlags flags,
               char       **ref,
               char       **text)
{
  g_autofree char *paragraph_place = _sks_json_place (place, "paragraph");
  JsonObject *paragraph = NULL;

  if (!_sks_json_get_object (&l->r, object, place, "paragraph", flags | SKS_JSON_NULLABLE,
                             &paragraph))
    return FALSE;
  if (paragraph == NULL)
    return TRUE;
  return read_paragraph (l, paragraph, paragraph_place, ref, text);
}

static gboolean
read_paragraph (Loader      *l,
                JsonObject  *paragraph,
                const char  *paragraph_place,
                char       **ref,
                char       **text)
{
  static const char * const keys[] = { "ref", "text", NULL };
  const char *ref_text = NULL, *body = NULL;

  if (!_sks_json_check_keys (&l->r, paragraph, paragraph_place, keys) ||
      !_sks_json_get_string (&l->r, paragraph, paragraph_place, "ref", SKS_JSON_REQUIRED,
                             &ref_text) ||
      !_sks_json_get_string (&l->r, paragraph, paragraph_place, "text", SKS_JSON_REQUIRED, &body))
    return FALSE;
  *ref = g_strdup (ref_text);
  *text = g_strdup (body);
  return TRUE;
}

static gboolean
is_identifier (const char *text,
               const char *extra)
{
  if (text == NULL || !g_ascii_islower (*text))
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && strchr (extra, *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
load_header (Loader     *l,
             JsonObject *root)
{
  SksPolicy *self = l->policy;
  const char *format = NULL, *text = NULL;
  gint64 version = 0, year = 0;

  if (!_sks_json_get_string (&l->r, root, NULL, "format", SKS_JSON_REQUIRED, &format))
    return FALSE;
  if (!g_str_equal (format, SKS_POLICY_FORMAT))
    {
      l->r.codes[SKS_JSON_PROBLEM_VALUE] = SKS_POLICY_ERROR_FORMAT;
      return fail_value (l, NULL, "format", _("this is not a Skill Studio policy profile"));
    }
  if (!_sks_json_get_int (&l->r, root, NULL, "version", SKS_JSON_REQUIRED, 1, G_MAXINT, &version))
    return FALSE;
  if (version != SKS_POLICY_FORMAT_VERSION)
    {
      g_autofree char *message =
        g_strdup_printf (_("format version %d cannot be read by this version of Skill Studio, "
                           "which reads version %d"), (int) version, SKS_POLICY_FORMAT_VERSION);
      l->r.codes[SKS_JSON_PROBLEM_VALUE] = SKS_POLICY_ERROR_FORMAT;
      return fail_value (l, NULL, "version", message);
    }

  if (!_sks_json_get_string (&l->r, root, NULL, "id", SKS_JSON_REQUIRED, &text))
    return FALSE;
  if (!is_identifier (text, "-_.") || strlen (text) > 64)
    return fail_value (l, NULL, "id", _("use lower-case letters, digits and hyphens, "
                                        "such as huzhou-2025"));
  self->id = g_strdup (text);

#define GET_TEXT(key, member)                                                     \
  text = NULL;                                                                    \
  if (!_sks_json_get_string (&l->r, root, NULL, key, SKS_JSON_REQUIRED, &text))   \
    return FALSE;                                                                 \
  self->member = g_strdup (text);

  GET_TEXT ("city", city)
  GET_TEXT ("title", title)
  GET_TEXT ("document_number", document_number)
  GET_TEXT ("issuing_bureau", issuing_bureau)
#undef GET_TEXT

  if (!_sks_json_get_int (&l->r, root, NULL, "year", SKS_JSON_REQUIRED, 2000, 2100, &year) ||
      !_sks_json_get_date (&l->r, root, NULL, "issued", SKS_JSON_REQUIRED, &self->issued) ||
      !_sks_json_get_date (&l->r, root, NULL, "reference_date",
                           SKS_JSON_REQUIRED | SKS_JSON_NULLABLE, &self->reference_date) ||
      !_sks_json_get_date (&l->r, root, NULL, "deadline", SKS_JSON_REQUIRED | SKS_JSON_NULLABLE,
                           &self->deadline))
    return FALSE;
  self->year = (int) year;
  return TRUE;
}

static gboolean
load_effective (Loader     *l,
                JsonObject *root)
{
  static const char * const keys[] = { "from", "until", "replaces", NULL };
  SksPolicy *self = l->policy;
  JsonObject *effective = NULL;
  const char *replaces = NULL;

  if (!_sks_json_get_object (&l->r, root, NULL, "effective", SKS_JSON_REQUIRED, &effective) ||
      !_sks_json_check_keys (&l->r, effective, "effective", keys) ||
      !_sks_json_get_date (&l->r, effective, "effective", "from", SKS_JSON_REQUIRED,
                           &self->effective_from) ||
      !_sks_json_get_date (&l->r, effective, "effective", "until", SKS_JSON_NULLABLE,
                           &self->effective_until) ||
      !_sks_json_get_string (&l->r, effective, "effective", "replaces", SKS_JSON_NULLABLE,
                             &replaces))
    return FALSE;
  self->replaces = g_strdup (replaces);
  if (g_date_valid (&self->effective_until) &&
      g_date_compare (&self->effective_until, &self->effective_from) < 0)
    return fail_value (l, "effective", "until", _("the end comes before the start"));
  return TRUE;
}

static gboolean
load_public_notice (Loader     *l,
                    JsonObject *root)
{
  static const char * const keys[] = { "working_days", "minimum", "stated", "counting",
                                       "paragraph", NULL };
  static const char * const countings[] = { "inclusive", "next-day", NULL };
  SksPolicy *self = l->policy;
  JsonObject *notice = NULL;
  gint64 days = 0;
  gboolean minimum = TRUE;
  const char *counting = "inclusive";
  g_autofree char *ref = NULL, *text = NULL;

  if (!_sks_json_get_object (&l->r, root, NULL, "public_notice", SKS_JSON_REQUIRED, &notice) ||
      !_sks_json_check_keys (&l->r, notice, "public_notice", keys) ||
      !_sks_json_get_int (&l->r, notice, "public_notice", "working_days", SKS_JSON_REQUIRED, 1,
                          60, &days) ||
      !_sks_json_get_bool (&l->r, notice, "public_notice", "minimum", SKS_JSON_OPTIONAL,
                           &minimum) ||
      !_sks_json_get_bool (&l->r, notice, "public_notice", "stated", SKS_JSON_REQUIRED,
                           &self->public_notice_stated) ||
      !_sks_json_get_string (&l->r, notice, "public_notice", "counting", SKS_JSON_OPTIONAL,
                             &counting) ||
      !get_paragraph (l, notice, "public_notice", SKS_JSON_OPTIONAL, &ref, &text))
    return FALSE;
  if (!g_strv_contains (countings, counting))
    return fail_value (l, "public_notice", "counting",
                       _("must be “inclusive” (the day of posting counts) or “next-day”"));
  self->public_notice_days = (guint) days;
  self->public_notice_counting = g_str_equal (counting, "inclusive") ? SKS_DAY_COUNT_INCLUSIVE
                                                                     : SKS_DAY_COUNT_NEXT_DAY;
  return TRUE;
}

static gboolean
load_annual_report (Loader     *l,
                    JsonObject *root)
{
  static const char * const keys[] = { "month", "day", "if_not_working_day", "paragraph", NULL };
  static const char * const shifts[] = { "previous-working-day", "keep", "next-working-day",
                                         NULL };
  SksPolicy *self = l->policy;
  JsonObject *report = NULL;
  gint64 month = 0, day = 0;
  const char *shift = "keep";
  g_autofree char *ref = NULL, *text = NULL;

  if (!_sks_json_get_object (&l->r, root, NULL, "annual_report", SKS_JSON_NULLABLE, &report))
    return FALSE;
  if (report == NULL)
    return TRUE;
  if (!_sks_json_check_keys (&l->r, report, "annual_report", keys) ||
      !_sks_json_get_int (&l->r, report, "annual_report", "month", SKS_JSON_REQUIRED, 1, 12,
                          &month) ||
      !_sks_json_get_int (&l->r, report, "annual_report", "day", SKS_JSON_REQUIRED, 1, 31, &day) ||
      !_sks_json_get_string (&l->r, report, "annual_report", "if_not_working_day",
                             SKS_JSON_OPTIONAL, &shift) ||
      !get_paragraph (l, report, "annual_report", SKS_JSON_OPTIONAL, &ref, &text))
    return FALSE;
  /* 29 February would not exist most years */
  if (day > g_date_get_days_in_month ((GDateMonth) month, 2001))
    return fail_value (l, "annual_report", "day", _("the month has no such day every year"));
  if (!g_strv_contains (shifts, shift))
    return fail_value (l, "annual_report", "if_not_working_day",
                       _("must be “keep”, “next-working-day” or “previous-working-day”"));
  self->report_month = (int) month;
  self->report_day = (int) day;
  for (int i = 0; shifts[i]; i++)
    if (g_str_equal (shift, shifts[i]))
      self->report_shift = i - 1;
  return TRUE;
}

static gboolean
load_recommender (Loader     *l,
                  JsonObject *object,
                  const char *place)
{
  static const char * const keys[] = { "name", "kind", "code", "quota", NULL };
  SksPolicyRecommender rec = { NULL, 0, NULL, -1, NULL };
  const char *name = NULL, *code = NULL, *note = NULL;
  int kind = 0;

  if (!_sks_json_check_keys (&l->r, object, place, keys) ||
      !_sks_json_get_string (&l->r, object, place, "name", SKS_JSON_REQUIRED, &name) ||
      !get_nick (l, object, place, "kind", SKS_TYPE_RECOMMENDER_KIND, &kind) ||
      !_sks_json_get_string (&l->r, object, place, "code", SKS_JSON_NULLABLE, &code) ||
      !_sks_json_get_int (&l->r, object, place, "quota", SKS_JSON_REQUIRED | SKS_JSON_NULLABLE, 0,
                          1000, &rec.quota) ||
      !_sks_json_get_string (&l->r, object, place, "note", SKS_JSON_OPTIONAL, &note))
    return FALSE;
  if (sks_policy_find_recommender (l->policy, name) != NULL)
    return fail_value (l, place, "name", _("this recommending unit is listed twice"));
  rec.name = keep (l, name);
  rec.kind = kind;
  rec.code = keep (l, code);
  rec.note = keep (l, note);
  g_array_append_val (l->policy->recommenders, rec);
  return TRUE;
}

static gboolean
load_recommenders (Loader     *l,
                   JsonObject *root)
{
  static const char * const target_keys[] = { "count", "approximate", "text", NULL };
  JsonArray *list = NULL;
  JsonObject *target = NULL;
  g_autofree char *ref = NULL, *text = NULL;

  if (!_sks_json_get_array (&l->r, root, NULL, "recommenders", SKS_JSON_REQUIRED, &list))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autofree char *place = _sks_json_place_index ("recommenders", i);
      JsonObject *object = _sks_json_node_object (&l->r, json_array_get_element (list, i), place);

      if (object == NULL || !load_recommender (l, object, place))
        return FALSE;
    }

  if (!_sks_json_get_int (&l->r, root, NULL, "total_quota", SKS_JSON_NULLABLE, 0, 100000,
                          &l->policy->total_quota) ||
      !_sks_json_get_object (&l->r, root, NULL, "quota_paragraph", SKS_JSON_NULLABLE, &target))
    return FALSE;
  if (target != NULL && !read_paragraph (l, target, "quota_paragraph", &ref, &text))
    return FALSE;
  target = NULL;
  if (!_sks_json_get_object (&l->r, root, NULL, "selection_target", SKS_JSON_NULLABLE, &target))
    return FALSE;
  if (target != NULL)
    {
      gboolean approximate = FALSE;
      const char *target_text = NULL;

      if (!_sks_json_check_keys (&l->r, target, "selection_target", target_keys) ||
          !_sks_json_get_int (&l->r, target, "selection_target", "count", SKS_JSON_REQUIRED, 0,
                              100000, &l->policy->selection_target) ||
          !_sks_json_get_bool (&l->r, target, "selection_target", "approximate",
                               SKS_JSON_OPTIONAL, &approximate) ||
          !_sks_json_get_string (&l->r, target, "selection_target", "text", SKS_JSON_OPTIONAL,
                                 &target_text))
        return FALSE;
      l->policy->selection_target_approximate = approximate;
      l->policy->selection_target_text = keep (l, target_text);
    }
  return TRUE;
}

static gboolean
load_chains (Loader     *l,
             JsonObject *root)
{
  static const char * const keys[] = { "name", "confirmed", "source", NULL };
  JsonArray *list = NULL;
  const char *note = NULL;

  if (!_sks_json_get_array (&l->r, root, NULL, "industry_chains", SKS_JSON_OPTIONAL, &list) ||
      !_sks_json_get_string (&l->r, root, NULL, "industry_chains_note", SKS_JSON_OPTIONAL, &note))
    return FALSE;
  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      g_autofree char *place = _sks_json_place_index ("industry_chains", i);
      JsonObject *object = _sks_json_node_object (&l->r, json_array_get_element (list, i), place);
      SksIndustryChain chain = { NULL, FALSE, NULL };
      const char *name = NULL, *source = NULL;

      if (object == NULL ||
          !_sks_json_check_keys (&l->r, object, place, keys) ||
          !_sks_json_get_string (&l->r, object, place, "name", SKS_JSON_REQUIRED, &name) ||
          !_sks_json_get_bool (&l->r, object, place, "confirmed", SKS_JSON_REQUIRED,
                               &chain.confirmed) ||
          !_sks_json_get_string (&l->r, object, place, "source", SKS_JSON_OPTIONAL, &source))
        return FALSE;
      if (sks_policy_find_industry_chain (l->policy, name) != NULL)
        return fail_value (l, place, "name", _("this industry chain is listed twice"));
      chain.name = keep (l, name);
      chain.source = keep (l, source);
      g_array_append_val (l->policy->chains, chain);
    }
  return TRUE;
}

/* Rules */

static gboolean
read_param (Loader             *l,
            const SksParamSpec *spec,
            JsonNode           *node,
            const char         *place,
            SksParamValue      *value)
{
  const char *text = NULL;
  JsonArray *array;

  switch (spec->type)
    {
    case SKS_PARAM_BOOL:
      {
        gboolean flag;
        if (!_sks_json_node_bool (&l->r, node, place, &flag))
          return FALSE;
        value->i = flag;
        return TRUE;
      }
    case SKS_PARAM_INT:
      return _sks_json_node_int (&l->r, node, place, spec->min, spec->max, &value->i);
    case SKS_PARAM_DATE:
      return _sks_json_node_date (&l->r, node, place, &value->date);
    case SKS_PARAM_STRING:
      if (!_sks_json_node_string (&l->r, node, place, &text))
        return FALSE;
      if (spec->choices && !g_strv_contains (spec->choices, text))
        {
          g_autofree char *allowed = g_strjoinv (", ", (char **) spec->choices);
          g_autofree char *excerpt = sks_json_guard_excerpt (text, -1);

          return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, place,
                                 _("“%s” is not one of: %s"), excerpt, allowed);
        }
      value->s = g_strdup (text);
      return TRUE;
    case SKS_PARAM_STRINGS:
      if ((array = _sks_json_node_array (&l->r, node, place)) == NULL)
        return FALSE;
      value->strv = g_new0 (char *, json_array_get_length (array) + 1);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *item_place = _sks_json_place_index (place, i);
          SksParamSpec item_spec = *spec;
          SksParamValue item = { 0 };

          item_spec.type = SKS_PARAM_STRING;
          if (!read_param (l, &item_spec, json_array_get_element (array, i), item_place, &item))
            return FALSE;
          value->strv[i] = item.s;
        }
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
load_params (Loader     *l,
             SksRule    *rule,
             JsonObject *params,
             const char *place)
{
  const SksRuleKind *kind = rule->kind;
  g_autoptr(GList) members = params ? json_object_get_members (params) : NULL;

  for (GList *m = members; m; m = m->next)
    if (_sks_rule_param_index (kind, m->data) < 0)
      {
        g_autofree char *excerpt = sks_json_guard_excerpt (m->data, -1);
        g_autofree char *member_place = _sks_json_place (place, excerpt);

        return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_UNKNOWN_KEY, member_place,
                               _("the rule kind “%s” has no parameter “%s”"), kind->name,
                               excerpt);
      }

  rule->params = g_new0 (SksParamValue, MAX (kind->n_params, 1));
  for (guint i = 0; i < kind->n_params; i++)
    {
      const SksParamSpec *spec = &kind->params[i];
      JsonNode *node = params ? json_object_get_member (params, spec->name) : NULL;
      g_autofree char *param_place = _sks_json_place (place, spec->name);

      g_date_clear (&rule->params[i].date, 1);
      rule->params[i].i = spec->default_int;
      if (node == NULL)
        {
          if (spec->required)
            return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_MISSING, param_place, _("missing"));
          if (spec->type == SKS_PARAM_STRINGS)
            rule->params[i].strv = g_new0 (char *, 1);
          continue;
        }
      if (!read_param (l, spec, node, param_place, &rule->params[i]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_rule (Loader     *l,
           JsonObject *object,
           const char *place)
{
  static const char * const keys[] = { "id", "kind", "title", "paragraph", "params", NULL };
  g_autofree char *params_place = _sks_json_place (place, "params");
  SksRule *rule;
  const char *id = NULL, *kind = NULL, *title = NULL, *note = NULL;
  JsonObject *params = NULL;

  if (!_sks_json_check_keys (&l->r, object, place, keys) ||
      !_sks_json_get_string (&l->r, object, place, "id", SKS_JSON_REQUIRED, &id))
    return FALSE;
  if (!is_identifier (id, "._"))
    return fail_value (l, place, "id", _("use lower-case letters, digits, dots and underscores, "
                                         "such as master.birth_cutoff"));
  if (sks_policy_find_rule (l->policy, id) != NULL)
    return fail_value (l, place, "id", _("another rule has the same id"));

  if (!_sks_json_get_string (&l->r, object, place, "kind", SKS_JSON_REQUIRED, &kind))
    return FALSE;
  if (_sks_rule_kind_lookup (kind) == NULL)
    {
      g_autofree char *kind_place = _sks_json_place (place, "kind");
      g_autofree char *known = g_strjoinv (", ", (char **) _sks_rule_kind_names ());
      g_autofree char *excerpt = sks_json_guard_excerpt (kind, -1);

      l->r.codes[SKS_JSON_PROBLEM_VALUE] = SKS_POLICY_ERROR_UNKNOWN_KIND;
      return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, kind_place,
                             _("unknown rule kind “%s” (this version knows: %s)"), excerpt,
                             known);
    }

  rule = g_new0 (SksRule, 1);
  g_ptr_array_add (l->policy->rules, rule);
  rule->id = g_strdup (id);
  rule->kind = _sks_rule_kind_lookup (kind);

  if (!_sks_json_get_string (&l->r, object, place, "title", SKS_JSON_OPTIONAL, &title) ||
      !_sks_json_get_string (&l->r, object, place, "note", SKS_JSON_OPTIONAL, &note) ||
      !get_paragraph (l, object, place, SKS_JSON_REQUIRED, &rule->paragraph_ref,
                      &rule->paragraph) ||
      !_sks_json_get_object (&l->r, object, place, "params", SKS_JSON_OPTIONAL, &params) ||
      !load_params (l, rule, params, params_place))
    return FALSE;
  rule->title = g_strdup (title ? title : id);
  rule->note = g_strdup (note);

  return rule->kind->prepare == NULL ||
         rule->kind->prepare (rule, l->policy, &l->r, params_place);
}

static gboolean
load_rules (Loader     *l,
            JsonObject *root)
{
  JsonArray *list = NULL;

  if (!_sks_json_get_array (&l->r, root, NULL, "rules", SKS_JSON_REQUIRED, &list))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autofree char *place = _sks_json_place_index ("rules", i);
      JsonObject *object = _sks_json_node_object (&l->r, json_array_get_element (list, i), place);

      if (object == NULL || !load_rule (l, object, place))
        return FALSE;
    }
  return TRUE;
}

/* Funding */

static gboolean
load_payers (Loader         *l,
             SksFundingRule *funding,
             JsonObject     *payers,
             const char     *place)
{
  static const char * const keys[] = { "city", "county", "district", NULL };
  static const char * const share_keys[] = { "payer", "percent", NULL };

  if (!_sks_json_check_keys (&l->r, payers, place, keys))
    return FALSE;
  for (int fiscal = SKS_FISCAL_CITY; fiscal <= SKS_FISCAL_DISTRICT; fiscal++)
    {
      const char *key = sks_enum_get_nick (SKS_TYPE_FISCAL_AFFILIATION, fiscal);
      g_autofree char *list_place = _sks_json_place (place, key);
      JsonArray *list = NULL;
      gint64 total = 0;

      if (!_sks_json_get_array (&l->r, payers, place, key, SKS_JSON_REQUIRED, &list))
        return FALSE;
      if (json_array_get_length (list) == 0 ||
          json_array_get_length (list) > SKS_FUNDING_MAX_SHARES)
        return fail_value (l, place, key, _("give one to three payers"));
      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          g_autofree char *share_place = _sks_json_place_index (list_place, i);
          JsonObject *share = _sks_json_node_object (&l->r, json_array_get_element (list, i),
                                                     share_place);
          gint64 percent = 0;
          int payer = 0;

          if (share == NULL ||
              !_sks_json_check_keys (&l->r, share, share_place, share_keys) ||
              !get_nick (l, share, share_place, "payer", SKS_TYPE_FISCAL_AFFILIATION, &payer) ||
              !_sks_json_get_int (&l->r, share, share_place, "percent", SKS_JSON_REQUIRED, 1, 100,
                                  &percent))
            return FALSE;
          if (payer == SKS_FISCAL_UNSET)
            return fail_value (l, share_place, "payer", _("name the city, a county or a district"));
          funding->payers[fiscal][i] = payer;
          funding->percents[fiscal][i] = (int) percent;
          total += percent;
        }
      funding->n_payers[fiscal] = json_array_get_length (list);
      if (total != 100)
        return fail_value (l, place, key, _("the percents must add up to 100"));
    }
  return TRUE;
}

static gboolean
load_funding_rule (Loader     *l,
                   JsonObject *object,
                   const char *place)
{
  static const char * const keys[] = { "id", "event", "title", "amount", "one_off",
                                       "excluded_unit_kinds", "payers", "default_payer",
                                       "paragraph", NULL };
  static const char * const events[] = { "approved", "excellent", NULL };
  g_autofree char *payers_place = _sks_json_place (place, "payers");
  g_autofree char *kinds_place = _sks_json_place (place, "excluded_unit_kinds");
  SksFundingRule *funding = g_new0 (SksFundingRule, 1);
  const char *id = NULL, *event = NULL, *title = NULL, *default_payer = NULL;
  JsonArray *kinds = NULL;
  JsonObject *payers = NULL;

  g_ptr_array_add (l->policy->funding, funding);
  if (!_sks_json_check_keys (&l->r, object, place, keys) ||
      !_sks_json_get_string (&l->r, object, place, "id", SKS_JSON_REQUIRED, &id) ||
      !_sks_json_get_string (&l->r, object, place, "event", SKS_JSON_REQUIRED, &event) ||
      !_sks_json_get_string (&l->r, object, place, "title", SKS_JSON_REQUIRED, &title) ||
      !_sks_json_get_int (&l->r, object, place, "amount", SKS_JSON_REQUIRED, 0, 100000000,
                          &funding->amount) ||
      !_sks_json_get_bool (&l->r, object, place, "one_off", SKS_JSON_OPTIONAL,
                           &funding->one_off) ||
      !_sks_json_get_array (&l->r, object, place, "excluded_unit_kinds", SKS_JSON_OPTIONAL,
                            &kinds) ||
      !_sks_json_get_object (&l->r, object, place, "payers", SKS_JSON_NULLABLE, &payers) ||
      !_sks_json_get_string (&l->r, object, place, "default_payer", SKS_JSON_OPTIONAL,
                             &default_payer) ||
      !get_paragraph (l, object, place, SKS_JSON_REQUIRED, &funding->paragraph_ref,
                      &funding->paragraph))
    return FALSE;
  if (!g_strv_contains (events, event))
    return fail_value (l, place, "event", _("must be “approved” or “excellent”"));
  funding->id = g_strdup (id);
  funding->title = g_strdup (title);
  funding->event = g_str_equal (event, "approved") ? SKS_FUNDING_EVENT_APPROVED
                                                   : SKS_FUNDING_EVENT_EXCELLENT;

  for (guint i = 0; kinds && i < json_array_get_length (kinds); i++)
    {
      g_autofree char *kind_place = _sks_json_place_index (kinds_place, i);
      const char *nick = NULL;
      int kind = 0;

      if (!_sks_json_node_string (&l->r, json_array_get_element (kinds, i), kind_place, &nick))
        return FALSE;
      if (!sks_enum_from_nick (SKS_TYPE_UNIT_KIND, nick, &kind) || kind == SKS_UNIT_KIND_UNSET)
        {
          g_autofree char *excerpt = sks_json_guard_excerpt (nick, -1);

          return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, kind_place,
                                 _("“%s” is not a kind of unit"), excerpt);
        }
      funding->excluded_kinds |= 1u << kind;
    }

  if (payers != NULL)
    return load_payers (l, funding, payers, payers_place);
  if (default_payer == NULL)
    return fail_value (l, place, "default_payer", _("give the payers or a default payer"));
  if (!sks_enum_from_nick (SKS_TYPE_FISCAL_AFFILIATION, default_payer,
                           (int *) &funding->default_payer) ||
      funding->default_payer == SKS_FISCAL_UNSET)
    return fail_value (l, place, "default_payer", _("name the city, a county or a district"));
  return TRUE;
}

static gboolean
load_funding (Loader     *l,
              JsonObject *root)
{
  JsonArray *list = NULL;

  if (!_sks_json_get_array (&l->r, root, NULL, "funding", SKS_JSON_OPTIONAL, &list))
    return FALSE;
  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      g_autofree char *place = _sks_json_place_index ("funding", i);
      JsonObject *object = _sks_json_node_object (&l->r, json_array_get_element (list, i), place);

      if (object == NULL || !load_funding_rule (l, object, place))
        return FALSE;
    }
  return TRUE;
}

/* Evaluations ------------------------------------------------------------ */

static gboolean
load_rubric_item (Loader     *l,
                  SksRubric  *rubric,
                  GHashTable *ids,
                  JsonObject *category,
                  JsonNode   *node,
                  const char *place,
                  gint64     *sum)
{
  static const char * const keys[] = { "id", "content", "guidance", "points", NULL };
  JsonObject *object = _sks_json_node_object (&l->r, node, place);
  const char *id = NULL, *content = NULL, *guidance = "";
  gint64 points = 0, category_points = json_object_get_int_member (category, "points");
  gboolean bonus = json_object_get_boolean_member_with_default (category, "bonus", FALSE);

  if (object == NULL ||
      !_sks_json_check_keys (&l->r, object, place, keys) ||
      !_sks_json_get_string (&l->r, object, place, "id", SKS_JSON_REQUIRED, &id) ||
      !_sks_json_get_string (&l->r, object, place, "content", SKS_JSON_REQUIRED, &content) ||
      !_sks_json_get_string (&l->r, object, place, "guidance", SKS_JSON_OPTIONAL, &guidance) ||
      !_sks_json_get_int (&l->r, object, place, "points", SKS_JSON_REQUIRED, 1, 100, &points))
    return FALSE;
  if (!g_hash_table_add (ids, (gpointer) id))
    return fail_value (l, place, "id", _("another item has the same id"));
  sks_rubric_add_item (rubric, id, json_object_get_string_member (category, "name"),
                       category_points * SKS_SCORE_UNIT, content, guidance,
                       points * SKS_SCORE_UNIT, bonus);
  *sum += points;
  return TRUE;
}

static gboolean
load_rubric_category (Loader     *l,
                      SksRubric  *rubric,
                      GHashTable *ids,
                      JsonNode   *node,
                      const char *place,
                      gint64     *total,
                      gint64     *bonus_total)
{
  static const char * const keys[] = { "name", "points", "bonus", "items", NULL };
  g_autofree char *items_place = _sks_json_place (place, "items");
  JsonObject *object = _sks_json_node_object (&l->r, node, place);
  const char *name = NULL;
  gint64 points = 0, sum = 0;
  gboolean bonus = FALSE;
  JsonArray *items = NULL;

  if (object == NULL ||
      !_sks_json_check_keys (&l->r, object, place, keys) ||
      !_sks_json_get_string (&l->r, object, place, "name", SKS_JSON_REQUIRED, &name) ||
      !_sks_json_get_int (&l->r, object, place, "points", SKS_JSON_REQUIRED, 1, 100, &points) ||
      !_sks_json_get_bool (&l->r, object, place, "bonus", SKS_JSON_OPTIONAL, &bonus) ||
      !_sks_json_get_array (&l->r, object, place, "items", SKS_JSON_REQUIRED, &items))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      g_autofree char *item_place = _sks_json_place_index (items_place, i);

      if (!load_rubric_item (l, rubric, ids, object, json_array_get_element (items, i),
                             item_place, &sum))
        return FALSE;
    }
  if (sum != points)
    return fail_value (l, place, "points", _("the points of the items must add up to this"));
  if (bonus)
    *bonus_total += points;
  else
    *total += points;
  return TRUE;
}

/* Bonus categories must come after the others, as the notice's tables
 * have them, so that item numbers follow the printed order. */
static gboolean
check_bonus_last (Loader     *l,
                  SksRubric  *rubric,
                  const char *place)
{
  gboolean seen_bonus = FALSE;

  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);

      if (seen_bonus && !item->bonus)
        return fail_value (l, place, "categories", _("bonus items must come last"));
      seen_bonus |= item->bonus;
    }
  return TRUE;
}

static gboolean
load_rubric (Loader            *l,
             JsonObject        *object,
             JsonObject        *forms,
             SksEvaluationKind  kind,
             const char        *place)
{
  static const char * const keys[] = { "form", "layout", "total", "bonus_total", "categories",
                                       "veto", NULL };
  g_autofree char *categories_place = _sks_json_place (place, "categories");
  g_autofree char *veto_place = _sks_json_place (place, "veto");
  g_autofree char *form_place = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(SksRubric) rubric = NULL;
  const char *form = NULL, *annex = NULL, *title = NULL, *veto_name = NULL, *veto_text = NULL;
  const char *layout = NULL;
  gint64 total = 0, bonus_total = 0, sum = 0, bonus_sum = 0;
  JsonArray *categories = NULL;
  JsonObject *veto = NULL, *form_object = NULL;

  if (!_sks_json_check_keys (&l->r, object, place, keys) ||
      !_sks_json_get_string (&l->r, object, place, "form", SKS_JSON_REQUIRED, &form) ||
      !_sks_json_get_string (&l->r, object, place, "layout", SKS_JSON_OPTIONAL, &layout) ||
      !_sks_json_get_int (&l->r, object, place, "total", SKS_JSON_REQUIRED, 1, 1000, &total) ||
      !_sks_json_get_int (&l->r, object, place, "bonus_total", SKS_JSON_OPTIONAL, 0, 1000,
                          &bonus_total) ||
      !_sks_json_get_array (&l->r, object, place, "categories", SKS_JSON_REQUIRED,
                            &categories) ||
      !_sks_json_get_object (&l->r, object, place, "veto", SKS_JSON_OPTIONAL, &veto))
    return FALSE;
  if (forms == NULL || !json_object_has_member (forms, form) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (forms, form)))
    return fail_value (l, place, "form", _("names no entry of “forms”"));
  form_object = json_object_get_object_member (forms, form);
  form_place = _sks_json_place ("forms", form);
  if (!_sks_json_get_string (&l->r, form_object, form_place, "title", SKS_JSON_REQUIRED, &title) ||
      !_sks_json_get_string (&l->r, form_object, form_place, "annex", SKS_JSON_OPTIONAL, &annex))
    return FALSE;

  rubric = sks_rubric_new (kind, annex, title);
  sks_rubric_set_layout (rubric, layout);
  for (guint i = 0; i < json_array_get_length (categories); i++)
    {
      g_autofree char *category_place = _sks_json_place_index (categories_place, i);

      if (!load_rubric_category (l, rubric, ids, json_array_get_element (categories, i),
                                 category_place, &sum, &bonus_sum))
        return FALSE;
    }
  if (sum != total)
    return fail_value (l, place, "total", _("the points of the categories must add up to this"));
  if (bonus_sum != bonus_total)
    return fail_value (l, place, "bonus_total",
                       _("the points of the bonus categories must add up to this"));
  if (!check_bonus_last (l, rubric, place))
    return FALSE;
  if (veto != NULL)
    {
      static const char * const veto_keys[] = { "name", "text", NULL };

      if (!_sks_json_check_keys (&l->r, veto, veto_place, veto_keys) ||
          !_sks_json_get_string (&l->r, veto, veto_place, "name", SKS_JSON_REQUIRED, &veto_name) ||
          !_sks_json_get_string (&l->r, veto, veto_place, "text", SKS_JSON_REQUIRED, &veto_text))
        return FALSE;
      sks_rubric_set_veto (rubric, veto_name, veto_text);
    }
  l->policy->rubrics[kind] = g_steal_pointer (&rubric);
  return TRUE;
}

static gboolean
load_evaluation (Loader     *l,
                 JsonObject *evaluation,
                 JsonObject *forms)
{
  static const char * const keys[] = { "term_years", "grades", "excellent_per_year",
                                       "excellent_approximate", "paragraph", "rubrics_note",
                                       "rubrics", NULL };
  static const char * const kinds[] = { "annual", "expiry", NULL };
  JsonObject *rubrics = NULL;
  gint64 term_years = 0;

  if (evaluation == NULL)
    return TRUE;
  if (!_sks_json_check_keys (&l->r, evaluation, "evaluation", keys) ||
      !_sks_json_get_int (&l->r, evaluation, "evaluation", "term_years", SKS_JSON_OPTIONAL, 1, 10,
                          &term_years) ||
      !_sks_json_get_object (&l->r, evaluation, "evaluation", "rubrics", SKS_JSON_OPTIONAL,
                             &rubrics))
    return FALSE;
  if (rubrics != NULL && !_sks_json_check_keys (&l->r, rubrics, "evaluation.rubrics", kinds))
    return FALSE;
  l->policy->validity_years = (guint) term_years;
  for (int kind = SKS_EVALUATION_KIND_ANNUAL; rubrics && kind <= SKS_EVALUATION_KIND_EXPIRY; kind++)
    {
      g_autofree char *place = _sks_json_place ("evaluation.rubrics", kinds[kind]);
      JsonObject *object = NULL;

      if (!_sks_json_get_object (&l->r, rubrics, "evaluation.rubrics", kinds[kind],
                                 SKS_JSON_OPTIONAL, &object))
        return FALSE;
      if (object != NULL && !load_rubric (l, object, forms, kind, place))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_root (Loader     *l,
           JsonObject *root)
{
  static const char * const keys[] = {
    "format", "version", "id", "city", "city_code", "year", "title", "document_number",
    "issuing_bureau", "issued", "effective", "reference_date", "reference_date_note",
    "deadline", "public_notice", "annual_report", "recommenders", "quota_paragraph",
    "total_quota", "selection_target", "industry_chains", "industry_chains_note", "rules",
    "funding", "forms", "evaluation", "panel_scoring", NULL
  };
  JsonObject *forms = NULL, *evaluation = NULL;

  /* The format comes first: a file of another kind gets that message,
   * not a list of unknown members. */
  if (!load_header (l, root) ||
      !_sks_json_check_keys (&l->r, root, NULL, keys) ||
      !load_effective (l, root) ||
      !load_public_notice (l, root) ||
      !load_annual_report (l, root) ||
      !load_recommenders (l, root) ||
      !load_chains (l, root) ||
      !load_funding (l, root) ||
      !_sks_json_get_object (&l->r, root, NULL, "forms", SKS_JSON_OPTIONAL, &forms) ||
      !_sks_json_get_object (&l->r, root, NULL, "evaluation", SKS_JSON_OPTIONAL, &evaluation) ||
      !load_evaluation (l, evaluation, forms) ||
      !_sks_policy_load_scoring (l->policy, &l->r, root) ||
      !load_rules (l, root))
    return FALSE;
  l->policy->forms = forms;
  return TRUE;
}

gboolean
_sks_policy_load (SksPolicy   *self,
                  GBytes      *bytes,
                  const char  *name,
                  GError     **error)
{
  Loader l = {
    .r = {
      .file = name,
      .domain = SKS_POLICY_ERROR,
      .codes = {
        [SKS_JSON_PROBLEM_SYNTAX] = SKS_POLICY_ERROR_SYNTAX,
        [SKS_JSON_PROBLEM_TYPE] = SKS_POLICY_ERROR_TYPE,
        [SKS_JSON_PROBLEM_MISSING] = SKS_POLICY_ERROR_MISSING,
        [SKS_JSON_PROBLEM_VALUE] = SKS_POLICY_ERROR_VALUE,
        [SKS_JSON_PROBLEM_UNKNOWN_KEY] = SKS_POLICY_ERROR_UNKNOWN_KEY,
      },
      .error = error,
    },
    .policy = self,
  };
  JsonObject *root;

  self->parser = json_parser_new_immutable ();
  root = _sks_json_reader_parse (&l.r, self->parser, bytes);
  return root != NULL && load_root (&l, root);
}
