/* sks-print-doc.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include "sks-print-doc.h"

G_DEFINE_QUARK (sks-print-error-quark, sks_print_error)

G_DEFINE_BOXED_TYPE (SksPrintDoc, sks_print_doc, sks_print_doc_ref, sks_print_doc_unref)

static void
cell_free (gpointer data)
{
  SksPrintCell *cell = data;

  g_free (cell->text);
  g_free (cell->note);
  g_free (cell->foot);
  g_free (cell->tag);
  g_free (cell);
}

static void
row_free (gpointer data)
{
  SksPrintRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row->continued_title);
  g_free (row);
}

static void
table_free (SksPrintTable *table)
{
  g_array_unref (table->widths_mm);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (gpointer data)
{
  SksPrintBlock *block = data;

  g_free (block->text);
  g_clear_pointer (&block->table, table_free);
  g_free (block);
}

SksPrintDoc *
sks_print_doc_new (void)
{
  SksPrintDoc *doc = g_new0 (SksPrintDoc, 1);

  g_ref_count_init (&doc->ref_count);
  doc->paper_width_mm = 210;
  doc->paper_height_mm = 297;
  /* GB/T 9704-2012 §5.2.1: top 37 mm, binding edge 28 mm, text block 156 × 225 mm */
  doc->margin_top_mm = 37;
  doc->margin_left_mm = 28;
  doc->margin_right_mm = 26;
  doc->margin_bottom_mm = 35;
  doc->families[SKS_PRINT_FONT_TEXT] = g_strdup ("DejaVu Serif, Noto Serif CJK SC");
  doc->families[SKS_PRINT_FONT_LABEL] = g_strdup ("DejaVu Sans, Noto Sans CJK SC");
  doc->families[SKS_PRINT_FONT_TITLE] = g_strdup ("DejaVu Serif, Noto Serif CJK SC");
  doc->line_height = 1.3;
  doc->cell_padding_x_mm = 1.2;
  doc->cell_padding_y_mm = 1.0;
  doc->rule_width_pt = 0.5;
  doc->note_size = 9;
  doc->page_numbers = TRUE;
  doc->page_number_size = 14;
  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  return doc;
}

SksPrintDoc *
sks_print_doc_ref (SksPrintDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_ref_count_inc (&doc->ref_count);
  return doc;
}

void
sks_print_doc_unref (SksPrintDoc *doc)
{
  g_return_if_fail (doc != NULL);
  if (!g_ref_count_dec (&doc->ref_count))
    return;
  g_free (doc->title);
  g_free (doc->creation_date);
  for (guint i = 0; i < SKS_PRINT_N_FONTS; i++)
    g_free (doc->families[i]);
  g_free (doc->continued_suffix);
  g_free (doc->continued_marker);
  g_ptr_array_unref (doc->blocks);
  g_free (doc);
}

static SksPrintBlock *
add_block (SksPrintDoc       *doc,
           SksPrintBlockKind  kind)
{
  SksPrintBlock *block = g_new0 (SksPrintBlock, 1);

  block->kind = kind;
  g_ptr_array_add (doc->blocks, block);
  return block;
}

SksPrintBlock *
sks_print_doc_add_text (SksPrintDoc         *doc,
                        const char          *text,
                        const SksPrintStyle *style)
{
  SksPrintBlock *block;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  block = add_block (doc, SKS_PRINT_BLOCK_TEXT);
  block->text = g_strdup (text ? text : "");
  block->style = *style;
  return block;
}

SksPrintBlock *
sks_print_doc_add_space (SksPrintDoc *doc,
                         double       height_mm)
{
  SksPrintBlock *block;

  g_return_val_if_fail (doc != NULL, NULL);

  block = add_block (doc, SKS_PRINT_BLOCK_SPACE);
  block->height_mm = height_mm;
  return block;
}

SksPrintBlock *
sks_print_doc_add_page_break (SksPrintDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return add_block (doc, SKS_PRINT_BLOCK_PAGE_BREAK);
}

SksPrintBlock *
sks_print_doc_add_section_break (SksPrintDoc *doc)
{
  SksPrintBlock *block;

  g_return_val_if_fail (doc != NULL, NULL);
  block = add_block (doc, SKS_PRINT_BLOCK_PAGE_BREAK);
  block->restart_numbers = TRUE;
  return block;
}

SksPrintTable *
sks_print_doc_add_table (SksPrintDoc  *doc,
                         guint         n_columns,
                         const double *widths_mm)
{
  SksPrintBlock *block;
  SksPrintTable *table;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (widths_mm != NULL, NULL);

  table = g_new0 (SksPrintTable, 1);
  table->widths_mm = g_array_sized_new (FALSE, FALSE, sizeof (double), n_columns);
  g_array_append_vals (table->widths_mm, widths_mm, n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->grid = TRUE;
  block = add_block (doc, SKS_PRINT_BLOCK_TABLE);
  block->table = table;
  return table;
}

SksPrintRow *
sks_print_table_add_row (SksPrintTable    *table,
                         SksPrintRowFlags  flags)
{
  SksPrintRow *row;

  g_return_val_if_fail (table != NULL, NULL);

  row = g_new0 (SksPrintRow, 1);
  row->cells = g_ptr_array_new_with_free_func (cell_free);
  row->flags = flags;
  g_ptr_array_add (table->rows, row);
  return row;
}

guint
sks_print_table_get_n_columns (const SksPrintTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->widths_mm->len;
}

double
sks_print_table_get_width_mm (const SksPrintTable *table)
{
  double width = 0;

  g_return_val_if_fail (table != NULL, 0);
  for (guint i = 0; i < table->widths_mm->len; i++)
    width += g_array_index (table->widths_mm, double, i);
  return width;
}

SksPrintCell *
sks_print_row_add_cell (SksPrintRow         *row,
                        const char          *text,
                        guint                span,
                        const SksPrintStyle *style)
{
  SksPrintCell *cell;

  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  cell = g_new0 (SksPrintCell, 1);
  cell->text = g_strdup (text ? text : "");
  cell->span = MAX (span, 1);
  cell->style = *style;
  g_ptr_array_add (row->cells, cell);
  return cell;
}
