/* sks-applications-view.c — the list of a document's applications (申报)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search bar and filters, the column view with its models (rows →
 * filter → sort → slots → selection), the empty and no-results pages and
 * a status line; the cells, their factories and the columns' widths are in
 * sks-applications-view-cells.c. The window routes the actions (Open, Set
 * Status, Delete) and chooses the scope in its sidebar.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-applications-view-private.h"
#include "sks-closures.h"
#include "sks-enums.h"
#include "sks-slot-model.h"
#include "sks-status-flow.h"
#include "sks-status-step.h"
#include "sks-studio-filter-model.h"
#include "sks-studio-filter.h"
#include "sks-studio-row.h"
#include "sks-verdict-row.h"
#include "sks-verdict.h"

G_DEFINE_FINAL_TYPE (SksApplicationsView, sks_applications_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_LOADED,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The view's rows are positions: when a filter or sort puts other
 * applications there, a selection would move to them. */
static void
forget_selection (SksApplicationsView *self)
{
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * sks_applications_view_get_n_selected:
 *
 * Only the selected rows that are in the list: a slot kept while nothing
 * matches (sks_slot_model_set_keep_when_empty()) shows no application.
 */
guint
sks_applications_view_get_n_selected (SksApplicationsView *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint n_rows;

  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), 0);

  if (is_disposed (self))
    return 0;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  if (n_rows == 0)
    return 0;
  return (guint) gtk_bitset_get_size_in_range (selected, 0, n_rows - 1);
}

static void
update_status_line (SksApplicationsView *self)
{
  guint total, shown, n_selected;
  g_autofree char *text = NULL;

  if (self->context == NULL || is_disposed (self))
    return;
  total = g_list_model_get_n_items (sks_context_get_studios (self->context));
  /* Before the rows are in the list (the first frame), say what will come */
  shown = sks_studio_filter_model_get_rows (self->filter_model) == NULL
            ? total
            : g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  n_selected = sks_applications_view_get_n_selected (self);
  if (shown == total)
    text = sks_closure_studio_count (NULL, total);
  else
    /* Translators: "显示 12 项，共 36 项申报" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u application",
                                         "Showing %u of %u applications", total),
                            shown, total);
  if (n_selected > 0)
    {
      g_autofree char *selected =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n_selected),
                         n_selected);
      g_autofree char *joined = g_strconcat (text, " · ", selected, NULL);

      g_free (text);
      text = g_steal_pointer (&joined);
    }
  gtk_label_set_text (self->status_label, text);

  if (total > 0 && shown == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    {
      g_autofree char *page = sks_closure_list_page (self, total);

      gtk_stack_set_visible_child_name (self->stack, page);
    }
}

static void
contents_changed_cb (SksApplicationsView *self,
                     guint                position,
                     guint                n_slots)
{
  _sks_applications_view_rebind_cells (self, position, n_slots);
}

/* The check of the document finished: the shown verdict cells, the
 * verdict filter and a sort by verdict take the new values. */
static void
verdicts_changed_cb (SksApplicationsView *self)
{
  GtkSorter *sorter = gtk_column_view_column_get_sorter (self->verdict_column);

  _sks_applications_view_rebind_cells (self, 0, G_MAXUINT);
  /* The view's sorter follows this only while it sorts by verdict. */
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (gtk_drop_down_get_selected (self->verdict_filter) != 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The view's sorter sorts only once a column header is clicked: until then
 * the sort model has none, so it makes no sort keys (for 100,000 rows,
 * a good part of a second) and keeps the document's order. */
static void
view_sorter_changed_cb (SksApplicationsView *self)
{
  GtkSorter *sorter;

  if (self->column_view == NULL || is_disposed (self))
    return;
  sorter = gtk_column_view_get_sorter (self->column_view);
  forget_selection (self);

  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE ? NULL
                                                                                          : sorter);
}

/* The window shows at once, empty, and the rows come with the next frame:
 * building ~200 realized rows of cells is most of a list's first frame.
 * That frame builds only the rows that fill the screen; the others come
 * with the frame after it. */

/* 20 px: less than a row's height in any theme */
static guint
rows_on_screen (SksApplicationsView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->list_scroller));

  return height > 0 ? (guint) height / 20 + 8 : 64;
}

static gboolean
show_all_slots_cb (gpointer user_data)
{
  SksApplicationsView *self = user_data;

  self->all_slots_source = 0;
  sks_slot_model_set_limit (self->slot_model, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

static void
rows_painted_cb (GdkFrameClock       *clock,
                 SksApplicationsView *self)
{
  g_clear_signal_handler (&self->rows_paint_handler, clock);
  self->all_slots_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_all_slots_cb, self, NULL);
}

static gboolean
fill_list_cb (gpointer user_data)
{
  SksApplicationsView *self = user_data;

  self->fill_source = 0;
  sks_slot_model_set_limit (self->slot_model, rows_on_screen (self));
  self->rows_paint_handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)),
                                               "after-paint", G_CALLBACK (rows_painted_cb),
                                               self);
  sks_studio_filter_model_set_rows (self->filter_model,
                                    SKS_ROW_STORE (sks_context_get_studios (self->context)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  return G_SOURCE_REMOVE;
}

/* Not in the frame clock's handler itself: the frame goes out first. */
static void
first_paint_cb (GdkFrameClock       *clock,
                SksApplicationsView *self)
{
  g_clear_signal_handler (&self->first_paint_handler, clock);
  self->fill_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fill_list_cb, self, NULL);
}

static void
schedule_fill (SksApplicationsView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->context == NULL || self->first_paint_handler != 0 ||
      self->fill_source != 0 || sks_studio_filter_model_get_rows (self->filter_model) != NULL)
    return;
  self->first_paint_handler = g_signal_connect (clock, "after-paint",
                                                G_CALLBACK (first_paint_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sks_applications_view_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sks_applications_view_parent_class)->realize (widget);
  schedule_fill (SKS_APPLICATIONS_VIEW (widget));
}

static void
sks_applications_view_unrealize (GtkWidget *widget)
{
  SksApplicationsView *self = SKS_APPLICATIONS_VIEW (widget);

  if (self->first_paint_handler != 0)
    g_clear_signal_handler (&self->first_paint_handler, gtk_widget_get_frame_clock (widget));
  if (self->rows_paint_handler != 0)
    {
      g_clear_signal_handler (&self->rows_paint_handler, gtk_widget_get_frame_clock (widget));
      sks_slot_model_set_limit (self->slot_model, G_MAXUINT);
    }
  GTK_WIDGET_CLASS (sks_applications_view_parent_class)->unrealize (widget);
}

/* Search and filters */

static void
search_changed_cb (SksApplicationsView *self,
                   GtkSearchEntry      *entry)
{
  forget_selection (self);
  sks_studio_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_column_view_column_set_visible (self->match_column,
                                      sks_studio_filter_get_text (self->filter) != NULL);
  _sks_applications_view_rebind_match_cells (self);
}

static void
stop_search_cb (SksApplicationsView *self,
                GtkSearchEntry      *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* The verdicts the filter offers, after "all": the order of the menu. */
static const SksVerdictStatus filter_verdicts[] = {
  SKS_VERDICT_FAIL, SKS_VERDICT_WARNING, SKS_VERDICT_MANUAL, SKS_VERDICT_PASS,
};

static void
filter_choice_cb (SksApplicationsView *self)
{
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint verdict = gtk_drop_down_get_selected (self->verdict_filter);

  if (is_disposed (self))
    return;
  forget_selection (self);
  sks_studio_filter_set_status (self->filter, status == 0 || status == GTK_INVALID_LIST_POSITION
                                                ? SKS_STUDIO_FILTER_ANY
                                                : (int) status - 1);
  sks_studio_filter_set_verdict (self->filter,
                                 verdict == 0 || verdict > G_N_ELEMENTS (filter_verdicts)
                                   ? SKS_STUDIO_FILTER_ANY
                                   : (int) filter_verdicts[verdict - 1]);
}

static void
fill_filter_choices (SksApplicationsView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) verdicts = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) status_class = g_type_class_ref (SKS_TYPE_STATUS);

  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; i < status_class->n_values; i++)
    gtk_string_list_append (statuses, sks_enum_get_label (SKS_TYPE_STATUS, (int) i));
  gtk_string_list_append (verdicts, _("Any Verdict"));
  for (guint i = 0; i < G_N_ELEMENTS (filter_verdicts); i++)
    gtk_string_list_append (verdicts, sks_verdict_status_get_label (filter_verdicts[i]));

  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->verdict_filter, G_LIST_MODEL (verdicts));
}

static void
filtered_changed_cb (SksApplicationsView *self)
{
  if (!is_disposed (self))
    update_status_line (self);
}

/* Status steps: the menu offers only those every selected application may take. */

/**
 * sks_applications_view_selection_allows:
 *
 * Whether every selected application may take the step to @to, and one is
 * selected (sks_status_flow_allows()).
 */
gboolean
sks_applications_view_selection_allows (SksApplicationsView *self,
                                        SksStatus            to)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), FALSE);

  rows = sks_applications_view_dup_selected_rows (self, 0);
  for (guint i = 0; i < rows->len; i++)
    if (!sks_status_flow_allows (sks_studio_row_get_status (g_ptr_array_index (rows, i)), to))
      return FALSE;
  return rows->len > 0;
}

/* The way every selected application reaches @to when no click does (公示中
 * by starting the 公示, 已认定 by recognition); NONE otherwise. */
static SksStatusRoute
selection_route (SksApplicationsView *self,
                 SksStatus            to)
{
  g_autoptr(GPtrArray) rows = sks_applications_view_dup_selected_rows (self, 0);
  SksStatusRoute route = SKS_STATUS_ROUTE_NONE;

  for (guint i = 0; i < rows->len; i++)
    {
      SksStatusRoute r = sks_status_step_get_route (
        sks_studio_row_get_status (g_ptr_array_index (rows, i)), to);

      if (r == SKS_STATUS_ROUTE_NONE || r == SKS_STATUS_ROUTE_MANUAL || (i > 0 && r != route))
        return SKS_STATUS_ROUTE_NONE;
      route = r;
    }
  return route;
}

static void
fill_status_menu (SksApplicationsView *self)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SKS_TYPE_STATUS);
  gboolean writable = self->context != NULL && !sks_context_get_read_only (self->context);

  if (is_disposed (self))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button),
                            writable && sks_applications_view_get_n_selected (self) > 0);
  g_menu_remove_all (self->status_section);
  for (guint i = 0; i < enum_class->n_values; i++)
    {
      GEnumValue *value = &enum_class->values[i];
      g_autofree char *detailed = NULL;

      if (!sks_applications_view_selection_allows (self, value->value))
        {
          SksStatusRoute route = selection_route (self, value->value);
          g_autofree char *label = NULL;

          if (route == SKS_STATUS_ROUTE_NONE)
            continue;
          /* Not a click: the item opens the step's own dialog (win.start-publication,
           * win.recognise in sks-window-publication.c), which checks its dates */
          /* Translators: a status, then the dialog that sets it */
          label = g_strdup_printf (_("%s — %s"), sks_enum_get_label (SKS_TYPE_STATUS, value->value),
                                   route == SKS_STATUS_ROUTE_PUBLICATION
                                     ? _("Start Public Notice (公示)…") : _("Recognise (认定)…"));
          g_menu_append (self->status_section, label,
                         route == SKS_STATUS_ROUTE_PUBLICATION ? "win.start-publication"
                                                               : "win.recognise");
          continue;
        }
      detailed = g_strdup_printf ("win.set-status::%s", value->value_nick);
      g_menu_append (self->status_section, sks_enum_get_label (SKS_TYPE_STATUS, value->value),
                     detailed);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->status_section)) == 0)
    g_menu_append (self->status_section, _("No step applies to every selected application"),
                   "win.no-step");
}

static void
selection_changed_cb (SksApplicationsView *self)
{
  if (is_disposed (self))
    return;
  update_status_line (self);
  fill_status_menu (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* A status changed here or in an editor: the steps on offer change too. */
static void
saved_cb (SksApplicationsView *self)
{
  fill_status_menu (self);
}

/* Selection */

static gint64
row_id_at (SksApplicationsView *self,
           guint                position)
{
  g_autoptr(SksStudioRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  return row != NULL ? sks_studio_row_get_id (row) : 0;
}

static void
row_activated_cb (SksApplicationsView *self,
                  guint                position)
{
  gint64 id = row_id_at (self, position);

  if (id != 0)
    g_signal_emit (self, signals[ACTIVATE], 0, id);
}

/**
 * sks_applications_view_dup_selected_ids:
 *
 * Returns: (transfer full): the ids of the selected applications, in list order
 */
GArray *
sks_applications_view_dup_selected_ids (SksApplicationsView *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), ids);

  rows = sks_applications_view_dup_selected_rows (self, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = sks_studio_row_get_id (g_ptr_array_index (rows, i));

      g_array_append_val (ids, id);
    }
  return ids;
}

/**
 * sks_applications_view_dup_selected_rows:
 * @max: stop after @max rows, unless 0
 *
 * Returns: (transfer full) (element-type SksStudioRow): the selected rows,
 *   in list order
 */
GPtrArray *
sks_applications_view_dup_selected_rows (SksApplicationsView *self,
                                         guint                max)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position, n_rows;

  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), rows);

  if (is_disposed (self))
    return rows;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok && position < n_rows && (max == 0 || rows->len < max);
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->sort_model), position));
  return rows;
}

/**
 * sks_applications_view_dup_single_selected:
 *
 * Returns: (transfer full) (nullable): the selected row when exactly one is
 */
SksStudioRow *
sks_applications_view_dup_single_selected (SksApplicationsView *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), NULL);

  if (is_disposed (self))
    return NULL;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->sort_model),
                                gtk_bitset_get_minimum (selected));
}

/* The first selected position, G_MAXUINT when nothing is selected. */
guint
sks_applications_view_get_first_selected (SksApplicationsView *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), G_MAXUINT);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  return gtk_bitset_is_empty (selected) ? G_MAXUINT : gtk_bitset_get_minimum (selected);
}

/* Selects the row at @position, or the last one when the list is shorter. */
void
sks_applications_view_select_position (SksApplicationsView *self,
                                       guint                position)
{
  guint n_rows;

  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  if (n_rows == 0)
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  else
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                     MIN (position, n_rows - 1), TRUE);
  update_status_line (self);
}

/**
 * sks_applications_view_select_ids:
 * @ids: (element-type gint64): application ids
 *
 * Selects the rows of the applications @ids that the list shows, and no
 * other: after a change the selection stays on the changed applications,
 * wherever the filter and sort put them, or on none.
 */
void
sks_applications_view_select_ids (SksApplicationsView *self,
                                  GArray              *ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  GListModel *rows;
  guint n_rows;

  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));
  g_return_if_fail (ids != NULL);

  rows = G_LIST_MODEL (self->sort_model);
  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (wanted, &g_array_index (ids, gint64, i));
  for (guint i = 0; i < n_rows && g_hash_table_size (wanted) > 0; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);

      if (g_hash_table_remove (wanted, &id))
        gtk_bitset_add (selected, i);
    }
  mask = gtk_bitset_new_range (0, MAX (g_list_model_get_n_items (G_LIST_MODEL (self->slot_model)),
                                       n_rows));
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  update_status_line (self);
}

/* Returns: (transfer none): the view's selection; its positions are those of
 *   sks_applications_view_get_rows() */
GtkSelectionModel *
sks_applications_view_get_selection (SksApplicationsView *self)
{
  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/* Returns: (transfer none): the shown rows (SksStudioRow), in the list's order */
GListModel *
sks_applications_view_get_rows (SksApplicationsView *self)
{
  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

/* Returns: (transfer none): the column view, for the window's shortcuts and
 *   context menu */
GtkWidget *
sks_applications_view_get_list (SksApplicationsView *self)
{
  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), NULL);
  return GTK_WIDGET (self->column_view);
}

/* Search */

gboolean
sks_applications_view_get_search_mode (SksApplicationsView *self)
{
  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), FALSE);
  return self->search_bar != NULL && gtk_search_bar_get_search_mode (self->search_bar);
}

void
sks_applications_view_set_search_mode (SksApplicationsView *self,
                                       gboolean             search_mode)
{
  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));

  /* The search bar notifies, and search_mode_cb with it */
  if (self->search_bar != NULL)
    gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

static void
search_mode_cb (SksApplicationsView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

/* Shows the search bar and puts the focus in its entry (win.search, Ctrl+F). */
void
sks_applications_view_start_search (SksApplicationsView *self)
{
  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * sks_applications_view_set_key_capture_widget:
 * @widget: (nullable): where typing starts a search (the window while this
 *   view is shown), or %NULL
 */
void
sks_applications_view_set_key_capture_widget (SksApplicationsView *self,
                                              GtkWidget           *widget)
{
  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

/* Scope and document */

/**
 * sks_applications_view_set_scope:
 * @round_id: the round whose applications to show, 0 for all
 * @recommender_id: the recommending unit's, 0 for all of the round
 *
 * Shows only the applications of the sidebar's choice (SksScopeList).
 */
void
sks_applications_view_set_scope (SksApplicationsView *self,
                                 gint64               round_id,
                                 gint64               recommender_id)
{
  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));

  if (is_disposed (self))
    return;
  forget_selection (self);
  sks_studio_filter_set_scope (self->filter, round_id, recommender_id);
}

/* Whether the document's rows are in the list (after the first frame) */
gboolean
sks_applications_view_get_loaded (SksApplicationsView *self)
{
  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), FALSE);
  return !is_disposed (self) && sks_studio_filter_model_get_rows (self->filter_model) != NULL;
}

/* Returns: (transfer none) (nullable): the document shown */
SksContext *
sks_applications_view_get_context (SksApplicationsView *self)
{
  g_return_val_if_fail (SKS_IS_APPLICATIONS_VIEW (self), NULL);
  return self->context;
}

/**
 * sks_applications_view_set_context:
 * @context: the open document
 *
 * Shows @context's applications; they come into the list after the next
 * frame. Set once: a view shows one document.
 */
void
sks_applications_view_set_context (SksApplicationsView *self,
                                   SksContext          *context)
{
  g_return_if_fail (SKS_IS_APPLICATIONS_VIEW (self));
  g_return_if_fail (SKS_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL || self->context == context);

  if (self->context == context)
    return;
  self->context = g_object_ref (context);
  g_signal_connect_object (context, "studio-saved", G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::read-only", G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "verdicts-changed", G_CALLBACK (verdicts_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_status_line (self);
  fill_status_menu (self);
  schedule_fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* GObject */

static void
sks_applications_view_dispose (GObject *object)
{
  SksApplicationsView *self = SKS_APPLICATIONS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_handle_id (&self->all_slots_source, g_source_remove);
  g_clear_handle_id (&self->stale_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_APPLICATIONS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_applications_view_parent_class)->dispose (object);
}

static void
sks_applications_view_finalize (GObject *object)
{
  SksApplicationsView *self = SKS_APPLICATIONS_VIEW (object);

  g_hash_table_unref (self->bound_cells);
  g_hash_table_unref (self->stale_cells);
  G_OBJECT_CLASS (sks_applications_view_parent_class)->finalize (object);
}

static void
sks_applications_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SksApplicationsView *self = SKS_APPLICATIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, sks_applications_view_get_loaded (self));
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, sks_applications_view_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_applications_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SksApplicationsView *self = SKS_APPLICATIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sks_applications_view_set_context (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE:
      sks_applications_view_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_applications_view_class_init (SksApplicationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_applications_view_dispose;
  object_class->finalize = sks_applications_view_finalize;
  object_class->get_property = sks_applications_view_get_property;
  object_class->set_property = sks_applications_view_set_property;
  widget_class->realize = sks_applications_view_realize;
  widget_class->unrealize = sks_applications_view_unrealize;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The rows are in the list: the first frame went out without them */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The search bar shows (the header bar's search button binds to it) */
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksApplicationsView::activate:
   * @studio_id: the application's id
   *
   * A row was activated (double-click, Enter): open the application.
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The selected rows changed, or the rows under the selection */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  g_type_ensure (SKS_TYPE_STUDIO_ROW);
  g_type_ensure (SKS_TYPE_STUDIO_FILTER);
  g_type_ensure (SKS_TYPE_STUDIO_FILTER_MODEL);
  g_type_ensure (SKS_TYPE_SLOT_MODEL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-applications-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, verdict_filter);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, stack);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, selection);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, slot_model);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, filter);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, name_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, master_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, recommender_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, skill_level_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, status_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, age_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, verdict_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, match_column);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, status_label);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, status_button);
  gtk_widget_class_bind_template_child (widget_class, SksApplicationsView, status_section);

  _sks_applications_view_class_bind_cells (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_choice_cb);
  gtk_widget_class_bind_template_callback (widget_class, filtered_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, contents_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_birth_rank);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_skill_level_rank);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_status_rank);
}

static void
sks_applications_view_init (SksApplicationsView *self)
{
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->stale_cells = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  sks_slot_model_set_keep_when_empty (self->slot_model, TRUE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  fill_filter_choices (self);
  _sks_applications_view_fit_column_widths (self);
}

GtkWidget *
sks_applications_view_new (void)
{
  return g_object_new (SKS_TYPE_APPLICATIONS_VIEW, NULL);
}
