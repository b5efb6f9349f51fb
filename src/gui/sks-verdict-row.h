/* sks-verdict-row.h — one rule's verdict (审核结论) in the editor's
 * eligibility panel
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-policy.h"
#include "sks-store-finding.h"
#include "sks-verdict.h"

G_BEGIN_DECLS

#define SKS_TYPE_VERDICT_ROW (sks_verdict_row_get_type ())

G_DECLARE_FINAL_TYPE (SksVerdictRow, sks_verdict_row, SKS, VERDICT_ROW, GtkListBoxRow)

GtkWidget  *sks_verdict_row_new              (SksVerdict  *verdict,
                                              SksPolicy   *policy);
SksVerdict *sks_verdict_row_get_verdict      (SksVerdictRow *self);
const char *sks_verdict_status_get_icon_name (SksVerdictStatus status);

/* Findings (核实) on a rule a reviewer confirms */
void        sks_verdict_row_set_findings     (SksVerdictRow      *self,
                                              SksStudio          *studio,
                                              SksStore           *store,
                                              const SksCheckItem *items,
                                              guint               n_items);
void        sks_verdict_row_finding_done     (SksVerdictRow      *self,
                                              const char         *message);
void        sks_verdict_row_record_finding   (SksVerdictRow      *self,
                                              SksFindingResult    result);
GtkWidget  *sks_verdict_row_get_finding_button (SksVerdictRow    *self);
void        sks_verdict_row_select_part      (SksVerdictRow      *self,
                                              guint               position);
void        sks_verdict_row_set_note         (SksVerdictRow      *self,
                                              const char         *note);

G_END_DECLS
