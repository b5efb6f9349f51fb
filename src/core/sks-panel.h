/* sks-panel.h — an expert panel (评审专家组) of a round, its members and the
 * criteria of the round's scoring sheet (评分表)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-field.h"

G_BEGIN_DECLS

/* Stored by nick ("district", "city"). Huzhou reviews twice: each district
 * (recommending unit) before recommending, then the city; Hangzhou once. */
typedef enum {
  SKS_PANEL_LEVEL_DISTRICT,  /* 区县评审: one panel per recommending unit */
  SKS_PANEL_LEVEL_CITY,      /* 市级评审 */
} SksPanelLevel;

/* Stored by nick ("expert", "chair"). */
typedef enum {
  SKS_PANEL_ROLE_EXPERT,     /* 评审专家 */
  SKS_PANEL_ROLE_CHAIR,      /* 组长 */
} SksPanelRole;

/* How a candidate's reviewer totals become one score; stored by nick in
 * rounds.score_method ("mean", "trimmed-mean", "median"). */
typedef enum {
  SKS_SCORE_METHOD_MEAN,          /* 平均分 */
  SKS_SCORE_METHOD_TRIMMED_MEAN,  /* 去掉一个最高分和一个最低分后的平均分 (≥ 5 scores) */
  SKS_SCORE_METHOD_MEDIAN,        /* 中位数 */
} SksScoreMethod;

#define SKS_TYPE_PANEL_LEVEL  (sks_panel_level_get_type ())
#define SKS_TYPE_PANEL_ROLE   (sks_panel_role_get_type ())
#define SKS_TYPE_SCORE_METHOD (sks_score_method_get_type ())

GType sks_panel_level_get_type  (void);
GType sks_panel_role_get_type   (void);
GType sks_score_method_get_type (void);

/* SksPanel: one panel of a round at one level; a district panel belongs to
 * one recommending unit (recommender-id > 0), a city panel to none. */
#define SKS_TYPE_PANEL (sks_panel_get_type ())

G_DECLARE_FINAL_TYPE (SksPanel, sks_panel, SKS, PANEL, GObject)

SksPanel     *sks_panel_new                   (gint64          round_id,
                                               SksPanelLevel   level,
                                               gint64          recommender_id);
gint64        sks_panel_get_id                (SksPanel       *self);
void          sks_panel_set_id                (SksPanel       *self,
                                               gint64          id);
gint64        sks_panel_get_round_id          (SksPanel       *self);
SksPanelLevel sks_panel_get_level             (SksPanel       *self);
gint64        sks_panel_get_recommender_id    (SksPanel       *self);
/* (nullable): the recommending unit's name, for a district panel */
const char   *sks_panel_get_recommender_name  (SksPanel       *self);
void          sks_panel_set_recommender_name  (SksPanel       *self,
                                               const char     *name);

/* SksPanelMember: properties "name", "work-unit", "title", "role"
 * (SksPanelRole), "position", "submitted" (ISO 8601 time of submission,
 * NULL while the sheet is open) and "submitted-by". */
#define SKS_TYPE_PANEL_MEMBER (sks_panel_member_get_type ())

G_DECLARE_FINAL_TYPE (SksPanelMember, sks_panel_member, SKS, PANEL_MEMBER, GObject)

SksPanelMember      *sks_panel_member_new             (void);
const SksFieldTable *sks_panel_member_get_field_table (void);
gint64               sks_panel_member_get_id          (SksPanelMember *self);
void                 sks_panel_member_set_id          (SksPanelMember *self,
                                                       gint64          id);
gint64               sks_panel_member_get_panel_id    (SksPanelMember *self);
void                 sks_panel_member_set_panel_id    (SksPanelMember *self,
                                                       gint64          panel_id);
const char          *sks_panel_member_get_name        (SksPanelMember *self);
void                 sks_panel_member_set_name        (SksPanelMember *self,
                                                       const char     *name);
const char          *sks_panel_member_get_work_unit   (SksPanelMember *self);
void                 sks_panel_member_set_work_unit   (SksPanelMember *self,
                                                       const char     *work_unit);
const char          *sks_panel_member_get_title       (SksPanelMember *self);
void                 sks_panel_member_set_title       (SksPanelMember *self,
                                                       const char     *title);
SksPanelRole         sks_panel_member_get_role        (SksPanelMember *self);
void                 sks_panel_member_set_role        (SksPanelMember *self,
                                                       SksPanelRole    role);
/* (nullable) */
const char          *sks_panel_member_get_submitted   (SksPanelMember *self);
const char          *sks_panel_member_get_submitted_by (SksPanelMember *self);
gboolean             sks_panel_member_is_submitted    (SksPanelMember *self);

/* SksScoreCriterion: one line of a scoring sheet. Properties "key",
 * "title", "max-points" (hundredths of a point, > 0), "guidance",
 * "position". */
#define SKS_TYPE_SCORE_CRITERION (sks_score_criterion_get_type ())

G_DECLARE_FINAL_TYPE (SksScoreCriterion, sks_score_criterion, SKS, SCORE_CRITERION, GObject)

SksScoreCriterion   *sks_score_criterion_new          (const char        *key,
                                                       const char        *title,
                                                       gint64             max_points,
                                                       const char        *guidance);
const SksFieldTable *sks_score_criterion_get_field_table (void);
SksScoreCriterion   *sks_score_criterion_copy         (SksScoreCriterion *self);
gint64               sks_score_criterion_get_id       (SksScoreCriterion *self);
void                 sks_score_criterion_set_id       (SksScoreCriterion *self,
                                                       gint64             id);
const char          *sks_score_criterion_get_key      (SksScoreCriterion *self);
const char          *sks_score_criterion_get_title    (SksScoreCriterion *self);
gint64               sks_score_criterion_get_max_points (SksScoreCriterion *self);
const char          *sks_score_criterion_get_guidance (SksScoreCriterion *self);
guint                sks_score_criterion_get_position (SksScoreCriterion *self);
void                 sks_score_criterion_set_position (SksScoreCriterion *self,
                                                       guint              position);

G_END_DECLS
