/* sks-application.c — startup (resources, actions, accelerators), activate
 * (a window on the last document) and open (documents from the command line)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-application.h"
#include "sks-context.h"
#include "sks-open-error-dialog.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-window.h"

#define RECENT_DOCUMENTS_KEPT 10

struct _SksApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (SksApplication, sks_application, GTK_TYPE_APPLICATION)

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "Skill Studio developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (parent,
                         "program-name", _("Skill Studio"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Applications for Skill Master Studios: enter, check, "
                                       "print and evaluate them"),
                         "website", "https://example.org/skill-studio",
                         "copyright", _("© 2026 Skill Studio developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

static void
set_accels (GtkApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.reload", { "F5", "<Control>r", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.new-document", { "<Control>n", NULL } },
    { "win.open-document", { "<Control>o", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.new-application", { "<Control><Shift>n", "Insert", NULL } },
    { "win.open-application", { "<Control>Return", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.compare", { "<Control>m", NULL } },
    { "win.show-view::applications", { "<Control>1", NULL } },
    { "win.show-view::review", { "<Control>2", NULL } },
    { "win.show-view::compare", { "<Control>3", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

/* Documents */

static void
remember_document (GSettings  *settings,
                   const char *path)
{
  g_autofree char *default_path = sks_store_dup_default_path ();
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-documents");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_settings_set_string (settings, "last-document",
                         g_strcmp0 (path, default_path) == 0 ? "" : path);

  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < RECENT_DOCUMENTS_KEPT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-documents", (const char * const *) updated);
}

static SksWindow *
find_window (SksApplication *self,
             const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (SKS_IS_WINDOW (l->data) &&
        g_strcmp0 (sks_context_get_path (sks_window_get_context (l->data)), path) == 0)
      return l->data;
  return NULL;
}

/* The default document is created on first run and filled with the demo
 * applications, so that a new user sees what the app is for. A failure to
 * add them is not fatal: it is reported in @sample_error. */
static SksStore *
open_store (const char  *path,
            GError     **sample_error,
            GError     **error)
{
  g_autofree char *default_path = sks_store_dup_default_path ();
  gboolean is_default = g_strcmp0 (path, default_path) == 0;
  gboolean first_run = is_default && !g_file_test (path, G_FILE_TEST_EXISTS);
  g_autoptr(SksStore) store = NULL;

  /* The integrity check of a large document takes a while: the window runs
   * it in a thread once the first rows show (sks_window_start_backup()). */
  store = sks_store_open (path,
                          (is_default ? SKS_STORE_OPEN_CREATE : SKS_STORE_OPEN_DEFAULT) |
                          SKS_STORE_OPEN_DEFER_CHECK,
                          error);
  if (store != NULL && first_run)
    sks_sample_populate (store, 0, sample_error);
  return g_steal_pointer (&store);
}

static void
restored_cb (SksApplication     *self,
             SksOpenErrorDialog *dialog)
{
  sks_application_open_path (self, sks_open_error_dialog_get_path (dialog));
}

/**
 * sks_application_show_open_error:
 *
 * Shows why the document at @path cannot be used, offering its latest good
 * backup when there is one.
 */
void
sks_application_show_open_error (SksApplication *self,
                                 const char     *path,
                                 const GError   *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SksOpenErrorDialog *dialog = sks_open_error_dialog_new (path, error, parent == NULL);

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  g_signal_connect_object (dialog, "restored", G_CALLBACK (restored_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * sks_application_open_path:
 *
 * Presents a window on the document at @path, or a dialog saying why it
 * cannot be opened.
 *
 * Returns: (transfer none) (nullable): the document's window, or %NULL when
 *   the document could not be opened
 */
SksWindow *
sks_application_open_path (SksApplication *self,
                           const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) sample_error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksContext) context = NULL;
  SksWindow *window;

  g_return_val_if_fail (SKS_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if ((window = find_window (self, path)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  if ((store = open_store (path, &sample_error, &error)) == NULL)
    {
      sks_application_show_open_error (self, path, error);
      return NULL;
    }

  context = sks_context_new (store, self->settings);
  window = sks_window_new (GTK_APPLICATION (self), context);
  if (sample_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (
        _("The demonstration applications could not be added: %s"), sample_error->message);
      sks_window_show_error (window, message);
    }
  remember_document (self->settings, path);
  gtk_window_present (GTK_WINDOW (window));
  sks_window_start_backup (window);
  return window;
}

/**
 * sks_application_add_style:
 *
 * Adds the application's style sheet to @display (for the application, and
 * for benchmarks that show a window without it).
 */
void
sks_application_add_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/org/example/SkillStudio/ui/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* GApplication */

static void
sks_application_startup (GApplication *app)
{
  SksApplication *self = SKS_APPLICATION (app);

  G_APPLICATION_CLASS (sks_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  self->settings = g_settings_new (APPLICATION_ID);
  sks_application_add_style (gdk_display_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  set_accels (GTK_APPLICATION (self));
}

static void
sks_application_activate (GApplication *app)
{
  SksApplication *self = SKS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *last = NULL;
  g_autofree char *default_path = NULL;
  SksWindow *shown;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  last = g_settings_get_string (self->settings, "last-document");
  if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    {
      sks_application_open_path (self, last);
      return;
    }

  /* The last document was moved or deleted: say so over the default one. */
  default_path = sks_store_dup_default_path ();
  shown = sks_application_open_path (self, default_path);
  if (shown != NULL && *last != '\0')
    {
      g_autofree char *name = g_filename_display_name (last);
      g_autofree char *message =
        g_strdup_printf (_("The document opened last, “%s”, was not found. "
                           "This is the default document."), name);
      sks_window_show_error (shown, message);
    }
}

static void
sks_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL)
        sks_application_open_path (SKS_APPLICATION (app), path);
    }
}

static void
sks_application_dispose (GObject *object)
{
  SksApplication *self = SKS_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sks_application_parent_class)->dispose (object);
}

static void
sks_application_class_init (SksApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sks_application_dispose;
  app_class->startup = sks_application_startup;
  app_class->activate = sks_application_activate;
  app_class->open = sks_application_open;
}

static void
sks_application_init (SksApplication *self)
{
}

SksApplication *
sks_application_new (void)
{
  return g_object_new (SKS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
