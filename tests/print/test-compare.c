/* test-compare.c — the side-by-side comparison: rows aligned, differences
 * marked, personal data masked, the refusals, and the printed sheet read
 * back with pdftotext, pdfinfo and pdffonts
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "print-test-util.h"
#include "sks-compare.h"
#include "sks-id-number.h"
#include "sks-master.h"
#include "sks-sample.h"
#include "sks-store-panel.h"
#include "sks-test-scores.h"
#include "sks-test-util.h"
#include "sks-unit.h"
#include "sks-validate.h"

typedef struct {
  SksRound  *round;
  SksPolicy *policy;
  GPtrArray *studios;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->round = sks_round_new ("huzhou-2025", "湖州", 2025);
  g_object_set (f->round, "issuing-bureau", "湖州市人力资源和社会保障局",
                "deadline", "2025-03-17", "reference-date", "2025-02-28", NULL);
  f->policy = sks_policy_lookup ("huzhou-2025", &error);
  g_assert_no_error (error);
  f->studios = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  g_clear_object (&f->policy);
  g_ptr_array_unref (f->studios);
}

static SksComparison *
compare (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SksComparison *comparison = sks_comparison_new (f->round, f->policy, f->studios, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static const SksCompareRow *
row_with_label (SksComparison *comparison,
                const char    *label)
{
  for (guint i = 0; i < sks_comparison_get_n_rows (comparison); i++)
    if (g_strcmp0 (sks_comparison_get_row (comparison, i)->label, label) == 0)
      return sks_comparison_get_row (comparison, i);
  g_error ("no row labelled %s", label);
  return NULL;
}

/* Alignment: 2, 3 and 4 applications with teams of different sizes. */

static void
test_aligned (Fixture       *f,
              gconstpointer  data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autoptr(SksComparison) comparison = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *last_member = g_strdup_printf ("team.%u.name", n);
  g_autofree char *beyond = g_strdup_printf ("team.%u.name", n + 1);
  int row;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (f->studios, sks_test_make_full_studio (i + 1, i + 1));
  comparison = compare (f);

  g_assert_cmpuint (sks_comparison_get_n_columns (comparison), ==, n);
  g_assert_cmpuint (sks_comparison_get_n_rows (comparison), >, 40);
  for (guint i = 0; i < sks_comparison_get_n_rows (comparison); i++)
    {
      const SksCompareRow *r = sks_comparison_get_row (comparison, i);

      g_assert_cmpuint (g_strv_length (r->values), ==, n);
      g_assert_false (g_hash_table_contains (keys, r->key));
      g_hash_table_add (keys, r->key);
    }
  /* The team is as long as the largest: the others show nothing there. */
  row = sks_comparison_find_row (comparison, "team.1.name");
  g_assert_cmpint (row, >=, 0);
  row = sks_comparison_find_row (comparison, last_member);
  g_assert_cmpint (row, >=, 0);
  g_assert_cmpstr (sks_comparison_get_row (comparison, row)->values[0], ==, "");
  g_assert_cmpstr (sks_comparison_get_row (comparison, row)->values[n - 1], !=, "");
  g_assert_true (sks_comparison_get_row (comparison, row)->differs);
  g_assert_cmpint (sks_comparison_find_row (comparison, beyond), ==, -1);
}

/* The form's fields in the form's order, with the form's labels. */
static void
test_form_rows (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  static const char *const labels[] = {
    "申报单位", "申报工作室名称", "填报时间", "申报单位名称", "法人代表", "联系人", "职务",
    "电子邮箱", "手机", "办电", "传真", "通信地址", "邮政编码", "技能大师姓名", "性别", "民族",
    "出生年月", "政治面貌", "职务", "身份证号码", "手机", "职业（工种）", "职业技能等级",
    "工作室地点", "工作室面积", "单位简介", "工作室基本设施", "工作室领办人基本情况",
    "工作室团队基本情况", "申报单位意见", "区县或市级行业主管部门审核意见",
  };
  guint found = 0;

  g_ptr_array_add (f->studios, sks_test_make_full_studio (1, 2));
  g_ptr_array_add (f->studios, sks_test_make_full_studio (2, 2));
  comparison = compare (f);
  for (guint i = 0; i < sks_comparison_get_n_rows (comparison); i++)
    {
      const SksCompareRow *r = sks_comparison_get_row (comparison, i);

      if (r->section != SKS_COMPARE_SECTION_FORM)
        continue;
      g_assert_cmpuint (found, <, G_N_ELEMENTS (labels));
      g_assert_cmpstr (r->label, ==, labels[found]);
      found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (labels));
  /* The form's formatting */
  g_assert_cmpstr (row_with_label (comparison, "出生年月")->values[0], ==, "1978.05");
  g_assert_cmpstr (row_with_label (comparison, "性别")->values[1], ==, "男");
  g_assert_true (g_str_has_suffix (row_with_label (comparison, "工作室面积")->values[0], "平方米"));
  g_assert_true (row_with_label (comparison, "单位简介")->long_text);
}

/* Differences: equal applications differ nowhere; one change marks its rows. */

typedef struct {
  const char *property;   /* of the master */
  const char *value;
  const char *key;        /* a row that must differ */
  const char *label;      /* or the form row with this label */
} DiffCase;

static const DiffCase diff_cases[] = {
  { "skill-level", "技师", "summary.skill-level", "职业技能等级" },
  { "birth", "1990-01", "summary.age", "出生年月" },
  { "occupation", "钳工", "summary.occupation", "职业（工种）" },
  { "china-skill-award", NULL, "summary.honours", NULL },
};

static void
test_differs (Fixture       *f,
              gconstpointer  data)
{
  const DiffCase *c = data;
  g_autoptr(SksComparison) same = NULL;
  g_autoptr(SksComparison) changed = NULL;
  SksStudio *second;

  g_ptr_array_add (f->studios, sks_test_make_full_studio (7, 2));
  g_ptr_array_add (f->studios, sks_test_make_full_studio (7, 2));
  same = compare (f);
  for (guint i = 0; i < sks_comparison_get_n_rows (same); i++)
    g_assert_false (sks_comparison_get_row (same, i)->differs);

  second = g_ptr_array_index (f->studios, 1);
  if (c->value != NULL)
    g_object_set (sks_studio_get_master (second), c->property, c->value, NULL);
  else
    g_object_set (sks_studio_get_master (second), c->property, FALSE, NULL);
  changed = compare (f);
  g_assert_true (sks_comparison_get_row (changed, sks_comparison_find_row (changed, c->key))->differs);
  if (c->label != NULL)
    g_assert_true (row_with_label (changed, c->label)->differs);
  /* the studio's name stays the same */
  g_assert_false (row_with_label (changed, "申报工作室名称")->differs);
}

/* Personal data: masked as the lists mask it, never in clear. */
static void
test_masked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  GPtrArray *secrets = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (f->studios, sks_test_make_full_studio (3, 1));
  g_ptr_array_add (f->studios, sks_test_make_full_studio (4, 1));
  comparison = compare (f);
  for (guint i = 0; i < f->studios->len; i++)
    {
      SksMaster *master = sks_studio_get_master (g_ptr_array_index (f->studios, i));
      g_autofree char *masked = sks_id_number_mask (sks_master_get_id_number (master));

      g_assert_cmpstr (row_with_label (comparison, "身份证号码")->values[i], ==, masked);
      g_assert_cmpstr (sks_comparison_get_row (comparison, 0)->values[i], !=, NULL);
      g_ptr_array_add (secrets, g_strdup (sks_master_get_id_number (master)));
      g_ptr_array_add (secrets, g_strdup (sks_master_get_mobile (master)));
      g_ptr_array_add (secrets, g_strdup (sks_unit_get_mobile (sks_studio_get_unit (
                                                                g_ptr_array_index (f->studios,
                                                                                   i)))));
    }
  for (guint r = 0; r < sks_comparison_get_n_rows (comparison); r++)
    for (guint i = 0; i < f->studios->len; i++)
      for (guint s = 0; s < secrets->len; s++)
        g_assert_null (strstr (sks_comparison_get_row (comparison, r)->values[i],
                               g_ptr_array_index (secrets, s)));
  g_ptr_array_unref (secrets);
}

/* Verdicts: one row per application rule of the profile, the header's verdict. */
static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  guint n_rules = 0, n_rows = 0;

  g_ptr_array_add (f->studios, sks_test_make_full_studio (5, 2));
  g_ptr_array_add (f->studios, sks_test_make_full_studio (6, 2));
  g_object_set (sks_studio_get_master (g_ptr_array_index (f->studios, 1)), "birth", "1950-01",
                NULL);
  comparison = compare (f);
  for (guint i = 0; i < sks_policy_get_n_rules (f->policy); i++)
    n_rules += sks_rule_get_scope (sks_policy_get_rule (f->policy, i)) == SKS_RULE_SCOPE_APPLICATION;
  for (guint i = 0; i < sks_comparison_get_n_rows (comparison); i++)
    n_rows += sks_comparison_get_row (comparison, i)->section == SKS_COMPARE_SECTION_RULES;
  g_assert_cmpuint (n_rows, ==, n_rules);
  g_assert_cmpint (sks_comparison_get_column (comparison, 1)->verdict, ==, SKS_VERDICT_FAIL);
  g_assert_nonnull (sks_comparison_get_column (comparison, 0)->verdict_label);
}

/* Evidence: the checklist, attached or missing. */
static void
test_evidence (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  const SksCompareRow *id_copy, *honour;

  g_ptr_array_add (f->studios, sks_test_make_full_studio (1, 0));
  g_ptr_array_add (f->studios, sks_studio_new ());
  comparison = compare (f);
  id_copy = sks_comparison_get_row (comparison, sks_comparison_find_row (comparison,
                                                                         "evidence.id-copy"));
  honour = sks_comparison_get_row (comparison, sks_comparison_find_row (comparison,
                                                                        "evidence.honour"));
  g_assert_true (id_copy->differs);
  g_assert_false (honour->differs);
  g_assert_cmpstr (id_copy->values[0], !=, id_copy->values[1]);
}

/* Refusals */

typedef struct {
  guint           n;
  gboolean        other_round;
  gboolean        twice;
  SksCompareError code;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { 1, FALSE, FALSE, SKS_COMPARE_ERROR_TOO_FEW },
  { 5, FALSE, FALSE, SKS_COMPARE_ERROR_TOO_MANY },
  { 3, TRUE, FALSE, SKS_COMPARE_ERROR_MIXED_ROUNDS },
  { 2, FALSE, TRUE, SKS_COMPARE_ERROR_DUPLICATE },
};

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksComparison) comparison = NULL;

  for (guint i = 0; i < c->n; i++)
    {
      SksStudio *studio = c->twice && i > 0 ? g_object_ref (g_ptr_array_index (f->studios, 0))
                                            : sks_test_make_full_studio (i, 0);

      sks_studio_set_round_id (studio, c->other_round && i == c->n - 1 ? 2 : 1);
      g_ptr_array_add (f->studios, studio);
    }
  comparison = sks_comparison_new (f->round, f->policy, f->studios, NULL, &error);
  g_assert_null (comparison);
  g_assert_error (error, SKS_COMPARE_ERROR, (int) c->code);
  g_assert_nonnull (strstr (error->message, "compare"));
}

/* The printed sheet */

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  guint n = GPOINTER_TO_UINT (data);
  g_autoptr(SksComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "compare.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;
  double width, height;
  const char *const fonts_args[] = { path, NULL };

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (f->studios, sks_test_make_full_studio (i + 10, 2));
  comparison = compare (f);
  g_assert_true (sks_comparison_write_pdf (comparison, path, &error));
  g_assert_no_error (error);

  pt_pdf_page_size (path, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 842, 1);
  g_assert_cmpfloat_with_epsilon (height, 595, 1);
  g_assert_cmpuint (pt_pdf_n_pages (path), >, 1);

  text = pt_pdftotext (path, FALSE, 0, 0);
  stripped = pt_strip (text);
  g_assert_nonnull (strstr (stripped, "workingsheet,notanannex"));
  g_assert_nonnull (strstr (stripped, "身份证号码"));
  g_assert_nonnull (strstr (stripped, "职业技能等级"));
  g_assert_nonnull (strstr (stripped, "高级技师"));
  for (guint i = 0; i < n; i++)
    {
      SksMaster *master = sks_studio_get_master (g_ptr_array_index (f->studios, i));
      g_autofree char *masked = sks_id_number_mask (sks_master_get_id_number (master));

      g_assert_nonnull (strstr (stripped, masked));
      g_assert_null (strstr (stripped, sks_master_get_id_number (master)));
      g_assert_null (strstr (stripped, sks_master_get_mobile (master)));
    }
  /* The header row repeats: every page names the first studio's master. */
  for (guint p = 1; p <= pt_pdf_n_pages (path); p++)
    {
      g_autofree char *page = pt_pdftotext (path, FALSE, p, p);
      g_autofree char *page_stripped = pt_strip (page);

      g_assert_nonnull (strstr (page_stripped, "Application"));
    }

  /* pdffonts: name type encoding emb sub uni object-number generation */
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
      g_assert_cmpuint (columns->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (columns, columns->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  sks_test_remove_tree (dir);
}

/* Score rows: a document with the sample's applications ------------------ */

typedef struct {
  char     *dir;
  SksStore *store;
  gint64    ids[4];      /* the first round's applications the city panel scores */
  gint64    not_scored;  /* one of the same round the panel does not score, or 0 */
} ScoreFixture;

static void
score_fixture_set_up (ScoreFixture  *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) all = NULL;

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "scores.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate_unreviewed (f->store, &error));
  g_assert_no_error (error);
  rounds = sks_store_list_rounds (f->store, &error);
  g_assert_no_error (error);
  round = g_list_model_get_item (rounds, 0);
  panel = sks_store_get_panel (f->store, sks_round_get_id (round), SKS_PANEL_LEVEL_CITY, 0, TRUE,
                               &error);
  g_assert_no_error (error);
  candidates = sks_store_list_panel_candidates (f->store, panel, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, >=, 4);
  memcpy (f->ids, candidates->data, sizeof f->ids);
  all = sks_store_list_studio_ids (f->store, sks_round_get_id (round), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < all->len && f->not_scored == 0; i++)
    {
      gint64 id = g_array_index (all, gint64, i);
      gboolean scored = FALSE;

      for (guint c = 0; c < candidates->len; c++)
        scored |= g_array_index (candidates, gint64, c) == id;
      if (!scored)
        f->not_scored = id;
    }
}

static void
score_fixture_tear_down (ScoreFixture  *f,
                         gconstpointer  data)
{
  g_clear_object (&f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SksComparison *
compare_stored (ScoreFixture *f,
                const gint64 *ids)
{
  g_autoptr(GError) error = NULL;
  SksComparison *comparison = sks_comparison_new_from_store (f->store, ids, 4, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static const SksCompareRow *
score_row (SksComparison *comparison,
           const char    *key)
{
  int row = sks_comparison_find_row (comparison, key);

  g_assert_cmpint (row, >=, 0);
  g_assert_cmpint (sks_comparison_get_row (comparison, row)->section, ==,
                   SKS_COMPARE_SECTION_SCORES);
  return sks_comparison_get_row (comparison, row);
}

static const SksCompareRow *
reviewer_row (SksComparison *comparison,
              const char    *name)
{
  g_autofree char *label = g_strdup_printf ("Total by %s", name);
  const SksCompareRow *row = row_with_label (comparison, label);

  g_assert_true (g_str_has_prefix (row->key, "score.reviewer."));
  return score_row (comparison, row->key);
}

/* Before any score the comparison has no Scores section. */
static void
test_scores_none (ScoreFixture  *f,
                  gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = compare_stored (f, f->ids);

  for (guint i = 0; i < sks_comparison_get_n_rows (comparison); i++)
    g_assert_cmpint (sks_comparison_get_row (comparison, i)->section, !=,
                     SKS_COMPARE_SECTION_SCORES);
}

/* Each reviewer's total, the conflicted reviewer marked with the reason,
 * the aggregate of the counted totals with the method used. */
static void
test_scores_rows (ScoreFixture  *f,
                  gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  const SksCompareRow *a, *b, *c, *aggregate;

  sks_test_score_city_panel (f->store, f->ids, 4);
  comparison = compare_stored (f, f->ids);
  g_assert_cmpstr (score_row (comparison, "score.panel")->values[0], ==, "City review");
  a = reviewer_row (comparison, SKS_TEST_REVIEWER_A);
  b = reviewer_row (comparison, SKS_TEST_REVIEWER_B);
  c = reviewer_row (comparison, SKS_TEST_REVIEWER_C);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *ta = g_strdup_printf ("%d", sks_test_score_total (0, i));
      g_autofree char *tb = g_strdup_printf ("%d", sks_test_score_total (1, i));
      g_autofree char *tc = g_strdup_printf ("%d", sks_test_score_total (2, i));

      g_assert_cmpstr (a->values[i], ==, ta);
      g_assert_cmpstr (b->values[i], ==, tb);
      if (i > 0)
        g_assert_cmpstr (c->values[i], ==, tc);
      else
        {
          /* C works at the first application's applying unit */
          g_assert_true (g_str_has_prefix (c->values[0], "90 † not counted: "));
          g_assert_nonnull (strstr (c->values[0], "Conflict of interest"));
        }
    }
  g_assert_true (a->differs);

  /* 80 and 70 count for the first (mean 75); 81, 72 and 89 for the second:
   * 242 / 3 = 80.67; fewer than 5 scores: the mean, saying so */
  aggregate = score_row (comparison, "score.aggregate");
  g_assert_true (aggregate->long_text);
  g_assert_cmpstr (aggregate->values[0], ==, "75\nMean: the trimmed mean needs 5 scores, 2 count");
  g_assert_cmpstr (aggregate->values[1], ==,
                   "80.67\nMean: the trimmed mean needs 5 scores, 3 count");
  /* the section closes the comparison */
  g_assert_cmpint (sks_comparison_find_row (comparison, "score.aggregate"), ==,
                   (int) sks_comparison_get_n_rows (comparison) - 1);
}

/* The round's method decides the aggregate, and the row says which. */
static void
test_scores_method (ScoreFixture  *f,
                    gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(GError) error = NULL;
  const SksCompareRow *aggregate;

  sks_test_score_city_panel (f->store, f->ids, 4);
  studio = sks_store_load_studio (f->store, f->ids[0], &error);
  g_assert_no_error (error);
  g_assert_true (sks_store_set_score_method (f->store, sks_studio_get_round_id (studio),
                                             SKS_SCORE_METHOD_MEDIAN, &error));
  g_assert_no_error (error);
  comparison = compare_stored (f, f->ids);
  aggregate = score_row (comparison, "score.aggregate");
  /* 81, 72, 89: the median is 81 */
  g_assert_cmpstr (aggregate->values[1], ==, "81\nMedian\n3 scores counted");
  g_assert_cmpstr (aggregate->values[0], ==, "75\nMedian\n2 scores counted");
}

/* An application the panel does not score (a draft) says so in every score
 * row instead of showing another panel's figures. */
static void
test_scores_not_candidate (ScoreFixture  *f,
                           gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  gint64 ids[4] = { f->ids[0], f->ids[1], f->ids[2], f->not_scored };

  g_assert_cmpint (f->not_scored, !=, 0);
  sks_test_score_city_panel (f->store, ids, 4);
  comparison = compare_stored (f, ids);
  g_assert_cmpstr (reviewer_row (comparison, SKS_TEST_REVIEWER_A)->values[3], ==,
                   "Not among the panel’s candidates");
  g_assert_cmpstr (score_row (comparison, "score.aggregate")->values[3], ==,
                   "Not among the panel’s candidates");
  g_assert_cmpstr (reviewer_row (comparison, SKS_TEST_REVIEWER_A)->values[2], ==, "82");
}

/* The printed sheet carries the Scores section. */
static void
test_scores_pdf (ScoreFixture  *f,
                 gconstpointer  data)
{
  g_autoptr(SksComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "compare.pdf", NULL);
  g_autofree char *text = NULL;

  sks_test_score_city_panel (f->store, f->ids, 4);
  comparison = compare_stored (f, f->ids);
  g_assert_true (sks_comparison_write_pdf (comparison, path, &error));
  g_assert_no_error (error);
  text = pt_pdftotext (path, FALSE, 0, 0);
  pt_assert_in_order (text, (const char *const[]) {
                        "Panel", "City review",
                        "Total by " SKS_TEST_REVIEWER_A, "80", "81", "82", "83",
                        "Total by " SKS_TEST_REVIEWER_C, "90 † not counted", "Conflict of interest",
                        "Aggregate score", "75", "the trimmed mean needs 5 scores, 2 count",
                        "80.67",
                        NULL });
  /* the section's title (pdftotext reads it after the rows it heads) */
  g_assert_nonnull (strstr (text, "Scores"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add ("/compare/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("aligned/2", GUINT_TO_POINTER (2), test_aligned);
  ADD ("aligned/3", GUINT_TO_POINTER (3), test_aligned);
  ADD ("aligned/4", GUINT_TO_POINTER (4), test_aligned);
  ADD ("form-rows", NULL, test_form_rows);
  for (guint i = 0; i < G_N_ELEMENTS (diff_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/compare/differs/%s", diff_cases[i].property);
      g_test_add (path, Fixture, &diff_cases[i], fixture_set_up, test_differs, fixture_tear_down);
    }
  ADD ("masked", NULL, test_masked);
  ADD ("rules", NULL, test_rules);
  ADD ("evidence", NULL, test_evidence);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      static const char *const names[] = { "too-few", "too-many", "mixed-rounds", "twice" };
      g_autofree char *path = g_strdup_printf ("/compare/refused/%s", names[i]);
      g_test_add (path, Fixture, &error_cases[i], fixture_set_up, test_refused, fixture_tear_down);
    }
  ADD ("pdf/2", GUINT_TO_POINTER (2), test_pdf);
  ADD ("pdf/4", GUINT_TO_POINTER (4), test_pdf);
#define ADD_SCORES(path, func) \
  g_test_add ("/compare/scores/" path, ScoreFixture, NULL, score_fixture_set_up, func, \
              score_fixture_tear_down)
  ADD_SCORES ("none", test_scores_none);
  ADD_SCORES ("rows", test_scores_rows);
  ADD_SCORES ("method", test_scores_method);
  ADD_SCORES ("not-candidate", test_scores_not_candidate);
  ADD_SCORES ("pdf", test_scores_pdf);
#undef ADD_SCORES
  return g_test_run ();
}
