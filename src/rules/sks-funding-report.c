/* sks-funding-report.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grants come from sks_funding_compute(), one per studio and grant of
 * the profile; this file only says who each payer is by name and adds them
 * up. A county's or district's share is paid by the finance of the
 * recommending unit the studio applied through (吴兴区 → 吴兴区财政); a
 * studio recommended by a city department (市直) whose unit is nevertheless
 * in a county or district has its local payer named "not named" rather
 * than guessed. A studio whose fiscal affiliation is missing, where the
 * profile splits by it, keeps its amount in @unknown_amount: it is listed,
 * never dropped.
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-funding-report.h"
#include "sks-policy-private.h"

G_DEFINE_QUARK (sks-funding-report-error-quark, sks_funding_report_error)

static void
line_free (SksFundingLine *line)
{
  sks_funded_studio_free (line->studio);
  sks_grant_free (line->grant);
  g_free (line->local_payer);
  g_free (line->note);
  g_free (line);
}

static void
payer_free (SksFundingPayer *payer)
{
  g_free (payer->name);
  g_free (payer);
}

/* "50,000": yuan, grouped by thousands as finance tables write them. */
char *
sks_funding_format_yuan (gint64 yuan)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (yuan));
  GString *text = g_string_new (yuan < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

/* The finance of the studio's county or district, by the recommending
 * unit's name. */
static char *
dup_local_payer (const SksFundedStudio *studio,
                 SksFiscalAffiliation   level)
{
  gboolean named = studio->recommender_known && studio->recommender_name != NULL &&
                   studio->recommender_kind != SKS_RECOMMENDER_CITY_DEPARTMENT;

  if (named)
    /* TRANSLATORS: a county's or district's finance bureau, e.g. 吴兴区财政 */
    return g_strdup_printf (_("%s finance"), studio->recommender_name);
  return g_strdup (level == SKS_FISCAL_COUNTY ? _("County finance (county not named)")
                                              : _("District finance (district not named)"));
}

static void
add_to_payer (GPtrArray            *payers,
              const char           *name,
              SksFiscalAffiliation  level,
              gint64                amount)
{
  SksFundingPayer *payer;

  for (guint i = 0; i < payers->len; i++)
    {
      payer = g_ptr_array_index (payers, i);
      if (payer->level == level && g_str_equal (payer->name, name))
        {
          payer->amount += amount;
          return;
        }
    }
  payer = g_new0 (SksFundingPayer, 1);
  payer->name = g_strdup (name);
  payer->level = level;
  payer->amount = amount;
  g_ptr_array_add (payers, payer);
}

static SksFundingLine *
line_new (SksFundedStudio *studio,
          SksGrant        *grant)
{
  SksFundingLine *line = g_new0 (SksFundingLine, 1);

  line->studio = studio;
  line->grant = grant;
  if (grant->excluded)
    /* TRANSLATORS: %s is a kind of unit, e.g. 事业单位 */
    line->note = g_strdup_printf (_("Not funded: the notice excludes this kind of unit (%s)"),
                                  sks_enum_get_label (SKS_TYPE_UNIT_KIND, studio->unit_kind));
  else if (!grant->split_known)
    line->note = g_strdup (_("Split unknown: the unit’s fiscal affiliation is not given"));
  for (guint i = 0; grant->split_known && i < grant->n_shares; i++)
    {
      if (grant->shares[i].payer == SKS_FISCAL_CITY)
        line->city_amount += grant->shares[i].amount;
      else
        {
          line->local_amount += grant->shares[i].amount;
          if (line->local_payer == NULL)
            line->local_payer = dup_local_payer (studio, grant->shares[i].payer);
        }
    }
  return line;
}

static SksFundedStudio *
funded_studio_copy (const SksFundedStudio *from)
{
  SksFundedStudio *to = g_memdup2 (from, sizeof *from);

  to->studio_name = g_strdup (from->studio_name);
  to->master_name = g_strdup (from->master_name);
  to->unit_name = g_strdup (from->unit_name);
  to->recommender_name = g_strdup (from->recommender_name);
  to->recognised_on = g_strdup (from->recognised_on);
  return to;
}

/* One line per grant of @event for each studio; adds them to the totals. */
static gint64
add_lines (SksFundingReport *report,
           GPtrArray        *lines,
           SksPolicy        *policy,
           SksFundingEvent   event,
           GPtrArray        *studios)
{
  gint64 total = 0;

  for (guint i = 0; studios != NULL && i < studios->len; i++)
    {
      const SksFundedStudio *studio = g_ptr_array_index (studios, i);
      g_autoptr(GPtrArray) grants = sks_funding_compute (policy, event, studio->unit_kind,
                                                         studio->fiscal);

      for (guint g = 0; g < grants->len; g++)
        {
          SksGrant *grant = g_ptr_array_steal_index (grants, 0);
          SksFundingLine *line = line_new (funded_studio_copy (studio), grant);

          g_ptr_array_add (lines, line);
          total += grant->amount;
          if (!grant->excluded && !grant->split_known)
            report->unknown_amount += grant->amount;
        }
    }
  return total;
}

/* City first, then counties, then districts, each in order of appearance
 * (the round's order of recommending units). */
static void
collect_payers (SksFundingReport *report)
{
  static const SksFiscalAffiliation levels[] = {
    SKS_FISCAL_CITY, SKS_FISCAL_COUNTY, SKS_FISCAL_DISTRICT,
  };
  GPtrArray *sections[] = { report->lines, report->excellent };

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
      for (guint i = 0; i < sections[s]->len; i++)
        {
          SksFundingLine *line = g_ptr_array_index (sections[s], i);

          if (levels[l] == SKS_FISCAL_CITY && line->city_amount > 0)
            add_to_payer (report->payers, _("City finance"), SKS_FISCAL_CITY, line->city_amount);
          for (guint k = 0; levels[l] != SKS_FISCAL_CITY && k < line->grant->n_shares; k++)
            if (line->grant->split_known && line->grant->shares[k].payer == levels[l])
              add_to_payer (report->payers, line->local_payer, levels[l],
                            line->grant->shares[k].amount);
        }
}

/* The notice's paragraphs of the profile's grants for @event, once each;
 * and a note where the notice does not say who pays. */
static void
collect_basis (SksFundingReport *report,
               SksPolicy        *policy,
               SksFundingEvent   event)
{
  for (guint i = 0; i < _sks_policy_get_n_funding (policy); i++)
    {
      const SksFundingRule *rule = _sks_policy_get_funding (policy, i);
      guint n_payers = 0;

      if (rule->event != event)
        continue;
      if (rule->paragraph != NULL)
        /* TRANSLATORS: the notice's number, the paragraph's number and its text */
        g_ptr_array_add (report->basis,
                         g_strdup_printf (_("%s %s: %s"), report->document_number,
                                          rule->paragraph_ref ? rule->paragraph_ref : "",
                                          rule->paragraph));
      for (guint f = 0; f < G_N_ELEMENTS (rule->n_payers); f++)
        n_payers += rule->n_payers[f];
      if (n_payers == 0 && rule->default_payer == SKS_FISCAL_CITY)
        g_ptr_array_add (report->notes,
                         g_strdup_printf (_("%s: the notice does not say which finance pays; "
                                            "this table assumes the city’s."), rule->title));
    }
}

/* The notice's yearly number of 优秀 grades (Hangzhou: about 12), from the
 * profile's "evaluation" member; 0 when it sets none. */
static guint
excellent_per_year (SksPolicy *policy)
{
  JsonNode *root = policy->parser ? json_parser_get_root (policy->parser) : NULL;
  JsonObject *evaluation;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  evaluation = json_object_get_object_member (json_node_get_object (root), "evaluation");
  if (evaluation == NULL || !json_object_has_member (evaluation, "excellent_per_year"))
    return 0;
  return (guint) json_object_get_int_member (evaluation, "excellent_per_year");
}

static char *
dup_grant_title (SksPolicy *policy)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; i < _sks_policy_get_n_funding (policy); i++)
    {
      const SksFundingRule *rule = _sks_policy_get_funding (policy, i);

      if (rule->event == SKS_FUNDING_EVENT_APPROVED)
        g_ptr_array_add (titles, rule->title);
    }
  g_ptr_array_add (titles, NULL);
  return g_strjoinv ("、", (char **) titles->pdata);
}

static void
set_up_excellent (SksFundingReport *report,
                  SksPolicy        *policy,
                  GPtrArray        *excellent,
                  gint64            excellent_year)
{
  report->excellent_year = excellent_year;
  report->excellent_per_year = excellent_per_year (policy);
  report->excellent_total = add_lines (report, report->excellent, policy,
                                       SKS_FUNDING_EVENT_EXCELLENT, excellent);
  collect_basis (report, policy, SKS_FUNDING_EVENT_EXCELLENT);
  if (report->excellent_per_year > 0)
    g_ptr_array_add (report->notes, g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE,
                   "The notice grades about %u studios a year excellent; this table lists %u "
                   "for %d (a note, not a limit).",
                   "The notice grades about %u studios a year excellent; this table lists %u "
                   "for %d (a note, not a limit).",
                   report->excellent->len),
      report->excellent_per_year, report->excellent->len, (int) excellent_year));
}

/**
 * sks_funding_report_new:
 * @round: the round reported on
 * @policy: the round's profile
 * @recognised: (element-type SksFundedStudio): the studios it recognised
 * @excellent: (nullable) (element-type SksFundedStudio): studios graded 优秀
 *   in @excellent_year
 * @excellent_year: the year of @excellent, 0 for no excellent section
 *
 * Returns: (transfer full): the report; the studios are copied
 */
SksFundingReport *
sks_funding_report_new (SksRound  *round,
                        SksPolicy *policy,
                        GPtrArray *recognised,
                        GPtrArray *excellent,
                        gint64     excellent_year)
{
  SksFundingReport *report = g_new0 (SksFundingReport, 1);

  g_return_val_if_fail (SKS_IS_ROUND (round), NULL);
  g_return_val_if_fail (SKS_IS_POLICY (policy), NULL);

  g_ref_count_init (&report->ref_count);
  report->policy = g_object_ref (policy);
  report->round_key = g_strdup (sks_round_get_key (round));
  report->city = g_strdup (sks_round_get_city (round) ? sks_round_get_city (round)
                                                      : sks_policy_get_city (policy));
  report->year = sks_round_get_year (round);
  report->bureau = g_strdup (sks_policy_get_issuing_bureau (policy));
  report->document_number = g_strdup (sks_policy_get_document_number (policy));
  report->grant_title = dup_grant_title (policy);
  /* TRANSLATORS: year, city, the notice's name of the grant, e.g.
   * 2025年湖州市技能大师工作室开办经费补助资金分配表 */
  report->title = g_strdup_printf (_("%d %s Skill Master Studios: %s Allocation Table"),
                                   (int) report->year, report->city ? report->city : "",
                                   report->grant_title);
  report->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  report->excellent = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  report->payers = g_ptr_array_new_with_free_func ((GDestroyNotify) payer_free);
  report->basis = g_ptr_array_new_with_free_func (g_free);
  report->notes = g_ptr_array_new_with_free_func (g_free);

  report->lines_total = add_lines (report, report->lines, policy, SKS_FUNDING_EVENT_APPROVED,
                                   recognised);
  collect_basis (report, policy, SKS_FUNDING_EVENT_APPROVED);
  if (excellent_year > 0)
    set_up_excellent (report, policy, excellent, excellent_year);
  report->total = report->lines_total + report->excellent_total;
  collect_payers (report);
  return report;
}

/**
 * sks_funding_report_new_from_store:
 * @excellent_year: a year to add the grants for evaluations graded 优秀
 *   in it (the round's profile's studios, of any round), or 0
 *
 * Returns: (transfer full) (nullable): the report
 */
SksFundingReport *
sks_funding_report_new_from_store (SksStore  *store,
                                   SksRound  *round,
                                   gint64     excellent_year,
                                   GError   **error)
{
  const char *policy_id = sks_round_get_policy_id (round);
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(GPtrArray) recognised = NULL;
  g_autoptr(GPtrArray) excellent = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_ROUND (round), NULL);

  if (policy_id == NULL || (policy = sks_policy_lookup (policy_id, &local_error)) == NULL)
    {
      g_set_error (error, SKS_FUNDING_REPORT_ERROR, SKS_FUNDING_REPORT_ERROR_NO_POLICY,
                   _("The profile of round “%s” is not available, so its grants are not "
                     "known: %s"), sks_round_get_key (round),
                   local_error ? local_error->message : _("the round names none"));
      return NULL;
    }
  if ((recognised = sks_store_list_recognised_studios (store, sks_round_get_id (round),
                                                       error)) == NULL)
    return NULL;
  if (excellent_year > 0 &&
      (excellent = sks_store_list_excellent_studios (store, policy_id, excellent_year,
                                                     error)) == NULL)
    return NULL;
  return sks_funding_report_new (round, policy, recognised, excellent, excellent_year);
}

SksFundingReport *
sks_funding_report_ref (SksFundingReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_ref_count_inc (&report->ref_count);
  return report;
}

void
sks_funding_report_unref (SksFundingReport *report)
{
  if (report == NULL || !g_ref_count_dec (&report->ref_count))
    return;
  g_free (report->round_key);
  g_free (report->city);
  g_free (report->bureau);
  g_free (report->document_number);
  g_free (report->grant_title);
  g_free (report->title);
  g_ptr_array_unref (report->lines);
  g_ptr_array_unref (report->excellent);
  g_ptr_array_unref (report->payers);
  g_ptr_array_unref (report->basis);
  g_ptr_array_unref (report->notes);
  g_object_unref (report->policy);
  g_free (report);
}

/* Nothing recognised (and no 优秀 grade in the year asked for). */
gboolean
sks_funding_report_is_empty (SksFundingReport *report)
{
  g_return_val_if_fail (report != NULL, TRUE);
  return report->lines->len == 0 && report->excellent->len == 0;
}

/* Sets the message a user sees instead of an empty table. */
gboolean
sks_funding_report_check_not_empty (SksFundingReport  *report,
                                    GError           **error)
{
  g_return_val_if_fail (report != NULL, FALSE);

  if (!sks_funding_report_is_empty (report))
    return TRUE;
  if (report->excellent_year > 0)
    g_set_error (error, SKS_FUNDING_REPORT_ERROR, SKS_FUNDING_REPORT_ERROR_EMPTY,
                 _("No studio of round “%s” has been recognised, and no evaluation of %d "
                   "was graded excellent: there is no funding to report."),
                 report->round_key, (int) report->excellent_year);
  else
    g_set_error (error, SKS_FUNDING_REPORT_ERROR, SKS_FUNDING_REPORT_ERROR_EMPTY,
                 _("No studio of round “%s” has been recognised yet: there is no funding "
                   "to report."), report->round_key);
  return FALSE;
}

/* The studio's 财政隶属 as the form names it (市本级, 县, 区, 未填). */
const char *
sks_funding_line_get_payer_level (const SksFundingLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);
  return sks_enum_get_label (SKS_TYPE_FISCAL_AFFILIATION, line->studio->fiscal);
}
