/* sks-cli-history.c — `skill-studio-cli history`: who changed what, per
 * application or per round; and the global `--by NAME` (or $SKS_USER)
 * that names who is working for every writing command
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sks-cli-history.h"
#include "sks-cli-rules.h"
#include "sks-history-text.h"
#include "sks-store.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

/**
 * sks_cli_take_global_by:
 *
 * Takes `--by NAME` or `--by=NAME` out of @argv wherever it stands and puts
 * it in $SKS_USER, which every command that writes records as who is
 * working. Returns: FALSE when `--by` has no name.
 */
gboolean
sks_cli_take_global_by (int    *argc,
                        char ***argv)
{
  char **args = *argv;
  int out = 0;

  for (int i = 0; i < *argc; i++)
    {
      const char *name = NULL;

      if (g_str_equal (args[i], "--by"))
        {
          if (i + 1 >= *argc || *args[i + 1] == '\0')
            return FALSE;
          name = args[++i];
        }
      else if (g_str_has_prefix (args[i], "--by="))
        {
          name = args[i] + strlen ("--by=");
          if (*name == '\0')
            return FALSE;
        }
      if (name != NULL)
        g_setenv ("SKS_USER", name, TRUE);
      else
        args[out++] = args[i];
    }
  args[out] = NULL;
  *argc = out;
  return TRUE;
}

/* Applies $SKS_USER (set by --by) to a document opened for writing. */
void
sks_cli_apply_user (SksStore *store)
{
  const char *by = g_getenv ("SKS_USER");

  if (store != NULL && by != NULL && *by != '\0')
    sks_store_set_user (store, by);
}

typedef struct {
  char     *db;
  char     *round;
  char     *format;
  gint64    application;
  char    **args;
} HistoryOptions;

static void
history_options_clear (HistoryOptions *o)
{
  g_clear_pointer (&o->db, g_free);
  g_clear_pointer (&o->round, g_free);
  g_clear_pointer (&o->format, g_free);
  g_clear_pointer (&o->args, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HistoryOptions, history_options_clear)

/* One value on a tab-separated line: tabs and line breaks become spaces,
 * nothing becomes "-". */
static void
append_cell (GString    *line,
             const char *value)
{
  if (line->len > 0)
    g_string_append_c (line, '\t');
  if (value == NULL || *value == '\0')
    {
      g_string_append_c (line, '-');
      return;
    }
  for (const char *p = value; *p; p++)
    g_string_append_c (line, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

/* A finding (核实) is told in words, as the History view tells it: the
 * check's label, the result, who and the day in one line, “领办人品行 核实
 * 待核实 符合（王珏，2026-12-06）”; its who and day entries are folded into
 * it. Other fields keep their stored names and values (the json format
 * keeps them all). */
static void
print_entry_text (GListModel *history,
                  guint       position)
{
  g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, position);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         sks_history_entry_get_studio_id (entry));
  const char *field = sks_history_entry_get_field (entry);
  g_autofree char *label = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  if (sks_history_is_folded (history, position))
    return;
  if (sks_history_parse_finding_field (field, NULL) != SKS_FINDING_FIELD_NONE)
    {
      label = sks_history_dup_field_label (field);
      sks_history_dup_change_texts (history, position, &old_text, &new_text);
    }
  else
    {
      old_text = g_strdup (sks_history_entry_get_old_value (entry));
      new_text = g_strdup (sks_history_entry_get_new_value (entry));
    }
  append_cell (line, sks_history_entry_get_time (entry));
  append_cell (line, sks_history_entry_get_who (entry));
  append_cell (line, id);
  append_cell (line, sks_history_entry_get_action (entry));
  /* Before version 6 an entry only named its fields, in detail. */
  append_cell (line, label ? label : field ? field : sks_history_entry_get_detail (entry));
  append_cell (line, old_text);
  append_cell (line, new_text);
  append_cell (line, sks_history_entry_get_reason (entry));
  g_print ("%s\n", line->str);
}

static void
print_event_text (SksRoundEvent *event)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         sks_round_event_get_studio_id (event));

  append_cell (line, sks_round_event_get_time (event));
  append_cell (line, sks_round_event_get_who (event));
  append_cell (line, id);
  append_cell (line, sks_round_event_get_action (event));
  append_cell (line, sks_round_event_get_studio_name (event));
  append_cell (line, sks_round_event_get_master_name (event));
  append_cell (line, sks_round_event_get_detail (event));
  append_cell (line, sks_round_event_get_reason (event));
  g_print ("%s\n", line->str);
}

/* The fields of @object by their exchange keys, with the application's id. */
static JsonNode *
object_to_json (const SksFieldTable *table,
                GObject             *object,
                const char          *id_key,
                gint64               id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, id_key);
  json_builder_add_int_value (builder, id);
  for (guint i = 0; i < table->n_fields; i++)
    {
      const SksField *field = &table->fields[i];
      g_autofree char *value = NULL;

      if (field->kind != SKS_FIELD_TEXT)
        continue;
      value = sks_field_dup_string (field, object);
      json_builder_set_member_name (builder, field->name);
      if (value != NULL)
        json_builder_add_string_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_json (GListModel *list,
            gboolean    round_events)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (round_events)
        json_array_add_element (array, object_to_json (sks_round_event_get_field_table (), item,
                                                       "application",
                                                       sks_round_event_get_studio_id (
                                                         SKS_ROUND_EVENT (item))));
      else
        json_array_add_element (array, object_to_json (sks_history_entry_get_field_table (), item,
                                                       "application",
                                                       sks_history_entry_get_studio_id (
                                                         SKS_HISTORY_ENTRY (item))));
    }
  json_node_set_array (root, array);
  text = json_to_string (root, TRUE);
  g_print ("%s\n", text);
}

static gboolean
check_options (HistoryOptions *o)
{
  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error ("history", _("Unexpected argument “%s”"), o->args[0]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error ("history", "%s", _("Name the document with --db")), FALSE;
  if (o->format != NULL && !g_str_equal (o->format, "text") && !g_str_equal (o->format, "json"))
    return sks_cli_usage_error ("history", _("Unknown format “%s”: use text or json"),
                                o->format), FALSE;
  if (o->round != NULL && o->application != 0)
    return sks_cli_usage_error ("history", "%s",
                                _("Name either an application or a round, not both")), FALSE;
  return TRUE;
}

/* The list the options ask for: one application's history, every
 * application's, or a round's events. */
static GListModel *
load_list (SksStore        *store,
           HistoryOptions  *o,
           GError         **error)
{
  g_autoptr(SksRound) round = NULL;

  if (o->round == NULL)
    {
      if (o->application != 0)
        {
          g_autoptr(SksStudio) studio = sks_store_load_studio (store, o->application, error);
          if (studio == NULL)
            return NULL;
        }
      return sks_store_list_history (store, o->application, error);
    }
  round = sks_store_find_round (store, o->round, error);
  if (round == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("The document has no round with the key “%s”"), o->round);
      return NULL;
    }
  return sks_store_list_round_history (store, sks_round_get_id (round), error);
}

int
sks_cli_history (int    argc,
                 char **argv)
{
  g_auto(HistoryOptions) o = { 0 };
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &o.db, N_("The document"), N_("DOC") },
    { "application", 'a', 0, G_OPTION_ARG_INT64, &o.application,
      N_("Only this application’s history (its id, see “list”)"), N_("ID") },
    { "round", 'r', 0, G_OPTION_ARG_STRING, &o.round,
      N_("The round’s events instead: status changes, imports, deletions"), N_("KEY") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o.format,
      N_("text (tab-separated: time, who, application, action, field, old, new, reason) "
         "or json"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(GListModel) list = NULL;

  if (!sks_cli_parse_options ("history", NULL,
                              _("Show who changed what and when. Personal values (ID numbers, "
                                "phones) are shown masked, as in lists."),
                              entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_options (&o))
    return EXIT_USAGE;

  store = sks_store_open (o.db, SKS_STORE_OPEN_READ_ONLY, &error);
  if (store != NULL)
    list = load_list (store, &o, &error);
  if (list == NULL)
    {
      g_printerr ("skill-studio-cli: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (o.format != NULL && g_str_equal (o.format, "json"))
    print_json (list, o.round != NULL);
  else
    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (list, i);

        if (o.round != NULL)
          print_event_text (SKS_ROUND_EVENT (item));
        else
          print_entry_text (list, i);
      }
  return EXIT_OK;
}
