/* sks-cli-publish.c — `skill-studio-cli publish`: starts a round's 公示 when
 * none has started (the period from the profile and the holiday calendar)
 * and writes its list (公示名单) as PDF or Excel in the order asked for
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "sks-cli-publish.h"
#include "sks-cli-rules.h"
#include "sks-print-publicity.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char  *db;
  char  *round;
  char  *start;
  char  *order;
  char  *output;
  char  *unit;
  char **args;
} PublishOptions;

static void
publish_options_clear (PublishOptions *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->start);
  g_free (o->order);
  g_free (o->output);
  g_free (o->unit);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PublishOptions, publish_options_clear)

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

/* YYYY-MM-DD, a real day. */
static gboolean
parse_day (const char *text,
           GDate      *date)
{
  unsigned year, month, day;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The order as the user reads it */
static const char *
order_label (SksPublicityOrder order)
{
  switch (order)
    {
    case SKS_PUBLICITY_ORDER_RANK:
      return _("by rank");
    case SKS_PUBLICITY_ORDER_STROKE:
      return _("by the stroke order of the surname");
    case SKS_PUBLICITY_ORDER_UNIT:
    default:
      return _("by recommending unit");
    }
}

static gboolean
check_options (PublishOptions     *o,
               GDate              *start,
               SksPublicityOrder  *order)
{
  SksPublicityFormat format;

  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error ("publish", _("Unexpected argument “%s”"), o->args[0]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error ("publish", "%s", _("Name the document with --db")), FALSE;
  if (o->round == NULL)
    return sks_cli_usage_error ("publish", "%s", _("Name the round with --round")), FALSE;
  if (!parse_day (o->start, start))
    return sks_cli_usage_error ("publish", "%s",
                                _("--start: give the first day of the public notice as "
                                  "YYYY-MM-DD")), FALSE;
  if (o->order == NULL || !sks_publicity_order_from_nick (o->order, order))
    return sks_cli_usage_error ("publish", "%s",
                                _("--order: say unit, rank or stroke")), FALSE;
  if (o->output == NULL)
    return sks_cli_usage_error ("publish", "%s",
                                _("Name the file to write with -o FILE.pdf or "
                                  "-o FILE.xlsx")), FALSE;
  if (!sks_publicity_format_from_path (o->output, &format))
    return sks_cli_usage_error ("publish", _("-o: “%s” is neither a .pdf nor a .xlsx file"),
                                o->output), FALSE;
  return TRUE;
}

static SksStore *
open_document (const char  *path,
               GError     **error)
{
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_DEFAULT, error);
  const char *by = g_getenv ("SKS_USER");

  if (store == NULL)
    return NULL;
  if (by != NULL && *by != '\0')
    sks_store_set_user (store, by);
  return g_steal_pointer (&store);
}

int
sks_cli_publish (int    argc,
                 char **argv)
{
  g_auto(PublishOptions) o = { 0 };
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &o.db, N_("The document"), N_("DOC") },
    { "round", 'r', 0, G_OPTION_ARG_STRING, &o.round, N_("The round (see “round list”)"),
      N_("KEY") },
    { "start", 's', 0, G_OPTION_ARG_STRING, &o.start,
      N_("The first day of the public notice (公示), YYYY-MM-DD"), N_("DATE") },
    { "order", 0, 0, G_OPTION_ARG_STRING, &o.order,
      N_("The list’s order: unit (by recommending unit), rank, or stroke (按姓氏笔画排序)"),
      N_("ORDER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("The file to write: .pdf (the notice and its list) or .xlsx (the list)"),
      N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit,
      N_("A recommending unit’s own public notice (拟推荐名单) instead of the city’s"),
      N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPublication) publication = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  SksPublicityOrder order = SKS_PUBLICITY_ORDER_UNIT;
  gboolean started = FALSE;
  GDate start;

  if (!sks_cli_parse_options ("publish", NULL,
                              _("Starts a round’s public notice (公示) from its first day when "
                                "none has started, and writes its list (公示名单) as PDF or "
                                "Excel."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_options (&o, &start, &order))
    return EXIT_USAGE;
  if ((store = open_document (o.db, &error)) == NULL
      || (round = sks_cli_find_round (store, o.round, &error)) == NULL
      || (publication = sks_publicity_get_or_start (store, round, o.unit, &start, &started,
                                                    &error)) == NULL
      || !sks_print_export_publicity (store, publication, order, o.output, &error))
    return fail (error);

  first = format_day (sks_publication_get_first_day (publication));
  last = format_day (sks_publication_get_last_day (publication));
  if (started)
    g_print (_("Started the public notice: %s to %s (%u working days)\n"), first, last,
             sks_publication_get_working_days (publication));
  g_print (_("Wrote the list of %u studios, %s, to %s\n"),
           sks_publication_get_studio_ids (publication)->len, order_label (order), o.output);
  return EXIT_OK;
}
