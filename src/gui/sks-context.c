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

struct _SksContext
{
  GObject     parent_instance;

  SksStore   *store;
  GSettings  *settings;
  GListStore *studios;       /* of SksStudioRow; kept, refilled by reload */
  char       *display_name;
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
sks_context_constructed (GObject *object)
{
  SksContext *self = SKS_CONTEXT (object);

  G_OBJECT_CLASS (sks_context_parent_class)->constructed (object);

  g_assert (SKS_IS_STORE (self->store));
  g_assert (G_IS_SETTINGS (self->settings));
  self->display_name = dup_display_name (sks_store_get_path (self->store));
}

static void
sks_context_dispose (GObject *object)
{
  SksContext *self = SKS_CONTEXT (object);

  g_clear_object (&self->studios);
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
}

static void
sks_context_init (SksContext *self)
{
  self->studios = g_list_store_new (SKS_TYPE_STUDIO_ROW);
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

  rows = sks_store_list_studio_rows (self->store, 0, 0, 0, error);
  if (rows == NULL)
    return FALSE;

  n_items = g_list_model_get_n_items (rows);
  items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));

  g_list_store_splice (self->studios, 0, g_list_model_get_n_items (G_LIST_MODEL (self->studios)),
                       items->pdata, items->len);
  return TRUE;
}

/* The integrity check reads the whole file and the daily backup copies it;
 * run both off the main thread so the window stays responsive. A damaged
 * document is never backed up: its backups would push the good ones out. */
static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SksStore *store = task_data;
  g_autoptr(GError) error = NULL;
  char *backup_path = NULL;

  if (sks_store_check_integrity (store, &error))
    backup_path = sks_store_backup_if_due (store, &error);

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
