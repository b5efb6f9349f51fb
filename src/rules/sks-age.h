/* sks-age.h — age in full years and months (周岁) and the ISO dates rules use
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean sks_date_parse_iso      (const char  *text,
                                  GDate       *date);
char    *sks_date_format_iso     (const GDate *date);
void     sks_date_add_months_clamped (GDate   *date,
                                  int          months);

gboolean sks_age_on              (const GDate *birth,
                                  const GDate *on,
                                  int         *years,
                                  int         *months);
int      sks_age_years_on        (const GDate *birth,
                                  const GDate *on);
int      sks_months_between      (const GDate *from,
                                  const GDate *to);

G_END_DECLS
