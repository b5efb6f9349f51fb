/* test-code-list.c — the standard code lists shipped as resources
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sks-code-list.h"
#include "sks-i18n.h"

/* GB/T 3304-1991 in standard order (domain-facts §5.2); codes 01–56. */
static const char *ethnic_groups[] = {
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
  "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
  "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族",
  "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族",
  "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
  "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族",
  "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
};

/* GB/T 4762-1984: short form, full name (domain-facts §5.1); codes 01–13. */
static const struct {
  const char *name;
  const char *full_name;
} political_statuses[] = {
  { "中共党员", "中国共产党党员" },
  { "中共预备党员", "中国共产党预备党员" },
  { "共青团员", "中国共产主义青年团团员" },
  { "民革会员", "中国国民党革命委员会会员" },
  { "民盟盟员", "中国民主同盟盟员" },
  { "民建会员", "中国民主建国会会员" },
  { "民进会员", "中国民主促进会会员" },
  { "农工党党员", "中国农工民主党党员" },
  { "致公党党员", "中国致公党党员" },
  { "九三学社社员", "九三学社社员" },
  { "台盟盟员", "台湾民主自治同盟盟员" },
  { "无党派人士", "无党派民主人士" },
  { "群众", "群众" },
};

/* 新八级工, low to high (domain-facts §4). */
static const char *skill_levels[] = {
  "学徒工", "初级工", "中级工", "高级工", "技师", "高级技师", "特级技师", "首席技师",
};

static const char *educations[] = {
  "博士研究生", "硕士研究生", "大学本科", "大学专科", "中等专科", "职业高中", "技工学校",
  "普通高中", "初中", "小学", "其他",
};

typedef struct {
  const char *list;
  const char *value;
  const char *canonical;   /* NULL: not in the list */
} NormalizeCase;

static const NormalizeCase normalize_cases[] = {
  { SKS_CODE_LIST_ETHNICITY, "汉族", "汉族" },
  { SKS_CODE_LIST_ETHNICITY, "毛难族", "毛南族" },
  { SKS_CODE_LIST_ETHNICITY, "崩龙族", "德昂族" },
  { SKS_CODE_LIST_ETHNICITY, "其他", "其他" },
  { SKS_CODE_LIST_ETHNICITY, "火星族", NULL },
  { SKS_CODE_LIST_ETHNICITY, "汉", NULL },
  { SKS_CODE_LIST_ETHNICITY, " 汉族", NULL },
  { SKS_CODE_LIST_ETHNICITY, "", NULL },
  { SKS_CODE_LIST_ETHNICITY, "01", NULL },   /* codes are not names */
  { SKS_CODE_LIST_POLITICAL_STATUS, "党员", "中共党员" },
  { SKS_CODE_LIST_POLITICAL_STATUS, "民革党员", "民革会员" },
  { SKS_CODE_LIST_POLITICAL_STATUS, "团员", NULL },
  { SKS_CODE_LIST_SKILL_LEVEL, "五级/初级工", "初级工" },
  { SKS_CODE_LIST_SKILL_LEVEL, "五级", "初级工" },
  { SKS_CODE_LIST_SKILL_LEVEL, "四级/中级工", "中级工" },
  { SKS_CODE_LIST_SKILL_LEVEL, "四级", "中级工" },
  { SKS_CODE_LIST_SKILL_LEVEL, "三级/高级工", "高级工" },
  { SKS_CODE_LIST_SKILL_LEVEL, "三级", "高级工" },
  { SKS_CODE_LIST_SKILL_LEVEL, "二级/技师", "技师" },
  { SKS_CODE_LIST_SKILL_LEVEL, "二级", "技师" },
  { SKS_CODE_LIST_SKILL_LEVEL, "一级/高级技师", "高级技师" },
  { SKS_CODE_LIST_SKILL_LEVEL, "一级", "高级技师" },
  { SKS_CODE_LIST_SKILL_LEVEL, "技术员", NULL },
  { SKS_CODE_LIST_SKILL_LEVEL, "六级", NULL },
  { SKS_CODE_LIST_EDUCATION, "本科", "大学本科" },
  { SKS_CODE_LIST_EDUCATION, "大专", "大学专科" },
  { SKS_CODE_LIST_EDUCATION, "专科", "大学专科" },
  { SKS_CODE_LIST_EDUCATION, "中专", "中等专科" },
  { SKS_CODE_LIST_EDUCATION, "技校", "技工学校" },
  { SKS_CODE_LIST_EDUCATION, "高中", "普通高中" },
  { SKS_CODE_LIST_EDUCATION, "职高", "职业高中" },
  { SKS_CODE_LIST_EDUCATION, "研究生", "硕士研究生" },
  { SKS_CODE_LIST_EDUCATION, "硕士", "硕士研究生" },
  { SKS_CODE_LIST_EDUCATION, "博士", "博士研究生" },
  { SKS_CODE_LIST_EDUCATION, "幼儿园", NULL },
};

/* Every list: loads, has unique names and codes, and its item array matches. */
static void
test_all_lists_load (void)
{
  static const struct {
    const char *name;
    guint       n_items;
  } lists[] = {
    { SKS_CODE_LIST_ETHNICITY, 58 },
    { SKS_CODE_LIST_POLITICAL_STATUS, 13 },
    { SKS_CODE_LIST_SKILL_LEVEL, 8 },
    { SKS_CODE_LIST_EDUCATION, 11 },
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      const SksCodeList *list = sks_code_list_get (lists[l].name);
      const char * const *items;
      g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
      guint n;

      g_test_message ("list %s", lists[l].name);
      g_assert_nonnull (list);
      g_assert_true (sks_code_list_get (lists[l].name) == list);   /* loaded once */

      n = sks_code_list_get_n_items (list);
      g_assert_cmpuint (n, ==, lists[l].n_items);

      items = sks_code_list_get_items (list);
      g_assert_nonnull (items);
      g_assert_cmpuint (g_strv_length ((char **) items), ==, n);

      for (guint i = 0; i < n; i++)
        {
          const char *item = sks_code_list_get_item (list, i);
          const char *code = sks_code_list_get_code (list, i);

          g_assert_nonnull (item);
          g_assert_nonnull (code);
          g_assert_cmpstr (items[i], ==, item);
          g_assert_true (g_hash_table_add (names, (gpointer) item));
          g_assert_true (g_hash_table_add (codes, (gpointer) code));
          g_assert_cmpstr (sks_code_list_normalize (list, item), ==, item);
          g_assert_cmpint (sks_code_list_get_rank (list, item), ==, (int) i);
        }
    }
}

static void
test_ethnicity (void)
{
  const SksCodeList *list = sks_code_list_get (SKS_CODE_LIST_ETHNICITY);

  g_assert_cmpuint (G_N_ELEMENTS (ethnic_groups), ==, 56);
  for (guint i = 0; i < G_N_ELEMENTS (ethnic_groups); i++)
    {
      g_autofree char *code = g_strdup_printf ("%02u", i + 1);

      g_assert_cmpstr (sks_code_list_get_item (list, i), ==, ethnic_groups[i]);
      g_assert_cmpstr (sks_code_list_get_code (list, i), ==, code);
    }
  g_assert_cmpstr (sks_code_list_get_item (list, 56), ==, "其他");
  g_assert_cmpstr (sks_code_list_get_code (list, 56), ==, "97");
  g_assert_cmpstr (sks_code_list_get_item (list, 57), ==, "外国血统中国籍人士");
  g_assert_cmpstr (sks_code_list_get_code (list, 57), ==, "98");
}

static void
test_political_status (void)
{
  const SksCodeList *list = sks_code_list_get (SKS_CODE_LIST_POLITICAL_STATUS);

  for (guint i = 0; i < G_N_ELEMENTS (political_statuses); i++)
    {
      g_autofree char *code = g_strdup_printf ("%02u", i + 1);

      g_assert_cmpstr (sks_code_list_get_item (list, i), ==, political_statuses[i].name);
      g_assert_cmpstr (sks_code_list_get_code (list, i), ==, code);
      /* The full names of GB/T 4762 are aliases of the short forms. */
      g_assert_cmpstr (sks_code_list_normalize (list, political_statuses[i].full_name), ==,
                       political_statuses[i].name);
    }
}

static void
test_skill_levels (void)
{
  const SksCodeList *list = sks_code_list_get (SKS_CODE_LIST_SKILL_LEVEL);

  for (guint i = 0; i < G_N_ELEMENTS (skill_levels); i++)
    {
      g_assert_cmpstr (sks_code_list_get_item (list, i), ==, skill_levels[i]);
      g_assert_cmpint (sks_code_list_get_rank (list, skill_levels[i]), ==, (int) i);
      if (i > 0)
        g_assert_cmpint (sks_code_list_get_rank (list, skill_levels[i - 1]), <,
                         sks_code_list_get_rank (list, skill_levels[i]));
    }

  /* The certificate forms rank as their canonical level. */
  g_assert_cmpint (sks_code_list_get_rank (list, "二级/技师"), ==,
                   sks_code_list_get_rank (list, "技师"));
  g_assert_cmpint (sks_code_list_get_rank (list, "一级"), ==,
                   sks_code_list_get_rank (list, "高级技师"));
  g_assert_cmpint (sks_code_list_get_rank (list, "特级技师"), >,
                   sks_code_list_get_rank (list, "一级/高级技师"));
  g_assert_cmpint (sks_code_list_get_rank (list, "五级/初级工"), >,
                   sks_code_list_get_rank (list, "学徒工"));
  g_assert_cmpint (sks_code_list_get_rank (list, "技术员"), ==, -1);
  g_assert_cmpint (sks_code_list_get_rank (list, NULL), ==, -1);
}

static void
test_education (void)
{
  const SksCodeList *list = sks_code_list_get (SKS_CODE_LIST_EDUCATION);

  for (guint i = 0; i < G_N_ELEMENTS (educations); i++)
    g_assert_cmpstr (sks_code_list_get_item (list, i), ==, educations[i]);
}

static void
test_normalize (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (normalize_cases); i++)
    {
      const NormalizeCase *c = &normalize_cases[i];
      const SksCodeList *list = sks_code_list_get (c->list);

      g_test_message ("%s: “%s”", c->list, c->value);
      g_assert_cmpstr (sks_code_list_normalize (list, c->value), ==, c->canonical);
      if (c->canonical)
        g_assert_cmpint (sks_code_list_get_rank (list, c->value), ==,
                         sks_code_list_get_rank (list, c->canonical));
      else
        g_assert_cmpint (sks_code_list_get_rank (list, c->value), ==, -1);
    }
  g_assert_true (sks_code_list_normalize (sks_code_list_get (SKS_CODE_LIST_ETHNICITY), NULL) ==
                 NULL);
}

/* A missing list is a packaging error and stops the program. */
static void
test_missing_list (void)
{
  if (g_test_subprocess ())
    {
      sks_code_list_get ("no-such-list");
      return;
    }
  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*no-such-list*");
}

static gpointer
load_in_thread (gpointer data)
{
  return (gpointer) sks_code_list_get (data);
}

/* Lists may be first asked for from several threads at once (the store's
 * worker and the UI); everyone gets the same list. */
static void
test_threads (void)
{
  if (g_test_subprocess ())
    {
      GThread *threads[8];
      gpointer results[8];

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        threads[i] = g_thread_new (NULL, load_in_thread, (gpointer) SKS_CODE_LIST_SKILL_LEVEL);
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        results[i] = g_thread_join (threads[i]);
      for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
        g_assert_true (results[i] == results[0]);
      g_assert_cmpuint (sks_code_list_get_n_items (results[0]), ==, 8);
      return;
    }
  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/code-list/all-lists-load", test_all_lists_load);
  g_test_add_func ("/code-list/ethnicity", test_ethnicity);
  g_test_add_func ("/code-list/political-status", test_political_status);
  g_test_add_func ("/code-list/skill-levels", test_skill_levels);
  g_test_add_func ("/code-list/education", test_education);
  g_test_add_func ("/code-list/normalize", test_normalize);
  g_test_add_func ("/code-list/missing-list", test_missing_list);
  g_test_add_func ("/code-list/threads", test_threads);

  return g_test_run ();
}
