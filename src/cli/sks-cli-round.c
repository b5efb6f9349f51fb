/* sks-cli-round.c — `skill-studio-cli round new` and `round list`: start a
 * programme round (申报批次) from a policy profile, and list a document's rounds
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cli-round.h"
#include "sks-cli-rules.h"
#include "sks-policy.h"
#include "sks-store.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

/* A document to change: refused when another program has it open. */
static SksStore *
open_for_writing (const char  *path,
                  GError     **error)
{
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, error);

  if (store != NULL && sks_store_get_read_only (store))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY, "%s",
                   sks_store_get_read_only_reason (store));
      return NULL;
    }
  return g_steal_pointer (&store);
}

static int
round_new (int    argc,
           char **argv)
{
  g_autofree char *db = NULL;
  g_autofree char *policy_id = NULL;
  g_autofree char *key = NULL;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, N_("The document"), N_("DOC") },
    { "policy", 'p', 0, G_OPTION_ARG_STRING, &policy_id,
      N_("The policy profile to start the round from (see “policies”)"), N_("ID") },
    { "key", 'k', 0, G_OPTION_ARG_STRING, &key,
      N_("The new round’s key; the profile’s id when not given"), N_("KEY") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GPtrArray) recommenders = NULL;

  if (!sks_cli_parse_options ("round new", NULL,
              _("Starts a programme round in the document from a policy profile: its notice, "
                "dates and recommending units with their quotas. A profile starts one round "
                "per document unless another key is given."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (args != NULL && args[0] != NULL)
    return sks_cli_usage_error ("round new", _("Unexpected argument “%s”"), args[0]);
  if (db == NULL || policy_id == NULL)
    return sks_cli_usage_error ("round new", "%s",
                                _("Name the document with --db and the profile with --policy"));
  if (key != NULL)
    g_strstrip (key);

  policy = sks_policy_lookup (policy_id, &error);
  if (policy == NULL)
    return fail (error);
  store = open_for_writing (db, &error);
  if (store == NULL)
    return fail (error);
  round = sks_policy_create_round (policy, key && *key ? key : NULL);
  recommenders = sks_policy_create_recommenders (policy);
  if (!sks_store_create_round (store, round, recommenders, &error))
    return fail (error);

  /* TRANSLATORS: round key, city, year, document number, number of units */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Created the round %s (%s %d, %s) with %u recommending unit\n",
                        "Created the round %s (%s %d, %s) with %u recommending units\n",
                        recommenders->len),
           sks_round_get_key (round), sks_policy_get_city (policy), sks_policy_get_year (policy),
           sks_policy_get_document_number (policy), recommenders->len);
  return EXIT_OK;
}

static gint64
total_quota (GListModel *recommenders)
{
  gint64 total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (recommenders); i++)
    {
      g_autoptr(SksRecommender) recommender = g_list_model_get_item (recommenders, i);

      total += sks_recommender_get_quota (recommender);
    }
  return total;
}

static gboolean
print_round (SksStore  *store,
             SksRound  *round,
             GError   **error)
{
  gint64 id = sks_round_get_id (round);
  g_autoptr(GListModel) recommenders = sks_store_list_recommenders (store, id, error);
  g_autofree char *document_number = NULL;
  gint64 n_studios;

  if (recommenders == NULL)
    return FALSE;
  n_studios = MAX (sks_store_count_studios (store, id, NULL), 0);
  g_object_get (round, "document-number", &document_number, NULL);
  /* TRANSLATORS: key, city, year, document number, profile, units, quota, applications */
  g_print (_("%s\t%s %d\t%s\t%s\t%u units, quota %d\t%d applications\n"),
           sks_round_get_key (round), sks_round_get_city (round),
           (int) sks_round_get_year (round), document_number ? document_number : "—",
           sks_round_get_policy_id (round) ? sks_round_get_policy_id (round) : "—",
           g_list_model_get_n_items (recommenders), (int) total_quota (recommenders),
           (int) n_studios);
  return TRUE;
}

static int
round_list (int    argc,
            char **argv)
{
  g_autofree char *db = NULL;
  g_auto(GStrv) args = NULL;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, N_("The document"), N_("DOC") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GListModel) rounds = NULL;

  if (!sks_cli_parse_options ("round list", NULL,
              _("Lists the rounds of a document: key, city and year, notice, policy profile, "
                "recommending units with their total quota, and applications."),
              entries, &argc, &argv))
    return EXIT_USAGE;
  if (args != NULL && args[0] != NULL)
    return sks_cli_usage_error ("round list", _("Unexpected argument “%s”"), args[0]);
  if (db == NULL)
    return sks_cli_usage_error ("round list", "%s", _("Name the document with --db"));

  store = sks_store_open (db, SKS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !(rounds = sks_store_list_rounds (store, &error)))
    return fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (!print_round (store, round, &error))
        return fail (error);
    }
  if (g_list_model_get_n_items (rounds) == 0)
    g_printerr ("%s\n", _("The document has no round yet: start one with "
                          "“skill-studio-cli round new --db DOC --policy ID”."));
  return EXIT_OK;
}

/**
 * sks_cli_round:
 *
 * `round new` and `round list`; @argv[0] is "round".
 */
int
sks_cli_round (int    argc,
               char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "new"))
    return round_new (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return round_list (argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n", _("Usage: skill-studio-cli round new --db DOC --policy ID [--key KEY]\n"
                         "       skill-studio-cli round list --db DOC"));
      return EXIT_OK;
    }
  return sks_cli_usage_error ("round", "%s", _("Say “round new” or “round list”"));
}
