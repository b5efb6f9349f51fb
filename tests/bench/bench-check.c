/* bench-check.c — checking every application of a 100,000-application
 * document (issue 13): the app's path (SksContext's worker thread and the
 * verdicts applied to the list's rows), next to the CLI's path (what
 * `skill-studio-cli check` computes, without printing) and a raw SQLite read
 * of the same rows. Medians of several runs; asserts nothing about time.
 *
 * The document is made once in the build folder (SKS_BENCH_DOC names
 * another; SKS_BENCH_COUNT another size).
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "sks-context.h"
#include "sks-document-check.h"
#include "sks-rule-engine.h"
#include "sks-rule-engine-private.h"
#include "sks-store-bulk.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-test-util.h"

#define N_RUNS 5
#define N_OLD_RUNS 3

static void
ensure_document (const char *path,
                 guint       count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  gint64 start = g_get_monotonic_time ();

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  g_remove (partial);
  store = sks_store_open (partial, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (!sks_sample_populate (store, count, &error))
    g_error ("Could not make the document: %s", error->message);
  g_clear_object (&store);
  if (g_rename (partial, path) != 0)
    g_error ("Could not name the document %s", path);
  g_print ("made a document of %u applications in %.1f s\n", count,
           (g_get_monotonic_time () - start) / 1e6);
}

/* What the check reads, straight from SQLite: every column of the
 * applications, their masters, units and team members. */
static double
raw_read (const char *path,
          guint      *n_studios)
{
  static const char *const queries[] = {
    "SELECT * FROM studios WHERE deleted IS NULL ORDER BY id",
    "SELECT m.* FROM masters m JOIN studios s ON s.id = m.studio_id"
    " WHERE s.deleted IS NULL ORDER BY m.studio_id",
    "SELECT u.* FROM units u JOIN studios s ON s.id = u.studio_id"
    " WHERE s.deleted IS NULL ORDER BY u.studio_id",
    "SELECT t.* FROM team_members t JOIN studios s ON s.id = t.studio_id"
    " WHERE s.deleted IS NULL ORDER BY t.studio_id",
  };
  sqlite3 *db = NULL;
  gint64 start = g_get_monotonic_time ();
  gsize bytes = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("Could not open %s", path);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL) != SQLITE_OK)
        g_error ("%s", sqlite3_errmsg (db));
      if (q == 0)
        *n_studios = 0;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            if (sqlite3_column_type (stmt, c) != SQLITE_BLOB)
              bytes += sqlite3_column_bytes (stmt, c) + (sqlite3_column_text (stmt, c) != NULL);
          if (q == 0)
            (*n_studios)++;
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  g_assert_cmpuint (bytes, >, 0);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The rounds' profiles, as the CLI and the app find them */
static GHashTable *
round_policies (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);
  GHashTable *policies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      gint64 id = sks_round_get_id (round);
      SksPolicy *policy = sks_policy_lookup (sks_round_get_policy_id (round), &error);

      g_assert_no_error (error);
      g_hash_table_insert (policies, g_memdup2 (&id, sizeof id), policy);
    }
  return policies;
}

/* The CLI: `check` over every round, each with its own profile (what
 * sks-cli-rules.c calls before it prints). */
static double
cli_path (const char *path,
          guint      *n_checked)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(SksDocumentCheck) check = NULL;

  g_assert_no_error (error);
  policies = round_policies (store);
  check = sks_document_check_run (store, policies, SKS_DOCUMENT_CHECK_REPORTS, NULL, &error);
  g_assert_no_error (error);
  *n_checked = sks_document_check_get_n_studios (check);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The steps of the check: reading what the rules read into objects
 * (sks_store_load_studios_for_rules() with the rounds' fields), and
 * freeing them. The rules themselves are the CLI path less these. */
static void
load_steps (const char *path,
            double     *load_ms,
            double     *free_ms,
            guint      *n_loaded)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GHashTable) fields = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char **reads = NULL;
  GPtrArray *studios;
  GHashTableIter iter;
  gpointer value;
  gint64 start;

  g_assert_no_error (error);
  policies = round_policies (store);
  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    _sks_policy_add_reads (value, fields);
  reads = _sks_reads_to_strv (fields);
  start = g_get_monotonic_time ();
  studios = sks_store_load_studios_for_rules (store, (const char * const *) reads, NULL, &error);
  g_assert_no_error (error);
  *load_ms = (g_get_monotonic_time () - start) / 1000.0;
  *n_loaded = studios->len;
  start = g_get_monotonic_time ();
  g_ptr_array_unref (studios);
  *free_ms = (g_get_monotonic_time () - start) / 1000.0;
}

static double process_cpu_ms (void);

/* One reader over the whole document, into one object, nothing checked:
 * the floor of the verdicts-only way on one processor. */
static double
reader_path (const char *path,
             guint      *n_read)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY |
                                              SKS_STORE_OPEN_DEFER_CHECK |
                                              SKS_STORE_OPEN_ONE_THREAD, &error);
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GHashTable) fields = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(SksStudio) studio = sks_studio_new ();
  g_autoptr(SksStudioReader) reader = NULL;
  g_autofree char **reads = NULL;
  GHashTableIter iter;
  gpointer value;
  gint64 start;

  g_assert_no_error (error);
  policies = round_policies (store);
  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    _sks_policy_add_reads (value, fields);
  reads = _sks_reads_to_strv (fields);
  start = g_get_monotonic_time ();
  reader = sks_studio_reader_new (store, (const char * const *) reads, 0, G_MAXINT64, &error);
  g_assert_no_error (error);
  sks_studio_unwatch_team (studio);
  *n_read = 0;
  while (sks_studio_reader_next (reader, studio, &error))
    (*n_read)++;
  g_assert_no_error (error);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The app's worker thread before issue 13, for reference: every
 * application loaded alone (sks_store_load_studio()), then each round
 * checked with the others as peers (sks_rule_engine_check_round()). */
static double
old_app_path (const char *path,
              guint      *n_checked)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  policies = round_policies (store);
  ids = sks_store_list_studio_ids (store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_ptr_array_add (all, sks_store_load_studio (store, g_array_index (ids, gint64, i), &error));
      g_assert_no_error (error);
    }
  *n_checked = 0;
  g_hash_table_iter_init (&iter, policies);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (value);
      g_autoptr(GListStore) studios = g_list_store_new (SKS_TYPE_STUDIO);
      g_autoptr(GListStore) others = g_list_store_new (SKS_TYPE_STUDIO);
      g_autoptr(GListModel) units = sks_store_list_recommenders (store, *(gint64 *) key, &error);
      g_autoptr(SksRoundReport) report = NULL;

      for (guint j = 0; j < all->len; j++)
        g_list_store_append (sks_studio_get_round_id (all->pdata[j]) == *(gint64 *) key
                             ? studios : others, all->pdata[j]);
      report = sks_rule_engine_check_round (engine, G_LIST_MODEL (studios), units,
                                            G_LIST_MODEL (others));
      *n_checked += sks_round_report_get_n_studios (report);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_context_check_finish (SKS_CONTEXT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Processor time of the whole process so far, every thread: on a shared
 * host the wall-clock figure varies with the load, this much less. */
static double
process_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
         usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}

static double last_app_cpu_ms;

/* The app: the rows are listed first (not timed), then the worker thread
 * checks the document and the main thread sets the rows' verdicts. */
static double
app_path (const char *path,
          guint      *n_with_verdict)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFER_CHECK, &error);
  g_autoptr(GSettings) settings = g_settings_new ("org.example.SkillStudio");
  g_autoptr(SksContext) context = NULL;
  GListModel *rows;
  gboolean done = FALSE;
  gint64 start;
  double cpu_start;

  g_assert_no_error (error);
  context = sks_context_new (store, settings);
  g_assert_true (sks_context_reload (context, &error));
  start = g_get_monotonic_time ();
  cpu_start = process_cpu_ms ();
  sks_context_check_async (context, NULL, check_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  last_app_cpu_ms = process_cpu_ms () - cpu_start;

  rows = sks_context_get_studios (context);
  *n_with_verdict = 0;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      *n_with_verdict += sks_studio_row_get_verdict (row) >= 0;
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Runs this program again with SKS_BENCH_ONLY=@what and reads what it
 * printed: the time, how many applications, the processor time and, for
 * "load", the time freeing them. */
static double
in_child (const char *argv0,
          const char *doc,
          const char *what,
          guint      *n,
          double     *cpu_ms,
          double     *free_ms)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  const char *argv[] = { argv0, NULL };
  const char *line;
  double ms = 0, cpu = 0, freeing = 0;
  int status = 0;

  envp = g_environ_setenv (envp, "SKS_BENCH_ONLY", what, TRUE);
  envp = g_environ_setenv (envp, "SKS_BENCH_DOC", doc, TRUE);
  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", what, error->message);
  if ((line = strstr (out, "freeing: ")) != NULL)
    sscanf (line, "freeing: %lf ms", &freeing);
  line = strstr (out, what);
  if (line == NULL || sscanf (line + strlen (what), ": %lf ms, %u applications, processor %lf ms",
                              &ms, n, &cpu) != 3)
    g_error ("%s printed: %s", what, out);
  if (cpu_ms != NULL)
    *cpu_ms = cpu;
  if (free_ms != NULL)
    *free_ms = freeing;
  return ms;
}

/* SKS_BENCH_ONLY=cli (or app, reader, load, raw, old), for profiling one path */
static gboolean
wanted (const char *what)
{
  const char *only = g_getenv ("SKS_BENCH_ONLY");

  return only == NULL || g_str_equal (only, what);
}

int
main (int   argc,
      char *argv[])
{
  const char *count_env = g_getenv ("SKS_BENCH_COUNT");
  guint count = count_env ? (guint) atoi (count_env) : 100000;
  g_autofree char *default_path = g_strdup_printf ("bench-check-%u.skillstudio", count);
  const char *path = g_getenv ("SKS_BENCH_DOC") ? g_getenv ("SKS_BENCH_DOC") : default_path;
  double raw_ms[N_RUNS], cli_ms[N_RUNS], app_ms[N_RUNS], old_ms[N_OLD_RUNS];
  double load_ms[N_RUNS], free_ms[N_RUNS], app_cpu_ms[N_RUNS], reader_ms[N_RUNS];
  guint n_raw = 0, n_cli = 0, n_app = 0, n_old = 0, n_loaded = 0;

  ensure_document (path, count);
  if (g_getenv ("SKS_BENCH_ONLY") != NULL)
    {
      double free_one = 0, ms;
      guint n = 0;

      if (wanted ("load"))
        {
          load_steps (path, &ms, &free_one, &n);
          g_print ("freeing: %.0f ms\n", free_one);
        }
      else
        ms = wanted ("cli") ? cli_path (path, &n)
             : wanted ("reader") ? reader_path (path, &n)
             : wanted ("app") ? app_path (path, &n)
             : wanted ("raw") ? raw_read (path, &n)
             : old_app_path (path, &n);
      g_print ("%s: %.0f ms, %u applications, processor %.0f ms\n", g_getenv ("SKS_BENCH_ONLY"),
               ms, n, wanted ("app") ? last_app_cpu_ms : process_cpu_ms ());
      return 0;
    }
  /* Each measurement in a new process, as the app and the CLI run: one
   * path's heap and threads do not weigh on the next. The paths that keep
   * every application (gigabytes) come last in each round, so that the
   * system taking their memory back does not fall on the app's path. (The
   * app's figure still moves with the host: 0.82-0.88 s in runs minutes
   * apart from others at 1.25-1.37 s, alone or here; the raw read beside it
   * moves too.) */
  for (guint run = 0; run < N_RUNS; run++)
    {
      raw_ms[run] = in_child (argv[0], path, "raw", &n_raw, NULL, NULL);
      app_ms[run] = in_child (argv[0], path, "app", &n_app, &app_cpu_ms[run], NULL);
      reader_ms[run] = in_child (argv[0], path, "reader", &n_loaded, NULL, NULL);
      load_ms[run] = in_child (argv[0], path, "load", &n_loaded, NULL, &free_ms[run]);
      cli_ms[run] = in_child (argv[0], path, "cli", &n_cli, NULL, NULL);
    }
  for (guint run = 0; run < N_OLD_RUNS; run++)
    old_ms[run] = in_child (argv[0], path, "old", &n_old, NULL, NULL);
  g_assert_cmpuint (n_cli, ==, n_raw);
  g_assert_cmpuint (n_old, ==, n_raw);
  g_assert_cmpuint (n_app, ==, n_raw);
  g_assert_cmpuint (n_loaded, ==, n_raw);

  g_print ("whole-document check of %u applications, median of %d runs:\n", n_raw, N_RUNS);
  g_print ("  app (worker thread + verdicts set on the rows): %.0f ms (target: 1000 ms), "
           "processor time of every thread %.0f ms\n",
           sks_test_median (app_ms, N_RUNS), sks_test_median (app_cpu_ms, N_RUNS));
  g_print ("    one reader over the whole document, nothing checked: %.0f ms\n",
           sks_test_median (reader_ms, N_RUNS));
  g_print ("  CLI check (the same function, nothing printed):  %.0f ms\n",
           sks_test_median (cli_ms, N_RUNS));
  g_print ("    of which: reading what the rules read into objects %.0f ms, freeing them "
           "%.0f ms\n", sks_test_median (load_ms, N_RUNS), sks_test_median (free_ms, N_RUNS));
  g_print ("  raw SQLite read of the same rows, every column:  %.0f ms\n",
           sks_test_median (raw_ms, N_RUNS));
  g_print ("  before issue 13, the app's worker thread (median of %d): %.0f ms\n", N_OLD_RUNS,
           sks_test_median (old_ms, N_OLD_RUNS));
  return 0;
}
