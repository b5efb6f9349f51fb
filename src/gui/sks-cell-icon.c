/* sks-cell-icon.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A symbolic icon of a fixed size for a list cell. A GtkImage that takes
 * another icon lays its row out again; after a search most verdict cells
 * of the list take another icon, and that layout was a tenth of the frame.
 * The size of this one never changes, so a new icon only redraws it.
 */

#include "config.h"

#include "sks-cell-icon.h"

#define ICON_SIZE 16

struct _SksCellIcon
{
  GtkWidget     parent_instance;

  char         *icon_name;
  GdkPaintable *paintable;   /* of @icon_name, looked up when first drawn */
};

G_DEFINE_FINAL_TYPE (SksCellIcon, sks_cell_icon, GTK_TYPE_WIDGET)

static void
sks_cell_icon_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = ICON_SIZE;
}

static GdkPaintable *
lookup_paintable (SksCellIcon *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));

  return GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, self->icon_name, NULL, ICON_SIZE,
                                                    gtk_widget_get_scale_factor (widget),
                                                    gtk_widget_get_direction (widget), 0));
}

/* The colours GtkImage gives a symbolic icon, in GtkSymbolicColor's order:
 * the text's, then the theme's error, warning and success colours (so 符合
 * is green and 不符合 red; GtkStyleContext is the API of GTK 4.8 for them;
 * 4.10 deprecates it for gtk_widget_get_color()). */
static void
get_symbolic_colors (GtkWidget *widget,
                     GdkRGBA    colors[4])
{
  static const struct {
    GtkSymbolicColor index;
    const char *name;
  } named[] = {
    { GTK_SYMBOLIC_COLOR_ERROR, "error_color" },
    { GTK_SYMBOLIC_COLOR_WARNING, "warning_color" },
    { GTK_SYMBOLIC_COLOR_SUCCESS, "success_color" },
  };
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &colors[GTK_SYMBOLIC_COLOR_FOREGROUND]);
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (!gtk_style_context_lookup_color (context, named[i].name, &colors[named[i].index]))
      colors[named[i].index] = colors[GTK_SYMBOLIC_COLOR_FOREGROUND];
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
sks_cell_icon_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SksCellIcon *self = SKS_CELL_ICON (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA colors[4];

  if (self->icon_name == NULL)
    return;
  if (self->paintable == NULL)
    self->paintable = lookup_paintable (self);
  get_symbolic_colors (widget, colors);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - ICON_SIZE) / 2.0f,
                                                          (height - ICON_SIZE) / 2.0f));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (self->paintable), snapshot,
                                            ICON_SIZE, ICON_SIZE, colors, G_N_ELEMENTS (colors));
  gtk_snapshot_restore (snapshot);
}

/* Another icon theme, scale or direction: look the icon up again */
static void
forget_paintable (SksCellIcon *self)
{
  g_clear_object (&self->paintable);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sks_cell_icon_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sks_cell_icon_parent_class)->css_changed (widget, change);
  forget_paintable (SKS_CELL_ICON (widget));
}

static void
sks_cell_icon_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (sks_cell_icon_parent_class)->direction_changed (widget, previous);
  forget_paintable (SKS_CELL_ICON (widget));
}

static void
sks_cell_icon_finalize (GObject *object)
{
  SksCellIcon *self = SKS_CELL_ICON (object);

  g_free (self->icon_name);
  g_clear_object (&self->paintable);
  G_OBJECT_CLASS (sks_cell_icon_parent_class)->finalize (object);
}

static void
sks_cell_icon_class_init (SksCellIconClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sks_cell_icon_finalize;
  widget_class->measure = sks_cell_icon_measure;
  widget_class->snapshot = sks_cell_icon_snapshot;
  widget_class->css_changed = sks_cell_icon_css_changed;
  widget_class->direction_changed = sks_cell_icon_direction_changed;
  gtk_widget_class_set_css_name (widget_class, "image");
  /* The verdict's text is beside it */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
sks_cell_icon_init (SksCellIcon *self)
{
  g_signal_connect_swapped (self, "notify::scale-factor", G_CALLBACK (forget_paintable), self);
}

GtkWidget *
sks_cell_icon_new (void)
{
  return g_object_new (SKS_TYPE_CELL_ICON, NULL);
}

/* @icon_name: (nullable): a symbolic icon's name, or NULL for none */
void
sks_cell_icon_set_icon_name (SksCellIcon *self,
                             const char  *icon_name)
{
  g_return_if_fail (SKS_IS_CELL_ICON (self));

  if (g_strcmp0 (self->icon_name, icon_name) == 0)
    return;
  g_free (self->icon_name);
  self->icon_name = g_strdup (icon_name);
  forget_paintable (self);
}

/* Returns: (nullable): the icon's name */
const char *
sks_cell_icon_get_icon_name (SksCellIcon *self)
{
  g_return_val_if_fail (SKS_IS_CELL_ICON (self), NULL);
  return self->icon_name;
}
