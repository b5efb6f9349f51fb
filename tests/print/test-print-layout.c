/* test-print-layout.c — the table layout engine on hand-made descriptions
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "print-test-util.h"
#include "sks-test-util.h"

#define MM(v) ((v) * 72.0 / 25.4)
#define EPS 0.05

/* A4 portrait, GB/T 9704 text block: 156 × 225 mm from (28, 37). */
#define BODY_TOP MM (37)
#define BODY_BOTTOM MM (37 + 225)
#define BODY_LEFT MM (28)
#define BODY_RIGHT MM (28 + 156)

static const SksPrintStyle text_style = {
  SKS_PRINT_FONT_TEXT, 10.5, SKS_PRINT_ALIGN_LEFT, SKS_PRINT_VALIGN_TOP
};
static const SksPrintStyle label_style = {
  SKS_PRINT_FONT_LABEL, 10.5, SKS_PRINT_ALIGN_CENTER, SKS_PRINT_VALIGN_MIDDLE
};

static SksPrintDoc *
doc_new (void)
{
  SksPrintDoc *doc = sks_print_doc_new ();

  doc->continued_suffix = g_strdup ("（续）");
  doc->continued_marker = g_strdup ("（续见附页）");
  doc->creation_date = g_strdup ("2025-03-10T00:00:00Z");
  return doc;
}

/* A one-column table with a 10 mm header row. */
static SksPrintTable *
add_table (SksPrintDoc *doc)
{
  double width = 156;
  SksPrintTable *table = sks_print_doc_add_table (doc, 1, &width);
  SksPrintRow *header = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);

  header->min_height_mm = 10;
  sks_print_row_add_cell (header, "表头", 1, &label_style);
  return table;
}

static SksPrintRow *
add_row (SksPrintTable *table,
         const char    *text,
         double         min_height_mm)
{
  SksPrintRow *row = sks_print_table_add_row (table, 0);

  row->min_height_mm = min_height_mm;
  sks_print_row_add_cell (row, text, 1, &text_style);
  return row;
}

static void
box_copy_free (gpointer data)
{
  SksPrintBox *box = data;

  g_free (box->text);
  g_free (box->tag);
  g_free (box);
}

/* The boxes of one kind on a page, in drawing order. */
static GPtrArray *
boxes_of_kind (SksPrintLayout  *layout,
               guint            page,
               SksPrintBoxKind  kind)
{
  g_autoptr(GPtrArray) all = sks_print_layout_get_boxes (layout, page);
  GPtrArray *some = g_ptr_array_new_with_free_func (box_copy_free);

  for (guint i = 0; i < all->len; i++)
    {
      SksPrintBox *box = g_ptr_array_index (all, i);
      SksPrintBox *copy;

      if (box->kind != kind)
        continue;
      copy = g_memdup2 (box, sizeof *box);
      copy->text = g_strdup (box->text);
      copy->tag = g_strdup (box->tag);
      g_ptr_array_add (some, copy);
    }
  return some;
}

#define box_text(layout, box) (((SksPrintBox *) (box))->text)

static gboolean
inside (const SksPrintBox *inner,
        const SksPrintBox *outer)
{
  return inner->x >= outer->x - EPS && inner->y >= outer->y - EPS
         && inner->x + inner->width <= outer->x + outer->width + EPS
         && inner->y + inner->height <= outer->y + outer->height + EPS;
}

static gboolean
overlap (const SksPrintBox *a,
         const SksPrintBox *b)
{
  return a->x < b->x + b->width - EPS && b->x < a->x + a->width - EPS
         && a->y < b->y + b->height - EPS && b->y < a->y + a->height - EPS;
}

/* Rows that fit are never split; every page starts with the header row. */
static void
test_pagination (void)
{
  static const guint counts[] = { 1, 10, 11, 25, 100 };

  for (guint k = 0; k < G_N_ELEMENTS (counts); k++)
    {
      g_autoptr(SksPrintDoc) doc = doc_new ();
      g_autoptr(SksPrintLayout) layout = NULL;
      SksPrintTable *table = add_table (doc);
      guint seen = 0;

      for (guint i = 0; i < counts[k]; i++)
        {
          g_autofree char *text = g_strdup_printf ("第%u行", i + 1);
          add_row (table, text, 20);
        }
      layout = pt_layout_new (doc);
      /* (225 − 10) / 20 = 10 rows a page */
      g_assert_cmpuint (sks_print_layout_get_n_pages (layout), ==, (counts[k] + 9) / 10);
      for (guint p = 0; p < sks_print_layout_get_n_pages (layout); p++)
        {
          g_autoptr(GPtrArray) cells = boxes_of_kind (layout, p, SKS_PRINT_BOX_CELL);
          SksPrintBox *header = g_ptr_array_index (cells, 0);

          g_assert_cmpstr (box_text (layout, header), ==, "表头");
          g_assert_cmpfloat_with_epsilon (header->y, BODY_TOP, EPS);
          g_assert_cmpfloat_with_epsilon (header->height, MM (10), EPS);
          for (guint i = 1; i < cells->len; i++)
            {
              SksPrintBox *cell = g_ptr_array_index (cells, i);
              g_autofree char *expected = g_strdup_printf ("第%u行", ++seen);

              g_assert_cmpstr (box_text (layout, cell), ==, expected);
              g_assert_cmpfloat_with_epsilon (cell->height, MM (20), EPS);
              g_assert_cmpfloat (cell->y + cell->height, <=, BODY_BOTTOM + EPS);
            }
        }
      g_assert_cmpuint (seen, ==, counts[k]);
    }
}

static char *
long_text (guint n_chars)
{
  GString *text = g_string_new (NULL);
  static const char piece[] = "技能大师工作室带徒传艺，开展技术攻关与技能研修。";

  while (g_utf8_strlen (text->str, -1) < n_chars)
    g_string_append (text, piece);
  return g_string_free (text, FALSE);
}

/* A row taller than a page is split at line boundaries; nothing is lost
 * and the header repeats above every slice. */
static void
test_split_row (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autofree char *text = long_text (6000);
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GString) joined_short = g_string_new (NULL);
  double widths[] = { 30, 126 };
  SksPrintTable *table = sks_print_doc_add_table (doc, 2, widths);
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);
  guint n_pages;

  sks_print_row_add_cell (row, "名称", 1, &label_style);
  sks_print_row_add_cell (row, "简介", 1, &label_style);
  add_row (table, "前一行", 150);
  row = sks_print_table_add_row (table, 0);
  sks_print_row_add_cell (row, "短的", 1, &label_style);
  sks_print_row_add_cell (row, text, 1, &text_style);
  layout = pt_layout_new (doc);

  n_pages = sks_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GPtrArray) cells = boxes_of_kind (layout, p, SKS_PRINT_BOX_CELL);
      g_autoptr(GPtrArray) texts = boxes_of_kind (layout, p, SKS_PRINT_BOX_CELL_TEXT);
      SksPrintBox *header = g_ptr_array_index (cells, 0);
      SksPrintBox *first = g_ptr_array_index (cells, 2);
      SksPrintBox *last_left = g_ptr_array_index (cells, cells->len - 2);
      SksPrintBox *last = g_ptr_array_index (cells, cells->len - 1);

      g_assert_cmpstr (box_text (layout, header), ==, "名称");
      g_assert_cmpfloat_with_epsilon (header->y, BODY_TOP, EPS);
      if (p > 0)
        g_assert_cmpfloat_with_epsilon (first->y, header->y + header->height, EPS);
      g_assert_cmpfloat (last->y + last->height, <=, BODY_BOTTOM + EPS);
      /* a slice that continues fills the page to the bottom */
      if (p < n_pages - 1)
        g_assert_cmpfloat_with_epsilon (last->y + last->height, BODY_BOTTOM, EPS);
      g_string_append (joined, box_text (layout, last));
      g_string_append (joined_short, box_text (layout, last_left));
      for (guint i = 0; i < texts->len; i++)
        {
          SksPrintBox *t = g_ptr_array_index (texts, i);
          gboolean in_a_cell = FALSE;

          for (guint j = 0; j < cells->len; j++)
            in_a_cell |= inside (t, g_ptr_array_index (cells, j));
          g_assert_true (in_a_cell);
        }
    }
  g_assert_cmpstr (joined->str, ==, text);
  /* the short cell is printed once, in the first slice */
  g_assert_cmpstr (joined_short->str, ==, "短的");
}

/* A row that fits on a page but not on what is left of this one moves. */
static void
test_move_row (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  SksPrintTable *table = add_table (doc);
  g_autoptr(GPtrArray) page1 = NULL;
  g_autoptr(GPtrArray) page2 = NULL;

  add_row (table, "第一行", 150);
  add_row (table, "第二行", 100);
  layout = pt_layout_new (doc);
  g_assert_cmpuint (sks_print_layout_get_n_pages (layout), ==, 2);
  page1 = boxes_of_kind (layout, 0, SKS_PRINT_BOX_CELL);
  page2 = boxes_of_kind (layout, 1, SKS_PRINT_BOX_CELL);
  g_assert_cmpuint (page1->len, ==, 2);
  g_assert_cmpuint (page2->len, ==, 2);
  g_assert_cmpstr (box_text (layout, g_ptr_array_index (page2, 0)), ==, "表头");
  g_assert_cmpstr (box_text (layout, g_ptr_array_index (page2, 1)), ==, "第二行");
  g_assert_cmpfloat_with_epsilon (((SksPrintBox *) g_ptr_array_index (page2, 1))->height,
                                  MM (100), EPS);
}

static void
test_keep_with_next (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  SksPrintTable *table = add_table (doc);
  g_autoptr(GPtrArray) page2 = NULL;

  add_row (table, "填充", 170);
  add_row (table, "小标题", 10)->flags |= SKS_PRINT_ROW_KEEP_WITH_NEXT;
  add_row (table, "正文", 40);
  layout = pt_layout_new (doc);
  g_assert_cmpuint (sks_print_layout_get_n_pages (layout), ==, 2);
  page2 = boxes_of_kind (layout, 1, SKS_PRINT_BOX_CELL);
  g_assert_cmpuint (page2->len, ==, 3);
  g_assert_cmpstr (box_text (layout, g_ptr_array_index (page2, 1)), ==, "小标题");
  g_assert_cmpstr (box_text (layout, g_ptr_array_index (page2, 2)), ==, "正文");
}

/* 可另附页: the box takes what is left of the page up to its maximum; the
 * rest of its text continues on pages headed "<section>（续）". */
static void
test_overflow (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autofree char *text = long_text (5000);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  double widths[] = { 26, 130 };
  SksPrintTable *table = sks_print_doc_add_table (doc, 2, widths);
  SksPrintRow *row;
  SksPrintCell *cell;
  guint n_pages, markers = 0;
  gboolean after_seen = FALSE;

  row = sks_print_table_add_row (table, 0);
  row->min_height_mm = 180;
  sks_print_row_add_cell (row, "填充", 2, &label_style);
  row = sks_print_table_add_row (table, 0);
  row->min_height_mm = 30;
  row->max_height_mm = 60;
  row->continued_title = g_strdup ("工作室基本设施");
  row->overflow_cell = 1;
  sks_print_row_add_cell (row, "工作室\n基本设施", 1, &label_style);
  cell = sks_print_row_add_cell (row, text, 1, &text_style);
  cell->note = g_strdup ("（可另附页）");
  cell->tag = g_strdup ("facilities");
  row = sks_print_table_add_row (table, 0);
  sks_print_row_add_cell (row, "之后", 2, &label_style);
  layout = pt_layout_new (doc);

  n_pages = sks_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 4);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GPtrArray) all = sks_print_layout_get_boxes (layout, p);

      for (guint i = 0; i < all->len; i++)
        {
          SksPrintBox *box = g_ptr_array_index (all, i);

          if (box->kind == SKS_PRINT_BOX_MARKER)
            {
              markers++;
              g_assert_cmpstr (box->text, ==, "（续见附页）");
              g_assert_cmpuint (p, ==, 0);
            }
          if (box->kind != SKS_PRINT_BOX_CELL)
            continue;
          if (g_strcmp0 (box->tag, "facilities") == 0)
            {
              g_string_append (joined, box->text);
              if (p == 0)
                /* the rest of the page (225 − 180 = 45 mm) is less than the maximum */
                g_assert_cmpfloat_with_epsilon (box->height, MM (45), EPS);
            }
          /* the form goes on first; continuation pages come after it */
          if (g_strcmp0 (box->text, "之后") == 0)
            {
              after_seen = TRUE;
              g_assert_cmpuint (p, ==, 1);
            }
          if (p > 1 && i == 0)
            {
              g_assert_cmpstr (box->text, ==, "工作室基本设施（续）");
              g_assert_cmpfloat_with_epsilon (box->y, BODY_TOP, EPS);
            }
        }
    }
  g_assert_cmpuint (markers, ==, 1);
  g_assert_true (after_seen);
  expected = pt_strip (text);
  got = pt_strip (joined->str);
  g_assert_true (g_str_has_prefix (got, "（可另附页）"));
  g_assert_cmpstr (got + strlen ("（可另附页）"), ==, expected);
}

/* A seal box keeps a 42 mm square clear of text around （盖章）/年月日. */
static void
test_seal (void)
{
  static const guint lengths[] = { 6, 400 };

  for (guint k = 0; k < G_N_ELEMENTS (lengths); k++)
    {
      g_autoptr(SksPrintDoc) doc = doc_new ();
      g_autoptr(SksPrintLayout) layout = NULL;
      g_autoptr(GPtrArray) boxes = NULL;
      g_autofree char *text = long_text (lengths[k]);
      double widths[] = { 26, 130 };
      SksPrintTable *table = sks_print_doc_add_table (doc, 2, widths);
      SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
      SksPrintCell *cell;
      SksPrintBox *box_cell = NULL, *box_text = NULL, *seal = NULL, *foot = NULL;

      sks_print_row_add_cell (row, "申报单位意见", 1, &label_style);
      cell = sks_print_row_add_cell (row, text, 1, &text_style);
      cell->foot = g_strdup ("（盖章）\n年　　月　　日");
      cell->seal_mm = 42;
      cell->tag = g_strdup ("opinion");
      layout = pt_layout_new (doc);
      boxes = sks_print_layout_get_boxes (layout, 0);
      for (guint i = 0; i < boxes->len; i++)
        {
          SksPrintBox *box = g_ptr_array_index (boxes, i);

          if (g_strcmp0 (box->tag, "opinion") != 0)
            continue;
          if (box->kind == SKS_PRINT_BOX_CELL)
            box_cell = box;
          else if (box->kind == SKS_PRINT_BOX_CELL_TEXT)
            box_text = box;
          else if (box->kind == SKS_PRINT_BOX_SEAL)
            seal = box;
          else if (box->kind == SKS_PRINT_BOX_FOOT)
            foot = box;
        }
      g_assert_nonnull (box_cell);
      g_assert_nonnull (box_text);
      g_assert_nonnull (seal);
      g_assert_nonnull (foot);
      g_assert_cmpfloat_with_epsilon (seal->width, MM (42), EPS);
      g_assert_cmpfloat_with_epsilon (seal->height, MM (42), EPS);
      g_assert_true (inside (seal, box_cell));
      g_assert_true (inside (box_text, box_cell));
      g_assert_true (inside (foot, seal));
      g_assert_false (overlap (box_text, seal));
      g_assert_cmpstr (foot->text, ==, "（盖章）\n年　　月　　日");
      /* the date line is where the seal's centre is */
      g_assert_cmpfloat (foot->y + foot->height, >, seal->y + seal->height / 2);
      g_assert_cmpfloat (foot->y, <, seal->y + seal->height / 2);
    }
}

/* GB/T 9704: "— 1 —" 7 mm under the text block, odd pages right, even
 * pages left, one character in; the cover goes unnumbered. */
static void
test_page_numbers (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;

  doc->first_numbered_page = 1;
  sks_print_doc_add_page_break (doc);  /* ignored: the page is still empty */
  sks_print_doc_add_text (doc, "封面", &text_style);
  sks_print_doc_add_page_break (doc);
  sks_print_doc_add_text (doc, "第一页", &text_style);
  sks_print_doc_add_page_break (doc);
  sks_print_doc_add_text (doc, "第二页", &text_style);
  layout = pt_layout_new (doc);
  g_assert_cmpuint (sks_print_layout_get_n_pages (layout), ==, 3);

  for (guint p = 0; p < 3; p++)
    {
      g_autoptr(GPtrArray) numbers = boxes_of_kind (layout, p, SKS_PRINT_BOX_PAGE_NUMBER);
      SksPrintBox *number;

      if (p == 0)
        {
          g_assert_cmpuint (numbers->len, ==, 0);
          continue;
        }
      g_assert_cmpuint (numbers->len, ==, 1);
      number = g_ptr_array_index (numbers, 0);
      g_assert_cmpstr (box_text (layout, number), ==, p == 1 ? "— 1 —" : "— 2 —");
      g_assert_cmpfloat_with_epsilon (number->y, BODY_BOTTOM + MM (7), EPS);
      if (p == 1)
        g_assert_cmpfloat_with_epsilon (number->x + number->width, BODY_RIGHT - 14, EPS);
      else
        g_assert_cmpfloat_with_epsilon (number->x, BODY_LEFT + 14, EPS);
    }
}

static void
test_text_blocks (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  SksPrintBlock *block;
  SksPrintBox *top, *empty_skipped, *bottom;

  sks_print_doc_add_text (doc, "附件3", &label_style);
  sks_print_doc_add_text (doc, "", &text_style);
  sks_print_doc_add_space (doc, 50);
  block = sks_print_doc_add_text (doc, "标题", &text_style);
  block->space_before_mm = 5;
  block = sks_print_doc_add_text (doc, "湖州市人力资源和社会保障局", &text_style);
  block->at_bottom = TRUE;
  layout = pt_layout_new (doc);
  g_assert_cmpuint (sks_print_layout_get_n_pages (layout), ==, 1);
  texts = boxes_of_kind (layout, 0, SKS_PRINT_BOX_TEXT);
  g_assert_cmpuint (texts->len, ==, 3);
  top = g_ptr_array_index (texts, 0);
  empty_skipped = g_ptr_array_index (texts, 1);
  bottom = g_ptr_array_index (texts, 2);
  g_assert_cmpfloat_with_epsilon (top->y, BODY_TOP, EPS);
  g_assert_cmpfloat_with_epsilon (empty_skipped->y, top->y + top->height + MM (55), EPS);
  g_assert_cmpfloat_with_epsilon (bottom->y + bottom->height, BODY_BOTTOM, EPS);
}

/* Characters no font has print as □ and are counted for a warning. */
static void
test_missing_glyphs (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  sks_print_doc_add_text (doc, "工匠\u0378精神\U0010FFFD", &text_style);
  layout = pt_layout_new (doc);
  texts = boxes_of_kind (layout, 0, SKS_PRINT_BOX_TEXT);
  g_assert_cmpstr (box_text (layout, g_ptr_array_index (texts, 0)), ==, "工匠□精神□");
  g_assert_cmpuint (sks_print_layout_get_unknown_glyphs (layout), ==, 2);
}

static char *
tmp_pdf (const char *dir,
         const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* A long table whose cells repeat a few short texts (units, 男/女): every
 * cell prints its own text in its own box, on any thread, and missing
 * characters are counted once per cell. */
static void
test_repeated_cells (void)
{
  static const char *const texts[] = { "吴兴区\u0378", "男", "高级技师", "女" };
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  SksPrintTable *table = add_table (doc);
  guint n_rows = 200, row = 0, n_missing = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      add_row (table, texts[i % G_N_ELEMENTS (texts)], 0);
      n_missing += i % G_N_ELEMENTS (texts) == 0;
    }
  layout = pt_layout_new (doc);
  g_assert_cmpuint (sks_print_layout_get_n_pages (layout), >, 1);
  for (guint p = 0; p < sks_print_layout_get_n_pages (layout); p++)
    {
      g_autoptr(GPtrArray) cells = boxes_of_kind (layout, p, SKS_PRINT_BOX_CELL);
      g_autoptr(GPtrArray) texts_drawn = boxes_of_kind (layout, p, SKS_PRINT_BOX_CELL_TEXT);

      g_assert_cmpuint (cells->len, ==, texts_drawn->len);
      /* the repeated header row first */
      g_assert_cmpstr (box_text (layout, g_ptr_array_index (cells, 0)), ==, "表头");
      for (guint c = 1; c < cells->len; c++, row++)
        {
          const char *expected = row % G_N_ELEMENTS (texts) == 0
                                 ? "吴兴区□" : texts[row % G_N_ELEMENTS (texts)];

          g_assert_cmpstr (box_text (layout, g_ptr_array_index (cells, c)), ==, expected);
          g_assert_true (inside (g_ptr_array_index (texts_drawn, c),
                                 g_ptr_array_index (cells, c)));
        }
    }
  g_assert_cmpuint (row, ==, n_rows);
  g_assert_cmpuint (sks_print_layout_get_unknown_glyphs (layout), ==, n_missing);
}

/* Writing pages while later rows are still measured gives the same file
 * as laying out first; a file that cannot be written is an error. */
static void
test_new_to_pdf (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *at_once = tmp_pdf (dir, "at-once.pdf");
  g_autofree char *two_passes = tmp_pdf (dir, "two-passes.pdf");
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) streamed = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  PangoContext *context = sks_print_context_new ();
  SksPrintTable *table = add_table (doc);
  g_autofree char *a = NULL, *b = NULL;
  gsize len_a, len_b;

  sks_print_doc_add_text (doc, "标题", &label_style);
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *text = sks_test_make_text (20 + (i * 37) % 400, i % 3 == 0, i);

      add_row (table, text, 8);
    }
  streamed = sks_print_layout_new_to_pdf (doc, context, at_once, &error);
  g_assert_no_error (error);
  layout = pt_layout_new (doc);
  g_assert_true (sks_print_layout_write_pdf (layout, two_passes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sks_print_layout_get_n_pages (streamed), ==,
                    sks_print_layout_get_n_pages (layout));
  g_assert_cmpuint (pt_pdf_n_pages (at_once), ==, sks_print_layout_get_n_pages (layout));
  g_assert_true (g_file_get_contents (at_once, &a, &len_a, NULL));
  g_assert_true (g_file_get_contents (two_passes, &b, &len_b, NULL));
  g_assert_cmpmem (a, len_a, b, len_b);

  g_clear_object (&streamed);
  streamed = sks_print_layout_new_to_pdf (doc, context, "/nonexistent-dir/x.pdf", &error);
  g_assert_null (streamed);
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE);
  g_object_unref (context);
  sks_test_remove_tree (dir);
}

/* WORD_CHAR wraps long codes inside a word; no hyphen may appear. Distributed
 * labels span their cell. */
static void
test_pdf_wrapping (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = tmp_pdf (dir, "wrap.pdf");
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GString) code_text = g_string_new (NULL);
  SksPrintBox *code_box;
  static const char code[] = "91330502MA2B3C4D5E91330502MA2B3C4D5E";
  double widths[] = { 20, 46, 90 };
  SksPrintTable *table = sks_print_doc_add_table (doc, 3, widths);
  SksPrintRow *row = sks_print_table_add_row (table, 0);
  SksPrintStyle spread = label_style;
  GPtrArray *words;
  SksPrintBox *label;
  double x_min = G_MAXDOUBLE, x_max = 0;

  spread.align = SKS_PRINT_ALIGN_DISTRIBUTE;
  sks_print_row_add_cell (row, code, 1, &text_style);
  sks_print_row_add_cell (row, "申报单位", 1, &spread);
  sks_print_row_add_cell (row, "", 1, &text_style);
  layout = pt_layout_new (doc);
  g_assert_true (sks_print_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);

  cells = boxes_of_kind (layout, 0, SKS_PRINT_BOX_CELL_TEXT);
  code_box = g_ptr_array_index (cells, 0);
  /* the code took several lines */
  g_assert_cmpfloat (code_box->height, >, 3 * 10.5);
  pages = pt_pdf_words (path);
  words = g_ptr_array_index (pages, 0);
  for (guint i = 0; i < words->len; i++)
    {
      PtWord *word = g_ptr_array_index (words, i);

      g_assert_null (strchr (word->text, '-'));
      if (word->x_min >= code_box->x - 0.5 && word->x_max <= code_box->x + code_box->width + 0.5)
        g_string_append (code_text, word->text);
    }
  g_assert_cmpstr (code_text->str, ==, code);

  /* 申 and 位 at the two ends of the label cell */
  label = g_ptr_array_index (cells, 1);
  for (guint i = 0; i < words->len; i++)
    {
      PtWord *word = g_ptr_array_index (words, i);

      if (strstr ("申报单位", word->text) == NULL)
        continue;
      x_min = MIN (x_min, word->x_min);
      x_max = MAX (x_max, word->x_max);
    }
  g_assert_cmpfloat_with_epsilon (x_min, label->x, 1.0);
  g_assert_cmpfloat_with_epsilon (x_max, label->x + label->width, 1.0);
  sks_test_remove_tree (dir);
}

/* On an image surface a 0.5 pt rule at 144 dpi is one dark pixel row, not
 * two grey ones. */
static void
test_crisp_rules (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  SksPrintTable *table = add_table (doc);
  cairo_surface_t *surface;
  cairo_t *cr;
  unsigned char *data;
  int stride, x, y0, dark_rows = 0, darkest = 255;

  add_row (table, "", 20);
  layout = pt_layout_new (doc);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1191, 1684);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  sks_print_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  x = (int) (2 * (BODY_LEFT + MM (40)));
  y0 = (int) (2 * (BODY_TOP + MM (10)));
  for (int y = y0 - 4; y <= y0 + 4; y++)
    {
      guint32 pixel = *(guint32 *) (data + y * stride + 4 * x);
      int green = (pixel >> 8) & 0xff;

      if (green < 200)
        dark_rows++;
      darkest = MIN (darkest, green);
    }
  g_assert_cmpint (dark_rows, ==, 1);
  g_assert_cmpint (darkest, <, 40);
  cairo_surface_destroy (surface);
}

static gboolean
bytes_contain (const char *bytes,
               gsize       len,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* A context made elsewhere (a GtkPrintContext's has metric hinting on)
 * lays out exactly like ours: print, preview and PDF wrap alike. */
static void
test_foreign_context (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) ours = NULL;
  g_autoptr(SksPrintLayout) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autofree char *text = long_text (900);
  PangoFontMap *map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();
  double widths[] = { 28.5, 127.5 };
  SksPrintTable *table = sks_print_doc_add_table (doc, 2, widths);
  SksPrintRow *row = sks_print_table_add_row (table, 0);

  sks_print_row_add_cell (row, "13857201234 0572-2398708", 1, &text_style);
  sks_print_row_add_cell (row, text, 1, &text_style);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_ON);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_FULL);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);
  g_object_unref (map);

  ours = pt_layout_new (doc);
  theirs = sks_print_layout_new (doc, context, &error);
  g_assert_no_error (error);
  g_object_unref (context);
  a = boxes_of_kind (ours, 0, SKS_PRINT_BOX_CELL_TEXT);
  b = boxes_of_kind (theirs, 0, SKS_PRINT_BOX_CELL_TEXT);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      SksPrintBox *ba = g_ptr_array_index (a, i), *bb = g_ptr_array_index (b, i);

      g_assert_cmpfloat_with_epsilon (ba->height, bb->height, 0.001);
      g_assert_cmpfloat_with_epsilon (ba->y, bb->y, 0.001);
    }
}

/* The same description gives the same bytes (fixed creation date). */
static void
test_reproducible (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *a = tmp_pdf (dir, "a.pdf");
  g_autofree char *b = tmp_pdf (dir, "b.pdf");
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  gsize len_a, len_b;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SksPrintDoc) doc = doc_new ();
      g_autoptr(SksPrintLayout) layout = NULL;
      g_autoptr(GError) error = NULL;
      SksPrintTable *table = add_table (doc);

      add_row (table, "技能大师工作室 Skill Studio 2025", 20);
      layout = pt_layout_new (doc);
      g_assert_true (sks_print_layout_write_pdf (layout, i == 0 ? a : b, &error));
      g_assert_no_error (error);
    }
  g_assert_true (g_file_get_contents (a, &bytes_a, &len_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &len_b, NULL));
  g_assert_cmpmem (bytes_a, len_a, bytes_b, len_b);
  /* cairo 1.16 writes the date without the "D:" prefix; poppler reads it */
  g_assert_true (bytes_contain (bytes_a, len_a, "/CreationDate ("));
  g_assert_true (bytes_contain (bytes_a, len_a, "20250310000000Z)"));
  sks_test_remove_tree (dir);
}

static void
test_write_error (void)
{
  g_autoptr(SksPrintDoc) doc = doc_new ();
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  sks_print_doc_add_text (doc, "文本", &text_style);
  layout = pt_layout_new (doc);
  g_assert_false (sks_print_layout_write_pdf (layout, "/nonexistent-dir/x.pdf", &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE);
  g_assert_false (g_file_test ("/nonexistent-dir/x.pdf", G_FILE_TEST_EXISTS));
}

/* Without a CJK font the layout fails with a clear error instead of
 * printing empty boxes. Fontconfig sees only DejaVu in the subprocess. */
static void
test_no_cjk_font_subprocess (void)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  PangoContext *context;

  if (!g_test_subprocess ())
    {
      g_test_skip ("runs in a subprocess of /print/layout/no-cjk-font");
      return;
    }
  doc = doc_new ();
  sks_print_doc_add_text (doc, "技能大师", &text_style);
  context = sks_print_context_new ();
  layout = sks_print_layout_new (doc, context, &error);
  g_object_unref (context);
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NO_FONT);
  g_assert_nonnull (strstr (error->message, "fonts-noto-cjk"));
  g_assert_null (layout);
}

static void
test_no_cjk_font (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *conf = g_build_filename (dir, "fonts.conf", NULL);
  g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                          "<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
                                          "<cachedir>%s/cache</cachedir></fontconfig>\n", dir);
  g_autofree char *old = g_strdup (g_getenv ("FONTCONFIG_FILE"));

  g_assert_true (g_file_set_contents (conf, xml, -1, NULL));
  g_setenv ("FONTCONFIG_FILE", conf, TRUE);
  g_test_trap_subprocess ("/print/layout/no-cjk-font/subprocess", 0, 0);
  if (old != NULL)
    g_setenv ("FONTCONFIG_FILE", old, TRUE);
  else
    g_unsetenv ("FONTCONFIG_FILE");
  g_test_trap_assert_passed ();
  sks_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* first: it changes the environment, before any layout thread exists */
  g_test_add_func ("/print/layout/no-cjk-font", test_no_cjk_font);
  g_test_add_func ("/print/layout/no-cjk-font/subprocess", test_no_cjk_font_subprocess);
  g_test_add_func ("/print/layout/pagination", test_pagination);
  g_test_add_func ("/print/layout/split-row", test_split_row);
  g_test_add_func ("/print/layout/move-row", test_move_row);
  g_test_add_func ("/print/layout/keep-with-next", test_keep_with_next);
  g_test_add_func ("/print/layout/overflow", test_overflow);
  g_test_add_func ("/print/layout/seal", test_seal);
  g_test_add_func ("/print/layout/page-numbers", test_page_numbers);
  g_test_add_func ("/print/layout/text-blocks", test_text_blocks);
  g_test_add_func ("/print/layout/missing-glyphs", test_missing_glyphs);
  g_test_add_func ("/print/layout/pdf-wrapping", test_pdf_wrapping);
  g_test_add_func ("/print/layout/crisp-rules", test_crisp_rules);
  g_test_add_func ("/print/layout/foreign-context", test_foreign_context);
  g_test_add_func ("/print/layout/reproducible", test_reproducible);
  g_test_add_func ("/print/layout/write-error", test_write_error);
  g_test_add_func ("/print/layout/repeated-cells", test_repeated_cells);
  g_test_add_func ("/print/layout/new-to-pdf", test_new_to_pdf);
  return g_test_run ();
}
