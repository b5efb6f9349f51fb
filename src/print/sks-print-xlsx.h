/* sks-print-xlsx.h — Annex 2 as an Excel workbook (.xlsx), for units that
 * send their 推荐情况汇总表 as a spreadsheet
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-doc.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* Any document made of text blocks and one table (Annex 2): the texts above
 * the table, the table with its header rows repeated on every printed page,
 * A4 in the document's orientation, column widths as on paper. */
gboolean sks_print_doc_write_xlsx       (SksPrintDoc  *doc,
                                         const char   *path,
                                         GError      **error);

/* For `skill-studio-cli print annex2 -o FILE.xlsx`: the same rows as
 * sks_print_export_annex2_pdf(). */
gboolean sks_print_export_annex2_xlsx   (SksStore     *store,
                                         gint64        round_id,
                                         const char   *recommender_name_or_null,
                                         const char   *path,
                                         GError      **error);

G_END_DECLS
