/* test-closures.c — the pure functions behind the .ui closures; no display
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "sks-closures.h"

static void
test_window_title (void)
{
  g_autofree char *titled = sks_closure_window_title (NULL, "2026年度申报");
  g_autofree char *untitled = sks_closure_window_title (NULL, NULL);

  g_assert_cmpstr (titled, ==, "2026年度申报 — Skill Studio");
  g_assert_cmpstr (untitled, ==, "Skill Studio");
}

static void
test_document_subtitle (void)
{
  g_autofree char *in_home = g_build_filename (g_get_home_dir (), "湖州", "a.skillstudio", NULL);
  g_autofree char *shown = sks_closure_document_subtitle (NULL, in_home, FALSE);
  g_autofree char *read_only = sks_closure_document_subtitle (NULL, "/srv/b.skillstudio", TRUE);
  g_autofree char *none = sks_closure_document_subtitle (NULL, NULL, TRUE);

  g_assert_cmpstr (shown, ==, "~/湖州/a.skillstudio");
  g_assert_cmpstr (read_only, ==, "/srv/b.skillstudio (read-only)");
  g_assert_cmpstr (none, ==, "");
}

static void
test_studio_count (void)
{
  static const struct {
    guint       n;
    const char *text;
    const char *page;
  } cases[] = {
    { 0, "No applications", "empty" },
    { 1, "1 application", "list" },
    { 2, "2 applications", "list" },
    { 12345, "12345 applications", "list" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sks_closure_studio_count (NULL, cases[i].n);
      g_autofree char *page = sks_closure_list_page (NULL, cases[i].n);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (page, ==, cases[i].page);
    }
}

static void
test_ranks (void)
{
  g_assert_cmpint (sks_closure_skill_level_rank (NULL, NULL), ==, -1);
  g_assert_cmpint (sks_closure_skill_level_rank (NULL, "不存在"), ==, -1);
  g_assert_cmpint (sks_closure_skill_level_rank (NULL, "初级工"), <,
                   sks_closure_skill_level_rank (NULL, "高级工"));
  g_assert_cmpint (sks_closure_skill_level_rank (NULL, "技师"), <,
                   sks_closure_skill_level_rank (NULL, "高级技师"));
  g_assert_cmpint (sks_closure_skill_level_rank (NULL, "高级技师"), <,
                   sks_closure_skill_level_rank (NULL, "首席技师"));
  g_assert_cmpint (sks_closure_status_rank (NULL, SKS_STATUS_DRAFT), <,
                   sks_closure_status_rank (NULL, SKS_STATUS_APPROVED));
}

int
main (int   argc,
      char *argv[])
{
  /* Untranslated English msgids whatever the environment's language */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/closures/window-title", test_window_title);
  g_test_add_func ("/closures/document-subtitle", test_document_subtitle);
  g_test_add_func ("/closures/studio-count", test_studio_count);
  g_test_add_func ("/closures/ranks", test_ranks);
  return g_test_run ();
}
