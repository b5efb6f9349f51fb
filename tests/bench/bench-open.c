/* bench-open.c — opening a 100,000-application document and reading the
 * first 50 rows of its list (target: 100 ms)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "sks-sample.h"
#include "sks-store.h"
#include "sks-test-util.h"

#define N_RUNS 7

static void
make_document (const char *path,
               guint       count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  if (!sks_sample_populate (store, count, &error))
    g_error ("Could not make the sample document: %s", error->message);
  g_print ("made a document of %u applications in %.0f ms\n", count,
           (g_get_monotonic_time () - start) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  const char *count_env = g_getenv ("SKS_BENCH_COUNT");
  guint count = count_env ? (guint) atoi (count_env) : 100000;
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.skillstudio", NULL);
  double open_ms[N_RUNS], first_rows_ms[N_RUNS], deferred_ms[N_RUNS], check_ms[N_RUNS];
  GStatBuf st;

  make_document (path, count);
  g_stat (path, &st);
  g_print ("document size: %.1f MB\n", st.st_size / 1e6);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFAULT, &error);
      gint64 opened = g_get_monotonic_time ();
      g_autoptr(GListModel) rows = NULL;

      g_assert_no_error (error);
      rows = sks_store_list_studio_rows (store, 0, 0, 50, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 50);

      open_ms[run] = (opened - start) / 1000.0;
      first_rows_ms[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  /* The app opens with the check deferred to a thread, after the first rows. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFER_CHECK, &error);
      g_autoptr(GListModel) rows = sks_store_list_studio_rows (store, 0, 0, 50, &error);
      gint64 shown = g_get_monotonic_time ();

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 50);
      deferred_ms[run] = (shown - start) / 1000.0;
      g_assert_true (sks_store_check_integrity (store, &error));
      check_ms[run] = (g_get_monotonic_time () - shown) / 1000.0;
    }

  g_print ("open (with integrity check), median of %d: %.1f ms\n", N_RUNS,
           sks_test_median (open_ms, N_RUNS));
  g_print ("open + first 50 rows, check first, median of %d: %.1f ms\n", N_RUNS,
           sks_test_median (first_rows_ms, N_RUNS));
  g_print ("open + first 50 rows, check deferred (as the app does), median of %d: %.1f ms "
           "(target: 100 ms)\n", N_RUNS, sks_test_median (deferred_ms, N_RUNS));
  g_print ("deferred integrity check, median of %d: %.1f ms\n", N_RUNS,
           sks_test_median (check_ms, N_RUNS));
  sks_test_remove_tree (dir);
  return 0;
}
