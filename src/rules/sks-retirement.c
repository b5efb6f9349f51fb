/* sks-retirement.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <string.h>

#include "sks-retirement.h"

/*
 * 《国务院关于渐进式延迟法定退休年龄的办法》 第一条 (in force 2025-01-01):
 * men (originally 60) and women originally at 55 retire one month later for
 * every four months of birth, up to 63 and 58; women originally at 50 one
 * month later for every two months, up to 55. The first cohort affected is
 * the one whose original retirement fell in January 2025.
 *
 * With k = months from January of the first affected birth year to the birth
 * month, delay = min (k / step + 1, cap), and 0 before that year. This is the
 * algorithm of domain-facts §1.2; tests/rules/test-retirement.c checks every
 * worked example of §1.3.
 */

typedef struct {
  int original_age;
  int start_year;   /* births from January of this year are delayed */
  int step;         /* months of birth per month of delay */
  int cap;          /* the longest delay in months */
} Schedule;

static const Schedule schedules[] = {
  [SKS_RETIREMENT_MALE_60]   = { 60, 1965, 4, 36 },
  [SKS_RETIREMENT_FEMALE_55] = { 55, 1970, 4, 36 },
  [SKS_RETIREMENT_FEMALE_50] = { 50, 1975, 2, 60 },
};

/**
 * sks_retirement_compute:
 * @category: the retirement category; not %SKS_RETIREMENT_UNSET
 * @birth_month: 1 to 12
 * @result: (out caller-allocates)
 *
 * Returns: %FALSE when the category is unset or the month is out of range
 */
gboolean
sks_retirement_compute (SksRetirementCategory  category,
                        int                    birth_year,
                        int                    birth_month,
                        SksRetirement         *result)
{
  const Schedule *s;
  int k, index;

  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  if (category <= SKS_RETIREMENT_UNSET || category > SKS_RETIREMENT_FEMALE_50 ||
      birth_month < 1 || birth_month > 12 || birth_year < 1)
    return FALSE;

  s = &schedules[category];
  k = (birth_year - s->start_year) * 12 + (birth_month - 1);
  result->original_age = s->original_age;
  result->delay_months = k < 0 ? 0 : MIN (k / s->step + 1, s->cap);
  result->age_months = s->original_age * 12 + result->delay_months;

  index = birth_year * 12 + (birth_month - 1) + result->age_months;
  result->year = index / 12;
  result->month = index % 12 + 1;
  return TRUE;
}

/**
 * sks_retirement_get_date:
 * @birth: the full date of birth
 * @date: (out caller-allocates): the day of retirement
 *
 * The official tables give only the month; the day is the birthday in that
 * month, or the month's last day when it has no such day (民法典 第202条 by
 * analogy; domain-facts §1.2).
 *
 * Returns: %FALSE when the category is unset
 */
gboolean
sks_retirement_get_date (SksRetirementCategory  category,
                         const GDate           *birth,
                         GDate                 *date)
{
  SksRetirement r;
  int last;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (!sks_retirement_compute (category, g_date_get_year (birth), g_date_get_month (birth), &r))
    return FALSE;

  last = g_date_get_days_in_month (r.month, r.year);
  g_date_set_dmy (date, MIN ((int) g_date_get_day (birth), last), r.month, r.year);
  return TRUE;
}
