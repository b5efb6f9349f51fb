/* sks-print-funding-xlsx.c — the funding report as an Excel workbook:
 * Chinese headers (in the app's language), the header row frozen and
 * repeated on every printed page, amounts as numbers in yuan with a
 * thousands format, totals as SUM formulas (with their values), A4.
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

#include "sks-print-funding-private.h"
#include "sks-private-file.h"

#define FONT_SONG "宋体"
#define FONT_HEI "黑体"
#define EXCEL_PAPER_A4 9
#define LAST_COLUMN 8          /* A–H as on paper, I for the notes */
#define AMOUNT_FORMAT "#,##0"

static const double column_widths[LAST_COLUMN + 1] = { 6, 28, 28, 12, 10, 13, 13, 15, 34 };

typedef struct {
  lxw_workbook  *workbook;
  lxw_worksheet *sheet;
  lxw_format    *title, *text, *right, *head, *cell, *centre, *amount, *total, *total_amount;
  lxw_row_t      row;
  const char    *path;
  GError        *error;
} Book;

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
add_format (Book       *b,
            const char *font,
            double      size,
            gboolean    bold,
            uint8_t     align,
            gboolean    border)
{
  lxw_format *format = workbook_add_format (b->workbook);

  format_set_font_name (format, font);
  format_set_font_size (format, size);
  if (bold)
    format_set_bold (format);
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
  b->title = add_format (b, FONT_SONG, 16, TRUE, LXW_ALIGN_CENTER, FALSE);
  b->text = add_format (b, FONT_SONG, 10.5, FALSE, LXW_ALIGN_LEFT, FALSE);
  b->right = add_format (b, FONT_SONG, 10, FALSE, LXW_ALIGN_RIGHT, FALSE);
  b->head = add_format (b, FONT_HEI, 10, FALSE, LXW_ALIGN_CENTER, TRUE);
  format_set_bg_color (b->head, 0xEEEEEE);
  b->cell = add_format (b, FONT_SONG, 10, FALSE, LXW_ALIGN_LEFT, TRUE);
  b->centre = add_format (b, FONT_SONG, 10, FALSE, LXW_ALIGN_CENTER, TRUE);
  b->amount = add_format (b, FONT_SONG, 10, FALSE, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (b->amount, AMOUNT_FORMAT);
  b->total = add_format (b, FONT_HEI, 10, FALSE, LXW_ALIGN_CENTER, TRUE);
  b->total_amount = add_format (b, FONT_HEI, 10, FALSE, LXW_ALIGN_RIGHT, TRUE);
  format_set_num_format (b->total_amount, AMOUNT_FORMAT);
}

/* Lines of @text in a column @width characters wide (a Chinese character
 * takes two). */
static guint
text_lines (const char *text,
            double      width)
{
  guint half = 0;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    half += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return MAX (1, (guint) ceil (half / MAX (width - 1, 1)));
}

static void
merged_text (Book       *b,
             const char *text,
             lxw_format *format,
             double      height)
{
  double width = 0;

  for (guint i = 0; i <= LAST_COLUMN; i++)
    width += column_widths[i];
  book_check (b, worksheet_set_row (b->sheet, b->row,
                                    MAX (height, 15.0 * text_lines (text, width)), NULL));
  book_check (b, worksheet_merge_range (b->sheet, b->row, 0, b->row, LAST_COLUMN, text, format));
  b->row++;
}

static void
write_header (Book     *b,
              gboolean  excellent)
{
  book_check (b, worksheet_set_row (b->sheet, b->row, 30, NULL));
  for (guint c = 0; c < 8; c++)
    book_check (b, worksheet_write_string (b->sheet, b->row, c,
                                           _sks_print_funding_heading (c, excellent), b->head));
  book_check (b, worksheet_write_string (b->sheet, b->row, LAST_COLUMN,
                                         C_("funding", "Remarks"), b->head));
  b->row++;
}

static void
write_line (Book                 *b,
            const SksFundingLine *line,
            guint                 number,
            gboolean              excellent)
{
  const SksFundedStudio *s = line->studio;
  g_autofree char *fifth = _sks_print_funding_fifth_cell (line, excellent);
  lxw_worksheet *sh = b->sheet;
  lxw_row_t r = b->row;
  guint lines = MAX (text_lines (s->studio_name, column_widths[1]),
                     text_lines (s->unit_name, column_widths[2]));

  book_check (b, worksheet_set_row (sh, r, MAX (20, 14.0 * lines + 4), NULL));
  book_check (b, worksheet_write_number (sh, r, 0, number, b->centre));
  book_check (b, worksheet_write_string (sh, r, 1, s->studio_name ? s->studio_name : "", b->cell));
  book_check (b, worksheet_write_string (sh, r, 2, s->unit_name ? s->unit_name : "", b->cell));
  book_check (b, worksheet_write_string (sh, r, 3, s->recommender_name ? s->recommender_name : "",
                                         b->centre));
  book_check (b, worksheet_write_string (sh, r, 4, fifth, b->centre));
  book_check (b, worksheet_write_number (sh, r, 5, (double) line->grant->amount, b->amount));
  if (line->note == NULL)
    {
      book_check (b, worksheet_write_number (sh, r, 6, (double) line->city_amount, b->amount));
      if (line->local_amount != 0)
        book_check (b, worksheet_write_number (sh, r, 7, (double) line->local_amount,
                                               b->amount));
      else
        book_check (b, worksheet_write_blank (sh, r, 7, b->amount));
    }
  else
    {
      book_check (b, worksheet_write_blank (sh, r, 6, b->amount));
      book_check (b, worksheet_write_blank (sh, r, 7, b->amount));
    }
  book_check (b, worksheet_write_string (sh, r, LAST_COLUMN,
                                         line->note ? line->note
                                                    : line->local_payer ? line->local_payer : "",
                                         b->cell));
  b->row++;
}

/* SUM over the section's rows, with the value the report computed, so a
 * program that does not recalculate shows it too. */
static void
write_sum (Book      *b,
           lxw_col_t  column,
           lxw_row_t  first,
           lxw_row_t  last,
           gint64     value)
{
  char from[16], to[16];
  g_autofree char *formula = NULL;

  lxw_rowcol_to_cell (from, first, column);
  lxw_rowcol_to_cell (to, last, column);
  formula = g_strdup_printf ("=SUM(%s:%s)", from, to);
  if (last < first)
    book_check (b, worksheet_write_number (b->sheet, b->row, column, 0, b->total_amount));
  else
    book_check (b, worksheet_write_formula_num (b->sheet, b->row, column, formula,
                                                b->total_amount, (double) value));
}

static void
write_section (Book      *b,
               GPtrArray *lines,
               gint64     total,
               gboolean   excellent)
{
  lxw_row_t first;
  gint64 city = 0, local = 0;

  write_header (b, excellent);
  first = b->row;
  for (guint i = 0; i < lines->len; i++)
    {
      const SksFundingLine *line = g_ptr_array_index (lines, i);

      write_line (b, line, i + 1, excellent);
      city += line->city_amount;
      local += line->local_amount;
    }
  book_check (b, worksheet_set_row (b->sheet, b->row, 20, NULL));
  book_check (b, worksheet_merge_range (b->sheet, b->row, 0, b->row, 4,
                                        C_("funding", "Total"), b->total));
  write_sum (b, 5, first, b->row - 1, total);
  write_sum (b, 6, first, b->row - 1, city);
  write_sum (b, 7, first, b->row - 1, local);
  book_check (b, worksheet_write_blank (b->sheet, b->row, LAST_COLUMN, b->cell));
  b->row++;
}

static void
write_payer (Book       *b,
             const char *name,
             const char *level,
             gint64      amount,
             gboolean    bold)
{
  book_check (b, worksheet_set_row (b->sheet, b->row, 20, NULL));
  book_check (b, worksheet_merge_range (b->sheet, b->row, 1, b->row, 2, name,
                                        bold ? b->total : b->cell));
  book_check (b, worksheet_merge_range (b->sheet, b->row, 3, b->row, 4, level, b->centre));
  book_check (b, worksheet_write_number (b->sheet, b->row, 5, (double) amount,
                                         bold ? b->total_amount : b->amount));
  b->row++;
}

static void
write_payers (Book             *b,
              SksFundingReport *report)
{
  merged_text (b, _("Totals by payer"), b->text, 22);
  book_check (b, worksheet_set_row (b->sheet, b->row, 20, NULL));
  book_check (b, worksheet_merge_range (b->sheet, b->row, 1, b->row, 2, C_("funding", "Payer"),
                                        b->head));
  book_check (b, worksheet_merge_range (b->sheet, b->row, 3, b->row, 4, C_("funding", "Level"),
                                        b->head));
  book_check (b, worksheet_write_string (b->sheet, b->row, 5, C_("funding", "Amount (yuan)"),
                                         b->head));
  b->row++;
  for (guint i = 0; i < report->payers->len; i++)
    {
      const SksFundingPayer *payer = g_ptr_array_index (report->payers, i);

      write_payer (b, payer->name, sks_enum_get_label (SKS_TYPE_FISCAL_AFFILIATION, payer->level),
                   payer->amount, FALSE);
    }
  if (report->unknown_amount > 0)
    write_payer (b, _("Split unknown (fiscal affiliation not given)"), "—",
                 report->unknown_amount, FALSE);
  write_payer (b, C_("funding", "Grand total"), "", report->total, TRUE);
}

static void
write_texts (Book       *b,
             const char *heading,
             GPtrArray  *texts)
{
  if (texts->len == 0)
    return;
  b->row++;
  merged_text (b, heading, b->text, 18);
  for (guint i = 0; i < texts->len; i++)
    merged_text (b, g_ptr_array_index (texts, i), b->text, 18);
}

static void
set_up_page (Book             *b,
             lxw_row_t         header_row)
{
  worksheet_set_portrait (b->sheet);
  worksheet_set_paper (b->sheet, EXCEL_PAPER_A4);
  worksheet_set_margins (b->sheet, 0.6, 0.6, 0.8, 0.8);
  worksheet_fit_to_pages (b->sheet, 1, 0);
  worksheet_center_horizontally (b->sheet);
  book_check (b, worksheet_repeat_rows (b->sheet, header_row, header_row));
  book_check (b, worksheet_set_footer (b->sheet, "&C— &P —"));
  worksheet_freeze_panes (b->sheet, header_row + 1, 0);
  for (guint i = 0; i <= LAST_COLUMN; i++)
    book_check (b, worksheet_set_column (b->sheet, i, i, column_widths[i], NULL));
}

static void
fill (Book             *b,
      SksFundingReport *report)
{
  g_autofree char *subtitle = _sks_print_funding_subtitle (report);

  merged_text (b, report->title, b->title, 30);
  merged_text (b, subtitle, b->text, 18);
  merged_text (b, _("Unit: yuan"), b->right, 16);
  set_up_page (b, b->row);
  if (report->lines->len > 0 || report->excellent_year == 0)
    write_section (b, report->lines, report->lines_total, FALSE);
  if (report->excellent_year > 0)
    {
      g_autofree char *heading = _sks_print_funding_excellent_heading (report);

      if (report->lines->len > 0)
        {
          b->row++;
          merged_text (b, heading, b->text, 22);
        }
      write_section (b, report->excellent, report->excellent_total, TRUE);
    }
  b->row++;
  write_payers (b, report);
  write_texts (b, _("Basis:"), report->basis);
  write_texts (b, _("Notes:"), report->notes);
  b->row += 2;
  merged_text (b, _("Unit (seal): ____________________        "
                    "Date: ______ year ____ month ____ day"), b->text, 20);
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
               _("Could not write the spreadsheet “%s”: %s"), path, reason);
}

/**
 * sks_print_funding_write_xlsx:
 * @path: the .xlsx file; replaced only when the whole workbook was written
 *
 * Returns: %TRUE when written; FALSE with SKS_FUNDING_REPORT_ERROR_EMPTY
 *   when nothing is recognised
 */
gboolean
sks_print_funding_write_xlsx (SksFundingReport  *report,
                              const char        *path,
                              GError           **error)
{
  g_autofree char *partial = NULL;
  g_autoptr(GError) local_error = NULL;
  lxw_doc_properties properties = { 0 };
  lxw_error status;
  Book b = { .path = path };

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!sks_funding_report_check_not_empty (report, error))
    return FALSE;
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
  properties.title = report->title;
  properties.author = "Skill Studio";
  workbook_set_properties (b.workbook, &properties);
  book_add_formats (&b);
  b.sheet = workbook_add_worksheet (b.workbook, C_("sheet", "Funding"));
  fill (&b, report);
  errno = 0;
  status = workbook_close (b.workbook);
  if (b.error != NULL || status != LXW_NO_ERROR)
    {
      g_unlink (partial);
      if (b.error != NULL)
        g_propagate_error (error, b.error);
      else
        set_write_error (error, path, lxw_strerror (status));
      return FALSE;
    }
  if (!sks_private_file_commit (partial, path, &local_error))
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
