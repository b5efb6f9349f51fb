/* sks-print-layout.c — flows a measured document onto pages: rows moved,
 * split or continued on continuation pages, header rows repeated
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sks-print-layout-private.h"
#include "sks-print-text.h"

G_DEFINE_FINAL_TYPE (SksPrintLayout, sks_print_layout, G_TYPE_OBJECT)

static void
lcell_clear (LCell *lc)
{
  g_clear_object (&lc->layout);
  g_clear_object (&lc->foot);
  g_clear_pointer (&lc->line_bottoms, g_free);
  g_clear_pointer (&lc->line_starts, g_free);
}

static void
ltable_free (gpointer data)
{
  LTable *lt = data;

  if (lt->threads != NULL)
    {
      /* Nothing more to measure: the threads stop after their current row. */
      g_atomic_int_set (&lt->next_row, (gint) lt->n_rows);
      for (guint i = 0; i < lt->threads->len; i++)
        g_thread_join (g_ptr_array_index (lt->threads, i));
      g_ptr_array_unref (lt->threads);
    }
  g_mutex_clear (&lt->mutex);
  g_cond_clear (&lt->measured_cond);
  g_free (lt->col_x);
  for (guint i = 0; i < lt->n_rows; i++)
    {
      for (guint c = 0; c < lt->rows[i].n_cells; c++)
        lcell_clear (&lt->rows[i].cells[c]);
      g_free (lt->rows[i].cells);
    }
  g_free (lt->rows);
  g_free (lt);
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->first, g_free);
  g_clear_pointer (&item->end, g_free);
}

static void
continuation_free (gpointer data)
{
  Continuation *cont = data;

  g_free (cont->title);
  g_free (cont->text);
  g_free (cont->tag);
  g_free (cont);
}

static void
sks_print_layout_finalize (GObject *object)
{
  SksPrintLayout *self = SKS_PRINT_LAYOUT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->text_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->continuations, g_ptr_array_unref);
  g_clear_object (&self->marker);
  g_clear_pointer (&self->workers, g_ptr_array_unref);
  g_clear_pointer (&self->shaper, _sks_print_shaper_free);
  for (guint i = 0; i < SKS_PRINT_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->extra, sks_print_doc_unref);
  g_clear_pointer (&self->doc, sks_print_doc_unref);
  G_OBJECT_CLASS (sks_print_layout_parent_class)->finalize (object);
}

static void
sks_print_layout_class_init (SksPrintLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_print_layout_finalize;
}

static void
sks_print_layout_init (SksPrintLayout *self)
{
  self->tables = g_ptr_array_new_with_free_func (ltable_free);
  self->text_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->sections = g_array_new (FALSE, FALSE, sizeof (guint));
  self->continuations = g_ptr_array_new_with_free_func (continuation_free);
  self->workers = g_ptr_array_new_with_free_func (_sks_print_shaper_free);
}


/* Flowing blocks onto pages ---------------------------------------------- */

typedef struct {
  SksPrintLayout *self;
  GArray         *page;
  double          y;
  gboolean        fresh;        /* nothing but repeated headers on the page yet */
  LTable         *headers_for;  /* the table whose headers this page shows */
} Flow;

static double
flow_bottom (Flow *f)
{
  return f->self->body_y + f->self->body_height;
}

static void close_page_runs (GArray *page);

static void
flow_new_page (Flow *f)
{
  SksPrintLayout *self = f->self;

  /* The pages so far are finished: they can go to the PDF. */
  while (self->sink != NULL && self->n_sunk < self->pages->len)
    {
      close_page_runs (g_ptr_array_index (self->pages, self->n_sunk));
      _sks_print_sink_page (self);
    }
  f->page = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (f->page, item_clear);
  g_ptr_array_add (f->self->pages, f->page);
  g_array_append_val (f->self->sections, f->self->section_start);
  f->y = f->self->body_y;
  f->fresh = TRUE;
  f->headers_for = NULL;
}

static Item *
flow_add_row (Flow   *f,
              LTable *lt,
              guint   row,
              double  height)
{
  Item item = {
    .kind = ITEM_ROW,
    .x = lt->x,
    .y = f->y,
    .width = lt->width,
    .height = height,
    .table = lt,
    .row = row,
    .foot = TRUE,
  };

  g_array_append_val (f->page, item);
  f->y += height;
  return &g_array_index (f->page, Item, f->page->len - 1);
}

static void
flow_place_headers (Flow   *f,
                    LTable *lt)
{
  if (f->headers_for == lt)
    return;
  for (guint i = 0; i < lt->n_header; i++)
    flow_add_row (f, lt, i, lt->rows[i].height);
  f->headers_for = lt;
}

static gboolean
row_overflows (const LRow *lr)
{
  return lr->row->continued_title != NULL && lr->row->max_height_mm > 0;
}

/* Height a row needs on the page: the whole row, except that a row whose
 * text may continue elsewhere only needs its minimum. */
static double
row_need (const LRow *lr)
{
  return row_overflows (lr) ? MAX (lr->min_height, MM (20)) : lr->height;
}

static void
add_continuation (SksPrintLayout *self,
                  const LRow     *lr,
                  const LCell    *lc,
                  int             start)
{
  const char *text = pango_layout_get_text (lc->layout) + start;
  Continuation *cont = g_new0 (Continuation, 1);

  while (*text == '\n' || *text == ' ')
    text++;
  cont->title = g_strdup (lr->row->continued_title);
  cont->text = g_strdup (text);
  cont->tag = g_strdup (lc->cell->tag);
  cont->style = lc->cell->style;
  g_ptr_array_add (self->continuations, cont);
}

/* A 可另附页 box: as tall as its text, but no taller than its maximum or
 * than the rest of the page; the rest of its text goes to continuation
 * pages. */
static void
flow_place_overflow (Flow   *f,
                     LTable *lt,
                     guint   row)
{
  SksPrintLayout *self = f->self;
  LRow *lr = &lt->rows[row];
  double cap = MIN (MM (lr->row->max_height_mm), flow_bottom (f) - f->y);
  guint oc = MIN (lr->row->overflow_cell, lr->n_cells - 1);
  LCell *lc = &lr->cells[oc];
  Item *item;
  int inner, k = 0;

  if (lr->height <= cap + EPSILON || lc->layout == NULL)
    {
      flow_add_row (f, lt, row, lr->height);
      return;
    }
  _sks_print_ensure_lines (lc);
  inner = (int) ((cap - 2 * self->pad_y - _sks_print_layout_height (self->marker)) * PANGO_SCALE);
  while (k < lc->n_lines && lc->line_bottoms[k] <= inner)
    k++;
  k = MAX (k, 1);
  if (k >= lc->n_lines)
    {
      flow_add_row (f, lt, row, lr->height);
      return;
    }
  item = flow_add_row (f, lt, row, MAX (cap, lr->min_height));
  item->first = g_new0 (int, lr->n_cells);
  item->end = g_new0 (int, lr->n_cells);
  for (guint c = 0; c < lr->n_cells; c++)
    item->end[c] = lr->cells[c].n_lines;
  item->end[oc] = k;
  item->marker = TRUE;
  add_continuation (self, lr, lc, lc->line_starts[k]);
}

/* Splits a row that is taller than a page at line boundaries, one slice per
 * page, repeating the table's header rows above each continuation. */
static void
flow_place_split (Flow   *f,
                  LTable *lt,
                  guint   row)
{
  SksPrintLayout *self = f->self;
  LRow *lr = &lt->rows[row];
  g_autofree int *next = g_new0 (int, lr->n_cells);

  for (guint c = 0; c < lr->n_cells; c++)
    _sks_print_ensure_lines (&lr->cells[c]);

  for (;;)
    {
      double avail = flow_bottom (f) - f->y;
      int inner = (int) ((avail - 2 * self->pad_y) * PANGO_SCALE);
      int *end = g_new0 (int, lr->n_cells);
      gboolean done = TRUE, progressed = FALSE;
      double used = 0;
      Item *item;

      for (guint c = 0; c < lr->n_cells; c++)
        {
          LCell *lc = &lr->cells[c];
          int k = next[c];

          int top = _sks_print_line_top (lc, next[c]);

          while (k < lc->n_lines && lc->line_bottoms[k] - top <= inner)
            k++;
          end[c] = k;
        }
      for (guint c = 0; c < lr->n_cells; c++)
        progressed |= end[c] > next[c];
      if (!progressed)
        {
          /* A single line taller than the page: print it anyway. */
          for (guint c = 0; c < lr->n_cells; c++)
            end[c] = MIN (next[c] + 1, lr->cells[c].n_lines);
        }
      for (guint c = 0; c < lr->n_cells; c++)
        {
          LCell *lc = &lr->cells[c];

          if (end[c] < lc->n_lines)
            done = FALSE;
          if (end[c] > next[c])
            used = MAX (used, PU (lc->line_bottoms[end[c] - 1]
                                  - _sks_print_line_top (lc, next[c])));
          if (lc->foot != NULL && end[c] == lc->n_lines)
            used = MAX (used, _sks_print_cell_height (self, lc) - 2 * self->pad_y
                              - PU (_sks_print_line_top (lc, next[c])));
        }

      item = flow_add_row (f, lt, row, done ? used + 2 * self->pad_y : avail);
      item->first = g_memdup2 (next, sizeof (int) * lr->n_cells);
      item->end = end;
      item->foot = done;
      f->fresh = FALSE;
      if (done)
        break;
      memcpy (next, end, sizeof (int) * lr->n_cells);
      flow_new_page (f);
      flow_place_headers (f, lt);
    }
}

static void
flow_place_row (Flow   *f,
                LTable *lt,
                guint   row)
{
  if (row_overflows (&lt->rows[row]))
    flow_place_overflow (f, lt, row);
  else
    flow_add_row (f, lt, row, lt->rows[row].height);
  f->fresh = FALSE;
}

static void
flow_table (Flow   *f,
            LTable *lt)
{
  SksPrintLayout *self = f->self;
  double fresh_avail = self->body_height - lt->header_height;
  guint i = lt->n_header;

  if (lt->n_rows == lt->n_header)
    {
      flow_place_headers (f, lt);
      _sks_print_table_finish (self, lt);
      return;
    }
  while (i < lt->n_rows)
    {
      LRow *lr = _sks_print_table_row (self, lt, i);
      double header = f->headers_for == lt ? 0 : lt->header_height;
      double avail = flow_bottom (f) - f->y - header;
      double need = row_need (lr);

      if ((lr->row->flags & SKS_PRINT_ROW_KEEP_WITH_NEXT) && i + 1 < lt->n_rows
          && need + row_need (_sks_print_table_row (self, lt, i + 1)) <= fresh_avail)
        need += row_need (&lt->rows[i + 1]);

      if (need <= avail + EPSILON)
        {
          flow_place_headers (f, lt);
          flow_place_row (f, lt, i++);
          continue;
        }
      if (!f->fresh && (need <= fresh_avail + EPSILON
                        || (lr->row->flags & SKS_PRINT_ROW_NO_SPLIT)
                        || avail < 2 * self->pad_y + MM (8)))
        {
          flow_new_page (f);
          continue;
        }
      flow_place_headers (f, lt);
      if (row_overflows (lr))
        flow_place_row (f, lt, i++);
      else
        flow_place_split (f, lt, i++);
    }
  _sks_print_table_finish (self, lt);
}

static void
flow_text (Flow                *f,
           const SksPrintBlock *block)
{
  SksPrintLayout *self = f->self;
  g_autofree char *text = sks_print_sanitize_text (block->text);
  PangoLayout *layout;
  double height;
  Item item = { .kind = ITEM_TEXT, .x = self->body_x, .width = self->body_width };

  if (*text == '\0')
    return;
  layout = _sks_print_make_layout (self->shaper, NULL, text, &block->style, self->body_width,
                                   &item.dx);
  g_ptr_array_add (self->text_layouts, layout);
  height = _sks_print_layout_height (layout);

  if (block->at_bottom)
    {
      if (flow_bottom (f) - height < f->y - EPSILON)
        flow_new_page (f);
      item.y = flow_bottom (f) - height;
    }
  else
    {
      f->y += MM (block->space_before_mm);
      if (f->y + height > flow_bottom (f) + EPSILON && !f->fresh)
        flow_new_page (f);
      item.y = f->y;
    }
  item.height = height;
  item.layout = layout;
  g_array_append_val (f->page, item);
  f->y = item.y + height + MM (block->space_after_mm);
  f->fresh = FALSE;
}

static void
flow_continuations (Flow *f)
{
  SksPrintLayout *self = f->self;
  double width_mm = self->body_width / PT_PER_MM;

  for (guint i = 0; i < self->continuations->len; i++)
    {
      Continuation *cont = g_ptr_array_index (self->continuations, i);
      SksPrintTable *table = sks_print_doc_add_table (self->extra, 1, &width_mm);
      SksPrintStyle heading = {
        SKS_PRINT_FONT_LABEL, cont->style.size + 1.5, SKS_PRINT_ALIGN_CENTER,
        SKS_PRINT_VALIGN_MIDDLE
      };
      SksPrintStyle body = cont->style;
      g_autofree char *title = g_strconcat (cont->title, self->doc->continued_suffix, NULL);
      SksPrintRow *row;
      SksPrintCell *cell;

      body.align = SKS_PRINT_ALIGN_LEFT;
      body.valign = SKS_PRINT_VALIGN_TOP;
      row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);
      row->min_height_mm = 10;
      sks_print_row_add_cell (row, title, 1, &heading);
      row = sks_print_table_add_row (table, 0);
      cell = sks_print_row_add_cell (row, cont->text, 1, &body);
      cell->tag = g_strdup (cont->tag);

      if (f->page->len > 0)
        flow_new_page (f);
      flow_table (f, _sks_print_layout_table (self, table));
    }
}

/* Bottom borders are drawn once, by the last row of a run of rows. */
static void
close_page_runs (GArray *page)
{
  for (guint i = 0; i < page->len; i++)
    {
      Item *item = &g_array_index (page, Item, i);
      Item *next = i + 1 < page->len ? &g_array_index (page, Item, i + 1) : NULL;

      if (item->kind != ITEM_ROW)
        continue;
      item->close_bottom = next == NULL || next->kind != ITEM_ROW
                           || next->table != item->table
                           || fabs (next->y - (item->y + item->height)) > EPSILON;
    }
}

static void
close_row_runs (SksPrintLayout *self)
{
  for (guint p = 0; p < self->pages->len; p++)
    close_page_runs (g_ptr_array_index (self->pages, p));
}

void
_sks_print_layout_flow (SksPrintLayout *self)
{
  Flow f = { .self = self };

  flow_new_page (&f);
  for (guint i = 0; i < self->doc->blocks->len; i++)
    {
      const SksPrintBlock *block = g_ptr_array_index (self->doc->blocks, i);

      switch (block->kind)
        {
        case SKS_PRINT_BLOCK_TEXT:
          flow_text (&f, block);
          break;
        case SKS_PRINT_BLOCK_TABLE:
          flow_table (&f, _sks_print_layout_table (self, block->table));
          break;
        case SKS_PRINT_BLOCK_SPACE:
          f.y += MM (block->height_mm);
          if (f.y > flow_bottom (&f) + EPSILON)
            flow_new_page (&f);
          break;
        case SKS_PRINT_BLOCK_PAGE_BREAK:
          if (f.page->len > 0)
            flow_new_page (&f);
          if (block->restart_numbers)
            {
              self->section_start = self->pages->len - 1;
              g_array_index (self->sections, guint, self->section_start) = self->section_start;
            }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  flow_continuations (&f);
  close_row_runs (self);
}

/**
 * sks_print_layout_new:
 * @doc: the document
 * @context: the Pango context to measure with: a GtkPrintContext's, or
 *   sks_print_context_new() for PDF files. Its language is set to zh-cn and
 *   metric hinting is turned off, so that every target wraps alike.
 *
 * Lays @doc out once; pages can then be drawn in any order.
 *
 * Returns: (transfer full): the layout, or %NULL when no font can print
 *   Chinese text
 */
SksPrintLayout *
sks_print_layout_new (SksPrintDoc   *doc,
                      PangoContext  *context,
                      GError       **error)
{
  SksPrintLayout *self;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = _sks_print_layout_prepare (doc, context, error);
  if (self != NULL)
    _sks_print_layout_flow (self);
  return self;
}

/* A layout with its fonts and page geometry, nothing flowed yet. */
SksPrintLayout *
_sks_print_layout_prepare (SksPrintDoc   *doc,
                           PangoContext  *context,
                           GError       **error)
{
  g_autoptr(SksPrintLayout) self = NULL;
  SksPrintStyle marker_style = { SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_RIGHT, 0 };

  _sks_print_prepare_context (context);
  if (!sks_print_check_fonts (context, doc, error))
    return NULL;

  self = g_object_new (SKS_TYPE_PRINT_LAYOUT, NULL);
  self->doc = sks_print_doc_ref (doc);
  self->extra = sks_print_doc_new ();
  self->context = g_object_ref (context);
  self->shaper = _sks_print_shaper_new (self, context);
  self->parallel = g_object_get_qdata (G_OBJECT (context), _sks_print_own_context_quark ()) != NULL;
  for (guint i = 0; i < SKS_PRINT_N_FONTS; i++)
    self->fonts[i] = _sks_print_font_for_role (doc, i);
  self->page_width = MM (doc->paper_width_mm);
  self->page_height = MM (doc->paper_height_mm);
  self->body_x = MM (doc->margin_left_mm);
  self->body_y = MM (doc->margin_top_mm);
  self->body_width = self->page_width - self->body_x - MM (doc->margin_right_mm);
  self->body_height = self->page_height - self->body_y - MM (doc->margin_bottom_mm);
  self->pad_x = MM (doc->cell_padding_x_mm);
  self->pad_y = MM (doc->cell_padding_y_mm);
  marker_style.size = doc->note_size;
  self->marker = _sks_print_make_layout (self->shaper, NULL,
                                         doc->continued_marker ? doc->continued_marker : "",
                              &marker_style, -1, NULL);
  return g_steal_pointer (&self);
}

SksPrintDoc *
sks_print_layout_get_doc (SksPrintLayout *self)
{
  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), NULL);
  return self->doc;
}

guint
sks_print_layout_get_n_pages (SksPrintLayout *self)
{
  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), 0);
  return self->pages->len;
}

double
sks_print_layout_get_page_width (SksPrintLayout *self)
{
  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), 0);
  return self->page_width;
}

double
sks_print_layout_get_page_height (SksPrintLayout *self)
{
  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), 0);
  return self->page_height;
}

/* Characters that no installed font has (emoji, rare characters): they
 * print as boxes with the code point, so the GUI can warn. */
guint
sks_print_layout_get_unknown_glyphs (SksPrintLayout *self)
{
  guint n;

  g_return_val_if_fail (SKS_IS_PRINT_LAYOUT (self), 0);
  n = self->shaper->unknown_glyphs;
  for (guint i = 0; i < self->workers->len; i++)
    n += ((Shaper *) g_ptr_array_index (self->workers, i))->unknown_glyphs;
  return n;
}
