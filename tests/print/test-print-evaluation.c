/* test-print-evaluation.c — the Hangzhou evaluation tables (附件1, 附件2)
 * as PDF files, filled in and blank, read back with poppler's tools
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "print-test-util.h"
#include "sks-policy.h"
#include "sks-print-annex.h"
#include "sks-print-evaluation.h"
#include "sks-print-xlsx.h"
#include "sks-sample.h"
#include "sks-test-util.h"

#define MM(v) ((v) * 72.0 / 25.4)
/* The form's left margin and column widths (data/forms/hz-evaluation-*.json). */
#define LEFT_MM 28.0
static const double column_mm[] = { 20, 44, 46, 16, 15, 15 };

typedef struct {
  char      *dir;
  SksPolicy *policy;
  SksRound  *round;
  SksStudio *studio;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->policy = sks_policy_new_from_resource ("hangzhou-2023", &error);
  g_assert_no_error (error);
  f->round = sks_policy_create_round (f->policy, NULL);
  f->studio = sks_test_make_full_studio (5, 2);
  g_object_set (f->studio, "name", "汪美琴茶叶加工工技能大师工作室", NULL);
  g_object_set (sks_studio_get_unit (f->studio), "name", "杭州梅坞茗韵茶业有限公司", NULL);
  g_object_set (sks_studio_get_master (f->studio), "name", "汪美琴", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
  g_clear_object (&f->policy);
  g_clear_object (&f->round);
  g_clear_object (&f->studio);
}

/* Scores that are unique on the page: self = points − 0.05 (i + 1),
 * assessor = that − 0.01, so each can be found and placed. */
static gint64
self_score (const SksRubricItem *item,
            guint                i)
{
  return item->points - 5 * (gint64) (i + 1);
}

static SksEvaluation *
make_evaluation (SksRubric *rubric)
{
  SksEvaluation *evaluation = sks_evaluation_new (1, sks_rubric_get_kind (rubric), 2025);

  g_object_set (evaluation, "assessment-date", "2026-01-15", "assessors", "周建华、沈丽",
                "grade", SKS_EVALUATION_GRADE_QUALIFIED, NULL);
  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);

      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_SELF, self_score (item, i));
      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_ASSESSOR, self_score (item, i) - 1);
    }
  return evaluation;
}

static char *
write_pdf (Fixture     *f,
           SksPrintDoc *doc,
           const char  *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_nonnull (doc);
  g_assert_true (sks_print_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  return path;
}

/* pdftotext -raw: the text in the order it is drawn, row by row and
 * cell by cell (the default mode reads the columns apart). @page 0: all. */
static char *
raw_text (const char *pdf,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *all[] = { "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  const char *one[] = { "-raw", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL };

  return pt_run_tool ("pdftotext", page == 0 ? all : one);
}

static void
assert_fonts_embedded (const char *pdf)
{
  const char *args[] = { pdf, NULL };
  g_autofree char *out = pt_run_tool ("pdffonts", args);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  g_assert_nonnull (strstr (out, "NotoSerifCJKsc"));
  g_assert_null (strstr (out, "CJKjp"));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) split = NULL;
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      split = g_strsplit_set (lines[i], " ", -1);
      for (guint j = 0; split[j] != NULL; j++)
        if (*split[j] != '\0')
          g_ptr_array_add (fields, split[j]);
      g_assert_cmpuint (fields->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);
}

static void
assert_a4 (const char *pdf)
{
  double width, height;

  pt_pdf_page_size (pdf, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
}

static double
column_left (guint column)
{
  double x = LEFT_MM;

  for (guint i = 0; i < column; i++)
    x += column_mm[i];
  return MM (x);
}

/* The word @text on any page: it must be there exactly once. */
static const PtWord *
find_word (GPtrArray  *pages,
           const char *text,
           guint      *page_out)
{
  const PtWord *found = NULL;

  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *words = g_ptr_array_index (pages, p);

      for (guint i = 0; i < words->len; i++)
        {
          const PtWord *word = g_ptr_array_index (words, i);

          if (g_str_equal (word->text, text))
            {
              if (found != NULL)
                g_error ("“%s” is printed more than once", text);
              found = word;
              *page_out = p;
            }
        }
    }
  if (found == NULL)
    g_error ("“%s” is not printed", text);
  return found;
}

static void
assert_in_column (const PtWord *word,
                  guint         column)
{
  g_assert_cmpfloat (word->x_min, >=, column_left (column));
  g_assert_cmpfloat (word->x_max, <=, column_left (column + 1));
}

/* Every item, its guidance, points and both scores, in the table's order;
 * every score in its column and on the level of the item's points. */
static void
assert_filled (Fixture    *f,
               SksRubric  *rubric,
               const char *pdf)
{
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pages = pt_pdf_words (pdf);
  g_autofree char *text = raw_text (pdf, 0);

  g_ptr_array_add (tokens, g_strdup (sks_rubric_get_annex (rubric)));
  g_ptr_array_add (tokens, g_strdup (sks_rubric_get_title (rubric)));
  g_ptr_array_add (tokens, g_strdup ("工作室名称：汪美琴茶叶加工工技能大师工作室"));
  g_ptr_array_add (tokens, g_strdup ("依托单位：杭州梅坞茗韵茶业有限公司"));
  g_ptr_array_add (tokens, g_strdup ("领衔人：汪美琴"));
  g_ptr_array_add (tokens, g_strdup ("2026年1月15日"));
  g_ptr_array_add (tokens, g_strdup ("考核项目考核内容评分标准分值自评分考核分"));
  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);
      g_autofree char *self = sks_score_format (self_score (item, i));
      g_autofree char *assessor = sks_score_format (self_score (item, i) - 1);
      const PtWord *self_word, *assessor_word;
      guint self_page = 0, assessor_page = 0;

      g_ptr_array_add (tokens, g_strdup (item->content));
      g_ptr_array_add (tokens, g_strdup (item->guidance));
      g_ptr_array_add (tokens, sks_score_format (item->points));
      g_ptr_array_add (tokens, g_strdup (self));
      g_ptr_array_add (tokens, g_strdup (assessor));

      self_word = find_word (pages, self, &self_page);
      assessor_word = find_word (pages, assessor, &assessor_page);
      assert_in_column (self_word, 4);
      assert_in_column (assessor_word, 5);
      g_assert_cmpuint (self_page, ==, assessor_page);
      g_assert_cmpfloat_with_epsilon (self_word->y_min, assessor_word->y_min, 0.5);
    }
  g_ptr_array_add (tokens, g_strdup (sks_rubric_get_veto (rubric)));
  g_ptr_array_add (tokens, g_strdup ("合计100+10"));
  /* 15 items: 100 − 0.05 × (1 + … + 15) = 94; bonus 10 − 0.05 × (16 + 17 + 18) = 7.45;
   * the assessors gave 0.01 less on each item. */
  g_ptr_array_add (tokens, g_strdup ("94+7.45"));
  g_ptr_array_add (tokens, g_strdup ("93.85+7.42"));
  g_ptr_array_add (tokens, g_strdup ("考核结果□优秀☑合格□不合格"));
  g_ptr_array_add (tokens, g_strdup ("考核组成员（签名）：周建华、沈丽"));
  g_ptr_array_add (tokens, NULL);
  pt_assert_in_order (text, (const char * const *) tokens->pdata);
}

static void
test_annual_filled (Fixture       *f,
                    gconstpointer  data)
{
  SksRubric *rubric = sks_policy_get_rubric (f->policy, SKS_EVALUATION_KIND_ANNUAL);
  g_autoptr(SksEvaluation) evaluation = make_evaluation (rubric);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_evaluation_doc_new (rubric, f->round, f->studio,
                                                            evaluation, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *page2 = NULL;

  g_assert_no_error (error);
  pdf = write_pdf (f, doc, "annual.pdf");
  assert_filled (f, rubric, pdf);
  assert_fonts_embedded (pdf);
  assert_a4 (pdf);
  g_assert_cmpstr (doc->title, ==, "杭州市技能大师工作室年度考核评估表");
  /* Two pages, the header row repeated on the second as in the notice. */
  g_assert_cmpuint (pt_pdf_n_pages (pdf), ==, 2);
  page2 = raw_text (pdf, 2);
  {
    const char *const header[] = { "考核项目考核内容评分标准分值自评分考核分", NULL };
    pt_assert_in_order (page2, header);
  }
}

static void
test_expiry_filled (Fixture       *f,
                    gconstpointer  data)
{
  SksRubric *rubric = sks_policy_get_rubric (f->policy, SKS_EVALUATION_KIND_EXPIRY);
  g_autoptr(SksEvaluation) evaluation = make_evaluation (rubric);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_evaluation_doc_new (rubric, f->round, f->studio,
                                                            evaluation, &error);
  g_autofree char *pdf = NULL;

  g_assert_no_error (error);
  pdf = write_pdf (f, doc, "expiry.pdf");
  assert_filled (f, rubric, pdf);
  assert_fonts_embedded (pdf);
  assert_a4 (pdf);
}

/* Without an evaluation: every item and its points, the date left to
 * write by hand, and nothing in the score columns but their headings. */
static void
test_blank (Fixture       *f,
            gconstpointer  data)
{
  SksRubric *rubric = sks_policy_get_rubric (f->policy, SKS_EVALUATION_KIND_EXPIRY);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_evaluation_doc_new (rubric, f->round, f->studio, NULL,
                                                            &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) tokens = g_ptr_array_new ();
  guint in_score_columns = 0;

  g_assert_no_error (error);
  pdf = write_pdf (f, doc, "blank.pdf");
  text = raw_text (pdf, 0);
  g_ptr_array_add (tokens, "杭州市技能大师工作室期满考核评估表");
  g_ptr_array_add (tokens, "工作室名称：汪美琴茶叶加工工技能大师工作室");
  g_ptr_array_add (tokens, "年月日");
  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    g_ptr_array_add (tokens, (gpointer) sks_rubric_get_item (rubric, i)->content);
  g_ptr_array_add (tokens, "合计100+10");
  g_ptr_array_add (tokens, "考核结果□优秀□合格□不合格");
  g_ptr_array_add (tokens, NULL);
  pt_assert_in_order (text, (const char * const *) tokens->pdata);
  g_assert_null (strstr (text, "☑"));

  pages = pt_pdf_words (pdf);
  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *words = g_ptr_array_index (pages, p);

      for (guint i = 0; i < words->len; i++)
        {
          const PtWord *word = g_ptr_array_index (words, i);

          /* Scores are numbers; the page number sits in the bottom margin. */
          if (word->x_min >= column_left (4) && word->x_max <= column_left (6) &&
              word->y_max < MM (297 - 25) && strspn (word->text, "0123456789.") == strlen (word->text))
            {
              g_test_message ("in a score column: %s", word->text);
              in_score_columns++;
            }
        }
    }
  g_assert_cmpuint (in_score_columns, ==, 0);
  assert_fonts_embedded (pdf);
}

/* From a document: the sample's evaluations, by the CLI too; a blank
 * table for a studio; errors name what is missing. */
static void
test_from_store_and_cli (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "sample.skillstudio", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "store.pdf", NULL);
  g_autofree char *cli_pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (db, SKS_STORE_OPEN_CREATE, &error);
  g_autoptr(GListModel) evaluations = NULL;
  g_autoptr(SksEvaluation) first = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *cli = g_getenv ("SKS_CLI");
  int status = -1;
  gint64 studio_id = 0;

  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (store, 0, &error));
  g_assert_no_error (error);
  /* The first approved Hangzhou studio of the demo has an evaluation. */
  for (gint64 i = 1; i <= 60 && first == NULL; i++)
    {
      g_autoptr(GListModel) list = sks_store_list_evaluations (store, i, &error);

      g_assert_no_error (error);
      if (g_list_model_get_n_items (list) > 0)
        {
          first = g_list_model_get_item (list, 0);
          studio_id = i;
        }
    }
  g_assert_nonnull (first);
  studio = sks_store_load_studio (store, studio_id, &error);
  g_assert_no_error (error);

  g_assert_true (sks_print_export_evaluation_pdf (store, sks_evaluation_get_id (first), pdf,
                                                  &error));
  g_assert_no_error (error);
  text = raw_text (pdf, 0);
  {
    g_autofree char *name = g_strconcat ("工作室名称：", sks_studio_get_name (studio), NULL);
    const char *const tokens[] = { "杭州市技能大师工作室年度考核评估表", name, "2025年1月20日",
                                   "考核组成员（签名）：周建华、沈丽、何平", NULL };
    pt_assert_in_order (text, tokens);
  }

  g_assert_false (sks_print_export_evaluation_pdf (store, 424242, pdf, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A Huzhou studio: its profile has no scoring tables. */
  g_assert_false (sks_print_export_blank_evaluation_pdf (store, 1, SKS_EVALUATION_KIND_ANNUAL,
                                                         pdf, &error));
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&store);

  g_assert_nonnull (cli);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, sks_evaluation_get_id (first));
  {
    const char *argv[] = { cli, "print", "evaluation", "--db", db, "--evaluation", id,
                           "-o", cli_pdf, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_clear_pointer (&text, g_free);
  text = raw_text (cli_pdf, 0);
  {
    const char *const tokens[] = { "杭州市技能大师工作室年度考核评估表", "☑", NULL };
    pt_assert_in_order (text, tokens);
  }
  g_clear_pointer (&id, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, studio_id);
  {
    const char *argv[] = { cli, "print", "evaluation", "--db", db, "--studio", id,
                           "--kind", "expiry", "-o", cli_pdf, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_clear_pointer (&text, g_free);
  text = raw_text (cli_pdf, 0);
  {
    const char *const tokens[] = { "杭州市技能大师工作室期满考核评估表", "考核结果□优秀□合格□不合格",
                                   NULL };
    pt_assert_in_order (text, tokens);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* Called wrongly: exit status 2 and a message. */
  {
    const char *argv[] = { cli, "print", "evaluation", "--db", db, "--studio", id,
                           "--kind", "monthly", "-o", cli_pdf, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (err, "monthly"));
  }
}

/* A table whose scores could not have been given is not printed: the
 * notice's sums would come out above 100 + 10. */
typedef struct {
  const char        *item;
  SksScoreSide       side;
  gint64             score;
  const char        *message;
} ImpossibleCase;

static const ImpossibleCase impossible_cases[] = {
  { "1", SKS_SCORE_SELF, 600, "Item 1, Self score: must not be more than the item’s 5 points" },
  { "b1", SKS_SCORE_ASSESSOR, 800,
    "Item 16, Assessor score: must not be more than the item’s 5 points" },
  { "3", SKS_SCORE_ASSESSOR, -100, "Item 3, Assessor score: must not be negative" },
  { "99", SKS_SCORE_SELF, 100, "not an item" },
};

static void
test_impossible (Fixture       *f,
                 gconstpointer  data)
{
  const ImpossibleCase *c = data;
  SksRubric *rubric = sks_policy_get_rubric (f->policy, SKS_EVALUATION_KIND_ANNUAL);
  g_autoptr(SksEvaluation) evaluation = make_evaluation (rubric);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;

  sks_evaluation_set_score (evaluation, c->item, c->side, c->score);
  doc = sks_print_evaluation_doc_new (rubric, f->round, f->studio, evaluation, &error);
  g_assert_null (doc);
  g_assert_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_SCORES);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "杭州市技能大师工作室年度考核评估表"));
  g_assert_nonnull (strstr (error->message, c->message));
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* PDFs and workbooks are readable only by their owner, also under umask
 * 000 and when they replace a file others could read. */
static void
test_private_files (Fixture       *f,
                    gconstpointer  data)
{
  SksRubric *rubric = sks_policy_get_rubric (f->policy, SKS_EVALUATION_KIND_ANNUAL);
  g_autoptr(SksEvaluation) evaluation = make_evaluation (rubric);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_evaluation_doc_new (rubric, f->round, f->studio,
                                                            evaluation, &error);
  g_autofree char *pdf = g_build_filename (f->dir, "form.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "form.xlsx", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  mode_t saved = umask (0);

  g_assert_no_error (error);
  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_true (sks_print_write_pdf (doc, pdf, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (file_mode (pdf), ==, 0600);
      g_assert_true (sks_print_doc_write_xlsx (doc, xlsx, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (file_mode (xlsx), ==, 0600);
      /* The second pass replaces files that everybody could read. */
      g_assert_cmpint (g_chmod (pdf, 0666), ==, 0);
      g_assert_cmpint (g_chmod (xlsx, 0666), ==, 0);
    }
  umask (saved);
  /* No partial file is left beside them. */
  dir = g_dir_open (f->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, "form.pdf") || g_str_equal (name, "form.xlsx"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/print/evaluation/annual-filled", test_annual_filled);
  ADD ("/print/evaluation/expiry-filled", test_expiry_filled);
  ADD ("/print/evaluation/blank", test_blank);
  ADD ("/print/evaluation/from-store-and-cli", test_from_store_and_cli);
  ADD ("/print/evaluation/private-files", test_private_files);
#undef ADD
  g_test_add ("/print/evaluation/impossible/item", Fixture, &impossible_cases[0],
              fixture_set_up, test_impossible, fixture_tear_down);
  g_test_add ("/print/evaluation/impossible/bonus", Fixture, &impossible_cases[1],
              fixture_set_up, test_impossible, fixture_tear_down);
  g_test_add ("/print/evaluation/impossible/negative", Fixture, &impossible_cases[2],
              fixture_set_up, test_impossible, fixture_tear_down);
  g_test_add ("/print/evaluation/impossible/unknown-item", Fixture, &impossible_cases[3],
              fixture_set_up, test_impossible, fixture_tear_down);

  return g_test_run ();
}
