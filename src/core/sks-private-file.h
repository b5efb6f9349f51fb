/* sks-private-file.h — output files readable only by their owner (0600),
 * for everything that may carry ID or mobile numbers
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFileOutputStream *sks_private_file_replace     (const char  *path,
                                                 GError     **error);
char              *sks_private_file_new_partial (const char  *path,
                                                 GError     **error);
gboolean           sks_private_file_commit      (const char  *partial,
                                                 const char  *path,
                                                 GError     **error);

G_END_DECLS
