/* sks-new-application-dialog.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks which round and recommending unit a new application is filed under,
 * prefilled from the sidebar's selection, with each unit's quota use
 * (吴兴区 5/12). Nothing is written here: the form opens on an application
 * that is saved only once something is typed into it.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-new-application-dialog.h"
#include "sks-scope-list.h"

struct _SksNewApplicationDialog
{
  GtkWindow     parent_instance;

  SksContext   *context;
  SksRowCounts  counts;
  GArray       *round_ids;  /* of gint64, one per round_drop_down item */
  GArray       *unit_ids;   /* of gint64, one per unit_drop_down item */

  GtkDropDown  *round_drop_down;
  GtkDropDown  *unit_drop_down;
  GtkLabel     *message_label;
};

G_DEFINE_FINAL_TYPE (SksNewApplicationDialog, sks_new_application_dialog, GTK_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * sks_new_application_describe_round:
 *
 * Returns: (transfer full): a round as a person knows it: "湖州市 2025 ·
 *   湖人社发〔2025〕1号", or its key when it has no city
 */
char *
sks_new_application_describe_round (SksRound *round)
{
  g_autofree char *number = NULL;
  const char *city = sks_round_get_city (round);

  g_object_get (round, "document-number", &number, NULL);
  if (city == NULL || *city == '\0')
    return g_strdup (sks_round_get_key (round));
  if (number == NULL || *number == '\0')
    /* Translators: a round: city and year, e.g. 湖州市 2025 */
    return g_strdup_printf (_("%s %d"), city, (int) sks_round_get_year (round));
  /* Translators: a round: city, year and notice number, e.g. 湖州市 2025 · 湖人社发〔2025〕1号 */
  return g_strdup_printf (_("%s %d · %s"), city, (int) sks_round_get_year (round), number);
}

/* "吴兴区 5/12", or "吴兴区 5" without a quota; withdrawn ones not counted. */
static char *
describe_unit (SksNewApplicationDialog *self,
               gint64                   round_id,
               SksRecommender          *unit)
{
  gint64 key = sks_scope_list_unit_key (round_id, sks_recommender_get_id (unit));
  SksUnitCount *count = g_hash_table_lookup (self->counts.by_unit, &key);
  guint n = count ? count->applications : 0;
  gint64 quota = sks_recommender_get_quota (unit);

  if (quota > 0)
    /* Translators: a unit with its applications against its quota: 吴兴区 5/12 */
    return g_strdup_printf (_("%s %u/%u"), sks_recommender_get_name (unit), n, (guint) quota);
  return g_strdup_printf (_("%s %u"), sks_recommender_get_name (unit), n);
}

static gint64
selected_id (GtkDropDown *drop_down,
             GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

static void
select_id (GtkDropDown *drop_down,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
}

static void
update_state (SksNewApplicationDialog *self)
{
  gint64 round_id = selected_id (self->round_drop_down, self->round_ids);
  gint64 unit_id = selected_id (self->unit_drop_down, self->unit_ids);
  GListModel *units = sks_context_get_recommenders (self->context, round_id);
  g_autofree char *message = NULL;

  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);
      gint64 key = sks_scope_list_unit_key (round_id, unit_id);
      SksUnitCount *count = g_hash_table_lookup (self->counts.by_unit, &key);
      gint64 quota = sks_recommender_get_quota (unit);

      if (sks_recommender_get_id (unit) != unit_id)
        continue;
      if (quota > 0 && count != NULL && count->applications >= (guint) quota)
        message = g_strdup_printf (_("%s has used its quota of %u. The application can still "
                                     "be filled in; the quota rule will say the unit is over."),
                                   sks_recommender_get_name (unit), (guint) quota);
    }
  if (message == NULL)
    message = g_strdup (_("The form opens empty. The application is kept once something is "
                          "typed into it."));
  gtk_label_set_text (self->message_label, message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-application.open",
                                 round_id != 0 && unit_id != 0);
}

static void
fill_units (SksNewApplicationDialog *self)
{
  gint64 round_id = selected_id (self->round_drop_down, self->round_ids);
  GListModel *units = sks_context_get_recommenders (self->context, round_id);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (self->unit_ids, 0);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);
      g_autofree char *text = describe_unit (self, round_id, unit);
      gint64 id = sks_recommender_get_id (unit);

      gtk_string_list_append (names, text);
      g_array_append_val (self->unit_ids, id);
    }
  gtk_drop_down_set_model (self->unit_drop_down, G_LIST_MODEL (names));
}

static void
fill_rounds (SksNewApplicationDialog *self)
{
  GListModel *rounds = sks_context_get_rounds (self->context);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);
      g_autofree char *text = sks_new_application_describe_round (round);
      gint64 id = sks_round_get_id (round);

      gtk_string_list_append (titles, text);
      g_array_append_val (self->round_ids, id);
    }
  gtk_drop_down_set_model (self->round_drop_down, G_LIST_MODEL (titles));
}

static void
round_changed_cb (SksNewApplicationDialog *self)
{
  if (self->context == NULL)
    return;
  fill_units (self);
  update_state (self);
}

static void
unit_changed_cb (SksNewApplicationDialog *self)
{
  if (self->context == NULL)
    return;
  update_state (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SksNewApplicationDialog *self = SKS_NEW_APPLICATION_DIALOG (widget);

  g_signal_emit (self, signals[CHOSEN], 0, sks_new_application_dialog_get_round_id (self),
                 sks_new_application_dialog_get_recommender_id (self));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

gint64
sks_new_application_dialog_get_round_id (SksNewApplicationDialog *self)
{
  g_return_val_if_fail (SKS_IS_NEW_APPLICATION_DIALOG (self), 0);
  return selected_id (self->round_drop_down, self->round_ids);
}

gint64
sks_new_application_dialog_get_recommender_id (SksNewApplicationDialog *self)
{
  g_return_val_if_fail (SKS_IS_NEW_APPLICATION_DIALOG (self), 0);
  return selected_id (self->unit_drop_down, self->unit_ids);
}

/* The chosen unit as the dialog lists it, e.g. "吴兴区 5/12". */
const char *
sks_new_application_dialog_get_unit_text (SksNewApplicationDialog *self)
{
  GListModel *model;
  guint position;

  g_return_val_if_fail (SKS_IS_NEW_APPLICATION_DIALOG (self), NULL);
  model = gtk_drop_down_get_model (self->unit_drop_down);
  position = gtk_drop_down_get_selected (self->unit_drop_down);
  if (model == NULL || position >= g_list_model_get_n_items (model))
    return NULL;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), position);
}

/* Chooses @round_id and @recommender_id, where the document has them. */
void
sks_new_application_dialog_select (SksNewApplicationDialog *self,
                                   gint64                   round_id,
                                   gint64                   recommender_id)
{
  g_return_if_fail (SKS_IS_NEW_APPLICATION_DIALOG (self));

  select_id (self->round_drop_down, self->round_ids, round_id);
  fill_units (self);
  select_id (self->unit_drop_down, self->unit_ids, recommender_id);
  update_state (self);
}

static void
sks_new_application_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKS_TYPE_NEW_APPLICATION_DIALOG);
  G_OBJECT_CLASS (sks_new_application_dialog_parent_class)->dispose (object);
}

static void
sks_new_application_dialog_finalize (GObject *object)
{
  SksNewApplicationDialog *self = SKS_NEW_APPLICATION_DIALOG (object);

  sks_scope_list_clear_counts (&self->counts);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_new_application_dialog_parent_class)->finalize (object);
}

static void
sks_new_application_dialog_class_init (SksNewApplicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_new_application_dialog_dispose;
  object_class->finalize = sks_new_application_dialog_finalize;

  /**
   * SksNewApplicationDialog::chosen:
   * @round_id: the round chosen
   * @recommender_id: the recommending unit chosen
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-new-application-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksNewApplicationDialog, round_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SksNewApplicationDialog, unit_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SksNewApplicationDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, round_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);
  gtk_widget_class_install_action (widget_class, "new-application.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "new-application.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "new-application.cancel", NULL);
}

static void
sks_new_application_dialog_init (SksNewApplicationDialog *self)
{
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_new_application_dialog_new:
 * @round_id: the round to offer first (the sidebar's), or 0 for the latest
 * @recommender_id: the unit to offer first, or 0 for the round's first
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
SksNewApplicationDialog *
sks_new_application_dialog_new (GtkWindow  *parent,
                                SksContext *context,
                                gint64      round_id,
                                gint64      recommender_id)
{
  SksNewApplicationDialog *self;

  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  self = g_object_new (SKS_TYPE_NEW_APPLICATION_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  sks_scope_list_count_rows (context, &self->counts);
  fill_rounds (self);
  if (round_id == 0 && self->round_ids->len > 0)
    round_id = g_array_index (self->round_ids, gint64, self->round_ids->len - 1);
  sks_new_application_dialog_select (self, round_id, recommender_id);
  return self;
}
