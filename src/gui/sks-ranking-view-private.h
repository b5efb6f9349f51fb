/* sks-ranking-view-private.h — what the tests read of the ranking page:
 * the texts its cells and its unit panel show
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-ranking-view.h"

G_BEGIN_DECLS

typedef enum {
  SKS_RANKING_COLUMN_RANK,
  SKS_RANKING_COLUMN_STUDIO,
  SKS_RANKING_COLUMN_MASTER,
  SKS_RANKING_COLUMN_RECOMMENDER,
  SKS_RANKING_COLUMN_SCORE,
  SKS_RANKING_COLUMN_SPREAD,
  SKS_RANKING_COLUMN_VERDICT,
  SKS_RANKING_COLUMN_FINDINGS,
  SKS_RANKING_COLUMN_BLOCKING,
  SKS_RANKING_COLUMN_DECISION,
  SKS_RANKING_COLUMN_YOUNG,
} SksRankingColumn;

typedef enum {
  SKS_RANKING_UNIT_NAME,
  SKS_RANKING_UNIT_QUOTA,
  SKS_RANKING_UNIT_SELECTED,
  SKS_RANKING_UNIT_YOUNG,
  SKS_RANKING_UNIT_STATUS,
  SKS_RANKING_UNIT_N_COLUMNS,
} SksRankingUnitColumn;

guint        _sks_ranking_view_get_n_rows       (SksRankingView   *self);
/* the entry's position in the ranking, or -1 for the planned-number line */
int          _sks_ranking_view_get_row_entry    (SksRankingView   *self,
                                                 guint             row);
char        *_sks_ranking_view_dup_cell_text    (SksRankingView   *self,
                                                 guint             row,
                                                 SksRankingColumn  column);
guint        _sks_ranking_view_get_n_units      (SksRankingView   *self);
const char  *_sks_ranking_view_get_unit_text    (SksRankingView   *self,
                                                 guint             unit,
                                                 SksRankingUnitColumn column);
/* the unit's share status: its label's style class ("success", "error", …) */
gboolean     _sks_ranking_view_unit_has_class   (SksRankingView   *self,
                                                 guint             unit,
                                                 const char       *css_class);
const char  *_sks_ranking_view_get_message      (SksRankingView   *self);
GtkEntry    *_sks_ranking_view_get_note_entry   (SksRankingView   *self);

G_END_DECLS
