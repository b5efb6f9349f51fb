/* sks-cli-finding.h — `skill-studio-cli finding`: record a reviewer's
 * finding (核实)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_finding (int    argc,
                     char **argv);

G_END_DECLS
