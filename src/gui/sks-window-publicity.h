/* sks-window-publicity.h — win.publish-list: the 公示名单 of the sidebar's
 * round (sks-window-publicity.c)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-publicity.h"
#include "sks-window.h"

G_BEGIN_DECLS

void         sks_window_class_add_publicity_actions (GtkWidgetClass    *widget_class);
GtkWidget   *sks_window_new_publicity_dialog        (SksWindow         *self,
                                                     GError           **error);
SksPrintDoc *sks_window_build_publicity             (SksWindow         *self,
                                                     SksPublicityOrder  order,
                                                     const GDate       *start,
                                                     gboolean           list_only,
                                                     GError           **error);
gboolean     sks_window_export_publicity            (SksWindow         *self,
                                                     SksPublicityOrder  order,
                                                     const GDate       *start,
                                                     const char        *path,
                                                     GError           **error);

G_END_DECLS
