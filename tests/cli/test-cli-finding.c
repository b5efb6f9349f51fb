/* test-cli-finding.c — `skill-studio-cli finding`: met, not met and clear
 * change what `check` says, the history keeps the old finding, and every
 * refusal names its option and leaves the document byte for byte as it was
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-test-util.h"

static char *template_doc;   /* the demo document, made once */

typedef SksTestCli Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sks_test_cli_set_up (f, data);
  sks_test_cli_copy_doc (f, template_doc);
}

/* `check`'s verdict of @rule_id for application 1 (沈建明…, Huzhou 2025). */
static char *
verdict_of_first (Fixture    *f,
                  const char *rule_id)
{
  g_auto(GStrv) lines = NULL;

  sks_test_cli_run (f, "check", "--db", f->doc, "--round", "huzhou-2025", NULL);
  lines = g_strsplit (f->out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (cells) >= 4 && g_str_equal (cells[2], rule_id) &&
          g_str_has_prefix (cells[3], "沈建明"))
        return g_strdup (cells[1]);
    }
  g_assert_not_reached ();
}

static void
record (Fixture    *f,
        const char *check,
        const char *result)
{
  sks_test_cli_run (f, "finding", "--db", f->doc, "--application", "1", "--check", check,
                    "--result", result, "--by", "王珏", NULL);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (f->status, ==, 0);
}

static void
test_met (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *before = verdict_of_first (f, "master.conduct");
  g_autofree char *after = NULL;

  g_assert_cmpstr (before, ==, "Needs manual confirmation");
  record (f, "master.conduct", "met");
  g_assert_nonnull (strstr (f->out, "master.conduct"));
  after = verdict_of_first (f, "master.conduct");
  g_assert_cmpstr (after, ==, "Pass");
}

static void
test_not_met (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *after = NULL;

  record (f, "support-funding", "not-met");
  after = verdict_of_first (f, "support.present");
  g_assert_cmpstr (after, ==, "Fail");
}

static void
test_parts (Fixture       *f,
            gconstpointer  data)
{
  static const char *const parts[] = {
    "support-site", "support-equipment", "support-funding", "support-rules"
  };
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *verdict = verdict_of_first (f, "support.present");
      g_assert_cmpstr (verdict, ==, "Needs manual confirmation");
      record (f, parts[i], "met");
    }
  after = verdict_of_first (f, "support.present");
  g_assert_cmpstr (after, ==, "Pass");
}

static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *after = NULL;

  record (f, "training.present", "met");
  record (f, "training.present", "clear");
  after = verdict_of_first (f, "training.present");
  g_assert_cmpstr (after, ==, "Needs manual confirmation");
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  gboolean found = FALSE;

  record (f, "project.present", "met");
  sks_test_cli_run (f, "finding", "--db", f->doc, "--application", "1",
                    "--check", "project.present", "--result", "not-met", "--by", "李四",
                    "--note", "项目为往年项目", "--reason", "复核", NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "history", "--db", f->doc, "--application", "1", NULL);
  g_assert_cmpint (f->status, ==, 0);
  lines = g_strsplit (f->out, "\n", -1);
  /* time, who, application, action, field, old, new, reason */
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\tTechnical project finding\tMet (王珏)\tNot met (李四)\t") != NULL)
      {
        g_assert_nonnull (strstr (lines[i], "\t李四\t"));
        g_assert_true (g_str_has_suffix (lines[i], "\t复核"));
        found = TRUE;
      }
  g_assert_true (found);
  /* who is told with the finding (test-cli-history-finding.c) */
  g_assert_null (strstr (f->out, "project-checked-by"));
}

static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  sks_test_cli_run (f, "finding", "--db", f->doc, "--application", "1", "--check", "support-site",
                    "--result", "met", "--by", "王珏", "--evidence", "2", "--evidence", "1", NULL);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "history", "--db", f->doc, "--application", "1", NULL);
  g_assert_nonnull (strstr (f->out, "\tWork site: evidence\t-\t申报报告.txt、"));
}

typedef struct {
  const char *name;
  const char *args[16];
  const char *message;   /* what stderr names */
} Refusal;

#define FINDING "finding", "--db", "@DOC@"

static const Refusal refusals[] = {
  { "unknown-check", { FINDING, "-a", "1", "--check", "master.age", "--result", "met",
                       "--by", "王珏" }, "--check: Profile “huzhou-2025” has no check" },
  { "other-profile-check", { FINDING, "-a", "1", "--check", "unit.support", "--result", "met",
                             "--by", "王珏" }, "support-site, support-equipment" },
  { "rule-with-parts", { FINDING, "-a", "1", "--check", "support.present", "--result", "met",
                         "--by", "王珏" }, "--check: Check “support.present” has 4 parts" },
  { "not-a-reviewers-rule", { FINDING, "-a", "1", "--check", "master.skill_level", "--result",
                              "met", "--by", "王珏" }, "--check: Rule “master.skill_level”" },
  { "unknown-application", { FINDING, "-a", "999", "--check", "master.conduct", "--result",
                             "met", "--by", "王珏" }, "--application: Application 999" },
  { "no-application", { FINDING, "--check", "master.conduct", "--result", "met",
                        "--by", "王珏" }, "--application" },
  { "unknown-result", { FINDING, "-a", "1", "--check", "master.conduct", "--result", "yes",
                        "--by", "王珏" }, "--result: “yes” is not a result" },
  { "no-by", { FINDING, "-a", "1", "--check", "master.conduct", "--result", "met" }, "--by" },
  { "foreign-evidence", { FINDING, "-a", "1", "--check", "master.conduct", "--result", "met",
                          "--by", "王珏", "--evidence", "3" }, "--evidence: application 1 has no "
                          "attachment 3" },
  { "bad-evidence", { FINDING, "-a", "1", "--check", "master.conduct", "--result", "met",
                      "--by", "王珏", "--evidence", "x" }, "--evidence: “x”" },
  { "bad-date", { FINDING, "-a", "1", "--check", "master.conduct", "--result", "met",
                  "--by", "王珏", "--on", "2025-02-30" }, "--on: Leader’s conduct: checked on" },
  { "clear-with-note", { FINDING, "-a", "1", "--check", "master.conduct", "--result", "clear",
                         "--by", "王珏", "--note", "x" }, "--result clear" },
};

static GBytes *
read_doc (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (f->doc, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const Refusal *r = data;
  g_autoptr(GBytes) before = read_doc (f);
  g_autoptr(GBytes) after = NULL;
  const char *args[G_N_ELEMENTS (r->args) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (r->args) && r->args[i] != NULL; i++)
    args[i] = g_str_equal (r->args[i], "@DOC@") ? f->doc : r->args[i];
  sks_test_cli_run_argv (f, args);
  g_assert_cmpint (f->status, !=, 0);
  g_assert_nonnull (strstr (f->err, r->message));
  after = read_doc (f);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  sks_test_cli_run (f, "finding", "--help", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "--result=RESULT"));
  g_assert_nonnull (strstr (f->out, "--evidence=ATTACHMENT-ID"));
  sks_test_cli_run (f, "--help", NULL);
  g_assert_nonnull (strstr (f->out, "finding"));
}

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, sks_test_cli_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_autofree char *template_dir = NULL;
  int status = 0;
  g_autofree char *out = NULL, *err = NULL;
  const char *sample[] = { "sample", NULL, NULL };
  int result;

  g_test_init (&argc, &argv, NULL);

  template_dir = sks_test_make_tmpdir ();
  template_doc = g_build_filename (template_dir, "demo.skillstudio", NULL);
  sample[1] = template_doc;
  sks_test_run_cli_argv (template_dir, "张审核", FALSE, &status, &out, &err, sample);
  g_assert_cmpint (status, ==, 0);

  ADD ("/cli/finding/met", test_met);
  ADD ("/cli/finding/not-met", test_not_met);
  ADD ("/cli/finding/parts", test_parts);
  ADD ("/cli/finding/clear", test_clear);
  ADD ("/cli/finding/history", test_history);
  ADD ("/cli/finding/evidence", test_evidence);
  ADD ("/cli/finding/help", test_help);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/finding/refused/%s", refusals[i].name);
      g_test_add (path, Fixture, &refusals[i], fixture_set_up, test_refused,
                  sks_test_cli_tear_down);
    }
  result = g_test_run ();
  sks_test_remove_tree (template_dir);
  g_free (template_doc);
  return result;
}
