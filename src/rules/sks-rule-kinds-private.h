/* sks-rule-kinds-private.h — helpers the rule kinds share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-policy-private.h"

G_BEGIN_DECLS

/* Room for "YYYY-MM-DD" and a little more. */
typedef struct {
  char text[24];
} SksDateText;

int         _sks_date_cmp           (const GDate          *a,
                                     const GDate          *b);
const char *_sks_date_text          (SksDateText          *buffer,
                                     const GDate          *date);
const char *_sks_month_text         (SksDateText          *buffer,
                                     const GDate          *date);
const char *_sks_birth_text         (SksDateText          *buffer,
                                     const SksStudioFacts *facts,
                                     gboolean              full);
const char *_sks_enum_label         (GType                 type,
                                     int                   value);
char       *_sks_join_list          (GPtrArray            *items,
                                     gboolean              clauses);
gboolean    _sks_fail_param         (SksJsonReader        *r,
                                     const char           *place,
                                     const char           *param,
                                     const char           *message);
void        _sks_outcome_set        (SksOutcome           *out,
                                     SksVerdictStatus      status,
                                     const char           *field,
                                     char                 *explanation);
void        _sks_outcome_printf     (SksOutcome           *out,
                                     SksVerdictStatus      status,
                                     const char           *field,
                                     const char           *format,
                                     ...) G_GNUC_PRINTF (4, 5);
/* The arguments of an explanation (translations, labels, lists) are
 * worked out only when one is wanted: a check of the whole document wants
 * none, and looking translations up was a tenth of its rules' time. */
#define _sks_outcome_printf(out, status, field, ...) \
  G_STMT_START { \
    SksOutcome *outcome_ = (out); \
    if (outcome_->explain) \
      (_sks_outcome_printf) (outcome_, (status), (field), __VA_ARGS__); \
    else \
      _sks_outcome_set (outcome_, (status), (field), NULL); \
  } G_STMT_END
void        _sks_outcome_mark_unfilled (const SksStudioFacts *facts,
                                     SksOutcome           *out);

extern const SksRuleKind _sks_kind_birth_cutoff;
extern const SksRuleKind _sks_kind_birth_agreement;
extern const SksRuleKind _sks_kind_young_share;
extern const SksRuleKind _sks_kind_skill_level;
extern const SksRuleKind _sks_kind_full_time_years;
extern const SksRuleKind _sks_kind_flag;
extern const SksRuleKind _sks_kind_retirement_distance;
extern const SksRuleKind _sks_kind_duplicate_master;
extern const SksRuleKind _sks_kind_honorary;
extern const SksRuleKind _sks_kind_quota;
extern const SksRuleKind _sks_kind_confirmation;
extern const SksRuleKind _sks_kind_team_size;
extern const SksRuleKind _sks_kind_deadline;
extern const SksRuleKind _sks_kind_priority;
extern const SksRuleKind _sks_kind_name_format;
extern const SksRuleKind _sks_kind_unit_kind;
extern const SksRuleKind _sks_kind_prior_level;

G_END_DECLS
