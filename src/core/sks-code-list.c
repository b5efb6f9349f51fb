/* sks-code-list.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-code-list"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sks-code-list.h"
#include "sks-json-guard.h"

/* Lists are shipped as JSON resources under data/codes/ and loaded once. */

struct _SksCodeList
{
  GPtrArray  *names;    /* canonical names, NULL-terminated */
  GPtrArray  *codes;
  GHashTable *lookup;   /* name or alias → position + 1 */
};

static SksCodeList *
code_list_load (const char *name)
{
  g_autofree char *path = g_strdup_printf ("/org/example/SkillStudio/codes/%s.json", name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  SksCodeList *list;
  JsonObject *root;
  JsonArray *items;
  JsonObject *aliases;

  if (bytes == NULL ||
      !sks_json_guard_check (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                             NULL) ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), NULL))
    g_error ("Code list %s is missing from the resources", name);

  root = json_node_get_object (json_parser_get_root (parser));
  items = json_object_get_array_member (root, "items");

  list = g_new0 (SksCodeList, 1);
  list->names = g_ptr_array_new ();
  list->codes = g_ptr_array_new ();
  list->lookup = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      char *item_name = g_strdup (json_object_get_string_member (item, "name"));

      g_ptr_array_add (list->names, item_name);
      g_ptr_array_add (list->codes, g_strdup (json_object_get_string_member (item, "code")));
      g_hash_table_insert (list->lookup, item_name, GUINT_TO_POINTER (i + 1));
    }
  g_ptr_array_add (list->names, NULL);

  aliases = json_object_get_object_member (root, "aliases");
  if (aliases != NULL)
    {
      g_autoptr(GList) keys = json_object_get_members (aliases);

      for (GList *l = keys; l; l = l->next)
        {
          const char *target = json_object_get_string_member (aliases, l->data);
          gpointer position = g_hash_table_lookup (list->lookup, target);

          if (position == NULL)
            g_error ("Code list %s: alias %s names an unknown item", name, (char *) l->data);
          g_hash_table_insert (list->lookup, g_strdup (l->data), position);
        }
    }
  return list;
}

const SksCodeList *
sks_code_list_get (const char *name)
{
  static GMutex mutex;
  static GHashTable *lists;
  /* The few lists there are, found again without the lock (a check of a
   * whole document asks millions of times). A slot is written once, under
   * the lock, its name (the table's own copy, never freed) first. */
  static struct {
    const char  *name;
    SksCodeList *list;
  } recent[8];
  SksCodeList *list = NULL;
  char *key = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (recent); i++)
    {
      SksCodeList *known = g_atomic_pointer_get (&recent[i].list);

      if (known == NULL)
        break;
      if (strcmp (recent[i].name, name) == 0)
        return known;
    }

  g_mutex_lock (&mutex);
  if (lists == NULL)
    lists = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (lists, name, (gpointer *) &key, (gpointer *) &list))
    {
      list = code_list_load (name);
      key = g_strdup (name);
      g_hash_table_insert (lists, key, list);
    }
  for (guint i = 0; i < G_N_ELEMENTS (recent); i++)
    if (g_atomic_pointer_get (&recent[i].list) == NULL)
      {
        recent[i].name = key;
        g_atomic_pointer_set (&recent[i].list, list);
        break;
      }
    else if (strcmp (recent[i].name, name) == 0)
      break;
  g_mutex_unlock (&mutex);
  return list;
}

guint
sks_code_list_get_n_items (const SksCodeList *list)
{
  return list->codes->len;
}

const char *
sks_code_list_get_item (const SksCodeList *list,
                        guint              position)
{
  g_return_val_if_fail (position < list->codes->len, NULL);
  return g_ptr_array_index (list->names, position);
}

const char *
sks_code_list_get_code (const SksCodeList *list,
                        guint              position)
{
  g_return_val_if_fail (position < list->codes->len, NULL);
  return g_ptr_array_index (list->codes, position);
}

const char * const *
sks_code_list_get_items (const SksCodeList *list)
{
  return (const char * const *) list->names->pdata;
}

/* Returns the canonical item for a name or an alias, or NULL. */
const char *
sks_code_list_normalize (const SksCodeList *list,
                         const char        *value)
{
  guint position;

  if (value == NULL)
    return NULL;
  position = GPOINTER_TO_UINT (g_hash_table_lookup (list->lookup, value));
  return position ? g_ptr_array_index (list->names, position - 1) : NULL;
}

/* Position in the list (lists are in ascending order), or -1. */
int
sks_code_list_get_rank (const SksCodeList *list,
                        const char        *value)
{
  guint position = value ? GPOINTER_TO_UINT (g_hash_table_lookup (list->lookup, value)) : 0;

  return (int) position - 1;
}
