/* sks-trash-view.c — the document's trash (回收站): the deleted
 * applications with their recommending unit and when and by whom they were
 * deleted; Restore puts the selected ones back, Empty Trash (after a
 * confirmation naming them) removes them all for good
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-trash-view.h"

#define MAX_NAMED 5

struct _SksTrashView
{
  GtkWindow          parent_instance;

  SksContext        *context;
  GListStore        *entries;
  gboolean           changing;   /* our own writes: the context's signal reloads nothing */

  GtkLabel          *summary_label;
  GtkStack          *stack;
  GtkColumnView     *column_view;
  GtkMultiSelection *selection;
};

G_DEFINE_FINAL_TYPE (SksTrashView, sks_trash_view, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
writable (SksTrashView *self)
{
  return self->context != NULL && !sks_context_get_read_only (self->context);
}

static guint
count_selected (SksTrashView *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static void
update_actions (SksTrashView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.restore",
                                 writable (self) && count_selected (self) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.empty", writable (self) && n > 0);
}

static void
update_summary (SksTrashView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No deleted applications"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deleted application",
                                         "%u deleted applications", n), n);
  gtk_label_set_label (self->summary_label, text);
  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : "list");
  update_actions (self);
}

void
sks_trash_view_reload (SksTrashView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (SKS_IS_TRASH_VIEW (self));

  rows = sks_store_list_deleted_rows (sks_context_get_store (self->context), &error);
  if (rows == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read the trash: %s"),
                                               error->message);
      gtk_label_set_label (self->summary_label, text);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       items->pdata, items->len);
  update_summary (self);
}

static void
studio_saved_cb (SksTrashView *self)
{
  if (!self->changing)
    sks_trash_view_reload (self);
}

static void
selection_changed_cb (SksTrashView *self)
{
  update_actions (self);
}

static void
show_error (SksTrashView *self,
            const char   *format,
            const char   *message)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              format, message);

  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Cells */

static void
setup_cell_cb (SksTrashView *self,
               GtkListItem  *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
set_text (GtkListItem *item,
          const char  *text)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static SksTrashEntry *
get_entry (GtkListItem *item)
{
  return SKS_TRASH_ENTRY (gtk_list_item_get_item (item));
}

static void
bind_name_cb (SksTrashView *self,
              GtkListItem  *item)
{
  set_text (item, sks_trash_entry_get_name (get_entry (item)));
}

static void
bind_master_cb (SksTrashView *self,
                GtkListItem  *item)
{
  set_text (item, sks_trash_entry_get_master_name (get_entry (item)));
}

static void
bind_recommender_cb (SksTrashView *self,
                     GtkListItem  *item)
{
  set_text (item, sks_trash_entry_get_recommender_name (get_entry (item)));
}

static void
bind_status_cb (SksTrashView *self,
                GtkListItem  *item)
{
  set_text (item, sks_enum_get_label (SKS_TYPE_STATUS,
                                      sks_trash_entry_get_status (get_entry (item))));
}

static void
bind_deleted_cb (SksTrashView *self,
                 GtkListItem  *item)
{
  g_autofree char *when = sks_trash_entry_dup_deleted_local (get_entry (item));

  set_text (item, when);
}

static void
bind_deleted_by_cb (SksTrashView *self,
                    GtkListItem  *item)
{
  set_text (item, sks_trash_entry_get_deleted_by (get_entry (item)));
}

/* Actions */

static GArray *
dup_selected_ids (SksTrashView *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(SksTrashEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries),
                                                             position);
      gint64 id = entry ? sks_trash_entry_get_id (entry) : 0;

      if (id != 0)
        g_array_append_val (ids, id);
    }
  return ids;
}

static void
tell_context (SksTrashView *self,
              GArray       *ids)
{
  self->changing = TRUE;
  for (guint i = 0; i < ids->len; i++)
    sks_context_studio_saved (self->context, g_array_index (ids, gint64, i));
  self->changing = FALSE;
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SksTrashView *self = SKS_TRASH_VIEW (widget);
  g_autoptr(GArray) ids = dup_selected_ids (self);
  g_autoptr(GError) error = NULL;

  if (ids->len == 0)
    return;
  if (!sks_store_restore_studios (sks_context_get_store (self->context), (gint64 *) ids->data,
                                  ids->len, &error))
    {
      show_error (self, _("Could not restore: %s"), error->message);
      return;
    }
  tell_context (self, ids);
  sks_trash_view_reload (self);
}

static void
empty_response_cb (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  SksTrashView *self = SKS_TRASH_VIEW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (!sks_store_purge_deleted (sks_context_get_store (self->context), 0, NULL, &error))
    show_error (self, _("Could not empty the trash: %s"), error->message);
  sks_trash_view_reload (self);
}

static void
empty_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SksTrashView *self = SKS_TRASH_VIEW (widget);
  GListModel *entries = G_LIST_MODEL (self->entries);
  guint n = g_list_model_get_n_items (entries);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *named = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *dialog, *button;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksTrashEntry) entry = g_list_model_get_item (entries, i);

      g_ptr_array_add (names, g_strdup (sks_trash_entry_get_name (entry)));
      g_ptr_array_add (names, g_strdup (sks_trash_entry_get_master_name (entry)));
    }
  named = sks_trash_dup_names (names, MAX_NAMED);
  detail = g_strconcat (named, "\n\n",
                        _("They are removed for good, with their team, attachments and "
                          "history. This cannot be undone."), NULL);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Remove %u application for good?",
                                                "Remove %u applications for good?", n), n);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Empty Trash"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (empty_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
sks_trash_view_constructed (GObject *object)
{
  SksTrashView *self = SKS_TRASH_VIEW (object);

  G_OBJECT_CLASS (sks_trash_view_parent_class)->constructed (object);
  g_signal_connect_object (self->context, "studio-saved", G_CALLBACK (studio_saved_cb), self,
                           G_CONNECT_SWAPPED);
  sks_trash_view_reload (self);
}

static void
sks_trash_view_dispose (GObject *object)
{
  SksTrashView *self = SKS_TRASH_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_TRASH_VIEW);
  g_clear_object (&self->entries);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_trash_view_parent_class)->dispose (object);
}

static void
sks_trash_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SksTrashView *self = SKS_TRASH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_trash_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SksTrashView *self = SKS_TRASH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_trash_view_class_init (SksTrashViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sks_trash_view_constructed;
  object_class->dispose = sks_trash_view_dispose;
  object_class->get_property = sks_trash_view_get_property;
  object_class->set_property = sks_trash_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-trash-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SksTrashView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SksTrashView, stack);
  gtk_widget_class_bind_template_child (widget_class, SksTrashView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SksTrashView, selection);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_master_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_recommender_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_deleted_by_cb);

  gtk_widget_class_install_action (widget_class, "trash.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "trash.empty", NULL, empty_action);
}

static void
sks_trash_view_init (SksTrashView *self)
{
  self->entries = g_list_store_new (SKS_TYPE_TRASH_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (self->entries));
}

/**
 * sks_trash_view_new:
 * @parent: the document window
 *
 * Returns: (transfer none): a new trash window for @context's document
 */
GtkWidget *
sks_trash_view_new (GtkWindow  *parent,
                    SksContext *context)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_TRASH_VIEW, "transient-for", parent,
                       "destroy-with-parent", TRUE, "context", context, NULL);
}

/* Returns: (transfer none): the listed #SksTrashEntry items */
GListModel *
sks_trash_view_get_entries (SksTrashView *self)
{
  g_return_val_if_fail (SKS_IS_TRASH_VIEW (self), NULL);
  return G_LIST_MODEL (self->entries);
}
