/* test-json-guard.c — the check of JSON text before json-glib parses it,
 * and safe attachment names
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "sks-attachment.h"
#include "sks-json-guard.h"

typedef struct {
  const char *name;
  const char *json;
  int         code;  /* -1: accepted */
  const char *path;  /* of the refusal */
} GuardCase;

static const GuardCase guard_cases[] = {
  { "object", "{\"a\": [1, 2.5, -3e2, true, false, null, \"x\"], \"b\": {}}", -1, NULL },
  { "escapes", "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"]", -1, NULL },
  { "raw-control", "[\"a\x1f" "b\"]", -1, NULL },  /* json-glib writes these */
  { "int64-max", "[9223372036854775807, -9223372036854775808]", -1, NULL },
  { "underflow", "[1e-400]", -1, NULL },
  { "depth-64", NULL, -1, NULL },
  { "depth-65", NULL, SKS_JSON_GUARD_ERROR_TOO_DEEP, NULL },
  { "depth-80000", NULL, SKS_JSON_GUARD_ERROR_TOO_DEEP, NULL },
  { "nul-escape", "{\"studios\": [{\"master\": {\"id-number\": \"330102198001010136\\u0000DROP\"}}]}",
    SKS_JSON_GUARD_ERROR_NUL, "studios[0].master.id-number" },
  { "nul-in-key", "{\"a\\u0000b\": 1}", SKS_JSON_GUARD_ERROR_NUL, "" },
  { "nul-byte", NULL, SKS_JSON_GUARD_ERROR_ENCODING, NULL },
  { "lone-high", "{\"name\": \"\\ud800\"}", SKS_JSON_GUARD_ERROR_SURROGATE, "name" },
  { "lone-high-end", "{\"name\": \"\\ud800x\"}", SKS_JSON_GUARD_ERROR_SURROGATE, "name" },
  { "lone-low", "[\"\\udc00\"]", SKS_JSON_GUARD_ERROR_SURROGATE, "[0]" },
  { "bad-utf8", "[\"\xe9t\xe9\"]", SKS_JSON_GUARD_ERROR_ENCODING, NULL },
  { "duplicate-format", "{\"format\": \"a\", \"version\": 1, \"format\": \"b\"}",
    SKS_JSON_GUARD_ERROR_DUPLICATE_KEY, "format" },
  { "duplicate-escaped", "{\"uuid\": 1, \"\\u0075uid\": 2}", SKS_JSON_GUARD_ERROR_DUPLICATE_KEY,
    "uuid" },
  { "duplicate-nested", "{\"studios\": [{}, {\"master\": {\"id-number\": 1, \"id-number\": 2}}]}",
    SKS_JSON_GUARD_ERROR_DUPLICATE_KEY, "studios[1].master.id-number" },
  { "same-key-two-objects", "[{\"a\": 1}, {\"a\": 2, \"b\": {\"a\": 3}}]", -1, NULL },
  { "int-overflow", "{\"size\": 18446744073709551640}", SKS_JSON_GUARD_ERROR_NUMBER, "size" },
  { "int-overflow-negative", "[-9223372036854775809]", SKS_JSON_GUARD_ERROR_NUMBER, "[0]" },
  { "double-overflow", "{\"area\": 1e400}", SKS_JSON_GUARD_ERROR_NUMBER, "area" },
  { "double-overflow-negative", "{\"area\": -1.5e309}", SKS_JSON_GUARD_ERROR_NUMBER, "area" },
  { "number-too-long", NULL, SKS_JSON_GUARD_ERROR_NUMBER, NULL },
  { "comment", "{/* c */ \"a\": 1}", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "trailing-comma", "[1, 2,]", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "unclosed", "{\"a\": [1, 2", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "unclosed-text", "[\"abc", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "after-end", "{} {}", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "single-quotes", "['a']", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "leading-zero", "[01]", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "bad-escape", "[\"\\x41\"]", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "empty", "", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
  { "blank", "  \n ", SKS_JSON_GUARD_ERROR_SYNTAX, NULL },
};

static GString *
make_input (const GuardCase *c)
{
  GString *s = g_string_new (NULL);

  if (c->json != NULL)
    g_string_append (s, c->json);
  else if (g_str_equal (c->name, "depth-64") || g_str_equal (c->name, "depth-65"))
    {
      guint n = g_str_equal (c->name, "depth-64") ? 64 : 65;

      for (guint i = 0; i < n; i++)
        g_string_append_c (s, '[');
      for (guint i = 0; i < n; i++)
        g_string_append_c (s, ']');
    }
  else if (g_str_equal (c->name, "depth-80000"))
    for (guint i = 0; i < 80000; i++)
      g_string_append_c (s, '[');
  else if (g_str_equal (c->name, "nul-byte"))
    g_string_append_len (s, "[\"a\0b\"]", 7);
  else if (g_str_equal (c->name, "number-too-long"))
    {
      g_string_append (s, "[0.");
      for (guint i = 0; i < 1000000; i++)
        g_string_append_c (s, '1');
      g_string_append (s, "]");
    }
  return s;
}

static void
test_guard (gconstpointer data)
{
  const GuardCase *c = data;
  g_autoptr(GString) input = make_input (c);
  g_auto(SksJsonGuardPlace) place = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean ok = sks_json_guard_check (input->str, input->len, &place, &error);

  if (c->code < 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      g_assert_no_error (error);
      g_assert_true (ok);
      /* What the guard passes, json-glib reads. */
      g_assert_true (json_parser_load_from_data (parser, input->str, input->len, NULL));
      return;
    }
  g_assert_false (ok);
  g_assert_error (error, SKS_JSON_GUARD_ERROR, c->code);
  g_assert_nonnull (place.where);
  g_assert_cmpuint (place.line, >=, 1);
  if (c->path != NULL)
    g_assert_cmpstr (place.path, ==, c->path);
  /* Messages stay short and valid, whatever the input. */
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), <, 300);
  g_assert_cmpuint (strlen (place.where), <, 300);
}

static void
test_no_place (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sks_json_guard_check ("[1e400]", 7, NULL, &error));
  g_assert_error (error, SKS_JSON_GUARD_ERROR, SKS_JSON_GUARD_ERROR_NUMBER);
  g_assert_false (sks_json_guard_check ("[", 1, NULL, NULL));
}

typedef struct {
  const char *name;
  const char *text;
  gssize      length;
  const char *expected;
} ExcerptCase;

static const ExcerptCase excerpt_cases[] = {
  { "short", "张三", -1, "张三" },
  { "control", "a\nb\x1b[31m", -1, "a\xef\xbf\xbd" "b\xef\xbf\xbd[31m" },
  { "invalid", "a\xe9z", -1, "a\xef\xbf\xbdz" },
  { "cut-character", "ab\xe5\xbc", 4, "ab\xef\xbf\xbd\xef\xbf\xbd" },
  { "long", "0123456789012345678901234567890123456789TAIL", -1,
    "0123456789012345678901234567890123456789…" },
  { "null", NULL, -1, "" },
};

static void
test_excerpt (gconstpointer data)
{
  const ExcerptCase *c = data;
  g_autofree char *excerpt = sks_json_guard_excerpt (c->text, c->length);

  g_assert_cmpstr (excerpt, ==, c->expected);
}

static void
test_excerpt_megabyte (void)
{
  g_autofree char *big = g_strnfill (1024 * 1024, 'x');
  g_autofree char *excerpt = sks_json_guard_excerpt (big, -1);

  g_assert_cmpuint (g_utf8_strlen (excerpt, -1), ==, SKS_JSON_GUARD_EXCERPT_CHARS + 1);
}

typedef struct {
  const char *name;
  const char *input;
  const char *expected;
} NameCase;

static const NameCase name_cases[] = {
  { "plain", "证书.pdf", "证书.pdf" },
  { "parent", "../../../x.desktop", "x.desktop" },
  { "absolute", "/home/user/.bashrc", "bashrc" },
  { "windows", "C:\\Users\\a\\..\\evil.exe", "evil.exe" },
  { "trailing-slash", "a/b/", "attachment" },
  { "nul", "evil.pdf\0.desktop", "evil.pdf" },
  { "control", "a\nb\tc\x1b.pdf", "a_b_c_.pdf" },
  { "rlo", "cod\xe2\x80\xae" "fdp.exe", "cod_fdp.exe" },
  { "invalid-utf8", "a\xe9.pdf", "a_.pdf" },
  { "empty", "", "attachment" },
  { "dot", ".", "attachment" },
  { "dots", "..", "attachment" },
  { "many-dots", "....", "attachment" },
  { "dot-slash", "./..", "attachment" },
  { "hidden", ".config", "config" },
  { "spaces", "  a.pdf  ", "a.pdf" },
};

static void
test_safe_name (gconstpointer data)
{
  const NameCase *c = data;
  g_autofree char *name = sks_attachment_safe_name (c->input);

  g_assert_cmpstr (name, ==, c->expected);
}

static void
test_safe_name_long (void)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autofree char *name = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append (input, "长");
  g_string_append (input, ".pdf");
  name = sks_attachment_safe_name (input->str);
  g_assert_cmpuint (strlen (name), <=, SKS_ATTACHMENT_MAX_NAME_BYTES);
  g_assert_true (g_str_has_suffix (name, "长.pdf"));
  g_assert_true (g_utf8_validate (name, -1, NULL));

  g_clear_pointer (&name, g_free);
  name = sks_attachment_safe_name (NULL);
  g_assert_cmpstr (name, ==, "attachment");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (guard_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-guard/check/%s", guard_cases[i].name);
      g_test_add_data_func (path, &guard_cases[i], test_guard);
    }
  g_test_add_func ("/json-guard/check/no-place", test_no_place);
  for (guint i = 0; i < G_N_ELEMENTS (excerpt_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/json-guard/excerpt/%s", excerpt_cases[i].name);
      g_test_add_data_func (path, &excerpt_cases[i], test_excerpt);
    }
  g_test_add_func ("/json-guard/excerpt/megabyte", test_excerpt_megabyte);
  for (guint i = 0; i < G_N_ELEMENTS (name_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/attachment/safe-name/%s", name_cases[i].name);
      g_test_add_data_func (path, &name_cases[i], test_safe_name);
    }
  g_test_add_func ("/attachment/safe-name/long", test_safe_name_long);
  return g_test_run ();
}
