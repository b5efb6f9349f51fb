/* sks-calendar.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-age.h"
#include "sks-calendar.h"
#include "sks-json-reader-private.h"

/*
 * The State Council publishes each year's holidays and make-up working days
 * (调休上班) in a notice; data/calendar/cn-holidays.json holds them per year
 * (domain-facts §2). A day is a working day if it is listed as a make-up
 * working day, or if it is Monday to Friday and not listed as a day off.
 * Counting into a year the data lacks is an error rather than a guess, so
 * that a missing 2027 shows up as "add the data", not as a wrong date.
 */

#define CALENDAR_RESOURCE "/org/example/SkillStudio/calendar/cn-holidays.json"
#define CALENDAR_FORMAT "skill-studio-calendar"
#define CALENDAR_VERSION 1
/* The longest run of non-working days a count will cross (Spring Festival
 * with weekends is 9; anything far longer means missing data). */
#define MAX_DAYS_SCANNED 4000

typedef struct {
  gboolean    off;
  const char *name;   /* owned by names */
} DayEntry;

struct _SksCalendar
{
  GObject     parent_instance;

  char       *name;
  GHashTable *days;     /* julian day → DayEntry */
  GHashTable *years;    /* year → year (covered years) */
  GPtrArray  *names;
  DayEntry   *entries;  /* one block for all DayEntry values */
  int         first_year;
  int         last_year;
};

G_DEFINE_FINAL_TYPE (SksCalendar, sks_calendar, G_TYPE_OBJECT)

G_DEFINE_QUARK (sks-calendar-error-quark, sks_calendar_error)

static void
sks_calendar_finalize (GObject *object)
{
  SksCalendar *self = SKS_CALENDAR (object);

  g_free (self->name);
  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->years, g_hash_table_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_free (self->entries);
  G_OBJECT_CLASS (sks_calendar_parent_class)->finalize (object);
}

static void
sks_calendar_class_init (SksCalendarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_calendar_finalize;
}

static void
sks_calendar_init (SksCalendar *self)
{
  self->days = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->years = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->names = g_ptr_array_new_with_free_func (g_free);
}

typedef struct {
  SksJsonReader  r;
  SksCalendar   *calendar;
  GArray        *pending;   /* (julian, DayEntry) pairs, added at the end */
} Loader;

typedef struct {
  guint32  julian;
  DayEntry entry;
} PendingDay;

static gboolean
add_day (Loader      *l,
         const GDate *date,
         gboolean     off,
         const char  *name,
         const char  *place)
{
  PendingDay day = { g_date_get_julian (date), { off, name } };

  for (guint i = 0; i < l->pending->len; i++)
    if (g_array_index (l->pending, PendingDay, i).julian == day.julian)
      {
        g_autofree char *text = sks_date_format_iso (date);
        return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, place, _("%s is listed twice"),
                               text);
      }
  g_array_append_val (l->pending, day);
  return TRUE;
}

static gboolean
load_holiday (Loader     *l,
              JsonObject *holiday,
              const char *place)
{
  static const char * const keys[] = { "name", "off", "work", NULL };
  static const char * const range_keys[] = { "from", "to", NULL };
  g_autofree char *off_place = _sks_json_place (place, "off");
  const char *name_text = NULL;
  const char *name;
  JsonObject *off = NULL;
  JsonArray *work = NULL;
  GDate from, to;

  if (!_sks_json_check_keys (&l->r, holiday, place, keys) ||
      !_sks_json_get_string (&l->r, holiday, place, "name", SKS_JSON_REQUIRED, &name_text) ||
      !_sks_json_get_object (&l->r, holiday, place, "off", SKS_JSON_REQUIRED, &off) ||
      !_sks_json_check_keys (&l->r, off, off_place, range_keys) ||
      !_sks_json_get_date (&l->r, off, off_place, "from", SKS_JSON_REQUIRED, &from) ||
      !_sks_json_get_date (&l->r, off, off_place, "to", SKS_JSON_REQUIRED, &to) ||
      !_sks_json_get_array (&l->r, holiday, place, "work", SKS_JSON_OPTIONAL, &work))
    return FALSE;

  if (g_date_compare (&from, &to) > 0 || g_date_days_between (&from, &to) > 31)
    {
      g_autofree char *to_place = _sks_json_place (off_place, "to");
      return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, to_place,
                             _("the holiday must end on or after its first day, within a month"));
    }

  name = g_strdup (name_text);
  g_ptr_array_add (l->calendar->names, (char *) name);
  for (GDate d = from; g_date_compare (&d, &to) <= 0; g_date_add_days (&d, 1))
    if (!add_day (l, &d, TRUE, name, off_place))
      return FALSE;

  for (guint i = 0; work && i < json_array_get_length (work); i++)
    {
      g_autofree char *work_place = g_strdup_printf ("%s.work[%u]", place, i);
      GDate day;

      if (!_sks_json_node_date (&l->r, json_array_get_element (work, i), work_place, &day) ||
          !add_day (l, &day, FALSE, name, work_place))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_year (Loader     *l,
           JsonObject *year_object,
           const char *place)
{
  static const char * const keys[] = { "year", "paper", "holidays", NULL };
  gint64 year = 0;
  const char *paper = NULL;
  JsonArray *holidays = NULL;

  if (!_sks_json_check_keys (&l->r, year_object, place, keys) ||
      !_sks_json_get_int (&l->r, year_object, place, "year", SKS_JSON_REQUIRED, 1949, 9999,
                          &year) ||
      !_sks_json_get_string (&l->r, year_object, place, "paper", SKS_JSON_OPTIONAL, &paper) ||
      !_sks_json_get_array (&l->r, year_object, place, "holidays", SKS_JSON_REQUIRED, &holidays))
    return FALSE;

  if (g_hash_table_contains (l->calendar->years, GINT_TO_POINTER ((int) year)))
    {
      g_autofree char *year_place = _sks_json_place (place, "year");
      return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, year_place,
                             _("the year %d is listed twice"), (int) year);
    }
  g_hash_table_add (l->calendar->years, GINT_TO_POINTER ((int) year));
  l->calendar->first_year = l->calendar->first_year ? MIN (l->calendar->first_year, (int) year)
                                                    : (int) year;
  l->calendar->last_year = MAX (l->calendar->last_year, (int) year);

  for (guint i = 0; i < json_array_get_length (holidays); i++)
    {
      g_autofree char *holiday_place = g_strdup_printf ("%s.holidays[%u]", place, i);
      JsonObject *holiday = _sks_json_node_object (&l->r, json_array_get_element (holidays, i),
                                                   holiday_place);

      if (holiday == NULL || !load_holiday (l, holiday, holiday_place))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_root (Loader     *l,
           JsonObject *root)
{
  static const char * const keys[] = { "format", "version", "source", "rule", "years", NULL };
  const char *format = NULL;
  gint64 version = 0;
  JsonArray *years = NULL;

  if (!_sks_json_check_keys (&l->r, root, NULL, keys) ||
      !_sks_json_get_string (&l->r, root, NULL, "format", SKS_JSON_REQUIRED, &format))
    return FALSE;
  if (!g_str_equal (format, CALENDAR_FORMAT))
    return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, "format",
                           _("“%s” is not a Skill Studio holiday calendar"), format);
  if (!_sks_json_get_int (&l->r, root, NULL, "version", SKS_JSON_REQUIRED, 1, G_MAXINT,
                          &version))
    return FALSE;
  if (version != CALENDAR_VERSION)
    return _sks_json_fail (&l->r, SKS_JSON_PROBLEM_VALUE, "version",
                           _("version %d is not supported by this version of Skill Studio"),
                           (int) version);
  if (!_sks_json_get_array (&l->r, root, NULL, "years", SKS_JSON_REQUIRED, &years))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (years); i++)
    {
      g_autofree char *place = _sks_json_place_index ("years", i);
      JsonObject *year = _sks_json_node_object (&l->r, json_array_get_element (years, i), place);

      if (year == NULL || !load_year (l, year, place))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_calendar_new_from_bytes:
 * @bytes: the JSON text of a calendar file
 * @name: the file's name, for messages
 *
 * Returns: (transfer full) (nullable): the calendar, or %NULL with
 *   %SKS_CALENDAR_ERROR_INVALID naming the file, the place and the reason
 */
SksCalendar *
sks_calendar_new_from_bytes (GBytes      *bytes,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(SksCalendar) self = g_object_new (SKS_TYPE_CALENDAR, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (PendingDay));
  Loader l = {
    .r = { .file = name, .domain = SKS_CALENDAR_ERROR, .error = error },
    .calendar = self,
    .pending = pending,
  };
  JsonObject *root;

  g_return_val_if_fail (bytes != NULL && name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (int i = 0; i < SKS_JSON_N_PROBLEMS; i++)
    l.r.codes[i] = SKS_CALENDAR_ERROR_INVALID;

  root = _sks_json_reader_parse (&l.r, parser, bytes);
  if (root == NULL || !load_root (&l, root))
    return NULL;

  self->name = g_strdup (name);
  self->entries = g_new (DayEntry, MAX (pending->len, 1));
  for (guint i = 0; i < pending->len; i++)
    {
      PendingDay *day = &g_array_index (pending, PendingDay, i);

      self->entries[i] = day->entry;
      g_hash_table_insert (self->days, GUINT_TO_POINTER (day->julian), &self->entries[i]);
    }
  return g_steal_pointer (&self);
}

/**
 * sks_calendar_get_default:
 *
 * Returns: (transfer none): the calendar shipped in the resources
 */
SksCalendar *
sks_calendar_get_default (void)
{
  static SksCalendar *calendar;

  if (g_once_init_enter (&calendar))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (CALENDAR_RESOURCE, 0, &error);
      SksCalendar *loaded = NULL;

      if (bytes != NULL)
        loaded = sks_calendar_new_from_bytes (bytes, "cn-holidays.json", &error);
      if (loaded == NULL)
        g_error ("The bundled holiday calendar cannot be read: %s", error->message);
      g_once_init_leave (&calendar, loaded);
    }
  return calendar;
}

int
sks_calendar_get_first_year (SksCalendar *self)
{
  g_return_val_if_fail (SKS_IS_CALENDAR (self), 0);
  return self->first_year;
}

int
sks_calendar_get_last_year (SksCalendar *self)
{
  g_return_val_if_fail (SKS_IS_CALENDAR (self), 0);
  return self->last_year;
}

gboolean
sks_calendar_covers_year (SksCalendar *self,
                          int          year)
{
  g_return_val_if_fail (SKS_IS_CALENDAR (self), FALSE);
  return g_hash_table_contains (self->years, GINT_TO_POINTER (year));
}

static const DayEntry *
lookup_day (SksCalendar *self,
            const GDate *date)
{
  return g_hash_table_lookup (self->days, GUINT_TO_POINTER (g_date_get_julian (date)));
}

/* Answers for any date; outside the covered years only weekends are known,
 * which is why the counting functions below refuse such dates. */
gboolean
sks_calendar_is_working_day (SksCalendar *self,
                             const GDate *date)
{
  const DayEntry *entry;
  GDateWeekday weekday;

  g_return_val_if_fail (SKS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  entry = lookup_day (self, date);
  if (entry != NULL)
    return !entry->off;
  weekday = g_date_get_weekday (date);
  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY;
}

/* Returns: (nullable): the holiday a listed day belongs to (a day off or a
 * make-up working day), such as 春节 */
const char *
sks_calendar_get_day_name (SksCalendar *self,
                           const GDate *date)
{
  const DayEntry *entry;

  g_return_val_if_fail (SKS_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  entry = lookup_day (self, date);
  return entry ? entry->name : NULL;
}

static gboolean
check_covered (SksCalendar  *self,
               const GDate  *date,
               GError      **error)
{
  int year = g_date_get_year (date);

  if (sks_calendar_covers_year (self, year))
    return TRUE;
  g_set_error (error, SKS_CALENDAR_ERROR, SKS_CALENDAR_ERROR_NOT_COVERED,
               _("The holiday calendar has no data for %d (it covers %d to %d); add that year’s "
                 "holidays to %s"), year, self->first_year, self->last_year, self->name);
  return FALSE;
}

/* The first working day on or after @date. */
static gboolean
working_day_from (SksCalendar  *self,
                  GDate        *date,
                  GError      **error)
{
  for (int i = 0; i < MAX_DAYS_SCANNED; i++, g_date_add_days (date, 1))
    {
      if (!check_covered (self, date, error))
        return FALSE;
      if (sks_calendar_is_working_day (self, date))
        return TRUE;
    }
  g_assert_not_reached ();
}

/**
 * sks_calendar_next_working_day:
 * @result: (out caller-allocates): the first working day after @date
 */
gboolean
sks_calendar_next_working_day (SksCalendar  *self,
                               const GDate  *date,
                               GDate        *result,
                               GError      **error)
{
  g_return_val_if_fail (SKS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date) && result != NULL, FALSE);

  *result = *date;
  g_date_add_days (result, 1);
  return working_day_from (self, result, error);
}

/**
 * sks_calendar_add_working_days:
 * @start: the day the period starts (the day of posting, for a 公示)
 * @n_days: the length in working days, at least 1
 * @count: whether @start itself can be day 1
 * @first: (out caller-allocates) (optional): day 1
 * @last: (out caller-allocates) (optional): day @n_days, the end of the period
 *
 * Counts a period of working days such as "不少于5个工作日". With
 * %SKS_DAY_COUNT_INCLUSIVE a notice posted on Monday 2025-04-28 runs to
 * 2025-05-07; with %SKS_DAY_COUNT_NEXT_DAY to 2025-05-08 (domain-facts §10.2).
 *
 * Returns: %FALSE with %SKS_CALENDAR_ERROR_NOT_COVERED when the period
 *   reaches a year the calendar has no data for
 */
gboolean
sks_calendar_add_working_days (SksCalendar  *self,
                               const GDate  *start,
                               guint         n_days,
                               SksDayCount   count,
                               GDate        *first,
                               GDate        *last,
                               GError      **error)
{
  GDate day;

  g_return_val_if_fail (SKS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);
  g_return_val_if_fail (n_days >= 1, FALSE);

  day = *start;
  if (count == SKS_DAY_COUNT_NEXT_DAY)
    g_date_add_days (&day, 1);
  if (!working_day_from (self, &day, error))
    return FALSE;
  if (first)
    *first = day;

  for (guint i = 1; i < n_days; i++)
    {
      g_date_add_days (&day, 1);
      if (!working_day_from (self, &day, error))
        return FALSE;
    }
  if (last)
    *last = day;
  return TRUE;
}

/**
 * sks_calendar_count_working_days:
 * @n_days: (out): working days from @from to @to, both included
 */
gboolean
sks_calendar_count_working_days (SksCalendar  *self,
                                 const GDate  *from,
                                 const GDate  *to,
                                 guint        *n_days,
                                 GError      **error)
{
  guint n = 0;

  g_return_val_if_fail (SKS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (to != NULL && g_date_valid (to), FALSE);
  g_return_val_if_fail (n_days != NULL, FALSE);

  for (GDate d = *from; g_date_compare (&d, to) <= 0; g_date_add_days (&d, 1))
    {
      if (!check_covered (self, &d, error))
        return FALSE;
      if (sks_calendar_is_working_day (self, &d))
        n++;
    }
  *n_days = n;
  return TRUE;
}
