/* bench-rank.c — ranking 10,000 candidates × 7 reviewers × 4 criteria
 * (the store's results query, the aggregation, the competition ranking and
 * the decisions' read: sks_ranking_new()), next to the raw SQLite read of
 * the same 280,000 score rows in the same run; and the young-share count
 * the ranking page makes on every pick (sks_ranking_compute_units()).
 * Prints the medians of 7 runs; asserts nothing about time.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "sks-ranking.h"
#include "sks-test-util.h"

#define N_CANDIDATES 10000
#define N_REVIEWERS 7
#define N_CRITERIA 4
#define RUNS 7

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
  /* six recommending units, as Huzhou's, for the per-unit counts */
  for (int r = 1; r <= 6; r++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO recommenders (id, round_id, name, kind,"
                                              " quota, sort_order) VALUES (%d, 1, '区%d',"
                                              " 'district', 12, %d);", r, r, r);
      exec (db, sql);
    }
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
  sqlite3_prepare_v2 (db, "INSERT INTO studios (id, uuid, round_id, recommender_id, name, status)"
                          " VALUES (?1, ?2, 1, ?4, ?3, 'submitted')", -1, &stmt, NULL);
  for (int s = 1; s <= N_CANDIDATES; s++)
    {
      g_autofree char *uuid = g_strdup_printf ("bench-%d", s);
      g_autofree char *name = g_strdup_printf ("工作室%d", s);

      sqlite3_bind_int (stmt, 1, s);
      sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, 1 + s % 6);
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
rank_all (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SksRanking) ranking = sks_ranking_new (store, 1, SKS_PANEL_LEVEL_CITY, 0, NULL,
                                                   NULL, &error);
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_assert_no_error (error);
  g_assert_cmpuint (sks_ranking_get_n_entries (ranking), ==, N_CANDIDATES);
  g_assert_cmpuint (sks_ranking_get_entry (ranking, 0)->rank, ==, 1);
  return ms;
}

/* The count behind the live under-45 share: 1,000 picked candidates of
 * six units (no report here, so every age is unknown: the same work). */
static double
count_units (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRanking) ranking = sks_ranking_new (store, 1, SKS_PANEL_LEVEL_CITY, 0, NULL,
                                                   NULL, &error);
  g_autofree gint64 *ids = g_new (gint64, 1000);
  gint64 start;

  g_assert_no_error (error);
  for (guint i = 0; i < 1000; i++)
    ids[i] = sks_ranking_get_entry (ranking, i)->studio_id;
  start = g_get_monotonic_time ();
  for (int i = 0; i < 100; i++)
    {
      g_autoptr(GArray) units = sks_ranking_compute_units (ranking, ids, 1000);

      g_assert_cmpuint (units->len, ==, 6);
      g_assert_cmpuint (g_array_index (units, SksRankingUnit, 0).selected, >, 0);
    }
  return (g_get_monotonic_time () - start) / 100 / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.skillstudio", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  double raw[RUNS], ranked[RUNS], units[RUNS];

  g_assert_no_error (error);
  g_clear_object (&store);
  fill (path);
  store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (int i = 0; i < RUNS; i++)
    {
      raw[i] = raw_read (path);
      ranked[i] = rank_all (store);
      units[i] = count_units (store);
    }
  g_print ("%d candidates x %d reviewers x %d criteria (%d score rows), median of %d runs:\n",
           N_CANDIDATES, N_REVIEWERS, N_CRITERIA, N_CANDIDATES * N_REVIEWERS * N_CRITERIA, RUNS);
  g_print ("  ranking (results query, aggregation, ranks, decisions): %.1f ms (target <= 100 ms)\n",
           sks_test_median (ranked, RUNS));
  g_print ("  raw SQLite read of the score rows, same run:             %.1f ms\n",
           sks_test_median (raw, RUNS));
  g_print ("  young share per unit for 1,000 picked candidates:        %.3f ms\n",
           sks_test_median (units, RUNS));
  g_clear_object (&store);
  sks_test_remove_tree (dir);
  return 0;
}
