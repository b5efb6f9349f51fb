/* sks-compare-scores.c — the comparison's score rows: the panel that
 * scored the candidates, each reviewer's total (an excluded one marked with
 * the reason) and the aggregate with the method used
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-compare"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-compare-private.h"
#include "sks-enums.h"
#include "sks-rubric.h"
#include "sks-store-panel.h"

/*
 * Which panel: the round's city panel (市级评审) when it has scored any of
 * the candidates, else the district panel (区县评审) of the recommending
 * unit all candidates share, when that one has. A candidate its panel does
 * not score (a draft, another unit's application) shows "not among the
 * panel's candidates" in every score row, never another panel's figures, so
 * that one column's totals are never set beside another panel's.
 */

typedef struct {
  SksPanel   *panel;
  GListModel *results;  /* SksScoreResult of the panel's candidates */
  GPtrArray  *columns;  /* SksScoreResult (borrowed) or NULL, per column */
} PanelScores;

static void
panel_scores_clear (PanelScores *scores)
{
  g_clear_object (&scores->panel);
  g_clear_object (&scores->results);
  g_clear_pointer (&scores->columns, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PanelScores, panel_scores_clear)

static SksScoreResult *
find_result (GListModel *results,
             gint64      studio_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SksScoreResult) result = g_list_model_get_item (results, i);

      if (sks_score_result_get_studio_id (result) == studio_id)
        return result;  /* the model keeps it */
    }
  return NULL;
}

static gboolean
has_scores (SksScoreResult *result)
{
  for (guint j = 0; result != NULL && j < sks_score_result_get_n_reviewers (result); j++)
    if (sks_score_result_get_reviewer (result, j)->n_scored > 0)
      return TRUE;
  return FALSE;
}

/* Reads @panel's results into @out when it scored any of the candidates
 * (@out->panel stays NULL when it did not). */
static gboolean
read_panel (SksComparison  *self,
            SksStore       *store,
            SksPanel       *panel,
            PanelScores    *out,
            GError        **error)
{
  SksPolicy *policy = _sks_comparison_get_policy (self);
  SksScoreThresholds thresholds = { 0, 0 };
  SksScoreMethod method;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  gboolean scored = FALSE;

  if (policy != NULL)
    sks_policy_get_score_thresholds (policy, &thresholds);
  method = sks_store_get_score_method (store, sks_panel_get_round_id (panel),
                                       policy ? sks_policy_get_score_method (policy)
                                              : SKS_SCORE_METHOD_MEAN, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((results = sks_store_list_score_results (store, panel, method, &thresholds, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < sks_comparison_get_n_columns (self); i++)
    {
      SksScoreResult *result = find_result (results,
                                            sks_comparison_get_column (self, i)->studio_id);

      scored |= has_scores (result);
      g_ptr_array_add (columns, result);
    }
  if (scored)
    {
      out->panel = g_object_ref (panel);
      out->results = g_steal_pointer (&results);
      out->columns = g_steal_pointer (&columns);
    }
  return TRUE;
}

/* The recommending unit every candidate shares, or 0. */
static gint64
shared_recommender (SksComparison *self)
{
  gint64 shared = 0;

  for (guint i = 0; i < sks_comparison_get_n_columns (self); i++)
    {
      gint64 id = sks_studio_get_recommender_id (_sks_comparison_get_studio (self, i));

      if (i > 0 && id != shared)
        return 0;
      shared = id;
    }
  return shared;
}

static gboolean
choose_panel (SksComparison  *self,
              SksStore       *store,
              PanelScores    *out,
              GError        **error)
{
  SksRound *round = sks_comparison_get_round (self);
  g_autoptr(GListModel) panels = NULL;
  gint64 recommender = shared_recommender (self);

  if (round == NULL || sks_round_get_id (round) == 0)
    return TRUE;
  if ((panels = sks_store_list_panels (store, sks_round_get_id (round), error)) == NULL)
    return FALSE;
  /* the city panel first, then the candidates' district panel */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (panels); i++)
      {
        g_autoptr(SksPanel) panel = g_list_model_get_item (panels, i);
        gboolean wanted = pass == 0
                          ? sks_panel_get_level (panel) == SKS_PANEL_LEVEL_CITY
                          : (sks_panel_get_level (panel) == SKS_PANEL_LEVEL_DISTRICT
                             && recommender != 0
                             && sks_panel_get_recommender_id (panel) == recommender);

        if (!wanted)
          continue;
        if (!read_panel (self, store, panel, out, error))
          return FALSE;
        if (out->panel != NULL)
          return TRUE;
      }
  return TRUE;
}

/* Rows ---------------------------------------------------------------------- */

static char *
dup_not_candidate (void)
{
  return g_strdup (_("Not among the panel’s candidates"));
}

static char *
dup_panel_value (SksPanel *panel)
{
  const char *level = sks_enum_get_label (SKS_TYPE_PANEL_LEVEL, sks_panel_get_level (panel));

  if (sks_panel_get_recommender_name (panel) != NULL)
    /* Translators: the panel that scored: its level and recommending unit,
     * e.g. “District review — 吴兴区” */
    return g_strdup_printf (_("%s — %s"), level, sks_panel_get_recommender_name (panel));
  return g_strdup (level);
}

static char *
dup_reviewer_value (const SksReviewerScore *score)
{
  g_autofree char *total = sks_score_format (score->total);

  switch (score->state)
    {
    case SKS_REVIEWER_SCORE_COUNTS:
      return g_steal_pointer (&total);
    case SKS_REVIEWER_SCORE_NONE:
      return g_strdup (score->reason);
    case SKS_REVIEWER_SCORE_INCOMPLETE:
    case SKS_REVIEWER_SCORE_CONFLICT:
    default:
      /* Translators: a reviewer's total that is left out of the aggregate
       * (marked † as in the scoring view), then why */
      return g_strdup_printf (_("%s † not counted: %s"), total, score->reason);
    }
}

static char *
dup_aggregate_value (const SksAggregate *aggregate)
{
  g_autofree char *score = sks_score_format (aggregate->score);
  g_autofree char *method = sks_aggregate_describe_method (aggregate);
  g_autofree char *counted = NULL;

  if (aggregate->count == 0)
    return g_strdup_printf ("%s\n%s", _("No score counts yet"), method);
  /* a trimmed mean that fell back to the mean already says how many count */
  if (aggregate->method != SKS_SCORE_METHOD_TRIMMED_MEAN || aggregate->trimmed)
    counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score counted",
                                            "%u scores counted", aggregate->count),
                               aggregate->count);
  if (aggregate->disagreement)
    {
      char *flagged = counted != NULL
                      ? g_strdup_printf ("%s; %s", counted, _("reviewers disagree: discuss"))
                      : g_strdup (_("reviewers disagree: discuss"));

      g_free (counted);
      counted = flagged;
    }
  if (counted == NULL)
    return g_strdup_printf ("%s\n%s", score, method);
  return g_strdup_printf ("%s\n%s\n%s", score, method, counted);
}

typedef char *(*ValueFunc) (SksScoreResult *result, gconstpointer data);

static char *
panel_value (SksScoreResult *result,
             gconstpointer   data)
{
  return dup_panel_value ((SksPanel *) data);
}

static char *
reviewer_value (SksScoreResult *result,
                gconstpointer   data)
{
  const SksReviewerScore *score = sks_score_result_find_reviewer (result,
                                                                  *(const gint64 *) data);

  return score != NULL ? dup_reviewer_value (score) : g_strdup ("");
}

static char *
aggregate_value (SksScoreResult *result,
                 gconstpointer   data)
{
  return dup_aggregate_value (sks_score_result_get_aggregate (result));
}

static void
add_row (SksComparison *self,
         PanelScores   *scores,
         const char    *key,
         const char    *label,
         ValueFunc      func,
         gconstpointer  data,
         gboolean       long_text)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < scores->columns->len; i++)
    {
      SksScoreResult *result = g_ptr_array_index (scores->columns, i);

      g_ptr_array_add (values, result != NULL ? func (result, data) : dup_not_candidate ());
    }
  g_ptr_array_add (values, NULL);
  sks_comparison_add_row (self, SKS_COMPARE_SECTION_SCORES, key, label,
                          (const char *const *) values->pdata, long_text);
}

/* The reviewers in the panel's order: the first candidate the panel scores
 * lists every member. */
static SksScoreResult *
first_result (PanelScores *scores)
{
  for (guint i = 0; i < scores->columns->len; i++)
    if (g_ptr_array_index (scores->columns, i) != NULL)
      return g_ptr_array_index (scores->columns, i);
  return NULL;
}

/**
 * _sks_comparison_add_score_rows:
 *
 * Adds the Scores section once a panel has scored any of the candidates:
 * the panel, one row per reviewer ("score.reviewer.ID": the total, or the
 * total marked † with why it is left out), and the aggregate
 * ("score.aggregate": score, method used, count, disagreement). Without
 * scores it adds nothing.
 *
 * Returns: %FALSE with @error set when the document could not be read
 */
gboolean
_sks_comparison_add_score_rows (SksComparison  *self,
                                SksStore       *store,
                                GError        **error)
{
  g_auto(PanelScores) scores = { 0 };
  SksScoreResult *first;

  g_return_val_if_fail (SKS_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);

  if (!choose_panel (self, store, &scores, error))
    return FALSE;
  if (scores.panel == NULL || (first = first_result (&scores)) == NULL)
    return TRUE;
  add_row (self, &scores, "score.panel", C_("compare", "Panel"), panel_value, scores.panel,
           FALSE);
  for (guint j = 0; j < sks_score_result_get_n_reviewers (first); j++)
    {
      const SksReviewerScore *reviewer = sks_score_result_get_reviewer (first, j);
      g_autofree char *key = g_strdup_printf ("score.reviewer.%" G_GINT64_FORMAT,
                                              reviewer->member_id);
      /* Translators: the row of one reviewer's totals; %s is the reviewer */
      g_autofree char *label = g_strdup_printf (_("Total by %s"), reviewer->reviewer);

      add_row (self, &scores, key, label, reviewer_value, &reviewer->member_id, FALSE);
    }
  add_row (self, &scores, "score.aggregate", _("Aggregate score"), aggregate_value, NULL, TRUE);
  return TRUE;
}
