/* test-print-form.c — form descriptions: templates, filters, repeated rows,
 * the official wording of Annex 2 and Annex 3
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "print-test-util.h"
#include "sks-print-annex.h"
#include "sks-print-form.h"
#include "sks-test-util.h"

typedef struct {
  SksRound  *round;
  GPtrArray *studios;
  GPtrArray *names;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->round = sks_round_new ("huzhou-2025", data ? data : "湖州", 2025);
  g_object_set (f->round, "issuing-bureau", "湖州市人力资源和社会保障局",
                "deadline", "2025-03-17", "reference-date", "2025-02-28", NULL);
  f->studios = g_ptr_array_new_with_free_func (g_object_unref);
  f->names = g_ptr_array_new ();
  for (guint i = 0; i < 2; i++)
    {
      g_ptr_array_add (f->studios, sks_test_make_full_studio (i, 2));
      g_ptr_array_add (f->names, i == 0 ? "吴兴区人力资源和社会保障局" : "南浔区人力资源和社会保障局");
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  g_clear_pointer (&f->studios, g_ptr_array_unref);
  g_clear_pointer (&f->names, g_ptr_array_unref);
}

static SksPrintDoc *
build (Fixture    *f,
       const char *json,
       GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  SksPrintFormData data = { f->round, NULL, f->studios, f->names, NULL };

  return sks_print_form_build_from_bytes (bytes, &data, error);
}

static const char *
block_text (SksPrintDoc *doc,
            guint        i)
{
  SksPrintBlock *block = g_ptr_array_index (doc->blocks, i);

  g_assert_cmpint (block->kind, ==, SKS_PRINT_BLOCK_TEXT);
  return block->text;
}

static SksPrintTable *
block_table (SksPrintDoc *doc,
             guint        i)
{
  SksPrintBlock *block = g_ptr_array_index (doc->blocks, i);

  g_assert_cmpint (block->kind, ==, SKS_PRINT_BLOCK_TABLE);
  return block->table;
}

static SksPrintCell *
table_cell (SksPrintTable *table,
            guint          row,
            guint          cell)
{
  SksPrintRow *r = g_ptr_array_index (table->rows, row);

  return g_ptr_array_index (r->cells, cell);
}

static const char templates_json[] =
  "{ \"form\": \"t\", \"title\": \"${city}表\","
  "  \"vars\": { \"gender-male\": \"男\", \"gender-female\": \"女\", \"greet\": \"你好${city}\" },"
  "  \"city-vars\": { \"杭州市\": { \"greet\": \"杭州好\" } },"
  "  \"templates\": { \"team-member\": { \"separator\": \"，\", \"end\": \"。\", \"parts\": ["
  "      \"${n|suffix:．}${member.name}\", \"${member.gender|gender}\","
  "      \"${member.age|suffix:岁}\", \"${member.education}\","
  "      \"${member.nickname,member.occupation}\" ] } },"
  "  \"blocks\": ["
  "    { \"text\": \"${master.birth|ym}\" },"
  "    { \"text\": \"${master.gender|gender}\" },"
  "    { \"text\": \"${studio.area|num|suffix:平方米}\" },"
  "    { \"text\": \"${studio.application-date|date}\" },"
  "    { \"text\": \"${round.deadline,studio.application-date|cn-month}\" },"
  "    { \"text\": \"[${filler|blank:2}]\" },"
  "    { \"text\": \"${unit.fax|prefix:传真：}\" },"
  "    { \"text\": \"${greet}\" },"
  "    { \"text\": \"${team}\" },"
  "    { \"text\": \"${studio.recommender}/${index}/${master.id-number}\" },"
  "    { \"text\": \"${studio.application-date|cn-date}\" }"
  "  ] }";

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autofree char *id_line = NULL;
  SksStudio *studio = g_ptr_array_index (f->studios, 0);

  /* member.nickname does not exist: alternatives must name real fields */
  doc = build (f, templates_json, &error);
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM);
  g_assert_null (doc);
  g_clear_error (&error);

  {
    g_autofree char *fixed = g_strdup (templates_json);
    char *p = strstr (fixed, "member.nickname,");

    memcpy (p, "member.name,    ", strlen ("member.nickname,"));
    doc = build (f, fixed, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "湖州市表");
  g_assert_cmpstr (block_text (doc, 0), ==, "1978.05");
  g_assert_cmpstr (block_text (doc, 1), ==, "男");
  g_assert_cmpstr (block_text (doc, 2), ==, "126.5平方米");
  g_assert_cmpstr (block_text (doc, 3), ==, "2025年3月10日");
  g_assert_cmpstr (block_text (doc, 4), ==, "二〇二五年三月");
  g_assert_cmpstr (block_text (doc, 5), ==, "[　　]");
  g_assert_cmpstr (block_text (doc, 6), ==, "传真：0572-2398709");
  g_assert_cmpstr (block_text (doc, 7), ==, "你好湖州市");
  /* make_member(): seeds 0 and 1; ages on the application date 2025-03-10 */
  g_assert_cmpstr (block_text (doc, 8), ==,
                   "1．成员0号，女，45岁，大学专科，成员0号。\n2．成员1号，男，44岁，大学专科，成员1号。");
  id_line = g_strdup_printf ("吴兴区人力资源和社会保障局//%s",
                             sks_master_get_id_number (sks_studio_get_master (studio)));
  g_assert_cmpstr (block_text (doc, 9), ==, id_line);
  g_assert_cmpstr (block_text (doc, 10), ==, "二〇二五年三月十日");
  g_assert_cmpstr (doc->creation_date, ==, "2025-03-10T00:00:00Z");

  /* empty values: filters leave them empty, suffixes disappear */
  g_object_set (studio, "area", 0.0, "application-date", NULL, NULL);
  g_object_set (sks_studio_get_master (studio), "gender", SKS_GENDER_UNSET, NULL);
  g_clear_pointer (&doc, sks_print_doc_unref);
  {
    g_autofree char *fixed = g_strdup (templates_json);
    char *p = strstr (fixed, "member.nickname,");

    memcpy (p, "member.name,    ", strlen ("member.nickname,"));
    doc = build (f, fixed, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpstr (block_text (doc, 1), ==, "");
  g_assert_cmpstr (block_text (doc, 2), ==, "");
  g_assert_cmpstr (block_text (doc, 3), ==, "");
  g_assert_cmpstr (block_text (doc, 4), ==, "二〇二五年三月");
  /* no application date: ages on the round's reference date 2025-02-28 */
  g_assert_true (g_str_has_prefix (block_text (doc, 8), "1．成员0号，女，45岁"));
  /* the other application's date dates the PDF */
  g_assert_cmpstr (doc->creation_date, ==, "2025-03-10T00:00:00Z");
}

static void
test_city_vars (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autofree char *fixed = g_strdup (templates_json);
  char *p = strstr (fixed, "member.nickname,");

  memcpy (p, "member.name,    ", strlen ("member.nickname,"));
  doc = build (f, fixed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "杭州市表");
  g_assert_cmpstr (block_text (doc, 7), ==, "杭州好");
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  static const char *const bad[] = {
    "{ \"blocks\": [ { \"text\": \"${nosuch}\" } ] }",
    "{ \"blocks\": [ { \"text\": \"${master.nosuch}\" } ] }",
    "{ \"blocks\": [ { \"text\": \"${nosuch.name}\" } ] }",
    "{ \"blocks\": [ { \"text\": \"${city|nosuch}\" } ] }",
    "{ \"vars\": { \"a\": \"${b}\", \"b\": \"${a}\" }, \"blocks\": [ { \"text\": \"${a}\" } ] }",
    "{ \"blocks\": [ { \"text\": \"${city\" } ] }",
    "{ \"blocks\": [ { \"text\": \"x\", \"font\": \"comic\" } ] }",
    "{ \"blocks\": [ { \"text\": \"x\", \"align\": \"justify\" } ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [] } } ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [ { } ],"
    "  \"rows\": [ { \"cells\": [ \"x\" ] } ] } } ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [ { \"width-mm\": 10 } ],"
    "  \"rows\": [ { } ] } } ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [ { \"width-mm\": 10 } ],"
    "  \"rows\": [ { \"each\": \"units\", \"cells\": [ \"x\" ] } ] } } ] }",
    "{ \"blocks\": [ { \"text\": \"${team}\" } ] }",
    "{ \"blocks\": [ 42 ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [ 7 ], \"rows\": [ ] } } ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [ { \"width-mm\": 10 } ], \"rows\": [ 1 ] } } ] }",
    "{ \"blocks\": [ { \"table\": { \"columns\": [ { \"width-mm\": 10 } ],"
    "  \"rows\": [ { \"cells\": [ 5 ] } ] } } ] }",
    "{ \"templates\": { \"team-member\": { \"parts\": [ 1 ] } },"
    "  \"blocks\": [ { \"text\": \"${team}\" } ] }",
    "{ \"blocks\": [ { \"colour\": \"red\" } ] }",
    "[ 1, 2 ]",
    "{ not json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SksPrintDoc) doc = build (f, bad[i], &error);

      g_test_message ("%s", bad[i]);
      g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM);
      g_assert_null (doc);
    }
}

static const char rows_json[] =
  "{ \"blocks\": [ { \"table\": {"
  "  \"columns\": [ { \"width-mm\": 10, \"align\": \"center\" }, { \"width-mm\": 50 } ],"
  "  \"rows\": ["
  "    { \"header\": true, \"font\": \"label\", \"cells\": [ \"序号\", \"工作室名称\" ] },"
  "    { \"each\": \"studios\", \"empty-rows\": 3, \"min-height-mm\": 10,"
  "      \"cells\": [ \"${index}\", { \"text\": \"${studio.name}\", \"tag\": \"name\" } ] },"
  "    { \"cells\": [ { \"label\": \"合计\" }, \"${filler,city}\" ] } ] } } ] }";

static void
test_repeated_rows (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = build (f, rows_json, &error);
  SksPrintTable *table;
  SksPrintCell *cell;

  g_assert_no_error (error);
  table = block_table (doc, 0);
  g_assert_cmpuint (table->rows->len, ==, 4);
  g_assert_cmpint (((SksPrintRow *) g_ptr_array_index (table->rows, 0))->flags, ==,
                   SKS_PRINT_ROW_HEADER);
  cell = table_cell (table, 0, 0);
  g_assert_cmpint (cell->style.font, ==, SKS_PRINT_FONT_LABEL);
  g_assert_cmpint (cell->style.align, ==, SKS_PRINT_ALIGN_CENTER);
  g_assert_cmpstr (table_cell (table, 1, 0)->text, ==, "1");
  g_assert_cmpstr (table_cell (table, 2, 0)->text, ==, "2");
  g_assert_cmpstr (table_cell (table, 2, 1)->text, ==,
                   sks_studio_get_name (g_ptr_array_index (f->studios, 1)));
  g_assert_cmpstr (table_cell (table, 2, 1)->tag, ==, "name");
  g_assert_cmpint (table_cell (table, 2, 1)->style.align, ==, SKS_PRINT_ALIGN_LEFT);
  /* after the repeated rows, "studio" is the first application again */
  g_assert_cmpstr (table_cell (table, 3, 0)->text, ==, "合计");
  g_assert_cmpstr (table_cell (table, 3, 1)->text, ==, "湖州市");
  g_assert_cmpfloat (((SksPrintRow *) g_ptr_array_index (table->rows, 1))->min_height_mm, ==, 10);

  /* no applications: the form's blank rows, labels kept */
  g_ptr_array_set_size (f->studios, 0);
  g_ptr_array_set_size (f->names, 0);
  g_clear_pointer (&doc, sks_print_doc_unref);
  doc = build (f, rows_json, &error);
  g_assert_no_error (error);
  table = block_table (doc, 0);
  g_assert_cmpuint (table->rows->len, ==, 1 + 3 + 1);
  for (guint r = 1; r <= 3; r++)
    {
      g_assert_cmpstr (table_cell (table, r, 0)->text, ==, "");
      g_assert_cmpstr (table_cell (table, r, 1)->text, ==, "");
    }
  g_assert_cmpstr (table_cell (table, 4, 0)->text, ==, "合计");
  g_assert_cmpstr (doc->creation_date, ==, "2025-03-17T00:00:00Z");
}

static char *
stripped_cell (SksPrintTable *table,
               guint          row,
               guint          cell)
{
  return pt_strip (table_cell (table, row, cell)->text);
}

/* The nine columns of Annex 2, worded as the notice has them. */
static void
test_annex2_wording (Fixture       *f,
                     gconstpointer  data)
{
  static const char *const headers[] = {
    "序号", "推荐单位", "工作室名称", "领办人出生年月", "领办人性别", "领办人职业技能等级",
    "领办人业绩情况（不超过200字）", "工作室简介（不超过300字）", "联系方式",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_annex2_doc_new (f->round, "吴兴区人力资源和社会保障局",
                                                         f->studios, f->names, &error);
  SksPrintTable *table;
  SksStudio *studio = g_ptr_array_index (f->studios, 1);

  g_assert_no_error (error);
  g_assert_cmpfloat (doc->paper_width_mm, ==, 297);
  g_assert_cmpfloat (doc->paper_height_mm, ==, 210);
  g_assert_cmpstr (doc->title, ==, "湖州市技能大师工作室推荐情况汇总表");
  g_assert_cmpstr (block_text (doc, 0), ==, "附件2");
  g_assert_cmpstr (block_text (doc, 1), ==, "湖州市技能大师工作室推荐情况汇总表");
  g_assert_true (g_str_has_prefix (block_text (doc, 2),
                                   "填报单位：吴兴区人力资源和社会保障局（公章）"));
  g_assert_nonnull (strstr (block_text (doc, 2), "填报日期："));
  g_assert_nonnull (strstr (block_text (doc, 2), "年"));
  table = block_table (doc, 3);
  g_assert_cmpuint (table->widths_mm->len, ==, G_N_ELEMENTS (headers));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_autofree char *text = stripped_cell (table, 0, i);
      g_assert_cmpstr (text, ==, headers[i]);
    }
  g_assert_cmpuint (table->rows->len, ==, 3);
  g_assert_cmpstr (table_cell (table, 2, 0)->text, ==, "2");
  g_assert_cmpstr (table_cell (table, 2, 1)->text, ==, "南浔区人力资源和社会保障局");
  g_assert_cmpstr (table_cell (table, 2, 2)->text, ==, sks_studio_get_name (studio));
  g_assert_cmpstr (table_cell (table, 2, 3)->text, ==, "1978.05");
  g_assert_cmpstr (table_cell (table, 2, 4)->text, ==, "男");
  g_assert_cmpstr (table_cell (table, 2, 5)->text, ==, "高级技师");
  g_assert_cmpstr (table_cell (table, 2, 6)->text, ==, sks_studio_get_achievements (studio));
  g_assert_cmpstr (table_cell (table, 2, 7)->text, ==, sks_studio_get_introduction (studio));
  g_assert_cmpstr (table_cell (table, 2, 8)->text, ==, "陆晓燕\n13857201234");
}

static void
test_annex2_hangzhou (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_annex2_doc_new (f->round, NULL, f->studios, NULL,
                                                         &error);

  g_assert_no_error (error);
  g_assert_cmpstr (block_text (doc, 0), ==, "");
  g_assert_cmpstr (block_text (doc, 1), ==, "杭州市技能大师工作室推荐情况汇总表");
  /* no unit given: the line is left for the pen */
  g_assert_true (g_str_has_prefix (block_text (doc, 2), "填报单位：　　　　　　　　（公章）"));
}

/* Annex 3's labels and hints, in the notice's order and wording. */
static void
test_annex3_wording (Fixture       *f,
                     gconstpointer  data)
{
  static const char *const labels[] = {
    "申报单位名称", "法人代表", "联系人", "职务", "电子邮箱", "手机", "办电", "传真", "通信地址",
    "邮政编码", "技能大师姓名", "性别", "民族", "出生年月", "政治面貌", "职务", "身份证号码",
    "手机", "职业（工种）", "职业技能等级", "工作室地点", "工作室面积", "单位简介",
    "（可另附页，包括生产、科研以及高技能人才队伍情况等）", "工作室基本设施", "（可另附页）",
    "工作室领办人基本情况", "（可另附页，工作简历、技能特长、工作业绩、获奖情况等）",
    "工作室团队基本情况",
    "（可另附页，成员姓名、性别、年龄、学历、职业（工种）、职业资格等级、技能特长、主要业绩等）",
    "申报单位意见", "（盖章）", "年月日", "区县或市级行业主管部门审核意见", "（盖章）", "年月日",
    NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_annex3_doc_new (f->round,
                                                         g_ptr_array_index (f->studios, 0),
                                                         "吴兴区人力资源和社会保障局", &error);
  g_autoptr(GString) form = g_string_new (NULL);
  SksPrintTable *cover, *grid;

  g_assert_no_error (error);
  g_assert_cmpfloat (doc->paper_width_mm, ==, 210);
  g_assert_cmpfloat (doc->paper_height_mm, ==, 297);
  g_assert_cmpstr (block_text (doc, 0), ==, "附件3");
  g_assert_cmpstr (block_text (doc, 2), ==, "湖州市技能大师工作室申报表");
  cover = block_table (doc, 3);
  g_assert_cmpstr (table_cell (cover, 0, 0)->text, ==, "申报单位");
  g_assert_cmpint (table_cell (cover, 0, 0)->style.align, ==, SKS_PRINT_ALIGN_DISTRIBUTE);
  g_assert_cmpstr (table_cell (cover, 0, 2)->text, ==, "湖州\"精工\"机械有限公司");
  g_assert_cmpstr (table_cell (cover, 0, 3)->text, ==, "（盖  章）");
  g_assert_cmpstr (table_cell (cover, 1, 0)->text, ==, "申报工作室名称");
  g_assert_cmpstr (table_cell (cover, 2, 0)->text, ==, "填报时间");
  g_assert_cmpstr (table_cell (cover, 2, 2)->text, ==, "2025年3月10日");
  g_assert_cmpstr (block_text (doc, 4), ==, "湖州市人力资源和社会保障局\n二〇二五年三月");
  g_assert_cmpuint (doc->first_numbered_page, ==, 1);

  grid = block_table (doc, 6);
  for (guint r = 0; r < grid->rows->len; r++)
    {
      SksPrintRow *row = g_ptr_array_index (grid->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          SksPrintCell *cell = g_ptr_array_index (row->cells, c);

          if (cell->style.font == SKS_PRINT_FONT_LABEL)
            g_string_append (form, cell->text);
          if (cell->note != NULL)
            g_string_append (form, cell->note);
          if (cell->foot != NULL)
            {
              g_assert_cmpfloat (cell->seal_mm, >=, 42);
              g_string_append (form, cell->foot);
            }
        }
    }
  pt_assert_in_order (form->str, labels);
}

static void
test_annex3_hangzhou (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;

  g_object_set (f->round, "issuing-bureau", NULL, NULL);
  doc = sks_print_annex3_doc_new (f->round, g_ptr_array_index (f->studios, 0), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc->title, ==, "杭州市技能大师工作室申报表");
  g_assert_cmpstr (block_text (doc, 0), ==, "");
  g_assert_cmpstr (block_text (doc, 2), ==, "杭州市技能大师工作室申报表");
  /* no issuing bureau stored: the city's bureau */
  g_assert_cmpstr (block_text (doc, 4), ==, "杭州市人力资源和社会保障局\n二〇二五年三月");
  {
    SksPrintTable *grid = block_table (doc, 6);
    SksPrintRow *row = g_ptr_array_index (grid->rows, 12);
    g_autofree char *label = pt_strip (((SksPrintCell *) g_ptr_array_index (row->cells, 0))->text);

    g_assert_cmpstr (label, ==, "工作室领衔人基本情况");
    g_assert_cmpstr (row->continued_title, ==, "工作室领衔人基本情况");
  }
}

static void
test_missing_form (void)
{
  g_autoptr(GError) error = NULL;
  SksPrintFormData data = { 0 };
  g_autoptr(SksPrintDoc) doc = sks_print_form_build ("annex99", &data, &error);

  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM);
  g_assert_null (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/print/form/templates", Fixture, NULL, fixture_set_up, test_templates,
              fixture_tear_down);
  g_test_add ("/print/form/city-vars", Fixture, "杭州", fixture_set_up, test_city_vars,
              fixture_tear_down);
  g_test_add ("/print/form/errors", Fixture, NULL, fixture_set_up, test_errors,
              fixture_tear_down);
  g_test_add ("/print/form/repeated-rows", Fixture, NULL, fixture_set_up, test_repeated_rows,
              fixture_tear_down);
  g_test_add ("/print/form/annex2-wording", Fixture, NULL, fixture_set_up, test_annex2_wording,
              fixture_tear_down);
  g_test_add ("/print/form/annex2-hangzhou", Fixture, "杭州", fixture_set_up,
              test_annex2_hangzhou, fixture_tear_down);
  g_test_add ("/print/form/annex3-wording", Fixture, NULL, fixture_set_up, test_annex3_wording,
              fixture_tear_down);
  g_test_add ("/print/form/annex3-hangzhou", Fixture, "杭州", fixture_set_up,
              test_annex3_hangzhou, fixture_tear_down);
  g_test_add_func ("/print/form/missing", test_missing_form);
  return g_test_run ();
}
