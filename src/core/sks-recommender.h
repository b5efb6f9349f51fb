/* sks-recommender.h — 推荐单位: a district bureau or city department that
 * recommends applications to the city, with its quota (推荐名额)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-enums.h"
#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_RECOMMENDER (sks_recommender_get_type ())

G_DECLARE_FINAL_TYPE (SksRecommender, sks_recommender, SKS, RECOMMENDER, GObject)

SksRecommender      *sks_recommender_new             (const char     *name,
                                                      SksRecommenderKind kind,
                                                      gint64          quota);
const SksFieldTable *sks_recommender_get_field_table (void);
gint64               sks_recommender_get_id          (SksRecommender *self);
void                 sks_recommender_set_id          (SksRecommender *self,
                                                      gint64          id);
gint64               sks_recommender_get_round_id    (SksRecommender *self);
void                 sks_recommender_set_round_id    (SksRecommender *self,
                                                      gint64          round_id);
const char          *sks_recommender_get_name        (SksRecommender *self);
gint64               sks_recommender_get_quota       (SksRecommender *self);
void                 sks_recommender_validate        (SksRecommender *self,
                                                      GPtrArray      *problems,
                                                      const char     *prefix);

G_END_DECLS
