/* sks-store-funding.h — what the funding report reads from a document: the
 * studios a round recognised (认定) and the evaluations graded 优秀
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-evaluation.h"
#include "sks-store.h"

G_BEGIN_DECLS

/**
 * SksFundedStudio:
 * @recognised_on: (nullable): ISO date of the recognition (认定), or of
 *   the evaluation for an excellent one
 * @by_status: no row in `recognitions`: counted from its status (已认定,
 *   已续建) and approved date, as documents recognised before schema 8 are
 * @evaluation_kind, @evaluation_year: of the 优秀 evaluation, for
 *   sks_store_list_excellent_studios()
 *
 * One studio to fund, with what its grants depend on: the applying unit's
 * kind and fiscal affiliation, and the recommending unit that names the
 * district or county whose finance pays.
 */
typedef struct {
  gint64                studio_id;
  char                 *studio_name;
  char                 *master_name;
  char                 *unit_name;
  SksUnitKind           unit_kind;
  SksFiscalAffiliation  fiscal;
  char                 *recommender_name;
  SksRecommenderKind    recommender_kind;
  gboolean              recommender_known;
  SksStatus             status;
  char                 *recognised_on;
  gboolean              by_status;
  SksEvaluationKind     evaluation_kind;
  gint64                evaluation_year;
} SksFundedStudio;

void       sks_funded_studio_free            (SksFundedStudio *studio);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksFundedStudio, sks_funded_studio_free)

GPtrArray *sks_store_list_recognised_studios (SksStore    *self,
                                              gint64       round_id,
                                              GError     **error);
GPtrArray *sks_store_list_excellent_studios  (SksStore    *self,
                                              const char  *policy_id,
                                              gint64       year,
                                              GError     **error);

G_END_DECLS
