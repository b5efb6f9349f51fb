/* sks-json-guard.c — a check of JSON text before json-glib parses it
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib recurses once per nesting level (80,000 "[" overflow the stack),
 * cuts text at an escaped NUL, keeps the last of two equal keys, turns
 * 18446744073709551640 into -1 and 1e400 into infinity. None of that can be
 * seen in the tree it builds, so every file is read here first, once, by a
 * small RFC 8259 lexer with a bounded stack of its own; what it refuses is
 * reported with the place as a JSON path and at most a short excerpt.
 */

#define G_LOG_DOMAIN "sks-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sks-json-guard.h"

G_DEFINE_QUARK (sks-json-guard-error-quark, sks_json_guard_error)

/* Longer numbers are not written by any program we read; they only cost time. */
#define MAX_NUMBER_LENGTH 100

typedef struct {
  gboolean    is_object;
  guint       index;  /* arrays: of the current element */
  const char *key;    /* objects: the current key, owned by keys */
} Frame;

typedef struct {
  const char        *data;
  const char        *p;
  const char        *end;
  Frame              frames[SKS_JSON_GUARD_MAX_DEPTH];
  GHashTable        *keys[SKS_JSON_GUARD_MAX_DEPTH];  /* per level, reused */
  guint              depth;
  GString           *text;                            /* a decoded key */
  SksJsonGuardPlace *place;
  GError           **error;
} Guard;

/**
 * sks_json_guard_excerpt:
 * @text: (nullable): any bytes, not necessarily valid UTF-8
 * @length: the length of @text, or -1 when it ends with a NUL
 *
 * Returns at most %SKS_JSON_GUARD_EXCERPT_CHARS characters of @text for a
 * message: valid UTF-8, control characters replaced by U+FFFD, "…" when cut.
 *
 * Returns: (transfer full): the excerpt
 */
char *
sks_json_guard_excerpt (const char *text,
                        gssize      length)
{
  g_autofree char *valid = NULL;
  GString *out = g_string_new (NULL);
  gsize len;
  guint n = 0;

  if (text == NULL)
    return g_string_free (out, FALSE);
  len = length < 0 ? strlen (text) : (gsize) length;
  /* Only the first characters matter; a cut character becomes U+FFFD. */
  valid = g_utf8_make_valid (text, MIN (len, SKS_JSON_GUARD_EXCERPT_CHARS * 4 + 4));
  for (const char *p = valid; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == SKS_JSON_GUARD_EXCERPT_CHARS)
        break;
      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (n == SKS_JSON_GUARD_EXCERPT_CHARS || len > SKS_JSON_GUARD_EXCERPT_CHARS * 4 + 4)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

void
sks_json_guard_place_clear (SksJsonGuardPlace *place)
{
  g_clear_pointer (&place->path, g_free);
  g_clear_pointer (&place->where, g_free);
  place->line = place->column = 0;
}

static void
count_lines (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        (*line)++, *column = 1;
      else if (((guchar) *p & 0xc0) != 0x80)
        (*column)++;
    }
}

static char *
build_path (Guard *g)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < g->depth; i++)
    {
      const Frame *frame = &g->frames[i];

      if (frame->is_object && frame->key != NULL)
        {
          g_autofree char *key = sks_json_guard_excerpt (frame->key, -1);

          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, key);
        }
      else if (!frame->is_object)
        g_string_append_printf (path, "[%u]", frame->index);
    }
  return g_string_free (path, FALSE);
}

/* Always returns FALSE. @at is where the problem starts. */
G_GNUC_PRINTF (4, 5)
static gboolean
fail (Guard             *g,
      SksJsonGuardError  code,
      const char        *at,
      const char        *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = build_path (g);
  va_list args;
  guint line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (g->error, SKS_JSON_GUARD_ERROR, code, message);
  if (g->place == NULL)
    return FALSE;

  count_lines (g->data, at, &line, &column);
  sks_json_guard_place_clear (g->place);
  g->place->line = line;
  g->place->column = column;
  if (*path == '\0' || code == SKS_JSON_GUARD_ERROR_SYNTAX ||
      code == SKS_JSON_GUARD_ERROR_ENCODING || code == SKS_JSON_GUARD_ERROR_TOO_DEEP)
    g->place->where = g_strdup_printf (_("line %u, column %u"), line, column);
  else
    g->place->where = g_strdup (path);
  g->place->path = g_steal_pointer (&path);
  return FALSE;
}

static gboolean
fail_syntax (Guard      *g,
             const char *at)
{
  g_autofree char *excerpt = NULL;

  if (at >= g->end)
    return fail (g, SKS_JSON_GUARD_ERROR_SYNTAX, at, _("the file ends too early"));
  excerpt = sks_json_guard_excerpt (at, MIN (g->end - at, 8));
  /* TRANSLATORS: the text found, at most a few characters */
  return fail (g, SKS_JSON_GUARD_ERROR_SYNTAX, at, _("unexpected “%s”"), excerpt);
}

static void
skip_space (Guard *g)
{
  while (g->p < g->end &&
         (*g->p == ' ' || *g->p == '\t' || *g->p == '\n' || *g->p == '\r'))
    g->p++;
}

static gboolean
parse_hex4 (const char *p,
            const char *end,
            gunichar   *c)
{
  *c = 0;
  if (end - p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return FALSE;
      *c = *c * 16 + g_ascii_xdigit_value (p[i]);
    }
  return TRUE;
}

static gboolean
is_low_surrogate_escape (Guard    *g,
                         gunichar *low)
{
  return g->end - g->p >= 6 && g->p[0] == '\\' && g->p[1] == 'u' &&
         parse_hex4 (g->p + 2, g->end, low) && *low >= 0xdc00 && *low <= 0xdfff;
}

/* A \u escape at g->p (on the backslash); appends to @out when not NULL. */
static gboolean
read_unicode_escape (Guard   *g,
                     GString *out)
{
  const char *start = g->p;
  gunichar c, low;

  if (!parse_hex4 (g->p + 2, g->end, &c))
    return fail_syntax (g, g->p);
  g->p += 6;
  if (c == 0)
    return fail (g, SKS_JSON_GUARD_ERROR_NUL, start,
                 _("the text holds “\\u0000” (a NUL character), which would cut it short"));
  if (c >= 0xdc00 && c <= 0xdfff)
    return fail (g, SKS_JSON_GUARD_ERROR_SURROGATE, start,
                 _("the text holds “\\u%04X”, half of a character without its first half"),
                 (guint) c);
  if (c >= 0xd800 && c <= 0xdbff)
    {
      if (!is_low_surrogate_escape (g, &low))
        return fail (g, SKS_JSON_GUARD_ERROR_SURROGATE, start,
                     _("the text holds “\\u%04X”, half of a character without its second "
                       "half"), (guint) c);
      g->p += 6;
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
    }
  if (out != NULL)
    g_string_append_unichar (out, c);
  return TRUE;
}

/* The character a one-letter escape stands for, or 0. */
static char
simple_escape (char letter)
{
  static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";

  for (guint i = 0; escapes[i]; i += 2)
    if (letter == escapes[i])
      return escapes[i + 1];
  return 0;
}

/* Text at g->p (on the quote); decoded into @out when not NULL. The bytes
 * are valid UTF-8 already. */
static gboolean
read_string (Guard   *g,
             GString *out)
{
  g->p++;
  for (;;)
    {
      const char *run = g->p;
      char escaped;

      /* Raw control characters are not JSON, but json-glib 1.6 writes them
       * (our own exchange files hold them) and reads them unchanged. */
      while (g->p < g->end && *g->p != '"' && *g->p != '\\')
        g->p++;
      if (out != NULL)
        g_string_append_len (out, run, g->p - run);
      if (g->p >= g->end)
        return fail (g, SKS_JSON_GUARD_ERROR_SYNTAX, g->end, _("the text is not closed"));
      if (*g->p == '"')
        {
          g->p++;
          return TRUE;
        }
      if (g->p + 1 < g->end && g->p[1] == 'u')
        {
          if (!read_unicode_escape (g, out))
            return FALSE;
          continue;
        }
      escaped = g->p + 1 < g->end ? simple_escape (g->p[1]) : 0;
      if (escaped == 0)
        return fail_syntax (g, g->p);
      if (out != NULL)
        g_string_append_c (out, escaped);
      g->p += 2;
    }
}

static gboolean
read_digits (Guard *g)
{
  const char *start = g->p;

  while (g->p < g->end && g_ascii_isdigit (*g->p))
    g->p++;
  return g->p > start ? TRUE : fail_syntax (g, g->p);
}

/* Whole numbers become a gint64 in json-glib, others a double. */
static gboolean
check_number_range (Guard      *g,
                    const char *start,
                    gboolean    whole)
{
  gsize length = g->p - start;
  g_autofree char *text = NULL;

  if (length > MAX_NUMBER_LENGTH)
    return fail (g, SKS_JSON_GUARD_ERROR_NUMBER, start,
                 _("a number of %u characters is too long"), (guint) length);
  text = g_strndup (start, length);
  if (whole)
    {
      const char *digits = text[0] == '-' ? text + 1 : text;
      const char *limit = text[0] == '-' ? "9223372036854775808" : "9223372036854775807";
      gsize n = strlen (digits);

      if (n < 19 || (n == 19 && strcmp (digits, limit) <= 0))
        return TRUE;
      return fail (g, SKS_JSON_GUARD_ERROR_NUMBER, start,
                   _("the whole number %s is too large (at most 19 digits, up to "
                     "9223372036854775807)"), text);
    }
  if (isinf (g_ascii_strtod (text, NULL)))
    return fail (g, SKS_JSON_GUARD_ERROR_NUMBER, start, _("the number %s is too large"), text);
  return TRUE;
}

static gboolean
read_number (Guard *g)
{
  const char *start = g->p;
  gboolean whole = TRUE;

  if (*g->p == '-')
    g->p++;
  if (g->p < g->end && *g->p == '0')
    g->p++;
  else if (!read_digits (g))
    return FALSE;
  if (g->p < g->end && *g->p == '.')
    {
      g->p++;
      whole = FALSE;
      if (!read_digits (g))
        return FALSE;
    }
  if (g->p < g->end && (*g->p == 'e' || *g->p == 'E'))
    {
      g->p++;
      whole = FALSE;
      if (g->p < g->end && (*g->p == '+' || *g->p == '-'))
        g->p++;
      if (!read_digits (g))
        return FALSE;
    }
  return check_number_range (g, start, whole);
}

static gboolean
read_word (Guard      *g,
           const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (g->end - g->p) < n || memcmp (g->p, word, n) != 0)
    return fail_syntax (g, g->p);
  g->p += n;
  return TRUE;
}

static gboolean
read_scalar (Guard *g)
{
  switch (*g->p)
    {
    case '"':
      return read_string (g, NULL);
    case 't':
      return read_word (g, "true");
    case 'f':
      return read_word (g, "false");
    case 'n':
      return read_word (g, "null");
    default:
      if (*g->p == '-' || g_ascii_isdigit (*g->p))
        return read_number (g);
      return fail_syntax (g, g->p);
    }
}

/* A key and its colon, in the object on top. */
static gboolean
read_key (Guard *g)
{
  Frame *frame = &g->frames[g->depth - 1];
  GHashTable *keys = g->keys[g->depth - 1];
  const char *start;
  char *key;

  skip_space (g);
  start = g->p;
  if (g->p >= g->end || *g->p != '"')
    return fail_syntax (g, g->p);
  g_string_truncate (g->text, 0);
  if (!read_string (g, g->text))
    return FALSE;
  if (g_hash_table_contains (keys, g->text->str))
    {
      g_autofree char *excerpt = sks_json_guard_excerpt (g->text->str, g->text->len);

      frame->key = g_hash_table_lookup (keys, g->text->str);
      return fail (g, SKS_JSON_GUARD_ERROR_DUPLICATE_KEY, start,
                   _("the key “%s” appears twice in the same object"), excerpt);
    }
  key = g_strndup (g->text->str, g->text->len);
  g_hash_table_add (keys, key);
  frame->key = key;
  skip_space (g);
  if (g->p >= g->end || *g->p != ':')
    return fail_syntax (g, g->p);
  g->p++;
  return TRUE;
}

/* Opens a list or object at g->p; *closed is set when it is empty. */
static gboolean
open_container (Guard    *g,
                gboolean *closed)
{
  gboolean is_object = *g->p == '{';
  Frame *frame;

  if (g->depth == SKS_JSON_GUARD_MAX_DEPTH)
    return fail (g, SKS_JSON_GUARD_ERROR_TOO_DEEP, g->p,
                 _("lists and objects are nested more than %u levels deep"),
                 (guint) SKS_JSON_GUARD_MAX_DEPTH);
  frame = &g->frames[g->depth];
  frame->is_object = is_object;
  frame->index = 0;
  frame->key = NULL;
  if (is_object)
    {
      if (g->keys[g->depth] == NULL)
        g->keys[g->depth] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      else
        g_hash_table_remove_all (g->keys[g->depth]);
    }
  g->depth++;
  g->p++;
  skip_space (g);
  *closed = g->p < g->end && *g->p == (is_object ? '}' : ']');
  if (*closed)
    {
      g->p++;
      g->depth--;
      return TRUE;
    }
  return is_object ? read_key (g) : TRUE;
}

/* After a value: a comma, or the end of the list or object on top (which
 * ends a value in turn), or the end of the file. *more is set when another
 * value follows. */
static gboolean
after_value (Guard    *g,
             gboolean *more)
{
  *more = FALSE;
  for (;;)
    {
      Frame *frame;

      skip_space (g);
      if (g->depth == 0)
        return g->p == g->end ? TRUE : fail_syntax (g, g->p);
      frame = &g->frames[g->depth - 1];
      if (g->p < g->end && *g->p == ',')
        {
          g->p++;
          *more = TRUE;
          if (frame->is_object)
            return read_key (g);
          frame->index++;
          return TRUE;
        }
      if (g->p >= g->end || *g->p != (frame->is_object ? '}' : ']'))
        return fail_syntax (g, g->p);
      g->p++;
      g->depth--;
    }
}

static gboolean
read_document (Guard *g)
{
  gboolean more = TRUE;

  while (more)
    {
      gboolean closed = FALSE;

      skip_space (g);
      if (g->p >= g->end)
        return fail_syntax (g, g->p);
      if (*g->p == '{' || *g->p == '[')
        {
          if (!open_container (g, &closed))
            return FALSE;
          if (!closed)
            continue;
        }
      else if (!read_scalar (g))
        return FALSE;
      if (!after_value (g, &more))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_json_guard_check:
 * @data: JSON text, without a byte order mark
 * @length: its length in bytes
 * @place: (out caller-allocates) (optional): where the check failed; clear
 *   it with sks_json_guard_place_clear()
 * @error: a #SKS_JSON_GUARD_ERROR; its message is the reason only,
 *   translated, quoting at most a short excerpt
 *
 * Checks that @data is one JSON value (RFC 8259) that json-glib parses
 * without change or harm: valid UTF-8 without NUL bytes, nested at most
 * %SKS_JSON_GUARD_MAX_DEPTH levels, no escaped NUL or unpaired surrogate, no
 * key twice in one object, whole numbers within gint64 and other numbers
 * within a double. Safe on any input; reads @data once.
 *
 * Returns: %TRUE when json-glib may parse @data
 */
gboolean
sks_json_guard_check (const char         *data,
                      gsize               length,
                      SksJsonGuardPlace  *place,
                      GError            **error)
{
  Guard g = { 0 };
  const char *bad = NULL;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (place != NULL)
    memset (place, 0, sizeof *place);
  if (data == NULL)
    data = "";  /* no arithmetic on a null pointer, even with a length of 0 */
  g.data = g.p = data;
  g.end = data + length;
  g.place = place;
  g.error = error;
  if (length > 0 && !g_utf8_validate_len (data, length, &bad))
    return fail (&g, SKS_JSON_GUARD_ERROR_ENCODING, bad,
                 *bad == '\0' ? _("the file holds a NUL byte")
                              : _("the file is not UTF-8 text (or it is cut off in a character)"));

  g.text = g_string_new (NULL);
  ok = read_document (&g);
  g_string_free (g.text, TRUE);
  for (guint i = 0; i < SKS_JSON_GUARD_MAX_DEPTH; i++)
    g_clear_pointer (&g.keys[i], g_hash_table_unref);
  return ok;
}
