/* bench-print.c — Annex 2 with 1,000 full rows (200- and 300-character
 * cells) to PDF: seconds and pages per second
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two kinds of rows: Chinese prose as applications contain it, and the
 * test generator's text, which changes script and font every few
 * characters (emoji, quotes, Latin with diacritics, control characters)
 * and is slower to shape and to write. Each case runs three times; the
 * median is reported. With SKS_PRINT_THREADS=1 the layout uses one thread.
 * When LibreOffice is installed, it converts the same rows from a
 * spreadsheet file for comparison.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sks-print-annex.h"
#include "sks-print-layout.h"
#include "sks-test-util.h"

#define N_ROWS 1000
#define N_RUNS 3

static const char prose[] =
  "该同志长期从事数控车削加工一线工作，主持完成关键零部件工艺改进项目12项，获国家发明专利3项、"
  "实用新型专利8项，累计为企业节约成本约260万元；带徒20余名，其中5人获评技师、2人获评高级技师，"
  "多次在省市职业技能大赛中获奖。";

static char *
prose_of (guint n_chars,
          guint offset)
{
  GString *text = g_string_new (NULL);
  glong len = g_utf8_strlen (prose, -1);

  for (guint i = 0; i < n_chars; i++)
    {
      const char *p = g_utf8_offset_to_pointer (prose, (offset + i) % len);
      g_string_append_len (text, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (text, FALSE);
}

static GPtrArray *
make_studios (gboolean as_prose)
{
  GPtrArray *studios = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_ROWS; i++)
    {
      SksStudio *studio = sks_test_make_full_studio (i, 0);

      if (as_prose)
        {
          g_autofree char *achievements = prose_of (200, i);
          g_autofree char *introduction = prose_of (300, i + 7);
          g_autofree char *name = g_strdup_printf ("湖州精工数控车工技能大师工作室%u", i);

          g_object_set (studio, "name", name, "achievements", achievements,
                        "introduction", introduction, NULL);
        }
      g_ptr_array_add (studios, studio);
    }
  return studios;
}

typedef struct {
  double doc;
  double layout;
  double pdf;
  double total;
  guint  pages;
  goffset size;
} Figures;

static int
compare_total (gconstpointer a,
               gconstpointer b)
{
  const Figures *fa = a, *fb = b;

  return fa->total < fb->total ? -1 : fa->total > fb->total;
}

static Figures
run_once (SksRound   *round,
          GPtrArray  *studios,
          GPtrArray  *names,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  PangoContext *context;
  Figures f = { 0 };
  gint64 t0, t1, t2, t3;

  t0 = g_get_monotonic_time ();
  doc = sks_print_annex2_doc_new (round, NULL, studios, names, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  context = sks_print_context_new ();
  layout = sks_print_layout_new (doc, context, &error);
  g_object_unref (context);
  g_assert_no_error (error);
  t2 = g_get_monotonic_time ();
  g_assert_true (sks_print_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  t3 = g_get_monotonic_time ();

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
  f.doc = (t1 - t0) / 1e6;
  f.layout = (t2 - t1) / 1e6;
  f.pdf = (t3 - t2) / 1e6;
  f.total = (t3 - t0) / 1e6;
  f.pages = sks_print_layout_get_n_pages (layout);
  f.size = info ? g_file_info_get_size (info) : 0;
  return f;
}

static Figures
run_case (const char *label,
          SksRound   *round,
          GPtrArray  *studios,
          GPtrArray  *names,
          const char *path)
{
  Figures runs[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      runs[i] = run_once (round, studios, names, path);
      g_print ("  %-34s run %u: %.3f s (description %.3f, layout %.3f, PDF %.3f)\n", label, i + 1,
               runs[i].total, runs[i].doc, runs[i].layout, runs[i].pdf);
    }
  qsort (runs, N_RUNS, sizeof (Figures), compare_total);
  g_print ("%-36s median %.3f s: %u pages, %.0f pages/s, %.1f MB\n", label, runs[N_RUNS / 2].total,
           runs[N_RUNS / 2].pages, runs[N_RUNS / 2].pages / runs[N_RUNS / 2].total,
           runs[N_RUNS / 2].size / 1e6);
  return runs[N_RUNS / 2];
}

/* The same rows as a spreadsheet file for LibreOffice. Skill Studio has
 * no Excel export yet; a CSV holds the same cells. */
static void
compare_libreoffice (GPtrArray  *studios,
                     GPtrArray  *names,
                     const char *dir,
                     double      ours)
{
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *csv = g_build_filename (dir, "annex2.csv", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GString) data = g_string_new ("序号,推荐单位,工作室名称,领办人出生年月,领办人性别,"
                                          "领办人职业技能等级,领办人业绩情况,工作室简介,联系方式\n");
  const char *argv[] = { NULL, "--headless", "--convert-to", "pdf", "--outdir", dir, csv, NULL };
  g_autoptr(GError) error = NULL;
  double times[3];
  int status;

  if (office == NULL)
    return;
  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      SksMaster *master = sks_studio_get_master (studio);

      g_string_append_printf (data, "%u,\"%s\",\"%s\",%s,男,%s,\"%s\",\"%s\",\"%s\"\n", i + 1,
                              (char *) g_ptr_array_index (names, i), sks_studio_get_name (studio),
                              sks_master_get_birth (master), sks_master_get_skill_level (master),
                              sks_studio_get_achievements (studio),
                              sks_studio_get_introduction (studio),
                              sks_unit_get_contact_name (sks_studio_get_unit (studio)));
    }
  g_assert_true (g_file_set_contents (csv, data->str, (gssize) data->len, NULL));
  argv[0] = office;
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                    | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      times[i] = (g_get_monotonic_time () - t0) / 1e6;
    }
  {
    /* the median of three */
    double a = times[0], b = times[1], c = times[2];
    double median = MAX (MIN (a, b), MIN (MAX (a, b), c));

    g_print ("%-36s median %.3f s; Skill Studio is %.1f× faster\n",
             "LibreOffice, same rows from CSV", median, median / ours);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "annex2.pdf", NULL);
  g_autoptr(SksRound) round = sks_round_new ("huzhou-2025", "湖州", 2025);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) prose_rows = make_studios (TRUE);
  g_autoptr(GPtrArray) test_rows = make_studios (FALSE);
  g_autofree char *threads = g_strdup (g_getenv ("SKS_PRINT_THREADS"));
  Figures best;

  g_object_set (round, "issuing-bureau", "湖州市人力资源和社会保障局", NULL);
  for (guint i = 0; i < N_ROWS; i++)
    g_ptr_array_add (names, i % 2 ? "吴兴区人力资源和社会保障局" : "南浔区人力资源和社会保障局");

  g_print ("Annex 2, %u rows, %u processors\n", N_ROWS, g_get_num_processors ());
  best = run_case ("Chinese prose", round, prose_rows, names, path);
  run_case ("test text (mixed scripts)", round, test_rows, names, path);
  if (threads == NULL)
    {
      g_setenv ("SKS_PRINT_THREADS", "1", TRUE);
      run_case ("Chinese prose, one thread", round, prose_rows, names, path);
      g_unsetenv ("SKS_PRINT_THREADS");
    }
  compare_libreoffice (prose_rows, names, dir, best.total);
  sks_test_remove_tree (dir);
  return 0;
}
