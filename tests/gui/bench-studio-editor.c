/* bench-studio-editor.c — building the application editor for one
 * application of a sample document, and showing its first frame
 * (target: well under 100 ms)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>

#include "sks-context.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-studio-editor.h"
#include "sks-test-util.h"

#define N_RUNS 9

static void
print_figures (const char *what,
               double     *values,
               guint       n)
{
  g_print ("%s: median %.1f ms, min %.1f ms, max %.1f ms (%u runs)\n", what,
           sks_test_median (values, n),
           values[0], values[n - 1], n);
}

/* Builds and shows one editor; returns the time to build it and to its
 * first frame, in ms. */
static void
measure_once (SksContext *context,
              gint64      studio_id,
              double     *build_ms,
              double     *frame_ms,
              double     *panel_ms)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *editor = sks_studio_editor_new (NULL, context, studio_id);
  gint64 built = g_get_monotonic_time ();

  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (editor);
  *build_ms = (built - start) / 1000.0;
  *frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  while (!sks_studio_editor_get_verdicts_shown (SKS_STUDIO_EDITOR (editor)))
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_queue_draw (editor);
  gtk_test_widget_wait_for_draw (editor);
  *panel_ms = (g_get_monotonic_time () - start) / 1000.0;
  gtk_window_destroy (GTK_WINDOW (editor));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Each keystroke stores the field, validates it and re-checks the rules;
 * typing an ID number changes verdicts, the costliest case. */
static void
measure_typing (SksContext *context,
                gint64      studio_id)
{
  GtkWidget *editor = sks_studio_editor_new (NULL, context, studio_id);
  SksFieldRow *row = sks_studio_editor_find_row (SKS_STUDIO_EDITOR (editor), "master.id-number");
  GtkEditable *entry = GTK_EDITABLE (sks_field_row_get_input (row));
  g_autofree char *id_number = sks_test_make_id_number ("330502", 1975, 2, 28, 17);
  double keystroke_ms[18];

  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (editor);
  while (!sks_studio_editor_get_verdicts_shown (SKS_STUDIO_EDITOR (editor)))
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (entry, "");
  for (int i = 0; i < 18; i++)
    {
      gint64 start = g_get_monotonic_time ();
      int position = i;

      gtk_editable_insert_text (entry, id_number + i, 1, &position);
      gtk_widget_queue_draw (editor);
      gtk_test_widget_wait_for_draw (editor);
      keystroke_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  print_figures ("keystroke in the ID number to next frame (validation, rules, panel)",
                 keystroke_ms, G_N_ELEMENTS (keystroke_ms));
  gtk_window_destroy (GTK_WINDOW (editor));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(SksContext) context = NULL;
  g_autoptr(GArray) ids = NULL;
  double build_ms[N_RUNS], frame_ms[N_RUNS], panel_ms[N_RUNS];
  double first_build, first_frame, first_panel;

  gtk_test_init (&argc, &argv, NULL);
  dir = sks_test_make_tmpdir ();
  path = g_build_filename (dir, "bench.skillstudio", NULL);
  store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (!sks_sample_populate (store, 200, &error))
    g_error ("Could not make the sample document: %s", error->message);
  settings = g_settings_new (APPLICATION_ID);
  context = sks_context_new (store, settings);
  ids = sks_store_list_studio_ids (store, 0, &error);
  g_assert_no_error (error);

  /* The first editor also initialises the types, templates and policy. */
  measure_once (context, g_array_index (ids, gint64, 0), &first_build, &first_frame,
                &first_panel);
  g_print ("first editor: built in %.1f ms, form drawn after %.1f ms, verdict panel after "
           "%.1f ms\n", first_build, first_frame, first_panel);
  for (guint i = 0; i < N_RUNS; i++)
    measure_once (context, g_array_index (ids, gint64, (i + 1) % ids->len), &build_ms[i],
                  &frame_ms[i], &panel_ms[i]);
  print_figures ("editor built (form bound, rules checked)", build_ms, N_RUNS);
  print_figures ("form drawn (first frame)", frame_ms, N_RUNS);
  print_figures ("verdict panel filled and drawn", panel_ms, N_RUNS);
  measure_typing (context, g_array_index (ids, gint64, 1));

  g_clear_object (&context);
  g_clear_object (&store);
  sks_test_remove_tree (dir);
  return 0;
}
