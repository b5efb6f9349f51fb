/* sks-score-entry-view.h — panel scoring (评分) of a round: the reviewer's
 * score grid, the round's scoring sheet and the results
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Named SksScoreEntryView because the store's SksScoreEntry (one score,
 * sks-store-panel.h) already takes SksScoreEntry.
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_SCORE_ENTRY_VIEW (sks_score_entry_view_get_type ())

G_DECLARE_FINAL_TYPE (SksScoreEntryView, sks_score_entry_view, SKS, SCORE_ENTRY_VIEW, GtkBox)

GtkWidget *sks_score_entry_view_new              (SksContext        *context);
SksContext *sks_score_entry_view_get_context     (SksScoreEntryView *self);
/* The round (and for a district panel the recommending unit, 0 for the
 * city panel) whose panel is shown; the view's own selectors follow. */
void       sks_score_entry_view_set_scope        (SksScoreEntryView *self,
                                                  gint64             round_id,
                                                  gint64             recommender_id);
void       sks_score_entry_view_set_show_scope   (SksScoreEntryView *self,
                                                  gboolean           show_scope);
gboolean   sks_score_entry_view_get_show_scope   (SksScoreEntryView *self);
void       sks_score_entry_view_set_reviewer     (SksScoreEntryView *self,
                                                  gint64             member_id);
void       sks_score_entry_view_reload           (SksScoreEntryView *self);
gboolean   sks_score_entry_view_import_file      (SksScoreEntryView *self,
                                                  GFile             *file);
gboolean   sks_score_entry_view_export_blank_sheets (SksScoreEntryView *self,
                                                  GFile             *file,
                                                  GError           **error);

G_END_DECLS
