/* sks-scores-csv.c — reading a scores CSV (docs/scores-csv.md)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-scores-csv.h"

static const char *const header[] = { "reviewer", "application", "criterion", "score" };

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *text)
{
  g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), line, text));
}

/* Splits one record starting at *p (RFC 4180 quoting); advances *p past its
 * line end and *line by the lines it spans. NULL on an unterminated quote. */
static GPtrArray *
read_record (const char **p,
             const char  *end,
             guint       *line)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);

  while (*p < end)
    {
      char c = **p;

      if (c == '"' && field->len == 0)
        {
          for ((*p)++; ; (*p)++)
            {
              if (*p >= end)
                return NULL;
              if (**p == '"' && *p + 1 < end && (*p)[1] == '"')
                g_string_append_c (field, '"'), (*p)++;
              else if (**p == '"')
                break;
              else
                {
                  if (**p == '\n')
                    (*line)++;
                  g_string_append_c (field, **p);
                }
            }
          (*p)++;
          continue;
        }
      (*p)++;
      if (c == ',')
        {
          g_ptr_array_add (fields, g_strstrip (g_string_free (g_steal_pointer (&field), FALSE)));
          field = g_string_new (NULL);
        }
      else if (c == '\n')
        break;
      else if (c != '\r')
        g_string_append_c (field, c);
    }
  g_ptr_array_add (fields, g_strstrip (g_string_free (g_steal_pointer (&field), FALSE)));
  return g_steal_pointer (&fields);
}

static gboolean
check_header (GPtrArray *fields)
{
  if (fields->len != G_N_ELEMENTS (header))
    return FALSE;
  for (guint i = 0; i < fields->len; i++)
    if (g_ascii_strcasecmp (fields->pdata[i], header[i]) != 0)
      return FALSE;
  return TRUE;
}

GPtrArray *
sks_scores_csv_parse (GBytes    *bytes,
                      GPtrArray *problems)
{
  gsize size = 0;
  const char *p = g_bytes_get_data (bytes, &size), *end = p + size;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_score_row_free);
  guint line = 1;
  gboolean first = TRUE;

  g_return_val_if_fail (problems != NULL, rows);
  if (size == 0 || !g_utf8_validate (p, size, NULL))
    {
      add_problem (problems, 1, size ? _("the file is not UTF-8 text") : _("the file is empty"));
      return rows;
    }
  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end)
    {
      guint at = line;
      g_autoptr(GPtrArray) fields = read_record (&p, end, &line);
      SksScoreRow *row;

      line++;
      if (fields == NULL)
        {
          add_problem (problems, at, _("a quoted field is not closed"));
          break;
        }
      if (fields->len == 1 && *(char *) fields->pdata[0] == '\0')
        continue;
      if (first)
        {
          first = FALSE;
          if (!check_header (fields))
            add_problem (problems, at, _("the first line must be the header "
                                         "reviewer,application,criterion,score"));
          continue;
        }
      if (fields->len != 4)
        {
          g_autofree char *text = g_strdup_printf (_("%u fields instead of 4"), fields->len);
          add_problem (problems, at, text);
          continue;
        }
      row = g_new0 (SksScoreRow, 1);
      row->line = at;
      row->reviewer = g_strdup (fields->pdata[0]);
      row->application = g_strdup (fields->pdata[1]);
      row->criterion = g_strdup (fields->pdata[2]);
      row->score = g_strdup (fields->pdata[3]);
      g_ptr_array_add (rows, row);
    }
  if (first)
    add_problem (problems, 1, _("the file is empty"));
  return rows;
}

gboolean
sks_scores_csv_import_file (SksStore    *store,
                            SksPanel    *panel,
                            const char  *path,
                            GPtrArray  **problems,
                            guint       *n_written,
                            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) store_problems = NULL;
  gboolean ok;

  if (n_written != NULL)
    *n_written = 0;
  if (bytes == NULL)
    return FALSE;
  rows = sks_scores_csv_parse (bytes, found);
  /* The store checks the rows that parsed even when others did not, so
   * that every problem is listed at once; it writes only when all pass. */
  if (found->len > 0)
    {
      g_autoptr(GError) ignored = NULL;

      if (!sks_store_check_scores (store, panel, rows, &store_problems, &ignored) &&
          store_problems == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&ignored));
          return FALSE;
        }
      if (store_problems != NULL)
        g_ptr_array_extend_and_steal (found, g_steal_pointer (&store_problems));
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("The scores were not imported: the file has problems; nothing "
                             "was changed"));
      ok = FALSE;
    }
  else
    {
      ok = sks_store_import_scores (store, panel, rows, &store_problems, n_written, error);
      if (store_problems != NULL)
        g_ptr_array_extend_and_steal (found, g_steal_pointer (&store_problems));
    }
  if (!ok && found->len > 0 && problems != NULL)
    *problems = g_steal_pointer (&found);
  return ok;
}
