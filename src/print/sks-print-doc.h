/* sks-print-doc.h — a printable document described as data: page, title
 * blocks, tables with multi-line headers, seal boxes
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Layer 1 of printing (see STYLE.md, "Printing"): plain data, no Pango, no
 * cairo. A document is a list of blocks (text, table, space, page break)
 * flowed onto pages of one size. A table has columns of fixed width in mm
 * and rows of cells that may span columns. Everything the renderer needs
 * to know about a form is here, so a new form is a new description
 * (usually a file in data/forms/, see sks-print-form.h), not drawing code.
 *
 * Lengths are in millimetres, font sizes in points.
 */

#define SKS_PRINT_ERROR (sks_print_error_quark ())

typedef enum {
  SKS_PRINT_ERROR_NO_FONT,    /* no installed font covers Chinese text */
  SKS_PRINT_ERROR_FORM,       /* a form description is malformed */
  SKS_PRINT_ERROR_NOT_FOUND,  /* the application, round or unit to print does not exist */
  SKS_PRINT_ERROR_WRITE,      /* the PDF could not be written */
  SKS_PRINT_ERROR_SCORES,     /* an evaluation's scores are impossible on its rubric */
} SksPrintError;

GQuark sks_print_error_quark (void);

typedef enum {
  SKS_PRINT_FONT_TEXT,   /* Song-style serif for text (宋体) */
  SKS_PRINT_FONT_LABEL,  /* Hei-style sans for labels (黑体) */
  SKS_PRINT_FONT_TITLE,  /* heavy Song for titles (小标宋) */
  SKS_PRINT_N_FONTS
} SksPrintFont;

typedef enum {
  SKS_PRINT_ALIGN_LEFT,
  SKS_PRINT_ALIGN_CENTER,
  SKS_PRINT_ALIGN_RIGHT,
  SKS_PRINT_ALIGN_DISTRIBUTE, /* one line spread over the whole width (表格标签 分散对齐) */
} SksPrintAlign;

typedef enum {
  SKS_PRINT_VALIGN_TOP,
  SKS_PRINT_VALIGN_MIDDLE,
} SksPrintVAlign;

typedef struct {
  SksPrintFont   font;
  double         size;    /* points; 10.5 is 五号, 16 三号, 22 二号 */
  SksPrintAlign  align;
  SksPrintVAlign valign;
} SksPrintStyle;

/**
 * SksPrintCell:
 * @text: the cell's text (UTF-8; line breaks allowed)
 * @note: (nullable): printed before @text in the document's note size, e.g.
 *   the form's hint "（可另附页）"
 * @foot: (nullable): a block at the bottom right, e.g. "（盖章）\n年　月　日"
 * @seal_mm: with @foot: the side of a square kept free of text around the
 *   foot for a seal (a bureau's seal is 42 mm)
 * @tag: (nullable): names the cell; continuation pages and the boxes that
 *   sks_print_layout_get_boxes() reports carry it
 * @span: number of columns the cell covers (≥ 1)
 * @rule_below: draws a line under the cell (fields on a cover page)
 */
typedef struct {
  char          *text;
  char          *note;
  char          *foot;
  double         seal_mm;
  char          *tag;
  guint          span;
  gboolean       rule_below;
  SksPrintStyle  style;
} SksPrintCell;

typedef enum {
  SKS_PRINT_ROW_HEADER         = 1 << 0, /* repeated on every page the table continues on */
  SKS_PRINT_ROW_KEEP_WITH_NEXT = 1 << 1, /* never the last row on a page */
  SKS_PRINT_ROW_NO_SPLIT       = 1 << 2, /* moved whole to the next page when it does not fit */
} SksPrintRowFlags;

/**
 * SksPrintRow:
 * @min_height_mm: the row is at least this tall (writing room, seal room)
 * @max_height_mm: with @continued_title: the row is at most this tall, and
 *   never taller than what is left of the page; the text of cell
 *   @overflow_cell that does not fit continues on continuation pages
 *   headed "@continued_title（续）" after the document (the forms' 可另附页)
 */
typedef struct {
  GPtrArray        *cells;
  SksPrintRowFlags  flags;
  double            min_height_mm;
  double            max_height_mm;
  char             *continued_title;
  guint             overflow_cell;
} SksPrintRow;

typedef struct {
  GArray    *widths_mm;  /* double, one per column */
  GPtrArray *rows;       /* SksPrintRow; header rows first */
  gboolean   grid;       /* draw the cell borders */
} SksPrintTable;

typedef enum {
  SKS_PRINT_BLOCK_TEXT,
  SKS_PRINT_BLOCK_TABLE,
  SKS_PRINT_BLOCK_SPACE,
  SKS_PRINT_BLOCK_PAGE_BREAK,
} SksPrintBlockKind;

/**
 * SksPrintBlock:
 * @at_bottom: a text block placed at the bottom of the page's text area
 *   (the issuing bureau and date on a cover)
 * @restart_numbers: a page break after which the page numbers start again
 *   at "— 1 —": several documents in one (each reviewer's score sheet)
 */
typedef struct {
  SksPrintBlockKind  kind;
  char              *text;
  SksPrintStyle      style;
  double             space_before_mm;
  double             space_after_mm;
  gboolean           at_bottom;
  SksPrintTable     *table;
  double             height_mm;
  gboolean           restart_numbers;
} SksPrintBlock;

/**
 * SksPrintDoc:
 * @title: the PDF's title
 * @creation_date: (nullable): ISO 8601, written as the PDF's creation date
 *   so that the same data gives a byte-identical file
 * @families: Pango family lists per #SksPrintFont; Latin fonts first keeps
 *   the embedded CJK subsets small
 * @line_height: line distance as a multiple of the font size (0: the font's)
 * @note_size: font size of cell notes
 * @page_numbers: print "— 1 —" page numbers as GB/T 9704 places them
 * @first_numbered_page: 0-based index of the page that shows "— 1 —"
 *   (a cover goes unnumbered)
 * @continued_suffix: appended to a section name on continuation pages, "（续）"
 * @continued_marker: printed at the foot of a box whose text continues, "（续见附页）"
 */
typedef struct {
  grefcount  ref_count;

  char      *title;
  char      *creation_date;
  double     paper_width_mm;
  double     paper_height_mm;
  double     margin_top_mm;
  double     margin_right_mm;
  double     margin_bottom_mm;
  double     margin_left_mm;
  char      *families[SKS_PRINT_N_FONTS];
  double     line_height;
  double     cell_padding_x_mm;
  double     cell_padding_y_mm;
  double     rule_width_pt;
  double     note_size;
  gboolean   page_numbers;
  guint      first_numbered_page;
  double     page_number_size;
  char      *continued_suffix;
  char      *continued_marker;
  GPtrArray *blocks;
} SksPrintDoc;

#define SKS_TYPE_PRINT_DOC (sks_print_doc_get_type ())

GType          sks_print_doc_get_type       (void) G_GNUC_CONST;

/* A4 portrait with the GB/T 9704 text block (156 × 225 mm), the Noto CJK
 * families and official page numbers. */
SksPrintDoc   *sks_print_doc_new            (void);
SksPrintDoc   *sks_print_doc_ref            (SksPrintDoc       *doc);
void           sks_print_doc_unref          (SksPrintDoc       *doc);

SksPrintBlock *sks_print_doc_add_text       (SksPrintDoc       *doc,
                                             const char        *text,
                                             const SksPrintStyle *style);
SksPrintBlock *sks_print_doc_add_space      (SksPrintDoc       *doc,
                                             double             height_mm);
SksPrintBlock *sks_print_doc_add_page_break (SksPrintDoc       *doc);
/* A page break after which the page numbers start again at 1. */
SksPrintBlock *sks_print_doc_add_section_break (SksPrintDoc    *doc);
SksPrintTable *sks_print_doc_add_table      (SksPrintDoc       *doc,
                                             guint              n_columns,
                                             const double      *widths_mm);

SksPrintRow   *sks_print_table_add_row      (SksPrintTable     *table,
                                             SksPrintRowFlags   flags);
guint          sks_print_table_get_n_columns (const SksPrintTable *table);
double         sks_print_table_get_width_mm (const SksPrintTable *table);

SksPrintCell  *sks_print_row_add_cell       (SksPrintRow       *row,
                                             const char        *text,
                                             guint              span,
                                             const SksPrintStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksPrintDoc, sks_print_doc_unref)

G_END_DECLS
