/* sks-workbook.c — the panel meeting's workbook (评审会议材料): what the
 * meeting reads, built from the document as four tables — the candidates
 * with their verdicts and findings, every reviewer's score per criterion,
 * the ranking with the aggregates and the decisions, and the funding.
 *
 * The workbook is the bureau's paper for a Chinese panel, so its headers
 * and values are written in Chinese whatever the app's language, as the
 * annexes and the 公示 are; the labels below are the notices' words.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-age.h"
#include "sks-finding-check.h"
#include "sks-funding-report.h"
#include "sks-id-number.h"
#include "sks-print-doc.h"
#include "sks-ranking.h"
#include "sks-rule-engine.h"
#include "sks-store-panel.h"
#include "sks-validate.h"
#include "sks-workbook-private.h"

static const struct {
  const char *nick;
  const char *sheet;
} views[SKS_WORKBOOK_N_VIEWS] = {
  { "candidates", "候选名单" },
  { "scores", "评分明细" },
  { "ranking", "排名" },
  { "funding", "经费" },
};

const char *
sks_workbook_view_get_nick (SksWorkbookView view)
{
  g_return_val_if_fail (view < SKS_WORKBOOK_N_VIEWS, NULL);
  return views[view].nick;
}

gboolean
sks_workbook_view_from_nick (const char      *nick,
                             SksWorkbookView *view)
{
  for (guint i = 0; nick != NULL && i < SKS_WORKBOOK_N_VIEWS; i++)
    if (g_str_equal (nick, views[i].nick))
      {
        *view = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sks_workbook_view_get_sheet (SksWorkbookView view)
{
  g_return_val_if_fail (view < SKS_WORKBOOK_N_VIEWS, NULL);
  return views[view].sheet;
}

/* Tables ------------------------------------------------------------------ */

static void
row_free (SksWbRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    g_free (g_array_index (row->cells, SksWbCell, i).text);
  g_array_unref (row->cells);
  g_free (row);
}

SksWbSheet *
_sks_wb_sheet_new (SksWorkbookView  view,
                   const char      *title)
{
  SksWbSheet *sheet = g_new0 (SksWbSheet, 1);

  sheet->view = view;
  sheet->title = g_strdup (title);
  sheet->subtitles = g_ptr_array_new_with_free_func (g_free);
  sheet->headers = g_ptr_array_new_with_free_func (g_free);
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  sheet->notes = g_ptr_array_new_with_free_func (g_free);
  return sheet;
}

void
_sks_wb_sheet_free (SksWbSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->title);
  g_ptr_array_unref (sheet->subtitles);
  g_ptr_array_unref (sheet->headers);
  g_ptr_array_unref (sheet->rows);
  g_ptr_array_unref (sheet->notes);
  g_free (sheet);
}

SksWbRow *
_sks_wb_sheet_add_row (SksWbSheet    *sheet,
                       SksWbRowFlags  flags)
{
  SksWbRow *row = g_new0 (SksWbRow, 1);

  row->flags = flags;
  row->cells = g_array_new (FALSE, TRUE, sizeof (SksWbCell));
  g_ptr_array_add (sheet->rows, row);
  return row;
}

static void
row_add (SksWbRow   *row,
         SksWbKind   kind,
         const char *text,
         gint64      value)
{
  SksWbCell cell = { kind, g_strdup (text ? text : ""), value };

  g_array_append_val (row->cells, cell);
}

void
_sks_wb_row_add_text (SksWbRow   *row,
                      const char *text)
{
  row_add (row, SKS_WB_TEXT, text, 0);
}

void
_sks_wb_row_add_centre (SksWbRow   *row,
                        const char *text)
{
  row_add (row, SKS_WB_CENTRE, text, 0);
}

void
_sks_wb_row_add_number (SksWbRow  *row,
                        SksWbKind  kind,
                        gint64     value)
{
  row_add (row, kind, NULL, value);
}

void
_sks_wb_row_add_blank (SksWbRow *row)
{
  row_add (row, SKS_WB_BLANK, NULL, 0);
}

static void
add_headers (SksWbSheet         *sheet,
             const char * const *headers)
{
  for (guint i = 0; headers[i] != NULL; i++)
    g_ptr_array_add (sheet->headers, g_strdup (headers[i]));
}

/* The notices' words ------------------------------------------------------ */

static const char *
verdict_text (SksVerdictStatus status)
{
  static const char *const texts[] = {
    [SKS_VERDICT_NOT_APPLICABLE] = "不适用",
    [SKS_VERDICT_PASS] = "符合",
    [SKS_VERDICT_MANUAL] = "需人工核实",
    [SKS_VERDICT_WARNING] = "提示",
    [SKS_VERDICT_FAIL] = "不符合",
  };

  return status < G_N_ELEMENTS (texts) ? texts[status] : "";
}

static const char *
decision_text (SksDecision decision)
{
  static const char *const texts[] = {
    [SKS_DECISION_NONE] = "未决定",
    [SKS_DECISION_SELECTED] = "入选",
    [SKS_DECISION_NOT_SELECTED] = "未入选",
    [SKS_DECISION_RESERVE] = "备选",
  };

  return decision < G_N_ELEMENTS (texts) ? texts[decision] : "";
}

static const char *
check_item_text (SksCheckItem item)
{
  static const char *const texts[SKS_N_CHECK_ITEMS] = {
    [SKS_CHECK_ITEM_CONDUCT] = "品行",
    [SKS_CHECK_ITEM_PROJECT] = "技术项目",
    [SKS_CHECK_ITEM_TRAINING] = "培养功能",
    [SKS_CHECK_ITEM_SUPPORT_SITE] = "工作场地",
    [SKS_CHECK_ITEM_SUPPORT_EQUIPMENT] = "设施设备",
    [SKS_CHECK_ITEM_SUPPORT_FUNDING] = "经费支持",
    [SKS_CHECK_ITEM_SUPPORT_RULES] = "管理制度",
  };

  return item < SKS_N_CHECK_ITEMS ? texts[item] : "";
}

static const char *
gender_text (SksGender gender)
{
  return gender == SKS_GENDER_MALE ? "男" : gender == SKS_GENDER_FEMALE ? "女" : "";
}

static const char *
unit_kind_text (SksUnitKind kind)
{
  static const char *const texts[] = {
    [SKS_UNIT_KIND_UNSET] = "",
    [SKS_UNIT_KIND_ENTERPRISE] = "企业",
    [SKS_UNIT_KIND_PUBLIC_INSTITUTION] = "事业单位",
    [SKS_UNIT_KIND_INDIVIDUAL_BUSINESS] = "个体工商户",
  };

  return kind < G_N_ELEMENTS (texts) ? texts[kind] : "";
}

static const char *
fiscal_text (SksFiscalAffiliation fiscal)
{
  static const char *const texts[] = {
    [SKS_FISCAL_UNSET] = "",
    [SKS_FISCAL_CITY] = "市本级",
    [SKS_FISCAL_COUNTY] = "县（市）",
    [SKS_FISCAL_DISTRICT] = "区",
  };

  return fiscal < G_N_ELEMENTS (texts) ? texts[fiscal] : "";
}

/* "去掉一个最高分和一个最低分后的平均分", or why it is the plain mean */
static char *
method_text (const SksAggregate *a)
{
  switch (a->method)
    {
    case SKS_SCORE_METHOD_TRIMMED_MEAN:
      return a->trimmed ? g_strdup ("去掉一个最高分和一个最低分后的平均分")
                        : g_strdup_printf ("平均分（不足%d个评分，未去掉最高、最低分）",
                                           SKS_TRIMMED_MEAN_MIN_SCORES);
    case SKS_SCORE_METHOD_MEDIAN:
      return g_strdup ("中位数");
    case SKS_SCORE_METHOD_MEAN:
    default:
      return g_strdup ("平均分");
    }
}

static const char *
reviewer_state_text (SksReviewerScoreState state)
{
  static const char *const texts[] = {
    [SKS_REVIEWER_SCORE_COUNTS] = "计入",
    [SKS_REVIEWER_SCORE_NONE] = "未评分",
    [SKS_REVIEWER_SCORE_INCOMPLETE] = "未评完，不计入",
    [SKS_REVIEWER_SCORE_CONFLICT] = "回避，不计入",
  };

  return state < G_N_ELEMENTS (texts) ? texts[state] : "";
}

/* What the views are built from ------------------------------------------ */

typedef struct {
  SksStore       *store;
  SksRound       *round;
  SksPolicy      *policy;      /* nullable: the profile is not installed */
  SksRoundReport *report;      /* nullable, with the policy */
  SksRanking     *ranking;
  GListModel     *criteria;    /* SksScoreCriterion */
  GHashTable     *scores;      /* "member/studio/criterion" → hundredths */
  GHashTable     *declared;    /* "member/studio/0" → the reviewer's declared reason */
  GHashTable     *studios;     /* studio id → SksStudio, loaded */
  SksPanelLevel   level;
  gint64          recommender_id;
  char           *recommender_name;
} Data;

static void
data_clear (Data *d)
{
  g_clear_object (&d->round);
  g_clear_object (&d->policy);
  g_clear_object (&d->report);
  g_clear_object (&d->ranking);
  g_clear_object (&d->criteria);
  g_clear_pointer (&d->scores, g_hash_table_unref);
  g_clear_pointer (&d->declared, g_hash_table_unref);
  g_clear_pointer (&d->studios, g_hash_table_unref);
  g_clear_pointer (&d->recommender_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Data, data_clear)

static char *
score_key (gint64 member_id,
           gint64 studio_id,
           gint64 criterion_id)
{
  return g_strdup_printf ("%lld/%lld/%lld", (long long) member_id, (long long) studio_id,
                          (long long) criterion_id);
}

static gboolean
panel_counts (Data     *d,
              SksPanel *panel)
{
  if (sks_panel_get_level (panel) != d->level)
    return FALSE;
  return d->recommender_id == 0 || sks_panel_get_recommender_id (panel) == d->recommender_id;
}

/* Every score of the panels the workbook is about. */
static gboolean
load_scores (Data    *d,
             GError **error)
{
  g_autoptr(GListModel) panels = sks_store_list_panels (d->store, sks_round_get_id (d->round),
                                                        error);

  if (panels == NULL)
    return FALSE;
  d->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->declared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint p = 0; p < g_list_model_get_n_items (panels); p++)
    {
      g_autoptr(SksPanel) panel = g_list_model_get_item (panels, p);
      g_autoptr(GListModel) members = NULL;
      g_autoptr(GPtrArray) conflicts = NULL;

      if (!panel_counts (d, panel))
        continue;
      if ((conflicts = sks_store_list_conflicts (d->store, sks_panel_get_id (panel),
                                                 error)) == NULL)
        return FALSE;
      for (guint i = 0; i < conflicts->len; i++)
        {
          const SksConflict *conflict = g_ptr_array_index (conflicts, i);

          if (conflict->declared)
            g_hash_table_insert (d->declared, score_key (conflict->member_id,
                                                         conflict->studio_id, 0),
                                 g_strdup (conflict->reason ? conflict->reason : ""));
        }
      if ((members = sks_store_list_panel_members (d->store, sks_panel_get_id (panel),
                                                   error)) == NULL)
        return FALSE;
      for (guint m = 0; m < g_list_model_get_n_items (members); m++)
        {
          g_autoptr(SksPanelMember) member = g_list_model_get_item (members, m);
          g_autoptr(GArray) entries = sks_store_list_scores (d->store,
                                                             sks_panel_member_get_id (member),
                                                             error);

          if (entries == NULL)
            return FALSE;
          for (guint i = 0; i < entries->len; i++)
            {
              const SksScoreEntry *e = &g_array_index (entries, SksScoreEntry, i);

              g_hash_table_insert (d->scores, score_key (e->member_id, e->studio_id,
                                                         e->criterion_id),
                                   g_memdup2 (&e->points, sizeof e->points));
            }
        }
    }
  return TRUE;
}

static gboolean
load_studios (Data    *d,
              GError **error)
{
  d->studios = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < sks_ranking_get_n_entries (d->ranking); i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (d->ranking, i);
      SksStudio *studio = sks_store_load_studio (d->store, e->studio_id, error);

      if (studio == NULL)
        return FALSE;
      g_hash_table_insert (d->studios, g_memdup2 (&e->studio_id, sizeof e->studio_id), studio);
    }
  return TRUE;
}

static gboolean
data_load (Data     *d,
           gint64    round_id,
           GError  **error)
{
  g_autoptr(SksRuleEngine) engine = NULL;
  const char *policy_id;

  if ((d->round = sks_store_get_round (d->store, round_id, error)) == NULL)
    return FALSE;
  policy_id = sks_round_get_policy_id (d->round);
  d->policy = policy_id != NULL ? sks_policy_lookup (policy_id, NULL) : NULL;
  if (d->policy != NULL)
    {
      engine = sks_rule_engine_new (d->policy);
      if ((d->report = sks_rule_engine_check_store (engine, d->store, round_id, error)) == NULL)
        return FALSE;
    }
  if ((d->ranking = sks_ranking_new (d->store, round_id, d->level, d->recommender_id, d->policy,
                                     d->report, error)) == NULL ||
      (d->criteria = sks_store_list_score_criteria (d->store, round_id, error)) == NULL)
    return FALSE;
  if (d->recommender_id != 0)
    {
      g_autoptr(GListModel) units = sks_store_list_recommenders (d->store, round_id, NULL);

      for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);

          if (sks_recommender_get_id (unit) == d->recommender_id)
            d->recommender_name = g_strdup (sks_recommender_get_name (unit));
        }
    }
  return load_scores (d, error) && load_studios (d, error);
}

static SksStudio *
data_get_studio (Data   *d,
                 gint64  studio_id)
{
  return g_hash_table_lookup (d->studios, &studio_id);
}

/* The round's verdicts of one application, by rule id. */
static GHashTable *
data_dup_verdicts (Data   *d,
                   gint64  studio_id)
{
  GHashTable *verdicts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; d->report != NULL && i < sks_round_report_get_n_studios (d->report); i++)
    {
      GPtrArray *list;

      if (sks_studio_get_id (sks_round_report_get_studio (d->report, i)) != studio_id)
        continue;
      list = sks_round_report_get_studio_verdicts (d->report, i);
      for (guint v = 0; list != NULL && v < list->len; v++)
        {
          SksVerdict *verdict = g_ptr_array_index (list, v);

          g_hash_table_insert (verdicts, (gpointer) sks_verdict_get_rule_id (verdict),
                               GINT_TO_POINTER (sks_verdict_get_status (verdict) + 1));
        }
      break;
    }
  return verdicts;
}

/* The title row and the lines under it ------------------------------------ */

static SksWbSheet *
sheet_new (Data            *d,
           SksWorkbookView  view)
{
  g_autofree char *title = NULL;
  g_autofree char *panel = NULL;
  SksWbSheet *sheet;

  /* The bureau's own paper for its meeting, named after the round. */
  title = g_strdup_printf ("%lld年%s技能大师工作室评审会议材料——%s",
                           (long long) sks_round_get_year (d->round),
                           sks_round_get_city (d->round) ? sks_round_get_city (d->round) : "",
                           views[view].sheet);
  sheet = _sks_wb_sheet_new (view, title);
  if (d->level == SKS_PANEL_LEVEL_CITY)
    panel = g_strdup ("市级评审");
  else if (d->recommender_name != NULL)
    panel = g_strdup_printf ("区县评审（%s）", d->recommender_name);
  else
    panel = g_strdup ("区县评审（各推荐单位）");
  g_ptr_array_add (sheet->subtitles,
                   g_strdup_printf ("评审轮次：%s（%s）　%s", sks_round_get_key (d->round),
                                    sks_round_get_title (d->round)
                                      ? sks_round_get_title (d->round) : "", panel));
  if (d->policy != NULL)
    g_ptr_array_add (sheet->subtitles,
                     g_strdup_printf ("依据：《%s》（%s）", sks_policy_get_title (d->policy),
                                      sks_policy_get_document_number (d->policy)));
  return sheet;
}

/* 候选名单 ------------------------------------------------------------------ */

/* The application-level rules of the profile, each a column. */
static GPtrArray *
application_rules (Data *d)
{
  GPtrArray *rules = g_ptr_array_new ();

  for (guint i = 0; d->policy != NULL && i < sks_policy_get_n_rules (d->policy); i++)
    {
      const SksRule *rule = sks_policy_get_rule (d->policy, i);

      if (sks_rule_get_scope (rule) == SKS_RULE_SCOPE_APPLICATION)
        g_ptr_array_add (rules, (gpointer) rule);
    }
  return rules;
}

/* The checks (核实) the profile leaves to the panel, each a column. */
static GArray *
check_items (Data *d)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (SksCheckItem));
  gboolean seen[SKS_N_CHECK_ITEMS] = { FALSE };

  for (guint i = 0; d->policy != NULL && i < sks_policy_get_n_rules (d->policy); i++)
    {
      SksCheckItem found[SKS_N_CHECK_ITEMS + 1];
      guint n = sks_rule_get_check_items (sks_policy_get_rule (d->policy, i), found);

      for (guint j = 0; j < n; j++)
        if (!seen[found[j]])
          {
            seen[found[j]] = TRUE;
            g_array_append_val (items, found[j]);
          }
    }
  return items;
}

/* "符合（张三，2025-05-06：note）", "不符合（…）" or "待核实" */
static char *
finding_text (SksStudio    *studio,
              SksCheckItem  item)
{
  const char *by = NULL, *on = NULL, *note = NULL;
  SksCheckState state = sks_studio_get_check (studio, item, &by, &on, &note);
  g_autoptr(GString) text = NULL;

  if (state == SKS_CHECK_UNCHECKED)
    return g_strdup ("待核实");
  text = g_string_new (state == SKS_CHECK_CONFIRMED ? "符合" : "不符合");
  g_string_append_printf (text, "（%s%s%s%s%s）", by ? by : "", by && on ? "，" : "",
                          on ? on : "", note && *note ? "：" : "", note ? note : "");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
age_text (Data      *d,
          SksMaster *master)
{
  const GDate *on = d->policy ? sks_policy_get_reference_date (d->policy) : NULL;
  int year = 0, month = 0;
  g_autoptr(GDate) birth = NULL;

  if (on == NULL || !g_date_valid (on) ||
      !sks_parse_year_month (sks_master_get_birth (master), &year, &month))
    return g_strdup ("");
  /* A month's last day: the age a person born in it surely has. */
  birth = g_date_new_dmy (g_date_get_days_in_month (month, year), month, year);
  return g_strdup_printf ("%d", sks_age_years_on (birth, on));
}

static void
add_candidate_row (Data                  *d,
                   SksWbSheet            *sheet,
                   const SksRankingEntry *e,
                   guint                  number,
                   GPtrArray             *rules,
                   GArray                *items)
{
  SksStudio *studio = data_get_studio (d, e->studio_id);
  SksMaster *master = sks_studio_get_master (studio);
  SksUnit *unit = sks_studio_get_unit (studio);
  g_autoptr(GHashTable) verdicts = data_dup_verdicts (d, e->studio_id);
  g_autofree char *id_number = sks_master_get_id_number (master)
                               ? sks_id_number_mask (sks_master_get_id_number (master)) : NULL;
  g_autofree char *mobile = sks_master_get_mobile (master)
                            ? sks_mask_phone (sks_master_get_mobile (master)) : NULL;
  g_autofree char *age = age_text (d, master);
  SksWbRow *row = _sks_wb_sheet_add_row (sheet, 0);

  _sks_wb_row_add_number (row, SKS_WB_INT, number);
  _sks_wb_row_add_number (row, SKS_WB_INT, e->studio_id);
  _sks_wb_row_add_text (row, sks_studio_get_name (studio));
  _sks_wb_row_add_centre (row, sks_master_get_name (master));
  _sks_wb_row_add_centre (row, gender_text (sks_master_get_gender (master)));
  _sks_wb_row_add_centre (row, sks_master_get_birth (master));
  if (*age != '\0')
    _sks_wb_row_add_number (row, SKS_WB_INT, g_ascii_strtoll (age, NULL, 10));
  else
    _sks_wb_row_add_blank (row);
  _sks_wb_row_add_centre (row, id_number);
  _sks_wb_row_add_centre (row, mobile);
  _sks_wb_row_add_text (row, sks_master_get_occupation (master));
  _sks_wb_row_add_centre (row, sks_master_get_skill_level (master));
  _sks_wb_row_add_text (row, sks_unit_get_name (unit));
  _sks_wb_row_add_centre (row, unit_kind_text (sks_unit_get_kind (unit)));
  _sks_wb_row_add_centre (row, e->recommender_name);
  _sks_wb_row_add_number (row, SKS_WB_INT,
                          g_list_model_get_n_items (sks_studio_get_team (studio)));
  _sks_wb_row_add_centre (row, d->report ? verdict_text (e->verdict) : "");
  for (guint i = 0; i < rules->len; i++)
    {
      gpointer status = g_hash_table_lookup (verdicts,
                                             sks_rule_get_id (g_ptr_array_index (rules, i)));

      _sks_wb_row_add_centre (row, status ? verdict_text (GPOINTER_TO_INT (status) - 1) : "");
    }
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *text = finding_text (studio, g_array_index (items, SksCheckItem, i));

      _sks_wb_row_add_text (row, text);
    }
}

static int
compare_application (gconstpointer a,
                     gconstpointer b)
{
  const SksRankingEntry *x = *(const SksRankingEntry * const *) a;
  const SksRankingEntry *y = *(const SksRankingEntry * const *) b;

  return (x->studio_id > y->studio_id) - (x->studio_id < y->studio_id);
}

static SksWbSheet *
build_candidates (Data *d)
{
  static const char *const headers[] = {
    "序号", "申报编号", "工作室名称", "领衔人", "性别", "出生年月", NULL
  };
  static const char *const more_headers[] = {
    "身份证号码（已隐去）", "手机（已隐去）", "职业（工种）", "技能等级", "所在单位",
    "单位性质", "推荐单位", "团队人数（不含领衔人）", "资格审核结论", NULL
  };
  g_autoptr(GPtrArray) rules = application_rules (d);
  g_autoptr(GArray) items = check_items (d);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  SksWbSheet *sheet = sheet_new (d, SKS_WORKBOOK_CANDIDATES);
  const GDate *on = d->policy ? sks_policy_get_reference_date (d->policy) : NULL;
  guint number = 0;

  add_headers (sheet, headers);
  g_ptr_array_add (sheet->headers,
                   on && g_date_valid (on)
                     ? g_strdup_printf ("年龄（截至%d年%d月%d日）", g_date_get_year (on),
                                        g_date_get_month (on), g_date_get_day (on))
                     : g_strdup ("年龄"));
  add_headers (sheet, more_headers);
  for (guint i = 0; i < rules->len; i++)
    g_ptr_array_add (sheet->headers, g_strdup (sks_rule_get_title (g_ptr_array_index (rules, i))));
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (sheet->headers,
                     g_strdup_printf ("核实：%s",
                                      check_item_text (g_array_index (items, SksCheckItem, i))));
  /* In the order of the document's list (application numbers), so that a
   * candidate is found where the applications view shows it. */
  for (guint i = 0; i < sks_ranking_get_n_entries (d->ranking); i++)
    g_ptr_array_add (entries, (gpointer) sks_ranking_get_entry (d->ranking, i));
  g_ptr_array_sort (entries, compare_application);
  for (guint i = 0; i < entries->len; i++)
    add_candidate_row (d, sheet, g_ptr_array_index (entries, i), ++number, rules, items);
  if (d->report == NULL)
    g_ptr_array_add (sheet->notes, g_strdup ("本轮的政策配置未安装，资格审核结论未列出。"));
  g_ptr_array_add (sheet->notes,
                   g_strdup ("身份证号码、手机号码已部分隐去。核实：“符合”“不符合”后为核实人、"
                             "核实日期和说明；“待核实”为尚未核实。"));
  return sheet;
}

/* 评分明细 ------------------------------------------------------------------ */

/* One row per candidate and reviewer, the candidate's reviewers together:
 * the meeting goes through the candidates one by one and compares the
 * reviewers' marks per criterion, which a wide sheet (reviewers × criteria
 * across, 28 columns for 7 reviewers and 4 criteria) would not fit on an
 * A4 page; in this shape the sheet also sorts and filters by reviewer. */
/* Why a reviewer is left out (in Chinese: the model's reasons are in the
 * app's language), or whether the sheet is submitted. */
static char *
reviewer_note (Data                   *d,
               const SksRankingEntry  *e,
               const SksReviewerScore *r)
{
  g_autofree char *key = score_key (r->member_id, e->studio_id, 0);
  const char *declared = g_hash_table_lookup (d->declared, key);

  if (r->state != SKS_REVIEWER_SCORE_CONFLICT)
    return g_strdup (r->submitted ? "评分表已提交" : "评分表未提交");
  if (declared != NULL)
    return g_strdup_printf ("本人申明回避%s%s", *declared ? "：" : "", declared);
  return g_strdup_printf ("在申报单位（%s）工作，自动回避", e->unit_name ? e->unit_name : "");
}

static void
add_reviewer_row (Data                   *d,
                  SksWbSheet             *sheet,
                  const SksRankingEntry  *e,
                  const SksReviewerScore *r,
                  gboolean                last)
{
  guint n_criteria = g_list_model_get_n_items (d->criteria);
  SksWbRowFlags flags = (last ? SKS_WB_ROW_GROUP_END : 0) |
                        (r->state != SKS_REVIEWER_SCORE_COUNTS ? SKS_WB_ROW_MUTED : 0);
  SksWbRow *row = _sks_wb_sheet_add_row (sheet, flags);
  g_autofree char *note = reviewer_note (d, e, r);

  _sks_wb_row_add_number (row, SKS_WB_INT, e->studio_id);
  _sks_wb_row_add_text (row, e->studio_name);
  _sks_wb_row_add_centre (row, e->master_name);
  _sks_wb_row_add_centre (row, e->recommender_name);
  _sks_wb_row_add_centre (row, r->reviewer);
  for (guint c = 0; c < n_criteria; c++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (d->criteria, c);
      g_autofree char *key = score_key (r->member_id, e->studio_id,
                                        sks_score_criterion_get_id (criterion));
      const gint64 *points = g_hash_table_lookup (d->scores, key);

      if (points != NULL)
        _sks_wb_row_add_number (row, SKS_WB_SCORE, *points);
      else
        _sks_wb_row_add_blank (row);
    }
  if (r->n_scored > 0)
    _sks_wb_row_add_number (row, SKS_WB_SCORE, r->total);
  else
    _sks_wb_row_add_blank (row);
  _sks_wb_row_add_centre (row, reviewer_state_text (r->state));
  _sks_wb_row_add_text (row, note);
}

static SksWbSheet *
build_scores (Data *d)
{
  static const char *const headers[] = {
    "申报编号", "工作室名称", "领衔人", "推荐单位", "评审专家", NULL
  };
  SksWbSheet *sheet = sheet_new (d, SKS_WORKBOOK_SCORES);

  add_headers (sheet, headers);
  for (guint c = 0; c < g_list_model_get_n_items (d->criteria); c++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (d->criteria, c);
      gint64 max = sks_score_criterion_get_max_points (criterion);

      g_ptr_array_add (sheet->headers,
                       max % 100 == 0
                         ? g_strdup_printf ("%s（%lld分）", sks_score_criterion_get_title (criterion),
                                            (long long) (max / 100))
                         : g_strdup_printf ("%s（%lld.%02d分）",
                                            sks_score_criterion_get_title (criterion),
                                            (long long) (max / 100), (int) (max % 100)));
    }
  g_ptr_array_add (sheet->headers, g_strdup ("合计"));
  g_ptr_array_add (sheet->headers, g_strdup ("是否计入"));
  g_ptr_array_add (sheet->headers, g_strdup ("说明"));
  for (guint i = 0; i < sks_ranking_get_n_entries (d->ranking); i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (d->ranking, i);
      guint n = sks_score_result_get_n_reviewers (e->result);

      for (guint r = 0; r < n; r++)
        add_reviewer_row (d, sheet, e, sks_score_result_get_reviewer (e->result, r), r + 1 == n);
    }
  if (sheet->rows->len == 0)
    g_ptr_array_add (sheet->notes, g_strdup ("评审专家组尚未评分。"));
  g_ptr_array_add (sheet->notes,
                   g_strdup ("回避（评审专家与申报单位有利害关系）和未评完的评分不计入综合得分，"
                             "以灰色显示。"));
  return sheet;
}

/* 排名 ---------------------------------------------------------------------- */

static char *
blocking_text (const SksRankingEntry *e)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < e->blocking->len; i++)
    {
      const SksRankingBlock *block = g_ptr_array_index (e->blocking, i);

      g_string_append_printf (text, "%s%s：%s", text->len ? "；" : "",
                              block->title ? block->title : block->rule_id,
                              verdict_text (block->status));
    }
  return g_string_free (text, FALSE);
}

static const char *
line_text (const SksRankingEntry *e)
{
  if (!e->ranked)
    return "";
  if (e->tie_at_line)
    return "并列跨线";
  return e->within_target ? "是" : "否";
}

static void
add_aggregate (SksWbRow           *row,
               gboolean            ranked,
               const SksAggregate *a)
{
  const gint64 values[] = { a->score, a->mean, a->median, a->max, a->min, a->range, a->sd };
  g_autofree char *method = method_text (a);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (ranked)
        _sks_wb_row_add_number (row, SKS_WB_SCORE, values[i]);
      else
        _sks_wb_row_add_blank (row);
      if (i == 0)
        {
          _sks_wb_row_add_text (row, ranked ? method : "");
          _sks_wb_row_add_number (row, SKS_WB_INT, a->count);
        }
    }
  _sks_wb_row_add_centre (row, ranked && a->disagreement ? "分歧较大" : "");
}

static void
add_ranking_row (Data                  *d,
                 SksWbSheet            *sheet,
                 const SksRankingEntry *e,
                 gboolean               line_below)
{
  const SksAggregate *a = sks_score_result_get_aggregate (e->result);
  g_autofree char *blocking = e->ranked ? blocking_text (e)
                                        : g_strdup (a->count == 0 ? "尚未评分，不排名"
                                                    : "评分未完成，不排名");
  g_autofree char *findings = g_strdup_printf ("%u / %u / %u", e->findings_met,
                                               e->findings_not_met, e->findings_open);
  SksWbRow *row = _sks_wb_sheet_add_row (sheet, line_below ? SKS_WB_ROW_LINE_BELOW : 0);

  if (e->ranked)
    _sks_wb_row_add_number (row, SKS_WB_INT, e->rank);
  else
    _sks_wb_row_add_centre (row, "—");
  _sks_wb_row_add_centre (row, e->tied ? "并列" : "");
  _sks_wb_row_add_centre (row, line_text (e));
  _sks_wb_row_add_number (row, SKS_WB_INT, e->studio_id);
  _sks_wb_row_add_text (row, e->studio_name);
  _sks_wb_row_add_centre (row, e->master_name);
  _sks_wb_row_add_centre (row, e->recommender_name);
  add_aggregate (row, e->ranked, a);
  _sks_wb_row_add_centre (row, d->report ? verdict_text (e->verdict) : "");
  _sks_wb_row_add_text (row, blocking);
  _sks_wb_row_add_centre (row, findings);
  _sks_wb_row_add_centre (row, decision_text (e->decision));
  _sks_wb_row_add_text (row, e->override_rules);
  _sks_wb_row_add_text (row, e->override_reason);
  _sks_wb_row_add_text (row, e->note);
  _sks_wb_row_add_centre (row, e->decided_by);
}

static void
add_target_subtitle (SksRanking *ranking,
                     SksWbSheet *sheet)
{
  gint64 target = sks_ranking_get_target (ranking);
  const char *text = sks_ranking_get_target_text (ranking);

  if (target <= 0)
    return;
  g_ptr_array_add (sheet->subtitles,
                   g_strdup_printf ("计划评选数：%s%lld家%s%s%s。粗线以上为计划评选数以内%s",
                                    sks_ranking_get_target_approximate (ranking) ? "约" : "",
                                    (long long) target, text ? "（通知原文：" : "",
                                    text ? text : "", text ? "）" : "",
                                    sks_ranking_get_tie_at_line (ranking)
                                      ? "；有并列跨线，由专家组在并列者中决定" : ""));
}

static SksWbSheet *
build_ranking (Data *d)
{
  static const char *const headers[] = {
    "排名", "并列", "计划评选数以内", "申报编号", "工作室名称", "领衔人", "推荐单位",
    "综合得分", "计分方法", "有效评分数", "平均分", "中位数", "最高分", "最低分", "极差",
    "标准差", "评分分歧", "资格审核结论", "影响入选的规则", "核实（符合/不符合/待核实）",
    "评审决定", "越过的规则", "越过理由", "备注", "决定人", NULL
  };
  SksWbSheet *sheet = sheet_new (d, SKS_WORKBOOK_RANKING);
  gint64 target = sks_ranking_get_target (d->ranking);
  guint n = sks_ranking_get_n_entries (d->ranking);
  gboolean line = target > 0 && d->level == SKS_PANEL_LEVEL_CITY;

  add_headers (sheet, headers);
  if (line)
    add_target_subtitle (d->ranking, sheet);
  for (guint i = 0; i < n; i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (d->ranking, i);
      const SksRankingEntry *next = i + 1 < n ? sks_ranking_get_entry (d->ranking, i + 1) : NULL;
      gboolean below = line && e->ranked && e->rank <= target &&
                       (next == NULL || !next->ranked || next->rank > target);

      add_ranking_row (d, sheet, e, below);
    }
  if (n == 0)
    g_ptr_array_add (sheet->notes, g_strdup ("本轮尚无候选对象。"));
  return sheet;
}

/* 经费 ---------------------------------------------------------------------- */

static void
add_funding_line (SksWbSheet           *sheet,
                  const SksFundingLine *line,
                  guint                 number)
{
  const SksFundedStudio *s = line->studio;
  SksWbRow *row = _sks_wb_sheet_add_row (sheet, 0);

  _sks_wb_row_add_number (row, SKS_WB_INT, number);
  _sks_wb_row_add_text (row, s->studio_name);
  _sks_wb_row_add_centre (row, s->master_name);
  _sks_wb_row_add_text (row, s->unit_name);
  _sks_wb_row_add_centre (row, s->recommender_name);
  _sks_wb_row_add_centre (row, fiscal_text (s->fiscal));
  _sks_wb_row_add_text (row, line->grant->title);
  _sks_wb_row_add_number (row, SKS_WB_YUAN, line->grant->amount);
  _sks_wb_row_add_number (row, SKS_WB_YUAN, line->city_amount);
  _sks_wb_row_add_number (row, SKS_WB_YUAN, line->local_amount);
  _sks_wb_row_add_centre (row, line->local_payer);
  _sks_wb_row_add_text (row, line->note);
}

/* A payer's total: the name under 补助项目, the amount under 补助金额. */
static void
add_funding_total (SksWbSheet    *sheet,
                   const char    *label,
                   gint64         amount,
                   SksWbRowFlags  flags)
{
  SksWbRow *row = _sks_wb_sheet_add_row (sheet, flags);

  for (guint i = 0; i < 6; i++)
    _sks_wb_row_add_blank (row);
  _sks_wb_row_add_text (row, label);
  _sks_wb_row_add_number (row, SKS_WB_YUAN, amount);
}

static void
add_funding_payers (SksWbSheet       *sheet,
                    SksFundingReport *report)
{
  SksWbRow *row = _sks_wb_sheet_add_row (sheet, SKS_WB_ROW_HEADING);

  _sks_wb_row_add_text (row, "按承担方合计（元）");
  for (guint i = 0; i < report->payers->len; i++)
    {
      const SksFundingPayer *payer = g_ptr_array_index (report->payers, i);

      add_funding_total (sheet, payer->name, payer->amount, 0);
    }
  if (report->unknown_amount > 0)
    add_funding_total (sheet, "承担方未明（未填财政隶属）", report->unknown_amount, 0);
  add_funding_total (sheet, "总计", report->total, SKS_WB_ROW_TOTAL);
}

static SksWbSheet *
build_funding (Data    *d,
               GError **error)
{
  static const char *const headers[] = {
    "序号", "工作室名称", "领衔人", "所在单位", "推荐单位", "财政隶属", "补助项目",
    "补助金额（元）", "市财政（元）", "区、县（市）财政（元）", "区、县（市）财政承担方", "备注",
    NULL
  };
  SksWbSheet *sheet = sheet_new (d, SKS_WORKBOOK_FUNDING);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SksFundingReport) report = sks_funding_report_new_from_store (d->store, d->round, 0,
                                                                          &local_error);

  add_headers (sheet, headers);
  if (report == NULL && !g_error_matches (local_error, SKS_FUNDING_REPORT_ERROR,
                                          SKS_FUNDING_REPORT_ERROR_NO_POLICY))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return (_sks_wb_sheet_free (sheet), NULL);
    }
  if (report == NULL)
    {
      g_ptr_array_add (sheet->notes, g_strdup ("本轮的政策配置未安装，经费无法计算。"));
      return sheet;
    }
  if (report->lines->len == 0)
    {
      g_ptr_array_add (sheet->notes,
                       g_strdup ("本轮尚无认定的技能大师工作室，经费补助待认定后计算。"));
      return sheet;
    }
  for (guint i = 0; i < report->lines->len; i++)
    add_funding_line (sheet, g_ptr_array_index (report->lines, i), i + 1);
  {
    SksWbRow *row = _sks_wb_sheet_add_row (sheet, SKS_WB_ROW_TOTAL);
    gint64 city = 0, local = 0;

    for (guint i = 0; i < report->lines->len; i++)
      {
        const SksFundingLine *line = g_ptr_array_index (report->lines, i);

        city += line->city_amount;
        local += line->local_amount;
      }
    _sks_wb_row_add_blank (row);
    _sks_wb_row_add_text (row, "合计");
    for (guint i = 2; i < 7; i++)
      _sks_wb_row_add_blank (row);
    _sks_wb_row_add_number (row, SKS_WB_YUAN, report->lines_total);
    _sks_wb_row_add_number (row, SKS_WB_YUAN, city);
    _sks_wb_row_add_number (row, SKS_WB_YUAN, local);
  }
  add_funding_payers (sheet, report);
  for (guint i = 0; i < report->basis->len; i++)
    g_ptr_array_add (sheet->notes, g_strdup (g_ptr_array_index (report->basis, i)));
  return sheet;
}

/* Entry points ------------------------------------------------------------- */

GPtrArray *
_sks_workbook_build (SksStore        *store,
                     gint64           round_id,
                     SksPanelLevel    level,
                     gint64           recommender_id,
                     SksWorkbookView  only,
                     GError         **error)
{
  g_auto(Data) d = { .store = store, .level = level, .recommender_id = recommender_id };
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                _sks_wb_sheet_free);

  if (!data_load (&d, round_id, error))
    return NULL;
  for (guint v = 0; v < SKS_WORKBOOK_N_VIEWS; v++)
    {
      SksWbSheet *sheet = NULL;

      if (only != SKS_WORKBOOK_N_VIEWS && only != v)
        continue;
      switch (v)
        {
        case SKS_WORKBOOK_CANDIDATES:
          sheet = build_candidates (&d);
          break;
        case SKS_WORKBOOK_SCORES:
          sheet = build_scores (&d);
          break;
        case SKS_WORKBOOK_RANKING:
          sheet = build_ranking (&d);
          break;
        case SKS_WORKBOOK_FUNDING:
        default:
          if ((sheet = build_funding (&d, error)) == NULL)
            return NULL;
          break;
        }
      g_ptr_array_add (sheets, sheet);
    }
  return g_steal_pointer (&sheets);
}

/**
 * sks_workbook_write:
 * @level: the panel's level
 * @recommender_id: one recommending unit's panel at district level, or 0
 * @path: the .xlsx file
 *
 * Returns: %TRUE when the whole workbook was written
 */
gboolean
sks_workbook_write (SksStore       *store,
                    gint64          round_id,
                    SksPanelLevel   level,
                    gint64          recommender_id,
                    const char     *path,
                    GError        **error)
{
  g_autoptr(GPtrArray) sheets = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sheets = _sks_workbook_build (store, round_id, level, recommender_id, SKS_WORKBOOK_N_VIEWS,
                                error);
  return sheets != NULL && _sks_workbook_write_xlsx (sheets, path, error);
}

/**
 * sks_workbook_write_csv:
 * @view: the view to write
 *
 * Returns: %TRUE when the whole file was written
 */
gboolean
sks_workbook_write_csv (SksStore        *store,
                        gint64           round_id,
                        SksPanelLevel    level,
                        gint64           recommender_id,
                        SksWorkbookView  view,
                        const char      *path,
                        GError         **error)
{
  g_autoptr(GPtrArray) sheets = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (view < SKS_WORKBOOK_N_VIEWS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  sheets = _sks_workbook_build (store, round_id, level, recommender_id, view, error);
  return sheets != NULL && _sks_workbook_write_csv (g_ptr_array_index (sheets, 0), path, error);
}
