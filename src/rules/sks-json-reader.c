/* sks-json-reader.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sks-age.h"
#include "sks-json-guard.h"
#include "sks-json-reader-private.h"

/* Every message reads "FILE: PLACE: REASON", so a user who edits a profile
 * by hand can find the spot; PLACE is a JSON path such as rules[3].kind. */

gboolean
_sks_json_fail (SksJsonReader  *r,
                SksJsonProblem  problem,
                const char     *place,
                const char     *format,
                ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  if (r->failed)
    return FALSE;
  r->failed = TRUE;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: file name, place in the file (such as rules[3].kind), reason */
  g_set_error (r->error, r->domain, r->codes[problem], _("%s: %s: %s"), r->file,
               place && *place ? place : _("the whole file"), reason);
  return FALSE;
}

char *
_sks_json_place (const char *parent,
                 const char *key)
{
  if (parent == NULL || *parent == '\0')
    return g_strdup (key);
  return g_strconcat (parent, ".", key, NULL);
}

char *
_sks_json_place_index (const char *parent,
                       guint       index)
{
  return g_strdup_printf ("%s[%u]", parent ? parent : "", index);
}

/* json-glib reports "<data>:LINE:COLUMN: Parse error: …". */
static void
fail_syntax (SksJsonReader *r,
             const GError  *parse_error)
{
  const char *message = parse_error->message;
  const char *colon = g_str_has_prefix (message, "<data>:") ? message + strlen ("<data>") : NULL;
  int line = 0, column = 0, consumed = 0;

  if (colon && sscanf (colon, ":%d:%d: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      g_autofree char *place = g_strdup_printf (_("line %d, column %d"), line, column);
      _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, place, _("not valid JSON (%s)"),
                      colon + consumed);
    }
  else
    _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, NULL, _("not valid JSON (%s)"), message);
}

/* What json-glib would crash on or read wrongly: deep nesting, \u0000,
 * duplicate keys, numbers out of range. */
static gboolean
guard_check (SksJsonReader *r,
             const char    *data,
             gsize          size)
{
  g_auto(SksJsonGuardPlace) place = { 0 };
  g_autoptr(GError) guard_error = NULL;

  if (sks_json_guard_check (data, size, &place, &guard_error))
    return TRUE;
  switch (guard_error->code)
    {
    case SKS_JSON_GUARD_ERROR_SYNTAX:
      return _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, place.where, _("not valid JSON (%s)"),
                             guard_error->message);
    case SKS_JSON_GUARD_ERROR_ENCODING:
    case SKS_JSON_GUARD_ERROR_TOO_DEEP:
      return _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, place.where, "%s",
                             guard_error->message);
    default:
      return _sks_json_fail (r, SKS_JSON_PROBLEM_VALUE, place.where, "%s", guard_error->message);
    }
}

/* Returns: (transfer none): the root object, owned by @parser */
JsonObject *
_sks_json_reader_parse (SksJsonReader *r,
                        JsonParser    *parser,
                        GBytes        *bytes)
{
  g_autoptr(GError) parse_error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = NULL;
  JsonNode *root;

  if (size == 0 || data == NULL)
    {
      _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, NULL, _("the file is empty"));
      return NULL;
    }
  if (!g_utf8_validate (data, size, &end))
    {
      int line = 1, column = 1;
      g_autofree char *place = NULL;

      for (const char *p = data; p < end; p++)
        {
          if (*p == '\n')
            line++, column = 1;
          else if (((guchar) *p & 0xc0) != 0x80)
            column++;
        }
      place = g_strdup_printf (_("line %d, column %d"), line, column);
      _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, place,
                      _("the file is not UTF-8 text (or it is cut off in a character)"));
      return NULL;
    }
  if (!guard_check (r, data, size))
    return NULL;
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      fail_syntax (r, parse_error);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      _sks_json_fail (r, SKS_JSON_PROBLEM_SYNTAX, NULL, _("the file is empty"));
      return NULL;
    }
  return _sks_json_node_object (r, root, NULL);
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("text");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        default:
          return _("a number");
        }
    default:
      return "?";
    }
}

static gboolean
fail_type (SksJsonReader *r,
           JsonNode      *node,
           const char    *place,
           const char    *expected)
{
  /* TRANSLATORS: "expected a whole number, found text" */
  return _sks_json_fail (r, SKS_JSON_PROBLEM_TYPE, place, _("expected %s, found %s"), expected,
                         describe_node (node));
}

gboolean
_sks_json_check_keys (SksJsonReader      *r,
                      JsonObject         *object,
                      const char         *place,
                      const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      g_autofree char *member_place = NULL;
      g_autofree char *excerpt = NULL;

      /* Free-text remarks are allowed everywhere. */
      if (g_str_equal (key, "note") || g_str_equal (key, "comment") ||
          g_strv_contains (allowed, key))
        continue;
      excerpt = sks_json_guard_excerpt (key, -1);
      member_place = _sks_json_place (place, excerpt);
      return _sks_json_fail (r, SKS_JSON_PROBLEM_UNKNOWN_KEY, member_place,
                             _("unknown member “%s”"), excerpt);
    }
  return TRUE;
}

gboolean
_sks_json_node_string (SksJsonReader  *r,
                       JsonNode       *node,
                       const char     *place,
                       const char    **value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail_type (r, node, place, _("text"));
  *value = json_node_get_string (node);
  return TRUE;
}

gboolean
_sks_json_node_int (SksJsonReader *r,
                    JsonNode      *node,
                    const char    *place,
                    gint64         min,
                    gint64         max,
                    gint64        *value)
{
  gint64 v;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail_type (r, node, place, _("a whole number"));
  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      char text[3][24];

      g_snprintf (text[0], sizeof text[0], "%" G_GINT64_FORMAT, v);
      g_snprintf (text[1], sizeof text[1], "%" G_GINT64_FORMAT, min);
      g_snprintf (text[2], sizeof text[2], "%" G_GINT64_FORMAT, max);
      return _sks_json_fail (r, SKS_JSON_PROBLEM_VALUE, place, _("%s is out of range (%s to %s)"),
                             text[0], text[1], text[2]);
    }
  *value = v;
  return TRUE;
}

gboolean
_sks_json_node_bool (SksJsonReader *r,
                     JsonNode      *node,
                     const char    *place,
                     gboolean      *value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail_type (r, node, place, _("true or false"));
  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
_sks_json_node_date (SksJsonReader *r,
                     JsonNode      *node,
                     const char    *place,
                     GDate         *value)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail_type (r, node, place, _("a date (YYYY-MM-DD)"));
  text = json_node_get_string (node);
  if (!sks_date_parse_iso (text, value))
    {
      g_autofree char *excerpt = sks_json_guard_excerpt (text, -1);

      return _sks_json_fail (r, SKS_JSON_PROBLEM_VALUE, place,
                             _("“%s” is not a date in the form YYYY-MM-DD"), excerpt);
    }
  return TRUE;
}

JsonArray *
_sks_json_node_array (SksJsonReader *r,
                      JsonNode      *node,
                      const char    *place)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail_type (r, node, place, _("a list"));
      return NULL;
    }
  return json_node_get_array (node);
}

JsonObject *
_sks_json_node_object (SksJsonReader *r,
                       JsonNode      *node,
                       const char    *place)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_type (r, node, place, _("an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

/* The member @key, or NULL when it is absent (an error when required) or
 * null (an error unless nullable); *is_null tells the two apart. */
static JsonNode *
get_member (SksJsonReader *r,
            JsonObject    *object,
            const char    *place,
            const char    *key,
            SksJsonFlags   flags,
            char         **member_place,
            gboolean      *is_null)
{
  JsonNode *node = json_object_get_member (object, key);

  *is_null = FALSE;
  *member_place = _sks_json_place (place, key);
  if (node == NULL)
    {
      if (flags & SKS_JSON_REQUIRED)
        _sks_json_fail (r, SKS_JSON_PROBLEM_MISSING, *member_place, _("missing"));
      return NULL;
    }
  if (JSON_NODE_HOLDS_NULL (node) && (flags & SKS_JSON_NULLABLE))
    {
      *is_null = TRUE;
      return NULL;
    }
  return node;
}

#define MEMBER_PROLOGUE(clear)                                                  \
  g_autofree char *member_place = NULL;                                         \
  gboolean is_null;                                                             \
  JsonNode *node = get_member (r, object, place, key, flags, &member_place, &is_null); \
  if (r->failed)                                                                \
    return FALSE;                                                               \
  if (is_null)                                                                  \
    {                                                                           \
      clear;                                                                    \
      return TRUE;                                                              \
    }                                                                           \
  if (node == NULL)                                                             \
    return TRUE;

gboolean
_sks_json_get_string (SksJsonReader  *r,
                      JsonObject     *object,
                      const char     *place,
                      const char     *key,
                      SksJsonFlags    flags,
                      const char    **value)
{
  MEMBER_PROLOGUE (*value = NULL)
  return _sks_json_node_string (r, node, member_place, value);
}

gboolean
_sks_json_get_int (SksJsonReader *r,
                   JsonObject    *object,
                   const char    *place,
                   const char    *key,
                   SksJsonFlags   flags,
                   gint64         min,
                   gint64         max,
                   gint64        *value)
{
  MEMBER_PROLOGUE (*value = -1)
  return _sks_json_node_int (r, node, member_place, min, max, value);
}

gboolean
_sks_json_get_bool (SksJsonReader *r,
                    JsonObject    *object,
                    const char    *place,
                    const char    *key,
                    SksJsonFlags   flags,
                    gboolean      *value)
{
  MEMBER_PROLOGUE (*value = FALSE)
  return _sks_json_node_bool (r, node, member_place, value);
}

gboolean
_sks_json_get_date (SksJsonReader *r,
                    JsonObject    *object,
                    const char    *place,
                    const char    *key,
                    SksJsonFlags   flags,
                    GDate         *value)
{
  MEMBER_PROLOGUE (g_date_clear (value, 1))
  return _sks_json_node_date (r, node, member_place, value);
}

gboolean
_sks_json_get_array (SksJsonReader  *r,
                     JsonObject     *object,
                     const char     *place,
                     const char     *key,
                     SksJsonFlags    flags,
                     JsonArray     **value)
{
  MEMBER_PROLOGUE (*value = NULL)
  *value = _sks_json_node_array (r, node, member_place);
  return *value != NULL;
}

gboolean
_sks_json_get_object (SksJsonReader  *r,
                      JsonObject     *object,
                      const char     *place,
                      const char     *key,
                      SksJsonFlags    flags,
                      JsonObject    **value)
{
  MEMBER_PROLOGUE (*value = NULL)
  *value = _sks_json_node_object (r, node, member_place);
  return *value != NULL;
}
