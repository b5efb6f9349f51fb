/* test-print-publicity.c — the 公示名单 read back: the PDF with pdftotext
 * and pdffonts (title, period, order of the list for each order, the line
 * that names the order, fonts embedded), the workbook from its XML
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "print-test-util.h"
#include "sks-print-annex.h"
#include "sks-print-publicity.h"
#include "sks-print-xlsx.h"
#include "sks-test-util.h"

/* A hand-made round whose three orders all differ. Surnames by mainland
 * stroke count: 丁 2, 王 4, 李 7, 徐 10, 黄 11. Recommending units in the
 * profile's order: 吴兴区 0, 南浔区 1, 长兴县 3. */
static const struct {
  const char *studio;
  const char *master;
  const char *unit;
  const char *recommender;
  guint       position;
  guint       rank;
} round_rows[] = {
  { "徐海燕电工技能大师工作室", "徐海燕", "湖州电力设备有限公司", "吴兴区", 0, 1 },
  { "丁建国数控车工技能大师工作室", "丁建国", "长兴精工机械有限公司", "长兴县", 3, 2 },
  { "王立新焊工技能大师工作室", "王立新", "吴兴焊接技术有限公司", "吴兴区", 0, 3 },
  { "黄志明茶艺技能大师工作室", "黄志明", "南浔古镇茶业有限公司", "南浔区", 1, 4 },
  { "李红湖笔制作技能大师工作室", "李红", "善琏湖笔厂", "南浔区", 1, 4 },
};

typedef struct {
  SksPublicityOrder  order;
  const char        *note;
  const char        *masters[G_N_ELEMENTS (round_rows)];
} OrderCase;

static const OrderCase order_cases[] = {
  { SKS_PUBLICITY_ORDER_UNIT, "（按推荐单位排列，同一单位内按姓氏笔画排序）",
    { "王立新", "徐海燕", "李红", "黄志明", "丁建国" } },
  { SKS_PUBLICITY_ORDER_RANK, "（按评审排名排序）",
    { "徐海燕", "丁建国", "王立新", "李红", "黄志明" } },
  { SKS_PUBLICITY_ORDER_STROKE, "（按姓氏笔画排序）",
    { "丁建国", "王立新", "李红", "徐海燕", "黄志明" } },
};

typedef struct {
  char             *dir;
  GPtrArray        *entries;
  SksPublicityInfo  info;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sks_test_make_tmpdir ();
  f->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_publicity_entry_free);
  for (guint i = 0; i < G_N_ELEMENTS (round_rows); i++)
    g_ptr_array_add (f->entries,
                     sks_publicity_entry_new (round_rows[i].studio, round_rows[i].master,
                                              round_rows[i].unit, round_rows[i].recommender,
                                              round_rows[i].position, round_rows[i].rank));
  f->info.city = "湖州市";
  f->info.year = 2025;
  f->info.notice_title = "湖州市人力资源和社会保障局关于开展2025年湖州市技能大师工作室申报工作的通知";
  f->info.notice_number = "湖人社发〔2025〕1号";
  f->info.bureau = "湖州市人力资源和社会保障局";
  /* Across the National Day holiday: 9-26 and 9-28 (a make-up working
   * Sunday), 9-29, 9-30, 10-9. */
  g_date_set_dmy (&f->info.first_day, 26, G_DATE_SEPTEMBER, 2025);
  g_date_set_dmy (&f->info.last_day, 9, G_DATE_OCTOBER, 2025);
  f->info.working_days = 5;
  g_date_clear (&f->info.issued, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_ptr_array_unref (f->entries);
}

static char *
write_pdf (Fixture           *f,
           SksPublicityOrder  order)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_publicity_doc_new (&f->info, f->entries, order, FALSE,
                                                            &error);
  char *path = g_build_filename (f->dir, "publicity.pdf", NULL);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  sks_print_write_pdf (doc, path, &error);
  g_assert_no_error (error);
  /* To look at: SKS_SHOT_DIR=/tmp/x keeps a copy of each document. */
  if (g_getenv ("SKS_SHOT_DIR") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("publicity-%s%s.pdf",
                                               sks_publicity_order_to_nick (order),
                                               f->info.unit ? "-district" : "");
      g_autofree char *copy = g_build_filename (g_getenv ("SKS_SHOT_DIR"), name, NULL);
      g_autofree char *bytes = NULL;
      gsize length = 0;

      g_file_get_contents (path, &bytes, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (copy, bytes, (gssize) length, &error);
      g_assert_no_error (error);
    }
  return path;
}

/* The masters of the list, in the order the PDF's text shows them. */
static void
assert_masters_in_order (const char        *text,
                         const char *const *masters)
{
  const char *list = strstr (text, "序号");

  g_assert_nonnull (list);
  pt_assert_in_order (list, masters);
}

/* PDF --------------------------------------------------------------------- */

static void
test_notice_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pdf = write_pdf (f, SKS_PUBLICITY_ORDER_STROKE);
  g_autofree char *raw = pt_pdftotext (pdf, FALSE, 0, 0);
  g_autofree char *text = pt_strip (raw);
  const char *in_order[] = {
    "关于2025年湖州市技能大师工作室拟认定名单的公示",
    "湖人社发〔2025〕1号", "区县推荐", "拟认定5家工作室为2025年湖州市技能大师工作室",
    "公示期：2025年9月26日至2025年10月9日（5个工作日）",
    "书面形式向湖州市人力资源和社会保障局反映",
    "联系电话：", "湖州市人力资源和社会保障局", "2025年9月26日",
    "附件", "2025年湖州市技能大师工作室拟认定名单", "（按姓氏笔画排序）",
    "序号", "工作室名称", "领办人", "所在单位", "推荐单位",
    NULL,
  };

  pt_assert_in_order (text, in_order);
  g_assert_null (strstr (text, "排名"));
  g_assert_cmpuint (pt_pdf_n_pages (pdf), ==, 2);
  sks_test_assert_no_personal_data (raw);
}

static void
test_district_title (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  const char *in_order[] = {
    "关于2025年湖州市技能大师工作室吴兴区拟推荐名单的公示",
    "吴兴区拟推荐2家工作室", "书面形式向吴兴区人力资源和社会保障局反映",
    "吴兴区人力资源和社会保障局", "2025年9月26日", "吴兴区拟推荐名单",
    NULL,
  };

  f->info.unit = "吴兴区";
  g_ptr_array_remove_range (f->entries, 1, 1);
  g_ptr_array_remove_range (f->entries, 2, 2);
  pdf = write_pdf (f, SKS_PUBLICITY_ORDER_STROKE);
  raw = pt_pdftotext (pdf, FALSE, 0, 0);
  text = pt_strip (raw);
  pt_assert_in_order (text, in_order);
  g_assert_null (strstr (text, "拟认定"));
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  const OrderCase *c = data;
  g_autofree char *pdf = write_pdf (f, c->order);
  g_autofree char *raw = pt_pdftotext (pdf, FALSE, 0, 0);
  g_autofree char *text = pt_strip (raw);
  const char *note[] = { "拟认定名单", c->note, "序号", NULL };
  const char *masters[G_N_ELEMENTS (round_rows) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (round_rows); i++)
    masters[i] = c->masters[i];
  pt_assert_in_order (text, note);
  assert_masters_in_order (text, masters);
  /* Only the rank order shows the rank, and ties share it. */
  if (c->order == SKS_PUBLICITY_ORDER_RANK)
    {
      const char *ranks[] = { "序号排名", "11徐海燕", "22丁建国", "33王立新", "44李红",
                              "54黄志明", NULL };

      pt_assert_in_order (text, ranks);
    }
  else
    g_assert_null (strstr (text, "排名"));
}

static void
test_fonts_embedded (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *pdf = write_pdf (f, SKS_PUBLICITY_ORDER_UNIT);
  const char *args[] = { pdf, NULL };
  g_autofree char *fonts = pt_run_tool ("pdffonts", args);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  /* Below the two header lines, the "emb" column of each font says yes. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      words = g_strsplit_set (lines[i], " ", -1);
      for (guint j = 0; words[j] != NULL; j++)
        if (*words[j] != '\0')
          g_ptr_array_add (columns, words[j]);
      g_assert_cmpuint (columns->len, >=, 7);
      g_assert_cmpstr (columns->pdata[columns->len - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);
  g_assert_nonnull (strstr (fonts, "CJK"));
}

static void
test_empty_list (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_publicity_doc_new (&f->info, none,
                                                            SKS_PUBLICITY_ORDER_RANK, FALSE,
                                                            &error);

  g_assert_null (doc);
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
}

/* Excel ------------------------------------------------------------------- */

static char *
read_part (const char *xlsx,
           const char *member)
{
  const char *args[] = { "-p", xlsx, member, NULL };

  return pt_run_tool ("unzip", args);
}

static char *
unescape (const char *xml)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GRegex) amp = g_regex_new ("&amp;", 0, 0, NULL);

  a = g_regex_replace_literal (amp, xml, -1, 0, "&", 0, NULL);
  return g_strdup (a);
}

/* The text of each row of the first sheet, its cells joined by '|'. */
static GPtrArray *
read_sheet_rows (const char *xlsx)
{
  g_autofree char *strings_xml = read_part (xlsx, "xl/sharedStrings.xml");
  g_autofree char *sheet_xml = read_part (xlsx, "xl/worksheets/sheet1.xml");
  g_autoptr(GRegex) si = g_regex_new ("<si><t[^>]*>(.*?)</t></si>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) row_re = g_regex_new ("<row [^>]*>(.*?)</row>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) cell_re = g_regex_new ("<c ([^>]*)><v>([^<]*)</v></c>", 0, 0, NULL);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMatchInfo) m = NULL;

  for (g_regex_match (si, strings_xml, 0, &m); g_match_info_matches (m);
       g_match_info_next (m, NULL))
    {
      g_autofree char *t = g_match_info_fetch (m, 1);

      g_ptr_array_add (strings, unescape (t));
    }
  g_clear_pointer (&m, g_match_info_free);
  for (g_regex_match (row_re, sheet_xml, 0, &m); g_match_info_matches (m);
       g_match_info_next (m, NULL))
    {
      g_autofree char *cells = g_match_info_fetch (m, 1);
      g_autoptr(GMatchInfo) cm = NULL;
      GString *line = g_string_new (NULL);

      for (g_regex_match (cell_re, cells, 0, &cm); g_match_info_matches (cm);
           g_match_info_next (cm, NULL))
        {
          g_autofree char *attributes = g_match_info_fetch (cm, 1);
          g_autofree char *v = g_match_info_fetch (cm, 2);

          if (line->len > 0)
            g_string_append_c (line, '|');
          if (strstr (attributes, "t=\"s\"") != NULL)
            g_string_append (line, g_ptr_array_index (strings, g_ascii_strtoull (v, NULL, 10)));
          else
            g_string_append (line, v);
        }
      g_ptr_array_add (rows, g_string_free (line, FALSE));
    }
  return rows;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_publicity_doc_new (&f->info, f->entries,
                                                            SKS_PUBLICITY_ORDER_STROKE, TRUE,
                                                            &error);
  g_autofree char *path = g_build_filename (f->dir, "publicity.xlsx", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *book = NULL;

  g_assert_no_error (error);
  sks_print_doc_write_xlsx (doc, path, &error);
  g_assert_no_error (error);
  if (g_getenv ("SKS_SHOT_DIR") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("SKS_SHOT_DIR"), "publicity.xlsx", NULL);
      const char *args[] = { path, copy, NULL };
      g_autofree char *out = pt_run_tool ("cp", args);
    }
  rows = read_sheet_rows (path);
  g_assert_cmpuint (rows->len, ==, 4 + G_N_ELEMENTS (round_rows));
  g_assert_cmpstr (rows->pdata[0], ==, "2025年湖州市技能大师工作室拟认定名单");
  g_assert_cmpstr (rows->pdata[1], ==, "（按姓氏笔画排序）");
  g_assert_cmpstr (rows->pdata[2], ==, "公示期：2025年9月26日至2025年10月9日（5个工作日）。");
  g_assert_cmpstr (rows->pdata[3], ==, "序号|工作室名称|领办人|所在单位|推荐单位");
  g_assert_cmpstr (rows->pdata[4], ==,
                   "1|丁建国数控车工技能大师工作室|丁建国|长兴精工机械有限公司|长兴县");
  g_assert_cmpstr (rows->pdata[5], ==,
                   "2|王立新焊工技能大师工作室|王立新|吴兴焊接技术有限公司|吴兴区");
  g_assert_cmpstr (rows->pdata[6], ==, "3|李红湖笔制作技能大师工作室|李红|善琏湖笔厂|南浔区");
  g_assert_cmpstr (rows->pdata[7], ==,
                   "4|徐海燕电工技能大师工作室|徐海燕|湖州电力设备有限公司|吴兴区");
  g_assert_cmpstr (rows->pdata[8], ==,
                   "5|黄志明茶艺技能大师工作室|黄志明|南浔古镇茶业有限公司|南浔区");

  sheet = read_part (path, "xl/worksheets/sheet1.xml");
  /* The header (row 4) frozen, A4 portrait. */
  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"4\" topLeftCell=\"A5\" "
                                   "activePane=\"bottomLeft\" state=\"frozen\"/>"));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "orientation=\"portrait\""));
  /* The header row printed on every page. */
  book = read_part (path, "xl/workbook.xml");
  g_assert_nonnull (strstr (book, "_xlnm.Print_Titles"));
  g_assert_nonnull (strstr (book, "$4:$4"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/print/publicity/notice-text", test_notice_text);
  ADD ("/print/publicity/district-title", test_district_title);
  ADD ("/print/publicity/fonts-embedded", test_fonts_embedded);
  ADD ("/print/publicity/empty-list", test_empty_list);
  ADD ("/print/publicity/xlsx", test_xlsx);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (order_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/print/publicity/order/%s",
                                               sks_publicity_order_to_nick (order_cases[i].order));

      g_test_add (path, Fixture, &order_cases[i], fixture_set_up, test_order, fixture_tear_down);
    }
  return g_test_run ();
}
