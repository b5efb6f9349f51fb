/* sks-print-layout-private.h — what the layout engine's files share:
 * measuring (sks-print-measure.c), flowing onto pages (sks-print-layout.c)
 * and drawing (sks-print-render.c)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "sks-print-layout.h"

G_BEGIN_DECLS

#define PT_PER_MM (72.0 / 25.4)
#define MM(v) ((v) * PT_PER_MM)
#define PU(v) ((double) (v) / PANGO_SCALE)
#define EPSILON 0.01

/* Distance of the page number below the text block (GB/T 9704 §7.5). */
#define PAGE_NUMBER_GAP_MM 7.0
/* Where the seal square sits in a seal box, from the box's bottom right. */
#define SEAL_RIGHT_MM 6.0
#define SEAL_BOTTOM_MM 1.5

typedef struct {
  const SksPrintCell *cell;
  PangoLayout        *layout;        /* NULL when the cell is empty */
  PangoLayout        *foot;
  double              x;             /* border box, from the table's left edge */
  double              width;
  double              dx;            /* shift of a spread (分散对齐) label */
  int                 text_height;   /* Pango units */
  int                 n_lines;
  int                *line_bottoms;  /* lazily; Pango units from the layout's top */
  int                *line_starts;   /* lazily; byte index, n_lines + 1 entries */
} LCell;

typedef struct {
  const SksPrintRow *row;
  LCell             *cells;
  guint              n_cells;
  double             height;         /* natural height with padding, points */
  double             min_height;
  gint               measured;       /* atomic: the fields above are set */
} LRow;

typedef struct {
  const SksPrintTable *table;
  LRow                *rows;
  guint                n_rows;
  guint                n_header;
  double               x;
  double               width;
  double               header_height;
  double              *col_x;          /* column edges, from the table's left */
  gint                 next_row;       /* atomic: the next row nobody measures yet */
  GMutex               mutex;
  GCond                measured_cond;  /* a row was measured */
  GPtrArray           *threads;        /* measuring the rows; NULL once joined */
} LTable;

typedef enum {
  ITEM_TEXT,
  ITEM_ROW,
} ItemKind;

/* One thing placed on a page. A row item may be one slice of a split row:
 * then @first and @end give the lines of each cell drawn on this page. */
typedef struct {
  ItemKind     kind;
  double       x;
  double       y;
  double       width;
  double       height;
  double       dx;
  PangoLayout *layout;
  LTable      *table;
  guint        row;
  int         *first;
  int         *end;
  gboolean     foot;
  gboolean     marker;
  gboolean     close_bottom;
} Item;

typedef struct {
  char          *title;
  char          *text;
  char          *tag;
  SksPrintStyle  style;
} Continuation;

struct _SksPrintLayout
{
  GObject               parent_instance;

  SksPrintDoc          *doc;
  SksPrintDoc          *extra;        /* owns the tables of continuation pages */
  PangoContext         *context;
  PangoFontDescription *fonts[SKS_PRINT_N_FONTS];
  PangoLayout          *marker;
  double                page_width;
  double                page_height;
  double                body_x;
  double                body_y;
  double                body_width;
  double                body_height;
  double                pad_x;
  double                pad_y;
  GPtrArray            *tables;       /* LTable */
  GPtrArray            *text_layouts; /* PangoLayout */
  GPtrArray            *pages;        /* GArray of Item */
  GArray               *sections;     /* guint per page: the first page of its section */
  guint                 section_start;
  GPtrArray            *continuations;
  struct _Shaper       *shaper;       /* measures with @context */
  GPtrArray            *workers;      /* Shaper, one per extra thread */
  gboolean              parallel;
  gboolean              paint_paper;
  cairo_t              *sink;         /* while writing a PDF: where finished pages go */
  guint                 n_sunk;       /* pages already drawn on @sink */
};

/* What measuring text needs. One per thread: Pango's fonts and font maps
 * must not be used by two threads at once, so each worker thread lays its
 * rows out with a font map of its own. All layouts are drawn by one thread,
 * possibly while a worker still measures other rows with the same fonts:
 * drawing a laid-out PangoLayout without underline, strikethrough or
 * background reads only what measuring it has set (its lines' extents, the
 * font's cairo scaled font, which cairo locks itself), and writes nothing
 * in the font map. */
typedef struct _Shaper {
  SksPrintLayout *self;
  PangoContext   *context;
  PangoFontset   *fontsets[SKS_PRINT_N_FONTS];
  GHashTable     *coverage;       /* role << 24 | code point → covered + 1 */
  GHashTable     *shared;         /* short text, style and width → ShapedText */
  guint           unknown_glyphs;
  gboolean        borrowed;       /* @context goes back to the spare ones */
} Shaper;

/* Tables with fewer rows are measured by one thread. */
#define PARALLEL_MIN_ROWS 24
#define MAX_WORKERS 3

GQuark         _sks_print_own_context_quark (void);
void           _sks_print_prepare_context   (PangoContext        *context);
PangoFontDescription *_sks_print_font_for_role (const SksPrintDoc *doc,
                                             SksPrintFont         font);
Shaper        *_sks_print_shaper_new        (SksPrintLayout      *self,
                                             PangoContext        *context);
void           _sks_print_shaper_free       (gpointer             shaper);
PangoLayout   *_sks_print_make_layout       (Shaper              *sh,
                                             const char          *note,
                                             const char          *raw_text,
                                             const SksPrintStyle *style,
                                             double               width,
                                             double              *dx);
double         _sks_print_layout_height     (PangoLayout         *layout);
LTable        *_sks_print_layout_table      (SksPrintLayout      *self,
                                             const SksPrintTable *table);
LRow          *_sks_print_table_row         (SksPrintLayout      *self,
                                             LTable              *lt,
                                             guint                r);
void           _sks_print_table_finish      (SksPrintLayout      *self,
                                             LTable              *lt);
void           _sks_print_sink_page         (SksPrintLayout      *self);
SksPrintLayout *_sks_print_layout_prepare   (SksPrintDoc         *doc,
                                             PangoContext        *context,
                                             GError             **error);
void           _sks_print_layout_flow       (SksPrintLayout      *self);
double         _sks_print_seal_side         (const LCell         *lc);
double         _sks_print_cell_height       (SksPrintLayout      *self,
                                             const LCell         *lc);
void           _sks_print_ensure_lines      (LCell               *lc);

/* Top of line @line of a cell, from the layout's top (Pango units). */
static inline int
_sks_print_line_top (const LCell *lc,
                     int          line)
{
  return line == 0 ? 0 : lc->line_bottoms[line - 1];
}

G_END_DECLS
