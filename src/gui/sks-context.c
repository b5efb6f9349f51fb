/* sks-context.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-context.h"
#include "sks-document-check.h"
#include "sks-row-store.h"
#include "sks-rule-engine.h"

struct _SksContext
{
  GObject     parent_instance;

  SksStore   *store;
  GSettings  *settings;
  SksRowStore *studios;      /* of SksStudioRow; kept, refilled by reload */
  char       *display_name;
  GListStore *rounds;        /* of SksRound, refilled by reload */
  GHashTable *recommenders;  /* round id → GListModel of SksRecommender */
  GHashTable *policies;      /* policy id → SksPolicy, or NULL when unknown */
};

G_DEFINE_FINAL_TYPE (SksContext, sks_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_STUDIOS,
  PROP_PATH,
  PROP_DISPLAY_NAME,
  PROP_READ_ONLY,
  PROP_READ_ONLY_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STUDIO_SAVED,
  VERDICTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define DOCUMENT_SUFFIX ".skillstudio"

static char *
dup_display_name (const char *path)
{
  g_autofree char *default_path = sks_store_dup_default_path ();
  g_autofree char *basename = NULL;

  if (g_strcmp0 (path, default_path) == 0)
    return g_strdup (_("Default Document"));

  basename = g_filename_display_basename (path);
  if (g_str_has_suffix (basename, DOCUMENT_SUFFIX) &&
      strlen (basename) > strlen (DOCUMENT_SUFFIX))
    basename[strlen (basename) - strlen (DOCUMENT_SUFFIX)] = '\0';
  return g_steal_pointer (&basename);
}

static void
user_name_changed_cb (SksContext *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "user-name");

  sks_store_set_user (self->store, g_strstrip (name));
}

static void
sks_context_constructed (GObject *object)
{
  SksContext *self = SKS_CONTEXT (object);

  G_OBJECT_CLASS (sks_context_parent_class)->constructed (object);

  g_assert (SKS_IS_STORE (self->store));
  g_assert (G_IS_SETTINGS (self->settings));
  self->display_name = dup_display_name (sks_store_get_path (self->store));
  /* Who is working: Preferences' name, followed while the document is open */
  g_signal_connect_object (self->settings, "changed::user-name", G_CALLBACK (user_name_changed_cb),
                           self, G_CONNECT_SWAPPED);
  user_name_changed_cb (self);
}

static void
sks_context_dispose (GObject *object)
{
  SksContext *self = SKS_CONTEXT (object);

  g_clear_object (&self->studios);
  g_clear_object (&self->rounds);
  g_clear_pointer (&self->recommenders, g_hash_table_unref);
  g_clear_pointer (&self->policies, g_hash_table_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sks_context_parent_class)->dispose (object);
}

static void
sks_context_finalize (GObject *object)
{
  SksContext *self = SKS_CONTEXT (object);

  g_free (self->display_name);
  G_OBJECT_CLASS (sks_context_parent_class)->finalize (object);
}

static void
sks_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SksContext *self = SKS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_STUDIOS:
      g_value_set_object (value, self->studios);
      break;
    case PROP_PATH:
      g_value_set_string (value, sks_context_get_path (self));
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, sks_context_get_read_only (self));
      break;
    case PROP_READ_ONLY_REASON:
      g_value_set_string (value, sks_context_get_read_only_reason (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SksContext *self = SKS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_context_class_init (SksContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags derived = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sks_context_constructed;
  object_class->dispose = sks_context_dispose;
  object_class->finalize = sks_context_finalize;
  object_class->get_property = sks_context_get_property;
  object_class->set_property = sks_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SKS_TYPE_STORE, construct);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, construct);
  /* The document's applications (SksStudioRow), in creation order; the
   * model object stays the same across reloads. */
  properties[PROP_STUDIOS] =
    g_param_spec_object ("studios", NULL, NULL, G_TYPE_LIST_MODEL, derived);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, derived);
  /* The name to show for the document: its file name without extension */
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, derived);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, derived);
  /* Why the document is read-only, translated; NULL when it is not */
  properties[PROP_READ_ONLY_REASON] =
    g_param_spec_string ("read-only-reason", NULL, NULL, NULL, derived);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksContext::studio-saved:
   * @studio_id: the application's row id
   *
   * An editor saved (or created) an application; lists showing it refresh.
   */
  signals[STUDIO_SAVED] =
    g_signal_new ("studio-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * SksContext::verdicts-changed:
   *
   * The rows' verdicts (sks_studio_row_get_verdict()) were set by a check of
   * the whole document; the rows themselves are the same objects.
   */
  signals[VERDICTS_CHANGED] =
    g_signal_new ("verdicts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* For the policies table, which keeps NULL for a profile not found. */
static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
sks_context_init (SksContext *self)
{
  self->studios = sks_row_store_new (SKS_TYPE_STUDIO_ROW);
  self->rounds = g_list_store_new (SKS_TYPE_ROUND);
  self->recommenders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              g_object_unref);
  self->policies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_if_set);
}

/**
 * sks_context_new:
 *
 * The context takes a reference on @store and @settings. The list of
 * applications stays empty until sks_context_reload().
 */
SksContext *
sks_context_new (SksStore  *store,
                 GSettings *settings)
{
  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SKS_TYPE_CONTEXT, "store", store, "settings", settings, NULL);
}

SksStore *
sks_context_get_store (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return self->store;
}

GSettings *
sks_context_get_settings (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return self->settings;
}

/* Returns: (transfer none): the document's applications, of SksStudioRow */
GListModel *
sks_context_get_studios (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return G_LIST_MODEL (self->studios);
}

const char *
sks_context_get_path (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return sks_store_get_path (self->store);
}

const char *
sks_context_get_display_name (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return self->display_name;
}

gboolean
sks_context_get_read_only (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), FALSE);
  return sks_store_get_read_only (self->store);
}

const char *
sks_context_get_read_only_reason (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return sks_store_get_read_only (self->store) ? sks_store_get_read_only_reason (self->store)
                                                : NULL;
}

static gboolean
reload_rounds (SksContext  *self,
               GError     **error)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (self->store, error);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) recommenders = NULL;
  guint n_rounds;

  if (rounds == NULL)
    return FALSE;

  n_rounds = g_list_model_get_n_items (rounds);
  items = g_ptr_array_new_full (n_rounds, g_object_unref);
  recommenders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < n_rounds; i++)
    {
      SksRound *round = g_list_model_get_item (rounds, i);
      gint64 round_id = sks_round_get_id (round);
      GListModel *units = sks_store_list_recommenders (self->store, round_id, error);

      g_ptr_array_add (items, round);
      if (units == NULL)
        return FALSE;
      g_hash_table_insert (recommenders, g_memdup2 (&round_id, sizeof round_id), units);
    }

  g_clear_pointer (&self->recommenders, g_hash_table_unref);
  self->recommenders = g_steal_pointer (&recommenders);
  g_list_store_splice (self->rounds, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rounds)),
                       items->pdata, items->len);
  return TRUE;
}

/* Returns: (transfer none): the document's rounds, of SksRound */
GListModel *
sks_context_get_rounds (SksContext *self)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return G_LIST_MODEL (self->rounds);
}

/* Returns: (transfer none) (nullable): the round's recommending units */
GListModel *
sks_context_get_recommenders (SksContext *self,
                              gint64      round_id)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);
  return g_hash_table_lookup (self->recommenders, &round_id);
}

/* Returns: (transfer none) (nullable): the round with id @round_id */
SksRound *
sks_context_find_round (SksContext *self,
                        gint64      round_id)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rounds)); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (sks_round_get_id (round) == round_id)
        return round; /* the store keeps its reference */
    }
  return NULL;
}

/**
 * sks_context_get_policy:
 *
 * Returns: (transfer none) (nullable): the policy profile of the round, or
 *   %NULL when the round names a profile this installation does not have
 */
SksPolicy *
sks_context_get_policy (SksContext *self,
                        gint64      round_id)
{
  SksRound *round;
  const char *policy_id;
  gpointer policy;

  g_return_val_if_fail (SKS_IS_CONTEXT (self), NULL);

  if ((round = sks_context_find_round (self, round_id)) == NULL)
    return NULL;
  policy_id = sks_round_get_policy_id (round);
  if (policy_id == NULL)
    return NULL;
  if (!g_hash_table_lookup_extended (self->policies, policy_id, NULL, &policy))
    {
      g_autoptr(GError) error = NULL;

      policy = sks_policy_lookup (policy_id, &error);
      if (policy == NULL)
        g_warning ("Round %s: %s", sks_round_get_key (round), error->message);
      g_hash_table_insert (self->policies, g_strdup (policy_id), policy);
    }
  return policy;
}

/* Returns: (nullable): the day on which the round's ages are taken */
const GDate *
sks_context_get_reference_date (SksContext *self,
                                gint64      round_id)
{
  SksPolicy *policy = sks_context_get_policy (self, round_id);

  return policy != NULL ? sks_policy_get_reference_date (policy) : NULL;
}

/**
 * sks_context_reload:
 *
 * Reads the list of applications from the store again and replaces the
 * contents of the studios model in one splice (one items-changed).
 * On error the model keeps its old contents.
 */
gboolean
sks_context_reload (SksContext  *self,
                    GError     **error)
{
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n_items;

  g_return_val_if_fail (SKS_IS_CONTEXT (self), FALSE);

  if (!reload_rounds (self, error))
    return FALSE;
  rows = sks_store_list_studio_rows (self->store, 0, 0, 0, error);
  if (rows == NULL)
    return FALSE;

  n_items = g_list_model_get_n_items (rows);
  items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));

  sks_row_store_splice (self->studios, 0, g_list_model_get_n_items (G_LIST_MODEL (self->studios)),
                       items->pdata, items->len);
  return TRUE;
}

static const char *
find_recommender_name (SksContext *self,
                       gint64      round_id,
                       gint64      recommender_id)
{
  GListModel *units = sks_context_get_recommenders (self, round_id);

  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);

      if (sks_recommender_get_id (unit) == recommender_id)
        return sks_recommender_get_name (unit); /* the model keeps its reference */
    }
  return NULL;
}

/* The team's names, one a line, as the store's list of rows has them */
static char *
dup_team_names (SksStudio *studio)
{
  GListModel *team = sks_studio_get_team (studio);
  GString *names = g_string_new (NULL);

  for (guint i = 0; team != NULL && i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);
      const char *name = sks_team_member_get_name (member);

      if (name == NULL || *name == '\0')
        continue;
      if (names->len > 0)
        g_string_append_c (names, '\n');
      g_string_append (names, name);
    }
  return g_string_free (names, FALSE);
}

/* The list's row for @studio, with its live verdict when the round's
 * policy is known. */
static SksStudioRow *
row_from_studio (SksContext *self,
                 SksStudio  *studio)
{
  SksMaster *master = sks_studio_get_master (studio);
  gint64 round_id = sks_studio_get_round_id (studio);
  SksPolicy *policy = sks_context_get_policy (self, round_id);
  SksStudioRowData data = {
    .id = sks_studio_get_id (studio),
    .round_id = round_id,
    .recommender_id = sks_studio_get_recommender_id (studio),
    .name = sks_studio_get_name (studio),
    .master_name = sks_master_get_name (master),
    .recommender_name = find_recommender_name (self, round_id,
                                               sks_studio_get_recommender_id (studio)),
    .unit_name = sks_unit_get_name (sks_studio_get_unit (studio)),
    .skill_level = sks_master_get_skill_level (master),
    .birth = sks_master_get_birth (master),
    .gender = sks_master_get_gender (master),
    .status = sks_studio_get_status (studio),
    .modified = sks_studio_get_modified (studio),
    .occupation = sks_master_get_occupation (master),
  };
  g_autofree char *team_names = dup_team_names (studio);
  SksStudioRow *row;

  data.team_names = team_names;
  row = sks_studio_row_new (&data);

  if (policy != NULL)
    {
      g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);

      /* Compared with the whole document, as the document check does, so
       * that a save never changes a verdict the check would not. */
      sks_rule_engine_set_peer_store (engine, self->store, sks_studio_get_id (studio));
      sks_rule_engine_set_studio (engine, studio);
      sks_studio_row_set_verdict (row, sks_rule_engine_get_status (engine));
    }
  return row;
}

static gboolean
find_row (SksContext *self,
          gint64      studio_id,
          guint      *position)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->studios));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (G_LIST_MODEL (self->studios), i);

      if (sks_studio_row_get_id (row) == studio_id)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * sks_context_studio_saved:
 *
 * Tells the lists that the application @studio_id changed in the store
 * (saved, created or deleted): its row is read again, with its verdict,
 * and #SksContext::studio-saved is emitted.
 */
void
sks_context_studio_saved (SksContext *self,
                          gint64      studio_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksStudioRow) row = NULL;
  guint position;
  gboolean known, in_trash = FALSE;

  g_return_if_fail (SKS_IS_CONTEXT (self));

  known = find_row (self, studio_id, &position);
  studio = sks_store_load_studio (self->store, studio_id, &error);
  if (studio != NULL &&
      sks_store_get_studio_state (self->store, studio_id, NULL, &in_trash, NULL) && in_trash)
    {
      /* Moved to the trash (回收站): it leaves the lists as if deleted. */
      g_clear_object (&studio);
      g_set_error_literal (&error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND, "");
    }
  if (studio != NULL)
    {
      row = row_from_studio (self, studio);
      if (known)
        sks_row_store_splice (self->studios, position, 1, (gpointer *) &row, 1);
      else
        sks_row_store_append (self->studios, row);
    }
  else if (known && g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND))
    sks_row_store_remove (self->studios, position);
  else if (error != NULL)
    g_warning ("Could not read application %" G_GINT64_FORMAT ": %s", studio_id, error->message);

  g_signal_emit (self, signals[STUDIO_SAVED], 0, studio_id);
}

/* Verdicts */

typedef struct {
  char   *path;
  GArray *rounds;  /* of RoundPolicy */
} CheckData;

typedef struct {
  gint64     round_id;
  SksPolicy *policy;
} RoundPolicy;

static void
round_policy_clear (gpointer data)
{
  g_clear_object (&((RoundPolicy *) data)->policy);
}

static void
check_data_free (CheckData *data)
{
  g_free (data->path);
  g_array_unref (data->rounds);
  g_free (data);
}

/* Reads the document through its own read-only connection, so the main
 * thread's connection stays free, and returns the SksDocumentCheck. */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GHashTable) policies = g_hash_table_new (g_int64_hash, g_int64_equal);
  SksDocumentCheck *check = NULL;

  store = sks_store_open (data->path, SKS_STORE_OPEN_READ_ONLY | SKS_STORE_OPEN_DEFER_CHECK |
                          SKS_STORE_OPEN_ONE_THREAD, &error);
  for (guint i = 0; store != NULL && i < data->rounds->len; i++)
    {
      RoundPolicy *round = &g_array_index (data->rounds, RoundPolicy, i);
      g_hash_table_insert (policies, &round->round_id, round->policy);
    }
  if (store != NULL)
    check = sks_document_check_run (store, policies, SKS_DOCUMENT_CHECK_VERDICTS_ONLY,
                                    cancellable, &error);
  if (check == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, check, g_object_unref);
}

/**
 * sks_context_check_async:
 *
 * Checks every application of every round against its policy profile in a
 * worker thread; sks_context_check_finish() stores the verdicts in the rows
 * (sks_studio_row_get_verdict()) and refreshes the list.
 */
void
sks_context_check_async (SksContext          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (SKS_IS_CONTEXT (self));

  data = g_new0 (CheckData, 1);
  data->path = g_strdup (sks_store_get_path (self->store));
  data->rounds = g_array_new (FALSE, TRUE, sizeof (RoundPolicy));
  g_array_set_clear_func (data->rounds, round_policy_clear);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rounds)); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);
      SksPolicy *policy = sks_context_get_policy (self, sks_round_get_id (round));
      RoundPolicy item = { sks_round_get_id (round), policy ? g_object_ref (policy) : NULL };

      if (policy != NULL)
        g_array_append_val (data->rounds, item);
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sks_context_check_async);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  g_task_run_in_thread (task, check_thread);
}

gboolean
sks_context_check_finish (SksContext    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_autoptr(SksDocumentCheck) check = NULL;
  guint n_items;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  check = g_task_propagate_pointer (G_TASK (result), error);
  if (check == NULL)
    return FALSE;

  /* Set in place, not by replacing the rows: a splice of 100,000 rows
   * would sort them again and rebuild the list. A row whose round was not
   * checked keeps what it had. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->studios));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (G_LIST_MODEL (self->studios), i);
      int verdict = sks_document_check_lookup (check, sks_studio_row_get_id (row));

      if (verdict >= 0)
        sks_studio_row_set_verdict (row, verdict);
    }
  g_signal_emit (self, signals[VERDICTS_CHANGED], 0);
  return TRUE;
}

/* The full check reads the whole file (pages, indexes, attachments) and the
 * daily backup copies it; run both off the main thread so the window stays
 * responsive. A damaged document is never backed up: its backups would push
 * the good ones out. */
static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SksStore *store = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) attachment_error = NULL;
  char *backup_path = NULL;

  /* An attachment that no longer matches its checksum is reported, but the
   * rest of the document is sound and still backed up. */
  if (!sks_store_check_integrity (store, &error) &&
      g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT))
    attachment_error = g_steal_pointer (&error);
  if (error == NULL)
    backup_path = sks_store_backup_if_due (store, &error);
  if (error == NULL && attachment_error != NULL)
    {
      g_free (backup_path);
      error = g_steal_pointer (&attachment_error);
    }

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, backup_path, g_free);
}

/**
 * sks_context_backup_async:
 *
 * Makes the day's backup of the document in a worker thread, unless one
 * exists already or the document is read-only.
 */
void
sks_context_backup_async (SksContext          *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SKS_IS_CONTEXT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sks_context_backup_async);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, backup_thread);
}

/**
 * sks_context_backup_finish:
 *
 * Returns: (transfer full) (nullable): the new backup's path; %NULL with
 *   @error unset when no backup was due
 */
char *
sks_context_backup_finish (SksContext    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
