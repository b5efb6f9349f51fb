/* sks-cell-icon.h — a list cell's icon
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SKS_TYPE_CELL_ICON (sks_cell_icon_get_type ())

G_DECLARE_FINAL_TYPE (SksCellIcon, sks_cell_icon, SKS, CELL_ICON, GtkWidget)

GtkWidget  *sks_cell_icon_new           (void);
void        sks_cell_icon_set_icon_name (SksCellIcon *self,
                                         const char  *icon_name);
const char *sks_cell_icon_get_icon_name (SksCellIcon *self);

G_END_DECLS
