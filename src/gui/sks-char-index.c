/* sks-char-index.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each character, the rows whose text has it, in row order. A row can
 * contain a search text only if it has every character of it, so a search
 * needs to compare only the rows of the text's rarest character: for a
 * Chinese name a few percent of the rows, instead of all of them.
 */

#include "config.h"

#include "sks-char-index.h"

struct _SksCharIndex
{
  GHashTable *rows_by_char;   /* gunichar → GArray of guint, ascending */
  guint       n_rows;         /* rows added: 0 … n_rows - 1 */
};

SksCharIndex *
sks_char_index_new (void)
{
  SksCharIndex *self = g_new0 (SksCharIndex, 1);

  self->rows_by_char = g_hash_table_new_full (NULL, NULL, NULL,
                                              (GDestroyNotify) g_array_unref);
  return self;
}

void
sks_char_index_free (SksCharIndex *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->rows_by_char);
  g_free (self);
}

/**
 * sks_char_index_add:
 * @row: the next row: rows are added in order, from 0, each once
 * @text: (nullable): the row's text, valid UTF-8
 */
void
sks_char_index_add (SksCharIndex *self,
                    guint         row,
                    const char   *text)
{
  g_return_if_fail (row == self->n_rows);

  self->n_rows++;
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GArray *rows = g_hash_table_lookup (self->rows_by_char, GUINT_TO_POINTER (c));

      if (rows == NULL)
        {
          rows = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->rows_by_char, GUINT_TO_POINTER (c), rows);
        }
      /* A character twice in one text: the row once */
      if (rows->len == 0 || g_array_index (rows, guint, rows->len - 1) != row)
        g_array_append_val (rows, row);
    }
}

/* How many rows were added */
guint
sks_char_index_get_n_rows (SksCharIndex *self)
{
  return self->n_rows;
}

/**
 * sks_char_index_lookup:
 * @text: a non-empty search text, valid UTF-8
 * @n_rows: (out): how many rows are returned
 *
 * The rows that have the rarest character of @text: every row that
 * contains @text is among them.
 *
 * Returns: (transfer none) (array length=n_rows) (nullable): the rows in
 *   ascending order; NULL with 0 rows when no row has some character of
 *   @text
 */
const guint *
sks_char_index_lookup (SksCharIndex *self,
                       const char   *text,
                       guint        *n_rows)
{
  GArray *rarest = NULL;

  g_return_val_if_fail (text != NULL && *text != '\0', NULL);

  *n_rows = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GArray *rows = g_hash_table_lookup (self->rows_by_char,
                                          GUINT_TO_POINTER (g_utf8_get_char (p)));

      if (rows == NULL)
        return NULL;
      if (rarest == NULL || rows->len < rarest->len)
        rarest = rows;
    }
  *n_rows = rarest->len;
  return (const guint *) (gpointer) rarest->data;
}
