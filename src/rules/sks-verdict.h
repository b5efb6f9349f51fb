/* sks-verdict.h — the result of one rule for one application or one
 * recommending unit (审核结论)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sks-studio.h"

G_BEGIN_DECLS

/* In order of severity: an application's overall verdict is the highest
 * status of its rules. The nicks are stable (CLI JSON output, settings). */
typedef enum {
  SKS_VERDICT_NOT_APPLICABLE, /* 不适用 */
  SKS_VERDICT_PASS,           /* 符合 */
  SKS_VERDICT_MANUAL,         /* 需人工确认 */
  SKS_VERDICT_WARNING,        /* 提示 */
  SKS_VERDICT_FAIL,           /* 不符合 */
} SksVerdictStatus;

/* What a verdict is about. */
typedef enum {
  SKS_RULE_SCOPE_APPLICATION,  /* one application (申报) */
  SKS_RULE_SCOPE_RECOMMENDER,  /* all applications of one recommending unit (推荐单位) */
} SksRuleScope;

#define SKS_TYPE_VERDICT_STATUS (sks_verdict_status_get_type ())
#define SKS_TYPE_RULE_SCOPE (sks_rule_scope_get_type ())
#define SKS_TYPE_VERDICT (sks_verdict_get_type ())

GType sks_verdict_status_get_type (void);
GType sks_rule_scope_get_type     (void);

G_DECLARE_FINAL_TYPE (SksVerdict, sks_verdict, SKS, VERDICT, GObject)

const char       *sks_verdict_get_rule_id        (SksVerdict *self);
SksVerdictStatus  sks_verdict_get_status         (SksVerdict *self);
const char       *sks_verdict_get_explanation    (SksVerdict *self);
const char       *sks_verdict_get_paragraph_ref  (SksVerdict *self);
const char       *sks_verdict_get_paragraph      (SksVerdict *self);
const char       *sks_verdict_get_field          (SksVerdict *self);
gboolean          sks_verdict_get_priority       (SksVerdict *self);
SksRuleScope      sks_verdict_get_scope          (SksVerdict *self);
SksStudio        *sks_verdict_get_studio         (SksVerdict *self);
const char       *sks_verdict_get_recommender    (SksVerdict *self);
const char       *sks_verdict_get_policy_id      (SksVerdict *self);

const char       *sks_verdict_status_get_label   (SksVerdictStatus status);
const char       *sks_verdict_status_get_nick    (SksVerdictStatus status);
SksVerdictStatus  sks_verdict_status_worst       (GListModel      *verdicts);

G_END_DECLS
