/* test-history.c — the name from Preferences is who the history records;
 * the form's History lists an edit after saving, masked where personal;
 * the window's Round History lists a status change
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With SKS_SCREENSHOT_DIR set, the history and preferences windows are
 * also written there as PNG files, in the locale of the environment.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sks-context.h"
#include "sks-field-row.h"
#include "sks-history-view.h"
#include "sks-i18n.h"
#include "sks-preferences-dialog.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-studio-editor.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"

typedef struct {
  SksTestDoc  doc;
  gint64      studio_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  sks_test_doc_set_up (&f->doc, 0);
  g_settings_set_string (f->doc.settings, "user-name", "界面用户");
  ids = sks_store_list_studio_ids (f->doc.store, 0, &error);
  g_assert_no_error (error);
  f->studio_id = g_array_index (ids, gint64, 0);
  sks_test_doc_add_context (&f->doc, FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_settings_reset (f->doc.settings, "user-name");
  sks_test_doc_tear_down (&f->doc);
}

/* The history view of the newest toplevel window holding one. */
static SksHistoryView *
find_history_view (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GtkWidget *child = gtk_window_get_child (window);

      if (child != NULL && SKS_IS_HISTORY_VIEW (child))
        return SKS_HISTORY_VIEW (child);
    }
  return NULL;
}

static gboolean
verdicts_shown (gpointer data)
{
  return sks_studio_editor_get_verdicts_shown (data);
}

static void
test_preferences_name (Fixture       *f,
                       gconstpointer  data)
{
  SksPreferencesDialog *dialog = sks_preferences_dialog_new (NULL, f->doc.settings);
  GtkEntry *entry = sks_preferences_dialog_get_name_entry (dialog);

  /* The name set in Preferences is who the open document records. */
  g_assert_cmpstr (sks_store_get_user (f->doc.store), ==, "界面用户");
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "界面用户");
  sks_test_save_shot (GTK_WIDGET (dialog), "preferences");

  gtk_editable_set_text (GTK_EDITABLE (entry), "陈主任");
  {
    g_autofree char *stored = g_settings_get_string (f->doc.settings, "user-name");
    g_assert_cmpstr (stored, ==, "陈主任");
  }
  g_assert_cmpstr (sks_store_get_user (f->doc.store), ==, "陈主任");

  /* Empty: the account's name, which the entry shows as its placeholder. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_cmpstr (sks_store_get_user (f->doc.store), ==,
                   gtk_entry_get_placeholder_text (entry));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_history_after_edit (Fixture       *f,
                         gconstpointer  data)
{
  SksStudioEditor *editor = SKS_STUDIO_EDITOR (sks_studio_editor_new (NULL, f->doc.context,
                                                                      f->studio_id));
  SksFieldRow *mobile;
  SksHistoryView *view;
  g_autofree char *newest = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  sks_test_iterate_until (verdicts_shown, editor);

  mobile = sks_studio_editor_find_row (editor, "master.mobile");
  g_assert_nonnull (mobile);
  gtk_widget_grab_focus (sks_field_row_get_input (mobile));
  gtk_editable_set_text (GTK_EDITABLE (sks_field_row_get_input (mobile)), "13912345678");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.history", NULL));
  sks_test_iterate ();
  view = find_history_view ();
  g_assert_nonnull (view);
  g_assert_cmpuint (g_list_model_get_n_items (sks_history_view_get_model (view)), >=, 2);
  newest = sks_history_view_dup_row_text (view, 0);
  g_test_message ("%s", newest);
  g_assert_nonnull (strstr (newest, "界面用户"));
  g_assert_nonnull (strstr (newest, "139****5678"));
  g_assert_null (strstr (newest, "13912345678"));
  sks_test_save_shot (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_WINDOW),
                      "history");

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_WINDOW)));
  gtk_window_destroy (GTK_WINDOW (editor));
  sks_test_iterate ();
}

static void
test_round_history (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->doc.store, f->studio_id, &error);
  g_autoptr(SksRound) round = NULL;
  SksHistoryView *view;
  GtkWindow *window;
  g_autofree char *newest = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (f->doc.store, &error);

  g_assert_no_error (error);
  for (guint i = 0; round == NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) r = g_list_model_get_item (rounds, i);
      if (sks_round_get_id (r) == sks_studio_get_round_id (studio))
        round = g_steal_pointer (&r);
    }
  g_assert_nonnull (round);
  sks_studio_set_status (studio, SKS_STATUS_WITHDRAWN);
  g_assert_true (sks_store_save_studio_with_reason (f->doc.store, studio, "单位撤回申报", &error));
  g_assert_no_error (error);

  window = sks_history_window_new (NULL, "Round History", &view);
  g_assert_true (sks_history_view_show_round (view, f->doc.store, round, &error));
  g_assert_no_error (error);
  gtk_window_present (window);
  newest = sks_history_view_dup_row_text (view, 0);
  g_test_message ("%s", newest);
  g_assert_nonnull (strstr (newest, "界面用户"));
  g_assert_nonnull (strstr (newest, sks_studio_get_name (studio)));
  g_assert_nonnull (strstr (newest, "单位撤回申报"));
  sks_test_save_shot (GTK_WIDGET (window), "round-history");
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (g_getenv ("SKS_SCREENSHOT_DIR") == NULL)
    g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/history/preferences-name", test_preferences_name);
  ADD ("/gui/history/after-edit", test_history_after_edit);
  ADD ("/gui/history/round", test_round_history);
#undef ADD

  return g_test_run ();
}
