/* sks-preferences-dialog.c — Preferences: the name kept with every change
 * (GSettings "user-name"; empty for the account's full name). The entry is
 * bound to the setting, so a change applies at once; the open documents'
 * contexts follow the setting.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-preferences-dialog.h"

struct _SksPreferencesDialog
{
  GtkWindow  parent_instance;

  GtkEntry  *name_entry;
};

G_DEFINE_FINAL_TYPE (SksPreferencesDialog, sks_preferences_dialog, GTK_TYPE_WINDOW)

static void
sks_preferences_dialog_class_init (SksPreferencesDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksPreferencesDialog, name_entry);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sks_preferences_dialog_init (SksPreferencesDialog *self)
{
  const char *real_name = g_get_real_name ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* What an empty name stands for */
  if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
    real_name = g_get_user_name ();
  gtk_entry_set_placeholder_text (self->name_entry, real_name);
}

SksPreferencesDialog *
sks_preferences_dialog_new (GtkWindow *parent,
                            GSettings *settings)
{
  SksPreferencesDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SKS_TYPE_PREFERENCES_DIALOG, "transient-for", parent, NULL);
  g_settings_bind (settings, "user-name", self->name_entry, "text", G_SETTINGS_BIND_DEFAULT);
  return self;
}

/* Returns: (transfer none): the name entry, for tests */
GtkEntry *
sks_preferences_dialog_get_name_entry (SksPreferencesDialog *self)
{
  g_return_val_if_fail (SKS_IS_PREFERENCES_DIALOG (self), NULL);
  return self->name_entry;
}
