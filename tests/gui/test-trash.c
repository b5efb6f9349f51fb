/* test-trash.c — deleting drafts from the document window and restoring
 * them from the trash (回收站), under Xvfb
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sks-context.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-trash-view.h"
#include "sks-window.h"
#include "sks-window-private.h"

typedef struct {
  SksTestDoc doc;
  SksWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sks_test_doc_set_up (&f->doc, 0);
  /* The window's document takes who is working from Preferences. */
  g_settings_set_string (f->doc.settings, "user-name", "周文员");
  sks_store_set_user (f->doc.store, "周文员");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_doc_tear_down (&f->doc);
}

static void
show_window (Fixture *f)
{
  g_autoptr(SksContext) context = sks_context_new (f->doc.store, f->doc.settings);

  f->window = sks_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
}

static GListModel *
view_rows (Fixture *f)
{
  return sks_applications_view_get_rows (sks_window_get_applications_view (f->window));
}

static GtkSelectionModel *
selection (Fixture *f)
{
  return sks_applications_view_get_selection (sks_window_get_applications_view (f->window));
}

/* The position of the first row of @status, G_MAXUINT when none. */
static guint
find_status (Fixture   *f,
             SksStatus  status)
{
  GListModel *rows = view_rows (f);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_status (row) == status)
        return i;
    }
  return G_MAXUINT;
}

static gint64
row_id (Fixture *f,
        guint    position)
{
  g_autoptr(SksStudioRow) row = g_list_model_get_item (view_rows (f), position);

  return row ? sks_studio_row_get_id (row) : 0;
}

/* Returns: (transfer none) (nullable): the button under @widget whose action
 * is @action */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An action's enabled state, as the button that shows it follows it. */
static gboolean
action_enabled (GtkWidget  *widget,
                const char *group,
                const char *name)
{
  g_autofree char *action = g_strconcat (group, ".", name, NULL);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GtkWidget *button = find_button (root, action);

  if (button == NULL && GTK_IS_WINDOW (root))
    button = find_button (gtk_window_get_titlebar (GTK_WINDOW (root)), action);
  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static char *
dialog_text (GtkWidget *dialog)
{
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;

  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  return g_strconcat (text, "\n", secondary, NULL);
}

/* Returns: (transfer full): the studio and master of the row at @position */
static char *
row_names (Fixture *f,
           guint    position,
           char   **master)
{
  g_autoptr(SksStudioRow) row = g_list_model_get_item (view_rows (f), position);

  *master = g_strdup (sks_studio_row_get_master_name (row));
  return g_strdup (sks_studio_row_get_name (row));
}

/* Selects the draft, deletes it through win.delete and the confirmation. */
static gint64
delete_draft (Fixture *f,
              guint   *position_out)
{
  guint position = find_status (f, SKS_STATUS_DRAFT);
  g_autofree char *master = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkWidget *dialog;
  gint64 id;

  g_assert_cmpuint (position, !=, G_MAXUINT);
  id = row_id (f, position);
  name = row_names (f, position, &master);
  gtk_selection_model_select_item (selection (f), position, TRUE);
  sks_test_iterate ();
  g_assert_true (action_enabled (GTK_WIDGET (f->window), "win", "delete"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL));
  sks_test_iterate ();

  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  g_assert_nonnull (strstr (text, name));
  g_assert_nonnull (strstr (text, master));
  sks_test_hold ();
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  if (position_out != NULL)
    *position_out = position;
  return id;
}

/* Only drafts and withdrawn applications may be deleted: the action is
 * off for a submitted one, and for a selection that mixes both. */
static void
test_delete_enabled (Fixture       *f,
                     gconstpointer  data)
{
  guint draft, submitted;

  show_window (f);
  draft = find_status (f, SKS_STATUS_DRAFT);
  submitted = find_status (f, SKS_STATUS_SUBMITTED);
  g_assert_cmpuint (draft, !=, G_MAXUINT);
  g_assert_cmpuint (submitted, !=, G_MAXUINT);

  g_assert_false (action_enabled (GTK_WIDGET (f->window), "win", "delete"));
  gtk_selection_model_select_item (selection (f), submitted, TRUE);
  sks_test_iterate ();
  g_assert_false (action_enabled (GTK_WIDGET (f->window), "win", "delete"));
  gtk_selection_model_select_item (selection (f), draft, TRUE);
  sks_test_iterate ();
  g_assert_true (action_enabled (GTK_WIDGET (f->window), "win", "delete"));
  gtk_selection_model_select_item (selection (f), submitted, FALSE);
  sks_test_iterate ();
  g_assert_false (action_enabled (GTK_WIDGET (f->window), "win", "delete"));

  /* Activated anyway (e.g. the Delete key), nothing is asked or done. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete", NULL);
  sks_test_iterate ();
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
}

/* Delete a draft: the confirmation names studio and master, the row leaves
 * the list, the selection moves to the row that took its place; the trash
 * shows it with who deleted it, and Restore brings it back. */
static void
test_delete_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  guint n_before, position;
  gint64 id;
  GtkWidget *trash;
  GListModel *entries;
  g_autoptr(SksTrashEntry) entry = NULL;
  g_autoptr(GtkBitset) selected = NULL;

  show_window (f);
  n_before = g_list_model_get_n_items (view_rows (f));
  id = delete_draft (f, &position);

  g_assert_cmpuint (g_list_model_get_n_items (view_rows (f)), ==, n_before - 1);
  for (guint i = 0; i < n_before - 1; i++)
    g_assert_cmpint (row_id (f, i), !=, id);
  selected = gtk_selection_model_get_selection (selection (f));
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);
  g_assert_cmpuint (gtk_bitset_get_minimum (selected), ==, MIN (position, n_before - 2));
  g_assert_cmpint (sks_store_count_studios (f->doc.store, 0, NULL), ==, n_before - 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-trash", NULL));
  sks_test_iterate ();
  trash = find_toplevel (SKS_TYPE_TRASH_VIEW);
  g_assert_nonnull (trash);
  gtk_test_widget_wait_for_draw (trash);
  entries = sks_trash_view_get_entries (SKS_TRASH_VIEW (trash));
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpint (sks_trash_entry_get_id (entry), ==, id);
  g_assert_cmpstr (sks_trash_entry_get_deleted_by (entry), ==, "周文员");
  g_assert_false (action_enabled (trash, "trash", "restore"));
  g_assert_true (action_enabled (trash, "trash", "empty"));

  gtk_selection_model_select_item (
    GTK_SELECTION_MODEL (gtk_widget_get_template_child (trash, SKS_TYPE_TRASH_VIEW, "selection")),
    0, TRUE);
  sks_test_iterate ();
  sks_test_hold ();
  g_assert_true (action_enabled (trash, "trash", "restore"));
  g_assert_true (gtk_widget_activate_action (trash, "trash.restore", NULL));
  sks_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 0);
  g_assert_false (action_enabled (trash, "trash", "empty"));
  g_assert_cmpuint (g_list_model_get_n_items (view_rows (f)), ==, n_before);
  g_assert_cmpint (sks_store_count_studios (f->doc.store, 0, NULL), ==, n_before);
}

/* Empty Trash asks first; Cancel keeps everything, the button removes it. */
static void
test_empty_trash (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) deleted = NULL;
  GtkWidget *trash, *dialog;
  g_autofree char *text = NULL;
  gint64 id;

  show_window (f);
  id = delete_draft (f, NULL);
  trash = GTK_WIDGET (sks_window_show_trash (f->window));
  sks_test_iterate ();

  g_assert_true (gtk_widget_activate_action (trash, "trash.empty", NULL));
  sks_test_iterate ();
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  g_assert_nonnull (strstr (text, "胡晓东"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sks_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sks_trash_view_get_entries (SKS_TRASH_VIEW (trash))),
                    ==, 1);

  g_assert_true (gtk_widget_activate_action (trash, "trash.empty", NULL));
  sks_test_iterate ();
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sks_trash_view_get_entries (SKS_TRASH_VIEW (trash))),
                    ==, 0);
  deleted = sks_store_list_deleted_rows (f->doc.store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (deleted), ==, 0);
  g_assert_null (sks_store_load_studio (f->doc.store, id, NULL));
}

/* A confirmation names five applications, then how many more. */
static void
test_names (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 7; i++)
    {
      g_ptr_array_add (names, "张氏木雕技能大师工作室");
      g_ptr_array_add (names, i == 6 ? NULL : "张木匠");
    }
  text = sks_trash_dup_names (names, 5);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==, "张氏木雕技能大师工作室 (张木匠)");
  g_assert_cmpstr (lines[5], ==, "and 2 more");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* A held run is for screenshots: in the user's language, as the app is. */
  if (g_getenv ("SKS_TEST_HOLD") != NULL)
    sks_i18n_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/trash/delete-enabled-for-drafts-only", test_delete_enabled);
  ADD ("/gui/trash/delete-and-restore", test_delete_and_restore);
  ADD ("/gui/trash/empty-asks-first", test_empty_trash);
#undef ADD
  g_test_add_func ("/gui/trash/names", test_names);

  return g_test_run ();
}
