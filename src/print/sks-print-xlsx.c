/* sks-print-xlsx.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "sks-print-annex.h"
#include "sks-print-text.h"
#include "sks-print-xlsx.h"
#include "sks-private-file.h"

/* Fonts every Chinese office has; on other systems the spreadsheet
 * program substitutes its own Song and Hei fonts. */
#define FONT_SONG "宋体"
#define FONT_HEI "黑体"
#define MM_PER_INCH 25.4
#define EXCEL_PAPER_A4 9
/* Row heights, in points: 宋体's line, the padding of a cell, Excel's
 * default row and its tallest. */
#define LINE_SPACING 1.25
#define CELL_PADDING_PT 4.0
#define DEFAULT_ROW_HEIGHT_PT 15.0
#define MAX_ROW_HEIGHT_PT 409.0

typedef struct {
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  GHashTable    *formats;   /* key → lxw_format, owned by the workbook */
  guint          n_columns;
  lxw_row_t      row;       /* the next row to write */
  GArray        *widths_mm; /* of the table's columns */
  const char    *path;
  GError        *error;
} Sheet;

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
               _("Could not write the spreadsheet “%s”: %s"), path, reason);
}

static uint8_t
excel_align (SksPrintAlign align)
{
  switch (align)
    {
    case SKS_PRINT_ALIGN_CENTER:
      return LXW_ALIGN_CENTER;
    case SKS_PRINT_ALIGN_RIGHT:
      return LXW_ALIGN_RIGHT;
    case SKS_PRINT_ALIGN_DISTRIBUTE:
      return LXW_ALIGN_DISTRIBUTED;
    case SKS_PRINT_ALIGN_LEFT:
    default:
      return LXW_ALIGN_LEFT;
    }
}

/* One format per style, shared by all cells that look alike. */
static lxw_format *
sheet_format (Sheet               *sh,
              const SksPrintStyle *style,
              gboolean             in_table)
{
  g_autofree char *key = g_strdup_printf ("%d/%g/%d/%d/%d", style->font, style->size,
                                          style->align, style->valign, in_table);
  lxw_format *format = g_hash_table_lookup (sh->formats, key);

  if (format != NULL)
    return format;
  format = workbook_add_format (sh->workbook);
  format_set_font_name (format, style->font == SKS_PRINT_FONT_LABEL ? FONT_HEI : FONT_SONG);
  format_set_font_size (format, style->size);
  if (style->font == SKS_PRINT_FONT_TITLE)
    format_set_bold (format);
  format_set_align (format, excel_align (style->align));
  format_set_align (format, in_table && style->valign == SKS_PRINT_VALIGN_MIDDLE
                            ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP);
  if (in_table)
    {
      format_set_text_wrap (format);
      format_set_border (format, LXW_BORDER_THIN);
    }
  g_hash_table_insert (sh->formats, g_steal_pointer (&key), format);
  return format;
}

static gboolean
sheet_check (Sheet     *sh,
             lxw_error  status)
{
  if (status == LXW_NO_ERROR || sh->error != NULL)
    return sh->error == NULL;
  g_set_error (&sh->error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
               _("Could not write row %u of the spreadsheet “%s”: %s"), (guint) sh->row + 1,
               sh->path, lxw_strerror (status));
  return FALSE;
}

/* Excel's column width unit is the width of a digit of the default font
 * (Calibri 11: 7 pixels at 96 dpi, plus 5 pixels of padding). */
static double
excel_width (double mm)
{
  double pixels = mm / MM_PER_INCH * 96;

  return MAX (1, (pixels - 5) / 7);
}

/* The serial number (序号) as a number, so that the sheet can be sorted. */
static gboolean
is_serial_number (const char *text,
                  guint       column)
{
  if (column != 0 || text[0] < '1' || text[0] > '9' || strlen (text) > 6)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static void
sheet_add_text (Sheet               *sh,
                const SksPrintBlock *block)
{
  g_autofree char *text = sks_print_sanitize_text (block->text);
  lxw_format *format = sheet_format (sh, &block->style, FALSE);

  if (*text == '\0')
    return;
  /* The line's height follows its font: 22 pt for the title. */
  sheet_check (sh, worksheet_set_row (sh->sheet, sh->row, block->style.size * 1.5, NULL));
  if (sh->n_columns > 1)
    sheet_check (sh, worksheet_merge_range (sh->sheet, sh->row, 0, sh->row,
                                            (lxw_col_t) (sh->n_columns - 1), text, format));
  else
    sheet_check (sh, worksheet_write_string (sh->sheet, sh->row, 0, text, format));
  sh->row++;
}

/* The columns that cell @c, starting at @column, spans: the last cell of
 * a row reaches the table's right edge. */
static guint
cell_span (Sheet             *sh,
           const SksPrintRow *row,
           guint              c,
           guint              column)
{
  const SksPrintCell *cell = g_ptr_array_index (row->cells, c);

  if (c == row->cells->len - 1)
    return sh->n_columns - column;
  return MIN (MAX (cell->span, 1), sh->n_columns - column);
}

/* Lines of @text in a cell @width_pt wide: its Chinese characters are one
 * em wide in 宋体 and the others half an em. A word of Latin letters that
 * wraps may take a little more room; the row's padding covers that. */
static guint
text_lines (const char *text,
            double      size_pt,
            double      width_pt)
{
  double half_ems_per_line = MAX (1, floor (width_pt / (size_pt / 2)));
  guint lines = 0, half_ems = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\0' || c == '\n')
        {
          lines += MAX (1, (guint) ceil (half_ems / half_ems_per_line));
          half_ems = 0;
          if (c == '\0')
            return lines;
          continue;
        }
      half_ems += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2 : 1;
    }
}

/* Spreadsheet programs do not grow a row to its wrapped text when they open
 * a workbook (LibreOffice printed 1,000 rows of Annex 2 on 24 pages, the
 * texts running over each other), so each row's height is written. */
static double
row_height_pt (Sheet             *sh,
               const SksPrintRow *row)
{
  guint column = 0, lines = 1;
  double size = 0;

  for (guint c = 0; c < row->cells->len && column < sh->n_columns; c++)
    {
      const SksPrintCell *cell = g_ptr_array_index (row->cells, c);
      guint span = cell_span (sh, row, c, column);
      double width_mm = 0;

      for (guint i = column; i < column + span && i < sh->widths_mm->len; i++)
        width_mm += g_array_index (sh->widths_mm, double, i);
      lines = MAX (lines, text_lines (cell->text, cell->style.size,
                                      width_mm / MM_PER_INCH * 72 - CELL_PADDING_PT));
      size = MAX (size, cell->style.size);
      column += span;
    }
  return CLAMP (MAX (lines * size * LINE_SPACING + CELL_PADDING_PT,
                     row->min_height_mm / MM_PER_INCH * 72),
                DEFAULT_ROW_HEIGHT_PT, MAX_ROW_HEIGHT_PT);
}

static void
sheet_add_row (Sheet             *sh,
               const SksPrintRow *row)
{
  guint column = 0;

  if (sh->widths_mm != NULL)
    sheet_check (sh, worksheet_set_row (sh->sheet, sh->row, row_height_pt (sh, row), NULL));

  for (guint c = 0; c < row->cells->len && column < sh->n_columns; c++)
    {
      const SksPrintCell *cell = g_ptr_array_index (row->cells, c);
      g_autofree char *text = sks_print_sanitize_text (cell->text);
      lxw_format *format = sheet_format (sh, &cell->style, TRUE);
      guint span = cell_span (sh, row, c, column);

      if (span > 1)
        sheet_check (sh, worksheet_merge_range (sh->sheet, sh->row, (lxw_col_t) column, sh->row,
                                                (lxw_col_t) (column + span - 1), text, format));
      else if (*text == '\0')
        sheet_check (sh, worksheet_write_blank (sh->sheet, sh->row, (lxw_col_t) column, format));
      else if (!(row->flags & SKS_PRINT_ROW_HEADER) && is_serial_number (text, column))
        sheet_check (sh, worksheet_write_number (sh->sheet, sh->row, (lxw_col_t) column,
                                                 g_ascii_strtod (text, NULL), format));
      else
        sheet_check (sh, worksheet_write_string (sh->sheet, sh->row, (lxw_col_t) column, text,
                                                 format));
      column += span;
    }
  sh->row++;
}

static void
sheet_add_table (Sheet               *sh,
                 const SksPrintTable *table)
{
  lxw_row_t first_header = sh->row;
  guint n_header = 0;

  sh->widths_mm = table->widths_mm;
  for (guint i = 0; i < table->widths_mm->len; i++)
    sheet_check (sh, worksheet_set_column (sh->sheet, (lxw_col_t) i, (lxw_col_t) i,
                                           excel_width (g_array_index (table->widths_mm,
                                                                       double, i)),
                                           NULL));
  for (guint r = 0; r < table->rows->len; r++)
    {
      const SksPrintRow *row = g_ptr_array_index (table->rows, r);

      if ((row->flags & SKS_PRINT_ROW_HEADER) && n_header == r)
        n_header++;
      sheet_add_row (sh, row);
    }
  if (n_header > 0)
    {
      sheet_check (sh, worksheet_repeat_rows (sh->sheet, first_header,
                                              first_header + n_header - 1));
      /* The headers stay in view as the rows scroll. */
      worksheet_freeze_panes (sh->sheet, first_header + n_header, 0);
    }
  sh->widths_mm = NULL;
}

static void
sheet_set_up_page (Sheet             *sh,
                   const SksPrintDoc *doc)
{
  if (doc->paper_width_mm > doc->paper_height_mm)
    worksheet_set_landscape (sh->sheet);
  else
    worksheet_set_portrait (sh->sheet);
  worksheet_set_paper (sh->sheet, EXCEL_PAPER_A4);
  worksheet_set_margins (sh->sheet, doc->margin_left_mm / MM_PER_INCH,
                         doc->margin_right_mm / MM_PER_INCH, doc->margin_top_mm / MM_PER_INCH,
                         doc->margin_bottom_mm / MM_PER_INCH);
  /* As wide as the page, as many pages long as the rows need. */
  worksheet_fit_to_pages (sh->sheet, 1, 0);
  worksheet_center_horizontally (sh->sheet);
  if (doc->page_numbers)
    sheet_check (sh, worksheet_set_footer (sh->sheet, "&C— &P —"));
}

/* The document's fixed creation date keeps the file the same for the same
 * data. */
static void
workbook_set_up (lxw_workbook      *workbook,
                 const SksPrintDoc *doc,
                 lxw_doc_properties *properties)
{
  g_autoptr(GDateTime) created = NULL;

  memset (properties, 0, sizeof *properties);
  properties->title = doc->title;
  properties->author = "Skill Studio";
  if (doc->creation_date != NULL)
    created = g_date_time_new_from_iso8601 (doc->creation_date, NULL);
  if (created != NULL)
    properties->created = (time_t) g_date_time_to_unix (created);
  workbook_set_properties (workbook, properties);
}

static const SksPrintTable *
doc_table (const SksPrintDoc *doc)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const SksPrintBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == SKS_PRINT_BLOCK_TABLE)
        return block->table;
    }
  return NULL;
}

static void
sheet_fill (Sheet             *sh,
            const SksPrintDoc *doc)
{
  sheet_set_up_page (sh, doc);
  for (guint i = 0; i < doc->blocks->len && sh->error == NULL; i++)
    {
      const SksPrintBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == SKS_PRINT_BLOCK_TEXT)
        sheet_add_text (sh, block);
      else if (block->kind == SKS_PRINT_BLOCK_TABLE)
        sheet_add_table (sh, block->table);
    }
}

/**
 * sks_print_doc_write_xlsx:
 * @doc: a document with one table, such as the Annex 2 document
 * @path: the .xlsx file; replaced only when the whole workbook was written
 *
 * Returns: %TRUE when the file was written
 */
gboolean
sks_print_doc_write_xlsx (SksPrintDoc  *doc,
                          const char   *path,
                          GError      **error)
{
  g_autofree char *partial = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const SksPrintTable *table;
  lxw_doc_properties properties;
  lxw_error status;
  Sheet sh = { .formats = formats, .path = path };

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  table = doc_table (doc);
  sh.n_columns = table ? sks_print_table_get_n_columns (table) : 1;
  /* The summary carries ID and mobile numbers. libxlsxwriter opens the
   * file by name and truncates it, so it writes into a 0600 file made
   * beforehand and never creates one of its own. */
  partial = sks_private_file_new_partial (path, &local_error);
  if (partial == NULL)
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }
  sh.workbook = workbook_new (partial);
  if (sh.workbook == NULL)
    {
      g_unlink (partial);
      set_write_error (error, path, g_strerror (ENOMEM));
      return FALSE;
    }
  workbook_set_up (sh.workbook, doc, &properties);
  sh.sheet = workbook_add_worksheet (sh.workbook, NULL);
  sheet_fill (&sh, doc);
  errno = 0;
  status = workbook_close (sh.workbook);

  if (sh.error != NULL || status != LXW_NO_ERROR)
    {
      /* The system's reason (translated) rather than the library's. */
      const char *reason = status == LXW_ERROR_CREATING_XLSX_FILE && errno != 0
                           ? g_strerror (errno) : lxw_strerror (status);

      g_unlink (partial);
      if (sh.error != NULL)
        g_propagate_error (error, sh.error);
      else
        set_write_error (error, path, reason);
      return FALSE;
    }
  if (!sks_private_file_commit (partial, path, &local_error))
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * sks_print_export_annex2_xlsx:
 * @round_id: the round, or 0 for the most recent one
 * @recommender_name: (nullable): one recommending unit, or %NULL for the
 *   whole round
 *
 * Writes the 推荐情况汇总表 to @path as an Excel workbook.
 */
gboolean
sks_print_export_annex2_xlsx (SksStore    *store,
                              gint64       round_id,
                              const char  *recommender_name_or_null,
                              const char  *path,
                              GError     **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  doc = sks_print_annex2_doc_from_store (store, round_id, recommender_name_or_null, error);
  return doc != NULL && sks_print_doc_write_xlsx (doc, path, error);
}
