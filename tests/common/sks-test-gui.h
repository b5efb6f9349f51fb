/* sks-test-gui.h — what the widget tests share: a look at what they saw
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sks_test_save_shot (GtkWidget  *widget,
                         const char *name);

G_END_DECLS
