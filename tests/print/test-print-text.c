/* test-print-text.c — Chinese numeral dates, official date formats,
 * cleaning text for print
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-print-text.h"

static void
test_cn_number (void)
{
  static const struct { int n; const char *cn; } cases[] = {
    { 0, "〇" }, { 1, "一" }, { 2, "二" }, { 9, "九" }, { 10, "十" }, { 11, "十一" },
    { 12, "十二" }, { 19, "十九" }, { 20, "二十" }, { 21, "二十一" }, { 30, "三十" },
    { 31, "三十一" }, { 99, "九十九" }, { 100, "100" }, { -1, "-1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cn = sks_print_cn_number (cases[i].n);
      g_assert_cmpstr (cn, ==, cases[i].cn);
    }
}

static void
test_cn_year (void)
{
  static const struct { int year; const char *cn; } cases[] = {
    { 2025, "二〇二五" }, { 2000, "二〇〇〇" }, { 1999, "一九九九" }, { 2010, "二〇一〇" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cn = sks_print_cn_year (cases[i].year);
      g_assert_cmpstr (cn, ==, cases[i].cn);
    }
}

static void
test_cn_dates (void)
{
  static const struct { int y, m, d; const char *cn; } cases[] = {
    { 2025, 3, 0, "二〇二五年三月" },        /* the cover of the 2025 Huzhou form */
    { 2024, 12, 0, "二〇二四年十二月" },
    { 2030, 10, 0, "二〇三〇年十月" },
    { 2023, 11, 0, "二〇二三年十一月" },
    { 2025, 3, 5, "二〇二五年三月五日" },
    { 2025, 12, 31, "二〇二五年十二月三十一日" },
    { 2026, 1, 20, "二〇二六年一月二十日" },
    { 2025, 2, 10, "二〇二五年二月十日" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cn = cases[i].d ? sks_print_cn_date (cases[i].y, cases[i].m, cases[i].d)
                                       : sks_print_cn_year_month (cases[i].y, cases[i].m);
      g_assert_cmpstr (cn, ==, cases[i].cn);
    }
}

static void
test_parse_date (void)
{
  static const struct { const char *text; gboolean ok; int y, m, d; } cases[] = {
    { "2025-03", TRUE, 2025, 3, 0 },
    { "2025-03-05", TRUE, 2025, 3, 5 },
    { "2024-02-29", TRUE, 2024, 2, 29 },
    { "2025-02-29", FALSE },
    { "2025-02-30", FALSE },
    { "2025-13", FALSE },
    { "2025-00-10", FALSE },
    { "2025-03-00", FALSE },
    { "2025-3-5", FALSE },
    { "25-03", FALSE },
    { "2025-03-05x", FALSE },
    { "2025-03-", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int y = -1, m = -1, d = -1;
      gboolean ok = sks_print_parse_date (cases[i].text, &y, &m, &d);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_cmpint (y, ==, cases[i].y);
          g_assert_cmpint (m, ==, cases[i].m);
          g_assert_cmpint (d, ==, cases[i].d);
        }
    }
}

static void
test_format (void)
{
  static const struct { const char *in, *date, *ym; } cases[] = {
    { "2025-03-05", "2025年3月5日", "2025.03" },
    { "2025-03", "2025年3月", "2025.03" },
    { "1978-05", "1978年5月", "1978.05" },
    { "2025-11-30", "2025年11月30日", "2025.11" },
    { "不详", "不详", "不详" },
    { "", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = sks_print_format_date (cases[i].in);
      g_autofree char *ym = sks_print_format_year_month (cases[i].in);

      g_assert_cmpstr (date, ==, cases[i].date);
      g_assert_cmpstr (ym, ==, cases[i].ym);
    }
}

static void
test_sanitize (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "a\r\nb\rc\vd\fe", "a\nb\nc\nd\ne" },
    { "tab\there", "tab here" },
    { "ctl\x01\x1f\x7fgone", "ctlgone" },
    { "c1\xc2\x85gone", "c1gone" },
    { "trailing  \n\n", "trailing" },
    { "  leading kept", "  leading kept" },
    { "技能大师😀“引号”", "技能大师😀“引号”" },
    { "bad\xff" "byte", "bad\xef\xbf\xbd" "byte" },
    { "", "" },
    /* clean text comes back as it is */
    { "line\nbreak kept", "line\nbreak kept" },
    { "\xc2\xa0no-break space kept", "\xc2\xa0no-break space kept" },
    { "last C1\xc2\x9f", "last C1" },
  };
  g_autofree char *null_text = sks_print_sanitize_text (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = sks_print_sanitize_text (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
  g_assert_cmpstr (null_text, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/print/text/cn-number", test_cn_number);
  g_test_add_func ("/print/text/cn-year", test_cn_year);
  g_test_add_func ("/print/text/cn-dates", test_cn_dates);
  g_test_add_func ("/print/text/parse-date", test_parse_date);
  g_test_add_func ("/print/text/format", test_format);
  g_test_add_func ("/print/text/sanitize", test_sanitize);
  return g_test_run ();
}
