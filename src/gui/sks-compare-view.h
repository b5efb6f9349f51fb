/* sks-compare-view.h — 2 to 4 applications side by side (申报比较)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-compare.h"
#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_COMPARE_VIEW (sks_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (SksCompareView, sks_compare_view, SKS, COMPARE_VIEW, GtkWidget)

/* One value of the comparison: wrapping text laid out once per width. */
#define SKS_TYPE_COMPARE_CELL (sks_compare_cell_get_type ())

G_DECLARE_FINAL_TYPE (SksCompareCell, sks_compare_cell, SKS, COMPARE_CELL, GtkWidget)

const char    *sks_compare_cell_get_text       (SksCompareCell *self);

GtkWidget     *sks_compare_view_new            (SksContext     *context);
void           sks_compare_view_set_context    (SksCompareView *self,
                                                SksContext     *context);
SksContext    *sks_compare_view_get_context    (SksCompareView *self);
gboolean       sks_compare_view_set_studios    (SksCompareView *self,
                                                const gint64   *studio_ids,
                                                guint           n_ids,
                                                GError        **error);
GArray        *sks_compare_view_dup_studios    (SksCompareView *self);
SksComparison *sks_compare_view_get_comparison (SksCompareView *self);
gboolean       sks_compare_view_add_studio     (SksCompareView *self,
                                                gint64          studio_id,
                                                GError        **error);
gboolean       sks_compare_view_remove_studio  (SksCompareView *self,
                                                gint64          studio_id,
                                                GError        **error);
void           sks_compare_view_reload         (SksCompareView *self);

/* For tests: the grid of the rows (row r of the comparison is on grid row
 * sks_compare_view_get_grid_row (self, r)). */
GtkGrid       *sks_compare_view_get_body_grid  (SksCompareView *self);
int            sks_compare_view_get_grid_row   (SksCompareView *self,
                                                guint           row);

G_END_DECLS
