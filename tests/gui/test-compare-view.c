/* test-compare-view.c — SksCompareView under Xvfb: 2 and 4 candidates in
 * aligned rows, differing rows marked, dropping and adding a candidate
 * without leaving the view. SKS_SHOT_DIR=dir saves each window as PNG at
 * 1366×768, the bureaus' usual laptop.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-compare-view.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-studio-row.h"
#include "sks-test-gui.h"
#include "sks-test-scores.h"
#include "sks-test-util.h"

typedef struct {
  SksTestDoc  doc;
  GtkWindow  *window;
  SksCompareView *view;
  GArray     *round_ids;  /* the first round's applications */
  gint64      other;      /* one of another round */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GListModel *rows;
  gint64 first_round = 0;

  g_autoptr(GError) error = NULL;

  /* Without the sample's reviewers' work: the tests score the round. */
  sks_test_doc_open (&f->doc);
  g_assert_true (sks_sample_populate_unreviewed (f->doc.store, &error));
  g_assert_no_error (error);
  sks_test_doc_add_context (&f->doc, TRUE);

  f->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  rows = sks_context_get_studios (f->doc.context);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);

      if (first_round == 0)
        first_round = sks_studio_row_get_round_id (row);
      if (sks_studio_row_get_round_id (row) == first_round)
        g_array_append_val (f->round_ids, id);
      else if (f->other == 0)
        f->other = id;
    }
  g_assert_cmpuint (f->round_ids->len, >=, 5);
  g_assert_cmpint (f->other, !=, 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = SKS_COMPARE_VIEW (sks_compare_view_new (f->doc.context));
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_set_default_size (f->window, 1366, 768);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  sks_test_iterate ();
  sks_test_doc_tear_down (&f->doc);
  g_array_unref (f->round_ids);
}

static void
show (Fixture    *f,
      const char *shot)
{
  const char *dir = g_getenv ("SKS_SHOT_DIR");

  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
  if (dir != NULL && shot != NULL)
    {
      int w = gtk_widget_get_width (GTK_WIDGET (f->window));
      int h = gtk_widget_get_height (GTK_WIDGET (f->window));
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree char *file = g_strdup_printf ("%s/%s.png", dir, shot);

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
      gdk_texture_save_to_png (texture, file);
      gsk_renderer_unrealize (renderer);
    }
}

/* Every grid row holds one field in every column: the cells' names are the
 * row's key; a differing row's cells all carry the class, the others none. */
static void
assert_aligned (Fixture *f)
{
  SksComparison *comparison = sks_compare_view_get_comparison (f->view);
  GtkGrid *grid = sks_compare_view_get_body_grid (f->view);
  guint n = sks_comparison_get_n_columns (comparison);
  guint n_differ = 0, n_same = 0;

  for (guint r = 0; r < sks_comparison_get_n_rows (comparison); r++)
    {
      const SksCompareRow *row = sks_comparison_get_row (comparison, r);
      int grid_row = sks_compare_view_get_grid_row (f->view, r);

      g_assert_cmpint (grid_row, >=, 0);
      for (guint c = 0; c <= n; c++)
        {
          GtkWidget *cell = gtk_grid_get_child_at (grid, c == 0 ? 0 : 1 + 2 * (c - 1), grid_row);

          g_assert_nonnull (cell);
          g_assert_cmpstr (gtk_widget_get_name (cell), ==, row->key);
          g_assert_cmpint (gtk_widget_has_css_class (cell, "differs"), ==, row->differs);
          if (c > 0)
            {
              const char *text = sks_compare_cell_get_text (SKS_COMPARE_CELL (cell));

              g_assert_cmpstr (text, ==, *row->values[c - 1] ? row->values[c - 1] : "—");
            }
        }
      if (row->differs)
        n_differ++;
      else
        n_same++;
    }
  g_assert_cmpuint (n_differ, >, 0);
  g_assert_cmpuint (n_same, >, 0);
}

static void
test_candidates (Fixture       *f,
                 gconstpointer  data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *shot = g_strdup_printf ("compare-%u", n);
  guint n_studios = 0;

  g_assert_true (sks_compare_view_set_studios (f->view, (gint64 *) f->round_ids->data, n,
                                               &error));
  g_assert_no_error (error);
  show (f, shot);
  g_object_get (f->view, "n-studios", &n_studios, NULL);
  g_assert_cmpuint (n_studios, ==, n);
  assert_aligned (f);
}

/* Each cell is as tall as its text at the width it has: one line for a
 * short value (not the lines of the narrowest width), every line of a long
 * one, and the cells of a row share its height. */
static void
test_heights (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SksComparison *comparison;
  GtkGrid *grid;
  guint n_long = 0;

  g_assert_true (sks_compare_view_set_studios (f->view, (gint64 *) f->round_ids->data, 4,
                                               &error));
  show (f, NULL);
  comparison = sks_compare_view_get_comparison (f->view);
  grid = sks_compare_view_get_body_grid (f->view);
  for (guint r = 0; r < sks_comparison_get_n_rows (comparison); r++)
    {
      const SksCompareRow *row = sks_comparison_get_row (comparison, r);
      int grid_row = sks_compare_view_get_grid_row (f->view, r);
      int row_height = -1;

      for (guint c = 0; c <= 4; c++)
        {
          GtkWidget *cell = gtk_grid_get_child_at (grid, c == 0 ? 0 : 1 + 2 * (c - 1), grid_row);
          graphene_rect_t box;  /* measure takes the border box; get_width gives the content */
          int width, height, needed, one_line;

          g_assert_true (gtk_widget_compute_bounds (cell, cell, &box));
          width = (int) box.size.width;
          height = (int) box.size.height;

          gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, width, &needed, NULL, NULL, NULL);
          gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, 100000, &one_line, NULL, NULL,
                              NULL);
          g_assert_cmpint (height, >=, needed);
          if (row_height < 0)
            row_height = height;
          g_assert_cmpint (height, ==, row_height);
          if (c > 0 && needed > one_line)
            n_long++;
        }
      if (g_str_equal (row->key, "summary.team-size"))
        {
          GtkWidget *cell = gtk_grid_get_child_at (grid, 1, grid_row);
          int one_line;

          gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, 100000, &one_line, NULL, NULL,
                              NULL);
          g_assert_cmpint (row_height, ==, one_line);
        }
    }
  /* the sample's long texts wrap over several lines */
  g_assert_cmpuint (n_long, >, 0);
}

static void count_cb (gpointer instance, guint *count);

static GtkAdjustment *
get_vadjustment (Fixture *f)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (sks_compare_view_get_body_grid (f->view)),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* Scores entered while the comparison is open join it on reload (what the
 * window calls on SksScoreEntryView::scores-changed), where it was scrolled
 * to; the Scores section stands in aligned rows like the others. */
static void
test_scores_reload (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 *ids = (gint64 *) f->round_ids->data;
  SksComparison *comparison;
  GtkAdjustment *adjustment;
  GtkGrid *grid;
  int row, grid_row;
  guint changed = 0;

  g_assert_true (sks_compare_view_set_studios (f->view, ids, 4, &error));
  show (f, NULL);
  g_assert_cmpint (sks_comparison_find_row (sks_compare_view_get_comparison (f->view),
                                            "score.aggregate"), ==, -1);
  adjustment = get_vadjustment (f);
  gtk_adjustment_set_value (adjustment, 600);

  sks_test_score_city_panel (sks_context_get_store (f->doc.context), ids, 4);
  g_signal_connect (f->view, "studios-changed", G_CALLBACK (count_cb), &changed);
  sks_compare_view_reload (f->view);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 600);
  show (f, NULL);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 600);

  comparison = sks_compare_view_get_comparison (f->view);
  row = sks_comparison_find_row (comparison, "score.aggregate");
  g_assert_cmpint (row, >=, 0);
  assert_aligned (f);
  grid = sks_compare_view_get_body_grid (f->view);
  grid_row = sks_compare_view_get_grid_row (f->view, row);
  g_assert_true (g_str_has_prefix (sks_compare_cell_get_text (SKS_COMPARE_CELL (
                   gtk_grid_get_child_at (grid, 3, grid_row))), "80.67"));

  /* for people: the Scores section at the bottom */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  show (f, "compare-4-scores");
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* × drops a candidate, Add Candidate adds one; never below 2 or above 4. */
static void
test_add_and_drop (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) shown = NULL;
  guint changed = 0;
  gint64 *ids = (gint64 *) f->round_ids->data;

  g_signal_connect (f->view, "studios-changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (sks_compare_view_set_studios (f->view, ids, 3, &error));
  show (f, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "compare.remove", "x",
                                             ids[1]));
  shown = sks_compare_view_dup_studios (f->view);
  g_assert_cmpuint (shown->len, ==, 2);
  g_assert_cmpint (g_array_index (shown, gint64, 0), ==, ids[0]);
  g_assert_cmpint (g_array_index (shown, gint64, 1), ==, ids[2]);
  g_assert_cmpuint (changed, ==, 2);
  /* two left: × is off and does nothing */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "compare.remove", "x", ids[0]);
  g_assert_cmpuint (sks_comparison_get_n_columns (sks_compare_view_get_comparison (f->view)), ==,
                    2);
  g_assert_cmpuint (changed, ==, 2);
  assert_aligned (f);

  g_assert_true (sks_compare_view_add_studio (f->view, ids[3], &error));
  g_assert_true (sks_compare_view_add_studio (f->view, ids[4], &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sks_comparison_get_n_columns (sks_compare_view_get_comparison (f->view)), ==,
                    4);
  /* a fifth is refused and the view keeps its four */
  g_assert_false (sks_compare_view_add_studio (f->view, ids[1], &error));
  g_assert_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_TOO_MANY);
  g_clear_error (&error);
  g_assert_cmpuint (sks_comparison_get_n_columns (sks_compare_view_get_comparison (f->view)), ==,
                    4);
  assert_aligned (f);
}

static void
test_other_round_refused (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_compare_view_set_studios (f->view, (gint64 *) f->round_ids->data, 2,
                                               &error));
  g_assert_false (sks_compare_view_add_studio (f->view, f->other, &error));
  g_assert_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_MIXED_ROUNDS);
  g_assert_cmpuint (sks_comparison_get_n_columns (sks_compare_view_get_comparison (f->view)), ==,
                    2);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* Screenshots are for people: in the user's language, as the app is. */
  if (g_getenv ("SKS_SHOT_DIR") != NULL)
    sks_i18n_init ();

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/compare/candidates/2", GUINT_TO_POINTER (2), test_candidates);
  ADD ("/gui/compare/candidates/4", GUINT_TO_POINTER (4), test_candidates);
  ADD ("/gui/compare/heights", NULL, test_heights);
  ADD ("/gui/compare/scores-reload", NULL, test_scores_reload);
  ADD ("/gui/compare/add-and-drop", NULL, test_add_and_drop);
  ADD ("/gui/compare/other-round-refused", NULL, test_other_round_refused);
#undef ADD
  return g_test_run ();
}
