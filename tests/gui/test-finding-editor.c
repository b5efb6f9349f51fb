/* test-finding-editor.c — findings (核实) from the application editor's
 * eligibility panel: recording through a verdict row's Record Finding…
 * controls changes the panel's verdict, the list's verdict and the store,
 * and keeps the old finding in the history
 *
 * With SKS_SCREENSHOT_DIR set, the editor is shot with a recorded finding
 * and with the record controls open (the whole X screen, popover included).
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "sks-context.h"
#include "sks-history-view.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-store-finding.h"
#include "sks-store.h"
#include "sks-studio-editor.h"
#include "sks-test-util.h"
#include "sks-verdict-row.h"

typedef struct {
  char       *tmpdir;
  char       *path;
  GSettings  *settings;
  SksStore   *store;
  SksContext *context;
  gint64      studio_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GArray) ids = NULL;

  f->tmpdir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->tmpdir, "test.skillstudio", NULL);
  f->settings = g_settings_new (APPLICATION_ID);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (f->store, 12, &error));
  g_assert_no_error (error);
  /* who is working, as Preferences sets it */
  g_settings_set_string (f->settings, "user-name", "王珏");
  round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  ids = sks_store_list_studio_ids (f->store, sks_round_get_id (round), &error);
  g_assert_no_error (error);
  f->studio_id = g_array_index (ids, gint64, 0);
  f->context = sks_context_new (f->store, f->settings);
  /* the rows and rounds, as the document window loads them */
  g_assert_true (sks_context_reload (f->context, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  sks_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (data));
}

static gboolean
verdicts_shown (gpointer data)
{
  return sks_studio_editor_get_verdicts_shown (data);
}

static void
flush (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static SksStudioEditor *
open_editor (Fixture *f)
{
  GtkWidget *editor = sks_studio_editor_new (NULL, f->context, f->studio_id);

  gtk_window_set_default_size (GTK_WINDOW (editor), 1200, 860);
  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (editor);
  iterate_until (verdicts_shown, editor);
  return SKS_STUDIO_EDITOR (editor);
}

static SksVerdictRow *
find_verdict_row (SksStudioEditor *editor,
                  const char      *rule_id)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                              SKS_TYPE_STUDIO_EDITOR,
                                                              "verdict_list"));

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SKS_IS_VERDICT_ROW (child) &&
        g_str_equal (sks_verdict_get_rule_id (sks_verdict_row_get_verdict (SKS_VERDICT_ROW (child))),
                     rule_id))
      return SKS_VERDICT_ROW (child);
  g_assert_not_reached ();
}

static SksVerdictStatus
row_status (SksStudioEditor *editor,
            const char      *rule_id)
{
  return sks_verdict_get_status (sks_verdict_row_get_verdict (find_verdict_row (editor,
                                                                                rule_id)));
}

/* The list's verdict of the application (the document window's column). */
static int
list_verdict (Fixture *f)
{
  GListModel *rows = sks_context_get_studios (f->context);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      if (sks_studio_row_get_id (row) == f->studio_id)
        return sks_studio_row_get_verdict (row);
    }
  g_assert_not_reached ();
}

static SksCheckState
stored_check (Fixture       *f,
              SksCheckItem   item,
              const char   **by)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, f->studio_id, &error);
  static char by_copy[64];
  const char *stored_by = NULL;
  SksCheckState state;

  g_assert_no_error (error);
  state = sks_studio_get_check (studio, item, &stored_by, NULL, NULL);
  g_strlcpy (by_copy, stored_by ? stored_by : "", sizeof by_copy);
  if (by != NULL)
    *by = by_copy;
  return state;
}

static void
shoot (const char *name)
{
  const char *dir = g_getenv ("SKS_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    return;
  flush ();
  path = g_build_filename (dir, name, NULL);
  command = g_strdup_printf ("import -window root %s", path);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_record_met (Fixture       *f,
                 gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (f);
  SksVerdictRow *row = find_verdict_row (editor, "master.conduct");
  const char *by = NULL;

  g_assert_cmpint (row_status (editor, "master.conduct"), ==, SKS_VERDICT_MANUAL);
  g_assert_true (gtk_widget_get_visible (sks_verdict_row_get_finding_button (row)));
  /* rules a reviewer does not confirm have no such controls */
  g_assert_false (gtk_widget_get_visible (
    sks_verdict_row_get_finding_button (find_verdict_row (editor, "master.skill_level"))));

  sks_verdict_row_set_note (row, "村委会证明属实");
  sks_verdict_row_record_finding (row, SKS_FINDING_MET);
  flush ();
  g_assert_cmpint (row_status (editor, "master.conduct"), ==, SKS_VERDICT_PASS);
  g_assert_cmpint (stored_check (f, SKS_CHECK_ITEM_CONDUCT, &by), ==, SKS_CHECK_CONFIRMED);
  g_assert_cmpstr (by, ==, "王珏");
  g_assert_false (sks_studio_editor_get_unsaved (editor));
  shoot ("finding-recorded.png");
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_record_not_met_updates_list (Fixture       *f,
                                  gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (f);
  SksVerdictRow *row = find_verdict_row (editor, "support.present");

  sks_verdict_row_select_part (row, 2);   /* support-funding */
  sks_verdict_row_record_finding (row, SKS_FINDING_NOT_MET);
  flush ();
  g_assert_cmpint (row_status (editor, "support.present"), ==, SKS_VERDICT_FAIL);
  g_assert_cmpint (stored_check (f, SKS_CHECK_ITEM_SUPPORT_FUNDING, NULL), ==, SKS_CHECK_NOT_MET);
  g_assert_cmpint (list_verdict (f), ==, SKS_VERDICT_FAIL);

  /* clear: back to 待核实, and the old one in the history */
  row = find_verdict_row (editor, "support.present");
  sks_verdict_row_select_part (row, 2);
  sks_verdict_row_record_finding (row, SKS_FINDING_CLEAR);
  flush ();
  g_assert_cmpint (row_status (editor, "support.present"), ==, SKS_VERDICT_MANUAL);
  g_assert_cmpint (stored_check (f, SKS_CHECK_ITEM_SUPPORT_FUNDING, NULL), ==,
                   SKS_CHECK_UNCHECKED);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) history = sks_store_list_history (f->store, f->studio_id, &error);
    gboolean found = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, i);
        if (g_strcmp0 (sks_history_entry_get_field (entry), "support-funding-check") == 0 &&
            g_strcmp0 (sks_history_entry_get_old_value (entry), "not-met") == 0)
          found = TRUE;
      }
    g_assert_true (found);
  }
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* GTK 4.8 cannot place a popover whose button is scrolled out of view. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, child, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 200));
}

static void
test_controls_open (Fixture       *f,
                    gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (f);
  SksVerdictRow *row = find_verdict_row (editor, "master.conduct");

  sks_verdict_row_record_finding (row, SKS_FINDING_MET);
  flush ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  row = find_verdict_row (editor, "support.present");
  scroll_to (GTK_WIDGET (row));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  gtk_menu_button_popup (GTK_MENU_BUTTON (sks_verdict_row_get_finding_button (row)));
  flush ();
  shoot ("finding-controls.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (sks_verdict_row_get_finding_button (row)));
  /* the popover's surface goes before the window's, or GTK asks a dead
   * surface for the pointer in the next test */
  flush ();
  gtk_window_destroy (GTK_WINDOW (editor));
  flush ();
}

/* A new application: no Record Finding… until it is in the store, then
 * the controls appear with its first save, and they record */
static void
test_new_application_controls (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  GListModel *units = sks_context_get_recommenders (f->context, sks_round_get_id (round));
  g_autoptr(SksRecommender) unit = g_list_model_get_item (units, 0);
  SksStudioEditor *editor;
  SksVerdictRow *row;
  const char *by = NULL;

  editor = SKS_STUDIO_EDITOR (sks_studio_editor_new_application (NULL, f->context,
                                                                 sks_round_get_id (round),
                                                                 sks_recommender_get_id (unit)));
  gtk_window_set_default_size (GTK_WINDOW (editor), 1200, 860);
  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  iterate_until (verdicts_shown, editor);
  row = find_verdict_row (editor, "master.conduct");
  g_assert_false (gtk_widget_get_visible (sks_verdict_row_get_finding_button (row)));

  g_object_set (sks_studio_get_master (sks_studio_editor_get_studio (editor)), "name", "李梅",
                NULL);
  g_assert_true (sks_studio_editor_save (editor, &error));
  g_assert_no_error (error);
  flush ();
  f->studio_id = sks_studio_editor_get_studio_id (editor);
  g_assert_cmpint (f->studio_id, >, 0);
  row = find_verdict_row (editor, "master.conduct");
  g_assert_true (gtk_widget_get_visible (sks_verdict_row_get_finding_button (row)));
  /* the other rules a reviewer confirms too, and no other rule */
  g_assert_true (gtk_widget_get_visible (
    sks_verdict_row_get_finding_button (find_verdict_row (editor, "support.present"))));
  g_assert_false (gtk_widget_get_visible (
    sks_verdict_row_get_finding_button (find_verdict_row (editor, "master.skill_level"))));

  sks_verdict_row_record_finding (row, SKS_FINDING_MET);
  flush ();
  g_assert_cmpint (stored_check (f, SKS_CHECK_ITEM_CONDUCT, &by), ==, SKS_CHECK_CONFIRMED);
  g_assert_cmpstr (by, ==, "王珏");
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* The History view tells a finding in words, with who and the day, and
 * leaves out the entries of its who and day */
static void
test_history_in_words (Fixture       *f,
                       gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (f);
  SksVerdictRow *row = find_verdict_row (editor, "master.conduct");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  /* screenshots run in the user's locale */
  gboolean zh = g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "zh_CN");
  g_autofree char *expected = g_strdup_printf (zh ? "待核实 → 符合（王珏，%s）"
                                                  : "To be checked → Met (王珏, %s)", today);
  g_autofree char *newest = NULL;
  SksHistoryView *view;
  GtkWindow *window;

  sks_verdict_row_record_finding (row, SKS_FINDING_MET);
  flush ();
  window = sks_history_window_new (GTK_WINDOW (editor), "History", &view);
  g_assert_true (sks_history_view_show_studio (view, f->store, f->studio_id, &error));
  g_assert_no_error (error);
  gtk_window_present (window);
  flush ();
  newest = sks_history_view_dup_row_text (view, 0);
  g_test_message ("%s", newest);
  g_assert_nonnull (strstr (newest, zh ? "领办人品行 核实\n" : "Changed: Leader’s conduct finding\n"));
  g_assert_nonnull (strstr (newest, expected));
  for (guint i = 0; i < g_list_model_get_n_items (sks_history_view_get_model (view)); i++)
    {
      g_autofree char *text = sks_history_view_dup_row_text (view, i);

      g_assert_null (strstr (text, "conduct-check"));
      g_assert_null (strstr (text, "confirmed"));
      g_assert_null (strstr (text, "checked by"));
    }
  shoot ("finding-history.png");
  gtk_window_destroy (window);
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* Screenshots in the user's locale (LANG=zh_CN.UTF-8 for Chinese) */
  if (g_getenv ("SKS_SCREENSHOT_DIR") != NULL)
    {
      setlocale (LC_ALL, "");
      sks_i18n_init ();
    }

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/finding/record-met", test_record_met);
  ADD ("/gui/finding/not-met-updates-list", test_record_not_met_updates_list);
  ADD ("/gui/finding/controls-open", test_controls_open);
  ADD ("/gui/finding/new-application-controls", test_new_application_controls);
  ADD ("/gui/finding/history-in-words", test_history_in_words);
#undef ADD
  return g_test_run ();
}
