/* sks-validate.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-validate.h"

G_DEFINE_QUARK (sks-validation-error-quark, sks_validation_error)

guint
sks_text_count_chars (const char *text)
{
  return text ? (guint) g_utf8_strlen (text, -1) : 0;
}

static gboolean
all_digits (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
sks_check_length (const char  *label,
                  const char  *text,
                  guint        max_chars,
                  GError     **error)
{
  const char *end = text;
  guint n_chars;

  if (text && !g_utf8_validate (text, -1, &end))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: the text is not valid UTF-8"), label);
      return FALSE;
    }
  /* No more characters than bytes: most texts need no count */
  if (max_chars == 0 || (gsize) (end - text) <= max_chars)
    return TRUE;

  n_chars = sks_text_count_chars (text);
  if (max_chars > 0 && n_chars > max_chars)
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_TOO_LONG,
                   _("%s: %u characters, at most %u are allowed"),
                   label, n_chars, max_chars);
      return FALSE;
    }
  return TRUE;
}

/* Control characters are C0, DEL and C1 (NEL, U+0085, is a line break too);
 * U+2028 and U+2029 break lines without being controls. */
static gboolean
breaks_single_line (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR ||
         type == G_UNICODE_PARAGRAPH_SEPARATOR;
}

gboolean
sks_check_single_line (const char  *label,
                       const char  *text,
                       GError     **error)
{
  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2 || breaks_single_line (c))
        {
          g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                       _("%s: must be a single line without control characters"), label);
          return FALSE;
        }
    }
  return TRUE;
}

/* Accepts an optional +86/0086 prefix and spaces or hyphens between digits. */
static char *
normalize_phone (const char *text)
{
  GString *digits = g_string_new (NULL);
  const char *p = text;

  if (g_str_has_prefix (p, "+86"))
    p += 3;
  else if (g_str_has_prefix (p, "0086"))
    p += 4;

  for (; *p; p++)
    if (*p != ' ' && *p != '-')
      g_string_append_c (digits, *p);

  return g_string_free (digits, FALSE);
}

gboolean
sks_check_mobile (const char  *label,
                  const char  *text,
                  GError     **error)
{
  g_autofree char *digits = normalize_phone (text);
  gsize len = strlen (digits);

  if (len != 11 || !all_digits (digits, len) || digits[0] != '1' || digits[1] < '3')
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: a mobile number has 11 digits and starts with 13 to 19"), label);
      return FALSE;
    }
  return TRUE;
}

/* 0 + 2–3 digit area code, 7–8 digit local number, optional extension:
 * 0572-2398708, 0571-87173525, 010-12345678-123. */
gboolean
sks_check_landline (const char  *label,
                    const char  *text,
                    GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n_parts = g_strv_length (parts);
  gboolean ok = FALSE;

  if (n_parts == 2 || n_parts == 3)
    {
      gsize area = strlen (parts[0]);
      gsize local = strlen (parts[1]);

      ok = parts[0][0] == '0' && area >= 3 && area <= 4 && all_digits (parts[0], area) &&
           local >= 7 && local <= 8 && all_digits (parts[1], local) && parts[1][0] != '0';
      if (ok && n_parts == 3)
        {
          gsize ext = strlen (parts[2]);
          ok = ext >= 1 && ext <= 6 && all_digits (parts[2], ext);
        }
    }

  if (!ok)
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: write the area code, a hyphen and the 7- or 8-digit number, "
                     "e.g. 0572-2398708"), label);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_email_local_char (char c)
{
  return g_ascii_isalnum (c) || strchr ("!#$%&'*+/=?^_`{|}~.-", c) != NULL;
}

static gboolean
is_valid_domain (const char *domain)
{
  g_auto(GStrv) labels = g_strsplit (domain, ".", -1);
  guint n = g_strv_length (labels);

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (labels[i]);
      if (len == 0 || len > 63 || labels[i][0] == '-' || labels[i][len - 1] == '-')
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (!g_ascii_isalnum (labels[i][j]) && labels[i][j] != '-')
          return FALSE;
    }
  return !all_digits (labels[n - 1], strlen (labels[n - 1]));
}

gboolean
sks_check_email (const char  *label,
                 const char  *text,
                 GError     **error)
{
  const char *at = strchr (text, '@');
  gboolean ok = at != NULL && at != text && strchr (at + 1, '@') == NULL &&
                strlen (text) <= 254 && at - text <= 64 &&
                text[0] != '.' && at[-1] != '.' && strstr (text, "..") == NULL;

  for (const char *p = text; ok && p < at; p++)
    ok = is_email_local_char (*p);

  if (!ok || !is_valid_domain (at + 1))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: not an e-mail address (name@example.com)"), label);
      return FALSE;
    }
  return TRUE;
}

gboolean
sks_check_postcode (const char  *label,
                    const char  *text,
                    GError     **error)
{
  if (strlen (text) != 6 || !all_digits (text, 6))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: a postcode has 6 digits"), label);
      return FALSE;
    }
  return TRUE;
}

gboolean
sks_parse_year_month (const char *text,
                      int        *year,
                      int        *month)
{
  int y, m;

  if (text == NULL || strlen (text) != 7 || text[4] != '-' ||
      !all_digits (text, 4) || !all_digits (text + 5, 2))
    return FALSE;

  y = atoi (text);
  m = atoi (text + 5);
  if (y < 1900 || y > 2999 || m < 1 || m > 12)
    return FALSE;

  if (year)
    *year = y;
  if (month)
    *month = m;
  return TRUE;
}

/* g_date_time_new_now_local() looks the local time zone up again on every
 * call (stat and readlink of /etc/localtime on GLib 2.74), which a check of
 * every team member of a document does half a million times: keep it. */
static GDateTime *
now_local (void)
{
  static GTimeZone *local = NULL;

  if (g_once_init_enter (&local))
    g_once_init_leave (&local, g_time_zone_new_local ());
  return g_date_time_new_now (local);
}

gboolean
sks_check_year_month (const char  *label,
                      const char  *text,
                      GError     **error)
{
  g_autoptr(GDateTime) now = now_local ();
  int year, month;

  if (!sks_parse_year_month (text, &year, &month))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INVALID_DATE,
                   _("%s: write a real year and month as YYYY-MM, e.g. 1978-05"), label);
      return FALSE;
    }
  if (year * 12 + month > g_date_time_get_year (now) * 12 + g_date_time_get_month (now))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INVALID_DATE,
                   _("%s: lies in the future"), label);
      return FALSE;
    }
  return TRUE;
}

GDate *
sks_parse_date (const char *text)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    return NULL;

  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);
  if (y < 1900 || y > 2999 || !g_date_valid_dmy (d, m, y))
    return NULL;

  return g_date_new_dmy (d, m, y);
}

gboolean
sks_check_date (const char  *label,
                const char  *text,
                GError     **error)
{
  g_autoptr(GDate) date = sks_parse_date (text);

  if (date == NULL)
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INVALID_DATE,
                   _("%s: write a real date as YYYY-MM-DD, e.g. 2025-03-17"), label);
      return FALSE;
    }
  return TRUE;
}

/* 138****5678: keeps the operator prefix and the last four digits. */
char *
sks_mask_phone (const char *phone)
{
  gsize len;
  GString *masked;

  if (phone == NULL || *phone == '\0')
    return g_strdup ("");

  len = strlen (phone);
  if (len < 8)
    return g_strnfill (len, '*');

  masked = g_string_new_len (phone, 3);
  for (gsize i = 3; i < len - 4; i++)
    g_string_append_c (masked, g_ascii_isdigit (phone[i]) ? '*' : phone[i]);
  g_string_append (masked, phone + len - 4);
  return g_string_free (masked, FALSE);
}
