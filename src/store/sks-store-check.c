/* sks-store-check.c — telling a document from other files before touching
 * them, and checking a document's shape, pages and attachments
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
#include <unistd.h>

#include "sks-store-private.h"

/* The first 100 bytes of a SQLite file: https://sqlite.org/fileformat.html */
#define HEADER_SIZE 100
#define HEADER_USER_VERSION 60
#define HEADER_APPLICATION_ID 68

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Reads the header with plain file I/O: nothing of a file is changed, and
 * no SQLite journal, WAL or shared-memory file is created, before it is
 * known to be a Skill Studio document. */
gboolean
_sks_store_read_header (const char     *path,
                        SksFileHeader  *header,
                        GError        **error)
{
  static const char magic[16] = "SQLite format 3";
  guchar bytes[HEADER_SIZE] = { 0 };
  GStatBuf st;
  gssize n_read;
  int fd;

  memset (header, 0, sizeof *header);
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  header->size = st.st_size;
  header->regular = S_ISREG (st.st_mode);
  n_read = header->regular ? read (fd, bytes, sizeof bytes) : 0;
  close (fd);

  header->sqlite = n_read == HEADER_SIZE && memcmp (bytes, magic, sizeof magic) == 0;
  if (header->sqlite)
    {
      header->user_version = (gint32) read_be32 (bytes + HEADER_USER_VERSION);
      header->application_id = read_be32 (bytes + HEADER_APPLICATION_ID);
    }
  return TRUE;
}

static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/**
 * _sks_store_identify_file:
 *
 * Refuses, from the file's header alone, what is not a Skill Studio
 * document: an empty file (a failed copy, a full disk), a file of another
 * kind, another program's SQLite database. The document's application id is
 * written when it is created, before it gets its name, so a document always
 * carries it in the main file's header.
 */
gboolean
_sks_store_identify_file (const char  *path,
                          GError     **error)
{
  SksFileHeader header;

  if (!_sks_store_read_header (path, &header, error))
    return FALSE;
  if (!header.regular)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is not a file"), path);
      return FALSE;
    }
  if (header.size == 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                   _("“%s” is empty (0 bytes): its contents were lost, for example by an "
                     "interrupted copy or a full disk. It is not opened as a new document."),
                   path);
      return FALSE;
    }
  if (!header.sqlite)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is not a Skill Studio document, or it is damaged"), path);
      return FALSE;
    }
  /* Documents of earlier versions got their id in the same session as
   * their tables; after a crash it may still sit in the WAL only. */
  if (header.application_id == 0 && has_wal (path))
    return TRUE;
  if (header.application_id != SKS_STORE_APPLICATION_ID)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is a database of another program, not a Skill Studio document"),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* The tables of each schema version, with the version that added them. */
static const struct {
  const char *name;
  int         since;
} tables[] = {
  { "rounds", 1 },
  { "recommenders", 1 },
  { "studios", 1 },
  { "units", 1 },
  { "masters", 1 },
  { "team_members", 1 },
  { "attachments", 1 },
  { "history", 2 },
  { "search", 3 },
  { "search_fts", 3 },
  { "evaluations", 5 },
  { "evaluation_scores", 5 },
  { "round_history", 6 },
};

/**
 * _sks_store_check_shape:
 *
 * A document must have every table its format version has: a file whose
 * version says more than its tables hold was changed by another program or
 * damaged, and is refused before anything reads or writes it.
 */
gboolean
_sks_store_check_shape (sqlite3     *db,
                        const char  *path,
                        int          version,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (version < 1)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged: its format version is %d, and Skill Studio never wrote "
                     "that version"), path, version);
      return FALSE;
    }
  if (sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, sqlite3_errcode (db), path);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      int rc;

      if (tables[i].since > version)
        continue;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, tables[i].name, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        continue;
      if (rc != SQLITE_DONE)
        {
          _sks_store_set_sqlite_error (error, db, rc, path);
          return FALSE;
        }
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged: the table “%s” of its format (version %d) is missing"),
                   path, tables[i].name, version);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_integrity_pragma (sqlite3     *db,
                      const char  *sql,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  const char *result;

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _sks_store_set_sqlite_error (error, db, rc, _("Integrity check"));
      return FALSE;
    }
  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                   _("The integrity check failed: %s"), result ? result : "?");
      return FALSE;
    }
  return TRUE;
}

/* SQLite's quick check: every page readable and well formed, but indexes
 * are not compared with their tables. Cheap enough for every opening. */
gboolean
_sks_store_check_integrity (sqlite3  *db,
                            GError  **error)
{
  return run_integrity_pragma (db, "PRAGMA quick_check;", error);
}

/* The full check: also every index against its table. */
gboolean
_sks_store_check_integrity_full (sqlite3  *db,
                                 GError  **error)
{
  return run_integrity_pragma (db, "PRAGMA integrity_check (20);", error);
}

/**
 * _sks_store_attachment_matches:
 *
 * Whether @size bytes at @data are what @sha256 (lower-case hex) says.
 */
gboolean
_sks_store_attachment_matches (gconstpointer  data,
                               gsize          size,
                               const char    *sha256)
{
  g_autofree char *actual = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);

  return sha256 != NULL && g_ascii_strcasecmp (actual, sha256) == 0;
}

void
_sks_store_set_attachment_error (GError     **error,
                                 const char  *attachment_name,
                                 const char  *studio_name)
{
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT,
               _("The attachment “%s” of “%s” does not match the checksum stored with it: it "
                 "was damaged or changed outside Skill Studio. Replace it with the original "
                 "file."), attachment_name ? attachment_name : "",
               studio_name && *studio_name ? studio_name : _("an application"));
}

/**
 * _sks_store_check_attachments:
 * @studio_id: one application's, or 0 for every application
 *
 * Compares every attachment with its stored SHA-256. The first mismatch is
 * reported with the attachment's and the studio's name, and how many more
 * there are.
 */
gboolean
_sks_store_check_attachments (sqlite3  *db,
                              gint64    studio_id,
                              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *first_studio = NULL;
  guint n_bad = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT a.name, s.name, a.sha256, a.data FROM attachments a"
                           " JOIN studios s ON s.id = a.studio_id"
                           " WHERE ?1 = 0 OR a.studio_id = ?1 ORDER BY a.id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, rc, _("Integrity check"));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, studio_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (_sks_store_attachment_matches (sqlite3_column_blob (stmt, 3),
                                         sqlite3_column_bytes (stmt, 3),
                                         (const char *) sqlite3_column_text (stmt, 2)))
        continue;
      if (n_bad++ == 0)
        {
          first_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          first_studio = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
    }
  if (rc != SQLITE_DONE)
    {
      _sks_store_set_sqlite_error (error, db, rc, _("Integrity check"));
      return FALSE;
    }
  if (n_bad == 0)
    return TRUE;

  _sks_store_set_attachment_error (error, first_name, first_studio);
  if (n_bad > 1)
    g_prefix_error (error, g_dngettext (GETTEXT_PACKAGE, "%u attachment is damaged. ",
                                        "%u attachments are damaged. ", n_bad), n_bad);
  return FALSE;
}

/**
 * _sks_store_count_contents:
 *
 * Counts a document's rounds and applications: a document with neither
 * holds no data, and its copy is no backup worth keeping.
 */
gboolean
_sks_store_count_contents (sqlite3  *db,
                           gint64   *n_rounds,
                           gint64   *n_studios)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM rounds),"
                          " (SELECT count(*) FROM studios)", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *n_rounds = sqlite3_column_int64 (stmt, 0);
  *n_studios = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/**
 * _sks_store_checkpoint:
 *
 * Copies what the WAL holds into the document file, so that the file alone
 * is complete (a user copies and e-mails that one file). @truncate empties
 * the WAL too, waiting for readers up to the busy timeout; otherwise this
 * never waits.
 */
void
_sks_store_checkpoint (sqlite3  *db,
                       gboolean  truncate)
{
  int rc = sqlite3_wal_checkpoint_v2 (db, NULL,
                                      truncate ? SQLITE_CHECKPOINT_TRUNCATE
                                               : SQLITE_CHECKPOINT_PASSIVE,
                                      NULL, NULL);

  if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
    g_debug ("Checkpoint: %s", sqlite3_errstr (rc));
}
