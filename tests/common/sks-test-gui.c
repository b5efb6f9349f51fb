/* sks-test-gui.c — what the widget tests share: a document to show, the
 * main loop, and a look at what they saw
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-sample.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"

/**
 * sks_test_doc_open:
 *
 * An empty document: a fresh directory, the app's settings (in memory
 * under the tests) and a store created at @doc->path.
 */
void
sks_test_doc_open (SksTestDoc *doc)
{
  g_autoptr(GError) error = NULL;

  doc->tmpdir = sks_test_make_tmpdir ();
  doc->path = g_build_filename (doc->tmpdir, "test.skillstudio", NULL);
  doc->settings = g_settings_new (APPLICATION_ID);
  doc->store = sks_store_open (doc->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
}

/**
 * sks_test_doc_set_up:
 * @count: as sks_sample_populate() takes it (0: the demo)
 *
 * The sample document.
 */
void
sks_test_doc_set_up (SksTestDoc *doc,
                     guint       count)
{
  g_autoptr(GError) error = NULL;

  sks_test_doc_open (doc);
  g_assert_true (sks_sample_populate (doc->store, count, &error));
  g_assert_no_error (error);
}

/**
 * sks_test_doc_add_context:
 * @reload: load the lists now, as SksWindow does before it hands the
 *   document to its views
 *
 * The context of the document, in @doc->context.
 */
void
sks_test_doc_add_context (SksTestDoc *doc,
                          gboolean    reload)
{
  g_autoptr(GError) error = NULL;

  doc->context = sks_context_new (doc->store, doc->settings);
  if (reload)
    {
      g_assert_true (sks_context_reload (doc->context, &error));
      g_assert_no_error (error);
    }
}

/* Destroys the windows and dialogs a test left open, then the document. */
void
sks_test_doc_tear_down (SksTestDoc *doc)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  g_clear_object (&doc->context);
  g_clear_object (&doc->store);
  g_clear_object (&doc->settings);
  sks_test_remove_tree (doc->tmpdir);
  g_clear_pointer (&doc->tmpdir, g_free);
  g_clear_pointer (&doc->path, g_free);
}

/* Runs what the main loop has to do now, without waiting. */
void
sks_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @done (@data) says so; fails after 20 seconds. */
void
sks_test_iterate_until (gboolean (*done) (gpointer),
                        gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      /* Not blocking: a condition that never comes fails at the deadline. */
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

/* SKS_TEST_HOLD=seconds keeps the windows on screen, for a screenshot. */
void
sks_test_hold (void)
{
  const char *seconds = g_getenv ("SKS_TEST_HOLD");
  gint64 until;

  if (seconds == NULL)
    return;
  until = g_get_monotonic_time () + g_ascii_strtoll (seconds, NULL, 10) * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (10000);
}

/**
 * sks_test_save_shot:
 * @widget: a shown widget; its own area is saved, popovers aside
 * @name: the file's name without ".png"
 *
 * With SKS_SHOT_DIR set, saves what @widget shows as SKS_SHOT_DIR/@name.png,
 * rendered by the widget's own renderer; without it, does nothing. A test
 * run under Xvfb can so be looked at in each language it runs in. The
 * older tests' SKS_SCREENSHOT_DIR names the folder too.
 */
void
sks_test_save_shot (GtkWidget  *widget,
                    const char *name)
{
  const char *dir = g_getenv ("SKS_SHOT_DIR") != NULL ? g_getenv ("SKS_SHOT_DIR")
                                                      : g_getenv ("SKS_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  sks_test_iterate ();
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
