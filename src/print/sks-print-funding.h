/* sks-print-funding.h — the funding report (经费补助资金分配表) as PDF and
 * as an Excel workbook
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-funding-report.h"
#include "sks-print-doc.h"

G_BEGIN_DECLS

SksPrintDoc *sks_print_funding_doc_new    (SksFundingReport  *report,
                                           GError           **error);
gboolean     sks_print_funding_write_pdf  (SksFundingReport  *report,
                                           const char        *path,
                                           GError           **error);
gboolean     sks_print_funding_write_xlsx (SksFundingReport  *report,
                                           const char        *path,
                                           GError           **error);
/* By @path's suffix: .xlsx writes the workbook, anything else the PDF. */
gboolean     sks_print_funding_export     (SksFundingReport  *report,
                                           const char        *path,
                                           GError           **error);

G_END_DECLS
