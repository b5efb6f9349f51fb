/* sks-window.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-closures.h"
#include "sks-enums.h"
#include "sks-studio-row.h"
#include "sks-application.h"
#include "sks-window.h"

struct _SksWindow
{
  GtkApplicationWindow  parent_instance;

  SksContext           *context;
  GCancellable         *cancellable;
  guint                 backup_source;
  gboolean              backup_started;

  /* Template children. Not the header bar: gtk_widget_dispose_template()
   * unparents bound direct children of the window, behind GtkWindow's back
   * for its titlebar (a critical in 4.8). */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkMenuButton        *primary_menu_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkMultiSelection    *selection;
  GtkSortListModel     *sort_model;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *master_column;
  GtkColumnViewColumn  *recommender_column;
  GtkColumnViewColumn  *skill_level_column;
  GtkColumnViewColumn  *status_column;
  GtkLabel             *status_label;
};

G_DEFINE_FINAL_TYPE (SksWindow, sks_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sets the enabled state of every win.* action from the window's state. */
static void
sks_window_update_actions (SksWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error",
                                 gtk_revealer_get_reveal_child (self->error_revealer));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", self->context != NULL);
}

/**
 * sks_window_show_error:
 * @message: a translated sentence naming what failed and why
 *
 * Shows @message in the window's error banner until the user closes it.
 */
void
sks_window_show_error (SksWindow  *self,
                       const char *message)
{
  g_return_if_fail (SKS_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  sks_window_update_actions (self);
}

static void
sks_window_reload (SksWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sks_context_reload (self->context, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not read the applications of this document: %s"),
                         error->message);
      sks_window_show_error (self, message);
    }
}

/* Actions */

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sks_window_reload (SKS_WINDOW (widget));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  sks_window_update_actions (self);
}

/* Cells: one label per cell, text set in bind (TECH-NOTES §1.5) */

static void
setup_label_cb (SksWindow   *self,
                GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
unbind_label_cb (SksWindow   *self,
                 GtkListItem *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), "");
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static SksStudioRow *
get_row (GtkListItem *item)
{
  return SKS_STUDIO_ROW (gtk_list_item_get_item (item));
}

static void
bind_name_cb (SksWindow   *self,
              GtkListItem *item)
{
  set_cell_text (item, sks_studio_row_get_name (get_row (item)));
}

static void
bind_master_cb (SksWindow   *self,
                GtkListItem *item)
{
  set_cell_text (item, sks_studio_row_get_master_name (get_row (item)));
}

static void
bind_recommender_cb (SksWindow   *self,
                     GtkListItem *item)
{
  set_cell_text (item, sks_studio_row_get_recommender_name (get_row (item)));
}

static void
bind_skill_level_cb (SksWindow   *self,
                     GtkListItem *item)
{
  set_cell_text (item, sks_studio_row_get_skill_level (get_row (item)));
}

static void
bind_status_cb (SksWindow   *self,
                GtkListItem *item)
{
  set_cell_text (item, sks_enum_get_label (SKS_TYPE_STATUS,
                                           sks_studio_row_get_status (get_row (item))));
}

/* Backup */

/* The deferred integrity check failed: close the document and offer its
 * latest good backup, as opening a damaged document does. */
static void
show_damaged (SksWindow    *self,
              const GError *error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *path = g_strdup (sks_context_get_path (self->context));

  g_object_ref (app);
  gtk_window_destroy (GTK_WINDOW (self));
  sks_application_show_open_error (SKS_APPLICATION (app), path, error);
  g_object_unref (app);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SksWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_path = NULL;

  backup_path = sks_context_backup_finish (SKS_CONTEXT (source), result, &error);
  if (error != NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED))
        {
          show_damaged (self, error);
          return;
        }
      message = g_strdup_printf (_("The daily backup of this document failed: %s"),
                                 error->message);
      sks_window_show_error (self, message);
    }
  else if (backup_path != NULL)
    g_debug ("Backed up %s to %s", sks_context_get_path (self->context), backup_path);
}

static gboolean
start_backup_cb (gpointer user_data)
{
  SksWindow *self = user_data;

  self->backup_source = 0;
  sks_context_backup_async (self->context, self->cancellable, backup_done_cb,
                            g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/**
 * sks_window_start_backup:
 *
 * Makes the day's backup of the document in a worker thread once the window
 * has been drawn (a low-priority idle runs after the first frame); a failure
 * shows in the error banner.
 */
void
sks_window_start_backup (SksWindow *self)
{
  g_return_if_fail (SKS_IS_WINDOW (self));

  if (self->backup_started)
    return;
  self->backup_started = TRUE;
  self->backup_source = g_idle_add_full (G_PRIORITY_LOW, start_backup_cb, self, NULL);
}

/* GObject */

static void
sks_window_constructed (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);
  GSettings *settings;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (sks_window_parent_class)->constructed (object);

  g_assert (SKS_IS_CONTEXT (self->context));

  /* Set here, not by a <binding> in the .ui: GTK 4.8 warns on dispose about a
   * binding whose target is the template object itself
   * (g_object_weak_unref: couldn't find weak ref). */
  title = sks_closure_window_title (self, sks_context_get_display_name (self->context));
  gtk_window_set_title (GTK_WINDOW (self), title);

  settings = sks_context_get_settings (self->context);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  sks_window_reload (self);
  sks_window_update_actions (self);
}

static void
sks_window_dispose (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->backup_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_WINDOW);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_window_parent_class)->dispose (object);
}

static void
sks_window_finalize (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (sks_window_parent_class)->finalize (object);
}

static void
sks_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SksWindow *self = SKS_WINDOW (object);

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
sks_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SksWindow *self = SKS_WINDOW (object);

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
sks_window_class_init (SksWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sks_window_constructed;
  object_class->dispose = sks_window_dispose;
  object_class->finalize = sks_window_finalize;
  object_class->get_property = sks_window_get_property;
  object_class->set_property = sks_window_set_property;

  /* The open document; the window's .ui binds to its properties */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKS_TYPE_CONTEXT);
  g_type_ensure (SKS_TYPE_STUDIO_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SksWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, sort_model);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, master_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, recommender_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, skill_level_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_label);

  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_master_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_recommender_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_skill_level_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_window_title);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_document_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_studio_count);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_list_page);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_skill_level_rank);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_status_rank);

  /* Accelerators are set once, by the application (sks-application.c). */
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
}

static void
sks_window_init (SksWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  builder = gtk_builder_new_from_resource ("/org/example/SkillStudio/ui/sks-shortcuts-window.ui");
  gtk_application_window_set_help_overlay (
    GTK_APPLICATION_WINDOW (self),
    GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

/**
 * sks_window_new:
 * @application: (nullable): the application
 * @context: the document to show
 */
SksWindow *
sks_window_new (GtkApplication *application,
                SksContext     *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_WINDOW, "application", application, "context", context, NULL);
}

/* Returns: (transfer none): the window's document */
SksContext *
sks_window_get_context (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return self->context;
}
