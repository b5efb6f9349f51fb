/* sks-preferences-dialog.h — Preferences (首选项): the user's name
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SKS_TYPE_PREFERENCES_DIALOG (sks_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksPreferencesDialog, sks_preferences_dialog, SKS, PREFERENCES_DIALOG,
                      GtkWindow)

SksPreferencesDialog *sks_preferences_dialog_new      (GtkWindow            *parent,
                                                       GSettings            *settings);
GtkEntry             *sks_preferences_dialog_get_name_entry (SksPreferencesDialog *self);

G_END_DECLS
