/* sks-applications-view.h — the list of a document's applications (申报)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-studio-row.h"

G_BEGIN_DECLS

#define SKS_TYPE_APPLICATIONS_VIEW (sks_applications_view_get_type ())

G_DECLARE_FINAL_TYPE (SksApplicationsView, sks_applications_view, SKS, APPLICATIONS_VIEW,
                      GtkWidget)

GtkWidget         *sks_applications_view_new                   (void);
SksContext        *sks_applications_view_get_context           (SksApplicationsView *self);
void               sks_applications_view_set_context           (SksApplicationsView *self,
                                                                SksContext          *context);
gboolean           sks_applications_view_get_loaded            (SksApplicationsView *self);
void               sks_applications_view_set_scope             (SksApplicationsView *self,
                                                                gint64               round_id,
                                                                gint64               recommender);
gboolean           sks_applications_view_get_search_mode       (SksApplicationsView *self);
void               sks_applications_view_set_search_mode       (SksApplicationsView *self,
                                                                gboolean             search_mode);
void               sks_applications_view_start_search          (SksApplicationsView *self);
void               sks_applications_view_set_key_capture_widget (SksApplicationsView *self,
                                                                 GtkWidget           *widget);
GtkWidget         *sks_applications_view_get_list              (SksApplicationsView *self);
GtkSelectionModel *sks_applications_view_get_selection         (SksApplicationsView *self);
GListModel        *sks_applications_view_get_rows              (SksApplicationsView *self);
guint              sks_applications_view_get_n_selected        (SksApplicationsView *self);
GArray            *sks_applications_view_dup_selected_ids      (SksApplicationsView *self);
GPtrArray         *sks_applications_view_dup_selected_rows     (SksApplicationsView *self,
                                                                guint                max);
SksStudioRow      *sks_applications_view_dup_single_selected   (SksApplicationsView *self);
guint              sks_applications_view_get_first_selected    (SksApplicationsView *self);
void               sks_applications_view_select_position       (SksApplicationsView *self,
                                                                guint                position);
void               sks_applications_view_select_ids            (SksApplicationsView *self,
                                                                GArray              *ids);
gboolean           sks_applications_view_selection_allows      (SksApplicationsView *self,
                                                                SksStatus            to);

G_END_DECLS
