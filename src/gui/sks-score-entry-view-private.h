/* sks-score-entry-view-private.h — what the files of SksScoreEntryView
 * share: the grid's cells, the view's state and the pages' builders
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-panel.h"
#include "sks-print-doc.h"
#include "sks-rubric.h"
#include "sks-score-entry-view.h"
#include "sks-store-panel.h"

G_BEGIN_DECLS

/* A cell's text that is not a score, or over the criterion's maximum. */
#define SCORE_INVALID ((gint64) -2)

typedef struct {
  GtkWidget         *entry;
  gint64             studio_id;
  SksScoreCriterion *criterion;  /* borrowed from the view's criteria */
  gint64             stored;     /* SKS_SCORE_BLANK when none is stored */
  gint64             draft;      /* what the cell holds now, or SCORE_INVALID */
  char              *error;      /* why the draft is refused */
  guint              row;
  guint              col;
  gboolean           conflicted;
} ScoreCell;

struct _SksScoreEntryView
{
  GtkBox          parent_instance;

  SksContext     *context;
  gint64          round_id;
  gint64          recommender_id;  /* the district panel's recommending unit */
  SksPanelLevel   level;
  gint64          member_id;       /* the reviewer asked for */

  SksPanel       *panel;
  SksPanelMember *member;          /* the reviewer shown */
  GListModel     *members;         /* SksPanelMember */
  GListModel     *criteria;        /* SksScoreCriterion */
  GListModel     *results;         /* SksScoreResult: the candidates, in list order */
  GArray         *round_ids;
  GArray         *unit_ids;
  GArray         *cells;           /* ScoreCell, row-major */
  GPtrArray      *totals;          /* GtkLabel per candidate */
  GHashTable     *conflicts;       /* studio id → SksConflict of the reviewer */
  GPtrArray      *sheet_rows;      /* SheetRow, sks-score-entry-view-pages.c */
  guint           n_rows;
  guint           n_cols;
  guint           current;         /* index of the cell last focused */
  ScoreCell      *pending;         /* a submitted score waiting for its reason */
  guint           pending_next;
  gboolean        filling;
  gboolean        results_dirty;
  gboolean        has_scores;
  gboolean        show_scope;      /* FALSE when a workspace chooses the scope */

  GtkWidget      *scope_box;
  GtkDropDown    *round_dropdown;
  GtkDropDown    *level_dropdown;
  GtkDropDown    *unit_dropdown;
  GtkDropDown    *reviewer_dropdown;
  GtkDropDown    *method_dropdown;
  GtkLabel       *message_label;
  GtkStack       *stack;
  GtkLabel       *status_label;
  GtkGrid        *entry_grid;
  GtkLabel       *sheet_label;
  GtkLabel       *sheet_lock_label;
  GtkGrid        *sheet_grid;
  GtkLabel       *results_label;
  GtkGrid        *results_grid;
  GtkLabel       *results_notes_label;
};

gboolean       _sks_score_entry_view_writable      (SksScoreEntryView *self);
void           _sks_score_entry_view_show_message  (SksScoreEntryView *self,
                                                    const char        *message);
void           _sks_score_entry_view_update_actions (SksScoreEntryView *self);
SksScoreMethod _sks_score_entry_view_get_method    (SksScoreEntryView *self);
void           _sks_score_entry_view_get_thresholds (SksScoreEntryView *self,
                                                    SksScoreThresholds *thresholds);
void           _sks_score_entry_view_clear_grid    (GtkGrid           *grid);
GtkWidget     *_sks_score_entry_view_cell_label    (const char        *text,
                                                    float              xalign);
void           _sks_score_entry_view_reload_panel  (SksScoreEntryView *self);

/* sks-score-entry-view-pages.c: the scoring sheet and the results */
void           _sks_score_entry_view_build_sheet   (SksScoreEntryView *self);
void           _sks_score_entry_view_build_results (SksScoreEntryView *self);
void           _sks_score_entry_view_add_criterion (SksScoreEntryView *self);
void           _sks_score_entry_view_save_sheet    (SksScoreEntryView *self);
void           _sks_score_entry_view_fill_methods  (SksScoreEntryView *self);
void           _sks_score_entry_view_method_selected_cb (SksScoreEntryView *self);

/* sks-score-entry-view-io.c: blank sheets and the CSV import */
void           _sks_score_entry_view_print_blank_sheets (SksScoreEntryView *self);
SksPrintDoc   *_sks_score_entry_view_dup_blank_sheets (SksScoreEntryView *self,
                                                        GError           **error);
void           _sks_score_entry_view_choose_import (SksScoreEntryView *self);
void           _sks_score_entry_view_choose_export (SksScoreEntryView *self);

/* sks-score-entry-view-history.c: changes of submitted scores */
GtkWidget     *_sks_score_entry_view_show_history  (SksScoreEntryView *self);

G_END_DECLS
