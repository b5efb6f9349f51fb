/* sks-findings-grid.h — findings (核实) of a round's applications: one row
 * per application, one column per check that waits for a person
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_FINDINGS_GRID (sks_findings_grid_get_type ())

G_DECLARE_FINAL_TYPE (SksFindingsGrid, sks_findings_grid, SKS, FINDINGS_GRID, GtkWidget)

GtkWidget  *sks_findings_grid_new          (SksContext      *context);
void        sks_findings_grid_set_scope    (SksFindingsGrid *self,
                                            gint64           round_id,
                                            gint64           recommender_id);
guint       sks_findings_grid_get_n_rows   (SksFindingsGrid *self);
guint       sks_findings_grid_get_n_checks (SksFindingsGrid *self);
GtkWidget  *sks_findings_grid_get_cell     (SksFindingsGrid *self,
                                            guint            row,
                                            guint            check);
const char *sks_findings_grid_get_verdict_text (SksFindingsGrid *self,
                                            guint            row);
gint64      sks_findings_grid_get_studio_id (SksFindingsGrid *self,
                                            guint            row);
SksCheckItem sks_findings_grid_get_check_item (SksFindingsGrid *self,
                                            guint            check);
void        sks_findings_grid_get_counts   (SksFindingsGrid *self,
                                            guint           *n_open,
                                            guint           *n_met,
                                            guint           *n_not_met);

G_END_DECLS
