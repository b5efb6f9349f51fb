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
/* A copy being written; never taken for a backup or a document. */
#define PARTIAL_INFIX ".partial-"

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
static int
copy_pages (sqlite3 *source,
            sqlite3 *dest)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (dest);
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (10);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  return rc == SQLITE_DONE ? sqlite3_errcode (dest) : rc;
}

/* Writes the copy under a temporary name beside @dest_path and gives it
 * its name only when it is complete and on disk: a copy killed halfway
 * leaves no file that looks like a backup or a document. An existing
 * @dest_path is never replaced. */
gboolean
_sks_store_copy_database (sqlite3     *source,
                          const char  *dest_path,
                          GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (dest_path, PARTIAL_INFIX "XXXXXX", NULL);
  g_autofree char *journal = NULL;
  sqlite3 *dest = NULL;
  int fd, rc;

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the document “%s”: %s"), dest_path,
                   g_strerror (EEXIST));
      return FALSE;
    }
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the document “%s”: %s"), dest_path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);

  rc = sqlite3_open (tmp_path, &dest);
  if (rc == SQLITE_OK)
    rc = copy_pages (source, dest);
  /* A copy is one self-contained file. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    _sks_store_set_sqlite_error (error, dest, rc, dest_path);
  sqlite3_close (dest);

  if (rc == SQLITE_OK && (fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0)) >= 0)
    {
      fsync (fd);
      close (fd);
    }
  if (rc == SQLITE_OK && link (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the document “%s”: %s"), dest_path,
                   g_strerror (saved_errno));
      rc = SQLITE_CANTOPEN;
    }
  journal = g_strconcat (tmp_path, "-journal", NULL);
  g_unlink (journal);
  g_unlink (tmp_path);
  return rc == SQLITE_OK;
}

/* Opens a file read-only and immutable: SQLite creates no journal, WAL or
 * shared-memory file and changes nothing, as inspecting a backup must. */
sqlite3 *
_sks_store_open_immutable (const char  *path,
                           GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* DOCUMENT.backup-YYYYMMDD-HHMMSS, or with -N for a second one that second */
static gboolean
is_backup_name (const char *name,
                const char *prefix)
{
  const char *p;

  if (!g_str_has_prefix (name, prefix))
    return FALSE;
  p = name + strlen (prefix);
  for (guint i = 0; i < 15; i++, p++)
    if (i == 8 ? *p != '-' : !g_ascii_isdigit (*p))
      return FALSE;
  if (*p == '\0')
    return TRUE;
  if (*p++ != '-' || *p == '\0')
    return FALSE;
  for (; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* A backup is a Skill Studio document under a backup's name: lock files,
 * partial copies and anything else beside the document are not. */
static gboolean
is_backup (const char *path)
{
  SksFileHeader header;

  return _sks_store_read_header (path, &header, NULL) && header.regular && header.sqlite &&
         header.application_id == SKS_STORE_APPLICATION_ID;
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
    {
      g_autofree char *path = NULL;

      if (!is_backup_name (name, prefix))
        continue;
      path = g_build_filename (dirname, name, NULL);
      if (is_backup (path))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }

  g_ptr_array_sort (paths, compare_newest_first);
  g_ptr_array_add (paths, NULL);
  return (GStrv) g_ptr_array_free (paths, FALSE);
}

/* Copies left by a backup that was killed halfway. Called while holding
 * the document's lock, so no copy is being written now. */
static void
remove_partial_copies (const char *document_path)
{
  g_autofree char *dirname = g_path_get_dirname (document_path);
  g_autofree char *basename = g_path_get_basename (document_path);
  g_autofree char *prefix = g_strconcat (basename, BACKUP_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && strstr (name, PARTIAL_INFIX) != NULL)
      {
        g_autofree char *path = g_build_filename (dirname, name, NULL);
        g_unlink (path);
      }
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

static gboolean
holds_data (SksStore *self)
{
  gint64 n_rounds = 0, n_studios = 0;

  return _sks_store_count_contents (_sks_store_get_db (self), &n_rounds, &n_studios) &&
         n_rounds + n_studios > 0;
}

/**
 * sks_store_backup_if_due:
 *
 * Makes the day's backup unless one exists already, and keeps the last
 * %SKS_STORE_BACKUPS_KEPT. The document must pass the full check first: a
 * damaged document is never backed up (its copies would push the good ones
 * out), and neither is one that holds no data.
 *
 * Returns: (transfer full) (nullable): the new backup's path, or %NULL when
 *   none was due or on error (%SKS_STORE_ERROR_DAMAGED for a damaged document)
 */
char *
sks_store_backup_if_due (SksStore  *self,
                         GError   **error)
{
  g_auto(GStrv) backups = NULL;
  g_autofree char *path = NULL;
  const char *document_path;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (sks_store_get_read_only (self))
    return NULL;

  document_path = sks_store_get_path (self);
  remove_partial_copies (document_path);
  backups = sks_store_list_backups (document_path);
  if (backups[0] != NULL && backup_is_from_today (backups[0]))
    return NULL;
  if (!_sks_store_ensure_checked (self, error) || !holds_data (self))
    return NULL;

  path = _sks_store_make_backup_path (document_path);
  if (!sks_store_backup_to (self, path, error))
    return NULL;
  prune_backups (document_path);
  return g_steal_pointer (&path);
}

/**
 * sks_store_inspect_backup:
 * @n_rounds: (out) (optional): the rounds it holds
 * @n_studios: (out) (optional): the applications it holds
 *
 * Runs the full check on a backup (or any document) opened read-only and
 * immutable, so that nothing of it changes, and counts what it holds.
 *
 * Returns: %FALSE with @error set when it is no good document
 */
gboolean
sks_store_inspect_backup (const char  *path,
                          gint64      *n_rounds,
                          gint64      *n_studios,
                          GError     **error)
{
  gint64 rounds = 0, studios = 0;
  sqlite3 *db;
  int version;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!_sks_store_identify_file (path, error) ||
      (db = _sks_store_open_immutable (path, error)) == NULL)
    return FALSE;
  version = _sks_store_read_user_version (db);
  ok = _sks_store_check_shape (db, path, version, error);
  if (ok && version > SKS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Skill Studio"), path);
      ok = FALSE;
    }
  if (ok && !_sks_store_check_integrity_full (db, error))
    {
      g_prefix_error (error, _("“%s” is damaged. "), path);
      ok = FALSE;
    }
  if (ok && !_sks_store_count_contents (db, &rounds, &studios))
    {
      _sks_store_set_sqlite_error (error, db, sqlite3_errcode (db), path);
      ok = FALSE;
    }
  sqlite3_close (db);
  if (n_rounds)
    *n_rounds = rounds;
  if (n_studios)
    *n_studios = studios;
  return ok;
}

/**
 * sks_store_find_good_backup:
 * @n_rounds: (out) (optional): the rounds the backup holds
 * @n_studios: (out) (optional): the applications it holds
 *
 * Like sks_store_find_latest_good_backup(), with what the backup holds
 * (counted by the same full check, so the caller need not check it again).
 *
 * Returns: (transfer full) (nullable): the backup's path
 */
char *
sks_store_find_good_backup (const char *document_path,
                            gint64     *n_rounds,
                            gint64     *n_studios)
{
  g_auto(GStrv) backups = sks_store_list_backups (document_path);

  for (guint i = 0; backups[i] != NULL; i++)
    {
      gint64 rounds = 0, studios = 0;

      if (sks_store_inspect_backup (backups[i], &rounds, &studios, NULL) &&
          rounds + studios > 0)
        {
          if (n_rounds)
            *n_rounds = rounds;
          if (n_studios)
            *n_studios = studios;
          return g_strdup (backups[i]);
        }
    }
  return NULL;
}

/**
 * sks_store_find_latest_good_backup:
 *
 * Returns: (transfer full) (nullable): the newest backup that passes the
 *   full check and holds data (a round or an application)
 */
char *
sks_store_find_latest_good_backup (const char *document_path)
{
  return sks_store_find_good_backup (document_path, NULL, NULL);
}

/* Keeps the document aside with its WAL and shared-memory files, so that
 * the copy kept aside holds every commit it had. The document's own name is
 * a hard link to the same file until the restored copy replaces it in one
 * rename: at no moment is there no document. */
static gboolean
keep_aside (const char  *from,
            const char  *to,
            GError     **error)
{
  static const char *suffixes[] = { "-wal", "-shm", "-journal" };
  int saved_errno = 0;

  if (link (from, to) != 0 && g_rename (from, to) != 0)
    saved_errno = errno;
  for (guint i = 0; saved_errno == 0 && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *dest = g_strconcat (to, suffixes[i], NULL);

      if (g_file_test (source, G_FILE_TEST_EXISTS) && g_rename (source, dest) != 0)
        saved_errno = errno;
    }
  if (saved_errno != 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_FAILED,
                   _("Could not move the document aside: %s"), g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Copies what a sound document's WAL holds into its file, so that the
 * file kept aside is complete on its own. */
static void
checkpoint_document (const char *document_path)
{
  sqlite3 *db = NULL;

  if (_sks_store_identify_file (document_path, NULL) &&
      sqlite3_open_v2 (document_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      _sks_store_checkpoint (db, TRUE);
    }
  sqlite3_close (db);
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

/* Whether the document about to be replaced still opens: it is kept as
 * DOCUMENT.replaced-DATE then, and as DOCUMENT.damaged-DATE when not. */
static gboolean
document_is_healthy (const char *document_path)
{
  g_autoptr(SksStore) store = NULL;

  if (!g_file_test (document_path, G_FILE_TEST_EXISTS))
    return TRUE;
  store = sks_store_open (document_path, SKS_STORE_OPEN_READ_ONLY, NULL);
  return store != NULL;
}

/* Copies @backup_path beside the document under a temporary name. */
static char *
copy_beside (const char  *document_path,
             const char  *backup_path,
             GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (document_path, PARTIAL_INFIX "XXXXXX", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (backup_path);
  g_autoptr(GFile) dest = NULL;
  int fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_FAILED,
                   _("Could not copy the backup: %s"), g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  dest = g_file_new_for_path (tmp_path);
  if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_unlink (tmp_path);
      return NULL;
    }
  g_chmod (tmp_path, 0600);
  if ((fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0)) >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return g_steal_pointer (&tmp_path);
}

/**
 * sks_store_restore_backup:
 *
 * Puts @backup_path in place of the document. The replaced document is kept
 * beside it with its WAL, never deleted: as DOCUMENT.replaced-DATE when it
 * still opened, DOCUMENT.damaged-DATE when not. The backup is copied beside
 * the document first, so that a restore killed halfway leaves the document
 * as it was. Refused while any program has the document open for writing.
 */
gboolean
sks_store_restore_backup (const char  *document_path,
                          const char  *backup_path,
                          GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok, healthy;
  int lock_fd;

  if (!sks_store_inspect_backup (backup_path, NULL, NULL, &local_error))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                   _("The backup cannot be restored: %s"), local_error->message);
      return FALSE;
    }

  lock_fd = lock_document (document_path, error);
  if (lock_fd < 0)
    return FALSE;

  healthy = document_is_healthy (document_path);
  aside = g_strconcat (document_path, healthy ? ".replaced-" : ".damaged-", stamp, NULL);
  /* Two restores in one second would name the same file: the link to it
   * then failed, and keep_aside() fell back to moving the document itself
   * away, leaving no document until the copy took its place. */
  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s%s%s-%u", document_path, healthy ? ".replaced-" : ".damaged-",
                               stamp, n);
    }
  copy = copy_beside (document_path, backup_path, error);
  if (copy != NULL && healthy)
    checkpoint_document (document_path);
  ok = copy != NULL &&
       (!g_file_test (document_path, G_FILE_TEST_EXISTS) ||
        keep_aside (document_path, aside, error));
  if (ok && g_rename (copy, document_path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_FAILED,
                   _("Could not put the backup in place: %s"), g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok && copy != NULL)
    g_unlink (copy);
  close (lock_fd);
  return ok;
}

/**
 * sks_store_probe_access:
 *
 * Tells whether the document could be changed now, without opening it (so
 * that nothing of it changes): it is write-protected, or another program
 * holds its lock.
 *
 * Returns: (transfer full) (nullable): why it cannot be changed, or %NULL
 */
char *
sks_store_probe_access (const char *document_path)
{
  g_autofree char *lock_path = g_strconcat (document_path, "-lock", NULL);
  int fd;

  if (g_access (document_path, W_OK) != 0)
    return g_strdup (_("You may not change this document: the file is write-protected."));
  fd = g_open (lock_path, O_RDWR | O_CLOEXEC, 0);
  if (fd < 0)
    return NULL;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return g_strdup (_("This document is open for writing in another window or program."));
    }
  flock (fd, LOCK_UN);
  close (fd);
  return NULL;
}
