/* test-exchange-replace.c — an updated hand-over replaces the drafts it
 * holds a newer version of, and nothing else
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "sks-exchange.h"
#include "sks-sample.h"
#include "sks-test-util.h"

typedef struct {
  char              *dir;
  SksStore          *store;
  gint64             draft_id;
  gint64             submitted_id;
  SksExchangeImport *file;  /* the district's newer hand-over */
} Fixture;

static gint64
save (SksStore  *store,
      SksStudio *studio)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_store_save_studio (store, studio, &error));
  g_assert_no_error (error);
  return sks_studio_get_id (studio);
}

static void
rename_studio (SksStore   *store,
               gint64      id,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, &error);

  g_assert_no_error (error);
  g_object_set (studio, "name", name, NULL);
  save (store, studio);
}

/* The document holds a draft and a submitted application; the file holds
 * both under newer names. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SksStudio) draft = sks_test_make_full_studio (1, 2);
  g_autoptr(SksStudio) submitted = sks_test_make_full_studio (2, 2);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  char *text;
  gsize length;

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "doc.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "区人社局 王珏");
  g_assert_true (sks_sample_add_rounds (f->store, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SksRound) round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
    g_autoptr(SksRecommender) recommender =
      sks_store_find_recommender (f->store, sks_round_get_id (round), "吴兴区", &error);

    g_assert_no_error (error);
    sks_studio_set_round_id (draft, sks_round_get_id (round));
    sks_studio_set_recommender_id (draft, sks_recommender_get_id (recommender));
    sks_studio_set_round_id (submitted, sks_round_get_id (round));
    sks_studio_set_recommender_id (submitted, sks_recommender_get_id (recommender));
  }

  sks_studio_set_status (draft, SKS_STATUS_DRAFT);
  sks_studio_set_status (submitted, SKS_STATUS_SUBMITTED);
  g_object_set (draft, "name", "新版草稿技能大师工作室", NULL);
  g_object_set (submitted, "name", "新版已申报技能大师工作室", NULL);
  f->draft_id = save (f->store, draft);
  f->submitted_id = save (f->store, submitted);

  node = sks_exchange_build (f->store, 0, &error);
  g_assert_no_error (error);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (text, length);
  f->file = sks_exchange_read_bytes (bytes, &error);
  g_assert_no_error (error);

  /* The document still has the older versions. */
  rename_studio (f->store, f->draft_id, "旧版草稿技能大师工作室");
  rename_studio (f->store, f->submitted_id, "旧版已申报技能大师工作室");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_exchange_import_free (f->file);
  g_clear_object (&f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
name_of (Fixture *f,
         gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, id, &error);

  g_assert_no_error (error);
  return g_strdup (sks_studio_get_name (studio));
}

/* Without being asked, nothing is replaced, and the report says which
 * could be. */
static void
test_refused_by_default (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;

  g_assert_false (sks_exchange_import_with_flags (f->store, f->file, SKS_EXCHANGE_IMPORT_DEFAULT,
                                                  &report, &error));
  g_assert_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS);
  g_assert_cmpuint (report->n_replaceable, ==, 1);
  g_assert_cmpuint (report->n_replaced, ==, 0);
  g_assert_cmpuint (report->n_rejected, ==, 2);
  draft = name_of (f, f->draft_id);
  g_assert_cmpstr (draft, ==, "旧版草稿技能大师工作室");
}

/* Asked, the draft takes the file's version with the old value in its
 * history; the submitted one is refused with the reason. */
static void
test_replaces_drafts_only (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) draft = NULL;
  g_autofree char *submitted = NULL;
  GListModel *history;
  gboolean found = FALSE;
  gboolean refused = FALSE;

  g_assert_true (sks_exchange_import_with_flags (f->store, f->file,
                                                 SKS_EXCHANGE_IMPORT_VALID_ONLY |
                                                 SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS,
                                                 &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_replaced, ==, 1);
  g_assert_cmpuint (report->n_imported, ==, 0);
  g_assert_cmpuint (report->n_rejected, ==, 1);
  for (guint i = 0; i < report->problems->len; i++)
    {
      g_autofree char *line = sks_exchange_problem_to_string (g_ptr_array_index (report->problems,
                                                                                 i));
      refused |= strstr (line, "only drafts") != NULL;
    }
  g_assert_true (refused);

  draft = sks_store_load_studio (f->store, f->draft_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sks_studio_get_name (draft), ==, "新版草稿技能大师工作室");
  history = sks_studio_get_history (draft);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, i);

      if (g_strcmp0 (sks_history_entry_get_old_value (entry), "旧版草稿技能大师工作室") == 0)
        {
          found = TRUE;
          g_assert_cmpstr (sks_history_entry_get_new_value (entry), ==,
                           "新版草稿技能大师工作室");
          g_assert_cmpstr (sks_history_entry_get_who (entry), ==, "区人社局 王珏");
          g_assert_nonnull (sks_history_entry_get_reason (entry));
        }
    }
  g_assert_true (found);
  submitted = name_of (f, f->submitted_id);
  g_assert_cmpstr (submitted, ==, "旧版已申报技能大师工作室");
  g_assert_cmpint (sks_store_count_studios (f->store, 0, NULL), ==, 2);
}

/* The same version again changes nothing and counts nothing. */
static void
test_same_version_changes_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(SksExchangeReport) first = NULL;
  g_autoptr(SksExchangeReport) second = NULL;
  SksExchangeImportFlags flags = SKS_EXCHANGE_IMPORT_VALID_ONLY |
                                 SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS;

  g_assert_true (sks_exchange_import_with_flags (f->store, f->file, flags, &first, NULL));
  g_assert_true (sks_exchange_import_with_flags (f->store, f->file, flags, &second, NULL));
  g_assert_cmpuint (first->n_replaced, ==, 1);
  g_assert_cmpuint (second->n_replaced, ==, 0);
}

/* A draft submitted or deleted since is never replaced. */
static void
test_not_after_submission (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) draft = sks_store_load_studio (f->store, f->draft_id, NULL);
  g_autofree char *name = NULL;

  sks_studio_set_status (draft, SKS_STATUS_SUBMITTED);
  save (f->store, draft);
  g_assert_true (sks_exchange_import_with_flags (f->store, f->file,
                                                 SKS_EXCHANGE_IMPORT_VALID_ONLY |
                                                 SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS,
                                                 &report, &error));
  g_assert_cmpuint (report->n_replaced, ==, 0);
  g_assert_cmpuint (report->n_rejected, ==, 2);
  name = name_of (f, f->draft_id);
  g_assert_cmpstr (name, ==, "旧版草稿技能大师工作室");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/exchange/replace/refused-by-default", test_refused_by_default);
  ADD ("/exchange/replace/drafts-only", test_replaces_drafts_only);
  ADD ("/exchange/replace/same-version", test_same_version_changes_nothing);
  ADD ("/exchange/replace/not-after-submission", test_not_after_submission);
#undef ADD

  return g_test_run ();
}
