/* sks-cli-rules.h — the commands policies, check and print
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_policies (int argc, char **argv);
int sks_cli_check    (int argc, char **argv);
int sks_cli_print    (int argc, char **argv);

G_END_DECLS
