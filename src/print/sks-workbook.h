/* sks-workbook.h — the panel meeting's workbook (评审会议材料): a round's
 * candidates with their verdicts and findings, every reviewer's scores,
 * the ranking with the decisions, and the funding, one sheet per view
 * (.xlsx) or one view per CSV file
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-panel.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* The views, in the workbook's order; the nicks are the CLI's --csv VIEW. */
typedef enum {
  SKS_WORKBOOK_CANDIDATES,  /* "candidates": 候选名单 */
  SKS_WORKBOOK_SCORES,      /* "scores": 评分明细 */
  SKS_WORKBOOK_RANKING,     /* "ranking": 排名 */
  SKS_WORKBOOK_FUNDING,     /* "funding": 经费 */
  SKS_WORKBOOK_N_VIEWS
} SksWorkbookView;

const char *sks_workbook_view_get_nick   (SksWorkbookView  view);
gboolean    sks_workbook_view_from_nick  (const char      *nick,
                                          SksWorkbookView *view);
/* The sheet's name, in Chinese: 候选名单, 评分明细, 排名, 经费 */
const char *sks_workbook_view_get_sheet  (SksWorkbookView  view);

/* The workbook of @round_id's panel at @level (a district level with
 * @recommender_id 0: every unit's panel) as one .xlsx with four sheets,
 * written in Chinese whatever the app's language (it is the bureau's
 * meeting paper, as the annexes are). The file is made readable only by
 * its owner and ID and mobile numbers are masked. Replaced only when
 * wholly written. */
gboolean    sks_workbook_write           (SksStore        *store,
                                          gint64           round_id,
                                          SksPanelLevel    level,
                                          gint64           recommender_id,
                                          const char      *path,
                                          GError         **error);

/* One view as CSV: UTF-8 with a byte order mark (so that Excel on Chinese
 * Windows does not read it as GBK), a header line of Chinese column names,
 * CR LF line ends (RFC 4180), readable only by its owner. */
gboolean    sks_workbook_write_csv       (SksStore        *store,
                                          gint64           round_id,
                                          SksPanelLevel    level,
                                          gint64           recommender_id,
                                          SksWorkbookView  view,
                                          const char      *path,
                                          GError         **error);

G_END_DECLS
