/* test-store-safety.c — permissions, the single-writer lock, refusing bad
 * files, integrity checks and backups
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
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
#undef ADD

  return g_test_run ();
}
