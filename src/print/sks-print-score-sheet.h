/* sks-print-score-sheet.h — a reviewer's blank score sheet (评分表): the
 * panel's candidates × the round's criteria with each criterion's guidance,
 * 评审专家（签名） and 日期 lines; the bureau's sheet, not a notice's form
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-doc.h"
#include "sks-store-panel.h"

G_BEGIN_DECLS

/* @criteria: SksScoreCriterion; @candidates: SksStudioRow (the panel's, in
 * list order); @member: the reviewer whose name heads the sheet. */
SksPrintDoc *sks_print_score_sheet_doc_new        (SksRound        *round,
                                                   SksPanel        *panel,
                                                   SksPanelMember  *member,
                                                   GListModel      *criteria,
                                                   GPtrArray       *candidates,
                                                   GError         **error);
SksPrintDoc *sks_print_score_sheet_doc_from_store (SksStore        *store,
                                                   SksPanel        *panel,
                                                   SksPanelMember  *member,
                                                   GError         **error);
/* Every member's sheet of @panel, in the panel's order, one after the
 * other in one document: each starts on a new page and has its own page
 * numbers. NOT_FOUND when the panel has no members. */
SksPrintDoc *sks_print_score_sheets_doc_from_store (SksStore      *store,
                                                    SksPanel      *panel,
                                                    GError       **error);
gboolean     sks_print_export_score_sheets_pdf    (SksStore        *store,
                                                   SksPanel        *panel,
                                                   const char      *path,
                                                   GError         **error);
/* For `skill-studio-cli scores sheet --reviewer`. */
gboolean     sks_print_export_score_sheet_pdf     (SksStore        *store,
                                                   SksPanel        *panel,
                                                   SksPanelMember  *member,
                                                   const char      *path,
                                                   GError         **error);

G_END_DECLS
