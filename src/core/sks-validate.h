/* sks-validate.h
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SKS_VALIDATION_ERROR (sks_validation_error_quark ())

typedef enum {
  SKS_VALIDATION_ERROR_REQUIRED,
  SKS_VALIDATION_ERROR_TOO_LONG,
  SKS_VALIDATION_ERROR_FORMAT,
  SKS_VALIDATION_ERROR_CHECK_DIGIT,
  SKS_VALIDATION_ERROR_INCONSISTENT,
  SKS_VALIDATION_ERROR_INVALID_DATE,
  SKS_VALIDATION_ERROR_NOT_IN_LIST,
  SKS_VALIDATION_ERROR_OUT_OF_RANGE,
  SKS_VALIDATION_ERROR_INCOMPLETE,
} SksValidationError;

GQuark   sks_validation_error_quark (void);

guint    sks_text_count_chars       (const char  *text);

/* Each check names the field with @label (already translated) in its message. */
gboolean sks_check_length           (const char  *label,
                                     const char  *text,
                                     guint        max_chars,
                                     GError     **error);
gboolean sks_check_single_line      (const char  *label,
                                     const char  *text,
                                     GError     **error);
gboolean sks_check_mobile           (const char  *label,
                                     const char  *text,
                                     GError     **error);
gboolean sks_check_landline         (const char  *label,
                                     const char  *text,
                                     GError     **error);
gboolean sks_check_email            (const char  *label,
                                     const char  *text,
                                     GError     **error);
gboolean sks_check_postcode         (const char  *label,
                                     const char  *text,
                                     GError     **error);
gboolean sks_check_year_month       (const char  *label,
                                     const char  *text,
                                     GError     **error);
gboolean sks_check_date             (const char  *label,
                                     const char  *text,
                                     GError     **error);

gboolean sks_parse_year_month       (const char  *text,
                                     int         *year,
                                     int         *month);
GDate   *sks_parse_date             (const char  *text);

char    *sks_mask_phone             (const char  *phone);

G_END_DECLS
