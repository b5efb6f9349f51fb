/* test-print-xlsx.c — Annex 2 as an Excel workbook: the cells read back
 * from the file's XML, the page setup, the export from a document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "print-test-util.h"
#include "sks-print-annex.h"
#include "sks-print-text.h"
#include "sks-print-xlsx.h"
#include "sks-test-util.h"

#define N_COLUMNS 9

/* Worded as in the Huzhou 2025 notice, Annex 2. */
static const char *const headers[N_COLUMNS] = {
  "序号", "推荐单位", "工作室名称", "领办人\n出生年月", "领办人\n性别", "领办人\n职业技能\n等级",
  "领办人\n业绩情况\n（不超过200字）", "工作室简介\n（不超过300字）", "联系方式",
};

/* Reading the workbook back ---------------------------------------------- */

static char *
read_part (const char *xlsx,
           const char *member)
{
  const char *args[] = { "-p", xlsx, member, NULL };

  return pt_run_tool ("unzip", args);
}

typedef struct {
  GPtrArray  *strings;   /* the shared strings */
  GPtrArray  *rows;      /* GPtrArray of char*, N_COLUMNS each, or NULL */
  GPtrArray  *row_cells; /* the current row */
  GString    *text;
  gboolean    in_text;
  int         column;
  gboolean    shared;
} Reader;

static guint
column_of (const char *ref)
{
  guint column = 0;

  for (const char *p = ref; g_ascii_isupper (*p); p++)
    column = column * 26 + (guint) (*p - 'A' + 1);
  return column - 1;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  Reader *r = user_data;

  if (g_str_equal (name, "si"))
    g_string_truncate (r->text, 0);
  else if (g_str_equal (name, "t") || g_str_equal (name, "v"))
    {
      r->in_text = TRUE;
      if (g_str_equal (name, "v"))
        g_string_truncate (r->text, 0);
    }
  else if (g_str_equal (name, "row"))
    {
      r->row_cells = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < N_COLUMNS; i++)
        g_ptr_array_add (r->row_cells, NULL);
      g_ptr_array_add (r->rows, r->row_cells);
    }
  else if (g_str_equal (name, "c"))
    {
      r->shared = FALSE;
      r->column = -1;
      for (guint i = 0; attribute_names[i] != NULL; i++)
        {
          if (g_str_equal (attribute_names[i], "r"))
            r->column = (int) column_of (attribute_values[i]);
          else if (g_str_equal (attribute_names[i], "t"))
            r->shared = g_str_equal (attribute_values[i], "s");
        }
      g_assert_cmpint (r->column, >=, 0);
      g_assert_cmpint (r->column, <, N_COLUMNS);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              user_data,
             GError              **error)
{
  Reader *r = user_data;

  if (g_str_equal (name, "t") || g_str_equal (name, "v"))
    r->in_text = FALSE;
  if (g_str_equal (name, "si"))
    g_ptr_array_add (r->strings, g_strdup (r->text->str));
  else if (g_str_equal (name, "v"))
    {
      char *value;

      if (r->shared)
        {
          guint64 index = g_ascii_strtoull (r->text->str, NULL, 10);

          g_assert_cmpuint (index, <, r->strings->len);
          value = g_strdup (g_ptr_array_index (r->strings, index));
        }
      else
        value = g_strdup (r->text->str);
      g_free (g_ptr_array_index (r->row_cells, r->column));
      g_ptr_array_index (r->row_cells, r->column) = value;
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 text_len,
      gpointer              user_data,
      GError              **error)
{
  Reader *r = user_data;

  if (r->in_text)
    g_string_append_len (r->text, text, (gssize) text_len);
}

static void
parse_xml (Reader     *r,
           const char *xml)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, r, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

/* The cells of the first sheet, row by row (empty cells are NULL). */
static GPtrArray *
read_rows (const char *xlsx)
{
  g_autofree char *strings = read_part (xlsx, "xl/sharedStrings.xml");
  g_autofree char *sheet = read_part (xlsx, "xl/worksheets/sheet1.xml");
  Reader r = { 0 };

  r.strings = g_ptr_array_new_with_free_func (g_free);
  r.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  r.text = g_string_new (NULL);
  parse_xml (&r, strings);
  parse_xml (&r, sheet);
  g_ptr_array_unref (r.strings);
  g_string_free (r.text, TRUE);
  return r.rows;
}

static const char *
cell (GPtrArray *rows,
      guint      row,
      guint      column)
{
  g_assert_cmpuint (row, <, rows->len);
  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, row), column);
}

/* Fixture ----------------------------------------------------------------- */

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
  g_object_set (f->round, "issuing-bureau", "湖州市人力资源和社会保障局", NULL);
  f->studios = g_ptr_array_new_with_free_func (g_object_unref);
  f->names = g_ptr_array_new ();
  /* the generator's text: emoji, quotes, < & >, control characters */
  for (guint i = 0; i < 12; i++)
    {
      g_ptr_array_add (f->studios, sks_test_make_full_studio (i, 1));
      g_ptr_array_add (f->names, i % 2 ? "吴兴区人力资源和社会保障局" : "南浔区人力资源和社会保障局");
    }
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

static char *
write_annex2 (Fixture    *f,
              const char *filler)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_annex2_doc_new (f->round, filler, f->studios, f->names,
                                                         &error);
  char *path = g_build_filename (f->dir, "annex2.xlsx", NULL);

  g_assert_no_error (error);
  g_assert_true (sks_print_doc_write_xlsx (doc, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Tests ------------------------------------------------------------------- */

static void
test_cells (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = write_annex2 (f, "吴兴区人力资源和社会保障局");
  g_autoptr(GPtrArray) rows = read_rows (path);

  /* 附件2, the title, the 填报单位 line, one header row, one row each */
  g_assert_cmpuint (rows->len, ==, 3 + 1 + f->studios->len);
  g_assert_cmpstr (cell (rows, 0, 0), ==, "附件2");
  g_assert_cmpstr (cell (rows, 1, 0), ==, "湖州市技能大师工作室推荐情况汇总表");
  g_assert_true (g_str_has_prefix (cell (rows, 2, 0), "填报单位：吴兴区人力资源和社会保障局"));
  g_assert_nonnull (strstr (cell (rows, 2, 0), "（公章）"));
  g_assert_nonnull (strstr (cell (rows, 2, 0), "填报日期："));
  for (guint c = 0; c < N_COLUMNS; c++)
    g_assert_cmpstr (cell (rows, 3, c), ==, headers[c]);

  for (guint i = 0; i < f->studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (f->studios, i);
      SksMaster *master = sks_studio_get_master (studio);
      SksUnit *unit = sks_studio_get_unit (studio);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = sks_print_sanitize_text (sks_studio_get_name (studio));
      g_autofree char *birth = sks_print_format_year_month (sks_master_get_birth (master));
      g_autofree char *level = sks_print_sanitize_text (sks_master_get_skill_level (master));
      g_autofree char *achievements = sks_print_sanitize_text (sks_studio_get_achievements (studio));
      g_autofree char *introduction = sks_print_sanitize_text (sks_studio_get_introduction (studio));
      g_autofree char *contact_name = sks_print_sanitize_text (sks_unit_get_contact_name (unit));
      guint row = 4 + i;

      g_assert_cmpstr (cell (rows, row, 0), ==, number);
      g_assert_cmpstr (cell (rows, row, 1), ==, g_ptr_array_index (f->names, i));
      g_assert_cmpstr (cell (rows, row, 2), ==, name);
      g_assert_cmpstr (cell (rows, row, 3), ==, birth);
      g_assert_true (g_strcmp0 (cell (rows, row, 4), "男") == 0
                     || g_strcmp0 (cell (rows, row, 4), "女") == 0);
      g_assert_cmpstr (cell (rows, row, 5), ==, level);
      g_assert_cmpstr (cell (rows, row, 6), ==, achievements);
      g_assert_cmpstr (cell (rows, row, 7), ==, introduction);
      /* as on paper: the contact's name, then the phone */
      g_assert_true (g_str_has_prefix (cell (rows, row, 8), contact_name));
      g_assert_nonnull (strstr (cell (rows, row, 8), sks_unit_get_mobile (unit)));
    }
}

/* The workbook holds the same cells as the PDF's table, in the same order. */
static void
test_same_as_pdf (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_annex2_doc_new (f->round, NULL, f->studios, f->names,
                                                         &error);
  g_autofree char *path = g_build_filename (f->dir, "same.xlsx", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  const SksPrintTable *table = NULL;
  guint first = 0;

  g_assert_no_error (error);
  g_assert_true (sks_print_doc_write_xlsx (doc, path, &error));
  g_assert_no_error (error);
  rows = read_rows (path);
  for (guint i = 0; i < doc->blocks->len && table == NULL; i++)
    {
      SksPrintBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == SKS_PRINT_BLOCK_TABLE)
        table = block->table;
      else if (block->kind == SKS_PRINT_BLOCK_TEXT && *block->text != '\0')
        first++;
    }
  g_assert_nonnull (table);
  g_assert_cmpuint (rows->len, ==, first + table->rows->len);
  for (guint r = 0; r < table->rows->len; r++)
    {
      SksPrintRow *row = g_ptr_array_index (table->rows, r);

      g_assert_cmpuint (row->cells->len, ==, N_COLUMNS);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          SksPrintCell *printed = g_ptr_array_index (row->cells, c);
          g_autofree char *expected = sks_print_sanitize_text (printed->text);

          g_assert_cmpstr (cell (rows, first + r, c) ? cell (rows, first + r, c) : "", ==,
                           expected);
        }
    }
}

static void
test_page_setup (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = write_annex2 (f, NULL);
  g_autofree char *sheet = read_part (path, "xl/worksheets/sheet1.xml");
  g_autofree char *workbook = read_part (path, "xl/workbook.xml");
  g_autofree char *styles = read_part (path, "xl/styles.xml");
  guint n_widths = 0;

  g_assert_nonnull (strstr (sheet, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));           /* A4 */
  g_assert_nonnull (strstr (sheet, "fitToHeight=\"0\""));         /* one page wide */
  g_assert_nonnull (strstr (sheet, "— &amp;P —"));               /* page numbers */
  /* the header row (4) is printed on top of every page */
  g_assert_nonnull (strstr (workbook, "_xlnm.Print_Titles"));
  g_assert_nonnull (strstr (workbook, "!$4:$4</definedName>"));
  /* a width for each column, the widest for the two long texts */
  for (const char *p = strstr (sheet, "<col "); p != NULL; p = strstr (p + 1, "<col "))
    n_widths++;
  g_assert_cmpuint (n_widths, ==, N_COLUMNS);
  g_assert_nonnull (strstr (sheet, "<col min=\"8\" max=\"8\" width=\"38."));
  g_assert_nonnull (strstr (sheet, "<mergeCell ref=\"A2:I2\"/>"));
  /* wrapped Chinese text in the Song and Hei fonts */
  g_assert_nonnull (strstr (styles, "wrapText=\"1\""));
  g_assert_nonnull (strstr (styles, "<name val=\"宋体\"/>"));
  g_assert_nonnull (strstr (styles, "<name val=\"黑体\"/>"));
}

static void
test_reproducible (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = write_annex2 (f, NULL);
  g_autofree char *copy = g_build_filename (f->dir, "first.xlsx", NULL);
  g_autofree char *second = NULL;
  g_autofree char *a = NULL, *b = NULL;
  gsize len_a, len_b;

  g_assert_cmpint (g_rename (first, copy), ==, 0);
  g_usleep (1100 * 1000);   /* a second later: no clock in the file */
  second = write_annex2 (f, NULL);
  g_assert_true (g_file_get_contents (copy, &a, &len_a, NULL));
  g_assert_true (g_file_get_contents (second, &b, &len_b, NULL));
  g_assert_cmpmem (a, len_a, b, len_b);
}

static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_annex2_doc_new (f->round, NULL, f->studios, f->names,
                                                         &error);
  g_autofree char *path = g_build_filename (f->dir, "missing-dir", "annex2.xlsx", NULL);

  g_assert_no_error (error);
  g_assert_false (sks_print_doc_write_xlsx (doc, path, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* From a document, as `skill-studio-cli print annex2 -o FILE.xlsx` does. */
/* The height written for sheet row @r (1-based), in points. */
static double
row_height (const char *sheet,
            guint       r)
{
  g_autofree char *tag = g_strdup_printf ("<row r=\"%u\"", r);
  const char *row = strstr (sheet, tag);
  const char *end, *ht;

  g_assert_nonnull (row);
  end = strchr (row, '>');
  ht = strstr (row, " ht=\"");
  g_assert_true (ht != NULL && ht < end);
  g_assert_nonnull (g_strstr_len (row, end - row, "customHeight=\"1\""));
  return g_ascii_strtod (ht + 5, NULL);
}

/* Spreadsheet programs keep the row heights of the file: each row is tall
 * enough for its wrapped text, at the least one em per Chinese character. */
static void
test_row_heights (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *introduction = NULL;
  g_autofree char *path = NULL;
  g_autofree char *sheet = NULL;
  GString *text = g_string_new (NULL);
  double full, short_row, header;

  for (guint i = 0; i < 300; i++)
    g_string_append (text, i % 2 ? "艺" : "工");
  introduction = g_string_free (text, FALSE);
  g_object_set (g_ptr_array_index (f->studios, 0), "achievements", "工", "introduction",
                introduction, NULL);
  g_object_set (g_ptr_array_index (f->studios, 1), "name", "短", "achievements", "短",
                "introduction", "短", NULL);
  path = write_annex2 (f, NULL);
  sheet = read_part (path, "xl/worksheets/sheet1.xml");

  header = row_height (sheet, 4);
  full = row_height (sheet, 5);
  short_row = row_height (sheet, 6);
  /* 工作室简介 is 71 mm wide (201 pt): 300 characters at 9 pt are 14 lines */
  g_assert_cmpfloat (full, >=, 14 * 9.0);
  g_assert_cmpfloat (full, <=, 409);
  /* a row of short texts keeps the form's 10 mm */
  g_assert_cmpfloat (short_row, >=, 10 / 25.4 * 72);
  g_assert_cmpfloat (short_row, <, full / 3);
  /* the header's three lines (领办人 / 业绩情况 / （不超过200字）) */
  g_assert_cmpfloat (header, >=, 3 * 9.0);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (f->dir, "test.skillstudio", NULL);
  g_autofree char *path = g_build_filename (f->dir, "export.xlsx", NULL);
  g_autoptr(SksStore) store = sks_store_open (db, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(SksRecommender) wuxing = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  g_autoptr(SksRecommender) nanxun = sks_recommender_new ("南浔区", SKS_RECOMMENDER_DISTRICT, 12);
  g_autoptr(GPtrArray) rows = NULL;
  static const char *const order[] = { "第1号", "第3号", "第2号" };

  g_assert_no_error (error);
  g_assert_true (sks_store_save_round (store, f->round, &error));
  g_assert_no_error (error);
  sks_recommender_set_round_id (wuxing, sks_round_get_id (f->round));
  sks_recommender_set_round_id (nanxun, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (store, wuxing, &error));
  g_assert_true (sks_store_save_recommender (store, nanxun, &error));
  g_assert_no_error (error);
  for (guint i = 1; i <= 4; i++)
    {
      g_autoptr(SksStudio) studio = sks_test_make_full_studio (i, 0);
      g_autofree char *name = g_strdup_printf ("第%u号技能大师工作室", i);

      g_object_set (studio, "name", name, NULL);
      sks_studio_set_status (studio, i == 4 ? SKS_STATUS_WITHDRAWN : SKS_STATUS_SUBMITTED);
      sks_studio_set_round_id (studio, sks_round_get_id (f->round));
      sks_studio_set_recommender_id (studio, sks_recommender_get_id (i == 2 ? nanxun : wuxing));
      g_assert_true (sks_store_save_studio (store, studio, &error));
      g_assert_no_error (error);
    }

  /* the whole round, by unit in the round's order; the withdrawn one left out */
  g_assert_true (sks_print_export_annex2_xlsx (store, 0, NULL, path, &error));
  g_assert_no_error (error);
  rows = read_rows (path);
  g_assert_cmpuint (rows->len, ==, 4 + G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_true (g_str_has_prefix (cell (rows, 4 + i, 2), order[i]));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* one unit: its name is the 填报单位 */
  g_assert_true (sks_print_export_annex2_xlsx (store, 0, "南浔区", path, &error));
  g_assert_no_error (error);
  rows = read_rows (path);
  g_assert_cmpuint (rows->len, ==, 4 + 1);
  g_assert_true (g_str_has_prefix (cell (rows, 2, 0), "填报单位：南浔区"));
  g_assert_cmpstr (cell (rows, 4, 2), ==, "第2号技能大师工作室");

  g_assert_false (sks_print_export_annex2_xlsx (store, 0, "西湖区", path, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/print/xlsx/cells", test_cells);
  ADD ("/print/xlsx/same-as-pdf", test_same_as_pdf);
  ADD ("/print/xlsx/page-setup", test_page_setup);
  ADD ("/print/xlsx/row-heights", test_row_heights);
  ADD ("/print/xlsx/reproducible", test_reproducible);
  ADD ("/print/xlsx/write-error", test_write_error);
  ADD ("/print/xlsx/export", test_export);
#undef ADD
  return g_test_run ();
}
