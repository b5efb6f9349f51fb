/* sks-studio-filter-model.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkFilterListModel asks its model for every row, as a new reference,
 * and calls the filter through its class: for 100,000 rows a good part of
 * a frame. Here the loop runs over the row store's own array and calls
 * the filter's match function directly; a stricter filter only looks at
 * the rows that matched before. A change is one items-changed covering
 * what differs between the old and the new matches.
 */

#include "config.h"

#include "sks-studio-filter-model.h"
#include "sks-studio-row.h"

struct _SksStudioFilterModel
{
  GObject          parent_instance;

  SksRowStore     *rows;
  SksStudioFilter *filter;
  GPtrArray       *matches;   /* the matching rows, with a reference each */
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
  return g_object_ref (g_ptr_array_index (self->matches, position));
}

static void
sks_studio_filter_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sks_studio_filter_model_get_item_type;
  iface->get_n_items = sks_studio_filter_model_get_n_items;
  iface->get_item = sks_studio_filter_model_get_item;
}

static gboolean
matches (SksStudioFilterModel *self,
         gpointer              row)
{
  return self->filter == NULL || sks_studio_filter_match_row (self->filter, row);
}

/* Replaces the matches by @found, announcing only the part that differs. */
static void
take_matches (SksStudioFilterModel *self,
              GPtrArray            *found)
{
  GPtrArray *old = self->matches;
  guint prefix = 0, suffix = 0;
  guint shortest = MIN (old->len, found->len);

  while (prefix < shortest && old->pdata[prefix] == found->pdata[prefix])
    prefix++;
  while (suffix < shortest - prefix &&
         old->pdata[old->len - 1 - suffix] == found->pdata[found->len - 1 - suffix])
    suffix++;

  self->matches = found;
  if (old->len != found->len || prefix < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                found->len - prefix - suffix);
  g_ptr_array_unref (old);
}

static void
refilter (SksStudioFilterModel *self,
          gboolean              only_matches)
{
  GPtrArray *found;

  if (only_matches)
    {
      found = g_ptr_array_new_full (self->matches->len, g_object_unref);
      for (guint i = 0; i < self->matches->len; i++)
        if (matches (self, self->matches->pdata[i]))
          g_ptr_array_add (found, g_object_ref (self->matches->pdata[i]));
    }
  else
    {
      guint n_rows = 0;
      gpointer *rows = self->rows != NULL ? sks_row_store_peek (self->rows, &n_rows) : NULL;

      found = g_ptr_array_new_full (n_rows, g_object_unref);
      for (guint i = 0; i < n_rows; i++)
        if (matches (self, rows[i]))
          g_ptr_array_add (found, g_object_ref (rows[i]));
    }
  take_matches (self, found);
}

static void
filter_changed_cb (SksStudioFilterModel *self,
                   GtkFilterChange       change)
{
  refilter (self, change == GTK_FILTER_CHANGE_MORE_STRICT);
}

/* A row replaced, added or removed: the matches are found again (a few
 * milliseconds for 100,000 rows) and only the difference is announced. */
static void
rows_changed_cb (SksStudioFilterModel *self)
{
  refilter (self, FALSE);
}

static void
sks_studio_filter_model_dispose (GObject *object)
{
  SksStudioFilterModel *self = SKS_STUDIO_FILTER_MODEL (object);

  sks_studio_filter_model_set_rows (self, NULL);
  sks_studio_filter_model_set_filter (self, NULL);
  G_OBJECT_CLASS (sks_studio_filter_model_parent_class)->dispose (object);
}

static void
sks_studio_filter_model_finalize (GObject *object)
{
  SksStudioFilterModel *self = SKS_STUDIO_FILTER_MODEL (object);

  g_ptr_array_unref (self->matches);
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
  self->matches = g_ptr_array_new_with_free_func (g_object_unref);
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
  g_return_if_fail (SKS_IS_STUDIO_FILTER_MODEL (self));

  if (self->rows == rows)
    return;
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_func (self->rows, rows_changed_cb, self);
  g_set_object (&self->rows, rows);
  if (rows != NULL)
    g_signal_connect_swapped (rows, "items-changed", G_CALLBACK (rows_changed_cb), self);
  refilter (self, FALSE);
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
  refilter (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/* Returns: (transfer none) (nullable) */
SksStudioFilter *
sks_studio_filter_model_get_filter (SksStudioFilterModel *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_FILTER_MODEL (self), NULL);
  return self->filter;
}
