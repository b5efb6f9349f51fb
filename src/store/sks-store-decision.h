/* sks-store-decision.h — the panel's decision on each candidate of a
 * round (评审决定: 入选, 未入选, 备选), recorded apart from the scores, with
 * who, when, a note and, for a candidate that fails a rule, the override
 * that names the rule and why
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-panel.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* Stored by nick in decisions.decision. NONE is never stored: it is what a
 * candidate without a row has. */
typedef enum {
  SKS_DECISION_NONE,          /* 未决定 */
  SKS_DECISION_SELECTED,      /* "selected": 入选 */
  SKS_DECISION_NOT_SELECTED,  /* "not-selected": 未入选 */
  SKS_DECISION_RESERVE,       /* "reserve": 备选 */
} SksDecision;

const char *sks_decision_get_nick   (SksDecision  decision);
gboolean    sks_decision_from_nick  (const char  *nick,
                                     SksDecision *decision);
/* Translated: "Selected", "Not selected", "Reserve", "Undecided" */
const char *sks_decision_get_label  (SksDecision  decision);

/* A stored decision (one row of decisions). @override_rules is the rule
 * ids the selection overrides, joined by ", " (NULL when none). */
typedef struct {
  gint64         studio_id;
  gint64         round_id;
  SksPanelLevel  level;
  SksDecision    decision;
  char          *override_rules;
  char          *override_reason;
  char          *note;
  char          *decided;      /* ISO 8601 */
  char          *decided_by;
} SksStoredDecision;

void sks_stored_decision_free (SksStoredDecision *decision);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksStoredDecision, sks_stored_decision_free)

/**
 * SksDecisionRequest:
 * @studio_id: the candidate (the number `list` prints)
 * @decision: SELECTED, NOT_SELECTED or RESERVE
 * @blocking: (nullable) (array zero-terminated=1): the rule ids that block
 *   this candidate's selection (failing, or 需人工核实 unresolved), as the
 *   caller's check of the round found them; sks_ranking_decide() fills it
 *   from the ranking
 * @override_rules: (nullable) (array zero-terminated=1): the rules a
 *   selection overrides; each must be one of @blocking. NULL with an
 *   @override_reason: every rule of @blocking
 * @override_reason: (nullable): why the candidate is selected all the same
 * @note: (nullable): the panel's note
 *
 * Selecting a candidate with @blocking rules needs an override naming
 * every one of them and a reason. An override is only for a selection.
 */
typedef struct {
  gint64              studio_id;
  SksDecision         decision;
  const char * const *blocking;
  const char * const *override_rules;
  const char         *override_reason;
  const char         *note;
} SksDecisionRequest;

/* Records @n_requests decisions at @level of @round_id in ONE transaction,
 * all or nothing, as @by (NULL: the store's user), each change in the
 * candidate's history (field "decision", old and new nick, reason = the
 * note; an override also as "decision-override" with its reason). Refused
 * (SKS_STORE_ERROR_NOT_ALLOWED, naming the candidate) once a publication
 * (公示) has started for the round and level, or for a selection without
 * the override its blocking rules need; SKS_STORE_ERROR_INVALID for an
 * override naming a rule that does not block; NOT_FOUND for a candidate
 * not in the round. Recording what is already there writes nothing. */
gboolean    sks_store_record_decisions   (SksStore                 *self,
                                          gint64                    round_id,
                                          SksPanelLevel             level,
                                          const SksDecisionRequest *requests,
                                          guint                     n_requests,
                                          const char               *by,
                                          GError                  **error);

/* (transfer full) (element-type SksStoredDecision): the decisions at
 * @level of @round_id, by studio id. */
GPtrArray  *sks_store_list_decisions     (SksStore                 *self,
                                          gint64                    round_id,
                                          SksPanelLevel             level,
                                          GError                  **error);

/* Whether a publication (公示) has started for @round_id at @level that
 * covers @recommender_id (a district publication names its unit; a
 * publication without a unit covers all; 0 asks about any). */
gboolean    sks_store_publication_started (SksStore                *self,
                                          gint64                    round_id,
                                          SksPanelLevel             level,
                                          gint64                    recommender_id,
                                          gboolean                 *started,
                                          GError                  **error);

G_END_DECLS
