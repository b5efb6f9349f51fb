/* sks-window.h — a document window: a sidebar of rounds and units, and the
 * document's views (the applications, review, comparison) to choose from
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-applications-view.h"
#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_WINDOW (sks_window_get_type ())

G_DECLARE_FINAL_TYPE (SksWindow, sks_window, SKS, WINDOW, GtkApplicationWindow)

SksWindow  *sks_window_new          (GtkApplication *application,
                                     SksContext     *context);
SksContext *sks_window_get_context  (SksWindow      *self);
void        sks_window_show_error   (SksWindow      *self,
                                     const char     *message);
void        sks_window_start_backup (SksWindow      *self);
gboolean    sks_window_show_view    (SksWindow      *self,
                                     const char     *name);
const char *sks_window_get_visible_view (SksWindow  *self);
SksApplicationsView *sks_window_get_applications_view (SksWindow *self);
void        sks_window_add_view     (SksWindow      *self,
                                     GtkWidget      *view,
                                     const char     *name,
                                     const char     *title);

G_END_DECLS
