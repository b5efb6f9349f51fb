/* sks-print-score-sheet.c — a reviewer's blank score sheet (评分表) for
 * panels that score on paper: the criteria with their guidance, then the
 * candidates × criteria grid, then the signature and date lines. The sheet
 * is the bureau's (the notices set none) and its title says so.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-print-annex.h"
#include "sks-print-score-sheet.h"

#define TEXT_WIDTH_MM 257.0  /* A4 landscape less 20 mm each side */

static const SksPrintStyle title_style = { SKS_PRINT_FONT_TITLE, 18, SKS_PRINT_ALIGN_CENTER,
                                           SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle note_style = { SKS_PRINT_FONT_TEXT, 9, SKS_PRINT_ALIGN_CENTER,
                                          SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle info_style = { SKS_PRINT_FONT_TEXT, 11, SKS_PRINT_ALIGN_LEFT,
                                          SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle head_style = { SKS_PRINT_FONT_LABEL, 10.5, SKS_PRINT_ALIGN_CENTER,
                                          SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle cell_style = { SKS_PRINT_FONT_TEXT, 10.5, SKS_PRINT_ALIGN_LEFT,
                                          SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle centre_style = { SKS_PRINT_FONT_TEXT, 10.5, SKS_PRINT_ALIGN_CENTER,
                                            SKS_PRINT_VALIGN_MIDDLE };

static void
add_guidance (SksPrintDoc *doc,
              GListModel  *criteria)
{
  const double widths[] = { 12, 55, 18, TEXT_WIDTH_MM - 85 };
  SksPrintTable *table = sks_print_doc_add_table (doc, G_N_ELEMENTS (widths), widths);
  SksPrintRow *row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);

  sks_print_row_add_cell (row, _("No."), 1, &head_style);
  sks_print_row_add_cell (row, _("Criterion"), 1, &head_style);
  sks_print_row_add_cell (row, _("Points"), 1, &head_style);
  sks_print_row_add_cell (row, _("Guidance"), 1, &head_style);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SksScoreCriterion) c = g_list_model_get_item (criteria, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *max = sks_score_format (sks_score_criterion_get_max_points (c));

      row = sks_print_table_add_row (table, 0);
      sks_print_row_add_cell (row, number, 1, &centre_style);
      sks_print_row_add_cell (row, sks_score_criterion_get_title (c), 1, &cell_style);
      sks_print_row_add_cell (row, max, 1, &centre_style);
      sks_print_row_add_cell (row, sks_score_criterion_get_guidance (c), 1, &cell_style);
    }
}

static void
add_grid (SksPrintDoc *doc,
          GListModel  *criteria,
          GPtrArray   *candidates)
{
  guint n = g_list_model_get_n_items (criteria);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  const double fixed[] = { 12, 62, 24 };
  double each = (TEXT_WIDTH_MM - 12 - 62 - 24 - 22) / MAX (n, 1);
  SksPrintTable *table;
  SksPrintRow *row;

  g_array_append_vals (widths, fixed, G_N_ELEMENTS (fixed));
  for (guint i = 0; i < n; i++)
    g_array_append_val (widths, each);
  g_array_append_val (widths, (double) { 22 });
  table = sks_print_doc_add_table (doc, widths->len, (const double *) widths->data);
  row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);
  sks_print_row_add_cell (row, _("No."), 1, &head_style);
  sks_print_row_add_cell (row, _("Studio"), 1, &head_style);
  sks_print_row_add_cell (row, _("Master"), 1, &head_style);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksScoreCriterion) c = g_list_model_get_item (criteria, i);
      g_autofree char *max = sks_score_format (sks_score_criterion_get_max_points (c));
      /* TRANSLATORS: a criterion's title and its maximum points in a column header */
      g_autofree char *text = g_strdup_printf (_("%s (%s points)"),
                                               sks_score_criterion_get_title (c), max);

      sks_print_row_add_cell (row, text, 1, &head_style);
    }
  sks_print_row_add_cell (row, _("Total"), 1, &head_style);
  for (guint i = 0; i < candidates->len; i++)
    {
      SksStudioRow *studio = candidates->pdata[i];
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
      row->min_height_mm = 11;
      sks_print_row_add_cell (row, number, 1, &centre_style);
      sks_print_row_add_cell (row, sks_studio_row_get_name (studio), 1, &cell_style);
      sks_print_row_add_cell (row, sks_studio_row_get_master_name (studio), 1, &centre_style);
      for (guint j = 0; j <= n; j++)
        sks_print_row_add_cell (row, "", 1, &centre_style);
    }
}

/**
 * sks_print_score_sheet_doc_new:
 *
 * Returns: (transfer full): the sheet, A4 landscape
 */
SksPrintDoc *
sks_print_score_sheet_doc_new (SksRound        *round,
                               SksPanel        *panel,
                               SksPanelMember  *member,
                               GListModel      *criteria,
                               GPtrArray       *candidates,
                               GError         **error)
{
  g_autoptr(SksPrintDoc) doc = sks_print_doc_new ();
  g_autofree char *title = NULL;
  g_autofree char *info = NULL;
  const char *level = sks_enum_get_label (SKS_TYPE_PANEL_LEVEL, sks_panel_get_level (panel));
  const char *unit = sks_panel_get_recommender_name (panel);

  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (member), NULL);
  if (g_list_model_get_n_items (criteria) == 0)
    {
      g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                           _("The round has no scoring sheet yet: add a panel member first"));
      return NULL;
    }
  doc->paper_width_mm = 297;
  doc->paper_height_mm = 210;
  doc->margin_left_mm = doc->margin_right_mm = 20;
  doc->margin_top_mm = doc->margin_bottom_mm = 18;
  title = g_strdup_printf (_("%s Review Score Sheet"),
                           round && sks_round_get_city (round) ? sks_round_get_city (round) : "");
  g_free (doc->title);
  doc->title = g_strdup (title);

  sks_print_doc_add_text (doc, _("Skill Master Studio Review Score Sheet"), &title_style);
  sks_print_doc_add_text (doc, _("The bureau’s scoring sheet: the notice sets the conditions, "
                                 "not these points"), &note_style);
  /* TRANSLATORS: round, review level (and recommending unit), reviewer, work unit */
  info = g_strdup_printf (_("Round: %s    Review: %s%s%s    Reviewer: %s    Work unit: %s"),
                          round ? sks_round_get_key (round) : "", level, unit ? " " : "",
                          unit ? unit : "", sks_panel_member_get_name (member),
                          sks_panel_member_get_work_unit (member)
                            ? sks_panel_member_get_work_unit (member) : "");
  sks_print_doc_add_space (doc, 3);
  sks_print_doc_add_text (doc, info, &info_style);
  sks_print_doc_add_space (doc, 2);
  add_guidance (doc, criteria);
  sks_print_doc_add_space (doc, 5);
  add_grid (doc, criteria, candidates);
  sks_print_doc_add_space (doc, 10);
  sks_print_doc_add_text (doc, _("Reviewer (signature): ____________________        "
                                 "Date: ______ year ____ month ____ day"), &info_style);
  return g_steal_pointer (&doc);
}

/* What every reviewer's sheet of @panel shows: the round, its criteria and
 * the panel's candidates (SksStudioRow, in list order). */
static gboolean
read_sheet_data (SksStore     *store,
                 SksPanel     *panel,
                 SksRound    **round_out,
                 GListModel  **criteria_out,
                 GPtrArray   **candidates_out,
                 GError      **error)
{
  gint64 round_id = sks_panel_get_round_id (panel);
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, error);
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SksRound) round = NULL;

  if (rounds == NULL ||
      (criteria = sks_store_list_score_criteria (store, round_id, error)) == NULL ||
      (ids = sks_store_list_panel_candidates (store, panel, error)) == NULL ||
      (rows = sks_store_list_studio_rows (store, round_id, 0, 0, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) r = g_list_model_get_item (rounds, i);
      if (sks_round_get_id (r) == round_id)
        g_set_object (&round, r);
    }
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (wanted, &g_array_index (ids, gint64, i));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);

      if (g_hash_table_contains (wanted, &id))
        g_ptr_array_add (candidates, g_steal_pointer (&row));
    }
  *round_out = g_steal_pointer (&round);
  *criteria_out = g_steal_pointer (&criteria);
  *candidates_out = g_steal_pointer (&candidates);
  return TRUE;
}

SksPrintDoc *
sks_print_score_sheet_doc_from_store (SksStore        *store,
                                      SksPanel        *panel,
                                      SksPanelMember  *member,
                                      GError         **error)
{
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GPtrArray) candidates = NULL;

  if (!read_sheet_data (store, panel, &round, &criteria, &candidates, error))
    return NULL;
  return sks_print_score_sheet_doc_new (round, panel, member, criteria, candidates, error);
}

/* Moves the blocks of @from to the end of @to after a section break: the
 * sheet starts on a new page with "— 1 —". */
static void
append_sheet (SksPrintDoc *to,
              SksPrintDoc *from)
{
  gsize n = 0;
  gpointer *blocks = g_ptr_array_steal (from->blocks, &n);

  sks_print_doc_add_section_break (to);
  for (gsize i = 0; i < n; i++)
    g_ptr_array_add (to->blocks, blocks[i]);
  g_free (blocks);
}

/**
 * sks_print_score_sheets_doc_from_store:
 *
 * Returns: (transfer full): every member's blank sheet, each numbered from 1
 */
SksPrintDoc *
sks_print_score_sheets_doc_from_store (SksStore  *store,
                                       SksPanel  *panel,
                                       GError   **error)
{
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(SksPrintDoc) all = NULL;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_PANEL (panel), NULL);

  if ((members = sks_store_list_panel_members (store, sks_panel_get_id (panel), error)) == NULL ||
      !read_sheet_data (store, panel, &round, &criteria, &candidates, error))
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (members, i);
      g_autoptr(SksPrintDoc) doc = sks_print_score_sheet_doc_new (round, panel, member, criteria,
                                                                  candidates, error);

      if (doc == NULL)
        return NULL;
      if (all == NULL)
        all = g_steal_pointer (&doc);
      else
        append_sheet (all, doc);
    }
  if (all == NULL)
    g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                         _("The panel has no members: add the reviewers first"));
  else
    {
      g_free (all->title);
      all->title = g_strdup (_("Review Score Sheets"));
    }
  return g_steal_pointer (&all);
}

gboolean
sks_print_export_score_sheets_pdf (SksStore    *store,
                                   SksPanel    *panel,
                                   const char  *path,
                                   GError     **error)
{
  g_autoptr(SksPrintDoc) doc = sks_print_score_sheets_doc_from_store (store, panel, error);

  return doc != NULL && sks_print_write_pdf (doc, path, error);
}

gboolean
sks_print_export_score_sheet_pdf (SksStore        *store,
                                  SksPanel        *panel,
                                  SksPanelMember  *member,
                                  const char      *path,
                                  GError         **error)
{
  g_autoptr(SksPrintDoc) doc = sks_print_score_sheet_doc_from_store (store, panel, member, error);

  return doc != NULL && sks_print_write_pdf (doc, path, error);
}
