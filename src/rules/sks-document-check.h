/* sks-document-check.h — every application of a document checked at once
 * against its round's policy profile (资格审核), for the app's list and the
 * CLI's `check`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-policy.h"
#include "sks-round-report.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* SKS_DOCUMENT_CHECK_VERDICTS_ONLY: no report, and no application kept */
typedef enum {
  SKS_DOCUMENT_CHECK_REPORTS       = 0,
  SKS_DOCUMENT_CHECK_VERDICTS_ONLY = 1 << 0,
} SksDocumentCheckFlags;

#define SKS_TYPE_DOCUMENT_CHECK (sks_document_check_get_type ())

G_DECLARE_FINAL_TYPE (SksDocumentCheck, sks_document_check, SKS, DOCUMENT_CHECK, GObject)

SksDocumentCheck *sks_document_check_run             (SksStore          *store,
                                                      GHashTable        *policies,
                                                      SksDocumentCheckFlags flags,
                                                      GCancellable      *cancellable,
                                                      GError           **error);
void              sks_document_check_forget_reports  (SksDocumentCheck  *self);
void              sks_document_check_forget_reports_later (SksDocumentCheck *self);

guint             sks_document_check_get_n_studios   (SksDocumentCheck  *self);
gint64            sks_document_check_get_studio_id   (SksDocumentCheck  *self,
                                                      guint              position);
int               sks_document_check_get_verdict     (SksDocumentCheck  *self,
                                                      guint              position);
int               sks_document_check_lookup          (SksDocumentCheck  *self,
                                                      gint64             studio_id);
SksRoundReport   *sks_document_check_get_report      (SksDocumentCheck  *self,
                                                      gint64             round_id);

G_END_DECLS
