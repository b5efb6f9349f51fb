/* sks-ranking.h — a round's candidates ranked by the panel's aggregate
 * (评审排名), with ties as ties, the planned number (计划评选数), each
 * candidate's verdict and the rules that block its selection, the panel's
 * decision, each recommending unit's quota use and the share of masters
 * aged 45 or under after selection
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-policy.h"
#include "sks-round-report.h"
#include "sks-score.h"
#include "sks-store-decision.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* A rule that blocks a candidate's selection: failing (不符合) or a manual
 * check not yet resolved (需人工核实). */
typedef struct {
  char             *rule_id;
  char             *title;        /* the rule's title in the profile */
  SksVerdictStatus  status;       /* SKS_VERDICT_FAIL or SKS_VERDICT_MANUAL */
  char             *explanation;  /* the verdict's, translated */
} SksRankingBlock;

/* Whether a master counts as aged max_age or under on the profile's
 * reference day, as the young-share rule decides it. */
typedef enum {
  SKS_YOUNG_UNKNOWN,  /* no birth date, or only a month that straddles the cut-off */
  SKS_YOUNG_YES,
  SKS_YOUNG_NO,
} SksYoungState;

/**
 * SksRankingEntry:
 * @studio_id: the candidate (the number `list` prints)
 * @studio_name, @master_name, @unit_name (申报单位), @recommender_name (推荐单位)
 * @recommender_id: the recommending unit (0 when none matches)
 * @result: (not nullable): the panel's results line: each reviewer's total
 *   and the aggregate (sks_score_result_get_aggregate())
 * @ranked: the aggregate counts at least one reviewer's total
 * @rank: competition ranking 1, 2, 2, 4 on the aggregate's exact
 *   hundredths; 0 when not @ranked. At district level, ranks restart for
 *   each recommending unit.
 * @tied: another candidate shares @rank
 * @within_target: @rank is at most the planned number (the line)
 * @tie_at_line: a tie that crosses the line: some of the tied candidates
 *   are within the planned number, the others would not be
 * @unranked_reason: (nullable): translated, why not @ranked
 * @verdict: the overall verdict of the round's check (SKS_VERDICT_NOT_APPLICABLE
 *   when no check was given)
 * @blocking: (element-type SksRankingBlock): the rules that block selection
 * @findings_met, @findings_not_met, @findings_open: the manual checks
 *   (核实) of the profile's confirmation rules, by state
 * @decision: the panel's decision at the ranking's level (NONE: none yet)
 * @decided, @decided_by, @note, @override_rules, @override_reason:
 *   (nullable): of the decision
 * @young: the master's age against the young-share rule (UNKNOWN without
 *   a check or a rule)
 */
typedef struct {
  gint64            studio_id;
  const char       *studio_name;
  const char       *master_name;
  const char       *unit_name;
  const char       *recommender_name;
  gint64            recommender_id;
  SksScoreResult   *result;
  gboolean          ranked;
  guint             rank;
  gboolean          tied;
  gboolean          within_target;
  gboolean          tie_at_line;
  char             *unranked_reason;
  SksVerdictStatus  verdict;
  GPtrArray        *blocking;
  guint             findings_met;
  guint             findings_not_met;
  guint             findings_open;
  SksDecision       decision;
  char             *decided;
  char             *decided_by;
  char             *note;
  char             *override_rules;
  char             *override_reason;
  SksYoungState     young;
} SksRankingEntry;

/**
 * SksRankingUnit:
 * One recommending unit of the ranking, with its quota (Annex 1's
 * recommendation limit, not a selection limit) and the share of young
 * masters among the candidates counted as selected.
 *
 * @quota: -1 when the notice gives none
 * @candidates: the unit's candidates in the ranking (recommended count)
 * @selected: of them, in the selected set
 * @young, @undecided: of @selected, surely young, and not decidable
 * @needed: the fewest young ones the share asks for out of @selected
 * @share_applies: the young-share rule applies to this unit's kind
 * @share_status: PASS, MANUAL (decided only once the @undecided are
 *   known), FAIL, or NOT_APPLICABLE (no rule, not this kind, none selected)
 */
typedef struct {
  gint64            recommender_id;
  const char       *name;
  gint64            quota;
  guint             candidates;
  guint             selected;
  guint             young;
  guint             undecided;
  guint             needed;
  gboolean          share_applies;
  SksVerdictStatus  share_status;
} SksRankingUnit;

#define SKS_TYPE_RANKING (sks_ranking_get_type ())

G_DECLARE_FINAL_TYPE (SksRanking, sks_ranking, SKS, RANKING, GObject)

/* Ranks the candidates of @round_id's panel at @level (a district level
 * with @recommender_id 0 ranks every unit's panel, each on its own).
 * @policy (nullable) gives the planned number, the aggregation default and
 * the young-share rule; @report (nullable) the verdicts — from
 * sks_rule_engine_check_store() or sks_document_check_get_report(); without
 * it no rule blocks and ages are unknown. */
SksRanking            *sks_ranking_new              (SksStore        *store,
                                                     gint64           round_id,
                                                     SksPanelLevel    level,
                                                     gint64           recommender_id,
                                                     SksPolicy       *policy,
                                                     SksRoundReport  *report,
                                                     GError         **error);
/* The same, checking the round first with sks_rule_engine_check_store(). */
SksRanking            *sks_ranking_new_checked      (SksStore        *store,
                                                     gint64           round_id,
                                                     SksPanelLevel    level,
                                                     gint64           recommender_id,
                                                     SksPolicy       *policy,
                                                     GError         **error);

gint64                 sks_ranking_get_round_id     (SksRanking      *self);
SksPanelLevel          sks_ranking_get_level        (SksRanking      *self);
SksScoreMethod         sks_ranking_get_method       (SksRanking      *self);

/* Ranked entries by rank (ties by application number), then unranked. */
guint                  sks_ranking_get_n_entries    (SksRanking      *self);
const SksRankingEntry *sks_ranking_get_entry        (SksRanking      *self,
                                                     guint            position);
const SksRankingEntry *sks_ranking_find_entry       (SksRanking      *self,
                                                     gint64           studio_id);

/* The planned number: the profile's selection_target at city level (0:
 * none), the unit's quota at district level for one unit. */
gint64                 sks_ranking_get_target       (SksRanking      *self);
gboolean               sks_ranking_get_target_approximate (SksRanking *self);
/* (nullable): the notice's words, "评选…33家左右" */
const char            *sks_ranking_get_target_text  (SksRanking      *self);
/* A tie crosses the line (some entry has tie_at_line). */
gboolean               sks_ranking_get_tie_at_line  (SksRanking      *self);
/* Whether the profile has a young-share rule; its max_age (45 for 湖州). */
gboolean               sks_ranking_has_young_share  (SksRanking      *self,
                                                     int             *max_age);

/* Each recommending unit of the round, in the round's order, counted with
 * @selected_ids as the selected set — NULL takes the candidates decided
 * SELECTED. Cheap: no store access, O(n_selected + n_units); the GUI calls
 * it on every pick. (transfer full) (element-type SksRankingUnit) */
GArray                *sks_ranking_compute_units    (SksRanking      *self,
                                                     const gint64    *selected_ids,
                                                     guint            n_selected);

/* Records decisions through sks_store_record_decisions() with each
 * request's blocking rules taken from the ranking (a request's own
 * @blocking is ignored); NOT_FOUND for a candidate not in the ranking. On
 * success the entries show the new decisions. */
gboolean               sks_ranking_decide           (SksRanking      *self,
                                                     SksStore        *store,
                                                     const SksDecisionRequest *requests,
                                                     guint            n_requests,
                                                     const char      *by,
                                                     GError         **error);

G_END_DECLS
