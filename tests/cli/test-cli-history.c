/* test-cli-history.c — `skill-studio-cli history` (text and json), the
 * global --by NAME and $SKS_USER
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "sks-store.h"
#include "sks-test-util.h"

typedef SksTestCli Fixture;

/* The demo document, then application 1's mobile changed by "档案员". */
static void
make_edited_demo (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksStudio) studio = NULL;

  sks_test_cli_run (f, "sample", "--by", "张审核", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);

  store = sks_store_open (f->doc, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  sks_store_set_user (store, "档案员");
  studio = sks_store_load_studio (store, 1, &error);
  g_assert_no_error (error);
  g_object_set (sks_studio_get_master (studio), "mobile", "13912345678", NULL);
  g_assert_true (sks_store_save_studio_with_reason (store, studio, "本人来电", &error));
  g_assert_no_error (error);
}

static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) cells = NULL;
  guint n;

  make_edited_demo (f);
  sks_test_cli_run (f, "history", "--db", f->doc, "--application", "1", NULL);
  g_assert_cmpint (f->status, ==, 0);
  lines = g_strsplit (g_strchomp (f->out), "\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, ==, 2);
  /* time, who, application, action, field, old, new, reason */
  cells = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (cells), ==, 8);
  g_assert_cmpstr (cells[1], ==, "张审核");
  g_assert_cmpstr (cells[2], ==, "1");
  g_assert_cmpstr (cells[3], ==, "imported");
  g_strfreev (cells);
  cells = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (cells), ==, 8);
  g_assert_cmpstr (cells[1], ==, "档案员");
  g_assert_cmpstr (cells[3], ==, "updated");
  g_assert_cmpstr (cells[4], ==, "master.mobile");
  g_assert_cmpstr (cells[6], ==, "139****5678");
  g_assert_cmpstr (cells[7], ==, "本人来电");
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *last;

  make_edited_demo (f);
  sks_test_cli_run (f, "history", "--db", f->doc, "--format", "json", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, f->out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  /* Every demo application's import, then the one change. */
  g_assert_cmpuint (json_array_get_length (array), >, 2);
  last = json_array_get_object_element (array, json_array_get_length (array) - 1);
  g_assert_cmpint (json_object_get_int_member (last, "application"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (last, "who"), ==, "档案员");
  g_assert_cmpstr (json_object_get_string_member (last, "field"), ==, "master.mobile");
  g_assert_cmpstr (json_object_get_string_member (last, "new-value"), ==, "139****5678");
  g_assert_cmpstr (json_object_get_string_member (last, "reason"), ==, "本人来电");
}

static void
test_round_events (Fixture       *f,
                   gconstpointer  data)
{
  make_edited_demo (f);
  sks_test_cli_run (f, "history", "--db", f->doc, "--round", "huzhou-2025", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "\t张审核\t1\timported\t"));
  sks_test_cli_run (f, "history", "--db", f->doc, "--round", "no-such-round", NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, "no-such-round"));
}

static void
test_sks_user (Fixture       *f,
               gconstpointer  data)
{
  f->sks_user = g_strdup ("环境用户");
  sks_test_cli_run (f, "sample", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_clear_pointer (&f->sks_user, g_free);
  sks_test_cli_run (f, "history", "--db", f->doc, "--application", "2", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "\t环境用户\t2\timported\t"));
}

/* --by wins over $SKS_USER, and works after the command's name too. */
static void
test_by_over_env (Fixture       *f,
                  gconstpointer  data)
{
  f->sks_user = g_strdup ("环境用户");
  sks_test_cli_run (f, "sample", f->doc, "--by=命令行用户", NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "history", "--db", f->doc, "--application", "1", NULL);
  g_assert_nonnull (strstr (f->out, "\t命令行用户\t1\timported\t"));
  g_assert_null (strstr (f->out, "环境用户"));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_cli_run (f, "sample", f->doc, "--by", NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--by"));
  sks_test_cli_run (f, "history", NULL);
  g_assert_cmpint (f->status, ==, 2);
  sks_test_cli_run (f, "history", "--db", f->doc, "--format", "xml", NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "xml"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, sks_test_cli_set_up, fn, sks_test_cli_tear_down)
  ADD ("/cli-history/text", test_text);
  ADD ("/cli-history/json", test_json);
  ADD ("/cli-history/round-events", test_round_events);
  ADD ("/cli-history/sks-user", test_sks_user);
  ADD ("/cli-history/by-over-env", test_by_over_env);
  ADD ("/cli-history/usage-errors", test_usage_errors);
#undef ADD

  return g_test_run ();
}
