/* test-cli.c — the built skill-studio-cli: exit codes, reports, and no
 * personal data on the terminal
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "sks-exchange.h"
#include "sks-sample.h"
#include "sks-test-util.h"

typedef struct {
  char *dir;
  char *doc;
} Fixture;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sks_test_make_tmpdir ();
  f->doc = g_build_filename (f->dir, "doc.skillstudio", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->doc);
}

/* Runs the CLI in @f's directory; checks the output for personal data
 * unless @personal_output says stdout carries it. */
static void
run_cli_va (Fixture    *f,
            Run        *run,
            gboolean    personal_output,
            const char *first,
            va_list     args)
{
  sks_test_run_cli_va (f->dir, NULL, personal_output, &run->status, &run->out, &run->err, first,
                       args);
}

G_GNUC_NULL_TERMINATED
static void
run_cli (Fixture    *f,
         Run        *run,
         const char *first,
         ...)
{
  va_list args;

  va_start (args, first);
  run_cli_va (f, run, FALSE, first, args);
  va_end (args);
}

G_GNUC_NULL_TERMINATED
static void
run_cli_personal (Fixture    *f,
                  Run        *run,
                  const char *first,
                  ...)
{
  va_list args;

  va_start (args, first);
  run_cli_va (f, run, TRUE, first, args);
  va_end (args);
}

static gint64
count_studios (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return sks_store_count_studios (store, 0, NULL);
}

static void
make_demo (Fixture *f)
{
  g_auto(Run) run = { 0 };

  run_cli (f, &run, "sample", f->doc, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  static const char *const wrong[][6] = {
    { NULL },
    { "frobnicate", NULL },
    { "sample", NULL },
    { "sample", "a", "b", NULL },
    { "sample", "doc", "--count", "-1", NULL },
    { "sample", "doc", "--count", "many", NULL },
    { "import", "file.json", NULL },
    { "import", "--db", "doc", NULL },
    { "export", "--db", "doc", NULL },
    { "export", "--db", "doc", "--format", "xml", NULL },
    { "list", NULL },
    { "list", "--db", "doc", "--colour", NULL },
    { "info", NULL },
    { "backup", NULL },
    { "restore", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_auto(Run) run = { 0 };

      sks_test_run_cli_argv (f->dir, NULL, FALSE, &run.status, &run.out, &run.err, wrong[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, !=, "");
    }

  {
    g_auto(Run) run = { 0 };
    run_cli (f, &run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "import"));
    g_assert_nonnull (strstr (run.out, "restore"));
  }
  {
    g_auto(Run) run = { 0 };
    run_cli (f, &run, "import", "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--valid-only"));
    g_assert_nonnull (strstr (run.out, "never overwritten"));
  }
  /* A document that is not there is a problem, not a usage error. */
  {
    g_auto(Run) run = { 0 };
    run_cli (f, &run, "list", "--db", "missing.skillstudio", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "does not exist"));
  }
}

static void
test_sample_list_info (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) list = { 0 };
  g_auto(Run) search = { 0 };
  g_auto(Run) round = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) synthetic = { 0 };
  g_auto(Run) again = { 0 };

  make_demo (f);
  run_cli (f, &again, "sample", f->doc, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "demo applications already"));

  run_cli (f, &list, "list", "--db", f->doc, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (list.out), ==, 37);
  g_assert_nonnull (strstr (list.out, "沈建明数控车工技能大师工作室"));

  run_cli (f, &search, "list", "--db", f->doc, "--search", "湖笔", NULL);
  g_assert_cmpint (search.status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (search.out), ==, 2);
  g_assert_nonnull (strstr (search.out, "费永林"));

  run_cli (f, &round, "list", "--db", f->doc, "--round", "hangzhou-2023", NULL);
  g_assert_cmpuint (sks_test_count_lines (round.out), ==, 13);

  run_cli (f, &info, "info", "--db", f->doc, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "Applications: 36"));
  g_assert_nonnull (strstr (info.out, "huzhou-2025 (湖州市 2025): 24 applications, 6 recommending"));
  g_assert_nonnull (strstr (info.out, "hangzhou-2023"));
  g_assert_nonnull (strstr (info.out, "can be changed"));

  run_cli (f, &synthetic, "sample", f->doc, "--count", "25", NULL);
  g_assert_cmpint (synthetic.status, ==, 0);
  g_assert_cmpint (count_studios (f->doc), ==, 61);
}

static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "city.skillstudio", NULL);
  g_auto(Run) json = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) csv = { 0 };
  g_auto(Run) csv_full = { 0 };
  g_auto(Run) stdout_json = { 0 };
  g_auto(Run) unknown = { 0 };

  make_demo (f);
  run_cli (f, &json, "export", "--db", f->doc, "--format", "json", "-o", "all.json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (json.out, ==, "");

  run_cli (f, &import, "import", "all.json", "--db", copy, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "36 of 36 applications imported"));
  g_assert_cmpint (count_studios (copy), ==, 36);

  /* Twice: every application is refused, and listed. */
  run_cli (f, &again, "import", "all.json", "--db", copy, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.out, "nothing imported"));
  g_assert_nonnull (strstr (again.out, "record 36 ("));
  g_assert_nonnull (strstr (again.out, "already in the document"));
  g_assert_cmpint (count_studios (copy), ==, 36);

  run_cli (f, &csv, "export", "--db", f->doc, "--format", "csv", "--round", "huzhou-2025", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "\xEF\xBB\xBFround,recommender,"));
  g_assert_cmpuint (sks_test_count_lines (csv.out), >=, 25);

  run_cli_personal (f, &csv_full, "export", "--db", f->doc, "--format", "csv",
                    "--include-personal", NULL);
  g_assert_cmpint (csv_full.status, ==, 0);
  {
    g_autoptr(GRegex) id_number = g_regex_new ("[0-9]{17}[0-9X]", 0, 0, NULL);
    g_assert_true (g_regex_match (id_number, csv_full.out, 0, NULL));
  }

  run_cli_personal (f, &stdout_json, "export", "--db", f->doc, "--format", "json", NULL);
  g_assert_cmpint (stdout_json.status, ==, 0);
  g_assert_nonnull (strstr (stdout_json.out, "\"format\": \"skill-studio-exchange\""));

  run_cli (f, &unknown, "export", "--db", f->doc, "--format", "csv", "--round", "nowhere", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "nowhere"));
}

/* A file with records 3 and 5 broken: the report names both, with the
 * application's name, the key and the reason, and never the ID number. */
static char *
write_broken_file (Fixture *f,
                   char   **bad_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (f->doc, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(JsonNode) root = sks_exchange_build (store, 0, &error);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonArray *studios = json_object_get_array_member (json_node_get_object (root), "studios");
  JsonObject *master = json_object_get_object_member (json_array_get_object_element (studios, 2),
                                                      "master");
  char *path = g_build_filename (f->dir, "broken.json", NULL);
  char *id = g_strdup (json_object_get_string_member (master, "id-number"));

  g_assert_no_error (error);
  id[17] = id[17] == '1' ? '2' : '1';
  json_object_set_string_member (master, "id-number", id);
  json_object_set_string_member (json_array_get_object_element (studios, 4), "colour", "red");
  json_generator_set_root (generator, root);
  g_assert_true (json_generator_to_file (generator, path, &error));
  *bad_id = id;
  return path;
}

static void
test_import_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "city.skillstudio", NULL);
  g_autofree char *bad_id = NULL;
  g_autofree char *path = NULL;
  g_auto(Run) refused = { 0 };
  g_auto(Run) partial = { 0 };

  make_demo (f);
  path = write_broken_file (f, &bad_id);

  run_cli (f, &refused, "import", path, "--db", copy, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.out, "nothing imported"));
  g_assert_nonnull (strstr (refused.out, "2 applications have problems"));
  g_assert_nonnull (strstr (refused.out,
                            "record 3 (王志刚电工技能大师工作室): master.id-number: ID number:"));
  g_assert_nonnull (strstr (refused.out, "record 5 (周晓雯化学检验员技能大师工作室): colour:"));
  g_assert_null (strstr (refused.out, bad_id));
  g_assert_cmpint (count_studios (copy), ==, 0);

  run_cli (f, &partial, "import", path, "--db", copy, "--valid-only", NULL);
  g_assert_cmpint (partial.status, ==, 1);
  g_assert_nonnull (strstr (partial.out, "34 of 36 applications imported"));
  g_assert_nonnull (strstr (partial.out, "record 3 ("));
  g_assert_nonnull (strstr (partial.out, "record 5 ("));
  g_assert_cmpint (count_studios (copy), ==, 34);
}

/* An updated hand-over replaces a draft only when asked, and never an
 * application submitted since. */
static void
test_import_replace_drafts (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "handover.json", NULL);
  g_autofree char *old_name = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) replaced = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 draft_id = 0;

  make_demo (f);
  run_cli_personal (f, &export, "export", "--db", f->doc, "--format", "json", "-o", file, NULL);
  g_assert_cmpint (export.status, ==, 0);
  {
    g_autoptr(SksStore) store = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
    g_autoptr(GListModel) rows = sks_store_list_studio_rows (store, 0, 0, 0, &error);
    g_autoptr(SksStudio) draft = NULL;

    g_assert_no_error (error);
    for (guint i = 0; draft_id == 0 && i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
        if (sks_studio_row_get_status (row) == SKS_STATUS_DRAFT)
          draft_id = sks_studio_row_get_id (row);
      }
    g_assert_cmpint (draft_id, >, 0);
    draft = sks_store_load_studio (store, draft_id, &error);
    old_name = g_strdup (sks_studio_get_name (draft));
    g_object_set (draft, "name", "改名后的草稿", NULL);
    g_assert_true (sks_store_save_studio (store, draft, &error));
  }

  run_cli (f, &refused, "import", file, "--db", f->doc, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.out, "--replace-drafts"));
  run_cli (f, &replaced, "import", file, "--db", f->doc, "--replace-drafts", "--valid-only",
           "--by", "市人社局 张三", NULL);
  g_assert_nonnull (strstr (replaced.out, "was replaced by the file"));
  g_assert_nonnull (strstr (replaced.out, "only drafts"));
  g_assert_cmpint (count_studios (f->doc), ==, 36);
  {
    g_autoptr(SksStore) store = sks_store_open (f->doc, SKS_STORE_OPEN_READ_ONLY, &error);
    g_autoptr(SksStudio) draft = sks_store_load_studio (store, draft_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (sks_studio_get_name (draft), ==, old_name);
  }
}

static void
test_broken_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "cut.json", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.json", NULL);
  g_auto(Run) export = { 0 };
  g_auto(Run) cut = { 0 };
  g_auto(Run) version = { 0 };
  g_autofree char *contents = NULL;
  gsize length;

  make_demo (f);
  run_cli (f, &export, "export", "--db", f->doc, "--format", "json", "-o", path, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Cut on a character boundary: a cut character would be "not UTF-8". */
  g_assert_true (g_file_set_contents (path, contents,
                                      g_utf8_find_prev_char (contents, contents + length / 2 + 1)
                                      - contents, NULL));
  g_assert_true (g_file_set_contents (newer, "{\"format\": \"skill-studio-exchange\", "
                                             "\"version\": 7, \"studios\": []}", -1, NULL));

  run_cli (f, &cut, "import", path, "--db", f->doc, NULL);
  g_assert_cmpint (cut.status, ==, 1);
  g_assert_nonnull (strstr (cut.err, "not valid JSON"));
  run_cli (f, &version, "import", newer, "--db", f->doc, NULL);
  g_assert_cmpint (version.status, ==, 1);
  g_assert_nonnull (strstr (version.err, "newer Skill Studio"));
  g_assert_cmpint (count_studios (f->doc), ==, 36);
}

/* While another program writes the document, the CLI changes nothing. */
static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) writer = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) list = { 0 };

  make_demo (f);
  run_cli (f, &export, "export", "--db", f->doc, "--format", "json", "-o", "all.json", NULL);
  writer = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (sks_store_get_read_only (writer));

  run_cli (f, &import, "import", "all.json", "--db", f->doc, NULL);
  g_assert_cmpint (import.status, ==, 1);
  g_assert_nonnull (strstr (import.err, "open for writing in another"));
  /* Reading goes on. */
  run_cli (f, &list, "list", "--db", f->doc, NULL);
  g_assert_cmpint (list.status, ==, 0);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) backup = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) copy = { 0 };
  g_auto(Run) more = { 0 };
  g_auto(Run) restore = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(GStrv) backups = NULL;

  make_demo (f);
  run_cli (f, &backup, "backup", "--db", f->doc, NULL);
  g_assert_cmpint (backup.status, ==, 0);
  g_assert_nonnull (strstr (backup.out, "Backed up to"));
  run_cli (f, &again, "backup", "--db", f->doc, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "exists already"));
  run_cli (f, &copy, "backup", "--db", f->doc, "--to", "copy.skillstudio", NULL);
  g_assert_cmpint (copy.status, ==, 0);
  backups = sks_store_list_backups (f->doc);
  g_assert_cmpuint (g_strv_length (backups), ==, 1);

  /* Changes after the backup are undone by the restore. */
  run_cli (f, &more, "sample", f->doc, "--count", "5", NULL);
  g_assert_cmpint (count_studios (f->doc), ==, 41);
  run_cli (f, &restore, "restore", "--db", f->doc, NULL);
  g_assert_cmpint (restore.status, ==, 0);
  g_assert_cmpint (count_studios (f->doc), ==, 36);

  run_cli (f, &info, "info", "--db", f->doc, NULL);
  g_assert_nonnull (strstr (info.out, "Backups: 1"));
  g_assert_nonnull (strstr (info.out, "latest good backup"));
}

/* A 0-byte document is refused by the writing commands, not filled with a
 * new schema; the damaged-document message shows the way out. */
static void
test_empty_document (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) import = { 0 };
  g_auto(Run) sample = { 0 };
  g_auto(Run) list = { 0 };
  g_autofree char *contents = NULL;
  gsize length = 1;

  g_assert_true (g_file_set_contents (f->doc, "", 0, NULL));
  run_cli (f, &sample, "sample", f->doc, NULL);
  g_assert_cmpint (sample.status, ==, 1);
  g_assert_nonnull (strstr (sample.err, "empty (0 bytes)"));
  run_cli (f, &import, "import", "--db", f->doc, "nothing.json", NULL);
  g_assert_cmpint (import.status, ==, 1);
  g_assert_nonnull (strstr (import.err, "empty (0 bytes)"));
  run_cli (f, &list, "list", "--db", f->doc, NULL);
  g_assert_cmpint (list.status, ==, 1);
  g_assert_nonnull (strstr (list.err, "No good backup"));

  g_assert_true (g_file_get_contents (f->doc, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
}

/* After the document is emptied, the app's empty copy is no backup: restore
 * picks the newest backup that holds data, and says what it holds before
 * it replaces anything. info on a backup changes nothing of it. */
static void
test_restore_prefers_data (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *old = g_strconcat (f->doc, ".backup-20240101-120000", NULL);
  g_autofree char *empty_doc = g_build_filename (f->dir, "empty.skillstudio", NULL);
  g_autofree char *newer = g_strconcat (f->doc, ".backup-20240102-120000", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (old, "-wal", NULL);
  g_auto(Run) copy = { 0 };
  g_auto(Run) empty = { 0 };
  g_auto(Run) empty_copy = { 0 };
  g_auto(Run) info = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) restore = { 0 };
  const char *restoring, *restored;

  make_demo (f);
  run_cli (f, &copy, "backup", "--db", f->doc, "--to", old, NULL);
  g_assert_cmpint (copy.status, ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SksStore) store = sks_store_open (empty_doc, SKS_STORE_OPEN_CREATE, &error);
    g_assert_no_error (error);
  }
  run_cli (f, &empty_copy, "backup", "--db", empty_doc, "--to", newer, NULL);
  g_assert_cmpint (empty_copy.status, ==, 0);

  g_assert_true (g_file_get_contents (old, &before, NULL, NULL));
  run_cli (f, &info, "info", "--db", old, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "Applications: 36"));
  g_assert_true (g_file_get_contents (old, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (f->doc, "", 0, NULL));
  run_cli (f, &list, "list", "--db", f->doc, NULL);
  g_assert_cmpint (list.status, ==, 1);
  g_assert_nonnull (strstr (list.err, "doc.skillstudio.backup-20240101-120000"));
  g_assert_nonnull (strstr (list.err, "skill-studio-cli restore --db"));

  run_cli (f, &restore, "restore", "--db", f->doc, NULL);
  g_assert_cmpint (restore.status, ==, 0);
  restoring = strstr (restore.out, "Restoring");
  restored = strstr (restore.out, "Restored");
  g_assert_nonnull (restoring);
  g_assert_nonnull (restored);
  g_assert_true (restoring < restored);
  g_assert_nonnull (strstr (restoring, "backup-20240101-120000 (36 applications in 2 rounds)"));
  g_assert_cmpint (count_studios (f->doc), ==, 36);
  run_cli (f, &empty, "info", "--db", f->doc, NULL);
  g_assert_cmpint (empty.status, ==, 0);
}

static void
test_policies (Fixture       *f,
               gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (f, &run, "policies", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "huzhou-2025"));
  g_assert_nonnull (strstr (run.out, "hangzhou-2023"));
  g_assert_nonnull (strstr (run.out, "湖人社发〔2025〕1号"));
  g_assert_nonnull (strstr (run.out, "杭人社发〔2023〕112号"));
}

/* Every verdict has its rule, status and reason; the exit status says
 * whether any rule failed. */
static void
assert_check_output (Run        *run,
                     const char *required_rule)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *verdicts;
  gboolean any_fail = FALSE, found = FALSE;

  g_assert_true (json_parser_load_from_data (parser, run->out, -1, &error));
  g_assert_no_error (error);
  verdicts = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (verdicts), >, 0);
  for (guint i = 0; i < json_array_get_length (verdicts); i++)
    {
      JsonObject *verdict = json_array_get_object_element (verdicts, i);
      const char *status = json_object_get_string_member (verdict, "status");

      g_assert_nonnull (json_object_get_string_member (verdict, "rule"));
      g_assert_cmpuint (strlen (json_object_get_string_member (verdict, "explanation")), >, 0);
      any_fail |= g_str_equal (status, "fail");
      found |= g_str_equal (json_object_get_string_member (verdict, "rule"), required_rule);
    }
  g_assert_true (found);
  g_assert_cmpint (run->status, ==, any_fail ? 1 : 0);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Run) sample = { 0 };
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) file = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) no_policy = { 0 };

  run_cli (f, &sample, "sample", f->doc, NULL);
  g_assert_cmpint (sample.status, ==, 0);

  run_cli (f, &text, "check", "--db", f->doc, NULL);
  g_assert_cmpint (text.status, <=, 1);
  g_assert_nonnull (strstr (text.out, "master.birth_cutoff"));
  g_assert_nonnull (strstr (text.out, "master.retirement_distance"));

  run_cli (f, &json, "check", "--db", f->doc, "--round", "huzhou-2025", "--format", "json", NULL);
  assert_check_output (&json, "district.under45_share");
  g_assert_null (strstr (json.out, "master.retirement_distance"));

  /* An exchange file is checked without importing it anywhere. */
  run_cli (f, &export, "export", "--db", f->doc, "--round", "huzhou-2025", "--format", "json",
           "-o", "hz.json", NULL);
  g_assert_cmpint (export.status, ==, 0);
  run_cli (f, &file, "check", "hz.json", "--policy", "huzhou-2025", "--format", "json", NULL);
  assert_check_output (&file, "district.quota");

  run_cli (f, &no_policy, "check", "hz.json", NULL);
  g_assert_cmpint (no_policy.status, ==, 2);
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Run) sample = { 0 };
  g_auto(Run) annex2 = { 0 };
  g_auto(Run) annex3 = { 0 };
  g_auto(Run) missing = { 0 };
  g_autofree char *a2 = g_build_filename (f->dir, "annex2.pdf", NULL);
  g_autofree char *a3 = g_build_filename (f->dir, "annex3.pdf", NULL);
  g_autofree char *contents = NULL;

  run_cli (f, &sample, "sample", f->doc, NULL);
  run_cli (f, &annex2, "print", "annex2", "--db", f->doc, "--round", "huzhou-2025",
           "--unit", "吴兴区", "-o", a2, NULL);
  g_assert_cmpint (annex2.status, ==, 0);
  g_assert_true (g_file_get_contents (a2, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  run_cli (f, &annex3, "print", "annex3", "--db", f->doc, "--application", "1", "-o", a3, NULL);
  g_assert_cmpint (annex3.status, ==, 0);
  g_assert_true (g_file_test (a3, G_FILE_TEST_IS_REGULAR));

  run_cli (f, &missing, "print", "annex3", "--db", f->doc, "-o", a3, NULL);
  g_assert_cmpint (missing.status, ==, 2);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Forms and exports that carry ID or mobile numbers are 0600, also under
 * umask 000 and when they replace a file everybody could read. */
static void
test_private_files (Fixture       *f,
                    gconstpointer  data)
{
  static const char *const names[] = { "annex3.pdf", "annex2.xlsx", "annex2.pdf",
                                       "personal.csv", "exchange.json" };
  mode_t saved;

  make_demo (f);
  saved = umask (0);
  for (guint pass = 0; pass < 2; pass++)
    {
      g_auto(Run) annex3 = { 0 };
      g_auto(Run) xlsx = { 0 };
      g_auto(Run) annex2 = { 0 };
      g_auto(Run) csv = { 0 };
      g_auto(Run) json = { 0 };

      run_cli (f, &annex3, "print", "annex3", "--db", f->doc, "--application", "1",
               "-o", "annex3.pdf", NULL);
      run_cli (f, &xlsx, "print", "annex2", "--db", f->doc, "-o", "annex2.xlsx", NULL);
      run_cli (f, &annex2, "print", "annex2", "--db", f->doc, "-o", "annex2.pdf", NULL);
      run_cli (f, &csv, "export", "--db", f->doc, "--format", "csv", "--include-personal",
               "-o", "personal.csv", NULL);
      run_cli (f, &json, "export", "--db", f->doc, "--format", "json", "-o", "exchange.json",
               NULL);
      g_assert_cmpint (annex3.status + xlsx.status + annex2.status + csv.status + json.status,
                       ==, 0);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (f->dir, names[i], NULL);

          if (file_mode (path) != 0600)
            g_error ("%s: mode %o, not 600", names[i], file_mode (path));
          g_assert_cmpint (g_chmod (path, 0666), ==, 0);
        }
    }
  umask (saved);
}

/* The CLI prints no evaluation table with impossible scores. */
static void
test_print_impossible_scores (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksEvaluation) evaluation = NULL;
  g_autofree char *id = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "evaluation.pdf", NULL);
  g_auto(Run) run = { 0 };

  make_demo (f);
  store = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (gint64 i = 1; i <= 60 && evaluation == NULL; i++)
    {
      g_autoptr(GListModel) list = sks_store_list_evaluations (store, i, &error);

      g_assert_no_error (error);
      if (g_list_model_get_n_items (list) > 0)
        evaluation = g_list_model_get_item (list, 0);
    }
  g_assert_nonnull (evaluation);
  /* As an import without the check stored it: 6 on a 5-point item. */
  sks_evaluation_set_score (evaluation, "1", SKS_SCORE_ASSESSOR, 600);
  g_assert_true (sks_store_save_evaluation (store, evaluation, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, sks_evaluation_get_id (evaluation));
  run_cli (f, &run, "print", "evaluation", "--db", f->doc, "--evaluation", id, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "impossible"));
  g_assert_nonnull (strstr (run.err, "Item 1, Assessor score"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static gboolean
dir_is_empty (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  g_assert_nonnull (dir);
  return g_dir_read_name (dir) == NULL;
}

/* Runs `check FILE.json --policy` with TMPDIR set to @tmpdir. When
 * @kill_signal is not 0, the run is killed with it as soon as anything
 * shows up in @tmpdir, or after @delay_ms. */
static void
check_in_tmpdir (Fixture    *f,
                 const char *tmpdir,
                 int         kill_signal,
                 guint       delay_ms)
{
  const char *argv[] = { g_getenv ("SKS_CLI"), "check", "big.json", "--policy", "huzhou-2025",
                         NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "TMPDIR", tmpdir, TRUE);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + delay_ms * G_TIME_SPAN_MILLISECOND;
  GPid pid;
  int status = 0;

  g_assert_true (g_spawn_async (f->dir, (char **) argv, env,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      if (kill_signal != 0 && (!dir_is_empty (tmpdir) || g_get_monotonic_time () > deadline))
        {
          kill (pid, kill_signal);
          waitpid (pid, &status, 0);
          break;
        }
      g_usleep (2000);
    }
  g_spawn_close_pid (pid);
}

/* Checking an exchange file leaves nothing in TMPDIR (it would hold
 * every ID number of the file): not when it ends, not when killed. */
static void
test_check_leaves_nothing (Fixture       *f,
                           gconstpointer  data)
{
  static const int signals[] = { 0, SIGINT, SIGTERM, SIGKILL };
  g_auto(Run) sample = { 0 };
  g_auto(Run) export = { 0 };

  run_cli (f, &sample, "sample", "--count", "400", f->doc, NULL);
  g_assert_cmpint (sample.status, ==, 0);
  run_cli_personal (f, &export, "export", "--db", f->doc, "--round", "huzhou-2025", "--format",
                    "json", "-o", "big.json", NULL);
  g_assert_cmpint (export.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autofree char *tmpdir = g_build_filename (f->dir, "tmp", NULL);

      g_assert_cmpint (g_mkdir (tmpdir, 0700), ==, 0);
      check_in_tmpdir (f, tmpdir, signals[i], 150);
      if (!dir_is_empty (tmpdir))
        g_error ("signal %d: something was left in TMPDIR", signals[i]);
      g_assert_cmpint (g_rmdir (tmpdir), ==, 0);
    }
}

/* Hostile input (issue 11): each is refused with exit 1 and a message naming
 * the file, the place and the reason; nothing crashes, nothing is imported. */
static void
test_hostile_input (Fixture       *f,
                    gconstpointer  data)
{
  static const struct {
    const char *name;
    const char *text;  /* NULL: 80,000 levels of "[" */
    const char *reason;
  } files[] = {
    { "deep.json", NULL, "nested more than 64 levels" },
    { "nul.json", "{\"format\": \"skill-studio-exchange\", \"version\": 1, \"studios\": "
      "[{\"master\": {\"id-number\": \"x\\u0000DROP\"}}]}", "record 1, studios[0].master.id-number" },
    { "twice.json", "{\"format\": \"skill-studio-exchange\", \"format\": \"x\"}", "twice" },
    { "huge.json", "{\"format\": \"skill-studio-exchange\", \"version\": 1, \"studios\": "
      "[{\"area\": 1e400}]}", "studios[0].area: the number 1e400 is too large" },
  };
  g_autofree char *config = g_build_filename (f->dir, "config", NULL);
  g_autofree char *policies = g_build_filename (config, "skill-studio", "policies", NULL);
  g_autofree char *deep = g_strnfill (80000, '[');
  g_autofree char *bad_profile = g_build_filename (policies, "deep.json", NULL);
  g_auto(Run) listed = { 0 };

  make_demo (f);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, files[i].name, NULL);
      g_auto(Run) import = { 0 };
      g_auto(Run) check = { 0 };

      g_assert_true (g_file_set_contents (path, files[i].text ? files[i].text : deep, -1, NULL));
      run_cli (f, &import, "import", path, "--db", f->doc, NULL);
      g_assert_cmpint (import.status, ==, 1);
      g_assert_nonnull (strstr (import.err, files[i].name));
      g_assert_nonnull (strstr (import.err, files[i].reason));
      g_assert_null (strstr (import.err, "WARNING"));
      run_cli (f, &check, "check", "--policy", "huzhou-2025", path, NULL);
      g_assert_cmpint (check.status, ==, 1);
      g_assert_nonnull (strstr (check.err, files[i].name));
      g_assert_nonnull (strstr (check.err, files[i].reason));
    }
  g_assert_cmpint (count_studios (f->doc), ==, 36);

  /* A profile that crashed every run is skipped; the bundled ones are listed. */
  g_assert_cmpint (g_mkdir_with_parents (policies, 0700), ==, 0);
  g_assert_true (g_file_set_contents (bad_profile, deep, -1, NULL));
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  run_cli (f, &listed, "policies", NULL);
  g_unsetenv ("XDG_CONFIG_HOME");
  g_assert_cmpint (listed.status, ==, 1);
  g_assert_nonnull (strstr (listed.out, "huzhou-2025"));
  g_assert_nonnull (strstr (listed.err, "deep.json: line 1, column 65: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli/usage", test_usage);
  ADD ("/cli/sample-list-info", test_sample_list_info);
  ADD ("/cli/export-import", test_export_import);
  ADD ("/cli/import-report", test_import_report);
  ADD ("/cli/import-replace-drafts", test_import_replace_drafts);
  ADD ("/cli/broken-file", test_broken_file);
  ADD ("/cli/locked", test_locked);
  ADD ("/cli/backup-restore", test_backup_restore);
  ADD ("/cli/empty-document", test_empty_document);
  ADD ("/cli/restore-prefers-data", test_restore_prefers_data);
  ADD ("/cli/policies", test_policies);
  ADD ("/cli/check", test_check);
  ADD ("/cli/print", test_print);
  ADD ("/cli/private-files", test_private_files);
  ADD ("/cli/print-impossible-scores", test_print_impossible_scores);
  ADD ("/cli/check-leaves-nothing", test_check_leaves_nothing);
  ADD ("/cli/hostile-input", test_hostile_input);
#undef ADD

  return g_test_run ();
}
