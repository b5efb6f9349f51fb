/* test-migrations.c — documents of every earlier schema open and upgrade
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "sks-store-private.h"
#include "sks-test-util.h"

/* Rows as a version-1 document held them, written with that schema's SQL. */
static const char v1_rows[] =
  "INSERT INTO rounds (id, key, city, year, reference_date, deadline)"
  "  VALUES (1, 'huzhou-2025', '湖州市', 2025, '2025-02-28', '2025-03-17');"
  "INSERT INTO recommenders (id, round_id, name, kind, code, quota)"
  "  VALUES (1, 1, '德清县', 'county', '330521', 12);"
  "INSERT INTO studios (id, uuid, round_id, recommender_id, created, modified, name, status,"
  "                     location, area, achievements, introduction)"
  "  VALUES (1, 'a7c1d9e2-0000-4000-8000-000000000001', 1, 1, '2025-03-01T08:00:00Z',"
  "          '2025-03-02T08:00:00Z', '沈明地理信息技能大师工作室', 'submitted',"
  "          '德清县地理信息小镇', 88.5, '“测绘”😀业绩', '简介\n第二行');"
  "INSERT INTO units (studio_id, name, kind, fiscal_affiliation, postcode)"
  "  VALUES (1, '德清测绘有限公司', 'enterprise', 'county', '313200');"
  "INSERT INTO masters (studio_id, name, gender, birth, id_number, skill_level, frontline,"
  "                     retirement_category)"
  "  VALUES (1, '沈明', 'male', '1982-04', '330521198204150033', '技师', 1, 'male-60');"
  "INSERT INTO team_members (studio_id, position, name, gender, birth, employed_by_unit)"
  "  VALUES (1, 0, '钱一', 'female', '1990-01', 1), (1, 1, '孙二', 'male', '1992-02', 0);"
  "INSERT INTO attachments (studio_id, kind, name, mime_type, size, sha256, data)"
  "  VALUES (1, 'id-copy', 'id.pdf', 'application/pdf', 3,"
  "          'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', X'616263');";

static const char v2_rows[] =
  "INSERT INTO history (studio_id, time, action, detail)"
  "  VALUES (1, '2025-03-02T08:00:00Z', 'updated', 'name');";

/* Version 3 kept a search text per application, written on save. */
static const char v3_rows[] =
  "INSERT INTO search (studio_id, text)"
  "  VALUES (1, '沈明地理信息技能大师工作室' || char (10) || '沈明' || char (10) ||"
  "             '德清测绘有限公司' || char (10) || '德清县' || char (10) || '钱一 孙二');";

static char *
make_document (const char *dir,
               int         version)
{
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/v%d.skillstudio", dir, version);
  sqlite3 *db = _sks_store_create_at_version (path, version, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpint (_sks_store_read_user_version (db), ==, version);
  g_assert_cmpint (sqlite3_exec (db, v1_rows, NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 2)
    g_assert_cmpint (sqlite3_exec (db, v2_rows, NULL, NULL, NULL), ==, SQLITE_OK);
  if (version >= 3)
    g_assert_cmpint (sqlite3_exec (db, v3_rows, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

static void
assert_upgraded (const char *path,
                 int         from_version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksTeamMember) second = NULL;
  g_autoptr(SksAttachment) attachment = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(SksHistoryEntry) first_entry = NULL;
  g_auto(GStrv) backups = NULL;
  double area;

  g_assert_no_error (error);
  g_assert_cmpint (sks_store_get_schema_version (store), ==, SKS_STORE_SCHEMA_VERSION);

  studio = sks_store_load_studio (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sks_studio_get_name (studio), ==, "沈明地理信息技能大师工作室");
  g_assert_cmpstr (sks_studio_get_achievements (studio), ==, "“测绘”😀业绩");
  g_assert_cmpstr (sks_studio_get_introduction (studio), ==, "简介\n第二行");
  g_object_get (studio, "area", &area, NULL);
  g_assert_cmpfloat (area, ==, 88.5);
  g_assert_cmpint (sks_studio_get_status (studio), ==, SKS_STATUS_SUBMITTED);
  g_assert_cmpstr (sks_master_get_id_number (sks_studio_get_master (studio)), ==,
                   "330521198204150033");
  g_assert_true (sks_master_get_frontline (sks_studio_get_master (studio)));
  g_assert_cmpint (sks_unit_get_fiscal_affiliation (sks_studio_get_unit (studio)), ==,
                   SKS_FISCAL_COUNTY);

  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (studio)), ==, 2);
  second = g_list_model_get_item (sks_studio_get_team (studio), 1);
  g_assert_cmpstr (sks_team_member_get_name (second), ==, "孙二");
  g_assert_false (sks_team_member_get_employed_by_unit (second));

  attachment = g_list_model_get_item (sks_studio_get_attachments (studio), 0);
  data = sks_store_load_attachment_data (store, sks_attachment_get_id (attachment), &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (data, NULL), g_bytes_get_size (data), "abc", 3);

  /* Version 2 added the history: applications from before got a "created"
   * entry; a version-2 document keeps its own entries. */
  first_entry = g_list_model_get_item (sks_studio_get_history (studio), 0);
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_history (studio)), ==, 1);
  if (from_version < 2)
    {
      g_assert_cmpstr (sks_history_entry_get_action (first_entry), ==, "created");
      g_assert_cmpstr (sks_history_entry_get_time (first_entry), ==, "2025-03-01T08:00:00Z");
    }
  else
    {
      g_assert_cmpstr (sks_history_entry_get_action (first_entry), ==, "updated");
      g_assert_cmpstr (sks_history_entry_get_detail (first_entry), ==, "name");
    }

  /* Version 3 added search, filled for existing applications. */
  hits = sks_store_search (store, "地理信息", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_array_unref (g_steal_pointer (&hits));
  hits = sks_store_search (store, "沈", &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_array_unref (g_steal_pointer (&hits));
  hits = sks_store_search (store, "孙二", &error);
  g_assert_cmpuint (hits->len, ==, 1);

  /* Version 4 added what the eligibility rules read: nothing is claimed
   * and nothing checked in an application from before. */
  {
    SksMaster *master = sks_studio_get_master (studio);
    SksUnit *unit = sks_studio_get_unit (studio);

    g_assert_false (sks_master_get_provincial_honour (master));
    g_assert_false (sks_master_get_state_council_allowance (master));
    g_assert_false (sks_master_get_china_skill_award (master));
    g_assert_false (sks_master_get_qianjiang_skill_award (master));
    g_assert_false (sks_unit_get_innovation_studio (unit));
    g_assert_false (sks_unit_get_self_assessment (unit));
    g_assert_false (sks_studio_get_honorary (studio));
    g_assert_false (sks_studio_get_former_national_studio (studio));
    g_assert_null (sks_studio_get_age_justification (studio));
    for (guint i = 0; i < SKS_N_CHECK_ITEMS; i++)
      {
        const char *by = "", *on = "", *note = "";

        g_assert_cmpint (sks_studio_get_check (studio, i, &by, &on, &note), ==,
                         SKS_CHECK_UNCHECKED);
        g_assert_null (by);
        g_assert_null (on);
        g_assert_null (note);
      }
  }

  /* Version 5 added evaluations: none in a document from before, and one
   * saved into the migrated document comes back with its scores. */
  {
    g_autoptr(GListModel) evaluations = sks_store_list_evaluations (store, 1, &error);
    g_autoptr(SksEvaluation) evaluation = sks_evaluation_new (1, SKS_EVALUATION_KIND_EXPIRY, 2025);
    g_autoptr(SksEvaluation) loaded = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (evaluations), ==, 0);
    g_object_set (evaluation, "grade", SKS_EVALUATION_GRADE_QUALIFIED, "remarks", "“期满”😀", NULL);
    sks_evaluation_set_score (evaluation, "3", SKS_SCORE_SELF, 950);
    sks_evaluation_set_score (evaluation, "3", SKS_SCORE_ASSESSOR, 800);
    g_assert_true (sks_store_save_evaluation (store, evaluation, &error));
    g_assert_no_error (error);
    loaded = sks_store_load_evaluation (store, sks_evaluation_get_id (evaluation), &error);
    g_assert_no_error (error);
    g_assert_true (sks_evaluation_equal (evaluation, loaded));
    g_assert_cmpint (sks_evaluation_get_score (loaded, "3", SKS_SCORE_ASSESSOR), ==, 800);
  }

  /* A backup of the old version was made before migrating. */
  backups = sks_store_list_backups (path);
  g_assert_cmpuint (g_strv_length (backups), ==, 1);
  {
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open_v2 (backups[0], &db, SQLITE_OPEN_READONLY, NULL), ==,
                     SQLITE_OK);
    g_assert_cmpint (_sks_store_read_user_version (db), ==, from_version);
    sqlite3_close (db);
  }
}

static void
test_from_version (gconstpointer data)
{
  int version = GPOINTER_TO_INT (data);
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = make_document (dir, version);

  assert_upgraded (path, version);
  /* Opening again changes nothing and makes no further backup. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFAULT, &error);
    g_auto(GStrv) backups = sks_store_list_backups (path);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (backups), ==, 1);
    g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, 1);
  }
  sks_test_remove_tree (dir);
}

static char *
dump_schema (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *dump = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT m.name, p.name, p.type FROM sqlite_schema m"
                                           " JOIN pragma_table_info (m.name) p"
                                           " WHERE m.type = 'table' ORDER BY 1, 2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (dump, "%s.%s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (dump, FALSE);
}

/* A migrated document has exactly the schema of a new one. */
static void
test_migrated_schema_equals_new (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *old_path = make_document (dir, 1);
  g_autofree char *new_path = g_build_filename (dir, "new.skillstudio", NULL);
  g_autofree char *old_dump = NULL;
  g_autofree char *new_dump = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (sks_store_open (old_path, SKS_STORE_OPEN_DEFAULT, &error));
  g_assert_no_error (error);
  g_object_unref (sks_store_open (new_path, SKS_STORE_OPEN_CREATE, &error));
  g_assert_no_error (error);

  old_dump = dump_schema (old_path);
  new_dump = dump_schema (new_path);
  g_assert_cmpstr (old_dump, ==, new_dump);
  sks_test_remove_tree (dir);
}

/* The fields of version 4 are saved and read back, in a migrated document. */
static void
test_version_4_fields (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = make_document (dir, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksStudio) loaded = NULL;
  const char *by = NULL, *on = NULL, *note = NULL;

  g_assert_no_error (error);
  studio = sks_store_load_studio (store, 1, &error);
  g_assert_no_error (error);

  g_object_set (sks_studio_get_master (studio), "provincial-honour", TRUE,
                "state-council-allowance", TRUE, "china-skill-award", TRUE,
                "qianjiang-skill-award", TRUE, NULL);
  g_object_set (sks_studio_get_unit (studio), "innovation-studio", TRUE, "self-assessment", TRUE,
                NULL);
  g_object_set (studio, "honorary", TRUE, "former-national-studio", TRUE,
                "age-justification", "“一般”：领衔全省唯一的💡传统技艺\n第二行", NULL);
  sks_studio_set_check (studio, SKS_CHECK_ITEM_CONDUCT, SKS_CHECK_CONFIRMED, "王珏", "2025-03-18",
                        "经德清县人力社保局核实");
  sks_studio_set_check (studio, SKS_CHECK_ITEM_SUPPORT_RULES, SKS_CHECK_NOT_MET, "李四",
                        "2025-03-19", NULL);
  g_assert_true (sks_store_save_studio (store, studio, &error));
  g_assert_no_error (error);

  loaded = sks_store_load_studio (store, 1, &error);
  g_assert_no_error (error);
  g_assert_true (sks_studio_equal (studio, loaded));
  g_assert_true (sks_master_get_qianjiang_skill_award (sks_studio_get_master (loaded)));
  g_assert_true (sks_unit_get_self_assessment (sks_studio_get_unit (loaded)));
  g_assert_cmpstr (sks_studio_get_age_justification (loaded), ==,
                   "“一般”：领衔全省唯一的💡传统技艺\n第二行");
  g_assert_cmpint (sks_studio_get_check (loaded, SKS_CHECK_ITEM_CONDUCT, &by, &on, &note), ==,
                   SKS_CHECK_CONFIRMED);
  g_assert_cmpstr (by, ==, "王珏");
  g_assert_cmpstr (on, ==, "2025-03-18");
  g_assert_cmpstr (note, ==, "经德清县人力社保局核实");
  g_assert_cmpint (sks_studio_get_check (loaded, SKS_CHECK_ITEM_SUPPORT_RULES, NULL, NULL, NULL),
                   ==, SKS_CHECK_NOT_MET);
  g_assert_cmpint (sks_studio_get_check (loaded, SKS_CHECK_ITEM_PROJECT, NULL, NULL, NULL), ==,
                   SKS_CHECK_UNCHECKED);

  g_clear_object (&store);
  sks_test_remove_tree (dir);
}

/* An old document open read-only elsewhere cannot be upgraded: a clear error. */
static void
test_old_read_only_refused (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = make_document (dir, 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);

  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN);
  /* It says what is wrong and what to do, and changes nothing. */
  g_assert_nonnull (strstr (error->message, "earlier version"));
  g_assert_nonnull (strstr (error->message, "skill-studio-cli backup"));
  {
    SksFileHeader header;

    g_assert_true (_sks_store_read_header (path, &header, NULL));
    g_assert_cmpint (header.user_version, ==, 2);
  }
  sks_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (int version = 1; version < SKS_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *test_path = g_strdup_printf ("/migrations/from-version-%d", version);
      g_test_add_data_func (test_path, GINT_TO_POINTER (version), test_from_version);
    }
  g_test_add_func ("/migrations/migrated-schema-equals-new", test_migrated_schema_equals_new);
  g_test_add_func ("/migrations/version-4-fields", test_version_4_fields);
  g_test_add_func ("/migrations/old-read-only-refused", test_old_read_only_refused);

  return g_test_run ();
}
