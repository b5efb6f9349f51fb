/* sks-compare-private.h — what the comparison's parts share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-compare.h"

G_BEGIN_DECLS

SksPolicy *_sks_comparison_get_policy     (SksComparison  *self);
SksStudio *_sks_comparison_get_studio     (SksComparison  *self,
                                           guint           column);
gboolean   _sks_comparison_add_score_rows (SksComparison  *self,
                                           SksStore       *store,
                                           GError        **error);

G_END_DECLS
