/* sks-policy.h — a policy profile: one city's notice of one year as data
 * (政策配置), with its rules, quotas, dates, funding and form wording
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sks-calendar.h"
#include "sks-enums.h"
#include "sks-recommender.h"
#include "sks-round.h"
#include "sks-rubric.h"
#include "sks-score.h"
#include "sks-verdict.h"

G_BEGIN_DECLS

#define SKS_POLICY_ERROR (sks_policy_error_quark ())

/* Every error names the file, the place in it (a JSON path such as
 * rules[3].kind) and the reason. */
typedef enum {
  SKS_POLICY_ERROR_READ,          /* the file cannot be read */
  SKS_POLICY_ERROR_SYNTAX,        /* not JSON, or truncated */
  SKS_POLICY_ERROR_FORMAT,        /* not a profile, or a format version this build cannot read */
  SKS_POLICY_ERROR_TYPE,          /* a value of the wrong type */
  SKS_POLICY_ERROR_MISSING,       /* a required member is absent */
  SKS_POLICY_ERROR_VALUE,         /* a value out of range or not allowed */
  SKS_POLICY_ERROR_UNKNOWN_KEY,   /* a member the format does not have */
  SKS_POLICY_ERROR_UNKNOWN_KIND,  /* a rule kind this build does not implement */
  SKS_POLICY_ERROR_NOT_FOUND,     /* no profile with that id */
} SksPolicyError;

/* The profile format this build reads. */
#define SKS_POLICY_FORMAT "skill-studio-policy"
#define SKS_POLICY_FORMAT_VERSION 1

/* A recommending unit of the profile with its quota (推荐名额); @quota is
 * -1 when the notice gives none. */
typedef struct {
  const char         *name;
  SksRecommenderKind  kind;
  const char         *code;   /* GB/T 2260, or NULL for zones and departments */
  gint64              quota;
  const char         *note;
} SksPolicyRecommender;

/* One of the industry chains a profile gives priority to (重点产业链). */
typedef struct {
  const char *name;
  gboolean    confirmed;   /* FALSE: not stated by the notice or a primary source */
  const char *source;
} SksIndustryChain;

/* A rule of a profile: a rule id, a kind implemented in C, and parameters. */
typedef struct _SksRule SksRule;

#define SKS_TYPE_POLICY (sks_policy_get_type ())

G_DECLARE_FINAL_TYPE (SksPolicy, sks_policy, SKS, POLICY, GObject)

GQuark       sks_policy_error_quark            (void);

SksPolicy   *sks_policy_new_from_bytes         (GBytes      *bytes,
                                                const char  *name,
                                                const char  *origin,
                                                GError     **error);
SksPolicy   *sks_policy_new_from_file          (GFile       *file,
                                                GError     **error);
SksPolicy   *sks_policy_new_from_resource      (const char  *id,
                                                GError     **error);
GListModel  *sks_policy_list_all               (GPtrArray  **errors);
SksPolicy   *sks_policy_lookup                 (const char  *id,
                                                GError     **error);
char        *sks_policy_dup_user_dir           (void);

const char  *sks_policy_get_id                 (SksPolicy   *self);
const char  *sks_policy_get_origin             (SksPolicy   *self);
gboolean     sks_policy_get_bundled            (SksPolicy   *self);
const char  *sks_policy_get_city               (SksPolicy   *self);
int          sks_policy_get_year               (SksPolicy   *self);
const char  *sks_policy_get_title              (SksPolicy   *self);
const char  *sks_policy_get_document_number    (SksPolicy   *self);
const char  *sks_policy_get_issuing_bureau     (SksPolicy   *self);
const GDate *sks_policy_get_issued             (SksPolicy   *self);
const GDate *sks_policy_get_effective_from     (SksPolicy   *self);
const GDate *sks_policy_get_effective_until    (SksPolicy   *self);
const char  *sks_policy_get_replaces           (SksPolicy   *self);
const GDate *sks_policy_get_reference_date     (SksPolicy   *self);
const GDate *sks_policy_get_deadline           (SksPolicy   *self);
gboolean     sks_policy_is_effective_on        (SksPolicy   *self,
                                                const GDate *date);

guint        sks_policy_get_public_notice_days (SksPolicy   *self);
gboolean     sks_policy_get_public_notice_stated (SksPolicy *self);
SksDayCount  sks_policy_get_public_notice_counting (SksPolicy *self);
/* A recognised studio's validity in years (evaluation.term_years; Hangzhou
 * 五（二）: 有效期为 3 年), 0 when the profile sets none */
guint        sks_policy_get_validity_years     (SksPolicy   *self);
gboolean     sks_policy_get_public_notice_period (SksPolicy   *self,
                                                SksCalendar *calendar,
                                                const GDate *posted,
                                                GDate       *first,
                                                GDate       *last,
                                                GError     **error);
gboolean     sks_policy_get_annual_report_deadline (SksPolicy *self,
                                                SksCalendar *calendar,
                                                int          year,
                                                GDate       *deadline,
                                                GError     **error);

guint        sks_policy_get_n_recommenders     (SksPolicy   *self);
const SksPolicyRecommender *sks_policy_get_recommender (SksPolicy *self,
                                                guint        position);
const SksPolicyRecommender *sks_policy_find_recommender (SksPolicy *self,
                                                const char  *name);
gint64       sks_policy_get_total_quota        (SksPolicy   *self);
gint64       sks_policy_get_selection_target   (SksPolicy   *self);
/* "about" the number (左右), and the notice's words (nullable) */
gboolean     sks_policy_get_selection_target_approximate (SksPolicy *self);
const char  *sks_policy_get_selection_target_text (SksPolicy *self);

guint        sks_policy_get_n_industry_chains  (SksPolicy   *self);
const SksIndustryChain *sks_policy_get_industry_chain (SksPolicy *self,
                                                guint        position);
const SksIndustryChain *sks_policy_find_industry_chain (SksPolicy *self,
                                                const char  *name);

guint        sks_policy_get_n_rules            (SksPolicy   *self);
const SksRule *sks_policy_get_rule             (SksPolicy   *self,
                                                guint        position);
const SksRule *sks_policy_find_rule            (SksPolicy   *self,
                                                const char  *rule_id);

JsonObject  *sks_policy_get_forms              (SksPolicy   *self);
const char  *sks_policy_get_form_title         (SksPolicy   *self,
                                                const char  *form);
SksRubric   *sks_policy_get_rubric             (SksPolicy   *self,
                                                SksEvaluationKind kind);

/* Panel scoring: the profile's default scoring sheet (SksScoreCriterion),
 * the bureau's choice and not the notice's ("source": "bureau"), summing to
 * 100 points; its default aggregation method and disagreement thresholds. */
guint        sks_policy_get_n_score_criteria   (SksPolicy   *self);
SksScoreCriterion *sks_policy_get_score_criterion (SksPolicy *self,
                                                guint        position);
GPtrArray   *sks_policy_create_score_sheet     (SksPolicy   *self);
const char  *sks_policy_get_score_sheet_title  (SksPolicy   *self);
const char  *sks_policy_get_score_sheet_source (SksPolicy   *self);
SksScoreMethod sks_policy_get_score_method     (SksPolicy   *self);
void         sks_policy_get_score_thresholds   (SksPolicy   *self,
                                                SksScoreThresholds *thresholds);

SksRound    *sks_policy_create_round           (SksPolicy   *self,
                                                const char  *key);
GPtrArray   *sks_policy_create_recommenders    (SksPolicy   *self);

const char  *sks_rule_get_id                   (const SksRule *rule);
const char  *sks_rule_get_kind                 (const SksRule *rule);
SksRuleScope sks_rule_get_scope                (const SksRule *rule);
const char  *sks_rule_get_title                (const SksRule *rule);
const char  *sks_rule_get_paragraph_ref        (const SksRule *rule);
const char  *sks_rule_get_paragraph            (const SksRule *rule);
const char  *sks_rule_get_note                 (const SksRule *rule);

G_END_DECLS
