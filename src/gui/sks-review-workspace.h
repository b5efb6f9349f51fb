/* sks-review-workspace.h — the reviewers' workspace (评审): one round, or
 * one recommending unit of it, with its pages (核实, 评分)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-findings-grid.h"
#include "sks-ranking-view.h"
#include "sks-score-entry-view.h"

G_BEGIN_DECLS

#define SKS_TYPE_REVIEW_WORKSPACE (sks_review_workspace_get_type ())

G_DECLARE_FINAL_TYPE (SksReviewWorkspace, sks_review_workspace, SKS, REVIEW_WORKSPACE, GtkWidget)

GtkWidget  *sks_review_workspace_new                (SksContext         *context);
SksContext *sks_review_workspace_get_context        (SksReviewWorkspace *self);
SksFindingsGrid *sks_review_workspace_get_findings_grid (SksReviewWorkspace *self);
SksScoreEntryView *sks_review_workspace_get_score_view (SksReviewWorkspace *self);
SksRankingView *sks_review_workspace_get_ranking_view (SksReviewWorkspace *self);
void        sks_review_workspace_set_scope          (SksReviewWorkspace *self,
                                                     gint64              round_id,
                                                     gint64              recommender_id);
gint64      sks_review_workspace_get_round_id       (SksReviewWorkspace *self);
gint64      sks_review_workspace_get_recommender_id (SksReviewWorkspace *self);
void        sks_review_workspace_add_page           (SksReviewWorkspace *self,
                                                     GtkWidget          *page,
                                                     const char         *name,
                                                     const char         *title);
gboolean    sks_review_workspace_show_page          (SksReviewWorkspace *self,
                                                     const char         *name);
void        sks_review_workspace_show_message       (SksReviewWorkspace *self,
                                                     const char         *message);

G_END_DECLS
