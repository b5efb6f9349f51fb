/* sks-store-publication.h — the 公示 (public notice), its objections (异议)
 * and recognition (认定) in a document (tables publications,
 * publication_studios, objections, recognitions; schema 8)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every write runs in one transaction and keeps who (the store's user,
 * sks_store_set_user()), when and why in the applications' history and the
 * round's history. The period itself is computed above the store, from the
 * round's profile and the holiday calendar: sks_publication_plan() in
 * sks-publication-plan.h fills a new SksPublication for
 * sks_store_start_publication().
 */

#pragma once

#include "sks-publication.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* What sks_store_recognise() did. */
typedef struct {
  guint n_recognised;    /* listed, now 已认定 */
  guint n_removed;       /* listed, an upheld objection named them: now 未入选 */
  guint n_not_selected;  /* decided "not-selected" by the city panel: now 未入选 */
} SksRecognitionSummary;

gboolean        sks_store_start_publication   (SksStore             *self,
                                               SksPublication       *publication,
                                               GError              **error);
SksPublication *sks_store_get_publication     (SksStore             *self,
                                               gint64                round_id,
                                               SksPublicationLevel   level,
                                               gint64                recommender_id,
                                               GError              **error);
SksPublication *sks_store_load_publication    (SksStore             *self,
                                               gint64                publication_id,
                                               GError              **error);
GListModel     *sks_store_list_publications   (SksStore             *self,
                                               gint64                round_id,
                                               GError              **error);

gboolean        sks_store_add_objection       (SksStore             *self,
                                               SksObjection         *objection,
                                               GError              **error);
gboolean        sks_store_resolve_objection   (SksStore             *self,
                                               gint64                objection_id,
                                               SksObjectionOutcome   outcome,
                                               const char           *note,
                                               const GDate          *resolved_on,
                                               GError              **error);
GListModel     *sks_store_list_objections     (SksStore             *self,
                                               gint64                publication_id,
                                               GError              **error);

gboolean        sks_store_recognise           (SksStore             *self,
                                               gint64                round_id,
                                               const GDate          *date,
                                               guint                 validity_years,
                                               SksRecognitionSummary *summary,
                                               GError              **error);
gboolean        sks_store_get_recognition     (SksStore             *self,
                                               gint64                studio_id,
                                               GDate                *recognised_on,
                                               GDate                *valid_until,
                                               GError              **error);

G_END_DECLS
