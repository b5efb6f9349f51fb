/* bench-compare.c — opening a comparison of 4 scored applications: from the call
 * (sks_compare_view_set_studios) to the painted frame (target ≤ 200 ms),
 * printed next to a bare GTK window's first frame in the same run. Prints
 * figures; asserts nothing about time.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-compare-view.h"
#include "sks-sample.h"
#include "sks-studio-row.h"
#include "sks-test-scores.h"
#include "sks-test-util.h"

#define N_RUNS 7

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* When the frame's phases end (our handlers run after GTK's): layout is
 * measuring and allocating, paint is snapshot and render. */
typedef struct {
  gint64 layout_end;
  gint64 paint_end;
} Phases;

static void
layout_cb (GdkFrameClock *clock,
           Phases        *phases)
{
  if (phases->layout_end == 0)
    phases->layout_end = g_get_monotonic_time ();
}

static void
paint_cb (GdkFrameClock *clock,
          Phases        *phases)
{
  if (phases->paint_end == 0)
    phases->paint_end = g_get_monotonic_time ();
}

static void
wait_for_paint (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static void
settle (void)
{
  for (guint i = 0; i < 5; i++)
    {
      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

/* From presenting a window with one label to its first painted frame */
static double
bare_window (void)
{
  GtkWidget *window = gtk_window_new ();
  gint64 begin;
  double ms;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Skill Studio"));
  begin = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_realize (window);
  wait_for_paint (window);
  ms = (g_get_monotonic_time () - begin) / 1000.0;
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.skillstudio", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(SksContext) context = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  double bare[N_RUNS], open[N_RUNS], built[N_RUNS], layout[N_RUNS], paint[N_RUNS], median;
  GdkFrameClock *clock;
  GListModel *rows;
  GtkWidget *window, *view;

  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  gtk_init ();
  store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (store, 0, &error));
  settings = g_settings_new (APPLICATION_ID);
  context = sks_context_new (store, settings);
  g_assert_true (sks_context_reload (context, &error));
  rows = sks_context_get_studios (context);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && ids->len < 8; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);

      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, ==, 8);
  /* as reviewers see it: a city panel has scored them (a Scores section) */
  sks_test_score_city_panel (store, (gint64 *) ids->data, ids->len);

  for (guint i = 0; i < N_RUNS; i++)
    bare[i] = bare_window ();

  window = gtk_window_new ();
  view = sks_compare_view_new (context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);
  settle ();
  clock = gtk_widget_get_frame_clock (window);
  for (guint i = 0; i < N_RUNS; i++)
    {
      /* alternate between two sets of four so every run builds anew */
      gint64 *set = &g_array_index (ids, gint64, (i % 2) * 4);
      Phases phases = { 0 };
      gulong on_layout = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), &phases);
      gulong on_paint = g_signal_connect (clock, "paint", G_CALLBACK (paint_cb), &phases);
      gint64 begin = g_get_monotonic_time ();

      g_assert_true (sks_compare_view_set_studios (SKS_COMPARE_VIEW (view), set, 4, &error));
      built[i] = (g_get_monotonic_time () - begin) / 1000.0;
      wait_for_paint (window);
      open[i] = (g_get_monotonic_time () - begin) / 1000.0;
      layout[i] = (phases.layout_end - begin) / 1000.0 - built[i];
      paint[i] = (phases.paint_end - phases.layout_end) / 1000.0;
      g_signal_handler_disconnect (clock, on_layout);
      g_signal_handler_disconnect (clock, on_paint);
      settle ();
    }
  g_print ("Comparison of 4 applications at 1366x768 (median of %d):\n", N_RUNS);
  g_print ("  bare GTK window, first frame          %7.1f ms\n", sks_test_median (bare, N_RUNS));
  median = sks_test_median (open, N_RUNS);  /* sorts */
  g_print ("  comparison built (model and widgets) %7.1f ms\n", sks_test_median (built, N_RUNS));
  g_print ("  then to the frame's layout done      %7.1f ms\n", sks_test_median (layout, N_RUNS));
  g_print ("  the frame's paint                    %7.1f ms\n", sks_test_median (paint, N_RUNS));
  g_print ("  comparison, call to painted frame     %7.1f ms  (target <= 200 ms; slowest %.1f)\n",
           median, open[N_RUNS - 1]);
  gtk_window_destroy (GTK_WINDOW (window));
  sks_test_remove_tree (dir);
  return 0;
}
