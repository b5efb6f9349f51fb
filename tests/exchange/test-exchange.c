/* test-exchange.c — the exchange format: round trips, broken files, partial
 * imports
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
  SksStore *source;   /* the district's document */
  SksStore *target;   /* the city's document */
  JsonNode *file;     /* the source exported */
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
add_full_studios (SksStore *store,
                  guint     first,
                  guint     count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_autoptr(SksRecommender) recommender =
    sks_store_find_recommender (store, sks_round_get_id (round), "吴兴区", &error);
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = first; i < first + count; i++)
    {
      SksStudio *studio = sks_test_make_full_studio (i, 2 + i % 4);
      sks_studio_set_round_id (studio, sks_round_get_id (round));
      sks_studio_set_recommender_id (studio, sks_recommender_get_id (recommender));
      g_ptr_array_add (studios, studio);
    }
  g_assert_true (sks_store_import_studios (store, studios, &error));
  g_assert_no_error (error);
}

/* Source: the sample rounds and five full applications with binary
 * attachments and tricky text. Target: the demo set. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sks_test_make_tmpdir ();
  f->source = open_store (f->dir, "district.skillstudio");
  f->target = open_store (f->dir, "city.skillstudio");
  g_assert_true (sks_sample_add_rounds (f->source, &error));
  add_full_studios (f->source, 1, 5);
  g_assert_true (sks_sample_populate (f->target, 0, &error));
  g_assert_no_error (error);

  f->file = sks_exchange_build (f->source, 0, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  json_node_unref (f->file);
  g_assert_finalize_object (f->source);
  g_assert_finalize_object (f->target);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GBytes *
node_to_bytes (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  char *text;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

/* json_node_copy() shares objects and arrays; this copies them too. */
static JsonNode *
deep_copy (JsonNode *node)
{
  g_autoptr(GBytes) bytes = node_to_bytes (node);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static JsonObject *
studio_json (JsonNode *file,
             guint     record)
{
  JsonArray *studios = json_object_get_array_member (json_node_get_object (file), "studios");

  return json_array_get_object_element (studios, record - 1);
}

/* Everything the document holds, as text: rounds, units, applications with
 * their attachments' content and history. */
static char *
dump (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = sks_exchange_build (store, 0, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  json_object_remove_member (json_node_get_object (node), "exported");
  bytes = node_to_bytes (node);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static SksExchangeImport *
read_node (JsonNode *node)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = node_to_bytes (node);
  SksExchangeImport *import = sks_exchange_read_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* No message may repeat personal data: no run of 11 or more digits. */
static void
assert_no_personal_data (GPtrArray *problems)
{
  g_autoptr(GRegex) digits = g_regex_new ("[0-9]{11,}", 0, 0, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      SksExchangeProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = sks_exchange_problem_to_string (problem);

      g_assert_false (g_regex_match (digits, line, 0, NULL));
    }
}

static void
assert_attachments_equal (SksStore  *store_a,
                          SksStudio *a,
                          SksStore  *store_b,
                          SksStudio *b)
{
  GListModel *la = sks_studio_get_attachments (a);
  GListModel *lb = sks_studio_get_attachments (b);

  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(SksAttachment) xa = g_list_model_get_item (la, i);
      g_autoptr(SksAttachment) xb = g_list_model_get_item (lb, i);
      g_autoptr(GBytes) da = sks_store_load_attachment_data (store_a, sks_attachment_get_id (xa),
                                                            NULL);
      g_autoptr(GBytes) db = sks_store_load_attachment_data (store_b, sks_attachment_get_id (xb),
                                                            NULL);

      g_assert_nonnull (da);
      g_assert_true (g_bytes_equal (da, db));
    }
}

static void
assert_same_applications (SksStore *a,
                          SksStore *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (a, 0, &error);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) sa = sks_store_load_studio (a, g_array_index (ids, gint64, i), &error);
      gint64 id_b = sks_store_find_studio_by_uuid (b, sks_studio_get_uuid (sa), &error);
      g_autoptr(SksStudio) sb = sks_store_load_studio (b, id_b, &error);
      g_autoptr(SksRound) ra = NULL;
      g_autoptr(SksRound) rb = NULL;
      g_autoptr(GListModel) rounds_a = sks_store_list_rounds (a, NULL);
      g_autoptr(GListModel) rounds_b = sks_store_list_rounds (b, NULL);

      g_assert_no_error (error);
      g_assert_true (sks_studio_equal (sa, sb));
      g_assert_cmpstr (sks_studio_get_created (sa), ==, sks_studio_get_created (sb));
      assert_attachments_equal (a, sa, b, sb);

      /* The same round and recommending unit, by key and name. */
      for (guint j = 0; j < g_list_model_get_n_items (rounds_a); j++)
        {
          g_autoptr(SksRound) r = g_list_model_get_item (rounds_a, j);
          if (sks_round_get_id (r) == sks_studio_get_round_id (sa))
            ra = g_object_ref (r);
        }
      for (guint j = 0; j < g_list_model_get_n_items (rounds_b); j++)
        {
          g_autoptr(SksRound) r = g_list_model_get_item (rounds_b, j);
          if (sks_round_get_id (r) == sks_studio_get_round_id (sb))
            rb = g_object_ref (r);
        }
      g_assert_nonnull (ra);
      g_assert_nonnull (rb);
      g_assert_true (sks_field_table_equal (sks_round_get_field_table (), G_OBJECT (ra),
                                            G_OBJECT (rb)));
    }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) fresh = open_store (f->dir, "fresh.skillstudio");
  g_autofree char *path = g_build_filename (f->dir, "district.json", NULL);
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;

  /* Also the demo set, with its draft, every status and plain-text files. */
  g_assert_true (sks_sample_populate (f->source, 0, &error));
  g_assert_true (sks_exchange_write_file (f->source, 0, path, &error));
  g_assert_no_error (error);

  import = sks_exchange_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sks_exchange_import_get_n_records (import), ==, 41);
  g_assert_cmpuint (sks_exchange_import_get_problems (import)->len, ==, 0);

  g_assert_true (sks_exchange_import (fresh, import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_records, ==, 41);
  g_assert_cmpuint (report->n_imported, ==, 41);
  g_assert_cmpuint (report->n_rejected, ==, 0);
  g_assert_cmpuint (report->n_rounds_created, ==, 2);
  g_assert_cmpuint (report->n_recommenders_created, ==, 20);
  g_assert_cmpuint (report->problems->len, ==, 0);

  assert_same_applications (f->source, fresh);
  g_assert_cmpint (sks_store_count_studios (fresh, 0, NULL), ==, 41);
}

/* The streaming writer and the tree builder write the same document. */
static void
test_write_matches_build (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "district.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *written;

  g_assert_true (sks_exchange_write_file (f->source, 0, path, &error));
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  written = json_parser_get_root (parser);
  json_object_remove_member (json_node_get_object (written), "exported");
  json_object_remove_member (json_node_get_object (f->file), "exported");
  g_assert_true (json_node_equal (written, f->file));
}

/* Only the round asked for, with its units. */
static void
test_export_round (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) hangzhou = sks_store_find_round (f->target, SKS_SAMPLE_ROUND_HANGZHOU,
                                                       &error);
  g_autoptr(JsonNode) node = sks_exchange_build (f->target, sks_round_get_id (hangzhou), &error);
  JsonObject *root = json_node_get_object (node);
  JsonArray *rounds = json_object_get_array_member (root, "rounds");
  JsonObject *round = json_array_get_object_element (rounds, 0);

  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "skill-studio-exchange");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, SKS_EXCHANGE_VERSION);
  g_assert_cmpuint (json_array_get_length (rounds), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (round, "key"), ==, SKS_SAMPLE_ROUND_HANGZHOU);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (round, "recommenders")),
                    ==, 14);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "studios")), ==,
                    12);

  /* Types as the format says: enums by nick, numbers and booleans as such. */
  {
    JsonObject *studio = studio_json (node, 1);
    JsonObject *master = json_object_get_object_member (studio, "master");
    g_assert_cmpstr (json_object_get_string_member (studio, "round"), ==,
                     SKS_SAMPLE_ROUND_HANGZHOU);
    g_assert_cmpint (json_node_get_value_type (json_object_get_member (studio, "area")), ==,
                     G_TYPE_DOUBLE);
    g_assert_cmpint (json_node_get_value_type (json_object_get_member (master, "frontline")), ==,
                     G_TYPE_BOOLEAN);
    g_assert_cmpint (json_node_get_value_type (json_object_get_member (master, "full-time-years")),
                     ==, G_TYPE_INT64);
    g_assert_cmpstr (json_object_get_string_member (master, "gender"), ==, "male");
  }
}

/* Files that are not exchange files at all */

typedef struct {
  const char *name;
  const char *text;
  int         code;
} BrokenFile;

#define HEAD "{\"format\": \"skill-studio-exchange\", "

static const BrokenFile broken_files[] = {
  { "empty", "", SKS_EXCHANGE_ERROR_PARSE },
  { "not-json", "format = skill-studio-exchange", SKS_EXCHANGE_ERROR_PARSE },
  { "unclosed", HEAD "\"version\": 1, \"studios\": [", SKS_EXCHANGE_ERROR_PARSE },
  { "not-utf8", HEAD "\"version\": 1, \"generator\": \"\xe9t\xe9\"}", SKS_EXCHANGE_ERROR_PARSE },
  { "array", "[{\"format\": \"skill-studio-exchange\"}]", SKS_EXCHANGE_ERROR_NOT_EXCHANGE },
  { "string", "\"skill-studio-exchange\"", SKS_EXCHANGE_ERROR_NOT_EXCHANGE },
  { "no-format", "{\"version\": 1, \"studios\": []}", SKS_EXCHANGE_ERROR_NOT_EXCHANGE },
  { "other-format", "{\"format\": \"excel\", \"version\": 1}", SKS_EXCHANGE_ERROR_NOT_EXCHANGE },
  { "format-number", "{\"format\": 1, \"version\": 1}", SKS_EXCHANGE_ERROR_NOT_EXCHANGE },
  { "no-version", HEAD "\"studios\": []}", SKS_EXCHANGE_ERROR_VERSION },
  { "version-text", HEAD "\"version\": \"1\"}", SKS_EXCHANGE_ERROR_VERSION },
  { "version-null", HEAD "\"version\": null}", SKS_EXCHANGE_ERROR_VERSION },
  { "version-4", HEAD "\"version\": 4, \"studios\": []}", SKS_EXCHANGE_ERROR_VERSION },
  { "version-0", HEAD "\"version\": 0}", SKS_EXCHANGE_ERROR_VERSION },
  { "version-fraction", HEAD "\"version\": 1.5}", SKS_EXCHANGE_ERROR_VERSION },
};

static void
assert_refused (Fixture    *f,
                GBytes     *bytes,
                int         code,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = sks_exchange_read_bytes (bytes, &error);

  g_test_message ("broken file: %s", name);
  g_assert_null (import);
  g_assert_error (error, SKS_EXCHANGE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_broken_files (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = dump (f->target);
  g_autofree char *after = NULL;
  g_autoptr(GBytes) good = node_to_bytes (f->file);
  gsize length = g_bytes_get_size (good);

  for (guint i = 0; i < G_N_ELEMENTS (broken_files); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (broken_files[i].text,
                                                    strlen (broken_files[i].text));
      assert_refused (f, bytes, broken_files[i].code, broken_files[i].name);
    }

  /* Cut off anywhere: after the header, in the middle, before the end. */
  {
    gsize cuts[] = { 40, length / 3, length / 2, length - 40, length - 1 };
    for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
      {
        g_autoptr(GBytes) cut = g_bytes_new_from_bytes (good, 0, cuts[i]);
        assert_refused (f, cut, SKS_EXCHANGE_ERROR_PARSE, "truncated");
      }
  }

  /* A missing file is an error of its own. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
    g_assert_null (sks_exchange_read (missing, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  }

  after = dump (f->target);
  g_assert_cmpstr (before, ==, after);
}

/* Records with problems */

typedef void (*Mutation) (JsonObject *studio);

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  json_object_set_string_member (object, key, value);
}

static JsonObject *
member_object (JsonObject *studio,
               const char *key)
{
  return json_object_get_object_member (studio, key);
}

static JsonObject *
list_object (JsonObject *studio,
             const char *key,
             guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (studio, key), index);
}

static void name_is_number (JsonObject *s) { json_object_set_int_member (s, "name", 42); }
static void area_is_text (JsonObject *s) { set_string (s, "area", "120"); }
static void status_unknown (JsonObject *s) { set_string (s, "status", "finished"); }
static void unknown_key (JsonObject *s) { set_string (s, "colour", "red"); }
static void missing_uuid (JsonObject *s) { json_object_remove_member (s, "uuid"); }
static void bad_uuid (JsonObject *s) { set_string (s, "uuid", "not-a-uuid"); }
static void unknown_round (JsonObject *s) { set_string (s, "round", "nowhere-2030"); }
static void unknown_recommender (JsonObject *s) { set_string (s, "recommender", "火星区"); }
static void
gender_unknown (JsonObject *s)
{
  set_string (member_object (s, "master"), "gender", "x");
}

static void
team_not_array (JsonObject *s)
{
  json_object_set_object_member (s, "team", json_object_new ());
}

static void team_item_text (JsonObject *s)
{
  json_array_remove_element (json_object_get_array_member (s, "team"), 0);
  json_array_add_string_element (json_object_get_array_member (s, "team"), "张三");
}

static void
frontline_is_number (JsonObject *s)
{
  json_object_set_int_member (member_object (s, "master"), "frontline", 1);
}

static void
years_fraction (JsonObject *s)
{
  json_object_set_double_member (member_object (s, "master"), "full-time-years", 2.5);
}

static void
unknown_master_key (JsonObject *s)
{
  set_string (member_object (s, "master"), "shoe-size", "42");
}

static void
master_name_missing (JsonObject *s)
{
  json_object_remove_member (member_object (s, "master"), "name");
}

/* The last digit of the ID number changed: a check digit error. */
static void
bad_id_number (JsonObject *s)
{
  JsonObject *master = member_object (s, "master");
  g_autofree char *id = g_strdup (json_object_get_string_member (master, "id-number"));

  id[17] = id[17] == '1' ? '2' : '1';
  set_string (master, "id-number", id);
}

static void
member_birth_bad (JsonObject *s)
{
  set_string (list_object (s, "team", 1), "birth", "1990-13");
}

static void
bad_base64 (JsonObject *s)
{
  set_string (list_object (s, "attachments", 0), "data", "!!!not base64!!!");
}

static void
sha_mismatch (JsonObject *s)
{
  set_string (list_object (s, "attachments", 1), "sha256",
              "0000000000000000000000000000000000000000000000000000000000000000");
}

static void
size_mismatch (JsonObject *s)
{
  json_object_set_int_member (list_object (s, "attachments", 0), "size", 5);
}

/* Valid Base64, but not the content the checksum was made of. */
static void
data_changed (JsonObject *s)
{
  set_string (list_object (s, "attachments", 0), "data", "ZGFtYWdlZA==");
}

static void
data_missing (JsonObject *s)
{
  json_object_remove_member (list_object (s, "attachments", 0), "data");
}

typedef struct {
  const char *name;
  Mutation    mutate;
  const char *path;
} BrokenRecord;

static const BrokenRecord broken_records[] = {
  { "name-is-number", name_is_number, "name" },
  { "area-is-text", area_is_text, "area" },
  { "status-unknown", status_unknown, "status" },
  { "unknown-key", unknown_key, "colour" },
  { "missing-uuid", missing_uuid, "uuid" },
  { "bad-uuid", bad_uuid, "uuid" },
  { "unknown-round", unknown_round, "round" },
  { "unknown-recommender", unknown_recommender, "recommender" },
  { "gender-unknown", gender_unknown, "master.gender" },
  { "frontline-is-number", frontline_is_number, "master.frontline" },
  { "years-fraction", years_fraction, "master.full-time-years" },
  { "unknown-master-key", unknown_master_key, "master.shoe-size" },
  { "master-name-missing", master_name_missing, "master.name" },
  { "bad-id-number", bad_id_number, "master.id-number" },
  { "team-not-array", team_not_array, "team" },
  { "team-item-text", team_item_text, "team[3]" },
  { "member-birth-bad", member_birth_bad, "team[1].birth" },
  { "bad-base64", bad_base64, "attachments[0].data" },
  { "sha-mismatch", sha_mismatch, "attachments[1].sha256" },
  { "size-mismatch", size_mismatch, "attachments[0].size" },
  { "data-changed", data_changed, "attachments[0].sha256" },
  { "data-missing", data_missing, "attachments[0].data" },
};

static gboolean
has_problem (GPtrArray  *problems,
             guint       record,
             const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksExchangeProblem *problem = g_ptr_array_index (problems, i);
      if (problem->record == record && g_str_equal (problem->path, path))
        return TRUE;
    }
  return FALSE;
}

static void
test_broken_records (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = dump (f->target);
  gint64 count = sks_store_count_studios (f->target, 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (broken_records); i++)
    {
      g_autoptr(JsonNode) file = deep_copy (f->file);
      g_autoptr(SksExchangeImport) import = NULL;
      g_autoptr(SksExchangeReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_test_message ("broken record: %s", broken_records[i].name);
      broken_records[i].mutate (studio_json (file, 2));
      import = read_node (file);

      g_assert_false (sks_exchange_import (f->target, import, FALSE, &report, &error));
      g_assert_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS);
      g_assert_nonnull (report);
      g_assert_cmpuint (report->n_imported, ==, 0);
      g_assert_cmpuint (report->n_rejected, ==, 1);
      g_assert_true (has_problem (report->problems, 2, broken_records[i].path));
      for (guint j = 0; j < report->problems->len; j++)
        g_assert_cmpuint (((SksExchangeProblem *) g_ptr_array_index (report->problems, j))->record,
                          ==, 2);
      assert_no_personal_data (report->problems);

      after = dump (f->target);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpint (sks_store_count_studios (f->target, 0, NULL), ==, count);
    }
}

/* A problem names the field and never repeats a wrong ID number. */
static void
test_problem_messages (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(JsonNode) file = deep_copy (f->file);
  g_autoptr(SksExchangeImport) import = NULL;
  JsonObject *studio = studio_json (file, 3);
  JsonObject *master = member_object (studio, "master");
  g_autofree char *id = NULL;
  GPtrArray *problems;

  bad_id_number (studio);
  unknown_master_key (studio);
  id = g_strdup (json_object_get_string_member (master, "id-number"));
  import = read_node (file);
  problems = sks_exchange_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_false (sks_exchange_import_record_is_valid (import, 3));
  g_assert_true (sks_exchange_import_record_is_valid (import, 2));

  for (guint i = 0; i < problems->len; i++)
    {
      SksExchangeProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = sks_exchange_problem_to_string (problem);

      g_assert_cmpuint (problem->record, ==, 3);
      g_assert_cmpstr (problem->studio_name, ==, json_object_get_string_member (studio, "name"));
      g_assert_null (strstr (line, id));
      g_assert_nonnull (strstr (line, "record 3 ("));
      g_assert_nonnull (strstr (line, problem->path));
    }
  for (guint i = 0; i < problems->len; i++)
    {
      SksExchangeProblem *problem = g_ptr_array_index (problems, i);
      if (g_str_equal (problem->path, "master.id-number"))
        g_assert_nonnull (strstr (problem->message, "ID number"));
      else
        g_assert_nonnull (strstr (problem->message, "shoe-size"));
    }
}

/* Records 2 and 4 of five have problems. */
static JsonNode *
make_mixed_file (Fixture *f)
{
  JsonNode *file = deep_copy (f->file);

  bad_base64 (studio_json (file, 2));
  years_fraction (studio_json (file, 4));
  unknown_round (studio_json (file, 4));
  return file;
}

static void
test_mixed_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) file = make_mixed_file (f);
  g_autoptr(SksExchangeImport) import = read_node (file);
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (f->target);
  g_autofree char *after = NULL;

  g_assert_false (sks_exchange_import (f->target, import, FALSE, &report, &error));
  g_assert_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS);
  g_assert_cmpuint (report->n_records, ==, 5);
  g_assert_cmpuint (report->n_imported, ==, 0);
  g_assert_cmpuint (report->n_rejected, ==, 2);
  /* Every problem of every bad record, in file order. */
  g_assert_cmpuint (report->problems->len, ==, 3);
  g_assert_true (has_problem (report->problems, 2, "attachments[0].data"));
  g_assert_true (has_problem (report->problems, 4, "master.full-time-years"));
  g_assert_true (has_problem (report->problems, 4, "round"));
  g_assert_cmpuint (((SksExchangeProblem *) report->problems->pdata[0])->record, ==, 2);

  after = dump (f->target);
  g_assert_cmpstr (before, ==, after);
}

static void
test_mixed_valid_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(JsonNode) file = make_mixed_file (f);
  g_autoptr(SksExchangeImport) import = read_node (file);
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = sks_store_count_studios (f->target, 0, NULL);

  g_assert_true (sks_exchange_import (f->target, import, TRUE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_imported, ==, 3);
  g_assert_cmpuint (report->n_rejected, ==, 2);
  g_assert_cmpuint (report->problems->len, ==, 3);
  g_assert_cmpint (sks_store_count_studios (f->target, 0, NULL), ==, before + 3);

  for (guint record = 1; record <= 5; record++)
    {
      const char *uuid = json_object_get_string_member (studio_json (file, record), "uuid");
      gint64 id = sks_store_find_studio_by_uuid (f->target, uuid, NULL);

      if (record == 2 || record == 4)
        g_assert_cmpint (id, ==, 0);
      else
        {
          g_autoptr(SksStudio) stored = sks_store_load_studio (f->target, id, &error);
          SksStudio *read = g_ptr_array_index (sks_exchange_import_get_studios (import),
                                               record - 1);
          g_assert_true (sks_studio_equal (stored, read));
        }
    }
}

/* An application already in the document is refused, never overwritten. */
static void
test_duplicate_uuid (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) first = read_node (f->file);
  g_autoptr(SksExchangeImport) again = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(JsonNode) changed = deep_copy (f->file);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (sks_exchange_import (f->target, first, FALSE, NULL, &error));
  g_assert_no_error (error);
  before = dump (f->target);

  /* The same applications, one of them changed meanwhile. */
  set_string (studio_json (changed, 1), "location", "另一个地点");
  again = read_node (changed);
  g_assert_false (sks_exchange_import (f->target, again, FALSE, &report, &error));
  g_assert_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS);
  g_assert_cmpuint (report->n_rejected, ==, 5);
  for (guint record = 1; record <= 5; record++)
    g_assert_true (has_problem (report->problems, record, "uuid"));
  g_clear_pointer (&report, sks_exchange_report_free);
  g_clear_error (&error);

  g_assert_true (sks_exchange_import (f->target, again, TRUE, &report, &error));
  g_assert_cmpuint (report->n_imported, ==, 0);
  after = dump (f->target);
  g_assert_cmpstr (before, ==, after);
}

static void
test_duplicate_in_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) file = deep_copy (f->file);
  g_autoptr(SksExchangeImport) import = NULL;
  const char *uuid = json_object_get_string_member (studio_json (file, 1), "uuid");

  set_string (studio_json (file, 4), "uuid", uuid);
  import = read_node (file);
  g_assert_true (sks_exchange_import_record_is_valid (import, 1));
  g_assert_false (sks_exchange_import_record_is_valid (import, 4));
  g_assert_true (has_problem (sks_exchange_import_get_problems (import), 4, "uuid"));
}

/* Rounds: created from the file when missing, never changed when present. */
static void
test_rounds (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) file = deep_copy (f->file);
  JsonArray *rounds = json_object_get_array_member (json_node_get_object (file), "rounds");
  JsonObject *huzhou = json_array_get_object_element (rounds, 0);
  JsonArray *units = json_object_get_array_member (huzhou, "recommenders");
  g_autoptr(JsonObject) unit = json_object_new ();
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksRecommender) recommender = NULL;
  g_autoptr(SksRecommender) new_unit = NULL;
  g_autofree char *title = NULL;

  g_assert_cmpstr (json_object_get_string_member (huzhou, "key"), ==, SKS_SAMPLE_ROUND_HUZHOU);
  set_string (huzhou, "title", "被改动的标题");
  json_object_set_int_member (json_array_get_object_element (units, 0), "quota", 99);
  json_object_set_string_member (unit, "name", "湖州市经信局");
  json_object_set_string_member (unit, "kind", "city-department");
  json_object_set_int_member (unit, "quota", 3);
  json_array_add_object_element (units, json_object_ref (unit));

  import = read_node (file);
  g_assert_true (sks_exchange_import (f->target, import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rounds_created, ==, 0);
  g_assert_cmpuint (report->n_recommenders_created, ==, 1);

  round = sks_store_find_round (f->target, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_object_get (round, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "2025年湖州市技能大师工作室申报");
  recommender = sks_store_find_recommender (f->target, sks_round_get_id (round), "吴兴区", &error);
  g_assert_cmpint (sks_recommender_get_quota (recommender), ==, 12);
  new_unit = sks_store_find_recommender (f->target, sks_round_get_id (round), "湖州市经信局",
                                         &error);
  g_assert_nonnull (new_unit);
  g_assert_cmpint (sks_recommender_get_quota (new_unit), ==, 3);
}

/* A round with problems in the file brings none of its applications. */
static void
test_bad_round (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) fresh = open_store (f->dir, "fresh.skillstudio");
  g_autoptr(JsonNode) file = deep_copy (f->file);
  JsonArray *rounds = json_object_get_array_member (json_node_get_object (file), "rounds");
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GListModel) stored = NULL;

  set_string (json_array_get_object_element (rounds, 0), "year", "2025");
  import = read_node (file);
  g_assert_true (has_problem (sks_exchange_import_get_problems (import), 0, "rounds[0].year"));

  g_assert_true (sks_exchange_import (fresh, import, TRUE, &report, &error));
  g_assert_cmpuint (report->n_imported, ==, 0);
  g_assert_cmpuint (report->n_rejected, ==, 5);
  g_assert_true (has_problem (report->problems, 1, "round"));
  /* Nothing at all was written: not even the other round. */
  stored = sks_store_list_rounds (fresh, &error);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 0);
}

/* A file with only rounds hands them out. */
static void
test_rounds_only (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) fresh = open_store (f->dir, "fresh.skillstudio");
  g_autoptr(JsonNode) file = deep_copy (f->file);
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;

  json_object_remove_member (json_node_get_object (file), "studios");
  import = read_node (file);
  g_assert_true (sks_exchange_import (fresh, import, FALSE, &report, &error));
  g_assert_cmpuint (report->n_rounds_created, ==, 2);
  g_assert_cmpuint (report->n_recommenders_created, ==, 20);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) viewer = sks_store_open (sks_store_get_path (f->target),
                                               SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(SksExchangeImport) import = read_node (f->file);

  g_assert_no_error (error);
  g_assert_false (sks_exchange_import (viewer, import, TRUE, NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY);
}

/* A script may leave out keys (defaults), write null for empty text and
 * whole numbers as 21.0; a draft needs no required fields. */
static void
test_script_friendly (Fixture       *f,
                      gconstpointer  data)
{
  static const char text[] =
    "\xEF\xBB\xBF{\"format\": \"skill-studio-exchange\", \"version\": 1.0,"
    " \"studios\": [{\"uuid\": \"0F8FAD5B-D9CB-469F-A165-70867728950E\","
    "  \"round\": \"huzhou-2025\", \"recommender\": \"德清县\", \"name\": \"草稿工作室\","
    "  \"location\": null, \"master\": {\"full-time-years\": 21.0, \"gender\": \"female\","
    "   \"skill-level\": \"二级/技师\"},"
    "  \"attachments\": [{\"name\": \"a.txt\", \"data\": \"aGVs\\nbG8=\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(SksExchangeImport) import = sks_exchange_read_bytes (bytes, &error);
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(SksStudio) stored = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autoptr(SksAttachment) attachment = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_cmpuint (sks_exchange_import_get_problems (import)->len, ==, 0);
  g_assert_true (sks_exchange_import (f->target, import, FALSE, &report, &error));
  g_assert_no_error (error);

  id = sks_store_find_studio_by_uuid (f->target, "0f8fad5b-d9cb-469f-a165-70867728950e", NULL);
  stored = sks_store_load_studio (f->target, id, &error);
  g_assert_cmpint (sks_studio_get_status (stored), ==, SKS_STATUS_DRAFT);
  g_assert_cmpint (sks_master_get_full_time_years (sks_studio_get_master (stored)), ==, 21);
  g_assert_cmpstr (sks_master_get_skill_level (sks_studio_get_master (stored)), ==, "技师");
  attachment = g_list_model_get_item (sks_studio_get_attachments (stored), 0);
  content = sks_store_load_attachment_data (f->target, sks_attachment_get_id (attachment), NULL);
  g_assert_cmpmem (g_bytes_get_data (content, NULL), g_bytes_get_size (content), "hello", 5);
}

/* docs/exchange-format.md lists every field, and its example imports. */
static void
test_documented (Fixture       *f,
                 gconstpointer  data)
{
  const SksFieldTable *tables[] = {
    sks_round_get_field_table (), sks_recommender_get_field_table (),
    sks_studio_get_field_table (), sks_unit_get_field_table (), sks_master_get_field_table (),
    sks_team_member_get_field_table (), sks_attachment_get_field_table (),
    sks_history_entry_get_field_table (), sks_evaluation_get_field_table (),
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = NULL;
  g_autoptr(SksStore) fresh = open_store (f->dir, "fresh.skillstudio");
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(SksExchangeReport) report = NULL;
  g_autoptr(GBytes) example = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "docs",
                                                           "exchange-format.md", NULL),
                                      &doc, NULL, &error));
  g_assert_no_error (error);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < tables[t]->n_fields; i++)
      {
        g_autofree char *row = g_strdup_printf ("| `%s` |", tables[t]->fields[i].name);
        if (strstr (doc, row) == NULL)
          g_test_fail_printf ("docs/exchange-format.md does not describe “%s”",
                              tables[t]->fields[i].name);
      }

  start = strstr (doc, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);
  example = g_bytes_new (start, end - start);
  import = sks_exchange_read_bytes (example, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sks_exchange_import_get_problems (import)->len; i++)
    {
      g_autofree char *line =
        sks_exchange_problem_to_string (sks_exchange_import_get_problems (import)->pdata[i]);
      g_test_message ("%s", line);
    }
  g_assert_cmpuint (sks_exchange_import_get_problems (import)->len, ==, 0);
  g_assert_true (sks_exchange_import (fresh, import, FALSE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_imported, ==, 1);
}

/* Hostile files (issue 11): refused as a whole, naming record and field,
 * with a short message and no GLib warning. */

typedef struct {
  const char *name;
  const char *text;      /* NULL: built by hostile_text() */
  const char *expected;  /* in the message */
} HostileFile;

#define STUDIO(body) HEAD "\"version\": 1, \"studios\": [{}, {" body "}]}"

static const HostileFile hostile_files[] = {
  { "deep-nesting", NULL, "64" },
  { "nul-name", STUDIO ("\"name\": \"张\\u0000三\""), "record 2, studios[1].name" },
  { "nul-id-number", STUDIO ("\"master\": {\"id-number\": \"33010219800101013\\u0000DROP\"}"),
    "record 2, studios[1].master.id-number" },
  { "nul-uuid", STUDIO ("\"uuid\": \"3f2a6c1e-8b4d-4e7a-9c2f-5d1b7e3a9f60\\u0000\""),
    "record 2, studios[1].uuid" },
  { "duplicate-format", HEAD "\"format\": \"x\", \"version\": 1}", "format" },
  { "duplicate-uuid", STUDIO ("\"uuid\": \"a\", \"uuid\": \"b\""), "record 2, studios[1].uuid" },
  { "duplicate-id-number",
    STUDIO ("\"master\": {\"id-number\": \"1\", \"id-number\": \"2\"}"),
    "record 2, studios[1].master.id-number" },
  { "area-overflow", STUDIO ("\"area\": 1e400"), "record 2, studios[1].area" },
  { "size-overflow", STUDIO ("\"attachments\": [{\"size\": 18446744073709551640}]"),
    "studios[1].attachments[0].size" },
  { "lone-surrogate", STUDIO ("\"name\": \"\\ud800\""), "record 2, studios[1].name" },
};

static char *
hostile_text (const HostileFile *h)
{
  g_autofree char *brackets = NULL;

  if (h->text != NULL)
    return g_strdup (h->text);
  /* 80,000 levels overflowed json-glib's stack. */
  brackets = g_strnfill (80000, '[');
  return g_strconcat (HEAD "\"version\": 1, \"studios\": ", brackets, NULL);
}

static void
test_hostile_file (gconstpointer data)
{
  const HostileFile *h = data;
  g_autofree char *text = hostile_text (h);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = sks_exchange_read_bytes (bytes, &error);

  g_assert_null (import);
  g_assert_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, h->expected));
  g_assert_cmpuint (strlen (error->message), <, 400);
}

/* A megabyte-long value is quoted as its first 40 characters. */
static void
test_hostile_long_value (void)
{
  g_autofree char *value = g_strnfill (1024 * 1024, 'x');
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = NULL;
  GPtrArray *problems;

  /* As a value of a field and as an unknown key. */
  text = g_strconcat (HEAD "\"version\": 1, \"studios\": [{\"status\": \"", value,
                      "\", \"", value, "\": 1}]}", NULL);
  bytes = g_bytes_new (text, strlen (text));
  import = sks_exchange_read_bytes (bytes, &error);
  g_assert_no_error (error);
  problems = sks_exchange_import_get_problems (import);
  g_assert_cmpuint (problems->len, >, 0);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = sks_exchange_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("%s", line);
      g_assert_cmpuint (strlen (line), <, 600);
    }
}

/* A name is reduced to a base name: "../../../x.desktop" became a path out
 * of the cache folder when the attachment was opened. */
static void
test_hostile_attachment_name (void)
{
  const char *text = HEAD "\"version\": 1, \"studios\": [{\"attachments\": ["
    "{\"name\": \"../../../x.desktop\", \"data\": \"YQ==\"}, "
    "{\"name\": \"/home/user/.bashrc\", \"data\": \"YQ==\"}, "
    "{\"name\": \"..\", \"data\": \"YQ==\"}]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SksExchangeImport) import = sks_exchange_read_bytes (bytes, &error);
  const char *expected[] = { "x.desktop", "bashrc", "attachment" };
  GListModel *attachments;

  g_assert_no_error (error);
  attachments = sks_studio_get_attachments (g_ptr_array_index (
    sks_exchange_import_get_studios (import), 0));
  g_assert_cmpuint (g_list_model_get_n_items (attachments), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);

      g_assert_cmpstr (sks_attachment_get_name (attachment), ==, expected[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/exchange/round-trip", test_round_trip);
  ADD ("/exchange/write-matches-build", test_write_matches_build);
  ADD ("/exchange/export-round", test_export_round);
  ADD ("/exchange/broken-files", test_broken_files);
  ADD ("/exchange/broken-records", test_broken_records);
  ADD ("/exchange/problem-messages", test_problem_messages);
  ADD ("/exchange/mixed/refused", test_mixed_refused);
  ADD ("/exchange/mixed/valid-only", test_mixed_valid_only);
  ADD ("/exchange/duplicate/in-document", test_duplicate_uuid);
  ADD ("/exchange/duplicate/in-file", test_duplicate_in_file);
  ADD ("/exchange/rounds/kept", test_rounds);
  ADD ("/exchange/rounds/bad", test_bad_round);
  ADD ("/exchange/rounds/only", test_rounds_only);
  ADD ("/exchange/read-only", test_read_only);
  ADD ("/exchange/script-friendly", test_script_friendly);
  ADD ("/exchange/documented", test_documented);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (hostile_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/exchange/hostile/%s", hostile_files[i].name);
      g_test_add_data_func (path, &hostile_files[i], test_hostile_file);
    }
  g_test_add_func ("/exchange/hostile/long-value", test_hostile_long_value);
  g_test_add_func ("/exchange/hostile/attachment-name", test_hostile_attachment_name);

  return g_test_run ();
}
