/* skill-studio-cli.c — Skill Studio from the command line: sample data,
 * import and export, listing, backups
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include "sks-cli-compare.h"
#include "sks-cli-evaluation.h"
#include "sks-cli-finding.h"
#include "sks-cli-funding.h"
#include "sks-cli-history.h"
#include "sks-cli-round.h"
#include "sks-cli-panel.h"
#include "sks-cli-publication.h"
#include "sks-cli-rank.h"
#include "sks-cli-publish.h"
#include "sks-cli-workbook.h"
#include "sks-cli-rules.h"
#include "sks-cli-trash.h"
#include "sks-csv.h"
#include "sks-exchange.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-store.h"

/* Exit codes: scripts tell "the data has problems" from "called wrongly". */
enum {
  EXIT_OK = 0,
  EXIT_PROBLEMS = 1,
  EXIT_USAGE = 2,
};

G_GNUC_PRINTF (1, 2)
static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("skill-studio-cli: %s\n", message);
}

/* Data for scripts (lists, exports) is written as UTF-8 whatever the
 * locale; messages for people go through g_print(), which converts. */
static void
print_data (const char *text)
{
  fputs (text, stdout);
}

/* GLib writes debug and info messages to stdout, where they would end up
 * inside an export; here every message goes to stderr. */
static GLogWriterOutput
log_to_stderr (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  g_autofree char *line = NULL;
  const char *domain = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
  if (g_log_writer_default_would_drop (level, domain))
    return G_LOG_WRITER_HANDLED;

  line = g_log_writer_format_fields (level, fields, n_fields,
                                     g_log_writer_supports_color (fileno (stderr)));
  fprintf (stderr, "%s\n", line);
  fflush (stderr);
  return G_LOG_WRITER_HANDLED;
}

/* Options */

typedef struct {
  char     *db;
  char     *round;
  char     *search;
  char     *format;
  char     *output;
  char     *from;
  char     *to;
  int       count;
  gboolean  valid_only;
  gboolean  include_personal;
  char    **args;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->search);
  g_free (o->format);
  g_free (o->output);
  g_free (o->from);
  g_free (o->to);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

#define OPTION_DB(o) \
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, &(o)->db, N_("The document"), N_("DOC") }
#define OPTION_ROUND(o) \
  { "round", 'r', 0, G_OPTION_ARG_STRING, &(o)->round, \
    N_("Only the round with this key, e.g. huzhou-2025"), N_("KEY") }
#define OPTION_ARGS(o) \
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &(o)->args, NULL, NULL }

/* Parses the options of one command; on a usage error prints it with a
 * pointer to --help and returns FALSE. */
gboolean
sks_cli_parse_options (const char    *command,
               const char    *parameters,
               const char    *summary,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autofree char *prgname = g_strconcat ("skill-studio-cli ", command, NULL);
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error ("%s", error->message);
      g_printerr (_("Try “%s --help”.\n"), prgname);
      return FALSE;
    }
  return TRUE;
}

/* A member of the object being built: a string (null when there is none),
 * an integer. */
void
sks_cli_json_add_string (JsonBuilder *b,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
sks_cli_json_add_int (JsonBuilder *b,
                      const char  *name,
                      gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* The document a command works on: read-only unless @write, which is
 * refused when another program has it open; the user from $SKS_USER
 * (main() puts --by there). */
SksStore *
sks_cli_open_document (const char  *db,
                       gboolean     write,
                       GError     **error)
{
  g_autoptr(SksStore) store = sks_store_open (db, write ? SKS_STORE_OPEN_DEFAULT
                                                        : SKS_STORE_OPEN_READ_ONLY, error);
  const char *user = g_getenv ("SKS_USER");

  if (store == NULL)
    return NULL;
  if (write && sks_store_get_read_only (store))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY, "%s",
                   sks_store_get_read_only_reason (store));
      return NULL;
    }
  if (user != NULL && *user != '\0')
    sks_store_set_user (store, user);
  return g_steal_pointer (&store);
}

/* sks_store_find_round() with “not found” as an error: for the commands
 * that take --round and fail without one. */
SksRound *
sks_cli_find_round (SksStore    *store,
                    const char  *key,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  SksRound *round = sks_store_find_round (store, key, &local_error);

  if (round == NULL && local_error == NULL)
    g_set_error (&local_error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                 _("The document has no round “%s”"), key);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return round;
}

int
sks_cli_usage_error (const char *command,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  print_error ("%s", message);
  g_printerr (_("Try “skill-studio-cli %s --help”.\n"), command);
  return EXIT_USAGE;
}

static guint
n_args (Options *o)
{
  return o->args ? g_strv_length (o->args) : 0;
}

/* Documents */

/* What a backup holds, for people: "36 applications in 2 rounds". */
static char *
describe_contents (gint64 n_rounds,
                   gint64 n_studios)
{
  g_autofree char *studios = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%lld application",
                                                           "%lld applications",
                                                           (gulong) n_studios),
                                              (long long) n_studios);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %lld round", "%s in %lld rounds",
                                       (gulong) n_rounds), studios, (long long) n_rounds);
}

/* After "damaged": where the way out is. */
static void
print_restore_hint (const char *path)
{
  gint64 n_rounds = 0, n_studios = 0;
  g_autofree char *backup = sks_store_find_good_backup (path, &n_rounds, &n_studios);
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;

  if (backup == NULL)
    {
      g_printerr (_("No good backup of this document was found beside it.\n"));
      return;
    }
  name = g_filename_display_name (backup);
  contents = describe_contents (n_rounds, n_studios);
  g_printerr (_("The newest good backup is %s (%s). Put it in place of the document with:\n"
                "  skill-studio-cli restore --db %s\n"), name, contents, path);
}

static SksStore *
open_document (const char        *path,
               SksStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  SksStore *store = sks_store_open (path, flags, &error);

  if (store == NULL)
    {
      print_error ("%s", error->message);
      if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED))
        print_restore_hint (path);
    }
  return store;
}

/* A document to change: refused when another program has it open. */
static SksStore *
open_for_writing (const char        *path,
                  SksStoreOpenFlags  flags)
{
  g_autoptr(SksStore) store = open_document (path, flags);

  if (store != NULL && sks_store_get_read_only (store))
    {
      print_error ("%s", sks_store_get_read_only_reason (store));
      return NULL;
    }
  sks_cli_apply_user (store);
  return g_steal_pointer (&store);
}

/* Returns: the round's id, 0 for all rounds when @key is %NULL, or -1 */
static gint64
find_round_id (SksStore   *store,
               const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = NULL;

  if (key == NULL)
    return 0;
  round = sks_store_find_round (store, key, &error);
  if (round != NULL)
    return sks_round_get_id (round);
  if (error != NULL)
    print_error ("%s", error->message);
  else
    print_error (_("The document has no round “%s”"), key);
  return -1;
}

/* sample */

static int
cmd_sample (int    argc,
            char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    { "count", 'n', 0, G_OPTION_ARG_INT, &o.count,
      N_("Add this many synthetic applications instead of the demo set"), N_("N") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!sks_cli_parse_options ("sample", _("DOC"),
                      _("Adds the demo applications of Huzhou 2025 and Hangzhou 2023 to a "
                        "document, creating it when needed, or with --count as many synthetic "
                        "applications as asked."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (n_args (&o) != 1)
    return sks_cli_usage_error ("sample", _("Name one document"));
  if (o.count < 0)
    return sks_cli_usage_error ("sample", _("--count must not be negative"));

  store = open_for_writing (o.args[0], SKS_STORE_OPEN_CREATE);
  if (store == NULL)
    return EXIT_PROBLEMS;
  if (!sks_sample_populate (store, (guint) o.count, &error))
    {
      print_error ("%s", error->message);
      return EXIT_PROBLEMS;
    }
  if (o.count == 0)
    g_print (_("Added the demo applications; the document holds %lld now.\n"),
             (long long) sks_store_count_studios (store, 0, NULL));
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Added %d synthetic application.\n",
                          "Added %d synthetic applications.\n", (gulong) o.count),
             o.count);
  return EXIT_OK;
}

/* import */

static void
print_report (const char        *file,
              SksExchangeReport *report,
              gboolean           imported)
{
  g_autofree char *name = g_filename_display_name (file);

  if (imported)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%s: %u of %u application imported.\n",
                          "%s: %u of %u applications imported.\n", report->n_records),
             name, report->n_imported, report->n_records);
  else
    g_print (_("%s: nothing imported.\n"), name);

  if (report->n_rejected > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u application has problems:\n",
                          "%u applications have problems:\n", report->n_rejected),
             report->n_rejected);
  else if (report->problems->len > 0)
    g_print (_("The file has problems:\n"));
  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *line = sks_exchange_problem_to_string (g_ptr_array_index (report->problems,
                                                                                 i));
      g_print ("  %s\n", line);
    }
  if (report->n_replaced > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u draft in the document was replaced by the file’s version; its "
                          "old values are in its history.\n",
                          "%u drafts in the document were replaced by the file’s version; their "
                          "old values are in their history.\n", report->n_replaced),
             report->n_replaced);
  if (report->n_replaceable > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u application is a draft (填报中) in the document already: import with "
                          "--replace-drafts to update it.\n",
                          "%u applications are drafts (填报中) in the document already: import "
                          "with --replace-drafts to update them.\n", report->n_replaceable),
             report->n_replaceable);
  if (!imported && report->problems->len > 0)
    g_print (_("Correct the file, or import the applications without problems with "
               "--valid-only.\n"));
}

/* Each file in its own transaction: all of its applications or none. */
static gboolean
import_file (SksStore               *store,
             const char             *path,
             SksExchangeImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = sks_exchange_read (path, &error);
  g_autoptr(SksExchangeReport) report = NULL;
  g_autofree char *name = g_filename_display_name (path);
  gboolean imported;

  if (import == NULL)
    {
      print_error (_("%s: %s"), name, error->message);
      return FALSE;
    }
  imported = sks_exchange_import_with_flags (store, import, flags, &report, &error);
  if (report != NULL)
    print_report (path, report, imported);
  if (!imported && !g_error_matches (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS))
    print_error (_("%s: %s"), name, error->message);
  return imported && report->problems->len == 0;
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_auto(Options) o = { 0 };
  gboolean replace_drafts = FALSE;
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    { "valid-only", 0, 0, G_OPTION_ARG_NONE, &o.valid_only,
      N_("Import the applications without problems even when others have some"), NULL },
    { "replace-drafts", 0, 0, G_OPTION_ARG_NONE, &replace_drafts,
      N_("Replace applications that are drafts (填报中) in the document with the file’s version, "
         "keeping the old values in their history; never a submitted one"), NULL },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(SksStore) store = NULL;
  gboolean ok = TRUE;
  SksExchangeImportFlags flags;

  if (!sks_cli_parse_options ("import", _("FILE…"),
                      _("Imports the applications of exchange files into a document. Each file "
                        "is imported whole or not at all; an application already in the document "
                        "is never overwritten, except a draft with --replace-drafts. Every refused "
                        "application is listed with the reason."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (o.db == NULL)
    return sks_cli_usage_error ("import", _("Name the document with --db"));
  if (n_args (&o) == 0)
    return sks_cli_usage_error ("import", _("Name at least one exchange file"));

  store = open_for_writing (o.db, SKS_STORE_OPEN_CREATE);
  if (store == NULL)
    return EXIT_PROBLEMS;
  flags = (o.valid_only ? SKS_EXCHANGE_IMPORT_VALID_ONLY : 0) |
          (replace_drafts ? SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS : 0);
  for (guint i = 0; o.args[i]; i++)
    ok &= import_file (store, o.args[i], flags);
  return ok ? EXIT_OK : EXIT_PROBLEMS;
}

/* export */

static gboolean
export_to_stdout (SksStore *store,
                  gint64    round_id,
                  gboolean  csv,
                  gboolean  include_personal,
                  GError  **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  fflush (stdout);
  if (csv)
    return sks_csv_write (store, round_id,
                          include_personal ? SKS_CSV_INCLUDE_PERSONAL : SKS_CSV_DEFAULT, out, NULL,
                          error);
  return sks_exchange_write (store, round_id, out, NULL, error);
}

static gboolean
export_to_file (SksStore   *store,
                gint64      round_id,
                gboolean    csv,
                gboolean    include_personal,
                const char *path,
                GError    **error)
{
  if (csv)
    return sks_csv_write_file (store, round_id,
                               include_personal ? SKS_CSV_INCLUDE_PERSONAL : SKS_CSV_DEFAULT, path,
                               error);
  return sks_exchange_write_file (store, round_id, path, error);
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o.format,
      N_("json (the exchange format, complete applications) or csv (one row each)"),
      N_("FORMAT") },
    OPTION_ROUND (&o),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("Write to FILE instead of the standard output"), N_("FILE") },
    { "include-personal", 0, 0, G_OPTION_ARG_NONE, &o.include_personal,
      N_("csv: write ID numbers and mobile numbers in full instead of masked"), NULL },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean csv;
  gint64 round_id;
  gboolean ok;

  if (!sks_cli_parse_options ("export", NULL,
                      _("Exports the applications of a document. The exchange format (json) "
                        "carries complete applications with ID numbers and attachments, for "
                        "handing over to the city; keep such files safe. The table (csv) masks "
                        "ID numbers and mobile numbers unless --include-personal is given."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (o.db == NULL)
    return sks_cli_usage_error ("export", _("Name the document with --db"));
  if (n_args (&o) > 0)
    return sks_cli_usage_error ("export", _("Unexpected argument “%s”"), o.args[0]);
  if (o.format == NULL || (!g_str_equal (o.format, "json") && !g_str_equal (o.format, "csv")))
    return sks_cli_usage_error ("export", _("Choose --format json or --format csv"));
  csv = g_str_equal (o.format, "csv");

  store = open_document (o.db, SKS_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_PROBLEMS;
  round_id = find_round_id (store, o.round);
  if (round_id < 0)
    return EXIT_PROBLEMS;

  ok = o.output ? export_to_file (store, round_id, csv, o.include_personal, o.output, &error)
                : export_to_stdout (store, round_id, csv, o.include_personal, &error);
  if (!ok)
    {
      print_error ("%s", error->message);
      return EXIT_PROBLEMS;
    }
  return EXIT_OK;
}

/* list */

static void
print_row (SksStudioRow *row,
           GHashTable   *round_keys)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gint64 round_id = sks_studio_row_get_round_id (row);
  const char *fields[] = {
    g_hash_table_lookup (round_keys, &round_id),
    sks_studio_row_get_recommender_name (row),
    sks_studio_row_get_name (row),
    sks_studio_row_get_master_name (row),
    sks_enum_get_label (SKS_TYPE_GENDER, sks_studio_row_get_gender (row)),
    sks_studio_row_get_birth (row),
    sks_studio_row_get_skill_level (row),
    sks_studio_row_get_unit_name (row),
    sks_enum_get_label (SKS_TYPE_STATUS, sks_studio_row_get_status (row)),
  };

  g_string_append_printf (line, "%" G_GINT64_FORMAT, sks_studio_row_get_id (row));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_string_append_c (line, '\t');
      /* One line per application, whatever the names hold. */
      for (const char *p = fields[i] ? fields[i] : ""; *p; p++)
        g_string_append_c (line, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
    }
  g_string_append_c (line, '\n');
  print_data (line->str);
}

static GHashTable *
collect_round_keys (SksStore *store)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, NULL);
  GHashTable *keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; rounds && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      gint64 id = sks_round_get_id (round);
      g_hash_table_insert (keys, g_memdup2 (&id, sizeof id), g_strdup (sks_round_get_key (round)));
    }
  return keys;
}

static GHashTable *
search_ids (SksStore   *store,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_search (store, text, &error);
  GHashTable *set;

  if (ids == NULL)
    {
      print_error ("%s", error->message);
      return NULL;
    }
  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (set, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
  return set;
}

static int
cmd_list (int    argc,
          char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    OPTION_ROUND (&o),
    { "search", 's', 0, G_OPTION_ARG_STRING, &o.search,
      N_("Only applications that mention TEXT (names, units, places, occupations)"),
      N_("TEXT") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GHashTable) round_keys = NULL;
  g_autoptr(GHashTable) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;
  gint64 round_id;

  if (!sks_cli_parse_options ("list", NULL,
                      _("Lists the applications of a document, one per line, fields separated "
                        "by tabs. ID numbers and phone numbers are never listed."),
                      entries, &argc, &argv))
    return EXIT_USAGE;
  if (o.db == NULL)
    return sks_cli_usage_error ("list", _("Name the document with --db"));
  if (n_args (&o) > 0)
    return sks_cli_usage_error ("list", _("Unexpected argument “%s”"), o.args[0]);

  store = open_document (o.db, SKS_STORE_OPEN_READ_ONLY);
  if (store == NULL || (round_id = find_round_id (store, o.round)) < 0)
    return EXIT_PROBLEMS;
  if (o.search != NULL && (matches = search_ids (store, o.search)) == NULL)
    return EXIT_PROBLEMS;
  rows = sks_store_list_studio_rows (store, round_id, 0, 0, &error);
  if (rows == NULL)
    {
      print_error ("%s", error->message);
      return EXIT_PROBLEMS;
    }

  round_keys = collect_round_keys (store);
  header = g_strjoin ("\t", _("Number"), _("Round"), _("Recommending unit"), _("Studio"),
                      _("Master"), _("Gender"), _("Born"), _("Skill level"), _("Applying unit"),
                      _("Status"), NULL);
  print_data (header);
  print_data ("\n");
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);

      if (matches == NULL || g_hash_table_contains (matches, &id))
        print_row (row, round_keys);
    }
  return EXIT_OK;
}

/* info */

static void
print_counts (SksStore *store)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, NULL);

  g_print (_("Applications: %lld\n"), (long long) sks_store_count_studios (store, 0, NULL));
  for (guint i = 0; rounds && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      g_autoptr(GListModel) units = sks_store_list_recommenders (store, sks_round_get_id (round),
                                                                 NULL);

      /* TRANSLATORS: round key, city, year, applications, recommending units */
      g_print (_("  %s (%s %lld): %lld applications, %u recommending units\n"),
               sks_round_get_key (round), sks_round_get_city (round),
               (long long) sks_round_get_year (round),
               (long long) sks_store_count_studios (store, sks_round_get_id (round), NULL),
               units ? g_list_model_get_n_items (units) : 0);
    }
}

/* Whether this document could be changed now, and if not why; the
 * document is not opened for writing, so nothing of it changes. */
static void
print_access (const char *path)
{
  g_autofree char *reason = sks_store_probe_access (path);

  if (reason == NULL)
    g_print (_("State: can be changed\n"));
  else
    g_print (_("State: read-only. %s\n"), reason);
}

static void
print_backups (const char *path)
{
  g_auto(GStrv) backups = sks_store_list_backups (path);
  gboolean good_found = FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE, "Backups: %u\n", "Backups: %u\n",
                        g_strv_length (backups)),
           g_strv_length (backups));
  for (guint i = 0; backups[i]; i++)
    {
      g_autofree char *name = g_filename_display_name (backups[i]);
      g_autoptr(GError) error = NULL;
      gint64 n_rounds = 0, n_studios = 0;

      if (sks_store_inspect_backup (backups[i], &n_rounds, &n_studios, &error))
        {
          g_autofree char *contents = describe_contents (n_rounds, n_studios);
          /* Newest first: the first sound one with data is what restore takes. */
          gboolean good = !good_found && n_rounds + n_studios > 0;

          good_found |= good;
          g_print ("  %s: %s%s\n", name, contents, good ? _(" (latest good backup)") : "");
        }
      else
        g_print (_("  %s: not usable: %s\n"), name, error->message);
    }
}

static int
cmd_info (int    argc,
          char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = { OPTION_DB (&o), OPTION_ARGS (&o), { NULL } };
  g_autoptr(SksStore) store = NULL;
  g_autofree char *name = NULL;

  if (!sks_cli_parse_options ("info", NULL,
                      _("Shows a document’s format version, its applications per round, whether "
                        "it can be changed now, and its backups."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (o.db == NULL)
    return sks_cli_usage_error ("info", _("Name the document with --db"));
  if (n_args (&o) > 0)
    return sks_cli_usage_error ("info", _("Unexpected argument “%s”"), o.args[0]);

  store = open_document (o.db, SKS_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_PROBLEMS;
  name = g_filename_display_name (o.db);
  g_print (_("Document: %s\n"), name);
  g_print (_("Format version: %d (this program writes %d)\n"),
           sks_store_get_schema_version (store), SKS_STORE_SCHEMA_VERSION);
  print_counts (store);
  g_clear_object (&store);
  print_access (o.db);
  print_backups (o.db);
  return EXIT_OK;
}

/* backup, restore */

static int
cmd_backup (int    argc,
            char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    { "to", 't', 0, G_OPTION_ARG_FILENAME, &o.to,
      N_("Write the copy to FILE instead of beside the document"), N_("FILE") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  if (!sks_cli_parse_options ("backup", NULL,
                      _("Backs up a document beside it (one backup a day; the last ones are "
                        "kept), or to the file given with --to."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (o.db == NULL)
    return sks_cli_usage_error ("backup", _("Name the document with --db"));
  if (n_args (&o) > 0)
    return sks_cli_usage_error ("backup", _("Unexpected argument “%s”"), o.args[0]);

  if (o.to != NULL)
    {
      store = open_document (o.db, SKS_STORE_OPEN_READ_ONLY);
      if (store == NULL)
        return EXIT_PROBLEMS;
      if (!sks_store_backup_to (store, o.to, &error))
        {
          print_error ("%s", error->message);
          return EXIT_PROBLEMS;
        }
      path = g_strdup (o.to);
    }
  else
    {
      g_auto(GStrv) backups = NULL;

      store = open_for_writing (o.db, SKS_STORE_OPEN_DEFAULT);
      if (store == NULL)
        return EXIT_PROBLEMS;
      path = sks_store_backup_if_due (store, &error);
      if (error != NULL)
        {
          print_error ("%s", error->message);
          return EXIT_PROBLEMS;
        }
      if (path == NULL)
        {
          backups = sks_store_list_backups (o.db);
          name = g_filename_display_name (backups[0]);
          g_print (_("Today’s backup exists already: %s (use --to for another copy)\n"), name);
          return EXIT_OK;
        }
    }
  name = g_filename_display_name (path);
  g_print (_("Backed up to %s\n"), name);
  return EXIT_OK;
}

/* The document must not be open elsewhere while it is replaced. A damaged
 * one does not open at all, which is why it is being restored. */
static gboolean
document_is_free (const char *path)
{
  g_autofree char *reason = sks_store_probe_access (path);

  if (reason != NULL && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      print_error ("%s", reason);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_restore (int    argc,
             char **argv)
{
  g_auto(Options) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o),
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &o.from,
      N_("The backup to restore; by default the latest that passes the integrity check"),
      N_("BACKUP") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gint64 n_rounds = 0, n_studios = 0;

  if (!sks_cli_parse_options ("restore", NULL,
                      _("Puts a backup in place of a document. The replaced document is kept "
                        "beside it, never deleted."), entries, &argc, &argv))
    return EXIT_USAGE;
  if (o.db == NULL)
    return sks_cli_usage_error ("restore", _("Name the document with --db"));
  if (n_args (&o) > 0)
    return sks_cli_usage_error ("restore", _("Unexpected argument “%s”"), o.args[0]);

  backup = o.from ? g_strdup (o.from)
                  : sks_store_find_good_backup (o.db, &n_rounds, &n_studios);
  if (backup == NULL)
    {
      print_error (_("There is no good backup of this document (one that passes the full check "
                     "and holds applications)"));
      return EXIT_PROBLEMS;
    }
  if (o.from != NULL && !sks_store_inspect_backup (backup, &n_rounds, &n_studios, &error))
    {
      print_error ("%s", error->message);
      return EXIT_PROBLEMS;
    }
  if (!document_is_free (o.db))
    return EXIT_PROBLEMS;
  name = g_filename_display_name (backup);
  contents = describe_contents (n_rounds, n_studios);
  /* Said before anything is replaced. */
  g_print (_("Restoring %s (%s)…\n"), name, contents);
  if (!sks_store_restore_backup (o.db, backup, &error))
    {
      print_error ("%s", error->message);
      return EXIT_PROBLEMS;
    }
  g_print (_("Restored %s. The replaced document is kept beside it.\n"), name);
  return EXIT_OK;
}

/* main */

typedef struct {
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "sample", cmd_sample, N_("Add the demo applications or synthetic ones to a document") },
  { "import", cmd_import, N_("Import applications from exchange files") },
  { "export", cmd_export, N_("Export applications as an exchange file or a CSV table") },
  { "list", cmd_list, N_("List the applications of a document") },
  { "info", cmd_info, N_("Show a document’s format, contents, state and backups") },
  { "backup", cmd_backup, N_("Back up a document") },
  { "restore", cmd_restore, N_("Put a backup in place of a document") },
  { "policies", sks_cli_policies, N_("List the policy profiles (the notices’ rules)") },
  { "check", sks_cli_check, N_("Check applications against the rules of their notice") },
  { "delete", sks_cli_delete, N_("Move an application that was never submitted to the trash") },
  { "trash", sks_cli_trash, N_("List, restore or empty the trash (回收站)") },
  { "finding", sks_cli_finding, N_("Record a reviewer’s finding (核实): met, not met or cleared") },
  { "compare", sks_cli_compare, N_("Write 2 to 4 applications side by side as a comparison sheet (PDF)") },
  { "history", sks_cli_history, N_("Show who changed what: an application’s or a round’s history") },
  { "round", sks_cli_round, N_("Start a programme round from a policy profile, or list the rounds") },
  { "panel", sks_cli_panel, N_("Add, list or remove the members of a round’s review panel") },
  { "scores", sks_cli_scores, N_("Show, import or submit a panel’s scores; print blank score sheets") },
  { "rank", sks_cli_rank, N_("Rank a round’s candidates by the panel’s score, with the planned number") },
  { "decide", sks_cli_decide, N_("Record the panel’s decision: selected, not selected or reserve") },
  { "publish", sks_cli_publish, N_("Start a round’s public notice (公示) and write its list as PDF or Excel") },
  { "publication", sks_cli_publication, N_("Start or show a round’s public notice (公示): period, list, objections") },
  { "objection", sks_cli_objection, N_("Record an objection (异议) to a public notice, resolve it, list them") },
  { "recognise", sks_cli_recognise, N_("Recognise (认定) a round’s studios after the public notice") },
  { "workbook", sks_cli_workbook, N_("Write the panel meeting’s workbook (Excel) of a round, or one view as CSV") },
  { "funding", sks_cli_funding, N_("Show a round’s funding report: grants, who pays, totals (text, JSON, PDF, Excel)") },
  { "print", sks_cli_print, N_("Write an official form (Annex 2 or 3, or an evaluation table) "
                                "as PDF, or Annex 2 as an Excel workbook") },
};

static void
print_usage (FILE *stream)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int width = 0;

  /* The names in a column as wide as the longest and two spaces */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name) + 2);
  g_string_append_printf (text, _("Usage: %s COMMAND [OPTION…]\n\n"), "skill-studio-cli");
  g_string_append (text, _("Commands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-*s%s\n", width, commands[i].name,
                            _(commands[i].summary));
  g_string_append_printf (text, _("\nSee “%s COMMAND --help” for the options of a command.\n"),
                          "skill-studio-cli");
  g_string_append (text, _("Every command that changes a document takes --by NAME: who is "
                           "working, kept in the history (default: $SKS_USER, else your "
                           "account’s full name).\n"));
  g_string_append (text, _("Exit status: 0 when all went well, 1 when the data or the document "
                           "had problems (every refused application is listed), 2 when the "
                           "command was used wrongly.\n"));
  if (stream == stdout)
    g_print ("%s", text->str);
  else
    g_printerr ("%s", text->str);
}

int
main (int    argc,
      char **argv)
{
  sks_i18n_init ();
  g_log_set_writer_func (log_to_stderr, NULL, NULL);

  if (!sks_cli_take_global_by (&argc, &argv))
    {
      print_error ("%s", _("--by needs a name: who is working"));
      return EXIT_USAGE;
    }
  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  if (argc > 2 && g_str_equal (argv[1], "print") && g_str_equal (argv[2], "evaluation"))
    return sks_cli_print_evaluation (argc - 2, argv + 2);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  print_error (_("Unknown command “%s”"), argv[1]);
  print_usage (stderr);
  return EXIT_USAGE;
}
