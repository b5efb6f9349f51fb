/* sks-store-panel.h — panel scoring in a document: panels and members, the
 * round's scoring sheet, scores, submission, conflicts of interest,
 * results and the CSV import of scores
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-panel.h"
#include "sks-score.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* One score: hundredths of a point. */
typedef struct {
  gint64 member_id;
  gint64 studio_id;
  gint64 criterion_id;
  gint64 points;
} SksScoreEntry;

/* A conflict of interest (回避) of one member for one candidate. */
typedef struct {
  gint64    member_id;
  gint64    studio_id;
  gboolean  declared;  /* stored; FALSE: computed (work unit = applying unit) */
  char     *reason;    /* translated for computed ones */
} SksConflict;

void sks_conflict_free (SksConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksConflict, sks_conflict_free)

/* One row of a scores CSV (reviewer,application,criterion,score). */
typedef struct {
  guint  line;          /* 1-based line of the file */
  char  *reviewer;
  char  *application;   /* as written: the number `list` prints */
  char  *criterion;     /* the criterion's key */
  char  *score;         /* as written: "18", "18.5" */
} SksScoreRow;

void sks_score_row_free (SksScoreRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksScoreRow, sks_score_row_free)

/* Panels. A panel is created when first asked for (@create). For a city
 * panel @recommender_id is 0. Returns NULL with SKS_STORE_ERROR_NOT_FOUND
 * when it does not exist and @create is FALSE. */
SksPanel   *sks_store_get_panel            (SksStore        *self,
                                            gint64           round_id,
                                            SksPanelLevel    level,
                                            gint64           recommender_id,
                                            gboolean         create,
                                            GError         **error);
GListModel *sks_store_list_panels          (SksStore        *self,
                                            gint64           round_id,
                                            GError         **error);

/* Members (SksPanelMember), in the panel's order. add sets the member's id. */
GListModel *sks_store_list_panel_members   (SksStore        *self,
                                            gint64           panel_id,
                                            GError         **error);
gboolean    sks_store_add_panel_member     (SksStore        *self,
                                            SksPanelMember  *member,
                                            GError         **error);
gboolean    sks_store_save_panel_member    (SksStore        *self,
                                            SksPanelMember  *member,
                                            GError         **error);
/* Refused (NOT_ALLOWED) once the member has scores. */
gboolean    sks_store_remove_panel_member  (SksStore        *self,
                                            gint64           member_id,
                                            GError         **error);
SksPanelMember *sks_store_find_panel_member (SksStore       *self,
                                            gint64           panel_id,
                                            const char      *name,
                                            GError         **error);

/* The round's scoring sheet (SksScoreCriterion). ensure copies @defaults
 * (the profile's sheet, SksScoreCriterion) into the round when it has none
 * yet, and returns the round's sheet. set replaces the sheet; it is refused
 * (NOT_ALLOWED) once a score exists for the round, and checks every
 * criterion (key, title, max > 0, keys unique). */
GListModel *sks_store_list_score_criteria  (SksStore        *self,
                                            gint64           round_id,
                                            GError         **error);
GListModel *sks_store_ensure_score_sheet   (SksStore        *self,
                                            gint64           round_id,
                                            GPtrArray       *defaults,
                                            GError         **error);
gboolean    sks_store_set_score_sheet      (SksStore        *self,
                                            gint64           round_id,
                                            GPtrArray       *criteria,
                                            GError         **error);
gboolean    sks_store_round_has_scores     (SksStore        *self,
                                            gint64           round_id,
                                            gboolean        *has_scores,
                                            GError         **error);

/* The round's aggregation method (rounds.score_method); @fallback when
 * none is set (the profile's default). */
SksScoreMethod sks_store_get_score_method  (SksStore        *self,
                                            gint64           round_id,
                                            SksScoreMethod   fallback,
                                            GError         **error);
gboolean    sks_store_set_score_method     (SksStore        *self,
                                            gint64           round_id,
                                            SksScoreMethod   method,
                                            GError         **error);

/* Scores. set_scores writes @entries (SksScoreEntry) in one transaction;
 * each value is checked against its criterion's maximum (INVALID, naming
 * the criterion); points < 0 clears a score. A change to a submitted
 * sheet needs @reason (NOT_ALLOWED without it) and leaves score_history
 * (old, new, who, when, why). */
GArray     *sks_store_list_scores          (SksStore        *self,
                                            gint64           member_id,
                                            GError         **error);
gboolean    sks_store_set_scores           (SksStore        *self,
                                            GArray          *entries,
                                            const char      *reason,
                                            GError         **error);
gboolean    sks_store_set_score            (SksStore        *self,
                                            gint64           member_id,
                                            gint64           studio_id,
                                            gint64           criterion_id,
                                            gint64           points,
                                            const char      *reason,
                                            GError         **error);
/* Locks the member's sheet (submitted, submitted_by). */
gboolean    sks_store_submit_sheet         (SksStore        *self,
                                            gint64           member_id,
                                            GError         **error);

/* Conflicts: declared ones are stored; computed ones (the member's work
 * unit equals the candidate's applying unit) are listed too. */
gboolean    sks_store_declare_conflict     (SksStore        *self,
                                            gint64           member_id,
                                            gint64           studio_id,
                                            const char      *reason,
                                            GError         **error);
gboolean    sks_store_clear_conflict       (SksStore        *self,
                                            gint64           member_id,
                                            gint64           studio_id,
                                            GError         **error);
GPtrArray  *sks_store_list_conflicts       (SksStore        *self,
                                            gint64           panel_id,
                                            GError         **error);

/* The candidates a panel scores: the round's applications that are not
 * deleted, drafts or withdrawn; a district panel's are those of its
 * recommending unit. Studio ids in list order. */
GArray     *sks_store_list_panel_candidates (SksStore       *self,
                                            SksPanel        *panel,
                                            GError         **error);

/* Results (SksScoreResult), one per candidate in list order, aggregated by
 * @method with @thresholds. */
GListModel *sks_store_list_score_results   (SksStore        *self,
                                            SksPanel        *panel,
                                            SksScoreMethod   method,
                                            const SksScoreThresholds *thresholds,
                                            GError         **error);

/* One change of a submitted score (score_history): who changed it, when
 * and why, the old and the new value (SKS_SCORE_BLANK when there was none
 * or it was cleared), whose score, for which candidate and criterion. */
typedef struct {
  gint64  id;
  gint64  member_id;
  char   *reviewer;
  gint64  studio_id;
  char   *studio;
  gint64  criterion_id;
  char   *criterion_key;
  char   *criterion;
  gint64  old_points;
  gint64  new_points;
  char   *time;       /* ISO 8601 */
  char   *who;
  char   *reason;
} SksScoreChange;

void sks_score_change_free (SksScoreChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksScoreChange, sks_score_change_free)

/* The changes of submitted scores of @round_id, oldest first; @studio_id
 * and @member_id (0: any) narrow them to a candidate or a reviewer. */
GPtrArray  *sks_store_list_score_history   (SksStore        *self,
                                            gint64           round_id,
                                            gint64           studio_id,
                                            gint64           member_id,
                                            GError         **error);

/* The CSV import: all or nothing. On a problem nothing is written and
 * @problems (SksProblem-like strings "line N: …", translated) lists every
 * one; returns FALSE with SKS_STORE_ERROR_INVALID. */
gboolean    sks_store_import_scores        (SksStore        *self,
                                            SksPanel        *panel,
                                            GPtrArray       *rows,
                                            GPtrArray      **problems,
                                            guint           *n_written,
                                            GError         **error);
gboolean    sks_store_check_scores         (SksStore        *self,
                                            SksPanel        *panel,
                                            GPtrArray       *rows,
                                            GPtrArray      **problems,
                                            GError         **error);

G_END_DECLS
