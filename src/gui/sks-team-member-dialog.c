/* sks-team-member-dialog.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog edits a draft copy; ::saved hands it to the editor, which
 * applies it as one undoable edit, and Cancel leaves the member untouched.
 * Save keeps the dialog open until the member is complete (as the team
 * rules count members: every required particular given, every value
 * valid), with the message under each field to fix.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-field-row.h"
#include "sks-problem.h"
#include "sks-team-member-dialog.h"

struct _SksTeamMemberDialog
{
  GtkWindow      parent_instance;

  SksTeamMember *member;  /* NULL when adding */
  SksTeamMember *draft;
  GPtrArray     *rows;

  /* Template children */
  GtkLabel      *problem_label;
};

G_DEFINE_FINAL_TYPE (SksTeamMemberDialog, sks_team_member_dialog, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
bind_rows (SksTeamMemberDialog *self)
{
  /* The form is the window's child and so not bound: disposing the template
   * would unparent it behind GtkWindow's back (a critical in 4.8). */
  const SksFieldTable *table = sks_team_member_get_field_table ();

  self->rows = sks_field_row_collect (GTK_WIDGET (self));
  for (guint i = 0; i < self->rows->len; i++)
    {
      SksFieldRow *row = g_ptr_array_index (self->rows, i);
      const SksField *field = sks_field_table_lookup (table, sks_field_row_get_path (row));

      g_assert (field != NULL);
      sks_field_row_bind (row, G_OBJECT (self->draft), field);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SksTeamMemberDialog *self = SKS_TEAM_MEMBER_DIALOG (widget);
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);

  sks_team_member_validate (self->draft, problems, NULL, TRUE);
  if (problems->len > 0)
    {
      g_autofree char *text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "Not saved: %u field needs fixing first (marked below).",
                     "Not saved: %u fields need fixing first (marked below).", problems->len),
        problems->len);

      /* From now on every row says what it lacks, required ones included. */
      for (guint i = 0; i < self->rows->len; i++)
        sks_field_row_set_complete (g_ptr_array_index (self->rows, i), TRUE);
      gtk_label_set_text (self->problem_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->draft);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The message saying why Save did nothing, or NULL. */
const char *
sks_team_member_dialog_get_problem_message (SksTeamMemberDialog *self)
{
  g_return_val_if_fail (SKS_IS_TEAM_MEMBER_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->problem_label)))
    return NULL;
  return gtk_label_get_text (self->problem_label);
}

/**
 * sks_team_member_dialog_find_row:
 * @path: a field of the member ("birth")
 *
 * Returns: (transfer none) (nullable): the dialog's row for @path
 */
SksFieldRow *
sks_team_member_dialog_find_row (SksTeamMemberDialog *self,
                                 const char          *path)
{
  g_return_val_if_fail (SKS_IS_TEAM_MEMBER_DIALOG (self), NULL);

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    if (g_strcmp0 (sks_field_row_get_path (g_ptr_array_index (self->rows, i)), path) == 0)
      return g_ptr_array_index (self->rows, i);
  return NULL;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* The member being edited, or NULL when adding one. */
SksTeamMember *
sks_team_member_dialog_get_member (SksTeamMemberDialog *self)
{
  g_return_val_if_fail (SKS_IS_TEAM_MEMBER_DIALOG (self), NULL);
  return self->member;
}

SksTeamMember *
sks_team_member_dialog_get_draft (SksTeamMemberDialog *self)
{
  g_return_val_if_fail (SKS_IS_TEAM_MEMBER_DIALOG (self), NULL);
  return self->draft;
}

static void
sks_team_member_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKS_TYPE_TEAM_MEMBER_DIALOG);
  G_OBJECT_CLASS (sks_team_member_dialog_parent_class)->dispose (object);
}

static void
sks_team_member_dialog_finalize (GObject *object)
{
  SksTeamMemberDialog *self = SKS_TEAM_MEMBER_DIALOG (object);

  g_clear_object (&self->member);
  g_clear_object (&self->draft);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (sks_team_member_dialog_parent_class)->finalize (object);
}

static void
sks_team_member_dialog_class_init (SksTeamMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_team_member_dialog_dispose;
  object_class->finalize = sks_team_member_dialog_finalize;

  /**
   * SksTeamMemberDialog::saved:
   * @draft: the member as the user left it
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, SKS_TYPE_TEAM_MEMBER);

  g_type_ensure (SKS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-team-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksTeamMemberDialog, problem_label);
  gtk_widget_class_install_action (widget_class, "member.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "member.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "member.cancel", NULL);
}

static void
sks_team_member_dialog_init (SksTeamMemberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_team_member_dialog_new:
 * @member: (nullable): the member to edit, or NULL to add one
 */
SksTeamMemberDialog *
sks_team_member_dialog_new (GtkWindow     *parent,
                            SksTeamMember *member)
{
  SksTeamMemberDialog *self;

  g_return_val_if_fail (member == NULL || SKS_IS_TEAM_MEMBER (member), NULL);

  self = g_object_new (SKS_TYPE_TEAM_MEMBER_DIALOG, "transient-for", parent, NULL);
  self->draft = sks_team_member_new ();
  if (member != NULL)
    {
      self->member = g_object_ref (member);
      sks_field_table_copy (sks_team_member_get_field_table (), G_OBJECT (member),
                            G_OBJECT (self->draft));
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("New Team Member"));
  bind_rows (self);
  return self;
}
