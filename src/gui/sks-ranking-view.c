/* sks-ranking-view.c — the ranking and the panel's decision (排名与决定), a
 * page of the reviewers' workspace: the round's candidates by the panel's
 * aggregate (the whole city, or one recommending unit's own panel), the
 * planned number as a line, and beside it each recommending unit's quota
 * use and young share, counted live on the rows the clerk picks. The
 * decisions (入选 / 不入选 / 备选) go through sks_ranking_decide(); a
 * blocked candidate is selected only through the override dialog.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-cell-icon.h"
#include "sks-override-dialog.h"
#include "sks-ranking-view-private.h"
#include "sks-verdict-row.h"

/* SksRankingRow: one row of the view, an entry of the ranking or the line */

#define SKS_TYPE_RANKING_ROW (sks_ranking_row_get_type ())

G_DECLARE_FINAL_TYPE (SksRankingRow, sks_ranking_row, SKS, RANKING_ROW, GObject)

struct _SksRankingRow
{
  GObject parent_instance;
  int     entry;   /* position in the ranking; -1: the planned-number line */
};

G_DEFINE_FINAL_TYPE (SksRankingRow, sks_ranking_row, G_TYPE_OBJECT)

static void
sks_ranking_row_class_init (SksRankingRowClass *klass)
{
}

static void
sks_ranking_row_init (SksRankingRow *self)
{
}

static SksRankingRow *
sks_ranking_row_new (int entry)
{
  SksRankingRow *row = g_object_new (SKS_TYPE_RANKING_ROW, NULL);

  row->entry = entry;
  return row;
}

/* The unit panel's labels of one recommending unit */
typedef struct {
  GtkLabel *labels[SKS_RANKING_UNIT_N_COLUMNS];
} UnitRow;

struct _SksRankingView
{
  GtkWidget          parent_instance;

  GtkLabel          *summary_label;
  GtkLabel          *picked_label;
  GtkEntry          *note_entry;
  GtkColumnView     *column_view;
  GtkColumnViewColumn *young_column;
  GtkLabel          *basis_label;
  GtkLabel          *rule_label;
  GtkGrid           *units_grid;

  SksContext        *context;
  gint64             round_id;
  gint64             recommender_id;
  SksRanking        *ranking;
  GListStore        *rows;
  GtkMultiSelection *selection;
  GArray            *unit_rows;   /* of UnitRow */
  GArray            *unit_ids;    /* recommender id of each unit row */
  int                max_age;
  gboolean           dirty;
  gboolean           deciding;
  char              *message;

  /* the decision waiting for the override dialog */
  SksDecision        pending;
  GArray            *pending_ids;
};

G_DEFINE_FINAL_TYPE (SksRankingView, sks_ranking_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_message (SksRankingView *self,
              const char     *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  g_signal_emit (self, signals[SHOW_MESSAGE], 0, message);
}

static const SksRankingEntry *
row_entry (SksRankingView *self,
           SksRankingRow  *row)
{
  if (self->ranking == NULL || row == NULL || row->entry < 0)
    return NULL;
  return sks_ranking_get_entry (self->ranking, row->entry);
}

/* Texts of the cells ------------------------------------------------------ */

static char *
format_points (gint64 hundredths)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", hundredths / 100,
                          (int) ABS (hundredths % 100));
}

static char *
target_text (SksRankingView *self)
{
  gint64 target = sks_ranking_get_target (self->ranking);

  if (sks_ranking_get_level (self->ranking) == SKS_PANEL_LEVEL_DISTRICT)
    /* TRANSLATORS: the line drawn in a unit's ranking at its recommendation limit */
    return g_strdup_printf (_("Recommendation limit: %lld"), (long long) target);
  if (sks_ranking_get_target_approximate (self->ranking))
    /* TRANSLATORS: the line drawn in the ranking at the notice's planned number */
    return g_strdup_printf (_("Planned number: about %lld"), (long long) target);
  return g_strdup_printf (_("Planned number: %lld"), (long long) target);
}

static char *
line_text (SksRankingView *self)
{
  g_autofree char *line = target_text (self);

  if (sks_ranking_get_tie_at_line (self->ranking))
    /* TRANSLATORS: on the planned-number line, short: the full sentence is above the list */
    return g_strdup_printf ("%s · %s", line, _("a tie crosses it"));
  return g_steal_pointer (&line);
}

static char *
rank_text (const SksRankingEntry *e)
{
  if (!e->ranked)
    return g_strdup ("—");
  if (e->tied)
    /* TRANSLATORS: a rank shared by a tie, e.g. "5=" (并列5) */
    return g_strdup_printf (_("%u="), e->rank);
  return g_strdup_printf ("%u", e->rank);
}

static char *
score_text (const SksRankingEntry *e)
{
  if (!e->ranked)
    return g_strdup (e->unranked_reason ? e->unranked_reason : "");
  return format_points (sks_score_result_get_aggregate (e->result)->score);
}

static char *
spread_text (const SksRankingEntry *e)
{
  const SksAggregate *a = sks_score_result_get_aggregate (e->result);
  g_autofree char *range = NULL;
  g_autofree char *sd = NULL;

  if (!e->ranked)
    return g_strdup ("");
  range = format_points (a->range);
  sd = format_points (a->sd);
  if (a->disagreement)
    /* TRANSLATORS: range / standard deviation, flagged: reviewers disagree */
    return g_strdup_printf (_("%s / %s ⚑ disagree"), range, sd);
  return g_strdup_printf ("%s / %s", range, sd);
}

static char *
findings_text (const SksRankingEntry *e)
{
  GString *text = g_string_new (NULL);

  if (e->findings_met > 0)
    /* TRANSLATORS: manual checks (核实) found met */
    g_string_append_printf (text, _("%u met"), e->findings_met);
  if (e->findings_not_met > 0)
    {
      if (text->len)
        g_string_append_c (text, ' ');
      /* TRANSLATORS: manual checks found not met */
      g_string_append_printf (text, _("%u not met"), e->findings_not_met);
    }
  if (e->findings_open > 0)
    {
      if (text->len)
        g_string_append_c (text, ' ');
      /* TRANSLATORS: manual checks not yet recorded (待核实) */
      g_string_append_printf (text, _("%u open"), e->findings_open);
    }
  return g_string_free (text, FALSE);
}

static char *
blocking_text (const SksRankingEntry *e)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; e->blocking != NULL && i < e->blocking->len; i++)
    {
      const SksRankingBlock *block = g_ptr_array_index (e->blocking, i);

      if (i > 0)
        /* TRANSLATORS: between the titles of rules in a list */
        g_string_append (text, _(", "));
      g_string_append (text, block->title ? block->title : block->rule_id);
    }
  return g_string_free (text, FALSE);
}

static char *
decision_text (const SksRankingEntry *e)
{
  if (e->decision == SKS_DECISION_NONE)
    return g_strdup ("—");
  if (e->override_rules != NULL)
    /* TRANSLATORS: a selection made past blocking rules */
    return g_strdup_printf (_("%s (override)"), sks_decision_get_label (e->decision));
  return g_strdup (sks_decision_get_label (e->decision));
}

static char *
young_text (const SksRankingEntry *e)
{
  switch (e->young)
    {
    case SKS_YOUNG_YES:
      /* TRANSLATORS: the master is of the young-share rule's age */
      return g_strdup (C_("young", "Yes"));
    case SKS_YOUNG_NO:
      return g_strdup (C_("young", "No"));
    case SKS_YOUNG_UNKNOWN:
    default:
      return g_strdup (C_("young", "Unknown"));
    }
}

static char *
cell_text (SksRankingView   *self,
           SksRankingRow    *row,
           SksRankingColumn  column)
{
  const SksRankingEntry *e = row_entry (self, row);

  if (e == NULL && row != NULL && self->ranking != NULL && column == SKS_RANKING_COLUMN_STUDIO)
    return line_text (self);
  if (e == NULL)
    return g_strdup (column == SKS_RANKING_COLUMN_RANK ? "━━" : "");
  switch (column)
    {
    case SKS_RANKING_COLUMN_RANK:
      return rank_text (e);
    case SKS_RANKING_COLUMN_STUDIO:
      return g_strdup (e->studio_name);
    case SKS_RANKING_COLUMN_MASTER:
      return g_strdup (e->master_name);
    case SKS_RANKING_COLUMN_RECOMMENDER:
      return g_strdup (e->recommender_name);
    case SKS_RANKING_COLUMN_SCORE:
      return score_text (e);
    case SKS_RANKING_COLUMN_SPREAD:
      return spread_text (e);
    case SKS_RANKING_COLUMN_VERDICT:
      return g_strdup (e->verdict == SKS_VERDICT_NOT_APPLICABLE
                         ? "" : sks_verdict_status_get_label (e->verdict));
    case SKS_RANKING_COLUMN_FINDINGS:
      return findings_text (e);
    case SKS_RANKING_COLUMN_BLOCKING:
      return blocking_text (e);
    case SKS_RANKING_COLUMN_DECISION:
      return decision_text (e);
    case SKS_RANKING_COLUMN_YOUNG:
      return young_text (e);
    default:
      g_assert_not_reached ();
    }
}

static char *
cell_tooltip (SksRankingView        *self,
              const SksRankingEntry *e,
              SksRankingColumn       column)
{
  GString *text;

  switch (column)
    {
    case SKS_RANKING_COLUMN_RANK:
      if (e->tie_at_line)
        return g_strdup (_("This tie crosses the planned number: the panel decides between the "
                           "tied candidates."));
      return e->tied ? g_strdup (_("Tied: the same aggregate to the hundredth")) : NULL;
    case SKS_RANKING_COLUMN_SCORE:
      if (!e->ranked)
        return g_strdup (e->unranked_reason);
      return sks_aggregate_describe_method (sks_score_result_get_aggregate (e->result));
    case SKS_RANKING_COLUMN_SPREAD:
      if (!e->ranked)
        return NULL;
      return g_strdup (sks_score_result_get_aggregate (e->result)->disagreement
                         ? _("Range / standard deviation of the counted totals: the reviewers "
                             "disagree, discuss before deciding")
                         : _("Range / standard deviation of the counted totals"));
    case SKS_RANKING_COLUMN_BLOCKING:
      if (e->blocking == NULL || e->blocking->len == 0)
        return NULL;
      text = g_string_new (NULL);
      for (guint i = 0; i < e->blocking->len; i++)
        {
          const SksRankingBlock *block = g_ptr_array_index (e->blocking, i);

          g_string_append_printf (text, "%s%s — %s%s%s", i ? "\n" : "",
                                  block->title ? block->title : block->rule_id,
                                  sks_verdict_status_get_label (block->status),
                                  block->explanation ? "\n  " : "",
                                  block->explanation ? block->explanation : "");
        }
      return g_string_free (text, FALSE);
    case SKS_RANKING_COLUMN_DECISION:
      if (e->decision == SKS_DECISION_NONE)
        return NULL;
      text = g_string_new (NULL);
      /* TRANSLATORS: who recorded a decision, and when */
      g_string_append_printf (text, _("Recorded by %s, %s"), e->decided_by ? e->decided_by : "",
                              e->decided ? e->decided : "");
      if (e->note != NULL)
        g_string_append_printf (text, "\n%s%s", _("Note: "), e->note);
      if (e->override_rules != NULL)
        g_string_append_printf (text, "\n%s%s\n%s%s", _("Past the rules: "), e->override_rules,
                                _("Reason: "), e->override_reason ? e->override_reason : "");
      return g_string_free (text, FALSE);
    default:
      return NULL;
    }
}

/* Cells ------------------------------------------------------------------- */

static void
setup_text_cb (SksRankingView *self,
               GtkListItem    *item)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label), 2);
  gtk_list_item_set_child (item, label);
}

static void
setup_verdict_cb (SksRankingView *self,
                  GtkListItem    *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), sks_cell_icon_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

/* The line's cells and a tie across it are styled on the cell itself, so
 * the line runs across the whole row. */
static void
style_cell (GtkWidget             *child,
            gboolean               line,
            const SksRankingEntry *e)
{
  GtkWidget *cell = gtk_widget_get_parent (child);
  gboolean tie = e != NULL && e->tie_at_line;

  if (cell == NULL)
    return;
  if (line)
    gtk_widget_add_css_class (cell, "sks-ranking-line");
  else
    gtk_widget_remove_css_class (cell, "sks-ranking-line");
  if (tie)
    gtk_widget_add_css_class (cell, "sks-ranking-tie");
  else
    gtk_widget_remove_css_class (cell, "sks-ranking-tie");
}

static void
bind_column (SksRankingView   *self,
             GtkListItem      *item,
             SksRankingColumn  column)
{
  SksRankingRow *row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *label = GTK_IS_INSCRIPTION (child) ? child : gtk_widget_get_last_child (child);
  const SksRankingEntry *e = row_entry (self, row);
  g_autofree char *text = cell_text (self, row, column);
  g_autofree char *tooltip = e ? cell_tooltip (self, e, column) : NULL;

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  gtk_widget_set_tooltip_text (child, tooltip ? tooltip : (e == NULL ? text : NULL));
  style_cell (child, row != NULL && row->entry < 0, e);
  if (column == SKS_RANKING_COLUMN_SPREAD)
    {
      if (e != NULL && e->ranked && sks_score_result_get_aggregate (e->result)->disagreement)
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_remove_css_class (label, "warning");
    }
  if (column == SKS_RANKING_COLUMN_VERDICT)
    sks_cell_icon_set_icon_name (SKS_CELL_ICON (gtk_widget_get_first_child (child)),
                                 e != NULL && e->verdict != SKS_VERDICT_NOT_APPLICABLE
                                   ? sks_verdict_status_get_icon_name (e->verdict) : NULL);
}

#define BIND_CB(name, column) \
  static void \
  name (SksRankingView *self, \
        GtkListItem    *item) \
  { \
    bind_column (self, item, column); \
  }

BIND_CB (bind_rank_cb, SKS_RANKING_COLUMN_RANK)
BIND_CB (bind_studio_cb, SKS_RANKING_COLUMN_STUDIO)
BIND_CB (bind_master_cb, SKS_RANKING_COLUMN_MASTER)
BIND_CB (bind_recommender_cb, SKS_RANKING_COLUMN_RECOMMENDER)
BIND_CB (bind_score_cb, SKS_RANKING_COLUMN_SCORE)
BIND_CB (bind_spread_cb, SKS_RANKING_COLUMN_SPREAD)
BIND_CB (bind_verdict_cb, SKS_RANKING_COLUMN_VERDICT)
BIND_CB (bind_findings_cb, SKS_RANKING_COLUMN_FINDINGS)
BIND_CB (bind_blocking_cb, SKS_RANKING_COLUMN_BLOCKING)
BIND_CB (bind_decision_cb, SKS_RANKING_COLUMN_DECISION)
BIND_CB (bind_young_cb, SKS_RANKING_COLUMN_YOUNG)

#undef BIND_CB

/* The unit panel ---------------------------------------------------------- */

static GtkLabel *
unit_label (SksRankingView *self,
            guint           row,
            guint           column,
            gboolean        heading)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (self->units_grid, label, column, row, 1, 1);
  return GTK_LABEL (label);
}

static void
clear_units (SksRankingView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->units_grid))) != NULL)
    gtk_grid_remove (self->units_grid, child);
  g_array_set_size (self->unit_rows, 0);
  g_array_set_size (self->unit_ids, 0);
}

/* One row per recommending unit; at district level only the unit shown. */
static void
build_units (SksRankingView *self,
             GArray         *units)
{
  /* short headings, said in full in their tooltips */
  const char *headings[] = {
    NC_("units panel", "Unit"), NC_("units panel", "Rec. / limit"),
    NC_("units panel", "Selected"), NULL, NC_("units panel", "Share"),
  };
  const char *tooltips[] = {
    N_("The recommending unit"),
    N_("Candidates the unit recommended / its recommendation limit (Annex 1)"),
    N_("Of them, in the selection counted"),
    N_("Of the selected, masters of the young-share rule’s age"),
    N_("Whether the selected meet the young-share rule"),
  };
  g_autofree char *young_heading = g_strdup_printf (_("≤ %d"), self->max_age);

  clear_units (self);
  for (guint c = 0; c < SKS_RANKING_UNIT_N_COLUMNS; c++)
    {
      GtkLabel *label = unit_label (self, 0, c, TRUE);

      gtk_label_set_label (label, headings[c] ? g_dpgettext2 (GETTEXT_PACKAGE, "units panel",
                                                              headings[c])
                                              : young_heading);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), _(tooltips[c]));
    }
  for (guint i = 0; i < units->len; i++)
    {
      const SksRankingUnit *unit = &g_array_index (units, SksRankingUnit, i);
      UnitRow row;

      if (self->recommender_id != 0 && unit->recommender_id != self->recommender_id)
        continue;
      for (guint c = 0; c < SKS_RANKING_UNIT_N_COLUMNS; c++)
        row.labels[c] = unit_label (self, self->unit_rows->len + 1, c, FALSE);
      gtk_label_set_label (row.labels[SKS_RANKING_UNIT_NAME], unit->name);
      g_array_append_val (self->unit_rows, row);
      g_array_append_val (self->unit_ids, unit->recommender_id);
    }
}

static void
set_status_class (GtkLabel   *label,
                  const char *css_class)
{
  const char *classes[] = { "success", "error", "warning", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
}

static void
show_unit (SksRankingView       *self,
           UnitRow              *row,
           const SksRankingUnit *unit)
{
  g_autofree char *quota = NULL;
  g_autofree char *selected = g_strdup_printf ("%u", unit->selected);
  g_autofree char *young = NULL;
  g_autofree char *status = NULL;
  const char *css_class = "dim-label";

  quota = unit->quota >= 0 ? g_strdup_printf ("%u / %lld", unit->candidates, (long long) unit->quota)
                           : g_strdup_printf ("%u", unit->candidates);
  young = unit->share_applies && unit->selected > 0
            ? g_strdup_printf ("%u / %u", unit->young, unit->selected) : g_strdup ("—");
  switch (unit->share_status)
    {
    case SKS_VERDICT_PASS:
      /* TRANSLATORS: the young-share rule is met by the unit's selected masters */
      status = g_strdup (_("Met"));
      css_class = "success";
      break;
    case SKS_VERDICT_FAIL:
      /* TRANSLATORS: %u: how many of the selected must be young */
      status = g_strdup_printf (_("Short: %u needed"), unit->needed);
      css_class = "error";
      break;
    case SKS_VERDICT_MANUAL:
      /* TRANSLATORS: %u selected masters whose age cannot be told */
      status = g_strdup_printf (_("%u of unknown age"), unit->undecided);
      css_class = "warning";
      break;
    default:
      status = g_strdup (unit->share_applies ? "—" : C_("young share", "Not applicable"));
      break;
    }
  gtk_label_set_label (row->labels[SKS_RANKING_UNIT_QUOTA], quota);
  gtk_label_set_label (row->labels[SKS_RANKING_UNIT_SELECTED], selected);
  gtk_label_set_label (row->labels[SKS_RANKING_UNIT_YOUNG], young);
  gtk_label_set_label (row->labels[SKS_RANKING_UNIT_STATUS], status);
  set_status_class (row->labels[SKS_RANKING_UNIT_STATUS], css_class);
}

/* Counts the units on the picked rows, or on the decided selection when
 * nothing is picked; cheap enough for every change of the picks. */
static void
update_units (SksRankingView *self)
{
  g_autoptr(GArray) picked = sks_ranking_view_dup_picked (self);
  g_autoptr(GArray) units = NULL;
  g_autofree char *basis = NULL;

  if (self->ranking == NULL)
    return;
  units = sks_ranking_compute_units (self->ranking, picked->len ? (gint64 *) picked->data : NULL,
                                     picked->len);
  if (picked->len > 0)
    basis = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Counted on the %u candidate picked in the list",
                                          "Counted on the %u candidates picked in the list",
                                          picked->len), picked->len);
  else
    basis = g_strdup (_("Counted on the candidates decided as selected; pick rows to try "
                        "another set"));
  gtk_label_set_label (self->basis_label, basis);
  for (guint i = 0, r = 0; i < units->len && r < self->unit_rows->len; i++)
    {
      const SksRankingUnit *unit = &g_array_index (units, SksRankingUnit, i);

      if (unit->recommender_id != g_array_index (self->unit_ids, gint64, r))
        continue;
      show_unit (self, &g_array_index (self->unit_rows, UnitRow, r), unit);
      r++;
    }
}

/* Picks and actions ------------------------------------------------------- */

static void
update_actions (SksRankingView *self)
{
  g_autoptr(GArray) picked = sks_ranking_view_dup_picked (self);
  gboolean enabled = picked->len > 0 && self->ranking != NULL &&
                     !sks_context_get_read_only (self->context);
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ranking.select", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ranking.not-select", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ranking.reserve", enabled);
  text = picked->len > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u picked",
                                                         "%u picked", picked->len), picked->len)
                         : g_strdup (_("Pick candidates to decide (Ctrl+click, Shift+click)"));
  gtk_label_set_label (self->picked_label, text);
}

static void
selection_changed_cb (SksRankingView *self)
{
  update_actions (self);
  update_units (self);
}

/**
 * sks_ranking_view_dup_picked:
 *
 * Returns: (transfer full) (element-type gint64): the candidates of the
 *   rows picked, in the ranking's order (the line is never one)
 */
GArray *
sks_ranking_view_dup_picked (SksRankingView *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (SKS_IS_RANKING_VIEW (self), ids);

  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, set, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(SksRankingRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
      const SksRankingEntry *e = row_entry (self, row);

      if (e != NULL)
        g_array_append_val (ids, e->studio_id);
    }
  return ids;
}

/**
 * sks_ranking_view_pick:
 * @studio_ids: (array length=n_ids): the candidates to pick, the others
 *   unpicked
 */
void
sks_ranking_view_pick (SksRankingView *self,
                       const gint64   *studio_ids,
                       guint           n_ids)
{
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;
  guint n;

  g_return_if_fail (SKS_IS_RANKING_VIEW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  mask = gtk_bitset_new_range (0, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksRankingRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      const SksRankingEntry *e = row_entry (self, row);

      for (guint k = 0; e != NULL && k < n_ids; k++)
        if (studio_ids[k] == e->studio_id)
          gtk_bitset_add (selected, i);
    }
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
}

/* Loading ----------------------------------------------------------------- */

static void
fill_rows (SksRankingView *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->ranking ? sks_ranking_get_n_entries (self->ranking) : 0;
  int last_within = -1;

  for (guint i = 0; i < n; i++)
    if (sks_ranking_get_entry (self->ranking, i)->within_target)
      last_within = i;
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (rows, sks_ranking_row_new (i));
      if ((int) i == last_within)
        g_ptr_array_add (rows, sks_ranking_row_new (-1));
    }
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
}

static void
update_summary (SksRankingView *self,
                const GError   *error)
{
  guint n = self->ranking ? sks_ranking_get_n_entries (self->ranking) : 0, ranked = 0;
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  if (self->ranking == NULL)
    {
      gtk_label_set_label (self->summary_label, _("No round to rank"));
      return;
    }
  for (guint i = 0; i < n; i++)
    ranked += sks_ranking_get_entry (self->ranking, i)->ranked;
  /* TRANSLATORS: the ranking's summary: the panel (city's or the unit's),
   * candidates ranked and not */
  text = g_strdup_printf (_("%s: %u ranked, %u not ranked"),
                          sks_ranking_get_level (self->ranking) == SKS_PANEL_LEVEL_DISTRICT
                            ? _("The unit’s panel") : _("The city’s panel"),
                          ranked, n - ranked);
  if (sks_ranking_get_target (self->ranking) > 0)
    {
      g_autofree char *target = target_text (self);
      char *joined = g_strdup_printf ("%s · %s", text, target);

      g_free (text);
      text = joined;
    }
  if (sks_ranking_get_tie_at_line (self->ranking))
    {
      char *joined = g_strdup_printf ("%s · %s", text,
                                      _("a tie crosses the line: the panel decides between the "
                                        "tied candidates"));

      g_free (text);
      text = joined;
    }
  gtk_label_set_label (self->summary_label, text);
}

/**
 * sks_ranking_view_reload:
 *
 * Ranks the scope again from the store, checking the round, and keeps the
 * picks. Done at once when the page shows, else when it next shows.
 */
void
sks_ranking_view_reload (SksRankingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) picked = NULL;
  SksPolicy *policy;

  g_return_if_fail (SKS_IS_RANKING_VIEW (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  picked = sks_ranking_view_dup_picked (self);
  g_clear_object (&self->ranking);
  if (self->round_id != 0)
    {
      policy = sks_context_get_policy (self->context, self->round_id);
      self->ranking = sks_ranking_new_checked (sks_context_get_store (self->context),
                                               self->round_id,
                                               self->recommender_id ? SKS_PANEL_LEVEL_DISTRICT
                                                                    : SKS_PANEL_LEVEL_CITY,
                                               self->recommender_id, policy, &error);
    }
  self->max_age = 0;
  gtk_column_view_column_set_visible (self->young_column,
                                      self->ranking != NULL &&
                                      sks_ranking_has_young_share (self->ranking, &self->max_age));
  if (self->max_age > 0)
    {
      g_autofree char *title = g_strdup_printf (_("≤ %d"), self->max_age);
      g_autofree char *rule = g_strdup_printf (_("The young-share rule: of each unit’s selected "
                                                 "masters, half or more aged %d or under."),
                                               self->max_age);

      gtk_column_view_column_set_title (self->young_column, title);
      gtk_label_set_label (self->rule_label, rule);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rule_label), self->max_age > 0);
  fill_rows (self);
  update_summary (self, error);
  if (self->ranking != NULL)
    {
      g_autoptr(GArray) units = sks_ranking_compute_units (self->ranking, NULL, 0);

      build_units (self, units);
    }
  else
    clear_units (self);
  sks_ranking_view_pick (self, (gint64 *) picked->data, picked->len);
  selection_changed_cb (self);
}

/**
 * sks_ranking_view_set_scope:
 * @round_id: the round, 0 for none
 * @recommender_id: 0 for the city's ranking, or one recommending unit
 *   ranked by its own (district) panel
 */
void
sks_ranking_view_set_scope (SksRankingView *self,
                            gint64          round_id,
                            gint64          recommender_id)
{
  g_return_if_fail (SKS_IS_RANKING_VIEW (self));

  if (self->round_id == round_id && self->recommender_id == recommender_id && self->ranking)
    return;
  self->round_id = round_id;
  self->recommender_id = recommender_id;
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  sks_ranking_view_reload (self);
}

/* Returns: (transfer none) (nullable): the ranking shown */
SksRanking *
sks_ranking_view_get_ranking (SksRankingView *self)
{
  g_return_val_if_fail (SKS_IS_RANKING_VIEW (self), NULL);
  return self->ranking;
}

static void
studio_saved_cb (SksRankingView *self)
{
  if (!self->deciding)
    sks_ranking_view_reload (self);
}

/* Deciding ---------------------------------------------------------------- */

static char *
dup_note (SksRankingView *self)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));

  return *note != '\0' ? g_steal_pointer (&note) : NULL;
}

/* Records @decision for @ids, past the rules ticked in @dialog (nullable). */
static gboolean
record (SksRankingView    *self,
        SksDecision        decision,
        GArray            *ids,
        SksOverrideDialog *dialog)
{
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(GArray) requests = g_array_new (FALSE, TRUE, sizeof (SksDecisionRequest));
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *note = dup_note (self);
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;

  if (dialog != NULL)
    reason = g_strstrip (g_strdup (sks_override_dialog_get_reason (dialog)));
  for (guint i = 0; i < ids->len; i++)
    {
      SksDecisionRequest request = { g_array_index (ids, gint64, i), decision, NULL, NULL, NULL,
                                     note };
      char **ticked = dialog ? sks_override_dialog_dup_rules (dialog, request.studio_id) : NULL;

      if (ticked != NULL)
        {
          g_ptr_array_add (rules, ticked);
          request.override_rules = (const char * const *) ticked;
          request.override_reason = reason;
        }
      g_array_append_val (requests, request);
    }
  if (!sks_ranking_decide (self->ranking, store, (SksDecisionRequest *) requests->data,
                           requests->len, sks_store_get_user (store), &error))
    {
      show_message (self, error->message);
      return FALSE;
    }
  show_message (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  /* the list's rows follow; this page has the new decisions already */
  self->deciding = TRUE;
  for (guint i = 0; i < ids->len; i++)
    sks_context_studio_saved (self->context, g_array_index (ids, gint64, i));
  self->deciding = FALSE;
  fill_rows (self);
  sks_ranking_view_pick (self, (gint64 *) ids->data, ids->len);
  selection_changed_cb (self);
  return TRUE;
}

static void
override_response_cb (SksOverrideDialog *dialog,
                      int                response,
                      SksRankingView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (!sks_override_dialog_validate (dialog))
        return;
      record (self, self->pending, self->pending_ids, dialog);
    }
  g_clear_pointer (&self->pending_ids, g_array_unref);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
ask_override (SksRankingView *self,
              GArray         *ids)
{
  SksStore *store = sks_context_get_store (self->context);
  GtkWidget *dialog = sks_override_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               sks_store_get_user (store));

  for (guint i = 0; i < ids->len; i++)
    {
      const SksRankingEntry *e = sks_ranking_find_entry (self->ranking,
                                                         g_array_index (ids, gint64, i));

      if (e != NULL && e->blocking != NULL && e->blocking->len > 0)
        sks_override_dialog_add_candidate (SKS_OVERRIDE_DIALOG (dialog), e);
    }
  g_clear_pointer (&self->pending_ids, g_array_unref);
  self->pending_ids = g_array_ref (ids);
  self->pending = SKS_DECISION_SELECTED;
  g_signal_connect_object (dialog, "response", G_CALLBACK (override_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
decide (SksRankingView *self,
        SksDecision     decision)
{
  g_autoptr(GArray) ids = sks_ranking_view_dup_picked (self);

  if (ids->len == 0 || self->ranking == NULL)
    return;
  if (decision == SKS_DECISION_SELECTED)
    for (guint i = 0; i < ids->len; i++)
      {
        const SksRankingEntry *e = sks_ranking_find_entry (self->ranking,
                                                           g_array_index (ids, gint64, i));

        if (e != NULL && e->blocking != NULL && e->blocking->len > 0)
          {
            ask_override (self, ids);
            return;
          }
      }
  record (self, decision, ids, NULL);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  decide (SKS_RANKING_VIEW (widget), SKS_DECISION_SELECTED);
}

static void
not_select_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  decide (SKS_RANKING_VIEW (widget), SKS_DECISION_NOT_SELECTED);
}

static void
reserve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  decide (SKS_RANKING_VIEW (widget), SKS_DECISION_RESERVE);
}

/* For the tests ----------------------------------------------------------- */

guint
_sks_ranking_view_get_n_rows (SksRankingView *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

int
_sks_ranking_view_get_row_entry (SksRankingView *self,
                                 guint           row)
{
  g_autoptr(SksRankingRow) item = g_list_model_get_item (G_LIST_MODEL (self->rows), row);

  g_return_val_if_fail (item != NULL, -1);
  return item->entry;
}

char *
_sks_ranking_view_dup_cell_text (SksRankingView   *self,
                                 guint             row,
                                 SksRankingColumn  column)
{
  g_autoptr(SksRankingRow) item = g_list_model_get_item (G_LIST_MODEL (self->rows), row);

  g_return_val_if_fail (item != NULL, NULL);
  return cell_text (self, item, column);
}

guint
_sks_ranking_view_get_n_units (SksRankingView *self)
{
  return self->unit_rows->len;
}

const char *
_sks_ranking_view_get_unit_text (SksRankingView       *self,
                                 guint                 unit,
                                 SksRankingUnitColumn  column)
{
  g_return_val_if_fail (unit < self->unit_rows->len, NULL);
  return gtk_label_get_label (g_array_index (self->unit_rows, UnitRow, unit).labels[column]);
}

gboolean
_sks_ranking_view_unit_has_class (SksRankingView *self,
                                  guint           unit,
                                  const char     *css_class)
{
  g_return_val_if_fail (unit < self->unit_rows->len, FALSE);
  return gtk_widget_has_css_class (
    GTK_WIDGET (g_array_index (self->unit_rows, UnitRow, unit).labels[SKS_RANKING_UNIT_STATUS]),
    css_class);
}

const char *
_sks_ranking_view_get_message (SksRankingView *self)
{
  return self->message;
}

GtkEntry *
_sks_ranking_view_get_note_entry (SksRankingView *self)
{
  return self->note_entry;
}

/* GObject ----------------------------------------------------------------- */

static void
sks_ranking_view_map (GtkWidget *widget)
{
  SksRankingView *self = SKS_RANKING_VIEW (widget);

  GTK_WIDGET_CLASS (sks_ranking_view_parent_class)->map (widget);
  if (self->dirty)
    sks_ranking_view_reload (self);
}

static void
sks_ranking_view_constructed (GObject *object)
{
  SksRankingView *self = SKS_RANKING_VIEW (object);

  G_OBJECT_CLASS (sks_ranking_view_parent_class)->constructed (object);

  g_assert (SKS_IS_CONTEXT (self->context));
  g_signal_connect_object (self->context, "studio-saved", G_CALLBACK (studio_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "verdicts-changed", G_CALLBACK (studio_saved_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
sks_ranking_view_dispose (GObject *object)
{
  SksRankingView *self = SKS_RANKING_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_RANKING_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->ranking);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pending_ids, g_array_unref);
  G_OBJECT_CLASS (sks_ranking_view_parent_class)->dispose (object);
}

static void
sks_ranking_view_finalize (GObject *object)
{
  SksRankingView *self = SKS_RANKING_VIEW (object);

  g_array_unref (self->unit_rows);
  g_array_unref (self->unit_ids);
  g_free (self->message);
  G_OBJECT_CLASS (sks_ranking_view_parent_class)->finalize (object);
}

static void
sks_ranking_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SksRankingView *self = SKS_RANKING_VIEW (object);

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
sks_ranking_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SksRankingView *self = SKS_RANKING_VIEW (object);

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
load_css (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider,
                                           "/org/example/SkillStudio/ui/sks-ranking-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

static void
sks_ranking_view_class_init (SksRankingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sks_ranking_view_constructed;
  object_class->dispose = sks_ranking_view_dispose;
  object_class->finalize = sks_ranking_view_finalize;
  object_class->get_property = sks_ranking_view_get_property;
  object_class->set_property = sks_ranking_view_set_property;
  widget_class->map = sks_ranking_view_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksRankingView::show-message:
   * @message: (nullable): translated: what was refused; %NULL when done
   */
  signals[SHOW_MESSAGE] = g_signal_new ("show-message", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-ranking-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, picked_label);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, note_entry);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, young_column);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, basis_label);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, rule_label);
  gtk_widget_class_bind_template_child (widget_class, SksRankingView, units_grid);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_verdict_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_rank_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_studio_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_master_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_recommender_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_score_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_spread_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_verdict_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_findings_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_blocking_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_decision_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_young_cb);

  gtk_widget_class_install_action (widget_class, "ranking.select", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "ranking.not-select", NULL, not_select_action);
  gtk_widget_class_install_action (widget_class, "ranking.reserve", NULL, reserve_action);
  /* with the focus in the page; the buttons' mnemonics (Alt+S, N, R) too */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "ranking.select", NULL);
}

static void
sks_ranking_view_init (SksRankingView *self)
{
  load_css ();
  self->unit_rows = g_array_new (FALSE, TRUE, sizeof (UnitRow));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_list_store_new (SKS_TYPE_RANKING_ROW);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * sks_ranking_view_new:
 *
 * The ranking page of @context's document; sks_ranking_view_set_scope()
 * says what it ranks.
 */
GtkWidget *
sks_ranking_view_new (SksContext *context)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_RANKING_VIEW, "context", context, NULL);
}
