/* sks-funding.h — construction funding (建设经费 / 开办经费补助) per profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-policy.h"
#include "sks-studio.h"

G_BEGIN_DECLS

/* What a grant is paid for. The nicks are the profile's "event" values. */
typedef enum {
  SKS_FUNDING_EVENT_APPROVED,   /* "approved": a new studio is approved (认定) */
  SKS_FUNDING_EVENT_EXCELLENT,  /* "excellent": an evaluation graded 优秀 */
} SksFundingEvent;

#define SKS_FUNDING_MAX_SHARES 3

/* One grant of a profile for one studio. Amounts are whole yuan. */
typedef struct {
  const char           *grant_id;     /* the profile's funding id, e.g. "opening-subsidy" */
  const char           *title;        /* the notice's name, e.g. 开办经费补助 */
  gint64                amount;       /* 0 when the unit is excluded */
  gboolean              excluded;     /* the unit's kind receives nothing */
  gboolean              split_known;  /* FALSE: the payers depend on a missing fiscal affiliation */
  guint                 n_shares;
  struct {
    SksFiscalAffiliation payer;       /* whose finance pays: city, county or district */
    gint64               amount;
  } shares[SKS_FUNDING_MAX_SHARES];
  char                 *explanation;  /* translated, with the figures */
  const char           *paragraph_ref;
  const char           *paragraph;
} SksGrant;

void       sks_grant_free                  (SksGrant             *grant);

GPtrArray *sks_funding_compute             (SksPolicy            *policy,
                                            SksFundingEvent       event,
                                            SksUnitKind           unit_kind,
                                            SksFiscalAffiliation  fiscal);
GPtrArray *sks_funding_compute_for_studio  (SksPolicy            *policy,
                                            SksFundingEvent       event,
                                            SksStudio            *studio);
gint64     sks_funding_get_total           (GPtrArray            *grants);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksGrant, sks_grant_free)

G_END_DECLS
