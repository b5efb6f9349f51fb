/* sks-store-trash.c — the document's trash (回收站)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deleting an application marks it (studios.deleted, deleted_by) instead of
 * removing it: everything that treats applications as live (lists, counts,
 * search, checks, exports) skips marked rows, and the trash lists them until
 * the user restores them or empties it. Only emptying removes rows, with
 * their team, attachments and history; the round's history keeps a line for
 * each. Which applications may go is the core's rule (sks-deletion.c), the
 * same for the app and the CLI.
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-deletion.h"
#include "sks-store-private.h"

typedef struct {
  gint64    id;
  gint64    round_id;
  SksStatus status;
  char     *name;
  char     *master_name;
  gboolean  deleted;
} StudioState;

static void
studio_state_clear (StudioState *state)
{
  g_clear_pointer (&state->name, g_free);
  g_clear_pointer (&state->master_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StudioState, studio_state_clear)

static gboolean
read_state (SksStore     *self,
            gint64        id,
            StudioState  *state,
            GError      **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  int status = SKS_STATUS_DRAFT;
  int rc;

  stmt = _sks_store_get_statement (self, "SELECT s.round_id, s.status, s.name, m.name,"
                                         " s.deleted IS NOT NULL FROM studios s"
                                         " LEFT JOIN masters m ON m.studio_id = s.id"
                                         " WHERE s.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      if (rc == SQLITE_DONE)
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("Application %s is not in the document"), id_text);
      else
        _sks_store_rows_done (self, rc, error);
      return FALSE;
    }
  state->id = id;
  state->round_id = sqlite3_column_int64 (stmt, 0);
  sks_enum_from_nick (SKS_TYPE_STATUS, (const char *) sqlite3_column_text (stmt, 1), &status);
  state->status = status;
  state->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  state->master_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  state->deleted = sqlite3_column_int (stmt, 4);
  return TRUE;
}

static gboolean
write_history_row (SksStore     *self,
                   StudioState  *state,
                   const char   *action,
                   const char   *now,
                   const char   *reason,
                   GError      **error)
{
  g_autoptr(SksHistoryEntry) entry =
    sks_history_entry_new_change (now, action, NULL, NULL, NULL, sks_store_get_user (self),
                                  reason);

  return _sks_store_write_history (self, state->id, entry, error);
}

/* The round's history, which outlives the application. */
static gboolean
write_round_event (SksStore     *self,
                   StudioState  *state,
                   const char   *action,
                   const char   *reason,
                   GError      **error)
{
  return _sks_store_write_round_event (self, state->round_id, action, state->id, state->name,
                                       state->master_name, NULL, reason, error);
}

static gboolean
set_deleted (SksStore     *self,
             gint64        id,
             const char   *now,
             GError      **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  stmt = _sks_store_get_statement (self, "UPDATE studios SET deleted = ?2, deleted_by = ?3"
                                         " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (now != NULL)
    {
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
    }
  return _sks_store_step_done (self, stmt, error);
}

typedef struct {
  const gint64 *ids;
  guint         n_ids;
} IdList;

static gboolean
write_trash (SksStore  *self,
             gpointer   data,
             GError   **error)
{
  IdList *list = data;
  g_autofree char *now = _sks_store_now_iso8601 ();

  for (guint i = 0; i < list->n_ids; i++)
    {
      g_auto(StudioState) state = { 0 };
      g_autofree char *refusal = NULL;

      if (!read_state (self, list->ids[i], &state, error))
        return FALSE;
      if (state.deleted)
        {
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                       _("“%s” is already in the trash"), state.name ? state.name : "");
          return FALSE;
        }
      if ((refusal = sks_status_dup_delete_refusal (state.status, state.name)) != NULL)
        {
          g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED, refusal);
          return FALSE;
        }
      if (!set_deleted (self, state.id, now, error) ||
          !write_history_row (self, &state, "deleted", now, NULL, error) ||
          !write_round_event (self, &state, "deleted", NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_store_delete_studios:
 * @ids: (array length=n_ids): applications to move to the trash
 *
 * Moves applications to the trash in one transaction: all of them, or none
 * when one may not go (%SKS_STORE_ERROR_NOT_ALLOWED: it was submitted) or is
 * not there. Each keeps a "deleted" line in its history, with who and when.
 */
gboolean
sks_store_delete_studios (SksStore      *self,
                          const gint64  *ids,
                          guint          n_ids,
                          GError       **error)
{
  IdList list = { ids, n_ids };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return _sks_store_in_transaction (self, write_trash, &list, error);
}

/* Moves one application to the trash; see sks_store_delete_studios(). */
gboolean
sks_store_delete_studio (SksStore  *self,
                         gint64     id,
                         GError   **error)
{
  return sks_store_delete_studios (self, &id, 1, error);
}

static gboolean
write_restore (SksStore  *self,
               gpointer   data,
               GError   **error)
{
  IdList *list = data;
  g_autofree char *now = _sks_store_now_iso8601 ();

  for (guint i = 0; i < list->n_ids; i++)
    {
      g_auto(StudioState) state = { 0 };

      if (!read_state (self, list->ids[i], &state, error))
        return FALSE;
      if (!state.deleted)
        {
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                       _("“%s” is not in the trash"), state.name ? state.name : "");
          return FALSE;
        }
      if (!set_deleted (self, state.id, NULL, error) ||
          !write_history_row (self, &state, "restored", now, NULL, error) ||
          !write_round_event (self, &state, "restored", NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_store_restore_studios:
 * @ids: (array length=n_ids): applications in the trash
 *
 * Puts applications back from the trash, as they were, in one transaction.
 */
gboolean
sks_store_restore_studios (SksStore      *self,
                           const gint64  *ids,
                           guint          n_ids,
                           GError       **error)
{
  IdList list = { ids, n_ids };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  return _sks_store_in_transaction (self, write_restore, &list, error);
}

gboolean
sks_store_restore_studio (SksStore  *self,
                          gint64     id,
                          GError   **error)
{
  return sks_store_restore_studios (self, &id, 1, error);
}

static GArray *
deleted_ids (SksStore  *self,
             gint64     id,
             GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = _sks_store_get_statement (self, "SELECT id FROM studios WHERE deleted IS NOT NULL"
                                         " AND (?1 = 0 OR id = ?1) ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 found = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, found);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

typedef struct {
  gint64  id;
  guint   n_purged;
} Purge;

static gboolean
write_purge (SksStore  *self,
             gpointer   data,
             GError   **error)
{
  Purge *purge = data;
  g_autoptr(GArray) ids = deleted_ids (self, purge->id, error);

  if (ids == NULL)
    return FALSE;
  if (purge->id != 0 && ids->len == 0)
    {
      g_auto(StudioState) state = { 0 };

      if (read_state (self, purge->id, &state, error))
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("“%s” is not in the trash"), state.name ? state.name : "");
      return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(StudioState) state = { 0 };
      g_autoptr(SksCachedStmt) stmt = NULL;

      if (!read_state (self, g_array_index (ids, gint64, i), &state, error) ||
          !write_round_event (self, &state, "purged", NULL, error))
        return FALSE;
      stmt = _sks_store_get_statement (self, "DELETE FROM studios WHERE id = ?1"
                                             " AND deleted IS NOT NULL", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state.id);
      if (!_sks_store_step_done (self, stmt, error))
        return FALSE;
    }
  purge->n_purged = ids->len;
  return TRUE;
}

/**
 * sks_store_purge_deleted:
 * @id: one application in the trash, or 0 for all of them
 * @n_purged: (out) (optional): how many were removed
 *
 * Empties the trash, or removes one application from it: the rows go for
 * good, with their team, attachments, evaluations and history. Only the
 * user's word calls this.
 */
gboolean
sks_store_purge_deleted (SksStore  *self,
                         gint64     id,
                         guint     *n_purged,
                         GError   **error)
{
  Purge purge = { id, 0 };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  if (n_purged != NULL)
    *n_purged = 0;
  if (!_sks_store_in_transaction (self, write_purge, &purge, error))
    return FALSE;
  if (n_purged != NULL)
    *n_purged = purge.n_purged;
  return TRUE;
}

static SksTrashEntry *
entry_from_stmt (sqlite3_stmt *stmt)
{
  int status = SKS_STATUS_DRAFT;
  SksTrashEntryData data = {
    .id = sqlite3_column_int64 (stmt, 0),
    .round_id = sqlite3_column_int64 (stmt, 1),
    .uuid = (const char *) sqlite3_column_text (stmt, 2),
    .name = (const char *) sqlite3_column_text (stmt, 3),
    .master_name = (const char *) sqlite3_column_text (stmt, 4),
    .recommender_name = (const char *) sqlite3_column_text (stmt, 5),
    .unit_name = (const char *) sqlite3_column_text (stmt, 6),
    .deleted = (const char *) sqlite3_column_text (stmt, 8),
    .deleted_by = (const char *) sqlite3_column_text (stmt, 9),
  };

  sks_enum_from_nick (SKS_TYPE_STATUS, (const char *) sqlite3_column_text (stmt, 7), &status);
  data.status = status;
  return sks_trash_entry_new (&data);
}

/**
 * sks_store_list_deleted_rows:
 *
 * Returns: (transfer full): the applications in the trash (#SksTrashEntry),
 *   the most recently deleted first
 */
GListModel *
sks_store_list_deleted_rows (SksStore  *self,
                             GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (SKS_TYPE_TRASH_ENTRY);
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  stmt = _sks_store_get_statement (self,
                                   "SELECT s.id, s.round_id, s.uuid, s.name, m.name, r.name,"
                                   "       u.name, s.status, s.deleted, s.deleted_by"
                                   " FROM studios s"
                                   " LEFT JOIN masters m ON m.studio_id = s.id"
                                   " LEFT JOIN units u ON u.studio_id = s.id"
                                   " LEFT JOIN recommenders r ON r.id = s.recommender_id"
                                   " WHERE s.deleted IS NOT NULL"
                                   " ORDER BY s.deleted DESC, s.id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksTrashEntry) entry = entry_from_stmt (stmt);
      g_list_store_append (store, entry);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * sks_store_get_studio_state:
 * @status: (out) (optional): its status
 * @deleted: (out) (optional): whether it is in the trash
 *
 * Returns: %FALSE with %SKS_STORE_ERROR_NOT_FOUND when @id is not in the
 *   document (neither in use nor in the trash)
 */
gboolean
sks_store_get_studio_state (SksStore   *self,
                            gint64      id,
                            SksStatus  *status,
                            gboolean   *deleted,
                            GError    **error)
{
  g_auto(StudioState) state = { 0 };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  if (!read_state (self, id, &state, error))
    return FALSE;
  if (status != NULL)
    *status = state.status;
  if (deleted != NULL)
    *deleted = state.deleted;
  return TRUE;
}
