/* sks-calendar.h — working days (工作日) with China's public holidays and
 * make-up working days (调休上班), as data
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SKS_CALENDAR_ERROR (sks_calendar_error_quark ())

typedef enum {
  SKS_CALENDAR_ERROR_INVALID,      /* the calendar file is malformed */
  SKS_CALENDAR_ERROR_NOT_COVERED,  /* a count reaches a year the data lacks */
} SksCalendarError;

/* How the first day of a period counts. */
typedef enum {
  SKS_DAY_COUNT_INCLUSIVE, /* the day of posting is day 1 when it is a working day */
  SKS_DAY_COUNT_NEXT_DAY,  /* 民法典 第201条: counting starts on the next day */
} SksDayCount;

#define SKS_TYPE_CALENDAR (sks_calendar_get_type ())

G_DECLARE_FINAL_TYPE (SksCalendar, sks_calendar, SKS, CALENDAR, GObject)

GQuark       sks_calendar_error_quark       (void);

SksCalendar *sks_calendar_get_default       (void);
SksCalendar *sks_calendar_new_from_bytes    (GBytes       *bytes,
                                             const char   *name,
                                             GError      **error);

int          sks_calendar_get_first_year    (SksCalendar  *self);
int          sks_calendar_get_last_year     (SksCalendar  *self);
gboolean     sks_calendar_covers_year       (SksCalendar  *self,
                                             int           year);
gboolean     sks_calendar_is_working_day    (SksCalendar  *self,
                                             const GDate  *date);
const char  *sks_calendar_get_day_name      (SksCalendar  *self,
                                             const GDate  *date);

gboolean     sks_calendar_next_working_day  (SksCalendar  *self,
                                             const GDate  *date,
                                             GDate        *result,
                                             GError      **error);
gboolean     sks_calendar_add_working_days  (SksCalendar  *self,
                                             const GDate  *start,
                                             guint         n_days,
                                             SksDayCount   count,
                                             GDate        *first,
                                             GDate        *last,
                                             GError      **error);
gboolean     sks_calendar_count_working_days (SksCalendar *self,
                                             const GDate  *from,
                                             const GDate  *to,
                                             guint        *n_days,
                                             GError      **error);

G_END_DECLS
