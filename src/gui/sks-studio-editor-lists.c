/* sks-studio-editor-lists.c — the editor's lists: the team, the
 * attachments and the checklist of the materials the notice asks for
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sks-enums.h"
#include "sks-problem.h"
#include "sks-studio-editor-private.h"
#include "sks-team-member-dialog.h"

static GListStore *
get_team (SksStudioEditor *self)
{
  return G_LIST_STORE (sks_studio_get_team (self->studio));
}

static GListStore *
get_attachments (SksStudioEditor *self)
{
  return G_LIST_STORE (sks_studio_get_attachments (self->studio));
}

static GtkWidget *
make_icon_button (const char *icon_name,
                  const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static GtkWidget *
make_list_row (GtkWidget *title,
               GtkWidget *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), labels);
  return box;
}

/* The team */

static void
apply_member_cb (SksStudioEditor     *self,
                 SksTeamMember       *draft,
                 SksTeamMemberDialog *dialog)
{
  SksTeamMember *member = sks_team_member_dialog_get_member (dialog);
  const SksFieldTable *table = sks_team_member_get_field_table ();
  g_autoptr(SksTeamMember) before = NULL;
  GListStore *team = get_team (self);

  if (member == NULL)
    {
      sks_studio_add_team_member (self->studio, draft);
      sks_edit_history_push_insert (self->history, team,
                                    g_list_model_get_n_items (G_LIST_MODEL (team)) - 1,
                                    G_OBJECT (draft));
      return;
    }
  before = sks_team_member_new ();
  sks_field_table_copy (table, G_OBJECT (member), G_OBJECT (before));
  sks_field_table_copy (table, G_OBJECT (draft), G_OBJECT (member));
  sks_edit_history_push_copy (self->history, G_OBJECT (member), table, G_OBJECT (before),
                              G_OBJECT (draft));
}

static SksTeamMemberDialog *
open_member_dialog (SksStudioEditor *self,
                    SksTeamMember   *member)
{
  SksTeamMemberDialog *dialog = sks_team_member_dialog_new (GTK_WINDOW (self), member);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (apply_member_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_member_dialog (SKS_STUDIO_EDITOR (widget), NULL);
}

static void
edit_member_clicked_cb (GtkWidget     *button,
                        SksTeamMember *member)
{
  GtkWidget *self = gtk_widget_get_ancestor (button, SKS_TYPE_STUDIO_EDITOR);

  open_member_dialog (SKS_STUDIO_EDITOR (self), member);
}

static void
remove_member_clicked_cb (GtkWidget     *button,
                          SksTeamMember *member)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (gtk_widget_get_ancestor (button,
                                                                      SKS_TYPE_STUDIO_EDITOR));
  g_autoptr(SksTeamMember) removed = g_object_ref (member);
  guint position;

  if (!g_list_store_find (get_team (self), member, &position))
    return;
  sks_studio_remove_team_member (self->studio, position);
  sks_edit_history_push_remove (self->history, get_team (self), position, G_OBJECT (removed));
}

/* 姓名，性别，出生年月，学历，职业（工种），等级: what the form prints. */
static char *
describe_member (SksTeamMember *member)
{
  const SksFieldTable *table = sks_team_member_get_field_table ();
  static const char * const fields[] = {
    "birth", "education", "occupation", "skill-level", "specialty",
  };
  GString *text = g_string_new (NULL);
  int gender;

  g_object_get (member, "gender", &gender, NULL);
  if (gender != SKS_GENDER_UNSET)
    g_string_append (text, sks_enum_get_label (SKS_TYPE_GENDER, gender));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = sks_field_get_text (sks_field_table_lookup (table, fields[i]),
                                              G_OBJECT (member));

      if (value == NULL || *value == '\0')
        continue;
      if (text->len > 0)
        /* Translators: separates a team member's particulars */
        g_string_append (text, _(", "));
      g_string_append (text, value);
    }
  return g_string_free (text, FALSE);
}

static void
update_member_row (GtkWidget *box)
{
  SksTeamMember *member = g_object_get_data (G_OBJECT (box), "member");
  GtkWidget *labels = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  g_autofree char *description = describe_member (member);
  const char *name = sks_team_member_get_name (member);

  gtk_label_set_text (GTK_LABEL (title), name && *name ? name : _("Unnamed member"));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (title)), description);
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer data)
{
  SksStudioEditor *self = data;
  SksTeamMember *member = item;
  GtkWidget *box = make_list_row (gtk_label_new (NULL), gtk_label_new (NULL));
  GtkWidget *edit = make_icon_button ("document-edit-symbolic", _("Edit member"));
  GtkWidget *remove = make_icon_button ("user-trash-symbolic", _("Remove member"));

  g_object_set_data_full (G_OBJECT (box), "member", g_object_ref (member), g_object_unref);
  g_signal_connect_object (member, "notify", G_CALLBACK (update_member_row), box,
                           G_CONNECT_SWAPPED);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_member_clicked_cb), member);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_member_clicked_cb), member);
  gtk_widget_set_visible (edit, !self->read_only);
  gtk_widget_set_visible (remove, !self->read_only);
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), remove);
  update_member_row (box);
  return box;
}

/* Attachments */

static SksAttachmentKind
get_chosen_kind (SksStudioEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_drop_down);

  if (selected == GTK_INVALID_LIST_POSITION)
    return SKS_ATTACHMENT_OTHER;
  return (SksAttachmentKind) selected;
}

/**
 * sks_studio_editor_add_file:
 * @kind: what the file is evidence of
 *
 * Reads @file and attaches it to the application as one undoable edit.
 *
 * Returns: FALSE with @error set when the file cannot be read or the
 *   attachment is not acceptable
 */
gboolean
sks_studio_editor_add_file (SksStudioEditor    *self,
                            GFile              *file,
                            SksAttachmentKind   kind,
                            GError            **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *content_type = NULL;
  g_autofree char *mime_type = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(SksAttachment) attachment = NULL;
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);
  GListStore *attachments;
  gsize length;

  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  content_type = g_content_type_guess (name, (const guchar *) contents, length, NULL);
  mime_type = g_content_type_get_mime_type (content_type);
  data = g_bytes_new_take (g_steal_pointer (&contents), length);
  attachment = sks_attachment_new (kind, name, mime_type, data);
  sks_attachment_validate (attachment, problems, NULL);
  if (problems->len > 0)
    {
      SksProblem *problem = g_ptr_array_index (problems, 0);

      g_propagate_error (error, g_error_copy (problem->error));
      return FALSE;
    }
  attachments = get_attachments (self);
  sks_studio_add_attachment (self->studio, attachment);
  sks_edit_history_push_insert (self->history, attachments,
                                g_list_model_get_n_items (G_LIST_MODEL (attachments)) - 1,
                                G_OBJECT (attachment));
  return TRUE;
}

static void
add_file_or_show (SksStudioEditor *self,
                  GFile           *file)
{
  g_autoptr(GError) error = NULL;

  if (!sks_studio_editor_add_file (self, file, get_chosen_kind (self), &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message =
        g_strdup_printf (_("The file “%s” could not be attached: %s"), name, error->message);

      _sks_studio_editor_show_error (self, message);
    }
}

static void
add_attachment_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            SksStudioEditor *self)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      add_file_or_show (self, file);
    }
}

static void
add_attachment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Attach Files"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (add_attachment_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         SksStudioEditor *self)
{
  GSList *files;

  if (self->read_only || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    add_file_or_show (self, l->data);
  return files != NULL;
}

/* A folder of its own for each copy, so that two attachments of the same
 * name never overwrite each other; only the user may read it (attachments
 * are copies of ID cards and certificates). */
static char *
make_copy_folder (GError **error)
{
  g_autofree char *parent = g_build_filename (g_get_user_cache_dir (), "skill-studio",
                                              "attachments", NULL);
  g_autofree char *folder = g_build_filename (parent, "open-XXXXXX", NULL);

  if (g_mkdir_with_parents (parent, 0700) != 0 || g_mkdtemp_full (folder, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", parent,
                   g_strerror (saved_errno));
      return NULL;
    }
  return g_steal_pointer (&folder);
}

/* Opens a copy in the cache folder with the desktop's viewer: the content
 * lives inside the document. */
static gboolean
open_attachment (SksStudioEditor  *self,
                 SksAttachment    *attachment,
                 GError          **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = sks_attachment_safe_name (sks_attachment_get_name (attachment));

  if (sks_attachment_get_data (attachment) != NULL)
    data = g_bytes_ref (sks_attachment_get_data (attachment));
  else
    data = sks_store_load_attachment_data (sks_context_get_store (self->context),
                                           sks_attachment_get_id (attachment), error);
  if (data == NULL)
    return FALSE;
  if ((folder = make_copy_folder (error)) == NULL)
    return FALSE;
  /* Documents written before names were checked may hold a path. */
  path = g_build_filename (folder, name, NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  uri = g_filename_to_uri (path, NULL, error);
  if (uri == NULL)
    return FALSE;
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  return TRUE;
}

static void
open_attachment_clicked_cb (GtkWidget     *button,
                            SksAttachment *attachment)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (gtk_widget_get_ancestor (button,
                                                                      SKS_TYPE_STUDIO_EDITOR));
  g_autoptr(GError) error = NULL;

  if (!open_attachment (self, attachment, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("The attachment “%s” could not be opened: %s"),
                         sks_attachment_get_name (attachment), error->message);
      _sks_studio_editor_show_error (self, message);
    }
}

static void
remove_attachment_clicked_cb (GtkWidget     *button,
                              SksAttachment *attachment)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (gtk_widget_get_ancestor (button,
                                                                      SKS_TYPE_STUDIO_EDITOR));
  g_autoptr(SksAttachment) removed = g_object_ref (attachment);
  guint position;

  if (!g_list_store_find (get_attachments (self), attachment, &position))
    return;
  sks_studio_remove_attachment (self->studio, position);
  sks_edit_history_push_remove (self->history, get_attachments (self), position,
                                G_OBJECT (removed));
}

static GtkWidget *
create_attachment_row (gpointer item,
                       gpointer data)
{
  SksStudioEditor *self = data;
  SksAttachment *attachment = item;
  g_autofree char *size = g_format_size ((guint64) sks_attachment_get_size (attachment));
  const char *kind = sks_enum_get_label (SKS_TYPE_ATTACHMENT_KIND,
                                        sks_attachment_get_kind (attachment));
  /* Translators: kind of material · file size */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), kind, size);
  GtkWidget *box = make_list_row (gtk_label_new (sks_attachment_get_name (attachment)),
                                  gtk_label_new (subtitle));
  GtkWidget *open = make_icon_button ("document-open-symbolic", _("Open attachment"));
  GtkWidget *remove = make_icon_button ("user-trash-symbolic", _("Remove attachment"));

  g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_clicked_cb), attachment);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_attachment_clicked_cb), attachment);
  gtk_widget_set_visible (remove, !self->read_only);
  gtk_box_append (GTK_BOX (box), open);
  gtk_box_append (GTK_BOX (box), remove);
  return box;
}

/* The checklist */

static const SksAttachmentKind *
get_materials (SksStudioEditor *self,
               guint           *n_materials)
{
  return sks_attachment_kinds_for_city (self->round ? sks_round_get_city (self->round) : NULL,
                                        n_materials);
}

static gboolean
has_attachment_of_kind (SksStudioEditor   *self,
                        SksAttachmentKind  kind)
{
  GListModel *attachments = G_LIST_MODEL (get_attachments (self));

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);

      if (sks_attachment_get_kind (attachment) == kind)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
make_checklist_item (const char *label,
                     gboolean    attached)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (attached ? "emblem-ok-symbolic"
                                                           : "list-remove-symbolic");
  GtkWidget *text = gtk_label_new (label);
  g_autofree char *description =
    g_strdup_printf ("%s: %s", label, attached ? _("attached") : _("missing"));

  gtk_widget_add_css_class (icon, attached ? "success" : "dim-label");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  if (!attached)
    gtk_widget_add_css_class (text, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_name (box, attached ? "attached" : "missing");
  return box;
}

static void
update_checklist (SksStudioEditor *self)
{
  guint n_materials;
  const SksAttachmentKind *materials = get_materials (self, &n_materials);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist_box))) != NULL)
    gtk_flow_box_remove (self->checklist_box, child);
  for (guint i = 0; i < n_materials; i++)
    gtk_flow_box_append (self->checklist_box,
                         make_checklist_item (sks_enum_get_label (SKS_TYPE_ATTACHMENT_KIND,
                                                                  materials[i]),
                                              has_attachment_of_kind (self, materials[i])));
}

static void
setup_kind_chooser (SksStudioEditor *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SKS_TYPE_ATTACHMENT_KIND);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* Positions are the enum's values, which run from 0 without gaps. */
  for (guint i = 0; i < klass->n_values; i++)
    {
      g_assert (klass->values[i].value == (int) i);
      gtk_string_list_append (kinds, _(klass->values[i].value_name));
    }
  gtk_drop_down_set_model (self->kind_drop_down, G_LIST_MODEL (kinds));
}

static void
setup_drop_target (SksStudioEditor *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (self->attachments_box, GTK_EVENT_CONTROLLER (target));
}

static void
show_materials_paragraph (SksStudioEditor *self)
{
  const char *city = self->round ? sks_round_get_city (self->round) : NULL;

  if (g_strcmp0 (city, "杭州市") == 0)
    gtk_label_set_text (self->materials_label,
                        _("The notice asks for the unit’s business licence (or legal person "
                          "registration certificate), ID cards of the master and members, other "
                          "technical certificates, awards, media reports, publications and "
                          "innovations (Hangzhou 2023, IV (1))."));
  else
    gtk_label_set_text (self->materials_label,
                        _("The notice asks for a letter of recommendation, the application "
                          "report, and copies of the leader’s ID card, vocational qualification "
                          "certificate, skill honours and technical achievements (Huzhou 2025, "
                          "IV 4)."));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

void
_sks_studio_editor_lists_init (SksStudioEditor *self)
{
  set_placeholder (self->team_list, _("No team members yet"));
  set_placeholder (self->attachment_list, _("No files attached yet"));
  gtk_list_box_bind_model (self->team_list, G_LIST_MODEL (get_team (self)), create_member_row,
                           self, NULL);
  gtk_list_box_bind_model (self->attachment_list, G_LIST_MODEL (get_attachments (self)),
                           create_attachment_row, self, NULL);
  g_signal_connect_object (get_attachments (self), "items-changed",
                           G_CALLBACK (update_checklist), self, G_CONNECT_SWAPPED);
  setup_kind_chooser (self);
  setup_drop_target (self);
  show_materials_paragraph (self);
  update_checklist (self);
}

void
_sks_studio_editor_lists_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "editor.add-attachment", NULL,
                                   add_attachment_action);
}
