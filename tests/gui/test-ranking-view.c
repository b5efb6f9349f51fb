/* test-ranking-view.c — the ranking page (排名与决定) of the reviewers'
 * workspace in the main window, under Xvfb, on the demo's Huzhou 2025 round:
 * the ranking in order with the tie, the planned-number line, the young
 * share following the picks, decisions recorded for several rows at once,
 * the override dialog for a blocked candidate (accepted with a reason,
 * refused without, cancelled), and a started 公示 refusing a decision
 *
 * The demo's city panel ranks 6, 5, 17, 11, then 2 and 9 tied, 23, 14, 18;
 * 17 fails support.present, 5 has four manual checks open.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-override-dialog.h"
#include "sks-ranking-view-private.h"
#include "sks-review-workspace.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-store-decision.h"
#include "sks-store-private.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window-private.h"

typedef struct {
  SksTestDoc      doc;
  SksWindow      *window;
  SksRound       *round;
  SksRankingView *view;
} Fixture;

static void
write_user_policy (gint64 target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *count = g_strdup_printf ("\"count\": %" G_GINT64_FORMAT ",", target);
  g_autofree char *dir = sks_policy_dup_user_dir ();
  g_autofree char *path = g_build_filename (dir, "huzhou-2025.json", NULL);
  g_auto(GStrv) parts = NULL;
  g_autofree char *changed = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data",
                                                           "policies", "huzhou-2025.json", NULL),
                                      &text, NULL, &error));
  g_assert_no_error (error);
  parts = g_strsplit (text, "\"count\": 33,", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoinv (count, parts);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, changed, -1, &error));
  g_assert_no_error (error);
}

static void
remove_user_policy (void)
{
  g_autofree char *dir = sks_policy_dup_user_dir ();
  g_autofree char *path = g_build_filename (dir, "huzhou-2025.json", NULL);

  g_remove (path);
}

static gboolean
has_rows (gpointer data)
{
  Fixture *f = data;

  return _sks_ranking_view_get_n_rows (f->view) > 0;
}

/* The main window at 1366×768 on the round's ranking page. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksContext) context = NULL;
  SksScopeList *scope_list;
  SksReviewWorkspace *workspace;

  sks_test_doc_set_up (&f->doc, 0);
  g_settings_set_string (f->doc.settings, "user-name", "沈评审");
  f->round = sks_store_find_round (f->doc.store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  context = sks_context_new (f->doc.store, f->doc.settings);
  f->window = sks_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1366, 768);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
  scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                              SKS_TYPE_WINDOW, "scope_list"));
  sks_scope_list_select (scope_list, sks_round_get_id (f->round), 0);
  g_assert_true (sks_window_show_view (f->window, "review"));
  workspace = SKS_REVIEW_WORKSPACE (sks_window_get_view (f->window, "review"));
  g_assert_true (sks_review_workspace_show_page (workspace, "ranking"));
  f->view = sks_review_workspace_get_ranking_view (workspace);
  sks_test_iterate_until (has_rows, f);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  sks_test_doc_tear_down (&f->doc);
  remove_user_policy ();
}

static char *
cell (Fixture          *f,
      guint             row,
      SksRankingColumn  column)
{
  return _sks_ranking_view_dup_cell_text (f->view, row, column);
}

static gint64
row_studio (Fixture *f,
            guint    row)
{
  int entry = _sks_ranking_view_get_row_entry (f->view, row);

  g_assert_cmpint (entry, >=, 0);
  return sks_ranking_get_entry (sks_ranking_view_get_ranking (f->view), entry)->studio_id;
}

static guint
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_sks_store_get_db (f->doc.store), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static GPtrArray *
decisions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = sks_store_list_decisions (f->doc.store, sks_round_get_id (f->round),
                                              SKS_PANEL_LEVEL_CITY, &error);

  g_assert_no_error (error);
  return list;
}

static const SksStoredDecision *
find_decision (GPtrArray *list,
               gint64     studio_id)
{
  for (guint i = 0; i < list->len; i++)
    if (((SksStoredDecision *) g_ptr_array_index (list, i))->studio_id == studio_id)
      return g_ptr_array_index (list, i);
  return NULL;
}

static void
pick (Fixture      *f,
      const gint64 *ids,
      guint         n_ids)
{
  sks_ranking_view_pick (f->view, ids, n_ids);
  sks_test_iterate ();
}

static SksOverrideDialog *
find_override_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SKS_IS_OVERRIDE_DIALOG (window))
        return SKS_OVERRIDE_DIALOG (window);
    }
  return NULL;
}

/* The ranking ------------------------------------------------------------- */

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  const gint64 ids[] = { 6, 5, 17, 11, 2, 9, 23, 14, 18 };
  const guint ranks[] = { 1, 2, 3, 4, 5, 5, 7, 8, 9 };
  guint n_rows = _sks_ranking_view_get_n_rows (f->view);

  /* 23 candidates and the line */
  g_assert_cmpuint (n_rows, ==, 24);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *rank = cell (f, i, SKS_RANKING_COLUMN_RANK);
      g_autofree char *expected = ranks[i] == 5 ? g_strdup_printf (_("%u="), ranks[i])
                                                : g_strdup_printf ("%u", ranks[i]);

      g_assert_cmpint (row_studio (f, i), ==, ids[i]);
      g_assert_cmpstr (rank, ==, expected);
    }
  /* the tie is on the same aggregate */
  {
    g_autofree char *a = cell (f, 4, SKS_RANKING_COLUMN_SCORE);
    g_autofree char *b = cell (f, 5, SKS_RANKING_COLUMN_SCORE);

    g_assert_cmpstr (a, ==, "82.75");
    g_assert_cmpstr (b, ==, "82.75");
  }
  /* after the line, the unranked candidates with the reason */
  for (guint i = 10; i < n_rows; i++)
    {
      g_autofree char *rank = cell (f, i, SKS_RANKING_COLUMN_RANK);
      g_autofree char *score = cell (f, i, SKS_RANKING_COLUMN_SCORE);

      g_assert_cmpstr (rank, ==, "—");
      g_assert_cmpstr (score, ==, _("Not scored yet"));
    }
  /* 17's failing rule shows; 6 has none */
  {
    g_autofree char *blocked = cell (f, 2, SKS_RANKING_COLUMN_BLOCKING);
    g_autofree char *clear = cell (f, 0, SKS_RANKING_COLUMN_BLOCKING);

    g_assert_cmpstr (blocked, !=, "");
    g_assert_cmpstr (clear, ==, "");
  }
  sks_test_save_shot (GTK_WIDGET (f->window), "ranking-page");
  sks_test_hold ();
}

typedef struct {
  const char *path;
  gint64      target;    /* the planned number in the profile; 0: as bundled (33) */
  guint       line_row;  /* the line's row */
  gboolean    tie;       /* a tie crosses the line */
} LineCase;

static const LineCase line_cases[] = {
  /* 9 ranked, all within about 33 */
  { "/gui/ranking/line/bundled", 0, 9, FALSE },
  /* 5 and 5 straddle a line at 5: both above it, marked */
  { "/gui/ranking/line/tie-across", 5, 6, TRUE },
  { "/gui/ranking/line/at-4", 4, 4, FALSE },
};

/* The profile with the case's planned number, as the user's own */
static void
line_set_up (Fixture       *f,
             gconstpointer  data)
{
  const LineCase *c = data;

  if (c->target != 0)
    write_user_policy (c->target);
  fixture_set_up (f, NULL);
}

static void
test_line (Fixture       *f,
           gconstpointer  data)
{
  const LineCase *c = data;
  g_autofree char *text = NULL;
  g_autofree char *number = g_strdup_printf (_("Planned number: about %lld"),
                                             (long long) (c->target ? c->target : 33));
  const char *tie_text = _("a tie crosses it");

  for (guint i = 0; i < _sks_ranking_view_get_n_rows (f->view); i++)
    g_assert_cmpint (_sks_ranking_view_get_row_entry (f->view, i) < 0, ==, i == c->line_row);
  text = cell (f, c->line_row, SKS_RANKING_COLUMN_STUDIO);
  g_assert_nonnull (strstr (text, number));
  g_assert_cmpint (strstr (text, tie_text) != NULL, ==, c->tie);
  g_assert_cmpint (row_studio (f, c->line_row - 1), ==, c->tie ? 9 : c->target == 4 ? 11 : 18);
  if (c->tie)
    sks_test_save_shot (GTK_WIDGET (f->window), "ranking-tie-line");
}

/* The young share ---------------------------------------------------------- */

typedef struct {
  const char *path;
  gint64      ids[3];
  guint       n_ids;
  const char *young;
  const char *css_class;
} ShareCase;

/* 吴兴区 (the first unit): 1 and 4 are over 45, 2 is not */
static const ShareCase share_cases[] = {
  { "/gui/ranking/young-share/half", { 1, 2 }, 2, "1 / 2", "success" },
  { "/gui/ranking/young-share/short", { 1, 4, 2 }, 3, "1 / 3", "error" },
};

static void
test_young_share (Fixture       *f,
                  gconstpointer  data)
{
  const ShareCase *c = data;
  g_autofree char *selected = g_strdup_printf ("%u", c->n_ids);

  g_assert_cmpuint (_sks_ranking_view_get_n_units (f->view), ==, 6);
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 0, SKS_RANKING_UNIT_NAME), ==,
                   "吴兴区");
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 0, SKS_RANKING_UNIT_QUOTA), ==,
                   "5 / 12");
  /* nothing decided, nothing picked */
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 0, SKS_RANKING_UNIT_SELECTED), ==,
                   "0");
  g_assert_false (_sks_ranking_view_unit_has_class (f->view, 0, c->css_class));
  pick (f, c->ids, c->n_ids);
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 0, SKS_RANKING_UNIT_SELECTED), ==,
                   selected);
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 0, SKS_RANKING_UNIT_YOUNG), ==,
                   c->young);
  g_assert_true (_sks_ranking_view_unit_has_class (f->view, 0, c->css_class));
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 1, SKS_RANKING_UNIT_SELECTED), ==,
                   "0");
  if (c->n_ids == 3)
    sks_test_save_shot (GTK_WIDGET (f->window), "ranking-young-share");
}

/* Decisions --------------------------------------------------------------- */

static gboolean
history_has (Fixture    *f,
             gint64      studio_id,
             const char *field,
             const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = sks_store_list_history (f->doc.store, studio_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SksHistoryEntry) h = g_list_model_get_item (history, i);

      if (g_strcmp0 (sks_history_entry_get_field (h), field) == 0 &&
          g_strcmp0 (sks_history_entry_get_new_value (h), value) == 0 &&
          g_strcmp0 (sks_history_entry_get_who (h), "沈评审") == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_decide_several (Fixture       *f,
                     gconstpointer  data)
{
  const gint64 ids[] = { 6, 2, 9 };
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GArray) picked = NULL;

  pick (f, ids, G_N_ELEMENTS (ids));
  gtk_editable_set_text (GTK_EDITABLE (_sks_ranking_view_get_note_entry (f->view)), "并列第五");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "ranking.reserve", NULL));
  sks_test_iterate ();
  g_assert_null (find_override_dialog ());
  g_assert_null (_sks_ranking_view_get_message (f->view));
  list = decisions (f);
  g_assert_cmpuint (list->len, ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const SksStoredDecision *d = find_decision (list, ids[i]);

      g_assert_nonnull (d);
      g_assert_cmpint (d->decision, ==, SKS_DECISION_RESERVE);
      g_assert_cmpstr (d->decided_by, ==, "沈评审");
      g_assert_cmpstr (d->note, ==, "并列第五");
      g_assert_true (history_has (f, ids[i], "decision", "reserve"));
    }
  /* the page shows them, the picks stay for the next step */
  shown = cell (f, 4, SKS_RANKING_COLUMN_DECISION);
  g_assert_cmpstr (shown, ==, sks_decision_get_label (SKS_DECISION_RESERVE));
  picked = sks_ranking_view_dup_picked (f->view);
  g_assert_cmpuint (picked->len, ==, 3);
  /* and a change of mind is another decision, kept in the history */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "ranking.select", NULL));
  sks_test_iterate ();
  g_clear_pointer (&list, g_ptr_array_unref);
  list = decisions (f);
  g_assert_cmpint (find_decision (list, 9)->decision, ==, SKS_DECISION_SELECTED);
  g_assert_true (history_has (f, 9, "decision", "selected"));
  /* with nothing picked the units count the decided selection */
  pick (f, NULL, 0);
  g_assert_cmpstr (_sks_ranking_view_get_unit_text (f->view, 0, SKS_RANKING_UNIT_SELECTED), ==,
                   "1");
}

static SksOverrideDialog *
ask_to_select (Fixture      *f,
               const gint64 *ids,
               guint         n_ids)
{
  SksOverrideDialog *dialog;

  pick (f, ids, n_ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "ranking.select", NULL));
  sks_test_iterate ();
  dialog = find_override_dialog ();
  g_assert_nonnull (dialog);
  /* nothing recorded while the dialog asks */
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
  return dialog;
}

static void
test_override_accept (Fixture       *f,
                      gconstpointer  data)
{
  const gint64 ids[] = { 6, 17 };
  SksOverrideDialog *dialog = ask_to_select (f, ids, G_N_ELEMENTS (ids));
  g_autoptr(GPtrArray) list = NULL;
  const SksStoredDecision *d;

  /* only the blocked candidate is listed, with its rule */
  g_assert_cmpuint (sks_override_dialog_get_n_candidates (dialog), ==, 1);
  g_assert_false (sks_override_dialog_set_rule_active (dialog, 6, "support.present", TRUE));
  g_assert_true (sks_override_dialog_set_rule_active (dialog, 17, "support.present", TRUE));
  sks_override_dialog_set_reason (dialog, "企业已追加经费承诺书");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  sks_test_save_shot (GTK_WIDGET (dialog), "ranking-override-dialog");
  sks_test_hold ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  g_assert_null (find_override_dialog ());
  list = decisions (f);
  g_assert_cmpuint (list->len, ==, 2);
  d = find_decision (list, 17);
  g_assert_cmpint (d->decision, ==, SKS_DECISION_SELECTED);
  g_assert_cmpstr (d->override_rules, ==, "support.present");
  g_assert_cmpstr (d->override_reason, ==, "企业已追加经费承诺书");
  g_assert_cmpstr (d->decided_by, ==, "沈评审");
  g_assert_null (find_decision (list, 6)->override_rules);
  g_assert_true (history_has (f, 17, "decision-override", "support.present"));
}

static void
test_override_refused (Fixture       *f,
                       gconstpointer  data)
{
  const gint64 ids[] = { 17 };
  SksOverrideDialog *dialog = ask_to_select (f, ids, 1);

  /* no rule ticked */
  sks_override_dialog_set_reason (dialog, "理由");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  g_assert_true (find_override_dialog () == dialog);
  g_assert_nonnull (sks_override_dialog_get_error (dialog));
  /* no reason */
  g_assert_true (sks_override_dialog_set_rule_active (dialog, 17, "support.present", TRUE));
  sks_override_dialog_set_reason (dialog, "  ");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  g_assert_true (find_override_dialog () == dialog);
  g_assert_nonnull (sks_override_dialog_get_error (dialog));
  sks_test_save_shot (GTK_WIDGET (dialog), "ranking-override-no-reason");
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
  /* cancelled: nothing recorded */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sks_test_iterate ();
  g_assert_null (find_override_dialog ());
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM history WHERE field LIKE 'decision%'"),
                    ==, 0);
}

static void
test_publication_started (Fixture       *f,
                          gconstpointer  data)
{
  const gint64 ids[] = { 6, 2 };
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO publications (round_id, level, first_day, last_day, working_days, counting, "
    "started, started_by) VALUES (%" G_GINT64_FORMAT ", 'city', '2025-09-26', '2025-10-13', 5, "
    "'working-days', '2025-09-26T00:00:00Z', 'test')", sks_round_get_id (f->round));
  g_autofree char *shown = NULL;

  g_assert_cmpint (sqlite3_exec (_sks_store_get_db (f->doc.store), sql, NULL, NULL, NULL), ==,
                   SQLITE_OK);
  pick (f, ids, G_N_ELEMENTS (ids));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "ranking.select", NULL));
  sks_test_iterate ();
  /* the store's refusal, naming the candidate, and nothing changed */
  g_assert_nonnull (_sks_ranking_view_get_message (f->view));
  g_assert_nonnull (strstr (_sks_ranking_view_get_message (f->view), "费永林"));
  g_assert_cmpuint (count_rows (f, "SELECT COUNT(*) FROM decisions"), ==, 0);
  shown = cell (f, 0, SKS_RANKING_COLUMN_DECISION);
  g_assert_cmpstr (shown, ==, "—");
  sks_test_save_shot (GTK_WIDGET (f->window), "ranking-refused");
}

/* The app's style and icons, as SksApplication loads them, for the shots */
static void
load_app_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/example/SkillStudio/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/SkillStudio/icons");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();
  g_autofree char *config_home = sks_test_make_tmpdir ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  if (g_getenv ("SKS_SHOT_DIR") == NULL)
    g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  load_app_style ();

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/ranking/order", NULL, test_order);
  for (guint i = 0; i < G_N_ELEMENTS (line_cases); i++)
    g_test_add (line_cases[i].path, Fixture, &line_cases[i], line_set_up, test_line,
                fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (share_cases); i++)
    ADD (share_cases[i].path, &share_cases[i], test_young_share);
  ADD ("/gui/ranking/decide/several", NULL, test_decide_several);
  ADD ("/gui/ranking/decide/override", NULL, test_override_accept);
  ADD ("/gui/ranking/decide/override-refused", NULL, test_override_refused);
  ADD ("/gui/ranking/decide/publication-started", NULL, test_publication_started);
#undef ADD

  return g_test_run ();
}
