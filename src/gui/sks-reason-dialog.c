/* sks-reason-dialog.c — asks why: the reason for changing a submitted
 * score, or for declaring a conflict of interest (回避)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-reason-dialog.h"

struct _SksReasonDialog
{
  GtkDialog  parent_instance;

  GtkLabel  *message_label;
  GtkEntry  *reason_entry;
  GtkLabel  *error_label;
  GtkButton *accept_button;
};

G_DEFINE_FINAL_TYPE (SksReasonDialog, sks_reason_dialog, GTK_TYPE_DIALOG)

static void
reason_changed_cb (SksReasonDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT, *trimmed != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
reason_activate_cb (SksReasonDialog *self)
{
  gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

static void
sks_reason_dialog_class_init (SksReasonDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-reason-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksReasonDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksReasonDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, SksReasonDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SksReasonDialog, accept_button);
  gtk_widget_class_bind_template_callback (widget_class, reason_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_activate_cb);
}

static void
sks_reason_dialog_init (SksReasonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
  reason_changed_cb (self);
}

/**
 * sks_reason_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @title: the dialog's title
 * @message: what the reason is for, naming who and what
 * @accept_label: the button that accepts, e.g. "_Change Score"
 *
 * Returns: (transfer none): a modal dialog, not yet presented
 */
GtkWidget *
sks_reason_dialog_new (GtkWindow  *parent,
                       const char *title,
                       const char *message,
                       const char *accept_label)
{
  SksReasonDialog *self = g_object_new (SKS_TYPE_REASON_DIALOG,
                                        "transient-for", parent,
                                        "modal", TRUE,
                                        "destroy-with-parent", TRUE,
                                        "title", title,
                                        NULL);

  gtk_label_set_label (self->message_label, message);
  gtk_button_set_label (self->accept_button, accept_label);
  return GTK_WIDGET (self);
}

const char *
sks_reason_dialog_get_reason (SksReasonDialog *self)
{
  g_return_val_if_fail (SKS_IS_REASON_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
}

void
sks_reason_dialog_set_reason (SksReasonDialog *self,
                              const char      *reason)
{
  g_return_if_fail (SKS_IS_REASON_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
}

void
sks_reason_dialog_show_error (SksReasonDialog *self,
                              const char      *message)
{
  g_return_if_fail (SKS_IS_REASON_DIALOG (self));

  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->reason_entry), "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
}
