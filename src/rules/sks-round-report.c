/* sks-round-report.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include "sks-round-report-private.h"
#include "sks-rule-kinds-private.h"
#include "sks-verdict.h"

/*
 * A round of 100,000 applications has over a million verdicts; most callers
 * want the statuses and counts. So the report keeps each subject's results
 * as plain structs and makes the SksVerdict objects the first time they are
 * asked for.
 */

typedef struct {
  char             *name;       /* recommending unit; NULL for an application */
  SksStudio        *studio;
  GArray           *results;    /* SksResult, until the verdicts are made */
  GPtrArray        *verdicts;   /* SksVerdict, made on demand */
  SksVerdictStatus  status;
} Subject;

struct _SksRoundReport
{
  GObject           parent_instance;

  SksPolicy        *policy;
  GHashTable       *peers;         /* as the check had them, to explain */
  guint             n_peers;
  GArray           *recommenders;  /* Subject */
  GArray           *studios;       /* Subject */
  GListStore       *all;           /* made on first use */
  SksVerdictStatus  status;
  guint             counts[SKS_VERDICT_FAIL + 1];
};

G_DEFINE_FINAL_TYPE (SksRoundReport, sks_round_report, G_TYPE_OBJECT)

static void
result_clear (gpointer data)
{
  SksResult *result = data;
  g_clear_pointer (&result->outcome.explanation, g_free);
}

GArray *
_sks_results_new (void)
{
  GArray *results = g_array_sized_new (FALSE, FALSE, sizeof (SksResult), 16);

  g_array_set_clear_func (results, result_clear);
  return results;
}

/* Takes the explanations out of @results. */
GPtrArray *
_sks_results_to_verdicts (GArray     *results,
                          SksPolicy  *policy,
                          SksStudio  *studio,
                          const char *recommender)
{
  GPtrArray *verdicts = g_ptr_array_new_full (results->len, g_object_unref);

  for (guint i = 0; i < results->len; i++)
    {
      SksResult *result = &g_array_index (results, SksResult, i);
      g_ptr_array_add (verdicts, _sks_verdict_new (policy, result->rule, &result->outcome, studio,
                                                   recommender));
    }
  return verdicts;
}

static void
subject_clear (gpointer data)
{
  Subject *subject = data;

  g_free (subject->name);
  g_clear_object (&subject->studio);
  g_clear_pointer (&subject->results, g_array_unref);
  g_clear_pointer (&subject->verdicts, g_ptr_array_unref);
}

static void
sks_round_report_finalize (GObject *object)
{
  SksRoundReport *self = SKS_ROUND_REPORT (object);

  g_clear_pointer (&self->recommenders, g_array_unref);
  g_clear_pointer (&self->studios, g_array_unref);
  g_clear_object (&self->all);
  g_clear_object (&self->policy);
  g_clear_pointer (&self->peers, g_hash_table_unref);
  G_OBJECT_CLASS (sks_round_report_parent_class)->finalize (object);
}

static void
sks_round_report_class_init (SksRoundReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_round_report_finalize;
}

static void
sks_round_report_init (SksRoundReport *self)
{
  self->recommenders = g_array_new (FALSE, TRUE, sizeof (Subject));
  self->studios = g_array_new (FALSE, TRUE, sizeof (Subject));
  g_array_set_clear_func (self->recommenders, subject_clear);
  g_array_set_clear_func (self->studios, subject_clear);
}

SksRoundReport *
_sks_round_report_new (SksPolicy  *policy,
                       GHashTable *peers,
                       guint       n_peers)
{
  SksRoundReport *self = g_object_new (SKS_TYPE_ROUND_REPORT, NULL);

  self->policy = g_object_ref (policy);
  self->peers = peers ? g_hash_table_ref (peers) : NULL;
  self->n_peers = n_peers;
  return self;
}

static void
add_subject (SksRoundReport *self,
             GArray         *list,
             Subject        *subject)
{
  subject->status = SKS_VERDICT_NOT_APPLICABLE;
  for (guint i = 0; i < subject->results->len; i++)
    {
      SksVerdictStatus status = g_array_index (subject->results, SksResult, i).outcome.status;

      subject->status = MAX (subject->status, status);
      self->counts[status]++;
    }
  self->status = MAX (self->status, subject->status);
  g_array_append_val (list, *subject);
}

/* Takes @results. */
void
_sks_round_report_add_recommender (SksRoundReport *self,
                                   const char     *name,
                                   GArray         *results)
{
  Subject subject = { g_strdup (name), NULL, results, NULL, 0 };
  add_subject (self, self->recommenders, &subject);
}

/* Takes @results. */
void
_sks_round_report_add_studio (SksRoundReport *self,
                              SksStudio      *studio,
                              GArray         *results)
{
  Subject subject = { NULL, g_object_ref (studio), results, NULL, 0 };
  add_subject (self, self->studios, &subject);
}

/* Runs the rules of @subject again, this time writing the explanations.
 * The statuses stay those of the check: the report describes the
 * applications as they were checked. */
static void
explain (SksRoundReport *self,
         Subject        *subject)
{
  SksStudioFacts facts;

  g_assert (subject->studio != NULL);
  _sks_studio_facts_init (&facts, self->policy, subject->studio);
  facts.peers = self->peers;
  facts.n_peers = self->n_peers;
  for (guint i = 0; i < subject->results->len; i++)
    {
      SksResult *result = &g_array_index (subject->results, SksResult, i);
      SksOutcome outcome = { SKS_VERDICT_NOT_APPLICABLE, NULL, NULL, FALSE, TRUE };

      if (result->outcome.explanation != NULL)
        continue;
      result->rule->kind->check_application (result->rule, &facts, &outcome);
      _sks_outcome_mark_unfilled (&facts, &outcome);
      if (outcome.status != result->outcome.status)
        g_warning ("The application “%s” changed after it was checked; the explanation of %s "
                   "describes it as it is now", sks_studio_get_uuid (subject->studio),
                   result->rule->id);
      result->outcome.explanation = g_steal_pointer (&outcome.explanation);
    }
}

static GPtrArray *
subject_verdicts (SksRoundReport *self,
                  Subject        *subject)
{
  if (subject->verdicts == NULL)
    {
      if (subject->studio != NULL)
        explain (self, subject);
      subject->verdicts = _sks_results_to_verdicts (subject->results, self->policy,
                                                    subject->studio, subject->name);
      g_clear_pointer (&subject->results, g_array_unref);
    }
  return subject->verdicts;
}

/* The worst status of all verdicts of the round. */
SksVerdictStatus
sks_round_report_get_status (SksRoundReport *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), SKS_VERDICT_NOT_APPLICABLE);
  return self->status;
}

/* How many verdicts have @status. */
guint
sks_round_report_count (SksRoundReport   *self,
                        SksVerdictStatus  status)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), 0);
  g_return_val_if_fail (status <= SKS_VERDICT_FAIL, 0);
  return self->counts[status];
}

static void
append_all (SksRoundReport *self,
            GArray         *subjects,
            GPtrArray      *into)
{
  for (guint i = 0; i < subjects->len; i++)
    {
      GPtrArray *verdicts = subject_verdicts (self, &g_array_index (subjects, Subject, i));
      g_ptr_array_extend (into, verdicts, NULL, NULL);
    }
}

/**
 * sks_round_report_get_verdicts:
 *
 * Returns: (transfer none): every verdict: the recommending units' first,
 *   then each application's, in the order the rules are in the profile
 */
GListModel *
sks_round_report_get_verdicts (SksRoundReport *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), NULL);

  if (self->all == NULL)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new ();

      append_all (self, self->recommenders, all);
      append_all (self, self->studios, all);
      self->all = g_list_store_new (SKS_TYPE_VERDICT);
      g_list_store_splice (self->all, 0, 0, all->pdata, all->len);
    }
  return G_LIST_MODEL (self->all);
}

guint
sks_round_report_get_n_recommenders (SksRoundReport *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), 0);
  return self->recommenders->len;
}

const char *
sks_round_report_get_recommender (SksRoundReport *self,
                                  guint           position)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), NULL);
  g_return_val_if_fail (position < self->recommenders->len, NULL);
  return g_array_index (self->recommenders, Subject, position).name;
}

SksVerdictStatus
sks_round_report_get_recommender_status (SksRoundReport *self,
                                         guint           position)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), SKS_VERDICT_NOT_APPLICABLE);
  g_return_val_if_fail (position < self->recommenders->len, SKS_VERDICT_NOT_APPLICABLE);
  return g_array_index (self->recommenders, Subject, position).status;
}

/* Returns: (transfer none) (element-type SksVerdict) */
GPtrArray *
sks_round_report_get_recommender_verdicts (SksRoundReport *self,
                                           guint           position)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), NULL);
  g_return_val_if_fail (position < self->recommenders->len, NULL);
  return subject_verdicts (self, &g_array_index (self->recommenders, Subject, position));
}

guint
sks_round_report_get_n_studios (SksRoundReport *self)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), 0);
  return self->studios->len;
}

/* Returns: (transfer none) */
SksStudio *
sks_round_report_get_studio (SksRoundReport *self,
                             guint           position)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), NULL);
  g_return_val_if_fail (position < self->studios->len, NULL);
  return g_array_index (self->studios, Subject, position).studio;
}

/* The application's overall verdict: the worst of its rules. */
SksVerdictStatus
sks_round_report_get_studio_status (SksRoundReport *self,
                                    guint           position)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), SKS_VERDICT_NOT_APPLICABLE);
  g_return_val_if_fail (position < self->studios->len, SKS_VERDICT_NOT_APPLICABLE);
  return g_array_index (self->studios, Subject, position).status;
}

/* Returns: (transfer none) (element-type SksVerdict) */
GPtrArray *
sks_round_report_get_studio_verdicts (SksRoundReport *self,
                                      guint           position)
{
  g_return_val_if_fail (SKS_IS_ROUND_REPORT (self), NULL);
  g_return_val_if_fail (position < self->studios->len, NULL);
  return subject_verdicts (self, &g_array_index (self->studios, Subject, position));
}
