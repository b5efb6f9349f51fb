/* test-publication-dialogs.c — 公示 and recognition in the app: Start 公示
 * computes the last day across the National Day holiday and flips the
 * listed candidates to 公示中; an open objection blocks Recognise with its
 * message; resolved, the studios are recognised after the period, as the
 * user in Preferences. Dates are of 2025, before the tests' real today.
 * The texts are checked through their translations, so that the shots
 * (SKS_SHOT_DIR) can be taken in zh_CN as well.
 * No file chooser or print dialog is opened.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <string.h>

#include "sks-closures.h"
#include "sks-history-entry.h"
#include "sks-i18n.h"
#include "sks-objection-dialog.h"
#include "sks-publication-panel.h"
#include "sks-publication-plan.h"
#include "sks-ranking.h"
#include "sks-recognise-dialog.h"
#include "sks-sample.h"
#include "sks-scope-list.h"
#include "sks-start-publication-dialog.h"
#include "sks-store-decision.h"
#include "sks-store-publication.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-window-private.h"

#define N_SELECTED 4
#define USER "褚晓岚"

typedef struct {
  SksTestDoc  doc;
  SksWindow  *window;
  SksRound   *round;
  gint64      selected[N_SELECTED];
} Fixture;

/* The demo, with the first N_SELECTED of the city's ranking selected
 * unless @data says none. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRanking) ranking = NULL;
  SksDecisionRequest requests[N_SELECTED] = { { 0 } };

  sks_test_doc_set_up (&f->doc, 0);
  g_settings_set_string (f->doc.settings, "user-name", USER);
  f->round = sks_store_find_round (f->doc.store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  if (data != NULL)
    return;
  ranking = sks_ranking_new (f->doc.store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_CITY, 0,
                             NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_SELECTED; i++)
    {
      f->selected[i] = requests[i].studio_id = sks_ranking_get_entry (ranking, i)->studio_id;
      requests[i].decision = SKS_DECISION_SELECTED;
    }
  sks_store_record_decisions (f->doc.store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_CITY,
                              requests, N_SELECTED, USER, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->round);
  sks_test_doc_tear_down (&f->doc);
}

static void
show_window (Fixture *f)
{
  g_autoptr(SksContext) context = sks_context_new (f->doc.store, f->doc.settings);

  f->window = sks_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1366, 768);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  sks_test_iterate ();
  sks_scope_list_select (sks_window_get_scope_list (f->window), sks_round_get_id (f->round), 0);
  sks_test_iterate ();
}

/* @text, freed when the test ends */
static const char *
queued (char *text)
{
  g_test_queue_free (text);
  return text;
}

static GtkWidget *
child (GtkWidget  *widget,
       GType       type,
       const char *id)
{
  GtkWidget *found = GTK_WIDGET (gtk_widget_get_template_child (widget, type, id));

  g_assert_nonnull (found);
  return found;
}

static SksStatus
status_in_list (Fixture *f,
                gint64   studio_id)
{
  GListModel *rows = sks_context_get_studios (sks_window_get_context (f->window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_id (row) == studio_id)
        return sks_studio_row_get_status (row);
    }
  g_assert_not_reached ();
}

static SksPublication *
start_directly (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SksPublication *publication;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 26, 9, 2025);
  publication = sks_publication_start_for_round (f->doc.store, f->round,
                                                 SKS_PUBLICATION_LEVEL_CITY, NULL, &start, NULL,
                                                 &error);
  g_assert_no_error (error);
  return publication;
}

/* Start 公示 from 2025-09-26: five working days to 2025-10-09 across
 * 国庆节、中秋节, with 9-28 worked; the four selected are listed. */
static void
test_start_period (Fixture       *f,
                   gconstpointer  data)
{
  SksStartPublicationDialog *dialog;
  GtkWidget *entry;
  const char *period;
  g_autofree char *worked = NULL;
  GDate make_up;

  show_window (f);
  dialog = SKS_START_PUBLICATION_DIALOG (sks_window_start_publication (f->window));
  g_assert_nonnull (dialog);
  entry = child (GTK_WIDGET (dialog), SKS_TYPE_START_PUBLICATION_DIALOG, "first_day_entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2025-09-26");
  period = sks_start_publication_dialog_get_period_text (dialog);
  g_assert_nonnull (strstr (period, "2025-09-26"));
  g_assert_nonnull (strstr (period, "2025-10-09"));
  g_assert_nonnull (strstr (period, "国庆节、中秋节"));
  g_date_clear (&make_up, 1);
  g_date_set_dmy (&make_up, 28, 9, 2025);
  worked = sks_closure_date_text (NULL, &make_up);
  g_assert_nonnull (strstr (period, worked));
  g_assert_nonnull (strstr (period, queued (g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u working day, from %s to %s",
                 "%u working days, from %s to %s", 5), 5, "2025-09-26", "2025-10-09"))));
  g_assert_true (sks_start_publication_dialog_get_can_start (dialog));
  for (guint i = 0; i < N_SELECTED; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (f->doc.store, f->selected[i], NULL);

      g_assert_nonnull (strstr (sks_start_publication_dialog_get_candidates_text (dialog),
                                sks_studio_get_name (studio)));
    }
  sks_test_save_shot (GTK_WIDGET (dialog), "start-publication-dialog");
  /* A day that is no date says so, naming the field, and cannot start. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2025-13-01");
  g_assert_nonnull (strstr (sks_start_publication_dialog_get_period_text (dialog), "2025-13-01"));
  g_assert_false (sks_start_publication_dialog_get_can_start (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Start: the listed candidates are 公示中 in the list at once; a second
 * start is refused, naming who started it and when. */
static void
test_start_flips_statuses (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SksStartPublicationDialog) dialog = NULL;
  g_autoptr(SksStartPublicationDialog) again = NULL;
  GtkWidget *entry;

  show_window (f);
  dialog = g_object_ref (SKS_START_PUBLICATION_DIALOG (sks_window_start_publication (f->window)));
  entry = child (GTK_WIDGET (dialog), SKS_TYPE_START_PUBLICATION_DIALOG, "first_day_entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2025-09-26");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (GTK_WIDGET (dialog),
                                                        SKS_TYPE_START_PUBLICATION_DIALOG,
                                                        "print_check")), FALSE);
  for (guint i = 0; i < N_SELECTED; i++)
    g_assert_cmpint (status_in_list (f, f->selected[i]), !=, SKS_STATUS_PUBLICIZED);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  for (guint i = 0; i < N_SELECTED; i++)
    g_assert_cmpint (status_in_list (f, f->selected[i]), ==, SKS_STATUS_PUBLICIZED);

  again = g_object_ref (SKS_START_PUBLICATION_DIALOG (sks_window_start_publication (f->window)));
  g_assert_false (sks_start_publication_dialog_get_can_start (again));
  g_assert_nonnull (strstr (sks_start_publication_dialog_get_message (again),
                            USER));
  g_assert_nonnull (strstr (sks_start_publication_dialog_get_message (again), "2025-10-09"));
  sks_test_save_shot (GTK_WIDGET (again), "start-publication-dialog-started");
  gtk_window_destroy (GTK_WINDOW (again));
}

/* Nothing decided "selected": the dialog says so and cannot start. */
static void
test_start_nothing_selected (Fixture       *f,
                             gconstpointer  data)
{
  SksStartPublicationDialog *dialog;

  show_window (f);
  dialog = SKS_START_PUBLICATION_DIALOG (sks_window_start_publication (f->window));
  g_assert_false (sks_start_publication_dialog_get_can_start (dialog));
  g_assert_nonnull (strstr (sks_start_publication_dialog_get_candidates_text (dialog),
                            _("No candidate of this round is decided “selected” by the city "
                              "panel: record the decisions on the ranking page first.")));
  g_assert_cmpstr (sks_start_publication_dialog_get_message (dialog), ==,
                   _("There is nothing to publicize."));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* An objection added in the panel blocks Recognise, which names it; before
 * the period ends Recognise names the dates. */
static void
test_objection_blocks (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SksPublication) publication = start_directly (f);
  g_autoptr(SksRecogniseDialog) recognise = NULL;
  g_autoptr(SksObjectionDialog) objection = NULL;
  g_autoptr(GListModel) objections = NULL;
  g_autoptr(SksObjection) first = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  SksPublicationPanel *panel;

  show_window (f);
  panel = SKS_PUBLICATION_PANEL (sks_window_show_publication (f->window));
  objection = g_object_ref (SKS_OBJECTION_DIALOG (sks_publication_panel_open_objection (panel)));
  sks_objection_dialog_fill (objection, "2025-09-29", "匿名来信",
                             "反映该工作室带徒人数与申报不符。", f->selected[1]);
  sks_test_save_shot (GTK_WIDGET (objection), "objection-dialog");
  gtk_dialog_response (GTK_DIALOG (objection), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  objections = sks_store_list_objections (f->doc.store, sks_publication_get_id (publication),
                                          NULL);
  g_assert_cmpuint (g_list_model_get_n_items (objections), ==, 1);
  text = sks_publication_panel_dup_text (panel);
  g_assert_nonnull (strstr (text, "反映该工作室带徒人数与申报不符。"));
  g_assert_nonnull (strstr (text, g_dngettext (GETTEXT_PACKAGE, "An open objection blocks "
                                              "recognition: resolve it first.", "Open objections "
                                              "block recognition: resolve them first.", 1)));
  sks_test_save_shot (GTK_WIDGET (panel), "publication-panel-objection");

  recognise = g_object_ref (SKS_RECOGNISE_DIALOG (sks_publication_panel_open_recognise (panel)));
  sks_recognise_dialog_set_day_text (recognise, "2025-10-09");
  gtk_dialog_response (GTK_DIALOG (recognise), GTK_RESPONSE_ACCEPT);
  g_assert_nonnull (strstr (sks_recognise_dialog_get_message (recognise), "2025-09-26"));
  g_assert_nonnull (strstr (sks_recognise_dialog_get_message (recognise), "2025-10-10"));
  sks_recognise_dialog_set_day_text (recognise, "2025-10-13");
  g_assert_cmpstr (sks_recognise_dialog_get_message (recognise), ==,
                   queued (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u objection is open: resolve it "
                                                         "first.", "%u objections are open: "
                                                         "resolve them first.", 1), 1)));
  gtk_dialog_response (GTK_DIALOG (recognise), GTK_RESPONSE_ACCEPT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (recognise)));
  first = g_list_model_get_item (objections, 0);
  expected = g_strdup_printf (_("no. %lld received %s"), (long long) sks_objection_get_id (first),
                              "2025-09-29");
  g_assert_nonnull (strstr (sks_recognise_dialog_get_message (recognise), expected));
  sks_test_save_shot (GTK_WIDGET (recognise), "recognise-dialog-refused");
  for (guint i = 0; i < N_SELECTED; i++)
    g_assert_cmpint (status_in_list (f, f->selected[i]), ==, SKS_STATUS_PUBLICIZED);
  gtk_window_destroy (GTK_WINDOW (recognise));
}

static gboolean
history_has (SksStore   *store,
             gint64      studio_id,
             const char *new_value)
{
  g_autoptr(GListModel) history = sks_store_list_history (store, studio_id, NULL);

  for (guint i = 0; history != NULL && i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, i);

      if (g_strcmp0 (sks_history_entry_get_who (entry), USER) == 0 &&
          g_strcmp0 (sks_history_entry_get_new_value (entry), new_value) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Resolved (dismissed) in the panel, the studios are recognised after the
 * period: 已认定 in the list, the day in the panel, the user in the history. */
static void
test_resolve_then_recognise (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SksPublication) publication = start_directly (f);
  g_autoptr(SksObjection) objection = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksObjectionDialog) resolve = NULL;
  g_autoptr(SksRecogniseDialog) recognise = NULL;
  g_autofree char *text = NULL;
  SksPublicationPanel *panel;
  GDate received;

  g_date_clear (&received, 1);
  g_date_set_dmy (&received, 30, 9, 2025);
  objection = sks_objection_new (sks_publication_get_id (publication), &received, "来信反映问题");
  sks_store_add_objection (f->doc.store, objection, &error);
  g_assert_no_error (error);

  show_window (f);
  panel = SKS_PUBLICATION_PANEL (sks_window_show_publication (f->window));
  resolve = g_object_ref (SKS_OBJECTION_DIALOG (
    sks_publication_panel_open_resolve (panel, sks_objection_get_id (objection))));
  sks_objection_dialog_set_outcome (resolve, SKS_OBJECTION_DISMISSED);
  sks_objection_dialog_fill (resolve, "2025-10-09", NULL, "经核查，反映情况不属实。", 0);
  sks_test_save_shot (GTK_WIDGET (resolve), "resolve-dialog");
  gtk_dialog_response (GTK_DIALOG (resolve), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  text = sks_publication_panel_dup_text (panel);
  g_assert_nonnull (strstr (text, "经核查，反映情况不属实。"));
  g_assert_nonnull (strstr (text, USER));
  g_assert_null (strstr (text, g_dngettext (GETTEXT_PACKAGE, "An open objection blocks "
                                           "recognition: resolve it first.", "Open objections "
                                           "block recognition: resolve them first.", 1)));

  recognise = g_object_ref (SKS_RECOGNISE_DIALOG (sks_publication_panel_open_recognise (panel)));
  sks_recognise_dialog_set_day_text (recognise, "2025-10-13");
  g_assert_cmpstr (sks_recognise_dialog_get_message (recognise), ==, "");
  gtk_dialog_response (GTK_DIALOG (recognise), GTK_RESPONSE_ACCEPT);
  sks_test_iterate ();
  for (guint i = 0; i < N_SELECTED; i++)
    {
      g_assert_cmpint (status_in_list (f, f->selected[i]), ==, SKS_STATUS_APPROVED);
      g_assert_true (history_has (f->doc.store, f->selected[i], "approved"));
    }
  g_clear_pointer (&text, g_free);
  text = sks_publication_panel_dup_text (panel);
  g_assert_nonnull (strstr (text, queued (g_strdup_printf (_("Recognised on %s"), "2025-10-13"))));
  sks_test_save_shot (GTK_WIDGET (panel), "publication-panel-recognised");
}

/* The Set Status menu's 公示中 leads to Start 公示…, not to a click. */
static void
test_status_menu_routes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SksApplicationsView *view;
  GMenuModel *section;
  gboolean found = FALSE;

  show_window (f);
  view = sks_window_get_applications_view (f->window);
  g_array_append_val (ids, f->selected[0]);
  sks_applications_view_select_ids (view, ids);
  sks_test_iterate ();
  section = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                         SKS_TYPE_APPLICATIONS_VIEW,
                                                         "status_section"));
  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autofree char *action = NULL;

      g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      g_assert_cmpstr (action, !=, "win.set-status::publicized");
      found |= g_strcmp0 (action, "win.start-publication") == 0;
    }
  g_assert_true (found);
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

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/publication/start/period", NULL, test_start_period);
  ADD ("/gui/publication/start/flips-statuses", NULL, test_start_flips_statuses);
  ADD ("/gui/publication/start/nothing-selected", "none", test_start_nothing_selected);
  ADD ("/gui/publication/objection/blocks-recognition", NULL, test_objection_blocks);
  ADD ("/gui/publication/recognise/after-resolution", NULL, test_resolve_then_recognise);
  ADD ("/gui/publication/status-menu/routes", NULL, test_status_menu_routes);
#undef ADD

  return g_test_run ();
}
