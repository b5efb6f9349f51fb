/* sks-print-funding.c — the funding report, A4 portrait: the bureau's own
 * allocation table (not an annex of the notice), one row per grant with
 * who pays it, the totals per payer, the notice's paragraph as the basis
 * and the stamp line; and the same as an Excel workbook, the amounts as
 * numbers.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts are whole yuan (元), printed exactly ("50,000"): the notices'
 * 5万元 split 3:7 gives 15,000 and 35,000, which 万元 would print as 1.5
 * and 3.5 — exact too, but finance tables of a bureau's payments are kept
 * in yuan.
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-print-annex.h"
#include "sks-print-funding-private.h"

#define TEXT_WIDTH_MM 156.0
#define N_COLUMNS 8

static const double widths[N_COLUMNS] = { 9, 30, 30, 17, 16, 18, 17, 19 };

static const SksPrintStyle title_style = { SKS_PRINT_FONT_TITLE, 16, SKS_PRINT_ALIGN_CENTER,
                                           SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle subtitle_style = { SKS_PRINT_FONT_TEXT, 10, SKS_PRINT_ALIGN_CENTER,
                                              SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle unit_style = { SKS_PRINT_FONT_TEXT, 10, SKS_PRINT_ALIGN_RIGHT,
                                          SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle section_style = { SKS_PRINT_FONT_LABEL, 12, SKS_PRINT_ALIGN_LEFT,
                                             SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle text_style = { SKS_PRINT_FONT_TEXT, 10.5, SKS_PRINT_ALIGN_LEFT,
                                          SKS_PRINT_VALIGN_TOP };
/* The stamp line at the bottom of its row, room for the seal above. */
static const SksPrintStyle stamp_style = { SKS_PRINT_FONT_TEXT, 10.5, SKS_PRINT_ALIGN_LEFT,
                                           SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle head_style = { SKS_PRINT_FONT_LABEL, 9, SKS_PRINT_ALIGN_CENTER,
                                          SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle cell_style = { SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_LEFT,
                                          SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle centre_style = { SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_CENTER,
                                            SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle amount_style = { SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_RIGHT,
                                            SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle total_style = { SKS_PRINT_FONT_LABEL, 9, SKS_PRINT_ALIGN_CENTER,
                                           SKS_PRINT_VALIGN_MIDDLE };

/* The columns' headings, shared by the PDF and the workbook. @excellent:
 * the fifth column is the evaluation, not the fiscal affiliation. */
const char *
_sks_print_funding_heading (guint    column,
                gboolean excellent)
{
  switch (column)
    {
    case 0: return C_("funding", "No.");
    case 1: return C_("funding", "Studio");
    case 2: return C_("funding", "Applying unit");
    case 3: return C_("funding", "Recommending unit");
    case 4: return excellent ? C_("funding", "Evaluation") : C_("funding", "Fiscal affiliation");
    case 5: return C_("funding", "Grant (yuan)");
    case 6: return C_("funding", "City finance (yuan)");
    case 7: return C_("funding", "County/district finance (yuan)");
    default: return "";
    }
}

char *
_sks_print_funding_fifth_cell (const SksFundingLine *line,
                gboolean              excellent)
{
  if (!excellent)
    return g_strdup (sks_funding_line_get_payer_level (line));
  return g_strdup (sks_enum_get_label (SKS_TYPE_EVALUATION_KIND, line->studio->evaluation_kind));
}

static char *
dup_amount_or_blank (gint64   yuan,
                     gboolean show_zero)
{
  return yuan != 0 || show_zero ? sks_funding_format_yuan (yuan) : g_strdup ("");
}

static void
add_line_row (SksPrintTable        *table,
              const SksFundingLine *line,
              guint                 number,
              gboolean              excellent)
{
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
  g_autofree char *serial = g_strdup_printf ("%u", number);
  g_autofree char *fifth = _sks_print_funding_fifth_cell (line, excellent);
  g_autofree char *amount = sks_funding_format_yuan (line->grant->amount);
  g_autofree char *city = dup_amount_or_blank (line->city_amount, FALSE);
  g_autofree char *local = dup_amount_or_blank (line->local_amount, FALSE);
  const SksFundedStudio *studio = line->studio;

  row->min_height_mm = 9;
  sks_print_row_add_cell (row, serial, 1, &centre_style);
  sks_print_row_add_cell (row, studio->studio_name ? studio->studio_name : "", 1, &cell_style);
  sks_print_row_add_cell (row, studio->unit_name ? studio->unit_name : "", 1, &cell_style);
  sks_print_row_add_cell (row, studio->recommender_name ? studio->recommender_name : "", 1,
                          &centre_style);
  sks_print_row_add_cell (row, fifth, 1, &centre_style);
  sks_print_row_add_cell (row, amount, 1, &amount_style);
  if (line->note != NULL)
    sks_print_row_add_cell (row, line->note, 2, &cell_style);
  else
    {
      sks_print_row_add_cell (row, city, 1, &amount_style);
      sks_print_row_add_cell (row, local, 1, &amount_style);
    }
}

static void
section_sums (GPtrArray *lines,
              gint64    *city,
              gint64    *local)
{
  *city = *local = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      const SksFundingLine *line = g_ptr_array_index (lines, i);

      *city += line->city_amount;
      *local += line->local_amount;
    }
}

static void
add_grant_table (SksPrintDoc *doc,
                 GPtrArray   *lines,
                 gint64       total,
                 gboolean     excellent)
{
  SksPrintTable *table = sks_print_doc_add_table (doc, N_COLUMNS, widths);
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);
  g_autofree char *total_text = sks_funding_format_yuan (total);
  g_autofree char *city_text = NULL;
  g_autofree char *local_text = NULL;
  gint64 city, local;

  table->grid = TRUE;
  for (guint c = 0; c < N_COLUMNS; c++)
    sks_print_row_add_cell (row, _sks_print_funding_heading (c, excellent), 1, &head_style);
  for (guint i = 0; i < lines->len; i++)
    add_line_row (table, g_ptr_array_index (lines, i), i + 1, excellent);
  section_sums (lines, &city, &local);
  city_text = sks_funding_format_yuan (city);
  local_text = sks_funding_format_yuan (local);
  row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
  row->min_height_mm = 8;
  sks_print_row_add_cell (row, C_("funding", "Total"), 5, &total_style);
  sks_print_row_add_cell (row, total_text, 1, &amount_style);
  sks_print_row_add_cell (row, city_text, 1, &amount_style);
  sks_print_row_add_cell (row, local_text, 1, &amount_style);
}

static void
add_payer_row (SksPrintTable *table,
               const char    *name,
               const char    *level,
               gint64         amount,
               gboolean       bold)
{
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
  g_autofree char *text = sks_funding_format_yuan (amount);

  row->min_height_mm = 7;
  sks_print_row_add_cell (row, name, 1, bold ? &total_style : &cell_style);
  sks_print_row_add_cell (row, level, 1, &centre_style);
  sks_print_row_add_cell (row, text, 1, &amount_style);
}

static void
add_payer_table (SksPrintDoc      *doc,
                 SksFundingReport *report)
{
  const double payer_widths[] = { 80, 36, 40 };
  SksPrintTable *table = sks_print_doc_add_table (doc, 3, payer_widths);
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);

  table->grid = TRUE;
  sks_print_row_add_cell (row, C_("funding", "Payer"), 1, &head_style);
  sks_print_row_add_cell (row, C_("funding", "Level"), 1, &head_style);
  sks_print_row_add_cell (row, C_("funding", "Amount (yuan)"), 1, &head_style);
  for (guint i = 0; i < report->payers->len; i++)
    {
      const SksFundingPayer *payer = g_ptr_array_index (report->payers, i);

      add_payer_row (table, payer->name,
                     sks_enum_get_label (SKS_TYPE_FISCAL_AFFILIATION, payer->level),
                     payer->amount, FALSE);
    }
  if (report->unknown_amount > 0)
    add_payer_row (table, _("Split unknown (fiscal affiliation not given)"), "—",
                   report->unknown_amount, FALSE);
  add_payer_row (table, C_("funding", "Grand total"), "", report->total, TRUE);
}

/* The basis, the notes and the stamp line in one borderless table whose
 * rows keep with the next: the stamp line never stands alone on a page. */
static void
add_row (SksPrintTable *table,
         const char    *text,
         gboolean       keep)
{
  SksPrintRow *row = sks_print_table_add_row (table, keep ? SKS_PRINT_ROW_KEEP_WITH_NEXT
                                                           : SKS_PRINT_ROW_NO_SPLIT);

  sks_print_row_add_cell (row, text, 1, &text_style);
}

static void
add_texts (SksPrintTable *table,
           const char    *heading,
           GPtrArray     *texts)
{
  if (texts->len == 0)
    return;
  add_row (table, heading, TRUE);
  for (guint i = 0; i < texts->len; i++)
    add_row (table, g_ptr_array_index (texts, i), TRUE);
}

static void
add_closing (SksPrintDoc      *doc,
             SksFundingReport *report)
{
  const double width[] = { TEXT_WIDTH_MM };
  SksPrintTable *table;
  SksPrintRow *row;

  sks_print_doc_add_space (doc, 3);
  table = sks_print_doc_add_table (doc, 1, width);
  table->grid = FALSE;
  add_texts (table, _("Basis:"), report->basis);
  add_texts (table, _("Notes:"), report->notes);
  row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
  row->min_height_mm = 24;
  sks_print_row_add_cell (row, _("Unit (seal): ____________________        "
                                 "Date: ______ year ____ month ____ day"), 1, &stamp_style);
}

char *
_sks_print_funding_excellent_heading (SksFundingReport *report)
{
  /* TRANSLATORS: the section of grants for evaluations graded 优秀, e.g.
   * 考核优秀资助（2024年度） */
  return g_strdup_printf (_("Grants for evaluations graded excellent (%d)"),
                          (int) report->excellent_year);
}

char *
_sks_print_funding_subtitle (SksFundingReport *report)
{
  /* TRANSLATORS: the issuing bureau; the table is the bureau's own */
  return g_strdup_printf (_("Prepared by %s: the bureau’s own table, not an annex of the "
                            "notice"), report->bureau ? report->bureau : "");
}

/**
 * sks_print_funding_doc_new:
 *
 * Returns: (transfer full) (nullable): the report, A4 portrait; NULL with
 *   SKS_FUNDING_REPORT_ERROR_EMPTY when nothing is recognised
 */
SksPrintDoc *
sks_print_funding_doc_new (SksFundingReport  *report,
                           GError           **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (!sks_funding_report_check_not_empty (report, error))
    return NULL;
  doc = sks_print_doc_new ();
  g_free (doc->title);
  doc->title = g_strdup (report->title);
  subtitle = _sks_print_funding_subtitle (report);
  sks_print_doc_add_text (doc, report->title, &title_style);
  sks_print_doc_add_space (doc, 1);
  sks_print_doc_add_text (doc, subtitle, &subtitle_style);
  sks_print_doc_add_space (doc, 3);
  sks_print_doc_add_text (doc, _("Unit: yuan"), &unit_style);
  if (report->lines->len > 0)
    add_grant_table (doc, report->lines, report->lines_total, FALSE);
  if (report->excellent_year > 0)
    {
      g_autofree char *heading = _sks_print_funding_excellent_heading (report);

      sks_print_doc_add_space (doc, 5);
      sks_print_doc_add_text (doc, heading, &section_style);
      sks_print_doc_add_space (doc, 2);
      add_grant_table (doc, report->excellent, report->excellent_total, TRUE);
    }
  sks_print_doc_add_space (doc, 5);
  sks_print_doc_add_text (doc, _("Totals by payer"), &section_style);
  sks_print_doc_add_space (doc, 2);
  add_payer_table (doc, report);
  add_closing (doc, report);
  return g_steal_pointer (&doc);
}

gboolean
sks_print_funding_write_pdf (SksFundingReport  *report,
                             const char        *path,
                             GError           **error)
{
  g_autoptr(SksPrintDoc) doc = sks_print_funding_doc_new (report, error);

  return doc != NULL && sks_print_write_pdf (doc, path, error);
}

gboolean
sks_print_funding_export (SksFundingReport  *report,
                          const char        *path,
                          GError           **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX"))
    return sks_print_funding_write_xlsx (report, path, error);
  return sks_print_funding_write_pdf (report, path, error);
}
