/* test-print-funding.c — the funding report on paper and in Excel: the PDF
 * read back with pdftotext and pdffonts, the workbook's sheet XML and
 * shared strings, nothing written for a round with nothing recognised
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "print-test-util.h"
#include "sks-i18n.h"
#include "sks-print-funding.h"
#include "sks-test-util.h"

static SksFundedStudio *
funded (const char           *name,
        const char           *recommender,
        SksRecommenderKind    kind,
        SksFiscalAffiliation  fiscal)
{
  SksFundedStudio *s = g_new0 (SksFundedStudio, 1);

  s->studio_name = g_strdup (name);
  s->unit_name = g_strdup_printf ("湖州%s有限公司", recommender);
  s->recommender_name = g_strdup (recommender);
  s->recommender_kind = kind;
  s->recommender_known = TRUE;
  s->unit_kind = SKS_UNIT_KIND_ENTERPRISE;
  s->fiscal = fiscal;
  return s;
}

/* 吴兴区 (3:7), 德清县, a city-level unit, and one without its fiscal
 * affiliation. */
static SksFundingReport *
make_report (gboolean empty)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_new_from_resource ("huzhou-2025", &error);
  g_autoptr(SksRound) round = sks_policy_create_round (policy, "huzhou-2025");
  g_autoptr(GPtrArray) studios =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_funded_studio_free);

  g_assert_no_error (error);
  if (!empty)
    {
      g_ptr_array_add (studios, funded ("沈建明数控车工技能大师工作室", "吴兴区",
                                        SKS_RECOMMENDER_DISTRICT, SKS_FISCAL_DISTRICT));
      g_ptr_array_add (studios, funded ("俞明辉工程测量员技能大师工作室", "德清县",
                                        SKS_RECOMMENDER_COUNTY, SKS_FISCAL_COUNTY));
      g_ptr_array_add (studios, funded ("方振华装调工技能大师工作室", "南太湖新区",
                                        SKS_RECOMMENDER_ZONE, SKS_FISCAL_CITY));
      g_ptr_array_add (studios, funded ("姚丽萍服装制版师技能大师工作室", "南浔区",
                                        SKS_RECOMMENDER_DISTRICT, SKS_FISCAL_UNSET));
    }
  return sks_funding_report_new (round, policy, studios, NULL, 0);
}

static void
test_pdf (void)
{
  g_autoptr(SksFundingReport) report = make_report (FALSE);
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "funding.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  const char *fonts_args[] = { pdf, NULL };
  const char *const order[] = {
    "2025湖州市SkillMasterStudios:开办经费补助AllocationTable", "Preparedby湖州市人力资源和社会保障局",
    "Unit:yuan", "吴兴区", "50,000", "15,000", "35,000", "德清县", "50,000", "南太湖新区",
    "Splitunknown", "Total", "200,000", "Totalsbypayer", "Cityfinance", "65,000",
    "德清县finance", "50,000", "吴兴区finance", "35,000", "Splitunknown", "50,000",
    "Grandtotal", "200,000", "Basis:", "湖人社发〔2025〕1号三、支持措施1", "按市区财政3：7比例",
    "Unit(seal)", "Date", NULL,
  };
  g_auto(GStrv) lines = NULL;
  g_autofree char *stripped = NULL;
  double width, height;

  g_assert_true (sks_print_funding_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  pt_pdf_page_size (pdf, &width, &height);
  g_assert_cmpfloat (width, <, height);   /* A4 portrait */
  text = pt_pdftotext (pdf, TRUE, 0, 0);
  g_test_message ("%s", text);
  pt_assert_in_order (text, order);
  stripped = pt_strip (text);
  g_assert_nonnull (strstr (stripped, "—1—"));
  fonts = pt_run_tool ("pdffonts", fonts_args);
  g_test_message ("%s", fonts);
  /* Every font embedded: the lines after the header end "yes yes yes". */
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 3);
  for (guint i = 2; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_assert_nonnull (strstr (lines[i], " yes "));
  sks_test_remove_tree (dir);
}

static char *
read_part (const char *xlsx,
           const char *member)
{
  const char *args[] = { "-p", xlsx, member, NULL };

  return pt_run_tool ("unzip", args);
}

static void
test_xlsx (void)
{
  g_autoptr(SksFundingReport) report = make_report (FALSE);
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *xlsx = g_build_filename (dir, "funding.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *workbook = NULL;

  g_assert_true (sks_print_funding_export (report, xlsx, &error));
  g_assert_no_error (error);
  sheet = read_part (xlsx, "xl/worksheets/sheet1.xml");
  strings = read_part (xlsx, "xl/sharedStrings.xml");
  styles = read_part (xlsx, "xl/styles.xml");
  workbook = read_part (xlsx, "xl/workbook.xml");
  g_test_message ("%s", sheet);
  /* The header row (row 4) frozen and repeated; A4 portrait. */
  g_assert_nonnull (strstr (sheet, "ySplit=\"4\""));
  g_assert_nonnull (strstr (sheet, "state=\"frozen\""));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (workbook, "_xlnm.Print_Titles"));
  /* Amounts are numbers, the totals SUM formulas with their values. */
  g_assert_nonnull (strstr (sheet, "<v>35000</v>"));
  g_assert_nonnull (strstr (sheet, "<v>15000</v>"));
  g_assert_nonnull (strstr (sheet, "<f>SUM(F5:F8)</f><v>200000</v>"));
  g_assert_nonnull (strstr (sheet, "<f>SUM(G5:G8)</f><v>65000</v>"));
  g_assert_nonnull (strstr (sheet, "<f>SUM(H5:H8)</f><v>85000</v>"));
  g_assert_nonnull (strstr (styles, "formatCode=\"#,##0\""));
  g_assert_nonnull (strstr (strings, "Grant (yuan)"));
  g_assert_nonnull (strstr (strings, "吴兴区 finance"));
  g_assert_nonnull (strstr (strings, "Split unknown: the unit’s fiscal affiliation is not given"));
  g_assert_nonnull (strstr (strings, "Unit (seal)"));
  sks_test_remove_tree (dir);
}

/* Nothing recognised: the message, and no file of either kind. */
static void
test_empty (gconstpointer data)
{
  const char *name = data;
  g_autoptr(SksFundingReport) report = make_report (TRUE);
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (sks_print_funding_export (report, path, &error));
  g_assert_error (error, SKS_FUNDING_REPORT_ERROR, SKS_FUNDING_REPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "huzhou-2025"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  sks_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  sks_i18n_init ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/funding/pdf", test_pdf);
  g_test_add_func ("/print/funding/xlsx", test_xlsx);
  g_test_add_data_func ("/print/funding/empty/pdf", "funding.pdf", test_empty);
  g_test_add_data_func ("/print/funding/empty/xlsx", "funding.xlsx", test_empty);
  return g_test_run ();
}
