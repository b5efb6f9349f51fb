/* test-cli-publish.c — skill-studio-cli publish: starts the 公示 of the
 * panel's selected candidates and writes its list; the started 公示 is
 * reused for its own first day and refused for another; usage errors
 * change nothing
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-ranking.h"
#include "sks-sample.h"
#include "sks-store-decision.h"
#include "sks-test-util.h"

#define ROUND "huzhou-2025"
#define N_SELECTED 5

typedef struct {
  SksTestCli  cli;
  char       *masters[N_SELECTED];
} Fixture;

/* The demo (the city panel has scored the nine recommended applications)
 * with the first @n of the panel's ranking decided "selected". */
static void
make_doc (Fixture *f,
          guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (f->cli.doc, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksRanking) ranking = NULL;
  SksDecisionRequest requests[N_SELECTED] = { { 0 } };

  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (store, 0, &error));
  g_assert_no_error (error);
  round = sks_store_find_round (store, ROUND, &error);
  g_assert_no_error (error);
  ranking = sks_ranking_new (store, sks_round_get_id (round), SKS_PANEL_LEVEL_CITY, 0, NULL,
                             NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_ranking_get_n_entries (ranking), >=, N_SELECTED);
  for (guint i = 0; i < n; i++)
    {
      const SksRankingEntry *entry = sks_ranking_get_entry (ranking, i);

      requests[i].studio_id = entry->studio_id;
      requests[i].decision = SKS_DECISION_SELECTED;
      f->masters[i] = g_strdup (entry->master_name);
    }
  if (n > 0)
    {
      sks_store_record_decisions (store, sks_round_get_id (round), SKS_PANEL_LEVEL_CITY,
                                  requests, n, "测试员", &error);
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  sks_test_cli_set_up (&f->cli, NULL);
  f->cli.sks_user = g_strdup ("测试员");
  make_doc (f, N_SELECTED);
}

/* The demo with no decision yet. */
static void
fixture_set_up_undecided (Fixture       *f,
                          gconstpointer  data)
{
  sks_test_cli_set_up (&f->cli, NULL);
  f->cli.sks_user = g_strdup ("测试员");
  make_doc (f, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (guint i = 0; i < N_SELECTED; i++)
    g_free (f->masters[i]);
  sks_test_cli_tear_down (&f->cli, NULL);
}

static char *
out_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->cli.dir, name, NULL);
}

static void
publish (Fixture    *f,
         const char *start,
         const char *order,
         const char *file)
{
  g_autofree char *path = out_path (f, file);

  sks_test_cli_run (&f->cli, "publish", "--db", f->cli.doc, "--round", ROUND, "--start", start,
                    "--order", order, "-o", path, NULL);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Without white space, as a table's cells may break a name in two. */
static char *
strip (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static void
test_start_and_pdf (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "公示名单.pdf");
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  publish (f, "2025-09-26", "stroke", "公示名单.pdf");
  g_assert_cmpint (f->cli.status, ==, 0);
  /* 5 working days across the National Day holiday, counting the
   * make-up working Sunday 9-28. */
  g_assert_nonnull (strstr (f->cli.out, "2025-09-26"));
  g_assert_nonnull (strstr (f->cli.out, "2025-10-09"));
  g_assert_nonnull (strstr (f->cli.out, "Started"));
  raw = pdf_text (pdf);
  sks_test_assert_no_personal_data (raw);
  text = strip (raw);
  g_assert_nonnull (strstr (text, "关于2025年湖州市技能大师工作室拟认定名单的公示"));
  g_assert_nonnull (strstr (text, "公示期：2025年9月26日至2025年10月9日（5个工作日）"));
  g_assert_nonnull (strstr (text, "（按姓氏笔画排序）"));
  g_assert_nonnull (strstr (text, "湖人社发〔2025〕1号"));
  /* The grounds cite the notice by its title, not the round's name */
  g_assert_nonnull (strstr (text, "根据《关于开展"));
  g_assert_null (strstr (text, "工作室申报》"));
  for (guint i = 0; i < N_SELECTED; i++)
    g_assert_nonnull (strstr (text, f->masters[i]));
}

static void
test_same_start_xlsx (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *xlsx = out_path (f, "list.xlsx");

  publish (f, "2025-09-26", "rank", "list.pdf");
  g_assert_cmpint (f->cli.status, ==, 0);
  publish (f, "2025-09-26", "unit", "list.xlsx");
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_null (strstr (f->cli.out, "Started"));
  g_assert_nonnull (strstr (f->cli.out, "list.xlsx"));
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
}

static void
test_different_start (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "other.pdf");

  publish (f, "2025-09-26", "stroke", "list.pdf");
  g_assert_cmpint (f->cli.status, ==, 0);
  publish (f, "2025-10-10", "stroke", "other.pdf");
  g_assert_cmpint (f->cli.status, ==, 1);
  /* The recorded dates, so that the user can print the list that runs. */
  g_assert_nonnull (strstr (f->cli.err, "2025-09-26"));
  g_assert_nonnull (strstr (f->cli.err, "2025-10-09"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_nothing_selected (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "list.pdf");

  publish (f, "2025-09-26", "stroke", "list.pdf");
  g_assert_cmpint (f->cli.status, ==, 1);
  g_assert_cmpstr (f->cli.err, !=, "");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_unknown_unit (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "list.pdf");

  sks_test_cli_run (&f->cli, "publish", "--db", f->cli.doc, "--round", ROUND, "--start",
                    "2025-09-26", "--order", "stroke", "--unit", "不存在区", "-o", pdf, NULL);
  g_assert_cmpint (f->cli.status, ==, 1);
  g_assert_nonnull (strstr (f->cli.err, "不存在区"));
}

typedef struct {
  const char *name;
  const char *start;
  const char *order;
  const char *file;
  const char *expect;   /* in stderr */
} UsageCase;

static const UsageCase usage_cases[] = {
  { "bad-extension", "2025-09-26", "stroke", "list.docx", ".docx" },
  { "bad-order", "2025-09-26", "alphabet", "list.pdf", "--order" },
  { "bad-date", "2025-02-30", "stroke", "list.pdf", "--start" },
  { "no-date", "", "stroke", "list.pdf", "--start" },
};

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const UsageCase *c = data;
  g_autofree char *file = out_path (f, c->file);

  publish (f, c->start, c->order, c->file);
  g_assert_cmpint (f->cli.status, ==, 2);
  g_assert_nonnull (strstr (f->cli.err, c->expect));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  /* Nothing started: the 公示 can start on another day. */
  publish (f, "2025-10-10", "stroke", "later.pdf");
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_nonnull (strstr (f->cli.out, "Started"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, fn) \
  g_test_add (path, Fixture, data, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli/publish/start-and-pdf", NULL, test_start_and_pdf);
  ADD ("/cli/publish/same-start-xlsx", NULL, test_same_start_xlsx);
  ADD ("/cli/publish/different-start", NULL, test_different_start);
  ADD ("/cli/publish/unknown-unit", NULL, test_unknown_unit);
#undef ADD
  g_test_add ("/cli/publish/nothing-selected", Fixture, NULL, fixture_set_up_undecided,
              test_nothing_selected, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/publish/usage/%s", usage_cases[i].name);

      g_test_add (path, Fixture, &usage_cases[i], fixture_set_up, test_usage,
                  fixture_tear_down);
    }
  return g_test_run ();
}
