/* sks-publication-plan.h — a 公示's period from the round's profile and the
 * holiday calendar, and recognition with the profile's validity
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-calendar.h"
#include "sks-policy.h"
#include "sks-publication.h"
#include "sks-store-publication.h"

G_BEGIN_DECLS

gboolean        sks_publication_plan          (SksPublication  *publication,
                                               SksPolicy       *policy,
                                               SksCalendar     *calendar,
                                               const GDate     *start,
                                               const GDate     *last_day,
                                               GError         **error);
SksPublication *sks_publication_start_for_round (SksStore            *store,
                                               SksRound            *round,
                                               SksPublicationLevel  level,
                                               const char          *unit,
                                               const GDate         *start,
                                               const GDate         *last_day,
                                               GError             **error);
gboolean        sks_publication_recognise_round (SksStore             *store,
                                               SksRound             *round,
                                               const GDate          *date,
                                               SksRecognitionSummary *summary,
                                               GError              **error);

G_END_DECLS
