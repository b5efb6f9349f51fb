/* sks-context.h — one open document as the GUI sees it: the store, the
 * settings and the list models built on the store
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-policy.h"
#include "sks-store.h"

G_BEGIN_DECLS

#define SKS_TYPE_CONTEXT (sks_context_get_type ())

G_DECLARE_FINAL_TYPE (SksContext, sks_context, SKS, CONTEXT, GObject)

SksContext *sks_context_new                  (SksStore             *store,
                                              GSettings            *settings);
SksStore   *sks_context_get_store            (SksContext           *self);
GSettings  *sks_context_get_settings         (SksContext           *self);
GListModel *sks_context_get_studios          (SksContext           *self);
const char *sks_context_get_path             (SksContext           *self);
const char *sks_context_get_display_name     (SksContext           *self);
gboolean    sks_context_get_read_only        (SksContext           *self);
const char *sks_context_get_read_only_reason (SksContext           *self);

gboolean    sks_context_reload               (SksContext           *self,
                                              GError              **error);
GListModel *sks_context_get_rounds           (SksContext           *self);
GListModel *sks_context_get_recommenders     (SksContext           *self,
                                              gint64                round_id);
SksRound   *sks_context_find_round           (SksContext           *self,
                                              gint64                round_id);
SksPolicy  *sks_context_get_policy           (SksContext           *self,
                                              gint64                round_id);
const GDate *sks_context_get_reference_date  (SksContext           *self,
                                              gint64                round_id);

void        sks_context_check_async          (SksContext           *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean    sks_context_check_finish         (SksContext           *self,
                                              GAsyncResult         *result,
                                              GError              **error);

void        sks_context_studio_saved         (SksContext           *self,
                                              gint64                studio_id);

void        sks_context_backup_async         (SksContext           *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
char       *sks_context_backup_finish        (SksContext           *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
