/* test-new-round.c — New Round from a policy profile, and New Application
 * in a chosen round and unit, kept only once something is typed
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With SKS_SCREENSHOT_DIR set, the dialogs and the new form are also
 * written there as PNG files, in the locale of the environment.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-new-application-dialog.h"
#include "sks-new-round-dialog.h"
#include "sks-policy.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-store.h"
#include "sks-studio-editor.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window-private.h"

typedef struct {
  SksTestDoc doc;
  SksWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* data: TRUE for the sample applications, else an empty document */
  if (GPOINTER_TO_INT (data))
    sks_test_doc_set_up (&f->doc, 0);
  else
    sks_test_doc_open (&f->doc);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Editors and dialogs the test left open too */
  sks_test_doc_tear_down (&f->doc);
}

static void
show_window (Fixture *f)
{
  g_autoptr(SksContext) context = sks_context_new (f->doc.store, f->doc.settings);

  f->window = sks_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
}

/* Returns: (transfer none) (nullable): a toplevel window of @type */
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

static gint64
count_studios (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 n = sks_store_count_studios (f->doc.store, 0, &error);

  g_assert_no_error (error);
  return n;
}

/* The dialog's sentence, in English; screenshot runs are in other locales. */
static void
assert_message (SksNewRoundDialog *dialog,
                const char        *part)
{
  if (g_getenv ("SKS_SCREENSHOT_DIR") == NULL)
    g_assert_nonnull (strstr (sks_new_round_dialog_get_message (dialog), part));
}

static SksRecommender *
find_unit (Fixture    *f,
           const char *round_key,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (f->doc.store, round_key, &error);
  SksRecommender *unit;

  g_assert_no_error (error);
  g_assert_nonnull (round);
  unit = sks_store_find_recommender (f->doc.store, sks_round_get_id (round), name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (unit);
  return unit;
}

/* New Round on an empty document: the round takes the profile's notice and
 * units with quotas, and the sidebar chooses it. */
static void
test_new_round (Fixture       *f,
                gconstpointer  data)
{
  SksNewRoundDialog *dialog;
  g_autoptr(SksRecommender) wuxing = NULL;
  SksScopeList *scope_list;

  show_window (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-round", NULL);
  dialog = SKS_NEW_ROUND_DIALOG (find_toplevel (SKS_TYPE_NEW_ROUND_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (sks_new_round_dialog_select_policy (dialog, "huzhou-2025"));
  assert_message (dialog, "“huzhou-2025” will be");
  sks_test_save_shot (GTK_WIDGET (dialog), "new-round");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-round.create", NULL);
  sks_test_iterate ();
  g_assert_null (dialog);

  wuxing = find_unit (f, "huzhou-2025", "吴兴区");
  g_assert_cmpint (sks_recommender_get_quota (wuxing), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (sks_context_get_rounds (
                      sks_window_get_context (f->window))), ==, 1);
  scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                              SKS_TYPE_WINDOW, "scope_list"));
  g_assert_cmpint (sks_scope_list_get_round_id (scope_list), ==,
                   sks_recommender_get_round_id (wuxing));
}

/* A profile starts one round per document unless another key is given. */
static void
test_duplicate_key (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SksPolicy) policy = sks_policy_lookup ("huzhou-2025", NULL);
  g_autoptr(SksRound) round = sks_policy_create_round (policy, NULL);
  g_autoptr(GPtrArray) units = sks_policy_create_recommenders (policy);
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GError) error = NULL;
  SksNewRoundDialog *dialog;

  g_assert_true (sks_store_create_round (f->doc.store, round, units, &error));
  show_window (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-round", NULL);
  dialog = SKS_NEW_ROUND_DIALOG (find_toplevel (SKS_TYPE_NEW_ROUND_DIALOG));
  g_assert_true (sks_new_round_dialog_select_policy (dialog, "huzhou-2025"));
  assert_message (dialog, "already has the round “huzhou-2025”");
  sks_test_save_shot (GTK_WIDGET (dialog), "new-round-duplicate");
  g_assert_false (sks_new_round_dialog_create (dialog, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  sks_new_round_dialog_set_key (dialog, "huzhou-2025-supplement");
  assert_message (dialog, "“huzhou-2025-supplement” will be created");
  g_assert_true (sks_new_round_dialog_create (dialog, &error));
  g_assert_no_error (error);
  rounds = sks_store_list_rounds (f->doc.store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 2);
}

/* Without a round, New Application starts with New Round. */
static void
test_new_application_without_round (Fixture       *f,
                                    gconstpointer  data)
{
  show_window (f);
  sks_test_save_shot (GTK_WIDGET (f->window), "empty-document");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-application", NULL);
  g_assert_nonnull (find_toplevel (SKS_TYPE_NEW_ROUND_DIALOG));
  g_assert_null (find_toplevel (SKS_TYPE_STUDIO_EDITOR));
  g_assert_cmpint (count_studios (f), ==, 0);
}

/* The sidebar's unit is offered with its quota use; the form's header names
 * round and unit; closed untouched, nothing is kept. */
static void
test_new_application_in_unit (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SksRecommender) wuxing = find_unit (f, "huzhou-2025", "吴兴区");
  gint64 before = count_studios (f);
  SksNewApplicationDialog *dialog;
  SksStudioEditor *editor;
  SksScopeList *scope_list;
  g_autofree char *quota = NULL;

  show_window (f);
  scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                              SKS_TYPE_WINDOW, "scope_list"));
  sks_scope_list_select (scope_list, sks_recommender_get_round_id (wuxing),
                         sks_recommender_get_id (wuxing));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-application", NULL);
  dialog = SKS_NEW_APPLICATION_DIALOG (find_toplevel (SKS_TYPE_NEW_APPLICATION_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpint (sks_new_application_dialog_get_round_id (dialog), ==,
                   sks_recommender_get_round_id (wuxing));
  g_assert_cmpint (sks_new_application_dialog_get_recommender_id (dialog), ==,
                   sks_recommender_get_id (wuxing));
  quota = g_strdup_printf ("/%d", (int) sks_recommender_get_quota (wuxing));
  g_assert_true (g_str_has_prefix (sks_new_application_dialog_get_unit_text (dialog), "吴兴区 "));
  g_assert_true (g_str_has_suffix (sks_new_application_dialog_get_unit_text (dialog), quota));
  sks_test_save_shot (GTK_WIDGET (dialog), "new-application-chooser");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-application.open", NULL);
  sks_test_iterate ();
  editor = SKS_STUDIO_EDITOR (find_toplevel (SKS_TYPE_STUDIO_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpint (sks_studio_editor_get_studio_id (editor), ==, 0);
  g_assert_nonnull (strstr (sks_studio_editor_get_scope_text (editor), "湖州市 2025"));
  g_assert_nonnull (strstr (sks_studio_editor_get_scope_text (editor), "湖人社发〔2025〕1号"));
  g_assert_nonnull (strstr (sks_studio_editor_get_scope_text (editor), "吴兴区"));
  g_assert_cmpint (sks_studio_get_recommender_id (sks_studio_editor_get_studio (editor)), ==,
                   sks_recommender_get_id (wuxing));
  /* The empty form fails no rule: unfilled fields are "not filled in yet" */
  g_assert_cmpint (sks_rule_engine_get_status (sks_studio_editor_get_rule_engine (editor)), <,
                   SKS_VERDICT_FAIL);
  sks_test_save_shot (GTK_WIDGET (editor), "new-application-form");

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_close (GTK_WINDOW (editor));
  sks_test_iterate ();
  g_assert_null (editor);
  g_assert_cmpint (count_studios (f), ==, before);
}

/* Once something is typed, the application is saved in its round and unit. */
static void
test_new_application_kept_when_edited (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(SksRecommender) unit = find_unit (f, "huzhou-2025", "南浔区");
  gint64 before = count_studios (f);
  g_autoptr(SksStudio) saved = NULL;
  g_autoptr(GError) error = NULL;
  SksStudioEditor *editor;
  SksStudio *studio;

  show_window (f);
  editor = SKS_STUDIO_EDITOR (sks_window_open_new_application (
    f->window, sks_recommender_get_round_id (unit), sks_recommender_get_id (unit)));
  studio = sks_studio_editor_get_studio (editor);
  g_object_set (sks_studio_get_master (studio), "name", "李梅", NULL);
  g_assert_true (sks_studio_editor_get_unsaved (editor));
  g_assert_true (sks_studio_editor_save (editor, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sks_studio_editor_get_studio_id (editor), >, 0);
  g_assert_cmpint (count_studios (f), ==, before + 1);
  saved = sks_store_load_studio (f->doc.store, sks_studio_editor_get_studio_id (editor), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_studio_get_status (saved), ==, SKS_STATUS_DRAFT);
  g_assert_cmpint (sks_studio_get_round_id (saved), ==, sks_recommender_get_round_id (unit));
  g_assert_cmpint (sks_studio_get_recommender_id (saved), ==, sks_recommender_get_id (unit));
  g_assert_cmpstr (sks_master_get_name (sks_studio_get_master (saved)), ==, "李梅");
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

#define ADD(name, sample, func) \
  g_test_add (name, Fixture, GINT_TO_POINTER (sample), fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/new-round/create", FALSE, test_new_round);
  ADD ("/gui/new-round/duplicate-key", FALSE, test_duplicate_key);
  ADD ("/gui/new-application/without-round", FALSE, test_new_application_without_round);
  ADD ("/gui/new-application/in-chosen-unit", TRUE, test_new_application_in_unit);
  ADD ("/gui/new-application/kept-when-edited", TRUE, test_new_application_kept_when_edited);
#undef ADD

  return g_test_run ();
}
