/* sks-policy.c — reading and listing policy profiles
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-policy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-age.h"
#include "sks-policy-private.h"

/*
 * A profile is a JSON file (one per notice in data/policies/, bundled as resources under
 * /org/example/SkillStudio/policies/; more can be dropped into
 * $XDG_CONFIG_HOME/skill-studio/policies/). The C code implements rule
 * kinds; a profile picks them and sets their parameters. Anything the
 * reader does not understand is refused, with the file, the place and the
 * reason, rather than skipped: a rule silently dropped would be a verdict
 * silently wrong. docs/rules.md describes the format.
 */

#define POLICY_RESOURCE_DIR "/org/example/SkillStudio/policies/"

enum {
  PROP_0,
  PROP_ID,
  PROP_CITY,
  PROP_YEAR,
  PROP_TITLE,
  PROP_DOCUMENT_NUMBER,
  PROP_ORIGIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SksPolicy, sks_policy, G_TYPE_OBJECT)

G_DEFINE_QUARK (sks-policy-error-quark, sks_policy_error)

static void
rule_free (SksRule *rule)
{
  if (rule->kind != NULL && rule->params != NULL)
    for (guint i = 0; i < rule->kind->n_params; i++)
      {
        g_free (rule->params[i].s);
        g_strfreev (rule->params[i].strv);
      }
  if (rule->data_free)
    rule->data_free (rule->data);
  g_free (rule->params);
  g_free (rule->id);
  g_free (rule->title);
  g_free (rule->paragraph_ref);
  g_free (rule->paragraph);
  g_free (rule->note);
  g_free (rule);
}

static void
funding_rule_free (SksFundingRule *funding)
{
  g_free (funding->id);
  g_free (funding->title);
  g_free (funding->paragraph_ref);
  g_free (funding->paragraph);
  g_free (funding);
}

static void
sks_policy_finalize (GObject *object)
{
  SksPolicy *self = SKS_POLICY (object);

  g_clear_object (&self->parser);
  g_free (self->origin);
  g_free (self->id);
  g_free (self->city);
  g_free (self->title);
  g_free (self->document_number);
  g_free (self->issuing_bureau);
  g_free (self->replaces);
  g_clear_pointer (&self->recommenders, g_array_unref);
  g_clear_pointer (&self->chains, g_array_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->funding, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_ptr_array_unref);
  g_clear_object (&self->rubrics[SKS_EVALUATION_KIND_ANNUAL]);
  g_clear_object (&self->rubrics[SKS_EVALUATION_KIND_EXPIRY]);
  g_clear_pointer (&self->scoring, _sks_policy_scoring_free);
  G_OBJECT_CLASS (sks_policy_parent_class)->finalize (object);
}

static void
sks_policy_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SksPolicy *self = SKS_POLICY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DOCUMENT_NUMBER:
      g_value_set_string (value, self->document_number);
      break;
    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_policy_class_init (SksPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sks_policy_finalize;
  object_class->get_property = sks_policy_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_CITY] = g_param_spec_string ("city", NULL, NULL, NULL, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DOCUMENT_NUMBER] =
    g_param_spec_string ("document-number", NULL, NULL, NULL, flags);
  properties[PROP_ORIGIN] = g_param_spec_string ("origin", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sks_policy_init (SksPolicy *self)
{
  self->recommenders = g_array_new (FALSE, TRUE, sizeof (SksPolicyRecommender));
  self->chains = g_array_new (FALSE, TRUE, sizeof (SksIndustryChain));
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
  self->funding = g_ptr_array_new_with_free_func ((GDestroyNotify) funding_rule_free);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&self->issued, 1);
  g_date_clear (&self->effective_from, 1);
  g_date_clear (&self->effective_until, 1);
  g_date_clear (&self->reference_date, 1);
  g_date_clear (&self->deadline, 1);
  self->total_quota = -1;
  self->selection_target = -1;
}

/**
 * sks_policy_new_from_bytes:
 * @bytes: the profile's JSON text
 * @name: the file name shown in messages, e.g. "huzhou-2025.json"
 * @origin: (nullable): where it came from (a path or a resource path)
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with an
 *   %SKS_POLICY_ERROR whose message names @name, the place and the reason
 */
SksPolicy *
sks_policy_new_from_bytes (GBytes      *bytes,
                           const char  *name,
                           const char  *origin,
                           GError     **error)
{
  g_autoptr(SksPolicy) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SKS_TYPE_POLICY, NULL);
  self->origin = g_strdup (origin ? origin : name);
  if (!_sks_policy_load (self, bytes, name, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * sks_policy_new_from_file:
 *
 * Returns: (transfer full) (nullable): the profile in @file
 */
SksPolicy *
sks_policy_new_from_file (GFile   *file,
                          GError **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  path = g_file_get_path (file);
  bytes = g_file_load_bytes (file, NULL, NULL, &read_error);
  if (bytes == NULL)
    {
      g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_READ, _("%s: %s: %s"), basename,
                   _("the whole file"), read_error->message);
      return NULL;
    }
  return sks_policy_new_from_bytes (bytes, basename, path ? path : basename, error);
}

/**
 * sks_policy_new_from_resource:
 * @id: a bundled profile's id, such as "huzhou-2025"
 *
 * Returns: (transfer full) (nullable): the bundled profile
 */
SksPolicy *
sks_policy_new_from_resource (const char  *id,
                              GError     **error)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autofree char *path = g_strconcat (POLICY_RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  SksPolicy *policy;

  g_return_val_if_fail (id != NULL, NULL);

  if (bytes == NULL)
    {
      g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_NOT_FOUND,
                   _("There is no bundled policy profile “%s”"), id);
      return NULL;
    }
  policy = sks_policy_new_from_bytes (bytes, name, path, error);
  if (policy != NULL)
    policy->bundled = TRUE;
  return policy;
}

/**
 * sks_policy_dup_user_dir:
 *
 * Returns: (transfer full): the folder for the user's own profiles,
 *   $XDG_CONFIG_HOME/skill-studio/policies
 */
char *
sks_policy_dup_user_dir (void)
{
  return g_build_filename (g_get_user_config_dir (), "skill-studio", "policies", NULL);
}

static void
add_or_replace (GPtrArray *list,
                SksPolicy *policy)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (sks_policy_get_id (g_ptr_array_index (list, i)), policy->id))
      {
        g_object_unref (g_ptr_array_index (list, i));
        list->pdata[i] = policy;
        return;
      }
  g_ptr_array_add (list, policy);
}

static void
add_bundled (GPtrArray *list,
             GPtrArray *errors)
{
  g_auto(GStrv) names = g_resources_enumerate_children (POLICY_RESOURCE_DIR, 0, NULL);

  for (guint i = 0; names && names[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *id = NULL;
      SksPolicy *policy;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
      id = g_strndup (names[i], strlen (names[i]) - strlen (".json"));
      policy = sks_policy_new_from_resource (id, &error);
      if (policy != NULL)
        add_or_replace (list, policy);
      else if (errors != NULL)
        g_ptr_array_add (errors, g_steal_pointer (&error));
      else
        g_warning ("%s", error->message);
    }
}

/* A profile in the user's folder replaces a bundled one with the same id, so
 * that a corrected profile can be dropped in without a new release. */
static void
add_user (GPtrArray *list,
          GPtrArray *errors)
{
  g_autofree char *dir_path = sks_policy_dup_user_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      SksPolicy *policy = sks_policy_new_from_file (file, &error);

      if (policy != NULL)
        add_or_replace (list, policy);
      else if (errors != NULL)
        g_ptr_array_add (errors, g_steal_pointer (&error));
      else
        g_warning ("%s", error->message);
    }
}

static int
compare_policies (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (sks_policy_get_id (*(SksPolicy **) a), sks_policy_get_id (*(SksPolicy **) b));
}

/**
 * sks_policy_list_all:
 * @errors: (out) (optional) (transfer full) (element-type GError): the
 *   profiles that were refused, each with its file, place and reason
 *
 * Lists the bundled profiles and those in sks_policy_dup_user_dir(), by id;
 * a user's profile replaces a bundled one with the same id.
 *
 * Returns: (transfer full): a list of #SksPolicy
 */
GListModel *
sks_policy_list_all (GPtrArray **errors)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *refused = NULL;
  GListStore *store = g_list_store_new (SKS_TYPE_POLICY);

  if (errors != NULL)
    refused = *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  add_bundled (list, refused);
  add_user (list, refused);
  g_ptr_array_sort (list, compare_policies);
  g_list_store_splice (store, 0, 0, list->pdata, list->len);
  return G_LIST_MODEL (store);
}

/**
 * sks_policy_lookup:
 * @id: a profile id, such as "huzhou-2025"
 *
 * Returns: (transfer full) (nullable): the profile with @id, the user's own
 *   when there is one
 */
SksPolicy *
sks_policy_lookup (const char  *id,
                   GError     **error)
{
  g_autofree char *dir = sks_policy_dup_user_dir ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  /* An id is a file name in the folder, never a path out of it. */
  if (*id == '\0' || *id == '.' || strchr (id, G_DIR_SEPARATOR) != NULL)
    {
      g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_NOT_FOUND,
                   _("There is no policy profile “%s”"), id);
      return NULL;
    }
  name = g_strconcat (id, ".json", NULL);
  path = g_build_filename (dir, name, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      return sks_policy_new_from_file (file, error);
    }
  return sks_policy_new_from_resource (id, error);
}

/* Accessors */

#define POLICY_GETTER(type, name, member, fallback)                             \
  type sks_policy_get_##name (SksPolicy *self)                                  \
  {                                                                             \
    g_return_val_if_fail (SKS_IS_POLICY (self), fallback);                      \
    return self->member;                                                        \
  }

POLICY_GETTER (const char *, id, id, NULL)
POLICY_GETTER (const char *, origin, origin, NULL)
POLICY_GETTER (gboolean, bundled, bundled, FALSE)
POLICY_GETTER (const char *, city, city, NULL)
POLICY_GETTER (int, year, year, 0)
POLICY_GETTER (const char *, title, title, NULL)
POLICY_GETTER (const char *, document_number, document_number, NULL)
POLICY_GETTER (const char *, issuing_bureau, issuing_bureau, NULL)
POLICY_GETTER (const char *, replaces, replaces, NULL)
POLICY_GETTER (guint, public_notice_days, public_notice_days, 0)
POLICY_GETTER (gboolean, public_notice_stated, public_notice_stated, FALSE)
POLICY_GETTER (SksDayCount, public_notice_counting, public_notice_counting, 0)
POLICY_GETTER (guint, validity_years, validity_years, 0)
POLICY_GETTER (gint64, total_quota, total_quota, -1)
POLICY_GETTER (gint64, selection_target, selection_target, -1)
POLICY_GETTER (gboolean, selection_target_approximate, selection_target_approximate, FALSE)
POLICY_GETTER (const char *, selection_target_text, selection_target_text, NULL)
POLICY_GETTER (JsonObject *, forms, forms, NULL)

#define POLICY_DATE_GETTER(name, member)                                        \
  const GDate *sks_policy_get_##name (SksPolicy *self)                          \
  {                                                                             \
    g_return_val_if_fail (SKS_IS_POLICY (self), NULL);                          \
    return g_date_valid (&self->member) ? &self->member : NULL;                 \
  }

/* Each returns NULL when the profile has no such date. */
POLICY_DATE_GETTER (issued, issued)
POLICY_DATE_GETTER (effective_from, effective_from)
POLICY_DATE_GETTER (effective_until, effective_until)
POLICY_DATE_GETTER (reference_date, reference_date)
POLICY_DATE_GETTER (deadline, deadline)

gboolean
sks_policy_is_effective_on (SksPolicy   *self,
                            const GDate *date)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return g_date_compare (date, &self->effective_from) >= 0 &&
         (!g_date_valid (&self->effective_until) ||
          g_date_compare (date, &self->effective_until) <= 0);
}

/**
 * sks_policy_get_public_notice_period:
 * @calendar: (nullable): the holidays; the default calendar when %NULL
 * @posted: the day the notice is posted
 * @first: (out caller-allocates) (optional): its first working day
 * @last: (out caller-allocates) (optional): its last working day
 *
 * The 公示 period of the profile's length, counted as the profile says.
 */
gboolean
sks_policy_get_public_notice_period (SksPolicy    *self,
                                     SksCalendar  *calendar,
                                     const GDate  *posted,
                                     GDate        *first,
                                     GDate        *last,
                                     GError      **error)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), FALSE);

  return sks_calendar_add_working_days (calendar ? calendar : sks_calendar_get_default (), posted,
                                        self->public_notice_days, self->public_notice_counting,
                                        first, last, error);
}

/**
 * sks_policy_get_annual_report_deadline:
 * @calendar: (nullable): needed only when the profile moves deadlines off
 *   non-working days; the default calendar when %NULL
 * @deadline: (out caller-allocates): the day the report for @year - 1 is due
 *
 * Returns: %FALSE when the profile has no annual report, or the calendar
 *   lacks the year
 */
gboolean
sks_policy_get_annual_report_deadline (SksPolicy    *self,
                                       SksCalendar  *calendar,
                                       int           year,
                                       GDate        *deadline,
                                       GError      **error)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), FALSE);
  g_return_val_if_fail (deadline != NULL, FALSE);

  g_date_clear (deadline, 1);
  if (self->report_month == 0)
    {
      g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_NOT_FOUND,
                   _("The policy profile “%s” sets no annual report"), self->id);
      return FALSE;
    }
  g_date_set_dmy (deadline, self->report_day, self->report_month, year);
  if (self->report_shift == 0)
    return TRUE;

  calendar = calendar ? calendar : sks_calendar_get_default ();
  while (TRUE)
    {
      if (!sks_calendar_covers_year (calendar, g_date_get_year (deadline)))
        return sks_calendar_add_working_days (calendar, deadline, 1, SKS_DAY_COUNT_INCLUSIVE,
                                              NULL, NULL, error);
      if (sks_calendar_is_working_day (calendar, deadline))
        return TRUE;
      if (self->report_shift > 0)
        g_date_add_days (deadline, 1);
      else
        g_date_subtract_days (deadline, 1);
    }
}

guint
sks_policy_get_n_recommenders (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), 0);
  return self->recommenders->len;
}

const SksPolicyRecommender *
sks_policy_get_recommender (SksPolicy *self,
                            guint      position)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  g_return_val_if_fail (position < self->recommenders->len, NULL);
  return &g_array_index (self->recommenders, SksPolicyRecommender, position);
}

/* Returns: (nullable): the recommending unit called @name */
const SksPolicyRecommender *
sks_policy_find_recommender (SksPolicy  *self,
                             const char *name)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);

  for (guint i = 0; name && i < self->recommenders->len; i++)
    if (g_str_equal (g_array_index (self->recommenders, SksPolicyRecommender, i).name, name))
      return &g_array_index (self->recommenders, SksPolicyRecommender, i);
  return NULL;
}

guint
sks_policy_get_n_industry_chains (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), 0);
  return self->chains->len;
}

const SksIndustryChain *
sks_policy_get_industry_chain (SksPolicy *self,
                               guint      position)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  g_return_val_if_fail (position < self->chains->len, NULL);
  return &g_array_index (self->chains, SksIndustryChain, position);
}

/* Returns: (nullable): the chain called @name, compared without surrounding blanks */
const SksIndustryChain *
sks_policy_find_industry_chain (SksPolicy  *self,
                                const char *name)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);

  if (name == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (name));
  for (guint i = 0; i < self->chains->len; i++)
    if (g_str_equal (g_array_index (self->chains, SksIndustryChain, i).name, stripped))
      return &g_array_index (self->chains, SksIndustryChain, i);
  return NULL;
}

guint
sks_policy_get_n_rules (SksPolicy *self)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), 0);
  return self->rules->len;
}

/* Returns: (transfer none): the rule at @position, in the profile's order */
const SksRule *
sks_policy_get_rule (SksPolicy *self,
                     guint      position)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  g_return_val_if_fail (position < self->rules->len, NULL);
  return g_ptr_array_index (self->rules, position);
}

/* Returns: (transfer none) (nullable) */
const SksRule *
sks_policy_find_rule (SksPolicy  *self,
                      const char *rule_id)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);

  for (guint i = 0; rule_id && i < self->rules->len; i++)
    {
      const SksRule *rule = g_ptr_array_index (self->rules, i);
      if (g_str_equal (rule->id, rule_id))
        return rule;
    }
  return NULL;
}

/* Returns: (nullable): the title of a form, e.g. "application" →
 * 湖州市技能大师工作室申报表 */
const char *
sks_policy_get_form_title (SksPolicy  *self,
                           const char *form)
{
  JsonNode *node;
  JsonObject *object;
  JsonNode *title;

  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  g_return_val_if_fail (form != NULL, NULL);

  if (self->forms == NULL || (node = json_object_get_member (self->forms, form)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  title = json_object_get_member (object, "title");
  if (title == NULL || !JSON_NODE_HOLDS_VALUE (title) ||
      json_node_get_value_type (title) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (title);
}

/**
 * sks_policy_get_rubric:
 * @kind: the evaluation: 年度考核 or 期满考核
 *
 * The scoring table of an evaluation (考核评估表) as the profile gives it.
 *
 * Returns: (transfer none) (nullable): the rubric, or %NULL when the
 *   profile has none for @kind
 */
SksRubric *
sks_policy_get_rubric (SksPolicy         *self,
                       SksEvaluationKind  kind)
{
  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);
  g_return_val_if_fail (kind == SKS_EVALUATION_KIND_ANNUAL || kind == SKS_EVALUATION_KIND_EXPIRY,
                        NULL);
  return self->rubrics[kind];
}

/**
 * sks_policy_create_round:
 * @key: (nullable): the round's key; the profile id when %NULL
 *
 * Returns: (transfer full): a round filled from the profile
 */
SksRound *
sks_policy_create_round (SksPolicy  *self,
                         const char *key)
{
  g_autofree char *reference = NULL;
  g_autofree char *deadline = NULL;
  SksRound *round;

  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);

  round = sks_round_new (key ? key : self->id, self->city, self->year);
  if (g_date_valid (&self->reference_date))
    reference = sks_date_format_iso (&self->reference_date);
  if (g_date_valid (&self->deadline))
    deadline = sks_date_format_iso (&self->deadline);
  g_object_set (round,
                "policy-id", self->id,
                "title", self->title,
                "document-number", self->document_number,
                "issuing-bureau", self->issuing_bureau,
                "reference-date", reference,
                "deadline", deadline,
                NULL);
  return round;
}

/**
 * sks_policy_create_recommenders:
 *
 * Returns: (transfer full) (element-type SksRecommender): the profile's
 *   recommending units with their quotas (0 where the notice gives none),
 *   in order, without a round
 */
GPtrArray *
sks_policy_create_recommenders (SksPolicy *self)
{
  GPtrArray *list;

  g_return_val_if_fail (SKS_IS_POLICY (self), NULL);

  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->recommenders->len; i++)
    {
      const SksPolicyRecommender *rec = &g_array_index (self->recommenders,
                                                        SksPolicyRecommender, i);
      SksRecommender *recommender = sks_recommender_new (rec->name, rec->kind,
                                                         MAX (rec->quota, 0));

      g_object_set (recommender, "code", rec->code, "sort-order", (gint64) i, NULL);
      g_ptr_array_add (list, recommender);
    }
  return list;
}

guint
_sks_policy_get_n_funding (SksPolicy *self)
{
  return self->funding->len;
}

const SksFundingRule *
_sks_policy_get_funding (SksPolicy *self,
                         guint      position)
{
  return g_ptr_array_index (self->funding, position);
}

/* Rules */

const char *
sks_rule_get_id (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->id;
}

/* The kind's name as the profile gives it, e.g. "birth-cutoff". */
const char *
sks_rule_get_kind (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->kind->name;
}

SksRuleScope
sks_rule_get_scope (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, 0);
  return rule->kind->scope;
}

/* The profile's title, in the notice's words. */
const char *
sks_rule_get_title (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->title;
}

/* Returns: (nullable): where in the notice, e.g. "二、申报条件 1"; NULL for
 * checks the notice does not state (master.duplicate) */
const char *
sks_rule_get_paragraph_ref (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->paragraph_ref;
}

/* Returns: (nullable): the notice's words */
const char *
sks_rule_get_paragraph (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->paragraph;
}

/* Returns: (nullable): the profile's remark on its reading of the notice */
const char *
sks_rule_get_note (const SksRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->note;
}
