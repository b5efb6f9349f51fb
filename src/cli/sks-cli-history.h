/* sks-cli-history.h — `skill-studio-cli history` and the global --by NAME
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

gboolean sks_cli_take_global_by (int       *argc,
                                 char    ***argv);
void     sks_cli_apply_user     (SksStore  *store);
int      sks_cli_history        (int        argc,
                                 char     **argv);

G_END_DECLS
