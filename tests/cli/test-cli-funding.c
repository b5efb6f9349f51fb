/* test-cli-funding.c — `skill-studio-cli funding`: aligned text, JSON with
 * every amount an integer of yuan, PDF and Excel output, a round with
 * nothing recognised, the 优秀 grants of a year, usage errors
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "sks-sample.h"
#include "sks-test-util.h"

/* Recognised in Huzhou: the first studio of 吴兴区 and of 德清县, and the
 * first of 南太湖新区 with its fiscal affiliation left out. */
static const char recognise_sql[] =
  "INSERT INTO recognitions (studio_id, round_id, recognised_on, recorded, recorded_by)"
  " SELECT MIN (s.id), s.round_id, '2025-09-30', '2025-09-30T10:00:00', 'test' FROM studios s"
  " JOIN recommenders rc ON rc.id = s.recommender_id"
  " WHERE rc.name IN ('吴兴区', '德清县', '南太湖新区') GROUP BY rc.id;"
  "UPDATE units SET fiscal_affiliation = 'unset' WHERE studio_id = (SELECT MIN (s.id)"
  " FROM studios s JOIN recommenders rc ON rc.id = s.recommender_id"
  " WHERE rc.name = '南太湖新区');";

static void
make_document (SksTestCli *cli,
               const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  sqlite3 *db = NULL;

  store = sks_store_open (cli->doc, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate_unreviewed (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  if (sql != NULL)
    {
      g_assert_cmpint (sqlite3_open (cli->doc, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
    }
}

/* The demo without the reviewers' work; Huzhou recognises nothing. */
static void
set_up (SksTestCli    *cli,
        gconstpointer  data)
{
  sks_test_cli_set_up (cli, data);
  make_document (cli, NULL);
}

static void
set_up_recognised (SksTestCli    *cli,
                   gconstpointer  data)
{
  sks_test_cli_set_up (cli, data);
  make_document (cli, recognise_sql);
}

static void
test_text (SksTestCli    *cli,
           gconstpointer  data)
{
  const char *const order[] = {
    "2025 湖州市 Skill Master Studios: 开办经费补助 Allocation Table", "Unit: yuan",
    "吴兴区", "District", "50,000", "15,000", "35,000", "吴兴区 finance",
    "德清县", "County", "50,000", "50,000", "德清县 finance",
    "南太湖新区", "Not given", "50,000", "Split unknown",
    "Totals by payer", "City finance", "15,000", "德清县 finance", "50,000",
    "吴兴区 finance", "35,000", "Split unknown (fiscal affiliation not given)", "50,000",
    "Grand total", "150,000", "Basis:", "湖人社发〔2025〕1号", NULL,
  };
  const char *p = NULL;

  sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", "huzhou-2025", NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_test_message ("%s", cli->out);
  p = cli->out;
  for (guint i = 0; order[i] != NULL; i++)
    {
      p = strstr (p, order[i]);
      if (p == NULL)
        g_error ("“%s” missing or out of order", order[i]);
      p += strlen (order[i]);
    }
}

/* The columns line up: each data row's amounts end where the header's
 * column does (a Chinese character is two columns wide). */
static void
test_text_aligned (SksTestCli    *cli,
                   gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  glong header_end = -1;

  sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", "huzhou-2025", NULL);
  lines = g_strsplit (cli->out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *grant = strstr (lines[i], "Grant (yuan)");
      glong width = 0;

      if (grant != NULL && header_end < 0)
        {
          for (const char *c = lines[i]; c < grant + strlen ("Grant (yuan)"); c = g_utf8_next_char (c))
            width += g_unichar_iswide (g_utf8_get_char (c)) ? 2 : 1;
          header_end = width;
        }
      else if (header_end > 0 && strstr (lines[i], "吴兴区 finance") && strstr (lines[i], "50,000"))
        {
          const char *amount = strstr (lines[i], "50,000");

          for (const char *c = lines[i]; c < amount + 6; c = g_utf8_next_char (c))
            width += g_unichar_iswide (g_utf8_get_char (c)) ? 2 : 1;
          g_assert_cmpint (width, ==, header_end);
          return;
        }
    }
  g_error ("no row of 吴兴区 under the header:\n%s", cli->out);
}

static JsonObject *
run_json (SksTestCli  *cli,
          JsonParser  *parser,
          const char  *round,
          const char  *year)
{
  g_autoptr(GError) error = NULL;

  if (year != NULL)
    sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", round, "--format", "json",
                      "--excellent-year", year, NULL);
  else
    sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", round, "--format", "json",
                      NULL);
  g_assert_cmpint (cli->status, ==, 0);
  json_parser_load_from_data (parser, cli->out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_json (SksTestCli    *cli,
           gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (cli, parser, "huzhou-2025", NULL);
  JsonArray *studios = json_object_get_array_member (root, "studios");
  JsonArray *payers = json_object_get_array_member (root, "payers");
  JsonObject *first = json_array_get_object_element (studios, 0);
  JsonObject *unknown = json_array_get_object_element (studios, 2);
  JsonArray *shares = json_object_get_array_member (first, "shares");
  JsonNode *amount = json_object_get_member (json_array_get_object_element (shares, 1), "amount");

  g_assert_cmpuint (json_array_get_length (studios), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (first, "recommender"), ==, "吴兴区");
  g_assert_cmpstr (json_object_get_string_member (first, "fiscal_affiliation"), ==, "district");
  g_assert_cmpint (json_object_get_int_member (first, "amount"), ==, 50000);
  g_assert_cmpuint (json_array_get_length (shares), ==, 2);
  g_assert_cmpint (json_node_get_value_type (amount), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (amount), ==, 35000);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (shares, 1),
                                                  "payer"), ==, "吴兴区 finance");
  g_assert_false (json_object_get_boolean_member (unknown, "split_known"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (unknown, "shares")),
                    ==, 0);
  g_assert_cmpuint (json_array_get_length (payers), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (payers, 0),
                                               "amount"), ==, 15000);
  g_assert_cmpint (json_object_get_int_member (root, "split_unknown"), ==, 50000);
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, 150000);
  g_assert_true (json_object_get_null_member (root, "message"));
}

static void
test_excellent (SksTestCli    *cli,
                gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (cli, parser, "hangzhou-2023", "2024");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "studios")),
                    ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "excellent")),
                    ==, 2);
  g_assert_cmpint (json_object_get_int_member (root, "excellent_per_year"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (root, "excellent_total"), ==, 200000);
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, 600000);
}

static void
test_nothing_recognised (SksTestCli    *cli,
                         gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *pdf = g_build_filename (cli->dir, "f.pdf", NULL);
  JsonObject *root;

  sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", "huzhou-2025", NULL);
  g_assert_cmpint (cli->status, ==, 0);
  g_assert_cmpstr (cli->out, ==, "No studio of round “huzhou-2025” has been recognised yet: "
                                 "there is no funding to report.\n");
  root = run_json (cli, parser, "huzhou-2025", NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "studios")),
                    ==, 0);
  g_assert_nonnull (strstr (json_object_get_string_member (root, "message"), "huzhou-2025"));
  sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", "huzhou-2025", "-o", pdf, NULL);
  g_assert_cmpint (cli->status, ==, 1);
  g_assert_nonnull (strstr (cli->err, "has been recognised yet"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_output (SksTestCli    *cli,
             gconstpointer  data)
{
  const char *names[] = { "funding.pdf", "funding.xlsx" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (cli->dir, names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      sks_test_cli_run (cli, "funding", "--db", cli->doc, "--round", "huzhou-2025", "-o", path,
                        NULL);
      g_assert_cmpint (cli->status, ==, 0);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (i == 0 ? g_str_has_prefix (contents, "%PDF") : contents[0] == 'P');
    }
}

typedef struct {
  const char *path;
  const char *args[8];
  const char *message;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "/cli/funding/usage/no-round", { "--db", "DOC", NULL }, "--round" },
  { "/cli/funding/usage/format", { "--db", "DOC", "--round", "huzhou-2025", "--format", "csv",
                                   NULL }, "--format" },
  { "/cli/funding/usage/output-suffix", { "--db", "DOC", "--round", "huzhou-2025", "-o",
                                          "f.txt", NULL }, ".xlsx" },
  { "/cli/funding/usage/year", { "--db", "DOC", "--round", "huzhou-2025", "--excellent-year",
                                 "24", NULL }, "not a year" },
};

static void
test_usage (SksTestCli    *cli,
            gconstpointer  data)
{
  const UsageCase *c = data;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (gpointer) "funding");
  for (guint i = 0; c->args[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) (g_str_equal (c->args[i], "DOC") ? cli->doc : c->args[i]));
  g_ptr_array_add (args, NULL);
  sks_test_cli_run_argv (cli, (const char *const *) args->pdata);
  g_assert_cmpint (cli->status, ==, 2);
  g_assert_nonnull (strstr (cli->err, c->message));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/funding/text", SksTestCli, NULL, set_up_recognised, test_text,
              sks_test_cli_tear_down);
  g_test_add ("/cli/funding/text-aligned", SksTestCli, NULL, set_up_recognised, test_text_aligned,
              sks_test_cli_tear_down);
  g_test_add ("/cli/funding/json", SksTestCli, NULL, set_up_recognised, test_json,
              sks_test_cli_tear_down);
  g_test_add ("/cli/funding/excellent-year", SksTestCli, NULL, set_up, test_excellent,
              sks_test_cli_tear_down);
  g_test_add ("/cli/funding/nothing-recognised", SksTestCli, NULL, set_up,
              test_nothing_recognised, sks_test_cli_tear_down);
  g_test_add ("/cli/funding/output", SksTestCli, NULL, set_up_recognised, test_output,
              sks_test_cli_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    g_test_add (usage_cases[i].path, SksTestCli, &usage_cases[i], set_up, test_usage,
                sks_test_cli_tear_down);
  return g_test_run ();
}
