/* sks-cli-compare.c — `skill-studio-cli compare --db DOC ID ID [ID ID]
 * -o FILE.pdf`: the comparison sheet of 2 to 4 applications of one round,
 * A4 landscape, personal data masked (the same SksComparison as the app)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cli-compare.h"
#include "sks-cli-rules.h"
#include "sks-compare.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

/* The IDs as `list` prints them; FALSE (usage error shown) when one is not a number. */
static gboolean
parse_ids (char   **args,
           GArray  *ids)
{
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    {
      gint64 id;

      if (!g_ascii_string_to_signed (args[i], 10, 1, G_MAXINT64, &id, NULL))
        {
          sks_cli_usage_error ("compare", _("Applications to compare: “%s” is not an "
                                            "application’s number (see “list”)"), args[i]);
          return FALSE;
        }
      g_array_append_val (ids, id);
    }
  return TRUE;
}

int
sks_cli_compare (int    argc,
                 char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, N_("The document"), N_("DOC") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"),
      N_("FILE.pdf") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksComparison) comparison = NULL;

  if (!sks_cli_parse_options ("compare", _("ID ID [ID ID]"),
              _("Writes 2 to 4 applications of one round side by side as the bureau’s "
                "comparison sheet (A4 landscape PDF): every field of the Annex 3 form, the "
                "team, the evidence checklist and every rule’s verdict, differing rows marked "
                "≠, ID numbers and phone numbers masked. ID is the application’s number as "
                "“list” prints it."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (db == NULL || output == NULL)
    return sks_cli_usage_error ("compare", "%s",
                                _("Name the document with --db and the PDF with -o"));
  if (!parse_ids (args, ids))
    return EXIT_USAGE;
  if (ids->len < SKS_COMPARE_MIN_STUDIOS || ids->len > SKS_COMPARE_MAX_STUDIOS)
    return sks_cli_usage_error ("compare",
                                _("Applications to compare: give from %d to %d IDs (%u given)"),
                                SKS_COMPARE_MIN_STUDIOS, SKS_COMPARE_MAX_STUDIOS, ids->len);

  store = sks_store_open (db, SKS_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL)
    comparison = sks_comparison_new_from_store (store, (const gint64 *) ids->data, ids->len,
                                                &error);
  if (comparison == NULL || !sks_comparison_write_pdf (comparison, output, &error))
    {
      g_printerr ("skill-studio-cli: %s\n", error->message);
      return EXIT_PROBLEMS;
    }
  return EXIT_OK;
}
