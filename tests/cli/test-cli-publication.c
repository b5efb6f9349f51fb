/* test-cli-publication.c — skill-studio-cli publication, objection and
 * recognise on the demo document with two candidates selected (issue 14)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-sample.h"
#include "sks-store-private.h"
#include "sks-test-util.h"

#define ROUND "huzhou-2025"

typedef struct {
  SksTestCli cli;
  gint64     selected[2];
  char      *app;   /* selected[0] as text */
} Fixture;

static void
select_two (Fixture    *f,
            SksStore   *store)
{
  sqlite3 *db = _sks_store_get_db (store);
  g_autoptr(sqlite3_stmt) pick = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (store, ROUND, NULL);

  g_assert_nonnull (round);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM studios WHERE round_id = ?1 AND "
                                       "status = 'recommended' ORDER BY id LIMIT 2", -1, &pick,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (pick, 1, sks_round_get_id (round));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(sqlite3_stmt) insert = NULL;

      g_assert_cmpint (sqlite3_step (pick), ==, SQLITE_ROW);
      f->selected[i] = sqlite3_column_int64 (pick, 0);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO decisions (studio_id, round_id, "
                                           "level, decision, decided, decided_by) VALUES (?1, ?2, "
                                           "'city', 'selected', '2025-09-20T08:00:00Z', '评审组')",
                                           -1, &insert, NULL), ==, SQLITE_OK);
      sqlite3_bind_int64 (insert, 1, f->selected[i]);
      sqlite3_bind_int64 (insert, 2, sks_round_get_id (round));
      g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_DONE);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;

  sks_test_cli_set_up (&f->cli, data);
  store = sks_store_open (f->cli.doc, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate_unreviewed (store, &error));
  g_assert_no_error (error);
  select_two (f, store);
  f->app = g_strdup_printf ("%" G_GINT64_FORMAT, f->selected[0]);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->app);
  sks_test_cli_tear_down (&f->cli, data);
}

static void
start (Fixture *f)
{
  sks_test_cli_run (&f->cli, "publication", "--db", f->cli.doc, "--round", ROUND, "start",
                    "--start", "2025-09-26", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
}

static void
add_objection (Fixture *f)
{
  sks_test_cli_run (&f->cli, "objection", "--db", f->cli.doc, "--round", ROUND, "add",
                    "--received", "2025-09-29", "--content", "反映场地面积不实", "--application",
                    f->app, "--from", "匿名来信", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_nonnull (strstr (f->cli.out, "Objection 1 recorded"));
}

static void
test_start_and_show (Fixture       *f,
                     gconstpointer  data)
{
  start (f);
  g_assert_nonnull (strstr (f->cli.out, "2025-09-26 – 2025-10-09 (5 working days)"));
  g_assert_nonnull (strstr (f->cli.out, "2 candidates"));
  sks_test_cli_run (&f->cli, "publication", "--db", f->cli.doc, "--round", ROUND, "show", NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_nonnull (strstr (f->cli.out, "Started by 褚晓岚"));
  g_assert_nonnull (strstr (f->cli.out, "Public notice"));   /* the status of the listed */
  g_assert_nonnull (strstr (f->cli.out, "0 objections"));
}

static void
test_start_twice (Fixture       *f,
                  gconstpointer  data)
{
  start (f);
  sks_test_cli_run (&f->cli, "publication", "--db", f->cli.doc, "--round", ROUND, "start",
                    "--start", "2025-10-20", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 1);
  g_assert_nonnull (strstr (f->cli.err, "already started"));
}

static void
test_start_usage (Fixture       *f,
                  gconstpointer  data)
{
  sks_test_cli_run (&f->cli, "publication", "--db", f->cli.doc, "--round", ROUND, "start",
                    "--start", "2025-09-26", NULL);
  g_assert_cmpint (f->cli.status, ==, 2);
  sks_test_cli_run (&f->cli, "publication", "--db", f->cli.doc, "--round", ROUND, "start",
                    "--start", "26/09/2025", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 2);
}

static void
test_recognise_before_end (Fixture       *f,
                           gconstpointer  data)
{
  start (f);
  sks_test_cli_run (&f->cli, "recognise", "--db", f->cli.doc, "--round", ROUND, "--date",
                    "2025-10-09", NULL);
  g_assert_cmpint (f->cli.status, ==, 1);
  g_assert_nonnull (strstr (f->cli.err, "2025-10-10"));
}

static void
test_recognise_open_objection (Fixture       *f,
                               gconstpointer  data)
{
  start (f);
  add_objection (f);
  sks_test_cli_run (&f->cli, "recognise", "--db", f->cli.doc, "--round", ROUND, "--date",
                    "2025-10-20", NULL);
  g_assert_cmpint (f->cli.status, ==, 1);
  g_assert_nonnull (strstr (f->cli.err, "objection is open"));
}

static void
test_resolve_then_recognise (Fixture       *f,
                             gconstpointer  data)
{
  start (f);
  add_objection (f);
  sks_test_cli_run (&f->cli, "objection", "--db", f->cli.doc, "--round", ROUND, "resolve",
                    "--id", "1", "--outcome", "dismissed", "--note", "经核实不属实", "--date",
                    "2025-10-09", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  sks_test_cli_run (&f->cli, "objection", "--db", f->cli.doc, "--round", ROUND, "list", NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_nonnull (strstr (f->cli.out, "Dismissed"));
  g_assert_nonnull (strstr (f->cli.out, "经核实不属实"));
  sks_test_cli_run (&f->cli, "recognise", "--db", f->cli.doc, "--round", ROUND, "--date",
                    "2025-10-20", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_nonnull (strstr (f->cli.out, "2 studios recognised"));
}

static void
test_resolve_usage (Fixture       *f,
                    gconstpointer  data)
{
  start (f);
  add_objection (f);
  sks_test_cli_run (&f->cli, "objection", "--db", f->cli.doc, "--round", ROUND, "resolve",
                    "--id", "1", "--outcome", "open", "--note", "x", "--by", "褚晓岚", NULL);
  g_assert_cmpint (f->cli.status, ==, 2);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD ("/cli/publication/start-and-show", test_start_and_show);
  ADD ("/cli/publication/start-twice", test_start_twice);
  ADD ("/cli/publication/start-usage", test_start_usage);
  ADD ("/cli/publication/recognise-before-end", test_recognise_before_end);
  ADD ("/cli/publication/recognise-open-objection", test_recognise_open_objection);
  ADD ("/cli/publication/resolve-then-recognise", test_resolve_then_recognise);
  ADD ("/cli/publication/resolve-usage", test_resolve_usage);
  return g_test_run ();
}
