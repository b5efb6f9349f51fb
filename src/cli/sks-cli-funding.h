/* sks-cli-funding.h — `skill-studio-cli funding`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_funding (int argc, char **argv);

G_END_DECLS
