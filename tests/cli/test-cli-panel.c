/* test-cli-panel.c — skill-studio-cli panel and scores: members, the CSV
 * import (every bad file refused with its line, the document unchanged to
 * the byte), the results as text and JSON, submit, the blank sheet
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "sks-sample.h"
#include "sks-store-panel.h"
#include "sks-test-util.h"

#define ROUND "huzhou-2025"

typedef struct {
  char *dir;
  char *doc;
  int   status;
  char *out;
  char *err;
} Fixture;

static const char *const members[][2] = {
  { "赵一", "湖州职业技术学院" }, { "钱二", "浙江工业大学" }, { "孙三", "湖州师范学院" },
  { "李四", "湖州市技师学院" }, { "周五", "湖州职业技术学院" },
  /* Works at application 1's applying unit: a conflict of interest. */
  { "吴六", "湖州精达传动机械有限公司" },
};

G_GNUC_NULL_TERMINATED
static void
run_cli (Fixture    *f,
         const char *first,
         ...)
{
  va_list args;

  va_start (args, first);
  sks_test_run_cli_va (f->dir, "测试员", FALSE, &f->status, &f->out, &f->err, first, args);
  va_end (args);
}

/* The demo applications without the reviewers' work: this test builds the
 * round's panel and scores itself. */
static void
make_unreviewed_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (sks_sample_populate_unreviewed (store, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sks_test_make_tmpdir ();
  f->doc = g_build_filename (f->dir, "doc.skillstudio", NULL);
  make_unreviewed_sample (f->doc);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      run_cli (f, "panel", "add", "--db", f->doc, "--round", ROUND, "--name", members[i][0],
               "--work-unit", members[i][1], "--title", "高级技师", NULL);
      g_assert_cmpint (f->status, ==, 0);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->doc);
  g_free (f->out);
  g_free (f->err);
}

static char *
write_csv (Fixture    *f,
           const char *text)
{
  char *path = g_build_filename (f->dir, "scores.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Application 1 scored by every member: totals 80, 81, 82, 83, 84, 100. */
static char *
good_csv (void)
{
  const char *keys[] = { "master_team", "project", "training", "support" };
  const int parts[] = { 25, 20, 20 };
  GString *csv = g_string_new ("reviewer,application,criterion,score\n");

  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      int total = m == 5 ? 100 : 80 + (int) m;

      for (guint k = 0; k < 3; k++)
        g_string_append_printf (csv, "%s,1,%s,%d\n", members[m][0], keys[k],
                                m == 5 ? (k == 0 ? 30 : 25) : parts[k]);
      g_string_append_printf (csv, "%s,1,%s,%d\n", members[m][0], keys[3],
                              m == 5 ? 20 : total - 65);
    }
  return g_string_free (csv, FALSE);
}

static GBytes *
read_doc (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->doc);
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

typedef struct {
  const char *name;
  const char *rows;      /* after the header */
  const char *header;    /* NULL: the right one */
  const char *expect;    /* in stderr */
  gboolean    submit;    /* submit 赵一's sheet first */
} BadFile;

static const BadFile bad_files[] = {
  { "unknown-reviewer", "赵一,1,project,20\n王某,1,project,20\n", NULL, "line 3: unknown reviewer", FALSE },
  { "unknown-application", "赵一,999,project,20\n", NULL, "line 2: unknown application “999”", FALSE },
  /* 21 is a draft: not one the panel scores. */
  { "draft-application", "赵一,21,project,20\n", NULL, "line 2: unknown application “21”", FALSE },
  { "unknown-criterion", "赵一,1,quality,20\n", NULL, "line 2: unknown criterion “quality”", FALSE },
  { "over-maximum", "赵一,1,support,20.5\n", NULL, "line 2: score 20.5 is over the maximum of 20", FALSE },
  { "not-a-number", "赵一,1,support,十八\n", NULL, "line 2: score “十八” is not a number", FALSE },
  { "negative", "赵一,1,support,-1\n", NULL, "line 2: score “-1” is not a number", FALSE },
  { "duplicate-rows", "赵一,1,support,18\n钱二,1,support,17\n赵一,1,support,19\n", NULL,
    "line 4: the same reviewer, application and criterion as line 2", FALSE },
  { "submitted-sheet", "赵一,2,support,18\n", NULL, "line 2: 赵一’s sheet is submitted", TRUE },
  { "wrong-header", "赵一,1,support,18\n", "expert,app,item,points\n", "line 1: the first line must be the header", FALSE },
  { "three-fields", "赵一,1,18\n赵一,1,support,18\n", NULL, "line 2: 3 fields instead of 4", FALSE },
  { "no-rows", "", NULL, "the file holds no scores", FALSE },
};

static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  const BadFile *bad = data;
  g_autofree char *text = g_strconcat (bad->header ? bad->header
                                                   : "reviewer,application,criterion,score\n",
                                       bad->rows, NULL);
  g_autofree char *csv = write_csv (f, text);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (bad->submit)
    {
      run_cli (f, "scores", "submit", "--db", f->doc, "--round", ROUND, "--reviewer", "赵一",
               NULL);
      g_assert_cmpint (f->status, ==, 0);
    }
  before = read_doc (f);
  run_cli (f, "scores", "import", csv, "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, bad->expect));
  g_assert_nonnull (strstr (f->err, "nothing was changed"));
  after = read_doc (f);
  g_assert_true (g_bytes_equal (before, after));

  /* Nothing came in: every reviewer's total for application 1 is empty. */
  run_cli (f, "scores", "--db", f->doc, "--round", ROUND, "--format", "json", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_null (strstr (f->out, "\"criteria_scored\" : 1"));
}

/* Every problem of a file at once, not the first only. */
static void
test_all_problems_listed (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *csv = write_csv (f, "reviewer,application,criterion,score\n"
                                       "王某,1,project,20\n赵一,999,project,20\n"
                                       "赵一,1,quality,20\n赵一,1,support,25\n赵一,1\n");

  run_cli (f, "scores", "import", csv, "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 1);
  for (guint line = 2; line <= 6; line++)
    {
      g_autofree char *needle = g_strdup_printf ("line %u:", line);
      g_assert_nonnull (strstr (f->err, needle));
    }
}

static JsonObject *
candidate (JsonNode *root,
           gint64    application)
{
  JsonArray *list = json_object_get_array_member (json_node_get_object (root), "candidates");

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *c = json_array_get_object_element (list, i);
      if (json_object_get_int_member (c, "application") == application)
        return c;
    }
  g_assert_not_reached ();
}

static void
test_import_and_results (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *text = good_csv ();
  g_autofree char *csv = write_csv (f, text);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *c;
  JsonObject *conflicted;

  run_cli (f, "scores", "import", csv, "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "Imported 24 scores"));

  run_cli (f, "scores", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "Trimmed mean (highest and lowest score dropped): 82.00"));
  g_assert_nonnull (strstr (f->out, "吴六\t100.00\tConflict of interest: works at the applying "
                                    "unit, 湖州精达传动机械有限公司"));
  g_assert_nonnull (strstr (f->out, "5 scores"));

  run_cli (f, "scores", "--db", f->doc, "--round", ROUND, "--format", "json", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, f->out, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (
                     json_parser_get_root (parser)), "method"), ==, "trimmed-mean");
  c = candidate (json_parser_get_root (parser), 1);
  g_assert_cmpint (json_object_get_int_member (c, "score_hundredths"), ==, 8200);
  g_assert_cmpint (json_object_get_int_member (c, "mean_hundredths"), ==, 8200);
  g_assert_cmpint (json_object_get_int_member (c, "median_hundredths"), ==, 8200);
  g_assert_cmpint (json_object_get_int_member (c, "range_hundredths"), ==, 400);
  g_assert_cmpint (json_object_get_int_member (c, "sd_hundredths"), ==, 141);
  g_assert_cmpint (json_object_get_int_member (c, "count"), ==, 5);
  g_assert_true (json_object_get_boolean_member (c, "trimmed"));
  g_assert_false (json_object_get_boolean_member (c, "disagreement"));
  conflicted = json_array_get_object_element (json_object_get_array_member (c, "reviewers"), 5);
  g_assert_cmpstr (json_object_get_string_member (conflicted, "reviewer"), ==, "吴六");
  g_assert_false (json_object_get_boolean_member (conflicted, "counts"));
  g_assert_cmpint (json_object_get_int_member (conflicted, "total_hundredths"), ==, 10000);
  g_assert_nonnull (strstr (json_object_get_string_member (conflicted, "excluded_because"),
                            "湖州精达传动机械有限公司"));

  /* The round's method, then the median. */
  run_cli (f, "scores", "method", "--db", f->doc, "--round", ROUND, "--method", "median", NULL);
  g_assert_cmpint (f->status, ==, 0);
  run_cli (f, "scores", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_nonnull (strstr (f->out, "Median: 82.00"));
}

/* A submitted score changed with a reason (in the app) is listed by
 * `scores history` with who, when, old, new and why, narrowed by
 * application and reviewer. */
static void
change_submitted_score (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(SksPanelMember) member = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(SksScoreCriterion) first = NULL;

  g_assert_no_error (error);
  sks_store_set_user (store, "吴科长");
  round = sks_store_find_round (store, ROUND, &error);
  panel = sks_store_get_panel (store, sks_round_get_id (round), SKS_PANEL_LEVEL_CITY, 0, FALSE,
                               &error);
  member = sks_store_find_panel_member (store, sks_panel_get_id (panel), "赵一", &error);
  criteria = sks_store_list_score_criteria (store, sks_round_get_id (round), &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (criteria, 0);
  g_assert_true (sks_store_set_score (store, sks_panel_member_get_id (member), 1,
                                      sks_score_criterion_get_id (first), 2250,
                                      "按纸质评分表更正", &error));
  g_assert_no_error (error);
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *text = good_csv ();
  g_autofree char *csv = write_csv (f, text);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *changes;
  JsonObject *change;

  run_cli (f, "scores", "import", csv, "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 0);
  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "No submitted score has been changed"));
  run_cli (f, "scores", "submit", "--db", f->doc, "--round", ROUND, "--reviewer", "赵一", NULL);
  g_assert_cmpint (f->status, ==, 0);
  change_submitted_score (f);

  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 2);
  g_assert_nonnull (strstr (f->out, "\t吴科长\t赵一\t1\t"));
  g_assert_nonnull (strstr (f->out, "\t有技能大师和技能人才团队\t25.00\t22.50\t按纸质评分表更正"));
  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, "--application", "1",
           "--reviewer", "赵一", NULL);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 2);
  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, "--application", "2", NULL);
  g_assert_nonnull (strstr (f->out, "No submitted score has been changed"));
  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, "--reviewer", "钱二", NULL);
  g_assert_nonnull (strstr (f->out, "No submitted score has been changed"));
  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, "--reviewer", "无此人", NULL);
  g_assert_cmpint (f->status, ==, 1);
  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, "--application", "x", NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--application"));

  run_cli (f, "scores", "history", "--db", f->doc, "--round", ROUND, "--format", "json", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, f->out, -1, &error));
  g_assert_no_error (error);
  changes = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (changes), ==, 1);
  change = json_array_get_object_element (changes, 0);
  g_assert_cmpstr (json_object_get_string_member (change, "who"), ==, "吴科长");
  g_assert_cmpstr (json_object_get_string_member (change, "reviewer"), ==, "赵一");
  g_assert_cmpstr (json_object_get_string_member (change, "criterion"), ==, "master_team");
  g_assert_cmpint (json_object_get_int_member (change, "application"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (change, "old_hundredths"), ==, 2500);
  g_assert_cmpint (json_object_get_int_member (change, "new_hundredths"), ==, 2250);
  g_assert_cmpstr (json_object_get_string_member (change, "reason"), ==, "按纸质评分表更正");
}

/* scores sheet without --reviewer: every reviewer's blank sheet in one
 * PDF, each as many pages as the others, with its reviewer's name and the
 * signature line. */
static char *
pdftotext (const char *pdf,
           guint       first,
           guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *args[] = { "pdftotext", "-enc", "UTF-8", "-f", f, "-l", l, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                &status, &error);
  g_assert_no_error (error);
  return text;
}

static void
test_sheet_all (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "sheets.pdf", NULL);
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *pdfinfo[] = { "pdfinfo", pdf, NULL };
  guint n_pages, per_sheet;

  run_cli (f, "scores", "sheet", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "-o"));
  run_cli (f, "scores", "sheet", "--db", f->doc, "--round", ROUND, "-o", pdf, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_spawn_sync (NULL, (char **) pdfinfo, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (info, "Pages:"));
  n_pages = (guint) atoi (strstr (info, "Pages:") + 6);
  g_assert_cmpuint (n_pages % G_N_ELEMENTS (members), ==, 0);
  per_sheet = n_pages / G_N_ELEMENTS (members);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *text = pdftotext (pdf, i * per_sheet + 1, (i + 1) * per_sheet);

      for (guint j = 0; j < G_N_ELEMENTS (members); j++)
        g_assert_true ((strstr (text, members[j][0]) != NULL) == (i == j));
      g_assert_nonnull (strstr (text, "Reviewer (signature)"));
    }
}

static void
test_panel_list_remove (Fixture       *f,
                        gconstpointer  data)
{
  run_cli (f, "panel", "list", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 1 + G_N_ELEMENTS (members));
  g_assert_nonnull (strstr (f->out, "吴六\t湖州精达传动机械有限公司\t高级技师\tExpert"));
  run_cli (f, "panel", "add", "--db", f->doc, "--round", ROUND, "--name", "赵一", NULL);
  g_assert_cmpint (f->status, ==, 1);
  run_cli (f, "panel", "remove", "--db", f->doc, "--round", ROUND, "--name", "吴六", NULL);
  g_assert_cmpint (f->status, ==, 0);
  run_cli (f, "panel", "list", "--db", f->doc, "--round", ROUND, NULL);
  g_assert_null (strstr (f->out, "吴六"));
  /* A district panel needs its unit. */
  run_cli (f, "panel", "add", "--db", f->doc, "--round", ROUND, "--level", "district",
           "--name", "陈七", NULL);
  g_assert_cmpint (f->status, ==, 1);
  run_cli (f, "panel", "add", "--db", f->doc, "--round", ROUND, "--level", "district",
           "--unit", "吴兴区", "--name", "陈七", NULL);
  g_assert_cmpint (f->status, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli-panel/import/bad/%s", bad_files[i].name);
      g_test_add (path, Fixture, &bad_files[i], fixture_set_up, test_bad_file, fixture_tear_down);
    }
  g_test_add ("/cli-panel/import/all-problems-listed", Fixture, NULL, fixture_set_up,
              test_all_problems_listed, fixture_tear_down);
  g_test_add ("/cli-panel/import/results", Fixture, NULL, fixture_set_up,
              test_import_and_results, fixture_tear_down);
  g_test_add ("/cli-panel/scores/history", Fixture, NULL, fixture_set_up, test_history,
              fixture_tear_down);
  g_test_add ("/cli-panel/scores/sheet-all", Fixture, NULL, fixture_set_up, test_sheet_all,
              fixture_tear_down);
  g_test_add ("/cli-panel/panel/list-remove", Fixture, NULL, fixture_set_up,
              test_panel_list_remove, fixture_tear_down);
  return g_test_run ();
}
