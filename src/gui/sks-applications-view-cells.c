/* sks-applications-view-cells.c — the cells of the list of applications
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The column view's cells, the factories' callbacks that set them up and
 * bind them, the rebinding of the cells in place when the rows under their
 * slots change, and the columns' widths.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-age.h"
#include "sks-applications-view-private.h"
#include "sks-cell-icon.h"
#include "sks-closures.h"
#include "sks-enums.h"
#include "sks-slot-model.h"
#include "sks-studio-filter.h"
#include "sks-studio-row.h"
#include "sks-validate.h"
#include "sks-verdict-row.h"
#include "sks-verdict.h"

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
setup_label_cb (SksApplicationsView *self,
                GtkListItem         *item)
{
  gtk_list_item_set_child (item, cell_new ());
}

static void
unbind_label_cb (SksApplicationsView *self,
                 GtkListItem         *item)
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

typedef void (*CellBindFunc) (SksApplicationsView *self,
                              GtkListItem         *item);

/* Bound cells are remembered, to be set again in place when the rows under
 * their slots change. */
static void
track_cell (SksApplicationsView *self,
            GtkListItem         *item,
            CellBindFunc         bind)
{
  g_hash_table_insert (self->bound_cells, item, bind);
  g_hash_table_remove (self->stale_cells, item);
}

static void
bind_name_cb (SksApplicationsView *self,
              GtkListItem         *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_name (row) : NULL);
  track_cell (self, item, bind_name_cb);
}

static void
bind_master_cb (SksApplicationsView *self,
                GtkListItem         *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_master_name (row) : NULL);
  track_cell (self, item, bind_master_cb);
}

static void
bind_recommender_cb (SksApplicationsView *self,
                     GtkListItem         *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_recommender_name (row) : NULL);
  track_cell (self, item, bind_recommender_cb);
}

static void
bind_skill_level_cb (SksApplicationsView *self,
                     GtkListItem         *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_studio_row_get_skill_level (row) : NULL);
  track_cell (self, item, bind_skill_level_cb);
}

static void
bind_status_cb (SksApplicationsView *self,
                GtkListItem         *item)
{
  SksStudioRow *row = get_row (item);

  set_cell_text (item, row != NULL ? sks_enum_get_label (SKS_TYPE_STATUS,
                                                         sks_studio_row_get_status (row))
                                   : NULL);
  track_cell (self, item, bind_status_cb);
}

static void
bind_age_cb (SksApplicationsView *self,
             GtkListItem         *item)
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
bind_match_cb (SksApplicationsView *self,
               GtkListItem         *item)
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
setup_verdict_cb (SksApplicationsView *self,
                  GtkListItem         *item)
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
bind_verdict_cb (SksApplicationsView *self,
                 GtkListItem         *item)
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
unbind_verdict_cb (SksApplicationsView *self,
                   GtkListItem         *item)
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
get_visible_slots (SksApplicationsView *self,
                   guint               *first,
                   guint               *last)
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
  SksApplicationsView *self = user_data;
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
void
_sks_applications_view_rebind_cells (SksApplicationsView *self,
                                     guint                position,
                                     guint                n_slots)
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

/* The "found in" cells say where the text is: set them again, as the rows
 * under them may be the same with another text. */
void
_sks_applications_view_rebind_match_cells (SksApplicationsView *self)
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
void
_sks_applications_view_fit_column_widths (SksApplicationsView *self)
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

/* The factories' callbacks, named in the template */
void
_sks_applications_view_class_bind_cells (GtkWidgetClass *widget_class)
{
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
}
