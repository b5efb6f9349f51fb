/* sks-status-flow.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps of the notices' procedure: 申报 by the unit, 推荐 by the district
 * bureau, 评审 by the city's experts, 公示, then 认定 (or not); a named studio
 * may be 续建 after its evaluation or 撤销. A unit can take back (撤回) an
 * application until it is under review, and a bureau can return one to the
 * unit (back to 填报中) until it recommends it.
 */

#include "config.h"

#include "sks-status-flow.h"

typedef struct {
  SksStatus from;
  SksStatus to;
} Step;

static const Step steps[] = {
  { SKS_STATUS_DRAFT, SKS_STATUS_SUBMITTED },
  { SKS_STATUS_DRAFT, SKS_STATUS_WITHDRAWN },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_DRAFT },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_RECOMMENDED },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_WITHDRAWN },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_UNDER_REVIEW },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_WITHDRAWN },
  { SKS_STATUS_UNDER_REVIEW, SKS_STATUS_PUBLICIZED },
  { SKS_STATUS_UNDER_REVIEW, SKS_STATUS_NOT_SELECTED },
  { SKS_STATUS_PUBLICIZED, SKS_STATUS_APPROVED },
  { SKS_STATUS_PUBLICIZED, SKS_STATUS_NOT_SELECTED },
  { SKS_STATUS_APPROVED, SKS_STATUS_RENEWED },
  { SKS_STATUS_APPROVED, SKS_STATUS_REVOKED },
  { SKS_STATUS_RENEWED, SKS_STATUS_REVOKED },
};

/* Whether the procedure has a step from @from to @to. */
gboolean
sks_status_flow_allows (SksStatus from,
                        SksStatus to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == from && steps[i].to == to)
      return TRUE;
  return FALSE;
}

/* Whether no step leads back from @to: the app asks before taking it. */
gboolean
sks_status_flow_is_irreversible (SksStatus to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == to)
      return to == SKS_STATUS_APPROVED; /* 已认定 leads on, but is published */
  return TRUE;
}
