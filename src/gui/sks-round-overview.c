/* sks-round-overview.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built once from the context's rows when opened; the counts are those of
 * the sidebar (withdrawn applications do not use a quota).
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-calendar.h"
#include "sks-round-overview.h"
#include "sks-scope-list.h"
#include "sks-studio-row.h"

struct _SksRoundOverview
{
  GtkWindow  parent_instance;

  GtkLabel  *title_label;
  GtkGrid   *dates_grid;
  GtkGrid   *status_grid;
  GtkGrid   *units_grid;
};

G_DEFINE_FINAL_TYPE (SksRoundOverview, sks_round_overview, GTK_TYPE_WINDOW)

static GtkWidget *
cell_new (const char *text,
          gboolean    heading,
          gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  if (heading)
    gtk_widget_add_css_class (label, "dim-label");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
grid_add_row (GtkGrid     *grid,
              int          row,
              const char **cells,
              guint        n_cells,
              gboolean     heading)
{
  for (guint i = 0; i < n_cells; i++)
    gtk_grid_attach (grid, cell_new (cells[i], heading, i > 0 && !heading), (int) i, row, 1, 1);
}

static char *
format_date (const GDate *date)
{
  char text[64];

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("not stated"));
  /* Translators: a date in the form the bureaus write it, e.g. 2025年2月28日 */
  g_date_strftime (text, sizeof text, _("%Y-%m-%d"), date);
  return g_strdup (text);
}

static void
fill_dates (SksRoundOverview *self,
            SksPolicy        *policy)
{
  const GDate *deadline = policy ? sks_policy_get_deadline (policy) : NULL;
  g_autofree char *deadline_text = format_date (deadline);
  g_autofree char *reference_text =
    format_date (policy ? sks_policy_get_reference_date (policy) : NULL);
  g_autofree char *remaining = NULL;
  g_autofree char *notice = NULL;
  GDate today;
  int row = 0;

  g_date_set_time_t (&today, time (NULL));
  if (deadline != NULL && g_date_valid (deadline))
    {
      guint n_days = 0;

      if (g_date_compare (&today, deadline) > 0)
        remaining = g_strdup (_("passed"));
      else if (sks_calendar_count_working_days (sks_calendar_get_default (), &today, deadline,
                                                &n_days, NULL))
        remaining = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day left",
                                                  "%u working days left", n_days),
                                     n_days);
      else
        remaining = g_strdup (_("the holiday calendar does not cover these days"));
    }
  if (policy != NULL && sks_policy_get_public_notice_days (policy) > 0)
    notice = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day", "%u working days",
                                           sks_policy_get_public_notice_days (policy)),
                              sks_policy_get_public_notice_days (policy));

  {
    const char *deadline_row[] = { _("Submission deadline"), deadline_text,
                                   remaining ? remaining : "" };
    const char *reference_row[] = { _("Ages taken on"), reference_text, "" };
    const char *notice_row[] = { _("Public notice period"), notice ? notice : _("not stated"), "" };

    grid_add_row (self->dates_grid, row++, deadline_row, 3, FALSE);
    grid_add_row (self->dates_grid, row++, reference_row, 3, FALSE);
    grid_add_row (self->dates_grid, row++, notice_row, 3, FALSE);
  }
}

static void
fill_status_counts (SksRoundOverview *self,
                    SksContext       *context,
                    gint64            round_id)
{
  GListModel *rows = sks_context_get_studios (context);
  g_autoptr(GEnumClass) status_class = g_type_class_ref (SKS_TYPE_STATUS);
  g_autofree guint *by_status = g_new0 (guint, status_class->n_values);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_round_id (row) == round_id)
        by_status[sks_studio_row_get_status (row)]++;
    }
  for (guint i = 0; i < status_class->n_values; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", by_status[i]);
      const char *cells[] = { sks_enum_get_label (SKS_TYPE_STATUS, (int) i), count };

      grid_add_row (self->status_grid, (int) i, cells, 2, FALSE);
    }
}

static void
add_unit_row (SksRoundOverview   *self,
              int                 grid_row,
              const char         *name,
              gint64              quota,
              const SksUnitCount *count)
{
  g_autofree char *quota_text = quota > 0 ? g_strdup_printf ("%u", (guint) quota)
                                          : g_strdup ("—");
  g_autofree char *applications = g_strdup_printf ("%u", count->applications);
  g_autofree char *fails = g_strdup_printf ("%u", count->not_eligible);
  g_autofree char *young = count->applications > 0
                             ? g_strdup_printf ("%u (%u%%)", count->under_45,
                                                (count->under_45 * 100 +
                                                 count->applications / 2) /
                                                  count->applications)
                             : g_strdup ("0");
  const char *cells[] = { name, quota_text, applications, young, fails };

  grid_add_row (self->units_grid, grid_row, cells, G_N_ELEMENTS (cells), FALSE);
}

/* Each unit of the round, then the applications without a unit, if any. */
static void
fill_unit_counts (SksRoundOverview *self,
                  SksContext       *context,
                  gint64            round_id)
{
  GListModel *units = sks_context_get_recommenders (context, round_id);
  const char *unit_heading[] = { _("Unit"), _("Quota"), _("Applications"),
                                 _("45 or younger"), _("Not eligible") };
  const SksUnitCount none = { 0, 0, 0 };
  const SksUnitCount *count;
  SksRowCounts counts;
  gint64 key;
  int grid_row = 0;

  sks_scope_list_count_rows (context, &counts);
  grid_add_row (self->units_grid, grid_row++, unit_heading, G_N_ELEMENTS (unit_heading), TRUE);
  for (guint u = 0; units != NULL && u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, u);

      key = sks_scope_list_unit_key (round_id, sks_recommender_get_id (unit));
      count = g_hash_table_lookup (counts.by_unit, &key);
      add_unit_row (self, grid_row++, sks_recommender_get_name (unit),
                    sks_recommender_get_quota (unit), count != NULL ? count : &none);
    }
  key = sks_scope_list_unit_key (round_id, 0);
  if ((count = g_hash_table_lookup (counts.by_unit, &key)) != NULL)
    add_unit_row (self, grid_row, _("No unit"), 0, count);
  sks_scope_list_clear_counts (&counts);
}

static void
sks_round_overview_class_init (SksRoundOverviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-round-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, SksRoundOverview, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksRoundOverview, dates_grid);
  gtk_widget_class_bind_template_child (widget_class, SksRoundOverview, status_grid);
  gtk_widget_class_bind_template_child (widget_class, SksRoundOverview, units_grid);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sks_round_overview_init (SksRoundOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_round_overview_new:
 * @round_id: the round; 0 for the latest
 *
 * Returns: (transfer none) (nullable): the overview window, or %NULL when
 *   the document has no round
 */
GtkWidget *
sks_round_overview_new (GtkWindow  *parent,
                        SksContext *context,
                        gint64      round_id)
{
  GListModel *rounds = sks_context_get_rounds (context);
  guint n_rounds = g_list_model_get_n_items (rounds);
  SksRoundOverview *self;
  SksRound *round;

  if (round_id == 0 && n_rounds > 0)
    {
      g_autoptr(SksRound) latest = g_list_model_get_item (rounds, n_rounds - 1);

      round_id = sks_round_get_id (latest);
    }
  if ((round = sks_context_find_round (context, round_id)) == NULL)
    return NULL;

  self = g_object_new (SKS_TYPE_ROUND_OVERVIEW, "transient-for", parent, NULL);
  gtk_label_set_text (self->title_label, sks_round_get_title (round));
  fill_dates (self, sks_context_get_policy (context, round_id));
  fill_status_counts (self, context, round_id);
  fill_unit_counts (self, context, round_id);
  return GTK_WIDGET (self);
}

/* The overview's texts, row by row, tab-separated (for tests and copying). */
char *
sks_round_overview_dup_text (SksRoundOverview *self)
{
  GtkGrid *grids[] = { self->dates_grid, self->status_grid, self->units_grid };
  GString *text = g_string_new (gtk_label_get_text (self->title_label));

  for (guint g = 0; g < G_N_ELEMENTS (grids); g++)
    for (int row = 0; gtk_grid_get_child_at (grids[g], 0, row) != NULL; row++)
      {
        g_string_append_c (text, '\n');
        for (int column = 0; gtk_grid_get_child_at (grids[g], column, row) != NULL; column++)
          {
            GtkWidget *cell = gtk_grid_get_child_at (grids[g], column, row);

            if (column > 0)
              g_string_append_c (text, '\t');
            g_string_append (text, gtk_label_get_text (GTK_LABEL (cell)));
          }
      }
  return g_string_free (text, FALSE);
}
