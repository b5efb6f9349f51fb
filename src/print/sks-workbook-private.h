/* sks-workbook-private.h — the meeting workbook's views as plain tables,
 * built once from the document (sks-workbook.c) and written as a sheet of
 * an .xlsx or as a CSV file (sks-workbook-write.c)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-workbook.h"

G_BEGIN_DECLS

typedef enum {
  SKS_WB_TEXT,
  SKS_WB_CENTRE,  /* short text, centred: 男, 符合, 是 */
  SKS_WB_INT,     /* a count or a number */
  SKS_WB_SCORE,   /* hundredths of a point, shown with 2 decimals */
  SKS_WB_YUAN,    /* whole yuan, shown with thousands separators */
  SKS_WB_BLANK,
} SksWbKind;

typedef struct {
  SksWbKind  kind;
  char      *text;   /* SKS_WB_TEXT, SKS_WB_CENTRE */
  gint64     value;  /* the numbers */
} SksWbCell;

typedef enum {
  SKS_WB_ROW_LINE_BELOW = 1 << 0,  /* a bold line under the row: the planned number */
  SKS_WB_ROW_GROUP_END  = 1 << 1,  /* the last row of a candidate's group */
  SKS_WB_ROW_TOTAL      = 1 << 2,  /* a total, in bold */
  SKS_WB_ROW_MUTED      = 1 << 3,  /* does not count: greyed (回避, incomplete) */
  SKS_WB_ROW_HEADING    = 1 << 4,  /* a line of text across the table */
  SKS_WB_ROW_HEADER     = 1 << 5,  /* a second header inside the table */
} SksWbRowFlags;

typedef struct {
  SksWbRowFlags  flags;
  GArray        *cells;  /* SksWbCell */
} SksWbRow;

typedef struct {
  SksWorkbookView  view;
  char            *title;      /* the title row */
  GPtrArray       *subtitles;  /* utf8: the round, the notice, the planned number */
  GPtrArray       *headers;    /* utf8: the column names */
  GPtrArray       *rows;       /* SksWbRow */
  GPtrArray       *notes;      /* utf8: lines under the table */
} SksWbSheet;

SksWbSheet *_sks_wb_sheet_new         (SksWorkbookView  view,
                                       const char      *title);
void        _sks_wb_sheet_free        (SksWbSheet      *sheet);
SksWbRow   *_sks_wb_sheet_add_row     (SksWbSheet      *sheet,
                                       SksWbRowFlags    flags);
void        _sks_wb_row_add_text      (SksWbRow        *row,
                                       const char      *text);
void        _sks_wb_row_add_centre    (SksWbRow        *row,
                                       const char      *text);
void        _sks_wb_row_add_number    (SksWbRow        *row,
                                       SksWbKind        kind,
                                       gint64           value);
void        _sks_wb_row_add_blank     (SksWbRow        *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksWbSheet, _sks_wb_sheet_free)

/* The views of the document: (element-type SksWbSheet), one per view, or
 * only @view when it is not SKS_WORKBOOK_N_VIEWS. */
GPtrArray  *_sks_workbook_build       (SksStore        *store,
                                       gint64           round_id,
                                       SksPanelLevel    level,
                                       gint64           recommender_id,
                                       SksWorkbookView  view,
                                       GError         **error);

gboolean    _sks_workbook_write_xlsx  (GPtrArray       *sheets,
                                       const char      *path,
                                       GError         **error);
gboolean    _sks_workbook_write_csv   (SksWbSheet      *sheet,
                                       const char      *path,
                                       GError         **error);

G_END_DECLS
