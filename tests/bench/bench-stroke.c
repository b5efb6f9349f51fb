/* bench-stroke.c — sorting 100,000 names in stroke order (按姓氏笔画排序),
 * next to two references on the same names in the same run: qsort by
 * strcmp, and a sort by g_utf8_collate_key. Prints the medians of 7 runs;
 * asserts nothing about time, only that each sort is in order.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "sks-stroke-order.h"

#define N_NAMES 100000
#define RUNS 7

/* Common surnames (百家姓's most frequent), a few compound ones, and
 * given-name characters. */
static const char surnames[] =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
  "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛"
  "郝龚邵万钱严覃武戴莫孔向汤阿欧";
static const char given[] =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文红玉一小大志宏新海波辉鹏飞凤霞"
  "梅琳斌浩宇轩博睿涵欣怡晨阳佳俊峰婷雪慧颖鑫";

static GPtrArray *
generate_names (void)
{
  static const char *compounds[] = { "欧阳", "司马", "诸葛", "上官", "司徒" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  glong n_surnames = g_utf8_strlen (surnames, -1);
  glong n_given = g_utf8_strlen (given, -1);

  for (guint i = 0; i < N_NAMES; i++)
    {
      GString *name = g_string_new (NULL);
      guint given_len = g_rand_int_range (rand, 1, 3);

      if (g_rand_int_range (rand, 0, 100) == 0)
        g_string_append (name, compounds[g_rand_int_range (rand, 0, G_N_ELEMENTS (compounds))]);
      else
        g_string_append_unichar (name, g_utf8_get_char (
          g_utf8_offset_to_pointer (surnames, g_rand_int_range (rand, 0, n_surnames))));
      for (guint j = 0; j < given_len; j++)
        g_string_append_unichar (name, g_utf8_get_char (
          g_utf8_offset_to_pointer (given, g_rand_int_range (rand, 0, n_given))));
      g_ptr_array_add (names, g_string_free (name, FALSE));
    }
  return names;
}

static const char *
string_name (gpointer item)
{
  return item;
}

static int
strcmp_cb (const void *a,
           const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

typedef struct {
  char       *key;
  const char *name;
} Keyed;

static int
keyed_cb (const void *a,
          const void *b)
{
  return strcmp (((const Keyed *) a)->key, ((const Keyed *) b)->key);
}

static GPtrArray *
borrowed_copy (GPtrArray *names)
{
  GPtrArray *copy = g_ptr_array_sized_new (names->len);

  g_ptr_array_extend (copy, names, NULL, NULL);
  return copy;
}

static double
run_stroke (GPtrArray *names)
{
  g_autoptr(GPtrArray) copy = borrowed_copy (names);
  gint64 start = g_get_monotonic_time ();
  double ms;

  sks_stroke_order_sort (copy, string_name);
  ms = (g_get_monotonic_time () - start) / 1000.0;

  for (guint i = 1; i < copy->len; i += 97)
    g_assert_cmpint (sks_stroke_order_compare (g_ptr_array_index (copy, i - 1),
                                               g_ptr_array_index (copy, i)), <=, 0);
  return ms;
}

static double
run_strcmp (GPtrArray *names)
{
  g_autoptr(GPtrArray) copy = borrowed_copy (names);
  gint64 start = g_get_monotonic_time ();

  qsort (copy->pdata, copy->len, sizeof (gpointer), strcmp_cb);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
run_collate_key (GPtrArray *names)
{
  g_autofree Keyed *keyed = g_new (Keyed, names->len);
  gint64 start = g_get_monotonic_time ();
  double ms;

  for (guint i = 0; i < names->len; i++)
    {
      keyed[i].name = g_ptr_array_index (names, i);
      keyed[i].key = g_utf8_collate_key (keyed[i].name, -1);
    }
  qsort (keyed, names->len, sizeof (Keyed), keyed_cb);
  ms = (g_get_monotonic_time () - start) / 1000.0;

  for (guint i = 0; i < names->len; i++)
    g_free (keyed[i].key);
  return ms;
}

static int
double_cb (const void *a,
           const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), double_cb);
  return values[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) names = NULL;
  double stroke[RUNS], by_strcmp[RUNS], collate[RUNS];
  double first_ms;
  gint64 start;

  /* The collate-key reference in the Chinese locale, where there is one. */
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    setlocale (LC_ALL, "C.UTF-8");

  names = generate_names ();

  /* The first call loads the stroke data; timed apart. */
  start = g_get_monotonic_time ();
  sks_stroke_order_compare ("王", "李");
  first_ms = (g_get_monotonic_time () - start) / 1000.0;

  for (guint r = 0; r < RUNS; r++)
    {
      stroke[r] = run_stroke (names);
      by_strcmp[r] = run_strcmp (names);
      collate[r] = run_collate_key (names);
    }

  g_print ("Sorting %d names, medians of %d runs (locale %s):\n", N_NAMES, RUNS,
           setlocale (LC_COLLATE, NULL));
  g_print ("  stroke order (sks_stroke_order_sort):  %7.1f ms  (target ≤ 200 ms)\n",
           median (stroke));
  g_print ("  qsort by strcmp (reference):           %7.1f ms\n", median (by_strcmp));
  g_print ("  g_utf8_collate_key + qsort (reference): %7.1f ms\n", median (collate));
  g_print ("  loading the stroke data, once:         %7.1f ms\n", first_ms);
  return 0;
}
