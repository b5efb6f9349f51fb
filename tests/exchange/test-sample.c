/* test-sample.c — the demo set and synthetic applications
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-id-number.h"
#include "sks-problem.h"
#include "sks-sample.h"
#include "sks-store-panel.h"
#include "sks-test-util.h"
#include "sks-validate.h"

typedef struct {
  char     *dir;
  char     *path;
  SksStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "sample.skillstudio", NULL);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
round_id (SksStore   *store,
          const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (store, key, &error);

  g_assert_no_error (error);
  g_assert_nonnull (round);
  return sks_round_get_id (round);
}

/* Fails with every problem's path, so that a broken sample is easy to fix. */
static void
assert_complete (SksStudio *studio)
{
  g_autoptr(GPtrArray) problems = sks_studio_validate (studio, TRUE);

  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);
      g_test_message ("%s: %s: %s", sks_studio_get_name (studio), problem->path,
                      problem->error->message);
    }
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The master's birth and gender agree with the ID number. */
static void
assert_consistent (SksStudio *studio)
{
  SksMaster *master = sks_studio_get_master (studio);
  const char *id_number = sks_master_get_id_number (master);
  g_autoptr(GDate) birth = sks_id_number_get_birth (id_number);
  g_autofree char *birth_text = NULL;

  g_assert_true (sks_id_number_validate ("", id_number, NULL));
  g_assert_nonnull (birth);
  birth_text = g_strdup_printf ("%04u-%02u", g_date_get_year (birth), g_date_get_month (birth));
  g_assert_cmpstr (birth_text, ==, sks_master_get_birth (master));
  g_assert_cmpint (sks_id_number_get_gender (id_number), ==, sks_master_get_gender (master));
}

typedef struct {
  const char *round;
  const char *recommender;
  gint64      quota;
  guint       min, max;  /* applications in the demo */
} Expected;

static const Expected expected[] = {
  { SKS_SAMPLE_ROUND_HUZHOU, "吴兴区", 12, 3, 5 },
  { SKS_SAMPLE_ROUND_HUZHOU, "南浔区", 12, 3, 5 },
  { SKS_SAMPLE_ROUND_HUZHOU, "德清县", 12, 3, 5 },
  { SKS_SAMPLE_ROUND_HUZHOU, "长兴县", 12, 3, 5 },
  { SKS_SAMPLE_ROUND_HUZHOU, "安吉县", 12, 3, 5 },
  { SKS_SAMPLE_ROUND_HUZHOU, "南太湖新区", 6, 3, 5 },
  { SKS_SAMPLE_ROUND_HANGZHOU, "上城区", 0, 1, 3 },
  { SKS_SAMPLE_ROUND_HANGZHOU, "萧山区", 0, 1, 3 },
  { SKS_SAMPLE_ROUND_HANGZHOU, "西湖风景名胜区", 0, 1, 1 },
};

static void
test_demo_counts (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  gint64 huzhou, hangzhou;

  g_assert_true (sks_sample_populate (f->store, 0, &error));
  g_assert_no_error (error);

  huzhou = round_id (f->store, SKS_SAMPLE_ROUND_HUZHOU);
  hangzhou = round_id (f->store, SKS_SAMPLE_ROUND_HANGZHOU);
  g_assert_cmpint (sks_store_count_studios (f->store, huzhou, NULL), ==, 24);
  g_assert_cmpint (sks_store_count_studios (f->store, hangzhou, NULL), ==, 12);

  rows = sks_store_list_studio_rows (f->store, 0, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gint64 rid = round_id (f->store, expected[i].round);
      g_autoptr(SksRecommender) recommender =
        sks_store_find_recommender (f->store, rid, expected[i].recommender, &error);
      guint n = 0;

      g_assert_no_error (error);
      g_assert_nonnull (recommender);
      g_assert_cmpint (sks_recommender_get_quota (recommender), ==, expected[i].quota);
      for (guint j = 0; j < g_list_model_get_n_items (rows); j++)
        {
          g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, j);
          n += sks_studio_row_get_recommender_id (row) == sks_recommender_get_id (recommender);
        }
      g_assert_cmpuint (n, >=, expected[i].min);
      g_assert_cmpuint (n, <=, expected[i].max);
    }
}

static void
test_demo_round_details (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksRecommender) zone = NULL;
  g_autoptr(SksRecommender) wuxing = NULL;
  g_autofree char *code = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *document = NULL;
  g_autofree char *deadline = NULL;

  g_assert_true (sks_sample_populate (f->store, 0, &error));
  round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_nonnull (round);
  g_object_get (round, "document-number", &document, "deadline", &deadline, NULL);
  g_assert_cmpstr (document, ==, "湖人社发〔2025〕1号");
  g_assert_cmpstr (deadline, ==, "2025-03-17");
  g_assert_cmpstr (sks_round_get_city (round), ==, "湖州市");

  zone = sks_store_find_recommender (f->store, sks_round_get_id (round), "南太湖新区", &error);
  g_object_get (zone, "code", &code, NULL);
  g_assert_null (code);
  g_assert_cmpstr (sks_field_get_enum_nick (sks_field_table_lookup (
                     sks_recommender_get_field_table (), "kind"), G_OBJECT (zone)), ==, "zone");

  wuxing = sks_store_find_recommender (f->store, sks_round_get_id (round), "吴兴区", &error);
  g_object_get (wuxing, "code", &kind, NULL);
  g_assert_cmpstr (kind, ==, "330502");
}

static void
test_demo_valid (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint n_drafts = 0;
  g_autoptr(GHashTable) statuses = g_hash_table_new (NULL, NULL);

  g_assert_true (sks_sample_populate (f->store, 0, &error));
  ids = sks_store_list_studio_ids (f->store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (f->store,
                                                           g_array_index (ids, gint64, i),
                                                           &error);
      GListModel *team = sks_studio_get_team (studio);
      SksUnit *unit = sks_studio_get_unit (studio);

      g_assert_no_error (error);
      g_hash_table_add (statuses, GINT_TO_POINTER (sks_studio_get_status (studio)));
      if (sks_studio_get_status (studio) == SKS_STATUS_DRAFT)
        {
          n_drafts++;
          continue;
        }
      assert_complete (studio);
      assert_consistent (studio);
      g_assert_cmpuint (g_list_model_get_n_items (team), >=, 3);
      g_assert_cmpuint (g_list_model_get_n_items (team), <=, 6);
      g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_attachments (studio)), >=, 1);
      g_assert_cmpuint (sks_text_count_chars (sks_studio_get_achievements (studio)), <=, 200);
      g_assert_cmpuint (sks_text_count_chars (sks_studio_get_introduction (studio)), <=, 300);

      /* 0572 numbers have 7 digits, 0571 numbers 8; postcodes 313/310/311. */
      if (sks_studio_get_round_id (studio) == round_id (f->store, SKS_SAMPLE_ROUND_HUZHOU))
        {
          g_assert_true (g_str_has_prefix (sks_unit_get_office_phone (unit), "0572-"));
          g_assert_cmpuint (strlen (sks_unit_get_office_phone (unit)), ==, 12);
        }
      else
        {
          g_assert_true (g_str_has_prefix (sks_unit_get_office_phone (unit), "0571-"));
          g_assert_cmpuint (strlen (sks_unit_get_office_phone (unit)), ==, 13);
        }
    }
  g_assert_cmpuint (n_drafts, ==, 1);

  /* Hangzhou shows every stage the brief names. */
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_SUBMITTED)));
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_RECOMMENDED)));
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_PUBLICIZED)));
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_APPROVED)));
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_RENEWED)));
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_REVOKED)));
  g_assert_true (g_hash_table_contains (statuses, GINT_TO_POINTER (SKS_STATUS_NOT_SELECTED)));
}

static void
increment (GHashTable *counts,
           gpointer    key)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  g_hash_table_insert (counts, key, GUINT_TO_POINTER (n + 1));
}

/* Huzhou asks that at least half of each county's leaders be under 45
 * (born after 1980-02-28), and everyone under 50. */
static void
test_demo_huzhou_ages (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GHashTable) young = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) all = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_true (sks_sample_populate (f->store, 0, &error));
  rows = sks_store_list_studio_rows (f->store, round_id (f->store, SKS_SAMPLE_ROUND_HUZHOU), 0,
                                     0, &error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gpointer r = GINT_TO_POINTER (sks_studio_row_get_recommender_id (row));
      const char *birth = sks_studio_row_get_birth (row);

      g_assert_cmpstr (birth, >, "1975-02");
      increment (all, r);
      if (g_strcmp0 (birth, "1980-02") > 0)
        increment (young, r);
    }
  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpuint (2 * GPOINTER_TO_UINT (g_hash_table_lookup (young, key)), >=,
                      GPOINTER_TO_UINT (value));
}

static void
test_demo_twice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_sample_populate (f->store, 0, &error));
  g_assert_false (sks_sample_populate (f->store, 0, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 36);
}

static void
test_synthetic (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  gint64 huzhou, hangzhou;

  g_assert_true (sks_sample_populate (f->store, 250, &error));
  g_assert_no_error (error);
  huzhou = sks_store_count_studios (f->store, round_id (f->store, SKS_SAMPLE_ROUND_HUZHOU), NULL);
  hangzhou = sks_store_count_studios (f->store, round_id (f->store, SKS_SAMPLE_ROUND_HANGZHOU),
                                      NULL);
  g_assert_cmpint (huzhou + hangzhou, ==, 250);
  g_assert_cmpint (huzhou, >, 50);
  g_assert_cmpint (hangzhou, >, 50);

  ids = sks_store_list_studio_ids (f->store, 0, &error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (f->store,
                                                           g_array_index (ids, gint64, i), NULL);
      assert_complete (studio);
      assert_consistent (studio);
    }

  /* Deterministic: the same seeds give the same applications. */
  a = sks_sample_make_studios (f->store, 1000, 20, 3, &error);
  b = sks_sample_make_studios (f->store, 1000, 20, 3, &error);
  for (guint i = 0; i < 20; i++)
    {
      g_assert_true (sks_studio_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)));
      g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (g_ptr_array_index (a, i))),
                        ==, 3);
    }

  /* More can be added: synthetic uuids are random. */
  g_assert_true (sks_sample_populate (f->store, 10, &error));
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 260);
}

/* The rounds are created once and never changed. */
static void
test_rounds_kept (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_round_new (SKS_SAMPLE_ROUND_HUZHOU, "湖州市", 2025);
  g_autoptr(SksRound) again = NULL;
  g_autoptr(GListModel) rounds = NULL;
  g_autofree char *title = NULL;

  g_object_set (round, "title", "自定标题", NULL);
  g_assert_true (sks_store_save_round (f->store, round, &error));
  g_assert_true (sks_sample_add_rounds (f->store, &error));
  g_assert_true (sks_sample_add_rounds (f->store, &error));
  rounds = sks_store_list_rounds (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 2);
  again = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_object_get (again, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "自定标题");
}

/* The demo comes with the reviewers' work on Huzhou: a city panel of five
 * (one chair, one working at an applying unit), the round's sheet, four
 * submitted sheets, one score changed after submission with a reason, and
 * findings: every check met on some applications, one not met. */
static void
test_demo_reviews (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) sheet = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GListModel) rows = NULL;
  gint64 huzhou;
  guint n_chairs = 0, n_submitted = 0, n_scored = 0, n_all_met = 0, n_not_met = 0;

  g_assert_true (sks_sample_populate (f->store, 0, &error));
  g_assert_no_error (error);
  huzhou = round_id (f->store, SKS_SAMPLE_ROUND_HUZHOU);

  panel = sks_store_get_panel (f->store, huzhou, SKS_PANEL_LEVEL_CITY, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (panel);
  members = sks_store_list_panel_members (f->store, sks_panel_get_id (panel), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (members, i);
      g_autoptr(GArray) scores = sks_store_list_scores (f->store,
                                                        sks_panel_member_get_id (member), &error);

      g_assert_no_error (error);
      g_assert_nonnull (sks_panel_member_get_work_unit (member));
      g_assert_nonnull (sks_panel_member_get_title (member));
      n_chairs += sks_panel_member_get_role (member) == SKS_PANEL_ROLE_CHAIR;
      n_scored += scores->len > 0;
      if (sks_panel_member_is_submitted (member))
        {
          n_submitted++;
          g_assert_cmpuint (scores->len, >, 0);
          g_assert_nonnull (sks_panel_member_get_submitted_by (member));
        }
    }
  g_assert_cmpuint (n_chairs, ==, 1);
  g_assert_cmpuint (n_scored, ==, 4);
  g_assert_cmpuint (n_submitted, ==, 4);

  sheet = sks_store_list_score_criteria (f->store, huzhou, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sheet), >, 0);

  conflicts = sks_store_list_conflicts (f->store, sks_panel_get_id (panel), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_false (((SksConflict *) g_ptr_array_index (conflicts, 0))->declared);

  changes = sks_store_list_score_history (f->store, huzhou, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_nonnull (((SksScoreChange *) g_ptr_array_index (changes, 0))->reason);
  g_assert_cmpint (((SksScoreChange *) g_ptr_array_index (changes, 0))->old_points, !=,
                   ((SksScoreChange *) g_ptr_array_index (changes, 0))->new_points);

  rows = sks_store_list_studio_rows (f->store, huzhou, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      g_autoptr(SksStudio) studio = sks_store_load_studio (f->store,
                                                           sks_studio_row_get_id (row), &error);
      guint met = 0;

      g_assert_no_error (error);
      for (guint item = 0; item < SKS_N_CHECK_ITEMS; item++)
        {
          const char *by = NULL, *note = NULL;
          SksCheckState state = sks_studio_get_check (studio, item, &by, NULL, &note);

          if (state == SKS_CHECK_UNCHECKED)
            continue;
          g_assert_nonnull (by);
          g_assert_nonnull (note);
          met += state == SKS_CHECK_CONFIRMED;
          n_not_met += state == SKS_CHECK_NOT_MET;
        }
      n_all_met += met == SKS_N_CHECK_ITEMS;
    }
  g_assert_cmpuint (n_all_met, >=, 3);
  g_assert_cmpuint (n_not_met, ==, 1);
}

/* Tests that score the round themselves get the applications alone. */
static void
test_demo_unreviewed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanel) panel = NULL;
  gint64 huzhou;

  g_assert_true (sks_sample_populate_unreviewed (f->store, &error));
  g_assert_no_error (error);
  huzhou = round_id (f->store, SKS_SAMPLE_ROUND_HUZHOU);
  g_assert_cmpint (sks_store_count_studios (f->store, huzhou, NULL), ==, 24);
  panel = sks_store_get_panel (f->store, huzhou, SKS_PANEL_LEVEL_CITY, 0, FALSE, &error);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  g_assert_null (panel);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/sample/demo/counts", test_demo_counts);
  ADD ("/sample/demo/round-details", test_demo_round_details);
  ADD ("/sample/demo/valid", test_demo_valid);
  ADD ("/sample/demo/huzhou-ages", test_demo_huzhou_ages);
  ADD ("/sample/demo/twice", test_demo_twice);
  ADD ("/sample/demo/reviews", test_demo_reviews);
  ADD ("/sample/demo/unreviewed", test_demo_unreviewed);
  ADD ("/sample/synthetic", test_synthetic);
  ADD ("/sample/rounds-kept", test_rounds_kept);
#undef ADD

  return g_test_run ();
}
