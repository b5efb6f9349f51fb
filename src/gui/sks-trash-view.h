/* sks-trash-view.h — the document's trash (回收站)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_TRASH_VIEW (sks_trash_view_get_type ())

G_DECLARE_FINAL_TYPE (SksTrashView, sks_trash_view, SKS, TRASH_VIEW, GtkWindow)

GtkWidget  *sks_trash_view_new         (GtkWindow    *parent,
                                        SksContext   *context);
GListModel *sks_trash_view_get_entries (SksTrashView *self);
void        sks_trash_view_reload      (SksTrashView *self);

char       *sks_trash_dup_names        (GPtrArray    *names,
                                        guint         max_named);

G_END_DECLS
