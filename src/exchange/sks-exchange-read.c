/* sks-exchange-read.c — reading and checking an exchange file, without a
 * document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sks-code-list.h"
#include "sks-exchange-private.h"
#include "sks-json-guard.h"
#include "sks-problem.h"

/* Every check adds a problem and goes on, so that one reading lists every
 * problem of the file; a problem marks its record (or round) invalid. */
typedef struct {
  SksExchangeImport *import;
  guint              record;       /* 1-based; 0 outside the applications */
  const char        *studio_name;  /* of the current record, owned by the JSON tree */
  SksExchangeRecord *current;
  GHashTable        *bad_paths;    /* paths of the current record read with a problem */
  GHashTable        *uuids;        /* uuid → record number */
  gboolean           failed;       /* the current round or recommender has a problem */
  GHashTable        *fields;       /* SksFieldTable → (name → SksField) */
  gint64             version;      /* of the file's format */
} Reader;

static const char *const no_keys[] = { NULL };

static void
reader_add (Reader     *r,
            const char *path,
            const char *message)
{
  /* A name may be a megabyte long; a problem line shows its start. */
  g_autofree char *name = r->studio_name ? sks_json_guard_excerpt (r->studio_name, -1) : NULL;

  g_ptr_array_add (r->import->problems,
                   _sks_exchange_problem_new (r->record, name, path, message));
  g_hash_table_add (r->bad_paths, g_strdup (path));
  r->failed = TRUE;
  if (r->current != NULL)
    r->current->valid = FALSE;
}

G_GNUC_PRINTF (3, 4)
static void
reader_addf (Reader     *r,
             const char *path,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  reader_add (r, path, message);
}

/* The key is quoted and put in the path shortened. */
static void
reader_add_unknown_key (Reader     *r,
                        const char *prefix,
                        const char *key)
{
  g_autofree char *excerpt = sks_json_guard_excerpt (key, -1);
  g_autofree char *path = prefix && *prefix ? g_strconcat (prefix, ".", excerpt, NULL)
                                            : g_strdup (excerpt);

  reader_addf (r, path, _("“%s” is not a key of this format; check its spelling"), excerpt);
}

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);
}

/* Adds the problems of a validation, except on paths already reported while
 * reading: a value of the wrong type is not also "missing". */
static void
reader_add_problems (Reader    *r,
                     GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);

      if (!g_hash_table_contains (r->bad_paths, problem->path))
        reader_add (r, problem->path, problem->error->message);
    }
}

static char *
join_path (const char *prefix,
           const char *key)
{
  return prefix && *prefix ? g_strconcat (prefix, ".", key, NULL) : g_strdup (key);
}

static GType
value_type (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
}

/* Whole numbers may be written 21 or 21.0. */
static gboolean
node_get_whole_number (JsonNode *node,
                       gint64   *number)
{
  GType type = value_type (node);
  double d;

  if (type == G_TYPE_INT64)
    {
      *number = json_node_get_int (node);
      return TRUE;
    }
  if (type != G_TYPE_DOUBLE)
    return FALSE;
  d = json_node_get_double (node);
  if (d != floor (d) || fabs (d) > 9007199254740992.0)
    return FALSE;
  *number = (gint64) d;
  return TRUE;
}

/* Field tables ← JSON */

static void
read_enum (Reader         *r,
           const char     *path,
           const SksField *field,
           JsonNode       *node,
           GObject        *target)
{
  const char *nick;
  int value;

  if (value_type (node) != G_TYPE_STRING)
    {
      reader_addf (r, path, _("%s: must be one of the allowed values, written as text"),
                   sks_field_get_label (field));
      return;
    }
  nick = json_node_get_string (node);
  if (!sks_enum_from_nick (field->enum_type (), nick, &value))
    {
      g_autofree char *excerpt = sks_json_guard_excerpt (nick, -1);

      reader_addf (r, path, _("%s: “%s” is not one of the allowed values"),
                   sks_field_get_label (field), excerpt);
      return;
    }
  g_object_set (target, field->name, value, NULL);
}

/* A value of the wrong JSON type. Labels are translated only for a message:
 * translating them for every value took a tenth of the reading time. */
static void
add_type_problem (Reader         *r,
                  const char     *path,
                  const SksField *field)
{
  const char *label = sks_field_get_label (field);

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      reader_addf (r, path, _("%s: must be text (a JSON string)"), label);
      break;
    case SKS_FIELD_INT:
      reader_addf (r, path, _("%s: must be a whole number (a JSON number)"), label);
      break;
    case SKS_FIELD_DOUBLE:
      reader_addf (r, path, _("%s: must be a number (a JSON number)"), label);
      break;
    case SKS_FIELD_BOOLEAN:
      reader_addf (r, path, _("%s: must be true or false"), label);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Empty text is unset; an alias of a code list ("二级/技师") is stored as
 * the list's entry ("技师"), so that counts and reports see one value. */
static const char *
canonical (const SksField *field,
           const char     *text)
{
  const char *entry;

  if (text == NULL || *text == '\0')
    return NULL;
  if (field->format != SKS_FORMAT_CODE)
    return text;
  entry = sks_code_list_normalize (sks_code_list_get (field->code_list), text);
  return entry ? entry : text;
}

static void
read_field (Reader         *r,
            const char     *path,
            const SksField *field,
            JsonNode       *node,
            GObject        *target)
{
  GType type = value_type (node);
  const char *text;
  gint64 number;

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      if (type != G_TYPE_STRING && !JSON_NODE_HOLDS_NULL (node))
        break;
      text = type == G_TYPE_STRING ? json_node_get_string (node) : NULL;
      g_object_set (target, field->name, canonical (field, text), NULL);
      return;
    case SKS_FIELD_INT:
      if (!node_get_whole_number (node, &number))
        break;
      g_object_set (target, field->name, number, NULL);
      return;
    case SKS_FIELD_DOUBLE:
      if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
        break;
      g_object_set (target, field->name, json_node_get_double (node), NULL);
      return;
    case SKS_FIELD_BOOLEAN:
      if (type != G_TYPE_BOOLEAN)
        break;
      g_object_set (target, field->name, json_node_get_boolean (node), NULL);
      return;
    case SKS_FIELD_ENUM:
      read_enum (r, path, field, node, target);
      return;
    default:
      g_assert_not_reached ();
    }
  add_type_problem (r, path, field);
}

/* sks_field_table_lookup() compares names one by one; for a hundred
 * thousand applications a hash table per field table pays. */
static const SksField *
lookup_field (Reader              *r,
              const SksFieldTable *table,
              const char          *name)
{
  GHashTable *by_name = g_hash_table_lookup (r->fields, table);

  if (by_name == NULL)
    {
      by_name = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < table->n_fields; i++)
        g_hash_table_insert (by_name, (gpointer) table->fields[i].name,
                             (gpointer) &table->fields[i]);
      g_hash_table_insert (r->fields, (gpointer) table, by_name);
    }
  return g_hash_table_lookup (by_name, name);
}

/* Reads the keys of @json that are fields of @table into @target; keys in
 * @extra_keys are the caller's; any other key is a problem. A missing key
 * leaves the field at its default. */
static void
read_fields (Reader              *r,
             JsonObject          *json,
             const char          *prefix,
             const SksFieldTable *table,
             GObject             *target,
             const char * const  *extra_keys)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  g_object_freeze_notify (target);
  json_object_iter_init_ordered (&iter, json);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      const SksField *field = lookup_field (r, table, key);
      g_autofree char *path = NULL;

      if (field == NULL && g_strv_contains (extra_keys, key))
        continue;
      if (field == NULL)
        {
          reader_add_unknown_key (r, prefix, key);
          continue;
        }
      path = join_path (prefix, key);
      read_field (r, path, field, node, target);
    }
  g_object_thaw_notify (target);
}

static JsonObject *
expect_object (Reader     *r,
               const char *path,
               JsonNode   *node,
               const char *label)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);
  reader_addf (r, path, _("%s: must be a JSON object { … }"), label);
  return NULL;
}

/* Returns: (nullable): the array, or %NULL when it is missing or wrong */
static JsonArray *
get_array (Reader     *r,
           JsonObject *json,
           const char *key,
           const char *path,
           const char *label)
{
  JsonNode *node = json_object_get_member (json, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  reader_addf (r, path, _("%s: must be a JSON list [ … ]"), label);
  return NULL;
}

/* Returns: (nullable): the text of a key that is not a field */
static const char *
get_string (Reader     *r,
            JsonObject *json,
            const char *key,
            const char *path,
            const char *label,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (json, key);
  const char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    text = NULL;
  else if (value_type (node) == G_TYPE_STRING)
    text = json_node_get_string (node);
  else
    {
      reader_addf (r, path, _("%s: must be text (a JSON string)"), label);
      return NULL;
    }

  if (required && (text == NULL || *text == '\0'))
    {
      reader_addf (r, path, _("%s: must be filled in"), label);
      return NULL;
    }
  return text;
}

/* Attachments */

/* Base64 as RFC 4648 writes it; line breaks and spaces between the
 * characters are allowed, anything else is damage (g_base64_decode() would
 * skip it silently). */
static GBytes *
decode_base64 (const char *text)
{
  g_autoptr(GString) clean = g_string_sized_new (strlen (text));
  gsize padding = 0;
  guchar *data;
  gsize length;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if (*p == '=')
        padding++;
      else if (padding > 0 || !(g_ascii_isalnum (*p) || *p == '+' || *p == '/'))
        return NULL;
      g_string_append_c (clean, *p);
    }
  if (clean->len % 4 != 0 || padding > 2)
    return NULL;

  data = g_base64_decode (clean->str, &length);
  return g_bytes_new_take (data, length);
}

static void
check_attachment_digest (Reader        *r,
                         JsonObject    *json,
                         const char    *prefix,
                         SksAttachment *attachment)
{
  JsonNode *size_node = json_object_get_member (json, SKS_EXCHANGE_KEY_SIZE);
  g_autofree char *size_path = join_path (prefix, SKS_EXCHANGE_KEY_SIZE);
  g_autofree char *sha_path = join_path (prefix, SKS_EXCHANGE_KEY_SHA256);
  const char *sha256;
  gint64 size;

  if (size_node != NULL)
    {
      if (!node_get_whole_number (size_node, &size))
        reader_addf (r, size_path, _("%s: must be a whole number (a JSON number)"),
                     _("Attachment size"));
      else if (size != sks_attachment_get_size (attachment))
        reader_addf (r, size_path,
                     _("%s: the content has %lld bytes, but the file records %lld; the file is "
                       "damaged"),
                     _("Attachment size"), (long long) sks_attachment_get_size (attachment),
                     (long long) size);
    }

  sha256 = get_string (r, json, SKS_EXCHANGE_KEY_SHA256, sha_path, _("Attachment checksum"),
                       FALSE);
  if (sha256 != NULL && g_ascii_strcasecmp (sha256, sks_attachment_get_sha256 (attachment)) != 0)
    reader_addf (r, sha_path,
                 _("%s: the content does not match its SHA-256 checksum; the file is damaged"),
                 _("Attachment checksum"));
}

static void
read_attachment (Reader     *r,
                 JsonObject *json,
                 const char *prefix,
                 SksStudio  *studio)
{
  static const char *const keys[] = {
    SKS_EXCHANGE_KEY_SIZE, SKS_EXCHANGE_KEY_SHA256, SKS_EXCHANGE_KEY_DATA, NULL
  };
  g_autoptr(SksAttachment) attachment = g_object_new (SKS_TYPE_ATTACHMENT, NULL);
  g_autofree char *data_path = join_path (prefix, SKS_EXCHANGE_KEY_DATA);
  JsonNode *data_node = json_object_get_member (json, SKS_EXCHANGE_KEY_DATA);
  g_autoptr(GBytes) data = NULL;

  read_fields (r, json, prefix, sks_attachment_get_field_table (), G_OBJECT (attachment), keys);
  /* A name is a file name, never a path: "../../x.desktop" would be opened
   * as a file outside the cache folder. */
  if (sks_attachment_get_name (attachment) != NULL)
    {
      g_autofree char *name = sks_attachment_safe_name (sks_attachment_get_name (attachment));

      g_object_set (attachment, "name", name, NULL);
    }
  sks_studio_add_attachment (studio, attachment);

  if (data_node == NULL || JSON_NODE_HOLDS_NULL (data_node))
    {
      reader_addf (r, data_path, _("%s: must be filled in"), _("Attachment content"));
      return;
    }
  if (value_type (data_node) != G_TYPE_STRING)
    {
      reader_addf (r, data_path, _("%s: must be text (a JSON string)"), _("Attachment content"));
      return;
    }
  data = decode_base64 (json_node_get_string (data_node));
  if (data == NULL)
    {
      reader_addf (r, data_path, _("%s: is not valid Base64 text; the file is damaged"),
                   _("Attachment content"));
      return;
    }
  sks_attachment_set_data (attachment, data);
  check_attachment_digest (r, json, prefix, attachment);
}

/* The parts of an application */

static void
read_team_member (Reader     *r,
                  JsonObject *json,
                  const char *prefix,
                  SksStudio  *studio)
{
  g_autoptr(SksTeamMember) member = sks_team_member_new ();

  read_fields (r, json, prefix, sks_team_member_get_field_table (), G_OBJECT (member), no_keys);
  sks_studio_add_team_member (studio, member);
}

static void
read_history_entry (Reader     *r,
                    JsonObject *json,
                    const char *prefix,
                    SksStudio  *studio)
{
  g_autoptr(SksHistoryEntry) entry = g_object_new (SKS_TYPE_HISTORY_ENTRY, NULL);
  g_autoptr(GPtrArray) problems = new_problems ();

  read_fields (r, json, prefix, sks_history_entry_get_field_table (), G_OBJECT (entry), no_keys);
  sks_problems_add_fields (problems, prefix, sks_history_entry_get_field_table (),
                           G_OBJECT (entry), FALSE);
  reader_add_problems (r, problems);
  sks_studio_add_history_entry (studio, entry);
}

/* A score in points with at most two decimals, or null; hundredths. */
static gboolean
read_score (Reader     *r,
            JsonObject *json,
            const char *key,
            const char *prefix,
            const char *label,
            gint64     *hundredths)
{
  JsonNode *node = json_object_get_member (json, key);
  g_autofree char *path = join_path (prefix, key);
  GType type;
  double points, scaled;

  *hundredths = SKS_SCORE_BLANK;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  type = value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      reader_addf (r, path, _("%s: must be a number (a JSON number)"), label);
      return FALSE;
    }
  points = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  scaled = round (points * SKS_SCORE_UNIT);
  if (!isfinite (points) || fabs (points * SKS_SCORE_UNIT - scaled) > 1e-6 || scaled < 0 ||
      scaled > 1000 * SKS_SCORE_UNIT)
    {
      reader_addf (r, path, _("%s: must be a number of points from 0, with at most two decimals"),
                   label);
      return FALSE;
    }
  *hundredths = (gint64) scaled;
  return TRUE;
}

static void
read_evaluation_score (Reader        *r,
                       JsonObject    *json,
                       const char    *prefix,
                       SksEvaluation *evaluation)
{
  static const char *const keys[] = {
    SKS_EXCHANGE_KEY_ITEM, SKS_EXCHANGE_KEY_SELF, SKS_EXCHANGE_KEY_ASSESSOR, NULL
  };
  g_autofree char *item_path = join_path (prefix, SKS_EXCHANGE_KEY_ITEM);
  const char *item = get_string (r, json, SKS_EXCHANGE_KEY_ITEM, item_path, _("Scoring item"),
                                 TRUE);
  gint64 self = SKS_SCORE_BLANK, assessor = SKS_SCORE_BLANK;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init (&iter, json);
  while (json_object_iter_next (&iter, &key, &node))
    if (!g_strv_contains (keys, key))
      reader_add_unknown_key (r, prefix, key);
  if (!read_score (r, json, SKS_EXCHANGE_KEY_SELF, prefix, _("Self score"), &self) ||
      !read_score (r, json, SKS_EXCHANGE_KEY_ASSESSOR, prefix, _("Assessor score"), &assessor) ||
      item == NULL)
    return;
  if (sks_evaluation_get_score (evaluation, item, SKS_SCORE_SELF) != SKS_SCORE_BLANK ||
      sks_evaluation_get_score (evaluation, item, SKS_SCORE_ASSESSOR) != SKS_SCORE_BLANK)
    {
      g_autofree char *excerpt = sks_json_guard_excerpt (item, -1);

      reader_addf (r, item_path, _("%s: “%s” is scored twice"), _("Scoring item"), excerpt);
      return;
    }
  sks_evaluation_set_score (evaluation, item, SKS_SCORE_SELF, self);
  sks_evaluation_set_score (evaluation, item, SKS_SCORE_ASSESSOR, assessor);
}

/* An evaluation (format version 2): its fields and its scores per item.
 * The items are checked against the rubric when the evaluation is shown
 * or printed; the file need not name the policy profile. */
static void
read_evaluation (Reader     *r,
                 JsonObject *json,
                 const char *prefix,
                 SksStudio  *studio)
{
  static const char *const keys[] = { SKS_EXCHANGE_KEY_SCORES, NULL };
  g_autoptr(SksEvaluation) evaluation = g_object_new (SKS_TYPE_EVALUATION, NULL);
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autofree char *scores_path = join_path (prefix, SKS_EXCHANGE_KEY_SCORES);
  JsonArray *scores;

  read_fields (r, json, prefix, sks_evaluation_get_field_table (), G_OBJECT (evaluation), keys);
  scores = get_array (r, json, SKS_EXCHANGE_KEY_SCORES, scores_path, _("Scores"));
  for (guint i = 0; scores != NULL && i < json_array_get_length (scores); i++)
    {
      g_autofree char *score_path = g_strdup_printf ("%s[%u]", scores_path, i);
      JsonObject *item = expect_object (r, score_path, json_array_get_element (scores, i),
                                        _("Score"));

      if (item != NULL)
        read_evaluation_score (r, item, score_path, evaluation);
    }
  sks_problems_add_fields (problems, prefix, sks_evaluation_get_field_table (),
                           G_OBJECT (evaluation), TRUE);
  reader_add_problems (r, problems);
  g_ptr_array_add (r->current->evaluations, g_steal_pointer (&evaluation));
}

typedef void (*ReadItemFunc) (Reader     *r,
                              JsonObject *json,
                              const char *prefix,
                              SksStudio  *studio);

static void
read_list (Reader       *r,
           JsonObject   *json,
           const char   *key,
           const char   *label,
           ReadItemFunc  read_item,
           SksStudio    *studio)
{
  JsonArray *array = get_array (r, json, key, key, label);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%s[%u]", key, i);
      JsonObject *item = expect_object (r, prefix, json_array_get_element (array, i), label);

      if (item != NULL)
        read_item (r, item, prefix, studio);
    }
}

static void
read_part (Reader              *r,
           JsonObject          *json,
           const char          *key,
           const char          *label,
           const SksFieldTable *table,
           GObject             *target)
{
  JsonNode *node = json_object_get_member (json, key);
  JsonObject *part;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  part = expect_object (r, key, node, label);
  if (part != NULL)
    read_fields (r, part, key, table, target, no_keys);
}

static const char *
read_timestamp (Reader     *r,
                JsonObject *json,
                const char *key,
                const char *label)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  const char *text = get_string (r, json, key, key, label, FALSE);

  if (text == NULL || *text == '\0')
    return NULL;
  time = g_date_time_new_from_iso8601 (text, utc);
  if (time == NULL)
    {
      reader_addf (r, key, _("%s: write a date and time as 2025-03-17T08:30:00Z"), label);
      return NULL;
    }
  return text;
}

static void
read_uuid (Reader            *r,
           JsonObject        *json,
           SksExchangeRecord *record)
{
  const char *text = get_string (r, json, SKS_EXCHANGE_KEY_UUID, SKS_EXCHANGE_KEY_UUID,
                                 _("UUID"), TRUE);
  g_autofree char *uuid = NULL;
  guint other;

  if (text == NULL)
    return;
  if (!g_uuid_string_is_valid (text))
    {
      reader_addf (r, SKS_EXCHANGE_KEY_UUID,
                   _("%s: must be a UUID such as 3f2a6c1e-8b4d-4e7a-9c2f-5d1b7e3a9f60"),
                   _("UUID"));
      return;
    }

  uuid = g_ascii_strdown (text, -1);
  other = GPOINTER_TO_UINT (g_hash_table_lookup (r->uuids, uuid));
  if (other != 0)
    {
      reader_addf (r, SKS_EXCHANGE_KEY_UUID,
                   _("%s: the same application is record %u of the file already"),
                   _("UUID"), other);
      return;
    }
  g_hash_table_insert (r->uuids, g_strdup (uuid), GUINT_TO_POINTER (r->record));
  sks_studio_set_uuid (record->studio, uuid);
}

static void
read_identity (Reader            *r,
               JsonObject        *json,
               SksExchangeRecord *record)
{
  const char *created;
  const char *modified;

  read_uuid (r, json, record);
  record->round_key = g_strdup (get_string (r, json, SKS_EXCHANGE_KEY_ROUND,
                                            SKS_EXCHANGE_KEY_ROUND, _("Round"), TRUE));
  record->recommender_name =
    g_strdup (get_string (r, json, SKS_EXCHANGE_KEY_RECOMMENDER, SKS_EXCHANGE_KEY_RECOMMENDER,
                          _("Recommending unit"), TRUE));
  created = read_timestamp (r, json, SKS_EXCHANGE_KEY_CREATED, _("Time of creation"));
  modified = read_timestamp (r, json, SKS_EXCHANGE_KEY_MODIFIED, _("Time of the last change"));
  sks_studio_set_timestamps (record->studio, created, modified);
}

static void
read_studio (Reader            *r,
             JsonNode          *node,
             SksExchangeRecord *record)
{
  static const char *const keys[] = {
    SKS_EXCHANGE_KEY_UUID, SKS_EXCHANGE_KEY_ROUND, SKS_EXCHANGE_KEY_RECOMMENDER,
    SKS_EXCHANGE_KEY_CREATED, SKS_EXCHANGE_KEY_MODIFIED, SKS_EXCHANGE_KEY_UNIT,
    SKS_EXCHANGE_KEY_MASTER, SKS_EXCHANGE_KEY_TEAM, SKS_EXCHANGE_KEY_ATTACHMENTS,
    SKS_EXCHANGE_KEY_HISTORY, SKS_EXCHANGE_KEY_EVALUATIONS, NULL
  };
  /* Version 1 has no evaluations: the key is unknown there. */
  static const char *const keys_1[] = {
    SKS_EXCHANGE_KEY_UUID, SKS_EXCHANGE_KEY_ROUND, SKS_EXCHANGE_KEY_RECOMMENDER,
    SKS_EXCHANGE_KEY_CREATED, SKS_EXCHANGE_KEY_MODIFIED, SKS_EXCHANGE_KEY_UNIT,
    SKS_EXCHANGE_KEY_MASTER, SKS_EXCHANGE_KEY_TEAM, SKS_EXCHANGE_KEY_ATTACHMENTS,
    SKS_EXCHANGE_KEY_HISTORY, NULL
  };
  SksStudio *studio = record->studio;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *path = g_strdup_printf ("studios[%u]", r->record - 1);
  JsonObject *json = expect_object (r, path, node, _("Application"));
  JsonNode *name;

  if (json == NULL)
    return;

  name = json_object_get_member (json, "name");
  if (name != NULL && value_type (name) == G_TYPE_STRING)
    r->studio_name = json_node_get_string (name);

  read_fields (r, json, NULL, sks_studio_get_field_table (), G_OBJECT (studio),
               r->version >= 2 ? keys : keys_1);
  read_identity (r, json, record);
  read_part (r, json, SKS_EXCHANGE_KEY_UNIT, _("Applying unit"), sks_unit_get_field_table (),
             G_OBJECT (sks_studio_get_unit (studio)));
  read_part (r, json, SKS_EXCHANGE_KEY_MASTER, _("Master"), sks_master_get_field_table (),
             G_OBJECT (sks_studio_get_master (studio)));
  read_list (r, json, SKS_EXCHANGE_KEY_TEAM, _("Team member"), read_team_member, studio);
  read_list (r, json, SKS_EXCHANGE_KEY_ATTACHMENTS, _("Attachment"), read_attachment, studio);
  read_list (r, json, SKS_EXCHANGE_KEY_HISTORY, _("History entry"), read_history_entry, studio);
  if (r->version >= 2)
    read_list (r, json, SKS_EXCHANGE_KEY_EVALUATIONS, _("Evaluation"), read_evaluation, studio);

  /* Drafts may have gaps; anything further on must be complete. */
  problems = sks_studio_validate (studio, sks_studio_get_status (studio) != SKS_STATUS_DRAFT);
  reader_add_problems (r, problems);
}

/* Rounds */

static void
exchange_round_free (gpointer data)
{
  SksExchangeRound *round = data;

  g_clear_object (&round->round);
  g_clear_pointer (&round->recommenders, g_ptr_array_unref);
  g_clear_pointer (&round->bad_recommenders, g_hash_table_unref);
  g_free (round);
}

SksExchangeRound *
_sks_exchange_find_round (SksExchangeImport *import,
                          const char        *key)
{
  for (guint i = 0; key != NULL && i < import->rounds->len; i++)
    {
      SksExchangeRound *round = g_ptr_array_index (import->rounds, i);

      if (g_strcmp0 (sks_round_get_key (round->round), key) == 0)
        return round;
    }
  return NULL;
}

static gboolean
has_recommender (SksExchangeRound *round,
                 const char       *name)
{
  if (g_hash_table_contains (round->bad_recommenders, name))
    return TRUE;
  for (guint i = 0; i < round->recommenders->len; i++)
    if (g_strcmp0 (sks_recommender_get_name (g_ptr_array_index (round->recommenders, i)),
                   name) == 0)
      return TRUE;
  return FALSE;
}

static void
read_recommender (Reader           *r,
                  SksExchangeRound *round,
                  JsonNode         *node,
                  const char       *prefix)
{
  g_autoptr(SksRecommender) recommender = g_object_new (SKS_TYPE_RECOMMENDER, NULL);
  g_autoptr(GPtrArray) problems = new_problems ();
  JsonObject *json = expect_object (r, prefix, node, _("Recommending unit"));
  const char *name;

  if (json == NULL)
    return;
  r->failed = FALSE;
  read_fields (r, json, prefix, sks_recommender_get_field_table (), G_OBJECT (recommender),
               no_keys);
  sks_recommender_validate (recommender, problems, prefix);
  reader_add_problems (r, problems);

  name = sks_recommender_get_name (recommender);
  if (name != NULL && has_recommender (round, name))
    {
      g_autofree char *path = join_path (prefix, "name");
      g_autofree char *excerpt = sks_json_guard_excerpt (name, -1);

      reader_addf (r, path, _("%s: “%s” appears twice in the round"), _("Recommending unit"),
                   excerpt);
      return;
    }
  if (name == NULL)
    return;
  if (r->failed)
    g_hash_table_add (round->bad_recommenders, g_strdup (name));
  else
    g_ptr_array_add (round->recommenders, g_steal_pointer (&recommender));
}

static void
read_round (Reader   *r,
            JsonNode *node,
            guint     index)
{
  static const char *const keys[] = { SKS_EXCHANGE_KEY_RECOMMENDERS, NULL };
  g_autofree char *prefix = g_strdup_printf ("rounds[%u]", index);
  g_autofree char *list_path = join_path (prefix, SKS_EXCHANGE_KEY_RECOMMENDERS);
  g_autoptr(GPtrArray) problems = new_problems ();
  JsonObject *json = expect_object (r, prefix, node, _("Round"));
  SksExchangeRound *round;
  JsonArray *recommenders;
  const char *key;

  if (json == NULL)
    return;

  round = g_new0 (SksExchangeRound, 1);
  round->round = g_object_new (SKS_TYPE_ROUND, NULL);
  round->recommenders = g_ptr_array_new_with_free_func (g_object_unref);
  round->bad_recommenders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  r->failed = FALSE;
  read_fields (r, json, prefix, sks_round_get_field_table (), G_OBJECT (round->round), keys);
  sks_round_validate (round->round, problems, prefix);
  reader_add_problems (r, problems);
  key = sks_round_get_key (round->round);
  if (key != NULL && _sks_exchange_find_round (r->import, key) != NULL)
    {
      g_autofree char *path = join_path (prefix, "key");
      g_autofree char *excerpt = sks_json_guard_excerpt (key, -1);

      reader_addf (r, path, _("%s: “%s” appears twice in the file"), _("Round key"), excerpt);
      exchange_round_free (round);
      return;
    }
  round->valid = !r->failed;
  g_ptr_array_add (r->import->rounds, round);
  g_ptr_array_add (r->import->round_objects, g_object_ref (round->round));

  recommenders = get_array (r, json, SKS_EXCHANGE_KEY_RECOMMENDERS, list_path,
                            _("Recommending units"));
  for (guint i = 0; recommenders != NULL && i < json_array_get_length (recommenders); i++)
    {
      g_autofree char *item_prefix = g_strdup_printf ("%s[%u]", list_path, i);
      read_recommender (r, round, json_array_get_element (recommenders, i), item_prefix);
    }
}

/* The file */

static gboolean
check_format (JsonNode  *root,
              GError   **error)
{
  JsonNode *format;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_NOT_EXCHANGE,
                   _("This is not a Skill Studio exchange file: it does not hold a JSON "
                     "object { … }"));
      return FALSE;
    }
  format = json_object_get_member (json_node_get_object (root), "format");
  if (format == NULL)
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_NOT_EXCHANGE,
                   _("This is not a Skill Studio exchange file: the key “format” is missing"));
      return FALSE;
    }
  if (value_type (format) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (format), SKS_EXCHANGE_FORMAT))
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_NOT_EXCHANGE,
                   _("This is not a Skill Studio exchange file: its “format” must be “%s”"),
                   SKS_EXCHANGE_FORMAT);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_version (JsonObject  *json,
               gint64      *version_out,
               GError     **error)
{
  JsonNode *node = json_object_get_member (json, "version");
  gint64 version;

  if (node == NULL)
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_VERSION,
                   _("The exchange file has no “version”; it cannot be read safely"));
      return FALSE;
    }
  if (!node_get_whole_number (node, &version) || version < 1)
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_VERSION,
                   _("The exchange file’s “version” must be a whole number from 1 on"));
      return FALSE;
    }
  if (version > SKS_EXCHANGE_VERSION)
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_VERSION,
                   _("The exchange file has format version %lld, written by a newer Skill "
                     "Studio; this version reads format versions up to %d. Update Skill Studio "
                     "to read it."),
                   (long long) version, SKS_EXCHANGE_VERSION);
      return FALSE;
    }
  *version_out = version;
  return TRUE;
}

static void
read_header (Reader     *r,
             JsonObject *json)
{
  static const char *const keys[] = { "format", "version", "rounds", "studios", NULL };
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, json);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      if (g_str_equal (key, "generator") || g_str_equal (key, "exported"))
        get_string (r, json, key, key, key, FALSE);
      else if (!g_strv_contains (keys, key))
        reader_add_unknown_key (r, NULL, key);
    }
}

static void
read_records (Reader     *r,
              JsonObject *json)
{
  JsonArray *studios = get_array (r, json, "studios", "studios", _("Applications"));
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  r->uuids = uuids;
  for (guint i = 0; studios != NULL && i < json_array_get_length (studios); i++)
    {
      SksExchangeRecord *record = g_new0 (SksExchangeRecord, 1);

      record->studio = sks_studio_new ();
      record->evaluations = g_ptr_array_new_with_free_func (g_object_unref);
      record->valid = TRUE;
      g_ptr_array_add (r->import->records, record);
      g_ptr_array_add (r->import->studios, g_object_ref (record->studio));

      r->record = i + 1;
      r->current = record;
      r->studio_name = NULL;
      g_hash_table_remove_all (r->bad_paths);
      read_studio (r, json_array_get_element (studios, i), record);
    }
  r->record = 0;
  r->current = NULL;
  r->studio_name = NULL;
  r->uuids = NULL;
}

static void
exchange_record_free (gpointer data)
{
  SksExchangeRecord *record = data;

  g_clear_object (&record->studio);
  g_free (record->round_key);
  g_free (record->recommender_name);
  g_clear_pointer (&record->evaluations, g_ptr_array_unref);
  g_free (record);
}

static SksExchangeImport *
import_new (void)
{
  SksExchangeImport *import = g_new0 (SksExchangeImport, 1);

  import->rounds = g_ptr_array_new_with_free_func (exchange_round_free);
  import->records = g_ptr_array_new_with_free_func (exchange_record_free);
  import->studios = g_ptr_array_new_with_free_func (g_object_unref);
  import->round_objects = g_ptr_array_new_with_free_func (g_object_unref);
  import->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_exchange_problem_free);
  return import;
}

/**
 * sks_exchange_read_node:
 * @root: a parsed exchange file
 *
 * Reads and checks every round and application of an exchange file. A file
 * that is not an exchange file, or one of a newer format version, is an
 * error; problems of single records are listed in the result instead, see
 * sks_exchange_import_get_problems().
 *
 * Returns: (transfer full): the content, or %NULL with @error set
 */
SksExchangeImport *
sks_exchange_read_node (JsonNode  *root,
                        GError   **error)
{
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(GHashTable) bad_paths = NULL;
  g_autoptr(GHashTable) fields = NULL;
  JsonObject *json;
  JsonArray *rounds;
  Reader r = { 0 };

  if (!check_format (root, error))
    return NULL;
  json = json_node_get_object (root);
  if (!check_version (json, &r.version, error))
    return NULL;

  import = import_new ();
  bad_paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fields = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  r.import = import;
  r.bad_paths = bad_paths;
  r.fields = fields;

  read_header (&r, json);
  rounds = get_array (&r, json, "rounds", "rounds", _("Rounds"));
  for (guint i = 0; rounds != NULL && i < json_array_get_length (rounds); i++)
    read_round (&r, json_array_get_element (rounds, i), i);
  read_records (&r, json);
  return g_steal_pointer (&import);
}

/* The guard refuses what json-glib would parse wrongly or crash on; a
 * problem inside an application names its record, as the problem list does. */
static gboolean
guard_check (const char  *data,
             gsize        length,
             GError     **error)
{
  g_auto(SksJsonGuardPlace) place = { 0 };
  g_autoptr(GError) guard_error = NULL;
  guint index;
  int consumed = 0;

  if (sks_json_guard_check (data, length, &place, &guard_error))
    return TRUE;

  if (guard_error->code == SKS_JSON_GUARD_ERROR_SYNTAX)
    g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE,
                 _("The file is not valid JSON; it may be cut off or damaged (%s: %s)"),
                 place.where, guard_error->message);
  else if (sscanf (place.path, "studios[%u]%n", &index, &consumed) == 1 && consumed > 0)
    /* TRANSLATORS: record number, place such as studios[3].master.id-number, reason */
    g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE,
                 _("The file cannot be read safely: record %u, %s: %s"), index + 1, place.where,
                 guard_error->message);
  else
    /* TRANSLATORS: place such as rounds[0].key or “line 3, column 5”, reason */
    g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE,
                 _("The file cannot be read safely: %s: %s"), place.where,
                 guard_error->message);
  return FALSE;
}

/**
 * sks_exchange_read_bytes:
 *
 * Parses an exchange file and reads it with sks_exchange_read_node().
 *
 * Returns: (transfer full): the content, or %NULL with @error set
 */
SksExchangeImport *
sks_exchange_read_bytes (GBytes  *bytes,
                         GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  /* A byte order mark, as Windows editors write one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length == 0)
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE, _("The file is empty"));
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE,
                   _("The file is not UTF-8 text, so it is not an exchange file"));
      return NULL;
    }
  if (!guard_check (data, length, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE,
                   _("The file is not valid JSON; it may be cut off or damaged (%s)"),
                   local_error->message);
      return NULL;
    }
  return sks_exchange_read_node (json_parser_get_root (parser), error);
}

/**
 * sks_exchange_read:
 * @path: an exchange file
 *
 * Returns: (transfer full): the content, or %NULL with @error set
 */
SksExchangeImport *
sks_exchange_read (const char  *path,
                   GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);
  return sks_exchange_read_bytes (bytes, error);
}

void
sks_exchange_import_free (SksExchangeImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->rounds);
  g_ptr_array_unref (import->records);
  g_ptr_array_unref (import->studios);
  g_ptr_array_unref (import->round_objects);
  g_ptr_array_unref (import->problems);
  g_free (import);
}

guint
sks_exchange_import_get_n_records (SksExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, 0);
  return import->records->len;
}

/* Returns: (transfer none) (element-type SksStudio): the applications, the
 *   application of record n at index n - 1, also those with problems */
GPtrArray *
sks_exchange_import_get_studios (SksExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->studios;
}

/* Returns: (transfer none) (element-type SksRound): the rounds of the file */
GPtrArray *
sks_exchange_import_get_rounds (SksExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->round_objects;
}

/* Returns: (transfer none) (element-type SksExchangeProblem): the problems
 *   found reading the file, in the order of the file */
GPtrArray *
sks_exchange_import_get_problems (SksExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->problems;
}

/* @record: counting from 1 */
gboolean
sks_exchange_import_record_is_valid (SksExchangeImport *import,
                                     guint              record)
{
  g_return_val_if_fail (import != NULL, FALSE);
  g_return_val_if_fail (record >= 1 && record <= import->records->len, FALSE);

  return ((SksExchangeRecord *) g_ptr_array_index (import->records, record - 1))->valid;
}
