/* sks-cli-trash.c — `skill-studio-cli delete` moves an application that was
 * never submitted to the document's trash (回收站); `trash list`, `trash
 * restore` and `trash empty` show, bring back and remove for good. The
 * rule of which application may go is the core's, as in the app.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cli-rules.h"
#include "sks-cli-trash.h"
#include "sks-store.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char     *db;
  char     *by;
  gint64    application;
  gboolean  yes;
  char    **args;
} TrashOptions;

static void
trash_options_clear (TrashOptions *o)
{
  g_clear_pointer (&o->db, g_free);
  g_clear_pointer (&o->by, g_free);
  g_clear_pointer (&o->args, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TrashOptions, trash_options_clear)

#define OPTION_DB(o) \
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, &(o)->db, N_("The document"), N_("DOC") }
#define OPTION_APPLICATION(o, text) \
  { "application", 'a', 0, G_OPTION_ARG_INT64, &(o)->application, text, N_("ID") }
#define OPTION_BY(o) \
  { "by", 0, 0, G_OPTION_ARG_STRING, &(o)->by, \
    N_("Who is working, for the history (default: $SKS_USER or your account’s name)"), \
    N_("NAME") }
#define OPTION_ARGS(o) \
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &(o)->args, NULL, NULL }

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

static SksStore *
open_document (TrashOptions  *o,
               gboolean       write,
               GError       **error)
{
  g_autoptr(SksStore) store = sks_cli_open_document (o->db, write, error);

  if (store != NULL && o->by != NULL && *o->by != '\0')
    sks_store_set_user (store, o->by);
  return g_steal_pointer (&store);
}

static gboolean
check_common (const char    *command,
              TrashOptions  *o,
              gboolean       needs_application,
              int           *exit_code)
{
  *exit_code = EXIT_USAGE;
  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error (command, _("Unexpected argument “%s”"), o->args[0]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the document with --db")), FALSE;
  if (needs_application && o->application <= 0)
    return sks_cli_usage_error (command, "%s",
                                _("Name the application with --application (see “list”)")),
           FALSE;
  return TRUE;
}

/* The studio and master of @id, as the trash or the list shows them. */
static char *
describe (SksStore *store,
          gint64    id)
{
  g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, NULL);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  const char *name, *master;

  if (studio == NULL)
    return g_steal_pointer (&id_text);
  name = sks_studio_get_name (studio);
  master = sks_master_get_name (sks_studio_get_master (studio));
  /* TRANSLATORS: id, studio, master */
  return g_strdup_printf (_("%s\t%s (%s)"), id_text, name ? name : _("(no name)"),
                          master ? master : _("(no master)"));
}

/* delete and trash restore: one application moved into or out of the
 * trash by @move, then @done ("Moved to the trash: %s") names it. */
static int
move_one (int          argc,
          char       **argv,
          const char  *command,
          const char  *application_help,
          const char  *summary,
          gboolean   (*move) (SksStore *, gint64, GError **),
          const char  *done)
{
  g_auto(TrashOptions) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    OPTION_APPLICATION (&o, application_help),
    OPTION_BY (&o),
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autofree char *what = NULL;
  int code;

  if (!sks_cli_parse_options (command, NULL, summary, entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_common (command, &o, TRUE, &code))
    return code;
  if (!(store = open_document (&o, TRUE, &error)))
    return fail (error);
  what = describe (store, o.application);
  if (!move (store, o.application, &error))
    return fail (error);
  g_print (done, what);
  return EXIT_OK;
}

int
sks_cli_delete (int    argc,
                char **argv)
{
  return move_one (argc, argv, "delete", N_("The application to delete (see “list”)"),
                   _("Moves an application that was never submitted (填报中 or 已撤回) to the "
                     "document’s trash (回收站), where “trash restore” brings it back. A submitted "
                     "application cannot be deleted, only withdrawn."),
                   sks_store_delete_studio, _("Moved to the trash: %s\n"));
}

static int
trash_list (int    argc,
            char **argv)
{
  g_auto(TrashOptions) o = { 0 };
  GOptionEntry entries[] = { OPTION_DB (&o), OPTION_ARGS (&o), { NULL } };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GListModel) rows = NULL;
  int code;

  if (!sks_cli_parse_options ("trash list", NULL,
              _("Lists the applications in the document’s trash (回收站): number, studio, "
                "master, recommending unit, when and by whom they were deleted."),
              entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_common ("trash list", &o, FALSE, &code))
    return code;
  if (!(store = open_document (&o, FALSE, &error)) ||
      !(rows = sks_store_list_deleted_rows (store, &error)))
    return fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksTrashEntry) entry = g_list_model_get_item (rows, i);
      g_autofree char *when = sks_trash_entry_dup_deleted_local (entry);
      const char *by = sks_trash_entry_get_deleted_by (entry);

      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  sks_trash_entry_get_id (entry));

      /* TRANSLATORS: id, studio, master, recommending unit, time, who */
      g_print (_("%s\t%s\t%s\t%s\tdeleted %s by %s\n"), id_text,
               sks_trash_entry_get_name (entry) ? sks_trash_entry_get_name (entry) : "",
               sks_trash_entry_get_master_name (entry)
                 ? sks_trash_entry_get_master_name (entry) : "",
               sks_trash_entry_get_recommender_name (entry)
                 ? sks_trash_entry_get_recommender_name (entry) : "",
               when, by ? by : "—");
    }
  if (g_list_model_get_n_items (rows) == 0)
    g_printerr ("%s\n", _("The trash is empty."));
  return EXIT_OK;
}

static int
trash_restore (int    argc,
               char **argv)
{
  return move_one (argc, argv, "trash restore",
                   N_("The application to restore (see “trash list”)"),
                   _("Puts an application back from the trash, as it was when it was deleted."),
                   sks_store_restore_studio, _("Restored: %s\n"));
}

static int
trash_empty (int    argc,
             char **argv)
{
  g_auto(TrashOptions) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    OPTION_APPLICATION (&o, N_("Remove only this application from the trash")),
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &o.yes,
      N_("Remove for good: without it, only say what would be removed"), NULL },
    OPTION_BY (&o),
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GListModel) rows = NULL;
  guint n_purged = 0, n_would = 0;
  int code;

  if (!sks_cli_parse_options ("trash empty", NULL,
              _("Removes the applications in the trash for good, with their team, attachments "
                "and history (the round’s history keeps a line for each). Nothing is removed "
                "without --yes."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_common ("trash empty", &o, FALSE, &code))
    return code;
  if (!(store = open_document (&o, o.yes, &error)))
    return fail (error);
  if (!o.yes)
    {
      if (!(rows = sks_store_list_deleted_rows (store, &error)))
        return fail (error);
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(SksTrashEntry) entry = g_list_model_get_item (rows, i);
          g_autofree char *what = NULL;

          if (o.application > 0 && sks_trash_entry_get_id (entry) != o.application)
            continue;
          what = describe (store, sks_trash_entry_get_id (entry));
          g_print (_("Would remove for good: %s\n"), what);
          n_would++;
        }
      if (n_would == 0)
        {
          g_printerr ("%s\n", _("Nothing to remove: the trash is empty."));
          return o.application > 0 ? EXIT_PROBLEMS : EXIT_OK;
        }
      g_printerr ("%s\n", _("Nothing was removed: add --yes to remove these for good."));
      return EXIT_PROBLEMS;
    }
  if (!sks_store_purge_deleted (store, MAX (o.application, 0), &n_purged, &error))
    return fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Removed %u application from the trash for good\n",
                        "Removed %u applications from the trash for good\n", n_purged),
           n_purged);
  return EXIT_OK;
}

/**
 * sks_cli_trash:
 *
 * `trash list`, `trash restore` and `trash empty`; @argv[0] is "trash".
 */
int
sks_cli_trash (int    argc,
               char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return trash_list (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "restore"))
    return trash_restore (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "empty"))
    return trash_empty (argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n", _("Usage: skill-studio-cli trash list --db DOC\n"
                         "       skill-studio-cli trash restore --db DOC --application ID\n"
                         "       skill-studio-cli trash empty --db DOC [--application ID] --yes"));
      return EXIT_OK;
    }
  return sks_cli_usage_error ("trash", "%s",
                              _("Say “trash list”, “trash restore” or “trash empty”"));
}
