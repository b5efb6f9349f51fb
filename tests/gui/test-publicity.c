/* test-publicity.c — Publish List (公示名单): the dialog's last day follows
 * the first day chosen; a started 公示 shows its dates; the window's
 * functions behind the dialog start the 公示 and write the list (the file
 * chooser and print dialog themselves are not opened here)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-publication-plan.h"
#include "sks-publicity-dialog.h"
#include "sks-ranking.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-store-decision.h"
#include "sks-store-publication.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window-private.h"
#include "sks-window-publicity.h"

#define N_SELECTED 4

typedef struct {
  SksTestDoc  doc;
  SksWindow  *window;
  SksRound   *round;
} Fixture;

/* The demo, with the first N_SELECTED of the city panel's ranking selected. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRanking) ranking = NULL;
  SksDecisionRequest requests[N_SELECTED] = { { 0 } };

  sks_test_doc_set_up (&f->doc, 0);
  f->round = sks_store_find_round (f->doc.store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  ranking = sks_ranking_new (f->doc.store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_CITY, 0,
                             NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_SELECTED; i++)
    {
      requests[i].studio_id = sks_ranking_get_entry (ranking, i)->studio_id;
      requests[i].decision = SKS_DECISION_SELECTED;
    }
  sks_store_record_decisions (f->doc.store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_CITY,
                              requests, N_SELECTED, "测试员", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  sks_test_doc_tear_down (&f->doc);
}

static void
show_window (Fixture *f)
{
  g_autoptr(SksContext) context = sks_context_new (f->doc.store, f->doc.settings);
  SksScopeList *scope_list;

  f->window = sks_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
  scope_list = SKS_SCOPE_LIST (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                              SKS_TYPE_WINDOW, "scope_list"));
  sks_scope_list_select (scope_list, sks_round_get_id (f->round), 0);
  sks_test_iterate ();
}

static void
set_day (GDate *date,
         int    year,
         int    month,
         int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Across the National Day holiday; then across the Spring Festival of 2026
 * (2-15 to 2-23 off, 2-14 and 2-28 worked). */
static void
test_dialog_period (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SksPublicityDialog *dialog;
  GDate day;

  show_window (f);
  dialog = SKS_PUBLICITY_DIALOG (sks_window_new_publicity_dialog (f->window, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  set_day (&day, 2025, 9, 26);
  sks_publicity_dialog_set_start (dialog, &day);
  g_assert_nonnull (strstr (sks_publicity_dialog_get_period_text (dialog), "2025-10-09"));
  sks_test_save_shot (GTK_WIDGET (dialog), "publicity-dialog");
  set_day (&day, 2026, 2, 12);
  sks_publicity_dialog_set_start (dialog, &day);
  g_assert_nonnull (strstr (sks_publicity_dialog_get_period_text (dialog), "2026-02-12"));
  g_assert_nonnull (strstr (sks_publicity_dialog_get_period_text (dialog), "2026-02-25"));
  g_assert_true (sks_publicity_dialog_get_start (dialog, &day));
  g_assert_cmpint (sks_publicity_dialog_get_order (dialog), ==, SKS_PUBLICITY_ORDER_STROKE);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_dialog_started (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPublication) publication = NULL;
  SksPublicityDialog *dialog;
  GDate start, got;

  set_day (&start, 2025, 9, 26);
  publication = sks_publication_start_for_round (f->doc.store, f->round,
                                                 SKS_PUBLICATION_LEVEL_CITY, NULL, &start, NULL,
                                                 &error);
  g_assert_no_error (error);
  show_window (f);
  dialog = SKS_PUBLICITY_DIALOG (sks_window_new_publicity_dialog (f->window, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (sks_publicity_dialog_get_start (dialog, &got));
  g_assert_cmpint (g_date_compare (&got, &start), ==, 0);
  g_assert_nonnull (strstr (sks_publicity_dialog_get_period_text (dialog), "2025-09-26"));
  g_assert_nonnull (strstr (sks_publicity_dialog_get_period_text (dialog), "2025-10-09"));
  sks_test_save_shot (GTK_WIDGET (dialog), "publicity-dialog-started");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* What the dialog's Export PDF does once the file is chosen: starts the
 * 公示 and writes the notice with its list; Excel reuses the 公示. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPublication) publication = NULL;
  g_autofree char *pdf = g_build_filename (f->doc.tmpdir, "list.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->doc.tmpdir, "list.xlsx", NULL);
  GDate start;

  show_window (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.publish-list", NULL));
  set_day (&start, 2025, 9, 26);
  g_assert_true (sks_window_export_publicity (f->window, SKS_PUBLICITY_ORDER_UNIT, &start, pdf,
                                              &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  publication = sks_store_get_publication (f->doc.store, sks_round_get_id (f->round),
                                           SKS_PUBLICATION_LEVEL_CITY, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_publication_get_studio_ids (publication)->len, ==, N_SELECTED);
  g_assert_true (sks_window_export_publicity (f->window, SKS_PUBLICITY_ORDER_STROKE, &start, xlsx,
                                              &error));
  g_assert_no_error (error);
  /* Another first day is refused, naming the recorded ones. */
  set_day (&start, 2025, 10, 10);
  g_assert_false (sks_window_export_publicity (f->window, SKS_PUBLICITY_ORDER_STROKE, &start,
                                               pdf, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2025-10-09"));
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

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/publicity/dialog/period", test_dialog_period);
  ADD ("/gui/publicity/dialog/started", test_dialog_started);
  ADD ("/gui/publicity/export", test_export);
#undef ADD

  return g_test_run ();
}
