/* test-store-trash.c — deleting to the trash (回收站), restoring, emptying
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "sks-deletion.h"
#include "sks-store.h"
#include "sks-test-util.h"

typedef struct {
  char           *dir;
  char           *path;
  SksStore       *store;
  SksRound       *round;
  SksRecommender *recommender;
  gint64          ids[3];   /* 张工作室 (draft), 李工作室 (draft), 王工作室 (submitted) */
} Fixture;

static gint64
add_studio (Fixture    *f,
            guint       seed,
            const char *name,
            const char *master,
            SksStatus   status)
{
  g_autoptr(SksStudio) studio = sks_test_make_full_studio (seed, 2);
  g_autoptr(GError) error = NULL;

  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (f->recommender));
  sks_studio_set_status (studio, status);
  g_object_set (studio, "name", name, NULL);
  g_object_set (sks_studio_get_master (studio), "name", master, NULL);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  return sks_studio_get_id (studio);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (f->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "周文员");

  f->round = sks_round_new ("huzhou-2025", "湖州市", 2025);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  g_assert_no_error (error);
  f->recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  sks_recommender_set_round_id (f->recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
  g_assert_no_error (error);

  f->ids[0] = add_studio (f, 31, "张氏木雕技能大师工作室", "张木匠", SKS_STATUS_DRAFT);
  f->ids[1] = add_studio (f, 32, "李氏湖笔技能大师工作室", "李笔工", SKS_STATUS_DRAFT);
  f->ids[2] = add_studio (f, 33, "王氏丝绸技能大师工作室", "王织娘", SKS_STATUS_SUBMITTED);
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

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
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

static gboolean
rows_contain (GListModel *rows,
              gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      if (sks_studio_row_get_id (row) == id)
        return TRUE;
    }
  return FALSE;
}

static const char *
last_history_action (Fixture *f,
                     gint64   id,
                     char   **who)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, id, &error);
  GListModel *history;
  g_autoptr(SksHistoryEntry) last = NULL;
  static char action[32];

  g_assert_no_error (error);
  history = sks_studio_get_history (studio);
  last = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
  g_strlcpy (action, sks_history_entry_get_action (last), sizeof action);
  *who = g_strdup (sks_history_entry_get_who (last));
  return action;
}

/* A deleted draft leaves every live list, count and search; the trash
 * shows it with when and who; its history keeps the deletion. */
static void
test_delete_hides (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GListModel) trash = NULL;
  g_autoptr(SksTrashEntry) entry = NULL;
  g_autofree char *who = NULL;
  gint64 round_id = sks_round_get_id (f->round);

  g_assert_cmpuint (search_count (f, "张木匠"), ==, 1);
  g_assert_cmpuint (search_count (f, "张"), ==, 1);
  g_assert_true (sks_store_delete_studio (f->store, f->ids[0], &error));
  g_assert_no_error (error);

  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 2);
  g_assert_cmpint (sks_store_count_studios (f->store, round_id, NULL), ==, 2);
  ids = sks_store_list_studio_ids (f->store, round_id, &error);
  g_assert_no_error (error);
  g_assert_false (ids_contain (ids, f->ids[0]));
  g_assert_true (ids_contain (ids, f->ids[1]));
  rows = sks_store_list_studio_rows (f->store, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_assert_false (rows_contain (rows, f->ids[0]));
  g_assert_cmpuint (search_count (f, "张木匠"), ==, 0);  /* trigram index */
  g_assert_cmpuint (search_count (f, "张"), ==, 0);      /* short: the plain table */
  g_assert_cmpuint (search_count (f, "李笔工"), ==, 1);

  trash = sks_store_list_deleted_rows (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (trash), ==, 1);
  entry = g_list_model_get_item (trash, 0);
  g_assert_cmpint (sks_trash_entry_get_id (entry), ==, f->ids[0]);
  g_assert_cmpstr (sks_trash_entry_get_name (entry), ==, "张氏木雕技能大师工作室");
  g_assert_cmpstr (sks_trash_entry_get_master_name (entry), ==, "张木匠");
  g_assert_cmpstr (sks_trash_entry_get_recommender_name (entry), ==, "吴兴区");
  g_assert_cmpstr (sks_trash_entry_get_deleted_by (entry), ==, "周文员");
  g_assert_nonnull (sks_trash_entry_get_deleted (entry));
  g_assert_true (g_str_has_prefix (sks_trash_entry_get_deleted (entry), "20"));

  /* Still whole: loadable, with the deletion in its history and the round's. */
  g_assert_cmpstr (last_history_action (f, f->ids[0], &who), ==, "deleted");
  g_assert_cmpstr (who, ==, "周文员");
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM round_history WHERE action ="
                               " 'deleted' AND studio_name = '张氏木雕技能大师工作室'"
                               " AND master_name = '张木匠' AND who = '周文员'"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM team_members"), ==, 6);
}

typedef struct {
  const char *path;
  SksStatus   status;
  gboolean    allowed;
} StatusCase;

static const StatusCase status_cases[] = {
  { "/store/trash/status/draft", SKS_STATUS_DRAFT, TRUE },
  { "/store/trash/status/withdrawn", SKS_STATUS_WITHDRAWN, TRUE },
  { "/store/trash/status/submitted", SKS_STATUS_SUBMITTED, FALSE },
  { "/store/trash/status/recommended", SKS_STATUS_RECOMMENDED, FALSE },
  { "/store/trash/status/under-review", SKS_STATUS_UNDER_REVIEW, FALSE },
  { "/store/trash/status/publicized", SKS_STATUS_PUBLICIZED, FALSE },
  { "/store/trash/status/approved", SKS_STATUS_APPROVED, FALSE },
  { "/store/trash/status/not-selected", SKS_STATUS_NOT_SELECTED, FALSE },
  { "/store/trash/status/renewed", SKS_STATUS_RENEWED, FALSE },
  { "/store/trash/status/revoked", SKS_STATUS_REVOKED, FALSE },
};

/* Only 填报中 and 已撤回 may go; any later status is refused, naming the
 * studio and its status, and nothing changes. */
static void
test_delete_by_status (Fixture       *f,
                       gconstpointer  data)
{
  const StatusCase *c = data;
  g_autoptr(GError) error = NULL;
  gint64 id = add_studio (f, 40, "赵氏竹编技能大师工作室", "赵竹匠", c->status);
  gboolean deleted = FALSE;

  g_assert_cmpint (sks_status_may_be_deleted (c->status), ==, c->allowed);
  g_assert_cmpint (sks_store_delete_studio (f->store, id, &error), ==, c->allowed);
  g_assert_true (sks_store_get_studio_state (f->store, id, NULL, &deleted, NULL));
  g_assert_cmpint (deleted, ==, c->allowed);
  if (c->allowed)
    {
      g_assert_no_error (error);
      return;
    }
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "赵氏竹编技能大师工作室"));
  g_assert_nonnull (strstr (error->message, sks_enum_get_label (SKS_TYPE_STATUS, c->status)));
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 4);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM round_history"
                                         " WHERE action = 'deleted'"), ==, 0);
}

/* Several at once: all of them, or none when one may not go. */
static void
test_delete_all_or_none (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trash = NULL;

  g_assert_false (sks_store_delete_studios (f->store, f->ids, 3, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 3);

  g_assert_true (sks_store_delete_studios (f->store, f->ids, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 1);
  trash = sks_store_list_deleted_rows (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (trash), ==, 2);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trash = NULL;
  g_autofree char *who = NULL;

  g_assert_true (sks_store_delete_studio (f->store, f->ids[1], &error));
  g_assert_no_error (error);
  g_assert_true (sks_store_restore_studio (f->store, f->ids[1], &error));
  g_assert_no_error (error);

  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 3);
  g_assert_cmpuint (search_count (f, "李笔工"), ==, 1);
  trash = sks_store_list_deleted_rows (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (trash), ==, 0);
  g_assert_cmpstr (last_history_action (f, f->ids[1], &who), ==, "restored");
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM studios WHERE deleted IS NOT NULL"
                                         " OR deleted_by IS NOT NULL"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM round_history"
                                         " WHERE action = 'restored'"), ==, 1);

  /* Not in the trash (any more): refused. */
  g_assert_false (sks_store_restore_studio (f->store, f->ids[1], &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
}

/* An application in the trash is not edited behind the user's back. */
static void
test_save_in_trash_refused (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, f->ids[0], &error);

  g_assert_no_error (error);
  g_assert_true (sks_store_delete_studio (f->store, f->ids[0], &error));
  g_assert_no_error (error);
  g_object_set (studio, "location", "湖州市吴兴区", NULL);
  g_assert_false (sks_store_save_studio (f->store, studio, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
}

/* Emptying one: only that one goes, with its parts; the round's history
 * keeps its name. */
static void
test_purge_one (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (sks_store_delete_studios (f->store, f->ids, 2, &error));
  g_assert_no_error (error);
  g_assert_true (sks_store_purge_deleted (f->store, f->ids[0], &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM studios"), ==, 2);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM team_members"), ==, 4);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM round_history WHERE action ="
                               " 'purged' AND studio_name = '张氏木雕技能大师工作室'"), ==, 1);

  /* A live one cannot be purged. */
  g_assert_false (sks_store_purge_deleted (f->store, f->ids[2], &n, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM studios"), ==, 2);
}

static void
test_purge_all (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trash = NULL;
  guint n = 0;

  g_assert_true (sks_store_delete_studios (f->store, f->ids, 2, &error));
  g_assert_no_error (error);
  g_assert_true (sks_store_purge_deleted (f->store, 0, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  trash = sks_store_list_deleted_rows (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (trash), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM studios"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM history WHERE studio_id <> "
                               "(SELECT id FROM studios)"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM search"), ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM round_history"
                                         " WHERE action = 'purged'"), ==, 2);
  /* An empty trash empties to nothing. */
  g_assert_true (sks_store_purge_deleted (f->store, 0, &n, &error));
  g_assert_cmpuint (n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/trash/delete-hides", test_delete_hides);
  ADD ("/store/trash/all-or-none", test_delete_all_or_none);
  ADD ("/store/trash/restore", test_restore);
  ADD ("/store/trash/save-in-trash-refused", test_save_in_trash_refused);
  ADD ("/store/trash/purge-one", test_purge_one);
  ADD ("/store/trash/purge-all", test_purge_all);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    g_test_add (status_cases[i].path, Fixture, &status_cases[i], fixture_set_up,
                test_delete_by_status, fixture_tear_down);

  return g_test_run ();
}
