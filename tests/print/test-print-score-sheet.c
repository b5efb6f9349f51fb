/* test-print-score-sheet.c — a reviewer's blank score sheet, in zh_CN, read
 * back with pdftotext and pdffonts: the bureau's title, every criterion with
 * its guidance, the candidates, 评审专家（签名） and 日期; fonts embedded
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "print-test-util.h"
#include "sks-i18n.h"
#include "sks-policy.h"
#include "sks-print-score-sheet.h"
#include "sks-test-util.h"

/* A document with one Huzhou round, @n_studios submitted applications and
 * a city panel whose sheet is the profile's. */
static SksStore *
make_document (const char  *path,
               guint        n_studios,
               SksPanel   **panel_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(SksPolicy) policy = sks_policy_lookup ("huzhou-2025", &error);
  g_autoptr(SksRound) round = sks_policy_create_round (policy, NULL);
  g_autoptr(GPtrArray) recommenders = sks_policy_create_recommenders (policy);
  g_autoptr(GPtrArray) sheet = sks_policy_create_score_sheet (policy);
  g_autoptr(GListModel) criteria = NULL;

  g_assert_no_error (error);
  g_assert_true (sks_store_create_round (store, round, recommenders, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_studios; i++)
    {
      g_autoptr(SksStudio) studio = sks_test_make_full_studio (60 + i, 1);
      g_autoptr(SksRecommender) r = sks_store_find_recommender (store, sks_round_get_id (round),
                                                                "吴兴区", &error);
      g_autofree char *name = g_strdup_printf ("测试%u号技能大师工作室", i + 1);

      sks_studio_set_round_id (studio, sks_round_get_id (round));
      sks_studio_set_recommender_id (studio, sks_recommender_get_id (r));
      sks_studio_set_status (studio, SKS_STATUS_SUBMITTED);
      g_object_set (studio, "name", name, NULL);
      g_assert_true (sks_store_save_studio (store, studio, &error));
      g_assert_no_error (error);
    }
  *panel_out = sks_store_get_panel (store, sks_round_get_id (round), SKS_PANEL_LEVEL_CITY, 0,
                                    TRUE, &error);
  g_assert_no_error (error);
  criteria = sks_store_ensure_score_sheet (store, sks_round_get_id (round), sheet, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static SksPanelMember *
add_member (SksStore   *store,
            SksPanel   *panel,
            const char *name,
            const char *work_unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanelMember) member = sks_panel_member_new ();

  sks_panel_member_set_panel_id (member, sks_panel_get_id (panel));
  g_object_set (member, "name", name, "work-unit", work_unit, NULL);
  g_assert_true (sks_store_add_panel_member (store, member, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&member);
}

static void
test_blank_sheet (void)
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *doc_path = g_build_filename (dir, "doc.skillstudio", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(SksStore) store = make_document (doc_path, 3, &panel);
  g_autoptr(SksPanelMember) member = add_member (store, panel, "钱评审", "浙江工业大学");
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *fonts = NULL;
  const char *fonts_args[] = { pdf, NULL };
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  g_assert_true (sks_print_export_score_sheet_pdf (store, panel, member, pdf, &error));
  g_assert_no_error (error);

  text = pt_pdftotext (pdf, FALSE, 0, 0);
  stripped = pt_strip (text);
  g_test_message ("%s", text);
  {
    const char *const order[] = {
      "技能大师工作室评审评分表", "本评分表由人社局制定", "钱评审", "浙江工业大学",
      "有技能大师和技能人才团队", "技艺精湛", "有技术项目", "重点工程", "有培养功能", "带徒",
      "有配套保障", "经费支持", "测试1号技能大师工作室", "测试3号技能大师工作室",
      "评审专家（签名）", "日期", NULL
    };
    pt_assert_in_order (text, order);
  }
  g_assert_nonnull (strstr (stripped, "有配套保障（20分）"));

  fonts = pt_run_tool ("pdffonts", fonts_args);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint l = 2; lines[l] != NULL; l++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[l]), " ", -1);
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();

      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          g_ptr_array_add (columns, words[w]);
      if (columns->len == 0)
        continue;
      g_assert_cmpstr (g_ptr_array_index (columns, columns->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  g_clear_object (&store);
  sks_test_remove_tree (dir);
}

/* Every reviewer's sheet in one PDF: each starts on its own page with its
 * reviewer's name, 评审专家（签名） and its own page numbers from — 1 —. */
static void
test_all_reviewers (void)
{
  const char *names[][2] = { { "钱评审", "浙江工业大学" }, { "孙评审", "湖州师范学院" },
                             { "李评审", "湖州市技师学院" } };
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *doc_path = g_build_filename (dir, "doc.skillstudio", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheets.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanel) panel = NULL;
  /* 16 candidates: each reviewer's sheet takes two pages */
  g_autoptr(SksStore) store = make_document (doc_path, 16, &panel);
  guint n_pages, per_sheet;

  g_assert_false (sks_print_export_score_sheets_pdf (store, panel, pdf, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_member (store, panel, names[i][0], names[i][1]));
  g_assert_true (sks_print_export_score_sheets_pdf (store, panel, pdf, &error));
  g_assert_no_error (error);

  n_pages = pt_pdf_n_pages (pdf);
  g_assert_cmpuint (n_pages % G_N_ELEMENTS (names), ==, 0);
  per_sheet = n_pages / G_N_ELEMENTS (names);
  g_assert_cmpuint (per_sheet, ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = pt_pdftotext (pdf, FALSE, i * per_sheet + 1, (i + 1) * per_sheet);
      g_autofree char *first_text = pt_pdftotext (pdf, FALSE, i * per_sheet + 1,
                                                  i * per_sheet + 1);
      g_autofree char *last_text = pt_pdftotext (pdf, FALSE, (i + 1) * per_sheet,
                                                 (i + 1) * per_sheet);
      g_autofree char *first = pt_strip (first_text);
      g_autofree char *last = pt_strip (last_text);
      g_autofree char *stripped = pt_strip (text);
      const char *const order[] = { "技能大师工作室评审评分表", names[i][0], names[i][1],
                                    "测试1号技能大师工作室", "测试16号技能大师工作室",
                                    "评审专家（签名）", NULL };

      g_test_message ("sheet %u: %s", i + 1, text);
      pt_assert_in_order (text, order);
      /* one sheet: one reviewer's name, one signature line */
      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        g_assert_true ((strstr (text, names[j][0]) != NULL) == (i == j));
      g_assert_nonnull (strstr (text, "评审专家（签名）"));
      g_assert_null (strstr (strstr (text, "评审专家（签名）") + 1, "评审专家（签名）"));
      g_assert_nonnull (strstr (first, "—1—"));
      g_assert_null (strstr (first, "—2—"));
      g_assert_nonnull (strstr (last, "—2—"));
      g_assert_null (strstr (stripped, "—3—"));
    }
  g_clear_object (&store);
  sks_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-score-sheet/blank-zh-CN", test_blank_sheet);
  g_test_add_func ("/print-score-sheet/all-reviewers", test_all_reviewers);
  return g_test_run ();
}
