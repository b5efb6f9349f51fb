/* test-store-safety.c — permissions, the single-writer lock, refusing bad
 * files, integrity checks and backups
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sks-store-private.h"
#include "sks-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "safety.skillstudio", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SksStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SksStore *store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gint64
add_studios (SksStore *store,
             guint     n,
             guint     seed)
{
  g_autoptr(GError) error = NULL;
  gint64 last = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksStudio) studio = sks_test_make_full_studio (seed + i, 3);
      g_assert_true (sks_store_save_studio (store, studio, &error));
      g_assert_no_error (error);
      last = sks_studio_get_id (studio);
    }
  return last;
}

static void
test_file_mode (Fixture       *f,
                gconstpointer  data)
{
  mode_t old_umask = umask (0022);
  g_autoptr(SksStore) store = open_store (f->path);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  GStatBuf st;

  umask (old_umask);
  add_studios (store, 1, 1);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_default_path (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = sks_store_dup_default_path ();

  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "skill-studio/default.skillstudio"));
}

static void
test_second_writer_gets_read_only (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SksStore) first = open_store (f->path);
  g_autoptr(SksStore) second = NULL;
  g_autoptr(SksStore) third = NULL;
  g_autoptr(SksStudio) studio = sks_test_make_full_studio (5, 3);
  g_autoptr(GError) error = NULL;

  add_studios (first, 2, 10);
  g_assert_false (sks_store_get_read_only (first));
  g_assert_null (sks_store_get_read_only_reason (first));

  second = open_store (f->path);
  g_assert_true (sks_store_get_read_only (second));
  g_assert_nonnull (sks_store_get_read_only_reason (second));
  g_assert_cmpint (sks_store_count_studios (second, 0, NULL), ==, 2);

  g_assert_false (sks_store_save_studio (second, studio, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (sks_studio_get_id (studio), ==, 0);
  g_clear_error (&error);
  g_assert_false (sks_store_delete_studio (second, 1, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* The reader sees what the writer commits. */
  add_studios (first, 1, 20);
  g_assert_cmpint (sks_store_count_studios (second, 0, NULL), ==, 3);

  /* Once the writer is gone, the next one may write. */
  g_clear_object (&first);
  third = open_store (f->path);
  g_assert_false (sks_store_get_read_only (third));
}

/* The same with a real second process, as when a colleague opens the
 * document from a shared folder while it is open here. */
static void
test_other_process_gets_read_only (Fixture       *f,
                                   gconstpointer  data)
{
  int ready[2], done[2];
  char byte = 0;
  pid_t child;
  int status = 0;

  g_object_unref (open_store (f->path));
  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (done), ==, 0);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      SksStore *writer = sks_store_open (f->path, SKS_STORE_OPEN_DEFAULT, NULL);
      char answer = writer && !sks_store_get_read_only (writer) ? 'w' : 'r';

      if (write (ready[1], &answer, 1) != 1 || read (done[0], &answer, 1) != 1)
        _exit (2);
      _exit (0);
    }

  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'w');
  {
    g_autoptr(SksStore) reader = open_store (f->path);
    g_assert_true (sks_store_get_read_only (reader));
  }
  g_assert_cmpint (write (done[1], "x", 1), ==, 1);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  /* The lock dies with its process: now this one may write. */
  {
    g_autoptr(SksStore) writer = open_store (f->path);
    g_assert_false (sks_store_get_read_only (writer));
  }
  close (ready[0]); close (ready[1]); close (done[0]); close (done[1]);
}

static void
set_user_version (const char *path,
                  int         version)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d;", version);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_newer_document_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStore) again = NULL;

  add_studios (store, 1, 30);
  g_clear_object (&store);
  set_user_version (f->path, SKS_STORE_SCHEMA_VERSION + 1);

  again = sks_store_open (f->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (again);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer"));
  /* The file is left as it was. */
  set_user_version (f->path, SKS_STORE_SCHEMA_VERSION);
  again = open_store (f->path);
  g_assert_cmpint (sks_store_count_studios (again, 0, NULL), ==, 1);
}

static void
test_other_files_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.skillstudio", NULL);
  const char *garbage[] = { "not a database at all", "SQLite format 3", "" };
  sqlite3 *db = NULL;
  SksStore *store;

  for (guint i = 0; i < G_N_ELEMENTS (garbage) - 1; i++)
    {
      g_assert_true (g_file_set_contents (f->path, garbage[i], -1, NULL));
      store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
      g_assert_null (store);
      g_assert_true (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT) ||
                     g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED));
      g_clear_error (&error);
    }

  /* Another program's database. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = sks_store_open (other, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT);
  g_clear_error (&error);

  store = sks_store_open (missing, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Overwrites pages in the middle of the file, as a failing disk would. */
static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 2 * 4096; i < length - 4096; i++)
    contents[i] = (char) (i * 7919 % 251);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_damaged_document_and_backup (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStore) restored = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *good = NULL;
  g_auto(GStrv) backups = NULL;
  SksStore *damaged;

  add_studios (store, 6, 40);
  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  /* Once a day: a second call makes none. */
  g_assert_null (sks_store_backup_if_due (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  damage_file (f->path);
  damaged = sks_store_open (f->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (damaged);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  /* With the check deferred, opening may succeed, but the check fails. */
  damaged = sks_store_open (f->path, SKS_STORE_OPEN_DEFER_CHECK, &error);
  if (damaged != NULL)
    {
      g_assert_no_error (error);
      g_assert_false (sks_store_check_integrity (damaged, &error));
      g_clear_object (&damaged);
    }
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  good = sks_store_find_latest_good_backup (f->path);
  g_assert_cmpstr (good, ==, backup);
  g_assert_true (sks_store_restore_backup (f->path, good, &error));
  g_assert_no_error (error);

  restored = open_store (f->path);
  g_assert_cmpint (sks_store_count_studios (restored, 0, NULL), ==, 6);

  /* No restore while a program has the document open. */
  g_assert_false (sks_store_restore_backup (f->path, good, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (sks_store_count_studios (restored, 0, NULL), ==, 6);

  /* The damaged file is kept aside, never deleted. */
  backups = sks_store_list_backups (f->path);
  g_assert_cmpuint (g_strv_length (backups), >=, 1);
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;
    gboolean found = FALSE;

    while ((name = g_dir_read_name (dir)) != NULL)
      found |= strstr (name, ".damaged-") != NULL;
    g_assert_true (found);
  }
}

static void
test_backups_pruned (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autofree char *backup = NULL;
  g_auto(GStrv) backups = NULL;

  add_studios (store, 1, 50);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *old = g_strdup_printf ("%s.backup-2024010%u-120000", f->path, i + 1);
      g_assert_true (sks_store_backup_to (store, old, &error));
      g_assert_no_error (error);
    }

  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  backups = sks_store_list_backups (f->path);
  g_assert_cmpuint (g_strv_length (backups), ==, SKS_STORE_BACKUPS_KEPT);
  g_assert_cmpstr (backups[0], ==, backup);
  g_assert_true (g_str_has_suffix (backups[1], ".backup-20240108-120000"));
}

static void
test_read_only_flag (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStore) reader = NULL;

  add_studios (store, 2, 60);
  g_clear_object (&store);

  reader = sks_store_open (f->path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sks_store_get_read_only (reader));
  g_assert_cmpint (sks_store_count_studios (reader, 0, NULL), ==, 2);

  /* A read-only view does not keep a writer out. */
  store = open_store (f->path);
  g_assert_false (sks_store_get_read_only (store));
}

/* Issue 11: damaged files and hostile documents */

static GBytes *
read_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
assert_no_sidecar_files (const char *path)
{
  const char *suffixes[] = { "-wal", "-shm", "-journal", "-lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *sidecar = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (sidecar, G_FILE_TEST_EXISTS));
    }
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A 0-byte file (a failed copy, a full disk) is refused, not filled with a
 * new, empty schema: only a path that does not exist becomes a document. */
static void
test_empty_file_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SksStoreOpenFlags flags[] = { SKS_STORE_OPEN_CREATE, SKS_STORE_OPEN_DEFAULT,
                                SKS_STORE_OPEN_CREATE | SKS_STORE_OPEN_DEFER_CHECK,
                                SKS_STORE_OPEN_READ_ONLY };
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      SksStore *store;

      g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
      store = sks_store_open (f->path, flags[i], &error);
      g_assert_null (store);
      g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, "empty"));
      g_clear_error (&error);
      g_assert_cmpint (g_stat (f->path, &st), ==, 0);
      g_assert_cmpint (st.st_size, ==, 0);
      assert_no_sidecar_files (f->path);
    }
}

/* An empty SQLite database of no program is not a new document either. */
static void
test_bare_database_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  SksStore *store;

  raw_exec (f->path, "PRAGMA user_version = 0; VACUUM;");
  before = read_file (f->path);
  store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT);
  after = read_file (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* Another program's database is refused before anything of it changes:
 * no switch to WAL, no journal or shared-memory file beside it. */
static void
test_foreign_database_untouched (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  SksStoreOpenFlags flags[] = { SKS_STORE_OPEN_DEFAULT, SKS_STORE_OPEN_CREATE,
                                SKS_STORE_OPEN_READ_ONLY, SKS_STORE_OPEN_DEFER_CHECK };

  raw_exec (other, "CREATE TABLE accounts (name TEXT); INSERT INTO accounts VALUES ('x');");
  before = read_file (other);
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = NULL;
      SksStore *store = sks_store_open (other, flags[i], &error);

      g_assert_null (store);
      g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT);
    }
  after = read_file (other);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_sidecar_files (other);
}

/* A format version below 1 is none Skill Studio wrote: refused, and the
 * version is left as it is (it was once set to 0 without a backup). */
static void
test_negative_version_refused (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SksFileHeader header;
  SksStore *store;

  g_object_unref (open_store (f->path));
  set_user_version (f->path, -1);
  store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_assert_true (_sks_store_read_header (f->path, &header, NULL));
  g_assert_cmpint (header.user_version, ==, -1);
}

/* A table missing is found on open, not by a later "no such table". */
static void
test_missing_table_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  SksStore *again;

  add_studios (store, 1, 70);
  g_clear_object (&store);
  raw_exec (f->path, "DROP TABLE evaluation_scores;");

  again = sks_store_open (f->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (again);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "evaluation_scores"));
}

/* An index that no longer matches its table passes SQLite's quick check;
 * the full check finds it, and then nothing is backed up or imported. */
static void
test_damaged_index (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) backups = NULL;

  add_studios (store, 4, 80);
  g_clear_object (&store);
  raw_exec (f->path, "PRAGMA writable_schema = ON;"
                     "UPDATE sqlite_schema SET sql = 'CREATE INDEX masters_id_number ON masters"
                     " (name)' WHERE name = 'masters_id_number';");

  store = sks_store_open (f->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (sks_store_check_integrity (store, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  g_assert_null (sks_store_backup_if_due (store, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  backups = sks_store_list_backups (f->path);
  g_assert_cmpuint (g_strv_length (backups), ==, 0);

  g_ptr_array_add (studios, sks_test_make_full_studio (90, 1));
  g_assert_false (sks_store_import_studios (store, studios, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);
  g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, 4);
}

/* A backup of a document that holds nothing is never made, and an empty
 * backup never wins over an older one with data. */
static void
test_empty_backup_not_preferred (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_path = g_build_filename (f->dir, "empty.skillstudio", NULL);
  g_autofree char *old = g_strconcat (f->path, ".backup-20240101-120000", NULL);
  g_autofree char *newer = g_strconcat (f->path, ".backup-20240102-120000", NULL);
  g_autofree char *good = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStore) empty = open_store (empty_path);
  g_auto(GStrv) empty_backups = NULL;
  gint64 n_rounds = -1, n_studios = -1;

  g_assert_null (sks_store_backup_if_due (empty, &error));
  g_assert_no_error (error);
  empty_backups = sks_store_list_backups (empty_path);
  g_assert_cmpuint (g_strv_length (empty_backups), ==, 0);

  add_studios (store, 3, 100);
  g_assert_true (sks_store_backup_to (store, old, &error));
  g_assert_true (sks_store_backup_to (empty, newer, &error));
  g_assert_no_error (error);

  good = sks_store_find_latest_good_backup (f->path);
  g_assert_cmpstr (good, ==, old);
  g_assert_true (sks_store_inspect_backup (newer, &n_rounds, &n_studios, &error));
  g_assert_cmpint (n_studios, ==, 0);
  g_assert_true (sks_store_inspect_backup (old, &n_rounds, &n_studios, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_studios, ==, 3);
}

/* Lock files, partial copies and other files beside the document are no
 * backups: not counted when pruning, not blocking the day's backup. */
static void
test_backup_listing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-000000");
  g_autofree char *killed = g_strconcat (f->path, ".backup-", stamp, NULL);
  g_autofree char *partial = g_strconcat (f->path, ".backup-", stamp, ".partial-Ab12Cd", NULL);
  g_autofree char *backup = NULL;
  g_auto(GStrv) backups = NULL;
  const char *others[] = { ".backup-20240110-120000-lock", ".backup-20240111-120000.txt",
                           ".backup-2024011-120000", ".backup-20240112-120000-wal" };

  add_studios (store, 1, 110);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *old = g_strdup_printf ("%s.backup-2024010%u-120000", f->path, i + 1);
      g_assert_true (sks_store_backup_to (store, old, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *other = g_strconcat (f->path, others[i], NULL);
      g_assert_true (g_file_set_contents (other, "", 0, NULL));
    }
  /* A backup killed before the fix left a 0-byte file with today's name;
   * one killed now leaves a partial copy. */
  g_assert_true (g_file_set_contents (killed, "", 0, NULL));
  g_assert_true (g_file_set_contents (partial, "SQLite format 3", -1, NULL));

  backups = sks_store_list_backups (f->path);
  g_assert_cmpuint (g_strv_length (backups), ==, 5);
  g_clear_pointer (&backups, g_strfreev);

  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  backups = sks_store_list_backups (f->path);
  g_assert_cmpuint (g_strv_length (backups), ==, SKS_STORE_BACKUPS_KEPT);
  g_assert_cmpstr (backups[0], ==, backup);
  g_assert_true (g_str_has_suffix (backups[1], ".backup-20240105-120000"));
  g_assert_true (g_str_has_suffix (backups[4], ".backup-20240102-120000"));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *other = g_strconcat (f->path, others[i], NULL);
      g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
    }
}

/* Inspecting a backup (its check, its counts, whether it could be changed,
 * a read-only view) changes nothing of it. */
static void
test_inspecting_backup_changes_nothing (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStore) view = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  gint64 n_rounds, n_studios;

  add_studios (store, 2, 120);
  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  before = read_file (backup);

  g_assert_true (sks_store_inspect_backup (backup, &n_rounds, &n_studios, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_studios, ==, 2);
  reason = sks_store_probe_access (backup);
  g_assert_null (reason);
  view = sks_store_open (backup, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_count_studios (view, 0, NULL), ==, 2);
  g_clear_object (&view);

  after = read_file (backup);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_sidecar_files (backup);
}

/* The document file alone is complete after every commit: a copy of just
 * that file (as a user e-mails it) holds every saved application. */
static void
test_one_file_is_the_document (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStore) reader = NULL;
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *copy = g_build_filename (f->dir, "copy.skillstudio", NULL);
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 20; i++)
    g_ptr_array_add (studios, sks_test_make_full_studio (130 + i, 2));
  g_assert_true (sks_store_import_studios (store, studios, &error));
  g_assert_no_error (error);
  add_studios (store, 1, 160);

  /* The document is still open: its WAL is still there. */
  bytes = read_file (f->path);
  g_assert_true (g_file_set_contents (copy, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  reader = sks_store_open (copy, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_count_studios (reader, 0, NULL), ==, 21);
}

/* A healthy document that a restore replaces is kept under a name that
 * says so, not as "damaged". */
static void
test_restore_keeps_replaced (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autofree char *backup = NULL;
  gboolean replaced = FALSE, damaged = FALSE;

  add_studios (store, 2, 170);
  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  add_studios (store, 1, 180);
  g_clear_object (&store);

  g_assert_true (sks_store_restore_backup (f->path, backup, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        replaced |= strstr (name, ".replaced-") != NULL && !g_str_has_suffix (name, "-shm");
        damaged |= strstr (name, ".damaged-") != NULL;
        g_assert_null (strstr (name, ".partial-"));
      }
  }
  g_assert_true (replaced);
  g_assert_false (damaged);
  store = open_store (f->path);
  g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, 2);
}

/* A restore whose name for the replaced document is taken (a restore of
 * the same second) keeps the document under another name, and neither the
 * file of that name nor the document goes missing on the way. */
static void
test_restore_same_second (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *backup = NULL;
  char *taken[2] = { NULL, NULL };
  guint n_replaced = 0;

  add_studios (store, 2, 190);
  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  add_studios (store, 1, 195);
  g_clear_object (&store);
  /* This second's name and the next's are taken already */
  for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_seconds (now, i);
      g_autofree char *stamp = g_date_time_format (then, "%Y%m%d-%H%M%S");

      taken[i] = g_strconcat (f->path, ".replaced-", stamp, NULL);
      g_assert_true (g_file_set_contents (taken[i], "kept", -1, NULL));
    }

  g_assert_true (sks_store_restore_backup (f->path, backup, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (taken[i], &text, NULL, NULL));
      g_assert_cmpstr (text, ==, "kept");
    }
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      n_replaced += strstr (name, ".replaced-") != NULL && !g_str_has_suffix (name, "-shm") &&
                    !g_str_has_suffix (name, "-wal");
  }
  g_assert_cmpuint (n_replaced, ==, 3);
  store = open_store (f->path);
  g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
    g_free (taken[i]);
}

/* An attachment changed behind the app's back is found by the full check,
 * refused on export and print, and named; the document is still backed up. */
static void
test_attachment_checksum (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (f->path);
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksAttachment) attachment = NULL;
  g_autofree char *backup = NULL;
  gint64 id;

  id = add_studios (store, 1, 190);
  g_assert_true (sks_store_check_integrity (store, &error));
  g_assert_true (sks_store_verify_attachments (store, id, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  raw_exec (f->path, "UPDATE attachments SET data = X'00010203'"
                     " WHERE id = (SELECT min (id) FROM attachments);");
  store = open_store (f->path);
  studio = sks_store_load_studio (store, id, &error);
  g_assert_no_error (error);
  attachment = g_list_model_get_item (sks_studio_get_attachments (studio), 0);

  g_assert_false (sks_store_check_integrity (store, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT);
  g_assert_nonnull (strstr (error->message, sks_attachment_get_name (attachment)));
  g_clear_error (&error);
  g_assert_false (sks_store_verify_attachments (store, id, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT);
  g_clear_error (&error);
  g_assert_null (sks_store_load_attachment_data (store, sks_attachment_get_id (attachment),
                                                 &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT);
  g_clear_error (&error);

  backup = sks_store_backup_if_due (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-safety/file-mode", test_file_mode);
  ADD ("/store-safety/default-path", test_default_path);
  ADD ("/store-safety/second-writer-read-only", test_second_writer_gets_read_only);
  ADD ("/store-safety/other-process-read-only", test_other_process_gets_read_only);
  ADD ("/store-safety/newer-document-refused", test_newer_document_refused);
  ADD ("/store-safety/other-files-refused", test_other_files_refused);
  ADD ("/store-safety/damaged-document-and-backup", test_damaged_document_and_backup);
  ADD ("/store-safety/backups-pruned", test_backups_pruned);
  ADD ("/store-safety/read-only-flag", test_read_only_flag);
  ADD ("/store-safety/empty-file-refused", test_empty_file_refused);
  ADD ("/store-safety/bare-database-refused", test_bare_database_refused);
  ADD ("/store-safety/foreign-database-untouched", test_foreign_database_untouched);
  ADD ("/store-safety/negative-version-refused", test_negative_version_refused);
  ADD ("/store-safety/missing-table-refused", test_missing_table_refused);
  ADD ("/store-safety/damaged-index", test_damaged_index);
  ADD ("/store-safety/empty-backup-not-preferred", test_empty_backup_not_preferred);
  ADD ("/store-safety/backup-listing", test_backup_listing);
  ADD ("/store-safety/inspecting-backup-changes-nothing", test_inspecting_backup_changes_nothing);
  ADD ("/store-safety/one-file-is-the-document", test_one_file_is_the_document);
  ADD ("/store-safety/restore-keeps-replaced", test_restore_keeps_replaced);
  ADD ("/store-safety/restore-same-second", test_restore_same_second);
  ADD ("/store-safety/attachment-checksum", test_attachment_checksum);
#undef ADD

  return g_test_run ();
}
