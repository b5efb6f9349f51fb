/* sks-applications-view-private.h — what the list of applications shares
 * with its cells (sks-applications-view-cells.c)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-applications-view.h"
#include "sks-slot-model.h"
#include "sks-studio-filter-model.h"
#include "sks-studio-filter.h"

G_BEGIN_DECLS

struct _SksApplicationsView
{
  GtkWidget             parent_instance;

  SksContext           *context;
  gulong                first_paint_handler;
  guint                 fill_source;
  gulong                rows_paint_handler;   /* the first frame with rows */
  guint                 all_slots_source;
  GHashTable           *bound_cells;    /* GtkListItem → its CellBindFunc, while bound */
  GHashTable           *stale_cells;    /* bound cells off screen, set again when idle */
  guint                 stale_source;

  /* Template children */
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *status_filter;
  GtkDropDown          *verdict_filter;
  GtkStack             *stack;
  GtkScrolledWindow    *list_scroller;
  GtkColumnView        *column_view;
  GtkMultiSelection    *selection;
  SksSlotModel         *slot_model;
  GtkSortListModel     *sort_model;
  SksStudioFilterModel *filter_model;
  SksStudioFilter      *filter;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *master_column;
  GtkColumnViewColumn  *recommender_column;
  GtkColumnViewColumn  *skill_level_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *age_column;
  GtkColumnViewColumn  *verdict_column;
  GtkColumnViewColumn  *match_column;
  GtkLabel             *status_label;
  GtkMenuButton        *status_button;
  GMenu                *status_section;
};

/* The models empty themselves while the template is disposed. */
static inline gboolean
is_disposed (SksApplicationsView *self)
{
  return self->sort_model == NULL || self->filter_model == NULL || self->selection == NULL;
}

void _sks_applications_view_class_bind_cells   (GtkWidgetClass      *widget_class);
void _sks_applications_view_rebind_cells       (SksApplicationsView *self,
                                                guint                position,
                                                guint                n_slots);
void _sks_applications_view_rebind_match_cells (SksApplicationsView *self);
void _sks_applications_view_fit_column_widths  (SksApplicationsView *self);

G_END_DECLS
