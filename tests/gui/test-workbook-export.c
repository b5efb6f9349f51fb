/* test-workbook-export.c — Export Meeting Workbook…: win.export-workbook is
 * there and enabled (GTK's file chooser is not opened: it leaks at exit
 * under ASan); what it calls writes the sidebar's round, and without a
 * round the banner says what to do
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
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window-private.h"

typedef struct {
  SksTestDoc  doc;
  SksWindow  *window;
  SksRound   *round;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksContext) context = NULL;

  sks_test_doc_set_up (&f->doc, 0);
  f->round = sks_store_find_round (f->doc.store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  context = sks_context_new (f->doc.store, f->doc.settings);
  f->window = sks_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sks_test_iterate ();
  g_clear_object (&f->round);
  sks_test_doc_tear_down (&f->doc);
}

static GtkWidget *
find_error_label (Fixture *f)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window), SKS_TYPE_WINDOW,
                                                   "error_label"));
}

/* With SKS_SHOT_DIR: the primary menu open, as the screen shows it. */
static void
shoot_menu (Fixture *f)
{
  const char *dir = g_getenv ("SKS_SHOT_DIR");
  GtkMenuButton *button;
  g_autofree char *path = NULL;
  const char *lang = g_getenv ("LC_ALL") ? g_getenv ("LC_ALL") : "C";

  if (dir == NULL)
    return;
  button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                           SKS_TYPE_WINDOW,
                                                           "primary_menu_button"));
  gtk_menu_button_popup (button);
  for (guint i = 0; i < 20; i++)
    sks_test_iterate ();
  path = g_strdup_printf ("%s/workbook-menu-%.5s.png", dir, lang);
  {
    const char *argv[] = { "import", "-window", "root", path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                  NULL);
  }
  gtk_menu_button_popdown (button);
}

/* The action is installed (activating it would open GTK's file chooser). */
static gboolean
has_class_action (Fixture    *f,
                  const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (f->window);
  const char *action = NULL, *property = NULL;
  const GVariantType *parameter = NULL;
  GType owner = G_TYPE_INVALID;

  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &action, &parameter,
                                                   &property); i++)
    if (g_str_equal (action, name))
      return TRUE;
  return FALSE;
}

static void
test_action (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->doc.tmpdir, "meeting.xlsx", NULL);
  SksScopeList *scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (
                               GTK_WIDGET (f->window), SKS_TYPE_WINDOW, "scope_list"));
  GStatBuf st;

  g_assert_true (has_class_action (f, "win.export-workbook"));
  sks_scope_list_select (scope_list, sks_round_get_id (f->round), 0);
  sks_test_iterate ();
  shoot_menu (f);
  g_assert_true (sks_window_export_workbook (f->window, path));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_no_round (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->doc.tmpdir, "meeting.xlsx", NULL);
  SksScopeList *scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (
                               GTK_WIDGET (f->window), SKS_TYPE_WINDOW, "scope_list"));

  sks_scope_list_select (scope_list, 0, 0);
  sks_test_iterate ();
  if (sks_window_get_round_id (f->window) != 0)
    {
      g_test_skip ("The sidebar keeps a round chosen");
      return;
    }
  g_assert_false (sks_window_export_workbook (f->window, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_error_label (f))), ==,
                   _("Choose a round in the sidebar to export its meeting workbook"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = sks_test_make_tmpdir ();

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  if (g_getenv ("SKS_SHOT_DIR") == NULL)
    g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/gui/workbook/export", Fixture, NULL, fixture_set_up, test_action,
              fixture_tear_down);
  g_test_add ("/gui/workbook/no-round", Fixture, NULL, fixture_set_up, test_no_round,
              fixture_tear_down);
  return g_test_run ();
}
