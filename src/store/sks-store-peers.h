/* sks-store-peers.h — the other applications of a document that the same
 * person leads, for the rule master.duplicate in the form
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

/* One other application led by the same person; no personal data. */
typedef struct {
  char      *uuid;
  char      *name;
  gint64     round_id;
  SksStatus  status;
} SksStorePeer;

void       sks_store_peer_free               (SksStorePeer *peer);

GPtrArray *sks_store_find_master_peers       (SksStore     *self,
                                              const char   *id_number,
                                              gint64        exclude_studio_id,
                                              GError      **error);
typedef void (*SksStoreSharedLeaderFunc) (const char   *id_number,
                                          SksStorePeer *peer,
                                          gpointer      user_data);

gboolean   sks_store_foreach_shared_leader   (SksStore     *self,
                                              SksStoreSharedLeaderFunc func,
                                              gpointer      user_data,
                                              GError      **error);
gint64     sks_store_count_other_studios     (SksStore     *self,
                                              gint64        exclude_studio_id,
                                              GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksStorePeer, sks_store_peer_free)

G_END_DECLS
