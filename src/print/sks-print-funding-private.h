/* sks-print-funding-private.h — shared by the funding report's PDF and
 * workbook writers
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-funding.h"

G_BEGIN_DECLS

const char *_sks_print_funding_heading           (guint                 column,
                                                  gboolean              excellent);
char       *_sks_print_funding_fifth_cell        (const SksFundingLine *line,
                                                  gboolean              excellent);
char       *_sks_print_funding_subtitle          (SksFundingReport     *report);
char       *_sks_print_funding_excellent_heading (SksFundingReport     *report);

G_END_DECLS
