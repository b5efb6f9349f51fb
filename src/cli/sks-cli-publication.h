/* sks-cli-publication.h — `skill-studio-cli publication`, `objection` and
 * `recognise`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int sks_cli_publication (int argc, char **argv);
int sks_cli_objection   (int argc, char **argv);
int sks_cli_recognise   (int argc, char **argv);

G_END_DECLS
