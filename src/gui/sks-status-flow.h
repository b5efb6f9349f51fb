/* sks-status-flow.h — which status an application may move to next
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-enums.h"

G_BEGIN_DECLS

gboolean sks_status_flow_allows          (SksStatus from,
                                          SksStatus to);
gboolean sks_status_flow_is_irreversible (SksStatus to);
char    *sks_status_flow_dup_names       (GListModel *rows,
                                          GArray     *ids,
                                          guint       max_names);

G_END_DECLS
