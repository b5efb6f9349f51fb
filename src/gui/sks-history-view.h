/* sks-history-view.h — who changed what (变更记录): an application's history
 * or a round's events
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-store.h"

G_BEGIN_DECLS

#define SKS_TYPE_HISTORY_VIEW (sks_history_view_get_type ())

G_DECLARE_FINAL_TYPE (SksHistoryView, sks_history_view, SKS, HISTORY_VIEW, GtkWidget)

GtkWidget  *sks_history_view_new          (void);
gboolean    sks_history_view_show_studio  (SksHistoryView  *self,
                                           SksStore        *store,
                                           gint64           studio_id,
                                           GError         **error);
gboolean    sks_history_view_show_round   (SksHistoryView  *self,
                                           SksStore        *store,
                                           SksRound        *round,
                                           GError         **error);
GListModel *sks_history_view_get_model    (SksHistoryView  *self);
char       *sks_history_view_dup_row_text (SksHistoryView  *self,
                                           guint            position);
GtkWindow  *sks_history_window_new        (GtkWindow       *parent,
                                           const char      *title,
                                           SksHistoryView **view_out);

G_END_DECLS
