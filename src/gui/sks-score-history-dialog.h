/* sks-score-history-dialog.h — the changes of submitted scores (评分修改记录):
 * who changed which reviewer's score of which candidate, when, from what
 * to what and why
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SKS_TYPE_SCORE_HISTORY_DIALOG (sks_score_history_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksScoreHistoryDialog, sks_score_history_dialog, SKS,
                      SCORE_HISTORY_DIALOG, GtkWindow)

/* @changes: (element-type SksScoreChange): oldest first; @scope says whose
 * changes they are (the round's title). */
GtkWidget *sks_score_history_dialog_new       (GtkWindow             *parent,
                                               const char            *scope,
                                               GPtrArray             *changes);
guint      sks_score_history_dialog_get_n_changes (SksScoreHistoryDialog *self);
/* The text of the grid's cell at @row (0: the first change) and @column
 * (When, Who, Reviewer, Studio, Criterion, Old, New, Reason); for tests. */
const char *sks_score_history_dialog_get_cell (SksScoreHistoryDialog *self,
                                               guint                  row,
                                               guint                  column);

G_END_DECLS
