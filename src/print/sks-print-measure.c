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
  return sh;
}

void
_sks_print_shaper_free (gpointer data)
{
  Shaper *sh = data;

  for (guint i = 0; i < SKS_PRINT_N_FONTS; i++)
    g_clear_object (&sh->fontsets[i]);
  g_hash_table_unref (sh->coverage);
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

/* A context like @model on a font map of its own, for another thread. */
static PangoContext *
context_copy (PangoContext *model)
{
  PangoFontMap *map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (map);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (model);

  g_object_unref (map);
  pango_cairo_context_set_resolution (context, pango_cairo_context_get_resolution (model));
  if (options != NULL)
    pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context,
                                           pango_context_get_round_glyph_positions (model));
  pango_context_set_language (context, pango_context_get_language (model));
  return context;
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
      lc->layout = _sks_print_make_layout (sh, note, text, &cell->style, inner, &lc->dx);
      pango_layout_get_size (lc->layout, NULL, &lc->text_height);
      lc->n_lines = pango_layout_get_line_count (lc->layout);
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

typedef struct {
  LTable       *lt;
  const double *col_x;
  gint          next_row;
} MeasureJob;

typedef struct {
  MeasureJob *job;
  Shaper     *shaper;
} MeasureWorker;

static void
measure_row (Shaper     *sh,
             MeasureJob *job,
             guint       r)
{
  SksPrintLayout *self = sh->self;
  guint n_columns = job->lt->table->widths_mm->len;
  const SksPrintRow *row = g_ptr_array_index (job->lt->table->rows, r);
  LRow *lr = &job->lt->rows[r];
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
      lc->x = job->col_x[column];
      lc->width = job->col_x[column + span] - job->col_x[column];
      column += span;
      measure_cell (sh, lc, cell);
      lr->height = MAX (lr->height, _sks_print_cell_height (self, lc));
    }
  lr->min_height = MM (row->min_height_mm);
  lr->height = MAX (lr->height, lr->min_height);
}

static gpointer
measure_rows (gpointer data)
{
  MeasureWorker *worker = data;
  guint r;

  while ((r = (guint) g_atomic_int_add (&worker->job->next_row, 1)) < worker->job->lt->n_rows)
    measure_row (worker->shaper, worker->job, r);
  return NULL;
}

/* Measures the rows, on several threads for a long table when the context
 * is one of ours (a GtkPrintContext's stays on the calling thread). */
static void
measure_table (SksPrintLayout *self,
               MeasureJob     *job)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  guint n_workers = 0;
  g_autofree MeasureWorker *workers = NULL;
  MeasureWorker main_worker = { job, self->shaper };

  if (self->parallel && job->lt->n_rows >= PARALLEL_MIN_ROWS)
    {
      const char *limit = g_getenv ("SKS_PRINT_THREADS");
      guint wanted = limit ? (guint) g_ascii_strtoull (limit, NULL, 10) : g_get_num_processors ();

      n_workers = MIN (MAX (wanted, 1) - 1, MAX_WORKERS);
    }
  while (self->workers->len < n_workers)
    {
      PangoContext *context = context_copy (self->context);

      g_ptr_array_add (self->workers, _sks_print_shaper_new (self, context));
      g_object_unref (context);
    }
  workers = g_new0 (MeasureWorker, MAX (n_workers, 1));
  for (guint i = 0; i < n_workers; i++)
    {
      workers[i].job = job;
      workers[i].shaper = g_ptr_array_index (self->workers, i);
      g_ptr_array_add (threads, g_thread_new ("sks-print-measure", measure_rows, &workers[i]));
    }
  measure_rows (&main_worker);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
}

LTable *
_sks_print_layout_table (SksPrintLayout      *self,
                         const SksPrintTable *table)
{
  LTable *lt = g_new0 (LTable, 1);
  guint n_columns = table->widths_mm->len;
  g_autofree double *col_x = g_new0 (double, n_columns + 1);
  MeasureJob job = { lt, col_x, 0 };

  for (guint i = 0; i < n_columns; i++)
    col_x[i + 1] = col_x[i] + MM (g_array_index (table->widths_mm, double, i));
  lt->table = table;
  lt->width = col_x[n_columns];
  lt->x = self->body_x + (self->body_width - lt->width) / 2;
  lt->n_rows = table->rows->len;
  lt->rows = g_new0 (LRow, lt->n_rows);
  measure_table (self, &job);

  while (lt->n_header < lt->n_rows
         && (lt->rows[lt->n_header].row->flags & SKS_PRINT_ROW_HEADER))
    lt->header_height += lt->rows[lt->n_header++].height;
  g_ptr_array_add (self->tables, lt);
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
