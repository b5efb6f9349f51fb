/* test-cli-rank.c — skill-studio-cli rank (text and JSON) and decide
 * (several candidates, refused without an override, allowed with one,
 * usage errors) on the demo's scored Huzhou 2025 round
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
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

/* The terminal columns before @what in @line. */
static guint
columns_before (const char *line,
                const char *what)
{
  const char *end = strstr (line, what);
  guint width = 0;

  g_assert_nonnull (end);
  for (const char *p = line; p < end; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static void
test_rank_text (SksTestCli    *cli,
                gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  const char *line_text = "──── planned number: about 33 ────";

  sks_test_cli_run (cli, "rank", "--db", cli->doc, "--round", ROUND, NULL);
  g_assert_cmpint (cli->status, ==, 0);
  lines = g_strsplit (cli->out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Rank"));
  g_assert_true (g_str_has_prefix (lines[1], "1 "));
  g_assert_nonnull (strstr (lines[1], "费永林"));
  g_assert_true (g_str_has_prefix (lines[5], "=5"));
  g_assert_true (g_str_has_prefix (lines[6], "=5"));
  g_assert_nonnull (strstr (lines[3], "Fail: support.present"));
  /* the line after the last ranked one (all 9 are within 33), then the unranked */
  g_assert_cmpstr (lines[10], ==, line_text);
  g_assert_true (g_str_has_prefix (lines[11], "—"));
  g_assert_nonnull (strstr (lines[11], "Not scored yet"));
  g_assert_nonnull (strstr (cli->out, "吴兴区: 5 candidates, quota 12, 0 selected"));
  /* columns line up on screen: Chinese characters take two columns */
  g_assert_cmpuint (columns_before (lines[1], "88.00"), ==, columns_before (lines[2], "87.00"));
}

static void
test_rank_json (SksTestCli    *cli,
                gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *fifth;
  JsonArray *candidates;

  sks_test_cli_run (cli, "rank", "--db", cli->doc, "--round", ROUND, "--format", "json", NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, cli->out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "planned_number"), ==, 33);
  g_assert_true (json_object_get_boolean_member (root, "planned_number_approximate"));
  candidates = json_object_get_array_member (root, "candidates");
  g_assert_cmpuint (json_array_get_length (candidates), ==, 23);
  fifth = json_array_get_object_element (candidates, 4);
  g_assert_cmpint (json_object_get_int_member (fifth, "rank"), ==, 5);
  g_assert_true (json_object_get_boolean_member (fifth, "tied"));
  g_assert_cmpint (json_object_get_int_member (fifth, "score_hundredths"), ==, 8275);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (candidates, 9),
                                              "rank"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "units")), ==, 6);
}

static void
test_decide (SksTestCli    *cli,
             gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *units;

  /* several at once */
  sks_test_cli_run (cli, "decide", "--db", cli->doc, "--round", ROUND, "--application", "6",
                    "--application", "2", "--decision", "selected", "--by", "沈国华",
                    "--note", "专家组一致", NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_nonnull (strstr (cli->out, "6 费永林湖笔制作工技能大师工作室 (费永林): Selected"));
  g_assert_nonnull (strstr (cli->out, "2 姚丽萍服装制版师技能大师工作室 (姚丽萍): Selected"));
  /* the decisions show in the ranking and the units' counts */
  sks_test_cli_run (cli, "rank", "--db", cli->doc, "--round", ROUND, "--format", "json", NULL);
  g_assert_true (json_parser_load_from_data (parser, cli->out, -1, NULL));
  units = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "units");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (units, 0),
                                               "selected"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (units, 0),
                                               "young"), ==, 1);
  /* the history keeps who, the old and new decision and the note */
  sks_test_cli_run (cli, "history", "--db", cli->doc, "--application", "6", NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_nonnull (strstr (cli->out, "沈国华\t6\tupdated\tdecision\t-\tselected\t专家组一致"));
}

static void
test_decide_override (SksTestCli    *cli,
                      gconstpointer  data)
{
  sks_test_cli_run (cli, "decide", "--db", cli->doc, "--round", ROUND, "--application", "17",
                    "--decision", "selected", "--by", "沈国华", NULL);
  g_assert_cmpint (cli->status, ==, 1);
  g_assert_nonnull (strstr (cli->err, "support.present"));
  g_assert_nonnull (strstr (cli->err, "徐海燕"));
  sks_test_cli_run (cli, "decide", "--db", cli->doc, "--round", ROUND, "--application", "17",
                    "--decision", "selected", "--by", "沈国华", "--override-rule",
                    "master.conduct", "--override-reason", "理由", NULL);
  g_assert_cmpint (cli->status, ==, 1);
  g_assert_nonnull (strstr (cli->err, "does not block"));
  sks_test_cli_run (cli, "decide", "--db", cli->doc, "--round", ROUND, "--application", "17",
                    "--decision", "selected", "--by", "沈国华", "--override-reason",
                    "企业已追加经费承诺书", NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_nonnull (strstr (cli->out, "Selected, past support.present: 企业已追加经费承诺书"));
}

typedef struct {
  const char *path;
  const char *args[12];
  const char *message;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "/cli/decide/usage/no-application",
    { "decide", "--round", ROUND, "--decision", "selected", "--by", "x", NULL },
    "--application" },
  { "/cli/decide/usage/bad-decision",
    { "decide", "--round", ROUND, "--application", "6", "--decision", "maybe", "--by", "x",
      NULL }, "--decision" },
  { "/cli/decide/usage/no-by",
    { "decide", "--round", ROUND, "--application", "6", "--decision", "reserve", NULL },
    "--by" },
  { "/cli/decide/usage/rule-without-reason",
    { "decide", "--round", ROUND, "--application", "6", "--decision", "selected", "--by", "x",
      "--override-rule", "support.present", NULL }, "--override-reason" },
  { "/cli/rank/usage/bad-format",
    { "rank", "--round", ROUND, "--format", "xml", NULL }, "--format" },
};

static void
test_usage (SksTestCli    *cli,
            gconstpointer  data)
{
  const UsageCase *c = data;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (gpointer) c->args[0]);
  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, cli->doc);
  for (guint i = 1; c->args[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) c->args[i]);
  g_ptr_array_add (args, NULL);
  sks_test_cli_run_argv (cli, (const char *const *) args->pdata);
  g_assert_cmpint (cli->status, ==, 2);
  g_assert_nonnull (strstr (cli->err, c->message));
}

/* A round the document does not have is named, for every command that
 * takes --round (some crashed on it): the command, then what else it needs */
static const char *const round_commands[][10] = {
  { "rank", NULL },
  { "decide", "--by", "x", "--application", "6", "--decision", "selected", NULL },
  { "funding", NULL },
  { "publication", "show", NULL },
  { "objection", "list", NULL },
  { "recognise", "--date", "2025-10-20", "--by", "x", NULL },
  { "publish", "--start", "2025-09-26", "--order", "rank", "-o", "out.pdf", "--by", "x", NULL },
  { "panel", "list", NULL },
};

static void
test_unknown_round (SksTestCli    *cli,
                    gconstpointer  data)
{
  const char *const *command = data;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (gpointer) command[0]);
  g_ptr_array_add (args, "--db");
  g_ptr_array_add (args, cli->doc);
  g_ptr_array_add (args, "--round");
  g_ptr_array_add (args, "nowhere");
  for (guint i = 1; command[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) command[i]);
  g_ptr_array_add (args, NULL);
  sks_test_cli_run_argv (cli, (const char *const *) args->pdata);
  g_assert_cmpint (cli->status, ==, 1);
  g_assert_nonnull (strstr (cli->err, "nowhere"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, SksTestCli, data, set_up, func, sks_test_cli_tear_down)
  ADD ("/cli/rank/text", test_rank_text, NULL);
  ADD ("/cli/rank/json", test_rank_json, NULL);
  ADD ("/cli/decide/several", test_decide, NULL);
  ADD ("/cli/decide/override", test_decide_override, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    ADD (usage_cases[i].path, test_usage, &usage_cases[i]);
  for (guint i = 0; i < G_N_ELEMENTS (round_commands); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/unknown-round/%s", round_commands[i][0]);
      ADD (path, test_unknown_round, round_commands[i]);
    }
#undef ADD
  return g_test_run ();
}
