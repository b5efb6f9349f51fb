/* sks-store-finding.h — findings (核实): a reviewer's record that a
 * condition the notice leaves to judgement is met or not, with who, when,
 * a note and the attachments it rests on
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

/* What a reviewer records on one check of one application. */
typedef enum {
  SKS_FINDING_MET,      /* "met": 已核实，符合 */
  SKS_FINDING_NOT_MET,  /* "not-met": 已核实，不符合 */
  SKS_FINDING_CLEAR,    /* "clear": back to 待核实; who, when, note and evidence removed */
} SksFindingResult;

const char *sks_finding_result_get_nick      (SksFindingResult  result);
gboolean    sks_finding_result_from_nick     (const char       *nick,
                                              SksFindingResult *result);
const char *sks_finding_result_get_label     (SksFindingResult  result);

/* One finding to record. @by, @on and @reason may be NULL: @by defaults to
 * the store's user (sks_store_get_user()), @on to today ("YYYY-MM-DD").
 * @evidence holds attachment ids of the same application (may be NULL
 * when @n_evidence is 0). A cleared finding keeps no note and no evidence. */
typedef struct {
  SksCheckItem      item;
  SksFindingResult  result;
  const char       *by;
  const char       *on;
  const char       *note;
  const gint64     *evidence;
  guint             n_evidence;
  const char       *reason;
} SksFindingRecord;

gboolean    sks_store_record_finding         (SksStore               *self,
                                              gint64                  studio_id,
                                              const SksFindingRecord *record,
                                              GError                **error);
GArray     *sks_store_list_finding_evidence  (SksStore               *self,
                                              gint64                  studio_id,
                                              SksCheckItem            item,
                                              GError                **error);

G_END_DECLS
