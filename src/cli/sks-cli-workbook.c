/* sks-cli-workbook.c — `skill-studio-cli workbook`: the panel meeting's
 * workbook of a round (候选名单, 评分明细, 排名, 经费) as one .xlsx, or one
 * of its views as a CSV file with Chinese headers
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cli-rules.h"
#include "sks-cli-workbook.h"
#include "sks-workbook.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char  *db;
  char  *round;
  char  *level;
  char  *unit;
  char  *csv;
  char  *output;
  char **args;
} WorkbookOptions;

static void
workbook_options_clear (WorkbookOptions *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->level);
  g_free (o->unit);
  g_free (o->csv);
  g_free (o->output);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WorkbookOptions, workbook_options_clear)

static gboolean
check_options (WorkbookOptions *o,
               SksWorkbookView *view)
{
  const char *suffix;

  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error ("workbook", _("Unexpected argument “%s”"), o->args[0]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error ("workbook", "%s", _("Name the document with --db")), FALSE;
  if (o->round == NULL)
    return sks_cli_usage_error ("workbook", "%s", _("Name the round with --round")), FALSE;
  if (o->level != NULL && !g_str_equal (o->level, "city") && !g_str_equal (o->level, "district"))
    return sks_cli_usage_error ("workbook", _("--level: “%s” is neither district nor city"),
                                o->level), FALSE;
  if (o->csv != NULL && !sks_workbook_view_from_nick (o->csv, view))
    return sks_cli_usage_error ("workbook", _("--csv: “%s” is none of candidates, scores, "
                                              "ranking and funding"), o->csv), FALSE;
  if (o->output == NULL)
    return sks_cli_usage_error ("workbook", "%s", _("Name the file to write with -o")), FALSE;
  suffix = o->csv != NULL ? ".csv" : ".xlsx";
  if (!g_str_has_suffix (o->output, suffix))
    return sks_cli_usage_error ("workbook", _("-o: name a %s file"), suffix), FALSE;
  return TRUE;
}

/* --unit alone means that unit's own (district) panel. */
static SksPanelLevel
options_level (WorkbookOptions *o)
{
  if (o->level != NULL)
    return g_str_equal (o->level, "district") ? SKS_PANEL_LEVEL_DISTRICT : SKS_PANEL_LEVEL_CITY;
  return o->unit != NULL ? SKS_PANEL_LEVEL_DISTRICT : SKS_PANEL_LEVEL_CITY;
}

static int
write_workbook (WorkbookOptions *o,
                SksWorkbookView  view)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (o->db, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksRecommender) unit = NULL;
  SksPanelLevel level = options_level (o);
  gint64 unit_id = 0;
  gboolean ok;

  if (store == NULL)
    goto failed;
  if ((round = sks_store_find_round (store, o->round, &error)) == NULL)
    {
      if (error == NULL)
        g_set_error (&error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("The document has no round “%s”"), o->round);
      goto failed;
    }
  if (o->unit != NULL &&
      (unit = sks_store_find_recommender (store, sks_round_get_id (round), o->unit,
                                          &error)) == NULL)
    {
      if (error == NULL)
        g_set_error (&error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("The round “%s” has no recommending unit “%s”"), o->round, o->unit);
      goto failed;
    }
  if (unit != NULL && level == SKS_PANEL_LEVEL_DISTRICT)
    unit_id = sks_recommender_get_id (unit);
  if (o->csv != NULL)
    ok = sks_workbook_write_csv (store, sks_round_get_id (round), level, unit_id, view,
                                 o->output, &error);
  else
    ok = sks_workbook_write (store, sks_round_get_id (round), level, unit_id, o->output, &error);
  if (!ok)
    goto failed;
  g_print (_("Wrote %s\n"), o->output);
  return EXIT_OK;

failed:
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

int
sks_cli_workbook (int    argc,
                  char **argv)
{
  g_auto(WorkbookOptions) o = { 0 };
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &o.db, N_("The document"), N_("DOC") },
    { "round", 'r', 0, G_OPTION_ARG_STRING, &o.round, N_("The round (see “round list”)"),
      N_("KEY") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &o.level,
      N_("The panel: city (default) or district (each recommending unit’s own)"), N_("LEVEL") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit,
      N_("One recommending unit’s own panel (district level)"), N_("NAME") },
    { "csv", 0, 0, G_OPTION_ARG_STRING, &o.csv,
      N_("Write one view as CSV: candidates, scores, ranking or funding"), N_("VIEW") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("The file to write: .xlsx, or .csv with --csv"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.args, NULL, NULL },
    { NULL }
  };
  SksWorkbookView view = SKS_WORKBOOK_N_VIEWS;

  if (!sks_cli_parse_options ("workbook", NULL,
                              _("Writes the panel meeting’s workbook of a round: the candidates "
                                "with their verdicts and findings, every reviewer’s score per "
                                "criterion, the ranking with the aggregates, spread and "
                                "decisions, and the funding — one sheet each, with Chinese "
                                "headers, A4 landscape. With --csv, one view as a CSV file "
                                "(UTF-8 with a byte order mark). ID and mobile numbers are "
                                "masked; the file is readable only by its owner."),
                              entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_options (&o, &view))
    return EXIT_USAGE;
  return write_workbook (&o, view);
}
