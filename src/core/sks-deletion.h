/* sks-deletion.h — which applications may go to the trash or be replaced
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-enums.h"

G_BEGIN_DECLS

gboolean sks_status_may_be_deleted  (SksStatus     status);
gboolean sks_status_may_be_replaced (SksStatus     status);
char    *sks_status_dup_delete_refusal  (SksStatus   status,
                                         const char *studio_name);
char    *sks_status_dup_replace_refusal (SksStatus   status,
                                         const char *studio_name);

G_END_DECLS
