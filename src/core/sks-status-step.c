/* sks-status-step.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps of the notices' procedure: 申报 by the unit, 推荐 by the district
 * bureau, 评审 by the city's experts, 公示, then 认定 (or not); a named studio
 * may be 续建 after its evaluation or 撤销. A unit can take back (撤回) an
 * application until it is under review, and a bureau can return one to the
 * unit (back to 填报中) until it recommends it.
 *
 * 公示中 and 已认定 have dates and conditions of their own (the period, the
 * objections), so no one clicks them: starting the 公示 sets the first
 * (sks_store_start_publication()) and recognition after the period the
 * second (sks_store_recognise()). The store refuses them otherwise. A
 * candidate decided "selected" may still be 已推荐 when the panel worked
 * without setting 评审中, so the 公示 starts from either.
 */

#define G_LOG_DOMAIN "sks-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-status-step.h"

typedef struct {
  SksStatus      from;
  SksStatus      to;
  SksStatusRoute route;
} Step;

static const Step steps[] = {
  { SKS_STATUS_DRAFT, SKS_STATUS_SUBMITTED, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_DRAFT, SKS_STATUS_WITHDRAWN, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_DRAFT, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_RECOMMENDED, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_WITHDRAWN, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_UNDER_REVIEW, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_WITHDRAWN, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_PUBLICIZED, SKS_STATUS_ROUTE_PUBLICATION },
  { SKS_STATUS_UNDER_REVIEW, SKS_STATUS_PUBLICIZED, SKS_STATUS_ROUTE_PUBLICATION },
  { SKS_STATUS_UNDER_REVIEW, SKS_STATUS_NOT_SELECTED, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_PUBLICIZED, SKS_STATUS_APPROVED, SKS_STATUS_ROUTE_RECOGNITION },
  { SKS_STATUS_PUBLICIZED, SKS_STATUS_NOT_SELECTED, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_APPROVED, SKS_STATUS_RENEWED, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_APPROVED, SKS_STATUS_REVOKED, SKS_STATUS_ROUTE_MANUAL },
  { SKS_STATUS_RENEWED, SKS_STATUS_REVOKED, SKS_STATUS_ROUTE_MANUAL },
};

/* How the procedure goes from @from to @to, if it does. */
SksStatusRoute
sks_status_step_get_route (SksStatus from,
                           SksStatus to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == from && steps[i].to == to)
      return steps[i].route;
  return SKS_STATUS_ROUTE_NONE;
}

/* Whether no step leads back from @to: the app asks before taking it. */
gboolean
sks_status_step_is_irreversible (SksStatus to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == to)
      return to == SKS_STATUS_APPROVED; /* 已认定 leads on, but is published */
  return TRUE;
}

/* Translated: how a status reached by @route is set, for a menu or an
 * error; %NULL for a manual step or none. */
const char *
sks_status_route_get_hint (SksStatusRoute route)
{
  switch (route)
    {
    case SKS_STATUS_ROUTE_PUBLICATION:
      return _("Set by starting the round’s public notice (公示)");
    case SKS_STATUS_ROUTE_RECOGNITION:
      return _("Set by recognition (认定) after the public notice has ended");
    case SKS_STATUS_ROUTE_NONE:
    case SKS_STATUS_ROUTE_MANUAL:
    default:
      return NULL;
    }
}
