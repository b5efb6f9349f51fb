/* bench-scores.c — aggregating 10,000 candidates × 7 reviewers × 4
 * criteria: the pure aggregation, the whole results query of the store,
 * and next to them the raw SQLite read of the same 280,000 score rows.
 * Prints the medians of 5 runs; asserts nothing about time.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "sks-store-panel.h"
#include "sks-test-util.h"

#define N_CANDIDATES 10000
#define N_REVIEWERS 7
#define N_CRITERIA 4
#define RUNS 5

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Rows straight into a fresh document: one round, a city panel, 7 members,
 * 4 criteria, 10,000 submitted applications and every score. */
static void
fill (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec (db, "BEGIN; INSERT INTO rounds (id, key, year) VALUES (1, 'bench', 2025);"
            "INSERT INTO panels (id, round_id, level) VALUES (1, 1, 'city');");
  for (int m = 1; m <= N_REVIEWERS; m++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO panel_members (id, panel_id, name,"
                                              " position) VALUES (%d, 1, 'R%d', %d);", m, m, m);
      exec (db, sql);
    }
  for (int c = 1; c <= N_CRITERIA; c++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO score_criteria (id, round_id, key,"
                                              " title, max_points, position) VALUES"
                                              " (%d, 1, 'c%d', 'C%d', 2500, %d);", c, c, c, c);
      exec (db, sql);
    }
  sqlite3_prepare_v2 (db, "INSERT INTO studios (id, uuid, round_id, name, status)"
                          " VALUES (?1, ?2, 1, ?3, 'submitted')", -1, &stmt, NULL);
  for (int s = 1; s <= N_CANDIDATES; s++)
    {
      g_autofree char *uuid = g_strdup_printf ("bench-%d", s);
      g_autofree char *name = g_strdup_printf ("工作室%d", s);

      sqlite3_bind_int (stmt, 1, s);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "INSERT INTO scores (member_id, studio_id, criterion_id, points)"
                          " VALUES (?1, ?2, ?3, ?4)", -1, &stmt, NULL);
  for (int s = 1; s <= N_CANDIDATES; s++)
    for (int m = 1; m <= N_REVIEWERS; m++)
      for (int c = 1; c <= N_CRITERIA; c++)
        {
          sqlite3_bind_int (stmt, 1, m);
          sqlite3_bind_int (stmt, 2, s);
          sqlite3_bind_int (stmt, 3, c);
          sqlite3_bind_int (stmt, 4, 1500 + (s * 7 + m * 13 + c * 31) % 1000);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
          sqlite3_reset (stmt);
        }
  sqlite3_finalize (stmt);
  exec (db, "COMMIT;");
  sqlite3_close (db);
}

static double
raw_read (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start, sum = 0;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  start = g_get_monotonic_time ();
  sqlite3_prepare_v2 (db, "SELECT member_id, studio_id, criterion_id, points FROM scores",
                      -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += sqlite3_column_int64 (stmt, 3);
  sqlite3_finalize (stmt);
  start = g_get_monotonic_time () - start;
  sqlite3_close (db);
  g_assert_cmpint (sum, >, 0);
  return start / 1000.0;
}

static double
aggregate_only (void)
{
  const SksScoreThresholds thresholds = { 2000, 800 };
  gint64 start = g_get_monotonic_time ();

  for (int s = 1; s <= N_CANDIDATES; s++)
    {
      g_autoptr(SksScoreResult) result = sks_score_result_new (s, "工作室", "大师", "单位", NULL);

      for (int m = 1; m <= N_REVIEWERS; m++)
        sks_score_result_add_reviewer (result, m, "R", 7000 + (s * 7 + m * 13) % 2000,
                                       N_CRITERIA, N_CRITERIA, TRUE, NULL);
      sks_score_result_compute (result, SKS_SCORE_METHOD_TRIMMED_MEAN, &thresholds);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
store_results (SksStore *store,
               SksPanel *panel)
{
  const SksScoreThresholds thresholds = { 2000, 800 };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GListModel) results = sks_store_list_score_results (store, panel,
                                                                SKS_SCORE_METHOD_TRIMMED_MEAN,
                                                                &thresholds, &error);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, N_CANDIDATES);
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.skillstudio", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(SksPanel) panel = NULL;
  double raw[RUNS], pure[RUNS], full[RUNS];

  g_assert_no_error (error);
  g_clear_object (&store);
  fill (path);
  store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  panel = sks_store_get_panel (store, 1, SKS_PANEL_LEVEL_CITY, 0, FALSE, &error);
  g_assert_no_error (error);
  for (int i = 0; i < RUNS; i++)
    {
      raw[i] = raw_read (path);
      pure[i] = aggregate_only ();
      full[i] = store_results (store, panel);
    }
  g_print ("%d candidates x %d reviewers x %d criteria (%d score rows), median of %d runs:\n",
           N_CANDIDATES, N_REVIEWERS, N_CRITERIA, N_CANDIDATES * N_REVIEWERS * N_CRITERIA, RUNS);
  g_print ("  aggregation (totals to mean, trimmed mean, median, SD, range, flag): %.1f ms "
           "(target <= 100 ms)\n", sks_test_median (pure, RUNS));
  g_print ("  raw SQLite read of the score rows:                                 %.1f ms\n",
           sks_test_median (raw, RUNS));
  g_print ("  the store's results query (read, sum, conflicts, aggregate):       %.1f ms "
           "(%.1f ms over the raw read; target <= 100 ms over it)\n",
           sks_test_median (full, RUNS), sks_test_median (full, RUNS) - sks_test_median (raw, RUNS));
  g_clear_object (&store);
  sks_test_remove_tree (dir);
  return 0;
}
