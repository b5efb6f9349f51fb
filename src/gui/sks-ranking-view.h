/* sks-ranking-view.h — the ranking and the panel's decision (排名与决定):
 * a page of the reviewers' workspace
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-ranking.h"

G_BEGIN_DECLS

#define SKS_TYPE_RANKING_VIEW (sks_ranking_view_get_type ())

G_DECLARE_FINAL_TYPE (SksRankingView, sks_ranking_view, SKS, RANKING_VIEW, GtkWidget)

GtkWidget  *sks_ranking_view_new          (SksContext     *context);
void        sks_ranking_view_set_scope    (SksRankingView *self,
                                           gint64          round_id,
                                           gint64          recommender_id);
void        sks_ranking_view_reload       (SksRankingView *self);
SksRanking *sks_ranking_view_get_ranking  (SksRankingView *self);
void        sks_ranking_view_pick         (SksRankingView *self,
                                           const gint64   *studio_ids,
                                           guint           n_ids);
GArray     *sks_ranking_view_dup_picked   (SksRankingView *self);

G_END_DECLS
