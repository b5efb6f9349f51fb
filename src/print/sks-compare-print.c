/* sks-compare-print.c — the comparison as the bureau's working sheet:
 * A4 landscape, one column per application, the header row repeated on
 * every page, long texts wrapped (through the table engine)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-compare"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-compare.h"
#include "sks-print-annex.h"
#include "sks-print-form.h"

#define LABEL_WIDTH_MM 42.0

static const SksPrintStyle title_style = {
  SKS_PRINT_FONT_TITLE, 16, SKS_PRINT_ALIGN_CENTER, SKS_PRINT_VALIGN_TOP
};
static const SksPrintStyle note_style = {
  SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_LEFT, SKS_PRINT_VALIGN_TOP
};
static const SksPrintStyle header_style = {
  SKS_PRINT_FONT_LABEL, 9.5, SKS_PRINT_ALIGN_CENTER, SKS_PRINT_VALIGN_MIDDLE
};
static const SksPrintStyle section_style = {
  SKS_PRINT_FONT_LABEL, 10, SKS_PRINT_ALIGN_LEFT, SKS_PRINT_VALIGN_MIDDLE
};
static const SksPrintStyle label_style = {
  SKS_PRINT_FONT_LABEL, 9, SKS_PRINT_ALIGN_LEFT, SKS_PRINT_VALIGN_TOP
};
static const SksPrintStyle value_style = {
  SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_LEFT, SKS_PRINT_VALIGN_TOP
};

static char *
dup_title (SksComparison *self)
{
  g_autofree char *city = sks_print_form_city_name (sks_comparison_get_round (self));

  /* Translators: the printed sheet's title; %s is the city (湖州市). It must
   * say that this is the bureau's own sheet, not one of the notice's annexes. */
  return g_strdup_printf (_("%s Skill Master Studio applications compared — the bureau’s "
                            "working sheet, not an annex of the notice"), city);
}

static char *
dup_subtitle (SksComparison *self)
{
  SksRound *round = sks_comparison_get_round (self);
  const GDate *reference = sks_comparison_get_reference_date (self);
  char date[32];

  g_date_strftime (date, sizeof date, "%Y-%m-%d", reference);
  /* Translators: under the comparison's title: the round, the day the ages
   * are taken, and what ≠ means */
  return g_strdup_printf (_("Round: %s. Ages on %s. Rows marked ≠ differ between the "
                            "applications. ID numbers and phone numbers are masked."),
                          round ? sks_round_get_title (round) : _("none"), date);
}

static void
add_header_row (SksComparison *self,
                SksPrintTable *table)
{
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);

  sks_print_row_add_cell (row, _("Application"), 1, &header_style);
  for (guint i = 0; i < sks_comparison_get_n_columns (self); i++)
    {
      const SksCompareColumn *column = sks_comparison_get_column (self, i);
      g_autofree char *text =
        g_strdup_printf ("%s\n%s · %s\n%s", column->studio, column->master,
                         column->unit ? column->unit : "", column->verdict_label);

      sks_print_row_add_cell (row, text, 1, &header_style);
    }
}

static void
add_section_row (SksPrintTable     *table,
                 SksCompareSection  section,
                 guint              n_columns)
{
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_KEEP_WITH_NEXT
                                                     | SKS_PRINT_ROW_NO_SPLIT);

  sks_print_row_add_cell (row, sks_compare_section_get_label (section), n_columns + 1,
                          &section_style);
}

static void
add_value_row (SksPrintTable       *table,
               const SksCompareRow *compare_row)
{
  SksPrintRow *row = sks_print_table_add_row (table, compare_row->long_text
                                                     ? 0 : SKS_PRINT_ROW_NO_SPLIT);
  g_autofree char *label = compare_row->differs
                           ? g_strconcat ("≠ ", compare_row->label, NULL)
                           : g_strdup (compare_row->label);

  sks_print_row_add_cell (row, label, 1, &label_style);
  for (guint i = 0; compare_row->values[i] != NULL; i++)
    sks_print_row_add_cell (row, *compare_row->values[i] ? compare_row->values[i] : "—", 1,
                            &value_style);
}

/**
 * sks_comparison_print_doc_new:
 *
 * Returns: (transfer full): the comparison as a printable document, A4
 *   landscape
 */
SksPrintDoc *
sks_comparison_print_doc_new (SksComparison *self)
{
  g_autoptr(SksPrintDoc) doc = sks_print_doc_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  guint n_columns;
  g_autofree double *widths = NULL;
  SksPrintTable *table;
  SksCompareSection section = SKS_COMPARE_N_SECTIONS;
  SksPrintBlock *block;

  g_return_val_if_fail (SKS_IS_COMPARISON (self), NULL);

  n_columns = sks_comparison_get_n_columns (self);
  doc->paper_width_mm = 297;
  doc->paper_height_mm = 210;
  doc->margin_top_mm = doc->margin_bottom_mm = 15;
  doc->margin_left_mm = doc->margin_right_mm = 15;
  doc->page_number_size = 10;
  doc->line_height = 1.25;
  title = dup_title (self);
  doc->title = g_strdup (title);

  block = sks_print_doc_add_text (doc, title, &title_style);
  block->space_after_mm = 2;
  subtitle = dup_subtitle (self);
  block = sks_print_doc_add_text (doc, subtitle, &note_style);
  block->space_after_mm = 3;

  widths = g_new (double, n_columns + 1);
  widths[0] = LABEL_WIDTH_MM;
  for (guint i = 0; i < n_columns; i++)
    widths[i + 1] = (297 - 30 - LABEL_WIDTH_MM) / n_columns;
  table = sks_print_doc_add_table (doc, n_columns + 1, widths);
  table->grid = TRUE;
  add_header_row (self, table);
  for (guint r = 0; r < sks_comparison_get_n_rows (self); r++)
    {
      const SksCompareRow *row = sks_comparison_get_row (self, r);

      if (row->section != section)
        add_section_row (table, section = row->section, n_columns);
      add_value_row (table, row);
    }
  return g_steal_pointer (&doc);
}

/* Writes the comparison sheet to @path as PDF. */
gboolean
sks_comparison_write_pdf (SksComparison  *self,
                          const char     *path,
                          GError        **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;

  g_return_val_if_fail (SKS_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  doc = sks_comparison_print_doc_new (self);
  return sks_print_write_pdf (doc, path, error);
}
