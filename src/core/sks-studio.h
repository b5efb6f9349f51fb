/* sks-studio.h — 技能大师工作室: one studio, from its application (申报)
 * through recommendation, public notice, approval, evaluations and renewal
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-attachment.h"
#include "sks-enums.h"
#include "sks-field.h"
#include "sks-history-entry.h"
#include "sks-master.h"
#include "sks-team-member.h"
#include "sks-unit.h"

G_BEGIN_DECLS

/* The conditions a reviewer confirms by hand (人工核实), each with its own
 * state, reviewer, day and note fields ("<name>-check", "<name>-checked-by",
 * "<name>-checked-on", "<name>-check-note"). */
typedef enum {
  SKS_CHECK_ITEM_CONDUCT,            /* "conduct": 热爱祖国、遵纪守法、品行端正 */
  SKS_CHECK_ITEM_PROJECT,            /* "project": 有技术项目 */
  SKS_CHECK_ITEM_TRAINING,           /* "training": 有培养功能 */
  SKS_CHECK_ITEM_SUPPORT_SITE,       /* "support-site": 工作场地 */
  SKS_CHECK_ITEM_SUPPORT_EQUIPMENT,  /* "support-equipment": 设施、设备 */
  SKS_CHECK_ITEM_SUPPORT_FUNDING,    /* "support-funding": 必要的经费支持 */
  SKS_CHECK_ITEM_SUPPORT_RULES,      /* "support-rules": 管理制度 (杭州: 培养、激励、奖励制度与工作协议) */
  SKS_N_CHECK_ITEMS
} SksCheckItem;

const char          *sks_check_item_get_name        (SksCheckItem   item);
const char          *sks_check_item_get_label       (SksCheckItem   item);
gboolean             sks_check_item_from_name       (const char    *name,
                                                     SksCheckItem  *item);

#define SKS_TYPE_STUDIO (sks_studio_get_type ())

G_DECLARE_FINAL_TYPE (SksStudio, sks_studio, SKS, STUDIO, GObject)

SksStudio           *sks_studio_new                 (void);
SksStudio           *sks_studio_dup                 (SksStudio     *self);
const SksFieldTable *sks_studio_get_field_table     (void);

gint64               sks_studio_get_id              (SksStudio     *self);
void                 sks_studio_set_id              (SksStudio     *self,
                                                     gint64         id);
const char          *sks_studio_get_uuid            (SksStudio     *self);
void                 sks_studio_set_uuid            (SksStudio     *self,
                                                     const char    *uuid);
gint64               sks_studio_get_round_id        (SksStudio     *self);
void                 sks_studio_set_round_id        (SksStudio     *self,
                                                     gint64         round_id);
gint64               sks_studio_get_recommender_id  (SksStudio     *self);
void                 sks_studio_set_recommender_id  (SksStudio     *self,
                                                     gint64         recommender_id);
const char          *sks_studio_get_created         (SksStudio     *self);
const char          *sks_studio_get_modified        (SksStudio     *self);
void                 sks_studio_unwatch_team        (SksStudio     *self);
void                 sks_studio_set_timestamps      (SksStudio     *self,
                                                     const char    *created,
                                                     const char    *modified);

const char          *sks_studio_get_name            (SksStudio     *self);
SksStatus            sks_studio_get_status          (SksStudio     *self);
void                 sks_studio_set_status          (SksStudio     *self,
                                                     SksStatus      status);
const char          *sks_studio_get_achievements    (SksStudio     *self);
const char          *sks_studio_get_introduction    (SksStudio     *self);
const char          *sks_studio_get_industry_chain  (SksStudio     *self);
SksPriorLevel        sks_studio_get_prior_level     (SksStudio     *self);
const char          *sks_studio_get_application_date (SksStudio    *self);
const char          *sks_studio_get_received_date   (SksStudio     *self);
gboolean             sks_studio_get_honorary        (SksStudio     *self);
gboolean             sks_studio_get_former_national_studio (SksStudio *self);
const char          *sks_studio_get_age_justification (SksStudio   *self);
SksCheckState        sks_studio_get_check           (SksStudio     *self,
                                                     SksCheckItem   item,
                                                     const char   **by,
                                                     const char   **on,
                                                     const char   **note);
void                 sks_studio_set_check           (SksStudio     *self,
                                                     SksCheckItem   item,
                                                     SksCheckState  state,
                                                     const char    *by,
                                                     const char    *on,
                                                     const char    *note);

SksUnit             *sks_studio_get_unit            (SksStudio     *self);
SksMaster           *sks_studio_get_master          (SksStudio     *self);
GListModel          *sks_studio_get_team            (SksStudio     *self);
void                 sks_studio_add_team_member     (SksStudio     *self,
                                                     SksTeamMember *member);
void                 sks_studio_remove_team_member  (SksStudio     *self,
                                                     guint          position);
GListModel          *sks_studio_get_attachments     (SksStudio     *self);
void                 sks_studio_add_attachment      (SksStudio     *self,
                                                     SksAttachment *attachment);
void                 sks_studio_remove_attachment   (SksStudio     *self,
                                                     guint          position);
GListModel          *sks_studio_get_history         (SksStudio     *self);
void                 sks_studio_add_history_entry   (SksStudio     *self,
                                                     SksHistoryEntry *entry);

GPtrArray           *sks_studio_validate            (SksStudio     *self,
                                                     gboolean       complete);
gboolean             sks_studio_equal               (SksStudio     *a,
                                                     SksStudio     *b);
gboolean             sks_studio_team_equal          (SksStudio     *a,
                                                     SksStudio     *b);
gboolean             sks_studio_attachments_equal   (SksStudio     *a,
                                                     SksStudio     *b);

G_END_DECLS
