/* sks-cli-workbook.h — `skill-studio-cli workbook`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_workbook (int argc, char **argv);

G_END_DECLS
