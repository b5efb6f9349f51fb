/* sks-print-text.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sks-print-text.h"

static const char *const cn_digits[] = {
  "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
};

static gboolean
parse_number (const char **p,
              guint        n_digits,
              int         *value)
{
  int v = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n_digits;
  *value = v;
  return TRUE;
}

/**
 * sks_print_parse_date:
 * @text: "YYYY-MM" or "YYYY-MM-DD"
 * @day: (out): 0 for "YYYY-MM"
 *
 * Returns: whether @text is a valid year-month or date
 */
gboolean
sks_print_parse_date (const char *text,
                      int        *year,
                      int        *month,
                      int        *day)
{
  const char *p = text;
  int y, m, d = 0;
  gboolean has_day = FALSE;

  if (text == NULL)
    return FALSE;
  if (!parse_number (&p, 4, &y) || *p++ != '-' || !parse_number (&p, 2, &m))
    return FALSE;
  if (*p == '-')
    {
      p++;
      if (!parse_number (&p, 2, &d))
        return FALSE;
      has_day = TRUE;
    }
  if (*p != '\0' || y < 1 || m < 1 || m > 12)
    return FALSE;
  if (has_day && (d < 1 || !g_date_valid_dmy (d, m, y)))
    return FALSE;
  *year = y;
  *month = m;
  *day = d;
  return TRUE;
}

/* Each digit on its own, as years are read: 2025 → 二〇二五. */
char *
sks_print_cn_year (int year)
{
  g_autofree char *digits = g_strdup_printf ("%d", ABS (year));
  GString *out = g_string_new (NULL);

  for (const char *p = digits; *p; p++)
    g_string_append (out, cn_digits[*p - '0']);
  return g_string_free (out, FALSE);
}

/* A cardinal number as months and days are read: 3 → 三, 10 → 十,
 * 12 → 十二, 20 → 二十, 31 → 三十一. Numbers outside 0–99 stay Arabic. */
char *
sks_print_cn_number (int n)
{
  GString *out;

  if (n < 0 || n > 99)
    return g_strdup_printf ("%d", n);
  if (n < 10)
    return g_strdup (cn_digits[n]);
  out = g_string_new (NULL);
  if (n >= 20)
    g_string_append (out, cn_digits[n / 10]);
  g_string_append (out, "十");
  if (n % 10 != 0)
    g_string_append (out, cn_digits[n % 10]);
  return g_string_free (out, FALSE);
}

/* 2025, 3 → 二〇二五年三月, as the foot of a form's cover is dated. */
char *
sks_print_cn_year_month (int year,
                         int month)
{
  g_autofree char *y = sks_print_cn_year (year);
  g_autofree char *m = sks_print_cn_number (month);

  return g_strconcat (y, "年", m, "月", NULL);
}

char *
sks_print_cn_date (int year,
                   int month,
                   int day)
{
  g_autofree char *ym = sks_print_cn_year_month (year, month);
  g_autofree char *d = sks_print_cn_number (day);

  return g_strconcat (ym, d, "日", NULL);
}

/* "2025-03-05" → 2025年3月5日, "2025-03" → 2025年3月 (GB/T 9704 §7.3.5:
 * Arabic numerals without leading zeros). Anything else is returned as is. */
char *
sks_print_format_date (const char *iso_date)
{
  int y, m, d;

  if (!sks_print_parse_date (iso_date, &y, &m, &d))
    return g_strdup (iso_date ? iso_date : "");
  if (d == 0)
    return g_strdup_printf ("%d年%d月", y, m);
  return g_strdup_printf ("%d年%d月%d日", y, m, d);
}

/* "1978-05" → 1978.05, the way personnel forms write 出生年月. */
char *
sks_print_format_year_month (const char *iso_date)
{
  int y, m, d;

  if (!sks_print_parse_date (iso_date, &y, &m, &d))
    return g_strdup (iso_date ? iso_date : "");
  return g_strdup_printf ("%04d.%02d", y, m);
}

/**
 * sks_print_sanitize_text:
 *
 * Makes stored text printable: invalid UTF-8 is repaired, CR LF, CR,
 * vertical tab and form feed become line breaks, tabs become spaces, other
 * control characters are dropped, and trailing white space goes.
 *
 * Returns: (transfer full): the cleaned text
 */
/* Most stored text is clean already: valid UTF-8 with no control
 * character other than \n (C1 controls are U+0080–U+009F, 0xC2 0x80–0x9F in
 * UTF-8) and no trailing white space. */
static gboolean
is_printable (const char *text,
              gsize       length)
{
  const guchar *p = (const guchar *) text;

  if (length > 0 && g_ascii_isspace (text[length - 1]))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if ((p[i] < 0x20 && p[i] != '\n') || p[i] == 0x7f)
        return FALSE;
      if (p[i] == 0xc2 && i + 1 < length && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f)
        return FALSE;
    }
  return g_utf8_validate_len (text, length, NULL);
}

char *
sks_print_sanitize_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize length;

  if (text == NULL)
    return g_strdup ("");
  length = strlen (text);
  if (is_printable (text, length))
    return g_memdup2 (text, length + 1);
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c == '\n' || c == '\v' || c == '\f')
        g_string_append_c (out, '\n');
      else if (c == '\t')
        g_string_append_c (out, ' ');
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        continue;
      else
        g_string_append_unichar (out, c);
    }
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
