/* sks-rule-engine.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-policy-private.h"
#include "sks-round-report-private.h"
#include "sks-rule-engine.h"
#include "sks-rule-engine-private.h"
#include "sks-document-check.h"
#include "sks-store-bulk.h"
#include "sks-store-peers.h"
#include "sks-rule-kinds-private.h"

/*
 * The engine runs the rules of one profile, in the profile's order. Live, it
 * watches one application (SksStudio::changed) and keeps a list of verdicts
 * and the overall status as properties, replacing only the verdicts that
 * changed so that a view does not rebuild on every keystroke. For a round it
 * checks every application and every recommending unit at once.
 *
 * For master.duplicate the engine knows other leaders ("peers"): the other
 * applications of the round and the active studios. A round check builds
 * that index itself; live, the caller supplies it, or names the document's
 * store (sks_rule_engine_set_peer_store()): then the engine asks the store
 * for the leaders with the live studio's ID number whenever that number
 * changes, one indexed query, so a form compares with the whole document
 * as the document check does without loading it.
 */

struct _SksRuleEngine
{
  GObject           parent_instance;

  SksPolicy        *policy;
  SksStudio        *studio;
  gulong            changed_id;
  GListStore       *verdicts;
  SksVerdictStatus  status;
  gboolean          priority;
  GHashTable       *peers;    /* ID number → GPtrArray of SksPeer */
  guint             n_peers;
  SksStore         *peer_store;
  gint64            peer_studio_id;
  gint64            peer_count;       /* other applications in the document */
  char             *peer_id_number;   /* what peers were looked up for */
};

enum {
  PROP_0,
  PROP_POLICY,
  PROP_STUDIO,
  PROP_VERDICTS,
  PROP_STATUS,
  PROP_PRIORITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SksRuleEngine, sks_rule_engine, G_TYPE_OBJECT)

static void
peer_free (SksPeer *peer)
{
  g_free (peer->uuid);
  g_free (peer->name);
  g_free (peer);
}

static GHashTable *
peer_index_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_ptr_array_unref);
}

static void
peer_index_add (GHashTable *index,
                const char *id_number,
                const char *uuid,
                const char *name,
                gint64      round_id,
                SksStatus   status)
{
  GPtrArray *peers = g_hash_table_lookup (index, id_number);
  SksPeer *peer = g_new0 (SksPeer, 1);

  if (peers == NULL)
    {
      peers = g_ptr_array_new_with_free_func ((GDestroyNotify) peer_free);
      g_hash_table_insert (index, g_strdup (id_number), peers);
    }
  peer->uuid = g_strdup (uuid);
  peer->name = g_strdup (name);
  peer->round_id = round_id;
  peer->status = status;
  g_ptr_array_add (peers, peer);
}

GHashTable *
_sks_peer_index_new (void)
{
  return peer_index_new ();
}

/* Adds a leader the store found (sks_store_foreach_shared_leader()); takes
 * @peer. */
void
_sks_peer_index_add_store_peer (GHashTable   *index,
                                const char   *id_number,
                                SksStorePeer *peer)
{
  GPtrArray *peers = g_hash_table_lookup (index, id_number);
  SksPeer *added = g_new0 (SksPeer, 1);

  if (peers == NULL)
    {
      peers = g_ptr_array_new_with_free_func ((GDestroyNotify) peer_free);
      g_hash_table_insert (index, g_strdup (id_number), peers);
    }
  added->uuid = g_steal_pointer (&peer->uuid);
  added->name = g_steal_pointer (&peer->name);
  added->round_id = peer->round_id;
  added->status = peer->status;
  g_ptr_array_add (peers, added);
  sks_store_peer_free (peer);
}

static gboolean
peer_index_add_studio (GHashTable *index,
                       SksStudio  *studio)
{
  const char *id_number = sks_master_get_id_number (sks_studio_get_master (studio));

  if (id_number == NULL || *id_number == '\0')
    return FALSE;
  peer_index_add (index, id_number, sks_studio_get_uuid (studio), sks_studio_get_name (studio),
                  sks_studio_get_round_id (studio), sks_studio_get_status (studio));
  return TRUE;
}

static void
sks_rule_engine_dispose (GObject *object)
{
  SksRuleEngine *self = SKS_RULE_ENGINE (object);

  if (self->studio != NULL)
    g_clear_signal_handler (&self->changed_id, self->studio);
  g_clear_object (&self->studio);
  g_clear_object (&self->verdicts);
  g_clear_object (&self->policy);
  g_clear_object (&self->peer_store);
  G_OBJECT_CLASS (sks_rule_engine_parent_class)->dispose (object);
}

static void
sks_rule_engine_finalize (GObject *object)
{
  SksRuleEngine *self = SKS_RULE_ENGINE (object);

  g_clear_pointer (&self->peers, g_hash_table_unref);
  g_clear_pointer (&self->peer_id_number, g_free);
  G_OBJECT_CLASS (sks_rule_engine_parent_class)->finalize (object);
}

static void
sks_rule_engine_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SksRuleEngine *self = SKS_RULE_ENGINE (object);

  switch (prop_id)
    {
    case PROP_POLICY:
      g_value_set_object (value, self->policy);
      break;
    case PROP_STUDIO:
      g_value_set_object (value, self->studio);
      break;
    case PROP_VERDICTS:
      g_value_set_object (value, self->verdicts);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PRIORITY:
      g_value_set_boolean (value, self->priority);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_rule_engine_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SksRuleEngine *self = SKS_RULE_ENGINE (object);

  switch (prop_id)
    {
    case PROP_POLICY:
      self->policy = g_value_dup_object (value);
      break;
    case PROP_STUDIO:
      sks_rule_engine_set_studio (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_rule_engine_constructed (GObject *object)
{
  SksRuleEngine *self = SKS_RULE_ENGINE (object);

  G_OBJECT_CLASS (sks_rule_engine_parent_class)->constructed (object);
  g_assert (SKS_IS_POLICY (self->policy));
}

static void
sks_rule_engine_class_init (SksRuleEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sks_rule_engine_dispose;
  object_class->finalize = sks_rule_engine_finalize;
  object_class->get_property = sks_rule_engine_get_property;
  object_class->set_property = sks_rule_engine_set_property;
  object_class->constructed = sks_rule_engine_constructed;

  properties[PROP_POLICY] =
    g_param_spec_object ("policy", NULL, NULL, SKS_TYPE_POLICY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SksRuleEngine:studio:
   *
   * The application checked live; the verdicts follow its changes.
   */
  properties[PROP_STUDIO] =
    g_param_spec_object ("studio", NULL, NULL, SKS_TYPE_STUDIO,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SksRuleEngine:verdicts:
   *
   * The verdicts of #SksRuleEngine:studio, one per rule of the application,
   * in the profile's order. The list stays the same object; items are
   * replaced when their verdict changes.
   */
  properties[PROP_VERDICTS] =
    g_param_spec_object ("verdicts", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * SksRuleEngine:status:
   *
   * The overall verdict of #SksRuleEngine:studio: the worst of its rules.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SKS_TYPE_VERDICT_STATUS, SKS_VERDICT_NOT_APPLICABLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIORITY] =
    g_param_spec_boolean ("priority", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sks_rule_engine_init (SksRuleEngine *self)
{
  self->verdicts = g_list_store_new (SKS_TYPE_VERDICT);
}

/**
 * sks_rule_engine_new:
 * @policy: the profile whose rules to run
 *
 * Returns: (transfer full)
 */
SksRuleEngine *
sks_rule_engine_new (SksPolicy *policy)
{
  g_return_val_if_fail (SKS_IS_POLICY (policy), NULL);
  return g_object_new (SKS_TYPE_RULE_ENGINE, "policy", policy, NULL);
}

/* Returns: (transfer none) */
SksPolicy *
sks_rule_engine_get_policy (SksRuleEngine *self)
{
  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), NULL);
  return self->policy;
}

/* One per-application rule on @facts, as a verdict of the profile. */
static inline void
check_rule (const SksRule        *rule,
            const SksStudioFacts *facts,
            SksOutcome           *outcome)
{
  rule->kind->check_application (rule, facts, outcome);
  _sks_outcome_mark_unfilled (facts, outcome);
}

/* Without @explain, only the statuses are decided (SksRoundReport explains
 * on demand). */
static GArray *
evaluate (SksRuleEngine *self,
          SksStudio     *studio,
          GHashTable    *peers,
          guint          n_peers,
          gboolean       explain)
{
  GArray *results = _sks_results_new ();
  guint n_rules = sks_policy_get_n_rules (self->policy);
  SksStudioFacts facts;

  _sks_studio_facts_init (&facts, self->policy, studio);
  facts.peers = peers;
  facts.n_peers = n_peers;

  for (guint i = 0; i < n_rules; i++)
    {
      const SksRule *rule = sks_policy_get_rule (self->policy, i);
      SksResult result = { rule, { SKS_VERDICT_NOT_APPLICABLE, NULL, NULL, FALSE, explain } };

      if (rule->kind->check_application == NULL)
        continue;
      check_rule (rule, &facts, &result.outcome);
      g_assert (!explain || result.outcome.explanation != NULL);
      g_array_append_val (results, result);
    }
  return results;
}

/* The overall verdict of @studio (the worst of its rules), as its round
 * report would give it, keeping nothing: for the whole-document check's
 * verdicts. Runs in any thread. */
SksVerdictStatus
_sks_rule_engine_status_of (SksRuleEngine *self,
                            SksStudio     *studio,
                            GHashTable    *peers)
{
  guint n_rules = sks_policy_get_n_rules (self->policy);
  SksVerdictStatus status = SKS_VERDICT_NOT_APPLICABLE;
  SksStudioFacts facts;

  _sks_studio_facts_init (&facts, self->policy, studio);
  facts.peers = peers;
  for (guint i = 0; i < n_rules; i++)
    {
      const SksRule *rule = sks_policy_get_rule (self->policy, i);
      SksOutcome outcome = { SKS_VERDICT_NOT_APPLICABLE, NULL, NULL, FALSE, FALSE };

      if (rule->kind->check_application == NULL)
        continue;
      check_rule (rule, &facts, &outcome);
      g_free (outcome.explanation);
      status = MAX (status, outcome.status);
    }
  return status;
}

/**
 * sks_rule_engine_check_studio:
 * @studio: an application
 *
 * Runs every per-application rule once; master.duplicate compares with the
 * peers given to the engine.
 *
 * Returns: (transfer full) (element-type SksVerdict): one verdict per rule
 */
GPtrArray *
sks_rule_engine_check_studio (SksRuleEngine *self,
                              SksStudio     *studio)
{
  g_autoptr(GArray) results = NULL;

  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), NULL);
  g_return_val_if_fail (SKS_IS_STUDIO (studio), NULL);

  results = evaluate (self, studio, self->peers, self->n_peers, TRUE);
  return _sks_results_to_verdicts (results, self->policy, studio, NULL);
}

static gboolean
same_verdict (SksVerdict *a,
              SksVerdict *b)
{
  return sks_verdict_get_status (a) == sks_verdict_get_status (b) &&
         sks_verdict_get_priority (a) == sks_verdict_get_priority (b) &&
         g_strcmp0 (sks_verdict_get_field (a), sks_verdict_get_field (b)) == 0 &&
         g_strcmp0 (sks_verdict_get_explanation (a), sks_verdict_get_explanation (b)) == 0;
}

/* With a peer store: the leaders with the live studio's ID number, looked
 * up again only when the number changed. A store that cannot be read leaves
 * master.duplicate "not compared" rather than a pass it could not check. */
static void
refresh_store_peers (SksRuleEngine *self)
{
  const char *id_number;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  if (self->peer_store == NULL || self->studio == NULL)
    return;
  id_number = sks_master_get_id_number (sks_studio_get_master (self->studio));
  if (self->peers != NULL && g_strcmp0 (id_number, self->peer_id_number) == 0)
    return;

  g_clear_pointer (&self->peers, g_hash_table_unref);
  self->n_peers = 0;
  g_free (self->peer_id_number);
  self->peer_id_number = g_strdup (id_number);
  if (id_number != NULL && *id_number != '\0')
    {
      found = sks_store_find_master_peers (self->peer_store, id_number, self->peer_studio_id,
                                           &error);
      if (found == NULL)
        {
          g_debug ("Leaders of the document not compared: %s", error->message);
          return;
        }
    }
  self->peers = peer_index_new ();
  self->n_peers = (guint) MAX (self->peer_count, 0);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      SksStorePeer *peer = g_ptr_array_index (found, i);
      peer_index_add (self->peers, id_number, peer->uuid, peer->name, peer->round_id,
                      peer->status);
    }
}

static void
update (SksRuleEngine *self)
{
  g_autoptr(GPtrArray) fresh = NULL;
  GListModel *current = G_LIST_MODEL (self->verdicts);
  SksVerdictStatus status = SKS_VERDICT_NOT_APPLICABLE;
  gboolean priority = FALSE;
  gboolean status_changed, priority_changed;

  refresh_store_peers (self);
  fresh = self->studio ? sks_rule_engine_check_studio (self, self->studio)
                       : g_ptr_array_new_with_free_func (g_object_unref);

  /* The status first, so that a view reading it on ::items-changed (the
   * form's summary) sees the new one; notified after the list changed. */
  for (guint i = 0; i < fresh->len; i++)
    {
      status = MAX (status, sks_verdict_get_status (g_ptr_array_index (fresh, i)));
      priority = priority || sks_verdict_get_priority (g_ptr_array_index (fresh, i));
    }
  status_changed = status != self->status;
  priority_changed = priority != self->priority;
  self->status = status;
  self->priority = priority;

  if (fresh->len != g_list_model_get_n_items (current))
    g_list_store_splice (self->verdicts, 0, g_list_model_get_n_items (current), fresh->pdata,
                         fresh->len);
  else
    for (guint i = 0; i < fresh->len; i++)
      {
        g_autoptr(SksVerdict) old = g_list_model_get_item (current, i);

        if (!same_verdict (old, g_ptr_array_index (fresh, i)))
          g_list_store_splice (self->verdicts, i, 1, &fresh->pdata[i], 1);
      }

  if (status_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (priority_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIORITY]);
}

static void
studio_changed_cb (SksRuleEngine *self,
                   SksStudio     *studio)
{
  update (self);
}

/**
 * sks_rule_engine_set_studio:
 * @studio: (nullable): the application to check live
 */
void
sks_rule_engine_set_studio (SksRuleEngine *self,
                            SksStudio     *studio)
{
  g_return_if_fail (SKS_IS_RULE_ENGINE (self));
  g_return_if_fail (studio == NULL || SKS_IS_STUDIO (studio));

  if (self->studio == studio)
    return;
  if (self->studio != NULL)
    g_clear_signal_handler (&self->changed_id, self->studio);
  g_set_object (&self->studio, studio);
  if (studio != NULL)
    self->changed_id = g_signal_connect_swapped (studio, "changed",
                                                 G_CALLBACK (studio_changed_cb), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDIO]);
}

/* Returns: (transfer none) (nullable) */
SksStudio *
sks_rule_engine_get_studio (SksRuleEngine *self)
{
  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), NULL);
  return self->studio;
}

/* Returns: (transfer none): a list of #SksVerdict, see #SksRuleEngine:verdicts */
GListModel *
sks_rule_engine_get_verdicts (SksRuleEngine *self)
{
  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), NULL);
  return G_LIST_MODEL (self->verdicts);
}

SksVerdictStatus
sks_rule_engine_get_status (SksRuleEngine *self)
{
  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), SKS_VERDICT_NOT_APPLICABLE);
  return self->status;
}

/* Whether a rule marks the application for priority (industry.priority). */
gboolean
sks_rule_engine_get_priority (SksRuleEngine *self)
{
  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), FALSE);
  return self->priority;
}

/**
 * sks_rule_engine_add_peer:
 * @id_number: the leader's ID number
 * @uuid: the application's uuid (an application is never its own peer)
 * @name: (nullable): the studio's name, shown in the warning
 * @round_id: the application's round
 * @status: its status: withdrawn applications are ignored, and those of
 *   other rounds count only while active (approved or renewed by default)
 *
 * Makes a leader known for master.duplicate without loading the whole
 * application, e.g. from the store's list rows. Re-checks the live studio,
 * so to give many leaders at once use sks_rule_engine_set_peers().
 */
void
sks_rule_engine_add_peer (SksRuleEngine *self,
                          const char    *id_number,
                          const char    *uuid,
                          const char    *name,
                          gint64         round_id,
                          SksStatus      status)
{
  g_return_if_fail (SKS_IS_RULE_ENGINE (self));
  g_return_if_fail (uuid != NULL);

  if (id_number == NULL || *id_number == '\0')
    return;
  if (self->peers == NULL)
    self->peers = peer_index_new ();
  peer_index_add (self->peers, id_number, uuid, name, round_id, status);
  self->n_peers++;
  update (self);
}

/**
 * sks_rule_engine_set_peer_store:
 * @store: (nullable): the document the live studio belongs to; %NULL to stop
 * @studio_id: the live studio's id in @store (never its own peer)
 *
 * Compares the live studio's leader with every other application of
 * @store that is not deleted, as sks_rule_engine_check_store() does for a
 * whole document, by looking up the leader's ID number in the store each
 * time it changes (an index lookup: cheap in a document of any size).
 * Replaces peers given otherwise.
 */
void
sks_rule_engine_set_peer_store (SksRuleEngine *self,
                                SksStore      *store,
                                gint64         studio_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SKS_IS_RULE_ENGINE (self));
  g_return_if_fail (store == NULL || SKS_IS_STORE (store));

  g_set_object (&self->peer_store, store);
  self->peer_studio_id = studio_id;
  self->peer_count = store ? sks_store_count_other_studios (store, studio_id, &error) : 0;
  if (self->peer_count < 0)
    g_debug ("Could not count the document’s applications: %s", error->message);
  g_clear_pointer (&self->peers, g_hash_table_unref);
  g_clear_pointer (&self->peer_id_number, g_free);
  self->n_peers = 0;
  update (self);
}

/* Forgets all peers: master.duplicate becomes "not compared". */
void
sks_rule_engine_clear_peers (SksRuleEngine *self)
{
  g_return_if_fail (SKS_IS_RULE_ENGINE (self));

  g_clear_object (&self->peer_store);
  g_clear_pointer (&self->peer_id_number, g_free);
  g_clear_pointer (&self->peers, g_hash_table_unref);
  self->n_peers = 0;
  update (self);
}

/**
 * sks_rule_engine_set_peers:
 * @studios: (nullable): the applications of the round and the active
 *   studios; %NULL forgets them
 */
void
sks_rule_engine_set_peers (SksRuleEngine *self,
                           GListModel    *studios)
{
  guint n;

  g_return_if_fail (SKS_IS_RULE_ENGINE (self));
  g_return_if_fail (studios == NULL || G_IS_LIST_MODEL (studios));

  g_clear_object (&self->peer_store);
  g_clear_pointer (&self->peer_id_number, g_free);
  g_clear_pointer (&self->peers, g_hash_table_unref);
  self->n_peers = 0;
  if (studios != NULL)
    {
      self->peers = peer_index_new ();
      n = g_list_model_get_n_items (studios);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SksStudio) studio = g_list_model_get_item (studios, i);
          if (peer_index_add_studio (self->peers, studio))
            self->n_peers++;
        }
    }
  update (self);
}

/* Round */

typedef struct {
  SksRecommender *recommender;
  GPtrArray      *studios;
} Group;

static void
group_clear (gpointer data)
{
  Group *group = data;

  g_clear_object (&group->recommender);
  g_clear_pointer (&group->studios, g_ptr_array_unref);
}

/* The quota and kind come from the profile when it lists the unit (the
 * notice's figures), otherwise from the round's own record. */
static GArray *
check_group (SksRuleEngine *self,
             Group         *group)
{
  GArray *results = _sks_results_new ();
  const char *name = sks_recommender_get_name (group->recommender);
  const SksPolicyRecommender *listed = sks_policy_find_recommender (self->policy, name);
  SksGroupFacts facts = { self->policy, name, TRUE, 0, -1, FALSE, group->studios };
  int kind = 0;

  if (listed != NULL)
    {
      facts.kind = listed->kind;
      facts.quota = listed->quota;
      facts.quota_from_profile = TRUE;
    }
  else
    {
      g_object_get (group->recommender, "kind", &kind, NULL);
      facts.kind = kind;
      facts.quota = sks_recommender_get_quota (group->recommender) > 0
                    ? sks_recommender_get_quota (group->recommender) : -1;
    }

  for (guint i = 0; i < sks_policy_get_n_rules (self->policy); i++)
    {
      const SksRule *rule = sks_policy_get_rule (self->policy, i);
      SksResult result = { rule, { SKS_VERDICT_NOT_APPLICABLE, NULL, NULL, FALSE, TRUE } };

      if (rule->kind->check_group == NULL)
        continue;
      rule->kind->check_group (rule, &facts, &result.outcome);
      g_assert (result.outcome.explanation != NULL);
      g_array_append_val (results, result);
    }
  return results;
}

static GArray *
make_groups (GListModel *studios,
             GListModel *recommenders)
{
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = NULL;
  guint n;

  g_array_set_clear_func (groups, group_clear);
  n = recommenders ? g_list_model_get_n_items (recommenders) : 0;
  g_array_set_size (groups, n);
  for (guint i = 0; i < n; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      group->recommender = g_list_model_get_item (recommenders, i);
      group->studios = g_ptr_array_new ();
    }
  /* The array no longer grows, so pointers into it stay valid. */
  keys = g_new0 (gint64, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      keys[i] = sks_recommender_get_id (group->recommender);
      if (keys[i] != 0)
        g_hash_table_insert (by_id, &keys[i], group);
    }

  n = g_list_model_get_n_items (studios);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksStudio) studio = g_list_model_get_item (studios, i);
      gint64 id = sks_studio_get_recommender_id (studio);
      Group *group = id ? g_hash_table_lookup (by_id, &id) : NULL;

      /* A withdrawn application no longer counts for its unit. */
      if (group != NULL && sks_studio_get_status (studio) != SKS_STATUS_WITHDRAWN)
        g_ptr_array_add (group->studios, studio);
    }
  return groups;
}

/* Below this many applications a round is checked in the calling thread. */
#define PARALLEL_THRESHOLD 512
#define MAX_THREADS 8

typedef struct {
  SksRuleEngine  *self;
  SksStudio     **studios;
  GArray        **results;
  guint           from;
  guint           to;
  GHashTable     *peers;
  guint           n_peers;
} Slice;

static gpointer
check_slice (gpointer data)
{
  Slice *slice = data;

  for (guint i = slice->from; i < slice->to; i++)
    slice->results[i] = evaluate (slice->self, slice->studios[i], slice->peers, slice->n_peers,
                                  FALSE);
  return NULL;
}

/* The checks only read the applications, the profile and the peers, so a
 * large round is split between the processors; each application is checked
 * by one thread, and the results are added to the report in order. */
static void
check_studios (SksRuleEngine  *self,
               GListModel     *list,
               GHashTable     *peers,
               guint           n_peers,
               SksRoundReport *report)
{
  guint n = g_list_model_get_n_items (list);
  guint n_threads = n < PARALLEL_THRESHOLD ? 1 : CLAMP (g_get_num_processors (), 1, MAX_THREADS);
  g_autoptr(GPtrArray) studios = g_ptr_array_new_full (n, g_object_unref);
  g_autofree GArray **results = g_new0 (GArray *, MAX (n, 1));
  Slice slices[MAX_THREADS];
  GThread *threads[MAX_THREADS] = { NULL, };

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (studios, g_list_model_get_item (list, i));

  for (guint t = 0; t < n_threads; t++)
    {
      slices[t] = (Slice) { self, (SksStudio **) studios->pdata, results, n * t / n_threads,
                            n * (t + 1) / n_threads, peers, n_peers };
      if (t > 0)
        threads[t] = g_thread_new ("sks-rules", check_slice, &slices[t]);
    }
  check_slice (&slices[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);

  for (guint i = 0; i < n; i++)
    _sks_round_report_add_studio (report, studios->pdata[i], results[i]);
}

/**
 * sks_rule_engine_check_round:
 * @studios: the round's applications (#SksStudio)
 * @recommenders: (nullable): the round's recommending units
 *   (#SksRecommender, with their ids); applications are grouped by
 *   #SksStudio recommender id
 * @active_studios: (nullable): studios of earlier rounds, for
 *   master.duplicate; those approved or renewed count
 *
 * Decides every status at once; an application's explanations are written
 * the first time its verdicts are read from the report (formatting is most
 * of the cost of a check), from the application as it is then. So do not
 * change the applications while the report is in use.
 *
 * Returns: (transfer full): the verdicts of every recommending unit and
 *   every application
 */
SksRoundReport *
sks_rule_engine_check_round (SksRuleEngine *self,
                             GListModel    *studios,
                             GListModel    *recommenders,
                             GListModel    *active_studios)
{
  g_autoptr(GHashTable) peers = peer_index_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *lists[2] = { studios, active_studios };
  guint n_peers = 0;

  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (studios), NULL);
  g_return_val_if_fail (recommenders == NULL || G_IS_LIST_MODEL (recommenders), NULL);
  g_return_val_if_fail (active_studios == NULL || G_IS_LIST_MODEL (active_studios), NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] && i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(SksStudio) studio = g_list_model_get_item (lists[l], i);

        /* the same application in both lists is one peer */
        if (g_hash_table_add (seen, (char *) sks_studio_get_uuid (studio)) &&
            peer_index_add_studio (peers, studio))
          n_peers++;
      }

  return _sks_rule_engine_check_indexed (self, studios, recommenders, peers, n_peers);
}

/* The leaders of @studios, for master.duplicate; each application once. */
GHashTable *
_sks_rule_engine_index_peers (SksStudio **studios,
                              guint       n_studios,
                              guint      *n_peers)
{
  GHashTable *peers = peer_index_new ();

  *n_peers = 0;
  for (guint i = 0; i < n_studios; i++)
    if (peer_index_add_studio (peers, studios[i]))
      (*n_peers)++;
  return peers;
}

/* What every check reads, whatever its rules: the status (drafts, withdrawn
 * applications), the name (peers, reports) and what gives the date of birth
 * (_sks_studio_facts_init()) and the leader's identity (master.duplicate). */
static const char * const base_reads[] = {
  "name", "status", "master.id-number", "master.birth", NULL
};

/**
 * _sks_policy_add_reads:
 * @fields: (element-type utf8 utf8): a set of field paths, as
 *   g_hash_table_add() makes one (keys not owned)
 *
 * Adds the fields that the rules of @policy read and name, as their kinds
 * declare them (SksRuleKind.reads), for sks_store_load_studios_for_rules().
 */
void
_sks_policy_add_reads (SksPolicy  *policy,
                       GHashTable *fields)
{
  for (guint i = 0; base_reads[i] != NULL; i++)
    g_hash_table_add (fields, (char *) base_reads[i]);
  for (guint i = 0; i < sks_policy_get_n_rules (policy); i++)
    {
      const SksRule *rule = sks_policy_get_rule (policy, i);
      const char * const *reads = rule->kind->reads;

      for (guint j = 0; reads != NULL && reads[j] != NULL; j++)
        {
          int param = reads[j][0] == '$' ? _sks_rule_param_index (rule->kind, reads[j] + 1) : -1;

          if (reads[j][0] != '$')
            g_hash_table_add (fields, (char *) reads[j]);
          else if (param >= 0 && rule->params[param].s != NULL)
            g_hash_table_add (fields, rule->params[param].s);
        }
    }
}

/* Returns: (transfer container): the paths of @fields, NULL-terminated (the
 * columns are read in their tables' order whatever the order here) */
char **
_sks_reads_to_strv (GHashTable *fields)
{
  return (char **) g_hash_table_get_keys_as_array (fields, NULL);
}

/* sks_rule_engine_check_round() with the peers indexed by the caller, who
 * may check several rounds against one index. */
SksRoundReport *
_sks_rule_engine_check_indexed (SksRuleEngine *self,
                                GListModel    *studios,
                                GListModel    *recommenders,
                                GHashTable    *peers,
                                guint          n_peers)
{
  g_autoptr(GArray) groups = make_groups (studios, recommenders);
  SksRoundReport *report = _sks_round_report_new (self->policy, peers, n_peers);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);
      _sks_round_report_add_recommender (report, sks_recommender_get_name (group->recommender),
                                         check_group (self, group));
    }
  check_studios (self, studios, peers, n_peers, report);
  return report;
}

static gboolean
add_recommenders (SksStore    *store,
                  gint64       round_id,
                  GListStore  *into,
                  GError     **error)
{
  g_autoptr(GListModel) list = sks_store_list_recommenders (store, round_id, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_list_store_append (into, item);
    }
  return TRUE;
}

/**
 * sks_rule_engine_check_store:
 * @round_id: the round to check, or 0 for every application of the store
 *
 * Loads the round's applications and recommending units and checks them;
 * every other studio of the document counts for master.duplicate. For a
 * round, the same as sks_document_check_run() with this engine's profile.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL when the store
 *   cannot be read
 */
SksRoundReport *
sks_rule_engine_check_store (SksRuleEngine  *self,
                             SksStore       *store,
                             gint64          round_id,
                             GError        **error)
{
  g_autoptr(GListStore) recommenders = g_list_store_new (SKS_TYPE_RECOMMENDER);
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GPtrArray) studios = NULL;
  g_autoptr(GHashTable) peers = NULL;
  g_autoptr(GListStore) list = g_list_store_new (SKS_TYPE_STUDIO);
  g_autoptr(GHashTable) fields = NULL;
  g_autofree char **reads = NULL;
  guint n_peers;

  g_return_val_if_fail (SKS_IS_RULE_ENGINE (self), NULL);
  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  if (round_id != 0)
    {
      g_autoptr(GHashTable) policies = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(SksDocumentCheck) check = NULL;

      g_hash_table_insert (policies, &round_id, self->policy);
      if ((check = sks_document_check_run (store, policies, SKS_DOCUMENT_CHECK_REPORTS, NULL,
                                           error)) == NULL)
        return NULL;
      return g_object_ref (sks_document_check_get_report (check, round_id));
    }

  /* Every application against this profile, with every round's units */
  if ((rounds = sks_store_list_rounds (store, error)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      if (!add_recommenders (store, sks_round_get_id (round), recommenders, error))
        return NULL;
    }
  fields = g_hash_table_new (g_str_hash, g_str_equal);
  _sks_policy_add_reads (self->policy, fields);
  reads = _sks_reads_to_strv (fields);
  if ((studios = sks_store_load_studios_for_rules (store, (const char * const *) reads, NULL,
                                                   error)) == NULL)
    return NULL;
  peers = _sks_rule_engine_index_peers ((SksStudio **) studios->pdata, studios->len, &n_peers);
  g_list_store_splice (list, 0, 0, studios->pdata, studios->len);
  return _sks_rule_engine_check_indexed (self, G_LIST_MODEL (list), G_LIST_MODEL (recommenders),
                                         peers, n_peers);
}
