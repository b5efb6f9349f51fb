/* test-csv.c — CSV export: quoting, columns, masking
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sks-csv.h"
#include "sks-id-number.h"
#include "sks-sample.h"
#include "sks-test-util.h"
#include "sks-validate.h"

typedef struct {
  char     *dir;
  SksStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksRecommender) unit = NULL;
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "csv.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sks_sample_populate (f->store, 0, &error));

  /* Two applications full of quotes, commas, line breaks and emoji. */
  round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  unit = sks_store_find_recommender (f->store, sks_round_get_id (round), "长兴县", &error);
  for (guint seed = 7; seed < 9; seed++)
    {
      SksStudio *studio = sks_test_make_full_studio (seed, 3);
      g_object_set (studio, "location", "长兴县, “太湖”路 1号\r\n东楼", NULL);
      sks_studio_set_round_id (studio, sks_round_get_id (round));
      sks_studio_set_recommender_id (studio, sks_recommender_get_id (unit));
      g_ptr_array_add (studios, studio);
    }
  g_assert_true (sks_store_import_studios (f->store, studios, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
quote (const char *value)
{
  GString *line = g_string_new (NULL);

  sks_csv_append_field (line, value);
  return g_string_free (line, FALSE);
}

static void
test_quoting (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "技能大师工作室", "技能大师工作室" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "line\nbreak", "\"line\nbreak\"" },
    { "cr\r", "\"cr\r\"" },
    { " spaces stay ", " spaces stay " },
    { "tab\tstays", "tab\tstays" },
    { "“弯引号”，中文逗号", "“弯引号”，中文逗号" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *quoted = quote (cases[i].in);
      g_assert_cmpstr (quoted, ==, cases[i].out);
    }
  {
    g_autofree char *quoted = quote (NULL);
    g_assert_cmpstr (quoted, ==, "");
  }
}

/* A strict RFC 4180 reader: rows of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"' && field->len == 0)
        {
          for (p++; !(p[0] == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
          g_assert_true (*p == ',' || *p == '\r');
          continue;
        }
      if (*p == ',' || *p == '\r')
        {
          g_ptr_array_add (row, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
          if (*p == '\r')
            {
              g_assert_cmpint (p[1], ==, '\n');
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
              row = g_ptr_array_new ();
              p++;
            }
          p++;
          continue;
        }
      g_assert_true (*p != '"' && *p != '\n');
      g_string_append_c (field, *p++);
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

static char *
export (Fixture     *f,
        gint64       round_id,
        SksCsvFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_assert_true (sks_csv_write (f->store, round_id, flags, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
}

static guint
column_of (char      **header,
           const char *name)
{
  for (guint i = 0; header[i]; i++)
    if (g_str_equal (header[i], name))
      return i;
  g_assert_not_reached ();
}

static const char *
cell (char       **header,
      char       **row,
      const char  *name)
{
  return row[column_of (header, name)];
}

/* Every field of every application, as the store has it. */
static void
assert_rows_match (Fixture     *f,
                   GPtrArray   *rows,
                   SksCsvFlags  flags)
{
  g_autoptr(GArray) ids = sks_store_list_studio_ids (f->store, 0, NULL);
  char **header = g_ptr_array_index (rows, 0);

  g_assert_cmpuint (rows->len, ==, ids->len + 1);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (f->store,
                                                           g_array_index (ids, gint64, i), NULL);
      char **row = g_ptr_array_index (rows, i + 1);
      struct { const char *prefix; const SksFieldTable *table; GObject *object; } parts[] = {
        { "", sks_studio_get_field_table (), G_OBJECT (studio) },
        { "unit.", sks_unit_get_field_table (), G_OBJECT (sks_studio_get_unit (studio)) },
        { "master.", sks_master_get_field_table (), G_OBJECT (sks_studio_get_master (studio)) },
      };
      g_autofree char *team = g_strdup_printf ("%u", g_list_model_get_n_items (
                                                 sks_studio_get_team (studio)));

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (header));
      g_assert_cmpstr (cell (header, row, "team_count"), ==, team);
      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        for (guint j = 0; j < parts[p].table->n_fields; j++)
          {
            const SksField *field = &parts[p].table->fields[j];
            g_autofree char *column = g_strconcat (parts[p].prefix, field->column, NULL);
            g_autofree char *value = sks_field_dup_string (field, parts[p].object);
            g_autofree char *masked = NULL;

            if ((field->flags & SKS_FIELD_SENSITIVE) && value &&
                !(flags & SKS_CSV_INCLUDE_PERSONAL))
              masked = field->format == SKS_FORMAT_ID_NUMBER ? sks_id_number_mask (value)
                                                             : sks_mask_phone (value);
            g_assert_cmpstr (cell (header, row, column), ==,
                             masked ? masked : value ? value : "");
          }
    }
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *text = export (f, 0, SKS_CSV_DEFAULT);
  g_autoptr(GPtrArray) rows = NULL;
  char **header;

  /* UTF-8 with a byte order mark, then the column names. */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFround,recommender,name,status,"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  rows = parse_csv (text + 3);
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (header[0], ==, "round");
  g_assert_cmpstr (header[1], ==, "recommender");
  column_of (header, "unit.legal_representative");
  column_of (header, "master.id_number");
  column_of (header, "master.full_time_years");
  g_assert_cmpstr (header[g_strv_length (header) - 1], ==, "team_count");
  assert_rows_match (f, rows, SKS_CSV_DEFAULT);

  /* The quoted location came back whole. */
  g_assert_cmpstr (cell (header, g_ptr_array_index (rows, rows->len - 1), "location"), ==,
                   "长兴县, “太湖”路 1号\r\n东楼");
  g_assert_cmpstr (cell (header, g_ptr_array_index (rows, rows->len - 1), "recommender"), ==,
                   "长兴县");
}

/* Masked unless asked: no full ID number or mobile anywhere in the file. */
static void
test_masking (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *masked = export (f, 0, SKS_CSV_DEFAULT);
  g_autofree char *full = export (f, 0, SKS_CSV_INCLUDE_PERSONAL);
  g_autoptr(GRegex) id_number = g_regex_new ("[0-9]{17}[0-9X]", 0, 0, NULL);
  g_autoptr(GRegex) mobile = g_regex_new ("1[3-9][0-9]{9}", 0, 0, NULL);
  g_autoptr(GPtrArray) rows = parse_csv (full + 3);
  g_autoptr(GArray) ids = sks_store_list_studio_ids (f->store, 0, NULL);
  g_autoptr(SksStudio) first = sks_store_load_studio (f->store, g_array_index (ids, gint64, 0),
                                                      NULL);

  g_assert_false (g_regex_match (id_number, masked, 0, NULL));
  g_assert_false (g_regex_match (mobile, masked, 0, NULL));
  g_assert_nonnull (strstr (masked, "3305**"));

  g_assert_true (g_regex_match (id_number, full, 0, NULL));
  g_assert_nonnull (strstr (full, sks_master_get_id_number (sks_studio_get_master (first))));
  g_assert_nonnull (strstr (full, sks_unit_get_mobile (sks_studio_get_unit (first))));
  assert_rows_match (f, rows, SKS_CSV_INCLUDE_PERSONAL);
}

static void
test_round_only (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SksRound) round = sks_store_find_round (f->store, SKS_SAMPLE_ROUND_HANGZHOU, NULL);
  g_autofree char *text = export (f, sks_round_get_id (round), SKS_CSV_DEFAULT);
  g_autoptr(GPtrArray) rows = parse_csv (text + 3);

  g_assert_cmpuint (rows->len, ==, 13);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, i))[0], ==, SKS_SAMPLE_ROUND_HANGZHOU);
}

/* The file is private, and replaced only when complete. */
static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (sks_csv_write_file (f->store, 0, SKS_CSV_DEFAULT, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoting", test_quoting);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/csv/export", test_export);
  ADD ("/csv/masking", test_masking);
  ADD ("/csv/round-only", test_round_only);
  ADD ("/csv/file", test_file);
#undef ADD

  return g_test_run ();
}
