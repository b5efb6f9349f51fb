/* sks-store.c — a .skillstudio document: one SQLite file
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
#include <unistd.h>

#include "sks-store-private.h"

struct _SksStore
{
  GObject            parent_instance;

  char              *path;
  SksStoreOpenFlags  flags;
  sqlite3           *db;
  int                lock_fd;
  gboolean           read_only;
  char              *read_only_reason;
  GHashTable        *statements;  /* SQL text → prepared statement */
  /* Each committed write adds one to write_generation; a full check that
   * passed records the generation it saw, so a backup or bulk write right
   * after the check need not read the whole file again. */
  int                write_generation;
  int                checked_generation;
  char              *user;        /* who is working, kept with every change */
};

static void sks_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SksStore, sks_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      sks_store_initable_iface_init))

G_DEFINE_QUARK (sks-store-error-quark, sks_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_FLAGS,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers shared with the other store files */

void
_sks_store_set_sqlite_error (GError     **error,
                             sqlite3     *db,
                             int          rc,
                             const char  *what)
{
  int code;
  const char *message = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = SKS_STORE_ERROR_DAMAGED;
      break;
    case SQLITE_READONLY:
      code = SKS_STORE_ERROR_READ_ONLY;
      break;
    case SQLITE_CANTOPEN:
      code = SKS_STORE_ERROR_OPEN;
      break;
    default:
      code = SKS_STORE_ERROR_FAILED;
    }
  g_set_error (error, SKS_STORE_ERROR, code, _("%s: %s"), what, message);
}

gboolean
_sks_store_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, rc, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

char *
_sks_store_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

sqlite3 *
_sks_store_get_db (SksStore *self)
{
  return self->db;
}

static SksCachedStmt *
get_statement (SksStore    *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, self->db, rc, _("Database error"));
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
step_done (SksStore      *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _sks_store_set_sqlite_error (error, self->db, rc, _("Could not save"));
      return FALSE;
    }
  return TRUE;
}

/* After a loop over rows: anything but the end of the rows is an error. */
static gboolean
rows_done (SksStore  *self,
           int        rc,
           GError   **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  _sks_store_set_sqlite_error (error, self->db, rc, _("Could not read the document"));
  return FALSE;
}

static gboolean
ensure_writable (SksStore  *self,
                 GError   **error)
{
  if (!self->read_only)
    return TRUE;
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY, "%s", self->read_only_reason);
  return FALSE;
}

/* Opening */

static gboolean
take_lock (SksStore *self)
{
  g_autofree char *lock_path = g_strconcat (self->path, "-lock", NULL);

  self->lock_fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (self->lock_fd < 0)
    return FALSE;
  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
      return FALSE;
    }
  return TRUE;
}

static void
become_read_only (SksStore   *self,
                  const char *reason)
{
  self->read_only = TRUE;
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
}

/* A new document is built under a temporary name and gets its own name
 * only when complete (link() never replaces a file): a document that exists
 * is never empty, and an empty file is never taken for a new document. */
static gboolean
build_new_document (const char  *tmp_path,
                    GError     **error)
{
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             SKS_STORE_APPLICATION_ID);
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (tmp_path, &db, SQLITE_OPEN_READWRITE, NULL);
  gboolean ok;

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, rc, tmp_path);
      sqlite3_close (db);
      return FALSE;
    }
  ok = _sks_store_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;", error) &&
       _sks_store_exec (db, set_id, error) &&
       _sks_store_migrate (db, 0, SKS_STORE_SCHEMA_VERSION, error);
  sqlite3_close (db);
  return ok;
}

static gboolean
create_document (const char  *path,
                 GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".new-XXXXXX", NULL);
  g_autofree char *journal = NULL;
  gboolean ok;
  int fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the document “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);

  ok = build_new_document (tmp_path, error);
  if (ok && link (tmp_path, path) != 0 && errno != EEXIST)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the document “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }
  journal = g_strconcat (tmp_path, "-journal", NULL);
  g_unlink (journal);
  g_unlink (tmp_path);
  return ok;
}

static gboolean
prepare_file (SksStore  *self,
              GError   **error)
{
  g_autofree char *dirname = NULL;

  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    return _sks_store_identify_file (self->path, error);

  if (!(self->flags & SKS_STORE_OPEN_CREATE) || (self->flags & SKS_STORE_OPEN_READ_ONLY))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("The document “%s” does not exist"), self->path);
      return FALSE;
    }

  dirname = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dirname, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s”: %s"), dirname, g_strerror (saved_errno));
      return FALSE;
    }
  return create_document (self->path, error) && _sks_store_identify_file (self->path, error);
}

static void
decide_access (SksStore *self)
{
  if (self->flags & SKS_STORE_OPEN_READ_ONLY)
    become_read_only (self, _("The document is open read-only."));
  else if (g_access (self->path, W_OK) != 0)
    become_read_only (self, _("You may not change this document: the file is write-protected. "
                              "It is shown read-only."));
  else if (!take_lock (self))
    become_read_only (self, _("This document is open for writing in another window or program. "
                              "It is shown read-only; close it there to make changes here."));
}

static int
read_pragma_int (sqlite3    *db,
                 const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

/* Opens the connection without changing anything: the journal mode is set
 * only once the file is known to be a document (set_journal_mode()). */
static gboolean
open_connection (SksStore  *self,
                 GError   **error)
{
  int open_flags = (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                   (self->flags & SKS_STORE_OPEN_ONE_THREAD ? SQLITE_OPEN_NOMUTEX : 0);
  int rc = sqlite3_open_v2 (self->path, &self->db, open_flags, NULL);

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, self->db, rc, self->path);
      return FALSE;
    }
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, TRUE);
  return _sks_store_exec (self->db, "PRAGMA foreign_keys = ON;", error);
}

static gboolean
set_journal_mode (SksStore  *self,
                  GError   **error)
{
  return self->read_only ||
         _sks_store_exec (self->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;",
                          error);
}

static gboolean
check_identity (SksStore  *self,
                int        version,
                GError   **error)
{
  int application_id = read_pragma_int (self->db, "PRAGMA application_id;");

  if (application_id != SKS_STORE_APPLICATION_ID)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT,
                   _("“%s” is a database of another program, not a Skill Studio document"),
                   self->path);
      return FALSE;
    }
  if (version > SKS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Skill Studio (document format %d; "
                     "this version reads formats up to %d). Update Skill Studio to open it."),
                   self->path, version, SKS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return _sks_store_check_shape (self->db, self->path, version, error);
}

/* SQLite's quick check (@full: the full one, indexes against their tables),
 * with a message that names the document. */
static gboolean
check_pages (sqlite3     *db,
             const char  *path,
             gboolean     full,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok = full ? _sks_store_check_integrity_full (db, &local_error)
                     : _sks_store_check_integrity (db, &local_error);

  if (!ok)
    g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED,
                 _("“%s” is damaged. %s"), path, local_error->message);
  return ok;
}

/* An older document is checked in full, copied aside, then migrated. */
static gboolean
upgrade_schema (SksStore  *self,
                int        version,
                GError   **error)
{
  g_autofree char *backup = NULL;

  if (self->read_only)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                   _("“%s” is in the format of an earlier version of Skill Studio (format %d) "
                     "and must be upgraded before it can be read; this needs write access. %s "
                     "Open it in Skill Studio, or run “skill-studio-cli backup --db FILE”, to "
                     "upgrade it (a copy in the old format is kept)."),
                   self->path, version, self->read_only_reason);
      return FALSE;
    }
  if (!check_pages (self->db, self->path, TRUE, error))
    return FALSE;
  backup = _sks_store_make_backup_path (self->path);
  return _sks_store_copy_database (self->db, backup, error) &&
         _sks_store_migrate (self->db, version, SKS_STORE_SCHEMA_VERSION, error);
}

/* A scratch document (SKS_STORE_OPEN_MEMORY), e.g. to check an exchange
 * file: nothing of it reaches the disk, so nothing with ID numbers is left
 * behind however the process ends. */
static gboolean
open_in_memory (SksStore  *self,
                GError   **error)
{
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             SKS_STORE_APPLICATION_ID);
  int rc = sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            NULL);

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, self->db, rc, self->path);
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  return _sks_store_exec (self->db, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;",
                          error) &&
         _sks_store_exec (self->db, set_id, error) &&
         _sks_store_migrate (self->db, 0, SKS_STORE_SCHEMA_VERSION, error);
}

static gboolean
sks_store_initable_init (GInitable     *initable,
                         GCancellable  *cancellable,
                         GError       **error)
{
  SksStore *self = SKS_STORE (initable);
  int version;

  if (self->flags & SKS_STORE_OPEN_MEMORY)
    return open_in_memory (self, error);
  if (!prepare_file (self, error))
    return FALSE;
  decide_access (self);
  if (!open_connection (self, error))
    return FALSE;

  version = _sks_store_read_user_version (self->db);
  if (!check_identity (self, version, error))
    return FALSE;

  if (!(self->flags & SKS_STORE_OPEN_DEFER_CHECK) &&
      !check_pages (self->db, self->path, FALSE, error))
    return FALSE;

  if (!set_journal_mode (self, error))
    return FALSE;
  if (version < SKS_STORE_SCHEMA_VERSION && !upgrade_schema (self, version, error))
    return FALSE;
  return TRUE;
}

static void
sks_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = sks_store_initable_init;
}

static void
sks_store_finalize (GObject *object)
{
  SksStore *self = SKS_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  /* Other connections (a window's reader) keep SQLite from doing this on
   * close: the file alone must hold the document once it is closed. */
  if (self->db != NULL && !self->read_only)
    _sks_store_checkpoint (self->db, TRUE);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->path);
  g_free (self->read_only_reason);
  g_free (self->user);
  G_OBJECT_CLASS (sks_store_parent_class)->finalize (object);
}

static void
sks_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SksStore *self = SKS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_store_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SksStore *self = SKS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_FLAGS:
      self->flags = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_store_class_init (SksStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_store_finalize;
  object_class->get_property = sks_store_get_property;
  object_class->set_property = sks_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sks_store_init (SksStore *self)
{
  self->lock_fd = -1;
  self->write_generation = 1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

/**
 * sks_store_open:
 * @path: the document's file
 * @flags: whether to create it, whether to open it read-only
 *
 * Opens a document. When another process has it open for writing, the
 * document opens read-only (see sks_store_get_read_only_reason()).
 * Damaged documents (%SKS_STORE_ERROR_DAMAGED), documents of a newer version
 * (%SKS_STORE_ERROR_TOO_NEW) and other files (%SKS_STORE_ERROR_NOT_A_DOCUMENT)
 * are refused. Older documents are backed up and upgraded.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
SksStore *
sks_store_open (const char         *path,
                SksStoreOpenFlags   flags,
                GError            **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_initable_new (SKS_TYPE_STORE, NULL, error, "path", path, "flags", flags, NULL);
}

/* A read-only connection of its own, so that a check may run in a thread
 * while the document is in use. */
static sqlite3 *
open_checker (SksStore  *self,
              GError   **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY, NULL);

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, rc, self->path);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* The full page check, unless one passed since the last write. */
static gboolean
check_pages_if_needed (SksStore  *self,
                       GError   **error)
{
  int generation = g_atomic_int_get (&self->write_generation);
  sqlite3 *db;
  gboolean ok;

  /* A document in memory has no pages on disk to be damaged. */
  if (g_atomic_int_get (&self->checked_generation) == generation ||
      (self->flags & SKS_STORE_OPEN_MEMORY))
    return TRUE;
  if ((db = open_checker (self, error)) == NULL)
    return FALSE;
  ok = check_pages (db, self->path, TRUE, error);
  sqlite3_close (db);
  if (ok)
    g_atomic_int_set (&self->checked_generation, generation);
  return ok;
}

gboolean
_sks_store_ensure_checked (SksStore  *self,
                           GError   **error)
{
  return check_pages_if_needed (self, error);
}

/**
 * sks_store_check_integrity:
 *
 * The full check of a document: SQLite's integrity check (every page, every
 * index against its table), then every attachment against its stored
 * SHA-256. Runs on a connection of its own, so it may run in a thread while
 * the document is in use. Opening runs only the quick check (unless
 * %SKS_STORE_OPEN_DEFER_CHECK was given); the full one runs before a backup,
 * a migration and a bulk write.
 *
 * Returns: %FALSE with %SKS_STORE_ERROR_DAMAGED when the document is
 *   damaged, or %SKS_STORE_ERROR_ATTACHMENT naming the first attachment that
 *   does not match its checksum
 */
gboolean
sks_store_check_integrity (SksStore  *self,
                           GError   **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  if (!check_pages_if_needed (self, error) || (db = open_checker (self, error)) == NULL)
    return FALSE;
  ok = _sks_store_check_attachments (db, 0, error);
  sqlite3_close (db);
  return ok;
}

/**
 * sks_store_verify_attachments:
 * @studio_id: the application
 *
 * Compares the application's attachments with their stored SHA-256, before
 * they are printed or handed over.
 *
 * Returns: %FALSE with %SKS_STORE_ERROR_ATTACHMENT naming the attachment
 */
gboolean
sks_store_verify_attachments (SksStore  *self,
                              gint64     studio_id,
                              GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  if (studio_id <= 0)
    return TRUE;
  return _sks_store_check_attachments (self->db, studio_id, error);
}

/* Returns: (transfer full): where the default document lives */
char *
sks_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "skill-studio", "default.skillstudio", NULL);
}

const char *
sks_store_get_path (SksStore *self)
{
  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  return self->path;
}

/**
 * sks_store_set_user:
 * @name: (nullable): who is working; %NULL or empty for the account's name
 *
 * Sets the name recorded with every change from now on.
 */
void
sks_store_set_user (SksStore   *self,
                    const char *name)
{
  g_return_if_fail (SKS_IS_STORE (self));

  if (name != NULL && *name == '\0')
    name = NULL;
  sks_set_str (&self->user, name);
}

/* Returns: who is working: the name set, else the account's full name, else
 * its login name. */
const char *
sks_store_get_user (SksStore *self)
{
  const char *real_name;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (self->user != NULL)
    return self->user;
  real_name = g_get_real_name ();
  if (real_name != NULL && *real_name != '\0' && !g_str_equal (real_name, "Unknown"))
    return real_name;
  return g_get_user_name ();
}

gboolean
sks_store_get_read_only (SksStore *self)
{
  g_return_val_if_fail (SKS_IS_STORE (self), TRUE);
  return self->read_only;
}

/* Returns: (nullable): a translated sentence saying why, when read-only */
const char *
sks_store_get_read_only_reason (SksStore *self)
{
  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  return self->read_only_reason;
}

int
sks_store_get_schema_version (SksStore *self)
{
  g_return_val_if_fail (SKS_IS_STORE (self), -1);
  return _sks_store_read_user_version (self->db);
}

/* Field tables ↔ SQL. The column lists come from the static field tables;
 * values are always bound, never spliced into the text. */

static char *
build_insert_sql (const char          *verb,
                  const char          *table_name,
                  const char          *key_columns,
                  guint                n_keys,
                  const SksFieldTable *table)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "%s INTO %s (%s", verb, table_name, key_columns);
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", %s", table->fields[i].column);
  g_string_append (sql, ") VALUES (?");
  for (guint i = 1; i < n_keys + table->n_fields; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

/* Inserts a row whose id is NULL, updates the row with that id otherwise:
 * unlike REPLACE, an update never deletes the row, so rows that refer to it
 * (a round's units and applications) stay as they are. */
static char *
build_upsert_sql (const char          *table_name,
                  const char          *key_columns,
                  guint                n_keys,
                  const SksFieldTable *table)
{
  g_autofree char *insert = build_insert_sql ("INSERT", table_name, key_columns, n_keys, table);
  g_auto(GStrv) keys = g_strsplit (key_columns, ", ", -1);
  GString *sql = g_string_new (insert);

  g_string_append (sql, " ON CONFLICT (id) DO UPDATE SET ");
  for (guint i = 1; keys[i] != NULL; i++)
    g_string_append_printf (sql, "%s = excluded.%s, ", keys[i], keys[i]);
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, "%s%s = excluded.%s", i ? ", " : "", table->fields[i].column,
                            table->fields[i].column);
  return g_string_free (sql, FALSE);
}

static char *
build_select_sql (const char          *table_name,
                  const char          *key_columns,
                  const SksFieldTable *table,
                  const char          *where)
{
  GString *sql = g_string_new ("SELECT ");

  g_string_append (sql, key_columns);
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", %s", table->fields[i].column);
  g_string_append_printf (sql, " FROM %s %s", table_name, where);
  return g_string_free (sql, FALSE);
}

/* 0 means "none": stored as NULL so that the foreign keys hold. */
static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

static void
bind_fields (sqlite3_stmt        *stmt,
             int                  first,
             const SksFieldTable *table,
             GObject             *object)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const SksField *field = &table->fields[i];
      int index = first + (int) i;

      switch (field->kind)
        {
        case SKS_FIELD_TEXT:
          sqlite3_bind_text (stmt, index, sks_field_get_text (field, object), -1, SQLITE_TRANSIENT);
          break;
        case SKS_FIELD_INT:
          sqlite3_bind_int64 (stmt, index, sks_field_get_int (field, object));
          break;
        case SKS_FIELD_DOUBLE:
          sqlite3_bind_double (stmt, index, sks_field_get_double (field, object));
          break;
        case SKS_FIELD_BOOLEAN:
          sqlite3_bind_int (stmt, index, sks_field_get_boolean (field, object));
          break;
        case SKS_FIELD_ENUM:
          sqlite3_bind_text (stmt, index, sks_field_get_enum_nick (field, object), -1,
                             SQLITE_STATIC);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
read_fields (sqlite3_stmt        *stmt,
             int                  first,
             const SksFieldTable *table,
             GObject             *object)
{
  g_object_freeze_notify (object);
  for (guint i = 0; i < table->n_fields; i++)
    {
      const SksField *field = &table->fields[i];
      int column = first + (int) i;

      if (field->kind == SKS_FIELD_DOUBLE)
        g_object_set (object, field->name, sqlite3_column_double (stmt, column), NULL);
      else if (field->kind == SKS_FIELD_INT)
        g_object_set (object, field->name, (gint64) sqlite3_column_int64 (stmt, column), NULL);
      else if (field->kind == SKS_FIELD_BOOLEAN)
        g_object_set (object, field->name, sqlite3_column_int (stmt, column) != 0, NULL);
      else if (!sks_field_set_from_string (field, object,
                                           (const char *) sqlite3_column_text (stmt, column),
                                           NULL))
        g_warning ("Ignoring an unknown value in column %s", field->column);
    }
  g_object_thaw_notify (object);
}

/* The SQL of one field-table mapping, built once per store. */
static const char *
cached_sql (SksStore            *self,
            const char          *name,
            char              *(*build) (void))
{
  static GHashTable *cache;
  static GMutex mutex;
  const char *sql;

  g_mutex_lock (&mutex);
  if (cache == NULL)
    cache = g_hash_table_new (g_str_hash, g_str_equal);
  sql = g_hash_table_lookup (cache, name);
  if (sql == NULL)
    {
      sql = build ();
      g_hash_table_insert (cache, (gpointer) name, (gpointer) sql);
    }
  g_mutex_unlock (&mutex);
  return sql;
}

#define DEFINE_SQL(fn_name, expression)                                         \
  static char *build_##fn_name (void) { return expression; }                    \
  static const char *fn_name##_sql (SksStore *self)                             \
  {                                                                             \
    return cached_sql (self, #fn_name, build_##fn_name);                        \
  }

DEFINE_SQL (upsert_round,
            build_upsert_sql ("rounds", "id", 1, sks_round_get_field_table ()))
DEFINE_SQL (select_rounds,
            build_select_sql ("rounds", "id", sks_round_get_field_table (), "ORDER BY id"))
DEFINE_SQL (select_round_by_key,
            build_select_sql ("rounds", "id", sks_round_get_field_table (), "WHERE key = ?1"))
DEFINE_SQL (upsert_recommender,
            build_upsert_sql ("recommenders", "id, round_id", 2,
                              sks_recommender_get_field_table ()))
DEFINE_SQL (select_recommenders,
            build_select_sql ("recommenders", "id, round_id", sks_recommender_get_field_table (),
                              "WHERE round_id = ?1 ORDER BY sort_order, id"))
DEFINE_SQL (select_recommender_by_name,
            build_select_sql ("recommenders", "id, round_id", sks_recommender_get_field_table (),
                              "WHERE round_id = ?1 AND name = ?2"))
DEFINE_SQL (insert_studio,
            build_insert_sql ("INSERT", "studios",
                              "uuid, round_id, recommender_id, created, modified", 5,
                              sks_studio_get_field_table ()))
DEFINE_SQL (replace_unit,
            build_insert_sql ("INSERT OR REPLACE", "units", "studio_id", 1,
                              sks_unit_get_field_table ()))
DEFINE_SQL (replace_master,
            build_insert_sql ("INSERT OR REPLACE", "masters", "studio_id", 1,
                              sks_master_get_field_table ()))
DEFINE_SQL (insert_member,
            build_insert_sql ("INSERT", "team_members", "studio_id, position", 2,
                              sks_team_member_get_field_table ()))
DEFINE_SQL (select_studio,
            build_select_sql ("studios", "id, uuid, round_id, recommender_id, created, modified",
                              sks_studio_get_field_table (), "WHERE id = ?1"))
DEFINE_SQL (select_unit,
            build_select_sql ("units", "studio_id", sks_unit_get_field_table (),
                              "WHERE studio_id = ?1"))
DEFINE_SQL (select_master,
            build_select_sql ("masters", "studio_id", sks_master_get_field_table (),
                              "WHERE studio_id = ?1"))
DEFINE_SQL (select_members,
            build_select_sql ("team_members", "studio_id", sks_team_member_get_field_table (),
                              "WHERE studio_id = ?1 ORDER BY position"))
DEFINE_SQL (select_attachments,
            build_select_sql ("attachments", "id, size, sha256",
                              sks_attachment_get_field_table (),
                              "WHERE studio_id = ?1 ORDER BY id"))
DEFINE_SQL (select_history,
            build_select_sql ("history", "studio_id", sks_history_entry_get_field_table (),
                              "WHERE studio_id = ?1 ORDER BY id"))

static char *
build_update_studio (void)
{
  const SksFieldTable *table = sks_studio_get_field_table ();
  GString *sql = g_string_new ("UPDATE studios SET round_id = ?1, recommender_id = ?2, "
                               "modified = ?3");

  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", %s = ?%u", table->fields[i].column, i + 4);
  /* An application in the trash is not edited; it is restored first. */
  g_string_append_printf (sql, " WHERE id = ?%u AND deleted IS NULL", table->n_fields + 4);
  return g_string_free (sql, FALSE);
}

static const char *
update_studio_sql (SksStore *self)
{
  return cached_sql (self, "update_studio", build_update_studio);
}

/* Rounds */

static SksRound *
round_from_row (sqlite3_stmt *stmt)
{
  SksRound *round = g_object_new (SKS_TYPE_ROUND, NULL);

  sks_round_set_id (round, sqlite3_column_int64 (stmt, 0));
  read_fields (stmt, 1, sks_round_get_field_table (), G_OBJECT (round));
  return round;
}

/* Returns: (transfer full): the rounds (SksRound), oldest first */
GListModel *
sks_store_list_rounds (SksStore  *self,
                       GError   **error)
{
  int rc;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GListStore) rounds = g_list_store_new (SKS_TYPE_ROUND);

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (!(stmt = get_statement (self, select_rounds_sql (self), error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksRound) round = round_from_row (stmt);
      g_list_store_append (rounds, round);
    }
  if (!rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&rounds));
}

/**
 * sks_store_get_round:
 * @round_id: a round's id, as the applications and panels hold it
 *
 * Returns: (transfer full) (nullable): the round, or %NULL with @error set
 *   when the document cannot be read or has no such round
 */
SksRound *
sks_store_get_round (SksStore  *self,
                     gint64     round_id,
                     GError   **error)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (self, error);

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == round_id)
        return g_steal_pointer (&round);
    }
  if (rounds != NULL)
    g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                 _("There is no round with the id %lld"), (long long) round_id);
  return NULL;
}

/* Returns: (transfer full) (nullable): the round, or %NULL when there is none */
SksRound *
sks_store_find_round (SksStore    *self,
                      const char  *key,
                      GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!(stmt = get_statement (self, select_round_by_key_sql (self), error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return round_from_row (stmt);
}

/* After every commit: the document file alone holds what the app calls
 * saved, whatever the WAL beside it holds (a user copies that one file). */
static void
committed (SksStore *self)
{
  g_atomic_int_inc (&self->write_generation);
  _sks_store_checkpoint (self->db, FALSE);
}

static gboolean
in_transaction (SksStore  *self,
                gboolean (*write) (SksStore *, gpointer, GError **),
                gpointer   data,
                GError   **error)
{
  if (!ensure_writable (self, error))
    return FALSE;
  if (!_sks_store_exec (self->db, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if (!write (self, data, error) || !_sks_store_exec (self->db, "COMMIT;", error))
    {
      _sks_store_exec (self->db, "ROLLBACK;", NULL);
      return FALSE;
    }
  committed (self);
  return TRUE;
}

/* Writes a round or a recommending unit: its id (NULL for a new one), then
 * @round_id when it has one, then its fields. Returns the row's id, 0 on error. */
static gint64
write_keyed_row (SksStore             *self,
                 const char           *sql,
                 gint64                id,
                 gint64                round_id,
                 const SksFieldTable  *table,
                 GObject              *object,
                 GError              **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, sql, error);
  int first = 2;

  if (stmt == NULL)
    return 0;
  bind_id (stmt, 1, id);
  if (round_id != 0)
    sqlite3_bind_int64 (stmt, first++, round_id);
  bind_fields (stmt, first, table, object);
  if (!step_done (self, stmt, error))
    return 0;
  return id ? id : sqlite3_last_insert_rowid (self->db);
}

static gboolean
write_round (SksStore  *self,
             gpointer   data,
             GError   **error)
{
  SksRound *round = data;
  gint64 id = write_keyed_row (self, upsert_round_sql (self), sks_round_get_id (round), 0,
                               sks_round_get_field_table (), G_OBJECT (round), error);

  sks_round_set_id (round, id ? id : sks_round_get_id (round));
  return id != 0;
}

/* Inserts or updates @round; a new round gets its id. */
gboolean
sks_store_save_round (SksStore  *self,
                      SksRound  *round,
                      GError   **error)
{
  gint64 old_id;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_ROUND (round), FALSE);

  old_id = sks_round_get_id (round);
  if (in_transaction (self, write_round, round, error))
    return TRUE;
  sks_round_set_id (round, old_id);
  return FALSE;
}

/* Recommending units */

static SksRecommender *
recommender_from_row (sqlite3_stmt *stmt)
{
  SksRecommender *recommender = g_object_new (SKS_TYPE_RECOMMENDER, NULL);

  sks_recommender_set_id (recommender, sqlite3_column_int64 (stmt, 0));
  sks_recommender_set_round_id (recommender, sqlite3_column_int64 (stmt, 1));
  read_fields (stmt, 2, sks_recommender_get_field_table (), G_OBJECT (recommender));
  return recommender;
}

/* Returns: (transfer full): the recommending units (SksRecommender) of a round */
GListModel *
sks_store_list_recommenders (SksStore  *self,
                             gint64     round_id,
                             GError   **error)
{
  int rc;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (SKS_TYPE_RECOMMENDER);

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (!(stmt = get_statement (self, select_recommenders_sql (self), error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksRecommender) recommender = recommender_from_row (stmt);
      g_list_store_append (list, recommender);
    }
  if (!rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Returns: (transfer full) (nullable) */
SksRecommender *
sks_store_find_recommender (SksStore    *self,
                            gint64       round_id,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(stmt = get_statement (self, select_recommender_by_name_sql (self), error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return recommender_from_row (stmt);
}

static gboolean
write_recommender (SksStore  *self,
                   gpointer   data,
                   GError   **error)
{
  SksRecommender *recommender = data;
  gint64 id = write_keyed_row (self, upsert_recommender_sql (self),
                               sks_recommender_get_id (recommender),
                               sks_recommender_get_round_id (recommender),
                               sks_recommender_get_field_table (), G_OBJECT (recommender), error);

  sks_recommender_set_id (recommender, id ? id : sks_recommender_get_id (recommender));
  return id != 0;
}

/* Inserts or updates @recommender, which must name its round. */
gboolean
sks_store_save_recommender (SksStore        *self,
                            SksRecommender  *recommender,
                            GError         **error)
{
  gint64 old_id;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_RECOMMENDER (recommender), FALSE);
  g_return_val_if_fail (sks_recommender_get_round_id (recommender) != 0, FALSE);

  old_id = sks_recommender_get_id (recommender);
  if (in_transaction (self, write_recommender, recommender, error))
    return TRUE;
  sks_recommender_set_id (recommender, old_id);
  return FALSE;
}

typedef struct {
  SksRound  *round;
  GPtrArray *recommenders;
} NewRound;

static gboolean
write_new_round (SksStore  *self,
                 gpointer   data,
                 GError   **error)
{
  NewRound *new_round = data;
  const char *key = sks_round_get_key (new_round->round);
  g_autoptr(SksRound) existing = sks_store_find_round (self, key, NULL);

  if (existing != NULL)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE,
                   _("The document already has a round with the key “%s”: give the new round "
                     "another key"), key);
      return FALSE;
    }
  if (!write_round (self, new_round->round, error))
    return FALSE;
  for (guint i = 0; i < new_round->recommenders->len; i++)
    {
      SksRecommender *recommender = g_ptr_array_index (new_round->recommenders, i);

      sks_recommender_set_round_id (recommender, sks_round_get_id (new_round->round));
      if (!write_recommender (self, recommender, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_store_create_round:
 * @round: a new round (no id), e.g. from sks_policy_create_round()
 * @recommenders: (element-type SksRecommender): its recommending units, new
 *
 * Adds a round with its recommending units in one transaction. A round
 * whose key the document already has is refused with
 * %SKS_STORE_ERROR_DUPLICATE; nothing is written then.
 */
gboolean
sks_store_create_round (SksStore   *self,
                        SksRound   *round,
                        GPtrArray  *recommenders,
                        GError    **error)
{
  NewRound new_round = { round, recommenders };
  const char *key;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_ROUND (round), FALSE);
  g_return_val_if_fail (sks_round_get_id (round) == 0, FALSE);
  g_return_val_if_fail (recommenders != NULL, FALSE);

  key = sks_round_get_key (round);
  if (key == NULL || *key == '\0')
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   "%s", _("Round key: must be filled in"));
      return FALSE;
    }
  if (in_transaction (self, write_new_round, &new_round, error))
    return TRUE;
  sks_round_set_id (round, 0);
  for (guint i = 0; i < recommenders->len; i++)
    {
      sks_recommender_set_id (g_ptr_array_index (recommenders, i), 0);
      sks_recommender_set_round_id (g_ptr_array_index (recommenders, i), 0);
    }
  return FALSE;
}

/* Applications: loading */

static gboolean
load_part (SksStore             *self,
           const char           *sql,
           gint64                id,
           const SksFieldTable  *table,
           GObject              *object,
           GError              **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    read_fields (stmt, 1, table, object);
  return TRUE;
}

/* Reads one item per row: the item's key columns first (attachments: id,
 * size, digest), then its field table's columns. */
static GObject *
item_from_row (sqlite3_stmt        *stmt,
               GType                type,
               const SksFieldTable *table)
{
  GObject *item = g_object_new (type, NULL);
  int first = 1;

  if (type == SKS_TYPE_ATTACHMENT)
    {
      sks_attachment_set_id (SKS_ATTACHMENT (item), sqlite3_column_int64 (stmt, 0));
      sks_attachment_set_stored_digest (SKS_ATTACHMENT (item), sqlite3_column_int64 (stmt, 1),
                                        (const char *) sqlite3_column_text (stmt, 2));
      first = 3;
    }
  read_fields (stmt, first, table, item);
  return item;
}

/* Loads the team, the attachments' metadata or the history of @studio. */
static gboolean
load_items (SksStore             *self,
            SksStudio            *studio,
            const char           *sql,
            GType                 type,
            const SksFieldTable  *table,
            GListModel           *into,
            GError              **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, sql, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sks_studio_get_id (studio));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt, type, table));
  if (!rows_done (self, rc, error))
    return FALSE;
  g_list_store_splice (G_LIST_STORE (into), g_list_model_get_n_items (into), 0, items->pdata,
                       items->len);
  return TRUE;
}

static SksStudio *
load_studio_row (SksStore  *self,
                 gint64     id,
                 GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, select_studio_sql (self), error);
  SksStudio *studio;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("Application %s is not in the document"), id_text);
      return NULL;
    }

  studio = sks_studio_new ();
  sks_studio_set_id (studio, id);
  sks_studio_set_uuid (studio, (const char *) sqlite3_column_text (stmt, 1));
  sks_studio_set_round_id (studio, sqlite3_column_int64 (stmt, 2));
  sks_studio_set_recommender_id (studio, sqlite3_column_int64 (stmt, 3));
  sks_studio_set_timestamps (studio, (const char *) sqlite3_column_text (stmt, 4),
                             (const char *) sqlite3_column_text (stmt, 5));
  read_fields (stmt, 6, sks_studio_get_field_table (), G_OBJECT (studio));
  return studio;
}

/**
 * sks_store_load_studio:
 *
 * Loads an application with its unit, master, team, history and the
 * attachments' metadata (their content: sks_store_load_attachment_data()).
 *
 * Returns: (transfer full): the studio, or %NULL with @error set
 */
SksStudio *
sks_store_load_studio (SksStore  *self,
                       gint64     id,
                       GError   **error)
{
  g_autoptr(SksStudio) studio = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  studio = load_studio_row (self, id, error);
  if (studio == NULL ||
      !load_part (self, select_unit_sql (self), id, sks_unit_get_field_table (),
                  G_OBJECT (sks_studio_get_unit (studio)), error) ||
      !load_part (self, select_master_sql (self), id, sks_master_get_field_table (),
                  G_OBJECT (sks_studio_get_master (studio)), error) ||
      !load_items (self, studio, select_members_sql (self), SKS_TYPE_TEAM_MEMBER,
                   sks_team_member_get_field_table (), sks_studio_get_team (studio), error) ||
      !load_items (self, studio, select_attachments_sql (self), SKS_TYPE_ATTACHMENT,
                   sks_attachment_get_field_table (), sks_studio_get_attachments (studio),
                   error) ||
      !load_items (self, studio, select_history_sql (self), SKS_TYPE_HISTORY_ENTRY,
                   sks_history_entry_get_field_table (), sks_studio_get_history (studio),
                   error))
    return NULL;
  return g_steal_pointer (&studio);
}

/* Returns: the id of the application with @uuid, 0 when there is none */
gint64
sks_store_find_studio_by_uuid (SksStore    *self,
                               const char  *uuid,
                               GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), 0);

  if (!(stmt = get_statement (self, "SELECT id FROM studios WHERE uuid = ?1", error)))
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

/* Returns: (transfer full): the content of an attachment */
GBytes *
sks_store_load_attachment_data (SksStore  *self,
                                gint64     attachment_id,
                                GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (!(stmt = get_statement (self, "SELECT a.data, a.sha256, a.name, s.name FROM attachments a"
                                     " JOIN studios s ON s.id = a.studio_id WHERE a.id = ?1",
                              error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, attachment_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("The attachment is not in the document"));
      return NULL;
    }
  /* Nothing leaves the document (export, viewer) that is not what was put in. */
  if (!_sks_store_attachment_matches (sqlite3_column_blob (stmt, 0),
                                      sqlite3_column_bytes (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1)))
    {
      _sks_store_set_attachment_error (error, (const char *) sqlite3_column_text (stmt, 2),
                                       (const char *) sqlite3_column_text (stmt, 3));
      return NULL;
    }
  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}

gint64
sks_store_count_studios (SksStore  *self,
                         gint64     round_id,
                         GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), -1);

  stmt = get_statement (self, "SELECT count(*) FROM studios WHERE (?1 = 0 OR round_id = ?1)"
                        " AND deleted IS NULL",
                        error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, round_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

/* Reads a column of ids; a failure part-way (a damaged page) is an error,
 * never a silently short list. */
static GArray *
collect_ids (SksStore      *self,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _sks_store_set_sqlite_error (error, self->db, rc, _("Could not read the document"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Returns: (transfer full) (element-type gint64): ids in creation order; all
 *   rounds when @round_id is 0 */
GArray *
sks_store_list_studio_ids (SksStore  *self,
                           gint64     round_id,
                           GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  stmt = get_statement (self,
                        "SELECT id FROM studios WHERE (?1 = 0 OR round_id = ?1)"
                        " AND deleted IS NULL ORDER BY id",
                        error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  return collect_ids (self, stmt, error);
}

static const char select_rows_sql[] =
  "SELECT s.id, s.round_id, s.recommender_id, s.name, m.name, r.name, u.name,"
  "       m.skill_level, m.birth, m.gender, s.status, s.modified, m.occupation,"
  "       (SELECT group_concat (t.name, char (10)) FROM team_members t"
  "         WHERE t.studio_id = s.id AND coalesce (t.name, '') != '')"
  " FROM studios s"
  " LEFT JOIN masters m ON m.studio_id = s.id"
  " LEFT JOIN units u ON u.studio_id = s.id"
  " LEFT JOIN recommenders r ON r.id = s.recommender_id"
  " WHERE (?1 = 0 OR s.round_id = ?1) AND s.deleted IS NULL"
  " ORDER BY s.id LIMIT ?2 OFFSET ?3";

static SksStudioRow *
studio_row_from_stmt (sqlite3_stmt *stmt)
{
  int gender = 0, status = 0;
  SksStudioRowData data = {
    .id = sqlite3_column_int64 (stmt, 0),
    .round_id = sqlite3_column_int64 (stmt, 1),
    .recommender_id = sqlite3_column_int64 (stmt, 2),
    .name = (const char *) sqlite3_column_text (stmt, 3),
    .master_name = (const char *) sqlite3_column_text (stmt, 4),
    .recommender_name = (const char *) sqlite3_column_text (stmt, 5),
    .unit_name = (const char *) sqlite3_column_text (stmt, 6),
    .skill_level = (const char *) sqlite3_column_text (stmt, 7),
    .birth = (const char *) sqlite3_column_text (stmt, 8),
    .modified = (const char *) sqlite3_column_text (stmt, 11),
    .occupation = (const char *) sqlite3_column_text (stmt, 12),
    .team_names = (const char *) sqlite3_column_text (stmt, 13),
  };

  sks_enum_from_nick (SKS_TYPE_GENDER, (const char *) sqlite3_column_text (stmt, 9), &gender);
  sks_enum_from_nick (SKS_TYPE_STATUS, (const char *) sqlite3_column_text (stmt, 10), &status);
  data.gender = gender;
  data.status = status;
  return sks_studio_row_new (&data);
}

/**
 * sks_store_list_studio_rows:
 * @round_id: a round, or 0 for all
 * @limit: the most rows to return, 0 for all
 *
 * Returns: (transfer full): a list of #SksStudioRow in creation order
 */
GListModel *
sks_store_list_studio_rows (SksStore  *self,
                            gint64     round_id,
                            guint      offset,
                            guint      limit,
                            GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (!(stmt = get_statement (self, select_rows_sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_int64 (stmt, 2, limit ? (gint64) limit : -1);
  sqlite3_bind_int64 (stmt, 3, offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, studio_row_from_stmt (stmt));
  if (rc != SQLITE_DONE)
    {
      _sks_store_set_sqlite_error (error, self->db, rc, _("Could not read the document"));
      return NULL;
    }

  store = g_list_store_new (SKS_TYPE_STUDIO_ROW);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

/* LIKE pattern for a literal substring. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/* An FTS5 phrase matching @text literally. */
static char *
fts_phrase (const char *text)
{
  g_autofree char *escaped = NULL;
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);

  escaped = g_strjoinv ("\"\"", parts);
  return g_strconcat ("\"", escaped, "\"", NULL);
}

/**
 * sks_store_search:
 * @text: a substring, in any field a user looks for (names, units, places,
 *   occupations, texts); never ID numbers or phones
 *
 * Queries of three or more characters use the trigram index; shorter ones
 * (a Chinese surname, a two-character name) scan the search table, since
 * trigrams cannot match them.
 *
 * Returns: (transfer full) (element-type gint64): matching ids, ascending
 */
GArray *
sks_store_search (SksStore    *self,
                  const char  *text,
                  GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autofree char *query = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return sks_store_list_studio_ids (self, 0, error);

  if (g_utf8_strlen (trimmed, -1) >= 3)
    {
      stmt = get_statement (self, "SELECT search_fts.rowid FROM search_fts JOIN studios"
                                  " ON studios.id = search_fts.rowid WHERE search_fts MATCH ?1"
                                  " AND studios.deleted IS NULL ORDER BY search_fts.rowid",
                            error);
      query = fts_phrase (trimmed);
    }
  else
    {
      stmt = get_statement (self, "SELECT f.studio_id FROM search f JOIN studios s"
                                  " ON s.id = f.studio_id WHERE f.text LIKE ?1 ESCAPE '\\'"
                                  " AND s.deleted IS NULL ORDER BY f.studio_id", error);
      query = like_pattern (trimmed);
    }
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  return collect_ids (self, stmt, error);
}

/* Applications: writing */

static gboolean
insert_studio_row (SksStore   *self,
                   SksStudio  *studio,
                   const char *now,
                   GError    **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, insert_studio_sql (self), error);
  const char *created = sks_studio_get_created (studio);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sks_studio_get_uuid (studio), -1, SQLITE_TRANSIENT);
  bind_id (stmt, 2, sks_studio_get_round_id (studio));
  bind_id (stmt, 3, sks_studio_get_recommender_id (studio));
  sqlite3_bind_text (stmt, 4, created ? created : now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  bind_fields (stmt, 6, sks_studio_get_field_table (), G_OBJECT (studio));

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE,
                     _("The application “%s” is already in the document"),
                     sks_studio_get_name (studio) ? sks_studio_get_name (studio) : "");
      else
        _sks_store_set_sqlite_error (error, self->db, sqlite3_errcode (self->db),
                                     _("Could not save"));
      return FALSE;
    }
  sks_studio_set_id (studio, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

static gboolean
update_studio_row (SksStore   *self,
                   SksStudio  *studio,
                   const char *now,
                   GError    **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, update_studio_sql (self), error);
  guint n_fields = sks_studio_get_field_table ()->n_fields;

  if (stmt == NULL)
    return FALSE;
  bind_id (stmt, 1, sks_studio_get_round_id (studio));
  bind_id (stmt, 2, sks_studio_get_recommender_id (studio));
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  bind_fields (stmt, 4, sks_studio_get_field_table (), G_OBJECT (studio));
  sqlite3_bind_int64 (stmt, n_fields + 4, sks_studio_get_id (studio));
  if (!step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("The application was deleted meanwhile"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_part (SksStore            *self,
            const char          *sql,
            gint64               studio_id,
            const SksFieldTable *table,
            GObject             *object,
            GError             **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  bind_fields (stmt, 2, table, object);
  return step_done (self, stmt, error);
}

static gboolean
exec_for_studio (SksStore    *self,
                 const char  *sql,
                 gint64       studio_id,
                 GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  return step_done (self, stmt, error);
}

static gboolean
write_team (SksStore   *self,
            SksStudio  *studio,
            gboolean    is_new,
            GError    **error)
{
  GListModel *team = sks_studio_get_team (studio);
  gint64 id = sks_studio_get_id (studio);
  g_autoptr(SksCachedStmt) stmt = NULL;

  if (!is_new &&
      !exec_for_studio (self, "DELETE FROM team_members WHERE studio_id = ?1", id, error))
    return FALSE;
  if (!(stmt = get_statement (self, insert_member_sql (self), error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, i);
      bind_fields (stmt, 3, sks_team_member_get_field_table (), G_OBJECT (member));
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_attachment (SksStore       *self,
                   gint64          studio_id,
                   SksAttachment  *attachment,
                   GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  GBytes *data = sks_attachment_get_data (attachment);

  if (data == NULL)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("The attachment “%s” has no content"), sks_attachment_get_name (attachment));
      return FALSE;
    }

  stmt = get_statement (self, "INSERT INTO attachments (studio_id, kind, name, mime_type, note, "
                              "size, sha256, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  bind_fields (stmt, 2, sks_attachment_get_field_table (), G_OBJECT (attachment));
  sqlite3_bind_int64 (stmt, 6, sks_attachment_get_size (attachment));
  sqlite3_bind_text (stmt, 7, sks_attachment_get_sha256 (attachment), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob64 (stmt, 8, g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                       SQLITE_STATIC);
  if (!step_done (self, stmt, error))
    return FALSE;
  sks_attachment_set_id (attachment, sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

static gboolean
update_attachment (SksStore       *self,
                   gint64          studio_id,
                   SksAttachment  *attachment,
                   GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  stmt = get_statement (self, "UPDATE attachments SET kind = ?2, name = ?3, mime_type = ?4, "
                              "note = ?5 WHERE id = ?6 AND studio_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  bind_fields (stmt, 2, sks_attachment_get_field_table (), G_OBJECT (attachment));
  sqlite3_bind_int64 (stmt, 6, sks_attachment_get_id (attachment));
  return step_done (self, stmt, error);
}

static gboolean
delete_removed_attachments (SksStore   *self,
                            SksStudio  *studio,
                            GError    **error)
{
  GListModel *attachments = sks_studio_get_attachments (studio);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) stored = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      gint64 *id = g_new (gint64, 1);

      *id = sks_attachment_get_id (attachment);
      g_hash_table_add (kept, id);
    }

  {
    g_autoptr(SksCachedStmt) list =
      get_statement (self, "SELECT id FROM attachments WHERE studio_id = ?1", error);
    if (list == NULL)
      return FALSE;
    sqlite3_bind_int64 (list, 1, sks_studio_get_id (studio));
    stored = collect_ids (self, list, error);
    if (stored == NULL)
      return FALSE;
  }

  for (guint i = 0; i < stored->len; i++)
    {
      gint64 id = g_array_index (stored, gint64, i);

      if (!g_hash_table_contains (kept, &id) &&
          !exec_for_studio (self, "DELETE FROM attachments WHERE id = ?1", id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_attachments (SksStore   *self,
                   SksStudio  *studio,
                   gboolean    is_new,
                   GError    **error)
{
  GListModel *attachments = sks_studio_get_attachments (studio);
  gint64 id = sks_studio_get_id (studio);

  if (!is_new && !delete_removed_attachments (self, studio, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      gboolean ok = sks_attachment_get_id (attachment) == 0 || is_new
                      ? insert_attachment (self, id, attachment, error)
                      : update_attachment (self, id, attachment, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_history (SksStore        *self,
               SksStudio       *studio,
               SksHistoryEntry *entry,
               GError         **error)
{
  return _sks_store_write_history (self, sks_studio_get_id (studio), entry, error);
}

static gboolean
write_new_history (SksStore   *self,
                   SksStudio  *studio,
                   GPtrArray  *entries,
                   GError    **error)
{
  for (guint i = 0; i < entries->len; i++)
    if (!write_history (self, studio, g_ptr_array_index (entries, i), error))
      return FALSE;
  return TRUE;
}

/* @importing: keep the sender's history before @entry, and leave the
 * search row to one statement for the whole import (FTS5 flushes its index
 * after every statement, which made per-application rows the slow part). */
static gboolean
write_past_history (SksStore   *self,
                    SksStudio  *studio,
                    GError    **error)
{
  GListModel *history = sks_studio_get_history (studio);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SksHistoryEntry) past = g_list_model_get_item (history, i);
      if (!write_history (self, studio, past, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_studio (SksStore        *self,
              SksStudio       *studio,
              GPtrArray       *entries,
              const char      *now,
              gboolean         importing,
              GError         **error)
{
  gboolean is_new = sks_studio_get_id (studio) == 0;
  gint64 id;

  if (is_new ? !insert_studio_row (self, studio, now, error)
             : !update_studio_row (self, studio, now, error))
    return FALSE;

  id = sks_studio_get_id (studio);
  return write_part (self, replace_unit_sql (self), id, sks_unit_get_field_table (),
                     G_OBJECT (sks_studio_get_unit (studio)), error) &&
         write_part (self, replace_master_sql (self), id, sks_master_get_field_table (),
                     G_OBJECT (sks_studio_get_master (studio)), error) &&
         write_team (self, studio, is_new, error) &&
         write_attachments (self, studio, is_new, error) &&
         (!importing || write_past_history (self, studio, error)) &&
         write_new_history (self, studio, entries, error) &&
         (importing || exec_for_studio (self, _sks_store_search_text_sql, id, error));
}

/* The ids a failed transaction must give back. */
typedef struct {
  SksStudio *studio;
  gint64     id;
  GPtrArray *new_attachments;
} SavedIds;

static void
saved_ids_remember (GArray    *saved,
                    SksStudio *studio)
{
  GListModel *attachments = sks_studio_get_attachments (studio);
  SavedIds ids = { studio, sks_studio_get_id (studio), g_ptr_array_new_with_free_func (g_object_unref) };

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      SksAttachment *attachment = g_list_model_get_item (attachments, i);
      if (sks_attachment_get_id (attachment) == 0 || ids.id == 0)
        g_ptr_array_add (ids.new_attachments, attachment);
      else
        g_object_unref (attachment);
    }
  g_array_append_val (saved, ids);
}

static void
saved_ids_restore (GArray *saved)
{
  for (guint i = 0; i < saved->len; i++)
    {
      SavedIds *ids = &g_array_index (saved, SavedIds, i);

      sks_studio_set_id (ids->studio, ids->id);
      for (guint j = 0; j < ids->new_attachments->len; j++)
        sks_attachment_set_id (g_ptr_array_index (ids->new_attachments, j), 0);
    }
}

static void
saved_ids_clear (gpointer data)
{
  g_ptr_array_unref (((SavedIds *) data)->new_attachments);
}

/* The history entries of saving @studio: "created" for a new one, else one
 * per changed field (sks-store-history.c). Returns %NULL with @error unset
 * when nothing changed. */
static GPtrArray *
make_history (SksStore    *self,
              SksStudio   *studio,
              const char  *now,
              const char  *reason,
              SksStudio  **stored_out,
              GError     **error)
{
  g_autoptr(SksStudio) stored = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const char *who = sks_store_get_user (self);

  if (sks_studio_get_id (studio) == 0)
    {
      entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (entries, sks_history_entry_new_change (now, "created", NULL, NULL, NULL,
                                                              who, reason));
      return g_steal_pointer (&entries);
    }

  stored = sks_store_load_studio (self, sks_studio_get_id (studio), error);
  if (stored == NULL)
    return NULL;
  entries = _sks_store_describe_changes (stored, studio, now, who, reason);
  if (entries->len == 0)
    return NULL;  /* nothing changed: nothing to write */
  *stored_out = g_steal_pointer (&stored);
  return g_steal_pointer (&entries);
}

/* A status change is also an event of the round. */
static gboolean
write_status_event (SksStore    *self,
                    SksStudio   *stored,
                    SksStudio   *studio,
                    const char  *reason,
                    GError     **error)
{
  g_autofree char *detail = NULL;

  if (stored == NULL || sks_studio_get_status (stored) == sks_studio_get_status (studio))
    return TRUE;
  detail = g_strdup_printf ("%s → %s",
                            sks_enum_get_nick (SKS_TYPE_STATUS, sks_studio_get_status (stored)),
                            sks_enum_get_nick (SKS_TYPE_STATUS, sks_studio_get_status (studio)));
  return _sks_store_write_studio_event (self, studio, "status", detail, reason, error);
}

/**
 * sks_store_save_studio:
 *
 * Saves an application with all its parts in one transaction. A new one gets
 * its id; each changed field is recorded in its history with the store's
 * user, the old and the new value (personal values masked). Saving an
 * unchanged application writes nothing.
 */
gboolean
sks_store_save_studio (SksStore   *self,
                       SksStudio  *studio,
                       GError    **error)
{
  return sks_store_save_studio_with_reason (self, studio, NULL, error);
}

/**
 * sks_store_save_studio_with_reason:
 * @reason: (nullable): why, kept with each history entry of this save
 *
 * Like sks_store_save_studio(), with the user's reason for the change.
 */
gboolean
sks_store_save_studio_with_reason (SksStore    *self,
                                   SksStudio   *studio,
                                   const char  *reason,
                                   GError     **error)
{
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (SavedIds));
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(SksStudio) stored = NULL;
  g_autofree char *now = _sks_store_now_iso8601 ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_STUDIO (studio), FALSE);

  if (!ensure_writable (self, error))
    return FALSE;
  if (reason != NULL && *reason == '\0')
    reason = NULL;
  entries = make_history (self, studio, now, reason, &stored, &local_error);
  if (entries == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (stored != NULL && !_sks_store_check_status_step (stored, studio, error))
    return FALSE;
  g_array_set_clear_func (saved, saved_ids_clear);
  saved_ids_remember (saved, studio);
  if (!_sks_store_exec (self->db, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if (!write_studio (self, studio, entries, now, FALSE, error) ||
      !write_status_event (self, stored, studio, reason, error) ||
      !_sks_store_exec (self->db, "COMMIT;", error))
    {
      _sks_store_exec (self->db, "ROLLBACK;", NULL);
      saved_ids_restore (saved);
      return FALSE;
    }
  committed (self);

  sks_studio_set_timestamps (studio, sks_studio_get_created (studio) ?: now, now);
  for (guint i = 0; i < entries->len; i++)
    sks_studio_add_history_entry (studio, g_ptr_array_index (entries, i));
  return TRUE;
}

static gint64
max_studio_id (SksStore  *self,
               GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = get_statement (self, "SELECT coalesce (max (id), 0) FROM studios",
                                                 error);

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _sks_store_set_sqlite_error (error, self->db, sqlite3_errcode (self->db),
                                   _("Could not read the document"));
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * sks_store_import_studios:
 * @studios: (element-type SksStudio): new applications, each naming its round
 *   and recommending unit
 *
 * Adds all of @studios in one transaction, or none of them: an application
 * whose uuid is already in the document fails the whole import with
 * %SKS_STORE_ERROR_DUPLICATE.
 */
gboolean
sks_store_import_studios (SksStore   *self,
                          GPtrArray  *studios,
                          GError    **error)
{
  return sks_store_import_studios_with_evaluations (self, studios, NULL, error);
}

/**
 * sks_store_import_studios_with_evaluations:
 * @evaluations: (nullable) (element-type GPtrArray): per studio, %NULL or
 *   its evaluations (SksEvaluation), saved for it in the same transaction
 *
 * Like sks_store_import_studios(), with the studios' evaluations.
 */
gboolean
sks_store_import_studios_with_evaluations (SksStore   *self,
                                           GPtrArray  *studios,
                                           GPtrArray  *evaluations,
                                           GError    **error)
{
  return sks_store_import_studios_replacing (self, studios, evaluations, NULL, NULL, error);
}

/* An imported version of draft @id takes its place: only while the draft is
 * still 填报中 and not in the trash, checked inside the import's transaction.
 * The history keeps every value it changes, with the reason. */
static gboolean
replace_draft (SksStore    *self,
               SksStudio   *studio,
               gint64       id,
               const char  *now,
               guint       *n_replaced,
               GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(SksStudio) stored = NULL;
  g_autoptr(GError) local_error = NULL;
  SksStatus status = SKS_STATUS_DRAFT;
  gboolean deleted = FALSE;

  if (!sks_store_get_studio_state (self, id, &status, &deleted, error))
    return FALSE;
  if (deleted || status != SKS_STATUS_DRAFT)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE,
                   _("“%s” is no longer a draft (填报中) in the document; it is not replaced"),
                   sks_studio_get_name (studio));
      return FALSE;
    }
  sks_studio_set_id (studio, id);
  entries = make_history (self, studio, now, _("replaced by an imported version"), &stored,
                          &local_error);
  if (entries == NULL && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (entries == NULL)
    return TRUE;  /* the same as stored: nothing to write */
  (*n_replaced)++;
  return write_studio (self, studio, entries, now, FALSE, error) &&
         _sks_store_write_studio_event (self, studio, "replaced", NULL, NULL, error);
}

/**
 * sks_store_import_studios_replacing:
 * @replace_ids: (nullable) (element-type gint64): per studio, 0 to add it, or
 *   the id of the draft (填报中) it replaces
 * @n_replaced: (out) (optional): the drafts that changed (a version equal to
 *   the draft's changes nothing and is not counted)
 *
 * Like sks_store_import_studios_with_evaluations(); an application with a
 * replace id takes the place of that draft (refused with
 * %SKS_STORE_ERROR_DUPLICATE, and nothing written, when the draft was
 * submitted or deleted meanwhile). Replacements bring no evaluations.
 */
gboolean
sks_store_import_studios_replacing (SksStore   *self,
                                    GPtrArray  *studios,
                                    GPtrArray  *evaluations,
                                    GArray     *replace_ids,
                                    guint      *n_replaced,
                                    GError    **error)
{
  guint replaced = 0;
  g_autoptr(GArray) saved = g_array_new (FALSE, FALSE, sizeof (SavedIds));
  g_autofree char *now = _sks_store_now_iso8601 ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 last_id;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (studios != NULL, FALSE);

  if (!ensure_writable (self, error))
    return FALSE;
  g_ptr_array_add (entries, sks_history_entry_new_change (now, "imported", NULL, NULL, NULL,
                                                          sks_store_get_user (self), NULL));

  /* A bulk write goes only into a document that passes the full check. */
  if (!check_pages_if_needed (self, error))
    return FALSE;
  g_array_set_clear_func (saved, saved_ids_clear);
  if (!_sks_store_exec (self->db, "BEGIN IMMEDIATE;", error))
    return FALSE;
  /* Rows inserted now get ids above the largest one so far. */
  if ((last_id = max_studio_id (self, error)) < 0)
    goto rollback;

  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      gint64 replace_id = replace_ids != NULL && i < replace_ids->len
                          ? g_array_index (replace_ids, gint64, i) : 0;

      saved_ids_remember (saved, studio);
      sks_studio_set_id (studio, 0);
      if (replace_id != 0)
        {
          if (!replace_draft (self, studio, replace_id, now, &replaced, error))
            goto rollback;
          continue;
        }
      if (!write_studio (self, studio, entries, now, TRUE, error) ||
          !_sks_store_write_studio_event (self, studio, "imported", NULL, NULL, error))
        goto rollback;
      if (evaluations != NULL && i < evaluations->len &&
          !_sks_store_write_evaluations (self, g_ptr_array_index (evaluations, i),
                                         sks_studio_get_id (studio), error))
        goto rollback;
    }
  if (!exec_for_studio (self, _sks_store_search_text_bulk_sql, last_id, error) ||
      !_sks_store_exec (self->db, "COMMIT;", error))
    goto rollback;
  committed (self);
  if (n_replaced != NULL)
    *n_replaced = replaced;

  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      g_autoptr(SksHistoryEntry) imported = NULL;

      imported = sks_history_entry_new_change (now, "imported", NULL, NULL, NULL,
                                               sks_store_get_user (self), NULL);
      sks_studio_set_timestamps (studio, sks_studio_get_created (studio) ?: now, now);
      sks_studio_add_history_entry (studio, imported);
    }
  return TRUE;

rollback:
  _sks_store_exec (self->db, "ROLLBACK;", NULL);
  saved_ids_restore (saved);
  for (guint i = 0; evaluations != NULL && i < evaluations->len; i++)
    _sks_store_forget_evaluation_ids (g_ptr_array_index (evaluations, i));
  return FALSE;
}

/* For the other store files (sks-store-evaluation.c) */

SksCachedStmt *
_sks_store_get_statement (SksStore    *self,
                          const char  *sql,
                          GError     **error)
{
  return get_statement (self, sql, error);
}

gboolean
_sks_store_step_done (SksStore      *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  return step_done (self, stmt, error);
}

gboolean
_sks_store_rows_done (SksStore  *self,
                      int        rc,
                      GError   **error)
{
  return rows_done (self, rc, error);
}

gboolean
_sks_store_in_transaction (SksStore  *self,
                           gboolean (*write) (SksStore *, gpointer, GError **),
                           gpointer   data,
                           GError   **error)
{
  return in_transaction (self, write, data, error);
}

void
_sks_store_bind_fields (sqlite3_stmt        *stmt,
                        int                  first,
                        const SksFieldTable *table,
                        GObject             *object)
{
  bind_fields (stmt, first, table, object);
}

void
_sks_store_read_fields (sqlite3_stmt        *stmt,
                        int                  first,
                        const SksFieldTable *table,
                        GObject             *object)
{
  read_fields (stmt, first, table, object);
}

char *
_sks_store_build_upsert_sql (const char          *table_name,
                             const char          *key_columns,
                             guint                n_keys,
                             const SksFieldTable *table)
{
  return build_upsert_sql (table_name, key_columns, n_keys, table);
}

char *
_sks_store_build_select_sql (const char          *table_name,
                             const char          *key_columns,
                             const SksFieldTable *table,
                             const char          *where)
{
  return build_select_sql (table_name, key_columns, table, where);
}

const char *
_sks_store_cached_sql (SksStore    *self,
                       const char  *name,
                       char      *(*build) (void))
{
  return cached_sql (self, name, build);
}
