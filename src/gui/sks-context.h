/* sks-context.h — one open document as the GUI sees it: the store, the
 * settings and the list models built on the store
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

void        sks_context_backup_async         (SksContext           *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
char       *sks_context_backup_finish        (SksContext           *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
