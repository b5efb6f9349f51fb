/* sks-rule-engine-private.h — the round check on a peer index made once,
 * for the whole-document check (sks-document-check.c)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-rule-engine.h"
#include "sks-store-peers.h"

G_BEGIN_DECLS

GHashTable     *_sks_rule_engine_index_peers   (SksStudio     **studios,
                                                guint           n_studios,
                                                guint          *n_peers);
SksRoundReport *_sks_rule_engine_check_indexed (SksRuleEngine  *self,
                                                GListModel     *studios,
                                                GListModel     *recommenders,
                                                GHashTable     *peers,
                                                guint           n_peers);
GHashTable     *_sks_peer_index_new            (void);
void            _sks_peer_index_add_store_peer (GHashTable     *index,
                                                const char     *id_number,
                                                SksStorePeer   *peer);
SksVerdictStatus _sks_rule_engine_status_of    (SksRuleEngine  *self,
                                                SksStudio      *studio,
                                                GHashTable     *peers);
void            _sks_document_check_set_sharing (gint64     min_span,
                                                 guint      n_shares);
void            _sks_policy_add_reads          (SksPolicy      *policy,
                                                GHashTable     *fields);
char          **_sks_reads_to_strv             (GHashTable     *fields);

G_END_DECLS
