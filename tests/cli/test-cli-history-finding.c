/* test-cli-history-finding.c — `skill-studio-cli history` tells findings
 * (核实) in words: the check's label, the result, who and the day in one
 * line, in English and in zh_CN; the json format keeps the stored names
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "sks-test-util.h"

typedef struct {
  char *dir;
  char *doc;
  int   status;
  char *out;
  char *err;
  char *today;
} Fixture;

G_GNUC_NULL_TERMINATED
static void
run (Fixture    *f,
     const char *first,
     ...)
{
  va_list args;

  va_start (args, first);
  sks_test_run_cli_va (f->dir, NULL, FALSE, &f->status, &f->out, &f->err, first, args);
  va_end (args);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  f->dir = sks_test_make_tmpdir ();
  f->doc = g_build_filename (f->dir, "doc.skillstudio", NULL);
  f->today = g_date_time_format (now, "%Y-%m-%d");
  run (f, "sample", "--by", "张审核", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
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
  g_free (f->today);
}

static void
record (Fixture    *f,
        const char *result,
        const char *by)
{
  run (f, "finding", "--db", f->doc, "--application", "1", "--check", "master.conduct",
       "--result", result, "--by", by, NULL);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (f->status, ==, 0);
}

/* The history's lines of application 1 whose field column is @field:
 * time, who, application, action, field, old, new, reason */
static GPtrArray *
lines_of (const char *out,
          const char *field)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (cells) == 8 && g_str_equal (cells[4], field))
        g_ptr_array_add (found, g_steal_pointer (&cells));
    }
  return found;
}

static void
history (Fixture *f)
{
  run (f, "history", "--db", f->doc, "--application", "1", NULL);
  g_assert_cmpint (f->status, ==, 0);
  /* neither the stored names nor the state nicks */
  g_assert_null (strstr (f->out, "conduct-check"));
  g_assert_null (strstr (f->out, "\tconfirmed"));
  g_assert_null (strstr (f->out, "\tnot-met"));
}

static void
test_met (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *expected = NULL;
  char **cells;

  record (f, "met", "王珏");
  history (f);
  lines = lines_of (f->out, "Leader’s conduct finding");
  g_assert_cmpuint (lines->len, ==, 1);
  cells = lines->pdata[0];
  g_assert_cmpstr (cells[1], ==, "王珏");
  g_assert_cmpstr (cells[5], ==, "To be checked");
  expected = g_strdup_printf ("Met (王珏, %s)", f->today);
  g_assert_cmpstr (cells[6], ==, expected);
  /* who and the day are told with the result, not on lines of their own */
  g_assert_null (strstr (f->out, "checked by"));
  g_assert_null (strstr (f->out, "checked on"));
}

/* Changed by another reviewer with a note and evidence: the old finding
 * with its reviewer, the new one with theirs, and the evidence by name */
static void
test_changed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  char **cells;

  record (f, "met", "王珏");
  run (f, "finding", "--db", f->doc, "--application", "1", "--check", "master.conduct",
       "--result", "not-met", "--by", "李四", "--note", "品行存疑", "--evidence", "1",
       "--reason", "复核", NULL);
  g_assert_cmpint (f->status, ==, 0);
  history (f);
  lines = lines_of (f->out, "Leader’s conduct finding");
  g_assert_cmpuint (lines->len, ==, 2);
  cells = lines->pdata[1];
  g_assert_cmpstr (cells[1], ==, "李四");
  g_assert_true (g_str_has_prefix (cells[5], "Met (王珏"));
  g_assert_true (g_str_has_prefix (cells[6], "Not met (李四"));
  g_assert_cmpstr (cells[7], ==, "复核");
  evidence = lines_of (f->out, "Leader’s conduct: evidence");
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpstr (((char **) evidence->pdata[0])[5], ==, "-");
  g_assert_cmpstr (((char **) evidence->pdata[0])[6], ==, "申报报告.txt");
  g_ptr_array_unref (evidence);
  evidence = lines_of (f->out, "Leader’s conduct: note");
  g_assert_cmpuint (evidence->len, ==, 1);
}

/* Cleared: back to "To be checked", the old finding with its reviewer */
static void
test_cleared (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *expected = NULL;
  char **cells;

  record (f, "met", "王珏");
  record (f, "clear", "李四");
  history (f);
  lines = lines_of (f->out, "Leader’s conduct finding");
  g_assert_cmpuint (lines->len, ==, 2);
  cells = lines->pdata[1];
  expected = g_strdup_printf ("Met (王珏, %s)", f->today);
  g_assert_cmpstr (cells[5], ==, expected);
  g_assert_cmpstr (cells[6], ==, "To be checked");
}

/* In Chinese: “领办人品行 核实  待核实  符合（王珏，2026-12-06）” */
static void
test_zh_cn (Fixture       *f,
            gconstpointer  data)
{
  const char *argv[] = { g_getenv ("SKS_CLI"), "history", "--db", f->doc, "--application", "1",
                         NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "zh_CN.UTF-8", TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *expected = NULL;
  char **cells;

  record (f, "met", "王珏");
  g_clear_pointer (&f->out, g_free);
  g_spawn_sync (f->dir, (char **) argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &f->out,
                NULL, &f->status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (f->status) && WEXITSTATUS (f->status) == 0);
  lines = lines_of (f->out, "领办人品行 核实");
  g_assert_cmpuint (lines->len, ==, 1);
  cells = lines->pdata[0];
  g_assert_cmpstr (cells[5], ==, "待核实");
  expected = g_strdup_printf ("符合（王珏，%s）", f->today);
  g_assert_cmpstr (cells[6], ==, expected);
}

/* The json format is for programs: it keeps the stored names and values */
static void
test_json_keeps_names (Fixture       *f,
                       gconstpointer  data)
{
  record (f, "met", "王珏");
  run (f, "history", "--db", f->doc, "--application", "1", "--format", "json", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "\"conduct-check\""));
  g_assert_nonnull (strstr (f->out, "\"confirmed\""));
  g_assert_nonnull (strstr (f->out, "\"conduct-checked-by\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/history/finding/met", test_met);
  ADD ("/cli/history/finding/changed", test_changed);
  ADD ("/cli/history/finding/cleared", test_cleared);
  ADD ("/cli/history/finding/zh-cn", test_zh_cn);
  ADD ("/cli/history/finding/json-keeps-names", test_json_keeps_names);
#undef ADD
  return g_test_run ();
}
