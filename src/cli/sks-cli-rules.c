/* sks-cli-rules.c — the commands policies, check and print
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "sks-cli-rules.h"
#include "sks-document-check.h"
#include "sks-exchange.h"
#include "sks-print-annex.h"
#include "sks-print-xlsx.h"
#include "sks-rule-engine.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

/* policies */

int
sks_cli_policies (int    argc,
                  char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GListModel) policies = NULL;

  if (!sks_cli_parse_options ("policies", NULL,
              _("Lists the policy profiles: the notices whose rules Skill Studio applies, "
                "bundled ones and those in your configuration folder."), entries, &argc, &argv))
    return EXIT_USAGE;

  policies = sks_policy_list_all (&errors);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(SksPolicy) policy = g_list_model_get_item (policies, i);

      /* TRANSLATORS: profile id, city, year, document number, number of rules */
      g_print (_("%s\t%s %d\t%s\t%u rules\t%s\n"), sks_policy_get_id (policy),
               sks_policy_get_city (policy), sks_policy_get_year (policy),
               sks_policy_get_document_number (policy), sks_policy_get_n_rules (policy),
               sks_policy_get_bundled (policy) ? _("bundled") : sks_policy_get_origin (policy));
    }
  for (guint i = 0; errors && i < errors->len; i++)
    g_printerr ("skill-studio-cli: %s\n", ((GError *) g_ptr_array_index (errors, i))->message);
  return errors && errors->len > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/* check */

static const char *
verdict_subject (SksVerdict *verdict)
{
  SksStudio *studio = sks_verdict_get_studio (verdict);

  if (studio != NULL)
    return sks_studio_get_name (studio) ? sks_studio_get_name (studio) : _("(no name)");
  return sks_verdict_get_recommender (verdict) ? sks_verdict_get_recommender (verdict) : "";
}

static void
print_verdict_text (const char *round_key,
                    SksVerdict *verdict)
{
  const char *ref = sks_verdict_get_paragraph_ref (verdict);

  /* TRANSLATORS: round, status, rule id, application or unit, explanation */
  g_print (_("%s\t%s\t%s\t%s\t%s"), round_key,
           sks_verdict_status_get_label (sks_verdict_get_status (verdict)),
           sks_verdict_get_rule_id (verdict), verdict_subject (verdict),
           sks_verdict_get_explanation (verdict));
  if (ref != NULL && *ref != '\0')
    g_print (" (%s)", ref);
  g_print ("\n");
}

static void
add_verdict_json (JsonBuilder *builder,
                  const char  *round_key,
                  SksVerdict  *verdict)
{
  SksStudio *studio = sks_verdict_get_studio (verdict);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "round");
  json_builder_add_string_value (builder, round_key);
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, sks_verdict_get_rule_id (verdict));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder,
                                 sks_verdict_status_get_nick (sks_verdict_get_status (verdict)));
  json_builder_set_member_name (builder, "recommender");
  json_builder_add_string_value (builder, sks_verdict_get_recommender (verdict));
  json_builder_set_member_name (builder, "studio");
  json_builder_add_string_value (builder, studio ? sks_studio_get_name (studio) : NULL);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, studio ? sks_studio_get_uuid (studio) : NULL);
  json_builder_set_member_name (builder, "explanation");
  json_builder_add_string_value (builder, sks_verdict_get_explanation (verdict));
  json_builder_set_member_name (builder, "paragraph-ref");
  json_builder_add_string_value (builder, sks_verdict_get_paragraph_ref (verdict));
  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_string_value (builder, sks_verdict_get_paragraph (verdict));
  json_builder_end_object (builder);
}

/* The profile of @round: the one given with --policy, else the round's. */
static SksPolicy *
round_policy (SksRound    *round,
              const char  *policy_id,
              GError     **error)
{
  const char *id = policy_id ? policy_id : sks_round_get_policy_id (round);

  if (id == NULL)
    {
      g_set_error (error, SKS_POLICY_ERROR, 0,
                   _("Round “%s” names no policy profile; give one with --policy"),
                   sks_round_get_key (round));
      return NULL;
    }
  return sks_policy_lookup (id, error);
}

static void
print_report (SksRound       *round,
              SksRoundReport *report,
              JsonBuilder    *json,
              guint          *n_failed)
{
  GListModel *verdicts = sks_round_report_get_verdicts (report);

  for (guint i = 0; i < g_list_model_get_n_items (verdicts); i++)
    {
      g_autoptr(SksVerdict) verdict = g_list_model_get_item (verdicts, i);

      if (json)
        add_verdict_json (json, sks_round_get_key (round), verdict);
      else
        print_verdict_text (sks_round_get_key (round), verdict);
    }
  *n_failed += sks_round_report_count (report, SKS_VERDICT_FAIL);
}

static void
print_json (JsonBuilder *json)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_end_array (json);
  root = json_builder_get_root (json);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputs ("\n", stdout);
}

/* The chosen rounds (every one without @round_key) are checked at once by
 * the same function as the app's list (sks_document_check_run()). */
static int
check_store (SksStore   *store,
             const char *round_key,
             const char *policy_id,
             gboolean    as_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);
  g_autoptr(JsonBuilder) json = as_json ? json_builder_new () : NULL;
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SksDocumentCheck) check = NULL;
  guint n_failed = 0;

  if (rounds == NULL)
    return fail (error);
  policies = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (round_key == NULL || g_strcmp0 (round_key, sks_round_get_key (round)) == 0)
        g_ptr_array_add (chosen, g_steal_pointer (&round));
    }
  if (chosen->len == 0 && round_key != NULL)
    {
      g_printerr (_("skill-studio-cli: The document has no round “%s”\n"), round_key);
      return EXIT_PROBLEMS;
    }
  g_array_set_size (round_ids, chosen->len);
  for (guint i = 0; i < chosen->len; i++)
    {
      SksPolicy *policy = round_policy (chosen->pdata[i], policy_id, &error);

      if (policy == NULL)
        return fail (error);
      g_array_index (round_ids, gint64, i) = sks_round_get_id (chosen->pdata[i]);
      g_hash_table_insert (policies, &g_array_index (round_ids, gint64, i), policy);
    }

  if ((check = sks_document_check_run (store, policies, SKS_DOCUMENT_CHECK_REPORTS, NULL,
                                       &error)) == NULL)
    return fail (error);
  if (json)
    json_builder_begin_array (json);
  for (guint i = 0; i < chosen->len; i++)
    print_report (chosen->pdata[i],
                  sks_document_check_get_report (check, g_array_index (round_ids, gint64, i)),
                  json, &n_failed);
  if (json)
    print_json (json);
  return n_failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

/* An exchange file is checked in a scratch document, so that its
 * applications are grouped by recommending unit exactly as after an import,
 * and nothing of the user's documents changes. The scratch document lives
 * in memory: a file of it would hold every ID number of the exchange file
 * and stay behind when the check is interrupted. */
static int
check_file (const char *path,
            const char *policy_id,
            gboolean    as_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = sks_exchange_read (path, &error);
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(SksStore) store = NULL;
  int status;

  if (import == NULL)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_prefix_error (&error, "%s: ", name);
      return fail (error);
    }

  store = sks_store_open (path, SKS_STORE_OPEN_MEMORY, &error);
  if (store == NULL || !sks_exchange_import (store, import, TRUE, &report, &error))
    status = fail (error);
  else
    {
      for (guint i = 0; report && i < report->problems->len; i++)
        {
          g_autofree char *line =
            sks_exchange_problem_to_string (g_ptr_array_index (report->problems, i));
          g_printerr ("%s\n", line);
        }
      status = check_store (store, NULL, policy_id, as_json);
      if (report && report->problems->len > 0)
        status = EXIT_PROBLEMS;
    }

  return status;
}

int
sks_cli_check (int    argc,
               char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *round = NULL;
  g_autofree char *format = NULL;
  g_autofree char *policy = NULL;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, N_("The document"), N_("DOC") },
    { "round", 'r', 0, G_OPTION_ARG_STRING, &round,
      N_("Only the round with this key, e.g. huzhou-2025"), N_("KEY") },
    { "policy", 'p', 0, G_OPTION_ARG_STRING, &policy,
      N_("Check against this policy profile instead of the round’s own"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"),
      N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  gboolean as_json;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;

  if (!sks_cli_parse_options ("check", _("[FILE.json]"),
              _("Checks every application and recommending unit against the rules of the "
                "notice, printing every rule’s verdict with its reason and the notice’s "
                "paragraph. With an exchange file and --policy, checks the file without "
                "importing it. Exits with 1 when any rule fails."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (format && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return sks_cli_usage_error ("check", "%s", _("Choose --format text or --format json"));
  as_json = format && g_str_equal (format, "json");

  if (args && args[0])
    {
      if (db != NULL || args[1] != NULL)
        return sks_cli_usage_error ("check", "%s", _("Check either one exchange file or a document with --db"));
      if (policy == NULL)
        return sks_cli_usage_error ("check", "%s", _("Name the policy profile of the file with --policy"));
      return check_file (args[0], policy, as_json);
    }
  if (db == NULL)
    return sks_cli_usage_error ("check", "%s", _("Name the document with --db, or an exchange file"));

  store = sks_store_open (db, SKS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return fail (error);
  return check_store (store, round, policy, as_json);
}

/* print */

static gint64
round_id_for (SksStore    *store,
              const char  *key,
              GError     **error)
{
  g_autoptr(SksRound) round = NULL;

  if (key == NULL)
    return 0;
  round = sks_store_find_round (store, key, error);
  if (round != NULL)
    return sks_round_get_id (round);
  if (error && *error == NULL)
    g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                 _("The document has no round “%s”"), key);
  return -1;
}

int
sks_cli_print (int    argc,
               char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *round = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *output = NULL;
  gint64 application = 0;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, N_("The document"), N_("DOC") },
    { "round", 'r', 0, G_OPTION_ARG_STRING, &round,
      N_("annex2: the round with this key (default: the latest)"), N_("KEY") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit,
      N_("annex2: only this recommending unit"), N_("NAME") },
    { "application", 'a', 0, G_OPTION_ARG_INT64, &application,
      N_("annex3: the application’s number (see “list”)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write; annex2 is written as an Excel workbook when FILE ends in .xlsx"),
      N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  gboolean ok;

  if (!sks_cli_parse_options ("print", _("annex2|annex3|evaluation"),
              _("Writes an official form as PDF, ready to print, stamp and scan: annex2, the "
                "recommendation summary table (推荐情况汇总表) of a round or of one recommending "
                "unit; annex3, the application form (申报表) of one application; evaluation, an "
                "evaluation table (考核评估表) of a named Hangzhou studio, whose options "
                "“print evaluation --help” lists."),
              entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || args[0] == NULL || args[1] != NULL ||
      (!g_str_equal (args[0], "annex2") && !g_str_equal (args[0], "annex3")))
    return sks_cli_usage_error ("print", "%s", _("Name the form: annex2, annex3 or evaluation"));
  if (db == NULL || output == NULL)
    return sks_cli_usage_error ("print", "%s", _("Name the document with --db and the PDF with -o"));
  if (g_str_equal (args[0], "annex3") && application <= 0)
    return sks_cli_usage_error ("print", "%s", _("Name the application with --application"));

  store = sks_store_open (db, SKS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return fail (error);

  if (g_str_equal (args[0], "annex3"))
    ok = sks_print_export_annex3_pdf (store, application, output, &error);
  else
    {
      gint64 round_id = round_id_for (store, round, &error);
      g_autofree char *lower = g_ascii_strdown (output, -1);

      if (round_id < 0)
        ok = FALSE;
      else if (g_str_has_suffix (lower, ".xlsx"))
        ok = sks_print_export_annex2_xlsx (store, round_id, unit, output, &error);
      else
        ok = sks_print_export_annex2_pdf (store, round_id, unit, output, &error);
    }
  if (!ok)
    return fail (error);
  return EXIT_OK;
}
