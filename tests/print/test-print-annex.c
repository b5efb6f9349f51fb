/* test-print-annex.c — Annex 2 and Annex 3 as PDF files, read back with
 * pdftotext, pdfinfo and pdffonts
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "print-test-util.h"
#include "sks-print-annex.h"
#include "sks-print-text.h"
#include "sks-test-util.h"

#define MM(v) ((v) * 72.0 / 25.4)
#define SLACK 0.5  /* points: word boxes against cell rectangles */

typedef struct {
  char      *dir;
  SksRound  *round;
  GPtrArray *studios;
  GPtrArray *names;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sks_test_make_tmpdir ();
  f->round = sks_round_new ("huzhou-2025", "湖州", 2025);
  g_object_set (f->round, "issuing-bureau", "湖州市人力资源和社会保障局",
                "deadline", "2025-03-17", "reference-date", "2025-02-28", NULL);
  f->studios = g_ptr_array_new_with_free_func (g_object_unref);
  f->names = g_ptr_array_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_clear_object (&f->round);
  g_ptr_array_unref (f->studios);
  g_ptr_array_unref (f->names);
}

/* @n applications; with @uniform all carry the same text, so that all
 * rows are equally tall. */
static void
add_studios (Fixture  *f,
             guint     n,
             gboolean  uniform)
{
  g_autoptr(SksStudio) same = uniform ? sks_test_make_full_studio (7, 0) : NULL;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (f->studios, uniform ? g_object_ref (same)
                                           : sks_test_make_full_studio (i, 3));
      g_ptr_array_add (f->names, i % 3 == 2 ? "南浔区人力资源和社会保障局"
                                            : "吴兴区人力资源和社会保障局");
    }
}

static char *
write_pdf (Fixture         *f,
           SksPrintDoc     *doc,
           const char      *name,
           SksPrintLayout **layout_out)
{
  g_autoptr(GError) error = NULL;
  SksPrintLayout *layout = pt_layout_new (doc);
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (sks_print_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  if (layout_out != NULL)
    *layout_out = layout;
  else
    g_object_unref (layout);
  return path;
}

static SksPrintDoc *
annex2 (Fixture    *f,
        const char *filler)
{
  g_autoptr(GError) error = NULL;
  SksPrintDoc *doc = sks_print_annex2_doc_new (f->round, filler, f->studios, f->names, &error);

  g_assert_no_error (error);
  return doc;
}

static SksPrintDoc *
annex3 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SksPrintDoc *doc = sks_print_annex3_doc_new (f->round, g_ptr_array_index (f->studios, 0),
                                               "吴兴区人力资源和社会保障局", &error);

  g_assert_no_error (error);
  return doc;
}

/* Checks ------------------------------------------------------------------ */

/* pdftotext sizes a word by the font's ascent and descent (1.45 em for
 * Noto CJK), lines are 1.3 em apart: a word may reach 0.075 em beyond its
 * line vertically. */
static gboolean
word_in (const PtWord      *word,
         const SksPrintBox *box)
{
  double v_slack = SLACK + 0.06 * (word->y_max - word->y_min);

  return word->x_min >= box->x - SLACK && word->x_max <= box->x + box->width + SLACK
         && word->y_min >= box->y - v_slack && word->y_max <= box->y + box->height + v_slack;
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  const PtWord *wa = *(PtWord **) a, *wb = *(PtWord **) b;

  if (fabs (wa->y_min - wb->y_min) > 3)
    return wa->y_min < wb->y_min ? -1 : 1;
  return wa->x_min < wb->x_min ? -1 : wa->x_min > wb->x_min;
}

/* The words of @words whose centre is in @box, in reading order. */
static char *
pdf_text_in (GPtrArray         *words,
             const SksPrintBox *box)
{
  g_autoptr(GPtrArray) inside = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint w = 0; w < words->len; w++)
    {
      PtWord *word = g_ptr_array_index (words, w);
      double cx = (word->x_min + word->x_max) / 2, cy = (word->y_min + word->y_max) / 2;

      if (cx >= box->x && cx <= box->x + box->width
          && cy >= box->y - 1 && cy <= box->y + box->height + 1)
        g_ptr_array_add (inside, word);
    }
  g_ptr_array_sort (inside, compare_reading_order);
  for (guint w = 0; w < inside->len; w++)
    g_string_append (text, ((PtWord *) g_ptr_array_index (inside, w))->text);
  return pt_strip (text->str);
}

/* Every word of the PDF lies inside a cell or text block the layout
 * reported, and every cell's words, in reading order, are the cell's text:
 * nothing lost, nothing outside its cell. */
static void
assert_words_in_boxes (SksPrintLayout *layout,
                       const char     *pdf)
{
  g_autoptr(GPtrArray) pages = pt_pdf_words (pdf);

  g_assert_cmpuint (pages->len, ==, sks_print_layout_get_n_pages (layout));
  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *words = g_ptr_array_index (pages, p);
      g_autoptr(GPtrArray) boxes = sks_print_layout_get_boxes (layout, p);

      for (guint w = 0; w < words->len; w++)
        {
          PtWord *word = g_ptr_array_index (words, w);
          gboolean placed = FALSE;

          for (guint b = 0; b < boxes->len && !placed; b++)
            {
              SksPrintBox *box = g_ptr_array_index (boxes, b);

              placed = box->kind != SKS_PRINT_BOX_SEAL && box->kind != SKS_PRINT_BOX_CELL_TEXT
                       && word_in (word, box);
            }
          if (!placed)
            g_error ("page %u: “%s” at (%.1f, %.1f)–(%.1f, %.1f) is outside every box",
                     p + 1, word->text, word->x_min, word->y_min, word->x_max, word->y_max);
        }

      for (guint b = 0; b < boxes->len; b++)
        {
          SksPrintBox *box = g_ptr_array_index (boxes, b);
          g_autofree char *expected = NULL;
          g_autofree char *got = NULL;

          if (box->kind != SKS_PRINT_BOX_CELL_TEXT)
            continue;
          expected = pt_strip (box->text);
          got = pdf_text_in (words, box);
          if (g_strcmp0 (expected, got) != 0)
            g_error ("page %u: cell text differs\nlaid out: %s\nin PDF:   %s", p + 1,
                     expected, got);
        }
    }
}

static void
assert_fonts_embedded (const char *pdf)
{
  const char *args[] = { pdf, NULL };
  g_autofree char *out = pt_run_tool ("pdffonts", args);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  g_assert_nonnull (strstr (out, "NotoSerifCJKsc-Regular"));
  g_assert_nonnull (strstr (out, "NotoSansCJKsc-Regular"));
  /* zh-cn: Simplified Chinese glyph forms, never the Japanese face */
  g_assert_null (strstr (out, "CJKjp"));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) split = NULL;
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      split = g_strsplit_set (lines[i], " ", -1);
      for (guint j = 0; split[j] != NULL; j++)
        if (*split[j] != '\0')
          g_ptr_array_add (fields, split[j]);
      /* name type… encoding emb sub uni object ID: emb is the 5th field from the end */
      g_assert_cmpuint (fields->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 3);
}

static void
assert_page_size (const char *pdf,
                  gboolean    landscape)
{
  double width, height;

  pt_pdf_page_size (pdf, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, landscape ? 841.89 : 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, landscape ? 595.276 : 841.89, 0.01);
}

/* What the renderer prints for @text: characters no font has become □. */
static char *
printable (const char *text)
{
  g_autofree char *clean = sks_print_sanitize_text (text);
  PangoContext *context = sks_print_context_new ();
  PangoFontDescription *desc = pango_font_description_from_string (
    "DejaVu Serif, Noto Serif CJK SC 10.5");
  PangoFontset *fontset = pango_context_load_fontset (context, desc,
                                                      pango_context_get_language (context));
  GString *out = g_string_new (NULL);

  for (const char *p = clean; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      PangoFont *font = pango_fontset_get_font (fontset, c);

      if (c >= 0x80 && !g_unichar_iszerowidth (c) && !pango_font_has_char (font, c))
        g_string_append (out, "□");
      else
        g_string_append_unichar (out, c);
      g_object_unref (font);
    }
  g_object_unref (fontset);
  pango_font_description_free (desc);
  g_object_unref (context);
  return g_string_free (out, FALSE);
}

/* Annex 2 ------------------------------------------------------------------ */

static void
test_annex2_pdf (Fixture       *f,
                 gconstpointer  data)
{
  static const char *const tokens[] = {
    "附件2", "湖州市技能大师工作室推荐情况汇总表",
    "填报单位：吴兴区人力资源和社会保障局（公章）", "填报日期：", "年", "月", "日",
    "序号", "推荐单位", "工作室名称", "联系方式",
    NULL,
  };
  static const char *const headers[] = {
    "序号", "推荐单位", "工作室名称", "领办人出生年月", "领办人性别", "领办人职业技能等级",
    "领办人业绩情况（不超过200字）", "工作室简介（不超过300字）", "联系方式",
  };
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) words = NULL;

  add_studios (f, 12, FALSE);
  doc = annex2 (f, "吴兴区人力资源和社会保障局");
  pdf = write_pdf (f, doc, "annex2.pdf", &layout);

  assert_page_size (pdf, TRUE);
  assert_fonts_embedded (pdf);
  g_assert_cmpuint (pt_pdf_n_pages (pdf), ==, sks_print_layout_get_n_pages (layout));

  text = pt_pdftotext (pdf, TRUE, 1, 1);
  pt_assert_in_order (text, tokens);
  g_clear_pointer (&text, g_free);

  /* the nine headers, worded as the notice, left to right, on every page */
  words = pt_pdf_words (pdf);
  for (guint p = 0; p < words->len; p++)
    {
      g_autoptr(GPtrArray) boxes = sks_print_layout_get_boxes (layout, p);
      guint column = 0;

      for (guint i = 0; i < boxes->len && column < G_N_ELEMENTS (headers); i++)
        {
          SksPrintBox *box = g_ptr_array_index (boxes, i);
          g_autofree char *got = NULL;

          if (box->kind != SKS_PRINT_BOX_CELL_TEXT)
            continue;
          got = pdf_text_in (g_ptr_array_index (words, p), box);
          g_assert_cmpstr (got, ==, headers[column]);
          column++;
        }
      g_assert_cmpuint (column, ==, G_N_ELEMENTS (headers));
    }

  /* the one-line values of every row, row after row, and the page numbers */
  text = pt_pdftotext (pdf, TRUE, 0, 0);
  for (guint i = 0; i < f->studios->len; i++)
    {
      g_ptr_array_add (values, g_strdup ("1978.05"));
      g_ptr_array_add (values, g_strdup ("男"));
      g_ptr_array_add (values, g_strdup ("高级技师"));
    }
  g_ptr_array_add (values, NULL);
  pt_assert_in_order (text, (const char * const *) values->pdata);
  for (guint p = 1; p <= sks_print_layout_get_n_pages (layout); p++)
    {
      g_autofree char *number = g_strdup_printf ("—%u—", p);
      g_autofree char *stripped = pt_strip (text);

      g_assert_nonnull (strstr (stripped, number));
    }

  assert_words_in_boxes (layout, pdf);
}

static guint
rows_on_page (SksPrintLayout *layout,
              guint           page)
{
  g_autoptr(GPtrArray) boxes = sks_print_layout_get_boxes (layout, page);
  guint n = 0;

  for (guint i = 0; i < boxes->len; i++)
    {
      SksPrintBox *box = g_ptr_array_index (boxes, i);

      n += box->kind == SKS_PRINT_BOX_CELL && g_strcmp0 (box->tag, "introduction") == 0;
    }
  return n;
}

/* The 序号 column read back from the PDF: 1, 2, … n, each once. */
static void
assert_row_numbers (const char *pdf,
                    guint       n,
                    double      column_left,
                    double      column_right)
{
  g_autoptr(GPtrArray) pages = pt_pdf_words (pdf);
  guint next = 1;

  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *words = g_ptr_array_index (pages, p);

      for (guint w = 0; w < words->len; w++)
        {
          PtWord *word = g_ptr_array_index (words, w);
          g_autofree char *expected = NULL;

          /* Annex 2's text block ends 22 mm above the paper's edge; the
           * page number below it may stand under this column */
          if (word->x_min < column_left || word->x_max > column_right
              || word->y_max > 595.276 - MM (22) || g_str_equal (word->text, "序号"))
            continue;
          expected = g_strdup_printf ("%u", next++);
          g_assert_cmpstr (word->text, ==, expected);
        }
    }
  g_assert_cmpuint (next, ==, n + 1);
}

static void
test_annex2_page_counts (Fixture       *f,
                         gconstpointer  data)
{
  static const guint counts[] = { 1, 12, 66, 500 };
  g_autoptr(SksPrintLayout) probe = NULL;
  g_autoptr(SksPrintDoc) probe_doc = NULL;
  g_autoptr(GPtrArray) boxes = NULL;
  SksPrintBox *index_cell = NULL;
  guint first, per_page;

  /* rows of equal height: how many fit on the first page (under the
   * title) and on the following pages */
  add_studios (f, 12, TRUE);
  probe_doc = annex2 (f, NULL);
  probe = pt_layout_new (probe_doc);
  first = rows_on_page (probe, 0);
  per_page = rows_on_page (probe, 1);
  g_assert_cmpuint (first, >=, 1);
  g_assert_cmpuint (per_page, >=, first);
  boxes = sks_print_layout_get_boxes (probe, 1);
  for (guint i = 0; i < boxes->len && index_cell == NULL; i++)
    if (((SksPrintBox *) g_ptr_array_index (boxes, i))->kind == SKS_PRINT_BOX_CELL)
      index_cell = g_ptr_array_index (boxes, i);

  for (guint k = 0; k < G_N_ELEMENTS (counts); k++)
    {
      g_autoptr(SksPrintDoc) doc = NULL;
      g_autoptr(SksPrintLayout) layout = NULL;
      g_autofree char *pdf = NULL;
      g_autofree char *name = g_strdup_printf ("annex2-%u.pdf", counts[k]);
      guint n = counts[k];
      guint expected = n <= first ? 1 : 1 + (n - first + per_page - 1) / per_page;

      g_ptr_array_set_size (f->studios, 0);
      g_ptr_array_set_size (f->names, 0);
      add_studios (f, n, TRUE);
      doc = annex2 (f, NULL);
      pdf = write_pdf (f, doc, name, &layout);
      g_test_message ("%u rows: %u pages", n, pt_pdf_n_pages (pdf));
      g_assert_cmpuint (sks_print_layout_get_n_pages (layout), ==, expected);
      g_assert_cmpuint (pt_pdf_n_pages (pdf), ==, expected);
      assert_page_size (pdf, TRUE);
      assert_row_numbers (pdf, n, index_cell->x, index_cell->x + index_cell->width);
    }
}

/* No applications: the notice's blank form with six empty rows. */
static void
test_annex2_blank (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SksPrintDoc) doc = annex2 (f, NULL);
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autofree char *pdf = write_pdf (f, doc, "blank.pdf", &layout);
  g_autofree char *text = pt_pdftotext (pdf, TRUE, 0, 0);
  static const char *const tokens[] = { "附件2", "填报单位：", "（公章）", "序号", "联系方式", NULL };

  g_assert_cmpuint (pt_pdf_n_pages (pdf), ==, 1);
  pt_assert_in_order (text, tokens);
  g_assert_cmpuint (rows_on_page (layout, 0), ==, 6);
  {
    g_autoptr(GPtrArray) boxes = sks_print_layout_get_boxes (layout, 0);
    guint cells = 0;

    for (guint i = 0; i < boxes->len; i++)
      cells += ((SksPrintBox *) g_ptr_array_index (boxes, i))->kind == SKS_PRINT_BOX_CELL;
    g_assert_cmpuint (cells, ==, 9 * 7);
  }
}

/* Annex 3 ------------------------------------------------------------------ */

static void
test_annex3_pdf (Fixture       *f,
                 gconstpointer  data)
{
  static const char *const cover[] = {
    "附件3", "湖州市技能大师工作室申报表", "申报单位", "湖州\"精工\"机械有限公司", "（盖章）",
    "申报工作室名称", "张伟数控车工技能大师工作室", "填报时间", "2025年3月10日",
    "湖州市人力资源和社会保障局", "二〇二五年三月", NULL,
  };
  static const char *const form[] = {
    "申报单位名称", "湖州\"精工\"机械有限公司", "法人代表", "沈国强",
    "联系人", "陆晓燕", "职务", "人力资源部经理", "电子邮箱",
    "手机", "13857201234", "办电", "0572-2398708", "传真", "0572-2398709",
    "通信地址", "浙江省湖州市吴兴区织里镇工业大道88号", "邮政编码", "313008",
    "技能大师姓名", "张伟", "性别", "男", "民族", "汉族", "出生年月", "1978.05",
    "政治面貌", "中共党员", "职务", "车间主任",
    "身份证号码", "@ID@", "手机", "13905721234",
    "职业（工种）", "数控车工", "职业技能等级", "高级技师",
    "工作室地点", "工作室面积", "126.5平方米",
    "单位简介", "（可另附页，包括生产、科研以及高技能人才队伍情况等）", NULL,
  };
  static const char *const later[] = {
    "申报单位意见", "区县或市级", "行业主管部门", "审核意见",
    "单位简介（续）", "工作室基本设施（续）", "工作室领办人基本情况（续）",
    "工作室团队基本情况（续）", NULL,
  };
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) form_tokens = g_ptr_array_new ();
  SksStudio *studio;
  guint n_pages;

  add_studios (f, 1, FALSE);
  studio = g_ptr_array_index (f->studios, 0);
  g_object_set (studio, "name", "张伟数控车工技能大师工作室", NULL);
  /* printed in full: it is the official form */
  for (guint i = 0; form[i] != NULL; i++)
    g_ptr_array_add (form_tokens, g_str_equal (form[i], "@ID@")
                     ? (gpointer) sks_master_get_id_number (sks_studio_get_master (studio))
                     : (gpointer) form[i]);
  g_ptr_array_add (form_tokens, NULL);
  doc = annex3 (f);
  pdf = write_pdf (f, doc, "annex3.pdf", &layout);
  n_pages = sks_print_layout_get_n_pages (layout);

  assert_page_size (pdf, FALSE);
  assert_fonts_embedded (pdf);
  g_assert_cmpuint (pt_pdf_n_pages (pdf), ==, n_pages);
  g_assert_cmpuint (n_pages, >=, 10);

  text = pt_pdftotext (pdf, TRUE, 1, 1);
  pt_assert_in_order (text, cover);
  g_assert_null (strstr (text, "—"));   /* the cover is not numbered */
  g_clear_pointer (&text, g_free);
  text = pt_pdftotext (pdf, TRUE, 2, 2);
  pt_assert_in_order (text, (const char * const *) form_tokens->pdata);
  {
    g_autofree char *stripped = pt_strip (text);
    g_assert_nonnull (strstr (stripped, "—1—"));
  }
  g_clear_pointer (&text, g_free);
  text = pt_pdftotext (pdf, TRUE, 0, 0);
  pt_assert_in_order (text, later);
  {
    /* the cover's, the two opinion boxes', and one in the test unit's
     * opinion text ("同意申报。\n（盖章）") */
    g_autofree char *stripped = pt_strip (text);
    guint seals = 0, dates = 0;

    for (const char *p = stripped; (p = strstr (p, "（盖章）")) != NULL; p++)
      seals++;
    for (const char *p = stripped; (p = strstr (p, "年月日")) != NULL; p++)
      dates++;
    g_assert_cmpuint (seals, ==, 4);
    g_assert_cmpuint (dates, ==, 2);
  }

  assert_words_in_boxes (layout, pdf);
}

/* The 10,000-character profile of the master flows from its box onto
 * continuation pages headed "工作室领办人基本情况（续）", without loss. */
static void
test_annex3_long_field (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GPtrArray) words = NULL;
  guint continuation_pages = 0;
  SksMaster *master;

  add_studios (f, 1, FALSE);
  master = sks_studio_get_master (g_ptr_array_index (f->studios, 0));
  g_object_get (master, "profile", &profile, NULL);
  g_assert_cmpuint (g_utf8_strlen (profile, -1), ==, 10000);
  doc = annex3 (f);
  pdf = write_pdf (f, doc, "long.pdf", &layout);
  words = pt_pdf_words (pdf);

  for (guint p = 0; p < sks_print_layout_get_n_pages (layout); p++)
    {
      g_autoptr(GPtrArray) boxes = sks_print_layout_get_boxes (layout, p);
      GPtrArray *page_words = g_ptr_array_index (words, p);
      gboolean heading = FALSE;

      for (guint i = 0; i < boxes->len; i++)
        {
          SksPrintBox *box = g_ptr_array_index (boxes, i);

          if (box->kind == SKS_PRINT_BOX_CELL && g_strcmp0 (box->tag, "leader") == 0)
            g_string_append (joined, box->text);
          heading |= box->kind == SKS_PRINT_BOX_CELL
                     && g_strcmp0 (box->text, "工作室领办人基本情况（续）") == 0;
        }
      if (heading)
        {
          g_autoptr(GString) page_text = g_string_new (NULL);

          continuation_pages++;
          for (guint w = 0; w < page_words->len; w++)
            g_string_append (page_text, ((PtWord *) g_ptr_array_index (page_words, w))->text);
          g_assert_true (g_str_has_prefix (page_text->str, "工作室领办人基本情况（续）"));
        }
    }
  /* about 1,700 characters fit on a continuation page */
  g_assert_cmpuint (continuation_pages, >=, 5);
  expected = printable (profile);
  g_clear_pointer (&profile, g_free);
  profile = pt_strip (expected);
  got = pt_strip (joined->str);
  g_assert_true (g_str_has_prefix (got, "（可另附页，工作简历、技能特长、工作业绩、获奖情况等）"));
  g_assert_nonnull (strstr (got, profile));
  g_assert_nonnull (strstr (got, "技能特长：0.002毫米精度手工研磨"));
  g_assert_nonnull (strstr (got, "获奖情况："));
  /* and the PDF holds what was laid out, box by box */
  assert_words_in_boxes (layout, pdf);
}

static void
test_annex3_seals (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  guint seals = 0;

  add_studios (f, 1, FALSE);
  doc = annex3 (f);
  layout = pt_layout_new (doc);
  for (guint p = 0; p < sks_print_layout_get_n_pages (layout); p++)
    {
      g_autoptr(GPtrArray) boxes = sks_print_layout_get_boxes (layout, p);

      for (guint i = 0; i < boxes->len; i++)
        {
          SksPrintBox *seal = g_ptr_array_index (boxes, i);

          if (seal->kind != SKS_PRINT_BOX_SEAL)
            continue;
          seals++;
          g_assert_cmpfloat (seal->width, >=, MM (42) - 0.01);
          g_assert_cmpfloat (seal->height, >=, MM (42) - 0.01);
          for (guint j = 0; j < boxes->len; j++)
            {
              SksPrintBox *other = g_ptr_array_index (boxes, j);

              if (g_strcmp0 (other->tag, seal->tag) != 0)
                continue;
              if (other->kind == SKS_PRINT_BOX_CELL)
                {
                  g_assert_cmpfloat (seal->x, >=, other->x);
                  g_assert_cmpfloat (seal->y, >=, other->y);
                  g_assert_cmpfloat (seal->x + seal->width, <=, other->x + other->width);
                  g_assert_cmpfloat (seal->y + seal->height, <=, other->y + other->height);
                }
              if (other->kind == SKS_PRINT_BOX_CELL_TEXT)
                g_assert_cmpfloat (other->y + other->height, <=, seal->y);
            }
        }
    }
  g_assert_cmpuint (seals, ==, 2);
}

static void
test_annex3_hangzhou (Fixture       *f,
                      gconstpointer  data)
{
  static const char *const tokens[] = {
    "杭州市技能大师工作室申报表", "杭州市人力资源和社会保障局", "二〇二五年三月", NULL,
  };
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  g_clear_object (&f->round);
  f->round = sks_round_new ("hangzhou-2025", "杭州", 2025);
  g_object_set (f->round, "deadline", "2025-03-31", NULL);
  add_studios (f, 1, FALSE);
  doc = annex3 (f);
  pdf = write_pdf (f, doc, "hangzhou.pdf", NULL);
  text = pt_pdftotext (pdf, TRUE, 1, 1);
  pt_assert_in_order (text, tokens);
  g_assert_null (strstr (text, "附件3"));
  g_clear_pointer (&text, g_free);
  text = pt_pdftotext (pdf, FALSE, 0, 0);
  g_assert_nonnull (strstr (text, "工作室领衔人基本情况（续）"));
}

/* The same data gives the same PDF bytes: written twice while the rows
 * are measured on other threads (sks_print_write_pdf()), and once laid out
 * completely before writing. */
static void
test_reproducible (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = NULL;
  gsize first_len = 0;

  add_studios (f, 60, FALSE);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SksPrintDoc) doc = annex2 (f, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("run%u.pdf", i);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *bytes = NULL;
      gsize len;

      if (i < 2)
        g_assert_true (sks_print_write_pdf (doc, path, &error));
      else
        {
          g_autoptr(SksPrintLayout) layout = pt_layout_new (doc);

          g_assert_true (sks_print_layout_write_pdf (layout, path, &error));
        }
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
      if (i == 0)
        {
          first = g_steal_pointer (&bytes);
          first_len = len;
          g_assert_cmpuint (pt_pdf_n_pages (path), >, 10);
        }
      else
        g_assert_cmpmem (first, first_len, bytes, len);
    }
}

/* From a document: the functions `skill-studio-cli print` calls -------- */

typedef struct {
  char           *dir;
  SksStore       *store;
  SksRound       *round;
  SksRecommender *wuxing;
  SksRecommender *nanxun;
  gint64          first_id;
} StoreFixture;

static SksRecommender *
save_recommender (StoreFixture *f,
                  const char   *name)
{
  g_autoptr(GError) error = NULL;
  SksRecommender *recommender = sks_recommender_new (name, SKS_RECOMMENDER_DISTRICT, 12);

  sks_recommender_set_round_id (recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, recommender, &error));
  g_assert_no_error (error);
  return recommender;
}

static void
save_studio (StoreFixture   *f,
             guint           seed,
             SksRecommender *recommender,
             SksStatus       status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_test_make_full_studio (seed, 2);
  g_autofree char *name = g_strdup_printf ("第%u号技能大师工作室", seed);

  g_object_set (studio, "name", name, NULL);
  sks_studio_set_status (studio, status);
  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (recommender));
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  if (f->first_id == 0)
    f->first_id = sks_studio_get_id (studio);
}

static void
store_set_up (StoreFixture  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  f->round = sks_round_new ("huzhou-2025", "湖州市", 2025);
  g_object_set (f->round, "issuing-bureau", "湖州市人力资源和社会保障局",
                "deadline", "2025-03-17", NULL);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  g_assert_no_error (error);
  f->wuxing = save_recommender (f, "吴兴区");
  f->nanxun = save_recommender (f, "南浔区");
  /* entered out of the units' order; one withdrawn */
  save_studio (f, 1, f->nanxun, SKS_STATUS_SUBMITTED);
  save_studio (f, 2, f->wuxing, SKS_STATUS_SUBMITTED);
  save_studio (f, 3, f->wuxing, SKS_STATUS_WITHDRAWN);
  save_studio (f, 4, f->wuxing, SKS_STATUS_RECOMMENDED);
}

static void
store_tear_down (StoreFixture  *f,
                 gconstpointer  data)
{
  g_clear_object (&f->round);
  g_clear_object (&f->wuxing);
  g_clear_object (&f->nanxun);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_export_annex2 (StoreFixture  *f,
                    gconstpointer  data)
{
  static const char *const unit_rows[] = {
    "填报单位：吴兴区（公章）", "第2号技能大师工作室", "第4号技能大师工作室", NULL,
  };
  static const char *const round_rows[] = {
    "第2号技能大师工作室", "第4号技能大师工作室", "第1号技能大师工作室", NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "annex2.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (sks_print_export_annex2_pdf (f->store, sks_round_get_id (f->round), "吴兴区",
                                              path, &error));
  g_assert_no_error (error);
  text = pt_pdftotext (path, FALSE, 0, 0);
  pt_assert_in_order (text, unit_rows);
  g_assert_null (strstr (text, "第1号"));
  g_assert_null (strstr (text, "第3号"));   /* withdrawn */
  g_clear_pointer (&text, g_free);

  /* the whole round (0: the most recent round), by unit in the round's order */
  g_assert_true (sks_print_export_annex2_pdf (f->store, 0, NULL, path, &error));
  g_assert_no_error (error);
  text = pt_pdftotext (path, FALSE, 0, 0);
  pt_assert_in_order (text, round_rows);
  g_assert_null (strstr (text, "第3号"));

  g_assert_false (sks_print_export_annex2_pdf (f->store, 0, "西湖区", path, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sks_print_export_annex2_pdf (f->store, 9999, NULL, path, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
}

static void
test_export_annex3 (StoreFixture  *f,
                    gconstpointer  data)
{
  static const char *const tokens[] = {
    "附件3", "湖州市技能大师工作室申报表", "第1号技能大师工作室", "二〇二五年三月", NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "annex3.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (sks_print_export_annex3_pdf (f->store, f->first_id, path, &error));
  g_assert_no_error (error);
  text = pt_pdftotext (path, TRUE, 1, 1);
  pt_assert_in_order (text, tokens);
  assert_fonts_embedded (path);

  g_assert_false (sks_print_export_annex3_pdf (f->store, 424242, path, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/print/annex2/pdf", test_annex2_pdf);
  ADD ("/print/annex2/page-counts", test_annex2_page_counts);
  ADD ("/print/annex2/blank", test_annex2_blank);
  ADD ("/print/annex2/reproducible", test_reproducible);
  ADD ("/print/annex3/pdf", test_annex3_pdf);
  ADD ("/print/annex3/long-field", test_annex3_long_field);
  ADD ("/print/annex3/seals", test_annex3_seals);
  ADD ("/print/annex3/hangzhou", test_annex3_hangzhou);
#undef ADD
  g_test_add ("/print/export/annex2", StoreFixture, NULL, store_set_up, test_export_annex2,
              store_tear_down);
  g_test_add ("/print/export/annex3", StoreFixture, NULL, store_set_up, test_export_annex3,
              store_tear_down);
  return g_test_run ();
}
