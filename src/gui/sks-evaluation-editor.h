/* sks-evaluation-editor.h — enters one evaluation of a studio (年度考核 or
 * 期满考核) on the scoring table of its policy profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-evaluation.h"
#include "sks-store.h"

G_BEGIN_DECLS

#define SKS_TYPE_EVALUATION_EDITOR (sks_evaluation_editor_get_type ())

G_DECLARE_FINAL_TYPE (SksEvaluationEditor, sks_evaluation_editor, SKS, EVALUATION_EDITOR,
                      GtkWindow)

GtkWidget     *sks_evaluation_editor_new               (GtkWindow           *parent,
                                                        SksStore            *store,
                                                        gint64               studio_id,
                                                        SksEvaluationKind    kind);
GtkWidget     *sks_evaluation_editor_new_for_evaluation (GtkWindow          *parent,
                                                        SksStore            *store,
                                                        SksEvaluation       *evaluation);
SksEvaluation *sks_evaluation_editor_get_draft         (SksEvaluationEditor *self);
SksRubric     *sks_evaluation_editor_get_rubric        (SksEvaluationEditor *self);
GtkWidget     *sks_evaluation_editor_get_score_input   (SksEvaluationEditor *self,
                                                        const char          *item_id,
                                                        SksScoreSide         side);
const char    *sks_evaluation_editor_get_score_message (SksEvaluationEditor *self,
                                                        const char          *item_id);
const char    *sks_evaluation_editor_get_error         (SksEvaluationEditor *self);

G_END_DECLS
