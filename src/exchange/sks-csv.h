/* sks-csv.h — one row per application, for spreadsheets
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-store.h"

G_BEGIN_DECLS

typedef enum {
  SKS_CSV_DEFAULT          = 0,
  SKS_CSV_INCLUDE_PERSONAL = 1 << 0, /* ID numbers and mobiles in full, not masked */
} SksCsvFlags;

gboolean sks_csv_write        (SksStore       *store,
                               gint64          round_id,
                               SksCsvFlags     flags,
                               GOutputStream  *stream,
                               GCancellable   *cancellable,
                               GError        **error);
gboolean sks_csv_write_file   (SksStore       *store,
                               gint64          round_id,
                               SksCsvFlags     flags,
                               const char     *path,
                               GError        **error);
void     sks_csv_append_field (GString        *line,
                               const char     *value);

G_END_DECLS
