/* sks-print-evaluation.h — the evaluation tables of a policy profile
 * (Hangzhou: 附件1 期满考核评估表, 附件2 年度考核评估表), filled in or blank
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-evaluation.h"
#include "sks-print-doc.h"
#include "sks-store.h"

G_BEGIN_DECLS

SksPrintDoc *sks_print_evaluation_doc_new           (SksRubric         *rubric,
                                                     SksRound          *round,
                                                     SksStudio         *studio,
                                                     SksEvaluation     *evaluation,
                                                     GError           **error);
SksPrintDoc *sks_print_evaluation_doc_from_store    (SksStore          *store,
                                                     gint64             evaluation_id,
                                                     GError           **error);
SksPrintDoc *sks_print_blank_evaluation_doc_from_store (SksStore       *store,
                                                     gint64             studio_id,
                                                     SksEvaluationKind  kind,
                                                     GError           **error);

/* For `skill-studio-cli print evaluation`. */
gboolean     sks_print_export_evaluation_pdf        (SksStore          *store,
                                                     gint64             evaluation_id,
                                                     const char        *path,
                                                     GError           **error);
gboolean     sks_print_export_blank_evaluation_pdf  (SksStore          *store,
                                                     gint64             studio_id,
                                                     SksEvaluationKind  kind,
                                                     const char        *path,
                                                     GError           **error);

G_END_DECLS
