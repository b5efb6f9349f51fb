/* test-id-number.c — 公民身份号码 (GB 11643-1999) checks
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-id-number.h"
#include "sks-master.h"
#include "sks-test-util.h"
#include "sks-validate.h"

#define LABEL "ID number"

/* The standard's test vectors (domain-facts §3), with what they encode. */
static const struct {
  const char *id_number;
  int         year, month, day;
  SksGender   gender;
} vectors[] = {
  { "11010519491231002X", 1949, 12, 31, SKS_GENDER_FEMALE },
  { "440524188001010014", 1880, 1, 1, SKS_GENDER_MALE },
  { "34052419800101001X", 1980, 1, 1, SKS_GENDER_MALE },
};

/* The message names the field and never repeats the number or any run of
 * its digits long enough to identify someone (the birth date, the sequence). */
static void
assert_message_safe (const GError *error,
                     const char   *id_number)
{
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, LABEL));
  if (*id_number != '\0')
    g_assert_true (strstr (error->message, id_number) == NULL);
  if (strlen (id_number) >= 17)
    {
      g_autofree char *birth = g_strndup (id_number + 6, 8);
      g_autofree char *tail = g_strndup (id_number + 10, 7);

      g_assert_true (strstr (error->message, birth) == NULL);
      g_assert_true (strstr (error->message, tail) == NULL);
    }
}

static void
assert_rejected (const char *id_number,
                 int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (!sks_id_number_validate (LABEL, id_number, &error));
  g_assert_error (error, SKS_VALIDATION_ERROR, code);
  assert_message_safe (error, id_number);
}

static GDate *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                         g_date_time_get_year (now));
}

static void
test_vectors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      const char *id = vectors[i].id_number;
      g_autoptr(GError) error = NULL;

      g_test_message ("vector %s", id);
      g_assert_true (sks_id_number_validate (LABEL, id, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sks_id_number_check_char (id), ==, id[17]);
    }
}

static void
test_check_char (void)
{
  static const struct {
    const char *first17;
    char        expected;
  } cases[] = {
    { "11010519491231002", 'X' },
    { "44052418800101001", '4' },
    { "34052419800101001", 'X' },
    { "1101051949123100", 0 },   /* 16 digits and the terminator */
    { "1101051949123100a", 0 },
    { "X1010519491231002", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (sks_id_number_check_char (cases[i].first17), ==, cases[i].expected);

  /* The helper the other tests use builds valid numbers. */
  for (int seq = 0; seq < 1000; seq += 37)
    {
      g_autofree char *id = sks_test_make_id_number ("330502", 1975, 2, 28, seq);
      g_assert_true (sks_id_number_validate (LABEL, id, NULL));
    }
}

/* Whether characters 7 to 14 of @id are a real date of birth, by the test's own
 * reading: a calendar date from 1800 (the standard's own vector is from 1880)
 * up to today. */
static gboolean
birth_is_real (const char *id)
{
  g_autoptr(GDate) now = today ();
  g_autoptr(GDate) birth = NULL;
  char digits[9];
  int y, m, d;

  memcpy (digits, id + 6, 8);
  digits[8] = '\0';
  y = atoi (digits) / 10000;
  m = atoi (digits) / 100 % 100;
  d = atoi (digits) % 100;
  if (y < 1800 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  birth = g_date_new_dmy (d, m, y);
  return g_date_compare (birth, now) <= 0;
}

/* MOD 11-2 catches every single-character error, so every one-character
 * change of a valid number fails: on the check digit, or earlier on the date. */
static void
test_single_mutations (void)
{
  static const char replacements[] = "0123456789X";
  guint n_checked = 0;

  for (guint v = 0; v < G_N_ELEMENTS (vectors); v++)
    for (guint pos = 0; pos < 18; pos++)
      for (guint r = 0; r < strlen (replacements); r++)
        {
          char id[19];
          int expected;

          memcpy (id, vectors[v].id_number, sizeof id);
          if (id[pos] == replacements[r] || (replacements[r] == 'X' && pos < 17))
            continue;
          id[pos] = replacements[r];

          expected = birth_is_real (id) ? SKS_VALIDATION_ERROR_CHECK_DIGIT
                                        : SKS_VALIDATION_ERROR_INVALID_DATE;
          g_test_message ("mutation %s", id);
          assert_rejected (id, expected);
          n_checked++;
        }

  /* 17 positions × 9 other digits + the check position's 10 alternatives */
  g_assert_cmpuint (n_checked, ==, G_N_ELEMENTS (vectors) * (17 * 9 + 10));
}

/* Letters in the first 17 places are a format error, not a check-digit error. */
static void
test_non_digits (void)
{
  for (guint v = 0; v < G_N_ELEMENTS (vectors); v++)
    for (guint pos = 0; pos < 17; pos++)
      {
        char id[19];

        memcpy (id, vectors[v].id_number, sizeof id);
        id[pos] = pos % 2 ? 'X' : 'a';
        assert_rejected (id, SKS_VALIDATION_ERROR_FORMAT);
      }
}

static void
test_lower_case_x (void)
{
  assert_rejected ("11010519491231002x", SKS_VALIDATION_ERROR_FORMAT);
  assert_rejected ("34052419800101001x", SKS_VALIDATION_ERROR_FORMAT);
}

static void
test_length (void)
{
  static const char *cases[] = {
    "",
    "1101051949123100",       /* 16 */
    "11010519491231002",      /* 17: the check character is missing */
    "11010519491231002X0",    /* 19 */
    "11010519491231002XX",    /* 19 */
    "110105491231002",        /* legacy 15-digit number */
    "110105194912310２X",     /* 18 characters, but a full-width digit (20 bytes) */
    " 11010519491231002X",
    "11010519491231002X ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("length case “%s”", cases[i]);
      assert_rejected (cases[i], SKS_VALIDATION_ERROR_FORMAT);
    }
}

static void
test_invalid_dates (void)
{
  g_autoptr(GDate) tomorrow = today ();
  g_autoptr(GDate) now = today ();
  static const struct {
    int  year, month, day;
  } bad[] = {
    { 1980, 2, 30 },
    { 1980, 13, 1 },
    { 1980, 0, 10 },
    { 1980, 4, 31 },
    { 1980, 1, 0 },
    { 1981, 2, 29 },    /* not a leap year */
    { 1900, 2, 29 },    /* not a leap year either */
    { 1799, 12, 31 },
    { 2999, 1, 1 },     /* in the future */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *id = sks_test_make_id_number ("330502", bad[i].year, bad[i].month,
                                                     bad[i].day, 123);
      g_test_message ("date %04d-%02d-%02d", bad[i].year, bad[i].month, bad[i].day);
      assert_rejected (id, SKS_VALIDATION_ERROR_INVALID_DATE);
    }

  /* Born tomorrow: in the future. Born today: a real date. */
  g_date_add_days (tomorrow, 1);
  {
    g_autofree char *future = sks_test_make_id_number ("330502", g_date_get_year (tomorrow),
                                                       g_date_get_month (tomorrow),
                                                       g_date_get_day (tomorrow), 123);
    g_autofree char *born_today = sks_test_make_id_number ("330502", g_date_get_year (now),
                                                           g_date_get_month (now),
                                                           g_date_get_day (now), 123);
    g_autofree char *leap = sks_test_make_id_number ("330502", 2000, 2, 29, 124);

    assert_rejected (future, SKS_VALIDATION_ERROR_INVALID_DATE);
    g_assert_true (sks_id_number_validate (LABEL, born_today, NULL));
    g_assert_true (sks_id_number_validate (LABEL, leap, NULL));
  }
}

static void
test_birth_and_gender (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autoptr(GDate) birth = sks_id_number_get_birth (vectors[i].id_number);

      g_assert_nonnull (birth);
      g_assert_cmpint (g_date_get_year (birth), ==, vectors[i].year);
      g_assert_cmpint (g_date_get_month (birth), ==, vectors[i].month);
      g_assert_cmpint (g_date_get_day (birth), ==, vectors[i].day);
      g_assert_cmpint (sks_id_number_get_gender (vectors[i].id_number), ==, vectors[i].gender);
    }

  /* The 17th character decides: odd for men, even for women. */
  for (int seq = 0; seq < 10; seq++)
    {
      g_autofree char *id = sks_test_make_id_number ("330102", 1990, 6, 15, seq);
      g_assert_cmpint (sks_id_number_get_gender (id), ==,
                       seq % 2 ? SKS_GENDER_MALE : SKS_GENDER_FEMALE);
    }

  /* Nothing comes out of something that is not an 18-character number. */
  {
    static const char *bad[] = { "", "11010519491231", "110105491231002", "11010519491302302X" };

    g_assert_true (sks_id_number_get_birth (NULL) == NULL);
    g_assert_cmpint (sks_id_number_get_gender (NULL), ==, SKS_GENDER_UNSET);
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GDate) birth = sks_id_number_get_birth (bad[i]);
        g_assert_true (birth == NULL);
      }
    g_assert_cmpint (sks_id_number_get_gender ("11010519491231"), ==, SKS_GENDER_UNSET);
    g_assert_cmpint (sks_id_number_get_gender ("1101051949123100X1"), ==, SKS_GENDER_UNSET);
  }
}

static void
test_mask (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      const char *id = vectors[i].id_number;
      g_autofree char *masked = sks_id_number_mask (id);

      g_assert_cmpuint (strlen (masked), ==, 18);
      g_assert_true (strncmp (masked, id, 4) == 0);
      g_assert_cmpstr (masked + 16, ==, id + 16);
      for (guint pos = 4; pos < 16; pos++)
        g_assert_cmpint (masked[pos], ==, '*');
    }

  /* Whatever the length, at most the first four and the last two characters
   * show, and short strings are hidden entirely. */
  for (guint len = 0; len <= 40; len++)
    {
      g_autofree char *input = g_strnfill (len, '7');
      g_autofree char *masked = sks_id_number_mask (input);
      guint shown = 0;

      for (const char *p = masked; *p; p++)
        if (*p != '*')
          shown++;
      g_assert_cmpuint (shown, <=, len < 8 ? 0 : 6);
      g_assert_cmpuint (strlen (masked), <=, len);
      if (len >= 8)
        g_assert_true (masked[4] == '*');
    }

  {
    g_autofree char *masked = sks_id_number_mask (NULL);
    g_assert_cmpstr (masked, ==, "");
  }
}

/* The same through the master's field: the message starts with the field's
 * label and never shows the number. */
static void
test_field_messages (void)
{
  static const struct {
    const char *value;
    int         code;
  } cases[] = {
    { "11010519491231003X", SKS_VALIDATION_ERROR_CHECK_DIGIT },
    { "11010519491231002x", SKS_VALIDATION_ERROR_FORMAT },
    { "11010519491331002X", SKS_VALIDATION_ERROR_INVALID_DATE },
    { "11010519491231002", SKS_VALIDATION_ERROR_FORMAT },
    { "11010519491231002X1", SKS_VALIDATION_ERROR_TOO_LONG },
  };
  const SksField *field = sks_field_table_lookup (sks_master_get_field_table (), "id-number");

  g_assert_nonnull (field);
  g_assert_true (field->flags & SKS_FIELD_SENSITIVE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SksMaster) master = sks_master_new ();
      g_autoptr(GError) error = NULL;

      g_object_set (master, "id-number", cases[i].value, NULL);
      g_assert_true (!sks_field_validate (field, G_OBJECT (master), FALSE, &error));
      g_assert_error (error, SKS_VALIDATION_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
      assert_message_safe (error, cases[i].value);
      g_assert_finalize_object (g_steal_pointer (&master));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/id-number/vectors", test_vectors);
  g_test_add_func ("/id-number/check-char", test_check_char);
  g_test_add_func ("/id-number/single-mutations", test_single_mutations);
  g_test_add_func ("/id-number/non-digits", test_non_digits);
  g_test_add_func ("/id-number/lower-case-x", test_lower_case_x);
  g_test_add_func ("/id-number/length", test_length);
  g_test_add_func ("/id-number/invalid-dates", test_invalid_dates);
  g_test_add_func ("/id-number/birth-and-gender", test_birth_and_gender);
  g_test_add_func ("/id-number/mask", test_mask);
  g_test_add_func ("/id-number/field-messages", test_field_messages);

  return g_test_run ();
}
