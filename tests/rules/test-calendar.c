/* test-calendar.c — working days with China's holidays and make-up
 * working days, and the public-notice period
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-age.h"
#include "sks-calendar.h"
#include "sks-i18n.h"
#include "sks-policy.h"

static GDate
date (const char *text)
{
  GDate d;

  g_assert_true (sks_date_parse_iso (text, &d));
  return d;
}

static gboolean
working (const char *text)
{
  GDate d = date (text);
  return sks_calendar_is_working_day (sks_calendar_get_default (), &d);
}

static void
test_coverage (void)
{
  SksCalendar *calendar = sks_calendar_get_default ();

  g_assert_cmpint (sks_calendar_get_first_year (calendar), ==, 2023);
  g_assert_cmpint (sks_calendar_get_last_year (calendar), ==, 2026);
  for (int year = 2023; year <= 2026; year++)
    g_assert_true (sks_calendar_covers_year (calendar, year));
  g_assert_false (sks_calendar_covers_year (calendar, 2022));
  g_assert_false (sks_calendar_covers_year (calendar, 2027));
}

/* 国办发明电〔2024〕12号 for 2025 (domain-facts §2) */
static void
test_2025 (void)
{
  static const char *const off[] = {
    "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03",
    "2025-02-04", "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02",
    "2025-10-01", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08",
    /* ordinary weekends */
    "2025-03-15", "2025-03-16", "2025-02-09",
  };
  static const char *const work[] = {
    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",   /* 调休上班 */
    "2025-01-02", "2025-01-27", "2025-02-05", "2025-03-17", "2025-04-03", "2025-04-07",
    "2025-05-06", "2025-05-30", "2025-06-03", "2025-09-30", "2025-10-09",
  };

  for (guint i = 0; i < G_N_ELEMENTS (off); i++)
    {
      g_test_message ("%s is a day off", off[i]);
      g_assert_false (working (off[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (work); i++)
    {
      g_test_message ("%s is a working day", work[i]);
      g_assert_true (working (work[i]));
    }
}

/* 国办发明电〔2025〕7号 for 2026 (domain-facts §2) */
static void
test_2026 (void)
{
  static const char *const off[] = {
    "2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-20",
    "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19",
    "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-07",
  };
  static const char *const work[] = {
    "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    "2026-01-05", "2026-02-13", "2026-02-24", "2026-04-07", "2026-05-06", "2026-06-22",
    "2026-09-28", "2026-10-08",
  };

  for (guint i = 0; i < G_N_ELEMENTS (off); i++)
    {
      g_test_message ("%s is a day off", off[i]);
      g_assert_false (working (off[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (work); i++)
    {
      g_test_message ("%s is a working day", work[i]);
      g_assert_true (working (work[i]));
    }
}

static void
test_day_names (void)
{
  SksCalendar *calendar = sks_calendar_get_default ();
  GDate d = date ("2026-02-14");

  g_assert_cmpstr (sks_calendar_get_day_name (calendar, &d), ==, "春节");
  d = date ("2022-12-31");  /* listed in the 2023 notice */
  g_assert_cmpstr (sks_calendar_get_day_name (calendar, &d), ==, "元旦");
  g_assert_false (sks_calendar_is_working_day (calendar, &d));
  d = date ("2025-03-17");
  g_assert_null (sks_calendar_get_day_name (calendar, &d));
}

/* Working days per year; 2024's 251 and 2025's 248 are the published totals. */
static void
test_year_totals (void)
{
  static const struct {
    int   year;
    guint days;
  } totals[] = { { 2023, 249 }, { 2024, 251 }, { 2025, 248 }, { 2026, 248 } };

  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate from, to;
      guint n = 0;

      g_date_clear (&from, 1);
      g_date_clear (&to, 1);
      g_date_set_dmy (&from, 1, 1, totals[i].year);
      g_date_set_dmy (&to, 31, 12, totals[i].year);
      g_assert_true (sks_calendar_count_working_days (sks_calendar_get_default (), &from, &to, &n,
                                                      &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, totals[i].days);
    }
}

static void
assert_period (const char  *posted,
               SksDayCount  count,
               const char  *first,
               const char  *last)
{
  g_autoptr(GError) error = NULL;
  GDate start = date (posted), d1, d5;
  g_autofree char *first_text = NULL, *last_text = NULL;
  guint n = 0;

  g_assert_true (sks_calendar_add_working_days (sks_calendar_get_default (), &start, 5, count,
                                                &d1, &d5, &error));
  g_assert_no_error (error);
  first_text = sks_date_format_iso (&d1);
  last_text = sks_date_format_iso (&d5);
  g_assert_cmpstr (first_text, ==, first);
  g_assert_cmpstr (last_text, ==, last);
  g_assert_true (sks_calendar_count_working_days (sks_calendar_get_default (), &d1, &d5, &n,
                                                  &error));
  g_assert_cmpuint (n, ==, 5);
}

/* domain-facts §10.2: the two worked examples, both ways of counting. */
static void
test_public_notice (void)
{
  assert_period ("2025-04-28", SKS_DAY_COUNT_INCLUSIVE, "2025-04-28", "2025-05-07");
  assert_period ("2025-04-28", SKS_DAY_COUNT_NEXT_DAY, "2025-04-29", "2025-05-08");
  assert_period ("2025-09-26", SKS_DAY_COUNT_INCLUSIVE, "2025-09-26", "2025-10-09");
  assert_period ("2025-09-26", SKS_DAY_COUNT_NEXT_DAY, "2025-09-28", "2025-10-10");
  /* posted on a holiday: day 1 is the next working day */
  assert_period ("2025-10-01", SKS_DAY_COUNT_INCLUSIVE, "2025-10-09", "2025-10-14");
  /* the 2026 Spring Festival with its two Saturday working days */
  assert_period ("2026-02-12", SKS_DAY_COUNT_INCLUSIVE, "2026-02-12", "2026-02-25");
}

/* The profiles count as they say: Huzhou five working days, inclusive. */
static void
test_policy_period (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_new_from_resource ("huzhou-2025", &error);
  GDate posted = date ("2025-04-28"), first, last;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sks_policy_get_public_notice_days (policy), ==, 5);
  g_assert_true (sks_policy_get_public_notice_stated (policy));
  g_assert_true (sks_policy_get_public_notice_period (policy, NULL, &posted, &first, &last,
                                                      &error));
  text = sks_date_format_iso (&last);
  g_assert_cmpstr (text, ==, "2025-05-07");
}

/* Counting into a year without data is an error that names the year. */
static void
test_not_covered (void)
{
  g_autoptr(GError) error = NULL;
  GDate start = date ("2026-12-28"), last;

  g_assert_false (sks_calendar_add_working_days (sks_calendar_get_default (), &start, 5,
                                                 SKS_DAY_COUNT_INCLUSIVE, NULL, &last, &error));
  g_assert_error (error, SKS_CALENDAR_ERROR, SKS_CALENDAR_ERROR_NOT_COVERED);
  g_assert_nonnull (strstr (error->message, "2027"));
  g_assert_nonnull (strstr (error->message, "cn-holidays.json"));
  g_clear_error (&error);

  /* four working days are still inside 2026 */
  g_assert_true (sks_calendar_add_working_days (sks_calendar_get_default (), &start, 4,
                                                SKS_DAY_COUNT_INCLUSIVE, NULL, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_day (&last), ==, 31);
}

/* 2027 is a data update: a calendar with one more year covers it. */
static void
test_added_year (void)
{
  static const char data[] =
    "{ \"format\": \"skill-studio-calendar\", \"version\": 1, \"years\": ["
    "  { \"year\": 2027, \"holidays\": ["
    "    { \"name\": \"元旦\", \"off\": { \"from\": \"2027-01-01\", \"to\": \"2027-01-03\" },"
    "      \"work\": [] } ] } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, strlen (data));
  g_autoptr(GError) error = NULL;
  g_autoptr(SksCalendar) calendar = sks_calendar_new_from_bytes (bytes, "2027.json", &error);
  GDate d = date ("2027-01-01");

  g_assert_no_error (error);
  g_assert_true (sks_calendar_covers_year (calendar, 2027));
  g_assert_false (sks_calendar_is_working_day (calendar, &d));
}

static void
test_malformed (void)
{
  static const struct {
    const char *data;
    const char *place;
  } cases[] = {
    { "{ \"format\": \"skill-studio-calendar\", \"version\": 1, \"years\": [ { \"year\": 2027,"
      " \"holidays\": [ { \"name\": \"元旦\", \"off\": { \"from\": \"2027-02-30\","
      " \"to\": \"2027-01-03\" } } ] } ] }", "years[0].holidays[0].off.from" },
    { "{ \"format\": \"skill-studio-calendar\", \"version\": 1, \"years\": [ { \"year\": 2027,"
      " \"holidays\": [ { \"name\": \"元旦\", \"off\": { \"from\": \"2027-01-01\","
      " \"to\": \"2027-01-03\" }, \"work\": [\"2027-01-02\"] } ] } ] }",
      "years[0].holidays[0].work[0]" },
    { "{ \"format\": \"skill-studio-calendar\", \"version\": 1,"
      " \"years\": [ { \"yaer\": 2027 } ] }",
      "years[0].yaer" },
    { "{ \"format\": \"skill-studio-calendar\", \"version\": 2, \"years\": [] }", "version" },
    { "{ \"format\": \"skill-studio-calendar\", \"version\": 1, \"years\": [", "line 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, strlen (cases[i].data));
      g_autoptr(GError) error = NULL;
      g_autoptr(SksCalendar) calendar = sks_calendar_new_from_bytes (bytes, "bad.json", &error);

      g_assert_null (calendar);
      g_assert_error (error, SKS_CALENDAR_ERROR, SKS_CALENDAR_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "bad.json: "));
      g_assert_nonnull (strstr (error->message, cases[i].place));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/coverage", test_coverage);
  g_test_add_func ("/calendar/2025", test_2025);
  g_test_add_func ("/calendar/2026", test_2026);
  g_test_add_func ("/calendar/day-names", test_day_names);
  g_test_add_func ("/calendar/year-totals", test_year_totals);
  g_test_add_func ("/calendar/public-notice", test_public_notice);
  g_test_add_func ("/calendar/policy-period", test_policy_period);
  g_test_add_func ("/calendar/not-covered", test_not_covered);
  g_test_add_func ("/calendar/added-year", test_added_year);
  g_test_add_func ("/calendar/malformed", test_malformed);

  return g_test_run ();
}
