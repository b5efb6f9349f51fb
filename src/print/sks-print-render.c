/* sks-print-render.c — draws laid-out pages on any cairo context, reports
 * where things went, writes PDF files
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sks-print-layout-private.h"
#include "sks-print-text.h"
#include "sks-private-file.h"

/* Geometry shared by drawing and boxes ----------------------------------- */

static void
seal_geometry (SksPrintLayout *self,
               const Item     *item,
               const LCell    *lc,
               double         *seal_x,
               double         *seal_y,
               double         *side,
               double         *foot_x,
               double         *foot_y)
{
  int foot_w, foot_h;
  double left = item->x + lc->x;

  *side = _sks_print_seal_side (lc);
  *seal_x = MAX (left + self->pad_x, left + lc->width - MM (SEAL_RIGHT_MM) - *side);
  *seal_y = item->y + item->height - MM (SEAL_BOTTOM_MM) - *side;
  /* The seal goes over the date (骑年盖月): its centre on the last line. */
  pango_layout_get_size (lc->foot, &foot_w, &foot_h);
  *foot_x = *seal_x + (*side - PU (foot_w)) / 2;
  *foot_y = MAX (*seal_y, *seal_y + *side / 2
                              - PU (foot_h) * (2 * pango_layout_get_line_count (lc->foot) - 1)
                                / (2 * pango_layout_get_line_count (lc->foot)));
}

static void
marker_position (SksPrintLayout *self,
                 const Item     *item,
                 const LCell    *lc,
                 double         *x,
                 double         *y)
{
  int w, h;

  pango_layout_get_size (self->marker, &w, &h);
  *x = item->x + lc->x + lc->width - self->pad_x - PU (w);
  *y = item->y + item->height - self->pad_y - PU (h);
}

static gboolean
cell_is_whole (const Item  *item,
               const LCell *lc,
               guint        c)
{
  return item->first == NULL || (item->first[c] == 0 && item->end[c] == lc->n_lines);
}

static double
cell_text_y (SksPrintLayout *self,
             const Item     *item,
             const LCell    *lc,
             guint           c)
{
  if (cell_is_whole (item, lc, c) && lc->foot == NULL
      && lc->cell->style.valign == SKS_PRINT_VALIGN_MIDDLE)
    return item->y + (item->height - PU (lc->text_height)) / 2;
  return item->y + self->pad_y;
}

/* The page of @page_nr's section that shows "— 1 —". */
static guint
first_number_of (SksPrintLayout *self,
                 guint           page_nr)
{
  guint start = page_nr < self->sections->len ? g_array_index (self->sections, guint, page_nr) : 0;

  return MAX (start, self->doc->first_numbered_page);
}

static char *
page_number_text (SksPrintLayout *self,
                  guint           page_nr)
{
  if (!self->doc->page_numbers || page_nr < self->doc->first_numbered_page)
    return NULL;
  /* GB/T 9704 §7.5: the number between two 一字线 (U+2014) */
  return g_strdup_printf ("— %u —", page_nr - first_number_of (self, page_nr) + 1);
}

static PangoLayout *
page_number_layout (SksPrintLayout *self,
                    guint           page_nr,
                    double         *x,
                    double         *y)
{
  g_autofree char *text = page_number_text (self, page_nr);
  SksPrintStyle style = { SKS_PRINT_FONT_TEXT, self->doc->page_number_size, 0, 0 };
  PangoLayout *layout;
  int width;

  if (text == NULL)
    return NULL;
  layout = _sks_print_make_layout (self->shaper, NULL, text, &style, -1, NULL);
  pango_layout_get_size (layout, &width, NULL);
  /* Odd pages right, even pages left, one character in from the text block. */
  if ((page_nr - first_number_of (self, page_nr)) % 2 == 0)
    *x = self->body_x + self->body_width - style.size - PU (width);
  else
    *x = self->body_x + style.size;
  *y = self->body_y + self->body_height + MM (PAGE_NUMBER_GAP_MM);
  return layout;
}

/* Drawing ---------------------------------------------------------------- */

typedef struct {
  cairo_t  *cr;
  gboolean  raster;   /* axis-aligned image target: snap to device pixels */
  double    scale;
  double    line_width;
} Pen;

static void
pen_init (Pen            *pen,
          SksPrintLayout *self,
          cairo_t        *cr)
{
  cairo_matrix_t m;
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  cairo_get_matrix (cr, &m);
  pen->cr = cr;
  pen->scale = m.xx;
  pen->raster = type == CAIRO_SURFACE_TYPE_IMAGE && m.xy == 0 && m.yx == 0 && m.xx == m.yy;
  pen->line_width = self->doc->rule_width_pt;
  if (pen->raster)
    pen->line_width = MAX (1, round (pen->line_width * pen->scale)) / pen->scale;
}

/* Lines sit on a 0.5 pt grid; on image surfaces, on pixel boundaries, so
 * that a 0.5 pt rule is one crisp pixel instead of two grey ones. */
static double
pen_snap (const Pen *pen,
          double     v,
          gboolean   x_axis)
{
  double dx = x_axis ? v : 0, dy = x_axis ? 0 : v, d, lw;

  if (!pen->raster)
    return round (v * 2) / 2;
  cairo_user_to_device (pen->cr, &dx, &dy);
  d = x_axis ? dx : dy;
  lw = round (pen->line_width * pen->scale);
  d = ((int) lw % 2 == 1) ? floor (d) + 0.5 : round (d);
  if (x_axis)
    dx = d;
  else
    dy = d;
  cairo_device_to_user (pen->cr, &dx, &dy);
  return x_axis ? dx : dy;
}

static void
pen_line (const Pen *pen,
          double     x0,
          double     y0,
          double     x1,
          double     y1)
{
  x0 = pen_snap (pen, x0, TRUE);
  x1 = pen_snap (pen, x1, TRUE);
  y0 = pen_snap (pen, y0, FALSE);
  y1 = pen_snap (pen, y1, FALSE);
  cairo_move_to (pen->cr, x0, y0);
  cairo_line_to (pen->cr, x1, y1);
}

/* Glyphs in a row that share a font, gathered over lines and cells and
 * drawn with one cairo_show_text_glyphs() call, with their text and
 * clusters so that the PDF's text is the text (a CJK font's glyph for 大
 * is also its glyph for the radical ⼤). This is what
 * pango_cairo_show_layout() draws for the layouts made here, which have
 * no colours, no decorations and no missing glyphs (those became □ before
 * shaping). On a PDF surface cairo records, analyses and writes each call
 * on its own: writing 1,000 Annex 2 rows takes 8% fewer instructions than
 * with a call per line and run (callgrind). */
typedef struct {
  cairo_t             *cr;
  cairo_scaled_font_t *font;
  GArray              *glyphs;      /* cairo_glyph_t */
  GArray              *clusters;    /* cairo_text_cluster_t */
  GString             *text;
} GlyphRun;

static void
glyph_run_init (GlyphRun *run,
                cairo_t  *cr)
{
  run->cr = cr;
  run->font = NULL;
  run->glyphs = g_array_sized_new (FALSE, FALSE, sizeof (cairo_glyph_t), 4096);
  run->clusters = g_array_sized_new (FALSE, FALSE, sizeof (cairo_text_cluster_t), 4096);
  run->text = g_string_sized_new (16384);
}

static void
glyph_run_clear (GlyphRun *run)
{
  g_array_unref (run->glyphs);
  g_array_unref (run->clusters);
  g_string_free (run->text, TRUE);
}

static void
glyph_run_flush (GlyphRun *run)
{
  if (run->clusters->len > 0)
    {
      cairo_set_scaled_font (run->cr, run->font);
      cairo_show_text_glyphs (run->cr, run->text->str, (int) run->text->len,
                              (cairo_glyph_t *) (gpointer) run->glyphs->data,
                              (int) run->glyphs->len,
                              (cairo_text_cluster_t *) (gpointer) run->clusters->data,
                              (int) run->clusters->len, 0);
    }
  g_array_set_size (run->glyphs, 0);
  g_array_set_size (run->clusters, 0);
  g_string_truncate (run->text, 0);
}

/* The glyphs go to the page in the order of the text, so that what reads
 * a PDF in drawing order (pdftotext -raw, a screen reader) reads
 * 2026年1月15日, not 年月日 2026 1 15: what was gathered is drawn when the
 * font changes. */
static void
glyph_run_set_font (GlyphRun            *run,
                    cairo_scaled_font_t *font)
{
  if (run->font != font)
    {
      glyph_run_flush (run);
      run->font = font;
    }
}

/* A left-to-right run at @x, @y: its glyphs, text and clusters. */
static void
glyph_run_add_item (GlyphRun       *run,
                    const char     *text,
                    PangoGlyphItem *item,
                    double          x,
                    double          y)
{
  PangoGlyphItemIter iter;
  int x_off = 0;

  g_string_append_len (run->text, text + item->item->offset, item->item->length);
  for (gboolean more = pango_glyph_item_iter_init_start (&iter, item, text); more;
       more = pango_glyph_item_iter_next_cluster (&iter))
    {
      cairo_text_cluster_t cluster = { iter.end_index - iter.start_index, 0 };

      for (int i = iter.start_glyph; i < iter.end_glyph; i++)
        {
          const PangoGlyphInfo *info = &item->glyphs->glyphs[i];

          if (info->glyph != PANGO_GLYPH_EMPTY && !(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG))
            {
              cairo_glyph_t glyph = {
                info->glyph,
                x + PU (x_off + info->geometry.x_offset),
                y + PU (info->geometry.y_offset),
              };

              g_array_append_val (run->glyphs, glyph);
              cluster.num_glyphs++;
            }
          x_off += info->geometry.width;
        }
      g_array_append_val (run->clusters, cluster);
    }
}

/* The glyphs of @line, with its origin (left end of the baseline) at @x, @y.
 * Right-to-left runs are drawn by Pango at once. */
static void
glyph_run_add_line (GlyphRun        *run,
                      PangoLayoutLine *line,
                      double           x,
                      double           y)
{
  const char *text = pango_layout_get_text (line->layout);
  int x_off = 0;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *item = l->data;
      cairo_scaled_font_t *font =
        pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->item->analysis.font));
      double run_x = x + PU (x_off);
      double run_y = y - PU (item->y_offset);

      if (item->item->analysis.level % 2 == 1)
        {
          glyph_run_flush (run);
          cairo_move_to (run->cr, run_x, run_y);
          pango_cairo_show_glyph_item (run->cr, text, item);
        }
      else
        {
          glyph_run_set_font (run, font);
          glyph_run_add_item (run, text, item, run_x, run_y);
        }
      x_off += pango_glyph_string_get_width (item->glyphs);
    }
}

/* Lines @first to @end (exclusive) of @layout, whose top lies @top Pango
 * units below the layout's, drawn with that top at @y. */
static void
glyph_run_add_lines (GlyphRun    *run,
                     PangoLayout *layout,
                     int          first,
                     int          end,
                     int          top,
                     double       x,
                     double       y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int i = 0;

  do
    {
      if (i >= first)
        {
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          glyph_run_add_line (run, pango_layout_iter_get_line_readonly (iter),
                              x + PU (logical.x), y + PU (baseline - top));
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_row (SksPrintLayout *self,
          GlyphRun       *run,
          const Item     *item)
{
  const LRow *lr = &item->table->rows[item->row];

  for (guint c = 0; c < lr->n_cells; c++)
    {
      const LCell *lc = &lr->cells[c];
      double x = item->x + lc->x + self->pad_x + lc->dx;

      if (lc->layout != NULL && cell_is_whole (item, lc, c))
        glyph_run_add_lines (run, lc->layout, 0, G_MAXINT, 0, x, cell_text_y (self, item, lc, c));
      else if (lc->layout != NULL && item->end[c] > item->first[c])
        glyph_run_add_lines (run, lc->layout, item->first[c], item->end[c],
                             _sks_print_line_top (lc, item->first[c]), x,
                             item->y + self->pad_y);

      if (lc->foot != NULL && item->foot)
        {
          double sx, sy, side, fx, fy;

          seal_geometry (self, item, lc, &sx, &sy, &side, &fx, &fy);
          glyph_run_add_lines (run, lc->foot, 0, G_MAXINT, 0, fx, fy);
        }
      if (item->marker && c == MIN (lr->row->overflow_cell, lr->n_cells - 1))
        {
          double mx, my;

          marker_position (self, item, lc, &mx, &my);
          glyph_run_add_lines (run, self->marker, 0, G_MAXINT, 0, mx, my);
        }
    }
}

static void
add_row_rules (SksPrintLayout *self,
               const Pen      *pen,
               const Item     *item)
{
  const LRow *lr = &item->table->rows[item->row];
  double x0 = item->x, x1 = item->x + item->width;
  double y0 = item->y, y1 = item->y + item->height;

  if (item->table->table->grid)
    {
      pen_line (pen, x0, y0, x1, y0);
      for (guint c = 0; c < lr->n_cells; c++)
        pen_line (pen, x0 + lr->cells[c].x, y0, x0 + lr->cells[c].x, y1);
      pen_line (pen, x1, y0, x1, y1);
      if (item->close_bottom)
        pen_line (pen, x0, y1, x1, y1);
    }
  for (guint c = 0; c < lr->n_cells; c++)
    {
      const LCell *lc = &lr->cells[c];

      if (lc->cell->rule_below && item->foot)
        pen_line (pen, x0 + lc->x, y1 - self->pad_y / 2, x0 + lc->x + lc->width,
                  y1 - self->pad_y / 2);
    }
}

/**
 * sks_print_layout_draw_page:
 * @cr: any cairo context whose user unit is the point and whose origin is
 *   the paper's top left corner
 *
 * Draws page @page_nr (0-based).
 */
void
sks_print_layout_draw_page (SksPrintLayout *self,
                            cairo_t        *cr,
                            guint           page_nr)
{
  GArray *page;
  GlyphRun run;
  Pen pen;
  double x, y;
  PangoLayout *number;

  g_return_if_fail (SKS_IS_PRINT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  page = g_ptr_array_index (self->pages, page_nr);
  cairo_save (cr);
  if (self->paint_paper)
    {
      /* The paper is white anyway. On a PDF surface this first operation
       * makes the region cairo's page analysis keeps one rectangle, which
       * every later text run falls inside: the analysis of a dense page
       * becomes linear instead of quadratic in its number of runs. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  glyph_run_init (&run, cr);
  for (guint i = 0; i < page->len; i++)
    {
      const Item *item = &g_array_index (page, Item, i);

      if (item->kind == ITEM_TEXT)
        glyph_run_add_lines (&run, item->layout, 0, G_MAXINT, 0, item->x + item->dx, item->y);
      else
        draw_row (self, &run, item);
    }

  number = page_number_layout (self, page_nr, &x, &y);
  if (number != NULL)
    {
      glyph_run_add_lines (&run, number, 0, G_MAXINT, 0, x, y);
      g_object_unref (number);
    }
  glyph_run_flush (&run);
  glyph_run_clear (&run);

  /* All rules of the page as one path: one stroke, square caps so that
   * corners close. */
  pen_init (&pen, self, cr);
  cairo_new_path (cr);
  for (guint i = 0; i < page->len; i++)
    {
      const Item *item = &g_array_index (page, Item, i);

      if (item->kind == ITEM_ROW)
        add_row_rules (self, &pen, item);
    }
  cairo_set_line_width (cr, pen.line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Boxes ------------------------------------------------------------------ */

static void
box_free (gpointer data)
{
  SksPrintBox *box = data;

  g_free (box->text);
  g_free (box->tag);
  g_free (box);
}

static void
add_box (GPtrArray       *boxes,
         SksPrintBoxKind  kind,
         double           x,
         double           y,
         double           width,
         double           height,
         char            *text,
         const char      *tag)
{
  SksPrintBox *box = g_new0 (SksPrintBox, 1);

  box->kind = kind;
  box->x = x;
  box->y = y;
  box->width = width;
  box->height = height;
  box->text = text ? text : g_strdup ("");
  box->tag = g_strdup (tag);
  g_ptr_array_add (boxes, box);
}

static char *
drawn_text (const Item *item,
            LCell      *lc,
            guint       c)
{
  const char *text;

  if (lc->layout == NULL)
    return g_strdup ("");
  text = pango_layout_get_text (lc->layout);
  if (cell_is_whole (item, lc, c))
    return g_strdup (text);
  _sks_print_ensure_lines (lc);
  return g_strndup (text + lc->line_starts[item->first[c]],
                    lc->line_starts[item->end[c]] - lc->line_starts[item->first[c]]);
}

static void
add_row_boxes (SksPrintLayout *self,
               GPtrArray      *boxes,
               const Item     *item)
{
  LRow *lr = &item->table->rows[item->row];

  for (guint c = 0; c < lr->n_cells; c++)
    {
      LCell *lc = &lr->cells[c];

      add_box (boxes, SKS_PRINT_BOX_CELL, item->x + lc->x, item->y, lc->width, item->height,
               drawn_text (item, lc, c), lc->cell->tag);
      if (lc->layout != NULL)
        {
          double top = cell_text_y (self, item, lc, c), height = PU (lc->text_height);

          if (!cell_is_whole (item, lc, c))
            height = item->end[c] > item->first[c]
                     ? PU (lc->line_bottoms[item->end[c] - 1]
                           - _sks_print_line_top (lc, item->first[c]))
                     : 0;
          add_box (boxes, SKS_PRINT_BOX_CELL_TEXT, item->x + lc->x + self->pad_x, top,
                   lc->width - 2 * self->pad_x, height, drawn_text (item, lc, c), lc->cell->tag);
        }
      if (lc->foot != NULL && item->foot)
        {
          double sx, sy, side, fx, fy;
          int w, h;

          seal_geometry (self, item, lc, &sx, &sy, &side, &fx, &fy);
          pango_layout_get_size (lc->foot, &w, &h);
          add_box (boxes, SKS_PRINT_BOX_SEAL, sx, sy, side, side, NULL, lc->cell->tag);
          add_box (boxes, SKS_PRINT_BOX_FOOT, fx, fy, PU (w), PU (h),
                   g_strdup (pango_layout_get_text (lc->foot)), lc->cell->tag);
        }
      if (item->marker && c == MIN (lr->row->overflow_cell, lr->n_cells - 1))
        {
          double mx, my;
          int w, h;

          marker_position (self, item, lc, &mx, &my);
          pango_layout_get_size (self->marker, &w, &h);
          add_box (boxes, SKS_PRINT_BOX_MARKER, mx, my, PU (w), PU (h),
                   g_strdup (pango_layout_get_text (self->marker)), lc->cell->tag);
        }
    }
}

/**
 * sks_print_layout_get_boxes:
 *
 * Returns: (transfer container) (element-type SksPrintBox): where the
 *   things on page @page_nr were drawn, in drawing order
 */
GPtrArray *
sks_print_layout_get_boxes (SksPrintLayout *self,
                            guint           page_nr)
{
  GPtrArray *boxes;
  GArray *page;
  PangoLayout *number;
  double x, y;

  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), NULL);
  g_return_val_if_fail (page_nr < self->pages->len, NULL);

  boxes = g_ptr_array_new_with_free_func (box_free);
  page = g_ptr_array_index (self->pages, page_nr);
  for (guint i = 0; i < page->len; i++)
    {
      const Item *item = &g_array_index (page, Item, i);

      if (item->kind == ITEM_TEXT)
        add_box (boxes, SKS_PRINT_BOX_TEXT, item->x, item->y, item->width, item->height,
                 g_strdup (pango_layout_get_text (item->layout)), NULL);
      else
        add_row_boxes (self, boxes, item);
    }
  number = page_number_layout (self, page_nr, &x, &y);
  if (number != NULL)
    {
      int w, h;

      pango_layout_get_size (number, &w, &h);
      add_box (boxes, SKS_PRINT_BOX_PAGE_NUMBER, x, y, PU (w), PU (h),
               g_strdup (pango_layout_get_text (number)), NULL);
      g_object_unref (number);
    }
  return boxes;
}

/* PDF -------------------------------------------------------------------- */

typedef struct {
  GOutputStream *stream;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_cb (void                *data,
          const unsigned char *bytes,
          unsigned int         length)
{
  WriteClosure *closure = data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (closure->stream, bytes, length, NULL, NULL, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
               _("Could not write the PDF file “%s”: %s"), path, reason);
}

/* A PDF file being written: pages go to @cr; the file is replaced only
 * when the whole document was written. */
typedef struct {
  const char      *path;
  GFileOutputStream *out;
  GOutputStream   *buffered;
  WriteClosure     closure;
  cairo_surface_t *surface;
  cairo_t         *cr;
} PdfWriter;

static gboolean
pdf_writer_open (PdfWriter       *w,
                 SksPrintLayout  *self,
                 const char      *path,
                 GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  w->path = path;
  /* Forms carry ID and mobile numbers: readable only by the owner. */
  w->out = sks_private_file_replace (path, &local_error);
  if (w->out == NULL)
    {
      set_write_error (error, path, local_error->message);
      return FALSE;
    }
  w->buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (w->out), 1 << 16);
  w->closure.stream = w->buffered;
  w->surface = cairo_pdf_surface_create_for_stream (write_cb, &w->closure,
                                                    self->page_width, self->page_height);
  if (self->doc->title != NULL)
    cairo_pdf_surface_set_metadata (w->surface, CAIRO_PDF_METADATA_TITLE, self->doc->title);
  cairo_pdf_surface_set_metadata (w->surface, CAIRO_PDF_METADATA_CREATOR, "Skill Studio");
  /* cairo 1.16 ignores SOURCE_DATE_EPOCH; a fixed date makes the file
   * byte-identical for the same data. */
  if (self->doc->creation_date != NULL)
    cairo_pdf_surface_set_metadata (w->surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                    self->doc->creation_date);
  w->cr = cairo_create (w->surface);
  self->paint_paper = TRUE;
  return TRUE;
}

static gboolean
pdf_writer_close (PdfWriter       *w,
                  SksPrintLayout  *self,
                  GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  cairo_status_t status;
  gboolean ok = FALSE;

  self->paint_paper = FALSE;
  cairo_destroy (w->cr);
  cairo_surface_finish (w->surface);
  status = cairo_surface_status (w->surface);
  cairo_surface_destroy (w->surface);

  if (w->closure.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing with a cancelled cancellable keeps the old file. */
      g_cancellable_cancel (abort);
      g_output_stream_close (w->buffered, abort, NULL);
      set_write_error (error, w->path, w->closure.error ? w->closure.error->message
                                                         : cairo_status_to_string (status));
      g_clear_error (&w->closure.error);
    }
  else if (!g_output_stream_close (w->buffered, NULL, &local_error))
    set_write_error (error, w->path, local_error->message);
  else
    ok = TRUE;
  g_object_unref (w->buffered);
  g_object_unref (w->out);
  return ok;
}

/* Draws the next page not yet drawn on the PDF being written. */
void
_sks_print_sink_page (SksPrintLayout *self)
{
  sks_print_layout_draw_page (self, self->sink, self->n_sunk++);
  cairo_show_page (self->sink);
}

/**
 * sks_print_layout_write_pdf:
 *
 * Writes every page to a PDF file at @path. The file is replaced only when
 * the whole document was written.
 */
gboolean
sks_print_layout_write_pdf (SksPrintLayout  *self,
                            const char      *path,
                            GError         **error)
{
  PdfWriter w = { 0 };

  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->sink == NULL, FALSE);

  if (!pdf_writer_open (&w, self, path, error))
    return FALSE;
  for (guint i = 0; i < self->pages->len; i++)
    {
      sks_print_layout_draw_page (self, w.cr, i);
      cairo_show_page (w.cr);
    }
  return pdf_writer_close (&w, self, error);
}

/**
 * sks_print_layout_new_to_pdf:
 * @context: as for sks_print_layout_new(); with sks_print_context_new(),
 *   the rows of long tables are measured on other threads meanwhile
 * @path: the PDF file, replaced only when the whole document was written
 *
 * Lays @doc out and writes it to a PDF file at the same time: each page is
 * written as soon as it is complete. The result is the same file as
 * sks_print_layout_new() followed by sks_print_layout_write_pdf().
 *
 * Returns: (transfer full): the layout, or %NULL when no font can print
 *   Chinese text or the file could not be written
 */
SksPrintLayout *
sks_print_layout_new_to_pdf (SksPrintDoc   *doc,
                             PangoContext  *context,
                             const char    *path,
                             GError       **error)
{
  g_autoptr(SksPrintLayout) self = NULL;
  PdfWriter w = { 0 };

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = _sks_print_layout_prepare (doc, context, error);
  if (self == NULL || !pdf_writer_open (&w, self, path, error))
    return NULL;
  self->sink = w.cr;
  _sks_print_layout_flow (self);
  while (self->n_sunk < self->pages->len)
    _sks_print_sink_page (self);
  self->sink = NULL;
  if (!pdf_writer_close (&w, self, error))
    return NULL;
  return g_steal_pointer (&self);
}
