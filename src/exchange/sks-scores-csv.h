/* sks-scores-csv.h — reading a scores CSV: reviewer,application,criterion,score
 * (UTF-8, a header row; docs/scores-csv.md)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-store-panel.h"

G_BEGIN_DECLS

/* Splits @bytes into SksScoreRow (transfer full). Problems of form (not
 * UTF-8, no or wrong header, a line without four fields, an unterminated
 * quote) are appended to @problems as translated "line N: …" strings; the
 * rows that parsed are returned all the same, so that the store's check can
 * list its problems too. */
GPtrArray *sks_scores_csv_parse      (GBytes      *bytes,
                                      GPtrArray   *problems);
/* Reads @path, parses and imports into @panel: all or nothing. */
gboolean   sks_scores_csv_import_file (SksStore    *store,
                                      SksPanel    *panel,
                                      const char  *path,
                                      GPtrArray  **problems,
                                      guint       *n_written,
                                      GError     **error);

G_END_DECLS
