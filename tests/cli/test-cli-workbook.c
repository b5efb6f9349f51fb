/* test-cli-workbook.c — skill-studio-cli workbook: the meeting workbook of
 * the demo's Huzhou 2025 round as .xlsx (its four sheets, 0600), a view as
 * CSV with the byte order mark and Chinese headers, one unit's panel, and
 * usage errors
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sks-test-util.h"

#define ROUND "huzhou-2025"

static void
set_up (SksTestCli    *cli,
        gconstpointer  data)
{
  sks_test_cli_set_up (cli, data);
  sks_test_cli_run (cli, "sample", cli->doc, NULL);
  g_assert_cmpint (cli->status, ==, 0);
}

static char *
unzip (const char *first,
       const char *xlsx,
       const char *member)
{
  const char *argv[] = { "unzip", first, xlsx, member, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_xlsx (SksTestCli    *cli,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (cli->dir, "meeting.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *workbook = NULL;
  GStatBuf st;

  sks_test_cli_run (cli, "workbook", "--db", cli->doc, "--round", ROUND, "-o", path, NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_nonnull (strstr (cli->out, "meeting.xlsx"));
  listing = unzip ("-l", path, NULL);
  g_assert_nonnull (strstr (listing, "xl/worksheets/sheet4.xml"));
  workbook = unzip ("-p", path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "name=\"候选名单\""));
  g_assert_nonnull (strstr (workbook, "name=\"经费\""));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_csv (SksTestCli    *cli,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (cli->dir, "ranking.csv", NULL);
  g_autofree char *text = NULL;

  sks_test_cli_run (cli, "workbook", "--db", cli->doc, "--round", ROUND, "--csv", "ranking",
                    "-o", path, NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF排名,并列,计划评选数以内,申报编号,工作室名称"));
  g_assert_nonnull (strstr (text, "费永林"));
  sks_test_assert_no_personal_data (text);
}

/* One recommending unit's own panel: its candidates only. */
static void
test_unit (SksTestCli    *cli,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (cli->dir, "wuxing.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  sks_test_cli_run (cli, "workbook", "--db", cli->doc, "--round", ROUND, "--unit", "吴兴区",
                    "--csv", "candidates", "-o", path, NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 2);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_assert_nonnull (strstr (lines[i], ",吴兴区,"));
}

typedef struct {
  const char *path;
  const char *args[10];
  const char *message;
  int         status;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "/cli/workbook/usage/no-output", { "--round", ROUND, NULL }, "-o", 2 },
  { "/cli/workbook/usage/no-round", { "-o", "x.xlsx", NULL }, "--round", 2 },
  { "/cli/workbook/usage/bad-view", { "--round", ROUND, "--csv", "people", "-o", "x.csv", NULL },
    "--csv", 2 },
  { "/cli/workbook/usage/csv-to-xlsx", { "--round", ROUND, "--csv", "scores", "-o", "x.xlsx",
                                         NULL }, ".csv", 2 },
  { "/cli/workbook/usage/not-xlsx", { "--round", ROUND, "-o", "x.pdf", NULL }, ".xlsx", 2 },
  { "/cli/workbook/unknown-round", { "--round", "nowhere-1999", "-o", "x.xlsx", NULL },
    "nowhere-1999", 1 },
  { "/cli/workbook/unknown-unit", { "--round", ROUND, "--unit", "火星区", "-o", "x.xlsx", NULL },
    "火星区", 1 },
};

static void
test_usage (SksTestCli    *cli,
            gconstpointer  data)
{
  const UsageCase *c = data;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, "workbook");
  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, cli->doc);
  for (guint i = 0; c->args[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) c->args[i]);
  g_ptr_array_add (args, NULL);
  sks_test_cli_run_argv (cli, (const char *const *) args->pdata);
  g_assert_cmpint (cli->status, ==, c->status);
  g_assert_nonnull (strstr (cli->err, c->message));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, SksTestCli, data, set_up, func, sks_test_cli_tear_down)
  ADD ("/cli/workbook/xlsx", test_xlsx, NULL);
  ADD ("/cli/workbook/csv", test_csv, NULL);
  ADD ("/cli/workbook/unit", test_unit, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    ADD (usage_cases[i].path, test_usage, &usage_cases[i]);
#undef ADD
  return g_test_run ();
}
