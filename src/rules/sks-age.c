/* sks-age.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include "sks-age.h"

/*
 * A person's age grows on the birthday. A period counted in months ends on
 * the same day of the last month, or on that month's last day when it has
 * no such day (民法典 第202条): someone born on 29 February completes a year
 * on 28 February of a common year.
 */

/**
 * sks_date_parse_iso:
 * @text: (nullable): "YYYY-MM-DD"
 * @date: (out caller-allocates): the date
 *
 * Returns: whether @text is exactly a real date in that form
 */
gboolean
sks_date_parse_iso (const char *text,
                    GDate      *date)
{
  int year = 0, month = 0, day = 0;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (text[i] == '\0' || (dash ? text[i] != '-' : !g_ascii_isdigit (text[i])))
        return FALSE;
    }
  if (text[10] != '\0')
    return FALSE;

  for (int i = 0; i < 4; i++)
    year = year * 10 + (text[i] - '0');
  month = (text[5] - '0') * 10 + (text[6] - '0');
  day = (text[8] - '0') * 10 + (text[9] - '0');
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Returns: (transfer full): "YYYY-MM-DD" */
char *
sks_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Moves @date by @months, onto the month's last day when the day is missing
 * there (GLib's g_date_add_months() does the same). */
void
sks_date_add_months_clamped (GDate *date,
                             int    months)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (months >= 0)
    g_date_add_months (date, months);
  else
    g_date_subtract_months (date, -months);
}

/* Whole months from @from to @to: the months completed on @to, counting
 * each month's end as above. Negative when @to is before @from. */
int
sks_months_between (const GDate *from,
                    const GDate *to)
{
  int months;
  int day, last;

  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  if (g_date_compare (to, from) < 0)
    return -sks_months_between (to, from);

  months = (g_date_get_year (to) - g_date_get_year (from)) * 12 +
           ((int) g_date_get_month (to) - (int) g_date_get_month (from));
  /* The day on which the last month completes in @to's month */
  last = g_date_get_days_in_month (g_date_get_month (to), g_date_get_year (to));
  day = MIN ((int) g_date_get_day (from), last);
  if ((int) g_date_get_day (to) < day)
    months--;
  return months;
}

/**
 * sks_age_on:
 * @birth: date of birth
 * @on: the day the age is taken on
 * @years: (out) (optional): full years (周岁)
 * @months: (out) (optional): full months beyond the years
 *
 * Returns: %FALSE when @on is before @birth (then both are 0)
 */
gboolean
sks_age_on (const GDate *birth,
            const GDate *on,
            int         *years,
            int         *months)
{
  int total;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), FALSE);
  g_return_val_if_fail (on != NULL && g_date_valid (on), FALSE);

  total = g_date_compare (on, birth) < 0 ? -1 : sks_months_between (birth, on);
  if (years)
    *years = total < 0 ? 0 : total / 12;
  if (months)
    *months = total < 0 ? 0 : total % 12;
  return total >= 0;
}

/* Full years on @on; 0 before the birth. */
int
sks_age_years_on (const GDate *birth,
                  const GDate *on)
{
  int years = 0;

  sks_age_on (birth, on, &years, NULL);
  return years;
}
