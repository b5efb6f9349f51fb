/* sks-finding-check.c — resolving the check a finding names
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-finding-check.h"
#include "sks-rule-kinds-private.h"

/**
 * sks_rule_get_check_items:
 * @items: (out caller-allocates) (array fixed-size=7): room for
 *   SKS_N_CHECK_ITEMS items
 *
 * The items a reviewer confirms for @rule, in the profile's order.
 *
 * Returns: how many; 0 for a rule that is not of kind confirmation
 */
guint
sks_rule_get_check_items (const SksRule *rule,
                          SksCheckItem  *items)
{
  const SksCheckItem *list;
  guint n = 0;

  g_return_val_if_fail (rule != NULL, 0);
  g_return_val_if_fail (items != NULL, 0);

  if (rule->kind != &_sks_kind_confirmation || rule->data == NULL)
    return 0;
  /* prepare_confirmation() keeps them ended by SKS_N_CHECK_ITEMS */
  list = rule->data;
  while (n < SKS_N_CHECK_ITEMS && list[n] != SKS_N_CHECK_ITEMS)
    {
      items[n] = list[n];
      n++;
    }
  return n;
}

/**
 * sks_finding_check_dup_name:
 *
 * The name of one check: the rule's id for a rule of one item
 * ("master.conduct"), the item's name for a part ("support-site").
 *
 * Returns: (transfer full)
 */
char *
sks_finding_check_dup_name (const SksRule *rule,
                            SksCheckItem   item)
{
  SksCheckItem items[SKS_N_CHECK_ITEMS];

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (item < SKS_N_CHECK_ITEMS, NULL);

  if (sks_rule_get_check_items (rule, items) == 1)
    return g_strdup (sks_rule_get_id (rule));
  return g_strdup (sks_check_item_get_name (item));
}

/**
 * sks_policy_dup_finding_checks:
 *
 * The names of every check of @policy, as the CLI takes them.
 *
 * Returns: (transfer full): a %NULL-terminated list
 */
GStrv
sks_policy_dup_finding_checks (SksPolicy *policy)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SKS_IS_POLICY (policy), NULL);

  for (guint i = 0; i < sks_policy_get_n_rules (policy); i++)
    {
      const SksRule *rule = sks_policy_get_rule (policy, i);
      SksCheckItem items[SKS_N_CHECK_ITEMS];
      guint n = sks_rule_get_check_items (rule, items);

      for (guint j = 0; j < n; j++)
        {
          g_autofree char *name = sks_finding_check_dup_name (rule, items[j]);
          g_strv_builder_add (builder, name);
        }
    }
  return g_strv_builder_end (builder);
}

static char *
join_names (const char *const *names)
{
  /* Translators: separates check names in a list, e.g. "support-site, support-rules" */
  return g_strjoinv (_(", "), (GStrv) names);
}

static gboolean
resolve_rule_id (SksPolicy      *policy,
                 const SksRule  *rule,
                 SksCheckItem   *item,
                 GError        **error)
{
  SksCheckItem items[SKS_N_CHECK_ITEMS];
  guint n = sks_rule_get_check_items (rule, items);
  g_auto(GStrv) checks = NULL;
  g_autofree char *list = NULL;

  if (n == 1)
    {
      *item = items[0];
      return TRUE;
    }
  if (n > 1)
    {
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;

      for (guint i = 0; i < n; i++)
        g_strv_builder_add (parts, sks_check_item_get_name (items[i]));
      names = g_strv_builder_end (parts);
      list = join_names ((const char *const *) names);
      g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_VALUE,
                   _("Check “%s” has %u parts; name one of them: %s"),
                   sks_rule_get_id (rule), n, list);
      return FALSE;
    }
  checks = sks_policy_dup_finding_checks (policy);
  list = join_names ((const char *const *) checks);
  g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_VALUE,
               _("Rule “%s” is decided from the application, not by a reviewer; the checks "
                 "a reviewer records are: %s"), sks_rule_get_id (rule), list);
  return FALSE;
}

/**
 * sks_policy_resolve_finding_check:
 * @check: a rule id ("master.conduct") or a part's name ("support-site")
 * @rule: (out) (optional): the rule the check belongs to
 * @item: (out): the item a finding on it records
 *
 * Resolves the check a finding names under @policy. Unknown names, names
 * of another profile's checks, rules that are not a reviewer's and rules
 * with several parts are refused with a translated message that lists the
 * checks (or the parts) to choose from.
 */
gboolean
sks_policy_resolve_finding_check (SksPolicy      *policy,
                                  const char     *check,
                                  const SksRule **rule,
                                  SksCheckItem   *item,
                                  GError        **error)
{
  const SksRule *found = NULL;
  SksCheckItem part = SKS_N_CHECK_ITEMS;
  g_auto(GStrv) checks = NULL;
  g_autofree char *list = NULL;

  g_return_val_if_fail (SKS_IS_POLICY (policy), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (check != NULL && (found = sks_policy_find_rule (policy, check)) != NULL)
    {
      if (!resolve_rule_id (policy, found, item, error))
        return FALSE;
      if (rule != NULL)
        *rule = found;
      return TRUE;
    }
  for (guint i = 0; check != NULL && i < sks_policy_get_n_rules (policy); i++)
    {
      const SksRule *candidate = sks_policy_get_rule (policy, i);
      SksCheckItem items[SKS_N_CHECK_ITEMS];
      guint n = sks_rule_get_check_items (candidate, items);

      for (guint j = 0; n > 1 && j < n; j++)
        if (g_str_equal (sks_check_item_get_name (items[j]), check))
          {
            found = candidate;
            part = items[j];
          }
    }
  if (found != NULL)
    {
      *item = part;
      if (rule != NULL)
        *rule = found;
      return TRUE;
    }

  checks = sks_policy_dup_finding_checks (policy);
  list = join_names ((const char *const *) checks);
  g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_NOT_FOUND,
               _("Profile “%s” has no check “%s”; its checks are: %s"),
               sks_policy_get_id (policy), check ? check : "", list);
  return FALSE;
}
