/* test-cli-compare.c — `skill-studio-cli compare --db DOC ID ID [ID ID]
 * -o FILE.pdf`: the sheet, and every refusal named
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "sks-master.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-test-scores.h"
#include "sks-test-util.h"

typedef struct {
  SksTestCli cli;
  char      *pdf;
  GPtrArray *ids;      /* the first round's applications, as text */
  char      *other;    /* an application of another round */
  GPtrArray *secrets;  /* their masters' ID numbers and mobiles */
} Fixture;

static void
find_ids (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (f->cli.doc, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GListModel) rows = NULL;
  gint64 first_round = 0;

  g_assert_no_error (error);
  rows = sks_store_list_studio_rows (store, 0, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, sks_studio_row_get_id (row),
                                                           &error);
      char *id = g_strdup_printf ("%" G_GINT64_FORMAT, sks_studio_row_get_id (row));

      g_assert_no_error (error);
      if (first_round == 0)
        first_round = sks_studio_get_round_id (studio);
      if (sks_studio_get_round_id (studio) != first_round && f->other == NULL)
        f->other = id;
      else if (sks_studio_get_round_id (studio) == first_round && f->ids->len < 5)
        {
          g_ptr_array_add (f->ids, id);
          g_ptr_array_add (f->secrets,
                           g_strdup (sks_master_get_id_number (sks_studio_get_master (studio))));
          g_ptr_array_add (f->secrets,
                           g_strdup (sks_master_get_mobile (sks_studio_get_master (studio))));
        }
      else
        g_free (id);
    }
  g_assert_cmpuint (f->ids->len, ==, 5);
  g_assert_nonnull (f->other);
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
  sks_test_cli_set_up (&f->cli, data);
  f->pdf = g_build_filename (f->cli.dir, "compare.pdf", NULL);
  f->ids = g_ptr_array_new_with_free_func (g_free);
  f->secrets = g_ptr_array_new_with_free_func (g_free);
  make_unreviewed_sample (f->cli.doc);
  find_ids (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_cli_tear_down (&f->cli, data);
  g_free (f->pdf);
  g_free (f->other);
  g_ptr_array_unref (f->ids);
  g_ptr_array_unref (f->secrets);
}

/* compare --db DOC ID… -o PDF with the first @n IDs (and @extra) */
static void
run_compare (Fixture    *f,
             guint       n,
             const char *extra)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, "compare");
  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, f->cli.doc);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (args, g_ptr_array_index (f->ids, i));
  if (extra != NULL)
    g_ptr_array_add (args, (gpointer) extra);
  g_ptr_array_add (args, "-o");
  g_ptr_array_add (args, f->pdf);
  g_ptr_array_add (args, NULL);
  sks_test_cli_run_argv (&f->cli, (const char *const *) args->pdata);
}

static char *
pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-q", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_writes (Fixture       *f,
             gconstpointer  data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autofree char *text = NULL;

  run_compare (f, n, NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  g_assert_null (strstr (f->cli.err, "skill-studio-cli: "));
  g_assert_true (g_file_test (f->pdf, G_FILE_TEST_IS_REGULAR));
  text = pdftotext (f->pdf);
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "身份证号码"));
  g_assert_nonnull (strstr (text, "not an annex"));
  for (guint i = 0; i < 2 * n; i++)
    g_assert_null (strstr (text, g_ptr_array_index (f->secrets, i)));
}

/* Once a panel has scored them, the sheet carries each reviewer's total,
 * the excluded one marked with why, and the aggregate with its method. */
static void
test_scores (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 ids[4];

  for (guint i = 0; i < 4; i++)
    ids[i] = g_ascii_strtoll (g_ptr_array_index (f->ids, i), NULL, 10);
  {
    g_autoptr(SksStore) store = sks_store_open (f->cli.doc, SKS_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    sks_test_score_city_panel (store, ids, 4);
  }
  run_compare (f, 4, NULL);
  g_assert_cmpint (f->cli.status, ==, 0);
  text = pdftotext (f->pdf);
  g_assert_nonnull (strstr (text, "Total by " SKS_TEST_REVIEWER_A));
  g_assert_nonnull (strstr (text, "Total by " SKS_TEST_REVIEWER_C));
  g_assert_nonnull (strstr (text, "90 † not counted: Conflict of"));
  g_assert_nonnull (strstr (text, "Aggregate score"));
  g_assert_nonnull (strstr (text, "80.67\nMean"));
}

typedef struct {
  const char *name;
  guint       n;          /* IDs of the first round */
  int         extra;      /* 0 none, 1 the other round's, 2 unknown, 3 the first again, 4 text */
  int         status;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "one", 1, 0, 2, "give from 2 to 4 IDs (1 given)" },
  { "five", 5, 0, 2, "give from 2 to 4 IDs (5 given)" },
  { "other-round", 2, 1, 1, "belong to different rounds" },
  { "unknown", 1, 2, 1, "99999" },
  { "twice", 2, 3, 1, "is given twice" },
  { "not-a-number", 2, 4, 2, "“abc” is not an application’s number" },
};

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const ErrorCase *c = data;
  const char *extra = NULL;

  switch (c->extra)
    {
    case 1: extra = f->other; break;
    case 2: extra = "99999"; break;
    case 3: extra = g_ptr_array_index (f->ids, 0); break;
    case 4: extra = "abc"; break;
    default: break;
    }
  run_compare (f, c->n, extra);
  g_assert_cmpint (f->cli.status, ==, c->status);
  g_assert_nonnull (strstr (f->cli.err, c->message));
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/compare/writes/2", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_writes, fixture_tear_down);
  g_test_add ("/cli/compare/writes/4", Fixture, GUINT_TO_POINTER (4), fixture_set_up,
              test_writes, fixture_tear_down);
  g_test_add ("/cli/compare/scores", Fixture, NULL, fixture_set_up, test_scores,
              fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/compare/refused/%s", error_cases[i].name);

      g_test_add (path, Fixture, &error_cases[i], fixture_set_up, test_refused,
                  fixture_tear_down);
    }
  return g_test_run ();
}
