/* test-window-list.c — the list and sidebar of the document window: search
 * in team members and occupations with the field that matched, the
 * selection after a status step, the round overview, the verdict icons
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "sks-closures.h"
#include "sks-context.h"
#include "sks-i18n.h"
#include "sks-round-overview.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-status-flow.h"
#include "sks-store.h"
#include "sks-studio-row.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-verdict-row.h"
#include "sks-window.h"

/* The app's translation of @msgid, as the window shows it */
#define T(msgid) g_dgettext (GETTEXT_PACKAGE, msgid)

static gboolean
translated (void)
{
  return strcmp (T ("Total"), "Total") != 0;
}

typedef struct {
  SksTestDoc doc;
  SksWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SksContext) context = NULL;

  sks_test_doc_set_up (&fixture->doc, 0);
  context = sks_context_new (fixture->doc.store, fixture->doc.settings);
  fixture->window = sks_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  /* The rows join the list in an idle after the first frame */
  sks_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sks_test_doc_tear_down (&fixture->doc);
}

/* A child of the window's template, else of its list's (SksApplicationsView) */
static gpointer
get_child (SksWindow  *window,
           const char *id)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SKS_TYPE_WINDOW, id);

  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sks_window_get_applications_view (window)),
                                           SKS_TYPE_APPLICATIONS_VIEW, id);
  g_assert_nonnull (child);
  return child;
}

static GListModel *
get_view_model (SksWindow *window)
{
  return G_LIST_MODEL (get_child (window, "sort_model"));
}

static GtkSelectionModel *
get_selection (SksWindow *window)
{
  return gtk_column_view_get_model (get_child (window, "column_view"));
}

static void
settle (SksWindow *window)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sks_test_iterate ();
}

typedef struct {
  GListModel *model;
  char       *folded;
} SearchWait;

static gboolean
all_rows_match (gpointer data)
{
  SearchWait *wait = data;
  guint n = g_list_model_get_n_items (wait->model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (wait->model, i);

      if (sks_studio_row_find_match (row, wait->folded, NULL) == SKS_ROW_MATCH_NONE)
        return FALSE;
    }
  return n > 0;
}

/* Types @text into the search and waits until the list has filtered */
static void
search_for (SksWindow  *window,
            const char *text)
{
  g_autofree char *folded = sks_studio_row_fold_text (text);
  SearchWait wait = { get_view_model (window), folded };
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (get_child (window, "search_entry")), text);
  while (!all_rows_match (&wait))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  settle (window);
}

static void
collect_label_text (GtkWidget *widget,
                    GString   *text)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)))
    g_string_append_printf (text, "%s\n", gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  else if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_text (child, text);
}

/* A team member's name that is no studio's, master's or unit's text: the
 * sample's teams have such members. */
static char *
find_team_only_name (GListModel *rows)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      g_auto(GStrv) names = g_strsplit (sks_studio_row_get_team_names (row)
                                          ? sks_studio_row_get_team_names (row) : "", "\n", -1);

      for (guint n = 0; names[n] != NULL; n++)
        {
          gboolean elsewhere = FALSE;

          if (*names[n] == '\0')
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (rows) && !elsewhere; j++)
            {
              g_autoptr(SksStudioRow) other = g_list_model_get_item (rows, j);
              const char *fields[] = { sks_studio_row_get_name (other),
                                       sks_studio_row_get_master_name (other),
                                       sks_studio_row_get_recommender_name (other),
                                       sks_studio_row_get_unit_name (other) };

              for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
                elsewhere |= fields[f] != NULL && strstr (fields[f], names[n]) != NULL;
            }
          if (!elsewhere)
            return g_strdup (names[n]);
        }
    }
  return NULL;
}

/* Search by a team member's name: the application is found, and the
 * "found in" column (shown only while searching) says 团队成员 and the name. */
static void
test_search_team_member (Fixture       *fixture,
                         gconstpointer  data)
{
  SksWindow *window = fixture->window;
  GListModel *model = get_view_model (window);
  GtkColumnViewColumn *match_column = get_child (window, "match_column");
  g_autofree char *name = find_team_only_name (model);
  g_autofree char *expected = NULL;
  g_autoptr(GString) shown = g_string_new (NULL);
  guint n;

  g_assert_nonnull (name);
  g_assert_false (gtk_column_view_column_get_visible (match_column));
  search_for (window, name);

  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);
      g_autofree char *value = NULL;
      g_autofree char *folded = sks_studio_row_fold_text (name);

      g_assert_cmpint (sks_studio_row_find_match (row, folded, &value), ==,
                       SKS_ROW_MATCH_TEAM_MEMBER);
      g_assert_cmpstr (value, ==, name);
    }
  g_assert_true (gtk_column_view_column_get_visible (match_column));
  expected = sks_closure_match_text (NULL, SKS_ROW_MATCH_TEAM_MEMBER, name);
  collect_label_text (get_child (window, "column_view"), shown);
  g_assert_nonnull (strstr (shown->str, expected));
  sks_test_save_shot (GTK_WIDGET (window), "search-team-member");

  /* Done searching: the column goes */
  gtk_editable_set_text (GTK_EDITABLE (get_child (window, "search_entry")), "");
  settle (window);
  g_assert_false (gtk_column_view_column_get_visible (match_column));
}

/* A surname (张) finds the applications whose team has a 张, not only
 * masters called 张 */
static void
test_search_surname (Fixture       *fixture,
                     gconstpointer  data)
{
  SksWindow *window = fixture->window;
  GListModel *model = get_view_model (window);
  guint in_team = 0, found_in_team = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);
      const char *team = sks_studio_row_get_team_names (row);

      in_team += team != NULL && strstr (team, "张") != NULL;
    }
  g_assert_cmpuint (in_team, >, 0);

  search_for (window, "张");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);
      const char *team = sks_studio_row_get_team_names (row);

      found_in_team += team != NULL && strstr (team, "张") != NULL;
    }
  g_assert_cmpuint (found_in_team, ==, in_team);
}

/* An occupation (职业（工种）) is searched too */
static void
test_search_occupation (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *model = get_view_model (fixture->window);
  g_autoptr(SksStudioRow) first = NULL;
  g_autofree char *folded = NULL;
  const char *occupation = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model) && occupation == NULL; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      if (sks_studio_row_get_occupation (row) != NULL)
        {
          g_set_object (&first, row);
          occupation = sks_studio_row_get_occupation (row);
        }
    }
  g_assert_nonnull (occupation);
  folded = sks_studio_row_fold_text (occupation);
  g_assert_cmpint (sks_studio_row_find_match (first, folded, NULL), >=, SKS_ROW_MATCH_NAME);

  search_for (fixture->window, occupation);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      g_assert_cmpint (sks_studio_row_find_match (row, folded, NULL), !=, SKS_ROW_MATCH_NONE);
    }
}

static guint
find_position (GListModel *model,
               SksStatus   status,
               guint       nth)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      if (sks_studio_row_get_status (row) == status && nth-- == 0)
        return i;
    }
  g_assert_not_reached ();
}

static gint64
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(SksStudioRow) row = g_list_model_get_item (model, position);

  return sks_studio_row_get_id (row);
}

/* The ids of the selected rows that the list shows */
static GArray *
selected_ids (SksWindow *window)
{
  GListModel *model = get_view_model (window);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (get_selection (window));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (gtk_bitset_contains (selected, i))
      {
        gint64 id = id_at (model, i);

        g_array_append_val (ids, id);
      }
  return ids;
}

/* With the list sorted by status, a step moves the row: the selection
 * follows the changed application, not the position. */
static void
test_selection_follows_change (Fixture       *fixture,
                               gconstpointer  data)
{
  SksWindow *window = fixture->window;
  GListModel *model = get_view_model (window);
  GtkColumnView *view = get_child (window, "column_view");
  guint position;
  gint64 id;
  g_autoptr(GArray) ids = NULL;

  gtk_column_view_sort_by_column (view, get_child (window, "status_column"),
                                  GTK_SORT_ASCENDING);
  settle (window);
  position = find_position (model, SKS_STATUS_SUBMITTED, 0);
  id = id_at (model, position);
  gtk_selection_model_select_item (get_selection (window), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "recommended");
  settle (window);

  ids = selected_ids (window);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, id);
}

/* Filtered by status 已提交, a step takes the only row out of the list: no
 * selection is left, the footer says none, Open and Set Status are off. */
static void
test_selection_emptied (Fixture       *fixture,
                        gconstpointer  data)
{
  SksWindow *window = fixture->window;
  GListModel *model = get_view_model (window);
  GtkDropDown *statuses = get_child (window, "status_filter");
  guint position;
  gint64 id;
  g_autoptr(GtkBitset) selected = NULL;
  GtkWidget *open_button;
  const char *footer;

  /* The 已提交 rows only (the choices are "any", then each status) */
  gtk_drop_down_set_selected (statuses, SKS_STATUS_SUBMITTED + 1);
  settle (window);
  while (g_list_model_get_n_items (model) > 1)
    {
      /* Leave one: recommend the others first, with the selection on them */
      gtk_selection_model_select_item (get_selection (window), 1, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "recommended");
      settle (window);
      /* The changed row left the list; none of the others is selected */
      selected = gtk_selection_model_get_selection (get_selection (window));
      g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 0);
      g_clear_pointer (&selected, gtk_bitset_unref);
    }
  position = find_position (model, SKS_STATUS_SUBMITTED, 0);
  id = id_at (model, position);
  gtk_selection_model_select_item (get_selection (window), position, TRUE);
  g_assert_true (gtk_widget_is_sensitive (get_child (window, "status_button")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "recommended");
  settle (window);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (id, >, 0);
  footer = gtk_label_get_text (get_child (window, "status_label"));
  g_assert_null (strstr (footer, "selected"));
  g_assert_null (strstr (footer, "已选"));
  g_assert_false (gtk_widget_get_sensitive (get_child (window, "status_button")));
  /* 打开 and 比较, the buttons before 设置状态, follow their actions */
  open_button = gtk_widget_get_prev_sibling (get_child (window, "status_button"));
  g_assert_true (GTK_IS_BUTTON (open_button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open_button)), ==,
                   "win.compare");
  g_assert_false (gtk_widget_get_sensitive (open_button));
  open_button = gtk_widget_get_prev_sibling (open_button);
  g_assert_true (GTK_IS_BUTTON (open_button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open_button)), ==,
                   "win.open-application");
  g_assert_false (gtk_widget_get_sensitive (open_button));
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window))
        return window;
    }
  return NULL;
}

/* An irreversible step names the applications it will change */
static void
test_confirmation_names (Fixture       *fixture,
                         gconstpointer  data)
{
  SksWindow *window = fixture->window;
  GListModel *model = get_view_model (window);
  guint first = find_position (model, SKS_STATUS_RECOMMENDED, 0);
  guint second = find_position (model, SKS_STATUS_RECOMMENDED, 1);
  g_autoptr(SksStudioRow) a = g_list_model_get_item (model, first);
  g_autoptr(SksStudioRow) b = g_list_model_get_item (model, second);
  g_autofree char *secondary = NULL;
  GtkWidget *dialog;

  gtk_selection_model_select_item (get_selection (window), first, TRUE);
  gtk_selection_model_select_item (get_selection (window), second, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "withdrawn");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  sks_test_save_shot (dialog, "confirmation");
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, sks_studio_row_get_name (a)));
  g_assert_nonnull (strstr (secondary, sks_studio_row_get_master_name (a)));
  g_assert_nonnull (strstr (secondary, sks_studio_row_get_name (b)));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
}

static void
test_names (void)
{
  g_autoptr(GListStore) rows = g_list_store_new (SKS_TYPE_STUDIO_ROW);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *two = NULL;
  g_autofree char *one = NULL;

  for (gint64 id = 1; id <= 3; id++)
    {
      g_autofree char *name = g_strdup_printf ("工作室%" G_GINT64_FORMAT, id);
      SksStudioRowData data = { .id = id, .name = name, .master_name = "王五" };
      g_autoptr(SksStudioRow) row = sks_studio_row_new (&data);

      g_list_store_append (rows, row);
    }
  for (gint64 id = 3; id >= 2; id--)
    g_array_append_val (ids, id);
  two = sks_status_flow_dup_names (G_LIST_MODEL (rows), ids, 8);
  /* In the order of the ids; the master with each */
  g_assert_true (g_str_has_prefix (two, "工作室3"));
  g_assert_nonnull (strstr (two, "王五"));
  g_assert_nonnull (strstr (two, "\n工作室2"));
  one = sks_status_flow_dup_names (G_LIST_MODEL (rows), ids, 1);
  g_assert_null (strstr (one, "工作室2"));
  g_assert_nonnull (strstr (one, "1"));
}

static GtkWidget *
overview_from_window (SksWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.overview", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (SKS_IS_ROUND_OVERVIEW (toplevel))
        return toplevel;
    }
  return NULL;
}

static SksRound *
find_round (SksStore   *store,
            const char *city)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (strstr (sks_round_get_title (round), city) != NULL)
        return g_steal_pointer (&round);
    }
  g_assert_not_reached ();
}

/* Under 全部申报 with a Huzhou row chosen, the overview is Huzhou's: dates
 * written 2025年3月17日, the 45-or-younger column, a totals row (66, 33). */
static void
test_overview_huzhou (Fixture       *fixture,
                      gconstpointer  data)
{
  SksWindow *window = fixture->window;
  GListModel *model = get_view_model (window);
  g_autoptr(SksRound) huzhou = find_round (fixture->doc.store, "湖州");
  GtkWidget *overview;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  g_autofree char *quota = g_strdup_printf (T ("%u (about %u to be named)"), 66, 33);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      if (sks_studio_row_get_round_id (row) == sks_round_get_id (huzhou))
        {
          gtk_selection_model_select_item (get_selection (window), i, TRUE);
          break;
        }
    }
  overview = overview_from_window (window);
  g_assert_nonnull (overview);
  text = sks_round_overview_dup_text (SKS_ROUND_OVERVIEW (overview));
  g_assert_true (g_str_has_prefix (text, sks_round_get_title (huzhou)));
  if (translated ())
    g_assert_nonnull (strstr (text, "2025年3月17日"));
  g_assert_null (strstr (text, "03月"));
  g_assert_null (strstr (text, "2025-03-17"));
  g_assert_nonnull (strstr (text, T ("45 or younger")));
  /* Quota 66 in all; about 33 to be named */
  total = g_strdup_printf ("\n%s\t%s\t", T ("Total"), quota);
  g_assert_nonnull (strstr (text, total));
  sks_test_save_shot (overview, "overview-huzhou");
  gtk_window_destroy (GTK_WINDOW (overview));
}

/* Hangzhou's notice sets no under-45 share, no deadline, no reference day;
 * its 公示 length is the profile's choice, and the overview says so. */
static void
test_overview_hangzhou (Fixture       *fixture,
                        gconstpointer  data)
{
  SksWindow *window = fixture->window;
  g_autoptr(SksRound) hangzhou = find_round (fixture->doc.store, "杭州");
  GtkWidget *overview;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  g_autofree char *heading = NULL;
  const char *units_part;

  sks_scope_list_select (get_child (window, "scope_list"), sks_round_get_id (hangzhou), 0);
  overview = overview_from_window (window);
  g_assert_nonnull (overview);
  text = sks_round_overview_dup_text (SKS_ROUND_OVERVIEW (overview));
  g_assert_true (g_str_has_prefix (text, sks_round_get_title (hangzhou)));
  heading = g_strconcat ("\n", T ("Unit"), "\t", NULL);
  units_part = strstr (text, heading);
  g_assert_nonnull (units_part);
  g_assert_null (strstr (units_part, T ("45 or younger")));
  g_assert_null (strstr (text, T ("Submission deadline")));
  g_assert_null (strstr (text, T ("Ages taken on")));
  g_assert_nonnull (strstr (text, T ("Public notice period")));
  g_assert_nonnull (strstr (text, T ("the profile’s setting: the notice gives no length")));
  total = g_strdup_printf ("\n%s\t", T ("Total"));
  g_assert_nonnull (strstr (text, total));
  sks_test_save_shot (overview, "overview-hangzhou");
  gtk_window_destroy (GTK_WINDOW (overview));
}

/* Hangzhou's units say what their number counts; the round's row gives its
 * whole title */
static void
test_sidebar_hangzhou (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  collect_label_text (get_child (fixture->window, "scope_list"), text);
  lines = g_strsplit (text->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean digits_only = *lines[i] != '\0';

      for (const char *p = lines[i]; *p; p++)
        digits_only &= g_ascii_isdigit (*p) || *p == '/';
      g_assert_false (digits_only);
    }
}

/* Each verdict its own icon, none of them the question mark of old */
static void
test_verdict_icons (void)
{
  SksVerdictStatus statuses[] = { SKS_VERDICT_PASS, SKS_VERDICT_MANUAL, SKS_VERDICT_WARNING,
                                  SKS_VERDICT_FAIL, SKS_VERDICT_NOT_APPLICABLE };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  gtk_icon_theme_add_resource_path (theme, "/org/example/SkillStudio/icons");
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      const char *name = sks_verdict_status_get_icon_name (statuses[i]);

      g_assert_null (strstr (name, "question"));
      g_assert_true (g_hash_table_add (seen, (gpointer) name));
      g_assert_true (gtk_icon_theme_has_icon (theme, name));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* Chinese where the locale is installed (build-aux/setup.sh makes it):
   * the dates are checked as the bureaus write them */
  if (g_getenv ("LANGUAGE") == NULL)
    g_setenv ("LANGUAGE", "zh_CN", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() keeps the C locale; the user's, where installed */
  setlocale (LC_ALL, "");
  sks_i18n_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/list/search/team-member", test_search_team_member);
  ADD ("/gui/list/search/surname", test_search_surname);
  ADD ("/gui/list/search/occupation", test_search_occupation);
  ADD ("/gui/list/selection/follows-change", test_selection_follows_change);
  ADD ("/gui/list/selection/emptied", test_selection_emptied);
  ADD ("/gui/list/selection/confirmation-names", test_confirmation_names);
  ADD ("/gui/list/overview/huzhou", test_overview_huzhou);
  ADD ("/gui/list/overview/hangzhou", test_overview_hangzhou);
  ADD ("/gui/list/sidebar/hangzhou", test_sidebar_hangzhou);
#undef ADD
  g_test_add_func ("/gui/list/status-names", test_names);
  g_test_add_func ("/gui/list/verdict-icons", test_verdict_icons);

  status = g_test_run ();
  sks_test_remove_tree (data_home);
  return status;
}
