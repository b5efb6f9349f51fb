/* sks-score-entry-view.c — panel scoring (评分) of a round: choosing the
 * panel and the reviewer, and the reviewer's grid of candidates × criteria
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The grid is a GtkGrid of entries rather than a GtkColumnView: a panel
 * scores tens to a couple of hundred candidates on four or so criteria, so
 * every cell can be a real entry that keeps its text, its error mark and
 * its place in the keyboard order, which 4.8's column view (no cell focus
 * of its own, no scroll-to) does not give. A cell is checked as it is
 * typed and saved when it is left (Tab, Enter, an arrow, a click
 * elsewhere); a score of a submitted sheet is saved only with a reason.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-enums.h"
#include "sks-panel-dialog.h"
#include "sks-reason-dialog.h"
#include "sks-score-entry-view-private.h"

G_DEFINE_FINAL_TYPE (SksScoreEntryView, sks_score_entry_view, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHOW_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SCORES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload_grid (SksScoreEntryView *self);

static SksStore *
get_store (SksScoreEntryView *self)
{
  return sks_context_get_store (self->context);
}

gboolean
_sks_score_entry_view_writable (SksScoreEntryView *self)
{
  return self->context != NULL && !sks_context_get_read_only (self->context);
}

void
_sks_score_entry_view_show_message (SksScoreEntryView *self,
                                    const char        *message)
{
  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
show_error (SksScoreEntryView *self,
            const char        *format,
            const GError      *error)
{
  g_autofree char *text = g_strdup_printf (format, error->message);

  _sks_score_entry_view_show_message (self, text);
}

static SksPolicy *
get_policy (SksScoreEntryView *self)
{
  return self->round_id > 0 ? sks_context_get_policy (self->context, self->round_id) : NULL;
}

SksScoreMethod
_sks_score_entry_view_get_method (SksScoreEntryView *self)
{
  SksPolicy *policy = get_policy (self);
  SksScoreMethod fallback = policy ? sks_policy_get_score_method (policy)
                                   : SKS_SCORE_METHOD_MEAN;

  if (self->round_id <= 0)
    return fallback;
  return sks_store_get_score_method (get_store (self), self->round_id, fallback, NULL);
}

void
_sks_score_entry_view_get_thresholds (SksScoreEntryView  *self,
                                      SksScoreThresholds *thresholds)
{
  SksPolicy *policy = get_policy (self);

  thresholds->range = 0;
  thresholds->sd = 0;
  if (policy != NULL)
    sks_policy_get_score_thresholds (policy, thresholds);
}

void
_sks_score_entry_view_clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

GtkWidget *
_sks_score_entry_view_cell_label (const char *text,
                                  float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  return label;
}

static ScoreCell *
get_cell (SksScoreEntryView *self,
          guint              index)
{
  return index < self->cells->len ? &g_array_index (self->cells, ScoreCell, index) : NULL;
}

static ScoreCell *
current_cell (SksScoreEntryView *self)
{
  return get_cell (self, self->current);
}

static gboolean
is_submitted (SksScoreEntryView *self)
{
  return self->member != NULL && sks_panel_member_is_submitted (self->member);
}

static gboolean
has_invalid_cell (SksScoreEntryView *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    if (get_cell (self, i)->draft == SCORE_INVALID)
      return TRUE;
  return FALSE;
}

static SksConflict *
row_conflict (SksScoreEntryView *self,
              guint              row)
{
  ScoreCell *cell = get_cell (self, row * self->n_cols);

  return cell ? g_hash_table_lookup (self->conflicts, &cell->studio_id) : NULL;
}

void
_sks_score_entry_view_update_actions (SksScoreEntryView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = _sks_score_entry_view_writable (self);
  ScoreCell *cell = current_cell (self);
  SksConflict *conflict = cell ? row_conflict (self, cell->row) : NULL;
  guint n_members = self->members ? g_list_model_get_n_items (self->members) : 0;
  guint n_criteria = self->criteria ? g_list_model_get_n_items (self->criteria) : 0;

  gtk_widget_action_set_enabled (widget, "scores.submit",
                                 writable && self->member != NULL && !is_submitted (self) &&
                                 self->cells->len > 0 && !has_invalid_cell (self));
  gtk_widget_action_set_enabled (widget, "scores.declare-conflict",
                                 writable && self->member != NULL && cell != NULL &&
                                 conflict == NULL);
  gtk_widget_action_set_enabled (widget, "scores.clear-conflict",
                                 writable && conflict != NULL && conflict->declared);
  gtk_widget_action_set_enabled (widget, "scores.members", writable && self->panel != NULL);
  gtk_widget_action_set_enabled (widget, "scores.print-blank-sheets",
                                 self->panel != NULL && n_members > 0 && n_criteria > 0);
  gtk_widget_action_set_enabled (widget, "scores.export-blank-sheets",
                                 self->panel != NULL && n_members > 0 && n_criteria > 0);
  gtk_widget_action_set_enabled (widget, "scores.history", self->round_id > 0);
  gtk_widget_action_set_enabled (widget, "scores.import", writable && self->panel != NULL);
  gtk_widget_action_set_enabled (widget, "scores.add-criterion",
                                 writable && self->round_id > 0 && !self->has_scores);
  gtk_widget_action_set_enabled (widget, "scores.save-sheet",
                                 writable && self->round_id > 0 && !self->has_scores);
  gtk_widget_set_sensitive (GTK_WIDGET (self->method_dropdown),
                            writable && self->round_id > 0);
}

/* Status line and totals */

/* "2026-12-06 16:11" in local time from the store's ISO 8601 text. */
static char *
format_local_time (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = iso ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
  g_autoptr(GDateTime) local = time ? g_date_time_to_local (time) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (iso ? iso : "");
}

static void
update_status (SksScoreEntryView *self)
{
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;
  guint n_stored = 0;

  for (guint i = 0; i < self->cells->len; i++)
    n_stored += get_cell (self, i)->stored >= 0;
  if (self->panel == NULL)
    text = g_strdup (_("Choose a round and, for a district review, its recommending unit."));
  else if (self->member == NULL)
    text = g_strdup (_("This panel has no members yet: add them with Panel Members… in the "
                        "menu on the right"));
  else if (is_submitted (self))
    text = g_strdup_printf (_("Sheet of %s: submitted %s by %s, %u of %u scores. It is locked: "
                              "a change needs a reason and is kept in the history."),
                            sks_panel_member_get_name (self->member),
                            (when = format_local_time (sks_panel_member_get_submitted (self->member))),
                            sks_panel_member_get_submitted_by (self->member)
                              ? sks_panel_member_get_submitted_by (self->member) : "—",
                            n_stored, self->cells->len);
  else
    text = g_strdup_printf (_("Sheet of %s: open, %u of %u scores entered"),
                            sks_panel_member_get_name (self->member), n_stored,
                            self->cells->len);
  gtk_label_set_label (self->status_label, text);
}

static void
update_total (SksScoreEntryView *self,
              guint              row)
{
  gint64 total = 0;
  guint n_scored = 0;
  gboolean invalid = FALSE;
  g_autofree char *sum = NULL;
  g_autofree char *text = NULL;

  for (guint col = 0; col < self->n_cols; col++)
    {
      ScoreCell *cell = get_cell (self, row * self->n_cols + col);

      if (cell->draft == SCORE_INVALID)
        invalid = TRUE;
      else if (cell->draft >= 0)
        total += cell->draft, n_scored++;
    }
  sum = sks_score_format (total);
  if (n_scored == 0 && !invalid)
    text = g_strdup ("—");
  else if (n_scored < self->n_cols || invalid)
    /* TRANSLATORS: a candidate's total so far and how many criteria it counts */
    text = g_strdup_printf (_("%s (%u of %u)"), sum, n_scored, self->n_cols);
  else
    text = g_steal_pointer (&sum);
  gtk_label_set_label (g_ptr_array_index (self->totals, row), text);
}

/* Checking and saving a cell */

static void
mark_cell (SksScoreEntryView *self,
           ScoreCell         *cell)
{
  if (cell->error != NULL)
    gtk_widget_add_css_class (cell->entry, "error");
  else
    gtk_widget_remove_css_class (cell->entry, "error");
  gtk_widget_set_tooltip_text (cell->entry, cell->error);
  _sks_score_entry_view_show_message (self, cell->error);
}

/* What is typed: empty clears the score; anything else must be a score
 * from 0 to the criterion's maximum, or the cell says why. */
static void
check_cell (ScoreCell *cell)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (cell->entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gint64 max = sks_score_criterion_get_max_points (cell->criterion);
  g_autofree char *max_text = sks_score_format (max);
  gint64 value;

  g_clear_pointer (&cell->error, g_free);
  if (*trimmed == '\0')
    cell->draft = SKS_SCORE_BLANK;
  else if (!sks_score_parse (trimmed, &value) || value < 0)
    {
      cell->draft = SCORE_INVALID;
      cell->error = g_strdup_printf (_("%s: “%s” is not a score; type a number from 0 to %s."),
                                     sks_score_criterion_get_title (cell->criterion), trimmed,
                                     max_text);
    }
  else if (value > max)
    {
      g_autofree char *value_text = sks_score_format (value);

      cell->draft = SCORE_INVALID;
      cell->error = g_strdup_printf (_("%s: %s is over the criterion’s maximum of %s points."),
                                     sks_score_criterion_get_title (cell->criterion),
                                     value_text, max_text);
    }
  else
    cell->draft = value;
}

static void
cell_changed_cb (GtkEditable       *editable,
                 SksScoreEntryView *self)
{
  ScoreCell *cell = get_cell (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable),
                                                                         "sks-cell")));

  if (self->filling || cell == NULL)
    return;
  check_cell (cell);
  mark_cell (self, cell);
  update_total (self, cell->row);
  _sks_score_entry_view_update_actions (self);
}

static void
set_cell_text (SksScoreEntryView *self,
               ScoreCell         *cell,
               gint64             points)
{
  g_autofree char *text = points >= 0 ? sks_score_format (points) : g_strdup ("");

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (cell->entry), text);
  self->filling = FALSE;
  cell->draft = points;
  g_clear_pointer (&cell->error, g_free);
  mark_cell (self, cell);
  if (cell->row < self->totals->len)
    update_total (self, cell->row);
}

static gboolean
save_cell (SksScoreEntryView *self,
           ScoreCell         *cell,
           const char        *reason)
{
  g_autoptr(GError) error = NULL;

  if (!sks_store_set_score (get_store (self), sks_panel_member_get_id (self->member),
                            cell->studio_id, sks_score_criterion_get_id (cell->criterion),
                            cell->draft, reason, &error))
    {
      show_error (self, _("The score was not saved: %s"), error);
      gtk_widget_add_css_class (cell->entry, "error");
      return FALSE;
    }
  cell->stored = cell->draft;
  self->results_dirty = TRUE;
  if (!self->has_scores && cell->stored >= 0)
    {
      /* the round's first score fixes its sheet: the sheet page turns read-only */
      self->has_scores = TRUE;
      _sks_score_entry_view_build_sheet (self);
    }
  update_status (self);
  g_signal_emit (self, signals[SCORES_CHANGED], 0);
  return TRUE;
}

static void focus_cell (SksScoreEntryView *self,
                        guint              index);

static void
reason_response_cb (GtkDialog         *dialog,
                    int                response,
                    SksScoreEntryView *self)
{
  ScoreCell *cell = self->pending;
  g_autofree char *reason = g_strstrip (g_strdup (
    sks_reason_dialog_get_reason (SKS_REASON_DIALOG (dialog))));

  if (cell == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }
  if (response == GTK_RESPONSE_ACCEPT && *reason == '\0')
    {
      sks_reason_dialog_show_error (SKS_REASON_DIALOG (dialog),
                                    _("The sheet is submitted: say why the score changes."));
      return;
    }
  self->pending = NULL;
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT || !save_cell (self, cell, reason))
    {
      set_cell_text (self, cell, cell->stored);
      focus_cell (self, cell->row * self->n_cols + cell->col);
      return;
    }
  _sks_score_entry_view_show_message (self, NULL);
  focus_cell (self, self->pending_next);
}

static void
ask_reason (SksScoreEntryView *self,
            ScoreCell         *cell,
            guint              next)
{
  g_autoptr(SksScoreResult) result = g_list_model_get_item (self->results, cell->row);
  g_autofree char *old_text = cell->stored >= 0 ? sks_score_format (cell->stored)
                                                : g_strdup (_("no score"));
  g_autofree char *new_text = cell->draft >= 0 ? sks_score_format (cell->draft)
                                               : g_strdup (_("no score"));
  g_autofree char *message = NULL;
  GtkWidget *dialog;

  message = g_strdup_printf (_("The sheet of %s is submitted. Change the score of %s for "
                               "“%s” from %s to %s? The old score stays in the history."),
                             sks_panel_member_get_name (self->member),
                             sks_score_result_get_studio_name (result),
                             sks_score_criterion_get_title (cell->criterion),
                             old_text, new_text);
  self->pending = cell;
  self->pending_next = next;
  dialog = sks_reason_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                  _("Change a Submitted Score"), message, _("C_hange Score"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves @cell when it changed. Returns FALSE when the focus must stay:
 * the cell is refused, or waits for the reason of a submitted sheet (the
 * dialog moves on to @next). */
static gboolean
commit_cell (SksScoreEntryView *self,
             ScoreCell         *cell,
             guint              next)
{
  if (cell == NULL || self->pending != NULL || self->member == NULL)
    return self->pending == NULL;
  if (cell->draft == SCORE_INVALID)
    {
      mark_cell (self, cell);
      gtk_widget_error_bell (cell->entry);
      return FALSE;
    }
  if (cell->draft == cell->stored)
    return TRUE;
  if (is_submitted (self))
    {
      ask_reason (self, cell, next);
      return FALSE;
    }
  return save_cell (self, cell, NULL);
}

/* Keyboard */

static void
focus_cell (SksScoreEntryView *self,
            guint              index)
{
  ScoreCell *cell = get_cell (self, index);

  if (cell == NULL)
    return;
  self->current = index;
  gtk_widget_grab_focus (cell->entry);
  /* typing replaces the score */
  gtk_editable_select_region (GTK_EDITABLE (cell->entry), 0, -1);
  _sks_score_entry_view_update_actions (self);
}

/* The cell next to @index in the direction of @keyval, G_MAXUINT at the
 * grid's edge. */
static guint
step_cell (SksScoreEntryView *self,
             guint              index,
             guint              keyval,
             GdkModifierType    state)
{
  guint n = self->cells->len;
  ScoreCell *cell = get_cell (self, index);

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (state & GDK_SHIFT_MASK)
        return index > 0 ? index - 1 : G_MAXUINT;
      return index + 1 < n ? index + 1 : G_MAXUINT;
    case GDK_KEY_ISO_Left_Tab:
      return index > 0 ? index - 1 : G_MAXUINT;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      return index + 1 < n ? index + 1 : G_MAXUINT;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return cell->row > 0 ? index - self->n_cols : G_MAXUINT;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return cell->row + 1 < self->n_rows ? index + self->n_cols : G_MAXUINT;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return index > 0 ? index - 1 : G_MAXUINT;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return index + 1 < n ? index + 1 : G_MAXUINT;
    default:
      return G_MAXUINT;
    }
}

/* The cell @index moves to with @keyval, G_MAXUINT to stay: conflicted
 * (read-only) cells are passed over. */
static guint
target_cell (SksScoreEntryView *self,
             guint              index,
             guint              keyval,
             GdkModifierType    state)
{
  guint next = step_cell (self, index, keyval, state);

  while (next != G_MAXUINT && get_cell (self, next)->conflicted)
    next = step_cell (self, next, keyval, state);
  return next;
}

static gboolean
is_move_key (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Tab: case GDK_KEY_KP_Tab: case GDK_KEY_ISO_Left_Tab:
    case GDK_KEY_Return: case GDK_KEY_KP_Enter:
    case GDK_KEY_Up: case GDK_KEY_KP_Up: case GDK_KEY_Down: case GDK_KEY_KP_Down:
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Right: case GDK_KEY_KP_Right:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
cell_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     SksScoreEntryView     *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "sks-cell"));
  ScoreCell *cell = get_cell (self, index);
  guint next;

  if (cell == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Escape)
    {
      set_cell_text (self, cell, cell->stored);
      gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
      return TRUE;
    }
  if (!is_move_key (keyval))
    return FALSE;
  next = target_cell (self, index, keyval, state);
  if (!commit_cell (self, cell, next == G_MAXUINT ? index : next))
    return TRUE;
  if (next != G_MAXUINT)
    focus_cell (self, next);
  return TRUE;
}

static void
cell_enter_cb (GtkEventControllerFocus *controller,
               SksScoreEntryView       *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->current = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "sks-cell"));
  _sks_score_entry_view_update_actions (self);
}

/* A click elsewhere saves the cell too; the window losing the focus (the
 * focus widget stays) does not. */
static void
cell_leave_cb (GtkEventControllerFocus *controller,
               SksScoreEntryView       *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "sks-cell"));
  GtkRoot *root = gtk_widget_get_root (entry);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (self->filling || (focus != NULL && gtk_widget_is_ancestor (focus, entry)))
    return;
  commit_cell (self, get_cell (self, index), index);
}

/* The grid */

static GtkWidget *
make_cell_entry (SksScoreEntryView *self,
                 ScoreCell         *cell,
                 guint              index,
                 const char        *candidate)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *name = g_strdup_printf ("%s — %s", candidate,
                                           sks_score_criterion_get_title (cell->criterion));

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 8);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data (G_OBJECT (entry), "sks-cell", GUINT_TO_POINTER (index));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (cell_key_pressed_cb), self, 0);
  g_signal_connect_object (focus, "enter", G_CALLBACK (cell_enter_cb), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (cell_leave_cb), self, 0);
  gtk_widget_add_controller (entry, keys);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect_object (entry, "changed", G_CALLBACK (cell_changed_cb), self, 0);
  return entry;
}

static void
add_header (SksScoreEntryView *self)
{
  const char *last[] = {
    C_("scores column", "Total"), C_("scores column", "Conflict of interest"),
  };

  gtk_grid_attach (self->entry_grid,
                   _sks_score_entry_view_cell_label (C_("scores column", "Candidate"), 0),
                   0, 0, 1, 1);
  for (guint col = 0; col < self->n_cols; col++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (self->criteria, col);
      g_autofree char *max = sks_score_format (sks_score_criterion_get_max_points (criterion));
      /* TRANSLATORS: a criterion's column heading: its title and maximum */
      g_autofree char *text = g_strdup_printf (_("%s\n(max %s)"),
                                               sks_score_criterion_get_title (criterion), max);
      GtkWidget *label = _sks_score_entry_view_cell_label (text, 1.0);

      gtk_widget_set_tooltip_text (label, sks_score_criterion_get_guidance (criterion));
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_grid_attach (self->entry_grid, label, 1 + col, 0, 1, 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    gtk_grid_attach (self->entry_grid, _sks_score_entry_view_cell_label (last[i], i ? 0 : 1.0),
                     1 + self->n_cols + i, 0, 1, 1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->entry_grid));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_add_css_class (child, "heading");
}

static void
add_candidate (SksScoreEntryView *self,
               guint              row,
               GHashTable        *stored)
{
  g_autoptr(SksScoreResult) result = g_list_model_get_item (self->results, row);
  gint64 studio_id = sks_score_result_get_studio_id (result);
  SksConflict *conflict = g_hash_table_lookup (self->conflicts, &studio_id);
  g_autofree char *text = g_strdup_printf ("%s\n%s · %s",
                                           sks_score_result_get_studio_name (result),
                                           sks_score_result_get_master_name (result),
                                           sks_score_result_get_unit_name (result));
  GtkWidget *label = _sks_score_entry_view_cell_label (text, 0);
  GtkWidget *total = _sks_score_entry_view_cell_label ("—", 1.0);
  GtkWidget *reason = _sks_score_entry_view_cell_label (conflict ? conflict->reason : "", 0);
  gboolean editable = _sks_score_entry_view_writable (self) && conflict == NULL;

  gtk_grid_attach (self->entry_grid, label, 0, row + 1, 1, 1);
  for (guint col = 0; col < self->n_cols; col++)
    {
      ScoreCell cell = { 0 };
      ScoreCell *added;
      gint64 *points;
      g_autofree char *key = NULL;

      cell.studio_id = studio_id;
      cell.criterion = g_list_model_get_item (self->criteria, col);
      g_object_unref (cell.criterion);  /* the list keeps it */
      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, studio_id,
                             sks_score_criterion_get_id (cell.criterion));
      points = g_hash_table_lookup (stored, key);
      cell.stored = points ? *points : SKS_SCORE_BLANK;
      cell.draft = cell.stored;
      cell.row = row;
      cell.col = col;
      cell.conflicted = conflict != NULL;
      g_array_append_val (self->cells, cell);
      added = get_cell (self, self->cells->len - 1);
      added->entry = make_cell_entry (self, added, self->cells->len - 1,
                                      sks_score_result_get_studio_name (result));
      set_cell_text (self, added, added->stored);
      gtk_editable_set_editable (GTK_EDITABLE (added->entry), editable);
      if (conflict != NULL)
        gtk_widget_add_css_class (added->entry, "dim-label");
      gtk_grid_attach (self->entry_grid, added->entry, 1 + col, row + 1, 1, 1);
    }
  gtk_grid_attach (self->entry_grid, total, 1 + self->n_cols, row + 1, 1, 1);
  gtk_grid_attach (self->entry_grid, reason, 2 + self->n_cols, row + 1, 1, 1);
  g_ptr_array_add (self->totals, total);
  update_total (self, row);
  if (conflict != NULL)
    {
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (total, "dim-label");
      gtk_widget_set_tooltip_text (label, conflict->reason);
    }
}

/* Returns: (transfer full): "studio:criterion" → the reviewer's points */
static GHashTable *
load_stored (SksScoreEntryView *self,
             GError           **error)
{
  g_autoptr(GArray) scores = sks_store_list_scores (get_store (self),
                                                    sks_panel_member_get_id (self->member),
                                                    error);
  GHashTable *stored;

  if (scores == NULL)
    return NULL;
  stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < scores->len; i++)
    {
      SksScoreEntry *score = &g_array_index (scores, SksScoreEntry, i);

      g_hash_table_insert (stored, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                    score->studio_id, score->criterion_id),
                           g_memdup2 (&score->points, sizeof score->points));
    }
  return stored;
}

static gboolean
load_conflicts (SksScoreEntryView *self,
                GError           **error)
{
  g_autoptr(GPtrArray) conflicts = sks_store_list_conflicts (get_store (self),
                                                             sks_panel_get_id (self->panel),
                                                             error);
  gint64 member_id = sks_panel_member_get_id (self->member);

  if (conflicts == NULL)
    return FALSE;
  g_ptr_array_set_free_func (conflicts, NULL);
  for (guint i = 0; i < conflicts->len; i++)
    {
      SksConflict *conflict = g_ptr_array_index (conflicts, i);

      if (conflict->member_id == member_id)
        g_hash_table_insert (self->conflicts, &conflict->studio_id, conflict);
      else
        sks_conflict_free (conflict);
    }
  return TRUE;
}

static void
clear_cells (SksScoreEntryView *self)
{
  self->filling = TRUE;
  _sks_score_entry_view_clear_grid (self->entry_grid);
  self->filling = FALSE;
  for (guint i = 0; i < self->cells->len; i++)
    g_clear_pointer (&get_cell (self, i)->error, g_free);
  g_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->totals, 0);
  g_hash_table_remove_all (self->conflicts);
  self->n_rows = self->n_cols = 0;
  self->pending = NULL;
}

static void
reload_grid (SksScoreEntryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) stored = NULL;
  guint current = self->current;

  clear_cells (self);
  if (self->panel != NULL && self->member != NULL && self->results != NULL &&
      self->criteria != NULL)
    {
      stored = load_stored (self, &error);
      if (stored == NULL || !load_conflicts (self, &error))
        show_error (self, _("Could not read the scores: %s"), error);
      else
        {
          self->n_cols = g_list_model_get_n_items (self->criteria);
          self->n_rows = g_list_model_get_n_items (self->results);
          add_header (self);
          for (guint row = 0; row < self->n_rows; row++)
            add_candidate (self, row, stored);
        }
    }
  self->current = current < self->cells->len ? current : 0;
  update_status (self);
  _sks_score_entry_view_update_actions (self);
}

/* The panel and the reviewer */

static void
set_member (SksScoreEntryView *self,
            SksPanelMember    *member)
{
  g_set_object (&self->member, member);
  if (member != NULL)
    self->member_id = sks_panel_member_get_id (member);
  reload_grid (self);
}

static void
fill_reviewers (SksScoreEntryView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = self->members ? g_list_model_get_n_items (self->members) : 0;
  guint selected = 0;
  g_autoptr(SksPanelMember) member = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksPanelMember) item = g_list_model_get_item (self->members, i);
      g_autofree char *text = NULL;

      text = g_strdup_printf ("%s%s", sks_panel_member_get_name (item),
                              sks_panel_member_is_submitted (item) ? _(" (submitted)") : "");
      gtk_string_list_append (names, text);
      if (sks_panel_member_get_id (item) == self->member_id)
        selected = i;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->reviewer_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->reviewer_dropdown, n > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  member = n > 0 ? g_list_model_get_item (self->members, selected) : NULL;
  set_member (self, member);
}

static GListModel *
load_criteria (SksScoreEntryView *self,
               GError           **error)
{
  SksPolicy *policy = get_policy (self);
  g_autoptr(GPtrArray) defaults = NULL;

  if (!_sks_score_entry_view_writable (self) || policy == NULL)
    return sks_store_list_score_criteria (get_store (self), self->round_id, error);
  defaults = sks_policy_create_score_sheet (policy);
  return sks_store_ensure_score_sheet (get_store (self), self->round_id, defaults, error);
}

static gboolean
load_panel (SksScoreEntryView *self,
            GError           **error)
{
  gboolean district = self->level == SKS_PANEL_LEVEL_DISTRICT;
  SksScoreThresholds thresholds;

  if (self->round_id <= 0 || (district && self->recommender_id <= 0))
    return TRUE;
  self->criteria = load_criteria (self, error);
  if (self->criteria == NULL ||
      !sks_store_round_has_scores (get_store (self), self->round_id, &self->has_scores, error))
    return FALSE;
  self->panel = sks_store_get_panel (get_store (self), self->round_id, self->level,
                                     district ? self->recommender_id : 0,
                                     _sks_score_entry_view_writable (self), error);
  if (self->panel == NULL)
    return g_error_matches (*error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
  self->members = sks_store_list_panel_members (get_store (self),
                                                sks_panel_get_id (self->panel), error);
  if (self->members == NULL)
    return FALSE;
  _sks_score_entry_view_get_thresholds (self, &thresholds);
  self->results = sks_store_list_score_results (get_store (self), self->panel,
                                                _sks_score_entry_view_get_method (self),
                                                &thresholds, error);
  return self->results != NULL;
}

void
_sks_score_entry_view_reload_panel (SksScoreEntryView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->panel);
  g_clear_object (&self->members);
  g_clear_object (&self->criteria);
  g_clear_object (&self->results);
  self->has_scores = FALSE;
  _sks_score_entry_view_show_message (self, NULL);
  if (!load_panel (self, &error) && error != NULL)
    show_error (self, _("Could not read the panel: %s"), error);
  fill_reviewers (self);
  _sks_score_entry_view_fill_methods (self);
  _sks_score_entry_view_build_sheet (self);
  self->results_dirty = TRUE;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
    _sks_score_entry_view_build_results (self);
}

static void
fill_units (SksScoreEntryView *self)
{
  GListModel *units = self->round_id > 0
                      ? sks_context_get_recommenders (self->context, self->round_id) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = units ? g_list_model_get_n_items (units) : 0;
  guint selected = 0;

  g_array_set_size (self->unit_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);
      gint64 id = sks_recommender_get_id (unit);

      gtk_string_list_append (names, sks_recommender_get_name (unit));
      g_array_append_val (self->unit_ids, id);
      if (id == self->recommender_id)
        selected = i;
    }
  self->recommender_id = n > 0 ? g_array_index (self->unit_ids, gint64, selected) : 0;
  self->filling = TRUE;
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->unit_dropdown, n > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->unit_dropdown),
                          self->level == SKS_PANEL_LEVEL_DISTRICT);
}

static void
fill_rounds (SksScoreEntryView *self)
{
  GListModel *rounds = sks_context_get_rounds (self->context);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (rounds);
  guint selected = n > 0 ? n - 1 : 0;

  g_array_set_size (self->round_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      gint64 id = sks_round_get_id (round);

      gtk_string_list_append (names, sks_round_get_title (round));
      g_array_append_val (self->round_ids, id);
      if (id == self->round_id)
        selected = i;
    }
  self->round_id = n > 0 ? g_array_index (self->round_ids, gint64, selected) : 0;
  self->filling = TRUE;
  gtk_drop_down_set_model (self->round_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->round_dropdown, n > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->filling = FALSE;
}

void
sks_score_entry_view_reload (SksScoreEntryView *self)
{
  g_return_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self));

  fill_rounds (self);
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->level_dropdown, self->level);
  self->filling = FALSE;
  fill_units (self);
  _sks_score_entry_view_reload_panel (self);
}

static void
round_selected_cb (SksScoreEntryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->round_dropdown);

  if (self->filling || selected >= self->round_ids->len)
    return;
  self->round_id = g_array_index (self->round_ids, gint64, selected);
  fill_units (self);
  _sks_score_entry_view_reload_panel (self);
}

static void
level_selected_cb (SksScoreEntryView *self)
{
  if (self->filling)
    return;
  self->level = gtk_drop_down_get_selected (self->level_dropdown) == SKS_PANEL_LEVEL_DISTRICT
                ? SKS_PANEL_LEVEL_DISTRICT : SKS_PANEL_LEVEL_CITY;
  fill_units (self);
  _sks_score_entry_view_reload_panel (self);
}

static void
unit_selected_cb (SksScoreEntryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);

  if (self->filling || selected >= self->unit_ids->len)
    return;
  self->recommender_id = g_array_index (self->unit_ids, gint64, selected);
  _sks_score_entry_view_reload_panel (self);
}

static void
reviewer_selected_cb (SksScoreEntryView *self)
{
  guint selected = gtk_drop_down_get_selected (self->reviewer_dropdown);
  g_autoptr(SksPanelMember) member = NULL;

  if (self->filling || self->members == NULL)
    return;
  member = g_list_model_get_item (self->members, selected);
  set_member (self, member);
}

static void
page_changed_cb (SksScoreEntryView *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0 &&
      self->results_dirty)
    _sks_score_entry_view_build_results (self);
}

/* Actions */

static guint
count_scored_candidates (SksScoreEntryView *self,
                         guint             *n_scores)
{
  guint n_candidates = 0;

  *n_scores = 0;
  for (guint row = 0; row < self->n_rows; row++)
    {
      gboolean any = FALSE;

      for (guint col = 0; col < self->n_cols; col++)
        if (get_cell (self, row * self->n_cols + col)->stored >= 0)
          any = TRUE, (*n_scores)++;
      n_candidates += any;
    }
  return n_candidates;
}

static void
submit_response_cb (GtkDialog         *dialog,
                    int                response,
                    SksScoreEntryView *self)
{
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT || self->member == NULL)
    return;
  if (!sks_store_submit_sheet (get_store (self), sks_panel_member_get_id (self->member), &error))
    {
      show_error (self, _("The sheet was not submitted: %s"), error);
      return;
    }
  _sks_score_entry_view_reload_panel (self);
  g_signal_emit (self, signals[SCORES_CHANGED], 0);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (widget);
  GtkWidget *dialog;
  guint n_scores;
  guint n_candidates;

  if (self->member == NULL || !commit_cell (self, current_cell (self), self->current))
    return;
  n_candidates = count_scored_candidates (self, &n_scores);
  dialog = gtk_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Submit the sheet of %s?"),
                                   sks_panel_member_get_name (self->member));
  gtk_message_dialog_format_secondary_text (
    GTK_MESSAGE_DIALOG (dialog),
    g_dngettext (GETTEXT_PACKAGE,
                 "%u score for %u of %u candidates will be locked. A later change needs a "
                 "reason and keeps the old score in the history.",
                 "%u scores for %u of %u candidates will be locked. A later change needs a "
                 "reason and keeps the old score in the history.", n_scores),
    n_scores, n_candidates, self->n_rows);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          C_("scores", "_Submit"), GTK_RESPONSE_ACCEPT, NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (submit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
conflict_response_cb (GtkDialog         *dialog,
                      int                response,
                      SksScoreEntryView *self)
{
  g_autofree char *reason = g_strstrip (g_strdup (
    sks_reason_dialog_get_reason (SKS_REASON_DIALOG (dialog))));
  gint64 studio_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "sks-studio"));
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && *reason == '\0')
    {
      sks_reason_dialog_show_error (SKS_REASON_DIALOG (dialog),
                                    _("Say why the reviewer cannot score this candidate."));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT || self->member == NULL)
    return;
  if (!sks_store_declare_conflict (get_store (self), sks_panel_member_get_id (self->member),
                                   studio_id, reason, &error))
    show_error (self, _("The conflict of interest was not saved: %s"), error);
  _sks_score_entry_view_reload_panel (self);
  g_signal_emit (self, signals[SCORES_CHANGED], 0);
}

static void
declare_conflict_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (widget);
  ScoreCell *cell = current_cell (self);
  g_autoptr(SksScoreResult) result = NULL;
  g_autofree char *message = NULL;
  GtkWidget *dialog;

  if (cell == NULL || self->member == NULL)
    return;
  result = g_list_model_get_item (self->results, cell->row);
  message = g_strdup_printf (_("%s declares a conflict of interest (回避) for %s (%s). Their "
                               "scores for this candidate are kept but do not count."),
                             sks_panel_member_get_name (self->member),
                             sks_score_result_get_studio_name (result),
                             sks_score_result_get_unit_name (result));
  dialog = sks_reason_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                  _("Declare a Conflict of Interest"), message, _("_Declare"));
  g_object_set_data (G_OBJECT (dialog), "sks-studio", GSIZE_TO_POINTER (cell->studio_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_conflict_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (widget);
  ScoreCell *cell = current_cell (self);
  g_autoptr(GError) error = NULL;

  if (cell == NULL || self->member == NULL)
    return;
  if (!sks_store_clear_conflict (get_store (self), sks_panel_member_get_id (self->member),
                                 cell->studio_id, &error))
    show_error (self, _("The conflict of interest was not withdrawn: %s"), error);
  _sks_score_entry_view_reload_panel (self);
  g_signal_emit (self, signals[SCORES_CHANGED], 0);
}

static void
members_changed_cb (SksScoreEntryView *self)
{
  _sks_score_entry_view_reload_panel (self);
}

static void
members_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (widget);
  GtkWidget *dialog;

  if (self->panel == NULL)
    return;
  dialog = sks_panel_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->context,
                                 self->panel);
  g_signal_connect_object (dialog, "changed", G_CALLBACK (members_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_blank_sheets_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  _sks_score_entry_view_print_blank_sheets (SKS_SCORE_ENTRY_VIEW (widget));
}

static void
export_blank_sheets_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  _sks_score_entry_view_choose_export (SKS_SCORE_ENTRY_VIEW (widget));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _sks_score_entry_view_show_history (SKS_SCORE_ENTRY_VIEW (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _sks_score_entry_view_choose_import (SKS_SCORE_ENTRY_VIEW (widget));
}

static void
add_criterion_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _sks_score_entry_view_add_criterion (SKS_SCORE_ENTRY_VIEW (widget));
}

static void
save_sheet_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _sks_score_entry_view_save_sheet (SKS_SCORE_ENTRY_VIEW (widget));
}

/* GObject */

static void
fill_levels (SksScoreEntryView *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  gtk_string_list_append (levels, sks_enum_get_label (SKS_TYPE_PANEL_LEVEL,
                                                      SKS_PANEL_LEVEL_DISTRICT));
  gtk_string_list_append (levels, sks_enum_get_label (SKS_TYPE_PANEL_LEVEL,
                                                      SKS_PANEL_LEVEL_CITY));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  gtk_drop_down_set_selected (self->level_dropdown, self->level);
  self->filling = FALSE;
}

static void
sks_score_entry_view_constructed (GObject *object)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (object);

  G_OBJECT_CLASS (sks_score_entry_view_parent_class)->constructed (object);
  fill_levels (self);
  if (self->context != NULL)
    sks_score_entry_view_reload (self);
}

static void
sks_score_entry_view_dispose (GObject *object)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (object);

  if (self->cells != NULL)
    clear_cells (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_SCORE_ENTRY_VIEW);
  g_clear_object (&self->panel);
  g_clear_object (&self->member);
  g_clear_object (&self->members);
  g_clear_object (&self->criteria);
  g_clear_object (&self->results);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_score_entry_view_parent_class)->dispose (object);
}

static void
sks_score_entry_view_finalize (GObject *object)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (object);

  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_hash_table_unref);
  g_clear_pointer (&self->sheet_rows, g_ptr_array_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  G_OBJECT_CLASS (sks_score_entry_view_parent_class)->finalize (object);
}

static void
sks_score_entry_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SHOW_SCOPE:
      g_value_set_boolean (value, self->show_scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_score_entry_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SksScoreEntryView *self = SKS_SCORE_ENTRY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SHOW_SCOPE:
      sks_score_entry_view_set_show_scope (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_score_entry_view_class_init (SksScoreEntryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sks_score_entry_view_constructed;
  object_class->dispose = sks_score_entry_view_dispose;
  object_class->finalize = sks_score_entry_view_finalize;
  object_class->get_property = sks_score_entry_view_get_property;
  object_class->set_property = sks_score_entry_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SksScoreEntryView:show-scope:
   *
   * Whether the view shows its own round, level and unit choosers. A host
   * that chooses the scope itself (the review workspace) turns them off and
   * calls sks_score_entry_view_set_scope().
   */
  properties[PROP_SHOW_SCOPE] =
    g_param_spec_boolean ("show-scope", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksScoreEntryView::scores-changed:
   *
   * A score, a submission, a conflict or the sheet changed in the store;
   * views showing scores (the comparison) reload.
   */
  signals[SCORES_CHANGED] = g_signal_new ("scores-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-score-entry-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, scope_box);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, reviewer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, method_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, stack);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, status_label);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, entry_grid);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, sheet_label);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, sheet_lock_label);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, sheet_grid);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, results_label);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, results_grid);
  gtk_widget_class_bind_template_child (widget_class, SksScoreEntryView, results_notes_label);
  gtk_widget_class_bind_template_callback (widget_class, round_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, reviewer_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "method_selected_cb",
                                                G_CALLBACK (_sks_score_entry_view_method_selected_cb));

  gtk_widget_class_install_action (widget_class, "scores.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "scores.declare-conflict", NULL,
                                   declare_conflict_action);
  gtk_widget_class_install_action (widget_class, "scores.clear-conflict", NULL,
                                   clear_conflict_action);
  gtk_widget_class_install_action (widget_class, "scores.members", NULL, members_action);
  gtk_widget_class_install_action (widget_class, "scores.print-blank-sheets", NULL,
                                   print_blank_sheets_action);
  gtk_widget_class_install_action (widget_class, "scores.export-blank-sheets", NULL,
                                   export_blank_sheets_action);
  gtk_widget_class_install_action (widget_class, "scores.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "scores.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "scores.add-criterion", NULL,
                                   add_criterion_action);
  gtk_widget_class_install_action (widget_class, "scores.save-sheet", NULL, save_sheet_action);
}

static void
sks_score_entry_view_init (SksScoreEntryView *self)
{
  self->level = SKS_PANEL_LEVEL_CITY;
  self->show_scope = TRUE;
  self->cells = g_array_new (FALSE, TRUE, sizeof (ScoreCell));
  self->totals = g_ptr_array_new ();
  self->conflicts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                           (GDestroyNotify) sks_conflict_free);
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_score_entry_view_new:
 * @context: the open document
 *
 * Returns: (transfer floating): the scoring view of the document's latest
 *   round, its city panel and first reviewer
 */
GtkWidget *
sks_score_entry_view_new (SksContext *context)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_SCORE_ENTRY_VIEW, "context", context, NULL);
}

SksContext *
sks_score_entry_view_get_context (SksScoreEntryView *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self), NULL);

  return self->context;
}

void
sks_score_entry_view_set_scope (SksScoreEntryView *self,
                                gint64             round_id,
                                gint64             recommender_id)
{
  g_return_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self));

  self->round_id = round_id;
  self->recommender_id = recommender_id;
  self->level = recommender_id > 0 ? SKS_PANEL_LEVEL_DISTRICT : SKS_PANEL_LEVEL_CITY;
  sks_score_entry_view_reload (self);
}

void
sks_score_entry_view_set_reviewer (SksScoreEntryView *self,
                                   gint64             member_id)
{
  g_return_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self));

  self->member_id = member_id;
  fill_reviewers (self);
}

/**
 * sks_score_entry_view_set_show_scope:
 * @show_scope: whether the view's own round, level and unit choosers show
 *
 * A host that sets the scope (sks_score_entry_view_set_scope()) hides them,
 * so the page is not wider than the host and does not repeat its chooser.
 */
void
sks_score_entry_view_set_show_scope (SksScoreEntryView *self,
                                     gboolean           show_scope)
{
  g_return_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self));

  show_scope = !!show_scope;
  if (self->show_scope == show_scope)
    return;
  self->show_scope = show_scope;
  gtk_widget_set_visible (self->scope_box, show_scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SCOPE]);
}

gboolean
sks_score_entry_view_get_show_scope (SksScoreEntryView *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_ENTRY_VIEW (self), TRUE);

  return self->show_scope;
}
