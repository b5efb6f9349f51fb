/* sks-document-check.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-document-check.h"
#include "sks-rule-engine-private.h"
#include "sks-store-bulk.h"

/*
 * The whole-document check that the app's list (in a worker thread) and
 * `skill-studio-cli check` share. The leaders that more than one
 * application names are indexed first, for master.duplicate, which compares
 * across rounds (only those can have a peer: one indexed query, not a read
 * of every application). Then the applications are read once, table by
 * table in step (SksStudioReader), with only the fields the rounds' rules
 * read, and each is checked against its round's profile.
 *
 * Two ways to use it, one reading and one rules function:
 * - the verdicts alone (the app's list): the processors share the
 *   applications by id, each reading its share on a connection of its own
 *   into one object used again for every application, and checking each as
 *   it comes: the document is never held whole and no object is made or
 *   freed per application;
 * - with each round's report (the CLI, which prints the explanations): the
 *   applications are kept, and each round is checked with its recommending
 *   units.
 */

struct _SksDocumentCheck
{
  GObject     parent_instance;

  GArray     *ids;       /* gint64, ascending: every application read */
  GArray     *verdicts;  /* gint8: its SksVerdictStatus, -1 when its round was not checked */
  GHashTable *reports;   /* round id → SksRoundReport */
};

G_DEFINE_FINAL_TYPE (SksDocumentCheck, sks_document_check, G_TYPE_OBJECT)

static void
sks_document_check_finalize (GObject *object)
{
  SksDocumentCheck *self = SKS_DOCUMENT_CHECK (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->verdicts, g_array_unref);
  g_clear_pointer (&self->reports, g_hash_table_unref);
  G_OBJECT_CLASS (sks_document_check_parent_class)->finalize (object);
}

static void
sks_document_check_class_init (SksDocumentCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_document_check_finalize;
}

static void
sks_document_check_init (SksDocumentCheck *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->verdicts = g_array_new (FALSE, FALSE, sizeof (gint8));
  self->reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

static void
add_shared_leader (const char   *id_number,
                   SksStorePeer *peer,
                   gpointer      user_data)
{
  _sks_peer_index_add_store_peer (user_data, id_number, peer);
}

/* The leaders master.duplicate compares with: every application not in the
 * trash whose leader's ID number another application gives too. */
static GHashTable *
index_shared_leaders (SksStore  *store,
                      GError   **error)
{
  g_autoptr(GHashTable) peers = _sks_peer_index_new ();

  if (!sks_store_foreach_shared_leader (store, add_shared_leader, peers, error))
    return NULL;
  return g_steal_pointer (&peers);
}

/* Counted as the rules count them: a leader with an ID number. */
static gboolean
has_id_number (SksStudio *studio)
{
  const char *id_number = sks_master_get_id_number (sks_studio_get_master (studio));

  return id_number != NULL && *id_number != '\0';
}

/* With reports */

/* A round's applications, and where each stands in the whole list. */
typedef struct {
  GPtrArray *studios;
  GArray    *positions;  /* guint */
} RoundStudios;

static void
round_studios_free (RoundStudios *round)
{
  g_ptr_array_unref (round->studios);
  g_array_unref (round->positions);
  g_free (round);
}

static GHashTable *
split_by_round (GPtrArray  *studios,
                GHashTable *policies)
{
  GHashTable *rounds = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                              (GDestroyNotify) round_studios_free);

  for (guint i = 0; i < studios->len; i++)
    {
      gint64 round_id = sks_studio_get_round_id (studios->pdata[i]);
      gint64 *key = NULL;
      RoundStudios *round;

      if (!g_hash_table_lookup_extended (policies, &round_id, (gpointer *) &key, NULL))
        continue;
      if ((round = g_hash_table_lookup (rounds, key)) == NULL)
        {
          round = g_new0 (RoundStudios, 1);
          round->studios = g_ptr_array_new ();
          round->positions = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (rounds, key, round);
        }
      g_ptr_array_add (round->studios, studios->pdata[i]);
      g_array_append_val (round->positions, i);
    }
  return rounds;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = **(const gint64 **) a, y = **(const gint64 **) b;

  return x < y ? -1 : x > y;
}

/* Checks one round and notes its applications' verdicts. */
static gboolean
check_round (SksDocumentCheck  *self,
             SksStore          *store,
             const gint64      *round_id,
             SksPolicy         *policy,
             RoundStudios      *round,
             GHashTable        *peers,
             guint              n_peers,
             GError           **error)
{
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
  g_autoptr(GListStore) list = g_list_store_new (SKS_TYPE_STUDIO);
  g_autoptr(GListModel) recommenders = sks_store_list_recommenders (store, *round_id, error);
  SksRoundReport *report;

  if (recommenders == NULL)
    return FALSE;
  if (round != NULL)
    g_list_store_splice (list, 0, 0, round->studios->pdata, round->studios->len);
  report = _sks_rule_engine_check_indexed (engine, G_LIST_MODEL (list), recommenders, peers,
                                           n_peers);
  for (guint i = 0; round != NULL && i < round->positions->len; i++)
    g_array_index (self->verdicts, gint8, g_array_index (round->positions, guint, i)) =
      (gint8) sks_round_report_get_studio_status (report, i);
  g_hash_table_insert (self->reports, g_memdup2 (round_id, sizeof *round_id), report);
  return TRUE;
}

static gboolean
run_with_reports (SksDocumentCheck    *self,
                  SksStore            *store,
                  GHashTable          *policies,
                  const char * const  *reads,
                  GHashTable          *peers,
                  GCancellable        *cancellable,
                  GError             **error)
{
  g_autoptr(GPtrArray) studios = NULL;
  g_autoptr(GHashTable) rounds = NULL;
  g_autoptr(GPtrArray) round_ids = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n_peers = 0;

  if ((studios = sks_store_load_studios_for_rules (store, reads, cancellable, error)) == NULL)
    return FALSE;
  g_array_set_size (self->ids, studios->len);
  g_array_set_size (self->verdicts, studios->len);
  for (guint i = 0; i < studios->len; i++)
    {
      g_array_index (self->ids, gint64, i) = sks_studio_get_id (studios->pdata[i]);
      g_array_index (self->verdicts, gint8, i) = -1;
      n_peers += has_id_number (studios->pdata[i]);
    }

  rounds = split_by_round (studios, policies);
  round_ids = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (round_ids, key);
  g_ptr_array_sort (round_ids, compare_ids);
  for (guint i = 0; i < round_ids->len; i++)
    {
      const gint64 *round_id = round_ids->pdata[i];

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !check_round (self, store, round_id, g_hash_table_lookup (policies, round_id),
                        g_hash_table_lookup (rounds, round_id), peers, n_peers, error))
        return FALSE;
    }
  return TRUE;
}

/* The verdicts alone */

#define MAX_WORKERS 8

/* Below this span of ids, one share: splitting a small document costs a
 * connection for nothing. */
static gint64 min_share_span = 4096;
static guint forced_shares;

/* For tests: split a small document too (@min_span 1), into @n_shares
 * whatever the processors (0: as many as they are). */
void
_sks_document_check_set_sharing (gint64 min_span,
                                 guint  n_shares)
{
  min_share_span = min_span;
  forced_shares = MIN (n_shares, MAX_WORKERS);
}

/* One share of the applications, by id, read on a connection of its own
 * into one object used again for each, and checked as it is read. */
typedef struct {
  SksStore           *store;     /* the caller's, for the first share */
  const char         *path;      /* to open another connection */
  const char * const *reads;
  gint64              from_id;
  gint64              to_id;
  GHashTable         *engines;   /* round id → SksRuleEngine */
  GHashTable         *peers;
  GCancellable       *cancellable;
  GArray             *ids;
  GArray             *verdicts;
  GError             *error;
} Share;

static gpointer
check_share (gpointer data)
{
  Share *share = data;
  g_autoptr(SksStore) own = NULL;
  g_autoptr(SksStudioReader) reader = NULL;
  g_autoptr(SksStudio) studio = sks_studio_new ();
  SksStore *store = share->store;

  /* Filled again for each application; nobody watches it */
  sks_studio_unwatch_team (studio);
  if (store == NULL &&
      (store = own = sks_store_open (share->path,
                                     SKS_STORE_OPEN_READ_ONLY | SKS_STORE_OPEN_DEFER_CHECK |
                                     SKS_STORE_OPEN_ONE_THREAD, &share->error)) == NULL)
    return NULL;
  if ((reader = sks_studio_reader_new (store, share->reads, share->from_id, share->to_id,
                                       &share->error)) == NULL)
    return NULL;
  while (sks_studio_reader_next (reader, studio, &share->error))
    {
      gint64 id = sks_studio_get_id (studio), round_id = sks_studio_get_round_id (studio);
      SksRuleEngine *engine = g_hash_table_lookup (share->engines, &round_id);
      gint8 verdict = engine ? (gint8) _sks_rule_engine_status_of (engine, studio, share->peers)
                             : -1;

      g_array_append_val (share->ids, id);
      g_array_append_val (share->verdicts, verdict);
      if (share->ids->len % 4096 == 0 &&
          g_cancellable_set_error_if_cancelled (share->cancellable, &share->error))
        break;
    }
  return NULL;
}

/* The processors share the applications by id (ids are the rows' keys, so
 * the ranges are near even); each share is read on its own connection, as
 * a reader in a document in WAL mode never waits for another. A document
 * in memory has one connection: one share. */
static gboolean
run_verdicts_only (SksDocumentCheck    *self,
                   SksStore            *store,
                   GHashTable          *policies,
                   const char * const  *reads,
                   GHashTable          *peers,
                   GCancellable        *cancellable,
                   GError             **error)
{
  g_autoptr(GHashTable) engines = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                         g_object_unref);
  const char *path = sks_store_get_path (store);
  guint n_shares = path == NULL ? 1
                   : forced_shares > 0 ? forced_shares
                   : CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
  Share shares[MAX_WORKERS];
  GThread *threads[MAX_WORKERS] = { NULL, };
  GHashTableIter iter;
  gpointer key, value;
  gint64 min_id, max_id;
  gboolean ok = TRUE;

  if (!sks_store_get_studio_id_range (store, &min_id, &max_id, error))
    return FALSE;
  if (max_id - min_id < min_share_span)
    n_shares = 1;
  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (engines, key, sks_rule_engine_new (value));

  for (guint t = 0; t < n_shares; t++)
    {
      gint64 span = max_id - min_id + 1;

      shares[t] = (Share) {
        t == 0 ? store : NULL, path, reads,
        t == 0 ? G_MININT64 : min_id + span * t / n_shares,
        t == n_shares - 1 ? G_MAXINT64 : min_id + span * (t + 1) / n_shares,
        engines, peers, cancellable,
        g_array_new (FALSE, FALSE, sizeof (gint64)), g_array_new (FALSE, FALSE, sizeof (gint8)),
        NULL,
      };
      if (t > 0)
        threads[t] = g_thread_new ("sks-check", check_share, &shares[t]);
    }
  check_share (&shares[0]);
  for (guint t = 1; t < n_shares; t++)
    g_thread_join (threads[t]);

  /* The shares' ids ascend, and so do the shares */
  for (guint t = 0; t < n_shares; t++)
    {
      if (ok && shares[t].error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&shares[t].error));
          ok = FALSE;
        }
      g_clear_error (&shares[t].error);
      if (ok)
        {
          g_array_append_vals (self->ids, shares[t].ids->data, shares[t].ids->len);
          g_array_append_vals (self->verdicts, shares[t].verdicts->data,
                               shares[t].verdicts->len);
        }
      g_array_unref (shares[t].ids);
      g_array_unref (shares[t].verdicts);
    }
  return ok;
}

/**
 * sks_document_check_run:
 * @store: the document
 * @policies: (element-type gint64 SksPolicy): the rounds to check (round id
 *   as a pointer to #gint64, with g_int64_hash()) and each one's profile
 * @flags: %SKS_DOCUMENT_CHECK_VERDICTS_ONLY when no report is wanted: then
 *   no application is kept, and sks_document_check_get_report() has none
 * @cancellable: (nullable)
 *
 * Checks every application of the rounds in @policies against its round's
 * profile. Every application not in the trash counts for master.duplicate,
 * whatever its round. Runs in any thread that may use @store.
 *
 * Returns: (transfer full) (nullable): the verdicts, or %NULL with @error
 *   set when the document cannot be read or the check was cancelled
 */
SksDocumentCheck *
sks_document_check_run (SksStore              *store,
                        GHashTable            *policies,
                        SksDocumentCheckFlags  flags,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_autoptr(SksDocumentCheck) self = NULL;
  g_autoptr(GHashTable) peers = NULL;
  g_autoptr(GHashTable) fields = NULL;
  g_autofree char **reads = NULL;
  GHashTableIter iter;
  gpointer value;
  gboolean ok;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (policies != NULL, NULL);

  /* Only what the rounds' rules read */
  fields = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    _sks_policy_add_reads (value, fields);
  reads = _sks_reads_to_strv (fields);

  if ((peers = index_shared_leaders (store, error)) == NULL)
    return NULL;
  self = g_object_new (SKS_TYPE_DOCUMENT_CHECK, NULL);
  if (flags & SKS_DOCUMENT_CHECK_VERDICTS_ONLY)
    ok = run_verdicts_only (self, store, policies, (const char * const *) reads, peers,
                            cancellable, error);
  else
    ok = run_with_reports (self, store, policies, (const char * const *) reads, peers,
                           cancellable, error);
  return ok ? g_steal_pointer (&self) : NULL;
}

/**
 * sks_document_check_forget_reports:
 *
 * Frees the rounds' reports (and the applications they hold), keeping the
 * verdicts: for a caller that wants only these, in the thread that ran the
 * check, so that another thread does not spend its time freeing them.
 */
void
sks_document_check_forget_reports (SksDocumentCheck *self)
{
  g_return_if_fail (SKS_IS_DOCUMENT_CHECK (self));
  g_hash_table_remove_all (self->reports);
}

static gpointer
free_reports_thread (gpointer data)
{
  g_hash_table_unref (data);
  return NULL;
}

/**
 * sks_document_check_forget_reports_later:
 *
 * As sks_document_check_forget_reports(), but the reports are freed in a
 * thread of their own: freeing 100,000 applications takes about as long as
 * reading them, and whoever waits for the verdicts need not wait for that.
 */
void
sks_document_check_forget_reports_later (SksDocumentCheck *self)
{
  GHashTable *reports;

  g_return_if_fail (SKS_IS_DOCUMENT_CHECK (self));

  if (g_hash_table_size (self->reports) == 0)
    return;
  reports = g_steal_pointer (&self->reports);
  self->reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_thread_unref (g_thread_new ("sks-check-free", free_reports_thread, reports));
}

/* How many applications were read: those of every round, checked or not. */
guint
sks_document_check_get_n_studios (SksDocumentCheck *self)
{
  g_return_val_if_fail (SKS_IS_DOCUMENT_CHECK (self), 0);
  return self->ids->len;
}

/* The ids ascend with @position. */
gint64
sks_document_check_get_studio_id (SksDocumentCheck *self,
                                  guint             position)
{
  g_return_val_if_fail (SKS_IS_DOCUMENT_CHECK (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

/* Returns: the application's overall SksVerdictStatus (the worst of its
 *   rules), or -1 when its round was not checked */
int
sks_document_check_get_verdict (SksDocumentCheck *self,
                                guint             position)
{
  g_return_val_if_fail (SKS_IS_DOCUMENT_CHECK (self), -1);
  g_return_val_if_fail (position < self->verdicts->len, -1);
  return g_array_index (self->verdicts, gint8, position);
}

/* Returns: the verdict of application @studio_id as
 *   sks_document_check_get_verdict() gives it; -1 for one not read */
int
sks_document_check_lookup (SksDocumentCheck *self,
                           gint64            studio_id)
{
  guint lo = 0, hi;

  g_return_val_if_fail (SKS_IS_DOCUMENT_CHECK (self), -1);

  hi = self->ids->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 id = g_array_index (self->ids, gint64, mid);

      if (id == studio_id)
        return g_array_index (self->verdicts, gint8, mid);
      if (id < studio_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

/* Returns: (transfer none) (nullable): the report of round @round_id, with
 *   every verdict of its applications and recommending units; %NULL for a
 *   round not checked */
SksRoundReport *
sks_document_check_get_report (SksDocumentCheck *self,
                               gint64            round_id)
{
  g_return_val_if_fail (SKS_IS_DOCUMENT_CHECK (self), NULL);
  return g_hash_table_lookup (self->reports, &round_id);
}
