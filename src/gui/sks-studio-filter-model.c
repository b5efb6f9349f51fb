/* sks-studio-filter-model.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFilterListModel asks its model for every row, as a new reference,
 * and calls the filter through its class: for 100,000 rows a good part of
 * a frame. Here what the filter compares of each row (scope, status,
 * search key) is kept in one array in the store's order, so that a pass
 * reads memory from start to end instead of 100,000 objects spread over
 * the heap, and calls the filter's match function directly; a stricter
 * filter only looks at the rows that matched before. A change is one
 * items-changed covering what differs between the old and the new
 * matches. The search keys, and an index of the rows by character, are
 * built a few thousand rows at a time when the main loop is idle, so that
 * the first search does not wait for them; once the index is complete, a
 * search compares only the rows that have its rarest character.
 */

#include "config.h"

#include "sks-studio-filter-model.h"
#include "sks-char-index.h"
#include "sks-studio-row.h"

/* One row of the store, as the filter sees it. The verdict is read from
 * the row when the filter asks for one: it changes in place. */
typedef struct {
  SksStudioRow       *row;      /* the store holds it */
  SksRowFilterFields  fields;   /* search_key NULL until built */
} Entry;

#define KEYS_PER_STEP  256
#define KEYS_IDLE_USEC 2000

struct _SksStudioFilterModel
{
  GObject          parent_instance;

  SksRowStore     *rows;
  SksStudioFilter *filter;
  GArray          *entries;        /* Entry, one per row of the store */
  GArray          *matches;        /* guint: where each match is in @entries */
  SksCharIndex    *index;          /* of the entries' keys, as far as built */
  guint            keys_source;
};

static void sks_studio_filter_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SksStudioFilterModel, sks_studio_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sks_studio_filter_model_list_model_init))

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
sks_studio_filter_model_get_item_type (GListModel *list)
{
  return SKS_TYPE_STUDIO_ROW;
}

static guint
sks_studio_filter_model_get_n_items (GListModel *list)
{
  return SKS_STUDIO_FILTER_MODEL (list)->matches->len;
}

static gpointer
sks_studio_filter_model_get_item (GListModel *list,
                                  guint       position)
{
  SksStudioFilterModel *self = SKS_STUDIO_FILTER_MODEL (list);

  if (position >= self->matches->len)
    return NULL;
  return g_object_ref (g_array_index (self->entries, Entry,
                                      g_array_index (self->matches, guint, position)).row);
}

static void
sks_studio_filter_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sks_studio_filter_model_get_item_type;
  iface->get_n_items = sks_studio_filter_model_get_n_items;
  iface->get_item = sks_studio_filter_model_get_item;
}

static gboolean
entry_matches (SksStudioFilterModel *self,
               Entry                *entry,
               gboolean              by_text,
               gboolean              by_verdict)
{
  if (by_verdict)
    entry->fields.verdict = sks_studio_row_get_verdict (entry->row);
  if (by_text && entry->fields.search_key == NULL)
    entry->fields.search_key = sks_studio_row_get_search_key (entry->row);
  return sks_studio_filter_match_fields (self->filter, &entry->fields);
}

/* Where the store changed: @removed rows at @position became @added. */
typedef struct {
  guint position;
  guint removed;
  guint added;
} StoreChange;

static const StoreChange no_store_change = { G_MAXUINT, 0, 0 };

/* Whether entry @old_index before @change is entry @new_index after it. */
static gboolean
same_row (guint              old_index,
          guint              new_index,
          const StoreChange *change)
{
  if (old_index < change->position)
    return new_index == old_index;
  if (old_index - change->position >= change->removed)
    return new_index == old_index - change->removed + change->added;
  return FALSE;
}

/* Replaces the matches by @found, announcing only the part that differs. */
static void
take_matches (SksStudioFilterModel *self,
              GArray               *found,
              const StoreChange    *change)
{
  GArray *old = self->matches;
  const guint *o = (const guint *) (gpointer) old->data;
  const guint *n = (const guint *) (gpointer) found->data;
  guint prefix = 0, suffix = 0;
  guint shortest = MIN (old->len, found->len);

  while (prefix < shortest && same_row (o[prefix], n[prefix], change))
    prefix++;
  while (suffix < shortest - prefix
         && same_row (o[old->len - 1 - suffix], n[found->len - 1 - suffix], change))
    suffix++;

  self->matches = found;
  if (old->len != found->len || prefix < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                found->len - prefix - suffix);
  g_array_unref (old);
}

/* The entries that a pass checks, in store order. */
typedef struct {
  const guint *indices;   /* NULL: every entry, 0 … n - 1 */
  guint        n;
  GArray      *owned;
} Candidates;

static const guint no_candidates[1];

/* Those of @matches that are in @rows too; both are in ascending order. */
static GArray *
intersect (GArray      *matches,
           const guint *rows,
           guint        n_rows)
{
  const guint *m = (const guint *) (gpointer) matches->data;
  GArray *both = g_array_sized_new (FALSE, FALSE, sizeof (guint), MIN (matches->len, n_rows));
  guint *out = (guint *) (gpointer) both->data;
  guint i = 0, j = 0, n = 0;

  while (i < matches->len && j < n_rows)
    {
      if (m[i] < rows[j])
        i++;
      else if (m[i] > rows[j])
        j++;
      else
        {
          out[n++] = m[i];
          i++, j++;
        }
    }
  g_array_set_size (both, n);
  return both;
}

/* The matches before, when the filter became stricter, else every entry;
 * and of those, once the index is complete, only the rows that have the
 * rarest character of @text (nullable: no search text). */
static void
find_candidates (SksStudioFilterModel *self,
                 gboolean              only_matches,
                 const char           *text,
                 Candidates           *candidates)
{
  const guint *rows;
  guint n_rows;

  candidates->owned = NULL;
  if (text == NULL || sks_char_index_get_n_rows (self->index) != self->entries->len)
    {
      candidates->indices = only_matches ? (const guint *) (gpointer) self->matches->data : NULL;
      candidates->n = only_matches ? self->matches->len : self->entries->len;
      return;
    }
  rows = sks_char_index_lookup (self->index, text, &n_rows);
  if (rows == NULL)
    {
      candidates->indices = no_candidates;
      candidates->n = 0;
    }
  else if (only_matches)
    {
      candidates->owned = intersect (self->matches, rows, n_rows);
      candidates->indices = (const guint *) (gpointer) candidates->owned->data;
      candidates->n = candidates->owned->len;
    }
  else
    {
      candidates->indices = rows;
      candidates->n = n_rows;
    }
}

static void
refilter (SksStudioFilterModel *self,
          gboolean              only_matches,
          const StoreChange    *change)
{
  Entry *entries = (Entry *) (gpointer) self->entries->data;
  gboolean active = self->filter != NULL && sks_studio_filter_is_active (self->filter);
  gboolean by_text = active && sks_studio_filter_uses_text (self->filter);
  gboolean by_verdict = active && sks_studio_filter_uses_verdict (self->filter);
  Candidates candidates;
  GArray *found;
  guint *out;
  guint n_found = 0;

  find_candidates (self, only_matches,
                   by_text ? sks_studio_filter_get_text (self->filter) : NULL, &candidates);
  found = g_array_sized_new (FALSE, FALSE, sizeof (guint), candidates.n);
  out = (guint *) (gpointer) found->data;   /* room for every candidate */
  for (guint i = 0; i < candidates.n; i++)
    {
      guint index = candidates.indices != NULL ? candidates.indices[i] : i;

      if (!active || entry_matches (self, &entries[index], by_text, by_verdict))
        out[n_found++] = index;
    }
  g_array_set_size (found, n_found);
  g_clear_pointer (&candidates.owned, g_array_unref);
  take_matches (self, found, change);
}

/* Each idle call builds keys for about 2 ms, a few hundred rows at a time,
 * so that a key press or a frame waits no longer than that. */
static gboolean
build_keys_cb (gpointer user_data)
{
  SksStudioFilterModel *self = user_data;
  gint64 deadline = g_get_monotonic_time () + KEYS_IDLE_USEC;
  guint i = sks_char_index_get_n_rows (self->index);

  while (i < self->entries->len && g_get_monotonic_time () < deadline)
    for (guint end = MIN (i + KEYS_PER_STEP, self->entries->len); i < end; i++)
      {
        Entry *entry = &g_array_index (self->entries, Entry, i);

        entry->fields.search_key = sks_studio_row_get_search_key (entry->row);
        sks_char_index_add (self->index, i, entry->fields.search_key);
      }
  if (i < self->entries->len)
    return G_SOURCE_CONTINUE;
  self->keys_source = 0;
  return G_SOURCE_REMOVE;
}

/* The entries of the store's rows, as they are now; their keys and index
 * are built again when idle. */
static void
load_entries (SksStudioFilterModel *self)
{
  guint n_rows = 0;
  gpointer *rows = self->rows != NULL ? sks_row_store_peek (self->rows, &n_rows) : NULL;

  g_array_set_size (self->entries, n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      entry->row = rows[i];
      sks_studio_row_peek_filter_fields (rows[i], &entry->fields);
    }
  g_clear_pointer (&self->index, sks_char_index_free);
  self->index = sks_char_index_new ();
  if (self->keys_source == 0 && n_rows > 0)
    self->keys_source = g_idle_add_full (G_PRIORITY_LOW, build_keys_cb, self, NULL);
}

static void
filter_changed_cb (SksStudioFilterModel *self,
                   GtkFilterChange       change)
{
  refilter (self, change == GTK_FILTER_CHANGE_MORE_STRICT, &no_store_change);
}

/* A row replaced, added or removed: the matches are found again (a few
 * milliseconds for 100,000 rows) and only the difference is announced. */
static void
rows_changed_cb (SksStudioFilterModel *self,
                 guint                 position,
                 guint                 removed,
                 guint                 added)
{
  StoreChange change = { position, removed, added };

  load_entries (self);
  refilter (self, FALSE, &change);
}

static void
sks_studio_filter_model_dispose (GObject *object)
{
  SksStudioFilterModel *self = SKS_STUDIO_FILTER_MODEL (object);

  sks_studio_filter_model_set_rows (self, NULL);
  sks_studio_filter_model_set_filter (self, NULL);
  g_clear_handle_id (&self->keys_source, g_source_remove);
  G_OBJECT_CLASS (sks_studio_filter_model_parent_class)->dispose (object);
}

static void
sks_studio_filter_model_finalize (GObject *object)
{
  SksStudioFilterModel *self = SKS_STUDIO_FILTER_MODEL (object);

  g_array_unref (self->matches);
  g_array_unref (self->entries);
  sks_char_index_free (self->index);
  G_OBJECT_CLASS (sks_studio_filter_model_parent_class)->finalize (object);
}

static void
sks_studio_filter_model_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, SKS_STUDIO_FILTER_MODEL (object)->filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_studio_filter_model_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FILTER:
      sks_studio_filter_model_set_filter (SKS_STUDIO_FILTER_MODEL (object),
                                          g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_studio_filter_model_class_init (SksStudioFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sks_studio_filter_model_dispose;
  object_class->finalize = sks_studio_filter_model_finalize;
  object_class->get_property = sks_studio_filter_model_get_property;
  object_class->set_property = sks_studio_filter_model_set_property;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, SKS_TYPE_STUDIO_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sks_studio_filter_model_init (SksStudioFilterModel *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->index = sks_char_index_new ();
}

SksStudioFilterModel *
sks_studio_filter_model_new (void)
{
  return g_object_new (SKS_TYPE_STUDIO_FILTER_MODEL, NULL);
}

/* @rows: (nullable): the document's rows; NULL empties the model */
void
sks_studio_filter_model_set_rows (SksStudioFilterModel *self,
                                  SksRowStore          *rows)
{
  StoreChange change = { 0, 0, 0 };

  g_return_if_fail (SKS_IS_STUDIO_FILTER_MODEL (self));

  if (self->rows == rows)
    return;
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_func (self->rows, rows_changed_cb, self);
  g_set_object (&self->rows, rows);
  if (rows != NULL)
    g_signal_connect_swapped (rows, "items-changed", G_CALLBACK (rows_changed_cb), self);
  /* Other rows: none of the old matches is one of the new ones. */
  change.removed = self->entries->len;
  load_entries (self);
  change.added = self->entries->len;
  refilter (self, FALSE, &change);
}

/* Returns: (transfer none) (nullable) */
SksRowStore *
sks_studio_filter_model_get_rows (SksStudioFilterModel *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_FILTER_MODEL (self), NULL);
  return self->rows;
}

void
sks_studio_filter_model_set_filter (SksStudioFilterModel *self,
                                    SksStudioFilter      *filter)
{
  g_return_if_fail (SKS_IS_STUDIO_FILTER_MODEL (self));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (filter_changed_cb), self);
  refilter (self, FALSE, &no_store_change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/* Returns: (transfer none) (nullable) */
SksStudioFilter *
sks_studio_filter_model_get_filter (SksStudioFilterModel *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_FILTER_MODEL (self), NULL);
  return self->filter;
}
