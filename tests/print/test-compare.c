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
  return g_test_run ();
}
