/* sks-exchange-write.c — writing applications in the exchange format
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-exchange-private.h"
#include "sks-private-file.h"

/* What writing one document needs: the rounds to write and the names the
 * applications refer to. */
typedef struct {
  SksStore   *store;
  gint64      round_id;
  GPtrArray  *rounds;        /* SksRound to write */
  GHashTable *round_keys;    /* gint64 id → key */
  GHashTable *recommenders;  /* gint64 round id → GListModel of SksRecommender */
  GHashTable *recommender_names; /* gint64 id → name */
} Writer;

static void
writer_clear (Writer *w)
{
  g_clear_pointer (&w->rounds, g_ptr_array_unref);
  g_clear_pointer (&w->round_keys, g_hash_table_unref);
  g_clear_pointer (&w->recommenders, g_hash_table_unref);
  g_clear_pointer (&w->recommender_names, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static gboolean
writer_add_round (Writer    *w,
                  SksRound  *round,
                  GError   **error)
{
  gint64 id = sks_round_get_id (round);
  GListModel *recommenders = sks_store_list_recommenders (w->store, id, error);

  if (recommenders == NULL)
    return FALSE;
  g_hash_table_insert (w->round_keys, dup_id (id), g_strdup (sks_round_get_key (round)));
  g_hash_table_insert (w->recommenders, dup_id (id), recommenders);
  for (guint i = 0; i < g_list_model_get_n_items (recommenders); i++)
    {
      g_autoptr(SksRecommender) recommender = g_list_model_get_item (recommenders, i);
      g_hash_table_insert (w->recommender_names, dup_id (sks_recommender_get_id (recommender)),
                           g_strdup (sks_recommender_get_name (recommender)));
    }
  if (w->round_id == 0 || w->round_id == id)
    g_ptr_array_add (w->rounds, g_object_ref (round));
  return TRUE;
}

static gboolean
writer_init (Writer    *w,
             SksStore  *store,
             gint64     round_id,
             GError   **error)
{
  g_autoptr(GListModel) rounds = NULL;

  w->store = store;
  w->round_id = round_id;
  w->rounds = g_ptr_array_new_with_free_func (g_object_unref);
  w->round_keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  w->recommenders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  w->recommender_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  rounds = sks_store_list_rounds (store, error);
  if (rounds == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      if (!writer_add_round (w, round, error))
        return FALSE;
    }

  if (round_id != 0 && w->rounds->len == 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("The round to export is not in the document"));
      return FALSE;
    }
  return TRUE;
}

/* A node holding @json, which it takes over (json_node_init_object()
 * would add a reference). */
static JsonNode *
take_object (JsonObject *json)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, json);
  return node;
}

/* Field tables → JSON */

static JsonNode *
field_to_node (const SksField *field,
               GObject        *object)
{
  const char *text;

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      text = sks_field_get_text (field, object);
      return text ? json_node_init_string (json_node_alloc (), text)
                  : json_node_new (JSON_NODE_NULL);
    case SKS_FIELD_INT:
      return json_node_init_int (json_node_alloc (), sks_field_get_int (field, object));
    case SKS_FIELD_DOUBLE:
      return json_node_init_double (json_node_alloc (), sks_field_get_double (field, object));
    case SKS_FIELD_BOOLEAN:
      return json_node_init_boolean (json_node_alloc (), sks_field_get_boolean (field, object));
    case SKS_FIELD_ENUM:
      return json_node_init_string (json_node_alloc (), sks_field_get_enum_nick (field, object));
    default:
      g_assert_not_reached ();
    }
}

static void
add_fields (JsonObject          *json,
            const SksFieldTable *table,
            GObject             *object)
{
  for (guint i = 0; i < table->n_fields; i++)
    json_object_set_member (json, table->fields[i].name, field_to_node (&table->fields[i], object));
}

static JsonObject *
fields_to_object (const SksFieldTable *table,
                  GObject             *object)
{
  JsonObject *json = json_object_new ();

  add_fields (json, table, object);
  return json;
}

static JsonArray *
list_to_array (GListModel          *list,
               const SksFieldTable *table)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      json_array_add_object_element (array, fields_to_object (table, item));
    }
  return array;
}

static JsonNode *
round_to_node (Writer   *w,
               SksRound *round)
{
  JsonObject *json = fields_to_object (sks_round_get_field_table (), G_OBJECT (round));
  gint64 id = sks_round_get_id (round);
  GListModel *recommenders = g_hash_table_lookup (w->recommenders, &id);

  json_object_set_array_member (json, SKS_EXCHANGE_KEY_RECOMMENDERS,
                                list_to_array (recommenders, sks_recommender_get_field_table ()));
  return take_object (json);
}

static JsonObject *
attachment_to_object (Writer         *w,
                      SksAttachment  *attachment,
                      GError        **error)
{
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *base64 = NULL;

  if (sks_attachment_get_data (attachment) != NULL)
    data = g_bytes_ref (sks_attachment_get_data (attachment));
  else
    data = sks_store_load_attachment_data (w->store, sks_attachment_get_id (attachment), error);
  if (data == NULL)
    return NULL;

  json = fields_to_object (sks_attachment_get_field_table (), G_OBJECT (attachment));
  base64 = g_base64_encode (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  json_object_set_int_member (json, SKS_EXCHANGE_KEY_SIZE, sks_attachment_get_size (attachment));
  json_object_set_string_member (json, SKS_EXCHANGE_KEY_SHA256,
                                 sks_attachment_get_sha256 (attachment));
  json_object_set_string_member (json, SKS_EXCHANGE_KEY_DATA, base64);
  return g_steal_pointer (&json);
}

static JsonArray *
attachments_to_array (Writer     *w,
                      SksStudio  *studio,
                      GError    **error)
{
  GListModel *attachments = sks_studio_get_attachments (studio);
  g_autoptr(JsonArray) array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      JsonObject *json = attachment_to_object (w, attachment, error);

      if (json == NULL)
        return NULL;
      json_array_add_object_element (array, json);
    }
  return g_steal_pointer (&array);
}

/* Points as the notice writes them: 5, 4.5, 4.25; null when not given. */
static JsonNode *
score_to_node (gint64 hundredths)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  if (hundredths == SKS_SCORE_BLANK)
    json_node_init_null (node);
  else if (hundredths % SKS_SCORE_UNIT == 0)
    json_node_set_int (node, hundredths / SKS_SCORE_UNIT);
  else
    json_node_set_double (node, (double) hundredths / SKS_SCORE_UNIT);
  return node;
}

static JsonObject *
evaluation_to_object (SksEvaluation *evaluation)
{
  JsonObject *json = fields_to_object (sks_evaluation_get_field_table (), G_OBJECT (evaluation));
  JsonArray *scores = json_array_new ();

  for (guint i = 0; i < sks_evaluation_get_n_scores (evaluation); i++)
    {
      const SksEvaluationScore *score = sks_evaluation_get_score_at (evaluation, i);
      JsonObject *item = json_object_new ();

      json_object_set_string_member (item, SKS_EXCHANGE_KEY_ITEM, score->item_id);
      json_object_set_member (item, SKS_EXCHANGE_KEY_SELF, score_to_node (score->self_score));
      json_object_set_member (item, SKS_EXCHANGE_KEY_ASSESSOR,
                              score_to_node (score->assessor_score));
      json_array_add_object_element (scores, item);
    }
  json_object_set_array_member (json, SKS_EXCHANGE_KEY_SCORES, scores);
  return json;
}

/* The studio's evaluations (format version 2), or an empty list. */
static JsonArray *
evaluations_to_array (Writer     *w,
                      SksStudio  *studio,
                      GError    **error)
{
  g_autoptr(GListModel) evaluations = NULL;
  JsonArray *array;

  if (sks_studio_get_id (studio) == 0)
    return json_array_new ();
  evaluations = sks_store_list_evaluations (w->store, sks_studio_get_id (studio), error);
  if (evaluations == NULL)
    return NULL;
  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(SksEvaluation) evaluation = g_list_model_get_item (evaluations, i);
      json_array_add_object_element (array, evaluation_to_object (evaluation));
    }
  return array;
}

static void
set_nullable_string (JsonObject *json,
                     const char *key,
                     const char *value)
{
  if (value != NULL)
    json_object_set_string_member (json, key, value);
  else
    json_object_set_null_member (json, key);
}

static JsonNode *
studio_to_node (Writer     *w,
                SksStudio  *studio,
                GError    **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  gint64 round_id = sks_studio_get_round_id (studio);
  gint64 recommender_id = sks_studio_get_recommender_id (studio);
  JsonArray *attachments;
  JsonArray *evaluations;

  json_object_set_string_member (json, SKS_EXCHANGE_KEY_UUID, sks_studio_get_uuid (studio));
  set_nullable_string (json, SKS_EXCHANGE_KEY_ROUND,
                       g_hash_table_lookup (w->round_keys, &round_id));
  set_nullable_string (json, SKS_EXCHANGE_KEY_RECOMMENDER,
                       g_hash_table_lookup (w->recommender_names, &recommender_id));
  set_nullable_string (json, SKS_EXCHANGE_KEY_CREATED, sks_studio_get_created (studio));
  set_nullable_string (json, SKS_EXCHANGE_KEY_MODIFIED, sks_studio_get_modified (studio));

  /* The studio's own fields sit beside the keys above, in table order. */
  add_fields (json, sks_studio_get_field_table (), G_OBJECT (studio));

  json_object_set_object_member (json, SKS_EXCHANGE_KEY_UNIT,
                                 fields_to_object (sks_unit_get_field_table (),
                                                   G_OBJECT (sks_studio_get_unit (studio))));
  json_object_set_object_member (json, SKS_EXCHANGE_KEY_MASTER,
                                 fields_to_object (sks_master_get_field_table (),
                                                   G_OBJECT (sks_studio_get_master (studio))));
  json_object_set_array_member (json, SKS_EXCHANGE_KEY_TEAM,
                                list_to_array (sks_studio_get_team (studio),
                                               sks_team_member_get_field_table ()));
  attachments = attachments_to_array (w, studio, error);
  if (attachments == NULL)
    return NULL;
  json_object_set_array_member (json, SKS_EXCHANGE_KEY_ATTACHMENTS, attachments);
  json_object_set_array_member (json, SKS_EXCHANGE_KEY_HISTORY,
                                list_to_array (sks_studio_get_history (studio),
                                               sks_history_entry_get_field_table ()));
  evaluations = evaluations_to_array (w, studio, error);
  if (evaluations == NULL)
    return NULL;
  /* Only studios that have evaluations carry the key. */
  if (json_array_get_length (evaluations) > 0)
    json_object_set_array_member (json, SKS_EXCHANGE_KEY_EVALUATIONS, evaluations);
  else
    json_array_unref (evaluations);
  return take_object (g_steal_pointer (&json));
}

static JsonNode *
load_studio_node (Writer     *w,
                  gint64      id,
                  GError    **error)
{
  g_autoptr(SksStudio) studio = sks_store_load_studio (w->store, id, error);

  return studio ? studio_to_node (w, studio, error) : NULL;
}

static void
add_header (JsonObject *json)
{
  g_autofree char *now = _sks_exchange_now_iso8601 ();

  json_object_set_string_member (json, "format", SKS_EXCHANGE_FORMAT);
  json_object_set_int_member (json, "version", SKS_EXCHANGE_VERSION);
  json_object_set_string_member (json, "generator", "Skill Studio " PACKAGE_VERSION);
  json_object_set_string_member (json, "exported", now);
}

/**
 * sks_exchange_build:
 * @round_id: a round, or 0 for every round
 *
 * Builds the exchange document of the applications of a round, with their
 * attachments' content. Holds everything in memory: for big documents use
 * sks_exchange_write().
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
JsonNode *
sks_exchange_build (SksStore  *store,
                    gint64     round_id,
                    GError   **error)
{
  g_auto(Writer) w = { 0 };
  g_autoptr(JsonObject) json = json_object_new ();
  g_autoptr(GArray) ids = NULL;
  JsonArray *rounds = json_array_new ();
  JsonArray *studios = json_array_new ();

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  add_header (json);
  json_object_set_array_member (json, "rounds", rounds);
  json_object_set_array_member (json, "studios", studios);

  if (!writer_init (&w, store, round_id, error) ||
      !(ids = sks_store_list_studio_ids (store, round_id, error)))
    return NULL;

  for (guint i = 0; i < w.rounds->len; i++)
    json_array_add_element (rounds, round_to_node (&w, g_ptr_array_index (w.rounds, i)));
  for (guint i = 0; i < ids->len; i++)
    {
      JsonNode *node = load_studio_node (&w, g_array_index (ids, gint64, i), error);
      if (node == NULL)
        return NULL;
      json_array_add_element (studios, node);
    }
  return take_object (g_steal_pointer (&json));
}

/* Streaming: the header by hand, then one round or application per line, so
 * that memory stays flat for 100,000 applications and a file diffs well. */

typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  JsonGenerator *generator;
} Output;

static gboolean
output_text (Output      *out,
             const char  *text,
             GError     **error)
{
  return g_output_stream_write_all (out->stream, text, strlen (text), NULL, out->cancellable,
                                    error);
}

static gboolean
output_node (Output      *out,
             JsonNode    *node,
             GError     **error)
{
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_root (out->generator, node);
  text = json_generator_to_data (out->generator, &length);
  return g_output_stream_write_all (out->stream, text, length, NULL, out->cancellable, error);
}

static gboolean
output_header (Output      *out,
               GError     **error)
{
  g_autoptr(JsonObject) json = json_object_new ();
  g_autoptr(GList) members = NULL;

  add_header (json);
  members = json_object_get_members (json);
  if (!output_text (out, "{\n", error))
    return FALSE;
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autoptr(JsonNode) key = json_node_init_string (json_node_alloc (), l->data);

      if (!output_text (out, "  ", error) || !output_node (out, key, error) ||
          !output_text (out, ": ", error) ||
          !output_node (out, json_object_get_member (json, l->data), error) ||
          !output_text (out, ",\n", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
output_rounds (Output     *out,
               Writer     *w,
               GError    **error)
{
  if (!output_text (out, "  \"rounds\": [", error))
    return FALSE;
  for (guint i = 0; i < w->rounds->len; i++)
    {
      g_autoptr(JsonNode) node = round_to_node (w, g_ptr_array_index (w->rounds, i));

      if (!output_text (out, i == 0 ? "\n    " : ",\n    ", error) ||
          !output_node (out, node, error))
        return FALSE;
    }
  return output_text (out, w->rounds->len ? "\n  ],\n" : "],\n", error);
}

static gboolean
output_studios (Output     *out,
                Writer     *w,
                GArray     *ids,
                GError    **error)
{
  if (!output_text (out, "  \"studios\": [", error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(JsonNode) node = load_studio_node (w, g_array_index (ids, gint64, i), error);

      if (node == NULL ||
          !output_text (out, i == 0 ? "\n    " : ",\n    ", error) ||
          !output_node (out, node, error))
        return FALSE;
    }
  return output_text (out, ids->len ? "\n  ]\n}\n" : "]\n}\n", error);
}

/**
 * sks_exchange_write:
 * @round_id: a round, or 0 for every round
 * @stream: where to write; flushed, not closed
 *
 * Writes the exchange document of the applications of a round to @stream,
 * one application at a time.
 */
gboolean
sks_exchange_write (SksStore       *store,
                    gint64          round_id,
                    GOutputStream  *stream,
                    GCancellable   *cancellable,
                    GError        **error)
{
  g_auto(Writer) w = { 0 };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  Output out;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (!writer_init (&w, store, round_id, error) ||
      !(ids = sks_store_list_studio_ids (store, round_id, error)))
    return FALSE;

  buffered = g_buffered_output_stream_new_sized (stream, 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  out = (Output) { buffered, cancellable, generator };

  return output_header (&out, error) &&
         output_rounds (&out, &w, error) &&
         output_studios (&out, &w, ids, error) &&
         g_output_stream_close (buffered, cancellable, error) &&
         g_output_stream_flush (stream, cancellable, error);
}

/**
 * sks_exchange_write_file:
 *
 * Writes the exchange document of a round to @path, replacing it only once
 * the whole document is written. The file is readable only by its owner:
 * it holds ID numbers.
 */
gboolean
sks_exchange_write_file (SksStore    *store,
                         gint64       round_id,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abort = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  stream = sks_private_file_replace (path, error);
  if (stream == NULL)
    return FALSE;

  if (!sks_exchange_write (store, round_id, G_OUTPUT_STREAM (stream), NULL, error))
    {
      /* Closing a cancelled replacement keeps the old file. */
      abort = g_cancellable_new ();
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
