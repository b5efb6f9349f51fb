/* sks-test-util.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "sks-id-number.h"
#include "sks-test-util.h"

char *
sks_test_make_id_number (const char *area,
                         int         year,
                         int         month,
                         int         day,
                         int         sequence)
{
  char id[19];

  g_snprintf (id, sizeof id, "%.6s%04d%02d%02d%03d", area, year, month, day, sequence);
  id[17] = sks_id_number_check_char (id);
  id[18] = '\0';
  return g_strdup (id);
}

static const char *pieces[] = {
  "技能大师", "湖州", "😀", "\"双引号\"", "'单引号'", "“弯引号”", "O'Brien", "工匠精神",
  "🛠️", "<b>&amp;</b>", "100%", "\\反斜杠", "；", "Ünïcödé", "ĳ", "〇",
};

char *
sks_test_make_text (guint    n_chars,
                    gboolean multiline,
                    guint    seed)
{
  GString *text = g_string_new (NULL);
  guint count = 0;
  guint i = seed;

  while (count < n_chars)
    {
      if (multiline && i % 7 == 3)
        {
          static const char controls[] = { '\n', '\t', '\r', '\x01', '\x1f', '\x0b' };
          g_string_append_c (text, controls[i % G_N_ELEMENTS (controls)]);
          count++;
        }
      else
        {
          const char *piece = pieces[i % G_N_ELEMENTS (pieces)];
          for (const char *p = piece; *p && count < n_chars; p = g_utf8_next_char (p))
            {
              g_string_append_unichar (text, g_utf8_get_char (p));
              count++;
            }
        }
      i++;
    }
  return g_string_free (text, FALSE);
}

static SksTeamMember *
make_member (guint seed)
{
  g_autofree char *specialty = sks_test_make_text (120, TRUE, seed);
  g_autofree char *achievements = sks_test_make_text (800, TRUE, seed + 1);
  g_autofree char *name = g_strdup_printf ("成员%u号", seed);
  g_autofree char *birth = g_strdup_printf ("19%02u-%02u", 80 + seed % 19, 1 + seed % 12);

  return g_object_new (SKS_TYPE_TEAM_MEMBER,
                       "name", name,
                       "gender", seed % 2 ? SKS_GENDER_MALE : SKS_GENDER_FEMALE,
                       "birth", birth,
                       "education", "大学专科",
                       "occupation", "数控车工",
                       "skill-level", "高级工",
                       "specialty", specialty,
                       "achievements", achievements,
                       "employed-by-unit", seed % 3 != 0,
                       NULL);
}

SksStudio *
sks_test_make_full_studio (guint seed,
                           guint n_members)
{
  SksStudio *studio = sks_studio_new ();
  g_autofree char *id_number = sks_test_make_id_number ("330502", 1978, 5, 17, 31 + 2 * (seed % 400));
  g_autofree char *achievements = sks_test_make_text (200, TRUE, seed);
  g_autofree char *introduction = sks_test_make_text (300, TRUE, seed + 2);
  g_autofree char *profile = sks_test_make_text (10000, TRUE, seed + 3);
  g_autofree char *facilities = sks_test_make_text (1500, TRUE, seed + 4);
  g_autofree char *unit_profile = sks_test_make_text (3000, TRUE, seed + 5);
  g_autofree char *honours = sks_test_make_text (2000, TRUE, seed + 6);
  g_autofree char *studio_name = g_strdup_printf ("张“伟”😀数控车工技能大师工作室%u", seed);
  static const char pdf_bytes[] = "%PDF-1.4\n\0binary\xff\xfe";
  g_autoptr(GBytes) pdf = g_bytes_new_static (pdf_bytes, sizeof pdf_bytes - 1);
  g_autoptr(GBytes) image = g_bytes_new_take (g_malloc0 (4096), 4096);
  g_autoptr(SksAttachment) a1 = sks_attachment_new (SKS_ATTACHMENT_ID_COPY, "身份证 复印件.pdf",
                                                    "application/pdf", pdf);
  g_autoptr(SksAttachment) a2 = sks_attachment_new (SKS_ATTACHMENT_SKILL_CERTIFICATE,
                                                    "高级技师证书😀.png", "image/png", image);

  g_object_set (studio,
                "name", studio_name,
                "status", SKS_STATUS_SUBMITTED,
                "location", "湖州市吴兴区“织里镇”工业园区8号楼3层",
                "area", 126.5,
                "facilities", facilities,
                "achievements", achievements,
                "introduction", introduction,
                "team-notes", "团队以'老带新'方式运行\n每周研讨一次",
                "industry-chain", "新能源汽车及关键零部件",
                "prior-level", SKS_PRIOR_LEVEL_DISTRICT,
                "application-date", "2025-03-10",
                "received-date", "2025-03-14",
                "approved-date", "2025-06-30",
                "unit-opinion", "同意申报。\n（盖章）",
                "recommender-opinion", "经审核，情况属实，同意推荐。",
                "honorary", FALSE,
                "former-national-studio", TRUE,
                "age-justification", "领办人为“浙江工匠”，年龄略超一般要求，特此说明。",
                NULL);
  {
    static const char *items[] = { "conduct", "project", "training", "support-site",
                                   "support-equipment", "support-funding", "support-rules" };
    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      {
        g_autofree char *state = g_strconcat (items[i], "-check", NULL);
        g_autofree char *by = g_strconcat (items[i], "-checked-by", NULL);
        g_autofree char *on = g_strconcat (items[i], "-checked-on", NULL);
        g_autofree char *note = g_strconcat (items[i], "-check-note", NULL);

        g_object_set (studio, state, i % 3 == 2 ? SKS_CHECK_NOT_MET : SKS_CHECK_CONFIRMED,
                      by, "王珏", on, "2025-03-18", note, "现场查看，“属实”😀", NULL);
      }
  }
  g_object_set (sks_studio_get_unit (studio),
                "name", "湖州\"精工\"机械有限公司",
                "legal-representative", "沈国强",
                "kind", SKS_UNIT_KIND_ENTERPRISE,
                "fiscal-affiliation", SKS_FISCAL_DISTRICT,
                "contact-name", "陆晓燕",
                "contact-position", "人力资源部经理",
                "email", "hr.jinggong@example.com",
                "mobile", "13857201234",
                "office-phone", "0572-2398708",
                "fax", "0572-2398709",
                "address", "浙江省湖州市吴兴区织里镇工业大道88号",
                "postcode", "313008",
                "profile", unit_profile,
                "innovation-studio", TRUE,
                "self-assessment", TRUE,
                NULL);
  g_object_set (sks_studio_get_master (studio),
                "name", "张伟",
                "gender", SKS_GENDER_MALE,
                "ethnicity", "汉族",
                "birth", "1978-05",
                "political-status", "中共党员",
                "position", "车间主任",
                "id-number", id_number,
                "mobile", "13905721234",
                "occupation", "数控车工",
                "skill-level", "高级技师",
                "occupation-top-level", TRUE,
                "honours", honours,
                "unique-skills", "0.002毫米精度手工研磨",
                "full-time-years", (gint64) 21,
                "frontline", TRUE,
                "retirement-category", SKS_RETIREMENT_MALE_60,
                "retired", FALSE,
                "rehired", FALSE,
                "profile", profile,
                "provincial-honour", TRUE,
                "state-council-allowance", FALSE,
                "china-skill-award", TRUE,
                "qianjiang-skill-award", TRUE,
                NULL);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(SksTeamMember) member = make_member (seed * 10 + i);
      sks_studio_add_team_member (studio, member);
    }
  sks_studio_add_attachment (studio, a1);
  sks_studio_add_attachment (studio, a2);
  return studio;
}

char *
sks_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("skill-studio-test-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

void
sks_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        sks_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
sks_test_median (double *values,
                 guint   n)
{
  g_return_val_if_fail (n > 0, 0.0);

  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The CLI under test */

void
sks_test_assert_no_personal_data (const char *text)
{
  g_autoptr(GRegex) id_number = g_regex_new ("[0-9]{17}[0-9X]", 0, 0, NULL);
  g_autoptr(GRegex) mobile = g_regex_new ("(^|[^0-9])1[3-9][0-9]{9}([^0-9]|$)", 0, 0, NULL);

  g_assert_false (g_regex_match (id_number, text, 0, NULL));
  g_assert_false (g_regex_match (mobile, text, 0, NULL));
}

guint
sks_test_count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

void
sks_test_run_cli_argv (const char         *dir,
                       const char         *sks_user,
                       gboolean            personal_output,
                       int                *status,
                       char              **out,
                       char              **err,
                       const char *const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;

  env = g_environ_setenv (env, "G_MESSAGES_DEBUG", "all", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "SKS_USER");
  if (sks_user != NULL)
    env = g_environ_setenv (env, "SKS_USER", sks_user, TRUE);
  g_ptr_array_add (argv, (char *) g_getenv ("SKS_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, status,
                &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (*status));
  *status = WEXITSTATUS (*status);
  g_test_message ("%s: exit %d\n%s%s", args[0] ? args[0] : "", *status,
                  personal_output ? "" : *out, *err);
  sks_test_assert_no_personal_data (*err);
  if (!personal_output)
    sks_test_assert_no_personal_data (*out);
}

void
sks_test_run_cli_va (const char   *dir,
                     const char   *sks_user,
                     gboolean      personal_output,
                     int          *status,
                     char        **out,
                     char        **err,
                     const char   *first,
                     va_list       args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);
  sks_test_run_cli_argv (dir, sks_user, personal_output, status, out, err,
                         (const char *const *) argv->pdata);
}

void
sks_test_cli_set_up (SksTestCli    *cli,
                     gconstpointer  data)
{
  cli->dir = sks_test_make_tmpdir ();
  cli->doc = g_build_filename (cli->dir, "doc.skillstudio", NULL);
}

void
sks_test_cli_tear_down (SksTestCli    *cli,
                        gconstpointer  data)
{
  sks_test_remove_tree (cli->dir);
  g_free (cli->dir);
  g_free (cli->doc);
  g_free (cli->sks_user);
  g_free (cli->out);
  g_free (cli->err);
}

/* A document made once for the whole program, copied for each test */
void
sks_test_cli_copy_doc (SksTestCli *cli,
                       const char *from)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (cli->doc);

  g_assert_true (g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

void
sks_test_cli_run_argv (SksTestCli        *cli,
                       const char *const *args)
{
  sks_test_run_cli_argv (cli->dir, cli->sks_user, FALSE, &cli->status, &cli->out, &cli->err,
                         args);
}

void
sks_test_cli_run (SksTestCli *cli,
                  const char *first,
                  ...)
{
  va_list args;

  va_start (args, first);
  sks_test_run_cli_va (cli->dir, cli->sks_user, FALSE, &cli->status, &cli->out, &cli->err,
                       first, args);
  va_end (args);
}
