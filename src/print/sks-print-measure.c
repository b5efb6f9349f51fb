/* sks-print-measure.c — measuring with Pango: the print context, fonts,
 * one layout per text, the rows of a table (on several threads)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sks-print-layout-private.h"
#include "sks-print-text.h"

static void shaped_text_free (gpointer data);
static void give_back_context (PangoContext *context);

GQuark
_sks_print_own_context_quark (void)
{
  return g_quark_from_static_string ("sks-print-own-context");
}

Shaper *
_sks_print_shaper_new (SksPrintLayout *self,
                       PangoContext   *context)
{
  Shaper *sh = g_new0 (Shaper, 1);

  sh->self = self;
  sh->context = g_object_ref (context);
  sh->coverage = g_hash_table_new (NULL, NULL);
  sh->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shaped_text_free);
  return sh;
}

void
_sks_print_shaper_free (gpointer data)
{
  Shaper *sh = data;

  for (guint i = 0; i < SKS_PRINT_N_FONTS; i++)
    g_clear_object (&sh->fontsets[i]);
  g_hash_table_unref (sh->coverage);
  g_hash_table_unref (sh->shared);
  if (sh->borrowed)
    give_back_context (sh->context);
  else
    g_object_unref (sh->context);
  g_free (sh);
}


/* Fonts and Pango context ------------------------------------------------ */

/**
 * sks_print_context_new:
 *
 * A Pango context for drawing on PDF (or image) surfaces whose user unit
 * is the point: 72 dpi (PangoCairo's default of 96 would make text a third
 * too big), no metric hinting, unrounded glyph positions, Simplified
 * Chinese as the language so that Han characters take SC glyph forms.
 *
 * Returns: (transfer full): a new context
 */
/* What every context we measure with needs, whoever made it: a
 * GtkPrintContext's has metric hinting on, which rounds advances to whole
 * points, so a form would wrap differently on paper than in the PDF. */
void
_sks_print_prepare_context (PangoContext *context)
{
  const cairo_font_options_t *current = pango_cairo_context_get_font_options (context);
  cairo_font_options_t *options = current ? cairo_font_options_copy (current)
                                          : cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
}

PangoContext *
sks_print_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  pango_cairo_context_set_resolution (context, 72.0);
  _sks_print_prepare_context (context);
  /* Ours: layouts may measure with copies of it in other threads. */
  g_object_set_qdata (G_OBJECT (context), _sks_print_own_context_quark (), GINT_TO_POINTER (TRUE));
  return context;
}

/* The contexts of measuring threads, kept from one document to the next:
 * each has a font map of its own, which loads its fonts and fills its
 * caches once instead of for every document (as the calling thread's
 * default font map does). A context is used by one layout at a time. */
G_LOCK_DEFINE_STATIC (spare_contexts);
static GSList *spare_contexts;

/* A context like @model on a font map of its own, for another thread. */
static PangoContext *
borrow_context (PangoContext *model)
{
  PangoContext *context = NULL;
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (model);

  G_LOCK (spare_contexts);
  if (spare_contexts != NULL)
    {
      context = spare_contexts->data;
      spare_contexts = g_slist_delete_link (spare_contexts, spare_contexts);
    }
  G_UNLOCK (spare_contexts);
  if (context == NULL)
    {
      PangoFontMap *map = pango_cairo_font_map_new ();

      context = pango_font_map_create_context (map);
      g_object_unref (map);
    }
  pango_cairo_context_set_resolution (context, pango_cairo_context_get_resolution (model));
  if (options != NULL)
    pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context,
                                           pango_context_get_round_glyph_positions (model));
  pango_context_set_language (context, pango_context_get_language (model));
  return context;
}

static void
give_back_context (PangoContext *context)
{
  G_LOCK (spare_contexts);
  spare_contexts = g_slist_prepend (spare_contexts, context);
  G_UNLOCK (spare_contexts);
}

PangoFontDescription *
_sks_print_font_for_role (const SksPrintDoc *doc,
                          SksPrintFont       font)
{
  PangoFontDescription *desc = pango_font_description_from_string (doc->families[font]);

  if (font == SKS_PRINT_FONT_TITLE)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  return desc;
}

/**
 * sks_print_check_fonts:
 *
 * Checks that each font role of @doc finds a font with Chinese characters,
 * so that a missing font is reported instead of printed as empty boxes.
 *
 * Returns: %TRUE when every role can print Chinese text
 */
gboolean
sks_print_check_fonts (PangoContext       *context,
                       const SksPrintDoc  *doc,
                       GError            **error)
{
  static const gunichar probes[] = { 0x6280 /* 技 */, 0x8868 /* 表 */, 0x3002 /* 。 */ };
  PangoLanguage *language = pango_language_from_string ("zh-cn");

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  for (guint f = 0; f < SKS_PRINT_N_FONTS; f++)
    {
      PangoFontDescription *desc = _sks_print_font_for_role (doc, f);
      PangoFontset *fontset;
      gboolean covered = TRUE;

      pango_font_description_set_size (desc, 12 * PANGO_SCALE);
      fontset = pango_context_load_fontset (context, desc, language);
      pango_font_description_free (desc);
      for (guint i = 0; i < G_N_ELEMENTS (probes) && covered; i++)
        {
          PangoFont *font = fontset ? pango_fontset_get_font (fontset, probes[i]) : NULL;

          covered = font != NULL && pango_font_has_char (font, probes[i]);
          g_clear_object (&font);
        }
      g_clear_object (&fontset);
      if (!covered)
        {
          g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NO_FONT,
                       _("No installed font can print Chinese text (looked for “%s”). "
                         "Install the Noto CJK fonts (Debian package fonts-noto-cjk) "
                         "and print again."),
                       doc->families[f]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Text layouts ----------------------------------------------------------- */

static PangoAlignment
pango_alignment (SksPrintAlign align)
{
  switch (align)
    {
    case SKS_PRINT_ALIGN_CENTER:
    case SKS_PRINT_ALIGN_DISTRIBUTE:
      return PANGO_ALIGN_CENTER;
    case SKS_PRINT_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case SKS_PRINT_ALIGN_LEFT:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             guint           start,
             guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_change (attrs, attr);
}

static void
set_letter_spacing (PangoLayout *layout,
                    int          spacing)
{
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));

  insert_attr (attrs, pango_attr_letter_spacing_new (spacing), 0, G_MAXUINT);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/* Spreads a one-line label over @width by letter spacing, as Chinese forms
 * align labels of different lengths (分散对齐): first character at the left
 * edge, last at the right. The line is not wrapped any more, and how Pango
 * spreads the spacing is not assumed: the ink is measured and centred.
 * Returns where to draw the layout, relative to the text area (points). */
static double
distribute (PangoLayout *layout,
            double       width)
{
  glong n_chars = g_utf8_strlen (pango_layout_get_text (layout), -1);
  int target = (int) (width * PANGO_SCALE);
  PangoRectangle ink, logical;

  if (n_chars < 2 || pango_layout_get_line_count (layout) != 1)
    return 0;
  pango_layout_get_extents (layout, NULL, &logical);
  if (logical.width >= target)
    return 0;
  set_letter_spacing (layout, (target - logical.width) / (int) (n_chars - 1));
  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, &ink, NULL);
  return (width - PU (ink.width)) / 2 - PU (ink.x);
}

static gboolean
char_covered (Shaper       *sh,
              SksPrintFont  font,
              gunichar      c)
{
  gpointer key = GUINT_TO_POINTER ((guint) font << 24 | c);
  gpointer value = g_hash_table_lookup (sh->coverage, key);
  PangoFont *pango_font;
  gboolean covered;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) == 2;
  if (sh->fontsets[font] == NULL)
    sh->fontsets[font] = pango_context_load_fontset (sh->context, sh->self->fonts[font],
                                                     pango_context_get_language (sh->context));
  pango_font = sh->fontsets[font] ? pango_fontset_get_font (sh->fontsets[font], c) : NULL;
  covered = pango_font != NULL && pango_font_has_char (pango_font, c);
  g_clear_object (&pango_font);
  g_hash_table_insert (sh->coverage, key, GUINT_TO_POINTER (covered ? 2 : 1));
  return covered;
}

/* Characters no installed font has (emoji, rare characters) would print as
 * boxes of hexadecimal digits; Chinese typesetting marks a missing
 * character with □ (缺字符号). Fonts are asked once per code point, before
 * the text is laid out. Returns @text or a new string. */
static char *
mark_missing_chars (Shaper       *sh,
                    SksPrintFont  font,
                    char         *text)
{
  GString *out = NULL;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c;
      GUnicodeType type;

      if ((guchar) *p < 0x80)
        {
          if (out != NULL)
            g_string_append_c (out, *p);
          continue;
        }
      c = g_utf8_get_char (p);
      type = g_unichar_type (c);
      if (g_unichar_iszerowidth (c) || type == G_UNICODE_LINE_SEPARATOR
          || type == G_UNICODE_PARAGRAPH_SEPARATOR || char_covered (sh, font, c))
        {
          if (out != NULL)
            g_string_append_unichar (out, c);
          continue;
        }
      if (out == NULL)
        out = g_string_new_len (text, p - text);
      g_string_append (out, "□");
      sh->unknown_glyphs++;
    }
  if (out == NULL)
    return text;
  g_free (text);
  return g_string_free (out, FALSE);
}

/* A layout for @text (already sanitized) with an optional smaller @note in
 * front of it; @width ≤ 0 means no wrapping. */
PangoLayout *
_sks_print_make_layout (Shaper              *sh,
                        const char          *note,
                        const char          *raw_text,
                        const SksPrintStyle *style,
                        double               width,
                        double              *dx)
{
  SksPrintLayout *self = sh->self;
  g_autofree char *text = mark_missing_chars (sh, style->font, g_strdup (raw_text));
  PangoLayout *layout = pango_layout_new (sh->context);
  PangoFontDescription *desc = pango_font_description_copy_static (self->fonts[style->font]);
  PangoAttrList *attrs = pango_attr_list_new ();
  double line_height = self->doc->line_height;

  pango_font_description_set_size (desc, (int) lround (style->size * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, MAX (1, (int) (width * PANGO_SCALE)));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, pango_alignment (style->align));
  /* WORD_CHAR would otherwise put a hyphen where it breaks an ID number. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  if (line_height > 0)
    pango_attr_list_insert (attrs, pango_attr_line_height_new_absolute (
                                     (int) lround (style->size * line_height * PANGO_SCALE)));

  if (note != NULL && *note != '\0')
    {
      g_autofree char *full = *text ? g_strconcat (note, "\n", text, NULL) : g_strdup (note);
      guint end = (guint) strlen (note) + (*text ? 1 : 0);
      double size = self->doc->note_size;

      insert_attr (attrs, pango_attr_size_new ((int) lround (size * PANGO_SCALE)), 0, end);
      if (line_height > 0)
        insert_attr (attrs, pango_attr_line_height_new_absolute (
                              (int) lround (size * line_height * PANGO_SCALE)), 0, end);
      pango_layout_set_attributes (layout, attrs);
      pango_layout_set_text (layout, full, -1);
    }
  else
    {
      pango_layout_set_attributes (layout, attrs);
      pango_layout_set_text (layout, text, -1);
    }
  pango_attr_list_unref (attrs);

  if (dx != NULL)
    *dx = 0;
  if (style->align == SKS_PRINT_ALIGN_DISTRIBUTE && width > 0)
    {
      double shift = distribute (layout, width);

      if (dx != NULL)
        *dx = shift;
    }
  return layout;
}

double
_sks_print_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return PU (height);
}

/* Tables ----------------------------------------------------------------- */

/* A measured text. Short texts recur in a table (units, 男/女, skill
 * levels) and are laid out once per thread: cells share the layout. */
typedef struct {
  PangoLayout *layout;
  double       dx;
  int          height;
  int          n_lines;
  guint        unknown_glyphs;
} ShapedText;

#define SHARED_TEXT_MAX 64   /* bytes */

static void
shaped_text_free (gpointer data)
{
  ShapedText *shaped = data;

  g_object_unref (shaped->layout);
  g_free (shaped);
}

static void
shape_new (Shaper              *sh,
           const char          *note,
           const char          *text,
           const SksPrintStyle *style,
           double               width,
           ShapedText          *shaped)
{
  guint unknown = sh->unknown_glyphs;

  shaped->layout = _sks_print_make_layout (sh, note, text, style, width, &shaped->dx);
  pango_layout_get_size (shaped->layout, NULL, &shaped->height);
  shaped->n_lines = pango_layout_get_line_count (shaped->layout);
  shaped->unknown_glyphs = sh->unknown_glyphs - unknown;
}

/* Fills @shaped with a layout of @text (a new reference). */
static void
shape_text (Shaper              *sh,
            const char          *note,
            const char          *text,
            const SksPrintStyle *style,
            double               width,
            ShapedText          *shaped)
{
  g_autofree char *key = NULL;
  ShapedText *known;

  if (note != NULL || strlen (text) > SHARED_TEXT_MAX)
    {
      shape_new (sh, note, text, style, width, shaped);
      return;
    }
  key = g_strdup_printf ("%d %a %d %d %a %s", style->font, style->size, style->align,
                         style->valign, width, text);
  known = g_hash_table_lookup (sh->shared, key);
  if (known != NULL)
    sh->unknown_glyphs += known->unknown_glyphs;
  else
    {
      known = g_new0 (ShapedText, 1);
      shape_new (sh, note, text, style, width, known);
      g_hash_table_insert (sh->shared, g_steal_pointer (&key), known);
    }
  *shaped = *known;
  g_object_ref (shaped->layout);
}

static void
measure_cell (Shaper             *sh,
              LCell              *lc,
              const SksPrintCell *cell)
{
  SksPrintLayout *self = sh->self;
  g_autofree char *text = sks_print_sanitize_text (cell->text);
  g_autofree char *note = cell->note ? sks_print_sanitize_text (cell->note) : NULL;
  double inner = MAX (lc->width - 2 * self->pad_x, 1);

  lc->cell = cell;
  if (*text != '\0' || (note != NULL && *note != '\0'))
    {
      ShapedText shaped;

      shape_text (sh, note, text, &cell->style, inner, &shaped);
      lc->layout = shaped.layout;
      lc->dx = shaped.dx;
      lc->text_height = shaped.height;
      lc->n_lines = shaped.n_lines;
    }
  if (cell->foot != NULL && *cell->foot != '\0')
    {
      g_autofree char *foot = sks_print_sanitize_text (cell->foot);
      SksPrintStyle style = cell->style;

      style.align = SKS_PRINT_ALIGN_RIGHT;
      lc->foot = _sks_print_make_layout (sh, NULL, foot, &style, -1, NULL);
    }
}

double
_sks_print_seal_side (const LCell *lc)
{
  double side = MM (lc->cell->seal_mm);

  if (lc->foot != NULL)
    side = MAX (side, _sks_print_layout_height (lc->foot) + MM (2));
  return side;
}

double
_sks_print_cell_height (SksPrintLayout *self,
                        const LCell    *lc)
{
  double text = PU (lc->text_height);

  if (lc->foot != NULL)
    return self->pad_y + text + MM (1) + _sks_print_seal_side (lc) + MM (SEAL_BOTTOM_MM);
  return 2 * self->pad_y + text;
}

static void
measure_row (Shaper *sh,
             LTable *lt,
             guint   r)
{
  SksPrintLayout *self = sh->self;
  guint n_columns = lt->table->widths_mm->len;
  const SksPrintRow *row = g_ptr_array_index (lt->table->rows, r);
  LRow *lr = &lt->rows[r];
  guint column = 0;

  lr->row = row;
  lr->cells = g_new0 (LCell, row->cells->len);
  for (guint c = 0; c < row->cells->len && column < n_columns; c++)
    {
      const SksPrintCell *cell = g_ptr_array_index (row->cells, c);
      guint span = MIN (MAX (cell->span, 1), n_columns - column);
      LCell *lc = &lr->cells[lr->n_cells++];

      /* The last cell reaches the table's right edge. */
      if (c == row->cells->len - 1)
        span = n_columns - column;
      lc->x = lt->col_x[column];
      lc->width = lt->col_x[column + span] - lt->col_x[column];
      column += span;
      measure_cell (sh, lc, cell);
      lr->height = MAX (lr->height, _sks_print_cell_height (self, lc));
    }
  lr->min_height = MM (row->min_height_mm);
  lr->height = MAX (lr->height, lr->min_height);
}

/* Measures the next row nobody has taken yet; FALSE when there is none. */
static gboolean
measure_next_row (Shaper *sh,
                  LTable *lt)
{
  guint r = (guint) g_atomic_int_add (&lt->next_row, 1);

  if (r >= lt->n_rows)
    return FALSE;
  measure_row (sh, lt, r);
  g_mutex_lock (&lt->mutex);
  g_atomic_int_set (&lt->rows[r].measured, TRUE);
  g_cond_broadcast (&lt->measured_cond);
  g_mutex_unlock (&lt->mutex);
  return TRUE;
}

typedef struct {
  LTable *lt;
  Shaper *shaper;
} MeasureWorker;

static gpointer
measure_rows (gpointer data)
{
  MeasureWorker *worker = data;

  while (measure_next_row (worker->shaper, worker->lt))
    ;
  g_free (worker);
  return NULL;
}

/* Starts measuring a long table's rows on other threads when the context
 * is one of ours (a GtkPrintContext's stays on the calling thread). The
 * calling thread places and draws the rows as they come, and measures rows
 * itself whenever the one it needs next is not ready. */
static void
start_measuring (SksPrintLayout *self,
                 LTable         *lt)
{
  guint n_workers = 0;

  if (self->parallel && lt->n_rows >= PARALLEL_MIN_ROWS)
    {
      const char *limit = g_getenv ("SKS_PRINT_THREADS");
      guint wanted = limit ? (guint) g_ascii_strtoull (limit, NULL, 10) : g_get_num_processors ();

      n_workers = MIN (MAX (wanted, 1) - 1, MAX_WORKERS);
    }
  while (self->workers->len < n_workers)
    {
      PangoContext *context = borrow_context (self->context);
      Shaper *shaper = _sks_print_shaper_new (self, context);

      shaper->borrowed = TRUE;
      g_ptr_array_add (self->workers, shaper);
      g_object_unref (context);
    }
  lt->threads = g_ptr_array_new ();
  for (guint i = 0; i < n_workers; i++)
    {
      MeasureWorker *worker = g_new0 (MeasureWorker, 1);

      worker->lt = lt;
      worker->shaper = g_ptr_array_index (self->workers, i);
      g_ptr_array_add (lt->threads, g_thread_new ("sks-print-measure", measure_rows, worker));
    }
}

/**
 * _sks_print_table_row:
 *
 * Row @r of @lt, measured: by another thread, or now by this one.
 */
LRow *
_sks_print_table_row (SksPrintLayout *self,
                      LTable         *lt,
                      guint           r)
{
  LRow *lr = &lt->rows[r];

  while (!g_atomic_int_get (&lr->measured))
    {
      if (measure_next_row (self->shaper, lt))
        continue;
      g_mutex_lock (&lt->mutex);
      while (!g_atomic_int_get (&lr->measured))
        g_cond_wait (&lt->measured_cond, &lt->mutex);
      g_mutex_unlock (&lt->mutex);
    }
  return lr;
}

/* Waits for the measuring threads; every row is measured afterwards. */
void
_sks_print_table_finish (SksPrintLayout *self,
                         LTable         *lt)
{
  while (measure_next_row (self->shaper, lt))
    ;
  if (lt->threads == NULL)
    return;
  for (guint i = 0; i < lt->threads->len; i++)
    g_thread_join (g_ptr_array_index (lt->threads, i));
  g_clear_pointer (&lt->threads, g_ptr_array_unref);
}

LTable *
_sks_print_layout_table (SksPrintLayout      *self,
                         const SksPrintTable *table)
{
  LTable *lt = g_new0 (LTable, 1);
  guint n_columns = table->widths_mm->len;

  g_mutex_init (&lt->mutex);
  g_cond_init (&lt->measured_cond);
  lt->col_x = g_new0 (double, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    lt->col_x[i + 1] = lt->col_x[i] + MM (g_array_index (table->widths_mm, double, i));
  lt->table = table;
  lt->width = lt->col_x[n_columns];
  lt->x = self->body_x + (self->body_width - lt->width) / 2;
  lt->n_rows = table->rows->len;
  lt->rows = g_new0 (LRow, lt->n_rows);
  g_ptr_array_add (self->tables, lt);
  start_measuring (self, lt);

  while (lt->n_header < lt->n_rows
         && (((SksPrintRow *) g_ptr_array_index (table->rows, lt->n_header))->flags
             & SKS_PRINT_ROW_HEADER))
    lt->header_height += _sks_print_table_row (self, lt, lt->n_header++)->height;
  return lt;
}

void
_sks_print_ensure_lines (LCell *lc)
{
  PangoLayoutIter *iter;
  int i = 0;

  if (lc->line_bottoms != NULL || lc->layout == NULL)
    return;
  lc->line_bottoms = g_new (int, lc->n_lines);
  lc->line_starts = g_new (int, lc->n_lines + 1);
  iter = pango_layout_get_iter (lc->layout);
  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      lc->line_bottoms[i] = y1;
      lc->line_starts[i] = pango_layout_iter_get_line_readonly (iter)->start_index;
      i++;
    }
  while (i < lc->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  lc->line_starts[lc->n_lines] = (int) strlen (pango_layout_get_text (lc->layout));
}
