/* sks-retirement.h — statutory retirement age (法定退休年龄) under the
 * gradual-delay reform in force from 2025-01-01 (渐进式延迟法定退休年龄)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sks-enums.h"

G_BEGIN_DECLS

/* All in months so that no rounding happens on the way. */
typedef struct {
  int original_age;    /* 60, 55 or 50 years */
  int delay_months;    /* 0 to 36 (60 for the women originally at 50) */
  int age_months;      /* the statutory age: original_age * 12 + delay_months */
  int year;            /* the year and month of retirement */
  int month;
} SksRetirement;

gboolean  sks_retirement_compute       (SksRetirementCategory  category,
                                        int                    birth_year,
                                        int                    birth_month,
                                        SksRetirement         *result);
gboolean  sks_retirement_get_date      (SksRetirementCategory  category,
                                        const GDate           *birth,
                                        GDate                 *date);

G_END_DECLS
