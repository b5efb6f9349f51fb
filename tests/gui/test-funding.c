/* test-funding.c — Funding Report… (win.funding-report): the dialog for the
 * sidebar's round lists the recognised studios and who pays; a round with
 * nothing recognised shows a message with Print and Export off; the 优秀
 * grants of a year (Hangzhou); the function behind Export writes the PDF
 * and the workbook (GTK's file chooser and print dialog are not opened)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sks-funding-dialog.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-store-private.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window-private.h"

typedef struct {
  SksTestDoc  doc;
  SksWindow  *window;
} Fixture;

static const char recognise_sql[] =
  "INSERT INTO recognitions (studio_id, round_id, recognised_on, recorded, recorded_by)"
  " SELECT MIN (s.id), s.round_id, '2025-09-30', '2025-09-30T10:00:00', 'test' FROM studios s"
  " JOIN recommenders rc ON rc.id = s.recommender_id"
  " WHERE rc.name IN ('吴兴区', '德清县', '南太湖新区', '长兴县') GROUP BY rc.id;";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sks_test_doc_set_up (&f->doc, 0);
  if (data != NULL)
    g_assert_cmpint (sqlite3_exec (_sks_store_get_db (f->doc.store), data, NULL, NULL, NULL),
                     ==, SQLITE_OK);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  sks_test_doc_tear_down (&f->doc);
}

/* The window with @round_key chosen in the sidebar; then Funding Report…
 * as the menu activates it. */
static SksFundingDialog *
open_report (Fixture    *f,
             const char *round_key)
{
  g_autoptr(SksContext) context = sks_context_new (f->doc.store, f->doc.settings);
  g_autoptr(SksRound) round = sks_store_find_round (f->doc.store, round_key, NULL);
  g_autoptr(GList) toplevels = NULL;
  SksScopeList *scope_list;

  f->window = sks_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
  scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                              SKS_TYPE_WINDOW, "scope_list"));
  sks_scope_list_select (scope_list, sks_round_get_id (round), 0);
  sks_test_iterate ();
  g_assert_cmpint (sks_window_get_round_id (f->window), ==, sks_round_get_id (round));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.funding-report",
                                             NULL));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (SKS_IS_FUNDING_DIALOG (l->data))
      {
        gtk_test_widget_wait_for_draw (GTK_WIDGET (l->data));
        return SKS_FUNDING_DIALOG (l->data);
      }
  g_error ("Funding Report… showed no dialog");
}

static GtkWidget *
child (SksFundingDialog *dialog,
       const char       *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), SKS_TYPE_FUNDING_DIALOG,
                                                    name));
}

static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  SksFundingDialog *dialog = open_report (f, SKS_SAMPLE_ROUND_HUZHOU);
  SksFundingReport *report = sks_funding_dialog_get_report (dialog);

  g_assert_cmpstr (report->round_key, ==, SKS_SAMPLE_ROUND_HUZHOU);
  g_assert_cmpuint (report->lines->len, ==, 4);
  g_assert_cmpint (report->total, ==, 200000);
  g_assert_null (sks_funding_dialog_get_message (dialog));
  g_assert_true (gtk_widget_get_visible (child (dialog, "lines_grid")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "message_label")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "print_button")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "export_xlsx_button")));
  /* Huzhou pays for no 优秀 grade: no year to choose. */
  g_assert_false (gtk_widget_get_visible (child (dialog, "excellent_box")));
  sks_test_save_shot (GTK_WIDGET (dialog), "funding-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_nothing_recognised (Fixture       *f,
                         gconstpointer  data)
{
  SksFundingDialog *dialog = open_report (f, SKS_SAMPLE_ROUND_HUZHOU);
  GtkWidget *message = child (dialog, "message_label");

  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   sks_funding_dialog_get_message (dialog));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "huzhou-2025"));
  g_assert_false (gtk_widget_get_visible (child (dialog, "lines_grid")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "print_button")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "export_pdf_button")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "export_xlsx_button")));
  sks_test_save_shot (GTK_WIDGET (dialog), "funding-dialog-empty");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_excellent (Fixture       *f,
                gconstpointer  data)
{
  SksFundingDialog *dialog = open_report (f, SKS_SAMPLE_ROUND_HANGZHOU);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (sks_funding_dialog_get_report (dialog)->round_key, ==,
                   SKS_SAMPLE_ROUND_HANGZHOU);
  g_assert_true (gtk_widget_get_visible (child (dialog, "excellent_box")));
  g_assert_cmpuint (sks_funding_dialog_get_report (dialog)->excellent->len, ==, 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "excellent_spin")), 2024);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (dialog, "excellent_check")), TRUE);
  g_assert_cmpint (sks_funding_dialog_get_report (dialog)->excellent_year, ==, 2024);
  g_assert_cmpuint (sks_funding_dialog_get_report (dialog)->excellent->len, ==, 2);
  g_assert_true (sks_funding_dialog_set_excellent_year (dialog, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sks_funding_dialog_get_report (dialog)->excellent->len, ==, 0);
  g_assert_true (sks_funding_dialog_set_excellent_year (dialog, 2024, &error));
  sks_test_save_shot (GTK_WIDGET (dialog), "funding-dialog-excellent");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  SksFundingDialog *dialog = open_report (f, SKS_SAMPLE_ROUND_HUZHOU);
  const char *names[] = { "funding.pdf", "funding.xlsx" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->doc.tmpdir, names[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;

      g_assert_true (sks_funding_dialog_export (dialog, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (i == 0 ? g_str_has_prefix (contents, "%PDF") : contents[0] == 'P');
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
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

  g_test_add ("/gui/funding/dialog", Fixture, recognise_sql, fixture_set_up, test_dialog,
              fixture_tear_down);
  g_test_add ("/gui/funding/nothing-recognised", Fixture, NULL, fixture_set_up,
              test_nothing_recognised, fixture_tear_down);
  g_test_add ("/gui/funding/excellent", Fixture, NULL, fixture_set_up, test_excellent,
              fixture_tear_down);
  g_test_add ("/gui/funding/export", Fixture, recognise_sql, fixture_set_up, test_export,
              fixture_tear_down);
  return g_test_run ();
}
