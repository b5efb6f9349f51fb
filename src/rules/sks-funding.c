/* sks-funding.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-funding.h"
#include "sks-rule-kinds-private.h"

/*
 * Amounts are whole yuan, as the notices state them (5万元, 10万元). A split
 * by percent rounds down for every payer but the last, which takes the rest,
 * so the shares always add up to the grant: Huzhou's 3:7 split of 50,000 is
 * 15,000 for the city and 35,000 for the district.
 */

void
sks_grant_free (SksGrant *grant)
{
  if (grant == NULL)
    return;
  g_free (grant->explanation);
  g_free (grant);
}

static void
split (const SksFundingRule *funding,
       SksFiscalAffiliation  fiscal,
       SksGrant             *grant)
{
  gint64 rest = grant->amount;
  guint n = funding->n_payers[fiscal];

  if (n == 0)
    {
      grant->n_shares = 1;
      grant->shares[0].payer = funding->default_payer;
      grant->shares[0].amount = grant->amount;
      return;
    }
  grant->n_shares = n;
  for (guint i = 0; i < n; i++)
    {
      gint64 share = i + 1 < n ? grant->amount * funding->percents[fiscal][i] / 100 : rest;

      grant->shares[i].payer = funding->payers[fiscal][i];
      grant->shares[i].amount = share;
      rest -= share;
    }
}

static const char *
payer_label (SksFiscalAffiliation payer)
{
  switch (payer)
    {
    case SKS_FISCAL_CITY:
      return _("the city’s finance");
    case SKS_FISCAL_COUNTY:
      return _("the county’s finance");
    case SKS_FISCAL_DISTRICT:
      return _("the district’s finance");
    case SKS_FISCAL_UNSET:
    default:
      return "?";
    }
}

static char *
describe (const SksGrant *grant)
{
  g_autoptr(GPtrArray) shares = NULL;
  g_autofree char *list = NULL;

  if (grant->excluded)
    return g_strdup_printf (_("%s: none for this kind of unit"), grant->title);
  if (!grant->split_known)
    return g_strdup_printf (_("%s: %d yuan; who pays depends on the unit’s fiscal affiliation, "
                              "which is not given"), grant->title, (int) grant->amount);
  if (grant->n_shares == 1)
    return g_strdup_printf (_("%s: %d yuan, paid by %s"), grant->title, (int) grant->amount,
                            payer_label (grant->shares[0].payer));

  shares = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < grant->n_shares; i++)
    /* TRANSLATORS: a payer and its share, e.g. "the city’s finance 15000 yuan" */
    g_ptr_array_add (shares, g_strdup_printf (_("%s %d yuan"), payer_label (grant->shares[i].payer),
                                              (int) grant->shares[i].amount));
  list = _sks_join_list (shares, FALSE);
  return g_strdup_printf (_("%s: %d yuan, of which %s"), grant->title, (int) grant->amount, list);
}

/**
 * sks_funding_compute:
 * @unit_kind: the applying unit's kind
 * @fiscal: the unit's fiscal affiliation (财政隶属关系)
 *
 * Returns: (transfer full) (element-type SksGrant): the profile's grants for
 *   @event, one per funding rule, each with its payers; strings borrowed from
 *   @policy, which must outlive them
 */
GPtrArray *
sks_funding_compute (SksPolicy            *policy,
                     SksFundingEvent       event,
                     SksUnitKind           unit_kind,
                     SksFiscalAffiliation  fiscal)
{
  GPtrArray *grants;

  g_return_val_if_fail (SKS_IS_POLICY (policy), NULL);

  grants = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_grant_free);
  for (guint i = 0; i < _sks_policy_get_n_funding (policy); i++)
    {
      const SksFundingRule *funding = _sks_policy_get_funding (policy, i);
      SksGrant *grant;

      if (funding->event != event)
        continue;
      grant = g_new0 (SksGrant, 1);
      grant->grant_id = funding->id;
      grant->title = funding->title;
      grant->paragraph_ref = funding->paragraph_ref;
      grant->paragraph = funding->paragraph;
      grant->excluded = (funding->excluded_kinds & (1u << unit_kind)) != 0;
      grant->amount = grant->excluded ? 0 : funding->amount;
      /* The payers follow the fiscal affiliation only when the profile splits by it. */
      grant->split_known = !grant->excluded && (funding->default_payer != SKS_FISCAL_UNSET ||
                                                fiscal != SKS_FISCAL_UNSET);
      if (grant->split_known)
        split (funding, fiscal, grant);
      grant->explanation = describe (grant);
      g_ptr_array_add (grants, grant);
    }
  return grants;
}

/* Returns: (transfer full) (element-type SksGrant): as sks_funding_compute()
 * for @studio's unit */
GPtrArray *
sks_funding_compute_for_studio (SksPolicy       *policy,
                                SksFundingEvent  event,
                                SksStudio       *studio)
{
  SksUnit *unit;

  g_return_val_if_fail (SKS_IS_STUDIO (studio), NULL);

  unit = sks_studio_get_unit (studio);
  return sks_funding_compute (policy, event, sks_unit_get_kind (unit),
                              sks_unit_get_fiscal_affiliation (unit));
}

gint64
sks_funding_get_total (GPtrArray *grants)
{
  gint64 total = 0;

  g_return_val_if_fail (grants != NULL, 0);

  for (guint i = 0; i < grants->len; i++)
    total += ((SksGrant *) g_ptr_array_index (grants, i))->amount;
  return total;
}
