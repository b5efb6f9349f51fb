/* sks-print-text.h — text helpers for official forms: dates in Chinese
 * numerals (二〇二五年三月), dates as official documents write them
 * (2025年3月5日), and cleaning stored text for printing
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  sks_print_parse_date          (const char *text,
                                         int        *year,
                                         int        *month,
                                         int        *day);

char     *sks_print_cn_year             (int         year);
char     *sks_print_cn_number           (int         n);
char     *sks_print_cn_year_month       (int         year,
                                         int         month);
char     *sks_print_cn_date             (int         year,
                                         int         month,
                                         int         day);
char     *sks_print_format_date         (const char *iso_date);
char     *sks_print_format_year_month   (const char *iso_date);

char     *sks_print_sanitize_text       (const char *text);

G_END_DECLS
