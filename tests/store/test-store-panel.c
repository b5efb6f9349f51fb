/* test-store-panel.c — panel scoring in a document: members, the round's
 * sheet (fixed after the first score), scores against their maximum,
 * submission and the history of a later change, conflicts left out of the
 * aggregate, the round's method, the CSV import's checks
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "sks-policy.h"
#include "sks-store-panel.h"
#include "sks-test-util.h"

#define P(x) ((gint64) ((x) * 100))
#define N_STUDIOS 3

typedef struct {
  char           *dir;
  char           *path;
  SksStore       *store;
  SksRound       *round;
  SksRecommender *recommender;
  SksPanel       *panel;
  GListModel     *sheet;
  gint64          ids[N_STUDIOS];   /* submitted applications */
  gint64          draft_id;         /* not one a panel scores */
} Fixture;

static const char *const units[N_STUDIOS] = {
  "湖州丝绸集团有限公司", "南浔湖笔厂", "吴兴木雕工艺社",
};

static gint64
add_studio (Fixture    *f,
            guint       seed,
            const char *unit,
            SksStatus   status)
{
  g_autoptr(SksStudio) studio = sks_test_make_full_studio (seed, 2);
  g_autoptr(GError) error = NULL;

  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (f->recommender));
  sks_studio_set_status (studio, status);
  g_object_set (sks_studio_get_unit (studio), "name", unit, NULL);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  return sks_studio_get_id (studio);
}

static SksPanelMember *
add_member (Fixture    *f,
            const char *name,
            const char *work_unit)
{
  g_autoptr(SksPanelMember) member = sks_panel_member_new ();
  g_autoptr(GError) error = NULL;

  sks_panel_member_set_panel_id (member, sks_panel_get_id (f->panel));
  sks_panel_member_set_name (member, name);
  sks_panel_member_set_work_unit (member, work_unit);
  sks_panel_member_set_title (member, "高级技师");
  g_assert_true (sks_store_add_panel_member (f->store, member, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&member);
}

static gint64
criterion_id (Fixture *f,
              guint    position)
{
  g_autoptr(SksScoreCriterion) c = g_list_model_get_item (f->sheet, position);
  return sks_score_criterion_get_id (c);
}

/* Scores every criterion of @studio: @total split as 30/25/25/20 shares. */
static void
score_all (Fixture        *f,
           SksPanelMember *member,
           gint64          studio,
           gint64          total)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SksScoreEntry));
  g_autoptr(GError) error = NULL;
  const gint64 share[] = { 30, 25, 25, 20 };

  for (guint i = 0; i < 4; i++)
    {
      SksScoreEntry e = { sks_panel_member_get_id (member), studio, criterion_id (f, i),
                          total * share[i] / 100 };
      g_array_append_val (entries, e);
    }
  g_assert_true (sks_store_set_scores (f->store, entries, NULL, &error));
  g_assert_no_error (error);
}

static gint64
count_scores (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) members = sks_store_list_panel_members (f->store,
                                                                sks_panel_get_id (f->panel),
                                                                &error);
  gint64 n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SksPanelMember) m = g_list_model_get_item (members, i);
      g_autoptr(GArray) scores = sks_store_list_scores (f->store, sks_panel_member_get_id (m),
                                                        &error);
      n += scores->len;
    }
  return n;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_lookup ("huzhou-2025", &error);
  g_autoptr(GPtrArray) defaults = NULL;

  g_assert_no_error (error);
  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "周文员");

  f->round = sks_round_new ("huzhou-2025", "湖州市", 2025);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  f->recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  sks_recommender_set_round_id (f->recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < N_STUDIOS; i++)
    f->ids[i] = add_studio (f, 41 + i, units[i], SKS_STATUS_RECOMMENDED);
  f->draft_id = add_studio (f, 49, "某草稿单位", SKS_STATUS_DRAFT);

  f->panel = sks_store_get_panel (f->store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_CITY, 0,
                                  TRUE, &error);
  g_assert_no_error (error);
  defaults = sks_policy_create_score_sheet (policy);
  f->sheet = sks_store_ensure_score_sheet (f->store, sks_round_get_id (f->round), defaults,
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (f->sheet), ==, 4);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sheet);
  g_clear_object (&f->panel);
  g_clear_object (&f->round);
  g_clear_object (&f->recommender);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
test_panels (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanel) again = sks_store_get_panel (f->store, sks_round_get_id (f->round),
                                                   SKS_PANEL_LEVEL_CITY, 0, FALSE, &error);
  g_autoptr(SksPanel) district = NULL;
  g_autoptr(SksPanel) missing = NULL;
  g_autoptr(GListModel) panels = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sks_panel_get_id (again), ==, sks_panel_get_id (f->panel));
  missing = sks_store_get_panel (f->store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_DISTRICT,
                                 sks_recommender_get_id (f->recommender), FALSE, &error);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);
  district = sks_store_get_panel (f->store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_DISTRICT,
                                  sks_recommender_get_id (f->recommender), TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sks_panel_get_recommender_name (district), ==, "吴兴区");
  panels = sks_store_list_panels (f->store, sks_round_get_id (f->round), &error);
  g_assert_cmpuint (g_list_model_get_n_items (panels), ==, 2);
}

static void
test_members_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanelMember) a = add_member (f, "钱评审", "浙江工业大学");
  g_autoptr(SksPanelMember) b = sks_panel_member_new ();
  g_autoptr(SksPanelMember) dup = sks_panel_member_new ();
  g_autoptr(GListModel) members = NULL;
  g_autoptr(SksPanelMember) read = NULL;

  sks_panel_member_set_panel_id (b, sks_panel_get_id (f->panel));
  g_object_set (b, "name", "孙组长", "work-unit", "湖州职业技术学院", "title", "正高级工程师",
                "role", SKS_PANEL_ROLE_CHAIR, NULL);
  g_assert_true (sks_store_add_panel_member (f->store, b, &error));
  g_assert_no_error (error);

  members = sks_store_list_panel_members (f->store, sks_panel_get_id (f->panel), &error);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  read = g_list_model_get_item (members, 1);
  g_assert_cmpint (sks_panel_member_get_id (read), ==, sks_panel_member_get_id (b));
  g_assert_true (sks_field_table_equal (sks_panel_member_get_field_table (), G_OBJECT (read),
                                        G_OBJECT (b)));
  g_assert_cmpint (sks_panel_member_get_role (read), ==, SKS_PANEL_ROLE_CHAIR);
  g_assert_cmpstr (sks_panel_member_get_work_unit (read), ==, "湖州职业技术学院");

  /* Edited and saved. */
  sks_panel_member_set_title (read, "教授");
  g_assert_true (sks_store_save_panel_member (f->store, read, &error));
  g_clear_object (&read);
  read = sks_store_find_panel_member (f->store, sks_panel_get_id (f->panel), "孙组长", &error);
  g_assert_cmpstr (sks_panel_member_get_title (read), ==, "教授");

  /* The same name twice on a panel, and no name at all, are refused. */
  sks_panel_member_set_panel_id (dup, sks_panel_get_id (f->panel));
  sks_panel_member_set_name (dup, "钱评审");
  g_assert_false (sks_store_add_panel_member (f->store, dup, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  sks_panel_member_set_name (dup, "");
  g_assert_false (sks_store_add_panel_member (f->store, dup, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A member with scores stays; one without goes. */
  score_all (f, a, f->ids[0], P (80));
  g_assert_false (sks_store_remove_panel_member (f->store, sks_panel_member_get_id (a), &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (sks_store_remove_panel_member (f->store, sks_panel_member_get_id (b), &error));
  g_assert_no_error (error);
}

static void
test_sheet_fixed_after_first_score (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanelMember) a = add_member (f, "钱评审", NULL);
  g_autoptr(GPtrArray) edited = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) read = NULL;
  g_autoptr(SksScoreCriterion) first = NULL;

  /* Every field of the profile's sheet came through. */
  first = g_list_model_get_item (f->sheet, 0);
  g_assert_cmpstr (sks_score_criterion_get_key (first), ==, "master_team");
  g_assert_cmpstr (sks_score_criterion_get_title (first), ==, "有技能大师和技能人才团队");
  g_assert_cmpint (sks_score_criterion_get_max_points (first), ==, P (30));
  g_assert_nonnull (strstr (sks_score_criterion_get_guidance (first), "技艺精湛"));

  /* Editable before the first score; its maxima must add up to 100. */
  g_ptr_array_add (edited, sks_score_criterion_new ("a", "有技术项目", P (60), "看项目"));
  g_ptr_array_add (edited, sks_score_criterion_new ("b", "有培养功能", P (30), "看带徒"));
  g_assert_false (sks_store_set_score_sheet (f->store, sks_round_get_id (f->round), edited,
                                             &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "90"));
  g_assert_nonnull (strstr (error->message, "100"));
  g_clear_error (&error);
  g_ptr_array_remove_index (edited, 1);
  g_ptr_array_add (edited, sks_score_criterion_new ("b", "有培养功能", P (40), "看带徒"));
  g_assert_true (sks_store_set_score_sheet (f->store, sks_round_get_id (f->round), edited,
                                            &error));
  g_assert_no_error (error);
  read = sks_store_list_score_criteria (f->store, sks_round_get_id (f->round), &error);
  g_assert_cmpuint (g_list_model_get_n_items (read), ==, 2);
  g_clear_object (&f->sheet);
  f->sheet = g_object_ref (read);

  g_assert_true (sks_store_set_score (f->store, sks_panel_member_get_id (a), f->ids[0],
                                      criterion_id (f, 0), P (50), NULL, &error));
  g_assert_no_error (error);

  /* Then fixed: refused, and the sheet is as it was. */
  g_ptr_array_set_size (edited, 1);
  g_assert_false (sks_store_set_score_sheet (f->store, sks_round_get_id (f->round), edited,
                                             &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_clear_object (&read);
  read = sks_store_list_score_criteria (f->store, sks_round_get_id (f->round), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (read), ==, 2);
}

static void
test_score_checks (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanelMember) a = add_member (f, "钱评审", NULL);
  gint64 member = sks_panel_member_get_id (a);

  /* 30 points at most for the first criterion. */
  g_assert_false (sks_store_set_score (f->store, member, f->ids[0], criterion_id (f, 0),
                                       P (30.5), NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "有技能大师和技能人才团队"));
  g_clear_error (&error);
  /* A draft is not a candidate. */
  g_assert_false (sks_store_set_score (f->store, member, f->draft_id, criterion_id (f, 0),
                                       P (10), NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_scores (f), ==, 0);
  g_assert_true (sks_store_set_score (f->store, member, f->ids[0], criterion_id (f, 0),
                                      P (29.75), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_scores (f), ==, 1);
}

static void
test_submitted_change (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanelMember) a = add_member (f, "钱评审", NULL);
  g_autoptr(SksPanelMember) read = NULL;
  g_autoptr(GArray) scores = NULL;
  gint64 member = sks_panel_member_get_id (a);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  score_all (f, a, f->ids[0], P (80));
  g_assert_true (sks_store_submit_sheet (f->store, member, &error));
  g_assert_no_error (error);
  read = sks_store_find_panel_member (f->store, sks_panel_get_id (f->panel), "钱评审", &error);
  g_assert_true (sks_panel_member_is_submitted (read));
  g_assert_cmpstr (sks_panel_member_get_submitted_by (read), ==, "周文员");

  /* Without a reason: refused, unchanged. */
  g_assert_false (sks_store_set_score (f->store, member, f->ids[0], criterion_id (f, 0), P (10),
                                       "  ", &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  scores = sks_store_list_scores (f->store, member, &error);
  g_assert_cmpint (g_array_index (scores, SksScoreEntry, 0).points, ==, P (24));

  /* With one: changed, the old score kept with who, when and why. */
  sks_store_set_user (f->store, "吴科长");
  g_assert_true (sks_store_set_score (f->store, member, f->ids[0], criterion_id (f, 0), P (20),
                                      "录入错误，按纸质评分表更正", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT member_id, studio_id, criterion_id,"
                                           " old_points, new_points, time, who, reason"
                                           " FROM score_history", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, member);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, f->ids[0]);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, criterion_id (f, 0));
  g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, P (24));
  g_assert_cmpint (sqlite3_column_int64 (stmt, 4), ==, P (20));
  g_assert_nonnull (sqlite3_column_text (stmt, 5));
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "吴科长");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 7), ==, "录入错误，按纸质评分表更正");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Submitting twice is refused. */
  g_assert_false (sks_store_submit_sheet (f->store, member, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
}

/* The history API: every change of a submitted score with who, when, why,
 * old and new, reviewer, candidate and criterion; narrowed by candidate
 * and by reviewer. */
static void
test_score_history (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanelMember) a = add_member (f, "钱评审", NULL);
  g_autoptr(SksPanelMember) b = add_member (f, "孙评审", NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) by_studio = NULL;
  g_autoptr(GPtrArray) by_member = NULL;
  g_autoptr(GPtrArray) before = NULL;
  gint64 round = sks_round_get_id (f->round);
  const SksScoreChange *c;

  score_all (f, a, f->ids[0], P (80));
  score_all (f, b, f->ids[1], P (60));
  /* Not submitted yet: a change leaves no history. */
  g_assert_true (sks_store_set_score (f->store, sks_panel_member_get_id (a), f->ids[0],
                                      criterion_id (f, 1), P (19), NULL, &error));
  before = sks_store_list_score_history (f->store, round, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 0);

  g_assert_true (sks_store_submit_sheet (f->store, sks_panel_member_get_id (a), &error));
  g_assert_true (sks_store_submit_sheet (f->store, sks_panel_member_get_id (b), &error));
  sks_store_set_user (f->store, "吴科长");
  g_assert_true (sks_store_set_score (f->store, sks_panel_member_get_id (a), f->ids[0],
                                      criterion_id (f, 0), P (20), "按纸质评分表更正", &error));
  g_assert_true (sks_store_set_score (f->store, sks_panel_member_get_id (b), f->ids[1],
                                      criterion_id (f, 3), -1, "误录，该项未评", &error));
  g_assert_no_error (error);

  all = sks_store_list_score_history (f->store, round, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);
  c = all->pdata[0];
  g_assert_cmpint (c->member_id, ==, sks_panel_member_get_id (a));
  g_assert_cmpstr (c->reviewer, ==, "钱评审");
  g_assert_cmpint (c->studio_id, ==, f->ids[0]);
  g_assert_nonnull (c->studio);
  g_assert_cmpint (c->criterion_id, ==, criterion_id (f, 0));
  g_assert_cmpstr (c->criterion_key, ==, "master_team");
  g_assert_nonnull (c->criterion);
  g_assert_cmpint (c->old_points, ==, P (24));
  g_assert_cmpint (c->new_points, ==, P (20));
  g_assert_cmpstr (c->who, ==, "吴科长");
  g_assert_cmpstr (c->reason, ==, "按纸质评分表更正");
  g_assert_nonnull (c->time);
  c = all->pdata[1];
  g_assert_cmpstr (c->reviewer, ==, "孙评审");
  g_assert_cmpint (c->old_points, ==, P (12));
  g_assert_cmpint (c->new_points, ==, SKS_SCORE_BLANK);

  by_studio = sks_store_list_score_history (f->store, round, f->ids[1], 0, &error);
  g_assert_cmpuint (by_studio->len, ==, 1);
  g_assert_cmpstr (((SksScoreChange *) by_studio->pdata[0])->reviewer, ==, "孙评审");
  by_member = sks_store_list_score_history (f->store, round, 0, sks_panel_member_get_id (a),
                                            &error);
  g_assert_cmpuint (by_member->len, ==, 1);
  g_assert_cmpint (((SksScoreChange *) by_member->pdata[0])->studio_id, ==, f->ids[0]);
  g_assert_no_error (error);
}

static SksScoreResult *
result_for (GListModel *results,
            gint64      studio_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SksScoreResult) r = g_list_model_get_item (results, i);
      if (sks_score_result_get_studio_id (r) == studio_id)
        return g_steal_pointer (&r);
    }
  g_assert_not_reached ();
}

static void
test_conflicts_excluded (Fixture       *f,
                         gconstpointer  data)
{
  const SksScoreThresholds thresholds = { P (20), P (8) };
  const char *names[] = { "甲专家", "乙专家", "丙专家", "丁专家", "戊专家", "己专家" };
  const gint64 totals[] = { 80, 81, 82, 83, 84, 100 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(SksScoreResult) r = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  const SksAggregate *a;

  /* 己专家 works at the first candidate's applying unit (spaces aside). */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (members, add_member (f, names[i], i == 5 ? " 湖州丝绸集团有限公司 " : "某大学"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    score_all (f, members->pdata[i], f->ids[0], P (totals[i]));
  /* 戊专家 declares one for the second candidate. */
  score_all (f, members->pdata[4], f->ids[1], P (90));
  score_all (f, members->pdata[0], f->ids[1], P (70));
  g_assert_true (sks_store_declare_conflict (f->store, sks_panel_member_get_id (members->pdata[4]),
                                             f->ids[1], "曾为该工作室领办人授课", &error));
  g_assert_no_error (error);

  results = sks_store_list_score_results (f->store, f->panel, SKS_SCORE_METHOD_TRIMMED_MEAN,
                                          &thresholds, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, N_STUDIOS);
  r = result_for (results, f->ids[0]);
  a = sks_score_result_get_aggregate (r);
  g_assert_cmpuint (a->count, ==, 5);
  g_assert_true (a->trimmed);
  g_assert_cmpint (a->score, ==, P (82));
  g_assert_false (a->disagreement);
  g_assert_cmpint (sks_score_result_get_reviewer (r, 5)->state, ==, SKS_REVIEWER_SCORE_CONFLICT);
  g_assert_cmpint (sks_score_result_get_reviewer (r, 5)->total, ==, P (100));
  g_assert_nonnull (strstr (sks_score_result_get_reviewer (r, 5)->reason, "湖州丝绸集团有限公司"));
  g_clear_object (&r);

  r = result_for (results, f->ids[1]);
  a = sks_score_result_get_aggregate (r);
  g_assert_cmpuint (a->count, ==, 1);
  g_assert_cmpint (a->score, ==, P (70));
  g_assert_cmpint (sks_score_result_get_reviewer (r, 4)->state, ==, SKS_REVIEWER_SCORE_CONFLICT);
  g_assert_nonnull (strstr (sks_score_result_get_reviewer (r, 4)->reason, "曾为该工作室领办人授课"));
  g_assert_cmpint (sks_score_result_get_reviewer (r, 1)->state, ==, SKS_REVIEWER_SCORE_NONE);

  conflicts = sks_store_list_conflicts (f->store, sks_panel_get_id (f->panel), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 2);

  /* Cleared: the declared one counts again. */
  g_assert_true (sks_store_clear_conflict (f->store, sks_panel_member_get_id (members->pdata[4]),
                                           f->ids[1], &error));
  g_clear_object (&results);
  g_clear_object (&r);
  results = sks_store_list_score_results (f->store, f->panel, SKS_SCORE_METHOD_MEAN, &thresholds,
                                          &error);
  r = result_for (results, f->ids[1]);
  g_assert_cmpuint (sks_score_result_get_aggregate (r)->count, ==, 2);
  g_assert_true (sks_score_result_get_aggregate (r)->disagreement);
}

static void
test_method (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 round = sks_round_get_id (f->round);

  g_assert_cmpint (sks_store_get_score_method (f->store, round, SKS_SCORE_METHOD_TRIMMED_MEAN,
                                               &error), ==, SKS_SCORE_METHOD_TRIMMED_MEAN);
  g_assert_true (sks_store_set_score_method (f->store, round, SKS_SCORE_METHOD_MEDIAN, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_get_score_method (f->store, round, SKS_SCORE_METHOD_MEAN, &error),
                   ==, SKS_SCORE_METHOD_MEDIAN);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-panel/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("panels", test_panels);
  ADD ("members/round-trip", test_members_round_trip);
  ADD ("sheet/fixed-after-first-score", test_sheet_fixed_after_first_score);
  ADD ("scores/checked", test_score_checks);
  ADD ("scores/submitted-change-needs-reason", test_submitted_change);
  ADD ("scores/history", test_score_history);
  ADD ("conflicts/excluded", test_conflicts_excluded);
  ADD ("method", test_method);
#undef ADD
  return g_test_run ();
}
