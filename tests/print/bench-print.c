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
 * The same rows are exported to an Excel workbook; when LibreOffice is
 * installed, it converts that workbook to PDF for comparison.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/resource.h>

#include "sks-print-annex.h"
#include "sks-print-layout.h"
#include "sks-print-xlsx.h"
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
  double layout;     /* with @streaming, layout and PDF together */
  double pdf;
  double total;
  double cpu;        /* processor time of all threads, which load does not inflate */
  guint  pages;
  goffset size;
} Figures;

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static int
compare_total (gconstpointer a,
               gconstpointer b)
{
  const Figures *fa = a, *fb = b;

  return fa->total < fb->total ? -1 : fa->total > fb->total;
}

/* With @streaming, pages are written while later rows are measured
 * (sks_print_layout_new_to_pdf(), what the CLI and the GUI's export use);
 * otherwise the whole document is laid out first, then written. */
static Figures
run_once (SksRound   *round,
          GPtrArray  *studios,
          GPtrArray  *names,
          const char *path,
          gboolean    streaming)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(SksPrintLayout) layout = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  PangoContext *context;
  Figures f = { 0 };
  gint64 t0, t1, t2, t3;
  double cpu0 = cpu_seconds ();

  t0 = g_get_monotonic_time ();
  doc = sks_print_annex2_doc_new (round, NULL, studios, names, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  context = sks_print_context_new ();
  if (streaming)
    layout = sks_print_layout_new_to_pdf (doc, context, path, &error);
  else
    layout = sks_print_layout_new (doc, context, &error);
  g_object_unref (context);
  g_assert_no_error (error);
  t2 = g_get_monotonic_time ();
  if (!streaming)
    g_assert_true (sks_print_layout_write_pdf (layout, path, &error));
  g_assert_no_error (error);
  t3 = g_get_monotonic_time ();
  f.cpu = cpu_seconds () - cpu0;

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
          const char *path,
          gboolean    streaming)
{
  Figures runs[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      runs[i] = run_once (round, studios, names, path, streaming);
      if (streaming)
        g_print ("  %-34s run %u: %.3f s (description %.3f, layout and PDF %.3f; CPU %.3f s)\n",
                 label, i + 1, runs[i].total, runs[i].doc, runs[i].layout, runs[i].cpu);
      else
        g_print ("  %-34s run %u: %.3f s (description %.3f, layout %.3f, PDF %.3f; CPU %.3f s)\n",
                 label, i + 1, runs[i].total, runs[i].doc, runs[i].layout, runs[i].pdf,
                 runs[i].cpu);
    }
  qsort (runs, N_RUNS, sizeof (Figures), compare_total);
  g_print ("%-36s median %.3f s: %u pages, %.0f pages/s, %.1f MB, CPU %.3f s\n", label,
           runs[N_RUNS / 2].total, runs[N_RUNS / 2].pages,
           runs[N_RUNS / 2].pages / runs[N_RUNS / 2].total, runs[N_RUNS / 2].size / 1e6,
           runs[N_RUNS / 2].cpu);
  return runs[N_RUNS / 2];
}

/* Writing pages while measuring later rows changes nothing in the file. */
static void
assert_same_file (const char *a,
                  const char *b)
{
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  gsize len_a, len_b;

  g_assert_true (g_file_get_contents (a, &bytes_a, &len_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &len_b, NULL));
  g_assert_cmpmem (bytes_a, len_a, bytes_b, len_b);
  g_print ("%-36s the same PDF, byte for byte\n", "Layout then PDF, and at once");
}

static double
median_of_3 (const double *t)
{
  return MAX (MIN (t[0], t[1]), MIN (MAX (t[0], t[1]), t[2]));
}

/* The same rows as our Excel export, converted by LibreOffice, the way a
 * unit would print a spreadsheet. */
static void
compare_libreoffice (SksRound   *round,
                     GPtrArray  *studios,
                     GPtrArray  *names,
                     const char *dir,
                     double      ours)
{
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *xlsx = g_build_filename (dir, "annex2.xlsx", NULL);
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx, NULL };
  double times[N_RUNS];
  gint64 t0;
  int status;

  t0 = g_get_monotonic_time ();
  doc = sks_print_annex2_doc_new (round, NULL, studios, names, &error);
  g_assert_no_error (error);
  g_assert_true (sks_print_doc_write_xlsx (doc, xlsx, &error));
  g_assert_no_error (error);
  g_print ("%-36s %.3f s (Excel export of the same rows)\n", "Excel workbook",
           (g_get_monotonic_time () - t0) / 1e6);

  if (office == NULL)
    office = g_find_program_in_path ("soffice");
  if (office == NULL)
    {
      g_print ("LibreOffice is not installed: no comparison\n");
      return;
    }
  argv[0] = office;
  for (guint i = 0; i < N_RUNS; i++)
    {
      t0 = g_get_monotonic_time ();
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                    | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      times[i] = (g_get_monotonic_time () - t0) / 1e6;
      g_print ("  %-34s run %u: %.3f s\n", "LibreOffice, xlsx to PDF", i + 1, times[i]);
    }
  g_print ("%-36s median %.3f s; Skill Studio is %.1f× faster\n",
           "LibreOffice, same rows from xlsx", median_of_3 (times), median_of_3 (times) / ours);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = sks_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "annex2.pdf", NULL);
  g_autofree char *other = g_build_filename (dir, "other.pdf", NULL);
  g_autoptr(SksRound) round = sks_round_new ("huzhou-2025", "湖州", 2025);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) prose_rows = make_studios (TRUE);
  g_autoptr(GPtrArray) test_rows = make_studios (FALSE);
  g_autofree char *threads = g_strdup (g_getenv ("SKS_PRINT_THREADS"));
  Figures best;

  setlocale (LC_ALL, "");
  g_object_set (round, "issuing-bureau", "湖州市人力资源和社会保障局", NULL);
  for (guint i = 0; i < N_ROWS; i++)
    g_ptr_array_add (names, i % 2 ? "吴兴区人力资源和社会保障局" : "南浔区人力资源和社会保障局");

  g_print ("Annex 2, %u rows, %u processors\n", N_ROWS, g_get_num_processors ());
  best = run_case ("Chinese prose", round, prose_rows, names, path, TRUE);
  run_case ("test text (mixed scripts)", round, test_rows, names, other, TRUE);
  run_case ("Chinese prose, layout then PDF", round, prose_rows, names, other, FALSE);
  assert_same_file (path, other);
  if (threads == NULL)
    {
      g_setenv ("SKS_PRINT_THREADS", "1", TRUE);
      run_case ("Chinese prose, one thread", round, prose_rows, names, path, TRUE);
      g_unsetenv ("SKS_PRINT_THREADS");
    }
  compare_libreoffice (round, prose_rows, names, dir, best.total);
  sks_test_remove_tree (dir);
  return 0;
}
