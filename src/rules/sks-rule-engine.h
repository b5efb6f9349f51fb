/* sks-rule-engine.h — checks applications against a policy profile
 * (资格审核), live for one application or at once for a whole round
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-policy.h"
#include "sks-round-report.h"
#include "sks-store.h"
#include "sks-verdict.h"

G_BEGIN_DECLS

#define SKS_TYPE_RULE_ENGINE (sks_rule_engine_get_type ())

G_DECLARE_FINAL_TYPE (SksRuleEngine, sks_rule_engine, SKS, RULE_ENGINE, GObject)

SksRuleEngine    *sks_rule_engine_new              (SksPolicy      *policy);
SksPolicy        *sks_rule_engine_get_policy       (SksRuleEngine  *self);

/* Live: the verdicts of one application, kept up to date as it changes. */
void              sks_rule_engine_set_studio       (SksRuleEngine  *self,
                                                    SksStudio      *studio);
SksStudio        *sks_rule_engine_get_studio       (SksRuleEngine  *self);
GListModel       *sks_rule_engine_get_verdicts     (SksRuleEngine  *self);
SksVerdictStatus  sks_rule_engine_get_status       (SksRuleEngine  *self);
gboolean          sks_rule_engine_get_priority     (SksRuleEngine  *self);

/* The leaders to compare with for master.duplicate. */
void              sks_rule_engine_set_peers        (SksRuleEngine  *self,
                                                    GListModel     *studios);
void              sks_rule_engine_add_peer         (SksRuleEngine  *self,
                                                    const char     *id_number,
                                                    const char     *uuid,
                                                    const char     *name,
                                                    gint64          round_id,
                                                    SksStatus       status);
void              sks_rule_engine_set_peer_store   (SksRuleEngine  *self,
                                                    SksStore       *store,
                                                    gint64          studio_id);
void              sks_rule_engine_clear_peers      (SksRuleEngine  *self);

/* At once */
GPtrArray        *sks_rule_engine_check_studio     (SksRuleEngine  *self,
                                                    SksStudio      *studio);
SksRoundReport   *sks_rule_engine_check_round      (SksRuleEngine  *self,
                                                    GListModel     *studios,
                                                    GListModel     *recommenders,
                                                    GListModel     *active_studios);
SksRoundReport   *sks_rule_engine_check_store      (SksRuleEngine  *self,
                                                    SksStore       *store,
                                                    gint64          round_id,
                                                    GError        **error);

G_END_DECLS
