/* test-exchange-evaluation.c — evaluations in the exchange format
 * (version 2): round trips, version 1 files, broken scores
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-exchange.h"
#include "sks-sample.h"
#include "sks-test-util.h"

typedef struct {
  char     *dir;
  SksStore *source;
  SksStore *target;
} Fixture;

static SksStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SksStore *store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->source = open_store (f->dir, "district.skillstudio");
  f->target = open_store (f->dir, "city.skillstudio");
  g_assert_true (sks_sample_populate (f->source, 0, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->source);
  g_assert_finalize_object (f->target);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* All evaluations of a document, keyed by the uuid of their studio. */
static GHashTable *
evaluations_by_uuid (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (store, 0, &error);
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, &error);
      GListModel *list = sks_store_list_evaluations (store, id, &error);

      g_assert_no_error (error);
      g_hash_table_insert (map, g_strdup (sks_studio_get_uuid (studio)), list);
    }
  return map;
}

static guint
assert_same_evaluations (SksStore *a,
                         SksStore *b)
{
  g_autoptr(GHashTable) in_a = evaluations_by_uuid (a);
  g_autoptr(GHashTable) in_b = evaluations_by_uuid (b);
  GHashTableIter iter;
  gpointer uuid, list;
  guint n = 0;

  g_assert_cmpuint (g_hash_table_size (in_a), ==, g_hash_table_size (in_b));
  g_hash_table_iter_init (&iter, in_a);
  while (g_hash_table_iter_next (&iter, &uuid, &list))
    {
      GListModel *other = g_hash_table_lookup (in_b, uuid);

      g_assert_nonnull (other);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_list_model_get_n_items (other));
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(SksEvaluation) x = g_list_model_get_item (list, i);
          g_autoptr(SksEvaluation) y = g_list_model_get_item (other, i);
          g_autoptr(SksEvaluation) y_as_x = sks_evaluation_copy (y);

          /* Ids differ between documents; everything else is the same. */
          sks_evaluation_set_studio_id (y_as_x, sks_evaluation_get_studio_id (x));
          g_assert_true (sks_evaluation_equal (x, y_as_x));
          n++;
        }
    }
  return n;
}

static void
add_tricky_evaluation (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (store, 0, &error);
  gint64 last = g_array_index (ids, gint64, ids->len - 1);
  g_autoptr(SksEvaluation) evaluation = sks_evaluation_new (last, SKS_EVALUATION_KIND_EXPIRY,
                                                            2026);
  g_autofree char *remarks = sks_test_make_text (3000, TRUE, 11);

  g_object_set (evaluation, "remarks", remarks, "assessors", "“王珏”、O'Brien 😀",
                "grade", SKS_EVALUATION_GRADE_UNQUALIFIED, NULL);
  sks_evaluation_set_score (evaluation, "3", SKS_SCORE_SELF, 925);
  sks_evaluation_set_score (evaluation, "3", SKS_SCORE_ASSESSOR, SKS_SCORE_BLANK);
  sks_evaluation_set_score (evaluation, "b1", SKS_SCORE_ASSESSOR, 5);
  g_assert_true (sks_store_save_evaluation (store, evaluation, &error));
  g_assert_no_error (error);
}

/* The demo's evaluations and a tricky one go from one document to
 * another with the studios, in the same transaction. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "district.json", NULL);
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  add_tricky_evaluation (f->source);
  g_assert_true (sks_exchange_write_file (f->source, 0, path, &error));
  g_assert_no_error (error);

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, SKS_EXCHANGE_VERSION);

  import = sks_exchange_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_exchange_import_get_problems (import)->len, ==, 0);
  g_assert_true (sks_exchange_import (f->target, import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_imported, ==, 36);
  /* 4 in the demo set, 1 added above */
  g_assert_cmpuint (assert_same_evaluations (f->source, f->target), ==, 5);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

/* A file of one demo studio with its evaluation, as JSON text. */
static char *
one_studio_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) hangzhou = sks_store_find_round (f->source, SKS_SAMPLE_ROUND_HANGZHOU,
                                                       &error);
  g_autoptr(JsonNode) node = sks_exchange_build (f->source, sks_round_get_id (hangzhou), &error);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonArray *studios = json_object_get_array_member (json_node_get_object (node), "studios");
  g_autoptr(JsonArray) kept = json_array_new ();

  g_assert_no_error (error);
  for (guint i = 0; i < json_array_get_length (studios); i++)
    {
      JsonObject *studio = json_array_get_object_element (studios, i);

      if (json_object_has_member (studio, "evaluations") && json_array_get_length (kept) == 0)
        json_array_add_object_element (kept, json_object_ref (studio));
    }
  g_assert_cmpuint (json_array_get_length (kept), ==, 1);
  json_object_set_array_member (json_node_get_object (node), "studios", g_steal_pointer (&kept));
  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

static SksExchangeImport *
read_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  SksExchangeImport *import = sks_exchange_read_bytes (bytes, &error);

  g_assert_no_error (error);
  return import;
}

static gboolean
has_problem (SksExchangeImport *import,
             const char        *path,
             const char        *text)
{
  GPtrArray *problems = sks_exchange_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      SksExchangeProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->path, path) == 0 && strstr (problem->message, text) != NULL)
        return TRUE;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = sks_exchange_problem_to_string (g_ptr_array_index (problems, i));
      g_test_message ("%s", line);
    }
  return FALSE;
}

static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);
  GString *result;

  g_assert_nonnull (at);
  result = g_string_new_len (text, at - text);
  g_string_append (result, to);
  g_string_append (result, at + strlen (from));
  return g_string_free (result, FALSE);
}

/* Version 1 has no evaluations: a version-1 file with them names the key;
 * a version-1 file without them reads as before. */
static void
test_version_1 (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *text = one_studio_file (f);
  g_autofree char *v1 = replace_once (text, "\"version\":3", "\"version\":1");
  g_autoptr(SksExchangeImport) with = read_text (v1);
  g_autoptr(JsonNode) node = parse (v1);
  JsonObject *studio = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (node), "studios"), 0);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *without_text = NULL;
  g_autoptr(SksExchangeImport) without = NULL;

  g_assert_true (has_problem (with, "evaluations", "evaluations"));
  g_assert_false (sks_exchange_import_record_is_valid (with, 1));

  json_object_remove_member (studio, "evaluations");
  json_generator_set_root (generator, node);
  without_text = json_generator_to_data (generator, NULL);
  without = read_text (without_text);
  g_assert_cmpuint (sks_exchange_import_get_problems (without)->len, ==, 0);
}

/* Broken evaluations: each problem names its path, and the record is
 * refused as a whole. */
static void
test_broken (Fixture       *f,
             gconstpointer  data)
{
  static const struct {
    const char *from;
    const char *to;
    const char *path;
    const char *message;
  } cases[] = {
    { "\"year\":2024", "\"year\":1999", "evaluations[0].year", "2000" },
    { "\"kind\":\"annual\"", "\"kind\":\"monthly\"", "evaluations[0].kind", "monthly" },
    { "\"item\":\"4\",\"self\":5,", "\"item\":\"4\",\"self\":-1,",
      "evaluations[0].scores[3].self", "points" },
    { "\"item\":\"4\",\"self\":5,", "\"item\":\"4\",\"self\":4.125,",
      "evaluations[0].scores[3].self", "two decimals" },
    { "\"item\":\"4\",\"self\":5,", "\"item\":\"4\",\"self\":\"5\",",
      "evaluations[0].scores[3].self", "number" },
    { "\"item\":\"2\"", "\"item\":\"1\"", "evaluations[0].scores[1].item", "twice" },
    { "\"item\":\"2\"", "\"item\":\"2\",\"note\":1", "evaluations[0].scores[1].note", "note" },
    { "\"scores\":[", "\"score\":0,\"scores\":[", "evaluations[0].score", "score" },
  };
  g_autofree char *text = one_studio_file (f);

  g_test_message ("%s", strstr (text, "\"evaluations\""));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *broken = replace_once (text, cases[i].from, cases[i].to);
      g_autoptr(SksExchangeImport) import = read_text (broken);

      if (!has_problem (import, cases[i].path, cases[i].message))
        g_error ("case %u: no problem at %s mentioning “%s”", i, cases[i].path, cases[i].message);
      g_assert_false (sks_exchange_import_record_is_valid (import, 1));
    }
}

/* Scores a rubric does not allow: read without a problem (the file need
 * not name the profile), refused on import against the rubric of the
 * round's profile, naming the studio, the evaluation, the item and why. */
typedef struct {
  const char *from;
  const char *to;
  const char *message;
} ImpossibleCase;

static const ImpossibleCase impossible_cases[] = {
  /* 6 on a 5-point item */
  { "{\"item\":\"4\",\"self\":5,", "{\"item\":\"4\",\"self\":6,",
    "Item 4, Self score: must not be more than the item’s 5 points" },
  /* bonus items 8 + 2 + 2 = 12 > 10 */
  { "{\"item\":\"b1\",\"self\":4.5,\"assessor\":4.5}",
    "{\"item\":\"b1\",\"self\":4.5,\"assessor\":8}",
    "Item 16, Assessor score: must not be more than the item’s 5 points" },
};

static void
test_impossible (Fixture       *f,
                 gconstpointer  data)
{
  const ImpossibleCase *c = data;
  g_autofree char *text = one_studio_file (f);
  g_autofree char *bad = replace_once (text, c->from, c->to);
  g_autoptr(SksExchangeImport) import = read_text (bad);
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(SksExchangeReport) valid_only = NULL;
  g_autoptr(GError) error = NULL;
  SksExchangeProblem *problem;

  g_assert_cmpuint (sks_exchange_import_get_problems (import)->len, ==, 0);
  g_assert_false (sks_exchange_import (f->target, import, FALSE, &report, &error));
  g_assert_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS);
  g_clear_error (&error);
  g_assert_cmpuint (report->n_imported, ==, 0);
  g_assert_cmpuint (report->problems->len, ==, 1);
  problem = g_ptr_array_index (report->problems, 0);
  g_assert_cmpuint (problem->record, ==, 1);
  g_assert_nonnull (problem->studio_name);
  g_assert_cmpstr (problem->path, ==, "evaluations[0].scores");
  g_assert_nonnull (strstr (problem->message, "Annual evaluation 2024"));
  g_assert_nonnull (strstr (problem->message, c->message));

  /* Valid-only imports leave the record out, evaluations and all. */
  g_assert_true (sks_exchange_import (f->target, import, TRUE, &valid_only, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (valid_only->n_imported, ==, 0);
  g_assert_cmpuint (valid_only->n_rejected, ==, 1);
  g_assert_cmpint (sks_store_count_studios (f->target, 0, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/exchange/evaluation/round-trip", test_round_trip);
  ADD ("/exchange/evaluation/version-1", test_version_1);
  ADD ("/exchange/evaluation/broken", test_broken);
#undef ADD
  g_test_add ("/exchange/evaluation/impossible/item", Fixture, &impossible_cases[0],
              fixture_set_up, test_impossible, fixture_tear_down);
  g_test_add ("/exchange/evaluation/impossible/bonus", Fixture, &impossible_cases[1],
              fixture_set_up, test_impossible, fixture_tear_down);

  return g_test_run ();
}
