/* sks-ranking.c — a round's candidates ranked by the panel's aggregate
 * (评审排名): competition ranking on the exact hundredths, the planned
 * number, the rules that block each selection, the decisions, and each
 * recommending unit's young share after selection
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-finding-check.h"
#include "sks-ranking.h"
#include "sks-rule-engine.h"
#include "sks-rule-kinds-private.h"
#include "sks-store-panel.h"

/* A recommending unit of the round, with what the young-share rule needs
 * to know of it. */
typedef struct {
  gint64    id;
  char     *name;
  gint64    quota;
  gboolean  share_applies;
} Unit;

/* The young-share rule's parameters, read by name from the profile. */
typedef struct {
  gboolean  present;
  GDate     born_after;
  gboolean  inclusive;
  int       max_age;
  gint64    numerator;
  gint64    denominator;
  gboolean  share_inclusive;
  GStrv     kinds;         /* borrowed from the rule */
} YoungRule;

struct _SksRanking {
  GObject         parent_instance;

  gint64          round_id;
  SksPanelLevel   level;
  SksScoreMethod  method;
  gint64          target;
  gboolean        target_approximate;
  char           *target_text;
  gboolean        tie_at_line;
  GArray         *entries;     /* SksRankingEntry */
  GHashTable     *by_id;       /* studio id → position + 1 */
  GArray         *units;       /* Unit, in the round's order */
  YoungRule       young_rule;
  SksPolicy      *policy;
};

G_DEFINE_FINAL_TYPE (SksRanking, sks_ranking, G_TYPE_OBJECT)

static void
block_free (SksRankingBlock *block)
{
  g_free (block->rule_id);
  g_free (block->title);
  g_free (block->explanation);
  g_free (block);
}

static void
entry_clear (SksRankingEntry *e)
{
  g_clear_object (&e->result);
  g_clear_pointer (&e->unranked_reason, g_free);
  g_clear_pointer (&e->blocking, g_ptr_array_unref);
  g_clear_pointer (&e->decided, g_free);
  g_clear_pointer (&e->decided_by, g_free);
  g_clear_pointer (&e->note, g_free);
  g_clear_pointer (&e->override_rules, g_free);
  g_clear_pointer (&e->override_reason, g_free);
}

static void
unit_clear (Unit *unit)
{
  g_free (unit->name);
}

static void
sks_ranking_finalize (GObject *object)
{
  SksRanking *self = SKS_RANKING (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->units, g_array_unref);
  g_clear_pointer (&self->target_text, g_free);
  g_clear_object (&self->policy);
  G_OBJECT_CLASS (sks_ranking_parent_class)->finalize (object);
}

static void
sks_ranking_class_init (SksRankingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_ranking_finalize;
}

static void
sks_ranking_init (SksRanking *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (SksRankingEntry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) entry_clear);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (self->units, (GDestroyNotify) unit_clear);
}

/* The young-share rule ------------------------------------------------------ */

static const SksParamValue *
rule_param (const SksRule *rule,
            const char    *name)
{
  int index = _sks_rule_param_index (rule->kind, name);

  return index >= 0 ? &rule->params[index] : NULL;
}

static void
read_young_rule (SksPolicy *policy,
                 YoungRule *young)
{
  memset (young, 0, sizeof *young);
  for (guint i = 0; policy != NULL && i < sks_policy_get_n_rules (policy); i++)
    {
      const SksRule *rule = sks_policy_get_rule (policy, i);

      if (!g_str_equal (sks_rule_get_kind (rule), "young-share"))
        continue;
      young->present = TRUE;
      young->born_after = rule_param (rule, "born_after")->date;
      young->inclusive = rule_param (rule, "inclusive")->i;
      young->max_age = (int) rule_param (rule, "max_age")->i;
      young->numerator = rule_param (rule, "numerator")->i;
      young->denominator = rule_param (rule, "denominator")->i;
      young->share_inclusive = rule_param (rule, "share_inclusive")->i;
      young->kinds = rule_param (rule, "recommender_kinds")->strv;
      return;
    }
}

/* As the rule: born after the cut-off, the day itself included or not. */
static gboolean
born_after (const YoungRule *young,
            const GDate     *birth)
{
  int cmp = _sks_date_cmp (birth, &young->born_after);

  return young->inclusive ? cmp >= 0 : cmp > 0;
}

/* The master's state as the young-share rule counts it. */
static SksYoungState
young_state (SksRanking *self,
             SksStudio  *studio)
{
  SksStudioFacts facts;
  gboolean first, last;

  if (!self->young_rule.present || studio == NULL)
    return SKS_YOUNG_UNKNOWN;
  _sks_studio_facts_init (&facts, self->policy, studio);
  if (!facts.birth_known)
    return SKS_YOUNG_UNKNOWN;
  first = born_after (&self->young_rule, &facts.birth_min);
  last = born_after (&self->young_rule, &facts.birth_max);
  if (first != last)
    return SKS_YOUNG_UNKNOWN;
  return first ? SKS_YOUNG_YES : SKS_YOUNG_NO;
}

/* The fewest young ones out of @total that meet the share, as the rule. */
static guint
young_needed (const YoungRule *young,
              guint            total)
{
  guint64 num = (guint64) young->numerator * total;
  guint64 den = (guint64) MAX (young->denominator, 1);

  if (young->share_inclusive)
    return (guint) ((num + den - 1) / den);
  return (guint) (num / den + 1);
}

/* Units --------------------------------------------------------------------- */

static gboolean
read_units (SksRanking  *self,
            SksStore    *store,
            GError     **error)
{
  g_autoptr(GListModel) recommenders = sks_store_list_recommenders (store, self->round_id,
                                                                    error);

  if (recommenders == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (recommenders); i++)
    {
      g_autoptr(SksRecommender) r = g_list_model_get_item (recommenders, i);
      int kind = 0;
      Unit unit = { sks_recommender_get_id (r), g_strdup (sks_recommender_get_name (r)),
                    sks_recommender_get_quota (r), FALSE };

      g_object_get (r, "kind", &kind, NULL);
      unit.share_applies = self->young_rule.present &&
                           (self->young_rule.kinds == NULL || self->young_rule.kinds[0] == NULL ||
                            g_strv_contains ((const char * const *) self->young_rule.kinds,
                                             sks_enum_get_nick (SKS_TYPE_RECOMMENDER_KIND,
                                                                kind)));
      g_array_append_val (self->units, unit);
    }
  return TRUE;
}

static const Unit *
find_unit_by_name (SksRanking *self,
                   const char *name,
                   guint      *position)
{
  for (guint i = 0; name != NULL && i < self->units->len; i++)
    if (g_strcmp0 (g_array_index (self->units, Unit, i).name, name) == 0)
      {
        *position = i;
        return &g_array_index (self->units, Unit, i);
      }
  return NULL;
}

/* Scores -------------------------------------------------------------------- */

/* The panels to rank: the city's, one unit's, or every unit's. */
static GPtrArray *
list_panels (SksRanking  *self,
             SksStore    *store,
             gint64       recommender_id,
             GError     **error)
{
  g_autoptr(GPtrArray) panels = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < MAX (self->units->len, 1); i++)
    {
      gint64 unit_id = 0;
      g_autoptr(GError) local_error = NULL;
      SksPanel *panel;

      if (self->level == SKS_PANEL_LEVEL_DISTRICT)
        {
          if (i >= self->units->len)
            break;
          unit_id = g_array_index (self->units, Unit, i).id;
          if (recommender_id != 0 && unit_id != recommender_id)
            continue;
        }
      panel = sks_store_get_panel (store, self->round_id, self->level, unit_id, FALSE,
                                   &local_error);
      /* No panel yet: its candidates all rank last, unscored */
      if (panel == NULL && g_error_matches (local_error, SKS_STORE_ERROR,
                                            SKS_STORE_ERROR_NOT_FOUND))
        panel = sks_panel_new (self->round_id, self->level, unit_id);
      else if (panel == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_ptr_array_add (panels, panel);
      if (self->level == SKS_PANEL_LEVEL_CITY)
        break;
    }
  return g_steal_pointer (&panels);
}

static char *
describe_unranked (SksScoreResult *result)
{
  guint n = sks_score_result_get_n_reviewers (result), none = 0, incomplete = 0, conflict = 0;

  for (guint i = 0; i < n; i++)
    switch (sks_score_result_get_reviewer (result, i)->state)
      {
      case SKS_REVIEWER_SCORE_INCOMPLETE: incomplete++; break;
      case SKS_REVIEWER_SCORE_CONFLICT: conflict++; break;
      case SKS_REVIEWER_SCORE_NONE:
      case SKS_REVIEWER_SCORE_COUNTS:
      default: none++; break;
      }
  if (incomplete == 0 && conflict == 0)
    return g_strdup (_("Not scored yet"));
  return g_strdup_printf (_("No complete score counts yet: %u incomplete, %u excluded for a "
                            "conflict of interest, %u not scored"), incomplete, conflict, none);
}

static void
add_results (SksRanking *self,
             GListModel *results)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      SksRankingEntry e = { 0 };
      const Unit *unit;
      guint unit_position = 0;

      e.result = g_list_model_get_item (results, i);
      e.studio_id = sks_score_result_get_studio_id (e.result);
      e.studio_name = sks_score_result_get_studio_name (e.result);
      e.master_name = sks_score_result_get_master_name (e.result);
      e.unit_name = sks_score_result_get_unit_name (e.result);
      e.recommender_name = sks_score_result_get_recommender_name (e.result);
      if ((unit = find_unit_by_name (self, e.recommender_name, &unit_position)) != NULL)
        e.recommender_id = unit->id;
      e.ranked = sks_score_result_get_aggregate (e.result)->count > 0;
      if (!e.ranked)
        e.unranked_reason = describe_unranked (e.result);
      e.verdict = SKS_VERDICT_NOT_APPLICABLE;
      e.blocking = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
      g_array_append_val (self->entries, e);
    }
}

static gboolean
read_results (SksRanking  *self,
              SksStore    *store,
              gint64       recommender_id,
              GError     **error)
{
  SksScoreThresholds thresholds = { 0, 0 };
  g_autoptr(GPtrArray) panels = list_panels (self, store, recommender_id, error);

  if (panels == NULL)
    return FALSE;
  if (self->policy != NULL)
    sks_policy_get_score_thresholds (self->policy, &thresholds);
  self->method = sks_store_get_score_method (store, self->round_id,
                                             self->policy
                                               ? sks_policy_get_score_method (self->policy)
                                               : SKS_SCORE_METHOD_MEAN, NULL);
  for (guint i = 0; i < panels->len; i++)
    {
      g_autoptr(GListModel) results = sks_store_list_score_results (store, panels->pdata[i],
                                                                    self->method, &thresholds,
                                                                    error);
      if (results == NULL)
        return FALSE;
      add_results (self, results);
    }
  return TRUE;
}

/* Ranking ------------------------------------------------------------------- */

/* The group an entry is ranked in: its unit at district level. */
static gint64
group_of (SksRanking            *self,
          const SksRankingEntry *e)
{
  return self->level == SKS_PANEL_LEVEL_DISTRICT ? e->recommender_id : 0;
}

static gint64
score_of (const SksRankingEntry *e)
{
  return sks_score_result_get_aggregate (e->result)->score;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  SksRanking *self = user_data;
  const SksRankingEntry *x = a, *y = b;
  gint64 gx = group_of (self, x), gy = group_of (self, y);

  if (gx != gy)
    return gx < gy ? -1 : 1;
  if (x->ranked != y->ranked)
    return x->ranked ? -1 : 1;
  if (x->ranked && score_of (x) != score_of (y))
    return score_of (x) > score_of (y) ? -1 : 1;
  return x->studio_id < y->studio_id ? -1 : x->studio_id > y->studio_id;
}

/* The line in a group: the planned number at city level, the unit's
 * quota at district level; 0 for none. */
static gint64
line_of (SksRanking *self,
         gint64      group)
{
  if (self->level == SKS_PANEL_LEVEL_CITY)
    return self->target;
  for (guint i = 0; i < self->units->len; i++)
    if (g_array_index (self->units, Unit, i).id == group)
      return MAX (g_array_index (self->units, Unit, i).quota, 0);
  return 0;
}

/* Competition ranking (1, 2, 2, 4) in each group of the sorted entries. */
static void
assign_ranks (SksRanking *self)
{
  guint start = 0;

  while (start < self->entries->len)
    {
      SksRankingEntry *first = &g_array_index (self->entries, SksRankingEntry, start);
      gint64 group = group_of (self, first), line = line_of (self, group);
      guint end = start, position = 0;

      while (end < self->entries->len &&
             group_of (self, &g_array_index (self->entries, SksRankingEntry, end)) == group)
        end++;
      for (guint i = start; i < end; i++, position++)
        {
          SksRankingEntry *e = &g_array_index (self->entries, SksRankingEntry, i);
          SksRankingEntry *prev = i > start ? e - 1 : NULL;

          if (!e->ranked)
            continue;
          e->rank = prev && prev->ranked && score_of (prev) == score_of (e) ? prev->rank
                                                                           : position + 1;
          e->tied = (prev && prev->ranked && score_of (prev) == score_of (e)) ||
                    (i + 1 < end && (e + 1)->ranked && score_of (e + 1) == score_of (e));
          e->within_target = line > 0 && e->rank <= line;
        }
      /* A tie crosses the line when a tied group starts within it and has
       * more members than places left. */
      for (guint i = start; line > 0 && i < end; i++)
        {
          SksRankingEntry *e = &g_array_index (self->entries, SksRankingEntry, i);
          guint j = i;

          while (j + 1 < end && (e + (j + 1 - i))->ranked && e->ranked &&
                 (e + (j + 1 - i))->rank == e->rank)
            j++;
          if (e->ranked && e->tied && e->rank <= line && e->rank + (j - i) > line)
            for (guint k = i; k <= j; k++)
              g_array_index (self->entries, SksRankingEntry, k).tie_at_line =
                self->tie_at_line = TRUE;
          i = j;
        }
      start = end;
    }
}

static void
index_entries (SksRanking *self)
{
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_insert (self->by_id,
                         g_memdup2 (&g_array_index (self->entries, SksRankingEntry, i).studio_id,
                                    sizeof (gint64)),
                         GUINT_TO_POINTER (i + 1));
}

static SksRankingEntry *
lookup_entry (SksRanking *self,
              gint64      studio_id)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, &studio_id));

  return position ? &g_array_index (self->entries, SksRankingEntry, position - 1) : NULL;
}

/* Verdicts and findings ----------------------------------------------------- */

static void
add_findings (SksRanking      *self,
              SksRankingEntry *e,
              SksStudio       *studio)
{
  for (guint i = 0; self->policy != NULL && i < sks_policy_get_n_rules (self->policy); i++)
    {
      SksCheckItem items[SKS_N_CHECK_ITEMS];
      guint n = sks_rule_get_check_items (sks_policy_get_rule (self->policy, i), items);

      for (guint j = 0; j < n; j++)
        switch (sks_studio_get_check (studio, items[j], NULL, NULL, NULL))
          {
          case SKS_CHECK_CONFIRMED: e->findings_met++; break;
          case SKS_CHECK_NOT_MET: e->findings_not_met++; break;
          case SKS_CHECK_UNCHECKED:
          default: e->findings_open++; break;
          }
    }
}

static void
add_verdicts (SksRanking      *self,
              SksRankingEntry *e,
              SksRoundReport  *report,
              guint            position)
{
  GPtrArray *verdicts = sks_round_report_get_studio_verdicts (report, position);

  e->verdict = sks_round_report_get_studio_status (report, position);
  for (guint i = 0; verdicts != NULL && i < verdicts->len; i++)
    {
      SksVerdict *v = verdicts->pdata[i];
      SksVerdictStatus status = sks_verdict_get_status (v);
      const SksRule *rule;
      SksRankingBlock *block;

      if (status != SKS_VERDICT_FAIL && status != SKS_VERDICT_MANUAL)
        continue;
      rule = self->policy ? sks_policy_find_rule (self->policy, sks_verdict_get_rule_id (v))
                          : NULL;
      block = g_new0 (SksRankingBlock, 1);
      block->rule_id = g_strdup (sks_verdict_get_rule_id (v));
      block->title = g_strdup (rule ? sks_rule_get_title (rule) : NULL);
      block->status = status;
      block->explanation = g_strdup (sks_verdict_get_explanation (v));
      g_ptr_array_add (e->blocking, block);
    }
}

static void
read_report (SksRanking     *self,
             SksRoundReport *report)
{
  for (guint i = 0; report != NULL && i < sks_round_report_get_n_studios (report); i++)
    {
      SksStudio *studio = sks_round_report_get_studio (report, i);
      SksRankingEntry *e = lookup_entry (self, sks_studio_get_id (studio));

      if (e == NULL)
        continue;
      add_verdicts (self, e, report, i);
      add_findings (self, e, studio);
      e->young = young_state (self, studio);
    }
}

static gboolean
read_decisions (SksRanking  *self,
                SksStore    *store,
                GError     **error)
{
  g_autoptr(GPtrArray) decisions = sks_store_list_decisions (store, self->round_id,
                                                             self->level, error);

  if (decisions == NULL)
    return FALSE;
  for (guint i = 0; i < self->entries->len; i++)
    {
      SksRankingEntry *e = &g_array_index (self->entries, SksRankingEntry, i);

      e->decision = SKS_DECISION_NONE;
      g_clear_pointer (&e->decided, g_free);
      g_clear_pointer (&e->decided_by, g_free);
      g_clear_pointer (&e->note, g_free);
      g_clear_pointer (&e->override_rules, g_free);
      g_clear_pointer (&e->override_reason, g_free);
    }
  for (guint i = 0; i < decisions->len; i++)
    {
      SksStoredDecision *d = decisions->pdata[i];
      SksRankingEntry *e = lookup_entry (self, d->studio_id);

      if (e == NULL)
        continue;
      e->decision = d->decision;
      e->decided = g_steal_pointer (&d->decided);
      e->decided_by = g_steal_pointer (&d->decided_by);
      e->note = g_steal_pointer (&d->note);
      e->override_rules = g_steal_pointer (&d->override_rules);
      e->override_reason = g_steal_pointer (&d->override_reason);
    }
  return TRUE;
}

/* Public API ---------------------------------------------------------------- */

/**
 * sks_ranking_new:
 *
 * See sks-ranking.h.
 *
 * Returns: (transfer full): the ranking, or %NULL with @error set
 */
SksRanking *
sks_ranking_new (SksStore        *store,
                 gint64           round_id,
                 SksPanelLevel    level,
                 gint64           recommender_id,
                 SksPolicy       *policy,
                 SksRoundReport  *report,
                 GError         **error)
{
  g_autoptr(SksRanking) self = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (policy == NULL || SKS_IS_POLICY (policy), NULL);
  g_return_val_if_fail (report == NULL || SKS_IS_ROUND_REPORT (report), NULL);

  self = g_object_new (SKS_TYPE_RANKING, NULL);
  self->round_id = round_id;
  self->level = level;
  self->policy = policy ? g_object_ref (policy) : NULL;
  read_young_rule (policy, &self->young_rule);
  if (level == SKS_PANEL_LEVEL_CITY && policy != NULL)
    {
      self->target = MAX (sks_policy_get_selection_target (policy), 0);
      self->target_approximate = sks_policy_get_selection_target_approximate (policy);
      self->target_text = g_strdup (sks_policy_get_selection_target_text (policy));
    }
  if (!read_units (self, store, error) ||
      !read_results (self, store, recommender_id, error))
    return NULL;
  if (level == SKS_PANEL_LEVEL_DISTRICT && recommender_id != 0)
    self->target = line_of (self, recommender_id);
  g_array_sort_with_data (self->entries, compare_entries, self);
  assign_ranks (self);
  index_entries (self);
  read_report (self, report);
  if (!read_decisions (self, store, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * sks_ranking_new_checked:
 *
 * Returns: (transfer full): the ranking with the round's verdicts
 */
SksRanking *
sks_ranking_new_checked (SksStore        *store,
                         gint64           round_id,
                         SksPanelLevel    level,
                         gint64           recommender_id,
                         SksPolicy       *policy,
                         GError         **error)
{
  g_autoptr(SksRoundReport) report = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  if (policy != NULL)
    {
      g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);

      report = sks_rule_engine_check_store (engine, store, round_id, error);
      if (report == NULL)
        return NULL;
    }
  return sks_ranking_new (store, round_id, level, recommender_id, policy, report, error);
}

gint64
sks_ranking_get_round_id (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), 0);
  return self->round_id;
}

SksPanelLevel
sks_ranking_get_level (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), SKS_PANEL_LEVEL_CITY);
  return self->level;
}

SksScoreMethod
sks_ranking_get_method (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), SKS_SCORE_METHOD_MEAN);
  return self->method;
}

guint
sks_ranking_get_n_entries (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), 0);
  return self->entries->len;
}

/* Returns: (transfer none) */
const SksRankingEntry *
sks_ranking_get_entry (SksRanking *self,
                       guint       position)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);
  return &g_array_index (self->entries, SksRankingEntry, position);
}

/* Returns: (transfer none) (nullable) */
const SksRankingEntry *
sks_ranking_find_entry (SksRanking *self,
                        gint64      studio_id)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), NULL);
  return lookup_entry (self, studio_id);
}

gint64
sks_ranking_get_target (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), 0);
  return self->target;
}

gboolean
sks_ranking_get_target_approximate (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), FALSE);
  return self->target_approximate;
}

const char *
sks_ranking_get_target_text (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), NULL);
  return self->target_text;
}

gboolean
sks_ranking_get_tie_at_line (SksRanking *self)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), FALSE);
  return self->tie_at_line;
}

gboolean
sks_ranking_has_young_share (SksRanking *self,
                             int        *max_age)
{
  g_return_val_if_fail (SKS_IS_RANKING (self), FALSE);
  if (max_age != NULL)
    *max_age = self->young_rule.max_age;
  return self->young_rule.present;
}

static void
count_selected (SksRanking            *self,
                GArray                *out,
                const SksRankingEntry *e)
{
  for (guint u = 0; u < out->len; u++)
    {
      SksRankingUnit *unit = &g_array_index (out, SksRankingUnit, u);

      if (unit->recommender_id != e->recommender_id)
        continue;
      unit->selected++;
      unit->young += e->young == SKS_YOUNG_YES;
      unit->undecided += e->young == SKS_YOUNG_UNKNOWN;
      return;
    }
}

static void
judge_share (SksRanking     *self,
             SksRankingUnit *unit)
{
  if (!unit->share_applies || unit->selected == 0)
    {
      unit->share_status = SKS_VERDICT_NOT_APPLICABLE;
      return;
    }
  unit->needed = young_needed (&self->young_rule, unit->selected);
  if (unit->young >= unit->needed)
    unit->share_status = SKS_VERDICT_PASS;
  else if (unit->young + unit->undecided >= unit->needed)
    unit->share_status = SKS_VERDICT_MANUAL;
  else
    unit->share_status = SKS_VERDICT_FAIL;
}

/**
 * sks_ranking_compute_units:
 * @selected_ids: (nullable) (array length=n_selected): the selected set;
 *   %NULL for the candidates decided SELECTED
 *
 * Returns: (transfer full) (element-type SksRankingUnit): one per unit
 */
GArray *
sks_ranking_compute_units (SksRanking   *self,
                           const gint64 *selected_ids,
                           guint         n_selected)
{
  GArray *out;

  g_return_val_if_fail (SKS_IS_RANKING (self), NULL);

  out = g_array_sized_new (FALSE, TRUE, sizeof (SksRankingUnit), self->units->len);
  for (guint u = 0; u < self->units->len; u++)
    {
      const Unit *unit = &g_array_index (self->units, Unit, u);
      SksRankingUnit line = { unit->id, unit->name, unit->quota, 0, 0, 0, 0, 0,
                              unit->share_applies, SKS_VERDICT_NOT_APPLICABLE };

      g_array_append_val (out, line);
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      const SksRankingEntry *e = &g_array_index (self->entries, SksRankingEntry, i);

      for (guint u = 0; u < out->len; u++)
        if (g_array_index (out, SksRankingUnit, u).recommender_id == e->recommender_id)
          g_array_index (out, SksRankingUnit, u).candidates++;
      if (selected_ids == NULL && e->decision == SKS_DECISION_SELECTED)
        count_selected (self, out, e);
    }
  for (guint i = 0; selected_ids != NULL && i < n_selected; i++)
    {
      const SksRankingEntry *e = lookup_entry (self, selected_ids[i]);

      if (e != NULL)
        count_selected (self, out, e);
    }
  for (guint u = 0; u < out->len; u++)
    judge_share (self, &g_array_index (out, SksRankingUnit, u));
  return out;
}

static GStrv
blocking_ids (const SksRankingEntry *e)
{
  GStrv ids = g_new0 (char *, e->blocking->len + 1);

  for (guint i = 0; i < e->blocking->len; i++)
    ids[i] = g_strdup (((SksRankingBlock *) e->blocking->pdata[i])->rule_id);
  return ids;
}

/**
 * sks_ranking_decide:
 *
 * See sks-ranking.h.
 */
gboolean
sks_ranking_decide (SksRanking               *self,
                    SksStore                 *store,
                    const SksDecisionRequest *requests,
                    guint                     n_requests,
                    const char               *by,
                    GError                  **error)
{
  g_autofree SksDecisionRequest *filled = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_return_val_if_fail (SKS_IS_RANKING (self), FALSE);
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_requests == 0 || requests != NULL, FALSE);

  filled = g_new0 (SksDecisionRequest, MAX (n_requests, 1));
  for (guint i = 0; i < n_requests; i++)
    {
      const SksRankingEntry *e = lookup_entry (self, requests[i].studio_id);
      GStrv ids;

      if (e == NULL)
        {
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                       _("Application %lld is not among the candidates of this ranking"),
                       (long long) requests[i].studio_id);
          return FALSE;
        }
      filled[i] = requests[i];
      ids = blocking_ids (e);
      g_ptr_array_add (owned, ids);
      filled[i].blocking = (const char * const *) ids;
    }
  if (!sks_store_record_decisions (store, self->round_id, self->level, filled, n_requests, by,
                                   error))
    return FALSE;
  return read_decisions (self, store, error);
}
