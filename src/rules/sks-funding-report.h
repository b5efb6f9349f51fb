/* sks-funding-report.h — the funding report of a round (经费补助资金分配):
 * each recognised studio's grants, who pays them, and the totals per payer
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-funding.h"
#include "sks-policy.h"
#include "sks-store-funding.h"

G_BEGIN_DECLS

#define SKS_FUNDING_REPORT_ERROR (sks_funding_report_error_quark ())

typedef enum {
  SKS_FUNDING_REPORT_ERROR_NO_POLICY, /* the round's profile is not installed */
  SKS_FUNDING_REPORT_ERROR_EMPTY,     /* nothing recognised: no report to print */
} SksFundingReportError;

GQuark sks_funding_report_error_quark (void);

/**
 * SksFundingLine:
 * @studio: the studio and what its grant depends on
 * @grant: the profile's grant as sks_funding_compute() gives it
 * @city_amount: the share of the city's finance (市财政), yuan
 * @local_amount: the share of the county's or district's finance, yuan
 * @local_payer: (nullable): who pays @local_amount, e.g. 吴兴区财政
 * @note: (nullable): translated: why nothing is paid, or why the payers are
 *   not known
 *
 * One grant of one studio. Amounts are whole yuan.
 */
typedef struct {
  SksFundedStudio *studio;
  SksGrant        *grant;
  gint64           city_amount;
  gint64           local_amount;
  char            *local_payer;
  char            *note;
} SksFundingLine;

/* One payer's total: 市财政, each 县财政 and 区财政 by name. */
typedef struct {
  char                 *name;
  SksFiscalAffiliation  level;
  gint64                amount;
} SksFundingPayer;

/**
 * SksFundingReport:
 * @lines: (element-type SksFundingLine): grants for recognised studios
 * @excellent: (element-type SksFundingLine): grants for evaluations graded
 *   优秀 in @excellent_year (empty when no year was asked for)
 * @payers: (element-type SksFundingPayer): the city first, then the
 *   counties and districts in the round's order
 * @unknown_amount: paid, but by whom is not known (no fiscal affiliation)
 * @total: every grant, @unknown_amount included
 * @basis: (element-type utf8): the notice's paragraphs the grants rest on,
 *   "document number, paragraph: text"
 * @notes: (element-type utf8): translated remarks (assumed payer, the
 *   notice's yearly number of 优秀 grades)
 */
typedef struct {
  grefcount   ref_count;

  char       *round_key;
  char       *city;
  gint64      year;
  char       *bureau;
  char       *document_number;
  char       *grant_title;
  char       *title;
  GPtrArray  *lines;
  GPtrArray  *excellent;
  gint64      excellent_year;
  guint       excellent_per_year;
  GPtrArray  *payers;
  gint64      unknown_amount;
  gint64      total;
  gint64      lines_total;
  gint64      excellent_total;
  GPtrArray  *basis;
  GPtrArray  *notes;
  SksPolicy  *policy;   /* the grants' titles and ids are its strings */
} SksFundingReport;

SksFundingReport *sks_funding_report_new           (SksRound          *round,
                                                    SksPolicy         *policy,
                                                    GPtrArray         *recognised,
                                                    GPtrArray         *excellent,
                                                    gint64             excellent_year);
SksFundingReport *sks_funding_report_new_from_store (SksStore         *store,
                                                    SksRound          *round,
                                                    gint64             excellent_year,
                                                    GError           **error);
SksFundingReport *sks_funding_report_ref           (SksFundingReport  *report);
void              sks_funding_report_unref         (SksFundingReport  *report);

gboolean          sks_funding_report_is_empty      (SksFundingReport  *report);
gboolean          sks_funding_report_check_not_empty (SksFundingReport *report,
                                                    GError           **error);
const char       *sks_funding_line_get_payer_level (const SksFundingLine *line);
char             *sks_funding_format_yuan          (gint64             yuan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksFundingReport, sks_funding_report_unref)

G_END_DECLS
