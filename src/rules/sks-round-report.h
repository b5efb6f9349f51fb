/* sks-round-report.h — every verdict of a round: per recommending unit and
 * per application (审核汇总)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-verdict.h"

G_BEGIN_DECLS

#define SKS_TYPE_ROUND_REPORT (sks_round_report_get_type ())

G_DECLARE_FINAL_TYPE (SksRoundReport, sks_round_report, SKS, ROUND_REPORT, GObject)

SksVerdictStatus  sks_round_report_get_status              (SksRoundReport *self);
GListModel       *sks_round_report_get_verdicts            (SksRoundReport *self);
guint             sks_round_report_count                   (SksRoundReport *self,
                                                            SksVerdictStatus status);

guint             sks_round_report_get_n_recommenders      (SksRoundReport *self);
const char       *sks_round_report_get_recommender         (SksRoundReport *self,
                                                            guint           position);
SksVerdictStatus  sks_round_report_get_recommender_status  (SksRoundReport *self,
                                                            guint           position);
GPtrArray        *sks_round_report_get_recommender_verdicts (SksRoundReport *self,
                                                            guint           position);

guint             sks_round_report_get_n_studios           (SksRoundReport *self);
SksStudio        *sks_round_report_get_studio              (SksRoundReport *self,
                                                            guint           position);
SksVerdictStatus  sks_round_report_get_studio_status       (SksRoundReport *self,
                                                            guint           position);
GPtrArray        *sks_round_report_get_studio_verdicts     (SksRoundReport *self,
                                                            guint           position);

G_END_DECLS
