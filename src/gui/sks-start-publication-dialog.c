/* sks-start-publication-dialog.c — Start 公示…: the first day as typed
 * (today at first), the last day and the holidays crossed computed live
 * from the round's profile and the holiday calendar, the candidates the
 * 公示 lists (the city panel's "selected", or a recommending unit's), and
 * why it cannot start when it cannot
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-publication-plan.h"
#include "sks-publication-text.h"
#include "sks-start-publication-dialog.h"
#include "sks-store-decision.h"
#include "sks-studio-row.h"

struct _SksStartPublicationDialog
{
  GtkDialog       parent_instance;

  GtkLabel       *scope_label;
  GtkDropDown    *level_dropdown;
  GtkWidget      *unit_box;
  GtkDropDown    *unit_dropdown;
  GtkStringList  *units;
  GtkEntry       *first_day_entry;
  GtkLabel       *period_label;
  GtkLabel       *candidates_heading;
  GtkLabel       *candidates_label;
  GtkLabel       *message_label;
  GtkCheckButton *print_check;

  SksContext     *context;
  SksRound       *round;
  gboolean        period_ok;
  gboolean        listable;
};

enum { STARTED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SksStartPublicationDialog, sks_start_publication_dialog, GTK_TYPE_DIALOG)

static SksPublicationLevel
get_level (SksStartPublicationDialog *self)
{
  return gtk_drop_down_get_selected (self->level_dropdown) == 1 ? SKS_PUBLICATION_LEVEL_DISTRICT
                                                                : SKS_PUBLICATION_LEVEL_CITY;
}

static const char *
get_unit (SksStartPublicationDialog *self)
{
  guint position = gtk_drop_down_get_selected (self->unit_dropdown);

  if (get_level (self) != SKS_PUBLICATION_LEVEL_DISTRICT || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (self->units, position);
}

static gint64
get_unit_id (SksStartPublicationDialog *self)
{
  GListModel *units = sks_context_get_recommenders (self->context, sks_round_get_id (self->round));
  const char *name = get_unit (self);

  for (guint i = 0; name != NULL && units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (sks_recommender_get_name (unit), name) == 0)
        return sks_recommender_get_id (unit);
    }
  return 0;
}

/* The ids the panel at @level decided "selected" (a district's: of @unit_id). */
static GHashTable *
selected_ids (SksStartPublicationDialog *self,
              SksPanelLevel              level)
{
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(GPtrArray) decisions = sks_store_list_decisions (store, sks_round_get_id (self->round),
                                                             level, NULL);
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    {
      SksStoredDecision *decision = g_ptr_array_index (decisions, i);

      if (decision->decision == SKS_DECISION_SELECTED)
        g_hash_table_add (ids, g_memdup2 (&decision->studio_id, sizeof (gint64)));
    }
  return ids;
}

/* What the store will list (sks-store-publication.c): the city panel's
 * selected; a unit's own selected, else its recommended applications. */
static GPtrArray *
listed_rows (SksStartPublicationDialog *self)
{
  GListModel *rows = sks_context_get_studios (self->context);
  gboolean city = get_level (self) == SKS_PUBLICATION_LEVEL_CITY;
  g_autoptr(GHashTable) ids = selected_ids (self, city ? SKS_PANEL_LEVEL_CITY
                                                       : SKS_PANEL_LEVEL_DISTRICT);
  gint64 unit_id = get_unit_id (self);
  GPtrArray *listed = g_ptr_array_new_with_free_func (g_object_unref);

  for (int pass = 0; pass < 2 && listed->len == 0; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
      {
        g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
        gint64 id = sks_studio_row_get_id (row);

        if (sks_studio_row_get_round_id (row) != sks_round_get_id (self->round) ||
            (!city && sks_studio_row_get_recommender_id (row) != unit_id))
          continue;
        if (pass == 0 ? g_hash_table_contains (ids, &id)
                      : !city && sks_studio_row_get_status (row) == SKS_STATUS_RECOMMENDED)
          g_ptr_array_add (listed, g_steal_pointer (&row));
      }
  return listed;
}

static void
fill_candidates (SksStartPublicationDialog *self)
{
  g_autoptr(GPtrArray) listed = listed_rows (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *heading = NULL;

  for (guint i = 0; i < listed->len; i++)
    {
      SksStudioRow *row = g_ptr_array_index (listed, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a listed candidate: studio, master, recommending unit */
      g_string_append_printf (text, _("%s — %s (%s)"), sks_studio_row_get_name (row),
                              sks_studio_row_get_master_name (row),
                              sks_studio_row_get_recommender_name (row));
    }
  self->listable = listed->len > 0;
  if (listed->len == 0)
    g_string_append (text, get_level (self) == SKS_PUBLICATION_LEVEL_CITY
                     ? _("No candidate of this round is decided “selected” by the city panel: "
                         "record the decisions on the ranking page first.")
                     : _("The recommending unit has no candidate selected or recommended."));
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The public notice lists %u candidate",
                                          "The public notice lists %u candidates", listed->len),
                             listed->len);
  gtk_label_set_label (self->candidates_heading, heading);
  gtk_label_set_label (self->candidates_label, text->str);
}

/* Why the 公示 cannot start, beyond the first day: started already. */
static char *
dup_refusal (SksStartPublicationDialog *self)
{
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(SksPublication) started = NULL;
  g_autofree char *period = NULL;

  if (get_level (self) == SKS_PUBLICATION_LEVEL_DISTRICT && get_unit (self) == NULL)
    return g_strdup (_("Recommending unit: choose the unit whose public notice this is."));
  started = sks_store_get_publication (store, sks_round_get_id (self->round), get_level (self),
                                       get_unit_id (self), NULL);
  if (started != NULL)
    {
      period = sks_publication_text_dup_period (started, NULL);
      /* Translators: who started the 公示, then its period */
      return g_strdup_printf (_("This public notice was already started by %s: %s."),
                              sks_publication_get_started_by (started), period);
    }
  if (!self->listable)
    return g_strdup (_("There is nothing to publicize."));
  return NULL;
}

static void
update (SksStartPublicationDialog *self)
{
  g_autoptr(SksPublication) plan = sks_publication_new (0, get_level (self));
  SksPolicy *policy = sks_context_get_policy (self->context, sks_round_get_id (self->round));
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *refusal = NULL;
  GDate start;

  gtk_widget_set_visible (self->unit_box, get_level (self) == SKS_PUBLICATION_LEVEL_DISTRICT);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_check),
                            get_level (self) == SKS_PUBLICATION_LEVEL_CITY);
  fill_candidates (self);
  self->period_ok = FALSE;
  if (policy == NULL)
    period = g_strdup (_("The round has no policy profile: the period cannot be computed."));
  else if (!sks_publication_text_parse_day (gtk_editable_get_text (GTK_EDITABLE (
                                              self->first_day_entry)), _("First day"), &start,
                                            &error) ||
           !sks_publication_plan (plan, policy, NULL, &start, NULL, &error))
    period = g_strdup (error->message);
  else
    {
      self->period_ok = TRUE;
      period = sks_publication_text_dup_period (plan, NULL);
    }
  gtk_label_set_label (self->period_label, period);
  gtk_widget_set_css_classes (GTK_WIDGET (self->period_label),
                              self->period_ok ? NULL : (const char *[]) { "error", NULL });
  refusal = dup_refusal (self);
  gtk_label_set_label (self->message_label, refusal != NULL ? refusal : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), refusal != NULL);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT,
                                     self->period_ok && refusal == NULL);
}

static void
changed_cb (SksStartPublicationDialog *self)
{
  if (self->round != NULL)
    update (self);
}

static void
response_cb (SksStartPublicationDialog *self,
             int                        response)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPublication) publication = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  publication = sks_start_publication_dialog_start (self, &error);
  if (publication == NULL)
    {
      gtk_label_set_label (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[STARTED], 0, publication);
  g_object_unref (self);
}

static void
sks_start_publication_dialog_dispose (GObject *object)
{
  SksStartPublicationDialog *self = SKS_START_PUBLICATION_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->round);
  G_OBJECT_CLASS (sks_start_publication_dialog_parent_class)->dispose (object);
}

static void
sks_start_publication_dialog_class_init (SksStartPublicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_start_publication_dialog_dispose;

  /**
   * SksStartPublicationDialog::started:
   * @publication: the 公示 just started
   *
   * The 公示 started; the dialog has closed.
   */
  signals[STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, SKS_TYPE_PUBLICATION);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-start-publication-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, scope_label);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, unit_box);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, units);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, first_day_entry);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, period_label);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog,
                                        candidates_heading);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog,
                                        candidates_label);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksStartPublicationDialog, print_check);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
sks_start_publication_dialog_init (SksStartPublicationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
fill_units (SksStartPublicationDialog *self,
            const char                *chosen)
{
  GListModel *units = sks_context_get_recommenders (self->context, sks_round_get_id (self->round));

  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);

      gtk_string_list_append (self->units, sks_recommender_get_name (unit));
      if (g_strcmp0 (chosen, sks_recommender_get_name (unit)) == 0)
        gtk_drop_down_set_selected (self->unit_dropdown, i);
    }
}

/**
 * sks_start_publication_dialog_new:
 * @round_id: the round
 * @unit: (nullable): the sidebar's recommending unit, for a district's 公示
 *
 * Returns: (transfer none) (nullable): a modal dialog, not yet presented;
 *   %NULL when the round is not in @context
 */
GtkWidget *
sks_start_publication_dialog_new (GtkWindow  *parent,
                                  SksContext *context,
                                  gint64      round_id,
                                  const char *unit)
{
  SksRound *round = sks_context_find_round (context, round_id);
  SksStartPublicationDialog *self;
  g_autofree char *today_text = NULL;
  GDate today;

  if (round == NULL)
    return NULL;
  self = g_object_new (SKS_TYPE_START_PUBLICATION_DIALOG, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, "use-header-bar", FALSE, NULL);
  self->context = g_object_ref (context);
  self->round = g_object_ref (round);
  fill_units (self, unit);
  gtk_label_set_label (self->scope_label, sks_round_get_title (round));
  sks_publication_text_get_today (&today);
  today_text = sks_publication_text_format_day (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->first_day_entry), today_text);
  update (self);
  return GTK_WIDGET (self);
}

/**
 * sks_start_publication_dialog_start:
 *
 * Starts the 公示 as the dialog shows it, as the store's user.
 *
 * Returns: (transfer full): the 公示, or %NULL with the refusal
 */
SksPublication *
sks_start_publication_dialog_start (SksStartPublicationDialog  *self,
                                    GError                    **error)
{
  GDate start;

  g_return_val_if_fail (SKS_IS_START_PUBLICATION_DIALOG (self), NULL);

  if (!sks_publication_text_parse_day (gtk_editable_get_text (GTK_EDITABLE (
                                         self->first_day_entry)), _("First day"), &start, error))
    return NULL;
  return sks_publication_start_for_round (sks_context_get_store (self->context), self->round,
                                          get_level (self), get_unit (self), &start, NULL, error);
}

const char *
sks_start_publication_dialog_get_period_text (SksStartPublicationDialog *self)
{
  return gtk_label_get_label (self->period_label);
}

const char *
sks_start_publication_dialog_get_candidates_text (SksStartPublicationDialog *self)
{
  return gtk_label_get_label (self->candidates_label);
}

const char *
sks_start_publication_dialog_get_message (SksStartPublicationDialog *self)
{
  return gtk_label_get_label (self->message_label);
}

gboolean
sks_start_publication_dialog_get_can_start (SksStartPublicationDialog *self)
{
  return self->period_ok && !gtk_widget_get_visible (GTK_WIDGET (self->message_label));
}

/* Whether the user asked to print or export the 公示名单 next. */
gboolean
sks_start_publication_dialog_get_print_after (SksStartPublicationDialog *self)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (self->print_check)) &&
         gtk_check_button_get_active (self->print_check);
}
