/* sks-sample.h — fictional applications for demonstrations, tests and
 * benchmarks
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

/* The two rounds of the sample data and their keys. */
#define SKS_SAMPLE_ROUND_HUZHOU   "huzhou-2025"
#define SKS_SAMPLE_ROUND_HANGZHOU "hangzhou-2023"

gboolean   sks_sample_populate     (SksStore  *store,
                                    guint      count,
                                    GError   **error);
gboolean   sks_sample_populate_unreviewed (SksStore  *store,
                                           GError   **error);
gboolean   sks_sample_add_rounds   (SksStore  *store,
                                    GError   **error);
GPtrArray *sks_sample_make_demo    (SksStore  *store,
                                    GError   **error);
GPtrArray *sks_sample_make_studios (SksStore  *store,
                                    guint      first,
                                    guint      count,
                                    guint      n_members,
                                    GError   **error);

G_END_DECLS
