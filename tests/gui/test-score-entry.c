/* test-score-entry.c — panel scoring in the app (SksScoreEntryView), under
 * Xvfb: scores typed with the keyboard alone are stored, a score over the
 * criterion's maximum is refused, totals follow, submitting locks the
 * sheet, a change after it needs a reason and leaves history, a conflicted
 * candidate is greyed and left out of the aggregate
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "sks-context.h"
#include "sks-i18n.h"
#include "sks-panel-dialog.h"
#include "sks-reason-dialog.h"
#include "sks-review-workspace.h"
#include "sks-sample.h"
#include "sks-score-entry-view-private.h"
#include "sks-score-history-dialog.h"
#include "sks-store-panel.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"

typedef struct {
  char              *tmpdir;
  char              *path;
  GSettings         *settings;
  SksStore          *store;
  SksContext        *context;
  GtkWindow         *window;
  SksScoreEntryView *view;
  gint64             round_id;
  SksPanel          *panel;
  gint64             members[3];   /* 王评审, 李评审, and one from candidate 0's unit */
  char              *conflict_unit;
} Fixture;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* SKS_TEST_HOLD=seconds keeps the window on screen, for a screenshot. */
static void
hold (void)
{
  const char *seconds = g_getenv ("SKS_TEST_HOLD");
  gint64 until;

  if (seconds == NULL)
    return;
  until = g_get_monotonic_time () + g_ascii_strtoll (seconds, NULL, 10) * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (10000);
}

/* The round whose city panel has the most candidates. */
static gint64
pick_round (SksStore *store)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, NULL);
  gint64 best = 0;
  guint most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      g_autoptr(SksPanel) panel = sks_store_get_panel (store, sks_round_get_id (round),
                                                       SKS_PANEL_LEVEL_CITY, 0, TRUE, NULL);
      g_autoptr(GArray) ids = panel ? sks_store_list_panel_candidates (store, panel, NULL) : NULL;

      if (ids != NULL && ids->len > most)
        most = ids->len, best = sks_round_get_id (round);
    }
  return best;
}

static gint64
add_member (Fixture    *f,
            const char *name,
            const char *work_unit)
{
  g_autoptr(SksPanelMember) member = sks_panel_member_new ();
  g_autoptr(GError) error = NULL;

  sks_panel_member_set_panel_id (member, sks_panel_get_id (f->panel));
  sks_panel_member_set_name (member, name);
  sks_panel_member_set_work_unit (member, work_unit);
  sks_panel_member_set_title (member, "高级技师");
  sks_panel_member_set_role (member, SKS_PANEL_ROLE_EXPERT);
  g_assert_true (sks_store_add_panel_member (f->store, member, &error));
  g_assert_no_error (error);
  return sks_panel_member_get_id (member);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(SksScoreResult) first = NULL;
  SksScoreThresholds thresholds = { 0, 0 };

  f->tmpdir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->tmpdir, "test.skillstudio", NULL);
  f->settings = g_settings_new (APPLICATION_ID);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate_unreviewed (f->store, &error));
  g_assert_no_error (error);
  /* the document's context takes who is working from Preferences */
  g_settings_set_string (f->settings, "user-name", "周文员");
  sks_store_set_user (f->store, "周文员");
  f->round_id = pick_round (f->store);
  g_assert_cmpint (f->round_id, >, 0);
  f->panel = sks_store_get_panel (f->store, f->round_id, SKS_PANEL_LEVEL_CITY, 0, TRUE, &error);
  g_assert_no_error (error);
  results = sks_store_list_score_results (f->store, f->panel, SKS_SCORE_METHOD_MEAN, &thresholds,
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 2);
  first = g_list_model_get_item (results, 0);
  f->conflict_unit = g_strdup (sks_score_result_get_unit_name (first));
  f->members[0] = add_member (f, "王评审", "湖州职业技术学院");
  f->members[1] = add_member (f, "李评审", "浙江省技能人才评价中心");
  f->members[2] = add_member (f, "赵评审", f->conflict_unit);

  f->context = sks_context_new (f->store, f->settings);
  /* as the window does when it opens the document */
  g_assert_true (sks_context_reload (f->context, &error));
  g_assert_no_error (error);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1366, 768);
  f->view = SKS_SCORE_ENTRY_VIEW (sks_score_entry_view_new (f->context));
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  sks_score_entry_view_set_scope (f->view, f->round_id, 0);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  iterate ();
  g_clear_object (&f->panel);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  sks_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
  g_free (f->conflict_unit);
}

static ScoreCell *
cell (Fixture *f,
      guint    row,
      guint    col)
{
  g_assert_cmpuint (row * f->view->n_cols + col, <, f->view->cells->len);
  return &g_array_index (f->view->cells, ScoreCell, row * f->view->n_cols + col);
}

/* The score entry holding the keyboard focus. */
static GtkWidget *
focused_entry (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  while (focus != NULL && !GTK_IS_ENTRY (focus))
    focus = gtk_widget_get_parent (focus);
  g_assert_nonnull (focus);
  return focus;
}

static void
start_at (Fixture *f,
          guint    row,
          guint    col)
{
  gtk_widget_grab_focus (cell (f, row, col)->entry);
  iterate ();
  g_assert_true (focused_entry (f) == cell (f, row, col)->entry);
}

/* Types into the focused widget, as the keyboard's text input does. */
static void
type (Fixture    *f,
      const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_delete_selection (GTK_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
  iterate ();
}

/* Presses @keyval on the focused score entry: its key controller gets the
 * key first (capture phase), as from the keyboard. */
static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (focused_entry (f));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          break;
        }
    }
  g_assert_true (handled);
  iterate ();
}

/* The stored score of @member for the cell's candidate and criterion. */
static gint64
stored (Fixture *f,
        gint64   member_id,
        guint    row,
        guint    col)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) scores = sks_store_list_scores (f->store, member_id, &error);
  ScoreCell *c = cell (f, row, col);

  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      SksScoreEntry *score = &g_array_index (scores, SksScoreEntry, i);

      if (score->studio_id == c->studio_id &&
          score->criterion_id == sks_score_criterion_get_id (c->criterion))
        return score->points;
    }
  return SKS_SCORE_BLANK;
}

static guint
count_stored (Fixture *f,
              gint64   member_id)
{
  g_autoptr(GArray) scores = sks_store_list_scores (f->store, member_id, NULL);

  return scores ? scores->len : 0;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_keyboard_stores (Fixture       *f,
                      gconstpointer  data)
{
  guint n_cols = f->view->n_cols;
  const char *values[] = { "18", "20.5", "7", "12", "9" };

  g_test_message ("status: %s; message: %s", gtk_label_get_label (f->view->status_label),
                  gtk_label_get_label (f->view->message_label));
  g_assert_cmpuint (n_cols, >=, 3);
  g_assert_cmpuint (n_cols, <=, G_N_ELEMENTS (values));
  start_at (f, 0, 0);
  for (guint col = 0; col < n_cols; col++)
    {
      type (f, values[col]);
      /* Tab, then Enter: both move on */
      press (f, col % 2 ? GDK_KEY_Return : GDK_KEY_Tab, 0);
    }
  /* past the last criterion: the next candidate's first cell */
  g_assert_true (focused_entry (f) == cell (f, 1, 0)->entry);
  for (guint col = 0; col < n_cols; col++)
    {
      gint64 expected;

      g_assert_true (sks_score_parse (values[col], &expected));
      g_assert_cmpint (stored (f, f->members[0], 0, col), ==, expected);
    }
  /* arrows move without saving anything new */
  press (f, GDK_KEY_Up, 0);
  g_assert_true (focused_entry (f) == cell (f, 0, 0)->entry);
  press (f, GDK_KEY_Right, 0);
  g_assert_true (focused_entry (f) == cell (f, 0, 1)->entry);
  press (f, GDK_KEY_Down, 0);
  g_assert_true (focused_entry (f) == cell (f, 1, 1)->entry);
  press (f, GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_true (focused_entry (f) == cell (f, 1, 0)->entry);
  g_assert_cmpuint (count_stored (f, f->members[0]), ==, n_cols);
  /* typing replaces: the focused cell's text is selected */
  press (f, GDK_KEY_Up, 0);
  {
    int start, end;

    g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (cell (f, 0, 0)->entry),
                                                      &start, &end));
    g_assert_cmpint (start, ==, 0);
    g_assert_cmpint (end, ==, 2);
  }
}

static void
test_over_max_refused (Fixture       *f,
                       gconstpointer  data)
{
  ScoreCell *c = cell (f, 0, 0);
  g_autofree char *max = sks_score_format (sks_score_criterion_get_max_points (c->criterion));
  const char *message;

  start_at (f, 0, 0);
  type (f, "999");
  message = gtk_label_get_label (f->view->message_label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->view->message_label)));
  g_assert_nonnull (strstr (message, sks_score_criterion_get_title (c->criterion)));
  g_assert_nonnull (strstr (message, max));
  g_assert_true (gtk_widget_has_css_class (c->entry, "error"));
  press (f, GDK_KEY_Tab, 0);
  /* the focus stays and nothing is stored */
  g_assert_true (focused_entry (f) == c->entry);
  g_assert_cmpuint (count_stored (f, f->members[0]), ==, 0);
  /* a sheet with a refused cell cannot be submitted */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.submit", NULL);
  iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  /* text that is not a number is refused too */
  type (f, "十八");
  g_assert_true (gtk_widget_has_css_class (c->entry, "error"));
  press (f, GDK_KEY_Return, 0);
  g_assert_cmpuint (count_stored (f, f->members[0]), ==, 0);
  /* a good value clears the mark */
  type (f, max);
  g_assert_false (gtk_widget_has_css_class (c->entry, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->view->message_label)));
  press (f, GDK_KEY_Tab, 0);
  g_assert_cmpint (stored (f, f->members[0], 0, 0), ==,
                   sks_score_criterion_get_max_points (c->criterion));
}

static const char *
total_text (Fixture *f,
            guint    row)
{
  return gtk_label_get_label (g_ptr_array_index (f->view->totals, row));
}

static void
test_totals_update (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *partial = NULL;
  g_autofree char *after_tab = NULL;

  g_assert_cmpstr (total_text (f, 0), ==, "—");
  start_at (f, 0, 0);
  type (f, "10");
  /* live, before the cell is left */
  partial = g_strdup_printf ("10 (1 of %u)", f->view->n_cols);
  g_assert_cmpstr (total_text (f, 0), ==, partial);
  press (f, GDK_KEY_Tab, 0);
  type (f, "5.5");
  after_tab = g_strdup_printf ("15.5 (2 of %u)", f->view->n_cols);
  g_assert_cmpstr (total_text (f, 0), ==, after_tab);
  for (guint col = 2; col < f->view->n_cols; col++)
    {
      press (f, GDK_KEY_Tab, 0);
      type (f, "1");
    }
  {
    g_autofree char *full = g_strdup_printf ("%u", 15 + (f->view->n_cols - 2));
    g_autofree char *full_text = g_strdup_printf ("%s.5", full);

    g_assert_cmpstr (total_text (f, 0), ==, full_text);
  }
  /* the other candidate's total is untouched */
  g_assert_cmpstr (total_text (f, 1), ==, "—");
}

static GtkMessageDialog *
submit (Fixture *f)
{
  GtkMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.submit", NULL);
  iterate ();
  dialog = GTK_MESSAGE_DIALOG (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
member_submitted (Fixture *f,
                  gint64   member_id)
{
  g_autoptr(GListModel) members = sks_store_list_panel_members (f->store,
                                                                sks_panel_get_id (f->panel), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (members, i);

      if (sks_panel_member_get_id (member) == member_id)
        return sks_panel_member_is_submitted (member);
    }
  g_assert_not_reached ();
}

static void
enter_and_submit (Fixture *f)
{
  GtkMessageDialog *dialog;
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;

  start_at (f, 0, 0);
  type (f, "10");
  press (f, GDK_KEY_Tab, 0);
  type (f, "8");
  press (f, GDK_KEY_Tab, 0);
  dialog = submit (f);
  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (text, "王评审"));
  g_assert_nonnull (strstr (secondary, "2 "));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  iterate ();
  g_assert_true (member_submitted (f, f->members[0]));
}

static void
test_submit_locks (Fixture       *f,
                   gconstpointer  data)
{
  GtkMessageDialog *dialog;

  /* Cancel leaves the sheet open */
  dialog = submit (f);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_false (member_submitted (f, f->members[0]));

  enter_and_submit (f);
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->status_label), "locked"));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.submit", NULL);
  iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  /* the store refuses a change without a reason */
  g_assert_false (sks_store_set_score (f->store, f->members[0], cell (f, 0, 0)->studio_id,
                                       sks_score_criterion_get_id (cell (f, 0, 0)->criterion),
                                       500, NULL, NULL));
}

static guint
count_history (Fixture    *f,
               const char *reason)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM score_history WHERE "
                                       "old_points = 1000 AND new_points = 1200 AND reason = ? "
                                       "AND who = '周文员';", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, reason, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_change_after_submit (Fixture       *f,
                          gconstpointer  data)
{
  SksReasonDialog *dialog;

  enter_and_submit (f);
  /* Cancel: the cell takes its stored score back */
  start_at (f, 0, 0);
  type (f, "12");
  press (f, GDK_KEY_Tab, 0);
  dialog = SKS_REASON_DIALOG (find_toplevel (SKS_TYPE_REASON_DIALOG));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_cmpint (stored (f, f->members[0], 0, 0), ==, 1000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (f, 0, 0)->entry)), ==, "10");

  /* no reason: refused, the dialog stays */
  start_at (f, 0, 0);
  type (f, "12");
  press (f, GDK_KEY_Return, 0);
  dialog = SKS_REASON_DIALOG (find_toplevel (SKS_TYPE_REASON_DIALOG));
  g_assert_nonnull (dialog);
  sks_reason_dialog_set_reason (dialog, "   ");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  iterate ();
  g_assert_true (find_toplevel (SKS_TYPE_REASON_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpint (stored (f, f->members[0], 0, 0), ==, 1000);
  g_assert_cmpuint (count_history (f, "复核时发现漏看一页材料"), ==, 0);

  /* with a reason: saved, the old score in the history with who and why */
  sks_reason_dialog_set_reason (dialog, "复核时发现漏看一页材料");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  iterate ();
  g_assert_null (find_toplevel (SKS_TYPE_REASON_DIALOG));
  g_assert_cmpint (stored (f, f->members[0], 0, 0), ==, 1200);
  g_assert_cmpuint (count_history (f, "复核时发现漏看一页材料"), ==, 1);
  /* and the focus went on to the next cell */
  g_assert_true (focused_entry (f) == cell (f, 0, 1)->entry);
}

static GtkWidget *
results_cell (Fixture *f,
              guint    column,
              guint    row)
{
  GtkWidget *child = gtk_grid_get_child_at (f->view->results_grid, column, row);

  g_assert_nonnull (child);
  return child;
}

static void
test_conflict_excluded (Fixture       *f,
                        gconstpointer  data)
{
  ScoreCell *c;
  const gint64 totals[] = { 6000, 8000, 9000 };
  guint count_column;

  /* every reviewer scores candidate 0 fully */
  for (guint m = 0; m < G_N_ELEMENTS (f->members); m++)
    for (guint col = 0; col < f->view->n_cols; col++)
      {
        gint64 points = col == 0 ? totals[m] - 100 * (f->view->n_cols - 1) : 100;

        points = MIN (points, sks_score_criterion_get_max_points (cell (f, 0, col)->criterion));
        g_assert_true (sks_store_set_score (f->store, f->members[m], cell (f, 0, col)->studio_id,
                                            sks_score_criterion_get_id (cell (f, 0, col)->criterion),
                                            points, NULL, NULL));
      }
  /* the reviewer from the candidate's own unit: greyed, not editable, the reason shown */
  sks_score_entry_view_set_reviewer (f->view, f->members[2]);
  iterate ();
  c = cell (f, 0, 0);
  g_assert_true (c->conflicted);
  g_assert_true (gtk_widget_has_css_class (c->entry, "dim-label"));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (c->entry)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (
                     f->view->entry_grid, 2 + f->view->n_cols, 1))), !=, "");
  g_assert_false (cell (f, 1, 0)->conflicted);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (cell (f, 1, 0)->entry)));
  start_at (f, 1, 0);
  type (f, "15");
  press (f, GDK_KEY_Tab, 0);
  type (f, "30");
  hold ();
  press (f, GDK_KEY_Escape, 0);

  /* results: the total greyed and marked, the count without it */
  gtk_stack_set_visible_child_name (f->view->stack, "results");
  iterate ();
  {
    GtkWidget *excluded = results_cell (f, 3, 1);
    GtkWidget *counted = results_cell (f, 1, 1);

    g_assert_true (gtk_widget_has_css_class (excluded, "dim-label"));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (excluded)), "†"));
    g_assert_nonnull (gtk_widget_get_tooltip_text (excluded));
    g_assert_false (gtk_widget_has_css_class (counted, "dim-label"));
  }
  /* Candidate, 3 reviewers, Score, Mean, Trimmed, Median, SD, Range, Count */
  count_column = 1 + 3 + 6;
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (results_cell (f, count_column, 1))), ==, "2");
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->results_notes_label), "赵评审"));
  hold ();
}

static void
test_declare_conflict (Fixture       *f,
                       gconstpointer  data)
{
  SksReasonDialog *dialog;
  g_autoptr(GPtrArray) conflicts = NULL;
  gboolean found = FALSE;

  start_at (f, 1, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.declare-conflict", NULL);
  iterate ();
  dialog = SKS_REASON_DIALOG (find_toplevel (SKS_TYPE_REASON_DIALOG));
  g_assert_nonnull (dialog);
  sks_reason_dialog_set_reason (dialog, "曾指导该工作室领办人");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  iterate ();
  conflicts = sks_store_list_conflicts (f->store, sks_panel_get_id (f->panel), NULL);
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    {
      SksConflict *conflict = g_ptr_array_index (conflicts, i);

      if (conflict->member_id == f->members[0] && conflict->declared)
        found = strstr (conflict->reason, "曾指导该工作室领办人") != NULL;
    }
  g_assert_true (found);
  g_assert_true (cell (f, 1, 0)->conflicted);
  g_assert_true (gtk_widget_has_css_class (cell (f, 1, 0)->entry, "dim-label"));
}

static void
test_panel_dialog (Fixture       *f,
                   gconstpointer  data)
{
  SksPanelDialog *dialog;
  SksPanelMember *draft;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.members", NULL);
  iterate ();
  dialog = SKS_PANEL_DIALOG (find_toplevel (SKS_TYPE_PANEL_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (sks_panel_dialog_get_members (dialog)), ==, 3);
  sks_test_save_shot (GTK_WIDGET (dialog), "score-members-dialog");
  /* a member without a name is refused, naming the field */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "panel.new", NULL);
  g_assert_cmpint (sks_panel_member_get_id (sks_panel_dialog_get_draft (dialog)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "panel.save", NULL);
  g_assert_nonnull (sks_panel_dialog_get_message (dialog));
  draft = sks_panel_dialog_get_draft (dialog);
  sks_panel_member_set_name (draft, "陈组长");
  sks_panel_member_set_work_unit (draft, "湖州市技师学院");
  sks_panel_member_set_role (draft, SKS_PANEL_ROLE_CHAIR);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "panel.save", NULL);
  iterate ();
  g_assert_null (sks_panel_dialog_get_message (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (sks_panel_dialog_get_members (dialog)), ==, 4);
  /* the view's reviewers follow */
  g_assert_cmpuint (g_list_model_get_n_items (f->view->members), ==, 4);
  /* remove the new one */
  sks_panel_dialog_select (dialog, 3);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "panel.remove", NULL);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (f->view->members), ==, 3);
}

/* Keyboard moves pass over a conflicted (read-only) candidate. */
static void
test_keyboard_skips_conflicted (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint last = f->view->n_cols - 1;

  g_assert_cmpuint (f->view->n_rows, >=, 3);
  g_assert_true (sks_store_declare_conflict (f->store, f->members[0], cell (f, 1, 0)->studio_id,
                                             "曾指导该工作室领办人", &error));
  g_assert_no_error (error);
  sks_score_entry_view_reload (f->view);
  iterate ();
  g_assert_true (cell (f, 1, 0)->conflicted);
  start_at (f, 0, last);
  press (f, GDK_KEY_Tab, 0);
  g_assert_true (focused_entry (f) == cell (f, 2, 0)->entry);
  press (f, GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_true (focused_entry (f) == cell (f, 0, last)->entry);
  press (f, GDK_KEY_Down, 0);
  g_assert_true (focused_entry (f) == cell (f, 2, last)->entry);
  press (f, GDK_KEY_Up, 0);
  g_assert_true (focused_entry (f) == cell (f, 0, last)->entry);
  press (f, GDK_KEY_Right, 0);
  g_assert_true (focused_entry (f) == cell (f, 2, 0)->entry);
  press (f, GDK_KEY_Left, 0);
  g_assert_true (focused_entry (f) == cell (f, 0, last)->entry);
  press (f, GDK_KEY_Return, 0);
  g_assert_true (focused_entry (f) == cell (f, 2, 0)->entry);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (f->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Every label's text under @widget, one per line. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static guint
count_all_stored (Fixture *f)
{
  guint n = 0;

  for (guint m = 0; m < G_N_ELEMENTS (f->members); m++)
    n += count_stored (f, f->members[m]);
  return n;
}

/* The import from the app: a good file's scores appear in the grid and in
 * the results. */
static void
test_import_good (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("reviewer,application,criterion,score\n");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  gint64 total = 0;

  for (guint row = 0; row < 2; row++)
    for (guint col = 0; col < f->view->n_cols; col++)
      {
        ScoreCell *c = cell (f, row, col);
        gint64 points = sks_score_criterion_get_max_points (c->criterion) - 100 * (row + 1);

        g_string_append_printf (csv, "王评审,%" G_GINT64_FORMAT ",%s,%" G_GINT64_FORMAT ".%02d\n",
                                c->studio_id, sks_score_criterion_get_key (c->criterion),
                                points / 100, (int) (points % 100));
        if (row == 0)
          total += points;
      }
  path = write_file (f, "good.csv", csv->str);
  file = g_file_new_for_path (path);
  g_assert_true (sks_score_entry_view_import_file (f->view, file));
  iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (count_stored (f, f->members[0]), ==, 2 * f->view->n_cols);
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->status_label), "imported"));
  /* the grid shows them */
  for (guint col = 0; col < f->view->n_cols; col++)
    {
      ScoreCell *c = cell (f, 0, col);
      g_autofree char *expected = sks_score_format (
        sks_score_criterion_get_max_points (c->criterion) - 100);

      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (c->entry)), ==, expected);
    }
  {
    g_autofree char *expected = sks_score_format (total);

    g_assert_cmpstr (total_text (f, 0), ==, expected);
  }
  /* and so do the results: the reviewer's total for candidate 0 */
  gtk_stack_set_visible_child_name (f->view->stack, "results");
  iterate ();
  {
    g_autofree char *expected = sks_score_format (total);

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (results_cell (f, 1, 1))), ==, expected);
  }
}

/* A bad file: the dialog lists every problem with its line and nothing is
 * stored. */
static void
test_import_bad (Fixture       *f,
                 gconstpointer  data)
{
  ScoreCell *c = cell (f, 0, 0);
  g_autofree char *max = sks_score_format (sks_score_criterion_get_max_points (c->criterion));
  g_autofree char *text = g_strdup_printf (
    "reviewer,application,criterion,score\n"
    "王评审,%" G_GINT64_FORMAT ",%s,1\n"        /* line 2: good */
    "无名氏,%" G_GINT64_FORMAT ",%s,1\n"        /* line 3: unknown reviewer */
    "王评审,%" G_GINT64_FORMAT ",%s,999\n"      /* line 4: over the maximum */
    "王评审,%" G_GINT64_FORMAT ",no_such,1\n"   /* line 5: unknown criterion */
    "王评审,999999,%s,1\n",                      /* line 6: unknown application */
    c->studio_id, sks_score_criterion_get_key (c->criterion),
    c->studio_id, sks_score_criterion_get_key (c->criterion),
    cell (f, 1, 0)->studio_id, sks_score_criterion_get_key (c->criterion),
    c->studio_id, sks_score_criterion_get_key (c->criterion));
  g_autofree char *path = write_file (f, "bad.csv", text);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) shown = g_string_new (NULL);
  GtkWindow *dialog;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  g_assert_false (sks_score_entry_view_import_file (f->view, file));
  iterate ();
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (primary, "bad.csv"));
  g_assert_nonnull (strstr (secondary, "4 problems"));
  collect_labels (GTK_WIDGET (dialog), shown);
  g_test_message ("%s", shown->str);
  g_assert_nonnull (strstr (shown->str, "line 3: unknown reviewer “无名氏”"));
  g_assert_nonnull (strstr (shown->str, "line 4: score 999 is over the maximum"));
  g_assert_nonnull (strstr (shown->str, max));
  g_assert_nonnull (strstr (shown->str, "line 5: unknown criterion “no_such”"));
  g_assert_nonnull (strstr (shown->str, "line 6: unknown application “999999”"));
  g_assert_null (strstr (shown->str, "line 2:"));
  g_assert_cmpuint (count_all_stored (f), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (c->entry)), ==, "");
  hold ();
}

static GtkEditable *
sheet_input (Fixture *f,
             guint    line,
             guint    column)
{
  GtkWidget *child = gtk_grid_get_child_at (f->view->sheet_grid, column, line + 1);

  g_assert_true (GTK_IS_EDITABLE (child));
  return GTK_EDITABLE (child);
}

static guint
sheet_lines (Fixture *f)
{
  guint n = 0;

  while (gtk_grid_get_child_at (f->view->sheet_grid, 0, n + 1) != NULL)
    n++;
  return n;
}

static SksScoreCriterion *
stored_criterion (Fixture *f,
                  guint    position)
{
  g_autoptr(GListModel) criteria = sks_store_list_score_criteria (f->store, f->round_id, NULL);

  return position < g_list_model_get_n_items (criteria)
         ? g_list_model_get_item (criteria, position) : NULL;
}

/* The round's sheet page: title, maximum and guidance edited, a criterion
 * added and one removed; a sheet that does not add up to 100 is refused
 * with the sum. */
static void
test_sheet_edit (Fixture       *f,
                 gconstpointer  data)
{
  guint n = f->view->n_cols;
  g_autoptr(SksScoreCriterion) first = NULL;
  g_autoptr(SksScoreCriterion) added = NULL;
  g_autoptr(GListModel) criteria = NULL;
  GtkWidget *remove;

  gtk_stack_set_visible_child_name (f->view->stack, "sheet");
  iterate ();
  sks_test_save_shot (GTK_WIDGET (f->window), "score-sheet-page-editable");
  g_assert_cmpuint (sheet_lines (f), ==, n);
  g_assert_true (gtk_editable_get_editable (sheet_input (f, 0, 1)));
  gtk_editable_set_text (sheet_input (f, 0, 1), "大师与团队");
  gtk_editable_set_text (sheet_input (f, 0, 3), "看大师的技艺和团队结构");
  /* the first criterion loses 5 points to a new one */
  {
    gint64 max = 0;
    g_autofree char *less = NULL;

    g_assert_true (sks_score_parse (gtk_editable_get_text (sheet_input (f, 0, 2)), &max));
    less = sks_score_format (max - 500);
    gtk_editable_set_text (sheet_input (f, 0, 2), less);
  }
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.add-criterion", NULL);
  iterate ();
  g_assert_cmpuint (sheet_lines (f), ==, n + 1);
  gtk_editable_set_text (sheet_input (f, n, 0), "innovation");
  gtk_editable_set_text (sheet_input (f, n, 1), "创新成果");
  gtk_editable_set_text (sheet_input (f, n, 2), "3");
  gtk_editable_set_text (sheet_input (f, n, 3), "看专利与技改");
  /* 98 points: refused, saying the sum */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.save-sheet", NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->view->message_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->message_label), "98"));
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->message_label), "100"));
  first = stored_criterion (f, 0);
  g_assert_cmpstr (sks_score_criterion_get_title (first), !=, "大师与团队");
  g_clear_object (&first);
  /* a maximum that is not a number names the criterion and the field */
  gtk_editable_set_text (sheet_input (f, n, 2), "五");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.save-sheet", NULL);
  iterate ();
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->message_label), "五"));
  /* 100: saved */
  gtk_editable_set_text (sheet_input (f, n, 2), "5");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.save-sheet", NULL);
  iterate ();
  first = stored_criterion (f, 0);
  g_assert_cmpstr (sks_score_criterion_get_title (first), ==, "大师与团队");
  g_assert_cmpstr (sks_score_criterion_get_guidance (first), ==, "看大师的技艺和团队结构");
  added = stored_criterion (f, n);
  g_assert_nonnull (added);
  g_assert_cmpstr (sks_score_criterion_get_key (added), ==, "innovation");
  g_assert_cmpint (sks_score_criterion_get_max_points (added), ==, 500);
  /* the grid has a column for it */
  g_assert_cmpuint (f->view->n_cols, ==, n + 1);

  /* remove the new one and give its points back */
  gtk_stack_set_visible_child_name (f->view->stack, "sheet");
  iterate ();
  remove = gtk_grid_get_child_at (f->view->sheet_grid, 4, n + 1);
  g_assert_true (GTK_IS_BUTTON (remove));
  g_signal_emit_by_name (remove, "clicked");
  iterate ();
  g_assert_cmpuint (sheet_lines (f), ==, n);
  {
    gint64 max = 0;
    g_autofree char *more = NULL;

    g_assert_true (sks_score_parse (gtk_editable_get_text (sheet_input (f, 0, 2)), &max));
    more = sks_score_format (max + 500);
    gtk_editable_set_text (sheet_input (f, 0, 2), more);
  }
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.save-sheet", NULL);
  iterate ();
  criteria = sks_store_list_score_criteria (f->store, f->round_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, n);
  g_assert_cmpuint (f->view->n_cols, ==, n);
}

/* Once a score exists the sheet is read-only, with the reason. */
static void
test_sheet_fixed (Fixture       *f,
                  gconstpointer  data)
{
  start_at (f, 0, 0);
  type (f, "10");
  press (f, GDK_KEY_Tab, 0);
  gtk_stack_set_visible_child_name (f->view->stack, "sheet");
  iterate ();
  sks_test_save_shot (GTK_WIDGET (f->window), "score-sheet-page-fixed");
  g_assert_false (gtk_editable_get_editable (sheet_input (f, 0, 1)));
  g_assert_false (gtk_editable_get_editable (sheet_input (f, 0, 2)));
  g_assert_false (gtk_widget_get_sensitive (gtk_grid_get_child_at (f->view->sheet_grid, 4, 1)));
  g_assert_nonnull (strstr (gtk_label_get_label (f->view->sheet_lock_label), "Fixed"));
  /* neither adding nor saving does anything */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.add-criterion", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.save-sheet", NULL);
  iterate ();
  g_assert_cmpuint (sheet_lines (f), ==, f->view->n_cols);
  hold ();
}

/* Score History: a submitted score changed with a reason shows with the
 * old and new score, who, the reviewer, the candidate and why. */
static void
test_history_dialog (Fixture       *f,
                     gconstpointer  data)
{
  SksReasonDialog *reason;
  SksScoreHistoryDialog *history;
  g_autofree char *title = g_strdup (sks_score_criterion_get_title (cell (f, 0, 0)->criterion));

  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.history", NULL);
  iterate ();
  history = SKS_SCORE_HISTORY_DIALOG (find_toplevel (SKS_TYPE_SCORE_HISTORY_DIALOG));
  g_assert_nonnull (history);
  g_assert_cmpuint (sks_score_history_dialog_get_n_changes (history), ==, 0);
  gtk_window_destroy (GTK_WINDOW (history));
  iterate ();

  enter_and_submit (f);
  start_at (f, 0, 0);
  type (f, "12");
  press (f, GDK_KEY_Tab, 0);
  reason = SKS_REASON_DIALOG (find_toplevel (SKS_TYPE_REASON_DIALOG));
  sks_reason_dialog_set_reason (reason, "复核时发现漏看一页材料");
  sks_test_save_shot (GTK_WIDGET (reason), "score-reason-dialog");
  gtk_dialog_response (GTK_DIALOG (reason), GTK_RESPONSE_ACCEPT);
  iterate ();

  gtk_widget_activate_action (GTK_WIDGET (f->view), "scores.history", NULL);
  iterate ();
  history = SKS_SCORE_HISTORY_DIALOG (find_toplevel (SKS_TYPE_SCORE_HISTORY_DIALOG));
  g_assert_nonnull (history);
  g_assert_cmpuint (sks_score_history_dialog_get_n_changes (history), ==, 1);
  g_assert_cmpstr (sks_score_history_dialog_get_cell (history, 0, 1), ==, "周文员");
  g_assert_cmpstr (sks_score_history_dialog_get_cell (history, 0, 2), ==, "王评审");
  g_assert_nonnull (sks_score_history_dialog_get_cell (history, 0, 3));
  g_assert_cmpstr (sks_score_history_dialog_get_cell (history, 0, 4), ==, title);
  g_assert_cmpstr (sks_score_history_dialog_get_cell (history, 0, 5), ==, "10");
  g_assert_cmpstr (sks_score_history_dialog_get_cell (history, 0, 6), ==, "12");
  g_assert_cmpstr (sks_score_history_dialog_get_cell (history, 0, 7), ==, "复核时发现漏看一页材料");
  g_assert_cmpuint (strlen (sks_score_history_dialog_get_cell (history, 0, 0)), ==, 16);
  sks_test_save_shot (GTK_WIDGET (history), "score-history-dialog");
  sks_test_save_shot (GTK_WIDGET (f->window), "score-entry-page");
  hold ();
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  return out;
}

/* Export PDF of the blank sheets (what Print sends too): every reviewer's
 * sheet, as many pages each, with the reviewer's name and the page numbers
 * starting again at 1. */
static void
test_export_blank_sheets (Fixture       *f,
                          gconstpointer  data)
{
  const char *names[] = { "王评审", "李评审", "赵评审" };
  g_autofree char *path = g_build_filename (f->tmpdir, "sheets.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  const char *info_argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = NULL;
  guint n_pages, per_sheet;

  g_assert_true (sks_score_entry_view_export_blank_sheets (f->view, file, &error));
  g_assert_no_error (error);
  info = run_tool (info_argv);
  n_pages = (guint) g_ascii_strtoull (strstr (info, "Pages:") + 6, NULL, 10);
  g_assert_cmpuint (n_pages % G_N_ELEMENTS (names), ==, 0);
  per_sheet = n_pages / G_N_ELEMENTS (names);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *first = g_strdup_printf ("%u", i * per_sheet + 1);
      g_autofree char *last = g_strdup_printf ("%u", (i + 1) * per_sheet);
      const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, path,
                                  "-", NULL };
      const char *all_argv[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", last, path,
                                 "-", NULL };
      g_autofree char *page = run_tool (text_argv);
      g_autofree char *sheet = run_tool (all_argv);

      g_assert_nonnull (strstr (page, names[i]));
      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        if (j != i)
          g_assert_null (strstr (sheet, names[j]));
      {
        g_autoptr(GString) packed = g_string_new (NULL);

        for (const char *c = page; *c != '\0'; c++)
          if (!g_ascii_isspace (*c))
            g_string_append_c (packed, *c);
        g_assert_nonnull (strstr (packed->str, "—1—"));
      }
    }
}

/* The scoring page as the main window hosts it: in the review workspace,
 * beside the window's 260-pixel sidebar of a 1366-pixel-wide window. */
static SksScoreEntryView *
workspace_view (Fixture *f)
{
  GtkWidget *workspace = sks_review_workspace_new (f->context);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *sidebar = gtk_label_new (NULL);
  SksScoreEntryView *view;

  gtk_widget_set_size_request (sidebar, 260, -1);
  gtk_widget_set_hexpand (workspace, TRUE);
  gtk_box_append (GTK_BOX (box), sidebar);
  gtk_box_append (GTK_BOX (box), workspace);
  gtk_window_set_child (f->window, box);
  sks_review_workspace_set_scope (SKS_REVIEW_WORKSPACE (workspace), f->round_id, 0);
  g_assert_true (sks_review_workspace_show_page (SKS_REVIEW_WORKSPACE (workspace), "scores"));
  view = sks_review_workspace_get_score_view (SKS_REVIEW_WORKSPACE (workspace));
  sks_score_entry_view_set_reviewer (view, f->members[0]);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  iterate ();
  return view;
}

/* In the workspace the page is no wider than 850 pixels in English and in
 * Chinese (the grid scrolls inside), and the workspace's own round and
 * unit chooser is not repeated. */
static void
test_workspace_fits (Fixture       *f,
                     gconstpointer  data)
{
  const char *locale = data;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  static const char *const pages[] = { "entry", "sheet", "results" };
  SksScoreEntryView *view;

  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_test_skip ("locale not installed");
      return;
    }
  view = workspace_view (f);
  g_assert_false (sks_score_entry_view_get_show_scope (view));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (view->round_dropdown)));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (view->level_dropdown)));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (view->unit_dropdown)));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (view->reviewer_dropdown)));
  /* the panel follows the workspace's scope */
  g_assert_nonnull (view->panel);
  g_assert_cmpint (sks_panel_get_id (view->panel), ==, sks_panel_get_id (f->panel));
  g_assert_cmpuint (view->n_rows, >=, 2);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      int minimum;

      gtk_stack_set_visible_child_name (view->stack, pages[i]);
      iterate ();
      gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                          NULL, NULL, NULL);
      g_test_message ("%s %s: minimum width %d", locale, pages[i], minimum);
      g_assert_cmpint (minimum, <=, 850);
    }
  gtk_stack_set_visible_child_name (view->stack, "entry");
  hold ();
  setlocale (LC_ALL, saved);
}

/* Standalone the view keeps its own choosers */
static void
test_standalone_scope (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_true (sks_score_entry_view_get_show_scope (f->view));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (f->view->round_dropdown)));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (f->view->level_dropdown)));
}

static gboolean
model_has_action (GMenuModel *model,
                  const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (link == NULL)
        link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      if (link != NULL)
        {
          gboolean found = model_has_action (link, action);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

/* A shown button of @action, or a shown menu button whose menu has it */
static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  if (GTK_IS_MENU_BUTTON (widget) &&
      gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL &&
      model_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), action))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
cancel_print_dialog_cb (gpointer data)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; type != 0 && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_CANCEL);
          *(gboolean *) data = TRUE;
          return G_SOURCE_REMOVE;
        }
    }
  return G_SOURCE_CONTINUE;
}

static void
close_toplevels_but (GtkWindow *keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != keep)
        gtk_window_destroy (window);
    }
  iterate ();
}

typedef struct {
  const char *action;
  const char *page;
  const char *opens;   /* type name of the window the action presents */
} ReachCase;

/* Every action of the page is still on a shown button or in the shown
 * menu of its page in the workspace, and does its work when activated
 * from there. */
static void
test_actions_reachable (Fixture       *f,
                        gconstpointer  data)
{
  static const ReachCase cases[] = {
    { "scores.members", "entry", "SksPanelDialog" },
    { "scores.history", "entry", "SksScoreHistoryDialog" },
    { "scores.declare-conflict", "entry", "SksReasonDialog" },
    { "scores.clear-conflict", "entry", NULL },
    { "scores.submit", "entry", "GtkMessageDialog" },
    /* These open GTK's own file chooser and print dialog, whose internals
     * (cloudproviders, gio's enumerating threads) leak under LSan at exit:
     * they are checked reachable and enabled, and what they do is tested
     * through the functions they call (import/good, export-blank-sheets). */
    { "scores.import", "entry", "-" },
    { "scores.export-blank-sheets", "entry", "-" },
    { "scores.print-blank-sheets", "entry", "-" },
    { "scores.add-criterion", "sheet", NULL },
    { "scores.save-sheet", "sheet", NULL },
  };
  SksScoreEntryView *view = workspace_view (f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ReachCase *c = &cases[i];
      GtkWidget *widget;
      gboolean printed = FALSE;
      guint source = 0;

      g_test_message ("%s", c->action);
      gtk_stack_set_visible_child_name (view->stack, c->page);
      iterate ();
      /* the current row is the second candidate's */
      gtk_widget_grab_focus (g_array_index (view->cells, ScoreCell, view->n_cols).entry);
      iterate ();
      widget = find_actionable (gtk_stack_get_visible_child (view->stack), c->action);
      if (widget == NULL)
        widget = find_actionable (GTK_WIDGET (view), c->action);
      g_assert_nonnull (widget);
      g_assert_true (gtk_widget_is_visible (widget));
      if (g_strcmp0 (c->opens, "-") == 0)
        {
          g_assert_true (gtk_widget_is_sensitive (widget));
          continue;
        }
      if (g_strcmp0 (c->opens, "GtkPrintUnixDialog") == 0)
        source = g_timeout_add (50, cancel_print_dialog_cb, &printed);
      g_assert_true (gtk_widget_activate_action (widget, c->action, NULL));
      iterate ();
      if (source != 0)
        {
          g_assert_true (printed);
          continue;
        }
      if (c->opens != NULL)
        g_assert_nonnull (find_toplevel (g_type_from_name (c->opens)));
      close_toplevels_but (f->window);
    }
}

static void
add (const char *path,
     void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  sks_i18n_init ();

  add ("/score-entry/keyboard-stores", test_keyboard_stores);
  add ("/score-entry/over-max-refused", test_over_max_refused);
  add ("/score-entry/totals-update", test_totals_update);
  add ("/score-entry/submit-locks", test_submit_locks);
  add ("/score-entry/change-after-submit-needs-reason", test_change_after_submit);
  add ("/score-entry/conflict-greyed-and-excluded", test_conflict_excluded);
  add ("/score-entry/declare-conflict", test_declare_conflict);
  add ("/score-entry/panel-members", test_panel_dialog);
  add ("/score-entry/keyboard-skips-conflicted", test_keyboard_skips_conflicted);
  add ("/score-entry/import/good", test_import_good);
  add ("/score-entry/import/bad", test_import_bad);
  add ("/score-entry/sheet/edit", test_sheet_edit);
  add ("/score-entry/sheet/fixed-once-scored", test_sheet_fixed);
  add ("/score-entry/history", test_history_dialog);
  add ("/score-entry/export-blank-sheets", test_export_blank_sheets);
  add ("/score-entry/standalone-shows-scope", test_standalone_scope);
  add ("/score-entry/in-workspace/actions-reachable", test_actions_reachable);
  g_test_add ("/score-entry/in-workspace/fits/en", Fixture, "C.UTF-8", fixture_set_up,
              test_workspace_fits, fixture_tear_down);
  g_test_add ("/score-entry/in-workspace/fits/zh_CN", Fixture, "zh_CN.UTF-8", fixture_set_up,
              test_workspace_fits, fixture_tear_down);
  return g_test_run ();
}
