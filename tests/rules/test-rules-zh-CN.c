/* test-rules-zh-CN.c — the verdicts and messages of the rules are
 * translated into Chinese
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "sks-funding.h"
#include "sks-i18n.h"
#include "test-rules-common.h"

/* Applications that between them reach most explanations of every rule. */
static GListStore *
make_studios (void)
{
  GListStore *studios = g_list_store_new (SKS_TYPE_STUDIO);
  g_autoptr(SksStudio) good = make_good_studio (1980, 5, 1, 1);
  g_autoptr(SksStudio) poor = make_good_studio (1974, 11, 15, 2);
  g_autoptr(SksStudio) honorary = make_good_studio (1960, 2, 29, 3);
  g_autoptr(SksStudio) twin = make_good_studio (1980, 5, 1, 1);
  SksMaster *master = sks_studio_get_master (poor);

  sks_studio_set_recommender_id (good, 1);
  g_object_set (good, "industry-chain", "半导体及光电", NULL);
  g_list_store_append (studios, good);

  /* a duplicate of the good one, recommended by the same unit */
  sks_studio_set_recommender_id (twin, 1);
  g_object_set (twin, "industry-chain", "绿色能源", NULL);
  g_list_store_append (studios, twin);

  sks_studio_set_recommender_id (poor, 1);
  g_object_set (master, "id-number", NULL, "birth", "1974-11", "skill-level", "高级工",
                "full-time-years", (gint64) 0, "frontline", FALSE, NULL);
  g_object_set (poor, "name", "张伟车工技能大师工作室", "received-date", "2025-03-20",
                "prior-level", SKS_PRIOR_LEVEL_ENTERPRISE, "industry-chain", "丝绸", NULL);
  g_object_set (sks_studio_get_unit (poor), "kind", SKS_UNIT_KIND_PUBLIC_INSTITUTION, NULL);
  sks_studio_set_check (poor, SKS_CHECK_ITEM_CONDUCT, SKS_CHECK_NOT_MET, "李四", "2025-03-19",
                        "备注");
  sks_studio_set_check (poor, SKS_CHECK_ITEM_PROJECT, SKS_CHECK_UNCHECKED, NULL, NULL, NULL);
  sks_studio_set_check (poor, SKS_CHECK_ITEM_SUPPORT_SITE, SKS_CHECK_CONFIRMED, NULL, NULL, NULL);
  sks_studio_remove_team_member (poor, 0);
  g_list_store_append (studios, poor);

  sks_studio_set_recommender_id (honorary, 2);
  g_object_set (honorary, "honorary", TRUE, "former-national-studio", TRUE, "name", NULL,
                "application-date", "2025-03-10", NULL);
  g_object_set (sks_studio_get_master (honorary), "retired", TRUE, "rehired", TRUE,
                "state-council-allowance", TRUE, "unique-skills", NULL, NULL);
  g_object_set (sks_studio_get_unit (honorary), "innovation-studio", TRUE, "kind",
                SKS_UNIT_KIND_UNSET, NULL);
  g_list_store_append (studios, honorary);
  return studios;
}

static GListStore *
make_recommenders (SksPolicy *policy)
{
  GListStore *list = g_list_store_new (SKS_TYPE_RECOMMENDER);
  g_autoptr(SksRecommender) first = sks_recommender_new ("南太湖新区", SKS_RECOMMENDER_ZONE, 6);
  g_autoptr(SksRecommender) second = sks_recommender_new ("市直有关单位",
                                                          SKS_RECOMMENDER_CITY_DEPARTMENT, 0);

  sks_recommender_set_id (first, 1);
  sks_recommender_set_id (second, 2);
  g_list_store_append (list, first);
  g_list_store_append (list, second);
  return list;
}

/* Every explanation of both profiles, and the status labels, in order. */
static GPtrArray *
collect (void)
{
  static const char *const ids[] = { "huzhou-2025", "hangzhou-2023" };
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < G_N_ELEMENTS (ids); p++)
    {
      g_autoptr(SksPolicy) policy = load_policy (ids[p]);
      g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
      g_autoptr(GListStore) studios = make_studios ();
      g_autoptr(GListStore) recommenders = make_recommenders (policy);
      g_autoptr(SksRoundReport) report =
        sks_rule_engine_check_round (engine, G_LIST_MODEL (studios), G_LIST_MODEL (recommenders),
                                     NULL);
      GListModel *all = sks_round_report_get_verdicts (report);
      g_autoptr(GPtrArray) grants = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                         SKS_UNIT_KIND_ENTERPRISE,
                                                         SKS_FISCAL_DISTRICT);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(SksVerdict) verdict = g_list_model_get_item (all, i);
          g_ptr_array_add (texts, g_strdup_printf ("%s %s", sks_verdict_get_rule_id (verdict),
                                                   sks_verdict_get_explanation (verdict)));
        }
      for (guint i = 0; i < grants->len; i++)
        g_ptr_array_add (texts, g_strdup_printf ("funding %s",
                                                 ((SksGrant *) grants->pdata[i])->explanation));
    }
  for (int s = SKS_VERDICT_NOT_APPLICABLE; s <= SKS_VERDICT_FAIL; s++)
    g_ptr_array_add (texts, g_strdup_printf ("status %s", sks_verdict_status_get_label (s)));
  return texts;
}

/* English left in a translation: a run of four or more ASCII letters. */
static gboolean
has_english (const char *text)
{
  int run = 0;

  for (const char *p = text; *p; p++)
    {
      run = g_ascii_isalpha (*p) ? run + 1 : 0;
      if (run >= 4)
        return TRUE;
    }
  return FALSE;
}

static void
test_translated (void)
{
  g_autoptr(GPtrArray) english = NULL;
  g_autoptr(GPtrArray) chinese = NULL;

  english = collect ();
  g_assert_cmpuint (english->len, >, 50);

  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("The zh_CN.UTF-8 locale is not installed");
      return;
    }
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  if (g_str_equal (_("Needs manual confirmation"), "Needs manual confirmation"))
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_test_skip ("po/zh_CN.po has no translations of the rules yet");
      return;
    }

  chinese = collect ();
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");

  g_assert_cmpuint (chinese->len, ==, english->len);
  for (guint i = 0; i < english->len; i++)
    {
      const char *en = g_ptr_array_index (english, i);
      const char *zh = g_ptr_array_index (chinese, i);
      const char *zh_text = strchr (zh, ' ') + 1;

      g_test_message ("%s\n  %s", en, zh);
      if (g_str_equal (en, zh) || has_english (zh_text))
        g_error ("Not translated: %s", zh);
    }
}

/* A refused profile's message is translated too (the file and place stay). */
static void
test_policy_error (void)
{
  static const char text[] = "{ \"format\": \"skill-studio-policy\", \"version\": 9 }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) english = NULL;
  g_autoptr(GError) chinese = NULL;
  g_autoptr(SksPolicy) policy = NULL;

  policy = sks_policy_new_from_bytes (bytes, "x.json", NULL, &english);
  g_assert_null (policy);
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("The zh_CN.UTF-8 locale is not installed");
      return;
    }
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  if (g_str_equal (_("Needs manual confirmation"), "Needs manual confirmation"))
    {
      setlocale (LC_ALL, "C.UTF-8");
      g_test_skip ("po/zh_CN.po has no translations of the rules yet");
      return;
    }
  policy = sks_policy_new_from_bytes (bytes, "x.json", NULL, &chinese);
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");

  g_assert_null (policy);
  g_test_message ("%s\n%s", english->message, chinese->message);
  g_assert_true (g_str_has_prefix (chinese->message, "x.json"));
  g_assert_cmpstr (english->message, !=, chinese->message);
}

int
main (int   argc,
      char *argv[])
{
  /* GLib decides once, at the first lookup, whether to translate at all,
   * and decides against it in C.UTF-8 (g_dgettext()); so the first lookup
   * is made in Chinese, then the tests switch back and forth. */
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  sks_i18n_init ();
  (void) _("Needs manual confirmation");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules-zh-CN/explanations", test_translated);
  g_test_add_func ("/rules-zh-CN/policy-error", test_policy_error);

  return g_test_run ();
}
