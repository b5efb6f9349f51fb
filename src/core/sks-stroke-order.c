/* sks-stroke-order.c — 按姓氏笔画排序: Chinese names in the stroke order of
 * official lists
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-stroke-order"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "sks-stroke-order.h"

#define STROKES_RESOURCE "/org/example/SkillStudio/collation/strokes.txt"

/* The data covers the BMP's ideographs: Extension A (U+3400) up to the
 * compatibility ideographs (U+FAFF). */
#define TABLE_FIRST 0x3400
#define TABLE_LAST  0xFAFF
#define TABLE_SIZE  (TABLE_LAST - TABLE_FIRST + 1)

/* The bytes of a key (see the header for the order they encode):
 *   name  = NAME_HAN part (PART_END part)*      — a name led by a Han character
 *         | NAME_OTHER folded 0x00 original     — any other name
 *         | NAME_EMPTY
 *         | NAME_INVALID bytes                  — not UTF-8
 *   part  = char*
 * PART_END and each character are a 4-byte big-endian unit:
 *   PART_END (0), below every character, so the shorter of two parts
 *     comes first;
 *   a character of the table: its rank (1 … 28,057) in the order of
 *     (stroke count, strokes, code point), computed once when the table
 *     is loaded;
 *   UNCOUNTED + code point: a Han character we have no data for;
 *   OTHER + code point: any other character.
 * Fixed-width units keep keys short (a three-character name is 17 bytes)
 * and memcmp of two keys compares the characters one by one. */
enum {
  NAME_HAN = 0x01,
  NAME_OTHER = 0x02,
  NAME_EMPTY = 0x03,
  NAME_INVALID = 0x04,
};

#define PART_END  0x00000000u
#define UNCOUNTED 0x01000000u
#define OTHER     0x02000000u

typedef struct {
  guint8  counts[TABLE_SIZE];     /* 0: no data */
  guint32 sequences[TABLE_SIZE];  /* offset in pool, 0: no sequence */
  guint32 ranks[TABLE_SIZE];      /* 0: no data */
  GByteArray *pool;               /* strokes 1..5, each sequence ended by 0 */
  gunichar compounds[64][2];      /* compound_surnames, decoded */
  guint    n_compounds;
} StrokeTable;

/* 复姓: the compound surnames read as one surname. The fifteen the issue
 * names and a few more that are still met; rare ones that are also common
 * words in given names are left out on purpose. */
static const char * const compound_surnames[] = {
  "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙",
  "慕容", "长孙", "宇文", "夏侯", "令狐", "端木", "独孤", "南宫", "西门",
  "呼延", "轩辕", "澹台", "公冶", "太史", "赫连", "钟离", "宗政", "濮阳",
  "淳于", "申屠", "闻人", "拓跋", "司空", "鲜于", "万俟",
  NULL
};

static void
parse_line (StrokeTable *table,
            gunichar     cp,
            const char  *line,
            gsize        len)
{
  guint idx;
  gsize n = 0;
  guint count;

  if (len == 0 || cp < TABLE_FIRST || cp > TABLE_LAST)
    return;
  idx = cp - TABLE_FIRST;

  if (line[0] != '=')
    {
      table->sequences[idx] = table->pool->len;
      for (n = 0; n < len && line[n] >= '1' && line[n] <= '5'; n++)
        {
          guint8 stroke = line[n] - '0';
          g_byte_array_append (table->pool, &stroke, 1);
        }
      g_byte_array_append (table->pool, (const guint8 *) "", 1);
    }

  count = n;
  if (n < len && (line[n] == '/' || line[n] == '='))
    count = (guint) g_ascii_strtoull (line + n + 1, NULL, 10);
  table->counts[idx] = (guint8) CLAMP (count, 1, 255);
}

static void
parse_table (StrokeTable *table,
             const char  *text,
             gsize        size)
{
  const char *end = text + size;
  gunichar cp = 0;

  while (text < end)
    {
      const char *nl = memchr (text, '\n', end - text);
      gsize len = (nl ? nl : end) - text;

      if (len > 0 && text[0] == '#')
        ;
      else if (len > 0 && text[0] == '@')
        cp = (gunichar) g_ascii_strtoull (text + 1, NULL, 16);
      else
        parse_line (table, cp++, text, len);

      text += len + 1;
    }
}

/* A character without a sequence sorts after those with one of its count. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const StrokeTable *table = user_data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  const char *sa = (const char *) table->pool->data + table->sequences[ia];
  const char *sb = (const char *) table->pool->data + table->sequences[ib];
  int cmp;

  if (table->counts[ia] != table->counts[ib])
    return table->counts[ia] < table->counts[ib] ? -1 : 1;
  if (table->sequences[ia] == 0 || table->sequences[ib] == 0)
    cmp = (table->sequences[ia] == 0) - (table->sequences[ib] == 0);
  else
    cmp = strcmp (sa, sb);
  if (cmp != 0)
    return cmp;
  return ia < ib ? -1 : ia > ib ? 1 : 0;  /* code point */
}

static void
rank_table (StrokeTable *table)
{
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), 32 * 1024);

  for (guint i = 0; i < TABLE_SIZE; i++)
    if (table->counts[i] != 0)
      g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_entries, table);
  for (guint r = 0; r < order->len; r++)
    table->ranks[g_array_index (order, guint, r)] = r + 1;
}

static StrokeTable *
load_table (void)
{
  StrokeTable *table = g_new0 (StrokeTable, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *text;

  for (guint i = 0; compound_surnames[i]; i++)
    {
      g_assert (i < G_N_ELEMENTS (table->compounds));
      table->compounds[i][0] = g_utf8_get_char (compound_surnames[i]);
      table->compounds[i][1] = g_utf8_get_char (g_utf8_next_char (compound_surnames[i]));
      table->n_compounds = i + 1;
    }

  table->pool = g_byte_array_sized_new (320 * 1024);
  /* Offset 0 means "no sequence". */
  g_byte_array_append (table->pool, (const guint8 *) "", 1);

  bytes = g_resources_lookup_data (STROKES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      /* Only a broken build lacks it; names then sort by code point. */
      g_critical ("The stroke data is missing: %s", error->message);
      return table;
    }

  text = g_bytes_get_data (bytes, &size);
  parse_table (table, text, size);
  rank_table (table);
  return table;
}

static const StrokeTable *
get_table (void)
{
  static StrokeTable *table = NULL;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, load_table ());

  return table;
}

static gboolean
is_han (gunichar c)
{
  if (c >= TABLE_FIRST && c <= TABLE_LAST && get_table ()->counts[c - TABLE_FIRST] != 0)
    return TRUE;
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

static gboolean
is_dot (gunichar c)
{
  /* · U+00B7, ・ U+30FB, • U+2022, ‧ U+2027 (the traditional 間隔號), ･ U+FF65 */
  return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027 || c == 0xFF65;
}

static inline void
append_unit (GByteArray *key,
             guint32     unit)
{
  guint8 b[4] = { unit >> 24, (unit >> 16) & 0xff, (unit >> 8) & 0xff, unit & 0xff };

  g_byte_array_append (key, b, 4);
}

static void
append_char (GByteArray *key,
             gunichar    c)
{
  if (c >= TABLE_FIRST && c <= TABLE_LAST)
    {
      guint32 rank = get_table ()->ranks[c - TABLE_FIRST];

      if (rank != 0)
        {
          append_unit (key, rank);
          return;
        }
    }
  append_unit (key, (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN ? UNCOUNTED : OTHER) + c);
}

static void
append_part_end (GByteArray *key)
{
  append_unit (key, PART_END);
}

static gboolean
has_dot (const char *name)
{
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    if (is_dot (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The number of characters (white space left out) of the compound surname
 * that @name begins with: 2, or 0. Only a name of three characters or more
 * has one — a two-character 欧阳 is 欧 with the given name 阳. */
static guint
compound_surname_length (const char *name)
{
  const StrokeTable *table;
  gunichar chars[3];
  guint n = 0;

  for (const char *p = name; *p && n < 3; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        chars[n++] = c;
    }
  if (n < 3)
    return 0;

  table = get_table ();
  for (guint i = 0; i < table->n_compounds; i++)
    if (table->compounds[i][0] == chars[0] && table->compounds[i][1] == chars[1])
      return 2;
  return 0;
}

static void
append_han_name (GByteArray *key,
                 const char *name)
{
  gboolean dotted = has_dot (name);
  guint surname = dotted ? 0 : compound_surname_length (name);
  guint seen = 0;
  guint8 head = NAME_HAN;

  if (surname == 0)
    surname = 1;
  g_byte_array_append (key, &head, 1);

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (dotted && is_dot (c))
        {
          append_part_end (key);
          continue;
        }
      append_char (key, c);
      if (!dotted && ++seen == surname)
        append_part_end (key);
    }
  /* Ends the given name (or the last dotted part); a name of the surname
   * alone so has an empty given name. */
  append_part_end (key);
}

/* Alphabetical: compatibility forms, case and accents set aside. */
static void
append_other_name (GByteArray *key,
                   const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = NULL;
  g_autoptr(GString) bare = g_string_new (NULL);
  guint8 head = NAME_OTHER;

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  folded = g_utf8_casefold (bare->str, bare->len);

  g_byte_array_append (key, &head, 1);
  g_byte_array_append (key, (const guint8 *) folded, strlen (folded) + 1);
  g_byte_array_append (key, (const guint8 *) name, strlen (name));
}

static const char *
skip_space (const char *name)
{
  while (*name && g_unichar_isspace (g_utf8_get_char (name)))
    name = g_utf8_next_char (name);
  return name;
}

static void
append_key (GByteArray *key,
            const char *name)
{
  const char *start;

  if (name != NULL && !g_utf8_validate (name, -1, NULL))
    {
      /* Not UTF-8: after every name, by its bytes. */
      guint8 head = NAME_INVALID;

      g_byte_array_append (key, &head, 1);
      g_byte_array_append (key, (const guint8 *) name, strlen (name));
      return;
    }

  start = skip_space (name ? name : "");
  if (*start == '\0')
    {
      guint8 head = NAME_EMPTY;

      g_byte_array_append (key, &head, 1);
    }
  else if (is_han (g_utf8_get_char (start)))
    append_han_name (key, start);
  else
    append_other_name (key, start);
}

/**
 * sks_stroke_order_key:
 * @name: (nullable): a name, UTF-8
 *
 * A sort key for @name: for two names, memcmp() of their keys (the shorter
 * key first when one is a prefix of the other) orders them as
 * sks_stroke_order_compare() does. Compute keys once to sort many names.
 *
 * Returns: (transfer full): the key
 */
GBytes *
sks_stroke_order_key (const char *name)
{
  GByteArray *key = g_byte_array_sized_new (32);

  append_key (key, name);
  return g_byte_array_free_to_bytes (key);
}

static int
compare_bytes (const guint8 *a,
               gsize         a_len,
               const guint8 *b,
               gsize         b_len)
{
  int cmp = memcmp (a, b, MIN (a_len, b_len));

  if (cmp != 0)
    return cmp < 0 ? -1 : 1;
  return a_len < b_len ? -1 : a_len > b_len ? 1 : 0;
}

/**
 * sks_stroke_order_compare:
 * @a: (nullable): a name
 * @b: (nullable): another name
 *
 * Compares two names in the order of official lists (按姓氏笔画排序); the
 * order is described in sks-stroke-order.h and docs/collation.md.
 *
 * Returns: negative if @a comes first, positive if @b does, 0 if equal
 */
int
sks_stroke_order_compare (const char *a,
                          const char *b)
{
  g_autoptr(GByteArray) ka = g_byte_array_sized_new (32);
  g_autoptr(GByteArray) kb = g_byte_array_sized_new (32);

  append_key (ka, a);
  append_key (kb, b);
  return compare_bytes (ka->data, ka->len, kb->data, kb->len);
}

typedef struct {
  gsize    offset;
  gsize    len;
  guint    index;
  gpointer item;
} SortEntry;

static int
sort_entry_compare (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;
  const guint8 *keys = user_data;
  int cmp = compare_bytes (keys + ea->offset, ea->len, keys + eb->offset, eb->len);

  if (cmp != 0)
    return cmp;
  return ea->index < eb->index ? -1 : ea->index > eb->index ? 1 : 0;
}

/**
 * sks_stroke_order_sort:
 * @items: (element-type gpointer): the items to sort, in place
 * @get_name: returns the name of an item (nullable; borrowed)
 *
 * Sorts @items by the stroke order of their names, keeping the order of
 * items with equal names. Each name's key is computed once.
 */
void
sks_stroke_order_sort (GPtrArray  *items,
                       const char *(*get_name) (gpointer item))
{
  g_autoptr(GByteArray) keys = NULL;
  g_autofree SortEntry *entries = NULL;

  g_return_if_fail (items != NULL);
  g_return_if_fail (get_name != NULL);

  if (items->len < 2)
    return;

  keys = g_byte_array_sized_new (items->len * 40);
  entries = g_new (SortEntry, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);

      entries[i].offset = keys->len;
      entries[i].index = i;
      entries[i].item = item;
      append_key (keys, get_name (item));
      entries[i].len = keys->len - entries[i].offset;
    }

  g_qsort_with_data (entries, items->len, sizeof (SortEntry), sort_entry_compare, keys->data);

  for (guint i = 0; i < items->len; i++)
    items->pdata[i] = entries[i].item;
}

/**
 * sks_stroke_order_char_strokes:
 * @c: a character
 *
 * Returns: the mainland stroke count of @c (Unihan kTotalStrokes), or 0
 *   when the data has none
 */
guint
sks_stroke_order_char_strokes (gunichar c)
{
  if (c < TABLE_FIRST || c > TABLE_LAST)
    return 0;
  return get_table ()->counts[c - TABLE_FIRST];
}

/**
 * sks_stroke_order_char_sequence:
 * @c: a character
 *
 * Returns: (transfer full) (nullable): the strokes of @c in writing order
 *   as digits 1 横 2 竖 3 撇 4 点 5 折 (such as "1121" for 王), or %NULL
 *   when the data has none
 */
char *
sks_stroke_order_char_sequence (gunichar c)
{
  const StrokeTable *table = get_table ();
  const guint8 *seq;
  GString *text;

  if (c < TABLE_FIRST || c > TABLE_LAST || table->sequences[c - TABLE_FIRST] == 0)
    return NULL;

  seq = table->pool->data + table->sequences[c - TABLE_FIRST];
  text = g_string_new (NULL);
  for (; *seq; seq++)
    g_string_append_c (text, '0' + *seq);
  return g_string_free (text, FALSE);
}

/**
 * sks_stroke_order_compound_surnames:
 *
 * Returns: (transfer none) (array zero-terminated=1): the compound
 *   surnames (复姓) read as one surname
 */
const char * const *
sks_stroke_order_compound_surnames (void)
{
  return compound_surnames;
}
