/* sks-finding-check.h — what a reviewer names when recording a finding
 * (核实): a confirmation rule's id, or the part's name for a rule with
 * several parts, resolved against one policy profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-policy.h"
#include "sks-studio.h"

G_BEGIN_DECLS

/* Every check of a confirmation rule: the rule's one item, or one of its
 * parts. Ended by SKS_N_CHECK_ITEMS; at most SKS_N_CHECK_ITEMS items. */
guint       sks_rule_get_check_items         (const SksRule  *rule,
                                              SksCheckItem   *items);
char       *sks_finding_check_dup_name       (const SksRule  *rule,
                                              SksCheckItem    item);
GStrv       sks_policy_dup_finding_checks    (SksPolicy      *policy);
gboolean    sks_policy_resolve_finding_check (SksPolicy      *policy,
                                              const char     *check,
                                              const SksRule **rule,
                                              SksCheckItem   *item,
                                              GError        **error);

G_END_DECLS
