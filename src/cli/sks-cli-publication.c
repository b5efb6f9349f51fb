/* sks-cli-publication.c — the 公示 from the command line: `publication
 * start|show`, `objection add|resolve|list` and `recognise`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sks-cli-publication.h"
#include "sks-cli-rules.h"
#include "sks-enums.h"
#include "sks-master.h"
#include "sks-publication-plan.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char  *db;
  char  *round;
  char  *unit;
  char  *start;
  char  *last;
  char  *date;
  char  *received;
  char  *content;
  char  *from;
  char  *outcome;
  char  *note;
  gint64 application;
  gint64 id;
  char **args;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->unit);
  g_free (o->start);
  g_free (o->last);
  g_free (o->date);
  g_free (o->received);
  g_free (o->content);
  g_free (o->from);
  g_free (o->outcome);
  g_free (o->note);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

#define OPTION_DB(o) \
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, &(o)->db, N_("The document"), N_("DOC") }
#define OPTION_ROUND(o) \
  { "round", 'r', 0, G_OPTION_ARG_STRING, &(o)->round, N_("The round (see “round list”)"), \
    N_("KEY") }
#define OPTION_UNIT(o) \
  { "unit", 'u', 0, G_OPTION_ARG_STRING, &(o)->unit, \
    N_("A recommending unit: its district’s public notice instead of the city’s"), N_("NAME") }
#define OPTION_ARGS(o) \
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &(o)->args, NULL, NULL }

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  guint y, m, d;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static char *
format_day (const GDate *date)
{
  char text[16] = "";

  if (date != NULL && g_date_valid (date))
    g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/* Checks --db, --round and the action among @actions. */
static const char *
check_common (const char         *command,
              Options            *o,
              const char * const *actions)
{
  const char *action = o->args ? o->args[0] : NULL;

  if (actions != NULL && (action == NULL || !g_strv_contains (actions, action)))
    {
      g_autofree char *list = g_strjoinv ("|", (char **) actions);

      sks_cli_usage_error (command, _("Say %s"), list);
      return NULL;
    }
  if (o->args != NULL && g_strv_length (o->args) > (actions ? 1u : 0u))
    {
      sks_cli_usage_error (command, _("Unexpected argument “%s”"), o->args[actions ? 1 : 0]);
      return NULL;
    }
  if (o->db == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the document with --db")), NULL;
  if (o->round == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the round with --round")), NULL;
  return action ? action : command;
}

/* Who does it: the global --by (skill-studio-cli.c puts it in $SKS_USER). A
 * write that starts or records something names a person. */
static gboolean
named_who (void)
{
  const char *by = g_getenv ("SKS_USER");

  return by != NULL && *by != '\0';
}

static SksStore *
open_document (Options  *o,
               gboolean  write,
               SksRound **round,
               GError  **error)
{
  g_autoptr(SksStore) store = sks_cli_open_document (o->db, write, error);

  if (store == NULL || (*round = sks_cli_find_round (store, o->round, error)) == NULL)
    return NULL;
  return g_steal_pointer (&store);
}

static SksPublication *
find_publication (SksStore  *store,
                  SksRound  *round,
                  Options   *o,
                  GError   **error)
{
  g_autoptr(SksRecommender) recommender = NULL;

  if (o->unit == NULL)
    return sks_store_get_publication (store, sks_round_get_id (round),
                                      SKS_PUBLICATION_LEVEL_CITY, 0, error);
  recommender = sks_store_find_recommender (store, sks_round_get_id (round), o->unit, error);
  if (recommender == NULL)
    return NULL;
  return sks_store_get_publication (store, sks_round_get_id (round),
                                    SKS_PUBLICATION_LEVEL_DISTRICT,
                                    sks_recommender_get_id (recommender), error);
}

/* publication --------------------------------------------------------------- */

static void
print_objection (SksObjection *objection)
{
  g_autofree char *received = format_day (sks_objection_get_received_on (objection));
  g_autofree char *resolved = format_day (sks_objection_get_resolved_on (objection));
  SksObjectionOutcome outcome = sks_objection_get_outcome (objection);
  const char *from = sks_objection_get_received_from (objection);

  g_print ("  %lld  %s  %s", (long long) sks_objection_get_id (objection), received,
           sks_enum_get_label (SKS_TYPE_OBJECTION_OUTCOME, outcome));
  if (sks_objection_get_studio_id (objection) != 0)
    g_print (_("  application %lld"), (long long) sks_objection_get_studio_id (objection));
  if (from != NULL)
    g_print (_("  from %s"), from);
  g_print ("\n      %s\n", sks_objection_get_content (objection));
  if (outcome != SKS_OBJECTION_OPEN)
    g_print (_("      %s by %s: %s\n"), resolved, sks_objection_get_resolved_by (objection),
             sks_objection_get_outcome_note (objection));
}

static int
publication_show (SksStore       *store,
                  SksPublication *publication)
{
  g_autofree char *period = sks_publication_dup_period_text (publication);
  g_autoptr(GListModel) objections = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids = sks_publication_get_studio_ids (publication);

  g_print ("%s\n", sks_publication_get_title (publication) ?: "");
  g_print (_("Level: %s"), sks_enum_get_label (SKS_TYPE_PUBLICATION_LEVEL,
                                              sks_publication_get_level (publication)));
  if (sks_publication_get_recommender_name (publication) != NULL)
    g_print (" (%s)", sks_publication_get_recommender_name (publication));
  g_print ("\n");
  g_print (_("Period: %s, counted %s\n"), period,
           sks_publication_get_next_day_counting (publication) ? _("from the next day")
                                                               : _("from the day of posting"));
  g_print (_("Started by %s at %s\n"), sks_publication_get_started_by (publication),
           sks_publication_get_started (publication));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u candidate listed:\n", "%u candidates listed:\n",
                        ids->len), ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, &error);

      if (studio == NULL)
        return fail (error);
      g_print ("  %u. %lld  %s  %s  %s\n", i + 1, (long long) id, sks_studio_get_name (studio),
               sks_master_get_name (sks_studio_get_master (studio)),
               sks_enum_get_label (SKS_TYPE_STATUS, sks_studio_get_status (studio)));
    }
  objections = sks_store_list_objections (store, sks_publication_get_id (publication), &error);
  if (objections == NULL)
    return fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u objection\n", "%u objections\n",
                        g_list_model_get_n_items (objections)),
           g_list_model_get_n_items (objections));
  for (guint i = 0; i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(SksObjection) objection = g_list_model_get_item (objections, i);

      print_objection (objection);
    }
  return EXIT_OK;
}

static int
publication_start (SksStore *store,
                   SksRound *round,
                   Options  *o)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  GDate start, last;

  if (!parse_day (o->start, &start))
    return sks_cli_usage_error ("publication", "%s",
                                _("--start: give the first day as YYYY-MM-DD"));
  if (o->last != NULL && !parse_day (o->last, &last))
    return sks_cli_usage_error ("publication", "%s",
                                _("--last-day: give the last day as YYYY-MM-DD"));
  publication = sks_publication_start_for_round (store, round, o->unit
                                                 ? SKS_PUBLICATION_LEVEL_DISTRICT
                                                 : SKS_PUBLICATION_LEVEL_CITY, o->unit, &start,
                                                 o->last ? &last : NULL, &error);
  if (publication == NULL)
    return fail (error);
  period = sks_publication_dup_period_text (publication);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Public notice started: %s, %u candidate listed\n",
                        "Public notice started: %s, %u candidates listed\n",
                        sks_publication_get_studio_ids (publication)->len),
           period, sks_publication_get_studio_ids (publication)->len);
  return EXIT_OK;
}

int
sks_cli_publication (int    argc,
                     char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o), OPTION_UNIT (&o),
    { "start", 0, 0, G_OPTION_ARG_STRING, &o.start, N_("start: the day of posting"),
      N_("DATE") },
    { "last-day", 0, 0, G_OPTION_ARG_STRING, &o.last,
      N_("start: a later last day than the profile’s minimum"), N_("DATE") },
    OPTION_ARGS (&o),
    { NULL }
  };
  static const char * const actions[] = { "start", "show", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPublication) publication = NULL;
  const char *action;

  if (!sks_cli_parse_options ("publication", _("start|show"),
                              _("Starts or shows a round’s public notice (公示): its period from "
                                "the profile and the holiday calendar, the candidates it lists "
                                "and the objections."), entries, &argc, &argv))
    return EXIT_USAGE;
  if ((action = check_common ("publication", &o, actions)) == NULL)
    return EXIT_USAGE;
  if (g_str_equal (action, "start") && !named_who ())
    return sks_cli_usage_error ("publication", "%s", _("Say who does it with --by"));
  if ((store = open_document (&o, g_str_equal (action, "start"), &round, &error)) == NULL)
    return fail (error);
  if (g_str_equal (action, "start"))
    return publication_start (store, round, &o);
  if ((publication = find_publication (store, round, &o, &error)) == NULL)
    return fail (error);
  return publication_show (store, publication);
}

/* objection ----------------------------------------------------------------- */

static int
objection_add (SksStore       *store,
               SksPublication *publication,
               Options        *o)
{
  g_autoptr(SksObjection) objection = NULL;
  g_autoptr(GError) error = NULL;
  GDate received;

  if (!parse_day (o->received, &received))
    return sks_cli_usage_error ("objection", "%s",
                                _("--received: give the day it was received as YYYY-MM-DD"));
  if (o->content == NULL)
    return sks_cli_usage_error ("objection", "%s", _("Say what it says with --content"));
  objection = sks_objection_new (sks_publication_get_id (publication), &received, o->content);
  sks_objection_set_received_from (objection, o->from);
  sks_objection_set_studio_id (objection, o->application);
  if (!sks_store_add_objection (store, objection, &error))
    return fail (error);
  g_print (_("Objection %lld recorded\n"), (long long) sks_objection_get_id (objection));
  return EXIT_OK;
}

static int
objection_resolve (SksStore *store,
                   Options  *o)
{
  g_autoptr(GError) error = NULL;
  int outcome = SKS_OBJECTION_OPEN;
  GDate day;

  if (o->id <= 0)
    return sks_cli_usage_error ("objection", "%s", _("Name the objection with --id"));
  if (o->outcome == NULL || !sks_enum_from_nick (SKS_TYPE_OBJECTION_OUTCOME, o->outcome, &outcome) ||
      outcome == SKS_OBJECTION_OPEN)
    return sks_cli_usage_error ("objection", "%s", _("--outcome: say upheld or dismissed"));
  if (o->note == NULL)
    return sks_cli_usage_error ("objection", "%s", _("Say why with --note"));
  if (o->date != NULL && !parse_day (o->date, &day))
    return sks_cli_usage_error ("objection", "%s", _("--date: give the day as YYYY-MM-DD"));
  if (!sks_store_resolve_objection (store, o->id, outcome, o->note, o->date ? &day : NULL,
                                    &error))
    return fail (error);
  g_print (_("Objection %lld: %s\n"), (long long) o->id,
           sks_enum_get_label (SKS_TYPE_OBJECTION_OUTCOME, outcome));
  return EXIT_OK;
}

static int
objection_list (SksStore       *store,
                SksPublication *publication)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) objections = sks_store_list_objections (
    store, sks_publication_get_id (publication), &error);

  if (objections == NULL)
    return fail (error);
  if (g_list_model_get_n_items (objections) == 0)
    g_print ("%s\n", _("No objection has been recorded"));
  for (guint i = 0; i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(SksObjection) objection = g_list_model_get_item (objections, i);

      print_objection (objection);
    }
  return EXIT_OK;
}

int
sks_cli_objection (int    argc,
                   char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o), OPTION_UNIT (&o),
    { "received", 0, 0, G_OPTION_ARG_STRING, &o.received, N_("add: the day it was received"),
      N_("DATE") },
    { "content", 0, 0, G_OPTION_ARG_STRING, &o.content, N_("add: what it says"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("add: who sent it"), N_("TEXT") },
    { "application", 'a', 0, G_OPTION_ARG_INT64, &o.application,
      N_("add: the listed application it concerns"), N_("ID") },
    { "id", 0, 0, G_OPTION_ARG_INT64, &o.id, N_("resolve: the objection"), N_("N") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &o.outcome, N_("resolve: upheld or dismissed"),
      N_("OUTCOME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &o.note, N_("resolve: why"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("resolve: the day (default today)"),
      N_("DATE") },
    OPTION_ARGS (&o),
    { NULL }
  };
  static const char * const actions[] = { "add", "resolve", "list", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPublication) publication = NULL;
  const char *action;
  gboolean write;

  if (!sks_cli_parse_options ("objection", _("add|resolve|list"),
                              _("Records the objections (异议) a public notice receives and "
                                "their outcome."), entries, &argc, &argv))
    return EXIT_USAGE;
  if ((action = check_common ("objection", &o, actions)) == NULL)
    return EXIT_USAGE;
  write = !g_str_equal (action, "list");
  if (write && !named_who ())
    return sks_cli_usage_error ("objection", "%s", _("Say who does it with --by"));
  if ((store = open_document (&o, write, &round, &error)) == NULL)
    return fail (error);
  if (g_str_equal (action, "resolve"))
    return objection_resolve (store, &o);
  if ((publication = find_publication (store, round, &o, &error)) == NULL)
    return fail (error);
  if (g_str_equal (action, "add"))
    return objection_add (store, publication, &o);
  return objection_list (store, publication);
}

/* recognise ----------------------------------------------------------------- */

int
sks_cli_recognise (int    argc,
                   char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o),
    { "date", 0, 0, G_OPTION_ARG_STRING, &o.date, N_("The day of recognition"), N_("DATE") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  SksRecognitionSummary summary = { 0 };
  GDate date;

  if (!sks_cli_parse_options ("recognise", NULL,
                              _("Recognises (认定) the studios of a round’s public notice once its "
                                "period has ended and no objection is open."), entries, &argc,
                              &argv))
    return EXIT_USAGE;
  if (check_common ("recognise", &o, NULL) == NULL)
    return EXIT_USAGE;
  if (!parse_day (o.date, &date))
    return sks_cli_usage_error ("recognise", "%s", _("--date: give the day as YYYY-MM-DD"));
  if ((store = open_document (&o, TRUE, &round, &error)) == NULL ||
      !sks_publication_recognise_round (store, round, &date, &summary, &error))
    return fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u studio recognised", "%u studios recognised",
                        summary.n_recognised), summary.n_recognised);
  g_print (g_dngettext (GETTEXT_PACKAGE, ", %u removed by an upheld objection",
                        ", %u removed by upheld objections", summary.n_removed),
           summary.n_removed);
  g_print (g_dngettext (GETTEXT_PACKAGE, ", %u not selected\n", ", %u not selected\n",
                        summary.n_not_selected), summary.n_not_selected);
  return EXIT_OK;
}
