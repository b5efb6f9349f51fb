/* sks-cli-compare.h — `skill-studio-cli compare`: 2 to 4 applications side
 * by side as the bureau's comparison sheet (PDF)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_compare (int    argc,
                     char **argv);

G_END_DECLS
