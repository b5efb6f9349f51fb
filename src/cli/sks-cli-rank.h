/* sks-cli-rank.h — `skill-studio-cli rank` and `decide`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_rank   (int argc, char **argv);
int sks_cli_decide (int argc, char **argv);

G_END_DECLS
