/* sks-print-layout.h — lays an SksPrintDoc out on pages with Pango and
 * draws any page on any cairo context (no GTK)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sks-print-doc.h"

G_BEGIN_DECLS

/*
 * Layer 2 of printing. sks_print_layout_new() measures every text once with
 * the Pango context it is given (a GtkPrintContext's, or the one
 * sks_print_context_new() makes for PDF files), wraps Chinese text, grows
 * rows, moves a row that does not fit to the next page or splits it at a
 * line boundary, repeats header rows, and records the page breaks. Then
 * sks_print_layout_draw_page() draws page n on demand. Units are points
 * (1/72 inch) with the origin at the top left corner of the paper.
 */

#define SKS_TYPE_PRINT_LAYOUT (sks_print_layout_get_type ())

G_DECLARE_FINAL_TYPE (SksPrintLayout, sks_print_layout, SKS, PRINT_LAYOUT, GObject)

typedef enum {
  SKS_PRINT_BOX_TEXT,         /* a text block (title, label, …) */
  SKS_PRINT_BOX_CELL,         /* a table cell: its border rectangle */
  SKS_PRINT_BOX_CELL_TEXT,    /* where the cell's text was drawn */
  SKS_PRINT_BOX_FOOT,         /* the （盖章）/date block of a seal box */
  SKS_PRINT_BOX_SEAL,         /* the square kept free for the seal */
  SKS_PRINT_BOX_MARKER,       /* "continued" marker at the foot of a box */
  SKS_PRINT_BOX_PAGE_NUMBER,
} SksPrintBoxKind;

/**
 * SksPrintBox:
 * @text: the text drawn in the box (on this page only, for a split cell)
 * @tag: (nullable): the cell's tag
 *
 * Where something was drawn; for tests and for a preview that wants to
 * highlight a field.
 */
typedef struct {
  SksPrintBoxKind  kind;
  double           x;
  double           y;
  double           width;
  double           height;
  char            *text;
  char            *tag;
} SksPrintBox;

PangoContext   *sks_print_context_new          (void);
gboolean        sks_print_check_fonts          (PangoContext    *context,
                                                const SksPrintDoc *doc,
                                                GError         **error);

SksPrintLayout *sks_print_layout_new           (SksPrintDoc     *doc,
                                                PangoContext    *context,
                                                GError         **error);
SksPrintDoc    *sks_print_layout_get_doc       (SksPrintLayout  *self);
guint           sks_print_layout_get_n_pages   (SksPrintLayout  *self);
double          sks_print_layout_get_page_width  (SksPrintLayout *self);
double          sks_print_layout_get_page_height (SksPrintLayout *self);
guint           sks_print_layout_get_unknown_glyphs (SksPrintLayout *self);
void            sks_print_layout_draw_page     (SksPrintLayout  *self,
                                                cairo_t         *cr,
                                                guint            page_nr);
GPtrArray      *sks_print_layout_get_boxes     (SksPrintLayout  *self,
                                                guint            page_nr);
gboolean        sks_print_layout_write_pdf     (SksPrintLayout  *self,
                                                const char      *path,
                                                GError         **error);
SksPrintLayout *sks_print_layout_new_to_pdf    (SksPrintDoc     *doc,
                                                PangoContext    *context,
                                                const char      *path,
                                                GError         **error);

G_END_DECLS
