/* test-window.c — the document window, the open-error dialog and the
 * application's first run, on real documents in a temp folder
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "sks-application.h"
#include "sks-cell-icon.h"
#include "sks-closures.h"
#include "sks-context.h"
#include "sks-evaluation-editor.h"
#include "sks-open-error-dialog.h"
#include "sks-round-overview.h"
#include "sks-scope-list.h"
#include "sks-status-flow.h"
#include "sks-studio-editor.h"
#include "sks-studio-filter.h"
#include "sks-verdict.h"
#include "sks-verdict-row.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-test-util.h"
#include "sks-window.h"

/* Set before GTK starts, so g_get_user_data_dir() (cached) points here and
 * the application's default document is created fresh. */
static char *data_home;

typedef struct {
  char      *tmpdir;
  char      *path;
  GSettings *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = sks_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->tmpdir, "test.skillstudio", NULL);
  fixture->settings = g_settings_new (APPLICATION_ID);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->settings);
  sks_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->path);
}

/* Helpers */

static SksStore *
open_store (const char *path,
            guint       sample_count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (sample_count != G_MAXUINT)
    {
      g_assert_true (sks_sample_populate (store, sample_count, &error));
      g_assert_no_error (error);
    }
  return g_steal_pointer (&store);
}

static SksWindow *
show_window (SksStore  *store,
             GSettings *settings)
{
  g_autoptr(SksContext) context = sks_context_new (store, settings);
  SksWindow *window = sks_window_new (NULL, context);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* The rows join the list in an idle after the first frame */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return window;
}

/* A child of the window's template, else of its list's (SksApplicationsView) */
static gpointer
get_child (SksWindow  *window,
           const char *id)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SKS_TYPE_WINDOW, id);

  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sks_window_get_applications_view (window)),
                                           SKS_TYPE_APPLICATIONS_VIEW, id);
  g_assert_nonnull (child);
  return child;
}

/* The rows as the view shows them, in order. (The view's own items are
 * slots over this list, see sks-slot-model.c.) */
static GListModel *
get_view_model (SksWindow *window)
{
  return G_LIST_MODEL (get_child (window, "sort_model"));
}

static GtkSelectionModel *
get_selection (SksWindow *window)
{
  GtkColumnView *view = get_child (window, "column_view");

  return gtk_column_view_get_model (view);
}

static void
iterate_until (gboolean (*done) (gpointer),
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

static void
collect_label_text (GtkWidget *widget,
                    GString   *text)
{
  const char *shown = NULL;

  /* The list's cells are inscriptions, the rest labels */
  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    shown = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (shown != NULL)
    {
      g_string_append (text, shown);
      g_string_append_c (text, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_text (child, text);
}

/* The icons of the list's verdict cells that show one, by name */
static void
collect_cell_icons (GtkWidget  *widget,
                    GPtrArray  *names)
{
  if (SKS_IS_CELL_ICON (widget) && sks_cell_icon_get_icon_name (SKS_CELL_ICON (widget)) != NULL)
    g_ptr_array_add (names, (gpointer) sks_cell_icon_get_icon_name (SKS_CELL_ICON (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cell_icons (child, names);
}

static guint
longest_digit_run (const char *text)
{
  guint longest = 0, run = 0;

  for (const char *p = text; *p; p++)
    {
      run = g_ascii_isdigit (*p) ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  return longest;
}

/* GtkStringSorter's key in GTK 4.8 (ignore-case is on) */
static char *
sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);

  return g_utf8_collate_key (folded, -1);
}

static char *
dup_row_name (GListModel *model,
              guint       position)
{
  g_autoptr(SksStudioRow) row = g_list_model_get_item (model, position);

  return g_strdup (sks_studio_row_get_name (row));
}

/* The names sorted as the window should sort them: the smallest and largest. */
static void
find_extreme_names (GListModel  *model,
                    char       **min_name,
                    char       **max_name)
{
  g_autofree char *min_key = NULL;
  g_autofree char *max_key = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);
      const char *name = sks_studio_row_get_name (row);
      g_autofree char *key = sort_key (name);

      if (min_key == NULL || strcmp (key, min_key) < 0)
        {
          g_free (min_key);
          min_key = g_strdup (key);
          g_free (*min_name);
          *min_name = g_strdup (name);
        }
      if (max_key == NULL || strcmp (key, max_key) > 0)
        {
          g_free (max_key);
          max_key = g_strdup (key);
          g_free (*max_name);
          *max_name = g_strdup (name);
        }
    }
}

/* Tests */

static void
test_window_lists_studios (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  g_autoptr(GError) error = NULL;
  gint64 n_studios = sks_store_count_studios (store, 0, &error);
  SksWindow *window = show_window (store, fixture->settings);
  GListModel *model = get_view_model (window);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *status = sks_closure_studio_count (NULL, (guint) n_studios);
  g_autofree char *title = sks_closure_window_title (NULL, "test");
  g_autoptr(GArray) ids = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (n_studios, >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n_studios);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==, "list");
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "status_label")), ==, status);
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "title_label")), ==, "test");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_false (gtk_revealer_get_child_revealed (get_child (window, "read_only_revealer")));
  g_assert_false (gtk_revealer_get_child_revealed (get_child (window, "error_revealer")));

  /* No personal data anywhere in the window: neither the masters' ID
   * numbers nor their phone numbers, nor anything that looks like one. */
  collect_label_text (GTK_WIDGET (window), text);
  /* the cells are there to look at: the first studio's name shows */
  {
    g_autoptr(SksStudioRow) first = g_list_model_get_item (model, 0);

    g_assert_nonnull (strstr (text->str, sks_studio_row_get_name (first)));
  }
  g_assert_cmpuint (longest_digit_run (text->str), <, 11);
  ids = sks_store_list_studio_ids (store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < MIN (ids->len, 30); i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, g_array_index (ids, gint64, i),
                                                           &error);
      SksMaster *master;

      g_assert_no_error (error);
      master = sks_studio_get_master (studio);
      if (sks_master_get_id_number (master) && *sks_master_get_id_number (master))
        g_assert_null (strstr (text->str, sks_master_get_id_number (master)));
      if (sks_master_get_mobile (master) && *sks_master_get_mobile (master))
        g_assert_null (strstr (text->str, sks_master_get_mobile (master)));
    }

  /* win.reload reads the same rows again, into the same model */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (guint) n_studios);
  g_assert_false (gtk_revealer_get_reveal_child (get_child (window, "error_revealer")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sorts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  SksWindow *window = show_window (store, fixture->settings);
  GtkColumnView *view = get_child (window, "column_view");
  GListModel *model = get_view_model (window);
  g_autofree char *min_name = NULL;
  g_autofree char *max_name = NULL;
  g_autofree char *first = NULL;
  guint n_items = g_list_model_get_n_items (model);

  find_extreme_names (model, &min_name, &max_name);
  g_assert_cmpstr (min_name, !=, max_name);

  gtk_column_view_sort_by_column (view, get_child (window, "name_column"), GTK_SORT_ASCENDING);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
  first = dup_row_name (model, 0);
  g_assert_cmpstr (first, ==, min_name);
  for (guint i = 1; i < n_items; i++)
    {
      g_autofree char *a = dup_row_name (model, i - 1);
      g_autofree char *b = dup_row_name (model, i);
      g_autofree char *key_a = sort_key (a);
      g_autofree char *key_b = sort_key (b);

      g_assert_cmpint (strcmp (key_a, key_b), <=, 0);
    }

  gtk_column_view_sort_by_column (view, get_child (window, "name_column"), GTK_SORT_DESCENDING);
  g_free (first);
  first = dup_row_name (model, 0);
  g_assert_cmpstr (first, ==, max_name);

  /* Skill levels sort by rank (初级工 < … < 高级技师), statuses by life cycle */
  gtk_column_view_sort_by_column (view, get_child (window, "skill_level_column"),
                                  GTK_SORT_ASCENDING);
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(SksStudioRow) a = g_list_model_get_item (model, i - 1);
      g_autoptr(SksStudioRow) b = g_list_model_get_item (model, i);

      g_assert_cmpint (sks_closure_skill_level_rank (NULL, sks_studio_row_get_skill_level (a)),
                       <=,
                       sks_closure_skill_level_rank (NULL, sks_studio_row_get_skill_level (b)));
    }

  gtk_column_view_sort_by_column (view, get_child (window, "status_column"), GTK_SORT_DESCENDING);
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(SksStudioRow) a = g_list_model_get_item (model, i - 1);
      g_autoptr(SksStudioRow) b = g_list_model_get_item (model, i);

      g_assert_cmpint (sks_studio_row_get_status (a), >=, sks_studio_row_get_status (b));
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_read_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(SksStore) writer = open_store (fixture->path, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) reader = sks_store_open (fixture->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_autofree char *subtitle = NULL;
  SksWindow *window;
  GtkRevealer *banner;

  g_assert_no_error (error);
  g_assert_true (sks_store_get_read_only (reader));
  g_assert_false (sks_store_get_read_only (writer));

  window = show_window (reader, fixture->settings);
  banner = get_child (window, "read_only_revealer");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_true (gtk_revealer_get_child_revealed (banner));
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "read_only_label")), ==,
                   sks_store_get_read_only_reason (reader));
  subtitle = sks_closure_document_subtitle (NULL, fixture->path, TRUE);
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "subtitle_label")), ==, subtitle);
  g_assert_cmpuint (g_list_model_get_n_items (get_view_model (window)), ==,
                    (guint) sks_store_count_studios (writer, 0, NULL));

  /* The read-only view can still be reloaded */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  gtk_window_destroy (GTK_WINDOW (window));

  /* and the writer's window shows no banner */
  window = show_window (writer, fixture->settings);
  g_assert_false (gtk_revealer_get_child_revealed (get_child (window, "read_only_revealer")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first frame with rows builds only the rows of one screen; the
 * whole list follows with the next frame. */
static void
record_first_count (GListModel *model,
                    guint       position,
                    guint       removed,
                    guint       added,
                    guint      *first_count)
{
  if (*first_count == 0)
    *first_count = g_list_model_get_n_items (model);
}

static gboolean
view_has_all (gpointer window)
{
  GListModel *view_items = G_LIST_MODEL (get_child (window, "selection"));

  return g_list_model_get_n_items (view_items) > 0 &&
         g_list_model_get_n_items (view_items) ==
           g_list_model_get_n_items (get_view_model (window));
}

static void
test_window_first_rows (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 400);
  g_autoptr(SksContext) context = sks_context_new (store, fixture->settings);
  SksWindow *window = sks_window_new (NULL, context);
  GListModel *view_items = G_LIST_MODEL (get_child (window, "selection"));
  guint first_count = 0;

  g_signal_connect (view_items, "items-changed", G_CALLBACK (record_first_count), &first_count);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (view_has_all, window);
  g_assert_cmpuint (g_list_model_get_n_items (view_items), ==, 400);
  /* a window's height in rows, not the ~200 rows GTK builds */
  g_assert_cmpuint (first_count, >, 8);
  g_assert_cmpuint (first_count, <, 150);
  g_signal_handlers_disconnect_by_func (view_items, record_first_count, &first_count);

  /* The rows past the first screen are there to scroll to and search */
  sks_studio_filter_set_text (get_child (window, "filter"), "工作室");
  g_assert_cmpuint (g_list_model_get_n_items (view_items), ==,
                    g_list_model_get_n_items (get_view_model (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, G_MAXUINT);
  SksWindow *window = show_window (store, fixture->settings);
  g_autofree char *status = sks_closure_studio_count (NULL, 0);

  g_assert_cmpuint (g_list_model_get_n_items (get_view_model (window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==, "empty");
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "status_label")), ==, status);

  sks_window_show_error (window, "Something failed");
  g_assert_true (gtk_revealer_get_reveal_child (get_child (window, "error_revealer")));
  g_assert_cmpstr (gtk_label_get_text (get_child (window, "error_label")), ==, "Something failed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (get_child (window, "error_revealer")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
backup_exists (gpointer data)
{
  g_auto(GStrv) backups = sks_store_list_backups (data);

  return backups[0] != NULL;
}

static void
test_window_backup (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 3);
  SksWindow *window = show_window (store, fixture->settings);

  sks_window_start_backup (window);
  iterate_until (backup_exists, fixture->path);
  g_assert_false (gtk_revealer_get_reveal_child (get_child (window, "error_revealer")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
write_garbage (const char *path,
               gsize       offset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (offset > 0)
    {
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, offset);
    }
  else
    {
      length = 10000;
      contents = g_malloc (length);
    }
  for (gsize i = offset; i < length; i++)
    contents[i] = (char) (g_random_int () & 0xff);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_open_error_garbage (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  SksOpenErrorDialog *dialog;
  GObject *restore;

  write_garbage (fixture->path, 0);
  store = sks_store_open (fixture->path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_null (store);
  g_assert_true (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT) ||
                 g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED));

  dialog = sks_open_error_dialog_new (fixture->path, error, TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  g_assert_null (sks_open_error_dialog_get_backup_path (dialog));
  restore = gtk_widget_get_template_child (GTK_WIDGET (dialog), SKS_TYPE_OPEN_ERROR_DIALOG,
                                           "restore_button");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (restore)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (
                     GTK_WIDGET (dialog), SKS_TYPE_OPEN_ERROR_DIALOG, "message_label"))),
                   ==, error->message);

  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.close", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

static void
count_cb (SksOpenErrorDialog *dialog,
          guint              *count)
{
  (*count)++;
}

static void
test_open_error_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  gint64 n_studios = sks_store_count_studios (store, 0, NULL);
  g_autofree char *backup = sks_store_backup_if_due (store, &error);
  SksOpenErrorDialog *dialog;
  GObject *restore;
  guint restored = 0;

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* Keep the first page (the header and schema), ruin the rest */
  write_garbage (fixture->path, 4096);
  store = sks_store_open (fixture->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);

  dialog = sks_open_error_dialog_new (fixture->path, error, TRUE);
  g_signal_connect (dialog, "restored", G_CALLBACK (count_cb), &restored);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (sks_open_error_dialog_get_backup_path (dialog), ==, backup);
  restore = gtk_widget_get_template_child (GTK_WIDGET (dialog), SKS_TYPE_OPEN_ERROR_DIALOG,
                                           "restore_button");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (restore)));

  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.restore", NULL));
  g_assert_cmpuint (restored, ==, 1);
  g_assert_finalize_object (dialog);

  g_clear_error (&error);
  store = sks_store_open (fixture->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, n_studios);
}

/* A document emptied to 0 bytes is refused, not opened as a new document,
 * and the dialog offers the backup that holds the applications. */
static void
test_open_error_empty_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  gint64 n_studios = sks_store_count_studios (store, 0, NULL);
  g_autofree char *backup = sks_store_backup_if_due (store, &error);
  g_autofree char *expected = NULL;
  SksOpenErrorDialog *dialog;
  GtkLabel *hint;

  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));

  store = sks_store_open (fixture->path, SKS_STORE_OPEN_CREATE | SKS_STORE_OPEN_DEFER_CHECK,
                          &error);
  g_assert_null (store);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED);

  dialog = sks_open_error_dialog_new (fixture->path, error, TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (sks_open_error_dialog_get_backup_path (dialog), ==, backup);
  hint = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                   SKS_TYPE_OPEN_ERROR_DIALOG, "hint_label"));
  expected = g_strdup_printf ("holds %lld applications", (long long) n_studios);
  g_assert_nonnull (strstr (gtk_label_get_text (hint), expected));

  g_object_ref (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.restore", NULL));
  g_assert_finalize_object (dialog);
  g_clear_error (&error);
  store = sks_store_open (fixture->path, SKS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_store_count_studios (store, 0, NULL), ==, n_studios);
}

static gboolean
has_window_of_type (gpointer data)
{
  GtkApplication *app = ((gpointer *) data)[0];
  GType type = GPOINTER_TO_SIZE (((gpointer *) data)[1]);

  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return TRUE;
  return FALSE;
}

static void
destroy_windows (GtkApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
}

static void
test_application_first_run (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SksApplication) app = sks_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = sks_store_dup_default_path ();
  gpointer wanted[2] = { app, GSIZE_TO_POINTER (SKS_TYPE_OPEN_ERROR_DIALOG) };
  g_autofree char *last = NULL;
  g_auto(GStrv) recent = NULL;
  GtkWindow *window;

  g_assert_true (g_str_has_prefix (default_path, data_home));
  g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));

  /* No session bus in the tests: stay a local instance */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* First run: the default document is created with the demo applications */
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (SKS_IS_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* The rows join the list in an idle after the first frame */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (g_file_test (default_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (get_view_model (SKS_WINDOW (window))), >, 0);
  g_assert_false (gtk_revealer_get_reveal_child (get_child (SKS_WINDOW (window),
                                                           "error_revealer")));
  iterate_until (backup_exists, default_path);

  /* The default document is remembered as "" (the default), and as recent */
  last = g_settings_get_string (fixture->settings, "last-document");
  g_assert_cmpstr (last, ==, "");
  recent = g_settings_get_strv (fixture->settings, "recent-documents");
  g_assert_cmpstr (recent[0], ==, default_path);

  /* Activating again presents the same window */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* A damaged file from the command line gives the error dialog, no crash */
  write_garbage (fixture->path, 0);
  sks_application_open_path (app, fixture->path);
  g_assert_true (has_window_of_type (wanted));

  destroy_windows (GTK_APPLICATION (app));

  /* The last document is gone: the default one opens, with a notice */
  g_settings_set_string (fixture->settings, "last-document", fixture->path);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (SKS_IS_WINDOW (window));
  g_assert_cmpstr (sks_context_get_path (sks_window_get_context (SKS_WINDOW (window))), ==,
                   default_path);
  g_assert_true (gtk_revealer_get_reveal_child (get_child (SKS_WINDOW (window),
                                                          "error_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_text (get_child (SKS_WINDOW (window), "error_label")),
                            fixture->path));
  destroy_windows (GTK_APPLICATION (app));
}

static gboolean
only_error_dialog_left (gpointer data)
{
  GtkApplication *app = ((gpointer *) data)[0];

  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (SKS_IS_WINDOW (l->data))
      return FALSE;
  return has_window_of_type (data);
}

/* A document opens at once and is checked in a thread; when the check finds
 * damage, the window closes and the latest good backup is offered. */
static void
test_application_deferred_check (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(SksApplication) app = sks_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  g_autofree char *backup = sks_store_backup_if_due (store, &error);
  gpointer wanted[2] = { app, GSIZE_TO_POINTER (SKS_TYPE_OPEN_ERROR_DIALOG) };
  g_autofree char *contents = NULL;
  gsize length = 0;
  SksWindow *window;

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* Keep the schema at the start of the file, ruin the second half. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 64 * 1024);
  write_garbage (fixture->path, length / 2 / 4096 * 4096);

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = sks_application_open_path (app, fixture->path);
  g_assert_true (SKS_IS_WINDOW (window));

  iterate_until (only_error_dialog_left, wanted);
  {
    GtkWindow *dialog = gtk_application_get_active_window (GTK_APPLICATION (app));
    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
      if (SKS_IS_OPEN_ERROR_DIALOG (l->data))
        dialog = l->data;
    g_assert_cmpstr (sks_open_error_dialog_get_backup_path (SKS_OPEN_ERROR_DIALOG (dialog)), ==,
                     backup);
  }
  destroy_windows (GTK_APPLICATION (app));
}

/* The main window's search, sidebar, verdicts and status steps */

typedef struct {
  GListModel *model;
  guint       n_items;
} CountWait;

static gboolean
count_reached (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

static void
wait_for_count (GListModel *model,
                guint       n_items)
{
  CountWait wait = { model, n_items };

  iterate_until (count_reached, &wait);
}

static gboolean
row_matches (SksStudioRow *row,
             const char   *text)
{
  const char *fields[] = { sks_studio_row_get_name (row), sks_studio_row_get_master_name (row),
                           sks_studio_row_get_recommender_name (row),
                           sks_studio_row_get_unit_name (row),
                           sks_studio_row_get_skill_level (row),
                           sks_studio_row_get_occupation (row),
                           sks_studio_row_get_team_names (row) };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL && strstr (fields[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static guint
count_matching (SksStore   *store,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = sks_store_list_studio_rows (store, 0, 0, 0, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      n += row_matches (row, text);
    }
  return n;
}

static void
test_window_searches (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  SksWindow *window = show_window (store, fixture->settings);
  GListModel *model = get_view_model (window);
  guint total = g_list_model_get_n_items (model);
  /* A Chinese substring from the middle of studio names (数控车工, 电工…) */
  const char *text = "电";
  guint expected = count_matching (store, text);
  g_autofree char *status = NULL;

  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, total);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (get_child (window, "search_bar")));
  gtk_editable_set_text (GTK_EDITABLE (get_child (window, "search_entry")), text);
  wait_for_count (model, expected);

  for (guint i = 0; i < expected; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      g_assert_true (row_matches (row, text));
    }

  /* The cells on screen show the matching rows, not the ones before */
  {
    g_autoptr(GString) shown = g_string_new (NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) all = sks_store_list_studio_rows (store, 0, 0, 0, &error);
    g_autoptr(SksStudioRow) first = g_list_model_get_item (model, 0);

    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    /* the rows off screen are set when the main loop is idle */
    while (g_main_context_iteration (NULL, FALSE))
      ;
    collect_label_text (get_child (window, "column_view"), shown);
    g_assert_nonnull (strstr (shown->str, sks_studio_row_get_name (first)));
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(SksStudioRow) row = g_list_model_get_item (all, i);

        if (!row_matches (row, text))
          g_assert_null (strstr (shown->str, sks_studio_row_get_name (row)));
      }
  }
  status = g_strdup_printf ("显示 %u 项，共 %u 项申报", expected, total);
  if (g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh"))
    g_assert_cmpstr (gtk_label_get_text (get_child (window, "status_label")), ==, status);
  else
    g_assert_nonnull (strstr (gtk_label_get_text (get_child (window, "status_label")), "of"));

  /* Two characters, then a text nothing has: the no-results page */
  gtk_editable_set_text (GTK_EDITABLE (get_child (window, "search_entry")), "电工");
  wait_for_count (model, count_matching (store, "电工"));
  gtk_editable_set_text (GTK_EDITABLE (get_child (window, "search_entry")), "没有这个词");
  wait_for_count (model, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==,
                   "no-results");

  /* Clearing shows every application again */
  gtk_editable_set_text (GTK_EDITABLE (get_child (window, "search_entry")), "");
  wait_for_count (model, total);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (window, "stack")), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sidebar (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);
  SksWindow *window = show_window (store, fixture->settings);
  SksScopeList *scope = get_child (window, "scope_list");
  GListModel *model = get_view_model (window);
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(SksRecommender) unit = NULL;
  gint64 round_id, unit_id;
  guint in_round = 0, in_unit = 0;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *quota_use = NULL;
  g_autoptr(GListModel) rows = sks_store_list_studio_rows (store, 0, 0, 0, &error);

  g_assert_no_error (error);
  round = g_list_model_get_item (rounds, 0);
  round_id = sks_round_get_id (round);
  units = sks_store_list_recommenders (store, round_id, &error);
  g_assert_no_error (error);
  unit = g_list_model_get_item (units, 0);
  unit_id = sks_recommender_get_id (unit);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      in_round += sks_studio_row_get_round_id (row) == round_id;
      in_unit += sks_studio_row_get_recommender_id (row) == unit_id &&
                 sks_studio_row_get_status (row) != SKS_STATUS_WITHDRAWN;
    }
  g_assert_cmpuint (in_unit, >, 0);

  /* The sidebar names the unit with its quota use, e.g. "5/12" */
  collect_label_text (GTK_WIDGET (scope), text);
  g_assert_nonnull (strstr (text->str, sks_recommender_get_name (unit)));
  quota_use = g_strdup_printf ("%u/%u", in_unit, (guint) sks_recommender_get_quota (unit));
  g_assert_nonnull (strstr (text->str, quota_use));

  sks_scope_list_select (scope, round_id, 0);
  wait_for_count (model, in_round);
  sks_scope_list_select (scope, round_id, unit_id);
  g_assert_cmpint (sks_scope_list_get_recommender_id (scope), ==, unit_id);
  wait_for_count (model, in_unit);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      g_assert_cmpint (sks_studio_row_get_recommender_id (row), ==, unit_id);
    }
  sks_scope_list_select (scope, 0, 0);
  wait_for_count (model, g_list_model_get_n_items (rows));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
verdicts_known (gpointer data)
{
  GListModel *model = data;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      if (sks_studio_row_get_verdict (row) < 0)
        return FALSE;
    }
  return TRUE;
}

static void
test_window_verdicts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  SksWindow *window = show_window (store, fixture->settings);
  GListModel *model = get_view_model (window);
  guint total = g_list_model_get_n_items (model);
  guint n_manual = 0;
  GtkDropDown *verdicts = get_child (window, "verdict_filter");
  guint manual_position = GTK_INVALID_LIST_POSITION;
  GListModel *choices;

  /* The check runs in a thread after the rows show */
  iterate_until (verdicts_known, model);
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      n_manual += sks_studio_row_get_verdict (row) == SKS_VERDICT_MANUAL;
    }

  choices = gtk_drop_down_get_model (verdicts);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (choices), i),
                   sks_verdict_status_get_label (SKS_VERDICT_MANUAL)) == 0)
      manual_position = i;
  g_assert_cmpuint (manual_position, !=, GTK_INVALID_LIST_POSITION);

  gtk_drop_down_set_selected (verdicts, manual_position);
  wait_for_count (model, n_manual);
  /* Every verdict cell on show has the icon of a manual review */
  {
    g_autoptr(GPtrArray) icons = g_ptr_array_new ();

    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    collect_cell_icons (get_child (window, "column_view"), icons);
    g_assert_cmpuint (icons->len, >=, MIN (n_manual, 10));
    for (guint i = 0; i < icons->len; i++)
      g_assert_cmpstr (g_ptr_array_index (icons, i), ==,
                       sks_verdict_status_get_icon_name (SKS_VERDICT_MANUAL));
  }
  gtk_drop_down_set_selected (verdicts, 0);
  wait_for_count (model, total);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
find_row_with_status (GListModel *model,
                      SksStatus   status)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      if (sks_studio_row_get_status (row) == status)
        return i;
    }
  g_assert_not_reached ();
}

/* Returns: (transfer none) (nullable): a toplevel window of @type */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static GtkWidget *
find_message_dialog (void)
{
  return find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
}

static void
test_window_status_steps (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  SksWindow *window = show_window (store, fixture->settings);
  GListModel *model = get_view_model (window);
  GtkSelectionModel *selection = get_selection (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksStudioRow) row = NULL;
  guint position;
  gint64 id;
  GtkWidget *dialog;

  position = find_row_with_status (model, SKS_STATUS_SUBMITTED);
  row = g_list_model_get_item (model, position);
  id = sks_studio_row_get_id (row);
  gtk_selection_model_select_item (selection, position, TRUE);

  /* A step the procedure has: done at once and stored */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "recommended");
  studio = sks_store_load_studio (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_studio_get_status (studio), ==, SKS_STATUS_RECOMMENDED);
  g_clear_object (&studio);

  /* A step it has not (recommended → approved): refused */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "approved");
  studio = sks_store_load_studio (store, id, &error);
  g_assert_cmpint (sks_studio_get_status (studio), ==, SKS_STATUS_RECOMMENDED);
  g_clear_object (&studio);

  /* An irreversible one asks first; cancelling changes nothing */
  position = find_row_with_status (model, SKS_STATUS_RECOMMENDED);
  gtk_selection_model_select_item (selection, position, TRUE);
  g_clear_object (&row);
  row = g_list_model_get_item (model, position);
  id = sks_studio_row_get_id (row);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "withdrawn");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  studio = sks_store_load_studio (store, id, &error);
  g_assert_cmpint (sks_studio_get_status (studio), ==, SKS_STATUS_RECOMMENDED);
  g_clear_object (&studio);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "withdrawn");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  studio = sks_store_load_studio (store, id, &error);
  g_assert_cmpint (sks_studio_get_status (studio), ==, SKS_STATUS_WITHDRAWN);

  /* The list shows the stored status */
  g_clear_object (&row);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) shown = g_list_model_get_item (model, i);

      if (sks_studio_row_get_id (shown) == id)
        g_assert_cmpint (sks_studio_row_get_status (shown), ==, SKS_STATUS_WITHDRAWN);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_status_flow (void)
{
  g_assert_true (sks_status_flow_allows (SKS_STATUS_DRAFT, SKS_STATUS_SUBMITTED));
  /* 公示中 and 已认定 are no click: starting the 公示 and recognition set them */
  g_assert_false (sks_status_flow_allows (SKS_STATUS_UNDER_REVIEW, SKS_STATUS_PUBLICIZED));
  g_assert_false (sks_status_flow_allows (SKS_STATUS_PUBLICIZED, SKS_STATUS_APPROVED));
  g_assert_true (sks_status_flow_allows (SKS_STATUS_PUBLICIZED, SKS_STATUS_NOT_SELECTED));
  g_assert_false (sks_status_flow_allows (SKS_STATUS_DRAFT, SKS_STATUS_APPROVED));
  g_assert_false (sks_status_flow_allows (SKS_STATUS_WITHDRAWN, SKS_STATUS_SUBMITTED));
  g_assert_false (sks_status_flow_allows (SKS_STATUS_REVOKED, SKS_STATUS_APPROVED));
  g_assert_true (sks_status_flow_is_irreversible (SKS_STATUS_WITHDRAWN));
  g_assert_true (sks_status_flow_is_irreversible (SKS_STATUS_APPROVED));
  g_assert_true (sks_status_flow_is_irreversible (SKS_STATUS_REVOKED));
  g_assert_false (sks_status_flow_is_irreversible (SKS_STATUS_SUBMITTED));
  g_assert_false (sks_status_flow_is_irreversible (SKS_STATUS_RECOMMENDED));
}

static void
test_born_within (void)
{
  GDate reference;

  g_date_set_dmy (&reference, 28, 2, 2025);
  /* 45 years before 2025-02-28 is 1980-02-28: a March 1980 birth is surely
   * younger, a February 1980 one may be older, January surely is. */
  g_assert_true (sks_scope_list_born_within ("1980-03", &reference, 45));
  g_assert_false (sks_scope_list_born_within ("1980-02", &reference, 45));
  g_assert_false (sks_scope_list_born_within ("1980-01", &reference, 45));
  g_assert_true (sks_scope_list_born_within ("1990-12", &reference, 45));
  g_assert_false (sks_scope_list_born_within ("", &reference, 45));
  g_assert_false (sks_scope_list_born_within ("1990-12", NULL, 45));
}

static void
test_window_overview (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, &error);
  g_autoptr(SksRound) round = g_list_model_get_item (rounds, 0);
  g_autoptr(GListModel) units = sks_store_list_recommenders (store, sks_round_get_id (round),
                                                             &error);
  SksWindow *window = show_window (store, fixture->settings);
  GtkWidget *overview = sks_round_overview_new (GTK_WINDOW (window),
                                                sks_window_get_context (window),
                                                sks_round_get_id (round));
  g_autofree char *text = sks_round_overview_dup_text (SKS_ROUND_OVERVIEW (overview));

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, sks_round_get_title (round)));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);
      g_autofree char *line = g_strdup_printf ("\n%s\t%u\t", sks_recommender_get_name (unit),
                                               (guint) sks_recommender_get_quota (unit));

      g_assert_nonnull (strstr (text, line));
    }
  gtk_window_destroy (GTK_WINDOW (overview));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
evaluation_editor_shown (gpointer data)
{
  *(GtkWidget **) data = find_toplevel (SKS_TYPE_EVALUATION_EDITOR);
  return *(GtkWidget **) data != NULL;
}

static void
test_window_evaluate (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SksStore) store = open_store (fixture->path, 0);
  SksWindow *window = show_window (store, fixture->settings);
  GListModel *model = get_view_model (window);
  GtkSelectionModel *selection = get_selection (window);
  GtkWidget *editor = NULL;
  guint position;

  /* A submitted application is not a studio yet: nothing to evaluate */
  position = find_row_with_status (model, SKS_STATUS_SUBMITTED);
  gtk_selection_model_select_item (selection, position, TRUE);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.evaluate", "s", "annual") &&
                  evaluation_editor_shown (&editor));

  /* A named Hangzhou studio is (the sample names some) */
  position = find_row_with_status (model, SKS_STATUS_APPROVED);
  gtk_selection_model_select_item (selection, position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.evaluate", "s", "annual");
  iterate_until (evaluation_editor_shown, &editor);
  g_assert_true (SKS_IS_EVALUATION_EDITOR (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The colour of the pixel of @icon_name's disc just above its centre, as an
 * SksCellIcon paints it in a window. */
static void
paint_verdict_icon (const char *icon_name,
                    GdkRGBA    *pixel)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *icon = sks_cell_icon_new ();
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar data[16 * 16 * 4];
  int width, height, x, y;

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/org/example/SkillStudio/icons");
  sks_cell_icon_set_icon_name (SKS_CELL_ICON (icon), icon_name);
  gtk_widget_set_size_request (icon, 16, 16);
  gtk_window_set_child (GTK_WINDOW (window), icon);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (icon);
  width = gtk_widget_get_width (icon);
  height = gtk_widget_get_height (icon);
  paintable = gtk_widget_paintable_new (icon);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  /* The 16-pixel icon is centred: the disc's top is 1 px below its top */
  x = (width - 16) / 2;
  y = (height - 16) / 2;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (x, y, 16, 16));
  gdk_texture_download (texture, data, 16 * 4);
  /* Cairo's ARGB32, little-endian: B, G, R, A */
  pixel->blue = data[(3 * 16 + 8) * 4 + 0] / 255.0;
  pixel->green = data[(3 * 16 + 8) * 4 + 1] / 255.0;
  pixel->red = data[(3 * 16 + 8) * 4 + 2] / 255.0;
  pixel->alpha = data[(3 * 16 + 8) * 4 + 3] / 255.0;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 符合 is painted in the theme's success colour (green), 不符合 in its
 * error colour (red): GtkSymbolicColor's order, not the reverse. */
static void
test_verdict_icon_colours (void)
{
  GdkRGBA pass, fail;

  paint_verdict_icon (sks_verdict_status_get_icon_name (SKS_VERDICT_PASS), &pass);
  paint_verdict_icon (sks_verdict_status_get_icon_name (SKS_VERDICT_FAIL), &fail);
  g_assert_cmpfloat (pass.alpha, >, 0.9);
  g_assert_cmpfloat (fail.alpha, >, 0.9);
  g_assert_cmpfloat (pass.green, >, pass.red + 0.2);
  g_assert_cmpfloat (fail.red, >, fail.green + 0.2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = sks_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/window/lists-studios", test_window_lists_studios);
  ADD ("/gui/window/sorts", test_window_sorts);
  ADD ("/gui/window/read-only", test_window_read_only);
  ADD ("/gui/window/first-rows", test_window_first_rows);
  ADD ("/gui/window/empty", test_window_empty);
  ADD ("/gui/window/backup", test_window_backup);
  ADD ("/gui/window/searches", test_window_searches);
  ADD ("/gui/window/sidebar", test_window_sidebar);
  ADD ("/gui/window/verdicts", test_window_verdicts);
  ADD ("/gui/window/status-steps", test_window_status_steps);
  ADD ("/gui/window/overview", test_window_overview);
  ADD ("/gui/window/evaluate", test_window_evaluate);
  ADD ("/gui/open-error/garbage", test_open_error_garbage);
  ADD ("/gui/open-error/restore", test_open_error_restore);
  ADD ("/gui/open-error/empty-file", test_open_error_empty_file);
  ADD ("/gui/application/first-run", test_application_first_run);
  ADD ("/gui/application/deferred-check", test_application_deferred_check);
#undef ADD
  g_test_add_func ("/gui/status-flow", test_status_flow);
  g_test_add_func ("/gui/verdict-icon/colours", test_verdict_icon_colours);
  g_test_add_func ("/gui/scope-list/born-within", test_born_within);

  status = g_test_run ();
  sks_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
