/* sks-cli-trash.h — `skill-studio-cli delete` and `trash list|restore|empty`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_delete (int argc, char **argv);
int sks_cli_trash  (int argc, char **argv);

G_END_DECLS
