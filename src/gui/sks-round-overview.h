/* sks-round-overview.h — one round at a glance
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_ROUND_OVERVIEW (sks_round_overview_get_type ())

G_DECLARE_FINAL_TYPE (SksRoundOverview, sks_round_overview, SKS, ROUND_OVERVIEW, GtkWindow)

GtkWidget *sks_round_overview_new      (GtkWindow  *parent,
                                        SksContext *context,
                                        gint64      round_id);
char      *sks_round_overview_dup_text (SksRoundOverview *self);

G_END_DECLS
