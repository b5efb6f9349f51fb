/* sks-id-number.h — 公民身份号码 (GB 11643-1999)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sks-enums.h"

G_BEGIN_DECLS

char      sks_id_number_check_char (const char  *first17);
gboolean  sks_id_number_validate   (const char  *label,
                                    const char  *id_number,
                                    GError     **error);
GDate    *sks_id_number_get_birth  (const char  *id_number);
SksGender sks_id_number_get_gender (const char  *id_number);
char     *sks_id_number_mask       (const char  *id_number);

G_END_DECLS
