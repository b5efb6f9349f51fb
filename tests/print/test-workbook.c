/* test-workbook.c — the panel meeting's workbook of the demo's scored
 * Huzhou 2025 round, read back from the archive (unzip and the sheet XML),
 * and its views as CSV
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "print-test-util.h"
#include "sks-sample.h"
#include "sks-store-panel.h"
#include "sks-test-util.h"
#include "sks-workbook.h"

typedef struct {
  char     *dir;
  char     *path;
  SksStore *store;
  SksRound *round;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = NULL;

  f->dir = sks_test_make_tmpdir ();
  doc = g_build_filename (f->dir, "doc.skillstudio", NULL);
  f->store = sks_store_open (doc, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (f->store, 0, &error));
  g_assert_no_error (error);
  f->round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "会议材料.xlsx", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  g_clear_object (&f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
write_workbook (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_workbook_write (f->store, sks_round_get_id (f->round), SKS_PANEL_LEVEL_CITY,
                                     0, f->path, &error));
  g_assert_no_error (error);
}

static char *
read_part (const char *xlsx,
           const char *member)
{
  const char *args[] = { "-p", xlsx, member, NULL };

  return pt_run_tool ("unzip", args);
}

/* The texts of a sheet's cells, in order, one per line: its shared
 * strings looked up and its numbers as written. */
static char *
sheet_cells (const char *xlsx,
             guint       n)
{
  g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%u.xml", n);
  g_autofree char *xml = read_part (xlsx, member);
  g_autofree char *strings_xml = read_part (xlsx, "xl/sharedStrings.xml");
  g_autoptr(GRegex) si = g_regex_new ("<si><t[^>]*>([^<]*)</t></si>", 0, 0, NULL);
  g_autoptr(GRegex) cell = g_regex_new ("<c r=\"([A-Z]+[0-9]+)\"([^>]*)>(?:<f>[^<]*</f>)?"
                                        "<v>([^<]*)</v>", 0, 0, NULL);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);

  for (g_regex_match (si, strings_xml, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    g_ptr_array_add (strings, g_match_info_fetch (match, 1));
  g_clear_pointer (&match, g_match_info_free);
  for (g_regex_match (cell, xml, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *ref = g_match_info_fetch (match, 1);
      g_autofree char *attributes = g_match_info_fetch (match, 2);
      g_autofree char *value = g_match_info_fetch (match, 3);

      if (strstr (attributes, "t=\"s\"") != NULL)
        g_string_append_printf (out, "%s=%s\n", ref,
                                (char *) g_ptr_array_index (strings, atoi (value)));
      else
        g_string_append_printf (out, "%s=%s\n", ref, value);
    }
  return g_string_free (out, FALSE);
}

/* The cells of the row whose cells hold @needle, "A5=…\nB5=…". */
static char *
row_with (const char *cells,
          const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (cells, "\n", -1);
  g_autofree char *row = NULL;
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL && row == NULL; i++)
    if (strstr (lines[i], needle) != NULL)
      row = g_strdup (lines[i] + strspn (lines[i], "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
  g_assert_nonnull (row);
  *strchr (row, '=') = '\0';
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *digits = lines[i] + strspn (lines[i], "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

      if (g_str_has_prefix (digits, row) && digits[strlen (row)] == '=')
        g_string_append_printf (out, "%s\n", lines[i]);
    }
  return g_string_free (out, FALSE);
}

static guint
count_matches (const char *cells,
               const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  for (g_regex_match (regex, cells, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    n++;
  return n;
}

static void
test_sheets (Fixture       *f,
             gconstpointer  data)
{
  const char *args[] = { "-l", f->path, NULL };
  g_autofree char *listing = NULL;
  g_autofree char *workbook = NULL;

  write_workbook (f);
  listing = pt_run_tool ("unzip", args);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);

      g_assert_nonnull (strstr (listing, member));
    }
  g_assert_null (strstr (listing, "xl/worksheets/sheet5.xml"));
  workbook = read_part (f->path, "xl/workbook.xml");
  pt_assert_in_order (workbook, (const char *[]) { "name=\"候选名单\"", "name=\"评分明细\"",
                                                   "name=\"排名\"", "name=\"经费\"", NULL });
}

static void
test_candidates (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *cells = NULL;
  g_autofree char *row = NULL;

  write_workbook (f);
  cells = sheet_cells (f->path, 1);
  /* the title names the round and the bureau's paper */
  g_assert_nonnull (strstr (cells, "A1=2025年湖州市技能大师工作室评审会议材料——候选名单"));
  g_assert_nonnull (strstr (cells, "依据：《"));
  pt_assert_in_order (cells, (const char *[]) { "=序号", "=申报编号", "=工作室名称", "=领衔人",
                                                "=性别", "=出生年月", "=年龄（截至", "=技能等级",
                                                "=所在单位", "=单位性质", "=推荐单位",
                                                "=团队人数（不含领衔人）", "=资格审核结论",
                                                "=核实：品行", NULL });
  /* 徐海燕 fails support.present (the sample's 配套保障 not met) */
  row = row_with (cells, "=徐海燕");
  g_assert_nonnull (strstr (row, "=女"));
  g_assert_nonnull (strstr (row, "=不符合"));
}

static void
test_scores (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPanel) panel = sks_store_get_panel (f->store, sks_round_get_id (f->round),
                                                   SKS_PANEL_LEVEL_CITY, 0, FALSE, &error);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(SksPanelMember) member = NULL;
  g_autoptr(GArray) scores = NULL;
  g_autofree char *cells = NULL;
  g_autofree char *value = NULL;
  const SksScoreEntry *score;

  g_assert_no_error (error);
  members = sks_store_list_panel_members (f->store, sks_panel_get_id (panel), &error);
  g_assert_no_error (error);
  member = g_list_model_get_item (members, 0);
  scores = sks_store_list_scores (f->store, sks_panel_member_get_id (member), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, >, 0);
  score = &g_array_index (scores, SksScoreEntry, 0);

  write_workbook (f);
  cells = sheet_cells (f->path, 2);
  pt_assert_in_order (cells, (const char *[]) { "=申报编号", "=工作室名称", "=领衔人",
                                                "=推荐单位", "=评审专家", "分）", "=合计",
                                                "=是否计入", "=说明", NULL });
  g_assert_nonnull (strstr (cells, sks_panel_member_get_name (member)));
  /* the reviewer's score as a number, as written in hundredths / 100 */
  value = g_strdup_printf ("=%g\n", score->points / 100.0);
  g_assert_nonnull (strstr (cells, value));
  g_assert_nonnull (strstr (cells, "=计入"));
}

static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *cells = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *first = NULL;

  write_workbook (f);
  cells = sheet_cells (f->path, 3);
  g_assert_nonnull (strstr (cells, "计划评选数：约33家"));
  pt_assert_in_order (cells, (const char *[]) { "=排名", "=并列", "=计划评选数以内",
                                                "=综合得分", "=计分方法", "=标准差",
                                                "=评分分歧", "=评审决定", "=备注", NULL });
  /* the first: 费永林, rank 1 */
  first = row_with (cells, "=费永林");
  g_assert_true (g_str_has_prefix (first, "A"));
  g_assert_nonnull (strstr (first, "=1\n"));
  /* 5 and 5 on 82.75, tied; the next is 7 */
  g_assert_cmpuint (count_matches (cells, "^A[0-9]+=5$"), ==, 2);
  g_assert_cmpuint (count_matches (cells, "^B([6-9]|[1-9][0-9]+)=并列$"), ==, 2);
  g_assert_cmpuint (count_matches (cells, "^A[0-9]+=6$"), ==, 0);
  g_assert_cmpuint (count_matches (cells, "^A[0-9]+=7$"), ==, 1);
  g_assert_cmpuint (count_matches (cells, "^H[0-9]+=82.75$"), ==, 2);
  /* the number format of the scores: two decimals */
  xml = read_part (f->path, "xl/styles.xml");
  g_assert_nonnull (strstr (xml, "formatCode=\"0.00\""));
  /* the planned number's line: a thick rule under the last row inside it */
  g_assert_nonnull (strstr (xml, "<bottom style=\"thick\">"));
}

static void
test_funding_empty (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *cells = NULL;

  write_workbook (f);
  cells = sheet_cells (f->path, 4);
  g_assert_nonnull (strstr (cells, "=补助金额（元）"));
  g_assert_nonnull (strstr (cells, "本轮尚无认定的技能大师工作室"));
}

static void
test_print_set_up (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *workbook = NULL;

  write_workbook (f);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%u.xml", i);
      g_autofree char *xml = read_part (f->path, member);

      g_assert_nonnull (strstr (xml, "state=\"frozen\""));
      g_assert_nonnull (strstr (xml, "<pageSetup paperSize=\"9\""));
      g_assert_nonnull (strstr (xml, "orientation=\"landscape\""));
      /* The narrow sheets as wide as the page; the wide ones (a column per
       * rule and check; the ranking's many figures) across pages at a size
       * one can read, each page starting with the studio (below) */
      if (i == 1 || i == 3)
        g_assert_nonnull (strstr (xml, "scale=\"70\""));
      else
        g_assert_nonnull (strstr (xml, "fitToHeight=\"0\""));
      g_assert_nonnull (strstr (xml, "<cols>"));
    }
  workbook = read_part (f->path, "xl/workbook.xml");
  /* the header row (under the title lines) printed on every page */
  g_assert_nonnull (strstr (workbook, "<definedName name=\"_xlnm.Print_Titles\" "
                                      "localSheetId=\"0\">'候选名单'!$A:$C,'候选名单'!$4:$4"
                                      "</definedName>"));
  g_assert_nonnull (strstr (workbook, "localSheetId=\"2\">'排名'!$A:$E,'排名'!$5:$5<"));
  g_assert_nonnull (strstr (workbook, "localSheetId=\"1\">'评分明细'!$4:$4<"));
  g_assert_nonnull (strstr (workbook, "localSheetId=\"3\">'经费'!$4:$4<"));
}

static void
assert_no_personal_data (Fixture    *f,
                         const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (f->store, sks_round_get_id (f->round),
                                                     &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 0);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (f->store,
                                                           g_array_index (ids, gint64, i),
                                                           &error);
      SksMaster *master = sks_studio_get_master (studio);
      const char *id_number = sks_master_get_id_number (master);
      const char *mobile = sks_master_get_mobile (master);

      g_assert_no_error (error);
      if (id_number != NULL && *id_number != '\0')
        g_assert_null (strstr (text, id_number));
      if (mobile != NULL && *mobile != '\0')
        g_assert_null (strstr (text, mobile));
    }
  sks_test_assert_no_personal_data (text);
}

static void
test_masked (Fixture       *f,
             gconstpointer  data)
{
  const char *args[] = { "-p", f->path, NULL };
  g_autofree char *everything = NULL;

  write_workbook (f);
  everything = pt_run_tool ("unzip", args);
  g_assert_nonnull (strstr (everything, "**"));
  assert_no_personal_data (f, everything);
}

static void
test_mode (Fixture       *f,
           gconstpointer  data)
{
  GStatBuf st;

  write_workbook (f);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

typedef struct {
  const char      *path;
  SksWorkbookView  view;
  const char      *header;
  const char      *row;  /* in some line, or NULL */
} CsvCase;

static const CsvCase csv_cases[] = {
  { "/workbook/csv/candidates", SKS_WORKBOOK_CANDIDATES,
    "序号,申报编号,工作室名称,领衔人,性别,出生年月,年龄（截至", "徐海燕" },
  { "/workbook/csv/scores", SKS_WORKBOOK_SCORES, "申报编号,工作室名称,领衔人,推荐单位,评审专家,",
    ",严卫平,,,,,,回避，不计入,在申报单位（湖州康源生物医药有限公司）工作，自动回避\r\n" },
  { "/workbook/csv/ranking", SKS_WORKBOOK_RANKING, "排名,并列,计划评选数以内,申报编号,",
    ",82.75," },
  { "/workbook/csv/funding", SKS_WORKBOOK_FUNDING, "序号,工作室名称,领衔人,所在单位,推荐单位,",
    NULL },
};

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  const CsvCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "view.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = g_strconcat ("\xEF\xBB\xBF", c->header, NULL);
  GStatBuf st;

  g_assert_true (sks_workbook_write_csv (f->store, sks_round_get_id (f->round),
                                         SKS_PANEL_LEVEL_CITY, 0, c->view, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_true (g_str_has_prefix (text, expected));
  g_assert_nonnull (strstr (text, "\r\n"));
  if (c->row != NULL)
    g_assert_nonnull (strstr (text, c->row));
  else
    g_assert_cmpuint (sks_test_count_lines (text), ==, 1);
  assert_no_personal_data (f, text);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn, data) \
  g_test_add (path, Fixture, data, fixture_set_up, fn, fixture_tear_down)
  ADD ("/workbook/sheets", test_sheets, NULL);
  ADD ("/workbook/candidates", test_candidates, NULL);
  ADD ("/workbook/scores", test_scores, NULL);
  ADD ("/workbook/ranking", test_ranking, NULL);
  ADD ("/workbook/funding/empty", test_funding_empty, NULL);
  ADD ("/workbook/print-set-up", test_print_set_up, NULL);
  ADD ("/workbook/masked", test_masked, NULL);
  ADD ("/workbook/mode", test_mode, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (csv_cases); i++)
    ADD (csv_cases[i].path, test_csv, &csv_cases[i]);
#undef ADD
  return g_test_run ();
}
