/* sks-test-scores.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-policy.h"
#include "sks-store-panel.h"
#include "sks-test-scores.h"
#include "sks-unit.h"

int
sks_test_score_total (guint reviewer,
                      guint column)
{
  switch (reviewer)
    {
    case 0:
      return 80 + (int) column;
    case 1:
      return 70 + 2 * (int) column;
    default:
      return 90 - (int) column;
    }
}

static SksPanelMember *
add_member (SksStore   *store,
            SksPanel   *panel,
            const char *name,
            const char *work_unit)
{
  g_autoptr(SksPanelMember) member = sks_panel_member_new ();
  g_autoptr(GError) error = NULL;

  sks_panel_member_set_panel_id (member, sks_panel_get_id (panel));
  sks_panel_member_set_name (member, name);
  sks_panel_member_set_work_unit (member, work_unit);
  sks_panel_member_set_title (member, "高级工程师");
  g_assert_true (sks_store_add_panel_member (store, member, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&member);
}

static GListModel *
ensure_sheet (SksStore *store,
              gint64    round_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(GPtrArray) defaults = NULL;
  GListModel *sheet;

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == round_id)
        policy = sks_policy_lookup (sks_round_get_policy_id (round), &error);
    }
  g_assert_no_error (error);
  g_assert_nonnull (policy);
  defaults = sks_policy_create_score_sheet (policy);
  sheet = sks_store_ensure_score_sheet (store, round_id, defaults, &error);
  g_assert_no_error (error);
  return sheet;
}

static gboolean
is_candidate (GArray *candidates,
              gint64  id)
{
  for (guint i = 0; i < candidates->len; i++)
    if (g_array_index (candidates, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Every criterion of the sheet, in proportion to its maximum; the last
 * takes what rounding left so that they sum to @total points. */
static void
score_all (SksStore       *store,
           GListModel     *sheet,
           SksPanelMember *member,
           gint64          studio_id,
           int             total)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SksScoreEntry));
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (sheet);
  gint64 left = (gint64) total * 100;

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (sheet, c);
      gint64 max = sks_score_criterion_get_max_points (criterion);
      SksScoreEntry entry = { sks_panel_member_get_id (member), studio_id,
                              sks_score_criterion_get_id (criterion),
                              c + 1 < n ? (gint64) total * max / 100 : left };

      g_assert_cmpint (entry.points, <=, max);
      left -= entry.points;
      g_array_append_val (entries, entry);
    }
  g_assert_true (sks_store_set_scores (store, entries, NULL, &error));
  g_assert_no_error (error);
}

void
sks_test_score_city_panel (SksStore     *store,
                           const gint64 *ids,
                           guint         n_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) first = sks_store_load_studio (store, ids[0], &error);
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(GListModel) sheet = NULL;
  g_autoptr(GArray) candidates = NULL;
  SksPanelMember *members[3];

  g_assert_no_error (error);
  g_assert_nonnull (first);
  panel = sks_store_get_panel (store, sks_studio_get_round_id (first), SKS_PANEL_LEVEL_CITY, 0,
                               TRUE, &error);
  g_assert_no_error (error);
  members[0] = add_member (store, panel, SKS_TEST_REVIEWER_A, "湖州职业技术学院");
  members[1] = add_member (store, panel, SKS_TEST_REVIEWER_B, "湖州市技师学院");
  members[2] = add_member (store, panel, SKS_TEST_REVIEWER_C,
                           sks_unit_get_name (sks_studio_get_unit (first)));
  sheet = ensure_sheet (store, sks_studio_get_round_id (first));
  candidates = sks_store_list_panel_candidates (store, panel, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_ids; i++)
    if (is_candidate (candidates, ids[i]))
      for (guint m = 0; m < 3; m++)
        score_all (store, sheet, members[m], ids[i], sks_test_score_total (m, i));
  for (guint m = 0; m < 3; m++)
    g_object_unref (members[m]);
}
