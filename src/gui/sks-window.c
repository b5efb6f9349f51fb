/* sks-window.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-application.h"
#include "sks-applications-view.h"
#include "sks-closures.h"
#include "sks-scope-list.h"
#include "sks-studio-editor.h"
#include "sks-window-private.h"
#include "sks-window-publicity.h"

struct _SksWindow
{
  GtkApplicationWindow  parent_instance;

  SksContext           *context;
  GCancellable         *cancellable;
  guint                 backup_source;
  guint                 check_source;
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
  SksScopeList         *scope_list;
  GtkToggleButton      *search_button;
  GMenu                *recent_menu;
  GtkStackSwitcher     *view_switcher;
  GtkStack             *view_stack;
  SksApplicationsView  *applications_view;
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
  gboolean writable = self->context != NULL && !sks_context_get_read_only (self->context);
  guint n_selected;

  /* The template's children are gone while the window is disposed */
  if (self->applications_view == NULL)
    return;
  n_selected = sks_applications_view_get_n_selected (self->applications_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error",
                                 gtk_revealer_get_reveal_child (self->error_revealer));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-application", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-application", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-round", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
  gtk_widget_action_set_enabled (
    GTK_WIDGET (self), "win.evaluate",
    writable && (sks_window_can_evaluate (self, SKS_EVALUATION_KIND_ANNUAL) ||
                 sks_window_can_evaluate (self, SKS_EVALUATION_KIND_EXPIRY)));
  sks_window_update_trash_actions (self, writable);
  sks_window_update_review_actions (self, n_selected, writable);
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
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SksWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sks_context_check_finish (SKS_CONTEXT (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not check the applications against their notices: %s"),
                         error->message);
      sks_window_show_error (self, message);
    }
}

static gboolean
start_check_cb (gpointer user_data)
{
  SksWindow *self = user_data;

  self->check_source = 0;
  sks_context_check_async (self->context, self->cancellable, check_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* The check reads every application: it waits until the window has drawn
 * its first frame (a low-priority idle runs after it), so that it does not
 * take the processor from the first rows. */
static void
schedule_check (SksWindow *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_idle_add_full (G_PRIORITY_LOW, start_check_cb, self, NULL);
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
      return;
    }
  schedule_check (self);
}

/* Actions */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);

  sks_window_show_view (self, "applications");
  sks_applications_view_start_search (self->applications_view);
}

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

/* Applications */

/* One editor per application: two would overwrite each other's saves. */
static GtkWindow *
find_editor (SksWindow *self,
             gint64     studio_id)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SKS_IS_STUDIO_EDITOR (window) &&
          sks_studio_editor_get_context (SKS_STUDIO_EDITOR (window)) == self->context &&
          sks_studio_editor_get_studio_id (SKS_STUDIO_EDITOR (window)) == studio_id)
        return window;
    }
  return NULL;
}

static void
open_application (SksWindow *self,
                  gint64     studio_id)
{
  GtkWindow *open = find_editor (self, studio_id);
  GtkWidget *editor;

  if (open != NULL)
    {
      gtk_window_present (open);
      return;
    }
  editor = sks_studio_editor_new (GTK_WINDOW (self), self->context, studio_id);

  if (editor != NULL)
    gtk_window_present (GTK_WINDOW (editor));
}

static void
application_activated_cb (SksWindow *self,
                          gint64     studio_id)
{
  open_application (self, studio_id);
}

static void
open_application_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autoptr(GArray) ids = sks_applications_view_dup_selected_ids (self->applications_view);

  /* Several are compared side by side rather than stacked as editors. */
  if (ids->len > 1)
    sks_window_compare_studios (self, ids);
  else if (ids->len == 1)
    open_application (self, g_array_index (ids, gint64, 0));
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
      if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT))
        {
          sks_window_show_error (self, error->message);
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

/* Views */

/**
 * sks_window_show_view:
 * @name: a page of the window's views: "applications" (申报); the review
 *   workspace and the comparison add theirs (sks_window_add_view())
 *
 * Shows the view named @name (win.show-view, Ctrl+1, 2, 3).
 *
 * Returns: whether the window has that view
 */
gboolean
sks_window_show_view (SksWindow  *self,
                      const char *name)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (gtk_stack_get_child_by_name (self->view_stack, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->view_stack, name);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the view named @name */
GtkWidget *
sks_window_get_view (SksWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->view_stack, name);
}

/* Returns: (transfer none) (nullable): the name of the view shown */
const char *
sks_window_get_visible_view (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

/**
 * sks_window_add_view:
 * @view: the view's widget, which takes the window's document itself
 * @name: its name for sks_window_show_view() and win.show-view
 * @title: its translated name in the view switcher
 *
 * Adds a view after the others: the switcher in the header bar shows it.
 */
void
sks_window_add_view (SksWindow  *self,
                     GtkWidget  *view,
                     const char *name,
                     const char *title)
{
  g_return_if_fail (SKS_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (name != NULL && title != NULL);

  gtk_stack_add_titled (self->view_stack, view, name, title);
}

/* Typing starts a search of the list only while it shows. */
static void
view_changed_cb (SksWindow *self)
{
  gboolean applications;

  if (self->applications_view == NULL)
    return;
  applications = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack),
                            "applications") == 0;
  sks_applications_view_set_key_capture_widget (self->applications_view,
                                                applications ? GTK_WIDGET (self) : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), applications);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sks_window_show_view (SKS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
scope_changed_cb (SksWindow *self)
{
  if (self->applications_view == NULL)
    return;
  sks_applications_view_set_scope (self->applications_view,
                                   sks_scope_list_get_round_id (self->scope_list),
                                   sks_scope_list_get_recommender_id (self->scope_list));
  sks_window_review_scope_changed (self, sks_scope_list_get_round_id (self->scope_list),
                                   sks_scope_list_get_recommender_id (self->scope_list));
}

/* The sidebar's counts come with the list's first rows, after the first frame. */
static void
loaded_cb (SksWindow *self)
{
  if (sks_applications_view_get_loaded (self->applications_view))
    sks_scope_list_set_context (self->scope_list, self->context);
}

static void
selection_changed_cb (SksWindow *self)
{
  sks_window_update_actions (self);
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

  sks_window_fill_recent_menu (self, self->recent_menu);
  g_signal_connect_object (self->context, "studio-saved", G_CALLBACK (sks_window_update_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->applications_view, "notify::loaded", G_CALLBACK (loaded_cb),
                           self, G_CONNECT_SWAPPED);
  view_changed_cb (self);

  sks_window_reload (self);
  sks_applications_view_set_context (self->applications_view, self->context);
  sks_window_setup_review (self);
  sks_window_update_actions (self);
}

static void
sks_window_dispose (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
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
  g_type_ensure (SKS_TYPE_SCOPE_LIST);
  g_type_ensure (SKS_TYPE_APPLICATIONS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SksWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, scope_list);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, applications_view);

  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, application_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_document_subtitle);

  /* Accelerators are set once, by the application (sks-application.c). */
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.open-application", NULL,
                                   open_application_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  sks_window_class_add_document_actions (widget_class);
  sks_window_class_add_print_actions (widget_class);
  sks_window_class_add_round_actions (widget_class);
  sks_window_class_add_status_actions (widget_class);
  sks_window_class_add_evaluation_actions (widget_class);
  sks_window_class_add_trash_actions (widget_class);
  sks_window_class_add_review_actions (widget_class);
  sks_window_class_add_publicity_actions (widget_class);
  sks_window_class_add_funding_actions (widget_class);
  sks_window_class_add_workbook_actions (widget_class);
  sks_window_class_add_publication_actions (widget_class);
  sks_window_class_add_history_actions (widget_class);
}

static void
sks_window_init (SksWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  sks_window_setup_trash (self, sks_applications_view_get_list (self->applications_view));

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

/* The scope chosen in the sidebar: 0 for every round */
gint64
sks_window_get_round_id (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), 0);
  return sks_scope_list_get_round_id (self->scope_list);
}

/* Returns: (transfer none): the sidebar of rounds and units */
SksScopeList *
sks_window_get_scope_list (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return self->scope_list;
}

/* Returns: (transfer none): the list of applications (the "applications" view) */
SksApplicationsView *
sks_window_get_applications_view (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return self->applications_view;
}

/* Returns: (nullable): the unit chosen in the sidebar */
const char *
sks_window_get_recommender_name (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return sks_scope_list_get_recommender_name (self->scope_list);
}

/* Reads the document again (after an import) and checks it. */
void
sks_window_reload_document (SksWindow *self)
{
  g_return_if_fail (SKS_IS_WINDOW (self));
  sks_window_reload (self);
}
