/* sks-store-peers.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole-document check (skill-studio-cli check, the window's check)
 * compares each leader with every application of the document. The form
 * needs the same answer for one leader while the user types, so it asks
 * the store instead of loading the document: the applications whose
 * leader has the same ID number, found through the masters_id_number
 * index, whatever the document's size. Applications in the trash
 * (studios.deleted set) are gone for this purpose.
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-store-peers.h"
#include "sks-store-private.h"

static const char select_peers_sql[] =
  "SELECT s.uuid, s.name, s.round_id, s.status FROM masters m"
  " JOIN studios s ON s.id = m.studio_id"
  " WHERE m.id_number = ?1 AND s.id != ?2 AND s.deleted IS NULL"
  " ORDER BY s.id";

/* The ID numbers on more than one application (through the index, so the
 * applications themselves are read only for those), with their
 * applications not in the trash. */
static const char select_shared_sql[] =
  "SELECT m.id_number, s.uuid, s.name, s.round_id, s.status FROM masters m"
  " JOIN studios s ON s.id = m.studio_id"
  " WHERE s.deleted IS NULL AND m.id_number IN"
  "  (SELECT id_number FROM masters WHERE id_number <> ''"
  "   GROUP BY id_number HAVING COUNT(*) > 1)"
  " ORDER BY s.id";

static const char count_others_sql[] =
  "SELECT COUNT(*) FROM studios WHERE id != ?1 AND deleted IS NULL";

void
sks_store_peer_free (SksStorePeer *peer)
{
  if (peer == NULL)
    return;
  g_free (peer->uuid);
  g_free (peer->name);
  g_free (peer);
}

static SksStorePeer *
peer_from_stmt (sqlite3_stmt *stmt,
                int           first)
{
  SksStorePeer *peer = g_new0 (SksStorePeer, 1);
  int status = SKS_STATUS_DRAFT;

  peer->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, first));
  peer->name = g_strdup ((const char *) sqlite3_column_text (stmt, first + 1));
  peer->round_id = sqlite3_column_int64 (stmt, first + 2);
  sks_enum_from_nick (SKS_TYPE_STATUS, (const char *) sqlite3_column_text (stmt, first + 3),
                      &status);
  peer->status = status;
  return peer;
}

/**
 * sks_store_find_master_peers:
 * @id_number: the leader's ID number
 * @exclude_studio_id: the application asking (never its own peer), or 0
 *
 * Returns: (transfer full) (nullable) (element-type SksStorePeer): the
 *   other applications, not deleted, whose leader has @id_number; %NULL
 *   with @error set when the document cannot be read
 */
GPtrArray *
sks_store_find_master_peers (SksStore    *self,
                             const char  *id_number,
                             gint64       exclude_studio_id,
                             GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) peers = NULL;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (id_number != NULL, NULL);

  if (!(stmt = _sks_store_get_statement (self, select_peers_sql, error)))
    return NULL;
  peers = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_store_peer_free);
  sqlite3_bind_text (stmt, 1, id_number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, exclude_studio_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (peers, peer_from_stmt (stmt, 0));
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&peers);
}

/**
 * sks_store_foreach_shared_leader:
 * @func: called with each ID number and one application it leads, for
 *   every ID number that more than one application gives (@func takes the
 *   peer)
 *
 * What the whole-document check compares leaders with: a leader whose ID
 * number no other application gives has no peer, so only the others are
 * read. Found through the masters_id_number index.
 *
 * Returns: %FALSE with @error set when the document cannot be read
 */
gboolean
sks_store_foreach_shared_leader (SksStore              *self,
                                 SksStoreSharedLeaderFunc func,
                                 gpointer               user_data,
                                 GError               **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!(stmt = _sks_store_get_statement (self, select_shared_sql, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func ((const char *) sqlite3_column_text (stmt, 0), peer_from_stmt (stmt, 1), user_data);
  return _sks_store_rows_done (self, rc, error);
}

/**
 * sks_store_count_other_studios:
 * @exclude_studio_id: the application asking, or 0
 *
 * Returns: how many other applications (not deleted) the document holds,
 *   or -1 with @error set
 */
gint64
sks_store_count_other_studios (SksStore  *self,
                               gint64     exclude_studio_id,
                               GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  gint64 count;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), -1);

  if (!(stmt = _sks_store_get_statement (self, count_others_sql, error)))
    return -1;
  sqlite3_bind_int64 (stmt, 1, exclude_studio_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _sks_store_rows_done (self, rc, error);
      return -1;
    }
  count = sqlite3_column_int64 (stmt, 0);
  return count;
}
