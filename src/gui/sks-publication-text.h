/* sks-publication-text.h — what the 公示 dialogs say of a day and a period:
 * the first day typed as text, the period with the holidays and make-up
 * working days (调休上班) it crosses, how far a running 公示 has got
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-calendar.h"
#include "sks-publication.h"

G_BEGIN_DECLS

gboolean  sks_publication_text_parse_day      (const char      *text,
                                               const char      *field,
                                               GDate           *date,
                                               GError         **error);
char     *sks_publication_text_format_day     (const GDate     *date);
char     *sks_publication_text_dup_crossings  (SksCalendar     *calendar,
                                               const GDate     *first,
                                               const GDate     *last);
char     *sks_publication_text_dup_period     (SksPublication  *publication,
                                               SksCalendar     *calendar);
char     *sks_publication_text_dup_progress   (SksPublication  *publication,
                                               SksCalendar     *calendar,
                                               const GDate     *today);
void      sks_publication_text_get_today      (GDate           *today);

G_END_DECLS
