/* sks-publication-text.c — the words the 公示 dialogs use for days and
 * periods
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sks-closures.h"
#include "sks-publication-text.h"

/**
 * sks_publication_text_parse_day:
 * @text: a day as typed, 2025-09-26
 * @field: the field's label, for the message
 *
 * Returns: whether @text is a valid day; @error names @field otherwise
 */
gboolean
sks_publication_text_parse_day (const char  *text,
                                const char  *field,
                                GDate       *date,
                                GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint y, m, d;
  char rest;

  g_date_clear (date, 1);
  if (sscanf (stripped, "%4u-%2u-%2u%c", &y, &m, &d, &rest) == 3 && y >= 1900 &&
      g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
      return TRUE;
    }
  /* Translators: a date field's label, then what was typed */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%s: “%s” is not a date; type it as 2025-09-26"), field, stripped);
  return FALSE;
}

/* Returns: (transfer full): @date as 2025-09-26 */
char *
sks_publication_text_format_day (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static void
append_listed (GString    *list,
               const char *item)
{
  if (list->len > 0)
    g_string_append (list, _(", "));
  g_string_append (list, item);
}

/**
 * sks_publication_text_dup_crossings:
 *
 * The public holidays (放假) and make-up working days (调休上班) between
 * @first and @last, e.g. “including the 国庆节、中秋节 holiday; 28 September
 * 2025 a make-up working day”.
 *
 * Returns: (transfer full) (nullable): %NULL when the period crosses none
 */
char *
sks_publication_text_dup_crossings (SksCalendar *calendar,
                                    const GDate *first,
                                    const GDate *last)
{
  g_autoptr(GString) holidays = g_string_new (NULL);
  g_autoptr(GString) worked = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GDate day = *first;

  for (; g_date_compare (&day, last) <= 0; g_date_add_days (&day, 1))
    {
      const char *name = sks_calendar_get_day_name (calendar, &day);
      gboolean working = sks_calendar_is_working_day (calendar, &day);

      if (name != NULL && !working && g_hash_table_add (seen, (gpointer) name))
        append_listed (holidays, name);
      else if (working && is_weekend (&day))
        {
          g_autofree char *text = sks_closure_date_text (NULL, &day);

          append_listed (worked, text);
        }
    }
  if (holidays->len > 0 && worked->len > 0)
    /* Translators: the holidays a 公示 crosses, then its make-up working days */
    return g_strdup_printf (_("including the %s holiday; %s worked (调休上班)"), holidays->str,
                            worked->str);
  if (holidays->len > 0)
    return g_strdup_printf (_("including the %s holiday"), holidays->str);
  if (worked->len > 0)
    return g_strdup_printf (_("%s worked (调休上班)"), worked->str);
  return NULL;
}

/**
 * sks_publication_text_dup_period:
 * @calendar: (nullable): the default calendar when %NULL
 *
 * Returns: (transfer full): “5 working days, from 2025-09-26 to 2025-10-09
 *   (including …)”
 */
char *
sks_publication_text_dup_period (SksPublication *publication,
                                 SksCalendar    *calendar)
{
  const GDate *first = sks_publication_get_first_day (publication);
  const GDate *last = sks_publication_get_last_day (publication);
  guint n_days = sks_publication_get_working_days (publication);
  g_autofree char *first_text = sks_publication_text_format_day (first);
  g_autofree char *last_text = sks_publication_text_format_day (last);
  g_autofree char *period = NULL;
  g_autofree char *crossings = NULL;

  if (calendar == NULL)
    calendar = sks_calendar_get_default ();
  /* Translators: a 公示's working days, first day and last day */
  period = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day, from %s to %s",
                                         "%u working days, from %s to %s", n_days),
                            n_days, first_text, last_text);
  crossings = sks_publication_text_dup_crossings (calendar, first, last);
  if (crossings == NULL)
    return g_steal_pointer (&period);
  /* Translators: the period, then the holidays it crosses */
  return g_strdup_printf (_("%s (%s)"), period, crossings);
}

/**
 * sks_publication_text_dup_progress:
 * @today: the day to say it of
 *
 * Returns: (transfer full): whether the 公示 is to come, running (with its
 *   working days left) or over
 */
char *
sks_publication_text_dup_progress (SksPublication *publication,
                                   SksCalendar    *calendar,
                                   const GDate    *today)
{
  const GDate *first = sks_publication_get_first_day (publication);
  const GDate *last = sks_publication_get_last_day (publication);
  g_autofree char *first_text = sks_publication_text_format_day (first);
  g_autofree char *last_text = sks_publication_text_format_day (last);
  guint n_left = 0;

  if (calendar == NULL)
    calendar = sks_calendar_get_default ();
  if (g_date_compare (today, first) < 0)
    return g_strdup_printf (_("Starts on %s"), first_text);
  if (g_date_compare (today, last) > 0)
    return g_strdup_printf (_("Ended on %s"), last_text);
  if (!sks_calendar_count_working_days (calendar, today, last, &n_left, NULL))
    return g_strdup_printf (_("Running until %s"), last_text);
  /* Translators: working days left in a running 公示, today included, and its last day */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Running: %u working day left, until %s",
                                       "Running: %u working days left, until %s", n_left),
                          n_left, last_text);
}

/* Today by the local clock. */
void
sks_publication_text_get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_time_t (today, time (NULL));
}
