/* sks-workbook-write.c — the meeting workbook's tables as sheets of one
 * .xlsx (libxlsxwriter) or as CSV: a title row naming the round, the
 * header row frozen and repeated on every printed page, A4 landscape fit
 * to the page's width, widths that fit Chinese text, scores with two
 * decimals and yuan with thousands separators
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
#include <xlsxwriter.h>

#include "sks-csv.h"
#include "sks-print-doc.h"
#include "sks-private-file.h"
#include "sks-workbook-private.h"

#define FONT_SONG "宋体"
#define FONT_HEI "黑体"
#define EXCEL_PAPER_A4 9
#define MIN_WIDTH 5.0
#define MAX_WIDTH 30.0      /* longer texts wrap */
#define MAX_HEADER_WIDTH 10.0 /* longer headers wrap: a rule's title onto several lines */
#define LINE_HEIGHT_PT 14.0
#define GREY 0x808080

typedef struct {
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  GHashTable    *formats;   /* "kind/flags" → lxw_format */
  lxw_format    *title, *subtitle, *header, *note;
  double        *widths;
  guint          n_columns;
  lxw_row_t      row;
  const char    *path;
  GError        *error;
} Book;

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
               _("Could not write the spreadsheet “%s”: %s"), path, reason);
}

static gboolean
book_check (Book      *b,
            lxw_error  status)
{
  if (status == LXW_NO_ERROR || b->error != NULL)
    return b->error == NULL;
  g_set_error (&b->error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
               _("Could not write row %u of the spreadsheet “%s”: %s"), (guint) b->row + 1,
               b->path, lxw_strerror (status));
  return FALSE;
}

static lxw_format *
new_format (Book       *b,
            const char *font,
            double      size,
            uint8_t     align,
            gboolean    border)
{
  lxw_format *format = workbook_add_format (b->workbook);

  format_set_font_name (format, font);
  format_set_font_size (format, size);
  format_set_align (format, align);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);
  if (border)
    format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static void
book_add_formats (Book *b)
{
  b->title = new_format (b, FONT_SONG, 16, LXW_ALIGN_CENTER, FALSE);
  format_set_bold (b->title);
  b->subtitle = new_format (b, FONT_SONG, 10.5, LXW_ALIGN_LEFT, FALSE);
  b->note = new_format (b, FONT_SONG, 10, LXW_ALIGN_LEFT, FALSE);
  b->header = new_format (b, FONT_HEI, 10, LXW_ALIGN_CENTER, TRUE);
  format_set_bg_color (b->header, 0xEEEEEE);
}

/* One format per kind of cell and look of row, shared by the workbook. */
static lxw_format *
cell_format (Book          *b,
             SksWbKind      kind,
             SksWbRowFlags  flags)
{
  g_autofree char *key = g_strdup_printf ("%d/%d", kind, flags);
  lxw_format *format = g_hash_table_lookup (b->formats, key);
  gboolean number = kind == SKS_WB_INT || kind == SKS_WB_SCORE || kind == SKS_WB_YUAN;

  if (format != NULL)
    return format;
  format = new_format (b, flags & SKS_WB_ROW_TOTAL ? FONT_HEI : FONT_SONG, 10,
                       number ? LXW_ALIGN_RIGHT
                              : kind == SKS_WB_CENTRE ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT,
                       TRUE);
  if (kind == SKS_WB_SCORE)
    format_set_num_format (format, "0.00");
  else if (kind == SKS_WB_YUAN)
    format_set_num_format (format, "#,##0");
  else if (kind == SKS_WB_INT)
    format_set_num_format (format, "0");
  if (flags & SKS_WB_ROW_MUTED)
    format_set_font_color (format, GREY);
  /* The planned number's line, and the end of a candidate's reviewers. */
  if (flags & SKS_WB_ROW_LINE_BELOW)
    format_set_bottom (format, LXW_BORDER_THICK);
  else if (flags & SKS_WB_ROW_GROUP_END)
    format_set_bottom (format, LXW_BORDER_MEDIUM);
  if (flags & SKS_WB_ROW_HEADER)
    format_set_bg_color (format, 0xEEEEEE);
  g_hash_table_insert (b->formats, g_steal_pointer (&key), format);
  return format;
}

/* Columns a text takes in Excel's unit (a digit of the default font): a
 * Chinese character is about two. */
static double
text_width (const char *text)
{
  double width = 0;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2.1 : 1.1;
    }
  return width;
}

static double
cell_width (const SksWbCell *cell)
{
  switch (cell->kind)
    {
    case SKS_WB_TEXT:
    case SKS_WB_CENTRE:
      return text_width (cell->text);
    case SKS_WB_SCORE:
      return 7;
    case SKS_WB_YUAN:
      return 10;
    case SKS_WB_INT:
      return 4;
    case SKS_WB_BLANK:
    default:
      return 0;
    }
}

static void
compute_widths (Book       *b,
                SksWbSheet *sheet)
{
  for (guint c = 0; c < b->n_columns; c++)
    b->widths[c] = MIN (text_width (g_ptr_array_index (sheet->headers, c)), MAX_HEADER_WIDTH);
  for (guint r = 0; r < sheet->rows->len; r++)
    {
      const SksWbRow *row = g_ptr_array_index (sheet->rows, r);

      if (row->flags & SKS_WB_ROW_HEADING)
        continue;
      for (guint c = 0; c < row->cells->len && c < b->n_columns; c++)
        b->widths[c] = MAX (b->widths[c],
                            MIN (cell_width (&g_array_index (row->cells, SksWbCell, c)),
                                 MAX_WIDTH));
    }
  for (guint c = 0; c < b->n_columns; c++)
    {
      b->widths[c] = CLAMP (b->widths[c] + 2, MIN_WIDTH, MAX_WIDTH);
      book_check (b, worksheet_set_column (b->sheet, (lxw_col_t) c, (lxw_col_t) c, b->widths[c],
                                           NULL));
    }
}

/* Spreadsheet programs do not grow a row to its wrapped text when they
 * open a workbook, so each row's height is written. */
static double
lines_in (double width,
          double column_width)
{
  return MAX (1, ceil (width / MAX (column_width - 1.5, 1)));
}

/* More columns than an A4 page holds at a size one can read: such a sheet
 * prints over pages across (set_up_page()) */
#define MAX_COLUMNS_ON_A_PAGE 18
/* and its title and lines above the table stay over its first columns,
 * where the first page across shows them */
#define COLUMNS_UNDER_THE_TITLE 9

/* The columns a line above the table spans */
static guint
title_columns (Book *b)
{
  return b->n_columns > MAX_COLUMNS_ON_A_PAGE ? COLUMNS_UNDER_THE_TITLE : b->n_columns;
}

static double
total_width (Book *b)
{
  double width = 0;

  for (guint c = 0; c < title_columns (b); c++)
    width += b->widths[c];
  return width;
}

static void
write_text_row (Book       *b,
                const char *text,
                lxw_format *format,
                double      min_height)
{
  double height = MAX (min_height, LINE_HEIGHT_PT * lines_in (text_width (text), total_width (b)));

  book_check (b, worksheet_set_row (b->sheet, b->row, height, NULL));
  if (title_columns (b) > 1)
    book_check (b, worksheet_merge_range (b->sheet, b->row, 0, b->row,
                                          (lxw_col_t) (title_columns (b) - 1), text, format));
  else
    book_check (b, worksheet_write_string (b->sheet, b->row, 0, text, format));
  b->row++;
}

static void
write_header (Book       *b,
              SksWbSheet *sheet)
{
  double lines = 1;

  for (guint c = 0; c < b->n_columns; c++)
    {
      const char *text = g_ptr_array_index (sheet->headers, c);

      lines = MAX (lines, lines_in (text_width (text), b->widths[c]));
      book_check (b, worksheet_write_string (b->sheet, b->row, (lxw_col_t) c, text, b->header));
    }
  book_check (b, worksheet_set_row (b->sheet, b->row, LINE_HEIGHT_PT * lines + 6, NULL));
  b->row++;
}

static void
write_cell (Book             *b,
            lxw_col_t         column,
            const SksWbCell  *cell,
            SksWbRowFlags     flags)
{
  lxw_format *format = cell_format (b, cell->kind, flags);

  switch (cell->kind)
    {
    case SKS_WB_TEXT:
    case SKS_WB_CENTRE:
      if (cell->text[0] != '\0')
        book_check (b, worksheet_write_string (b->sheet, b->row, column, cell->text, format));
      else
        book_check (b, worksheet_write_blank (b->sheet, b->row, column, format));
      break;
    case SKS_WB_SCORE:
      book_check (b, worksheet_write_number (b->sheet, b->row, column, cell->value / 100.0,
                                             format));
      break;
    case SKS_WB_INT:
    case SKS_WB_YUAN:
      book_check (b, worksheet_write_number (b->sheet, b->row, column, (double) cell->value,
                                             format));
      break;
    case SKS_WB_BLANK:
    default:
      book_check (b, worksheet_write_blank (b->sheet, b->row, column, format));
      break;
    }
}

static void
write_row (Book           *b,
           const SksWbRow *row)
{
  double lines = 1;

  if (row->flags & SKS_WB_ROW_HEADING)
    {
      const SksWbCell *cell = &g_array_index (row->cells, SksWbCell, 0);

      write_text_row (b, cell->text, cell_format (b, SKS_WB_TEXT, SKS_WB_ROW_TOTAL), 20);
      return;
    }
  for (guint c = 0; c < b->n_columns; c++)
    {
      if (c < row->cells->len)
        {
          const SksWbCell *cell = &g_array_index (row->cells, SksWbCell, c);

          lines = MAX (lines, lines_in (cell_width (cell), b->widths[c]));
          write_cell (b, (lxw_col_t) c, cell, row->flags);
        }
      else
        book_check (b, worksheet_write_blank (b->sheet, b->row, (lxw_col_t) c,
                                              cell_format (b, SKS_WB_BLANK, row->flags)));
    }
  book_check (b, worksheet_set_row (b->sheet, b->row, MAX (18, LINE_HEIGHT_PT * lines + 4),
                                    NULL));
  b->row++;
}

/* The columns up to the studio's name, which each page across repeats */
static guint
name_column (SksWbSheet *sheet)
{
  for (guint i = 0; i < sheet->headers->len && i < 6; i++)
    if (g_str_equal (g_ptr_array_index (sheet->headers, i), "工作室名称"))
      return i;
  return 0;
}

static void
set_up_page (Book       *b,
             lxw_row_t   header_row,
             SksWbSheet *sheet)
{
  guint n_columns = sheet->headers->len;

  worksheet_set_landscape (b->sheet);
  worksheet_set_paper (b->sheet, EXCEL_PAPER_A4);
  worksheet_set_margins (b->sheet, 0.4, 0.4, 0.6, 0.6);
  if (n_columns <= MAX_COLUMNS_ON_A_PAGE)
    /* As wide as the page, as many pages long as the rows need. */
    worksheet_fit_to_pages (b->sheet, 1, 0);
  else
    {
      /* A wide sheet (the candidates with every rule and check) shrunk to
       * one page was too small to read: it runs over pages across, at a
       * readable scale, each page starting with the number and studio. */
      worksheet_set_print_scale (b->sheet, 70);
      book_check (b, worksheet_repeat_columns (b->sheet, 0, (lxw_col_t) name_column (sheet)));
    }
  worksheet_center_horizontally (b->sheet);
  book_check (b, worksheet_repeat_rows (b->sheet, header_row, header_row));
  book_check (b, worksheet_set_footer (b->sheet, "&C第 &P 页，共 &N 页"));
  /* The header stays in view as the rows scroll. */
  worksheet_freeze_panes (b->sheet, header_row + 1, 0);
}

static void
write_sheet (Book       *b,
             SksWbSheet *sheet)
{
  g_autofree double *widths = g_new0 (double, MAX (sheet->headers->len, 1));

  b->sheet = workbook_add_worksheet (b->workbook, sks_workbook_view_get_sheet (sheet->view));
  if (b->sheet == NULL)
    {
      book_check (b, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  b->row = 0;
  b->widths = widths;
  b->n_columns = sheet->headers->len;
  compute_widths (b, sheet);
  write_text_row (b, sheet->title, b->title, 30);
  for (guint i = 0; i < sheet->subtitles->len; i++)
    write_text_row (b, g_ptr_array_index (sheet->subtitles, i), b->subtitle, 18);
  set_up_page (b, b->row, sheet);
  write_header (b, sheet);
  for (guint r = 0; r < sheet->rows->len && b->error == NULL; r++)
    write_row (b, g_ptr_array_index (sheet->rows, r));
  for (guint i = 0; i < sheet->notes->len; i++)
    write_text_row (b, g_ptr_array_index (sheet->notes, i), b->note, 18);
  b->widths = NULL;
}

gboolean
_sks_workbook_write_xlsx (GPtrArray   *sheets,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GHashTable) formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *partial = NULL;
  g_autoptr(GError) local_error = NULL;
  lxw_doc_properties properties = { 0 };
  lxw_error status;
  Book b = { .formats = formats, .path = path };

  /* The candidates' personal data: libxlsxwriter opens the file by name
   * and truncates it, so it writes into a 0600 file made beforehand. */
  if ((partial = sks_private_file_new_partial (path, &local_error)) == NULL)
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }
  if ((b.workbook = workbook_new (partial)) == NULL)
    {
      g_unlink (partial);
      set_write_error (error, path, g_strerror (ENOMEM));
      return FALSE;
    }
  properties.title = sheets->len > 0 ? ((SksWbSheet *) g_ptr_array_index (sheets, 0))->title
                                     : NULL;
  properties.author = "Skill Studio";
  workbook_set_properties (b.workbook, &properties);
  book_add_formats (&b);
  for (guint i = 0; i < sheets->len && b.error == NULL; i++)
    write_sheet (&b, g_ptr_array_index (sheets, i));
  errno = 0;
  status = workbook_close (b.workbook);
  if (b.error != NULL || status != LXW_NO_ERROR)
    {
      g_unlink (partial);
      if (b.error != NULL)
        g_propagate_error (error, b.error);
      else
        set_write_error (error, path, status == LXW_ERROR_CREATING_XLSX_FILE && errno != 0
                                        ? g_strerror (errno) : lxw_strerror (status));
      return FALSE;
    }
  if (!sks_private_file_commit (partial, path, &local_error))
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* CSV ----------------------------------------------------------------------- */

static void
append_cell (GString         *line,
             const SksWbCell *cell)
{
  switch (cell->kind)
    {
    case SKS_WB_TEXT:
    case SKS_WB_CENTRE:
      sks_csv_append_field (line, cell->text);
      break;
    case SKS_WB_SCORE:
      g_string_append_printf (line, "%s%lld.%02d", cell->value < 0 ? "-" : "",
                              (long long) (ABS (cell->value) / 100),
                              (int) (ABS (cell->value) % 100));
      break;
    case SKS_WB_INT:
    case SKS_WB_YUAN:
      /* No thousands separators: a spreadsheet reads the number as one. */
      g_string_append_printf (line, "%lld", (long long) cell->value);
      break;
    case SKS_WB_BLANK:
    default:
      break;
    }
}

static void
append_csv_row (GString        *text,
                const SksWbRow *row)
{
  for (guint c = 0; c < row->cells->len; c++)
    {
      if (c > 0)
        g_string_append_c (text, ',');
      append_cell (text, &g_array_index (row->cells, SksWbCell, c));
    }
  g_string_append (text, "\r\n");
}

/* The header line first (no title above it, so that a spreadsheet's import
 * finds the column names), then the rows; the notes are the sheet's. */
gboolean
_sks_workbook_write_csv (SksWbSheet  *sheet,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GFileOutputStream) stream = NULL;

  for (guint c = 0; c < sheet->headers->len; c++)
    {
      if (c > 0)
        g_string_append_c (text, ',');
      sks_csv_append_field (text, g_ptr_array_index (sheet->headers, c));
    }
  g_string_append (text, "\r\n");
  for (guint r = 0; r < sheet->rows->len; r++)
    append_csv_row (text, g_ptr_array_index (sheet->rows, r));
  if ((stream = sks_private_file_replace (path, error)) == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), text->str, text->len, NULL, NULL,
                                  error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing a cancelled replacement keeps the old file. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
