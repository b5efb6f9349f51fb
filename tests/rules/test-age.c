/* test-age.c — age in full years and months, and ISO dates
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-age.h"
#include "sks-i18n.h"

static GDate
date (const char *text)
{
  GDate d;

  g_assert_true (sks_date_parse_iso (text, &d));
  return d;
}

static void
test_parse (void)
{
  static const struct {
    const char *text;
    gboolean    valid;
  } cases[] = {
    { "2025-02-28", TRUE },
    { "2024-02-29", TRUE },
    { "2025-02-29", FALSE },
    { "2025-13-01", FALSE },
    { "2025-00-10", FALSE },
    { "2025-2-1", FALSE },
    { "2025-02-28 ", FALSE },
    { "2025/02/28", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate d;
      g_assert_cmpint (sks_date_parse_iso (cases[i].text, &d), ==, cases[i].valid);
      g_assert_cmpint (g_date_valid (&d), ==, cases[i].valid);
      if (cases[i].valid)
        {
          g_autofree char *text = sks_date_format_iso (&d);
          g_assert_cmpstr (text, ==, cases[i].text);
        }
    }
}

/* The boundaries of §10.3 and the month-end cases of 民法典 第202条. */
static void
test_age (void)
{
  static const struct {
    const char *birth;
    const char *on;
    int         years;
    int         months;
  } cases[] = {
    { "1975-02-28", "2025-02-28", 50, 0 },   /* turns 50 on the reference date */
    { "1975-02-28", "2025-02-27", 49, 11 },
    { "1975-03-01", "2025-02-28", 49, 11 },
    { "1975-02-27", "2025-02-28", 50, 0 },
    { "1974-11-15", "2025-02-28", 50, 3 },
    { "1980-02-28", "2025-02-28", 45, 0 },
    { "1980-02-29", "2025-02-28", 45, 0 },   /* no 29 February in 2025: the month's end */
    { "1980-02-29", "2025-02-27", 44, 11 },
    { "2000-02-29", "2001-02-28", 1, 0 },
    { "2000-02-29", "2004-02-28", 3, 11 },   /* a leap year has the day itself */
    { "2000-02-29", "2004-02-29", 4, 0 },
    { "1980-01-31", "1980-02-29", 0, 1 },
    { "1980-01-31", "1980-02-28", 0, 0 },
    { "1980-01-31", "1980-04-30", 0, 3 },
    { "1990-06-15", "1990-06-15", 0, 0 },
    { "1990-06-15", "2025-06-14", 34, 11 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate birth = date (cases[i].birth), on = date (cases[i].on);
      int years = -1, months = -1;

      g_test_message ("born %s, on %s", cases[i].birth, cases[i].on);
      g_assert_true (sks_age_on (&birth, &on, &years, &months));
      g_assert_cmpint (years, ==, cases[i].years);
      g_assert_cmpint (months, ==, cases[i].months);
      g_assert_cmpint (sks_age_years_on (&birth, &on), ==, cases[i].years);
      g_assert_cmpint (sks_months_between (&birth, &on), ==, cases[i].years * 12 + cases[i].months);
    }
}

static void
test_before_birth (void)
{
  GDate birth = date ("1990-06-15"), on = date ("1990-06-14");
  int years = -1, months = -1;

  g_assert_false (sks_age_on (&birth, &on, &years, &months));
  g_assert_cmpint (years, ==, 0);
  g_assert_cmpint (months, ==, 0);
  g_assert_cmpint (sks_months_between (&birth, &on), ==, 0);
  on = date ("1990-05-15");
  g_assert_cmpint (sks_months_between (&birth, &on), ==, -1);
}

static void
test_add_months (void)
{
  GDate d = date ("2028-02-29");

  sks_date_add_months_clamped (&d, 36);
  g_assert_cmpint (g_date_get_day (&d), ==, 28);
  g_assert_cmpint (g_date_get_year (&d), ==, 2031);
  d = date ("2025-03-31");
  sks_date_add_months_clamped (&d, -1);
  g_assert_cmpint (g_date_get_day (&d), ==, 28);
  g_assert_cmpint (g_date_get_month (&d), ==, G_DATE_FEBRUARY);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/age/parse", test_parse);
  g_test_add_func ("/age/full-years-and-months", test_age);
  g_test_add_func ("/age/before-birth", test_before_birth);
  g_test_add_func ("/age/add-months", test_add_months);

  return g_test_run ();
}
