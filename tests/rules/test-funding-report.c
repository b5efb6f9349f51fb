/* test-funding-report.c — the funding report: who pays each grant by name
 * (district 3:7, county, city level), public institutions per profile, the
 * totals per payer, a missing fiscal affiliation, an empty round, and what
 * it reads from a document (recognitions, status before schema 8, 优秀)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <sqlite3.h>

#include "sks-funding-report.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-test-util.h"
#include "test-rules-common.h"

/* Building reports from hand-made studios ---------------------------------- */

static SksFundedStudio *
funded (const char           *name,
        const char           *recommender,
        SksRecommenderKind    recommender_kind,
        SksUnitKind           unit_kind,
        SksFiscalAffiliation  fiscal)
{
  SksFundedStudio *s = g_new0 (SksFundedStudio, 1);

  s->studio_id = g_str_hash (name);
  s->studio_name = g_strdup (name);
  s->unit_name = g_strdup_printf ("%s的单位", name);
  s->recommender_name = g_strdup (recommender);
  s->recommender_kind = recommender_kind;
  s->recommender_known = TRUE;
  s->unit_kind = unit_kind;
  s->fiscal = fiscal;
  s->status = SKS_STATUS_APPROVED;
  return s;
}

static SksFundingReport *
report_of (const char      *policy_id,
           SksFundedStudio *first,
           ...)
{
  g_autoptr(SksPolicy) policy = load_policy (policy_id);
  g_autoptr(SksRound) round = sks_policy_create_round (policy, "test-round");
  g_autoptr(GPtrArray) studios =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_funded_studio_free);
  va_list args;

  va_start (args, first);
  for (SksFundedStudio *s = first; s != NULL; s = va_arg (args, SksFundedStudio *))
    g_ptr_array_add (studios, s);
  va_end (args);
  return sks_funding_report_new (round, policy, studios, NULL, 0);
}

static const SksFundingLine *
only_line (SksFundingReport *report)
{
  g_assert_cmpuint (report->lines->len, ==, 1);
  return g_ptr_array_index (report->lines, 0);
}

static const SksFundingPayer *
payer_at (SksFundingReport *report,
          guint             i)
{
  g_assert_cmpuint (i, <, report->payers->len);
  return g_ptr_array_index (report->payers, i);
}

static void
test_district (void)
{
  g_autoptr(SksFundingReport) r =
    report_of ("huzhou-2025", funded ("甲", "吴兴区", SKS_RECOMMENDER_DISTRICT,
                                      SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_DISTRICT), NULL);
  const SksFundingLine *line = only_line (r);

  g_assert_cmpint (line->grant->amount, ==, 50000);
  g_assert_cmpint (line->city_amount, ==, 15000);
  g_assert_cmpint (line->local_amount, ==, 35000);
  g_assert_cmpstr (line->local_payer, ==, "吴兴区 finance");
  g_assert_null (line->note);
  g_assert_cmpuint (r->payers->len, ==, 2);
  g_assert_cmpstr (payer_at (r, 0)->name, ==, "City finance");
  g_assert_cmpint (payer_at (r, 0)->amount, ==, 15000);
  g_assert_cmpstr (payer_at (r, 1)->name, ==, "吴兴区 finance");
  g_assert_cmpint (payer_at (r, 1)->level, ==, SKS_FISCAL_DISTRICT);
  g_assert_cmpint (payer_at (r, 1)->amount, ==, 35000);
  g_assert_cmpint (r->total, ==, 50000);
  g_assert_cmpstr (r->title, ==, "2025 湖州市 Skill Master Studios: 开办经费补助 Allocation Table");
}

static void
test_county (void)
{
  g_autoptr(SksFundingReport) r =
    report_of ("huzhou-2025", funded ("乙", "德清县", SKS_RECOMMENDER_COUNTY,
                                      SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_COUNTY), NULL);
  const SksFundingLine *line = only_line (r);

  g_assert_cmpint (line->city_amount, ==, 0);
  g_assert_cmpint (line->local_amount, ==, 50000);
  g_assert_cmpstr (line->local_payer, ==, "德清县 finance");
  g_assert_cmpuint (r->payers->len, ==, 1);
  g_assert_cmpint (payer_at (r, 0)->level, ==, SKS_FISCAL_COUNTY);
  g_assert_cmpint (payer_at (r, 0)->amount, ==, 50000);
}

static void
test_city_level (void)
{
  g_autoptr(SksFundingReport) r =
    report_of ("huzhou-2025", funded ("丙", "市直有关单位", SKS_RECOMMENDER_CITY_DEPARTMENT,
                                      SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_CITY), NULL);
  const SksFundingLine *line = only_line (r);

  g_assert_cmpint (line->city_amount, ==, 50000);
  g_assert_cmpint (line->local_amount, ==, 0);
  g_assert_null (line->local_payer);
  g_assert_cmpuint (r->payers->len, ==, 1);
  g_assert_cmpstr (payer_at (r, 0)->name, ==, "City finance");
  g_assert_cmpint (payer_at (r, 0)->amount, ==, 50000);
}

/* A city department's applicant whose unit is in a district: the district's
 * share is shown, its payer not guessed. */
static void
test_city_department_in_district (void)
{
  g_autoptr(SksFundingReport) r =
    report_of ("huzhou-2025", funded ("丁", "市直有关单位", SKS_RECOMMENDER_CITY_DEPARTMENT,
                                      SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_DISTRICT), NULL);

  g_assert_cmpstr (only_line (r)->local_payer, ==, "District finance (district not named)");
  g_assert_cmpint (only_line (r)->local_amount, ==, 35000);
}

/* Hangzhou funds no studio of a 事业单位 (六、保障措施（一）). */
static void
test_public_institution_hangzhou (void)
{
  g_autoptr(SksFundingReport) r =
    report_of ("hangzhou-2023", funded ("戊", "西湖区", SKS_RECOMMENDER_DISTRICT,
                                        SKS_UNIT_KIND_PUBLIC_INSTITUTION, SKS_FISCAL_DISTRICT),
               funded ("己", "西湖区", SKS_RECOMMENDER_DISTRICT, SKS_UNIT_KIND_ENTERPRISE,
                       SKS_FISCAL_DISTRICT), NULL);
  const SksFundingLine *excluded = g_ptr_array_index (r->lines, 0);
  const SksFundingLine *funded_line = g_ptr_array_index (r->lines, 1);

  g_assert_cmpuint (r->lines->len, ==, 2);
  g_assert_true (excluded->grant->excluded);
  g_assert_cmpint (excluded->grant->amount, ==, 0);
  g_assert_cmpint (excluded->city_amount + excluded->local_amount, ==, 0);
  g_assert_cmpstr (excluded->note, ==, "Not funded: the notice excludes this kind of unit "
                                       "(Public institution)");
  /* Hangzhou's notice names no payer: the city's, said in a note. */
  g_assert_cmpint (funded_line->city_amount, ==, 100000);
  g_assert_cmpint (r->total, ==, 100000);
  g_assert_cmpuint (r->payers->len, ==, 1);
  g_assert_cmpuint (r->notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (r->notes, 0), "does not say which finance"));
}

/* Huzhou's notice excludes no kind of unit: a 事业单位 in a county is paid. */
static void
test_public_institution_huzhou (void)
{
  g_autoptr(SksFundingReport) r =
    report_of ("huzhou-2025", funded ("庚", "安吉县", SKS_RECOMMENDER_COUNTY,
                                      SKS_UNIT_KIND_PUBLIC_INSTITUTION, SKS_FISCAL_COUNTY), NULL);

  g_assert_false (only_line (r)->grant->excluded);
  g_assert_cmpint (only_line (r)->local_amount, ==, 50000);
  g_assert_cmpstr (only_line (r)->local_payer, ==, "安吉县 finance");
}

/* City first, then counties, then districts; each payer once. */
static void
test_totals_per_payer (void)
{
  g_autoptr(SksFundingReport) r = report_of (
    "huzhou-2025",
    funded ("1", "吴兴区", SKS_RECOMMENDER_DISTRICT, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_DISTRICT),
    funded ("2", "吴兴区", SKS_RECOMMENDER_DISTRICT, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_DISTRICT),
    funded ("3", "南浔区", SKS_RECOMMENDER_DISTRICT, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_DISTRICT),
    funded ("4", "德清县", SKS_RECOMMENDER_COUNTY, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_COUNTY),
    funded ("5", "长兴县", SKS_RECOMMENDER_COUNTY, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_COUNTY),
    funded ("6", "南太湖新区", SKS_RECOMMENDER_ZONE, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_CITY),
    NULL);
  static const struct { const char *name; gint64 amount; } expected[] = {
    { "City finance", 3 * 15000 + 50000 },
    { "德清县 finance", 50000 },
    { "长兴县 finance", 50000 },
    { "吴兴区 finance", 2 * 35000 },
    { "南浔区 finance", 35000 },
  };
  gint64 sum = 0;

  g_assert_cmpuint (r->payers->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (payer_at (r, i)->name, ==, expected[i].name);
      g_assert_cmpint (payer_at (r, i)->amount, ==, expected[i].amount);
      sum += payer_at (r, i)->amount;
    }
  g_assert_cmpint (r->total, ==, 6 * 50000);
  g_assert_cmpint (sum, ==, r->total);
  g_assert_cmpint (r->unknown_amount, ==, 0);
}

/* Listed with its amount in a total of its own, never dropped. */
static void
test_missing_fiscal (void)
{
  g_autoptr(SksFundingReport) r = report_of (
    "huzhou-2025",
    funded ("1", "吴兴区", SKS_RECOMMENDER_DISTRICT, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_UNSET),
    funded ("2", "德清县", SKS_RECOMMENDER_COUNTY, SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_COUNTY),
    NULL);
  const SksFundingLine *unknown = g_ptr_array_index (r->lines, 0);

  g_assert_cmpuint (r->lines->len, ==, 2);
  g_assert_false (unknown->grant->split_known);
  g_assert_cmpint (unknown->grant->amount, ==, 50000);
  g_assert_cmpint (unknown->city_amount + unknown->local_amount, ==, 0);
  g_assert_cmpstr (unknown->note, ==, "Split unknown: the unit’s fiscal affiliation is not given");
  g_assert_cmpint (r->unknown_amount, ==, 50000);
  g_assert_cmpint (r->total, ==, 100000);
  g_assert_cmpuint (r->payers->len, ==, 1);
  g_assert_cmpint (payer_at (r, 0)->amount, ==, 50000);
}

static void
test_format_yuan (void)
{
  g_autofree char *a = sks_funding_format_yuan (0);
  g_autofree char *b = sks_funding_format_yuan (15000);
  g_autofree char *c = sks_funding_format_yuan (1350000);
  g_autofree char *d = sks_funding_format_yuan (999);

  g_assert_cmpstr (a, ==, "0");
  g_assert_cmpstr (b, ==, "15,000");
  g_assert_cmpstr (c, ==, "1,350,000");
  g_assert_cmpstr (d, ==, "999");
}

/* From a document ----------------------------------------------------------- */

typedef struct {
  char     *dir;
  char     *path;
  SksStore *store;
} Doc;

static void
doc_set_up (Doc           *doc,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  doc->dir = sks_test_make_tmpdir ();
  doc->path = g_build_filename (doc->dir, "doc.skillstudio", NULL);
  doc->store = sks_store_open (doc->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate_unreviewed (doc->store, &error));
  g_assert_no_error (error);
}

static void
doc_tear_down (Doc           *doc,
               gconstpointer  data)
{
  g_clear_object (&doc->store);
  sks_test_remove_tree (doc->dir);
  g_free (doc->dir);
  g_free (doc->path);
}

/* Writes through SQLite directly: the recognitions' own store calls belong
 * to the publication work, and this test is about reading them. */
static void
doc_exec (Doc        *doc,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_clear_object (&doc->store);
  g_assert_cmpint (sqlite3_open (doc->path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
  doc->store = sks_store_open (doc->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static SksFundingReport *
doc_report (Doc        *doc,
            const char *round_key,
            gint64      excellent_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (doc->store, round_key, &error);
  SksFundingReport *report;

  g_assert_no_error (error);
  report = sks_funding_report_new_from_store (doc->store, round, excellent_year, &error);
  g_assert_no_error (error);
  return report;
}

/* Nothing recognised: a message naming the round, not an empty table. */
static void
test_store_empty (Doc           *doc,
                  gconstpointer  data)
{
  g_autoptr(SksFundingReport) r = doc_report (doc, SKS_SAMPLE_ROUND_HUZHOU, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_funding_report_is_empty (r));
  g_assert_false (sks_funding_report_check_not_empty (r, &error));
  g_assert_error (error, SKS_FUNDING_REPORT_ERROR, SKS_FUNDING_REPORT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "No studio of round “huzhou-2025” has been recognised "
                                       "yet: there is no funding to report.");
}

/* A row of recognitions counts; a studio in the trash does not; a studio
 * in status 已认定 without a row (recognised before schema 8) does. */
static void
test_store_recognitions (Doc           *doc,
                         gconstpointer  data)
{
  g_autoptr(SksFundingReport) r = NULL;
  const SksFundingLine *first, *second;

  doc_exec (doc, "INSERT INTO recognitions (studio_id, round_id, recognised_on, recorded,"
                 " recorded_by) SELECT s.id, s.round_id, '2025-09-30', '2025-09-30T10:00:00',"
                 " 'test' FROM studios s JOIN recommenders rc ON rc.id = s.recommender_id"
                 " WHERE rc.name IN ('吴兴区', '德清县') AND s.round_id = rc.round_id"
                 " AND s.id IN (SELECT MIN (id) FROM studios GROUP BY recommender_id);"
                 "UPDATE studios SET status = 'approved', approved_date = '2025-10-01'"
                 " WHERE id = (SELECT MIN (s.id) FROM studios s JOIN recommenders rc"
                 " ON rc.id = s.recommender_id WHERE rc.name = '南太湖新区');"
                 "UPDATE studios SET deleted = '2025-10-02T00:00:00', deleted_by = 'test'"
                 " WHERE id = (SELECT MAX (s.id) FROM studios s JOIN recommenders rc"
                 " ON rc.id = s.recommender_id WHERE rc.name = '南浔区');"
                 "INSERT INTO recognitions (studio_id, round_id, recognised_on, recorded,"
                 " recorded_by) SELECT id, round_id, '2025-09-30', 'x', 'test' FROM studios"
                 " WHERE deleted IS NOT NULL;");
  r = doc_report (doc, SKS_SAMPLE_ROUND_HUZHOU, 0);

  g_assert_cmpuint (r->lines->len, ==, 3);
  first = g_ptr_array_index (r->lines, 0);
  second = g_ptr_array_index (r->lines, 1);
  g_assert_cmpstr (first->studio->recommender_name, ==, "吴兴区");
  g_assert_false (first->studio->by_status);
  g_assert_cmpstr (first->studio->recognised_on, ==, "2025-09-30");
  g_assert_cmpint (first->local_amount, ==, 35000);
  g_assert_cmpstr (second->studio->recommender_name, ==, "德清县");
  g_assert_cmpint (second->local_amount, ==, 50000);
  first = g_ptr_array_index (r->lines, 2);
  g_assert_cmpstr (first->studio->recommender_name, ==, "南太湖新区");
  g_assert_true (first->studio->by_status);
  g_assert_cmpstr (first->studio->recognised_on, ==, "2025-10-01");
  g_assert_cmpint (first->city_amount, ==, 50000);
  g_assert_cmpint (r->total, ==, 150000);
}

/* Hangzhou's sample: its approved and renewed studios by status, and with
 * a year the evaluations graded 优秀, with the notice's yearly number. */
static void
test_store_excellent (Doc           *doc,
                      gconstpointer  data)
{
  g_autoptr(SksFundingReport) without = doc_report (doc, SKS_SAMPLE_ROUND_HANGZHOU, 0);
  g_autoptr(SksFundingReport) with = doc_report (doc, SKS_SAMPLE_ROUND_HANGZHOU, 2024);
  g_autoptr(SksFundingReport) other_year = doc_report (doc, SKS_SAMPLE_ROUND_HANGZHOU, 2023);
  const SksFundingLine *line;

  g_assert_cmpuint (without->lines->len, ==, 4);
  g_assert_cmpuint (without->excellent->len, ==, 0);
  g_assert_cmpint (without->total, ==, 400000);
  g_assert_cmpuint (with->excellent->len, ==, 2);
  line = g_ptr_array_index (with->excellent, 0);
  g_assert_cmpint (line->studio->evaluation_year, ==, 2024);
  g_assert_cmpstr (line->grant->grant_id, ==, "excellent-grant");
  g_assert_cmpint (line->city_amount, ==, 100000);
  g_assert_cmpint (with->excellent_total, ==, 200000);
  g_assert_cmpint (with->total, ==, 600000);
  g_assert_cmpuint (with->excellent_per_year, ==, 12);
  g_assert_nonnull (strstr (g_ptr_array_index (with->notes, with->notes->len - 1),
                            "about 12 studios a year excellent; this table lists 2 for 2024"));
  g_assert_cmpuint (other_year->excellent->len, ==, 0);
}

/* The title in Chinese as the bureau prints it. */
static void
test_title_zh_cn (void)
{
  g_autoptr(SksFundingReport) r = NULL;

  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("The zh_CN.UTF-8 locale is not installed");
      return;
    }
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  r = report_of ("huzhou-2025", funded ("甲", "吴兴区", SKS_RECOMMENDER_DISTRICT,
                                        SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_DISTRICT), NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
  g_assert_cmpstr (r->title, ==, "2025年湖州市技能大师工作室开办经费补助资金分配表");
  g_assert_cmpstr (only_line (r)->local_payer, ==, "吴兴区财政");
  g_assert_cmpstr (payer_at (r, 0)->name, ==, "市财政");
}

int
main (int    argc,
      char **argv)
{
  /* GLib decides at the first lookup whether to translate at all, and
   * decides against it in C.UTF-8: the first lookup is made in Chinese. */
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  sks_i18n_init ();
  (void) _("City finance");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/funding-report/split/district", test_district);
  g_test_add_func ("/funding-report/split/county", test_county);
  g_test_add_func ("/funding-report/split/city-level", test_city_level);
  g_test_add_func ("/funding-report/split/city-department-in-district",
                   test_city_department_in_district);
  g_test_add_func ("/funding-report/public-institution/hangzhou",
                   test_public_institution_hangzhou);
  g_test_add_func ("/funding-report/public-institution/huzhou", test_public_institution_huzhou);
  g_test_add_func ("/funding-report/totals-per-payer", test_totals_per_payer);
  g_test_add_func ("/funding-report/missing-fiscal-affiliation", test_missing_fiscal);
  g_test_add_func ("/funding-report/format-yuan", test_format_yuan);
  g_test_add_func ("/funding-report/title/zh-CN", test_title_zh_cn);
  g_test_add ("/funding-report/store/nothing-recognised", Doc, NULL, doc_set_up,
              test_store_empty, doc_tear_down);
  g_test_add ("/funding-report/store/recognitions", Doc, NULL, doc_set_up,
              test_store_recognitions, doc_tear_down);
  g_test_add ("/funding-report/store/excellent", Doc, NULL, doc_set_up, test_store_excellent,
              doc_tear_down);
  return g_test_run ();
}
