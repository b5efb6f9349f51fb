/* sks-history-text.h — an application's history in words: a stored field
 * name as its label, a stored value as the lists name it, and a finding's
 * state, who and day as one change
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-history-entry.h"
#include "sks-studio.h"

G_BEGIN_DECLS

/* Which value of a finding (核实) a history entry names */
typedef enum {
  SKS_FINDING_FIELD_NONE,      /* not a finding's */
  SKS_FINDING_FIELD_STATE,     /* "conduct-check" */
  SKS_FINDING_FIELD_BY,        /* "conduct-checked-by" */
  SKS_FINDING_FIELD_ON,        /* "conduct-checked-on" */
  SKS_FINDING_FIELD_NOTE,      /* "conduct-check-note" */
  SKS_FINDING_FIELD_EVIDENCE,  /* "conduct-evidence" */
} SksFindingField;

SksFindingField sks_history_parse_finding_field (const char   *field,
                                                 SksCheckItem *item);
char           *sks_history_dup_field_label     (const char   *field);
char           *sks_history_dup_value_text      (const char   *field,
                                                 const char   *value);
gboolean        sks_history_is_folded           (GListModel   *history,
                                                 guint         position);
void            sks_history_dup_change_texts    (GListModel   *history,
                                                 guint         position,
                                                 char        **old_text,
                                                 char        **new_text);

G_END_DECLS
