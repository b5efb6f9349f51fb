/* sks-publication-plan.c — a 公示's period, and recognition with the
 * profile's validity
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The period: the profile's public_notice says how many working days
 * (Huzhou 湖人社发〔2025〕1号 四、1: 不少于5个工作日, stated; Hangzhou's notice
 * asks for a 公示 without a length, and its profile sets the usual 5 as the
 * bureau's setting, "stated": false) and how the first day counts
 * (inclusive: the day of posting is day 1 when it is a working day;
 * next-day: 民法典 第201条). The holiday calendar (data/calendar) gives the
 * working days, make-up working days (调休上班) included. The loader
 * requires a length in every profile; both lengths are minimums, so a
 * bureau may give a later last day, never an earlier one.
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-publication-plan.h"
#include "sks-recommender.h"

static void
format_day (const GDate *date,
            char         out[16])
{
  g_date_strftime (out, 16, "%Y-%m-%d", date);
}

/**
 * sks_publication_plan:
 * @publication: a new 公示
 * @policy: the round's profile
 * @calendar: (nullable): the holidays; the default calendar when %NULL
 * @start: the day of posting
 * @last_day: (nullable): a later last day the bureau chose; %NULL for the
 *   profile's length
 *
 * Sets @publication's period: its first working day from @start, its last
 * day after the profile's number of working days (or @last_day, which must
 * not be before that), the working days it holds and the counting.
 * %SKS_CALENDAR_ERROR_NOT_COVERED when the calendar lacks the year;
 * %SKS_POLICY_ERROR_VALUE when @last_day is too early.
 */
gboolean
sks_publication_plan (SksPublication  *publication,
                      SksPolicy       *policy,
                      SksCalendar     *calendar,
                      const GDate     *start,
                      const GDate     *last_day,
                      GError         **error)
{
  SksDayCount count;
  guint n_days;
  GDate first, last;

  g_return_val_if_fail (SKS_IS_PUBLICATION (publication), FALSE);
  g_return_val_if_fail (SKS_IS_POLICY (policy), FALSE);
  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);

  if (calendar == NULL)
    calendar = sks_calendar_get_default ();
  count = sks_policy_get_public_notice_counting (policy);
  n_days = sks_policy_get_public_notice_days (policy);
  if (!sks_policy_get_public_notice_period (policy, calendar, start, &first, &last, error))
    return FALSE;
  if (last_day != NULL && g_date_compare (last_day, &last) < 0)
    {
      char asked[16], minimum[16];

      format_day (last_day, asked);
      format_day (&last, minimum);
      g_set_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_VALUE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Last day: %s is too early; the profile asks for at least %u "
                                "working day, which ends on %s",
                                "Last day: %s is too early; the profile asks for at least %u "
                                "working days, which end on %s", n_days),
                   asked, n_days, minimum);
      return FALSE;
    }
  if (last_day != NULL)
    {
      last = *last_day;
      if (!sks_calendar_count_working_days (calendar, &first, &last, &n_days, error))
        return FALSE;
    }
  sks_publication_set_period (publication, &first, &last, n_days,
                              count == SKS_DAY_COUNT_NEXT_DAY);
  return TRUE;
}

static SksPolicy *
round_policy (SksRound  *round,
              GError   **error)
{
  return sks_policy_lookup (sks_round_get_policy_id (round), error);
}

/**
 * sks_publication_start_for_round:
 * @store: the document; its user is who starts the 公示
 * @round: the round
 * @level: the city's 公示 or a district's
 * @unit: (nullable): the recommending unit of a district's 公示
 * @start: the day of posting
 * @last_day: (nullable): see sks_publication_plan()
 *
 * Plans the period from the round's profile and starts the 公示
 * (sks_store_start_publication()), titled after the round.
 *
 * Returns: (transfer full): the started 公示; %NULL with the reason
 */
SksPublication *
sks_publication_start_for_round (SksStore            *store,
                                 SksRound            *round,
                                 SksPublicationLevel  level,
                                 const char          *unit,
                                 const GDate         *start,
                                 const GDate         *last_day,
                                 GError             **error)
{
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksRecommender) recommender = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_ROUND (round), NULL);

  if (level == SKS_PUBLICATION_LEVEL_DISTRICT && (unit == NULL || *unit == '\0'))
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("Recommending unit: a district’s public notice needs one"));
      return NULL;
    }
  if ((policy = round_policy (round, error)) == NULL)
    return NULL;
  publication = sks_publication_new (sks_round_get_id (round), level);
  if (level == SKS_PUBLICATION_LEVEL_DISTRICT)
    {
      recommender = sks_store_find_recommender (store, sks_round_get_id (round), unit, error);
      if (recommender == NULL)
        return NULL;
      sks_publication_set_recommender_id (publication, sks_recommender_get_id (recommender));
      sks_publication_set_recommender_name (publication, unit);
    }
  /* Translators: the title of a 公示: the round's title */
  title = g_strdup_printf (_("Public notice: %s"), sks_round_get_title (round));
  sks_publication_set_title (publication, title);
  if (!sks_publication_plan (publication, policy, NULL, start, last_day, error) ||
      !sks_store_start_publication (store, publication, error))
    return NULL;
  return g_steal_pointer (&publication);
}

/**
 * sks_publication_recognise_round:
 * @summary: (out caller-allocates) (optional)
 *
 * Recognises the round's studios on @date (sks_store_recognise()) with the
 * validity of the round's profile (sks_policy_get_validity_years()).
 */
gboolean
sks_publication_recognise_round (SksStore              *store,
                                 SksRound              *round,
                                 const GDate           *date,
                                 SksRecognitionSummary *summary,
                                 GError               **error)
{
  g_autoptr(SksPolicy) policy = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (SKS_IS_ROUND (round), FALSE);

  if ((policy = round_policy (round, error)) == NULL)
    return FALSE;
  return sks_store_recognise (store, sks_round_get_id (round), date,
                              sks_policy_get_validity_years (policy), summary, error);
}
