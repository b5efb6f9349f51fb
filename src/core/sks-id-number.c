/* sks-id-number.c — 公民身份号码 (GB 11643-1999, ISO 7064 MOD 11-2)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-id-number.h"
#include "sks-validate.h"

static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char check_chars[11] = "10X98765432";

/* Returns 0 when @first17 is not 17 digits. */
char
sks_id_number_check_char (const char *first17)
{
  int sum = 0;

  for (int i = 0; i < 17; i++)
    {
      if (!g_ascii_isdigit (first17[i]))
        return 0;
      sum += (first17[i] - '0') * weights[i];
    }
  return check_chars[sum % 11];
}

/* Characters 7 to 14 as a number, or -1 when they are not all digits. */
static int
birth_digits (const char *id_number)
{
  int value = 0;

  for (int i = 6; i < 14; i++)
    {
      if (!g_ascii_isdigit (id_number[i]))
        return -1;
      value = value * 10 + (id_number[i] - '0');
    }
  return value;
}

/* The birth date code holds the full year, so people born in the 1800s have
 * valid numbers (the standard's own example is 440524188001010014); that is
 * why this does not use sks_parse_date(), which starts at 1900. */
GDate *
sks_id_number_get_birth (const char *id_number)
{
  int digits, year, month, day;

  if (id_number == NULL || strlen (id_number) != 18 || (digits = birth_digits (id_number)) < 0)
    return NULL;

  year = digits / 10000;
  month = digits / 100 % 100;
  day = digits % 100;
  if (year < 1800 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

SksGender
sks_id_number_get_gender (const char *id_number)
{
  if (id_number == NULL || strlen (id_number) != 18 || !g_ascii_isdigit (id_number[16]))
    return SKS_GENDER_UNSET;
  return ((id_number[16] - '0') % 2) ? SKS_GENDER_MALE : SKS_GENDER_FEMALE;
}

static gboolean
birth_is_plausible (const GDate *birth)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));

  return g_date_compare (birth, today) <= 0;
}

/* The messages never repeat the number: it is personal data. */
gboolean
sks_id_number_validate (const char  *label,
                        const char  *id_number,
                        GError     **error)
{
  g_autoptr(GDate) birth = NULL;
  char expected;

  if (id_number == NULL || strlen (id_number) != 18)
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: must have 18 characters (17 digits and a check digit or X)"), label);
      return FALSE;
    }

  expected = sks_id_number_check_char (id_number);
  if (expected == 0 || !(g_ascii_isdigit (id_number[17]) || id_number[17] == 'X'))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: only digits are allowed, and an upper-case X as the last character"),
                   label);
      return FALSE;
    }

  birth = sks_id_number_get_birth (id_number);
  if (birth == NULL || !birth_is_plausible (birth))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INVALID_DATE,
                   _("%s: characters 7 to 14 are not a real date of birth"), label);
      return FALSE;
    }

  if (expected != id_number[17])
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_CHECK_DIGIT,
                   _("%s: the check digit does not match the other 17 digits; "
                     "the number is probably mistyped"), label);
      return FALSE;
    }
  return TRUE;
}

/* 3305************3X: region prefix and the last two characters. */
char *
sks_id_number_mask (const char *id_number)
{
  gsize len;

  if (id_number == NULL || *id_number == '\0')
    return g_strdup ("");

  len = strlen (id_number);
  if (len < 8)
    return g_strnfill (len, '*');

  return g_strdup_printf ("%.4s%.*s%s", id_number, (int) (len - 6),
                          "********************************", id_number + len - 2);
}
