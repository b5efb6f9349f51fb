/* sks-cli-finding.c — `skill-studio-cli finding`: records a reviewer's
 * finding (核实) on one check of one application — met, not met, or
 * cleared back to 待核实 — with who, a note and the evidence attachments;
 * the check is named as docs/rules.md lists it for the round's profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cli-finding.h"
#include "sks-cli-history.h"
#include "sks-cli-rules.h"
#include "sks-finding-check.h"
#include "sks-store-finding.h"
#include "sks-validate.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char     *db;
  char     *by;
  gint64    application;
  char     *check;
  char     *result;
  char     *note;
  char     *on;
  char     *reason;
  char    **evidence;
  char    **args;
} FindingOptions;

static void
finding_options_clear (FindingOptions *o)
{
  g_clear_pointer (&o->db, g_free);
  g_clear_pointer (&o->by, g_free);
  g_clear_pointer (&o->check, g_free);
  g_clear_pointer (&o->result, g_free);
  g_clear_pointer (&o->note, g_free);
  g_clear_pointer (&o->on, g_free);
  g_clear_pointer (&o->reason, g_free);
  g_clear_pointer (&o->evidence, g_strfreev);
  g_clear_pointer (&o->args, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FindingOptions, finding_options_clear)

/* The attachment ids of --evidence, each a positive number. */
static GArray *
parse_evidence (char **values)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      guint64 id = 0;
      gint64 value;

      if (!g_ascii_string_to_unsigned (values[i], 10, 1, G_MAXINT64, &id, NULL))
        {
          sks_cli_usage_error ("finding", _("--evidence: “%s” is not an attachment id (a "
                                            "positive number)"), values[i]);
          return NULL;
        }
      value = (gint64) id;
      g_array_append_val (ids, value);
    }
  return g_steal_pointer (&ids);
}

static gboolean
check_options (FindingOptions   *o,
               SksFindingResult *result)
{
  const char *by = g_getenv ("SKS_USER");

  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error ("finding", _("Unexpected argument “%s”"), o->args[0]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error ("finding", "%s", _("Name the document with --db")), FALSE;
  if (o->application <= 0)
    return sks_cli_usage_error ("finding", "%s",
                                _("--application: name the application by its number, as "
                                  "“list” prints it")), FALSE;
  if (o->check == NULL || *o->check == '\0')
    return sks_cli_usage_error ("finding", "%s",
                                _("--check: name the check (a rule id such as master.conduct, "
                                  "or a part such as support-site; see docs/rules.md)")), FALSE;
  if (o->result == NULL || !sks_finding_result_from_nick (o->result, result))
    return sks_cli_usage_error ("finding", _("--result: “%s” is not a result; use met, not-met "
                                             "or clear"), o->result ? o->result : ""), FALSE;
  if ((o->by ? o->by : by) == NULL || *(o->by ? o->by : by) == '\0')
    return sks_cli_usage_error ("finding", "%s",
                                _("--by: name who records the finding")), FALSE;
  if (*result == SKS_FINDING_CLEAR && (o->note != NULL || o->evidence != NULL || o->on != NULL))
    return sks_cli_usage_error ("finding", "%s",
                                _("--result clear removes the finding: it takes no --note, "
                                  "--on or --evidence")), FALSE;
  return TRUE;
}

/* The policy profile of the application's round. */
static SksPolicy *
load_policy (SksStore  *store,
             SksStudio *studio,
             GError   **error)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, error);

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) != sks_studio_get_round_id (studio))
        continue;
      if (sks_round_get_policy_id (round) == NULL)
        break;
      return sks_policy_lookup (sks_round_get_policy_id (round), error);
    }
  if (rounds != NULL)
    g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                 _("--application: application %lld belongs to no round with a "
                   "policy profile, so it has no checks"), (long long) sks_studio_get_id (studio));
  return NULL;
}

/* Every --evidence an attachment of the application; the refusal lists
 * them, since only this message shows their ids. */
static gboolean
check_evidence (SksStudio  *studio,
                GArray     *evidence,
                GError    **error)
{
  GListModel *attachments = sks_studio_get_attachments (studio);

  for (guint i = 0; i < evidence->len; i++)
    {
      gint64 id = g_array_index (evidence, gint64, i);
      g_autoptr(GString) list = g_string_new (NULL);
      gboolean found = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (attachments); j++)
        {
          g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, j);

          found |= sks_attachment_get_id (attachment) == id;
          g_string_append_printf (list, "\n  %lld\t%s",
                                  (long long) sks_attachment_get_id (attachment),
                                  sks_attachment_get_name (attachment));
        }
      if (found)
        continue;
      if (list->len == 0)
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("--evidence: application %lld has no attachments"),
                     (long long) sks_studio_get_id (studio));
      else
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("--evidence: application %lld has no attachment %lld; its "
                       "attachments are:%s"),
                     (long long) sks_studio_get_id (studio), (long long) id, list->str);
      return FALSE;
    }
  return TRUE;
}

/* A value the store refused, by its option: the note and the name are
 * the ones with a length, the day the one with a format. */
static void
name_option (FindingOptions  *o,
             GError         **error)
{
  const char *option = "--on";

  if (error == NULL || *error == NULL || (*error)->domain != SKS_VALIDATION_ERROR)
    return;
  if ((*error)->code == SKS_VALIDATION_ERROR_TOO_LONG)
    option = o->note != NULL && g_utf8_strlen (o->note, -1) > 30 ? "--note" : "--by";
  g_prefix_error (error, "%s: ", option);
}

static gboolean
record (SksStore         *store,
        FindingOptions   *o,
        SksFindingResult  result,
        GArray           *evidence,
        GError          **error)
{
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksPolicy) policy = NULL;
  SksFindingRecord r = { 0 };
  gboolean deleted = FALSE;

  if (!sks_store_get_studio_state (store, o->application, NULL, &deleted, error) ||
      (!deleted && (studio = sks_store_load_studio (store, o->application, error)) == NULL))
    {
      g_prefix_error (error, "--application: ");
      return FALSE;
    }
  if (deleted)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                   _("--application: application %lld is in the trash; "
                     "restore it first"), (long long) o->application);
      return FALSE;
    }
  if ((policy = load_policy (store, studio, error)) == NULL)
    return FALSE;
  if (!sks_policy_resolve_finding_check (policy, o->check, NULL, &r.item, error))
    {
      g_prefix_error (error, "--check: ");
      return FALSE;
    }
  r.result = result;
  r.by = o->by;
  r.on = o->on;
  r.note = o->note;
  r.evidence = (const gint64 *) evidence->data;
  r.n_evidence = evidence->len;
  r.reason = o->reason;
  if (!check_evidence (studio, evidence, error))
    return FALSE;
  if (!sks_store_record_finding (store, o->application, &r, error))
    {
      name_option (o, error);
      return FALSE;
    }
  /* Translators: e.g. "Application 3, master.conduct: Met" */
  g_print (_("Application %lld, %s: %s\n"), (long long) o->application, o->check,
           sks_finding_result_get_label (result));
  return TRUE;
}

int
sks_cli_finding (int    argc,
                 char **argv)
{
  g_auto(FindingOptions) o = { 0 };
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &o.db, N_("The document"), N_("DOC") },
    { "application", 'a', 0, G_OPTION_ARG_INT64, &o.application,
      N_("The application, by its number as “list” prints it"), N_("ID") },
    { "check", 'c', 0, G_OPTION_ARG_STRING, &o.check,
      N_("The check: a rule id (master.conduct), or for a rule with parts the part "
         "(support-site); docs/rules.md lists them per profile"), N_("CHECK") },
    { "result", 0, 0, G_OPTION_ARG_STRING, &o.result,
      N_("met, not-met, or clear (back to “to be checked”, removing who, when, note and "
         "evidence)"), N_("RESULT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &o.by,
      N_("Who records the finding (default: $SKS_USER)"), N_("NAME") },
    { "note", 'n', 0, G_OPTION_ARG_STRING, &o.note, N_("What the finding rests on"),
      N_("TEXT") },
    { "evidence", 'e', 0, G_OPTION_ARG_STRING_ARRAY, &o.evidence,
      N_("An attachment of the application the finding rests on (repeat for several)"),
      N_("ATTACHMENT-ID") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &o.on, N_("The day of the finding (default: today)"),
      N_("YYYY-MM-DD") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &o.reason,
      N_("Why, kept in the history (e.g. when a finding is changed)"), N_("TEXT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GArray) evidence = NULL;
  SksFindingResult result = SKS_FINDING_CLEAR;

  if (!sks_cli_parse_options ("finding", NULL,
                              _("Records a reviewer’s finding (核实) on a condition the notice "
                                "leaves to judgement: met, not met, or cleared. The old finding "
                                "stays in the application’s history with who and why. Nothing "
                                "changes when any option is refused."),
                              entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_options (&o, &result) || (evidence = parse_evidence (o.evidence)) == NULL)
    return EXIT_USAGE;

  store = sks_store_open (o.db, SKS_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    sks_cli_apply_user (store);
  if (store == NULL || !record (store, &o, result, evidence, &error))
    {
      g_printerr ("skill-studio-cli: %s\n", error->message);
      return EXIT_PROBLEMS;
    }
  return EXIT_OK;
}
