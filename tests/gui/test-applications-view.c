/* test-applications-view.c — the list of applications as a view of its
 * own (SksApplicationsView) and the window's views (win.show-view), under Xvfb
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "sks-applications-view.h"
#include "sks-compare-view.h"
#include "sks-context.h"
#include "sks-review-workspace.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-store-finding.h"
#include "sks-store.h"
#include "sks-studio-row.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window.h"

typedef struct {
  SksTestDoc doc;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sks_test_doc_set_up (&f->doc, 0);
  sks_test_doc_add_context (&f->doc, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_doc_tear_down (&f->doc);
}

static void
settle (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (widget);
  /* The rows join the list in an idle after the first frame */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The view alone in a plain window: no SksWindow around it */
static SksApplicationsView *
show_view (Fixture *f)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = sks_applications_view_new ();

  sks_applications_view_set_context (SKS_APPLICATIONS_VIEW (view), f->doc.context);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  return SKS_APPLICATIONS_VIEW (view);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
activated_cb (SksApplicationsView *view,
              gint64               studio_id,
              gint64              *out)
{
  *out = studio_id;
}

/* The rows come in after the first frame and say so (the window hands the
 * sidebar its document then). */
static void
test_loads_rows (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  SksApplicationsView *view = SKS_APPLICATIONS_VIEW (sks_applications_view_new ());
  guint n_loaded = 0;
  guint n_studios = g_list_model_get_n_items (sks_context_get_studios (f->doc.context));

  g_assert_cmpuint (n_studios, >, 10);
  g_signal_connect (view, "notify::loaded", G_CALLBACK (notify_count_cb), &n_loaded);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  /* Nothing to show without a document */
  g_assert_false (sks_applications_view_get_loaded (view));
  g_assert_cmpuint (g_list_model_get_n_items (sks_applications_view_get_rows (view)), ==, 0);

  sks_applications_view_set_context (view, f->doc.context);
  g_assert_true (sks_applications_view_get_context (view) == f->doc.context);
  settle (window);
  g_assert_true (sks_applications_view_get_loaded (view));
  g_assert_cmpuint (n_loaded, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sks_applications_view_get_rows (view)), ==,
                    n_studios);
}

/* Selecting by id, whatever the rows' positions; the signal follows. */
static void
test_select_ids (Fixture       *f,
                 gconstpointer  data)
{
  SksApplicationsView *view = show_view (f);
  GListModel *rows = sks_applications_view_get_rows (view);
  g_autoptr(SksStudioRow) third = g_list_model_get_item (rows, 2);
  g_autoptr(SksStudioRow) fifth = g_list_model_get_item (rows, 4);
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(SksStudioRow) single = NULL;
  gint64 id;
  guint n_changes = 0;

  g_signal_connect (view, "selection-changed", G_CALLBACK (count_cb), &n_changes);
  /* In the other order: the selection comes back in the list's */
  id = sks_studio_row_get_id (fifth);
  g_array_append_val (wanted, id);
  id = sks_studio_row_get_id (third);
  g_array_append_val (wanted, id);
  sks_applications_view_select_ids (view, wanted);

  g_assert_cmpuint (n_changes, >=, 1);
  g_assert_cmpuint (sks_applications_view_get_n_selected (view), ==, 2);
  g_assert_cmpuint (sks_applications_view_get_first_selected (view), ==, 2);
  ids = sks_applications_view_dup_selected_ids (view);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, sks_studio_row_get_id (third));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, sks_studio_row_get_id (fifth));
  g_assert_null (sks_applications_view_dup_single_selected (view));

  sks_applications_view_select_position (view, 4);
  single = sks_applications_view_dup_single_selected (view);
  g_assert_nonnull (single);
  g_assert_cmpint (sks_studio_row_get_id (single), ==, sks_studio_row_get_id (fifth));
}

/* Activating a row (double-click, Enter) names its application. */
static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  SksApplicationsView *view = show_view (f);
  g_autoptr(SksStudioRow) row = g_list_model_get_item (sks_applications_view_get_rows (view), 3);
  gint64 activated = 0;

  g_signal_connect (view, "activate", G_CALLBACK (activated_cb), &activated);
  g_signal_emit_by_name (sks_applications_view_get_list (view), "activate", 3);
  g_assert_cmpint (activated, ==, sks_studio_row_get_id (row));
}

/* The sidebar's scope: one round's applications, then all again */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  SksApplicationsView *view = show_view (f);
  GListModel *rows = sks_applications_view_get_rows (view);
  guint n_all = g_list_model_get_n_items (rows);
  g_autoptr(SksStudioRow) first = g_list_model_get_item (rows, 0);
  gint64 round_id = sks_studio_row_get_round_id (first);
  guint n_round;

  sks_applications_view_select_position (view, 0);
  sks_applications_view_set_scope (view, round_id, 0);
  n_round = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n_round, >, 0);
  g_assert_cmpuint (n_round, <, n_all);
  for (guint i = 0; i < n_round; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpint (sks_studio_row_get_round_id (row), ==, round_id);
    }
  /* A scope change puts other rows under the selection: it is let go */
  g_assert_cmpuint (sks_applications_view_get_n_selected (view), ==, 0);

  sks_applications_view_set_scope (view, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_all);
}

/* The search toggles as a property, which the header's button binds to. */
static void
test_search_mode (Fixture       *f,
                  gconstpointer  data)
{
  SksApplicationsView *view = show_view (f);
  guint n_notified = 0;
  gboolean mode = FALSE;

  g_signal_connect (view, "notify::search-mode", G_CALLBACK (notify_count_cb), &n_notified);
  g_assert_false (sks_applications_view_get_search_mode (view));
  sks_applications_view_start_search (view);
  g_assert_true (sks_applications_view_get_search_mode (view));
  g_object_get (view, "search-mode", &mode, NULL);
  g_assert_true (mode);
  g_assert_cmpuint (n_notified, ==, 1);
  g_object_set (view, "search-mode", FALSE, NULL);
  g_assert_false (sks_applications_view_get_search_mode (view));
  g_assert_cmpuint (n_notified, ==, 2);
}

/* The window: its content is a stack of views with a switcher in the header
 * bar; win.show-view and sks_window_show_view() choose one. */
static void
test_window_views (Fixture       *f,
                   gconstpointer  data)
{
  SksWindow *window = sks_window_new (NULL, f->doc.context);
  SksApplicationsView *view = sks_window_get_applications_view (window);
  GObject *switcher = gtk_widget_get_template_child (GTK_WIDGET (window), SKS_TYPE_WINDOW,
                                                     "view_switcher");
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                              SKS_TYPE_WINDOW, "view_stack"));
  GtkWidget *other = gtk_label_new ("another view");

  gtk_window_present (GTK_WINDOW (window));
  settle (GTK_WIDGET (window));
  g_assert_nonnull (view);
  g_assert_true (sks_applications_view_get_context (view) == f->doc.context);
  g_assert_true (sks_applications_view_get_loaded (view));
  g_assert_true (GTK_IS_STACK_SWITCHER (switcher));
  g_assert_true (gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher)) == stack);
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "applications");
  g_assert_true (gtk_stack_get_visible_child (stack) == GTK_WIDGET (view));

  /* The review workspace and the comparison are views of their own */
  g_assert_true (SKS_IS_REVIEW_WORKSPACE (gtk_stack_get_child_by_name (stack, "review")));
  g_assert_true (SKS_IS_COMPARE_VIEW (gtk_stack_get_child_by_name (stack, "compare")));
  g_assert_false (sks_window_show_view (window, "no-such-view"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "compare"));
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "compare");

  /* A view added later */
  sks_window_add_view (window, other, "other", "Other");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "review"));
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "review");
  /* Ctrl+F searches the list: it comes back to show it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "applications");
  g_assert_true (sks_applications_view_get_search_mode (view));
  g_assert_true (sks_window_show_view (window, "other"));
  g_assert_true (sks_window_show_view (window, "applications"));
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "applications");
}

/* Opening several applications compares them (one column each) instead of
 * stacking editors; one selected cannot be compared. */
static void
test_window_compare (Fixture       *f,
                     gconstpointer  data)
{
  SksWindow *window = sks_window_new (NULL, f->doc.context);
  SksApplicationsView *view = sks_window_get_applications_view (window);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                              SKS_TYPE_WINDOW, "view_stack"));
  SksCompareView *compare = SKS_COMPARE_VIEW (gtk_stack_get_child_by_name (stack, "compare"));
  GListModel *rows;
  gint64 round_id;
  GArray *same_round = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) shown = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_toplevels;

  gtk_window_present (GTK_WINDOW (window));
  settle (GTK_WIDGET (window));
  rows = sks_applications_view_get_rows (view);
  {
    g_autoptr(SksStudioRow) first = g_list_model_get_item (rows, 0);
    round_id = sks_studio_row_get_round_id (first);
  }
  for (guint i = 0; i < g_list_model_get_n_items (rows) && same_round->len < 3; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);

      if (sks_studio_row_get_round_id (row) == round_id)
        g_array_append_val (same_round, id);
    }
  g_assert_cmpuint (same_round->len, ==, 3);

  /* One: win.compare is off */
  g_array_append_vals (one, same_round->data, 1);
  sks_applications_view_select_ids (view, one);
  settle (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL);
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "applications");

  /* Three, opened: compared, no editor */
  sks_applications_view_select_ids (view, same_round);
  settle (GTK_WIDGET (window));
  n_toplevels = g_list_model_get_n_items (toplevels);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-application", NULL));
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_toplevels);
  g_assert_cmpstr (sks_window_get_visible_view (window), ==, "compare");
  shown = sks_compare_view_dup_studios (compare);
  g_assert_cmpuint (shown->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (g_array_index (shown, gint64, i), ==, g_array_index (same_round, gint64, i));
  sks_test_save_shot (GTK_WIDGET (window), "window-compare");
  sks_window_show_view (window, "review");
  sks_test_save_shot (GTK_WIDGET (window), "window-review");
  g_array_unref (same_round);
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

static void
items_changed_count_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static guint
unit_not_eligible (SksContext *context,
                   gint64      round_id,
                   gint64      unit_id)
{
  SksRowCounts counts = { 0, };
  gint64 key = sks_scope_list_unit_key (round_id, unit_id);
  SksUnitCount *count;
  guint n;

  sks_scope_list_count_rows (context, &counts);
  count = g_hash_table_lookup (counts.by_unit, &key);
  n = count ? count->not_eligible : 0;
  sks_scope_list_clear_counts (&counts);
  return n;
}

/* Issue 13: a finding recorded (as the form, the grid and the CLI record
 * it) changes the list's verdict and the counts the sidebar and the round
 * overview show in the next frame, without a new check of the document. */
static void
test_finding_verdict (Fixture       *f,
                      gconstpointer  data)
{
  SksApplicationsView *view = show_view (f);
  GListModel *rows = sks_context_get_studios (f->doc.context);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudioRow) row = NULL;
  SksFindingRecord record = { SKS_CHECK_ITEM_CONDUCT, SKS_FINDING_NOT_MET, "王珏", "2025-03-18",
                              "群众来信查实", NULL, 0, NULL };
  gboolean done = FALSE;
  gint64 id = 0, round_id = 0, unit_id = 0;
  guint before, scope_changes = 0;

  sks_context_check_async (f->doc.context, NULL, check_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  settle (GTK_WIDGET (view));

  /* An application waiting for a person on master.conduct (Huzhou) */
  for (guint i = 0; i < g_list_model_get_n_items (rows) && id == 0; i++)
    {
      g_autoptr(SksStudioRow) item = g_list_model_get_item (rows, i);
      SksPolicy *policy = sks_context_get_policy (f->doc.context,
                                                  sks_studio_row_get_round_id (item));

      if (sks_studio_row_get_verdict (item) == SKS_VERDICT_MANUAL && policy != NULL &&
          sks_policy_find_rule (policy, "master.conduct") != NULL)
        {
          id = sks_studio_row_get_id (item);
          round_id = sks_studio_row_get_round_id (item);
          unit_id = sks_studio_row_get_recommender_id (item);
        }
    }
  g_assert_cmpint (id, !=, 0);
  before = unit_not_eligible (f->doc.context, round_id, unit_id);
  g_signal_connect (rows, "items-changed", G_CALLBACK (items_changed_count_cb), &scope_changes);

  g_assert_true (sks_store_record_finding (f->doc.store, id, &record, &error));
  g_assert_no_error (error);
  sks_context_studio_saved (f->doc.context, id);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (rows) && row == NULL; i++)
    {
      g_autoptr(SksStudioRow) item = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_id (item) == id)
        row = g_steal_pointer (&item);
    }
  g_assert_nonnull (row);
  g_assert_cmpint (sks_studio_row_get_verdict (row), ==, SKS_VERDICT_FAIL);
  g_assert_cmpuint (scope_changes, >, 0);
  g_assert_cmpuint (unit_not_eligible (f->doc.context, round_id, unit_id), ==, before + 1);

  /* Cleared: the verdict waits for a person again */
  record.result = SKS_FINDING_CLEAR;
  record.reason = "误录";
  g_assert_true (sks_store_record_finding (f->doc.store, id, &record, &error));
  g_assert_no_error (error);
  sks_context_studio_saved (f->doc.context, id);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  g_clear_object (&row);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && row == NULL; i++)
    {
      g_autoptr(SksStudioRow) item = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_id (item) == id)
        row = g_steal_pointer (&item);
    }
  g_assert_cmpint (sks_studio_row_get_verdict (row), ==, SKS_VERDICT_MANUAL);
  g_assert_cmpuint (unit_not_eligible (f->doc.context, round_id, unit_id), ==, before);
  g_signal_handlers_disconnect_by_data (rows, &scope_changes);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/applications-view/loads-rows", test_loads_rows);
  ADD ("/gui/applications-view/select-ids", test_select_ids);
  ADD ("/gui/applications-view/activate", test_activate);
  ADD ("/gui/applications-view/scope", test_scope);
  ADD ("/gui/applications-view/search-mode", test_search_mode);
  ADD ("/gui/applications-view/window-views", test_window_views);
  ADD ("/gui/applications-view/window-compare", test_window_compare);
  ADD ("/gui/applications-view/finding-verdict", test_finding_verdict);
#undef ADD

  return g_test_run ();
}
