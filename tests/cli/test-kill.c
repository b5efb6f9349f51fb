/* test-kill.c — killing an import half-way loses nothing that was
 * committed and leaves nothing half-written
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "sks-exchange.h"
#include "sks-sample.h"
#include "sks-test-util.h"

/* Big enough that the import's transaction runs for a while: the WAL grows
 * by megabytes before the commit. Sanitizers make everything ten times
 * slower; a quarter of the size is still tens of megabytes of WAL. */
#if defined(__SANITIZE_ADDRESS__)
#define BIG_IMPORT   5000
#define SMALL_IMPORT 500
#else
#define BIG_IMPORT   20000
#define SMALL_IMPORT 2000
#endif
#define N_SMALL      4
#define N_DEMO       36

typedef struct {
  char *dir;
  char *doc;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->doc = g_build_filename (f->dir, "doc.skillstudio", NULL);
  store = sks_store_open (f->doc, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (store, 0, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->doc);
}

/* The children run without the test environment's malloc checks
 * (MALLOC_PERTURB_, G_SLICE, G_DEBUG, LeakSanitizer's slow unwinding):
 * they slow the making of thousands of applications five- to tenfold and
 * do not matter to crash safety. test-cli checks the CLI for leaks. */
static char **
lean_environment (void)
{
  char **env = g_get_environ ();

  env = g_environ_unsetenv (env, "MALLOC_PERTURB_");
  env = g_environ_unsetenv (env, "MALLOC_CHECK_");
  env = g_environ_unsetenv (env, "G_SLICE");
  env = g_environ_unsetenv (env, "G_DEBUG");
  env = g_environ_unsetenv (env, "LSAN_OPTIONS");
  env = g_environ_setenv (env, "ASAN_OPTIONS", "detect_leaks=0", TRUE);
  return env;
}

static void
run_cli (Fixture           *f,
         const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = lean_environment ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("SKS_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (f->dir, (char **) argv->pdata, env,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

/* An exchange file NAME.json of @count synthetic applications, made by
 * the CLI in a scratch document NAME.skillstudio. */
static char *
make_file (Fixture    *f,
           const char *name,
           guint       count)
{
  g_autofree char *scratch = g_strconcat (f->dir, "/", name, ".skillstudio", NULL);
  g_autofree char *number = g_strdup_printf ("%u", count);
  char *path = g_strconcat (f->dir, "/", name, ".json", NULL);
  const char *sample[] = { "sample", scratch, "--count", number, NULL };
  const char *export[] = { "export", "--db", scratch, "--format", "json", "-o", path, NULL };

  run_cli (f, sample);
  run_cli (f, export);
  return path;
}

/* Everything the document holds, as text. */
static char *
dump (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_assert_no_error (error);
  node = sks_exchange_build (store, 0, &error);
  g_assert_no_error (error);
  json_object_remove_member (json_node_get_object (node), "exported");
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static GPid
spawn_import (Fixture           *f,
              const char *const *files)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = lean_environment ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_ptr_array_add (argv, (char *) g_getenv ("SKS_CLI"));
  g_ptr_array_add (argv, "import");
  for (guint i = 0; files[i]; i++)
    g_ptr_array_add (argv, (char *) files[i]);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->doc);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  g_spawn_async (f->dir, (char **) argv->pdata, env,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

static gboolean
child_running (GPid pid)
{
  int status;

  return waitpid (pid, &status, WNOHANG) == 0;
}

static void
kill_child (GPid pid)
{
  int status = 0;

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_spawn_close_pid (pid);
}

/* Kills @pid unless it has ended already; it may end between any check and
 * the kill, so what counts is whether the signal ended it. */
static gboolean
kill_and_reap (GPid pid)
{
  int status = 0;

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

/* A raw connection, as a recovery tool would open it: read-write, so that
 * SQLite can recover the WAL. */
static sqlite3 *
open_raw (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, flags, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return result;
}

static gint64
query_count (sqlite3 *db)
{
  g_autofree char *text = query_text (db, "SELECT count(*) FROM studios");

  return g_ascii_strtoll (text, NULL, 10);
}

static void
assert_integrity (const char *path)
{
  sqlite3 *db = open_raw (path, SQLITE_OPEN_READWRITE);
  g_autofree char *result = query_text (db, "PRAGMA integrity_check");

  g_assert_cmpstr (result, ==, "ok");
  sqlite3_close (db);
}

/* Kills one big import while its transaction is writing to the WAL. */
static void
test_kill_big_import (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = make_file (f, "big", BIG_IMPORT);
  g_autofree char *wal = g_strconcat (f->doc, "-wal", NULL);
  g_autofree char *before = dump (f->doc);
  g_autofree char *after = NULL;
  const char *files[] = { file, NULL };
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(SksStore) store = NULL;
  goffset last = 0;
  GPid pid;

  pid = spawn_import (f, files);
  /* Reading and checking 20,000 applications comes first; then the
   * transaction spills its pages into the WAL. Growing past 4 MB means
   * the transaction is under way and far from done. */
  while (TRUE)
    {
      goffset size = file_size (wal);

      if (!child_running (pid))
        {
          g_test_fail_printf ("The import ended before it could be killed; "
                              "make BIG_IMPORT larger");
          return;
        }
      if (size > 4 * 1024 * 1024 && size > last)
        break;
      last = size;
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 300);
      g_usleep (2000);
    }
  g_test_message ("killed with a WAL of %" G_GOFFSET_FORMAT " bytes after %.1f s", last,
                  g_timer_elapsed (timer, NULL));
  kill_child (pid);

  assert_integrity (f->doc);
  store = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (sks_store_get_read_only (store));
  g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, N_DEMO);
  g_clear_object (&store);

  after = dump (f->doc);
  g_assert_cmpstr (before, ==, after);
}

/* Applications of file @name found in the document: all or none. The
 * file was exported from the scratch document of the same name. */
static guint
count_present (Fixture    *f,
               sqlite3    *db,
               const char *name)
{
  g_autofree char *scratch = g_strconcat (f->dir, "/", name, ".skillstudio", NULL);
  sqlite3_stmt *stmt = NULL;
  guint present, total;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "ATTACH ?1 AS scratch", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_text (stmt, 1, scratch, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT (SELECT count(*) FROM main.studios WHERE uuid IN"
                                       "        (SELECT uuid FROM scratch.studios)),"
                                       "       (SELECT count(*) FROM scratch.studios)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  present = sqlite3_column_int (stmt, 0);
  total = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "DETACH scratch", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpuint (total, ==, SMALL_IMPORT);
  g_assert_true (present == 0 || present == total);
  return present;
}

/* Several files imported one after another, each in its own transaction;
 * a kill after the first commit leaves whole files only. */
static void
test_kill_between_files (Fixture       *f,
                         gconstpointer  data)
{
  char *files[N_SMALL + 1] = { NULL };
  char *names[N_SMALL] = { NULL };
  g_autoptr(GTimer) timer = g_timer_new ();
  sqlite3 *reader;
  gint64 count = 0, imported;
  guint files_present = 0;
  GPid pid;

  for (guint i = 0; i < N_SMALL; i++)
    {
      names[i] = g_strdup_printf ("part%u", i + 1);
      files[i] = make_file (f, names[i], SMALL_IMPORT);
    }

  pid = spawn_import (f, (const char *const *) files);
  reader = open_raw (f->doc, SQLITE_OPEN_READONLY);
  while ((count = query_count (reader)) < N_DEMO + SMALL_IMPORT)
    {
      if (!child_running (pid))
        {
          g_test_fail_printf ("The import ended before it could be killed");
          sqlite3_close (reader);
          return;
        }
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 300);
      g_usleep (2000);
    }
  sqlite3_close (reader);
  /* Somewhere in the next files: reading one, or writing it (each takes
   * about a second); the seed in the log repeats a run. */
  g_usleep (g_test_rand_int_range (0, 3000000));
  if (!kill_and_reap (pid))
    g_test_message ("the import ended before the kill");

  assert_integrity (f->doc);
  reader = open_raw (f->doc, SQLITE_OPEN_READONLY);
  imported = query_count (reader) - N_DEMO;
  g_test_message ("%" G_GINT64_FORMAT " applications committed when killed", imported);
  g_assert_cmpint (imported % SMALL_IMPORT, ==, 0);
  g_assert_cmpint (imported, >=, SMALL_IMPORT);
  for (guint i = 0; i < N_SMALL; i++)
    files_present += count_present (f, reader, names[i]) > 0;
  g_assert_cmpint (files_present * SMALL_IMPORT, ==, imported);
  /* Files commit in order. */
  g_assert_cmpuint (count_present (f, reader, names[0]), ==, SMALL_IMPORT);
  sqlite3_close (reader);

  for (guint i = 0; i < N_SMALL; i++)
    {
      g_free (files[i]);
      g_free (names[i]);
    }
}

static GPid
spawn_cli (Fixture           *f,
           const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = lean_environment ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_ptr_array_add (argv, (char *) g_getenv ("SKS_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async (f->dir, (char **) argv->pdata, env,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* Runs @args and kills it after a random part of @span_us; returns whether
 * it was still running when killed. */
static gboolean
run_and_kill (Fixture           *f,
              const char *const *args,
              gint32             span_us)
{
  GPid pid = spawn_cli (f, args);

  g_usleep (g_test_rand_int_range (0, span_us));
  return kill_and_reap (pid);
}

static gint64
time_cli_us (Fixture           *f,
             const char *const *args)
{
  gint64 start = g_get_monotonic_time ();

  run_cli (f, args);
  return g_get_monotonic_time () - start;
}

static void
remove_backups (const char *doc)
{
  g_auto(GStrv) backups = sks_store_list_backups (doc);

  for (guint i = 0; backups[i]; i++)
    g_unlink (backups[i]);
}

/* Backups killed at any moment leave no file that passes for a backup but
 * is not one, never block the next day's backup, and never touch the
 * document. */
static void
test_kill_backup (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *count = g_strdup_printf ("%u", SMALL_IMPORT);
  const char *grow[] = { "sample", f->doc, "--count", count, NULL };
  const char *backup[] = { "backup", "--db", f->doc, NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *good = NULL;
  g_auto(GStrv) backups = NULL;
  gint64 span;
  guint killed = 0;

  run_cli (f, grow);
  before = dump (f->doc);
  span = time_cli_us (f, backup);
  remove_backups (f->doc);

  for (guint i = 0; i < 8; i++)
    {
      g_auto(GStrv) listed = NULL;

      killed += run_and_kill (f, backup, (gint32) MAX (span * 3 / 2, 1000));
      listed = sks_store_list_backups (f->doc);
      for (guint j = 0; listed[j]; j++)
        {
          g_autoptr(GError) error = NULL;
          g_assert_true (sks_store_inspect_backup (listed[j], NULL, NULL, &error));
          g_assert_no_error (error);
        }
      remove_backups (f->doc);
    }
  g_test_message ("%u of 8 backups killed while running", killed);

  run_cli (f, backup);
  backups = sks_store_list_backups (f->doc);
  g_assert_cmpuint (g_strv_length (backups), ==, 1);
  good = sks_store_find_latest_good_backup (f->doc);
  g_assert_cmpstr (good, ==, backups[0]);
  assert_integrity (f->doc);
  after = dump (f->doc);
  g_assert_cmpstr (before, ==, after);
}

/* A restore killed at any moment leaves the document as it was or as the
 * backup holds it, never a part of either. */
static void
test_kill_restore (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *count = g_strdup_printf ("%u", SMALL_IMPORT);
  g_autofree char *more = g_strdup_printf ("%u", SMALL_IMPORT / 10);
  const char *grow[] = { "sample", f->doc, "--count", count, NULL };
  const char *backup[] = { "backup", "--db", f->doc, NULL };
  const char *change[] = { "sample", f->doc, "--count", more, NULL };
  const char *restore[] = { "restore", "--db", f->doc, NULL };
  gint64 old_count = N_DEMO + SMALL_IMPORT, new_count = old_count + SMALL_IMPORT / 10;
  gint64 span;
  guint restored = 0, kept = 0;

  run_cli (f, grow);
  run_cli (f, backup);
  run_cli (f, change);
  span = time_cli_us (f, restore);
  run_cli (f, change);

  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SksStore) store = NULL;
      gint64 n;

      run_and_kill (f, restore, (gint32) MAX (span * 3 / 2, 1000));
      store = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      n = sks_store_count_studios (store, 0, NULL);
      g_assert_true (n == old_count || n == new_count);
      restored += n == old_count;
      kept += n == new_count;
      g_clear_object (&store);
      assert_integrity (f->doc);
      if (n == old_count)
        run_cli (f, change);
    }
  g_test_message ("8 restores killed: %u had restored, %u had not begun to replace", restored,
                  kept);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/kill/big-import", Fixture, NULL, fixture_set_up, test_kill_big_import,
              fixture_tear_down);
  g_test_add ("/kill/between-files", Fixture, NULL, fixture_set_up, test_kill_between_files,
              fixture_tear_down);
  g_test_add ("/kill/backup", Fixture, NULL, fixture_set_up, test_kill_backup,
              fixture_tear_down);
  g_test_add ("/kill/restore", Fixture, NULL, fixture_set_up, test_kill_restore,
              fixture_tear_down);

  return g_test_run ();
}
