/* test-retirement.c — the statutory retirement age after the 2025 reform,
 * against every worked example of domain-facts §1.3
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-age.h"
#include "sks-i18n.h"
#include "sks-retirement.h"

#define M SKS_RETIREMENT_MALE_60
#define F55 SKS_RETIREMENT_FEMALE_55
#define F50 SKS_RETIREMENT_FEMALE_50

typedef struct {
  SksRetirementCategory category;
  int                   birth_year;
  int                   birth_month;
  int                   delay;
  int                   age_years;
  int                   age_months;
  int                   year;
  int                   month;
} Example;

/* domain-facts §1.3, row by row */
static const Example worked_examples[] = {
  { M, 1964, 12, 0, 60, 0, 2024, 12 },
  { M, 1965, 1, 1, 60, 1, 2025, 2 },
  { M, 1965, 4, 1, 60, 1, 2025, 5 },
  { M, 1965, 5, 2, 60, 2, 2025, 7 },
  { M, 1965, 12, 3, 60, 3, 2026, 3 },
  { M, 1966, 1, 4, 60, 4, 2026, 5 },
  { M, 1970, 6, 17, 61, 5, 2031, 11 },
  { M, 1975, 6, 32, 62, 8, 2038, 2 },
  { M, 1976, 8, 35, 62, 11, 2039, 7 },
  { M, 1976, 12, 36, 63, 0, 2039, 12 },
  { F55, 1970, 1, 1, 55, 1, 2025, 2 },
  { F55, 1970, 6, 2, 55, 2, 2025, 8 },
  { F55, 1970, 9, 3, 55, 3, 2025, 12 },
  { F55, 1971, 4, 4, 55, 4, 2026, 8 },
  { F55, 1971, 6, 5, 55, 5, 2026, 11 },
  { F55, 1975, 6, 17, 56, 5, 2031, 11 },
  { F55, 1981, 9, 36, 58, 0, 2039, 9 },
  { F50, 1975, 1, 1, 50, 1, 2025, 2 },
  { F50, 1975, 6, 3, 50, 3, 2025, 9 },
  { F50, 1976, 6, 9, 50, 9, 2027, 3 },
  { F50, 1977, 1, 13, 51, 1, 2028, 2 },
  { F50, 1980, 6, 33, 52, 9, 2033, 3 },
  { F50, 1984, 10, 59, 54, 11, 2039, 9 },
  { F50, 1984, 11, 60, 55, 0, 2039, 11 },
};

/* The shared Rust-Professional test cases named in §1.3, and the caps. */
static const Example other_cases[] = {
  { M, 1963, 12, 0, 60, 0, 2023, 12 },
  { M, 1963, 4, 0, 60, 0, 2023, 4 },
  { M, 1964, 2, 0, 60, 0, 2024, 2 },
  { M, 1966, 2, 4, 60, 4, 2026, 6 },
  { M, 1966, 4, 4, 60, 4, 2026, 8 },
  { M, 1995, 12, 36, 63, 0, 2058, 12 },
  { F50, 1995, 12, 60, 55, 0, 2050, 12 },
  { M, 2000, 12, 36, 63, 0, 2063, 12 },
  { F55, 2000, 12, 36, 58, 0, 2058, 12 },
  { M, 1976, 9, 36, 63, 0, 2039, 9 },      /* first birth month at the cap */
  { F55, 1969, 12, 0, 55, 0, 2024, 12 },
  { F50, 1974, 12, 0, 50, 0, 2024, 12 },
};

static void
check_examples (const Example *examples,
                guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      const Example *e = &examples[i];
      SksRetirement r;

      g_test_message ("category %d, born %d-%02d", e->category, e->birth_year, e->birth_month);
      g_assert_true (sks_retirement_compute (e->category, e->birth_year, e->birth_month, &r));
      g_assert_cmpint (r.delay_months, ==, e->delay);
      g_assert_cmpint (r.age_months / 12, ==, e->age_years);
      g_assert_cmpint (r.age_months % 12, ==, e->age_months);
      g_assert_cmpint (r.year, ==, e->year);
      g_assert_cmpint (r.month, ==, e->month);
    }
}

static void
test_worked_examples (void)
{
  check_examples (worked_examples, G_N_ELEMENTS (worked_examples));
}

static void
test_other_cases (void)
{
  check_examples (other_cases, G_N_ELEMENTS (other_cases));
}

/* The step and the cap, month by month, for each category. */
static void
test_monotonic (void)
{
  static const SksRetirementCategory categories[] = { M, F55, F50 };
  static const int caps[] = { 36, 36, 60 };

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      int previous = -1;

      for (int index = 1960 * 12; index < 1990 * 12; index++)
        {
          SksRetirement r;

          g_assert_true (sks_retirement_compute (categories[c], index / 12, index % 12 + 1, &r));
          g_assert_cmpint (r.delay_months, >=, 0);
          g_assert_cmpint (r.delay_months, <=, caps[c]);
          if (previous >= 0)
            g_assert_cmpint (r.delay_months - previous, <=, 1);
          previous = r.delay_months;
          /* Retirement never comes earlier for a later birth. */
          g_assert_cmpint (r.year * 12 + r.month, >=, (index / 12 + r.original_age) * 12);
        }
      g_assert_cmpint (previous, ==, caps[c]);
    }
}

/* The day: the birthday in the retirement month, or the month's last day. */
static void
test_day (void)
{
  static const struct {
    SksRetirementCategory category;
    const char           *birth;
    const char           *retirement;
  } cases[] = {
    { M, "1970-06-15", "2031-11-15" },   /* domain-facts §1.4 */
    { M, "1965-01-31", "2025-02-28" },
    { M, "1976-08-31", "2039-07-31" },
    { F50, "1976-06-30", "2027-03-30" },
    { F55, "1970-01-01", "2025-02-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate birth, retirement;
      g_autofree char *text = NULL;

      g_assert_true (sks_date_parse_iso (cases[i].birth, &birth));
      g_assert_true (sks_retirement_get_date (cases[i].category, &birth, &retirement));
      text = sks_date_format_iso (&retirement);
      g_assert_cmpstr (text, ==, cases[i].retirement);
    }
}

static void
test_unset (void)
{
  SksRetirement r;
  GDate birth, retirement;

  g_assert_false (sks_retirement_compute (SKS_RETIREMENT_UNSET, 1970, 6, &r));
  g_assert_false (sks_retirement_compute (M, 1970, 13, &r));
  g_assert_false (sks_retirement_compute (M, 1970, 0, &r));
  g_assert_true (sks_date_parse_iso ("1970-06-15", &birth));
  g_assert_false (sks_retirement_get_date (SKS_RETIREMENT_UNSET, &birth, &retirement));
  g_assert_false (g_date_valid (&retirement));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/retirement/worked-examples", test_worked_examples);
  g_test_add_func ("/retirement/other-cases", test_other_cases);
  g_test_add_func ("/retirement/monotonic", test_monotonic);
  g_test_add_func ("/retirement/day", test_day);
  g_test_add_func ("/retirement/unset", test_unset);

  return g_test_run ();
}
