/* test-filter-model.c — the list's search: the index of rows by character
 * and the filter model that uses it; no display
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "sks-char-index.h"
#include "sks-row-store.h"
#include "sks-studio-filter.h"
#include "sks-studio-filter-model.h"
#include "sks-studio-row.h"

static void
test_char_index (void)
{
  g_autoptr(SksCharIndex) index = sks_char_index_new ();
  const guint *rows;
  guint n;

  sks_char_index_add (index, 0, "湖州电工技能大师工作室");
  sks_char_index_add (index, 1, "数控车工\n张伟");
  sks_char_index_add (index, 2, NULL);
  sks_char_index_add (index, 3, "电工电工 café");
  g_assert_cmpuint (sks_char_index_get_n_rows (index), ==, 4);

  /* 电 is in rows 0 and 3 (twice in 3, listed once); 工 in 0, 1 and 3 */
  rows = sks_char_index_lookup (index, "电工", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (rows[0], ==, 0);
  g_assert_cmpuint (rows[1], ==, 3);
  rows = sks_char_index_lookup (index, "工", &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (rows[2], ==, 3);
  rows = sks_char_index_lookup (index, "é", &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (rows[0], ==, 3);
  /* A character no row has: no row can match */
  rows = sks_char_index_lookup (index, "工没", &n);
  g_assert_null (rows);
  g_assert_cmpuint (n, ==, 0);
}

/* Rows over every combination the generator makes */

static const char *names[] = { "电工", "数控车工", "钳工", "茶艺师", "湖笔制作工", "焊工" };
static const char *masters[] = { "张伟", "李娜", "王电", "叶子豪", "Zoë Müller" };
static const char *units[] = { "吴兴区", "南浔区", "德清县", "长兴县" };

static SksStudioRow *
make_row (guint i)
{
  g_autofree char *name = g_strdup_printf ("%s%s技能大师工作室 %u", units[i % 4], names[i % 6], i);
  g_autofree char *unit = g_strdup_printf ("湖州%s有限公司", names[(i / 6) % 6]);
  SksStudioRowData data = {
    .id = i + 1,
    .round_id = 1 + i % 2,
    .recommender_id = 10 + i % 4,
    .name = name,
    .master_name = masters[i % 5],
    .recommender_name = units[i % 4],
    .unit_name = unit,
    .skill_level = i % 3 ? "高级技师" : "技师",
    .status = i % 3,
  };

  return sks_studio_row_new (&data);
}

static SksRowStore *
make_store (guint n_rows)
{
  SksRowStore *store = sks_row_store_new (SKS_TYPE_STUDIO_ROW);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(SksStudioRow) row = make_row (i);

      sks_row_store_append (store, row);
    }
  return store;
}

/* The rows that the filter matches, found the slow way */
static GPtrArray *
expected_rows (SksRowStore     *store,
               SksStudioFilter *filter)
{
  GPtrArray *rows = g_ptr_array_new ();
  guint n = 0;
  gpointer *items = sks_row_store_peek (store, &n);

  for (guint i = 0; i < n; i++)
    if (gtk_filter_match (GTK_FILTER (filter), items[i]))
      g_ptr_array_add (rows, items[i]);
  return rows;
}

static void
assert_shows (SksStudioFilterModel *model,
              SksRowStore          *store,
              SksStudioFilter      *filter)
{
  g_autoptr(GPtrArray) expected = expected_rows (store, filter);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_true (row == g_ptr_array_index (expected, i));
    }
}

static void
run_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Each step narrows, widens or changes the search; the model must show
 * what a plain filter shows, before the index is built and after. */
static void
search_steps (SksStudioFilterModel *model,
              SksRowStore          *store,
              SksStudioFilter      *filter)
{
  static const char *texts[] = { "电", "电工", "电工技能", "工", "", "张伟", "没有这个词",
                                 "吴兴区", "zoë", "ZOË MÜLLER", "技师", "工作室 1", "\n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      sks_studio_filter_set_text (filter, texts[i]);
      assert_shows (model, store, filter);
    }
  /* With the other criteria */
  sks_studio_filter_set_text (filter, "电");
  sks_studio_filter_set_scope (filter, 1, 0);
  assert_shows (model, store, filter);
  sks_studio_filter_set_status (filter, 1);
  assert_shows (model, store, filter);
  sks_studio_filter_set_text (filter, "电工");
  assert_shows (model, store, filter);
  sks_studio_filter_set_scope (filter, 0, 0);
  sks_studio_filter_set_status (filter, SKS_STUDIO_FILTER_ANY);
  sks_studio_filter_set_text (filter, NULL);
  assert_shows (model, store, filter);
}

static void
test_filter_model_search (void)
{
  g_autoptr(SksRowStore) store = make_store (9000);
  g_autoptr(SksStudioFilterModel) model = sks_studio_filter_model_new ();
  SksStudioFilter *filter = sks_studio_filter_new ();

  sks_studio_filter_model_set_filter (model, filter);
  sks_studio_filter_model_set_rows (model, store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 9000);

  /* Before the keys and the index are built (they wait for idle time) */
  search_steps (model, store, filter);
  /* and after */
  run_idle ();
  search_steps (model, store, filter);

  /* A row added, one removed: the index is built again, and the searches
   * find the new row and not the removed one meanwhile and after. */
  {
    g_autoptr(SksStudioRow) added = make_row (9000);

    sks_studio_filter_set_text (filter, "9000");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
    sks_row_store_append (store, added);
    sks_row_store_remove (store, 3);
    assert_shows (model, store, filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
    sks_studio_filter_set_text (filter, "工作室 3");
    assert_shows (model, store, filter);
    run_idle ();
    search_steps (model, store, filter);
    sks_studio_filter_set_text (filter, "9000");
    assert_shows (model, store, filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  }
  g_object_unref (filter);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter-model/char-index", test_char_index);
  g_test_add_func ("/filter-model/search", test_filter_model_search);
  return g_test_run ();
}
