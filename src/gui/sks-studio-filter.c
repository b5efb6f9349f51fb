/* sks-studio-filter.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One filter for every criterion, so a change is one pass over the rows.
 * Text is matched with strstr() on the row's casefolded search key
 * (TECH-NOTES §1.4: ~8× faster than GtkStringFilter), and a change tells
 * GTK whether it is stricter or looser, so only part of the rows is
 * checked again.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <string.h>

#include "sks-studio-row.h"
#include "sks-studio-filter.h"

struct _SksStudioFilter
{
  GtkFilter  parent_instance;

  char      *text;            /* casefolded, NULL when empty */
  gint64     round_id;        /* 0: every round */
  gint64     recommender_id;  /* 0: every unit */
  int        status;
  int        verdict;
};

G_DEFINE_FINAL_TYPE (SksStudioFilter, sks_studio_filter, GTK_TYPE_FILTER)

/**
 * sks_studio_filter_match_fields:
 * @fields: what the filter compares of a row
 *
 * The match on fields that a model keeps at hand, without touching the
 * row itself.
 */
gboolean
sks_studio_filter_match_fields (SksStudioFilter          *self,
                                const SksRowFilterFields *row)
{
  if (self->round_id != 0 && row->round_id != self->round_id)
    return FALSE;
  if (self->recommender_id != 0 && row->recommender_id != self->recommender_id)
    return FALSE;
  if (self->status != SKS_STUDIO_FILTER_ANY && (int) row->status != self->status)
    return FALSE;
  if (self->verdict != SKS_STUDIO_FILTER_ANY && row->verdict != self->verdict)
    return FALSE;
  return self->text == NULL || strstr (row->search_key, self->text) != NULL;
}

/**
 * sks_studio_filter_match_row:
 * @row: an SksStudioRow
 *
 * gtk_filter_match() without the virtual call.
 */
gboolean
sks_studio_filter_match_row (SksStudioFilter *self,
                             gpointer         item)
{
  SksRowFilterFields row;

  sks_studio_row_peek_filter_fields (item, &row);
  if (row.search_key == NULL && self->text != NULL)
    row.search_key = sks_studio_row_get_search_key (item);
  return sks_studio_filter_match_fields (self, &row);
}

/* Whether a match depends on the rows' verdicts, which change in place. */
gboolean
sks_studio_filter_uses_verdict (SksStudioFilter *self)
{
  return self->verdict != SKS_STUDIO_FILTER_ANY;
}

/* Whether a match needs the rows' search keys. */
gboolean
sks_studio_filter_uses_text (SksStudioFilter *self)
{
  return self->text != NULL;
}

static gboolean
sks_studio_filter_match (GtkFilter *filter,
                         gpointer   item)
{
  return sks_studio_filter_match_row ((SksStudioFilter *) filter, item);
}

static GtkFilterMatch
sks_studio_filter_get_strictness (GtkFilter *filter)
{
  return sks_studio_filter_is_active (SKS_STUDIO_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                                  : GTK_FILTER_MATCH_ALL;
}

static void
sks_studio_filter_finalize (GObject *object)
{
  SksStudioFilter *self = SKS_STUDIO_FILTER (object);

  g_free (self->text);
  G_OBJECT_CLASS (sks_studio_filter_parent_class)->finalize (object);
}

static void
sks_studio_filter_class_init (SksStudioFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = sks_studio_filter_finalize;
  filter_class->match = sks_studio_filter_match;
  filter_class->get_strictness = sks_studio_filter_get_strictness;
}

static void
sks_studio_filter_init (SksStudioFilter *self)
{
  self->status = SKS_STUDIO_FILTER_ANY;
  self->verdict = SKS_STUDIO_FILTER_ANY;
}

SksStudioFilter *
sks_studio_filter_new (void)
{
  return g_object_new (SKS_TYPE_STUDIO_FILTER, NULL);
}

/**
 * sks_studio_filter_set_text:
 * @text: (nullable): what to look for; leading and trailing spaces are
 *   ignored, case too
 */
void
sks_studio_filter_set_text (SksStudioFilter *self,
                            const char      *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;
  GtkFilterChange change;

  g_return_if_fail (SKS_IS_STUDIO_FILTER (self));

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped != '\0')
    folded = sks_studio_row_fold_text (stripped);
  if (g_strcmp0 (folded, self->text) == 0)
    return;

  /* A longer text that contains the old one matches a subset, and so on. */
  if (self->text == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL || strstr (self->text, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (folded, self->text) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->text);
  self->text = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self), change);
}

/* Returns: (nullable): the casefolded search text */
const char *
sks_studio_filter_get_text (SksStudioFilter *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_FILTER (self), NULL);
  return self->text;
}

static GtkFilterChange
change_of_id (gint64 old_id,
              gint64 new_id)
{
  if (old_id == 0)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_id == 0)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/**
 * sks_studio_filter_set_scope:
 * @round_id: the round, or 0 for every round
 * @recommender_id: the recommending unit, or 0 for every unit of the round
 */
void
sks_studio_filter_set_scope (SksStudioFilter *self,
                             gint64           round_id,
                             gint64           recommender_id)
{
  GtkFilterChange change;

  g_return_if_fail (SKS_IS_STUDIO_FILTER (self));

  if (round_id == self->round_id && recommender_id == self->recommender_id)
    return;
  if (round_id == self->round_id)
    change = change_of_id (self->recommender_id, recommender_id);
  else if (self->round_id == 0 && self->recommender_id == 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (round_id == 0 && recommender_id == 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  self->round_id = round_id;
  self->recommender_id = recommender_id;
  gtk_filter_changed (GTK_FILTER (self), change);
}

static void
set_choice (SksStudioFilter *self,
            int             *field,
            int              value)
{
  GtkFilterChange change;

  if (*field == value)
    return;
  if (*field == SKS_STUDIO_FILTER_ANY)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (value == SKS_STUDIO_FILTER_ANY)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  *field = value;
  gtk_filter_changed (GTK_FILTER (self), change);
}

/* @status: an SksStatus or SKS_STUDIO_FILTER_ANY */
void
sks_studio_filter_set_status (SksStudioFilter *self,
                              int              status)
{
  g_return_if_fail (SKS_IS_STUDIO_FILTER (self));
  set_choice (self, &self->status, status);
}

/* @verdict: an SksVerdictStatus or SKS_STUDIO_FILTER_ANY */
void
sks_studio_filter_set_verdict (SksStudioFilter *self,
                               int              verdict)
{
  g_return_if_fail (SKS_IS_STUDIO_FILTER (self));
  set_choice (self, &self->verdict, verdict);
}

gboolean
sks_studio_filter_is_active (SksStudioFilter *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_FILTER (self), FALSE);
  return self->text != NULL || self->round_id != 0 || self->recommender_id != 0 ||
         self->status != SKS_STUDIO_FILTER_ANY || self->verdict != SKS_STUDIO_FILTER_ANY;
}
