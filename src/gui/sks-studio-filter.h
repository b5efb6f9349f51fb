/* sks-studio-filter.h — which applications the list shows: search text,
 * round, recommending unit, status and verdict
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-studio-row.h"

G_BEGIN_DECLS

#define SKS_TYPE_STUDIO_FILTER (sks_studio_filter_get_type ())

G_DECLARE_FINAL_TYPE (SksStudioFilter, sks_studio_filter, SKS, STUDIO_FILTER, GtkFilter)

/* "Any" for the numeric criteria */
#define SKS_STUDIO_FILTER_ANY (-1)

SksStudioFilter *sks_studio_filter_new              (void);
void             sks_studio_filter_set_text         (SksStudioFilter *self,
                                                     const char      *text);
const char      *sks_studio_filter_get_text         (SksStudioFilter *self);
void             sks_studio_filter_set_scope        (SksStudioFilter *self,
                                                     gint64           round_id,
                                                     gint64           recommender_id);
void             sks_studio_filter_set_status       (SksStudioFilter *self,
                                                     int              status);
void             sks_studio_filter_set_verdict      (SksStudioFilter *self,
                                                     int              verdict);
gboolean         sks_studio_filter_is_active        (SksStudioFilter *self);
gboolean         sks_studio_filter_match_fields     (SksStudioFilter          *self,
                                                     const SksRowFilterFields *row);
gboolean         sks_studio_filter_uses_verdict     (SksStudioFilter *self);
gboolean         sks_studio_filter_uses_text        (SksStudioFilter *self);
gboolean         sks_studio_filter_match_row        (SksStudioFilter *self,
                                                     gpointer         row);

G_END_DECLS
