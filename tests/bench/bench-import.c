/* bench-import.c — importing 10,000 applications from the exchange format,
 * beside the raw SQLite insert rate for the same rows
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures; asserts nothing about time (the target is 1 s in all).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sks-exchange.h"
#include "sks-sample.h"
#include "sks-test-util.h"

#define N_STUDIOS 10000
#define N_MEMBERS 3

static SksStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SksStore *store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  return store;
}

static char *
make_file (const char *dir,
           GPtrArray **studios_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (dir, "source.skillstudio");
  g_autoptr(GPtrArray) studios = NULL;
  char *path = g_build_filename (dir, "bench.json", NULL);

  g_assert_true (sks_sample_add_rounds (store, &error));
  studios = sks_sample_make_studios (store, 0, N_STUDIOS, N_MEMBERS, &error);
  g_assert_no_error (error);
  g_assert_true (sks_store_import_studios (store, studios, &error));
  g_assert_true (sks_exchange_write_file (store, 0, path, &error));
  g_assert_no_error (error);
  *studios_out = g_steal_pointer (&studios);
  return path;
}

/* The reference: the same values into plain tables with prepared
 * statements in one transaction, with the store's journal settings, no
 * indexes and no search index. */

static char *
create_sql (const char          *table,
            const char          *keys,
            const SksFieldTable *fields)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "CREATE TABLE %s (%s", table, keys);
  for (guint i = 0; i < fields->n_fields; i++)
    g_string_append_printf (sql, ", %s", fields->fields[i].column);
  g_string_append (sql, ");");
  return g_string_free (sql, FALSE);
}

static sqlite3_stmt *
prepare_insert (sqlite3             *db,
                const char          *table,
                guint                n_keys,
                const SksFieldTable *fields)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *create = create_sql (table, n_keys == 2 ? "studio_id, position" : "id",
                                        fields);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_exec (db, create, NULL, NULL, NULL), ==, SQLITE_OK);
  g_string_append_printf (sql, "INSERT INTO %s VALUES (?", table);
  for (guint i = 1; i < n_keys + fields->n_fields; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
  return stmt;
}

/* Every value as the store binds it, collected before the clock starts. */
typedef struct {
  GPtrArray *values;  /* char *, row after row */
  guint      n_rows;
} Rows;

static void
collect (Rows                *rows,
         const SksFieldTable *table,
         GObject             *object)
{
  for (guint i = 0; i < table->n_fields; i++)
    g_ptr_array_add (rows->values, sks_field_dup_string (&table->fields[i], object));
  rows->n_rows++;
}

static void
insert_rows (sqlite3_stmt *stmt,
             Rows         *rows,
             guint         n_keys,
             guint         n_fields)
{
  for (guint r = 0; r < rows->n_rows; r++)
    {
      sqlite3_reset (stmt);
      for (guint k = 0; k < n_keys; k++)
        sqlite3_bind_int64 (stmt, k + 1, r);
      for (guint i = 0; i < n_fields; i++)
        sqlite3_bind_text (stmt, n_keys + i + 1, g_ptr_array_index (rows->values, r * n_fields + i),
                           -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    }
}

static void
bench_raw (const char *dir,
           GPtrArray  *studios)
{
  g_autofree char *path = g_build_filename (dir, "raw.sqlite", NULL);
  struct { const char *name; const SksFieldTable *table; guint n_keys; Rows rows; } parts[] = {
    { "studios", sks_studio_get_field_table (), 1 },
    { "units", sks_unit_get_field_table (), 1 },
    { "masters", sks_master_get_field_table (), 1 },
    { "team_members", sks_team_member_get_field_table (), 2 },
  };
  g_autoptr(GTimer) timer = NULL;
  sqlite3 *db = NULL;
  guint n_rows = 0;
  double seconds;

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    parts[p].rows.values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      GListModel *team = sks_studio_get_team (studio);

      collect (&parts[0].rows, parts[0].table, G_OBJECT (studio));
      collect (&parts[1].rows, parts[1].table, G_OBJECT (sks_studio_get_unit (studio)));
      collect (&parts[2].rows, parts[2].table, G_OBJECT (sks_studio_get_master (studio)));
      for (guint j = 0; j < g_list_model_get_n_items (team); j++)
        {
          g_autoptr(GObject) member = g_list_model_get_item (team, j);
          collect (&parts[3].rows, parts[3].table, member);
        }
    }

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", NULL, NULL, NULL);
  {
    sqlite3_stmt *stmts[G_N_ELEMENTS (parts)];

    for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
      stmts[p] = prepare_insert (db, parts[p].name, parts[p].n_keys, parts[p].table);

    timer = g_timer_new ();
    sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
    for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
      {
        insert_rows (stmts[p], &parts[p].rows, parts[p].n_keys, parts[p].table->n_fields);
        n_rows += parts[p].rows.n_rows;
      }
    g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
    seconds = g_timer_elapsed (timer, NULL);

    for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
      sqlite3_finalize (stmts[p]);
  }
  sqlite3_close (db);

  g_print ("  raw SQLite reference     %7.3f s  %u rows (%u per application), %.0f rows/s, "
           "%.0f applications/s\n",
           seconds, n_rows, n_rows / studios->len, n_rows / seconds, studios->len / seconds);
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    g_ptr_array_unref (parts[p].rows.values);
}

static void
bench_import (const char *dir,
              const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (file, FALSE, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(SksStore) store = open_store (dir, "target.skillstudio");
  g_autoptr(GTimer) timer = g_timer_new ();
  double parse, read, insert;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_mapped_file_get_contents (mapped),
                                             g_mapped_file_get_length (mapped), &error));
  parse = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  import = sks_exchange_read_node (json_parser_get_root (parser), &error);
  read = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_exchange_import_get_problems (import)->len, ==, 0);

  g_timer_start (timer);
  g_assert_true (sks_exchange_import (store, import, FALSE, &report, &error));
  insert = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_imported, ==, N_STUDIOS);

  g_print ("  parse JSON               %7.3f s\n", parse);
  g_print ("  read and validate        %7.3f s  (%.0f applications/s)\n", read,
           N_STUDIOS / read);
  g_print ("  insert, one transaction  %7.3f s  (%.0f applications/s)\n", insert,
           N_STUDIOS / insert);
  g_print ("  total                    %7.3f s  (target 1 s)\n", parse + read + insert);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GPtrArray) studios = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  GStatBuf st;

  g_test_init (&argc, &argv, NULL);
  dir = sks_test_make_tmpdir ();

  file = make_file (dir, &studios);
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_print ("bench-import: %u applications with %u team members each; exchange file %.1f MB, "
           "made in %.1f s\n", N_STUDIOS, N_MEMBERS, st.st_size / 1e6,
           g_timer_elapsed (timer, NULL));
  bench_import (dir, file);
  bench_raw (dir, studios);

  sks_test_remove_tree (dir);
  return 0;
}
