/* sks-window.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-age.h"
#include "sks-application.h"
#include "sks-cell-icon.h"
#include "sks-closures.h"
#include "sks-enums.h"
#include "sks-evaluation-editor.h"
#include "sks-round-overview.h"
#include "sks-scope-list.h"
#include "sks-slot-model.h"
#include "sks-status-flow.h"
#include "sks-studio-complete.h"
#include "sks-studio-editor.h"
#include "sks-studio-filter-model.h"
#include "sks-studio-filter.h"
#include "sks-studio-row.h"
#include "sks-validate.h"
#include "sks-verdict-row.h"
#include "sks-verdict.h"
#include "sks-window-private.h"

struct _SksWindow
{
  GtkApplicationWindow  parent_instance;

  SksContext           *context;
  GCancellable         *cancellable;
  guint                 backup_source;
  guint                 check_source;
  gulong                first_paint_handler;
  guint                 fill_source;
  gulong                rows_paint_handler;   /* the first frame with rows */
  guint                 all_slots_source;
  gboolean              backup_started;

  /* Template children. Not the header bar: gtk_widget_dispose_template()
   * unparents bound direct children of the window, behind GtkWindow's back
   * for its titlebar (a critical in 4.8). */
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkMenuButton        *primary_menu_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkMultiSelection    *selection;
  SksStudioFilterModel *filter_model;
  SksStudioFilter      *filter;
  GtkSortListModel     *sort_model;
  SksScopeList         *scope_list;
  GtkSearchBar         *search_bar;
  GtkToggleButton      *search_button;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *status_filter;
  GtkDropDown          *verdict_filter;
  GtkMenuButton        *status_button;
  GMenu                *status_section;
  GMenu                *recent_menu;
  GtkColumnViewColumn  *age_column;
  GtkColumnViewColumn  *verdict_column;
  SksSlotModel         *slot_model;
  GHashTable           *bound_cells;    /* GtkListItem → its CellBindFunc, while bound */
  GHashTable           *stale_cells;    /* bound cells off screen, set again when idle */
  guint                 stale_source;
  GtkScrolledWindow    *list_scroller;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *master_column;
  GtkColumnViewColumn  *recommender_column;
  GtkColumnViewColumn  *skill_level_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *match_column;
  GtkLabel             *status_label;
};

G_DEFINE_FINAL_TYPE (SksWindow, sks_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The models empty themselves while the template is disposed. */
static gboolean
is_disposed (SksWindow *self)
{
  return self->sort_model == NULL || self->filter_model == NULL || self->selection == NULL;
}

/* The view's rows are positions: when a filter or sort puts other
 * applications there, a selection would move to them. */
static void
forget_selection (SksWindow *self)
{
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

static gboolean can_evaluate (SksWindow *self, SksEvaluationKind kind);

/* Only the selected rows that are in the list: a slot kept while nothing
 * matches (sks_slot_model_set_keep_when_empty()) shows no application. */
static guint
count_selected (SksWindow *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_rows = self->sort_model != NULL
                   ? g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) : 0;

  if (n_rows == 0)
    return 0;
  return (guint) gtk_bitset_get_size_in_range (selected, 0, n_rows - 1);
}

/* Sets the enabled state of every win.* action from the window's state. */
static void
sks_window_update_actions (SksWindow *self)
{
  gboolean writable = self->context != NULL && !sks_context_get_read_only (self->context);
  guint n_selected = count_selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-error",
                                 gtk_revealer_get_reveal_child (self->error_revealer));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-application", n_selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-application", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-round", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.evaluate",
                                 writable && (can_evaluate (self, SKS_EVALUATION_KIND_ANNUAL) ||
                                              can_evaluate (self, SKS_EVALUATION_KIND_EXPIRY)));
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), writable && n_selected > 0);
  sks_window_update_trash_actions (self, writable);
}

static void
update_status_line (SksWindow *self)
{
  guint total = g_list_model_get_n_items (sks_context_get_studios (self->context));
  /* Before the rows are in the list (the first frame), say what will come */
  guint shown = sks_studio_filter_model_get_rows (self->filter_model) == NULL
                  ? total
                  : g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint n_selected = count_selected (self);
  g_autofree char *text = NULL;

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

/**
 * sks_window_show_error:
 * @message: a translated sentence naming what failed and why
 *
 * Shows @message in the window's error banner until the user closes it.
 */
void
sks_window_show_error (SksWindow  *self,
                       const char *message)
{
  g_return_if_fail (SKS_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  sks_window_update_actions (self);
}

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SksWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sks_context_check_finish (SKS_CONTEXT (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not check the applications against their notices: %s"),
                         error->message);
      sks_window_show_error (self, message);
    }
}

static gboolean
start_check_cb (gpointer user_data)
{
  SksWindow *self = user_data;

  self->check_source = 0;
  sks_context_check_async (self->context, self->cancellable, check_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* The check reads every application: it waits until the window has drawn
 * its first frame (a low-priority idle runs after it), so that it does not
 * take the processor from the first rows. */
static void
schedule_check (SksWindow *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_idle_add_full (G_PRIORITY_LOW, start_check_cb, self, NULL);
}

static void
sks_window_reload (SksWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sks_context_reload (self->context, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("Could not read the applications of this document: %s"),
                         error->message);
      sks_window_show_error (self, message);
      return;
    }
  schedule_check (self);
}

/* Actions */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sks_window_reload (SKS_WINDOW (widget));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  sks_window_update_actions (self);
}

/* Cells: one GtkInscription per cell, text set in bind (TECH-NOTES §1.5).
 * An inscription's size does not depend on its text, so a rebind after a
 * filter change only redraws the cell, where a label would be measured
 * and shaped again. */

static GtkWidget *
cell_new (void)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0.0f);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 2);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 8);
  return cell;
}

static void
setup_label_cb (SksWindow   *self,
                GtkListItem *item)
{
  gtk_list_item_set_child (item, cell_new ());
}

static void
unbind_label_cb (SksWindow   *self,
                 GtkListItem *item)
{
  g_hash_table_remove (self->bound_cells, item);
  g_hash_table_remove (self->stale_cells, item);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), NULL);
}

/* The view's rows are positions in the filtered list (sks-slot-model.c);
 * a position past its end, kept while nothing matches, shows nothing. */
static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

/* The view's items are slots (sks-slot-model.c): a cell's row is the one
 * now at its slot's position. The context's list holds the row, so the
 * pointer stays good while the cell is bound. */
static SksStudioRow *
get_row (GtkListItem *item)
{
  g_autoptr(SksStudioRow) row = sks_slot_dup_item (SKS_SLOT (gtk_list_item_get_item (item)));

  return row;
}

typedef void (*CellBindFunc) (SksWindow   *self,
                              GtkListItem *item);

/* Bound cells are remembered, to be set again in place when the rows under
 * their slots change. */
static void
track_cell (SksWindow    *self,
            GtkListItem  *item,
            CellBindFunc  bind)
{
  g_hash_table_insert (self->bound_cells, item, bind);
  g_hash_table_remove (self->stale_cells, item);
}

static void
bind_name_cb (SksWindow   *self,
              GtkListItem *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_name (row) : NULL);
  track_cell (self, item, bind_name_cb);
}

static void
bind_master_cb (SksWindow   *self,
                GtkListItem *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_master_name (row) : NULL);
  track_cell (self, item, bind_master_cb);
}

static void
bind_recommender_cb (SksWindow   *self,
                     GtkListItem *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_recommender_name (row) : NULL);
  track_cell (self, item, bind_recommender_cb);
}

static void
bind_skill_level_cb (SksWindow   *self,
                     GtkListItem *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_skill_level (row) : NULL);
  track_cell (self, item, bind_skill_level_cb);
}

static void
bind_status_cb (SksWindow   *self,
                GtkListItem *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_enum_get_label (SKS_TYPE_STATUS,
                                                         sks_studio_row_get_status (row))
                                   : NULL);
  track_cell (self, item, bind_status_cb);
}

static void
bind_age_cb (SksWindow   *self,
             GtkListItem *item)
{
  SksStudioRow *row = get_row (item);
  const GDate *reference = row != NULL ? sks_context_get_reference_date (
                                           self->context, sks_studio_row_get_round_id (row))
                                       : NULL;
  char text[16] = "";
  int year, month;
  GDate today;

  /* A round whose notice names no reference day (杭州 measures on each
   * application's date): the age today */
  if (row != NULL && (reference == NULL || !g_date_valid (reference)))
    {
      g_date_set_time_t (&today, time (NULL));
      reference = &today;
    }
  /* Only the month of birth is in the list: an age may be one of two. */
  if (reference != NULL && g_date_valid (reference) &&
      sks_parse_year_month (sks_studio_row_get_birth (row), &year, &month))
    {
      GDate first, last;
      int oldest, youngest;

      g_date_set_dmy (&first, 1, month, year);
      g_date_set_dmy (&last, g_date_get_days_in_month (month, year), month, year);
      oldest = sks_age_years_on (&first, reference);
      youngest = sks_age_years_on (&last, reference);
      if (oldest == youngest)
        g_snprintf (text, sizeof text, "%d", oldest);
      else
        g_snprintf (text, sizeof text, "%d–%d", youngest, oldest);
    }
  set_cell_text (item, text);
  track_cell (self, item, bind_age_cb);
}

/* Shown while searching: where the search text was found in the row */
static void
bind_match_cb (SksWindow   *self,
               GtkListItem *item)
{
  SksStudioRow *row = get_row (item);
  const char *text = sks_studio_filter_get_text (self->filter);
  g_autofree char *value = NULL;
  g_autofree char *shown = NULL;

  if (row != NULL && text != NULL)
    {
      SksRowMatch match = sks_studio_row_find_match (row, text, &value);

      shown = sks_closure_match_text (NULL, match, value);
    }
  set_cell_text (item, shown);
  track_cell (self, item, bind_match_cb);
}

static void
setup_verdict_cb (SksWindow   *self,
                  GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = sks_cell_icon_new ();
  GtkWidget *label = cell_new ();

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_verdict_cb (SksWindow   *self,
                 GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  SksStudioRow *row = get_row (item);
  int verdict = row != NULL ? sks_studio_row_get_verdict (row) : -1;
  const char *text = verdict >= 0 ? sks_verdict_status_get_label (verdict) : "";

  track_cell (self, item, bind_verdict_cb);
  sks_cell_icon_set_icon_name (SKS_CELL_ICON (icon),
                               verdict >= 0 ? sks_verdict_status_get_icon_name (verdict) : NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
}

static void
unbind_verdict_cb (SksWindow   *self,
                   GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  g_hash_table_remove (self->bound_cells, item);
  g_hash_table_remove (self->stale_cells, item);
  sks_cell_icon_set_icon_name (SKS_CELL_ICON (gtk_widget_get_first_child (box)), NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_widget_get_last_child (box)), NULL);
}

/* The slots on screen, with a margin: GTK 4.8 realizes some 200 rows,
 * of which a window shows about 25. All rows are of one height. */
static void
get_visible_slots (SksWindow *self,
                   guint     *first,
                   guint     *last)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->slot_model));
  double upper = gtk_adjustment_get_upper (adjustment);
  double row_height = n_items > 0 ? upper / n_items : 0;

  if (row_height < 1)
    {
      *first = 0;
      *last = G_MAXUINT;
      return;
    }
  *first = (guint) MAX (0.0, gtk_adjustment_get_value (adjustment) / row_height - 2);
  *last = (guint) ((gtk_adjustment_get_value (adjustment) +
                    gtk_adjustment_get_page_size (adjustment)) / row_height + 2);
}

static gboolean
rebind_stale_cb (gpointer user_data)
{
  SksWindow *self = user_data;
  GHashTableIter iter;
  gpointer item, bind;
  g_autoptr(GHashTable) stale = g_steal_pointer (&self->stale_cells);

  self->stale_source = 0;
  self->stale_cells = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, stale);
  while (g_hash_table_iter_next (&iter, &item, &bind))
    ((CellBindFunc) bind) (self, item);
  return G_SOURCE_REMOVE;
}

/* Sets the texts of the bound cells whose slots lie in [@position,
 * @position + @n_slots) again, as the rows under them changed: those on
 * screen at once, for the next frame; the others when the main loop is
 * idle after it, before anyone can scroll to them. */
static void
rebind_cells (SksWindow *self,
              guint      position,
              guint      n_slots)
{
  GHashTableIter iter;
  gpointer item, bind;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GPtrArray) binds = g_ptr_array_new ();
  guint first, last;

  if (self->list_scroller == NULL || is_disposed (self))
    return;
  get_visible_slots (self, &first, &last);
  /* Collected first: a bind function adds its cell to the table again. */
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &item, &bind))
    {
      guint slot = sks_slot_get_position (SKS_SLOT (gtk_list_item_get_item (item)));

      if (slot < position || slot - position >= n_slots)
        continue;
      if (slot >= first && slot <= last)
        {
          g_ptr_array_add (items, item);
          g_ptr_array_add (binds, bind);
        }
      else
        g_hash_table_insert (self->stale_cells, item, bind);
    }
  for (guint i = 0; i < items->len; i++)
    {
      g_hash_table_remove (self->stale_cells, g_ptr_array_index (items, i));
      ((CellBindFunc) g_ptr_array_index (binds, i)) (self, g_ptr_array_index (items, i));
    }
  if (g_hash_table_size (self->stale_cells) > 0 && self->stale_source == 0)
    self->stale_source = g_idle_add (rebind_stale_cb, self);
}

static void
contents_changed_cb (SksWindow *self,
                     guint      position,
                     guint      n_slots)
{
  rebind_cells (self, position, n_slots);
}

/* The check of the document finished: the shown verdict cells, the
 * verdict filter and a sort by verdict take the new values. */
static void
verdicts_changed_cb (SksWindow *self)
{
  GtkSorter *sorter = gtk_column_view_column_get_sorter (self->verdict_column);

  rebind_cells (self, 0, G_MAXUINT);
  /* The view's sorter follows this only while it sorts by verdict. */
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (gtk_drop_down_get_selected (self->verdict_filter) != 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The view's sorter sorts only once a column header is clicked: until then
 * the sort model has none, so it makes no sort keys (for 100,000 rows,
 * a good part of a second) and keeps the document's order. */
static void
view_sorter_changed_cb (SksWindow *self)
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
rows_on_screen (SksWindow *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->list_scroller));

  return height > 0 ? (guint) height / 20 + 8 : 64;
}

static gboolean
show_all_slots_cb (gpointer user_data)
{
  SksWindow *self = user_data;

  self->all_slots_source = 0;
  sks_slot_model_set_limit (self->slot_model, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

static void
rows_painted_cb (GdkFrameClock *clock,
                 SksWindow     *self)
{
  g_clear_signal_handler (&self->rows_paint_handler, clock);
  self->all_slots_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_all_slots_cb, self, NULL);
}

static gboolean
fill_list_cb (gpointer user_data)
{
  SksWindow *self = user_data;

  self->fill_source = 0;
  sks_slot_model_set_limit (self->slot_model, rows_on_screen (self));
  self->rows_paint_handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)),
                                               "after-paint", G_CALLBACK (rows_painted_cb),
                                               self);
  sks_studio_filter_model_set_rows (self->filter_model,
                                    SKS_ROW_STORE (sks_context_get_studios (self->context)));
  sks_scope_list_set_context (self->scope_list, self->context);
  return G_SOURCE_REMOVE;
}

/* Not in the frame clock's handler itself: the frame goes out first. */
static void
first_paint_cb (GdkFrameClock *clock,
                SksWindow     *self)
{
  g_clear_signal_handler (&self->first_paint_handler, clock);
  self->fill_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fill_list_cb, self, NULL);
}

static void
sks_window_realize (GtkWidget *widget)
{
  SksWindow *self = SKS_WINDOW (widget);

  GTK_WIDGET_CLASS (sks_window_parent_class)->realize (widget);
  if (sks_studio_filter_model_get_rows (self->filter_model) == NULL)
    self->first_paint_handler = g_signal_connect (gtk_widget_get_frame_clock (widget),
                                                  "after-paint", G_CALLBACK (first_paint_cb),
                                                  self);
}

static void
sks_window_unrealize (GtkWidget *widget)
{
  SksWindow *self = SKS_WINDOW (widget);

  if (self->first_paint_handler != 0)
    g_clear_signal_handler (&self->first_paint_handler, gtk_widget_get_frame_clock (widget));
  if (self->rows_paint_handler != 0)
    {
      g_clear_signal_handler (&self->rows_paint_handler, gtk_widget_get_frame_clock (widget));
      sks_slot_model_set_limit (self->slot_model, G_MAXUINT);
    }
  GTK_WIDGET_CLASS (sks_window_parent_class)->unrealize (widget);
}

/* Search and filters */

/* The "found in" cells say where the text is: set them again, as the rows
 * under them may be the same with another text. */
static void
rebind_match_cells (SksWindow *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer item, bind;

  /* Binding changes the table: not while iterating over it */
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &item, &bind))
    if (bind == (gpointer) bind_match_cb)
      g_ptr_array_add (items, item);
  for (guint i = 0; i < items->len; i++)
    bind_match_cb (self, g_ptr_array_index (items, i));
}

static void
search_changed_cb (SksWindow      *self,
                   GtkSearchEntry *entry)
{
  forget_selection (self);
  sks_studio_filter_set_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_column_view_column_set_visible (self->match_column,
                                      sks_studio_filter_get_text (self->filter) != NULL);
  rebind_match_cells (self);
}

static void
stop_search_cb (SksWindow      *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* The verdicts the filter offers, after "all": the order of the menu. */
static const SksVerdictStatus filter_verdicts[] = {
  SKS_VERDICT_FAIL, SKS_VERDICT_WARNING, SKS_VERDICT_MANUAL, SKS_VERDICT_PASS,
};

static void
filter_choice_cb (SksWindow *self)
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
fill_filter_choices (SksWindow *self)
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
scope_changed_cb (SksWindow *self)
{
  if (is_disposed (self))
    return;
  forget_selection (self);
  sks_studio_filter_set_scope (self->filter, sks_scope_list_get_round_id (self->scope_list),
                               sks_scope_list_get_recommender_id (self->scope_list));
}

static void
filtered_changed_cb (SksWindow *self)
{
  if (!is_disposed (self))
    update_status_line (self);
}

static void fill_status_menu (SksWindow *self);

static void
selection_changed_cb (SksWindow *self)
{
  if (is_disposed (self))
    return;
  update_status_line (self);
  fill_status_menu (self);
  sks_window_update_actions (self);
}

/* Applications */

static gint64
row_id_at (SksWindow *self,
           guint      position)
{
  g_autoptr(SksStudioRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  return row != NULL ? sks_studio_row_get_id (row) : 0;
}

/* Returns: (transfer full): the ids of the selected applications, in list order */
GArray *
sks_window_dup_selected_ids (SksWindow *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = row_id_at (self, position);

      if (id != 0)
        g_array_append_val (ids, id);
    }
  return ids;
}

/* Returns: (transfer full) (element-type SksStudioRow): the selected rows,
 *   in list order; stops after @max rows when it is not 0 */
GPtrArray *
sks_window_dup_selected_rows (SksWindow *self,
                              guint      max)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position, n_rows;

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

/* The first selected position, G_MAXUINT when nothing is selected. */
guint
sks_window_get_first_selected (SksWindow *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return gtk_bitset_is_empty (selected) ? G_MAXUINT : gtk_bitset_get_minimum (selected);
}

/* Selects the row at @position, or the last one when the list is shorter. */
void
sks_window_select_position (SksWindow *self,
                            guint      position)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  if (n_rows == 0)
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  else
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                     MIN (position, n_rows - 1), TRUE);
  update_status_line (self);
  sks_window_update_actions (self);
}

/* One editor per application: two would overwrite each other's saves. */
static GtkWindow *
find_editor (SksWindow *self,
             gint64     studio_id)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SKS_IS_STUDIO_EDITOR (window) &&
          sks_studio_editor_get_context (SKS_STUDIO_EDITOR (window)) == self->context &&
          sks_studio_editor_get_studio_id (SKS_STUDIO_EDITOR (window)) == studio_id)
        return window;
    }
  return NULL;
}

static void
open_application (SksWindow *self,
                  gint64     studio_id)
{
  GtkWindow *open = find_editor (self, studio_id);
  GtkWidget *editor;

  if (open != NULL)
    {
      gtk_window_present (open);
      return;
    }
  editor = sks_studio_editor_new (GTK_WINDOW (self), self->context, studio_id);

  if (editor != NULL)
    gtk_window_present (GTK_WINDOW (editor));
}

static void
row_activated_cb (SksWindow *self,
                  guint      position)
{
  open_application (self, row_id_at (self, position));
}

static void
open_application_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  g_autoptr(GArray) ids = sks_window_dup_selected_ids (self);

  /* A few at a time: each is a window. */
  for (guint i = 0; i < MIN (ids->len, 5u); i++)
    open_application (self, g_array_index (ids, gint64, i));
}

static SksStudioRow *dup_single_selected_row (SksWindow *self);

/* The round the overview is about: the sidebar's, else the selected
 * application's, else 0 (the overview takes the latest). */
static gint64
overview_round_id (SksWindow *self)
{
  gint64 round_id = sks_scope_list_get_round_id (self->scope_list);
  g_autoptr(SksStudioRow) row = NULL;

  if (round_id != 0)
    return round_id;
  row = dup_single_selected_row (self);
  return row != NULL ? sks_studio_row_get_round_id (row) : 0;
}

static void
overview_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  GtkWidget *overview = sks_round_overview_new (GTK_WINDOW (self), self->context,
                                                overview_round_id (self));

  if (overview == NULL)
    sks_window_show_error (self, _("This document has no programme round yet."));
  else
    gtk_window_present (GTK_WINDOW (overview));
}

/* Evaluations (杭州: 年度考核, 期满考核) of a named studio */

static SksStudioRow *
dup_single_selected_row (SksWindow *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->sort_model),
                               gtk_bitset_get_minimum (selected));
}

/* Whether the selected application is a named studio whose notice has an
 * evaluation table of @kind. */
static gboolean
can_evaluate (SksWindow         *self,
              SksEvaluationKind  kind)
{
  g_autoptr(SksStudioRow) row = dup_single_selected_row (self);
  SksPolicy *policy;
  SksStatus status;

  if (row == NULL)
    return FALSE;
  status = sks_studio_row_get_status (row);
  if (status != SKS_STATUS_APPROVED && status != SKS_STATUS_RENEWED)
    return FALSE;
  policy = sks_context_get_policy (self->context, sks_studio_row_get_round_id (row));
  return policy != NULL && sks_policy_get_rubric (policy, kind) != NULL;
}

/* The latest evaluation of @kind, to continue it rather than start another. */
static SksEvaluation *
find_latest_evaluation (SksStore          *store,
                        gint64             studio_id,
                        SksEvaluationKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) evaluations = sks_store_list_evaluations (store, studio_id, &error);
  SksEvaluation *latest = NULL;

  for (guint i = 0; evaluations != NULL && i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(SksEvaluation) evaluation = g_list_model_get_item (evaluations, i);

      if (sks_evaluation_get_kind (evaluation) == kind &&
          (latest == NULL || sks_evaluation_get_year (evaluation) > sks_evaluation_get_year (latest)))
        g_set_object (&latest, evaluation);
    }
  return latest;
}

static void
evaluate (SksWindow         *self,
          SksEvaluationKind  kind,
          gboolean           new_one)
{
  g_autoptr(SksStudioRow) row = dup_single_selected_row (self);
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(SksEvaluation) latest = NULL;
  GtkWidget *editor;

  if (row == NULL || !can_evaluate (self, kind))
    return;
  if (!new_one)
    latest = find_latest_evaluation (store, sks_studio_row_get_id (row), kind);
  editor = latest != NULL
             ? sks_evaluation_editor_new_for_evaluation (GTK_WINDOW (self), store, latest)
             : sks_evaluation_editor_new (GTK_WINDOW (self), store, sks_studio_row_get_id (row),
                                          kind);
  if (editor != NULL)
    gtk_window_present (GTK_WINDOW (editor));
}

static void
evaluate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gboolean annual = g_str_equal (g_variant_get_string (parameter, NULL), "annual");

  evaluate (SKS_WINDOW (widget), annual ? SKS_EVALUATION_KIND_ANNUAL : SKS_EVALUATION_KIND_EXPIRY,
            FALSE);
}

/* Status workflow */

static gboolean
selection_allows (SksWindow *self,
                  SksStatus  to)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;
  gboolean any = FALSE;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model),
                                                           position);

      if (row == NULL)
        continue;
      if (!sks_status_flow_allows (sks_studio_row_get_status (row), to))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Selects the rows of the applications @ids that the list shows, and no
 * other: after a change the selection stays on the changed applications,
 * wherever the filter and sort put them, or on none. */
static void
select_studios (SksWindow *self,
                GArray    *ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  GListModel *rows = G_LIST_MODEL (self->sort_model);
  guint n_rows = g_list_model_get_n_items (rows);

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
  sks_window_update_actions (self);
}

static void
set_status (SksWindow *self,
            SksStatus  to,
            GArray    *ids)
{
  SksStore *store = sks_context_get_store (self->context);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, &error);

      /* An incomplete application takes no step but back to the unit or 撤回. */
      if (studio != NULL && sks_status_flow_allows (sks_studio_get_status (studio), to) &&
          sks_studio_check_step (studio, to, &error))
        {
          sks_studio_set_status (studio, to);
          sks_store_save_studio (store, studio, &error);
        }
      if (error != NULL)
        {
          g_autofree char *message = g_strdup_printf (
            _("Could not change the status of “%s”: %s"),
            studio != NULL ? sks_studio_get_name (studio) : "", error->message);
          sks_window_show_error (self, message);
        }
      sks_context_studio_saved (self->context, id);
    }
  select_studios (self, ids);
}

static void
confirm_status_cb (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  SksWindow *self = SKS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  if (response == GTK_RESPONSE_ACCEPT)
    set_status (self, GPOINTER_TO_INT (user_data), g_object_get_data (G_OBJECT (dialog), "ids"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SksWindow *self = SKS_WINDOW (widget);
  const char *nick = g_variant_get_string (parameter, NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SKS_TYPE_STATUS);
  GEnumValue *value = g_enum_get_value_by_nick (enum_class, nick);
  GtkWidget *dialog;
  guint n_selected = count_selected (self);
  g_autoptr(GArray) ids = NULL;
  g_autofree char *names = NULL;
  g_autofree char *detail = NULL;

  if (value == NULL || !selection_allows (self, value->value))
    return;
  ids = sks_window_dup_selected_ids (self);
  if (!sks_status_flow_is_irreversible (value->value))
    {
      set_status (self, value->value, ids);
      return;
    }

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Set %u application to “%s”?",
                                                "Set %u applications to “%s”?", n_selected),
                                   n_selected, sks_enum_get_label (SKS_TYPE_STATUS, value->value));
  names = sks_status_flow_dup_names (sks_context_get_studios (self->context), ids, 8);
  detail = g_strconcat (names, "\n\n", _("This step of the procedure cannot be undone."), NULL);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  g_object_set_data_full (G_OBJECT (dialog), "ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_array_unref);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Set Status"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_status_cb),
                    GINT_TO_POINTER (value->value));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The status menu offers only the steps every selected application may take. */
static void
fill_status_menu (SksWindow *self)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SKS_TYPE_STATUS);

  g_menu_remove_all (self->status_section);
  for (guint i = 0; i < enum_class->n_values; i++)
    {
      GEnumValue *value = &enum_class->values[i];
      g_autofree char *detailed = NULL;

      if (!selection_allows (self, value->value))
        continue;
      detailed = g_strdup_printf ("win.set-status::%s", value->value_nick);
      g_menu_append (self->status_section, sks_enum_get_label (SKS_TYPE_STATUS, value->value),
                     detailed);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->status_section)) == 0)
    g_menu_append (self->status_section, _("No step applies to every selected application"),
                   "win.no-step");
}

/* A status changed here or in an editor: the steps on offer change too. */
static void
saved_cb (SksWindow *self)
{
  if (is_disposed (self))
    return;
  fill_status_menu (self);
  sks_window_update_actions (self);
}

/* Backup */

/* The deferred integrity check failed: close the document and offer its
 * latest good backup, as opening a damaged document does. */
static void
show_damaged (SksWindow    *self,
              const GError *error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *path = g_strdup (sks_context_get_path (self->context));

  g_object_ref (app);
  gtk_window_destroy (GTK_WINDOW (self));
  sks_application_show_open_error (SKS_APPLICATION (app), path, error);
  g_object_unref (app);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SksWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_path = NULL;

  backup_path = sks_context_backup_finish (SKS_CONTEXT (source), result, &error);
  if (error != NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED))
        {
          show_damaged (self, error);
          return;
        }
      if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_ATTACHMENT))
        {
          sks_window_show_error (self, error->message);
          return;
        }
      message = g_strdup_printf (_("The daily backup of this document failed: %s"),
                                 error->message);
      sks_window_show_error (self, message);
    }
  else if (backup_path != NULL)
    g_debug ("Backed up %s to %s", sks_context_get_path (self->context), backup_path);
}

static gboolean
start_backup_cb (gpointer user_data)
{
  SksWindow *self = user_data;

  self->backup_source = 0;
  sks_context_backup_async (self->context, self->cancellable, backup_done_cb,
                            g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/**
 * sks_window_start_backup:
 *
 * Makes the day's backup of the document in a worker thread once the window
 * has been drawn (a low-priority idle runs after the first frame); a failure
 * shows in the error banner.
 */
void
sks_window_start_backup (SksWindow *self)
{
  g_return_if_fail (SKS_IS_WINDOW (self));

  if (self->backup_started)
    return;
  self->backup_started = TRUE;
  self->backup_source = g_idle_add_full (G_PRIORITY_LOW, start_backup_cb, self, NULL);
}

/* Column widths */

static int
text_width (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* Widens @column to show @text whole, with @extra pixels (cell margins,
 * the header's sort arrow, an icon) */
static void
fit_column (GtkColumnViewColumn *column,
            GtkWidget           *widget,
            const char          *text,
            int                  extra)
{
  int width = text_width (widget, text) + extra;

  if (width > gtk_column_view_column_get_fixed_width (column))
    gtk_column_view_column_set_fixed_width (column, width);
}

/* The fixed widths fit Chinese; a translation's headers ("Recommending
 * unit") and statuses ("Under review") are longer: widen to the longest. */
static void
fit_column_widths (SksWindow *self)
{
  GtkWidget *view = GTK_WIDGET (self->column_view);
  GtkColumnViewColumn *columns[] = { self->name_column, self->master_column,
                                     self->recommender_column, self->skill_level_column,
                                     self->status_column, self->age_column, self->verdict_column,
                                     self->match_column };
  g_autoptr(GEnumClass) status_class = g_type_class_ref (SKS_TYPE_STATUS);
  const int header_extra = 36;   /* padding and the sort arrow */
  const int cell_extra = 20;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    fit_column (columns[i], view, gtk_column_view_column_get_title (columns[i]), header_extra);
  for (guint i = 0; i < status_class->n_values; i++)
    fit_column (self->status_column, view,
                sks_enum_get_label (SKS_TYPE_STATUS, status_class->values[i].value), cell_extra);
  /* A verdict's text may end in an ellipsis (its icon is its own shape);
   * the whole of "Needs manual confirmation" would push the footer out */
  for (int v = SKS_VERDICT_NOT_APPLICABLE; v <= SKS_VERDICT_FAIL; v++)
    if (text_width (view, sks_verdict_status_get_label (v)) + cell_extra + 22 <= 170)
      fit_column (self->verdict_column, view, sks_verdict_status_get_label (v), cell_extra + 22);
  if (gtk_column_view_column_get_fixed_width (self->verdict_column) < 170 &&
      text_width (view, sks_verdict_status_get_label (SKS_VERDICT_MANUAL)) + cell_extra + 22 > 170)
    gtk_column_view_column_set_fixed_width (self->verdict_column, 170);
}

/* GObject */

static void
sks_window_constructed (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);
  GSettings *settings;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (sks_window_parent_class)->constructed (object);

  g_assert (SKS_IS_CONTEXT (self->context));

  /* Set here, not by a <binding> in the .ui: GTK 4.8 warns on dispose about a
   * binding whose target is the template object itself
   * (g_object_weak_unref: couldn't find weak ref). */
  title = sks_closure_window_title (self, sks_context_get_display_name (self->context));
  gtk_window_set_title (GTK_WINDOW (self), title);

  settings = sks_context_get_settings (self->context);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  sks_slot_model_set_keep_when_empty (self->slot_model, TRUE);
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  fill_filter_choices (self);
  fit_column_widths (self);
  sks_window_fill_recent_menu (self, self->recent_menu);
  g_signal_connect_object (self->context, "studio-saved", G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "verdicts-changed", G_CALLBACK (verdicts_changed_cb),
                           self, G_CONNECT_SWAPPED);

  sks_window_reload (self);
  update_status_line (self);
  sks_window_update_actions (self);
}

static void
sks_window_dispose (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_handle_id (&self->all_slots_source, g_source_remove);
  g_clear_handle_id (&self->stale_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_WINDOW);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_window_parent_class)->dispose (object);
}

static void
sks_window_finalize (GObject *object)
{
  SksWindow *self = SKS_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_hash_table_unref (self->bound_cells);
  g_hash_table_unref (self->stale_cells);
  G_OBJECT_CLASS (sks_window_parent_class)->finalize (object);
}

static void
sks_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SksWindow *self = SKS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SksWindow *self = SKS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_window_class_init (SksWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sks_window_constructed;
  object_class->dispose = sks_window_dispose;
  object_class->finalize = sks_window_finalize;
  object_class->get_property = sks_window_get_property;
  object_class->set_property = sks_window_set_property;
  widget_class->realize = sks_window_realize;
  widget_class->unrealize = sks_window_unrealize;

  /* The open document; the window's .ui binds to its properties */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKS_TYPE_CONTEXT);
  g_type_ensure (SKS_TYPE_STUDIO_ROW);
  g_type_ensure (SKS_TYPE_STUDIO_FILTER);
  g_type_ensure (SKS_TYPE_STUDIO_FILTER_MODEL);
  g_type_ensure (SKS_TYPE_SCOPE_LIST);
  g_type_ensure (SKS_TYPE_SLOT_MODEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SksWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, sort_model);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, master_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, recommender_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, skill_level_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, match_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, slot_model);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, filter);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, scope_list);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_filter);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, verdict_filter);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_button);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, status_section);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, age_column);
  gtk_widget_class_bind_template_child (widget_class, SksWindow, verdict_column);

  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_master_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_recommender_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_skill_level_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_age_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_verdict_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_verdict_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_verdict_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_choice_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filtered_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, contents_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_birth_rank);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_window_title);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_document_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_studio_count);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_skill_level_rank);
  gtk_widget_class_bind_template_callback (widget_class, sks_closure_status_rank);

  /* Accelerators are set once, by the application (sks-application.c). */
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.open-application", NULL,
                                   open_application_action);
  gtk_widget_class_install_action (widget_class, "win.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.overview", NULL, overview_action);
  gtk_widget_class_install_action (widget_class, "win.evaluate", "s", evaluate_action);
  sks_window_class_add_document_actions (widget_class);
  sks_window_class_add_print_actions (widget_class);
  sks_window_class_add_round_actions (widget_class);
  sks_window_class_add_trash_actions (widget_class);
  sks_window_class_add_history_actions (widget_class);
}

static void
sks_window_init (SksWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  self->cancellable = g_cancellable_new ();
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->stale_cells = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  sks_window_setup_trash (self, GTK_WIDGET (self->column_view));

  builder = gtk_builder_new_from_resource ("/org/example/SkillStudio/ui/sks-shortcuts-window.ui");
  gtk_application_window_set_help_overlay (
    GTK_APPLICATION_WINDOW (self),
    GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

/**
 * sks_window_new:
 * @application: (nullable): the application
 * @context: the document to show
 */
SksWindow *
sks_window_new (GtkApplication *application,
                SksContext     *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_WINDOW, "application", application, "context", context, NULL);
}

/* Returns: (transfer none): the window's document */
SksContext *
sks_window_get_context (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return self->context;
}

/**
 * sks_window_dup_path_with_suffix:
 *
 * The chosen file's path ending in @suffix, which the user may have left
 * out; %NULL when the file has no local path.
 */
char *
sks_window_dup_path_with_suffix (GFile      *file,
                                 const char *suffix)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL || g_str_has_suffix (path, suffix))
    return g_steal_pointer (&path);
  return g_strconcat (path, suffix, NULL);
}

/* The scope chosen in the sidebar: 0 for every round */
gint64
sks_window_get_round_id (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), 0);
  return sks_scope_list_get_round_id (self->scope_list);
}

/* Returns: (transfer none): the sidebar of rounds and units */
SksScopeList *
sks_window_get_scope_list (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return self->scope_list;
}

/* Returns: (nullable): the unit chosen in the sidebar */
const char *
sks_window_get_recommender_name (SksWindow *self)
{
  g_return_val_if_fail (SKS_IS_WINDOW (self), NULL);
  return sks_scope_list_get_recommender_name (self->scope_list);
}

typedef struct {
  SksWindow           *window;
  SksWindowFileChosen  callback;
} FileChoice;

static void
file_chosen_cb (GtkNativeDialog *native,
                int              response,
                gpointer         user_data)
{
  FileChoice *choice = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        choice->callback (choice->window, file);
    }
  g_object_unref (choice->window);
  g_free (choice);
  g_object_unref (native);
}

/**
 * sks_window_choose_file:
 * @suggested_name: (nullable): for saving, the name to start with
 * @pattern: (nullable): a glob such as "*.json" for the filter
 *
 * Asks for a file with the desktop's file chooser (GtkFileChooserNative:
 * GtkFileDialog is GTK 4.10) and calls @callback with it.
 */
void
sks_window_choose_file (SksWindow            *self,
                        const char           *title,
                        GtkFileChooserAction  action,
                        const char           *suggested_name,
                        const char           *filter_name,
                        const char           *pattern,
                        SksWindowFileChosen   callback)
{
  GtkFileChooserNative *native;
  FileChoice *choice;

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  if (pattern != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }

  choice = g_new0 (FileChoice, 1);
  choice->window = g_object_ref (self);
  choice->callback = callback;
  g_signal_connect (native, "response", G_CALLBACK (file_chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * sks_window_show_message:
 * @detail: (nullable): more lines, shown scrollable when long
 *
 * A modal message over the window, for results the user reads once (what
 * an import did, where a file went).
 */
void
sks_window_show_message (SksWindow  *self,
                         const char *title,
                         const char *detail)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE, "%s", title);
  if (detail != NULL)
    {
      GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (detail);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_widget_set_size_request (scrolled, 420, -1);
      gtk_box_append (GTK_BOX (area), scrolled);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the document again (after an import) and checks it. */
void
sks_window_reload_document (SksWindow *self)
{
  g_return_if_fail (SKS_IS_WINDOW (self));
  sks_window_reload (self);
}
