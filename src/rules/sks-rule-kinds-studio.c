/* sks-rule-kinds-studio.c — the rule kinds about the studio, its unit and
 * the recommending unit
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-age.h"
#include "sks-rule-kinds-private.h"

/* quota: no more applications than the recommending unit's quota
 * (推荐名额, Huzhou Annex 1). Reaching the quota passes; exceeding it fails. */

static void
check_quota (const SksRule       *rule,
             const SksGroupFacts *group,
             SksOutcome          *out)
{
  guint count = group->studios->len;

  if (group->quota < 0)
    {
      _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, NULL,
                           _("%u applications; the notice gives this recommending unit no quota"),
                           count);
      return;
    }
  if (count > group->quota)
    _sks_outcome_printf (out, SKS_VERDICT_FAIL, NULL,
                         _("%u applications for a quota of %d: %d too many"),
                         count, (int) group->quota, (int) (count - group->quota));
  else if (count == group->quota)
    _sks_outcome_printf (out, SKS_VERDICT_PASS, NULL,
                         _("%u applications for a quota of %d: the quota is reached"),
                         count, (int) group->quota);
  else
    _sks_outcome_printf (out, SKS_VERDICT_PASS, NULL,
                         _("%u applications for a quota of %d"),
                         count, (int) group->quota);
}

const SksRuleKind _sks_kind_quota = {
  "quota", SKS_RULE_SCOPE_RECOMMENDER,
  NULL, 0,
  NULL, NULL, check_quota,
  NULL,
};

/* confirmation: conditions a reviewer confirms by hand (人工核实), such as
 * the leader's conduct or the unit's support; each item carries its state,
 * who checked it, when, and a note (SksStudio's "<item>-check" fields). */

enum { CF_ITEMS };

static const char * const check_items[] = {
  "conduct", "project", "training", "support-site", "support-equipment", "support-funding",
  "support-rules", NULL
};

static const char * const check_fields[SKS_N_CHECK_ITEMS] = {
  "conduct-check", "project-check", "training-check", "support-site-check",
  "support-equipment-check", "support-funding-check", "support-rules-check",
};

static const SksParamSpec confirmation_params[] = {
  [CF_ITEMS] = { "items", SKS_PARAM_STRINGS, TRUE, 0, 0, 0, check_items },
};

static gboolean
prepare_confirmation (SksRule       *rule,
                      SksPolicy     *policy,
                      SksJsonReader *r,
                      const char    *place)
{
  GStrv items = rule->params[CF_ITEMS].strv;
  guint n = g_strv_length (items);
  SksCheckItem *list;

  if (n == 0)
    return _sks_fail_param (r, place, "items", _("name at least one item to confirm"));
  list = g_new (SksCheckItem, n + 1);
  for (guint i = 0; i < n; i++)
    sks_check_item_from_name (items[i], &list[i]);
  list[n] = SKS_N_CHECK_ITEMS;
  rule->data = list;
  rule->data_free = g_free;
  return TRUE;
}

typedef enum { FINDING_OPEN, FINDING_CONFIRMED, FINDING_NOT_MET } Finding;

static Finding
finding_of (SksStudio    *studio,
            SksCheckItem  item,
            SksCheckState *state)
{
  const char *by = NULL, *on = NULL;

  *state = sks_studio_get_check (studio, item, &by, &on, NULL);
  if (by == NULL || *by == '\0' || on == NULL || *on == '\0')
    return FINDING_OPEN;   /* a finding without who and when is not yet one */
  return *state == SKS_CHECK_CONFIRMED ? FINDING_CONFIRMED
         : *state == SKS_CHECK_NOT_MET ? FINDING_NOT_MET : FINDING_OPEN;
}

static void
append_finding (GString      *text,
                SksStudio    *studio,
                SksCheckItem  item,
                Finding       finding,
                SksCheckState state)
{
  const char *by = NULL, *on = NULL, *note = NULL;
  const char *label = sks_check_item_get_label (item);

  sks_studio_get_check (studio, item, &by, &on, &note);
  if (note && *note == '\0')
    note = NULL;
  if (finding == FINDING_NOT_MET)
    g_string_append_printf (text, note ? _("%s: found not met by %s on %s (%s)")
                                       : _("%s: found not met by %s on %s"), label, by, on, note);
  else if (finding == FINDING_CONFIRMED)
    g_string_append_printf (text, note ? _("%s: confirmed by %s on %s (%s)")
                                       : _("%s: confirmed by %s on %s"), label, by, on, note);
  else if (state == SKS_CHECK_UNCHECKED)
    g_string_append (text, label);
  else
    g_string_append_printf (text, _("%s (the finding lacks who checked it or when)"), label);
}

static void
check_confirmation (const SksRule        *rule,
                    const SksStudioFacts *facts,
                    SksOutcome           *out)
{
  const SksCheckItem *items = rule->data;
  Finding findings[SKS_N_CHECK_ITEMS];
  SksCheckState states[SKS_N_CHECK_ITEMS];
  guint counts[3] = { 0, 0, 0 };
  Finding wanted;
  const char *field = NULL;
  GString *text = NULL;
  guint n;

  for (n = 0; items[n] != SKS_N_CHECK_ITEMS; n++)
    counts[findings[n] = finding_of (facts->studio, items[n], &states[n])]++;
  /* Report what decides: any item not met, else any still open, else all. */
  wanted = counts[FINDING_NOT_MET] ? FINDING_NOT_MET
           : counts[FINDING_OPEN] ? FINDING_OPEN : FINDING_CONFIRMED;

  if (out->explain)
    text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (findings[i] != wanted)
        continue;
      if (field == NULL)
        field = check_fields[items[i]];
      else if (text)
        /* TRANSLATORS: separates the items of a list inside a sentence */
        g_string_append (text, wanted == FINDING_OPEN ? _(", ") : _("; "));
      if (text)
        append_finding (text, facts->studio, items[i], wanted, states[i]);
    }

  if (wanted == FINDING_OPEN)
    {
      g_autofree char *list = text ? g_string_free (text, FALSE) : NULL;
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, field,
                           _("Needs a reviewer’s confirmation: %s"), list);
    }
  else
    _sks_outcome_set (out, wanted == FINDING_NOT_MET ? SKS_VERDICT_FAIL : SKS_VERDICT_PASS, field,
                      text ? g_string_free (text, FALSE) : NULL);
}

static const char * const confirmation_reads[] = {
  "conduct-check", "conduct-checked-by", "conduct-checked-on", "conduct-check-note",
  "project-check", "project-checked-by", "project-checked-on", "project-check-note",
  "training-check", "training-checked-by", "training-checked-on", "training-check-note",
  "support-site-check", "support-site-checked-by", "support-site-checked-on", "support-site-check-note",
  "support-equipment-check", "support-equipment-checked-by", "support-equipment-checked-on", "support-equipment-check-note",
  "support-funding-check", "support-funding-checked-by", "support-funding-checked-on", "support-funding-check-note",
  "support-rules-check", "support-rules-checked-by", "support-rules-checked-on", "support-rules-check-note",
  NULL
};

const SksRuleKind _sks_kind_confirmation = {
  "confirmation", SKS_RULE_SCOPE_APPLICATION,
  confirmation_params, G_N_ELEMENTS (confirmation_params),
  prepare_confirmation, check_confirmation, NULL,
  confirmation_reads,
};

/* team-size: at least N team members besides the leader, and with
 * "require_employed" all employed by the applying unit (均需为申报单位人员). */

enum { TS_MIN_MEMBERS, TS_REQUIRE_EMPLOYED };

static const SksParamSpec team_size_params[] = {
  [TS_MIN_MEMBERS] = { "min_members", SKS_PARAM_INT, TRUE, 0, 1, 100, NULL },
  [TS_REQUIRE_EMPLOYED] = { "require_employed", SKS_PARAM_BOOL, FALSE, FALSE, 0, 1, NULL },
};

/* Only complete members count (sks_team_member_is_complete()): a member
 * saved without gender or with a birth of "1990-13" is named, not counted. */
static void
add_incomplete (SksOutcome *out,
                GPtrArray  *incomplete)
{
  g_autofree char *names = NULL;
  char *explanation;

  if (incomplete == NULL || incomplete->len == 0 || out->explanation == NULL)
    return;
  names = _sks_join_list (incomplete, FALSE);
  explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s; %u incomplete member is not counted "
                                              "until fixed: %s",
                                              "%s; %u incomplete members are not counted "
                                              "until fixed: %s", incomplete->len),
                                 out->explanation, incomplete->len, names);
  g_free (out->explanation);
  out->explanation = explanation;
}

static void
check_team_size (const SksRule        *rule,
                 const SksStudioFacts *facts,
                 SksOutcome           *out)
{
  GListModel *team = sks_studio_get_team (facts->studio);
  guint n_items = g_list_model_get_n_items (team);
  guint min = (guint) rule->params[TS_MIN_MEMBERS].i;
  guint n = 0, outside = 0;
  g_autoptr(GPtrArray) incomplete = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);
      const char *name = sks_team_member_get_name (member);

      if (!sks_team_member_is_complete (member))
        {
          if (out->explain)
            g_ptr_array_add (incomplete, name && *name
                                         ? g_strdup (name)
                                         /* Translators: a team member without a name */
                                         : g_strdup_printf (_("member %u"), i + 1));
          continue;
        }
      n++;
      if (rule->params[TS_REQUIRE_EMPLOYED].i && !sks_team_member_get_employed_by_unit (member))
        outside++;
    }

  if (n < min)
    _sks_outcome_printf (out, SKS_VERDICT_FAIL, "team",
                         _("%u team members besides the leader; the notice asks for at least %u"),
                         n, min);
  else if (outside > 0)
    _sks_outcome_printf (out, SKS_VERDICT_FAIL, "team",
                         _("%u team members besides the leader, %u of them not employed by the "
                           "applying unit; the notice asks that all are"),
                         n, outside);
  else
    _sks_outcome_set (out, SKS_VERDICT_PASS, "team",
                      !out->explain ? NULL
                      : rule->params[TS_REQUIRE_EMPLOYED].i
                      ? g_strdup_printf (_("%u team members besides the leader, all employed by "
                                           "the applying unit (at least %u needed)"), n, min)
                      : g_strdup_printf (_("%u team members besides the leader (at least %u "
                                           "needed)"), n, min));
  add_incomplete (out, incomplete);
}

static const char * const team_size_reads[] = {
  "team", NULL
};

const SksRuleKind _sks_kind_team_size = {
  "team-size", SKS_RULE_SCOPE_APPLICATION,
  team_size_params, G_N_ELEMENTS (team_size_params),
  NULL, check_team_size, NULL,
  team_size_reads,
};

/* deadline: materials received by the profile's deadline ("3月17日前…逾期
 * 不再受理"); "inclusive" counts the deadline day as in time. */

enum { DL_INCLUSIVE, DL_DATE };

static const SksParamSpec deadline_params[] = {
  [DL_INCLUSIVE] = { "inclusive", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [DL_DATE] = { "date", SKS_PARAM_DATE, FALSE, 0, 0, 0, NULL },
};

static gboolean
prepare_deadline (SksRule       *rule,
                  SksPolicy     *policy,
                  SksJsonReader *r,
                  const char    *place)
{
  const GDate *deadline = sks_policy_get_deadline (policy);

  if (g_date_valid (&rule->params[DL_DATE].date))
    return TRUE;
  if (deadline == NULL)
    return _sks_fail_param (r, place, "date",
                            _("give a date: the profile has no deadline of its own"));
  rule->params[DL_DATE].date = *deadline;
  return TRUE;
}

static void
check_deadline (const SksRule        *rule,
                const SksStudioFacts *facts,
                SksOutcome           *out)
{
  const GDate *deadline = &rule->params[DL_DATE].date;
  SksDateText deadline_text, received_text;
  GDate received;
  int cmp;

  _sks_date_text (&deadline_text, deadline);
  if (!sks_date_parse_iso (sks_studio_get_received_date (facts->studio), &received))
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "received-date",
                           _("The day the materials were received is not recorded; the deadline is "
                             "%s"),
                           deadline_text.text);
      return;
    }

  _sks_date_text (&received_text, &received);
  cmp = _sks_date_cmp (&received, deadline);
  if (cmp < 0)
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "received-date",
                         _("Received on %s, before the deadline of %s"),
                         received_text.text, deadline_text.text);
  else if (cmp == 0 && rule->params[DL_INCLUSIVE].i)
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "received-date",
                         _("Received on %s, the deadline day, which the profile counts as in time"),
                         received_text.text);
  else if (cmp == 0)
    _sks_outcome_printf (out, SKS_VERDICT_FAIL, "received-date",
                         _("Received on %s, the deadline day, which the profile does not count as "
                           "in time"),
                         received_text.text);
  else
    {
      int late = g_date_days_between (deadline, &received) + (rule->params[DL_INCLUSIVE].i ? 0 : 1);
      g_autofree char *days = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%d day late",
                                                          "%d days late", late), late);

      _sks_outcome_printf (out, SKS_VERDICT_FAIL, "received-date",
                           _("Received on %s, after the deadline of %s (%s)"),
                           received_text.text, deadline_text.text, days);
    }
}

static const char * const deadline_reads[] = {
  "received-date", NULL
};

const SksRuleKind _sks_kind_deadline = {
  "deadline", SKS_RULE_SCOPE_APPLICATION,
  deadline_params, G_N_ELEMENTS (deadline_params),
  prepare_deadline, check_deadline, NULL,
  deadline_reads,
};

/* priority: a mark, never a condition — the studio works in one of the
 * profile's industry chains, or the unit has an innovation studio or
 * assesses skill levels itself (可优先申报). */

enum { PR_CHAINS, PR_INNOVATION_STUDIO, PR_SELF_ASSESSMENT };

static const SksParamSpec priority_params[] = {
  [PR_CHAINS] = { "chains", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [PR_INNOVATION_STUDIO] = { "innovation_studio", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [PR_SELF_ASSESSMENT] = { "self_assessment", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
};

static void
check_priority (const SksRule        *rule,
                const SksStudioFacts *facts,
                SksOutcome           *out)
{
  const char *chain_name = sks_studio_get_industry_chain (facts->studio);
  const SksIndustryChain *chain = NULL;
  gboolean innovation = rule->params[PR_INNOVATION_STUDIO].i &&
                        sks_unit_get_innovation_studio (facts->unit);
  gboolean self_assessment = rule->params[PR_SELF_ASSESSMENT].i &&
                             sks_unit_get_self_assessment (facts->unit);
  g_autoptr(GPtrArray) grounds = NULL;
  g_autofree char *list = NULL;

  if (rule->params[PR_CHAINS].i && chain_name && *chain_name)
    chain = sks_policy_find_industry_chain (facts->policy, chain_name);

  if (chain || innovation || self_assessment)
    {
      if (out->explain)
        {
          grounds = g_ptr_array_new_with_free_func (g_free);
          if (chain)
            g_ptr_array_add (grounds,
                             chain->confirmed
                             ? g_strdup_printf (_("the industry chain “%s”"), chain->name)
                             : g_strdup_printf (_("the industry chain “%s” (not yet confirmed as "
                                                  "one of the city’s chains)"), chain->name));
          if (innovation)
            g_ptr_array_add (grounds, g_strdup (_("the unit has a high-skill talent (model "
                                                  "worker) innovation studio")));
          if (self_assessment)
            g_ptr_array_add (grounds, g_strdup (_("the unit assesses its employees’ skill levels "
                                                  "itself")));
          list = _sks_join_list (grounds, TRUE);
        }
      _sks_outcome_printf (out, SKS_VERDICT_PASS, chain ? "industry-chain" : "unit",
                           _("Priority: %s"), list);
      out->priority = TRUE;
    }
  else if (chain_name && *chain_name && rule->params[PR_CHAINS].i)
    _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, "industry-chain",
                         _("No priority: “%s” is not one of the profile’s industry chains; "
                           "priority is a mark, not a condition"),
                         chain_name);
  else
    _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, "industry-chain",
                         "%s",
                         _("No priority; priority is a mark, not a condition"));
}

static const char * const priority_reads[] = {
  "industry-chain", "unit.innovation-studio", "unit.self-assessment", NULL
};

const SksRuleKind _sks_kind_priority = {
  "priority", SKS_RULE_SCOPE_APPLICATION,
  priority_params, G_N_ELEMENTS (priority_params),
  NULL, check_priority, NULL,
  priority_reads,
};

/* name-format: the studio's name is the leader's name + the occupation +
 * a suffix ("领衔人名字+职业（工种）名称+技能大师工作室"). */

enum { NF_SUFFIX };

static const SksParamSpec name_format_params[] = {
  [NF_SUFFIX] = { "suffix", SKS_PARAM_STRING, TRUE, 0, 0, 0, NULL },
};

static void
check_name_format (const SksRule        *rule,
                   const SksStudioFacts *facts,
                   SksOutcome           *out)
{
  const char *suffix = rule->params[NF_SUFFIX].s;
  const char *name = sks_studio_get_name (facts->studio);
  const char *leader = sks_master_get_name (facts->master);
  const char *occupation = sks_master_get_occupation (facts->master);
  g_autofree char *expected = NULL;
  g_autofree char *middle = NULL;
  gsize name_len, leader_len, suffix_len;

  if (name == NULL || *name == '\0')
    {
      _sks_outcome_printf (out, SKS_VERDICT_FAIL, "name",
                           "%s",
                           _("The studio has no name"));
      return;
    }
  if (leader == NULL || *leader == '\0' || occupation == NULL || *occupation == '\0')
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL,
                           leader && *leader ? "master.occupation" : "master.name",
                           "%s",
                           _("The leader’s name and occupation are needed to check the studio’s "
                             "name"));
      return;
    }

  expected = g_strconcat (leader, occupation, suffix, NULL);
  if (g_str_equal (name, expected))
    {
      _sks_outcome_printf (out, SKS_VERDICT_PASS, "name",
                           _("“%s” is the leader’s name + the occupation + “%s”"),
                           name, suffix);
      return;
    }

  name_len = strlen (name);
  leader_len = strlen (leader);
  suffix_len = strlen (suffix);
  if (!g_str_has_prefix (name, leader) || !g_str_has_suffix (name, suffix) ||
      name_len < leader_len + suffix_len)
    {
      _sks_outcome_printf (out, SKS_VERDICT_FAIL, "name",
                           _("“%s” is not the leader’s name + the occupation + “%s”; "
                             "expected “%s”"),
                           name, suffix, expected);
      return;
    }
  middle = g_strndup (name + leader_len, name_len - leader_len - suffix_len);
  _sks_outcome_printf (out, SKS_VERDICT_WARNING, "name",
                       _("“%s” names the occupation “%s”, but the leader’s occupation is “%s”; "
                         "expected “%s”"),
                       name, middle, occupation, expected);
}

static const char * const name_format_reads[] = {
  "master.name", "master.occupation", NULL
};

const SksRuleKind _sks_kind_name_format = {
  "name-format", SKS_RULE_SCOPE_APPLICATION,
  name_format_params, G_N_ELEMENTS (name_format_params),
  NULL, check_name_format, NULL,
  name_format_reads,
};

/* unit-kind: some kinds of unit get no construction funding (Hangzhou:
 * 事业单位建立的工作室除外); the studio may still be approved, so a warning. */

enum { UK_UNFUNDED_KINDS };

static const char * const unit_kinds[] = { "enterprise", "public-institution",
                                           "individual-business", NULL };

static const SksParamSpec unit_kind_params[] = {
  [UK_UNFUNDED_KINDS] = { "unfunded_kinds", SKS_PARAM_STRINGS, TRUE, 0, 0, 0, unit_kinds },
};

static gboolean
prepare_unit_kind (SksRule       *rule,
                   SksPolicy     *policy,
                   SksJsonReader *r,
                   const char    *place)
{
  GStrv kinds = rule->params[UK_UNFUNDED_KINDS].strv;

  rule->params[UK_UNFUNDED_KINDS].i = 0;
  for (guint i = 0; kinds[i]; i++)
    {
      int kind = 0;

      sks_enum_from_nick (SKS_TYPE_UNIT_KIND, kinds[i], &kind);
      rule->params[UK_UNFUNDED_KINDS].i |= 1 << kind;
    }
  return TRUE;
}

static void
check_unit_kind (const SksRule        *rule,
                 const SksStudioFacts *facts,
                 SksOutcome           *out)
{
  SksUnitKind kind = sks_unit_get_kind (facts->unit);
  const char *label = _sks_enum_label (SKS_TYPE_UNIT_KIND, kind);

  if (kind == SKS_UNIT_KIND_UNSET)
    _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "unit.kind",
                         "%s",
                         _("The kind of unit is not given; some kinds receive no construction "
                           "funding"));
  else if (rule->params[UK_UNFUNDED_KINDS].i & (1 << kind))
    _sks_outcome_printf (out, SKS_VERDICT_WARNING, "unit.kind",
                         _("%s: the studio can be approved but receives no construction funding"),
                         label);
  else
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "unit.kind",
                         _("%s: eligible for construction funding"),
                         label);
}

static const char * const unit_kind_reads[] = {
  "unit.kind", NULL
};

const SksRuleKind _sks_kind_unit_kind = {
  "unit-kind", SKS_RULE_SCOPE_APPLICATION,
  unit_kind_params, G_N_ELEMENTS (unit_kind_params),
  prepare_unit_kind, check_unit_kind, NULL,
  unit_kind_reads,
};

/* prior-level: a studio recommended to the city should normally already be
 * a studio of the level below ("原则上应为区、县（市）技能大师工作室"). */

enum { PL_EXPECTED };

static const char * const prior_levels[] = { "none", "enterprise", "district", NULL };

static const SksParamSpec prior_level_params[] = {
  [PL_EXPECTED] = { "expected", SKS_PARAM_STRING, TRUE, 0, 0, 0, prior_levels },
};

static gboolean
prepare_prior_level (SksRule       *rule,
                     SksPolicy     *policy,
                     SksJsonReader *r,
                     const char    *place)
{
  int expected = 0;

  sks_enum_from_nick (SKS_TYPE_PRIOR_LEVEL, rule->params[PL_EXPECTED].s, &expected);
  rule->params[PL_EXPECTED].i = expected;
  return TRUE;
}

static void
check_prior_level (const SksRule        *rule,
                   const SksStudioFacts *facts,
                   SksOutcome           *out)
{
  SksPriorLevel level = sks_studio_get_prior_level (facts->studio);
  int expected = (int) rule->params[PL_EXPECTED].i;

  if ((int) level >= expected)
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "prior-level",
                         _("Existing studio level: %s"),
                         _sks_enum_label (SKS_TYPE_PRIOR_LEVEL, level));
  else
    _sks_outcome_printf (out, SKS_VERDICT_WARNING, "prior-level",
                         _("Existing studio level: %s; the notice asks, in principle, for: %s"),
                         _sks_enum_label (SKS_TYPE_PRIOR_LEVEL, level),
                         _sks_enum_label (SKS_TYPE_PRIOR_LEVEL, expected));
}

static const char * const prior_level_reads[] = {
  "prior-level", NULL
};

const SksRuleKind _sks_kind_prior_level = {
  "prior-level", SKS_RULE_SCOPE_APPLICATION,
  prior_level_params, G_N_ELEMENTS (prior_level_params),
  prepare_prior_level, check_prior_level, NULL,
  prior_level_reads,
};
