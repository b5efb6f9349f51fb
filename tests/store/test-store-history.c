/* test-store-history.c — who changed what: per-field history with who, old
 * and new values (personal values masked), reasons, evaluation edits and
 * round events
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "sks-id-number.h"
#include "sks-store-private.h"
#include "sks-test-util.h"

typedef struct {
  char           *dir;
  SksStore       *store;
  SksRound       *round;
  SksRecommender *recommender;
  SksStudio      *studio;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "李明");

  f->round = sks_round_new ("huzhou-2025", "湖州市", 2025);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  f->recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  sks_recommender_set_round_id (f->recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
  g_assert_no_error (error);

  f->studio = sks_test_make_full_studio (5, 2);
  sks_studio_set_round_id (f->studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (f->studio, sks_recommender_get_id (f->recommender));
  g_assert_true (sks_store_save_studio (f->store, f->studio, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->studio);
  g_clear_object (&f->round);
  g_clear_object (&f->recommender);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SksHistoryEntry *
last_entry (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = sks_store_list_history (f->store,
                                                         sks_studio_get_id (f->studio), &error);
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (history);
  g_assert_cmpuint (n, >, 0);
  return g_list_model_get_item (history, n - 1);
}

/* How many history rows hold @text anywhere: personal values must not. */
static int
count_rows_holding (Fixture    *f,
                    const char *text)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_sks_store_get_db (f->store),
                                       "SELECT count(*) FROM history WHERE"
                                       " instr (coalesce (old_value, '') || coalesce (new_value, '')"
                                       " || coalesce (detail, '') || coalesce (field, ''), ?1) > 0",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
save (Fixture    *f,
      const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_store_save_studio_with_reason (f->store, f->studio, reason, &error));
  g_assert_no_error (error);
}

static void
test_who_default (Fixture       *f,
                  gconstpointer  data)
{
  const char *name;

  sks_store_set_user (f->store, NULL);
  name = sks_store_get_user (f->store);
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
  g_assert_cmpstr (name, !=, "Unknown");
  sks_store_set_user (f->store, "");
  g_assert_cmpstr (sks_store_get_user (f->store), ==, name);
}

static void
test_created_by (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SksHistoryEntry) entry = last_entry (f);

  g_assert_cmpstr (sks_history_entry_get_action (entry), ==, "created");
  g_assert_cmpstr (sks_history_entry_get_who (entry), ==, "李明");
}

static void
test_field_old_new (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *old_name = g_strdup (sks_studio_get_name (f->studio));
  g_autoptr(SksHistoryEntry) entry = NULL;

  sks_store_set_user (f->store, "王芳");
  g_object_set (f->studio, "name", "新名字技能大师工作室", NULL);
  save (f, NULL);
  entry = last_entry (f);
  g_assert_cmpstr (sks_history_entry_get_action (entry), ==, "updated");
  g_assert_cmpstr (sks_history_entry_get_field (entry), ==, "name");
  g_assert_cmpstr (sks_history_entry_get_old_value (entry), ==, old_name);
  g_assert_cmpstr (sks_history_entry_get_new_value (entry), ==, "新名字技能大师工作室");
  g_assert_cmpstr (sks_history_entry_get_who (entry), ==, "王芳");
  g_assert_null (sks_history_entry_get_reason (entry));
}

static void
test_mask_id_number (Fixture       *f,
                     gconstpointer  data)
{
  SksMaster *master = sks_studio_get_master (f->studio);
  g_autofree char *old_id = g_strdup (sks_master_get_id_number (master));
  g_autofree char *new_id = sks_test_make_id_number ("330502", 1980, 5, 6, 17);
  g_autofree char *old_masked = sks_id_number_mask (old_id);
  g_autofree char *new_masked = sks_id_number_mask (new_id);
  g_autoptr(SksHistoryEntry) entry = NULL;

  g_object_set (master, "id-number", new_id, NULL);
  save (f, NULL);
  entry = last_entry (f);
  g_assert_cmpstr (sks_history_entry_get_field (entry), ==, "master.id-number");
  g_assert_cmpstr (sks_history_entry_get_old_value (entry), ==, old_masked);
  g_assert_cmpstr (sks_history_entry_get_new_value (entry), ==, new_masked);
  g_assert_cmpint (count_rows_holding (f, old_id), ==, 0);
  g_assert_cmpint (count_rows_holding (f, new_id), ==, 0);
}

static void
test_mask_mobile (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  guint n;

  g_object_set (sks_studio_get_master (f->studio), "mobile", "13912345678", NULL);
  g_object_set (sks_studio_get_unit (f->studio), "mobile", "13887654321", NULL);
  save (f, NULL);
  history = sks_store_list_history (f->store, sks_studio_get_id (f->studio), &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (history);
  {
    g_autoptr(SksHistoryEntry) unit = g_list_model_get_item (history, n - 2);
    g_autoptr(SksHistoryEntry) master = g_list_model_get_item (history, n - 1);

    g_assert_cmpstr (sks_history_entry_get_field (unit), ==, "unit.mobile");
    g_assert_cmpstr (sks_history_entry_get_new_value (unit), ==, "138****4321");
    g_assert_cmpstr (sks_history_entry_get_field (master), ==, "master.mobile");
    g_assert_cmpstr (sks_history_entry_get_new_value (master), ==, "139****5678");
  }
  g_assert_cmpint (count_rows_holding (f, "13912345678"), ==, 0);
  g_assert_cmpint (count_rows_holding (f, "13887654321"), ==, 0);
}

static void
test_reason (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  guint n;

  g_object_set (f->studio, "name", "改名工作室", NULL);
  g_object_set (sks_studio_get_master (f->studio), "mobile", "13600001234", NULL);
  save (f, "区人社局来电更正");
  history = sks_store_list_history (f->store, sks_studio_get_id (f->studio), &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (history);
  for (guint i = n - 2; i < n; i++)
    {
      g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, i);
      g_assert_cmpstr (sks_history_entry_get_reason (entry), ==, "区人社局来电更正");
    }
}

static void
test_team_summary (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SksTeamMember) member = sks_team_member_new ();
  g_autoptr(SksHistoryEntry) entry = NULL;

  g_object_set (member, "name", "赵六", NULL);
  sks_studio_add_team_member (f->studio, member);
  save (f, NULL);
  entry = last_entry (f);
  g_assert_cmpstr (sks_history_entry_get_field (entry), ==, "team");
  g_assert_nonnull (strstr (sks_history_entry_get_detail (entry), "赵六"));
  g_assert_nonnull (strstr (sks_history_entry_get_new_value (entry), "赵六"));
}

static void
test_evaluation_edit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SksEvaluation) evaluation =
    sks_evaluation_new (sks_studio_get_id (f->studio), SKS_EVALUATION_KIND_ANNUAL, 2025);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksHistoryEntry) added = NULL;
  g_autoptr(SksHistoryEntry) changed = NULL;
  g_autoptr(SksHistoryEntry) deleted = NULL;

  sks_evaluation_set_score (evaluation, "1", SKS_SCORE_SELF, 500);
  g_assert_true (sks_store_save_evaluation (f->store, evaluation, &error));
  g_assert_no_error (error);
  added = last_entry (f);
  g_assert_cmpstr (sks_history_entry_get_action (added), ==, "evaluation");
  g_assert_cmpstr (sks_history_entry_get_who (added), ==, "李明");
  g_assert_cmpstr (sks_history_entry_get_new_value (added), ==, "2025 annual");

  sks_store_set_user (f->store, "评审专家");
  sks_evaluation_set_score (evaluation, "1", SKS_SCORE_SELF, 450);
  g_assert_true (sks_store_save_evaluation (f->store, evaluation, &error));
  g_assert_no_error (error);
  changed = last_entry (f);
  g_assert_cmpstr (sks_history_entry_get_action (changed), ==, "evaluation");
  g_assert_cmpstr (sks_history_entry_get_field (changed), ==, "1.self");
  g_assert_cmpstr (sks_history_entry_get_old_value (changed), ==, "5");
  g_assert_cmpstr (sks_history_entry_get_new_value (changed), ==, "4.50");
  g_assert_cmpstr (sks_history_entry_get_who (changed), ==, "评审专家");

  g_assert_true (sks_store_delete_evaluation (f->store, sks_evaluation_get_id (evaluation),
                                              &error));
  g_assert_no_error (error);
  deleted = last_entry (f);
  g_assert_cmpstr (sks_history_entry_get_action (deleted), ==, "evaluation");
  g_assert_cmpstr (sks_history_entry_get_old_value (deleted), ==, "2025 annual");
  g_assert_null (sks_history_entry_get_new_value (deleted));
}

static void
test_round_status_event (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(SksRoundEvent) event = NULL;

  sks_store_set_user (f->store, "市局审核员");
  sks_studio_set_status (f->studio, SKS_STATUS_RECOMMENDED);
  save (f, "区级推荐");
  events = sks_store_list_round_history (f->store, sks_round_get_id (f->round), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  event = g_list_model_get_item (events, 0);
  g_assert_cmpstr (sks_round_event_get_action (event), ==, "status");
  g_assert_cmpstr (sks_round_event_get_who (event), ==, "市局审核员");
  g_assert_cmpstr (sks_round_event_get_reason (event), ==, "区级推荐");
  g_assert_cmpstr (sks_round_event_get_studio_name (event), ==, sks_studio_get_name (f->studio));
  g_assert_cmpstr (sks_round_event_get_master_name (event), ==,
                   sks_master_get_name (sks_studio_get_master (f->studio)));
  g_assert_cmpint (sks_round_event_get_studio_id (event), ==, sks_studio_get_id (f->studio));
  g_assert_nonnull (strstr (sks_round_event_get_detail (event), "recommended"));
}

static void
test_round_import_event (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) all = NULL;
  SksStudio *studio = sks_test_make_full_studio (9, 1);

  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (f->recommender));
  g_ptr_array_add (studios, studio);
  sks_store_set_user (f->store, "导入员");
  g_assert_true (sks_store_import_studios (f->store, studios, &error));
  g_assert_no_error (error);

  events = sks_store_list_round_history (f->store, sks_round_get_id (f->round), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  {
    g_autoptr(SksRoundEvent) event = g_list_model_get_item (events, 0);
    g_assert_cmpstr (sks_round_event_get_action (event), ==, "imported");
    g_assert_cmpstr (sks_round_event_get_who (event), ==, "导入员");
    g_assert_cmpstr (sks_round_event_get_studio_name (event), ==, sks_studio_get_name (studio));
  }
  /* 0 lists every round; another round's id lists none of these. */
  all = sks_store_list_round_history (f->store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  g_clear_object (&events);
  events = sks_store_list_round_history (f->store, sks_round_get_id (f->round) + 99, &error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store-history/who/default", test_who_default);
  ADD ("/store-history/who/created-by", test_created_by);
  ADD ("/store-history/field/old-and-new", test_field_old_new);
  ADD ("/store-history/mask/id-number", test_mask_id_number);
  ADD ("/store-history/mask/mobile", test_mask_mobile);
  ADD ("/store-history/reason", test_reason);
  ADD ("/store-history/team/summary", test_team_summary);
  ADD ("/store-history/evaluation/edit", test_evaluation_edit);
  ADD ("/store-history/round/status", test_round_status_event);
  ADD ("/store-history/round/import", test_round_import_event);
#undef ADD

  return g_test_run ();
}
