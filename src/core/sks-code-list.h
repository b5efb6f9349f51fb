/* sks-code-list.h — standard code lists (民族, 政治面貌, 职业技能等级, 学历)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SksCodeList SksCodeList;

#define SKS_CODE_LIST_ETHNICITY        "ethnicity"
#define SKS_CODE_LIST_POLITICAL_STATUS "political-status"
#define SKS_CODE_LIST_SKILL_LEVEL      "skill-level"
#define SKS_CODE_LIST_EDUCATION        "education"

const SksCodeList *sks_code_list_get          (const char        *name);

guint              sks_code_list_get_n_items  (const SksCodeList *list);
const char        *sks_code_list_get_item     (const SksCodeList *list,
                                               guint              position);
const char        *sks_code_list_get_code     (const SksCodeList *list,
                                               guint              position);
const char        *sks_code_list_normalize    (const SksCodeList *list,
                                               const char        *value);
int                sks_code_list_get_rank     (const SksCodeList *list,
                                               const char        *value);
const char * const *sks_code_list_get_items   (const SksCodeList *list);

G_END_DECLS
