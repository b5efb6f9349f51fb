/* sks-studio-rubric.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-policy.h"
#include "sks-studio-rubric.h"

/* Returns: (transfer full) (nullable): the round of @studio, or %NULL
 *   (without an error) when it has none */
SksRound *
sks_store_find_studio_round (SksStore   *store,
                             SksStudio  *studio,
                             GError    **error)
{
  g_autoptr(GListModel) rounds = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_STUDIO (studio), NULL);

  if ((rounds = sks_store_list_rounds (store, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == sks_studio_get_round_id (studio))
        return g_steal_pointer (&round);
    }
  return NULL;
}

/**
 * sks_studio_find_rubric:
 * @round: (nullable): the studio's round
 *
 * Returns: (transfer full): the rubric of @kind in the policy profile the
 *   round names, or %NULL with %SKS_STORE_ERROR_NOT_FOUND (or the
 *   profile's error) when there is none
 */
SksRubric *
sks_studio_find_rubric (SksRound           *round,
                        SksEvaluationKind   kind,
                        GError            **error)
{
  const char *policy_id = round ? sks_round_get_policy_id (round) : NULL;
  g_autoptr(SksPolicy) policy = NULL;
  SksRubric *rubric;

  if (policy_id == NULL || *policy_id == '\0')
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                           _("The studio’s round names no policy profile, so there is no "
                             "scoring table"));
      return NULL;
    }
  if ((policy = sks_policy_lookup (policy_id, error)) == NULL)
    return NULL;
  rubric = sks_policy_get_rubric (policy, kind);
  if (rubric == NULL)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("The policy profile “%s” has no scoring table for the %s"), policy_id,
                   sks_enum_get_label (SKS_TYPE_EVALUATION_KIND, kind));
      return NULL;
    }
  return g_object_ref (rubric);
}
