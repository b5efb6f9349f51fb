/* sks-round-report-private.h — filled by the rule engine
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-policy-private.h"
#include "sks-round-report.h"

G_BEGIN_DECLS

SksRoundReport *_sks_round_report_new              (SksPolicy      *policy,
                                                    GHashTable     *peers,
                                                    guint           n_peers);
void            _sks_round_report_add_recommender  (SksRoundReport *self,
                                                    const char     *name,
                                                    GArray         *results);
void            _sks_round_report_add_studio       (SksRoundReport *self,
                                                    SksStudio      *studio,
                                                    GArray         *results);

GArray         *_sks_results_new                   (void);
GPtrArray      *_sks_results_to_verdicts           (GArray         *results,
                                                    SksPolicy      *policy,
                                                    SksStudio      *studio,
                                                    const char     *recommender);

G_END_DECLS
