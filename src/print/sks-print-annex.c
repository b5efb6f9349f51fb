/* sks-print-annex.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-print-annex.h"
#include "sks-print-form.h"
#include "sks-print-layout.h"

/**
 * sks_print_annex2_doc_new:
 * @round: (nullable): gives the city in the title (湖州市… for Huzhou)
 * @filler: (nullable): the recommending unit filling in the table
 *   (填报单位); %NULL leaves the line blank, for a whole round
 * @studios: (element-type SksStudio): one row each, in this order
 * @recommenders: (nullable) (element-type utf8): the 推荐单位 of each studio
 *
 * The 推荐情况汇总表 (Huzhou 2025 notice, Annex 2), A4 landscape.
 *
 * Returns: (transfer full): the document
 */
SksPrintDoc *
sks_print_annex2_doc_new (SksRound    *round,
                          const char  *filler,
                          GPtrArray   *studios,
                          GPtrArray   *recommenders,
                          GError     **error)
{
  SksPrintFormData data = {
    .round = round,
    .filler = filler,
    .studios = studios,
    .recommenders = recommenders,
  };

  g_return_val_if_fail (round == NULL || SKS_IS_ROUND (round), NULL);
  g_return_val_if_fail (studios != NULL, NULL);

  return sks_print_form_build ("annex2", &data, error);
}

/**
 * sks_print_annex3_doc_new:
 *
 * The 申报表 of one application (Huzhou 2025 notice, Annex 3; Hangzhou
 * rounds print the same form under Hangzhou's title): a cover page, the
 * form grid, and continuation pages for the boxes whose text does not fit
 * (可另附页).
 *
 * Returns: (transfer full): the document
 */
SksPrintDoc *
sks_print_annex3_doc_new (SksRound    *round,
                          SksStudio   *studio,
                          const char  *recommender,
                          GError     **error)
{
  g_autoptr(GPtrArray) studios = g_ptr_array_new ();
  g_autoptr(GPtrArray) recommenders = g_ptr_array_new ();
  SksPrintFormData data = {
    .round = round,
    .studios = studios,
    .recommenders = recommenders,
  };

  g_return_val_if_fail (round == NULL || SKS_IS_ROUND (round), NULL);
  g_return_val_if_fail (SKS_IS_STUDIO (studio), NULL);

  g_ptr_array_add (studios, studio);
  g_ptr_array_add (recommenders, (gpointer) recommender);
  return sks_print_form_build ("annex3", &data, error);
}

/* The round @round_id, or with 0 the most recent one (latest year). */
static SksRound *
find_round (SksStore  *store,
            gint64     round_id,
            GError   **error)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, error);
  g_autoptr(SksRound) best = NULL;

  if (rounds == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (round_id != 0 ? sks_round_get_id (round) == round_id
                        : best == NULL || sks_round_get_year (round) >= sks_round_get_year (best))
        g_set_object (&best, round);
    }
  if (best == NULL)
    {
      if (round_id != 0)
        g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                     _("There is no round with the id %lld"), (long long) round_id);
      else
        g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                             _("The document has no round to print"));
    }
  return g_steal_pointer (&best);
}

static guint
recommender_position (GListModel *recommenders,
                      gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (recommenders); i++)
    {
      g_autoptr(SksRecommender) recommender = g_list_model_get_item (recommenders, i);

      if (sks_recommender_get_id (recommender) == id)
        return i;
    }
  return G_MAXUINT;
}

static const char *
recommender_name (GListModel *recommenders,
                  guint       position)
{
  g_autoptr(SksRecommender) recommender = NULL;

  if (position >= g_list_model_get_n_items (recommenders))
    return NULL;
  /* The list holds its own reference, so the name outlives this one. */
  recommender = g_list_model_get_item (recommenders, position);
  return sks_recommender_get_name (recommender);
}

typedef struct {
  SksStudio *studio;
  guint      position;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;
  gint64 ia = sks_studio_get_id (ea->studio), ib = sks_studio_get_id (eb->studio);

  if (ea->position != eb->position)
    return ea->position < eb->position ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

/**
 * sks_print_annex2_doc_from_store:
 * @round_id: the round, or 0 for the most recent one
 * @recommender_name: (nullable): only this recommending unit's
 *   applications, with its name as 填报单位; %NULL for the whole round
 *
 * One row per application of the round that has not been withdrawn, by
 * recommending unit (in the round's order), then in order of entry.
 *
 * Returns: (transfer full): the document
 */
SksPrintDoc *
sks_print_annex2_doc_from_store (SksStore    *store,
                                 gint64       round_id,
                                 const char  *recommender_name_or_null,
                                 GError     **error)
{
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) recommenders = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) studios = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint only = G_MAXUINT;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  if ((round = find_round (store, round_id, error)) == NULL)
    return NULL;
  round_id = sks_round_get_id (round);
  if ((recommenders = sks_store_list_recommenders (store, round_id, error)) == NULL)
    return NULL;
  if (recommender_name_or_null != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (recommenders) && only == G_MAXUINT; i++)
        if (g_strcmp0 (recommender_name (recommenders, i), recommender_name_or_null) == 0)
          only = i;
      if (only == G_MAXUINT)
        {
          g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                       _("The round “%s” has no recommending unit “%s”"),
                       sks_round_get_key (round), recommender_name_or_null);
          return NULL;
        }
    }
  if ((ids = sks_store_list_studio_ids (store, round_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      SksStudio *studio = sks_store_load_studio (store, g_array_index (ids, gint64, i), error);
      Entry entry;

      if (studio == NULL)
        return NULL;
      g_ptr_array_add (loaded, studio);
      entry.studio = studio;
      entry.position = recommender_position (recommenders,
                                             sks_studio_get_recommender_id (studio));
      if (sks_studio_get_status (studio) == SKS_STATUS_WITHDRAWN
          || (only != G_MAXUINT && entry.position != only))
        continue;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      g_ptr_array_add (studios, entry->studio);
      g_ptr_array_add (names, (gpointer) recommender_name (recommenders, entry->position));
    }
  return sks_print_annex2_doc_new (round, recommender_name_or_null, studios, names, error);
}

/**
 * sks_print_annex3_doc_from_store:
 * @studio_id: the application
 *
 * Returns: (transfer full): the 申报表 of the application
 */
SksPrintDoc *
sks_print_annex3_doc_from_store (SksStore    *store,
                                 gint64       studio_id,
                                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) recommenders = NULL;
  const char *name = NULL;
  gint64 round_id;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  studio = sks_store_load_studio (store, studio_id, &local_error);
  if (studio == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                     _("There is no application with the id %lld"),
                     (long long) studio_id);
      return NULL;
    }
  round_id = sks_studio_get_round_id (studio);
  if (round_id != 0)
    {
      if ((round = find_round (store, round_id, error)) == NULL)
        return NULL;
      if ((recommenders = sks_store_list_recommenders (store, round_id, error)) == NULL)
        return NULL;
      name = recommender_name (recommenders,
                               recommender_position (recommenders,
                                                     sks_studio_get_recommender_id (studio)));
    }
  return sks_print_annex3_doc_new (round, studio, name, error);
}

/**
 * sks_print_write_pdf:
 *
 * Lays @doc out for a PDF file (72 dpi, zh-cn) and writes it to @path.
 * Fails with %SKS_PRINT_ERROR_NO_FONT when no font can print Chinese.
 */
gboolean
sks_print_write_pdf (SksPrintDoc  *doc,
                     const char   *path,
                     GError      **error)
{
  g_autoptr(SksPrintLayout) layout = NULL;
  PangoContext *context;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  context = sks_print_context_new ();
  layout = sks_print_layout_new_to_pdf (doc, context, path, error);
  g_object_unref (context);
  if (layout == NULL)
    return FALSE;
  g_debug ("Wrote %u pages", sks_print_layout_get_n_pages (layout));
  return TRUE;
}

/**
 * sks_print_export_annex2_pdf:
 * @round_id: the round, or 0 for the most recent one
 * @recommender_name: (nullable): one recommending unit, or %NULL for the
 *   whole round
 *
 * Writes the 推荐情况汇总表 to @path.
 */
gboolean
sks_print_export_annex2_pdf (SksStore    *store,
                             gint64       round_id,
                             const char  *recommender_name_or_null,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  doc = sks_print_annex2_doc_from_store (store, round_id, recommender_name_or_null, error);
  return doc != NULL && sks_print_write_pdf (doc, path, error);
}

/**
 * sks_print_export_annex3_pdf:
 * @studio_id: the application
 *
 * Writes the application's 申报表 to @path.
 */
gboolean
sks_print_export_annex3_pdf (SksStore    *store,
                             gint64       studio_id,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The form goes out with the attachments it names: they must be intact. */
  if (!sks_store_verify_attachments (store, studio_id, error))
    return FALSE;
  doc = sks_print_annex3_doc_from_store (store, studio_id, error);
  return doc != NULL && sks_print_write_pdf (doc, path, error);
}
