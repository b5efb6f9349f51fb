/* sks-findings-grid.c — findings (核实) of a round's applications × the
 * checks of its policy that wait for a person, filled by keyboard alone.
 *
 * A GtkGrid rather than a GtkColumnView: a round has 66–200 candidates and
 * at most seven checks, some 1,400 cells that GTK builds in a few
 * milliseconds, while GTK 4.8's column view focuses rows, not cells, and
 * recycles its cell widgets, which would lose the focused cell and its
 * popover as the list scrolls. Every cell here is a real focusable button
 * with its own focus ring.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sks-findings-grid.h"
#include "sks-findings-grid-private.h"
#include "sks-finding-check.h"
#include "sks-rule-engine.h"
#include "sks-store-finding.h"
#include "sks-verdict-row.h"

typedef struct {
  const SksRule *rule;  /* owned by the policy */
  SksCheckItem   item;
} Check;

typedef struct {
  gint64            id;
  SksStudio        *studio;   /* as last read from the store */
  SksVerdictStatus  verdict;
  GtkWidget        *header;
  GtkLabel         *verdict_label;
  GtkImage         *verdict_image;
  GtkWidget       **cells;    /* one button per check */
  gboolean          done;     /* complete, kept in view under "only items to check" */
} Row;

struct _SksFindingsGrid
{
  GtkWidget       parent_instance;

  GtkWidget      *content;
  GtkCheckButton *open_only_check;
  GtkLabel       *counts_label;
  GtkLabel       *legend_label;
  GtkWidget      *header_scrolled;
  GtkGrid        *header_grid;
  GtkGrid        *grid;
  GtkLabel       *empty_label;
  GtkWidget      *scrolled;
  GtkPopover     *note_popover;
  GtkLabel       *note_title_label;
  GtkCheckButton *met_check;
  GtkCheckButton *not_met_check;
  GtkCheckButton *open_check;
  GtkTextView    *note_view;
  GtkBox         *evidence_box;
  GtkLabel       *evidence_empty_label;
  GtkWidget      *note_save_button;

  GtkEventController *key_controller;

  SksContext     *context;
  SksPolicy      *policy;
  SksRuleEngine  *engine;
  gint64          round_id;
  gint64          recommender_id;
  GArray         *checks;      /* of Check */
  GPtrArray      *rows;        /* of Row */
  GPtrArray      *size_groups; /* one per column: header and cells share a width */
  guint           note_row;
  guint           note_check;
  gboolean        stale;       /* the scope changed while not shown */
};

/* A grid holds a widget per cell: a round of a city's candidates (66 to a
 * few hundred) fits; a larger scope shows its first rows and says so. */
#define ROW_LIMIT 1000

G_DEFINE_FINAL_TYPE (SksFindingsGrid, sks_findings_grid, GTK_TYPE_WIDGET)

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
row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->studio);
  g_free (row->cells);
  g_free (row);
}

/* What a cell says: the state of the item as the rules read it (a finding
 * without who and when is still open). */
static SksCheckState
row_get_state (Row          *row,
               SksCheckItem  item,
               const char  **by,
               const char  **on,
               const char  **note)
{
  SksCheckState state = sks_studio_get_check (row->studio, item, by, on, note);

  if (*by == NULL || **by == '\0' || *on == NULL || **on == '\0')
    return SKS_CHECK_UNCHECKED;
  return state;
}

static const char *
state_label (SksCheckState state)
{
  switch (state)
    {
    case SKS_CHECK_CONFIRMED:
      return C_("findings grid", "Met");
    case SKS_CHECK_NOT_MET:
      return C_("findings grid", "Not met");
    case SKS_CHECK_UNCHECKED:
    default:
      /* TRANSLATORS: a finding not recorded yet (待核实); not a button that opens */
      return C_("findings grid", "To check");
    }
}

static const char *
done_text (void)
{
  return _("Every check of this application is recorded. It leaves the list when “Only items "
           "to check” is turned on again.");
}

static const char *const state_classes[] = { "finding-open", "finding-met", "finding-not-met" };

static void
update_cell (SksFindingsGrid *self,
             Row             *row,
             guint            check)
{
  GtkWidget *cell = row->cells[check];
  SksCheckItem item = g_array_index (self->checks, Check, check).item;
  const char *by = NULL, *on = NULL, *note = NULL;
  SksCheckState state = row_get_state (row, item, &by, &on, &note);
  g_autofree char *tooltip = NULL;

  gtk_button_set_label (GTK_BUTTON (cell), state_label (state));
  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (cell, state_classes[i]);
  gtk_widget_add_css_class (cell, state_classes[MIN (state, G_N_ELEMENTS (state_classes) - 1)]);

  if (state == SKS_CHECK_UNCHECKED)
    /* TRANSLATORS: tooltip of a findings cell: the check, e.g. "Work site: not checked yet" */
    tooltip = g_strdup_printf (_("%s: not checked yet"), sks_check_item_get_label (item));
  else
    /* TRANSLATORS: tooltip of a findings cell: check, result, who, day,
     * e.g. "Work site: Met — 周文员, 2026-03-02" */
    tooltip = g_strdup_printf (_("%s: %s — %s, %s"), sks_check_item_get_label (item),
                               state_label (state), by, on);
  if (note != NULL && *note != '\0')
    {
      g_autofree char *with_note = g_strdup_printf ("%s\n%s", tooltip, note);

      g_free (tooltip);
      tooltip = g_steal_pointer (&with_note);
    }
  if (row->done)
    {
      g_autofree char *with_done = g_strdup_printf ("%s\n%s", tooltip, done_text ());

      g_free (tooltip);
      tooltip = g_steal_pointer (&with_done);
    }
  gtk_widget_set_tooltip_text (cell, tooltip);
}

static void
update_verdict (SksFindingsGrid *self,
                Row             *row)
{
  row->verdict = SKS_VERDICT_NOT_APPLICABLE;
  if (self->engine != NULL)
    {
      sks_rule_engine_set_peer_store (self->engine, sks_context_get_store (self->context), row->id);
      sks_rule_engine_set_studio (self->engine, row->studio);
      row->verdict = sks_rule_engine_get_status (self->engine);
    }
  gtk_label_set_label (row->verdict_label, sks_verdict_status_get_label (row->verdict));
  gtk_image_set_from_icon_name (row->verdict_image, sks_verdict_status_get_icon_name (row->verdict));
}

static gboolean
row_has_open (SksFindingsGrid *self,
              Row             *row)
{
  for (guint c = 0; c < self->checks->len; c++)
    {
      const char *by = NULL, *on = NULL, *note = NULL;

      if (row_get_state (row, g_array_index (self->checks, Check, c).item, &by, &on, &note) ==
          SKS_CHECK_UNCHECKED)
        return TRUE;
    }
  return FALSE;
}

/**
 * sks_findings_grid_get_counts:
 *
 * The cells of the scope (all rows, shown or filtered out) by state.
 */
void
sks_findings_grid_get_counts (SksFindingsGrid *self,
                              guint           *n_open,
                              guint           *n_met,
                              guint           *n_not_met)
{
  guint counts[3] = { 0, 0, 0 };

  g_return_if_fail (SKS_IS_FINDINGS_GRID (self));

  for (guint r = 0; r < self->rows->len; r++)
    for (guint c = 0; c < self->checks->len; c++)
      {
        const char *by = NULL, *on = NULL, *note = NULL;
        SksCheckState state = row_get_state (g_ptr_array_index (self->rows, r),
                                             g_array_index (self->checks, Check, c).item,
                                             &by, &on, &note);

        counts[MIN (state, 2)]++;
      }
  if (n_open)
    *n_open = counts[SKS_CHECK_UNCHECKED];
  if (n_met)
    *n_met = counts[SKS_CHECK_CONFIRMED];
  if (n_not_met)
    *n_not_met = counts[SKS_CHECK_NOT_MET];
}

static void
update_counts (SksFindingsGrid *self)
{
  guint n_open, n_met, n_not_met;
  g_autofree char *text = NULL;

  sks_findings_grid_get_counts (self, &n_open, &n_met, &n_not_met);
  /* TRANSLATORS: the counts of findings cells in the workspace: to check (待核实), met, not met */
  text = g_strdup_printf (_("To check %u · Met %u · Not met %u"), n_open, n_met, n_not_met);
  gtk_label_set_label (self->counts_label, text);
}

static void
set_row_visible (Row      *row,
                 gboolean  visible,
                 guint     n_checks)
{
  gtk_widget_set_visible (row->header, visible);
  for (guint c = 0; c < n_checks; c++)
    gtk_widget_set_visible (row->cells[c], visible);
}

/* A shown row whose every check is recorded while "only items to check"
 * is on: it stays, so that the focused cell does not vanish, but looks
 * done (dimmed) and says so. */
static void
update_row_done (SksFindingsGrid *self,
                 Row             *row)
{
  gboolean done = gtk_check_button_get_active (self->open_only_check) &&
                  gtk_widget_get_visible (row->header) && !row_has_open (self, row);

  if (done == row->done)
    return;
  row->done = done;
  gtk_widget_set_tooltip_text (row->header, done ? done_text () : NULL);
  if (done)
    gtk_widget_add_css_class (row->header, "dim-label");
  else
    gtk_widget_remove_css_class (row->header, "dim-label");
  for (guint c = 0; c < self->checks->len; c++)
    {
      if (done)
        gtk_widget_add_css_class (row->cells[c], "dim-label");
      else
        gtk_widget_remove_css_class (row->cells[c], "dim-label");
      update_cell (self, row, c);
    }
}

/* Rows whose every check is recorded leave when "only items to check" is
 * turned on; one that becomes complete while it is on stays, dimmed, until
 * the filter is applied again (update_row_done()). */
static void
apply_filter (SksFindingsGrid *self)
{
  gboolean open_only = gtk_check_button_get_active (self->open_only_check);

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      set_row_visible (row, !open_only || row_has_open (self, row), self->checks->len);
      update_row_done (self, row);
    }
}

static void
open_only_toggled_cb (SksFindingsGrid *self)
{
  apply_filter (self);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
make_column_header (SksFindingsGrid *self,
                    guint            check)
{
  const Check *c = &g_array_index (self->checks, Check, check);
  SksCheckItem items[SKS_N_CHECK_ITEMS];
  GtkWidget *label = gtk_label_new (sks_check_item_get_label (c->item));
  g_autofree char *tooltip = NULL;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
  gtk_widget_add_css_class (label, "findings-column-header");
  /* A part of a rule names its rule: "有配套保障 …: 工作场地" */
  if (sks_rule_get_check_items (c->rule, items) > 1)
    tooltip = g_strdup_printf ("%s（%s）\n%s", sks_rule_get_title (c->rule),
                               sks_rule_get_paragraph_ref (c->rule),
                               sks_check_item_get_label (c->item));
  else
    tooltip = g_strdup_printf ("%s（%s）", sks_rule_get_title (c->rule),
                               sks_rule_get_paragraph_ref (c->rule));
  gtk_widget_set_tooltip_text (label, tooltip);
  return label;
}

static GtkWidget *
make_row_header (SksFindingsGrid *self,
                 Row             *row)
{
  SksMaster *master = sks_studio_get_master (row->studio);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (sks_studio_get_name (row->studio));
  GtkWidget *detail = gtk_label_new (sks_master_get_name (master));
  GtkWidget *verdict = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_add_css_class (box, "findings-row-header");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (name), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 24);
  gtk_widget_set_tooltip_text (name, sks_studio_get_name (row->studio));
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (names), name);
  gtk_box_append (GTK_BOX (names), detail);
  gtk_widget_set_size_request (names, 280, -1);
  gtk_box_append (GTK_BOX (box), names);

  row->verdict_image = GTK_IMAGE (gtk_image_new ());
  row->verdict_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (row->verdict_label, 11);
  gtk_label_set_max_width_chars (row->verdict_label, 14);
  gtk_label_set_wrap (row->verdict_label, TRUE);
  gtk_label_set_xalign (row->verdict_label, 0);
  gtk_box_append (GTK_BOX (verdict), GTK_WIDGET (row->verdict_image));
  gtk_box_append (GTK_BOX (verdict), GTK_WIDGET (row->verdict_label));
  gtk_widget_set_valign (verdict, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), verdict);
  return box;
}

static void cell_clicked_cb (GtkButton       *cell,
                             SksFindingsGrid *self);

static void
add_row (SksFindingsGrid *self,
         Row             *row,
         guint            position)
{
  row->header = make_row_header (self, row);
  gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 0), row->header);
  gtk_grid_attach (self->grid, row->header, 0, position, 1, 1);
  row->cells = g_new0 (GtkWidget *, self->checks->len);
  for (guint c = 0; c < self->checks->len; c++)
    {
      GtkWidget *cell = gtk_button_new ();

      gtk_widget_add_css_class (cell, "finding-cell");
      g_object_set_data (G_OBJECT (cell), "sks-row", GUINT_TO_POINTER (position));
      g_object_set_data (G_OBJECT (cell), "sks-check", GUINT_TO_POINTER (c));
      g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked_cb), self);
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, c + 1), cell);
      gtk_grid_attach (self->grid, cell, c + 1, position, 1, 1);
      row->cells[c] = cell;
      update_cell (self, row, c);
    }
  update_verdict (self, row);
}

static gboolean
load_rows (SksFindingsGrid  *self,
           GError          **error)
{
  GListModel *studios = sks_context_get_studios (self->context);
  SksStore *store = sks_context_get_store (self->context);
  guint n_in_scope = 0;

  for (guint i = 0; i < g_list_model_get_n_items (studios); i++)
    {
      g_autoptr(SksStudioRow) item = g_list_model_get_item (studios, i);
      Row *row;

      if (sks_studio_row_get_round_id (item) != self->round_id ||
          (self->recommender_id != 0 &&
           sks_studio_row_get_recommender_id (item) != self->recommender_id))
        continue;
      if (++n_in_scope > ROW_LIMIT)
        continue;
      row = g_new0 (Row, 1);
      row->id = sks_studio_row_get_id (item);
      row->studio = sks_store_load_studio (store, row->id, error);
      if (row->studio == NULL)
        {
          row_free (row);
          return FALSE;
        }
      g_ptr_array_add (self->rows, row);
    }
  if (n_in_scope > ROW_LIMIT)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "This scope holds %u applications; the grid shows the first %u. Choose a recommending unit to review the others.",
                                      "This scope holds %u applications; the grid shows the first %u. Choose a recommending unit to review the others.",
                                      n_in_scope),
                         n_in_scope, (guint) ROW_LIMIT);

      g_signal_emit (self, signals[SHOW_MESSAGE], 0, message);
    }
  return TRUE;
}

static gboolean find_focused_cell (SksFindingsGrid *self,
                                   guint           *row,
                                   guint           *check);
static gboolean focus_cell        (SksFindingsGrid *self,
                                   guint            r,
                                   guint            c);

/* The cell the keyboard is on goes with a rebuild (a New Round or an
 * import changes the rounds) to the same application and check, so that
 * a reviewer typing Y, N, Tab is not left without a cell. */
static void
refocus (SksFindingsGrid *self,
         gint64           studio_id,
         SksCheckItem     item)
{
  for (guint r = 0; r < self->rows->len; r++)
    if (((Row *) g_ptr_array_index (self->rows, r))->id == studio_id)
      for (guint c = 0; c < self->checks->len; c++)
        if (g_array_index (self->checks, Check, c).item == item)
          {
            focus_cell (self, r, c);
            return;
          }
}

static void
rebuild_now (SksFindingsGrid *self)
{
  g_autoptr(GError) error = NULL;
  gint64 focused_id = 0;
  SksCheckItem focused_item = SKS_N_CHECK_ITEMS;
  guint focused_row, focused_check;

  if (find_focused_cell (self, &focused_row, &focused_check))
    {
      focused_id = ((Row *) g_ptr_array_index (self->rows, focused_row))->id;
      focused_item = g_array_index (self->checks, Check, focused_check).item;
    }
  gtk_popover_popdown (self->note_popover);
  clear_grid (self->grid);
  clear_grid (self->header_grid);
  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->checks, 0);
  g_ptr_array_set_size (self->size_groups, 0);
  g_clear_object (&self->engine);
  g_clear_object (&self->policy);

  if (self->round_id != 0 &&
      (self->policy = sks_context_get_policy (self->context, self->round_id)) != NULL)
    {
      g_object_ref (self->policy);
      self->engine = sks_rule_engine_new (self->policy);
      for (guint i = 0; i < sks_policy_get_n_rules (self->policy); i++)
        {
          const SksRule *rule = sks_policy_get_rule (self->policy, i);
          SksCheckItem items[SKS_N_CHECK_ITEMS];
          guint n = sks_rule_get_check_items (rule, items);

          for (guint j = 0; j < n; j++)
            {
              Check check = { rule, items[j] };

              g_array_append_val (self->checks, check);
            }
        }
    }

  for (guint c = 0; c <= self->checks->len; c++)
    g_ptr_array_add (self->size_groups, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));
  if (self->checks->len > 0)
    {
      GtkWidget *corner = gtk_label_new (_("Application"));

      gtk_label_set_xalign (GTK_LABEL (corner), 0);
      gtk_widget_add_css_class (corner, "findings-column-header");
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 0), corner);
      gtk_grid_attach (self->header_grid, corner, 0, 0, 1, 1);
      for (guint c = 0; c < self->checks->len; c++)
        {
          GtkWidget *header = make_column_header (self, c);

          gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, c + 1), header);
          gtk_grid_attach (self->header_grid, header, c + 1, 0, 1, 1);
        }
      if (!load_rows (self, &error))
        g_signal_emit (self, signals[SHOW_MESSAGE], 0, error->message);
      for (guint r = 0; r < self->rows->len; r++)
        add_row (self, g_ptr_array_index (self->rows, r), r);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->rows->len == 0);
  gtk_widget_set_visible (self->header_scrolled, self->rows->len > 0);
  gtk_widget_set_visible (self->scrolled, self->rows->len > 0);
  if (self->round_id == 0)
    gtk_label_set_label (self->empty_label, _("Choose a round to review."));
  else if (self->checks->len == 0)
    gtk_label_set_label (self->empty_label,
                         _("This round’s policy has no checks that wait for a reviewer."));
  else
    gtk_label_set_label (self->empty_label, _("No applications in this scope."));
  apply_filter (self);
  update_counts (self);
  if (focused_id != 0)
    refocus (self, focused_id, focused_item);
}

/* The grid is built when it shows: a window opens without building the
 * review of a round nobody looks at. */
static void
rebuild (SksFindingsGrid *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = FALSE;
      rebuild_now (self);
    }
  else
    self->stale = TRUE;
}

static void
sks_findings_grid_map (GtkWidget *widget)
{
  SksFindingsGrid *self = SKS_FINDINGS_GRID (widget);

  GTK_WIDGET_CLASS (sks_findings_grid_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      rebuild_now (self);
    }
}

/**
 * sks_findings_grid_set_scope:
 * @recommender_id: one recommending unit of the round, or 0 for all of them
 */
void
sks_findings_grid_set_scope (SksFindingsGrid *self,
                             gint64           round_id,
                             gint64           recommender_id)
{
  g_return_if_fail (SKS_IS_FINDINGS_GRID (self));

  self->round_id = round_id;
  self->recommender_id = recommender_id;
  rebuild (self);
}

static gboolean
find_focused_cell (SksFindingsGrid *self,
                   guint           *row,
                   guint           *check)
{
  /* the root's focus: GTK keeps the containers' focus-child chain only
   * while the window is active */
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *cell = root ? gtk_root_get_focus (root) : NULL;

  if (cell == NULL || gtk_widget_get_parent (cell) != GTK_WIDGET (self->grid) ||
      !gtk_widget_has_css_class (cell, "finding-cell"))
    return FALSE;
  *row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "sks-row"));
  *check = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "sks-check"));
  return *row < self->rows->len && *check < self->checks->len;
}

/* Records one finding and tells the lists; the row is read again when the
 * context says the application was saved (studio_saved_cb). */
static gboolean
record_finding (SksFindingsGrid  *self,
                guint             r,
                guint             c,
                SksFindingResult  result,
                const char       *note,
                GArray           *evidence)
{
  Row *row = g_ptr_array_index (self->rows, r);
  SksStore *store = sks_context_get_store (self->context);
  SksFindingRecord record = {
    .item = g_array_index (self->checks, Check, c).item,
    .result = result,
    .note = note,
    .evidence = evidence ? (const gint64 *) (gpointer) evidence->data : NULL,
    .n_evidence = evidence ? evidence->len : 0,
  };
  g_autoptr(GError) error = NULL;

  if (sks_context_get_read_only (self->context))
    {
      g_autofree char *message =
        g_strdup_printf (_("Findings cannot be recorded: the document is read-only. %s"),
                         sks_context_get_read_only_reason (self->context));

      g_signal_emit (self, signals[SHOW_MESSAGE], 0, message);
      return FALSE;
    }
  if (!sks_store_record_finding (store, row->id, &record, &error))
    {
      g_autofree char *message =
        /* TRANSLATORS: %s: the check ("Work site"), then the error */
        g_strdup_printf (_("Could not record the finding on “%s”: %s"),
                         sks_check_item_get_label (record.item), error->message);

      g_signal_emit (self, signals[SHOW_MESSAGE], 0, message);
      return FALSE;
    }
  g_signal_emit (self, signals[SHOW_MESSAGE], 0, NULL);
  sks_context_studio_saved (self->context, row->id);
  return TRUE;
}

/* A result set by key keeps the finding's note and evidence. */
static void
set_result (SksFindingsGrid  *self,
            SksFindingResult  result)
{
  g_autoptr(GArray) evidence = NULL;
  const char *by = NULL, *on = NULL, *note = NULL;
  guint r, c;
  Row *row;

  if (!find_focused_cell (self, &r, &c))
    return;
  row = g_ptr_array_index (self->rows, r);
  sks_studio_get_check (row->studio, g_array_index (self->checks, Check, c).item, &by, &on,
                        &note);
  if (result != SKS_FINDING_CLEAR)
    evidence = sks_store_list_finding_evidence (sks_context_get_store (self->context), row->id,
                                                g_array_index (self->checks, Check, c).item,
                                                NULL);
  record_finding (self, r, c, result, result == SKS_FINDING_CLEAR ? NULL : note, evidence);
}

static void
met_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  set_result (SKS_FINDINGS_GRID (widget), SKS_FINDING_MET);
}

static void
not_met_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_result (SKS_FINDINGS_GRID (widget), SKS_FINDING_NOT_MET);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  set_result (SKS_FINDINGS_GRID (widget), SKS_FINDING_CLEAR);
}

static gboolean
row_shown (SksFindingsGrid *self,
           guint            r)
{
  return gtk_widget_get_visible (((Row *) g_ptr_array_index (self->rows, r))->header);
}

static gboolean
focus_cell (SksFindingsGrid *self,
            guint            r,
            guint            c)
{
  Row *row = g_ptr_array_index (self->rows, r);

  return gtk_widget_grab_focus (row->cells[c]);
}

/* The next shown row from @r in direction @step (±1), or FALSE at the end */
static gboolean
next_row (SksFindingsGrid *self,
          guint           *r,
          int              step)
{
  for (gint64 i = (gint64) *r + step; i >= 0 && i < self->rows->len; i += step)
    if (row_shown (self, i))
      {
        *r = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
move_focus (SksFindingsGrid *self,
            guint            r,
            guint            c,
            int              dx,
            int              dy,
            gboolean         wrap)
{
  guint n_checks = self->checks->len;

  if (dy != 0)
    return next_row (self, &r, dy) ? focus_cell (self, r, c) : TRUE;
  if ((dx < 0 && c > 0) || (dx > 0 && c + 1 < n_checks))
    return focus_cell (self, r, c + dx);
  if (!wrap)
    return TRUE;
  /* Tab past a row's last check goes on to the next row's first */
  if (next_row (self, &r, dx))
    return focus_cell (self, r, dx > 0 ? 0 : n_checks - 1);
  return FALSE; /* out of the grid, to the next widget */
}

static gboolean
key_pressed_cb (SksFindingsGrid       *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  guint r, c;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      !find_focused_cell (self, &r, &c))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return move_focus (self, r, c, 0, -1, FALSE);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return move_focus (self, r, c, 0, 1, FALSE);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return move_focus (self, r, c, -1, 0, FALSE);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return move_focus (self, r, c, 1, 0, FALSE);
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      return (state & GDK_SHIFT_MASK) ? move_focus (self, r, c, -1, 0, TRUE)
                                      : move_focus (self, r, c, 1, 0, TRUE);
    case GDK_KEY_ISO_Left_Tab:
      return move_focus (self, r, c, -1, 0, TRUE);
    case GDK_KEY_y:
    case GDK_KEY_Y:
    case GDK_KEY_1:
    case GDK_KEY_KP_1:
      gtk_widget_activate_action (GTK_WIDGET (self), "findings.met", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_n:
    case GDK_KEY_N:
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      gtk_widget_activate_action (GTK_WIDGET (self), "findings.not-met", NULL);
      return GDK_EVENT_STOP;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      gtk_widget_activate_action (GTK_WIDGET (self), "findings.clear", NULL);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* The note popover */

static void
fill_evidence (SksFindingsGrid *self,
               Row             *row,
               SksCheckItem     item)
{
  GListModel *attachments = sks_studio_get_attachments (row->studio);
  g_autoptr(GArray) chosen = sks_store_list_finding_evidence (sks_context_get_store (self->context),
                                                              row->id, item, NULL);
  GtkWidget *child;
  guint n = attachments ? g_list_model_get_n_items (attachments) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_box))) != NULL)
    gtk_box_remove (self->evidence_box, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      GtkWidget *check = gtk_check_button_new_with_label (sks_attachment_get_name (attachment));
      gint64 id = sks_attachment_get_id (attachment);

      for (guint j = 0; chosen != NULL && j < chosen->len; j++)
        if (g_array_index (chosen, gint64, j) == id)
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "sks-attachment-id",
                              g_memdup2 (&id, sizeof id), g_free);
      gtk_box_append (self->evidence_box, check);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_empty_label), n == 0);
}

/* Points the note popover at its cell: the cell's bounds in the
 * coordinates of the popover's parent (this widget), taken again whenever
 * the grid is laid out, as the grid scrolls to the focused cell after the
 * popover has opened. Parenting the popover to the cell instead would take
 * the keys typed into its note through the grid's key controller. */
static void
point_note_popover (SksFindingsGrid *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->note_popover));
  GdkRectangle old, rect;
  graphene_rect_t bounds;
  GtkWidget *cell;

  if (self->note_row >= self->rows->len || self->note_check >= self->checks->len)
    return;
  cell = ((Row *) g_ptr_array_index (self->rows, self->note_row))->cells[self->note_check];
  if (!gtk_widget_compute_bounds (cell, parent, &bounds))
    return;
  rect = (GdkRectangle) { floorf (bounds.origin.x), floorf (bounds.origin.y),
                          ceilf (bounds.size.width), ceilf (bounds.size.height) };
  if (gtk_popover_get_pointing_to (self->note_popover, &old) && old.x == rect.x &&
      old.y == rect.y && old.width == rect.width && old.height == rect.height)
    return;
  gtk_popover_set_pointing_to (self->note_popover, &rect);
}

/* The grid scrolled (to the focused cell, say): the cells move when the
 * viewport is next laid out, through this widget's size_allocate, which
 * points the popover again. */
static void
scrolled_cb (SksFindingsGrid *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->note_popover)))
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
cell_clicked_cb (GtkButton       *cell,
                 SksFindingsGrid *self)
{
  guint r = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "sks-row"));
  guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "sks-check"));
  Row *row = g_ptr_array_index (self->rows, r);
  SksCheckItem item = g_array_index (self->checks, Check, c).item;
  const char *by = NULL, *on = NULL, *note = NULL;
  SksCheckState state = row_get_state (row, item, &by, &on, &note);
  g_autofree char *title = NULL;

  self->note_row = r;
  self->note_check = c;
  /* TRANSLATORS: the note popover's title: check — studio */
  title = g_strdup_printf (_("%s — %s"), sks_check_item_get_label (item),
                           sks_studio_get_name (row->studio));
  gtk_label_set_label (self->note_title_label, title);
  gtk_check_button_set_active (state == SKS_CHECK_CONFIRMED ? self->met_check
                               : state == SKS_CHECK_NOT_MET ? self->not_met_check
                               : self->open_check, TRUE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note ? note : "", -1);
  fill_evidence (self, row, item);

  point_note_popover (self);
  gtk_popover_popup (self->note_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
note_result_toggled_cb (SksFindingsGrid *self)
{
  gboolean recorded = !gtk_check_button_get_active (self->open_check);

  /* A cleared finding keeps no note and no evidence */
  gtk_widget_set_sensitive (GTK_WIDGET (self->note_view), recorded);
  gtk_widget_set_sensitive (GTK_WIDGET (self->evidence_box), recorded);
}

static void
note_save_cb (SksFindingsGrid *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  g_autoptr(GArray) evidence = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *note = NULL;
  GtkTextIter start, end;
  SksFindingResult result;
  GtkWidget *child;

  if (self->note_row >= self->rows->len || self->note_check >= self->checks->len)
    return;
  result = gtk_check_button_get_active (self->met_check) ? SKS_FINDING_MET
           : gtk_check_button_get_active (self->not_met_check) ? SKS_FINDING_NOT_MET
           : SKS_FINDING_CLEAR;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_array_append_val (evidence, *(gint64 *) g_object_get_data (G_OBJECT (child),
                                                                   "sks-attachment-id"));
  if (record_finding (self, self->note_row, self->note_check, result,
                      result == SKS_FINDING_CLEAR || *note == '\0' ? NULL : note,
                      result == SKS_FINDING_CLEAR ? NULL : evidence))
    gtk_popover_popdown (self->note_popover);
}

static void
note_cancel_cb (SksFindingsGrid *self)
{
  gtk_popover_popdown (self->note_popover);
}

/* Back to the cell the popover was opened on, so the keyboard goes on there */
static void
note_closed_cb (SksFindingsGrid *self)
{
  if (self->note_row < self->rows->len && self->note_check < self->checks->len)
    focus_cell (self, self->note_row, self->note_check);
}

/* An application saved anywhere (here, the form, an import) is read again */
static void
studio_saved_cb (SksFindingsGrid *self,
                 gint64           studio_id)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);
      g_autoptr(SksStudio) studio = NULL;

      if (row->id != studio_id)
        continue;
      studio = sks_store_load_studio (sks_context_get_store (self->context), studio_id, NULL);
      if (studio == NULL)
        {
          rebuild (self); /* deleted or moved to the trash */
          return;
        }
      g_set_object (&row->studio, studio);
      for (guint c = 0; c < self->checks->len; c++)
        update_cell (self, row, c);
      update_row_done (self, row);
      update_verdict (self, row);
      update_counts (self);
      return;
    }
}

/* GObject */

/* The content box fills the widget. No layout manager: GTK calls a
 * widget's size_allocate only when it has none, and the popover must be
 * pointed and presented again on every allocation, as GtkMenuButton does. */
static void
sks_findings_grid_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gtk_widget_measure (SKS_FINDINGS_GRID (widget)->content, orientation, for_size, minimum,
                      natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
sks_findings_grid_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (SKS_FINDINGS_GRID (widget)->content);
}

static void
sks_findings_grid_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  SksFindingsGrid *self = SKS_FINDINGS_GRID (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
  if (gtk_widget_get_visible (GTK_WIDGET (self->note_popover)))
    point_note_popover (self);
  gtk_popover_present (self->note_popover);
}

static void
sks_findings_grid_constructed (GObject *object)
{
  SksFindingsGrid *self = SKS_FINDINGS_GRID (object);

  G_OBJECT_CLASS (sks_findings_grid_parent_class)->constructed (object);

  g_assert (SKS_IS_CONTEXT (self->context));
  g_signal_connect_object (self->context, "studio-saved", G_CALLBACK (studio_saved_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
sks_findings_grid_dispose (GObject *object)
{
  SksFindingsGrid *self = SKS_FINDINGS_GRID (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_FINDINGS_GRID);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_array_unref);
  g_clear_pointer (&self->size_groups, g_ptr_array_unref);
  g_clear_object (&self->engine);
  g_clear_object (&self->policy);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_findings_grid_parent_class)->dispose (object);
}

static void
sks_findings_grid_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SksFindingsGrid *self = SKS_FINDINGS_GRID (object);

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
sks_findings_grid_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SksFindingsGrid *self = SKS_FINDINGS_GRID (object);

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
sks_findings_grid_class_init (SksFindingsGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sks_findings_grid_constructed;
  object_class->dispose = sks_findings_grid_dispose;
  object_class->get_property = sks_findings_grid_get_property;
  object_class->set_property = sks_findings_grid_set_property;
  widget_class->map = sks_findings_grid_map;
  widget_class->measure = sks_findings_grid_measure;
  widget_class->get_request_mode = sks_findings_grid_get_request_mode;
  widget_class->size_allocate = sks_findings_grid_size_allocate;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksFindingsGrid::show-message:
   * @message: (nullable): translated, or %NULL to take the last one away
   *
   * Something the user must read: a refused or failed finding.
   */
  signals[SHOW_MESSAGE] =
    g_signal_new ("show-message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-findings-grid.ui");
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, content);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, open_only_check);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, counts_label);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, legend_label);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, header_scrolled);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, header_grid);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, grid);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, note_popover);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, note_title_label);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, met_check);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, not_met_check);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, open_check);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, note_view);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, evidence_empty_label);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, note_save_button);
  gtk_widget_class_bind_template_child (widget_class, SksFindingsGrid, key_controller);
  gtk_widget_class_bind_template_callback (widget_class, open_only_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_result_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_save_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_cancel_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_closed_cb);

  /* On the focused cell; the keys in the legend call them */
  gtk_widget_class_install_action (widget_class, "findings.met", NULL, met_action);
  gtk_widget_class_install_action (widget_class, "findings.not-met", NULL, not_met_action);
  gtk_widget_class_install_action (widget_class, "findings.clear", NULL, clear_action);
}

static void
sks_findings_grid_init (SksFindingsGrid *self)
{
  self->checks = g_array_new (FALSE, FALSE, sizeof (Check));
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->size_groups = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_scrolled_window_set_hadjustment (
    GTK_SCROLLED_WINDOW (self->header_scrolled),
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled)));
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scrolled)),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sks_findings_grid_new (SksContext *context)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_FINDINGS_GRID, "context", context, NULL);
}

guint
sks_findings_grid_get_n_rows (SksFindingsGrid *self)
{
  g_return_val_if_fail (SKS_IS_FINDINGS_GRID (self), 0);
  return self->rows->len;
}

guint
sks_findings_grid_get_n_checks (SksFindingsGrid *self)
{
  g_return_val_if_fail (SKS_IS_FINDINGS_GRID (self), 0);
  return self->checks->len;
}

/* Returns: (transfer none): the button of one cell */
GtkWidget *
sks_findings_grid_get_cell (SksFindingsGrid *self,
                            guint            row,
                            guint            check)
{
  g_return_val_if_fail (SKS_IS_FINDINGS_GRID (self), NULL);
  g_return_val_if_fail (row < self->rows->len && check < self->checks->len, NULL);

  return ((Row *) g_ptr_array_index (self->rows, row))->cells[check];
}

/* The verdict the row header shows, translated */
const char *
sks_findings_grid_get_verdict_text (SksFindingsGrid *self,
                                    guint            row)
{
  g_return_val_if_fail (SKS_IS_FINDINGS_GRID (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return gtk_label_get_label (((Row *) g_ptr_array_index (self->rows, row))->verdict_label);
}

gint64
sks_findings_grid_get_studio_id (SksFindingsGrid *self,
                                 guint            row)
{
  g_return_val_if_fail (SKS_IS_FINDINGS_GRID (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return ((Row *) g_ptr_array_index (self->rows, row))->id;
}

SksCheckItem
sks_findings_grid_get_check_item (SksFindingsGrid *self,
                                  guint            check)
{
  g_return_val_if_fail (SKS_IS_FINDINGS_GRID (self), SKS_N_CHECK_ITEMS);
  g_return_val_if_fail (check < self->checks->len, SKS_N_CHECK_ITEMS);

  return g_array_index (self->checks, Check, check).item;
}

GtkEventController *
_sks_findings_grid_get_key_controller (SksFindingsGrid *self)
{
  return self->key_controller;
}

GtkPopover *
_sks_findings_grid_get_note_popover (SksFindingsGrid *self)
{
  return self->note_popover;
}

/* The icon the row header shows beside its verdict */
const char *
_sks_findings_grid_get_verdict_icon_name (SksFindingsGrid *self,
                                          guint            row)
{
  g_return_val_if_fail (row < self->rows->len, NULL);
  return gtk_image_get_icon_name (((Row *) g_ptr_array_index (self->rows, row))->verdict_image);
}

GtkWidget *
_sks_findings_grid_get_row_header (SksFindingsGrid *self,
                                   guint            row)
{
  g_return_val_if_fail (row < self->rows->len, NULL);
  return ((Row *) g_ptr_array_index (self->rows, row))->header;
}
