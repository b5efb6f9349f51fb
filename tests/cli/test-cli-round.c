/* test-cli-round.c — `skill-studio-cli round new` and `round list`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "sks-store.h"
#include "sks-test-util.h"

typedef SksTestCli Fixture;

/* The round takes the profile's notice, dates and units with their quotas. */
static void
test_new_from_profile (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(SksRecommender) wuxing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *deadline = NULL;

  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "huzhou-2025", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "huzhou-2025"));
  g_assert_nonnull (strstr (f->out, "湖人社发〔2025〕1号"));

  store = sks_store_open (f->doc, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  round = sks_store_find_round (store, "huzhou-2025", &error);
  g_assert_no_error (error);
  g_assert_nonnull (round);
  g_object_get (round, "document-number", &number, "deadline", &deadline, NULL);
  g_assert_cmpstr (number, ==, "湖人社发〔2025〕1号");
  g_assert_cmpstr (sks_round_get_policy_id (round), ==, "huzhou-2025");
  g_assert_nonnull (deadline);
  units = sks_store_list_recommenders (store, sks_round_get_id (round), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 7);
  wuxing = sks_store_find_recommender (store, sks_round_get_id (round), "吴兴区", &error);
  g_assert_nonnull (wuxing);
  g_assert_cmpint (sks_recommender_get_quota (wuxing), ==, 12);
}

/* Once per profile and document, unless another key is named. */
static void
test_new_twice (Fixture       *f,
                gconstpointer  data)
{
  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "huzhou-2025", NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "huzhou-2025", NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, "already has a round with the key “huzhou-2025”"));
  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "huzhou-2025", "--key",
                    "huzhou-2025-extra", NULL);
  g_assert_cmpint (f->status, ==, 0);

  sks_test_cli_run (f, "round", "list", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 2);
  g_assert_nonnull (strstr (f->out, "huzhou-2025\t"));
  g_assert_nonnull (strstr (f->out, "huzhou-2025-extra\t"));
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "hangzhou-2023", NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "huzhou-2025", NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "round", "list", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 2);
  g_assert_nonnull (strstr (f->out, "huzhou-2025\t湖州市 2025\t湖人社发〔2025〕1号\thuzhou-2025\t"
                                    "7 units, quota 66\t0 applications\n"));
  g_assert_nonnull (strstr (f->out, "hangzhou-2023\t"));
}

static void
test_unknown_policy (Fixture       *f,
                     gconstpointer  data)
{
  sks_test_cli_run (f, "round", "new", "--db", f->doc, "--policy", "atlantis-2025", NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, "atlantis-2025"));
  g_assert_false (g_file_test (f->doc, G_FILE_TEST_EXISTS));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  sks_test_cli_run (f, "round", NULL);
  g_assert_cmpint (f->status, ==, 2);
  sks_test_cli_run (f, "round", "new", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--policy"));
  sks_test_cli_run (f, "round", "list", NULL);
  g_assert_cmpint (f->status, ==, 2);
  sks_test_cli_run (f, "--help", NULL);
  g_assert_nonnull (strstr (f->out, "round"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, sks_test_cli_set_up, fn, sks_test_cli_tear_down)
  ADD ("/cli/round/new-from-profile", test_new_from_profile);
  ADD ("/cli/round/new-twice", test_new_twice);
  ADD ("/cli/round/list", test_list);
  ADD ("/cli/round/unknown-policy", test_unknown_policy);
  ADD ("/cli/round/usage", test_usage);
#undef ADD

  return g_test_run ();
}
