/* sks-cli-panel.h — `skill-studio-cli panel` and `scores`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_panel  (int argc, char **argv);
int sks_cli_scores (int argc, char **argv);

G_END_DECLS
