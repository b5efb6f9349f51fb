/* sks-cli-panel.c — panel scoring from the command line: `panel add|list|
 * remove` (members of a round's district or city panel), `scores` (the
 * results per candidate, text or JSON), `scores import FILE.csv`, `scores
 * submit`, `scores method` and `scores sheet` (a reviewer's blank sheet)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sks-cli-panel.h"
#include "sks-cli-rules.h"
#include "sks-policy.h"
#include "sks-print-score-sheet.h"
#include "sks-scores-csv.h"
#include "sks-store-panel.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char  *db;
  char  *round;
  char  *level;
  char  *unit;
  char  *name;
  char  *work_unit;
  char  *title;
  char  *role;
  char  *format;
  char  *method;
  char  *reviewer;
  char  *output;
  char  *application;
  char **args;
} PanelOptions;

static void
panel_options_clear (PanelOptions *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->level);
  g_free (o->unit);
  g_free (o->name);
  g_free (o->work_unit);
  g_free (o->title);
  g_free (o->role);
  g_free (o->format);
  g_free (o->method);
  g_free (o->reviewer);
  g_free (o->output);
  g_free (o->application);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PanelOptions, panel_options_clear)

#define OPTION_DB(o) \
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, &(o)->db, N_("The document"), N_("DOC") }
#define OPTION_ROUND(o) \
  { "round", 'r', 0, G_OPTION_ARG_STRING, &(o)->round, N_("The round (see “round list”)"), \
    N_("KEY") }
#define OPTION_LEVEL(o) \
  { "level", 0, 0, G_OPTION_ARG_STRING, &(o)->level, \
    N_("The panel: district (needs --unit) or city (default)"), N_("LEVEL") }
#define OPTION_UNIT(o) \
  { "unit", 'u', 0, G_OPTION_ARG_STRING, &(o)->unit, \
    N_("The recommending unit of a district panel"), N_("NAME") }
#define OPTION_REVIEWER(o) \
  { "reviewer", 0, 0, G_OPTION_ARG_STRING, &(o)->reviewer, N_("The panel member"), N_("NAME") }
#define OPTION_ARGS(o) \
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &(o)->args, NULL, NULL }

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

static SksStore *
open_document (PanelOptions  *o,
               gboolean       write,
               GError       **error)
{
  return sks_cli_open_document (o->db, write, error);
}

/* The panel the options name; created when @create. */
static SksPanel *
find_panel (SksStore      *store,
            PanelOptions  *o,
            gboolean       create,
            SksRound     **round_out,
            GError       **error)
{
  g_autoptr(SksRound) round = sks_cli_find_round (store, o->round, error);
  g_autoptr(SksRecommender) recommender = NULL;
  int level = SKS_PANEL_LEVEL_CITY;
  SksPanel *panel;

  if (round == NULL)
    return NULL;
  if (o->level != NULL && !sks_enum_from_nick (SKS_TYPE_PANEL_LEVEL, o->level, &level))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("--level: “%s” is neither district nor city"), o->level);
      return NULL;
    }
  if (level == SKS_PANEL_LEVEL_DISTRICT)
    {
      if (o->unit == NULL)
        {
          g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                               _("--unit: a district panel belongs to a recommending unit"));
          return NULL;
        }
      recommender = sks_store_find_recommender (store, sks_round_get_id (round), o->unit, error);
      if (recommender == NULL)
        return NULL;
    }
  panel = sks_store_get_panel (store, sks_round_get_id (round), level,
                               recommender ? sks_recommender_get_id (recommender) : 0, create,
                               error);
  if (panel != NULL && round_out != NULL)
    *round_out = g_steal_pointer (&round);
  return panel;
}

static SksPolicy *
round_policy (SksRound *round)
{
  const char *id = sks_round_get_policy_id (round);

  return id ? sks_policy_lookup (id, NULL) : NULL;
}

static gboolean
check_common (const char   *command,
              PanelOptions *o,
              guint         n_args)
{
  if (o->args != NULL && g_strv_length (o->args) > n_args)
    return sks_cli_usage_error (command, _("Unexpected argument “%s”"), o->args[n_args]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the document with --db")), FALSE;
  if (o->round == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the round with --round")), FALSE;
  return TRUE;
}

/* panel ------------------------------------------------------------------- */

static int
panel_add (SksStore     *store,
           SksPanel     *panel,
           SksRound     *round,
           PanelOptions *o)
{
  g_autoptr(SksPanelMember) member = sks_panel_member_new ();
  g_autoptr(SksPolicy) policy = round_policy (round);
  g_autoptr(GPtrArray) sheet = policy ? sks_policy_create_score_sheet (policy) : NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GError) error = NULL;
  int role = SKS_PANEL_ROLE_EXPERT;

  if (o->role != NULL && !sks_enum_from_nick (SKS_TYPE_PANEL_ROLE, o->role, &role))
    return sks_cli_usage_error ("panel", _("--role: “%s” is neither expert nor chair"), o->role);
  sks_panel_member_set_panel_id (member, sks_panel_get_id (panel));
  g_object_set (member, "name", o->name, "work-unit", o->work_unit, "title", o->title,
                "role", role, NULL);
  if (!sks_store_add_panel_member (store, member, &error))
    return fail (error);
  /* The round's sheet is the profile's until someone edits it. */
  criteria = sks_store_ensure_score_sheet (store, sks_round_get_id (round), sheet, &error);
  if (criteria == NULL)
    return fail (error);
  g_print (_("Added %s to the panel\n"), o->name);
  return EXIT_OK;
}

static int
panel_list (SksStore *store,
            SksPanel *panel)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) members = sks_store_list_panel_members (store, sks_panel_get_id (panel),
                                                                &error);

  if (members == NULL)
    return fail (error);
  g_print ("%s\t%s\t%s\t%s\t%s\n", _("Name"), _("Work unit"), _("Title"), _("Role"),
           _("Submitted"));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SksPanelMember) m = g_list_model_get_item (members, i);
      const char *submitted = sks_panel_member_get_submitted (m);

      g_print ("%s\t%s\t%s\t%s\t%s\n", sks_panel_member_get_name (m),
               sks_panel_member_get_work_unit (m) ? sks_panel_member_get_work_unit (m) : "",
               sks_panel_member_get_title (m) ? sks_panel_member_get_title (m) : "",
               sks_enum_get_label (SKS_TYPE_PANEL_ROLE, sks_panel_member_get_role (m)),
               submitted ? submitted : "");
    }
  return EXIT_OK;
}

int
sks_cli_panel (int    argc,
               char **argv)
{
  g_auto(PanelOptions) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o), OPTION_LEVEL (&o), OPTION_UNIT (&o),
    { "name", 'n', 0, G_OPTION_ARG_STRING, &o.name, N_("The member’s name"), N_("NAME") },
    { "work-unit", 0, 0, G_OPTION_ARG_STRING, &o.work_unit,
      N_("Where the member works (a candidate of that unit is a conflict of interest)"),
      N_("UNIT") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title, N_("The member’s title"), N_("TITLE") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &o.role, N_("expert (default) or chair"), N_("ROLE") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(SksRound) round = NULL;
  const char *action;
  gboolean write;

  if (!sks_cli_parse_options ("panel", _("add|list|remove"),
                              _("Adds, lists or removes the members of a round’s review panel "
                                "(评审专家组)."), entries, &argc, &argv))
    return EXIT_USAGE;
  action = o.args ? o.args[0] : NULL;
  if (action == NULL || !g_strv_contains ((const char *[]) { "add", "list", "remove", NULL },
                                          action))
    return sks_cli_usage_error ("panel", "%s", _("Say add, list or remove"));
  if (!check_common ("panel", &o, 1))
    return EXIT_USAGE;
  if (!g_str_equal (action, "list") && o.name == NULL)
    return sks_cli_usage_error ("panel", "%s", _("Name the member with --name"));

  write = !g_str_equal (action, "list");
  if ((store = open_document (&o, write, &error)) == NULL ||
      (panel = find_panel (store, &o, g_str_equal (action, "add"), &round, &error)) == NULL)
    return fail (error);
  if (g_str_equal (action, "add"))
    return panel_add (store, panel, round, &o);
  if (g_str_equal (action, "list"))
    return panel_list (store, panel);
  {
    g_autoptr(SksPanelMember) member = sks_store_find_panel_member (store,
                                                                    sks_panel_get_id (panel),
                                                                    o.name, &error);

    if (member == NULL ||
        !sks_store_remove_panel_member (store, sks_panel_member_get_id (member), &error))
      return fail (error);
    g_print (_("Removed %s from the panel\n"), o.name);
    return EXIT_OK;
  }
}

/* scores ------------------------------------------------------------------ */

static char *
format_score (gint64 hundredths)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", hundredths / 100, (int) (hundredths % 100));
}

static void
print_text (GListModel *results)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SksScoreResult) r = g_list_model_get_item (results, i);
      const SksAggregate *a = sks_score_result_get_aggregate (r);
      g_autofree char *method = sks_aggregate_describe_method (a);
      g_autofree char *score = format_score (a->score);
      g_autofree char *mean = format_score (a->mean);
      g_autofree char *trimmed = format_score (a->trimmed_mean);
      g_autofree char *median = format_score (a->median);
      g_autofree char *sd = format_score (a->sd);
      g_autofree char *range = format_score (a->range);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\n", sks_score_result_get_studio_id (r),
               sks_score_result_get_studio_name (r) ? sks_score_result_get_studio_name (r) : "",
               sks_score_result_get_master_name (r) ? sks_score_result_get_master_name (r) : "");
      for (guint j = 0; j < sks_score_result_get_n_reviewers (r); j++)
        {
          const SksReviewerScore *s = sks_score_result_get_reviewer (r, j);
          g_autofree char *total = format_score (s->total);

          g_print ("  %s\t%s%s%s\n", s->reviewer, s->n_scored ? total : "-",
                   s->reason ? "\t" : "", s->reason ? s->reason : "");
        }
      g_print (_("  %s: %s (mean %s, trimmed mean %s, median %s, SD %s, range %s, %u scores)%s\n"),
               method, a->count ? score : "-", mean, trimmed, median, sd, range, a->count,
               a->disagreement ? _(" — reviewers disagree: discuss") : "");
    }
}

static void
add_score_member (JsonBuilder *b,
                  const char  *name,
                  gint64       hundredths)
{
  g_autofree char *key = g_strconcat (name, "_hundredths", NULL);

  /* Exact integers: hundredths of a point, as the document keeps them. */
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, hundredths);
}


/* Prints what @b built, indented, as the other --format json outputs. */
static void
print_built_json (JsonBuilder *b)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}
static void
print_json (GListModel     *results,
            SksScoreMethod  method)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "method");
  json_builder_add_string_value (b, sks_enum_get_nick (SKS_TYPE_SCORE_METHOD, method));
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(SksScoreResult) r = g_list_model_get_item (results, i);
      const SksAggregate *a = sks_score_result_get_aggregate (r);
      g_autofree char *used = sks_aggregate_describe_method (a);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "application");
      json_builder_add_int_value (b, sks_score_result_get_studio_id (r));
      json_builder_set_member_name (b, "studio");
      json_builder_add_string_value (b, sks_score_result_get_studio_name (r));
      json_builder_set_member_name (b, "master");
      json_builder_add_string_value (b, sks_score_result_get_master_name (r));
      json_builder_set_member_name (b, "reviewers");
      json_builder_begin_array (b);
      for (guint j = 0; j < sks_score_result_get_n_reviewers (r); j++)
        {
          const SksReviewerScore *s = sks_score_result_get_reviewer (r, j);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "reviewer");
          json_builder_add_string_value (b, s->reviewer);
          add_score_member (b, "total", s->total);
          json_builder_set_member_name (b, "criteria_scored");
          json_builder_add_int_value (b, s->n_scored);
          json_builder_set_member_name (b, "submitted");
          json_builder_add_boolean_value (b, s->submitted);
          json_builder_set_member_name (b, "counts");
          json_builder_add_boolean_value (b, s->state == SKS_REVIEWER_SCORE_COUNTS);
          json_builder_set_member_name (b, "excluded_because");
          if (s->reason)
            json_builder_add_string_value (b, s->reason);
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "method_used");
      json_builder_add_string_value (b, used);
      add_score_member (b, "score", a->score);
      add_score_member (b, "mean", a->mean);
      add_score_member (b, "trimmed_mean", a->trimmed_mean);
      json_builder_set_member_name (b, "trimmed");
      json_builder_add_boolean_value (b, a->trimmed);
      add_score_member (b, "median", a->median);
      add_score_member (b, "sd", a->sd);
      add_score_member (b, "range", a->range);
      json_builder_set_member_name (b, "count");
      json_builder_add_int_value (b, a->count);
      json_builder_set_member_name (b, "disagreement");
      json_builder_add_boolean_value (b, a->disagreement);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  print_built_json (b);
}

static int
scores_show (PanelOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(GListModel) results = NULL;
  SksScoreThresholds thresholds = { 0, 0 };
  SksScoreMethod method;
  int asked = -1;

  if (o->format != NULL && !g_str_equal (o->format, "text") && !g_str_equal (o->format, "json"))
    return sks_cli_usage_error ("scores", _("--format: “%s” is neither text nor json"), o->format);
  if (o->method != NULL && !sks_enum_from_nick (SKS_TYPE_SCORE_METHOD, o->method, &asked))
    return sks_cli_usage_error ("scores", _("--method: use mean, trimmed-mean or median"));
  if ((store = open_document (o, FALSE, &error)) == NULL ||
      (panel = find_panel (store, o, FALSE, &round, &error)) == NULL)
    return fail (error);
  if ((policy = round_policy (round)) != NULL)
    sks_policy_get_score_thresholds (policy, &thresholds);
  method = asked >= 0 ? (SksScoreMethod) asked
         : sks_store_get_score_method (store, sks_round_get_id (round),
                                       policy ? sks_policy_get_score_method (policy)
                                              : SKS_SCORE_METHOD_MEAN, NULL);
  results = sks_store_list_score_results (store, panel, method, &thresholds, &error);
  if (results == NULL)
    return fail (error);
  if (o->format != NULL && g_str_equal (o->format, "json"))
    print_json (results, method);
  else
    print_text (results);
  return EXIT_OK;
}

static int
scores_import (PanelOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  guint n = 0;

  if (o->args[1] == NULL)
    return sks_cli_usage_error ("scores", "%s", _("Name the CSV file: scores import FILE.csv"));
  if ((store = open_document (o, TRUE, &error)) == NULL ||
      (panel = find_panel (store, o, FALSE, NULL, &error)) == NULL)
    return fail (error);
  if (!sks_scores_csv_import_file (store, panel, o->args[1], &problems, &n, &error))
    {
      for (guint i = 0; problems && i < problems->len; i++)
        g_printerr ("%s: %s\n", o->args[1], (const char *) problems->pdata[i]);
      return fail (error);
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u score\n", "Imported %u scores\n", n), n);
  return EXIT_OK;
}

static int
scores_member_action (PanelOptions *o,
                      const char   *action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(SksPanelMember) member = NULL;
  gboolean sheet = g_str_equal (action, "sheet");

  if (sheet && o->output == NULL)
    return sks_cli_usage_error ("scores", "%s", _("Name the PDF file with -o"));
  if (sheet && o->reviewer == NULL)
    {
      /* every reviewer's blank sheet, each numbered from 1 */
      if ((store = open_document (o, FALSE, &error)) == NULL ||
          (panel = find_panel (store, o, FALSE, NULL, &error)) == NULL ||
          !sks_print_export_score_sheets_pdf (store, panel, o->output, &error))
        return fail (error);
      g_print (_("Wrote %s\n"), o->output);
      return EXIT_OK;
    }
  if (o->reviewer == NULL)
    return sks_cli_usage_error ("scores", "%s", _("Name the panel member with --reviewer"));
  if ((store = open_document (o, !sheet, &error)) == NULL ||
      (panel = find_panel (store, o, FALSE, NULL, &error)) == NULL ||
      (member = sks_store_find_panel_member (store, sks_panel_get_id (panel), o->reviewer,
                                             &error)) == NULL)
    return fail (error);
  if (sheet)
    {
      if (!sks_print_export_score_sheet_pdf (store, panel, member, o->output, &error))
        return fail (error);
      g_print (_("Wrote %s\n"), o->output);
      return EXIT_OK;
    }
  if (!sks_store_submit_sheet (store, sks_panel_member_get_id (member), &error))
    return fail (error);
  g_print (_("%s’s sheet is submitted and locked\n"), o->reviewer);
  return EXIT_OK;
}

/* scores history: each change of a submitted score */

static char *
format_points (gint64 hundredths)
{
  return hundredths == SKS_SCORE_BLANK ? g_strdup ("-") : format_score (hundredths);
}

static void
print_history_json (GPtrArray *changes)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_array (b);
  for (guint i = 0; i < changes->len; i++)
    {
      const SksScoreChange *c = changes->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "time");
      json_builder_add_string_value (b, c->time);
      json_builder_set_member_name (b, "who");
      json_builder_add_string_value (b, c->who);
      json_builder_set_member_name (b, "reviewer");
      json_builder_add_string_value (b, c->reviewer);
      json_builder_set_member_name (b, "application");
      json_builder_add_int_value (b, c->studio_id);
      json_builder_set_member_name (b, "studio");
      json_builder_add_string_value (b, c->studio);
      json_builder_set_member_name (b, "criterion");
      json_builder_add_string_value (b, c->criterion_key);
      json_builder_set_member_name (b, "old_hundredths");
      if (c->old_points == SKS_SCORE_BLANK)
        json_builder_add_null_value (b);
      else
        json_builder_add_int_value (b, c->old_points);
      json_builder_set_member_name (b, "new_hundredths");
      if (c->new_points == SKS_SCORE_BLANK)
        json_builder_add_null_value (b);
      else
        json_builder_add_int_value (b, c->new_points);
      json_builder_set_member_name (b, "reason");
      json_builder_add_string_value (b, c->reason);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  print_built_json (b);
}

static int
scores_history (PanelOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(SksPanelMember) member = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 studio_id = 0;
  char *end = NULL;

  if (o->format != NULL && !g_str_equal (o->format, "text") && !g_str_equal (o->format, "json"))
    return sks_cli_usage_error ("scores", _("--format: “%s” is neither text nor json"), o->format);
  if (o->application != NULL)
    {
      studio_id = g_ascii_strtoll (o->application, &end, 10);
      if (end == o->application || *end != '\0' || studio_id <= 0)
        return sks_cli_usage_error ("scores",
                                    _("--application: “%s” is not an application number (use "
                                      "the number `list` prints)"), o->application);
    }
  if ((store = open_document (o, FALSE, &error)) == NULL ||
      (round = sks_cli_find_round (store, o->round, &error)) == NULL)
    return fail (error);
  if (o->reviewer != NULL &&
      ((panel = find_panel (store, o, FALSE, NULL, &error)) == NULL ||
       (member = sks_store_find_panel_member (store, sks_panel_get_id (panel), o->reviewer,
                                              &error)) == NULL))
    return fail (error);
  changes = sks_store_list_score_history (store, sks_round_get_id (round), studio_id,
                                          member ? sks_panel_member_get_id (member) : 0, &error);
  if (changes == NULL)
    return fail (error);
  if (o->format != NULL && g_str_equal (o->format, "json"))
    {
      print_history_json (changes);
      return EXIT_OK;
    }
  if (changes->len == 0)
    {
      g_print ("%s\n", _("No submitted score has been changed"));
      return EXIT_OK;
    }
  g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", C_("score history", "When"),
           C_("score history", "Who"), C_("score history", "Reviewer"),
           C_("score history", "Application"), C_("score history", "Studio"),
           C_("score history", "Criterion"), C_("score history", "Old score"),
           C_("score history", "New score"), C_("score history", "Reason"));
  for (guint i = 0; i < changes->len; i++)
    {
      const SksScoreChange *c = changes->pdata[i];
      g_autofree char *old = format_points (c->old_points);
      g_autofree char *new = format_points (c->new_points);

      g_print ("%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", c->time,
               c->who ? c->who : "", c->reviewer, c->studio_id, c->studio ? c->studio : "",
               c->criterion, old, new, c->reason ? c->reason : "");
    }
  return EXIT_OK;
}

static int
scores_method (PanelOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  int method = SKS_SCORE_METHOD_MEAN;

  if (o->method == NULL || !sks_enum_from_nick (SKS_TYPE_SCORE_METHOD, o->method, &method))
    return sks_cli_usage_error ("scores", "%s",
                                _("--method: use mean, trimmed-mean or median"));
  if ((store = open_document (o, TRUE, &error)) == NULL ||
      (round = sks_cli_find_round (store, o->round, &error)) == NULL ||
      !sks_store_set_score_method (store, sks_round_get_id (round), method, &error))
    return fail (error);
  g_print (_("The round’s scores are aggregated by: %s\n"),
           sks_enum_get_label (SKS_TYPE_SCORE_METHOD, method));
  return EXIT_OK;
}

int
sks_cli_scores (int    argc,
                char **argv)
{
  g_auto(PanelOptions) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o), OPTION_LEVEL (&o), OPTION_UNIT (&o),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o.format, N_("text (default) or json"),
      N_("FORMAT") },
    { "method", 'm', 0, G_OPTION_ARG_STRING, &o.method,
      N_("mean, trimmed-mean or median: for “scores method”, the round’s method; otherwise "
         "this listing’s (default: the round’s, else the profile’s)"), N_("METHOD") },
    OPTION_REVIEWER (&o),
    { "application", 'a', 0, G_OPTION_ARG_STRING, &o.application,
      N_("For “scores history”: one application (the number `list` prints)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("The PDF file to write"),
      N_("FILE") },
    OPTION_ARGS (&o),
    { NULL }
  };
  const char *action;

  if (!sks_cli_parse_options ("scores", _("[import FILE.csv|submit|sheet|method|history]"),
                              _("Shows a panel’s scores per candidate (each reviewer’s total, "
                                "excluded scores with the reason, mean, trimmed mean, median, "
                                "standard deviation, range, count, disagreement), imports "
                                "scores from CSV (docs/scores-csv.md), submits a reviewer’s "
                                "sheet, sets the round’s method, prints blank score sheets (every "
                                "reviewer’s without --reviewer) or lists the changes of "
                                "submitted scores (history)."),
                              entries, &argc, &argv))
    return EXIT_USAGE;
  action = o.args ? o.args[0] : NULL;
  if (action != NULL && g_str_equal (action, "import"))
    return check_common ("scores", &o, 2) ? scores_import (&o) : EXIT_USAGE;
  if (!check_common ("scores", &o, 1))
    return EXIT_USAGE;
  if (action == NULL)
    return scores_show (&o);
  if (g_str_equal (action, "submit") || g_str_equal (action, "sheet"))
    return scores_member_action (&o, action);
  if (g_str_equal (action, "method"))
    return scores_method (&o);
  if (g_str_equal (action, "history"))
    return scores_history (&o);
  return sks_cli_usage_error ("scores", _("Unknown action “%s”"), action);
}
