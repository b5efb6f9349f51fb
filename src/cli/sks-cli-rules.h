/* sks-cli-rules.h — the commands policies, check and print
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include <json-glib/json-glib.h>

#include "sks-store.h"

G_BEGIN_DECLS

/* Shared by the commands (skill-studio-cli.c) */
gboolean sks_cli_parse_options (const char    *command,
                                const char    *parameters,
                                const char    *summary,
                                GOptionEntry  *entries,
                                int           *argc,
                                char        ***argv);
void      sks_cli_json_add_string (JsonBuilder *b,
                                   const char  *name,
                                   const char  *value);
void      sks_cli_json_add_int    (JsonBuilder *b,
                                   const char  *name,
                                   gint64       value);
SksStore *sks_cli_open_document (const char  *db,
                                 gboolean     write,
                                 GError     **error);
SksRound *sks_cli_find_round   (SksStore      *store,
                                const char    *key,
                                GError       **error);
G_GNUC_PRINTF (2, 3)
int      sks_cli_usage_error   (const char    *command,
                                const char    *format,
                                ...);

int sks_cli_policies (int argc, char **argv);
int sks_cli_check    (int argc, char **argv);
int sks_cli_print    (int argc, char **argv);

G_END_DECLS
