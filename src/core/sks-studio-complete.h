/* sks-studio-complete.h — whether an application is complete enough to take
 * the next step of the procedure
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-studio.h"

G_BEGIN_DECLS

GPtrArray *sks_studio_dup_incomplete   (SksStudio  *self);
gboolean   sks_studio_is_complete      (SksStudio  *self);
gboolean   sks_studio_check_complete   (SksStudio  *self,
                                        GError    **error);
char      *sks_problems_describe       (GPtrArray  *problems,
                                        guint       max_shown);
gboolean   sks_studio_step_needs_complete (SksStatus to);
gboolean   sks_studio_check_step       (SksStudio  *self,
                                        SksStatus   to,
                                        GError    **error);

G_END_DECLS
