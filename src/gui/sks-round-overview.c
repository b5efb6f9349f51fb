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
#include "sks-closures.h"
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

/* The rows the round's profile sets, and no others: 杭州's notice names
 * neither a deadline nor a reference day; a value the profile chose where
 * the notice is silent (杭州's 公示 length) says so. */
/* Working days from today to @deadline, by the holiday calendar */
static char *
dup_remaining (const GDate *deadline)
{
  GDate today;
  guint n_days = 0;

  g_date_set_time_t (&today, time (NULL));
  if (g_date_compare (&today, deadline) > 0)
    return g_strdup (_("passed"));
  if (sks_calendar_count_working_days (sks_calendar_get_default (), &today, deadline, &n_days,
                                       NULL))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u working day left",
                                         "%u working days left", n_days),
                            n_days);
  return g_strdup (_("the holiday calendar does not cover these days"));
}

static void
fill_dates (SksRoundOverview *self,
            SksPolicy        *policy)
{
  const GDate *deadline = policy ? sks_policy_get_deadline (policy) : NULL;
  const GDate *reference = policy ? sks_policy_get_reference_date (policy) : NULL;
  guint notice_days = policy ? sks_policy_get_public_notice_days (policy) : 0;
  int row = 0;

  if (deadline != NULL && g_date_valid (deadline))
    {
      g_autofree char *deadline_text = sks_closure_date_text (NULL, deadline);
      g_autofree char *remaining = dup_remaining (deadline);
      const char *cells[] = { _("Submission deadline"), deadline_text, remaining };

      grid_add_row (self->dates_grid, row++, cells, 3, FALSE);
    }
  if (reference != NULL && g_date_valid (reference))
    {
      g_autofree char *reference_text = sks_closure_date_text (NULL, reference);
      const char *cells[] = { _("Ages taken on"), reference_text, "" };

      grid_add_row (self->dates_grid, row++, cells, 3, FALSE);
    }
  if (notice_days > 0)
    {
      g_autofree char *notice = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u working day", "%u working days", notice_days),
        notice_days);
      const char *cells[] = {
        _("Public notice period"), notice,
        sks_policy_get_public_notice_stated (policy)
          ? ""
          : _("the profile’s setting: the notice gives no length"),
      };

      grid_add_row (self->dates_grid, row++, cells, 3, FALSE);
    }
  if (row == 0)
    {
      const char *cells[] = { _("Dates"), _("the notice sets none"), "" };

      grid_add_row (self->dates_grid, row++, cells, 3, FALSE);
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

#define YOUNG_SHARE_RULE "district.under45_share"

static char *
dup_count (guint64 n)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, n);
}

/* A unit's row, or the totals: the under-45 column only where the notice
 * sets a share (湖州 does, 杭州 does not). */
static void
add_unit_row (SksRoundOverview   *self,
              int                 grid_row,
              const char         *name,
              const char         *quota_text,
              const SksUnitCount *count,
              gboolean            young)
{
  g_autofree char *applications = dup_count (count->applications);
  g_autofree char *fails = dup_count (count->not_eligible);
  g_autofree char *young_text = count->applications > 0
                                  ? g_strdup_printf ("%u (%u%%)", count->under_45,
                                                     (count->under_45 * 100 +
                                                      count->applications / 2) /
                                                       count->applications)
                                  : g_strdup ("0");
  const char *cells[] = { name, quota_text, applications, fails, young_text };

  grid_add_row (self->units_grid, grid_row, cells, young ? 5 : 4, FALSE);
}

static void
add_to_total (SksUnitCount       *total,
              const SksUnitCount *count)
{
  total->applications += count->applications;
  total->under_45 += count->under_45;
  total->not_eligible += count->not_eligible;
}

/* Total quota (湖州 66) and the number the notice plans to name (33 左右) */
static char *
dup_total_quota (SksPolicy *policy,
                 gint64     sum_of_quotas)
{
  gint64 quota = policy && sks_policy_get_total_quota (policy) > 0
                   ? sks_policy_get_total_quota (policy) : sum_of_quotas;
  gint64 target = policy ? sks_policy_get_selection_target (policy) : 0;

  if (quota > 0 && target > 0)
    /* Translators: the round's total quota, then how many studios the notice
     * plans to name, e.g. "66（拟评选约 33 家）" */
    return g_strdup_printf (_("%u (about %u to be named)"), (guint) quota, (guint) target);
  if (target > 0)
    return g_strdup_printf (_("— (about %u to be named)"), (guint) target);
  return quota > 0 ? g_strdup_printf ("%u", (guint) quota) : g_strdup ("—");
}

/* Each unit of the round, then the applications without a unit, if any,
 * then the totals. */
static void
fill_unit_counts (SksRoundOverview *self,
                  SksContext       *context,
                  gint64            round_id)
{
  GListModel *units = sks_context_get_recommenders (context, round_id);
  SksPolicy *policy = sks_context_get_policy (context, round_id);
  gboolean young = policy != NULL && sks_policy_find_rule (policy, YOUNG_SHARE_RULE) != NULL;
  const char *unit_heading[] = { _("Unit"), _("Quota"), _("Applications"), _("Not eligible"),
                                 _("45 or younger") };
  const SksUnitCount none = { 0, 0, 0 };
  SksUnitCount total = { 0, 0, 0 };
  const SksUnitCount *count;
  g_autofree char *total_quota = NULL;
  SksRowCounts counts;
  gint64 key, sum_of_quotas = 0;
  int grid_row = 0;

  sks_scope_list_count_rows (context, &counts);
  grid_add_row (self->units_grid, grid_row++, unit_heading, young ? 5 : 4, TRUE);
  for (guint u = 0; units != NULL && u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, u);
      gint64 quota = sks_recommender_get_quota (unit);
      g_autofree char *quota_text = quota > 0 ? dup_count ((guint64) quota) : g_strdup ("—");

      key = sks_scope_list_unit_key (round_id, sks_recommender_get_id (unit));
      count = g_hash_table_lookup (counts.by_unit, &key);
      add_unit_row (self, grid_row++, sks_recommender_get_name (unit), quota_text,
                    count != NULL ? count : &none, young);
      add_to_total (&total, count != NULL ? count : &none);
      sum_of_quotas += MAX (quota, 0);
    }
  key = sks_scope_list_unit_key (round_id, 0);
  if ((count = g_hash_table_lookup (counts.by_unit, &key)) != NULL)
    {
      add_unit_row (self, grid_row++, _("No unit"), "—", count, young);
      add_to_total (&total, count);
    }
  total_quota = dup_total_quota (policy, sum_of_quotas);
  add_unit_row (self, grid_row, _("Total"), total_quota, &total, young);
  for (int column = 0; column < (young ? 5 : 4); column++)
    gtk_widget_add_css_class (gtk_grid_get_child_at (self->units_grid, column, grid_row),
                              "heading");
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
