/* sks-status-step.h — the steps of the notices' procedure between statuses,
 * and which of them only the procedure itself takes (公示, 认定)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sks-enums.h"

G_BEGIN_DECLS

/* How an application reaches a status from another. */
typedef enum {
  SKS_STATUS_ROUTE_NONE,         /* the procedure has no such step */
  SKS_STATUS_ROUTE_MANUAL,       /* a user sets it (Set Status, saving the application) */
  SKS_STATUS_ROUTE_PUBLICATION,  /* only starting the 公示 sets it (公示中) */
  SKS_STATUS_ROUTE_RECOGNITION,  /* only recognition (认定) after the 公示 sets it */
} SksStatusRoute;

SksStatusRoute sks_status_step_get_route       (SksStatus      from,
                                                SksStatus      to);
gboolean       sks_status_step_is_irreversible (SksStatus      to);
const char    *sks_status_route_get_hint       (SksStatusRoute route);

G_END_DECLS
