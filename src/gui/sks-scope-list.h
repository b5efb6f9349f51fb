/* sks-scope-list.h — the sidebar: every application, each round and each
 * round's recommending units with their quota use and under-45 share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_SCOPE_LIST (sks_scope_list_get_type ())

G_DECLARE_FINAL_TYPE (SksScopeList, sks_scope_list, SKS, SCOPE_LIST, GtkWidget)

/* What the sidebar and the round overview count for one recommending unit;
 * withdrawn applications are not counted. */
typedef struct {
  guint applications;
  guint under_45;      /* masters surely 45 or younger on the round's reference day */
  guint not_eligible;  /* verdict 不符合 */
} SksUnitCount;

/* One pass over a document's rows. */
typedef struct {
  guint       total;
  GHashTable *by_round;  /* round id → guint: applications of every status */
  GHashTable *by_unit;   /* sks_scope_list_unit_key () → SksUnitCount */
} SksRowCounts;

GtkWidget  *sks_scope_list_new                (void);
void        sks_scope_list_set_context        (SksScopeList *self,
                                               SksContext   *context);
gint64      sks_scope_list_get_round_id       (SksScopeList *self);
gint64      sks_scope_list_get_recommender_id (SksScopeList *self);
const char *sks_scope_list_get_recommender_name (SksScopeList *self);
void        sks_scope_list_select             (SksScopeList *self,
                                               gint64        round_id,
                                               gint64        recommender_id);
void        sks_scope_list_refresh            (SksScopeList *self);

void        sks_scope_list_count_rows         (SksContext   *context,
                                               SksRowCounts *counts);
void        sks_scope_list_clear_counts       (SksRowCounts *counts);
gint64      sks_scope_list_unit_key           (gint64        round_id,
                                               gint64        recommender_id);

gboolean    sks_scope_list_born_within        (const char   *birth,
                                               const GDate  *reference,
                                               int           years);

G_END_DECLS
