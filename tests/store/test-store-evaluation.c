/* test-store-evaluation.c — evaluations and their scores in a document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "sks-policy.h"
#include "sks-problem.h"
#include "sks-store-private.h"
#include "sks-test-util.h"

typedef struct {
  char      *dir;
  char      *path;
  SksStore  *store;
  gint64     studio_id;
  SksRubric *rubric;
  SksPolicy *policy;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_test_make_full_studio (7, 2);

  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  f->studio_id = sks_studio_get_id (studio);
  f->policy = sks_policy_new_from_resource ("hangzhou-2023", &error);
  g_assert_no_error (error);
  f->rubric = g_object_ref (sks_policy_get_rubric (f->policy, SKS_EVALUATION_KIND_ANNUAL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->rubric);
  g_clear_object (&f->policy);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Every item scored on both sides with distinct values, some half points,
 * one item blank on the assessor side, every field filled with tricky text. */
static SksEvaluation *
make_full_evaluation (Fixture *f,
                      guint    seed)
{
  SksEvaluation *evaluation = sks_evaluation_new (f->studio_id, SKS_EVALUATION_KIND_ANNUAL, 2025);
  g_autofree char *remarks = sks_test_make_text (10000, TRUE, seed);
  g_autofree char *assessors = sks_test_make_text (60, FALSE, seed + 1);

  g_object_set (evaluation, "assessment-date", "2026-01-15",
                "grade", SKS_EVALUATION_GRADE_EXCELLENT, "assessors", assessors,
                "remarks", remarks, NULL);
  for (guint i = 0; i < sks_rubric_get_n_items (f->rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (f->rubric, i);

      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_SELF,
                                item->points - (gint64) ((i + seed) % 3) * 50);
      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_ASSESSOR,
                                i == 4 ? SKS_SCORE_BLANK : item->points - (gint64) (i % 4) * 25);
    }
  return evaluation;
}

static void
test_round_trip_every_field (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SksEvaluation) evaluation = make_full_evaluation (f, 3);
  g_autoptr(SksEvaluation) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);

  sks_evaluation_validate (evaluation, f->rubric, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (sks_store_save_evaluation (f->store, evaluation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_id (evaluation), >, 0);

  list = sks_store_list_evaluations (f->store, f->studio_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  loaded = g_list_model_get_item (list, 0);
  g_assert_true (sks_evaluation_equal (evaluation, loaded));
  g_assert_cmpint (sks_evaluation_get_id (loaded), ==, sks_evaluation_get_id (evaluation));
  g_assert_cmpuint (g_utf8_strlen (sks_evaluation_get_remarks (loaded), -1), ==, 10000);
  g_assert_cmpstr (sks_evaluation_get_remarks (loaded), ==, sks_evaluation_get_remarks (evaluation));
  g_assert_cmpstr (sks_evaluation_get_assessors (loaded), ==,
                   sks_evaluation_get_assessors (evaluation));
  g_assert_cmpstr (sks_evaluation_get_assessment_date (loaded), ==, "2026-01-15");
  g_assert_cmpint (sks_evaluation_get_grade (loaded), ==, SKS_EVALUATION_GRADE_EXCELLENT);
  g_assert_cmpint (sks_evaluation_get_kind (loaded), ==, SKS_EVALUATION_KIND_ANNUAL);
  g_assert_cmpint (sks_evaluation_get_year (loaded), ==, 2025);
  g_assert_cmpint (sks_evaluation_get_score (loaded, "5", SKS_SCORE_ASSESSOR), ==,
                   SKS_SCORE_BLANK);
  g_assert_cmpint (sks_evaluation_get_total (loaded, f->rubric, SKS_SCORE_SELF, FALSE), ==,
                   sks_evaluation_get_total (evaluation, f->rubric, SKS_SCORE_SELF, FALSE));
  g_assert_cmpint (sks_evaluation_get_total (loaded, f->rubric, SKS_SCORE_ASSESSOR, TRUE), ==,
                   sks_evaluation_get_total (evaluation, f->rubric, SKS_SCORE_ASSESSOR, TRUE));

  g_clear_object (&loaded);
  loaded = sks_store_load_evaluation (f->store, sks_evaluation_get_id (evaluation), &error);
  g_assert_no_error (error);
  g_assert_true (sks_evaluation_equal (evaluation, loaded));
}

/* Texts with quotes, emoji and SQL-looking content come back byte for byte. */
static void
test_round_trip_tricky_values (Fixture       *f,
                               gconstpointer  data)
{
  static const char *const texts[] = {
    "王珏、李“四”、O'Brien 😀",
    "'); DROP TABLE evaluations; --",
    "第一行\n\t第二行\r\n“引号” ‘单引号’ \"ASCII\" 🧑‍🔧",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SksEvaluation) evaluation =
        sks_evaluation_new (f->studio_id, SKS_EVALUATION_KIND_EXPIRY, 2024);
      g_autoptr(SksEvaluation) loaded = NULL;
      g_autoptr(GError) error = NULL;

      g_object_set (evaluation, "remarks", texts[i], NULL);
      if (strchr (texts[i], '\n') == NULL)
        g_object_set (evaluation, "assessors", texts[i], NULL);
      sks_evaluation_set_score (evaluation, "b2", SKS_SCORE_SELF, 150);
      g_assert_true (sks_store_save_evaluation (f->store, evaluation, &error));
      g_assert_no_error (error);
      loaded = sks_store_load_evaluation (f->store, sks_evaluation_get_id (evaluation), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (sks_evaluation_get_remarks (loaded), ==, texts[i]);
      g_assert_true (sks_evaluation_equal (evaluation, loaded));
      g_assert_cmpint (sks_evaluation_get_score (loaded, "b2", SKS_SCORE_SELF), ==, 150);
      g_assert_cmpint (sks_evaluation_get_score (loaded, "b2", SKS_SCORE_ASSESSOR), ==,
                       SKS_SCORE_BLANK);
    }
}

static gint64
count_rows (SksStore   *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (_sks_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* An update replaces the scores; scores cleared on both sides leave no row. */
static void
test_update_replaces_scores (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SksEvaluation) evaluation = make_full_evaluation (f, 1);
  g_autoptr(SksEvaluation) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (sks_store_save_evaluation (f->store, evaluation, &error));
  g_assert_no_error (error);
  id = sks_evaluation_get_id (evaluation);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluation_scores"), ==, 18);

  sks_evaluation_set_score (evaluation, "1", SKS_SCORE_SELF, SKS_SCORE_BLANK);
  sks_evaluation_set_score (evaluation, "1", SKS_SCORE_ASSESSOR, SKS_SCORE_BLANK);
  sks_evaluation_set_score (evaluation, "3", SKS_SCORE_ASSESSOR, 250);
  g_object_set (evaluation, "grade", SKS_EVALUATION_GRADE_QUALIFIED, NULL);
  g_assert_true (sks_store_save_evaluation (f->store, evaluation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_id (evaluation), ==, id);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluations"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluation_scores"), ==, 17);

  loaded = sks_store_load_evaluation (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_evaluation_get_score (loaded, "3", SKS_SCORE_ASSESSOR), ==, 250);
  g_assert_cmpint (sks_evaluation_get_score (loaded, "1", SKS_SCORE_SELF), ==, SKS_SCORE_BLANK);
  g_assert_cmpint (sks_evaluation_get_grade (loaded), ==, SKS_EVALUATION_GRADE_QUALIFIED);
}

/* Deleting an evaluation deletes its scores; deleting the studio deletes
 * its evaluations; an unknown id is NOT_FOUND. */
static void
test_delete_and_cascade (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SksEvaluation) first = make_full_evaluation (f, 1);
  g_autoptr(SksEvaluation) second = make_full_evaluation (f, 2);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (second, "year", (gint64) 2026, NULL);
  g_assert_true (sks_store_save_evaluation (f->store, first, &error));
  g_assert_true (sks_store_save_evaluation (f->store, second, &error));
  g_assert_no_error (error);

  g_assert_true (sks_store_delete_evaluation (f->store, sks_evaluation_get_id (first), &error));
  g_assert_no_error (error);
  list = sks_store_list_evaluations (f->store, f->studio_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluation_scores"), ==, 18);

  g_assert_false (sks_store_delete_evaluation (f->store, sks_evaluation_get_id (first), &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (sks_store_load_evaluation (f->store, 9999, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A withdrawn application in the trash, then the trash emptied. */
  {
    g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, f->studio_id, &error);

    g_assert_no_error (error);
    sks_studio_set_status (studio, SKS_STATUS_WITHDRAWN);
    g_assert_true (sks_store_save_studio (f->store, studio, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sks_store_delete_studio (f->store, f->studio_id, &error));
  g_assert_no_error (error);
  g_assert_true (sks_store_purge_deleted (f->store, f->studio_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluations"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluation_scores"), ==, 0);
}

/* Invalid records are refused before anything is written, with a message
 * naming the field; an unknown studio violates the foreign key and the
 * failed transaction leaves nothing behind. */
static void
test_invalid_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SksEvaluation) bad_year = sks_evaluation_new (f->studio_id,
                                                          SKS_EVALUATION_KIND_ANNUAL, 1999);
  g_autoptr(SksEvaluation) negative = sks_evaluation_new (f->studio_id,
                                                          SKS_EVALUATION_KIND_ANNUAL, 2025);
  g_autoptr(SksEvaluation) orphan = make_full_evaluation (f, 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (sks_store_save_evaluation (f->store, bad_year, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Year evaluated"));
  g_clear_error (&error);

  sks_evaluation_set_score (negative, "2", SKS_SCORE_ASSESSOR, -100);
  g_assert_false (sks_store_save_evaluation (f->store, negative, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  sks_evaluation_set_studio_id (orphan, 424242);
  g_assert_false (sks_store_save_evaluation (f->store, orphan, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (sks_evaluation_get_id (orphan), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluations"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM evaluation_scores"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/evaluation/round-trip/every-field", test_round_trip_every_field);
  ADD ("/store/evaluation/round-trip/tricky-values", test_round_trip_tricky_values);
  ADD ("/store/evaluation/update-replaces-scores", test_update_replaces_scores);
  ADD ("/store/evaluation/delete-and-cascade", test_delete_and_cascade);
  ADD ("/store/evaluation/invalid-refused", test_invalid_refused);
#undef ADD

  return g_test_run ();
}
