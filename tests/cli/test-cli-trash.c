/* test-cli-trash.c — `skill-studio-cli delete` and `trash list|restore|empty`
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "sks-store.h"
#include "sks-test-util.h"

typedef SksTestCli Fixture;

/* The round takes the profile's notice, dates and units with their quotas. */

/* The sample document and the number of one application of @status. */
static char *
find_studio (Fixture   *f,
             SksStatus  status,
             char     **name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = sks_store_open (f->doc, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GListModel) rows = NULL;

  g_assert_no_error (error);
  rows = sks_store_list_studio_rows (store, 0, 0, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_status (row) != status)
        continue;
      *name = g_strdup (sks_studio_row_get_name (row));
      return g_strdup_printf ("%" G_GINT64_FORMAT, sks_studio_row_get_id (row));
    }
  g_assert_not_reached ();
}

static gint64
count_live (Fixture *f)
{
  g_autoptr(SksStore) store = sks_store_open (f->doc, SKS_STORE_OPEN_READ_ONLY, NULL);

  return sks_store_count_studios (store, 0, NULL);
}

static void
sample_set_up (Fixture       *f,
               gconstpointer  data)
{
  sks_test_cli_set_up (f, data);
  sks_test_cli_run (f, "sample", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
}

/* A draft goes to the trash: named with its master, gone from `list`, shown
 * by `trash list` with who deleted it. */
static void
test_delete_draft (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *id = find_studio (f, SKS_STATUS_DRAFT, &name);
  gint64 before = count_live (f);

  sks_test_cli_run (f, "delete", "--db", f->doc, "--application", id, "--by", "周文员", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, name));
  g_assert_nonnull (strstr (f->out, "胡晓东"));
  g_assert_cmpint (count_live (f), ==, before - 1);

  sks_test_cli_run (f, "list", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_null (strstr (f->out, name));
  sks_test_cli_run (f, "export", "--db", f->doc, "--format", "csv", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_null (strstr (f->out, name));

  sks_test_cli_run (f, "trash", "list", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 1);
  g_assert_true (g_str_has_prefix (f->out, id));
  g_assert_nonnull (strstr (f->out, name));
  g_assert_nonnull (strstr (f->out, "by 周文员"));

  /* Deleting it again says where it is. */
  sks_test_cli_run (f, "delete", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, "already in the trash"));
}

/* A submitted application is refused with the reason; nothing changes. */
static void
test_delete_submitted (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *id = find_studio (f, SKS_STATUS_SUBMITTED, &name);
  gint64 before = count_live (f);

  sks_test_cli_run (f, "delete", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, name));
  g_assert_nonnull (strstr (f->err, "only be withdrawn"));
  g_assert_cmpint (count_live (f), ==, before);
  sks_test_cli_run (f, "trash", "list", "--db", f->doc, NULL);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 0);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *id = find_studio (f, SKS_STATUS_DRAFT, &name);
  gint64 before = count_live (f);

  sks_test_cli_run (f, "delete", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "trash", "restore", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, name));
  g_assert_cmpint (count_live (f), ==, before);
  sks_test_cli_run (f, "list", "--db", f->doc, NULL);
  g_assert_nonnull (strstr (f->out, name));
  sks_test_cli_run (f, "trash", "restore", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->err, "not in the trash"));
}

/* Emptying only on the user's word: without --yes it only says what would go. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *id = find_studio (f, SKS_STATUS_DRAFT, &name);

  sks_test_cli_run (f, "delete", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "trash", "empty", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->out, name));
  g_assert_nonnull (strstr (f->err, "--yes"));
  sks_test_cli_run (f, "trash", "list", "--db", f->doc, NULL);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 1);

  sks_test_cli_run (f, "trash", "empty", "--db", f->doc, "--yes", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "Removed 1 application"));
  sks_test_cli_run (f, "trash", "list", "--db", f->doc, NULL);
  g_assert_cmpuint (sks_test_count_lines (f->out), ==, 0);
  sks_test_cli_run (f, "trash", "restore", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 1);
}

/* Importing an application that is in the trash says so, and where to go. */
static void
test_import_of_trashed (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *id = find_studio (f, SKS_STATUS_DRAFT, &name);
  g_autofree char *file = g_build_filename (f->dir, "all.json", NULL);

  sks_test_cli_run (f, "export", "--db", f->doc, "--format", "json", "-o", file, NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "delete", "--db", f->doc, "--application", id, NULL);
  g_assert_cmpint (f->status, ==, 0);
  sks_test_cli_run (f, "import", "--db", f->doc, file, NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_assert_nonnull (strstr (f->out, "trash"));
  g_assert_nonnull (strstr (f->out, name));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  sks_test_cli_run (f, "delete", "--db", f->doc, NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--application"));
  sks_test_cli_run (f, "trash", NULL);
  g_assert_cmpint (f->status, ==, 2);
  sks_test_cli_run (f, "trash", "--help", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "trash empty"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, sample_set_up, fn, sks_test_cli_tear_down)
  ADD ("/cli/trash/delete-draft", test_delete_draft);
  ADD ("/cli/trash/delete-submitted-refused", test_delete_submitted);
  ADD ("/cli/trash/restore", test_restore);
  ADD ("/cli/trash/empty-needs-yes", test_empty);
  ADD ("/cli/trash/import-of-trashed", test_import_of_trashed);
  ADD ("/cli/trash/usage", test_usage);
#undef ADD

  return g_test_run ();
}
