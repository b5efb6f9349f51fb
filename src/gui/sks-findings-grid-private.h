/* sks-findings-grid-private.h — what the widget tests reach
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-findings-grid.h"

G_BEGIN_DECLS

GtkEventController *_sks_findings_grid_get_key_controller (SksFindingsGrid *self);
GtkPopover         *_sks_findings_grid_get_note_popover   (SksFindingsGrid *self);
const char         *_sks_findings_grid_get_verdict_icon_name (SksFindingsGrid *self,
                                                             guint            row);
GtkWidget          *_sks_findings_grid_get_row_header     (SksFindingsGrid *self,
                                                           guint            row);

G_END_DECLS
