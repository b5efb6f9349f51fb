/* sks-cli-round.h — `skill-studio-cli round new` and `round list`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_round (int argc, char **argv);

G_END_DECLS
