/* sks-csv.c — one row per application, for spreadsheets
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-csv.h"
#include "sks-id-number.h"
#include "sks-private-file.h"
#include "sks-validate.h"

/*
 * RFC 4180: fields separated by commas, records by CRLF; a field holding a
 * comma, a quote or a line break is quoted and its quotes doubled. UTF-8
 * with a byte order mark, without which Excel on Chinese Windows reads the
 * file as GBK. Columns come from the field tables, so a new field is a new
 * column without a change here.
 */

typedef struct {
  const char          *prefix;  /* of the column names */
  const SksFieldTable *(*table) (void);
} Part;

static const Part parts[] = {
  { "", sks_studio_get_field_table },
  { "unit.", sks_unit_get_field_table },
  { "master.", sks_master_get_field_table },
};

void
sks_csv_append_field (GString    *line,
                      const char *value)
{
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (line, value);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static void
append_header (GString *line)
{
  g_string_append (line, "round,recommender");
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      const SksFieldTable *table = parts[p].table ();

      for (guint i = 0; i < table->n_fields; i++)
        g_string_append_printf (line, ",%s%s", parts[p].prefix, table->fields[i].column);
    }
  g_string_append (line, ",team_count\r\n");
}

/* ID numbers keep their region and last two characters, phones their
 * first three and last four digits. */
static char *
dup_value (const SksField *field,
           GObject        *object,
           SksCsvFlags     flags)
{
  g_autofree char *value = sks_field_dup_string (field, object);

  if (value == NULL || !(field->flags & SKS_FIELD_SENSITIVE) ||
      (flags & SKS_CSV_INCLUDE_PERSONAL))
    return g_steal_pointer (&value);
  if (field->format == SKS_FORMAT_ID_NUMBER)
    return sks_id_number_mask (value);
  return sks_mask_phone (value);
}

static void
append_part (GString             *line,
             const SksFieldTable *table,
             GObject             *object,
             SksCsvFlags          flags)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      g_autofree char *value = dup_value (&table->fields[i], object, flags);

      g_string_append_c (line, ',');
      sks_csv_append_field (line, value);
    }
}

static void
append_studio (GString    *line,
               SksStudio  *studio,
               const char *round,
               const char *recommender,
               SksCsvFlags flags)
{
  GObject *objects[] = {
    G_OBJECT (studio), G_OBJECT (sks_studio_get_unit (studio)),
    G_OBJECT (sks_studio_get_master (studio)),
  };

  sks_csv_append_field (line, round);
  g_string_append_c (line, ',');
  sks_csv_append_field (line, recommender);
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    append_part (line, parts[p].table (), objects[p], flags);
  g_string_append_printf (line, ",%u\r\n", g_list_model_get_n_items (sks_studio_get_team (studio)));
}

/* id → round key and id → recommending unit's name */
static gboolean
collect_names (SksStore    *store,
               GHashTable  *rounds,
               GHashTable  *recommenders,
               GError     **error)
{
  g_autoptr(GListModel) list = sks_store_list_rounds (store, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (list, i);
      gint64 id = sks_round_get_id (round);
      g_autoptr(GListModel) units = sks_store_list_recommenders (store, id, error);

      if (units == NULL)
        return FALSE;
      g_hash_table_insert (rounds, g_memdup2 (&id, sizeof id),
                           g_strdup (sks_round_get_key (round)));
      for (guint j = 0; j < g_list_model_get_n_items (units); j++)
        {
          g_autoptr(SksRecommender) unit = g_list_model_get_item (units, j);
          gint64 unit_id = sks_recommender_get_id (unit);

          g_hash_table_insert (recommenders, g_memdup2 (&unit_id, sizeof unit_id),
                               g_strdup (sks_recommender_get_name (unit)));
        }
    }
  return TRUE;
}

static gboolean
write_line (GOutputStream  *stream,
            GString        *line,
            GCancellable   *cancellable,
            GError        **error)
{
  gboolean ok = g_output_stream_write_all (stream, line->str, line->len, NULL, cancellable, error);

  g_string_truncate (line, 0);
  return ok;
}

/**
 * sks_csv_write:
 * @round_id: a round, or 0 for all
 * @flags: whether to write ID numbers and mobiles in full
 * @stream: where to write; flushed, not closed
 *
 * Writes one line per application with the fields of the studio, its unit
 * and its master and the size of its team, under a header of column names.
 */
gboolean
sks_csv_write (SksStore       *store,
               gint64          round_id,
               SksCsvFlags     flags,
               GOutputStream  *stream,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autoptr(GHashTable) rounds = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        g_free);
  g_autoptr(GHashTable) recommenders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                              g_free);
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GString) line = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (!collect_names (store, rounds, recommenders, error) ||
      !(ids = sks_store_list_studio_ids (store, round_id, error)))
    return FALSE;

  buffered = g_buffered_output_stream_new_sized (stream, 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);

  append_header (line);
  if (!write_line (buffered, line, cancellable, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, g_array_index (ids, gint64, i),
                                                           error);
      gint64 rid, uid;

      if (studio == NULL)
        return FALSE;
      rid = sks_studio_get_round_id (studio);
      uid = sks_studio_get_recommender_id (studio);
      append_studio (line, studio, g_hash_table_lookup (rounds, &rid),
                     g_hash_table_lookup (recommenders, &uid), flags);
      if (!write_line (buffered, line, cancellable, error))
        return FALSE;
    }
  return g_output_stream_close (buffered, cancellable, error) &&
         g_output_stream_flush (stream, cancellable, error);
}

/**
 * sks_csv_write_file:
 *
 * Like sks_csv_write(), to @path, which is replaced only once the whole
 * table is written and is readable only by its owner.
 */
gboolean
sks_csv_write_file (SksStore     *store,
                    gint64        round_id,
                    SksCsvFlags   flags,
                    const char   *path,
                    GError      **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  stream = sks_private_file_replace (path, error);
  if (stream == NULL)
    return FALSE;
  if (!sks_csv_write (store, round_id, flags, G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing a cancelled replacement keeps the old file. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
