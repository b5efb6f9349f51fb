/* test-store.c — saving and loading applications
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "sks-store.h"
#include "sks-problem.h"
#include "sks-test-util.h"

typedef struct {
  char     *dir;
  char     *path;
  SksStore *store;
  SksRound *round;
  SksRecommender *recommender;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  f->round = sks_round_new ("huzhou-2025", "湖州市", 2025);
  g_object_set (f->round, "reference-date", "2025-02-28", "deadline", "2025-03-17",
                "document-number", "湖人社发〔2025〕1号", NULL);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  g_assert_no_error (error);

  f->recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  sks_recommender_set_round_id (f->recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  g_clear_object (&f->recommender);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SksStudio *
make_studio (Fixture *f,
             guint    seed)
{
  SksStudio *studio = sks_test_make_full_studio (seed, 4);

  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (f->recommender));
  return studio;
}

static void
assert_attachment_data (SksStore  *store,
                        SksStudio *original,
                        SksStudio *loaded)
{
  GListModel *a = sks_studio_get_attachments (original);
  GListModel *b = sks_studio_get_attachments (loaded);

  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(SksAttachment) x = g_list_model_get_item (a, i);
      g_autoptr(SksAttachment) y = g_list_model_get_item (b, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) data = sks_store_load_attachment_data (store, sks_attachment_get_id (y),
                                                               &error);

      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (data, sks_attachment_get_data (x)));
      g_assert_cmpint (sks_attachment_get_size (y), ==, g_bytes_get_size (data));
      g_assert_cmpstr (sks_attachment_get_sha256 (y), ==, sks_attachment_get_sha256 (x));
      g_assert_cmpint (sks_attachment_get_size (y), ==, sks_attachment_get_size (x));
    }
}

static void
test_round_trip_every_field (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SksStudio) studio = make_studio (f, 7);
  g_autoptr(SksStudio) loaded = NULL;
  g_autoptr(GPtrArray) problems = sks_studio_validate (studio, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksHistoryEntry) entry = NULL;
  const char *profile;

  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_studio_get_id (studio), >, 0);

  loaded = sks_store_load_studio (f->store, sks_studio_get_id (studio), &error);
  g_assert_no_error (error);
  g_assert_true (sks_studio_equal (studio, loaded));
  g_assert_cmpstr (sks_studio_get_uuid (loaded), ==, sks_studio_get_uuid (studio));
  g_assert_cmpint (sks_studio_get_round_id (loaded), ==, sks_round_get_id (f->round));
  g_assert_cmpint (sks_studio_get_recommender_id (loaded), ==,
                   sks_recommender_get_id (f->recommender));
  g_assert_nonnull (sks_studio_get_created (loaded));

  /* The 10,000-character profile with emoji, quotes and control characters. */
  g_object_get (sks_studio_get_master (loaded), "profile", &profile, NULL);
  g_assert_cmpuint (g_utf8_strlen (profile, -1), ==, 10000);
  g_assert_nonnull (strchr (profile, '\x01'));
  g_assert_nonnull (strstr (profile, "😀"));
  g_free ((char *) profile);

  assert_attachment_data (f->store, studio, loaded);

  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_history (loaded)), ==, 1);
  entry = g_list_model_get_item (sks_studio_get_history (loaded), 0);
  g_assert_cmpstr (sks_history_entry_get_action (entry), ==, "created");
}

/* Each text field, one at a time, holds the tricky values. */
static void
test_round_trip_tricky_values (Fixture       *f,
                               gconstpointer  data)
{
  const char *values[] = {
    "😀🛠️👩‍🔧", "\"'“”‘’`", "a\tb\nc\rd\x01\x1f", "Robert'); DROP TABLE studios;--",
    "湖州市吴兴区", " leading and trailing ", "%_\\", NULL,
  };
  g_autofree char *long_text = sks_test_make_text (10000, TRUE, 3);
  const SksFieldTable *tables[] = { sks_studio_get_field_table (), sks_unit_get_field_table (),
                                    sks_master_get_field_table () };

  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      const char *value = values[v] ? values[v] : long_text;
      g_autoptr(SksStudio) studio = make_studio (f, 100 + v);
      g_autoptr(SksStudio) loaded = NULL;
      g_autoptr(GError) error = NULL;
      GObject *parts[] = { G_OBJECT (studio), G_OBJECT (sks_studio_get_unit (studio)),
                           G_OBJECT (sks_studio_get_master (studio)) };

      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        for (guint i = 0; i < tables[t]->n_fields; i++)
          if (tables[t]->fields[i].kind == SKS_FIELD_TEXT)
            g_object_set (parts[t], tables[t]->fields[i].name, value, NULL);

      g_assert_true (sks_store_save_studio (f->store, studio, &error));
      g_assert_no_error (error);
      loaded = sks_store_load_studio (f->store, sks_studio_get_id (studio), &error);
      g_assert_no_error (error);
      g_assert_true (sks_studio_equal (studio, loaded));
      g_assert_cmpstr (sks_studio_get_name (loaded), ==, value);
    }
}

static gint64
count_rows (SksStore   *store,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (sks_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_update_and_history (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SksStudio) studio = make_studio (f, 11);
  g_autoptr(SksStudio) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksTeamMember) extra = sks_team_member_new ();
  guint n_history;

  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);

  /* Saving an unchanged application writes nothing. */
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM history"), ==, 1);

  g_object_set (sks_studio_get_master (studio), "mobile", "13700001111", NULL);
  g_object_set (extra, "name", "新成员", "gender", SKS_GENDER_FEMALE, "birth", "1995-07", NULL);
  sks_studio_add_team_member (studio, extra);
  sks_studio_remove_attachment (studio, 0);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);

  loaded = sks_store_load_studio (f->store, sks_studio_get_id (studio), &error);
  g_assert_no_error (error);
  g_assert_true (sks_studio_equal (studio, loaded));
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (loaded)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_attachments (loaded)), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM attachments"), ==, 1);

  /* One entry per changed field: the mobile, the team and the attachments. */
  n_history = g_list_model_get_n_items (sks_studio_get_history (loaded));
  g_assert_cmpuint (n_history, ==, 4);
  {
    g_autoptr(SksHistoryEntry) mobile =
      g_list_model_get_item (sks_studio_get_history (loaded), 1);
    g_autoptr(SksHistoryEntry) team =
      g_list_model_get_item (sks_studio_get_history (loaded), 2);
    g_autoptr(SksHistoryEntry) attachments =
      g_list_model_get_item (sks_studio_get_history (loaded), 3);

    g_assert_cmpstr (sks_history_entry_get_action (mobile), ==, "updated");
    g_assert_cmpstr (sks_history_entry_get_field (mobile), ==, "master.mobile");
    /* Personal values masked as lists show them, never in full. */
    g_assert_cmpstr (sks_history_entry_get_new_value (mobile), ==, "137****1111");
    g_assert_null (strstr (sks_history_entry_get_new_value (mobile), "13700001111"));
    g_assert_cmpstr (sks_history_entry_get_field (team), ==, "team");
    g_assert_nonnull (strstr (sks_history_entry_get_detail (team), "新成员"));
    g_assert_nonnull (strstr (sks_history_entry_get_new_value (team), "新成员"));
    g_assert_null (strstr (sks_history_entry_get_old_value (team), "新成员"));
    g_assert_cmpstr (sks_history_entry_get_field (attachments), ==, "attachments");
  }
  g_assert_cmpint (count_rows (f->store,
                               "SELECT count(*) FROM history WHERE old_value LIKE '%13700001111%'"
                               " OR new_value LIKE '%13700001111%'"), ==, 0);

  sks_studio_set_status (studio, SKS_STATUS_RECOMMENDED);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SksStudio) again = sks_store_load_studio (f->store, sks_studio_get_id (studio),
                                                        &error);
    g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (sks_studio_get_history (again), 4);

    g_assert_cmpint (sks_studio_get_status (again), ==, SKS_STATUS_RECOMMENDED);
    g_assert_cmpstr (sks_history_entry_get_action (entry), ==, "status");
    g_assert_cmpstr (sks_history_entry_get_field (entry), ==, "status");
    g_assert_cmpstr (sks_history_entry_get_old_value (entry), ==, "submitted");
    g_assert_cmpstr (sks_history_entry_get_new_value (entry), ==, "recommended");
  }
}

static void
test_delete_cascades (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SksStudio) keep = make_studio (f, 21);
  g_autoptr(SksStudio) gone = make_studio (f, 22);
  g_autoptr(GError) error = NULL;

  sks_studio_set_status (gone, SKS_STATUS_DRAFT);
  g_assert_true (sks_store_save_studio (f->store, keep, &error));
  g_assert_true (sks_store_save_studio (f->store, gone, &error));
  g_assert_no_error (error);

  /* Deleting moves to the trash; emptying the trash removes every part. */
  g_assert_true (sks_store_delete_studio (f->store, sks_studio_get_id (gone), &error));
  g_assert_no_error (error);
  g_assert_false (sks_store_delete_studio (f->store, sks_studio_get_id (gone), &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (sks_store_purge_deleted (f->store, 0, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM team_members"), ==, 4);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM attachments"), ==, 2);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM history"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM search"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM masters"), ==, 1);
}

static void
save_named (Fixture    *f,
            guint       seed,
            const char *studio_name,
            const char *master_name)
{
  g_autoptr(SksStudio) studio = make_studio (f, seed);
  g_autoptr(GError) error = NULL;

  g_object_set (studio, "name", studio_name, "achievements", "业绩", "introduction", "简介", NULL);
  g_object_set (sks_studio_get_master (studio), "name", master_name, NULL);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
}

static guint
search_count (Fixture    *f,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_search (f->store, text, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
test_search_chinese_substrings (Fixture       *f,
                                gconstpointer  data)
{
  save_named (f, 31, "王建国焊工技能大师工作室", "王建国");
  save_named (f, 32, "李娜茶艺师技能大师工作室", "李娜");
  save_named (f, 33, "周强100%电工工作室", "周强");

  /* One and two characters: the trigram index cannot, the fallback must. */
  g_assert_cmpuint (search_count (f, "王"), ==, 1);
  g_assert_cmpuint (search_count (f, "李娜"), ==, 1);
  g_assert_cmpuint (search_count (f, "焊工"), ==, 1);
  /* Three and more: the trigram index. */
  g_assert_cmpuint (search_count (f, "王建国"), ==, 1);
  g_assert_cmpuint (search_count (f, "技能大师工作室"), ==, 2);
  g_assert_cmpuint (search_count (f, "工作室"), ==, 3);
  /* Unit and recommending unit are searchable too. */
  g_assert_cmpuint (search_count (f, "吴兴区"), ==, 3);
  g_assert_cmpuint (search_count (f, "精工"), ==, 3);
  /* Literal matching: LIKE and FTS syntax characters are plain text. */
  g_assert_cmpuint (search_count (f, "%"), ==, 1);
  g_assert_cmpuint (search_count (f, "0%电"), ==, 1);
  g_assert_cmpuint (search_count (f, "\"OR\""), ==, 0);
  g_assert_cmpuint (search_count (f, "不存在的名字"), ==, 0);
  /* Personal data is not searchable. */
  g_assert_cmpuint (search_count (f, "13905721234"), ==, 0);
  g_assert_cmpuint (search_count (f, "19780517"), ==, 0);
  /* Empty query lists everything. */
  g_assert_cmpuint (search_count (f, "  "), ==, 3);
}

static void
test_rows_and_counts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GListModel) page = NULL;
  g_autoptr(SksStudioRow) row = NULL;

  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("工作室%u", i);
      save_named (f, 40 + i, name, "赵六");
    }

  rows = sks_store_list_studio_rows (f->store, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 7);
  row = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (sks_studio_row_get_name (row), ==, "工作室0");
  g_assert_cmpstr (sks_studio_row_get_master_name (row), ==, "赵六");
  g_assert_cmpstr (sks_studio_row_get_recommender_name (row), ==, "吴兴区");
  g_assert_cmpstr (sks_studio_row_get_skill_level (row), ==, "高级技师");
  g_assert_cmpint (sks_studio_row_get_status (row), ==, SKS_STATUS_SUBMITTED);
  g_assert_cmpint (sks_studio_row_get_gender (row), ==, SKS_GENDER_MALE);

  page = sks_store_list_studio_rows (f->store, sks_round_get_id (f->round), 5, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (page), ==, 2);
  g_assert_cmpint (sks_store_count_studios (f->store, sks_round_get_id (f->round), NULL), ==, 7);
  g_assert_cmpint (sks_store_count_studios (f->store, 999, NULL), ==, 0);
}

static void
test_rounds_and_recommenders (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) found = sks_store_find_round (f->store, "huzhou-2025", &error);
  g_autoptr(SksRecommender) other = sks_recommender_new ("南太湖新区", SKS_RECOMMENDER_ZONE, 6);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(SksRecommender) by_name = NULL;
  g_autoptr(SksRound) duplicate = sks_round_new ("huzhou-2025", "湖州市", 2025);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_true (sks_field_table_equal (sks_round_get_field_table (), G_OBJECT (found),
                                        G_OBJECT (f->round)));
  g_assert_null (sks_store_find_round (f->store, "nowhere-1999", &error));
  g_assert_no_error (error);

  sks_recommender_set_round_id (other, sks_round_get_id (f->round));
  g_object_set (other, "sort-order", (gint64) 6, NULL);
  g_assert_true (sks_store_save_recommender (f->store, other, &error));
  g_assert_no_error (error);
  list = sks_store_list_recommenders (f->store, sks_round_get_id (f->round), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  by_name = sks_store_find_recommender (f->store, sks_round_get_id (f->round), "南太湖新区",
                                        &error);
  g_assert_nonnull (by_name);
  g_assert_cmpint (sks_recommender_get_quota (by_name), ==, 6);

  /* Changing a round or a unit keeps what refers to it. */
  {
    g_autoptr(SksStudio) studio = make_studio (f, 70);
    g_autoptr(GListModel) after = NULL;

    g_assert_true (sks_store_save_studio (f->store, studio, &error));
    g_object_set (f->round, "title", "2025年湖州市技能大师工作室申报", NULL);
    g_assert_true (sks_store_save_round (f->store, f->round, &error));
    g_assert_no_error (error);
    g_object_set (f->recommender, "quota", (gint64) 13, NULL);
    g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
    g_assert_no_error (error);
    g_assert_cmpint (sks_store_count_studios (f->store, sks_round_get_id (f->round), NULL), ==, 1);
    after = sks_store_list_recommenders (f->store, sks_round_get_id (f->round), &error);
    g_assert_cmpuint (g_list_model_get_n_items (after), ==, 2);
  }

  /* Round keys are unique. */
  g_assert_false (sks_store_save_round (f->store, duplicate, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (sks_round_get_id (duplicate), ==, 0);
}

static void
test_import_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) existing = make_studio (f, 50);
  SksStudio *clash;

  g_assert_true (sks_store_save_studio (f->store, existing, &error));
  for (guint i = 0; i < 20; i++)
    g_ptr_array_add (batch, make_studio (f, 60 + i));
  clash = make_studio (f, 99);
  sks_studio_set_uuid (clash, sks_studio_get_uuid (existing));
  g_ptr_array_add (batch, clash);

  g_assert_false (sks_store_import_studios (f->store, batch, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 1);
  for (guint i = 0; i < batch->len; i++)
    g_assert_cmpint (sks_studio_get_id (g_ptr_array_index (batch, i)), ==, 0);

  g_ptr_array_remove_index (batch, batch->len - 1);
  {
    /* The sender's history travels with the application. */
    g_autoptr(SksHistoryEntry) past = sks_history_entry_new ("2025-03-01T08:00:00Z", "created",
                                                             NULL);
    sks_studio_add_history_entry (g_ptr_array_index (batch, 4), past);
  }
  g_assert_true (sks_store_import_studios (f->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 21);
  {
    g_autoptr(SksStudio) loaded =
      sks_store_load_studio (f->store, sks_studio_get_id (g_ptr_array_index (batch, 3)), &error);
    g_autoptr(SksHistoryEntry) entry = NULL;

    g_assert_no_error (error);
    g_assert_true (sks_studio_equal (loaded, g_ptr_array_index (batch, 3)));
    entry = g_list_model_get_item (sks_studio_get_history (loaded), 0);
    g_assert_cmpstr (sks_history_entry_get_action (entry), ==, "imported");
  }
  {
    g_autoptr(SksStudio) loaded =
      sks_store_load_studio (f->store, sks_studio_get_id (g_ptr_array_index (batch, 4)), &error);
    g_autoptr(SksHistoryEntry) first = g_list_model_get_item (sks_studio_get_history (loaded), 0);
    g_autoptr(SksHistoryEntry) second = g_list_model_get_item (sks_studio_get_history (loaded), 1);

    g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_history (loaded)), ==, 2);
    g_assert_cmpstr (sks_history_entry_get_time (first), ==, "2025-03-01T08:00:00Z");
    g_assert_cmpstr (sks_history_entry_get_action (second), ==, "imported");
  }
  /* Imported applications are found by search like saved ones. */
  g_assert_cmpuint (search_count (f, "精工"), ==, 21);
}

static void
assert_columns (sqlite3             *db,
                const char          *table_name,
                const SksFieldTable *table)
{
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", table_name);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < table->n_fields; i++)
    {
      if (!g_hash_table_contains (columns, table->fields[i].column))
        g_error ("Table %s lacks column %s: add a migration", table_name,
                 table->fields[i].column);
    }
}

/* Every field of every model type has its column: a new field needs a
 * migration, and this test says so. */
static void
test_schema_covers_field_tables (Fixture       *f,
                                 gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sks_store_get_schema_version (f->store), ==, SKS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  assert_columns (db, "rounds", sks_round_get_field_table ());
  assert_columns (db, "recommenders", sks_recommender_get_field_table ());
  assert_columns (db, "studios", sks_studio_get_field_table ());
  assert_columns (db, "units", sks_unit_get_field_table ());
  assert_columns (db, "masters", sks_master_get_field_table ());
  assert_columns (db, "team_members", sks_team_member_get_field_table ());
  assert_columns (db, "attachments", sks_attachment_get_field_table ());
  assert_columns (db, "history", sks_history_entry_get_field_table ());
  assert_columns (db, "evaluations", sks_evaluation_get_field_table ());
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/round-trip/every-field", test_round_trip_every_field);
  ADD ("/store/round-trip/tricky-values", test_round_trip_tricky_values);
  ADD ("/store/update-and-history", test_update_and_history);
  ADD ("/store/delete-cascades", test_delete_cascades);
  ADD ("/store/search/chinese-substrings", test_search_chinese_substrings);
  ADD ("/store/rows-and-counts", test_rows_and_counts);
  ADD ("/store/rounds-and-recommenders", test_rounds_and_recommenders);
  ADD ("/store/import/all-or-nothing", test_import_all_or_nothing);
  ADD ("/store/schema-covers-field-tables", test_schema_covers_field_tables);
#undef ADD

  return g_test_run ();
}
