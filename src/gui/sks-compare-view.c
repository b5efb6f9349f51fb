/* sks-compare-view.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-compare-view.h"
#include "sks-print-annex.h"
#include "sks-print-operation.h"
#include "sks-studio-row.h"

/*
 * The rows are a GtkGrid in one GtkScrolledWindow, not a GtkColumnView:
 * a comparison has about a hundred rows and two to four columns, so every
 * cell can be a widget, and a grid row is as tall as its tallest cell, so a
 * long 业绩 in one column keeps the next field level in every column and all
 * columns scroll together. A column view would recycle rows it does not need
 * to, has no per-row variable height that is stable while scrolling on GTK
 * 4.8, and its columns are fields, not candidates. The candidates' headers
 * stay above the scrolled rows in a second grid with the same columns:
 * both are column-homogeneous, the labels taking one share and each
 * candidate two.
 *
 * The cells are SksCompareCell, not GtkLabel: a wrapping GtkLabel lays its
 * text out three times to say how wide it wants to be (unwrapped, at its
 * width-chars, at its max-width-chars: hundreds of lines for a long 业绩 at
 * four characters) and once more for its height, and with ~500 cells that
 * was most of the 300 ms first frame of four candidates. The grid decides
 * the widths anyway, so a cell asks for a fixed small width and lays its
 * text out once, at the width it is given, for both its height and its
 * drawing.
 */

#define LABEL_SPAN 1
#define VALUE_SPAN 2

struct _SksCompareView
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkLabel      *title_label;
  GtkMenuButton *add_button;
  GtkPopover    *add_popover;
  GtkListBox    *candidate_list;
  GtkLabel      *message_label;
  GtkGrid       *header_grid;
  GtkGrid       *body_grid;
  GtkScrolledWindow *scroller;

  SksContext    *context;
  SksComparison *comparison;
  GArray        *ids;        /* gint64, in column order */
  GArray        *grid_rows;  /* int: the grid row of each comparison row */
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_N_STUDIOS,
  N_PROPS
};

enum {
  STUDIOS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SksCompareView, sks_compare_view, GTK_TYPE_WIDGET)

/* Cells -------------------------------------------------------------------- */

/* What a cell asks for across: the grid's homogeneous columns share the
 * width out, so this only sets how narrow the view may get. */
#define CELL_MIN_WIDTH 48

struct _SksCompareCell
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;  /* made when first measured; its width is the last asked */
  PangoFontDescription *font;  /* the font the layout was made with */
};

G_DEFINE_FINAL_TYPE (SksCompareCell, sks_compare_cell, GTK_TYPE_WIDGET)

static PangoLayout *
cell_ensure_layout (SksCompareCell *self,
                    int             width)
{
  if (self->layout == NULL)
    {
      PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
      PangoAttrList *attrs = pango_attr_list_new ();

      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      /* no hyphen where a long number or name is broken */
      pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
      pango_layout_set_attributes (self->layout, attrs);
      pango_attr_list_unref (attrs);
      g_clear_pointer (&self->font, pango_font_description_free);
      self->font = pango_font_description_copy (pango_context_get_font_description (context));
    }
  /* pango keeps its lines while the width stays the same */
  pango_layout_set_width (self->layout, width > 0 ? width * PANGO_SCALE : -1);
  return self->layout;
}

static int
cell_estimate_height (SksCompareCell *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = font ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 10;
  guint lines = 1;

  if (font != NULL && !pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;
  for (const char *p = strchr (self->text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    lines++;
  /* CJK fonts' lines are about 1.45 times their size */
  return (int) (lines * size * 1.45 + 0.999);
}

/* Without this GTK takes the height as constant and measures it for no width */
static GtkSizeRequestMode
sks_compare_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sks_compare_cell_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SksCompareCell *self = SKS_COMPARE_CELL (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = CELL_MIN_WIDTH;
  else if (for_size < 0)
    /* Asked for no width (the scrolled window measures its content before
     * it gives it a width): the text's lines without wrapping, from the
     * font's size, rather than a layout at the narrowest width that is
     * thrown away at once. */
    *minimum = *natural = cell_estimate_height (self);
  else
    {
      int height;

      pango_layout_get_pixel_size (cell_ensure_layout (self, for_size > 0 ? for_size
                                                              : CELL_MIN_WIDTH),
                                   NULL, &height);
      *minimum = *natural = height;
    }
}

static void
sks_compare_cell_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  SksCompareCell *self = SKS_COMPARE_CELL (widget);
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_append_layout (snapshot,
                              cell_ensure_layout (self, gtk_widget_get_width (widget)), &color);
}

/* Only a change of font makes the text take another shape; a change of
 * state (the window's backdrop) keeps the layout. */
static void
sks_compare_cell_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  SksCompareCell *self = SKS_COMPARE_CELL (widget);
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (sks_compare_cell_parent_class)->css_changed (widget, change);
  if (self->layout == NULL)
    return;
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  if (self->font == NULL || font == NULL || !pango_font_description_equal (font, self->font))
    {
      g_clear_object (&self->layout);
      gtk_widget_queue_resize (widget);
    }
}

static void
sks_compare_cell_system_setting_changed (GtkWidget        *widget,
                                         GtkSystemSetting  setting)
{
  SksCompareCell *self = SKS_COMPARE_CELL (widget);

  GTK_WIDGET_CLASS (sks_compare_cell_parent_class)->system_setting_changed (widget, setting);
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
sks_compare_cell_finalize (GObject *object)
{
  SksCompareCell *self = SKS_COMPARE_CELL (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_free (self->text);
  G_OBJECT_CLASS (sks_compare_cell_parent_class)->finalize (object);
}

static void
sks_compare_cell_class_init (SksCompareCellClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sks_compare_cell_finalize;
  widget_class->get_request_mode = sks_compare_cell_get_request_mode;
  widget_class->measure = sks_compare_cell_measure;
  widget_class->snapshot = sks_compare_cell_snapshot;
  widget_class->css_changed = sks_compare_cell_css_changed;
  widget_class->system_setting_changed = sks_compare_cell_system_setting_changed;
  gtk_widget_class_set_css_name (widget_class, "comparecell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
sks_compare_cell_init (SksCompareCell *self)
{
}

/* A cell shows "—" for an empty value. */
static GtkWidget *
make_cell (const char *text,
           const char *name,
           gboolean    differs)
{
  SksCompareCell *cell = g_object_new (SKS_TYPE_COMPARE_CELL, NULL);

  cell->text = g_strdup (text != NULL && *text != '\0' ? text : "—");
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cell->text, -1);
  gtk_widget_set_hexpand (GTK_WIDGET (cell), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (cell), "compare-cell");
  if (differs)
    gtk_widget_add_css_class (GTK_WIDGET (cell), "differs");
  gtk_widget_set_name (GTK_WIDGET (cell), name);
  return GTK_WIDGET (cell);
}

/**
 * sks_compare_cell_get_text:
 *
 * Returns: (transfer none): the text a cell of the comparison shows
 */
const char *
sks_compare_cell_get_text (SksCompareCell *self)
{
  g_return_val_if_fail (SKS_IS_COMPARE_CELL (self), NULL);
  return self->text;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
make_column_header (SksCompareView         *self,
                    const SksCompareColumn *column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *studio = gtk_label_new (column->studio);
  g_autofree char *who = g_strdup_printf ("%s · %s", column->master ? column->master : "",
                                          column->unit ? column->unit : "");
  GtkWidget *master = gtk_label_new (who);
  GtkWidget *verdict = gtk_label_new (column->verdict_label);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s” from the comparison"),
                                                   column->studio);

  for (GtkWidget *l = studio; l != NULL; l = l == studio ? master : l == master ? verdict : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (l), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (l), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_label_set_width_chars (GTK_LABEL (l), 4);
      gtk_label_set_max_width_chars (GTK_LABEL (l), 8);
    }
  gtk_widget_add_css_class (studio, "compare-studio");
  gtk_widget_add_css_class (master, "dim-label");
  gtk_widget_add_css_class (verdict, column->verdict == SKS_VERDICT_FAIL ? "error"
                                     : column->verdict == SKS_VERDICT_PASS ? "success"
                                     : "warning");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), studio);
  gtk_box_append (GTK_BOX (text), master);
  gtk_box_append (GTK_BOX (text), verdict);

  gtk_widget_set_valign (remove, GTK_ALIGN_START);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "compare.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", column->studio_id);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_add_css_class (box, "compare-column-header");
  return box;
}

static void
fill_header (SksCompareView *self)
{
  guint n = sks_comparison_get_n_columns (self->comparison);
  GtkWidget *corner = gtk_label_new (NULL);

  gtk_widget_add_css_class (corner, "compare-column-header");
  gtk_grid_attach (self->header_grid, corner, 0, 0, LABEL_SPAN, 1);
  for (guint i = 0; i < n; i++)
    gtk_grid_attach (self->header_grid,
                     make_column_header (self, sks_comparison_get_column (self->comparison, i)),
                     LABEL_SPAN + i * VALUE_SPAN, 0, VALUE_SPAN, 1);
}

static void
fill_body (SksCompareView *self)
{
  guint n = sks_comparison_get_n_columns (self->comparison);
  SksCompareSection section = SKS_COMPARE_N_SECTIONS;
  int grid_row = 0;

  g_array_set_size (self->grid_rows, 0);
  for (guint r = 0; r < sks_comparison_get_n_rows (self->comparison); r++)
    {
      const SksCompareRow *row = sks_comparison_get_row (self->comparison, r);
      GtkWidget *label;

      if (row->section != section)
        {
          GtkWidget *title = gtk_label_new (sks_compare_section_get_label (row->section));

          section = row->section;
          gtk_label_set_xalign (GTK_LABEL (title), 0);
          gtk_widget_add_css_class (title, "compare-section");
          gtk_grid_attach (self->body_grid, title, 0, grid_row++, LABEL_SPAN + n * VALUE_SPAN, 1);
        }
      g_array_append_val (self->grid_rows, grid_row);
      label = make_cell (row->label, row->key, row->differs);
      gtk_widget_add_css_class (label, "compare-label");
      gtk_grid_attach (self->body_grid, label, 0, grid_row, LABEL_SPAN, 1);
      for (guint i = 0; i < n; i++)
        gtk_grid_attach (self->body_grid, make_cell (row->values[i], row->key, row->differs),
                         LABEL_SPAN + i * VALUE_SPAN, grid_row, VALUE_SPAN, 1);
      grid_row++;
    }
}

/* Candidates --------------------------------------------------------------- */

static gboolean
is_shown (SksCompareView *self,
          gint64          id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* The round's other applications, for Add Candidate. */
static void
fill_candidates (SksCompareView *self)
{
  GListModel *rows = self->context ? sks_context_get_studios (self->context) : NULL;
  SksRound *round = self->comparison ? sks_comparison_get_round (self->comparison) : NULL;
  gint64 round_id = round ? sks_round_get_id (round) : 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->candidate_list))) != NULL)
    gtk_list_box_remove (self->candidate_list, child);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      g_autofree char *text = NULL;
      GtkWidget *label;
      gint64 id;

      if (sks_studio_row_get_round_id (row) != round_id
          || is_shown (self, sks_studio_row_get_id (row)))
        continue;
      text = g_strdup_printf ("%s\n%s · %s", sks_studio_row_get_name (row),
                              sks_studio_row_get_master_name (row),
                              sks_studio_row_get_recommender_name (row)
                              ? sks_studio_row_get_recommender_name (row) : "");
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      id = sks_studio_row_get_id (row);
      g_object_set_data_full (G_OBJECT (label), "studio-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->candidate_list, label);
    }
}

static void
candidate_activated_cb (SksCompareView *self,
                        GtkListBoxRow  *row)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);
  gint64 *id = g_object_get_data (G_OBJECT (label), "studio-id");
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (self->add_popover);
  if (id != NULL && !sks_compare_view_add_studio (self, *id, &error))
    {
      gtk_label_set_text (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
    }
}

static void
update_actions (SksCompareView *self)
{
  guint n = self->ids->len;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.remove",
                                 self->comparison != NULL && n > SKS_COMPARE_MIN_STUDIOS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.print", self->comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf",
                                 self->comparison != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            self->comparison != NULL && n < SKS_COMPARE_MAX_STUDIOS);
}

static void
rebuild (SksCompareView *self)
{
  SksRound *round;
  g_autofree char *title = NULL;

  clear_grid (self->header_grid);
  clear_grid (self->body_grid);
  g_array_set_size (self->grid_rows, 0);
  if (self->comparison != NULL)
    {
      round = sks_comparison_get_round (self->comparison);
      /* Translators: the comparison's title; %u applications of round %s */
      title = g_strdup_printf (ngettext ("%u application compared — %s",
                                         "%u applications compared — %s", self->ids->len),
                               self->ids->len, round ? sks_round_get_title (round) : "");
      fill_header (self);
      fill_body (self);
    }
  gtk_label_set_text (self->title_label, title ? title : "");
  fill_candidates (self);
  update_actions (self);
}

/* Public API ------------------------------------------------------------------ */

/**
 * sks_compare_view_set_studios:
 * @studio_ids: (array length=n_ids): 2 to 4 applications of one round
 *
 * Shows the applications side by side. On error (too few or too many, an
 * unknown id, different rounds) the view keeps what it showed, and @error
 * says why.
 *
 * Returns: %TRUE when the comparison was built
 */
gboolean
sks_compare_view_set_studios (SksCompareView  *self,
                              const gint64    *studio_ids,
                              guint            n_ids,
                              GError         **error)
{
  g_autoptr(SksComparison) comparison = NULL;

  g_return_val_if_fail (SKS_IS_COMPARE_VIEW (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  comparison = sks_comparison_new_from_store (sks_context_get_store (self->context), studio_ids,
                                              n_ids, error);
  if (comparison == NULL)
    return FALSE;
  g_set_object (&self->comparison, comparison);
  g_array_set_size (self->ids, 0);
  g_array_append_vals (self->ids, studio_ids, n_ids);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STUDIOS]);
  g_signal_emit (self, signals[STUDIOS_CHANGED], 0);
  return TRUE;
}

/**
 * sks_compare_view_reload:
 *
 * Builds the comparison of the same applications anew from the document,
 * e.g. when scores changed (SksScoreEntryView::scores-changed), keeping the
 * scrolled position. When that fails (an application has gone) the view
 * keeps what it showed and says why.
 */
void
sks_compare_view_reload (SksCompareView *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment;
  double value;

  g_return_if_fail (SKS_IS_COMPARE_VIEW (self));

  if (self->context == NULL || self->ids->len == 0)
    return;
  ids = sks_compare_view_dup_studios (self);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  value = gtk_adjustment_get_value (adjustment);
  if (!sks_compare_view_set_studios (self, (gint64 *) ids->data, ids->len, &error))
    {
      gtk_label_set_text (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  /* the new rows are measured in the next frame: the old extent still holds */
  gtk_adjustment_set_value (adjustment, value);
}

/* Returns: (transfer full) (element-type gint64): the ids in column order */
GArray *
sks_compare_view_dup_studios (SksCompareView *self)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (SKS_IS_COMPARE_VIEW (self), copy);
  g_array_append_vals (copy, self->ids->data, self->ids->len);
  return copy;
}

gboolean
sks_compare_view_add_studio (SksCompareView  *self,
                             gint64           studio_id,
                             GError         **error)
{
  g_autoptr(GArray) ids = sks_compare_view_dup_studios (self);

  g_array_append_val (ids, studio_id);
  return sks_compare_view_set_studios (self, (gint64 *) ids->data, ids->len, error);
}

gboolean
sks_compare_view_remove_studio (SksCompareView  *self,
                                gint64           studio_id,
                                GError         **error)
{
  g_autoptr(GArray) ids = sks_compare_view_dup_studios (self);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == studio_id)
      g_array_remove_index (ids, i--);
  return sks_compare_view_set_studios (self, (gint64 *) ids->data, ids->len, error);
}

/* Returns: (transfer none) (nullable) */
SksComparison *
sks_compare_view_get_comparison (SksCompareView *self)
{
  g_return_val_if_fail (SKS_IS_COMPARE_VIEW (self), NULL);
  return self->comparison;
}

GtkGrid *
sks_compare_view_get_body_grid (SksCompareView *self)
{
  g_return_val_if_fail (SKS_IS_COMPARE_VIEW (self), NULL);
  return self->body_grid;
}

int
sks_compare_view_get_grid_row (SksCompareView *self,
                               guint           row)
{
  g_return_val_if_fail (SKS_IS_COMPARE_VIEW (self), -1);
  return row < self->grid_rows->len ? g_array_index (self->grid_rows, int, row) : -1;
}

void
sks_compare_view_set_context (SksCompareView *self,
                              SksContext     *context)
{
  g_return_if_fail (SKS_IS_COMPARE_VIEW (self));

  if (!g_set_object (&self->context, context))
    return;
  g_clear_object (&self->comparison);
  g_array_set_size (self->ids, 0);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* Returns: (transfer none) (nullable) */
SksContext *
sks_compare_view_get_context (SksCompareView *self)
{
  g_return_val_if_fail (SKS_IS_COMPARE_VIEW (self), NULL);
  return self->context;
}

GtkWidget *
sks_compare_view_new (SksContext *context)
{
  return g_object_new (SKS_TYPE_COMPARE_VIEW, "context", context, NULL);
}

/* Actions ---------------------------------------------------------------------- */

static void
show_error (SksCompareView *self,
            const char     *prefix,
            const GError   *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", prefix, error->message);

  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SksCompareView *self = SKS_COMPARE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!sks_compare_view_remove_studio (self, g_variant_get_int64 (parameter), &error))
    show_error (self, _("Could not remove the application"), error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SksCompareView *self = SKS_COMPARE_VIEW (widget);
  g_autoptr(SksPrintDoc) doc = sks_comparison_print_doc_new (self->comparison);
  g_autoptr(SksPrintOperation) operation = sks_print_operation_new (doc);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could not print"), error);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(SksCompareView) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file == NULL || self->comparison == NULL)
    return;
  path = g_file_get_path (file);
  if (!g_str_has_suffix (path, ".pdf"))
    {
      char *with_suffix = g_strconcat (path, ".pdf", NULL);

      g_free (path);
      path = with_suffix;
    }
  if (!sks_comparison_write_pdf (self->comparison, path, &error))
    show_error (self, _("Could not export the comparison as PDF"), error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Export Comparison as PDF"),
                                 GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of an exported comparison */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Comparison.pdf"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject ------------------------------------------------------------------------ */

static void
sks_compare_view_dispose (GObject *object)
{
  SksCompareView *self = SKS_COMPARE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_COMPARE_VIEW);
  g_clear_object (&self->comparison);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_compare_view_parent_class)->dispose (object);
}

static void
sks_compare_view_finalize (GObject *object)
{
  SksCompareView *self = SKS_COMPARE_VIEW (object);

  g_array_unref (self->ids);
  g_array_unref (self->grid_rows);
  G_OBJECT_CLASS (sks_compare_view_parent_class)->finalize (object);
}

static void
sks_compare_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SksCompareView *self = SKS_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_N_STUDIOS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_compare_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      sks_compare_view_set_context (SKS_COMPARE_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
load_css (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider,
                                           "/org/example/SkillStudio/ui/sks-compare-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

static void
sks_compare_view_class_init (SksCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_compare_view_dispose;
  object_class->finalize = sks_compare_view_finalize;
  object_class->get_property = sks_compare_view_get_property;
  object_class->set_property = sks_compare_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STUDIOS] =
    g_param_spec_uint ("n-studios", NULL, NULL, 0, SKS_COMPARE_MAX_STUDIOS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksCompareView::studios-changed:
   *
   * The applications shown changed (set, added or dropped).
   */
  signals[STUDIOS_CHANGED] =
    g_signal_new ("studios-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, box);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, add_button);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, add_popover);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, candidate_list);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, header_grid);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, body_grid);
  gtk_widget_class_bind_template_child (widget_class, SksCompareView, scroller);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);

  gtk_widget_class_install_action (widget_class, "compare.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "compare.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "compare.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "compare.print", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compareview");
}

static void
sks_compare_view_init (SksCompareView *self)
{
  load_css ();
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->grid_rows = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}
