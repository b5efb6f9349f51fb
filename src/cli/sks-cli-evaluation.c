/* sks-cli-evaluation.c — `skill-studio-cli print evaluation`: an
 * evaluation table (考核评估表) filled in, or blank for a studio
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cli-evaluation.h"
#include "sks-cli-rules.h"
#include "sks-enums.h"
#include "sks-print-evaluation.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

#define COMMAND "print evaluation"

int
sks_cli_print_evaluation (int    argc,
                          char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *kind_nick = NULL;
  g_autofree char *output = NULL;
  gint64 evaluation = 0, studio = 0;
  int kind = SKS_EVALUATION_KIND_ANNUAL;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, N_("The document"), N_("DOC") },
    { "evaluation", 'e', 0, G_OPTION_ARG_INT64, &evaluation,
      N_("The evaluation to print, filled in"), N_("ID") },
    { "studio", 's', 0, G_OPTION_ARG_INT64, &studio,
      N_("For a blank form: the studio’s number (see “list”)"), N_("ID") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_nick,
      N_("For a blank form: annual or expiry"), N_("KIND") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"),
      N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  gboolean ok;

  if (!sks_cli_parse_options (COMMAND, NULL,
              _("Writes an evaluation table (考核评估表) as PDF: with --evaluation, the "
                "evaluation with its self scores, assessor scores and grade; with --studio and "
                "--kind, a blank table with the studio’s name, to fill in by hand."),
              entries, &argc, &argv))
    return EXIT_USAGE;
  if (args != NULL && args[0] != NULL)
    return sks_cli_usage_error (COMMAND, _("Unexpected argument “%s”"), args[0]);
  if (db == NULL || output == NULL)
    return sks_cli_usage_error (COMMAND, "%s", _("Name the document with --db and the PDF with -o"));
  if ((evaluation > 0) == (studio > 0))
    return sks_cli_usage_error (COMMAND, "%s",
                                _("Name an evaluation with --evaluation, or a studio with --studio "
                                  "for a blank form"));
  if (kind_nick != NULL && !sks_enum_from_nick (SKS_TYPE_EVALUATION_KIND, kind_nick, &kind))
    return sks_cli_usage_error (COMMAND, _("Unknown kind “%s”: use annual or expiry"), kind_nick);
  if (studio > 0 && kind_nick == NULL)
    return sks_cli_usage_error (COMMAND, "%s", _("Name the kind of evaluation with --kind"));

  store = sks_store_open (db, SKS_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL && evaluation > 0)
    ok = sks_print_export_evaluation_pdf (store, evaluation, output, &error);
  else if (store != NULL)
    ok = sks_print_export_blank_evaluation_pdf (store, studio, kind, output, &error);
  else
    ok = FALSE;
  if (!ok)
    {
      g_printerr ("skill-studio-cli: %s\n", error->message);
      return EXIT_PROBLEMS;
    }
  return EXIT_OK;
}
