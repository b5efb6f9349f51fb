/* sks-store-backup.c — backup copies kept beside the document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sks-store-private.h"

/* Backups are named DOCUMENT.backup-YYYYMMDD-HHMMSS, so that names sort by
 * time and a user sees at once which document a backup belongs to. */
#define BACKUP_INFIX ".backup-"

/* Creates @path with mode 0600 whatever the umask: documents hold ID numbers. */
gboolean
_sks_store_create_private_file (const char  *path,
                                GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the document “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);
  return TRUE;
}

char *
_sks_store_make_backup_path (const char *document_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *path = g_strconcat (document_path, BACKUP_INFIX, stamp, NULL);

  /* Two backups within one second (a migration right after a daily backup)
   * get a suffix rather than overwrite each other. */
  for (int i = 1; g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_free (path);
      path = g_strdup_printf ("%s%s%s-%d", document_path, BACKUP_INFIX, stamp, i);
    }
  return path;
}

/* Copies a live database page by page (sqlite3_backup_*), so other
 * connections may go on reading and writing meanwhile. */
gboolean
_sks_store_copy_database (sqlite3     *source,
                          const char  *dest_path,
                          GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!_sks_store_create_private_file (dest_path, error))
    return FALSE;

  rc = sqlite3_open (dest_path, &dest);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          do
            {
              rc = sqlite3_backup_step (backup, 256);
              if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep (10);
            }
          while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = sqlite3_errcode (dest);
        }
    }

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, dest, rc, dest_path);
      sqlite3_close (dest);
      g_unlink (dest_path);
      return FALSE;
    }

  /* A backup is one self-contained file. */
  _sks_store_exec (dest, "PRAGMA journal_mode = DELETE;", NULL);
  sqlite3_close (dest);
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char **) a, *(const char **) b);
}

/**
 * sks_store_list_backups:
 *
 * Returns: (transfer full): paths of the backups of @document_path, newest first
 */
GStrv
sks_store_list_backups (const char *document_path)
{
  g_autofree char *dirname = g_path_get_dirname (document_path);
  g_autofree char *basename = g_path_get_basename (document_path);
  g_autofree char *prefix = g_strconcat (basename, BACKUP_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  GPtrArray *paths = g_ptr_array_new ();
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm") && !g_str_has_suffix (name, "-journal"))
      g_ptr_array_add (paths, g_build_filename (dirname, name, NULL));

  g_ptr_array_sort (paths, compare_newest_first);
  g_ptr_array_add (paths, NULL);
  return (GStrv) g_ptr_array_free (paths, FALSE);
}

static void
prune_backups (const char *document_path)
{
  g_auto(GStrv) backups = sks_store_list_backups (document_path);
  guint n_backups = g_strv_length (backups);

  for (guint i = SKS_STORE_BACKUPS_KEPT; i < n_backups; i++)
    g_unlink (backups[i]);
}

static gboolean
backup_is_from_today (const char *backup_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, BACKUP_INFIX "%Y%m%d-");

  return strstr (backup_path, today) != NULL;
}

gboolean
sks_store_backup_to (SksStore    *self,
                     const char  *dest_path,
                     GError     **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  return _sks_store_copy_database (_sks_store_get_db (self), dest_path, error);
}

/**
 * sks_store_backup_if_due:
 *
 * Makes the day's backup unless one exists already, and keeps the last
 * %SKS_STORE_BACKUPS_KEPT.
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL when
 *   none was due or on error
 */
char *
sks_store_backup_if_due (SksStore  *self,
                         GError   **error)
{
  g_auto(GStrv) backups = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (sks_store_get_read_only (self))
    return NULL;

  backups = sks_store_list_backups (sks_store_get_path (self));
  if (backups[0] != NULL && backup_is_from_today (backups[0]))
    return NULL;

  path = _sks_store_make_backup_path (sks_store_get_path (self));
  if (!sks_store_backup_to (self, path, error))
    return NULL;
  prune_backups (sks_store_get_path (self));
  return g_steal_pointer (&path);
}

static gboolean
backup_is_good (const char *path)
{
  sqlite3 *db = NULL;
  gboolean good;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return FALSE;
    }
  good = _sks_store_check_integrity (db, NULL) &&
         _sks_store_read_user_version (db) >= 1 &&
         _sks_store_read_user_version (db) <= SKS_STORE_SCHEMA_VERSION;
  sqlite3_close (db);
  return good;
}

/**
 * sks_store_find_latest_good_backup:
 *
 * Returns: (transfer full) (nullable): the newest backup that passes the
 *   integrity check
 */
char *
sks_store_find_latest_good_backup (const char *document_path)
{
  g_auto(GStrv) backups = sks_store_list_backups (document_path);

  for (guint i = 0; backups[i] != NULL; i++)
    if (backup_is_good (backups[i]))
      return g_strdup (backups[i]);
  return NULL;
}

/* Moves the document with its WAL and shared-memory files, so that the
 * copy kept aside holds every commit it had. */
static gboolean
move_document (const char  *from,
               const char  *to,
               GError     **error)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *dest = g_strconcat (to, suffixes[i], NULL);

      if (g_file_test (source, G_FILE_TEST_EXISTS) && g_rename (source, dest) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_FAILED,
                       _("Could not move the damaged document aside: %s"),
                       g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/* Held while the document is replaced: no program may have it open. */
static int
lock_document (const char  *document_path,
               GError     **error)
{
  g_autofree char *lock_path = g_strconcat (document_path, "-lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) == 0)
    return fd;
  if (fd >= 0)
    close (fd);
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY,
               _("The document is open in another window or program; close it there first"));
  return -1;
}

/**
 * sks_store_restore_backup:
 *
 * Puts @backup_path in place of the document. The replaced document is kept
 * as DOCUMENT.damaged-YYYYMMDD-HHMMSS with its WAL, never deleted. Refused
 * while any program has the document open for writing.
 */
gboolean
sks_store_restore_backup (const char  *document_path,
                          const char  *backup_path,
                          GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strconcat (document_path, ".damaged-", stamp, NULL);
  g_autoptr(GFile) source = g_file_new_for_path (backup_path);
  g_autoptr(GFile) dest = g_file_new_for_path (document_path);
  gboolean ok;
  int lock_fd;

  if (!backup_is_good (backup_path))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                   _("The backup “%s” is damaged too"), backup_path);
      return FALSE;
    }

  lock_fd = lock_document (document_path, error);
  if (lock_fd < 0)
    return FALSE;

  ok = move_document (document_path, aside, error) &&
       g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error);
  if (ok)
    g_chmod (document_path, 0600);
  close (lock_fd);
  return ok;
}
