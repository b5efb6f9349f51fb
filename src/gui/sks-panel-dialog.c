/* sks-panel-dialog.c — the members of an expert panel (评审专家组): the
 * list on the left, the chosen member's name, work unit, title and role on
 * the right; New, Save and Remove write to the document at once
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-enums.h"
#include "sks-field-row.h"
#include "sks-panel-dialog.h"
#include "sks-store-panel.h"

struct _SksPanelDialog
{
  GtkWindow       parent_instance;

  SksContext     *context;
  SksPanel       *panel;
  GListModel     *members;
  SksPanelMember *draft;     /* the member edited: a copy, or a new one (id 0) */
  GPtrArray      *rows;      /* SksFieldRow */

  GtkLabel       *panel_label;
  GtkListBox     *member_list;
  GtkLabel       *message_label;
};

G_DEFINE_FINAL_TYPE (SksPanelDialog, sks_panel_dialog, GTK_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static SksStore *
get_store (SksPanelDialog *self)
{
  return sks_context_get_store (self->context);
}

static void
show_message (SksPanelDialog *self,
              const char     *message)
{
  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
update_actions (SksPanelDialog *self)
{
  gboolean writable = !sks_context_get_read_only (self->context);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.save", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.remove",
                                 writable && sks_panel_member_get_id (self->draft) > 0);
}

/* The rows stay bound to one draft (a field row binds once); choosing a
 * member copies it into the draft, New copies a blank one. */
static void
edit (SksPanelDialog *self,
      SksPanelMember *member)
{
  const SksFieldTable *table = sks_panel_member_get_field_table ();
  g_autoptr(SksPanelMember) blank = sks_panel_member_new ();
  SksPanelMember *source = member ? member : blank;

  sks_field_table_copy (table, G_OBJECT (source), G_OBJECT (self->draft));
  sks_panel_member_set_id (self->draft, sks_panel_member_get_id (source));
  sks_panel_member_set_panel_id (self->draft, sks_panel_get_id (self->panel));
  for (guint i = 0; i < self->rows->len; i++)
    sks_field_row_set_complete (g_ptr_array_index (self->rows, i), FALSE);
  show_message (self, NULL);
  update_actions (self);
}

static void
bind_rows (SksPanelDialog *self)
{
  const SksFieldTable *table = sks_panel_member_get_field_table ();

  for (guint i = 0; i < self->rows->len; i++)
    {
      SksFieldRow *row = g_ptr_array_index (self->rows, i);

      sks_field_row_bind (row, G_OBJECT (self->draft),
                          sks_field_table_lookup (table, sks_field_row_get_path (row)));
    }
}

static GtkWidget *
member_row (SksPanelMember *member)
{
  g_autofree char *text = g_strdup_printf ("%s · %s\n%s %s",
                                           sks_panel_member_get_name (member),
                                           sks_enum_get_label (SKS_TYPE_PANEL_ROLE,
                                                               sks_panel_member_get_role (member)),
                                           sks_panel_member_get_work_unit (member)
                                             ? sks_panel_member_get_work_unit (member) : "",
                                           sks_panel_member_get_title (member)
                                             ? sks_panel_member_get_title (member) : "");
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_set_margin_start (label, 6);
  return label;
}

static void
reload (SksPanelDialog *self,
        gint64          select_id)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  g_clear_object (&self->members);
  self->members = sks_store_list_panel_members (get_store (self), sks_panel_get_id (self->panel),
                                                &error);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->member_list))) != NULL)
    gtk_list_box_remove (self->member_list, child);
  if (self->members == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read the panel: %s"), error->message);

      show_message (self, text);
      self->members = G_LIST_MODEL (g_list_store_new (SKS_TYPE_PANEL_MEMBER));
    }
  n = g_list_model_get_n_items (self->members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (self->members, i);

      gtk_list_box_append (self->member_list, member_row (member));
      if (sks_panel_member_get_id (member) == select_id)
        gtk_list_box_select_row (self->member_list,
                                 gtk_list_box_get_row_at_index (self->member_list, i));
    }
}

static void
member_selected_cb (SksPanelDialog *self,
                    GtkListBoxRow  *row)
{
  g_autoptr(SksPanelMember) member = NULL;

  if (row == NULL)
    return;
  member = g_list_model_get_item (self->members, gtk_list_box_row_get_index (row));
  edit (self, member);
}

/* The message of the first field to fix, or NULL. */
static char *
check_draft (SksPanelDialog *self)
{
  const SksFieldTable *table = sks_panel_member_get_field_table ();

  for (guint i = 0; i < self->rows->len; i++)
    {
      SksFieldRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(GError) error = NULL;

      sks_field_row_set_complete (row, TRUE);
      if (!sks_field_validate (sks_field_table_lookup (table, sks_field_row_get_path (row)),
                               G_OBJECT (self->draft), TRUE, &error))
        return g_strdup (error->message);
    }
  return NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SksPanelDialog *self = SKS_PANEL_DIALOG (widget);
  g_autofree char *problem = check_draft (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (problem != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), problem);

      show_message (self, text);
      return;
    }
  if (sks_panel_member_get_id (self->draft) > 0)
    ok = sks_store_save_panel_member (get_store (self), self->draft, &error);
  else
    ok = sks_store_add_panel_member (get_store (self), self->draft, &error);
  if (!ok)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);

      show_message (self, text);
      return;
    }
  reload (self, sks_panel_member_get_id (self->draft));
  show_message (self, NULL);
  update_actions (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SksPanelDialog *self = SKS_PANEL_DIALOG (widget);

  gtk_list_box_unselect_all (self->member_list);
  edit (self, NULL);
  if (self->rows->len > 0)
    gtk_widget_grab_focus (sks_field_row_get_input (g_ptr_array_index (self->rows, 0)));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SksPanelDialog *self = SKS_PANEL_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!sks_store_remove_panel_member (get_store (self), sks_panel_member_get_id (self->draft),
                                      &error))
    {
      g_autofree char *text = g_strdup_printf (_("%s was not removed: %s"),
                                               sks_panel_member_get_name (self->draft),
                                               error->message);

      show_message (self, text);
      return;
    }
  reload (self, 0);
  edit (self, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
sks_panel_dialog_dispose (GObject *object)
{
  SksPanelDialog *self = SKS_PANEL_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->draft);
  g_clear_object (&self->members);
  g_clear_object (&self->panel);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_panel_dialog_parent_class)->dispose (object);
}

static void
sks_panel_dialog_class_init (SksPanelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_panel_dialog_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SKS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-panel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksPanelDialog, panel_label);
  gtk_widget_class_bind_template_child (widget_class, SksPanelDialog, member_list);
  gtk_widget_class_bind_template_child (widget_class, SksPanelDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, member_selected_cb);

  gtk_widget_class_install_action (widget_class, "panel.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "panel.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "panel.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "panel.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "panel.close", NULL);
}

static void
sks_panel_dialog_init (SksPanelDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = sks_field_row_collect (GTK_WIDGET (self));
  self->draft = sks_panel_member_new ();
  bind_rows (self);
}

/**
 * sks_panel_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @context: the open document
 * @panel: the panel whose members are edited
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
GtkWidget *
sks_panel_dialog_new (GtkWindow  *parent,
                      SksContext *context,
                      SksPanel   *panel)
{
  SksPanelDialog *self;
  g_autofree char *title = NULL;
  const char *unit = sks_panel_get_recommender_name (panel);

  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (SKS_IS_PANEL (panel), NULL);

  self = g_object_new (SKS_TYPE_PANEL_DIALOG, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->context = g_object_ref (context);
  self->panel = g_object_ref (panel);
  title = g_strdup_printf ("%s%s%s",
                           sks_enum_get_label (SKS_TYPE_PANEL_LEVEL, sks_panel_get_level (panel)),
                           unit ? " · " : "", unit ? unit : "");
  gtk_label_set_label (self->panel_label, title);
  reload (self, 0);
  edit (self, NULL);
  return GTK_WIDGET (self);
}

GListModel *
sks_panel_dialog_get_members (SksPanelDialog *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_DIALOG (self), NULL);
  return self->members;
}

/* The member the form edits (id 0: a new one). */
SksPanelMember *
sks_panel_dialog_get_draft (SksPanelDialog *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_DIALOG (self), NULL);
  return self->draft;
}

void
sks_panel_dialog_select (SksPanelDialog *self,
                         guint           position)
{
  g_return_if_fail (SKS_IS_PANEL_DIALOG (self));

  gtk_list_box_select_row (self->member_list,
                           gtk_list_box_get_row_at_index (self->member_list, position));
}

/* Why the last Save or Remove did nothing, or NULL. */
const char *
sks_panel_dialog_get_message (SksPanelDialog *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_label (self->message_label);
}
