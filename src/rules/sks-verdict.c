/* sks-verdict.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-policy-private.h"
#include "sks-verdict.h"

struct _SksVerdict
{
  GObject           parent_instance;

  SksPolicy        *policy;       /* owns the rule */
  const SksRule    *rule;
  SksVerdictStatus  status;
  char             *explanation;
  const char       *field;        /* static */
  gboolean          priority;
  SksStudio        *studio;
  char             *recommender;
};

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_STATUS,
  PROP_EXPLANATION,
  PROP_PARAGRAPH_REF,
  PROP_PARAGRAPH,
  PROP_FIELD,
  PROP_PRIORITY,
  PROP_SCOPE,
  PROP_STUDIO,
  PROP_RECOMMENDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SksVerdict, sks_verdict, G_TYPE_OBJECT)

/* value_name holds the English label (a msgid), value_nick the stable key. */
GType
sks_verdict_status_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { SKS_VERDICT_NOT_APPLICABLE, N_("Not applicable"), "not-applicable" },
    { SKS_VERDICT_PASS, N_("Pass"), "pass" },
    { SKS_VERDICT_MANUAL, N_("Needs manual confirmation"), "manual" },
    { SKS_VERDICT_WARNING, N_("Warning"), "warning" },
    { SKS_VERDICT_FAIL, N_("Fail"), "fail" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id,
                       g_enum_register_static (g_intern_static_string ("SksVerdictStatus"),
                                               values));
  return type_id;
}

GType
sks_rule_scope_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { SKS_RULE_SCOPE_APPLICATION, N_("Application"), "application" },
    { SKS_RULE_SCOPE_RECOMMENDER, N_("Recommending unit"), "recommender" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SksRuleScope"),
                                                         values));
  return type_id;
}

/* Translated, e.g. "Needs manual confirmation". */
const char *
sks_verdict_status_get_label (SksVerdictStatus status)
{
  return sks_enum_get_label (SKS_TYPE_VERDICT_STATUS, status);
}

/* The stable key, e.g. "manual". */
const char *
sks_verdict_status_get_nick (SksVerdictStatus status)
{
  return sks_enum_get_nick (SKS_TYPE_VERDICT_STATUS, status);
}

/**
 * sks_verdict_status_worst:
 * @verdicts: a list of #SksVerdict
 *
 * Returns: the most severe status of the list; %SKS_VERDICT_NOT_APPLICABLE
 *   when it is empty
 */
SksVerdictStatus
sks_verdict_status_worst (GListModel *verdicts)
{
  SksVerdictStatus worst = SKS_VERDICT_NOT_APPLICABLE;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (verdicts), worst);

  n = g_list_model_get_n_items (verdicts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksVerdict) verdict = g_list_model_get_item (verdicts, i);
      worst = MAX (worst, verdict->status);
    }
  return worst;
}

static void
sks_verdict_dispose (GObject *object)
{
  SksVerdict *self = SKS_VERDICT (object);

  g_clear_object (&self->studio);
  G_OBJECT_CLASS (sks_verdict_parent_class)->dispose (object);
}

static void
sks_verdict_finalize (GObject *object)
{
  SksVerdict *self = SKS_VERDICT (object);

  g_free (self->explanation);
  g_free (self->recommender);
  g_clear_object (&self->policy);
  G_OBJECT_CLASS (sks_verdict_parent_class)->finalize (object);
}

static void
sks_verdict_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SksVerdict *self = SKS_VERDICT (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, sks_verdict_get_rule_id (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    case PROP_PARAGRAPH_REF:
      g_value_set_string (value, sks_verdict_get_paragraph_ref (self));
      break;
    case PROP_PARAGRAPH:
      g_value_set_string (value, sks_verdict_get_paragraph (self));
      break;
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_PRIORITY:
      g_value_set_boolean (value, self->priority);
      break;
    case PROP_SCOPE:
      g_value_set_enum (value, sks_verdict_get_scope (self));
      break;
    case PROP_STUDIO:
      g_value_set_object (value, self->studio);
      break;
    case PROP_RECOMMENDER:
      g_value_set_string (value, self->recommender);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_verdict_class_init (SksVerdictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sks_verdict_dispose;
  object_class->finalize = sks_verdict_finalize;
  object_class->get_property = sks_verdict_get_property;

  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, SKS_TYPE_VERDICT_STATUS,
                                               SKS_VERDICT_NOT_APPLICABLE, flags);
  properties[PROP_EXPLANATION] = g_param_spec_string ("explanation", NULL, NULL, NULL, flags);
  properties[PROP_PARAGRAPH_REF] = g_param_spec_string ("paragraph-ref", NULL, NULL, NULL, flags);
  properties[PROP_PARAGRAPH] = g_param_spec_string ("paragraph", NULL, NULL, NULL, flags);
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, flags);
  properties[PROP_PRIORITY] = g_param_spec_boolean ("priority", NULL, NULL, FALSE, flags);
  properties[PROP_SCOPE] = g_param_spec_enum ("scope", NULL, NULL, SKS_TYPE_RULE_SCOPE,
                                              SKS_RULE_SCOPE_APPLICATION, flags);
  properties[PROP_STUDIO] = g_param_spec_object ("studio", NULL, NULL, SKS_TYPE_STUDIO, flags);
  properties[PROP_RECOMMENDER] = g_param_spec_string ("recommender", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sks_verdict_init (SksVerdict *self)
{
}

/* Takes the outcome's explanation. */
SksVerdict *
_sks_verdict_new (SksPolicy     *policy,
                  const SksRule *rule,
                  SksOutcome    *outcome,
                  SksStudio     *studio,
                  const char    *recommender)
{
  SksVerdict *self = g_object_new (SKS_TYPE_VERDICT, NULL);

  self->policy = g_object_ref (policy);
  self->rule = rule;
  self->status = outcome->status;
  self->explanation = g_steal_pointer (&outcome->explanation);
  self->field = outcome->field;
  self->priority = outcome->priority;
  self->studio = studio ? g_object_ref (studio) : NULL;
  self->recommender = g_strdup (recommender);
  return self;
}

const SksRule *
_sks_verdict_get_rule (SksVerdict *self)
{
  return self->rule;
}

/* The stable rule id, e.g. "master.birth_cutoff". */
const char *
sks_verdict_get_rule_id (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->rule->id;
}

SksVerdictStatus
sks_verdict_get_status (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), SKS_VERDICT_NOT_APPLICABLE);
  return self->status;
}

/* Translated, with the figures the verdict rests on. */
const char *
sks_verdict_get_explanation (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->explanation;
}

/* Returns: (nullable): where in the notice, e.g. "二、申报条件 1" */
const char *
sks_verdict_get_paragraph_ref (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->rule->paragraph_ref;
}

/* Returns: (nullable): the notice's words the rule rests on */
const char *
sks_verdict_get_paragraph (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->rule->paragraph;
}

/* Returns: (nullable): the path of the field concerned, as the exchange
 * format names it ("master.birth", "team", "received-date"), for the form to
 * point at */
const char *
sks_verdict_get_field (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->field;
}

/* A priority mark (优先): set by industry.priority; never a condition. */
gboolean
sks_verdict_get_priority (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), FALSE);
  return self->priority;
}

SksRuleScope
sks_verdict_get_scope (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), SKS_RULE_SCOPE_APPLICATION);
  return self->rule->kind->scope;
}

/* Returns: (transfer none) (nullable): the application, for
 * %SKS_RULE_SCOPE_APPLICATION */
SksStudio *
sks_verdict_get_studio (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->studio;
}

/* Returns: (nullable): the recommending unit's name, for
 * %SKS_RULE_SCOPE_RECOMMENDER */
const char *
sks_verdict_get_recommender (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return self->recommender;
}

const char *
sks_verdict_get_policy_id (SksVerdict *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT (self), NULL);
  return sks_policy_get_id (self->policy);
}
