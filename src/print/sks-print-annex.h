/* sks-print-annex.h — the official forms of a round: Annex 2
 * 推荐情况汇总表 and Annex 3 申报表, from the model or from a document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-doc.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* From the model (the GUI's current selection, tests, benchmarks). */
SksPrintDoc *sks_print_annex2_doc_new         (SksRound    *round,
                                               const char  *filler,
                                               GPtrArray   *studios,
                                               GPtrArray   *recommenders,
                                               GError     **error);
SksPrintDoc *sks_print_annex3_doc_new         (SksRound    *round,
                                               SksStudio   *studio,
                                               const char  *recommender,
                                               GError     **error);

/* From a document. @round_id 0 means the most recent round. */
SksPrintDoc *sks_print_annex2_doc_from_store  (SksStore    *store,
                                               gint64       round_id,
                                               const char  *recommender_name_or_null,
                                               GError     **error);
SksPrintDoc *sks_print_annex3_doc_from_store  (SksStore    *store,
                                               gint64       studio_id,
                                               GError     **error);

/* Headless PDF: lays @doc out with sks_print_context_new() and writes it. */
gboolean     sks_print_write_pdf              (SksPrintDoc *doc,
                                               const char  *path,
                                               GError     **error);

/* For `skill-studio-cli print annex2|annex3`. */
gboolean     sks_print_export_annex2_pdf      (SksStore    *store,
                                               gint64       round_id,
                                               const char  *recommender_name_or_null,
                                               const char  *path,
                                               GError     **error);
gboolean     sks_print_export_annex3_pdf      (SksStore    *store,
                                               gint64       studio_id,
                                               const char  *path,
                                               GError     **error);

G_END_DECLS
