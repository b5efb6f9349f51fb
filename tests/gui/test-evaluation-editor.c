/* test-evaluation-editor.c — entering an evaluation on Hangzhou's scoring
 * table under Xvfb: live messages and totals, the grade, saving, a studio
 * whose profile has no table
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "sks-evaluation-editor.h"
#include "sks-field-row.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-test-util.h"

typedef struct {
  char     *tmpdir;
  SksStore *store;
  gint64    hangzhou_id;  /* an approved Hangzhou studio of the demo, evaluated once */
  gint64    huzhou_id;
} Fixture;

static guint
count_evaluations (SksStore *store,
                   gint64    studio_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = sks_store_list_evaluations (store, studio_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (list);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SksRound) huzhou = NULL;
  g_autoptr(GArray) huzhou_ids = NULL;

  f->tmpdir = sks_test_make_tmpdir ();
  path = g_build_filename (f->tmpdir, "test.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (f->store, 0, &error));
  g_assert_no_error (error);
  for (gint64 id = 1; f->hangzhou_id == 0 && id < 100; id++)
    if (count_evaluations (f->store, id) > 0)
      f->hangzhou_id = id;
  g_assert_cmpint (f->hangzhou_id, >, 0);
  huzhou = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  huzhou_ids = sks_store_list_studio_ids (f->store, sks_round_get_id (huzhou), &error);
  g_assert_no_error (error);
  f->huzhou_id = g_array_index (huzhou_ids, gint64, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
}

static SksEvaluationEditor *
open_editor (GtkWidget *editor)
{
  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (editor);
  return SKS_EVALUATION_EDITOR (editor);
}

static void
close_editor (SksEvaluationEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
type_score (SksEvaluationEditor *editor,
            const char          *item_id,
            SksScoreSide         side,
            const char          *text)
{
  GtkWidget *input = sks_evaluation_editor_get_score_input (editor, item_id, side);

  g_assert_true (GTK_IS_SPIN_BUTTON (input));
  gtk_editable_set_text (GTK_EDITABLE (input), text);
}

static SksFieldRow *
field_row (SksEvaluationEditor *editor,
           const char          *path)
{
  g_autoptr(GPtrArray) rows = sks_field_row_collect (GTK_WIDGET (editor));

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (sks_field_row_get_path (g_ptr_array_index (rows, i)), path))
      return g_ptr_array_index (rows, i);
  g_error ("no field row %s", path);
  return NULL;
}

static const char *
label_text (SksEvaluationEditor *editor,
            const char          *id)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (editor), SKS_TYPE_EVALUATION_EDITOR,
                                                  id);

  g_assert_true (GTK_IS_LABEL (child));
  return gtk_label_get_text (GTK_LABEL (child));
}

static void
saved_cb (SksEvaluationEditor *editor,
          SksEvaluation       *evaluation,
          gint64              *id)
{
  *id = sks_evaluation_get_id (evaluation);
}

/* Scores typed into the spin buttons are checked at once, the totals
 * follow, the grade is chosen, and Save writes it all. */
static void
test_enter_and_save (Fixture       *f,
                     gconstpointer  data)
{
  SksEvaluationEditor *editor = open_editor (
    sks_evaluation_editor_new (NULL, f->store, f->hangzhou_id, SKS_EVALUATION_KIND_ANNUAL));
  /* The editor goes away on Save; the test keeps the rubric. */
  g_autoptr(SksRubric) rubric = g_object_ref (sks_evaluation_editor_get_rubric (editor));
  SksEvaluation *draft = sks_evaluation_editor_get_draft (editor);
  guint before = count_evaluations (f->store, f->hangzhou_id);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(SksEvaluation) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 saved_id = 0;

  g_assert_nonnull (rubric);
  g_assert_cmpstr (label_text (editor, "title_label"), ==, "杭州市技能大师工作室年度考核评估表");
  g_assert_cmpstr (label_text (editor, "self_total_label"), ==, "Self score: 0 + bonus 0");
  /* Blank until typed */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_evaluation_editor_get_score_input (
                     editor, "1", SKS_SCORE_SELF))), ==, "");

  type_score (editor, "1", SKS_SCORE_SELF, "4.5");
  type_score (editor, "13", SKS_SCORE_SELF, "10");
  type_score (editor, "b1", SKS_SCORE_SELF, "3");
  g_assert_cmpint (sks_evaluation_get_score (draft, "1", SKS_SCORE_SELF), ==, 450);
  g_assert_cmpstr (label_text (editor, "self_total_label"), ==, "Self score: 14.5 + bonus 3");

  /* Item 3 of 附件2 is worth 5 points. */
  type_score (editor, "3", SKS_SCORE_ASSESSOR, "12");
  g_assert_cmpstr (sks_evaluation_editor_get_score_message (editor, "3"), ==,
                   "Item 3, Assessor score: must not be more than the item’s 5 points");
  g_assert_true (gtk_widget_has_css_class (
    sks_evaluation_editor_get_score_input (editor, "3", SKS_SCORE_ASSESSOR), "error"));
  type_score (editor, "4", SKS_SCORE_ASSESSOR, "abc");
  g_assert_nonnull (strstr (sks_evaluation_editor_get_score_message (editor, "4"),
                            "Item 4, Assessor score"));
  /* Save is refused while a score is wrong. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);
  g_assert_cmpuint (count_evaluations (f->store, f->hangzhou_id), ==, before);

  type_score (editor, "3", SKS_SCORE_ASSESSOR, "5");
  type_score (editor, "4", SKS_SCORE_ASSESSOR, "");
  g_assert_null (sks_evaluation_editor_get_score_message (editor, "3"));
  g_assert_null (sks_evaluation_editor_get_score_message (editor, "4"));
  g_assert_cmpint (sks_evaluation_get_score (draft, "4", SKS_SCORE_ASSESSOR), ==,
                   SKS_SCORE_BLANK);
  g_assert_cmpstr (label_text (editor, "assessor_total_label"), ==,
                   "Assessor score: 5 + bonus 0");

  /* The grade, year and assessors through their form rows */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sks_field_row_get_input (field_row (editor, "grade"))),
                              SKS_EVALUATION_GRADE_EXCELLENT);
  gtk_editable_set_text (GTK_EDITABLE (sks_field_row_get_input (field_row (editor, "year"))),
                         "2025");
  gtk_editable_set_text (GTK_EDITABLE (sks_field_row_get_input (field_row (editor, "assessors"))),
                         "周建华、沈丽");
  g_assert_cmpint (sks_evaluation_get_grade (draft), ==, SKS_EVALUATION_GRADE_EXCELLENT);

  g_object_ref (editor);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved_id);
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);
  g_assert_cmpint (saved_id, >, 0);
  g_object_unref (editor);

  g_assert_cmpuint (count_evaluations (f->store, f->hangzhou_id), ==, before + 1);
  stored = sks_store_load_evaluation (f->store, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_year (stored), ==, 2025);
  g_assert_cmpint (sks_evaluation_get_grade (stored), ==, SKS_EVALUATION_GRADE_EXCELLENT);
  g_assert_cmpstr (sks_evaluation_get_assessors (stored), ==, "周建华、沈丽");
  g_assert_cmpint (sks_evaluation_get_score (stored, "1", SKS_SCORE_SELF), ==, 450);
  g_assert_cmpint (sks_evaluation_get_score (stored, "3", SKS_SCORE_ASSESSOR), ==, 500);
  g_assert_cmpint (sks_evaluation_get_score (stored, "4", SKS_SCORE_ASSESSOR), ==,
                   SKS_SCORE_BLANK);
  g_assert_cmpint (sks_evaluation_get_total (stored, rubric, SKS_SCORE_SELF, FALSE), ==, 1450);
}

/* A year out of range shows under its field and keeps Save from writing. */
static void
test_bad_year (Fixture       *f,
               gconstpointer  data)
{
  SksEvaluationEditor *editor = open_editor (
    sks_evaluation_editor_new (NULL, f->store, f->hangzhou_id, SKS_EVALUATION_KIND_EXPIRY));
  SksFieldRow *year = field_row (editor, "year");
  guint before = count_evaluations (f->store, f->hangzhou_id);

  g_assert_cmpstr (label_text (editor, "title_label"), ==, "杭州市技能大师工作室期满考核评估表");
  gtk_editable_set_text (GTK_EDITABLE (sks_field_row_get_input (year)), "1999");
  g_assert_cmpstr (sks_field_row_get_message (year), ==,
                   "Year evaluated: must be between 2000 and 2100");
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);
  g_assert_cmpuint (count_evaluations (f->store, f->hangzhou_id), ==, before);
  g_assert_nonnull (strstr (sks_evaluation_editor_get_error (editor), "Year evaluated"));
  close_editor (editor);
}

/* An existing evaluation: its scores fill the inputs, blanks stay blank,
 * and Save updates the same record. */
static void
test_edit_existing (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = sks_store_list_evaluations (f->store, f->hangzhou_id, &error);
  g_autoptr(SksEvaluation) original = g_list_model_get_item (list, 0);
  SksEvaluationEditor *editor = NULL;
  g_autoptr(SksEvaluation) stored = NULL;
  g_autofree char *expected = sks_score_format (
    sks_evaluation_get_score (original, "2", SKS_SCORE_SELF));

  sks_evaluation_set_score (original, "5", SKS_SCORE_ASSESSOR, SKS_SCORE_BLANK);
  g_assert_true (sks_store_save_evaluation (f->store, original, &error));
  editor = open_editor (sks_evaluation_editor_new_for_evaluation (NULL, f->store, original));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_evaluation_editor_get_score_input (
                     editor, "2", SKS_SCORE_SELF))), ==, expected);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_evaluation_editor_get_score_input (
                     editor, "5", SKS_SCORE_ASSESSOR))), ==, "");
  type_score (editor, "2", SKS_SCORE_SELF, "1.25");
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);

  g_assert_cmpuint (count_evaluations (f->store, f->hangzhou_id), ==, 1);
  stored = sks_store_load_evaluation (f->store, sks_evaluation_get_id (original), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_score (stored, "2", SKS_SCORE_SELF), ==, 125);
  g_assert_cmpint (sks_evaluation_get_score (stored, "5", SKS_SCORE_ASSESSOR), ==,
                   SKS_SCORE_BLANK);
}

/* A stored score above its item's points (imported before scores were
 * checked) is marked at once, and Save is refused until it is corrected. */
static void
test_impossible_stored (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = sks_store_list_evaluations (f->store, f->hangzhou_id, &error);
  g_autoptr(SksEvaluation) original = g_list_model_get_item (list, 0);
  g_autoptr(SksEvaluation) stored = NULL;
  SksEvaluationEditor *editor;
  const char *message;

  sks_evaluation_set_score (original, "1", SKS_SCORE_ASSESSOR, 600);
  g_assert_true (sks_store_save_evaluation (f->store, original, &error));
  g_assert_no_error (error);
  editor = open_editor (sks_evaluation_editor_new_for_evaluation (NULL, f->store, original));
  message = sks_evaluation_editor_get_score_message (editor, "1");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "must not be more than the item’s 5 points"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);
  /* Nothing written, the editor still open. */
  stored = sks_store_load_evaluation (f->store, sks_evaluation_get_id (original), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_score (stored, "1", SKS_SCORE_ASSESSOR), ==, 600);
  g_clear_object (&stored);
  g_assert_nonnull (sks_evaluation_editor_get_score_message (editor, "1"));
  type_score (editor, "1", SKS_SCORE_ASSESSOR, "5");
  g_assert_null (sks_evaluation_editor_get_score_message (editor, "1"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);
  stored = sks_store_load_evaluation (f->store, sks_evaluation_get_id (original), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_score (stored, "1", SKS_SCORE_ASSESSOR), ==, 500);
}

/* A Huzhou studio: its profile has no scoring table; the editor says so and
 * cannot save. */
static void
test_no_rubric (Fixture       *f,
                gconstpointer  data)
{
  SksEvaluationEditor *editor = open_editor (
    sks_evaluation_editor_new (NULL, f->store, f->huzhou_id, SKS_EVALUATION_KIND_ANNUAL));

  g_assert_null (sks_evaluation_editor_get_rubric (editor));
  g_assert_nonnull (strstr (sks_evaluation_editor_get_error (editor), "no scoring table"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "evaluation.save", NULL);
  g_assert_cmpuint (count_evaluations (f->store, f->huzhou_id), ==, 0);
  close_editor (editor);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/evaluation-editor/enter-and-save", test_enter_and_save);
  ADD ("/gui/evaluation-editor/bad-year", test_bad_year);
  ADD ("/gui/evaluation-editor/edit-existing", test_edit_existing);
  ADD ("/gui/evaluation-editor/no-rubric", test_no_rubric);
  ADD ("/gui/evaluation-editor/impossible-stored", test_impossible_stored);
#undef ADD

  return g_test_run ();
}
