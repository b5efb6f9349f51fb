/* sks-recognise-dialog.c — Recognise… (认定) the studios of a round's
 * city 公示: the day (today at first), the validity's end computed live
 * where the profile sets a term (杭州: 3 years), what stands in the way
 * (the period not over, open objections) said before the click, and the
 * store's refusal naming the dates or objections after it
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-publication-plan.h"
#include "sks-publication-text.h"
#include "sks-recognise-dialog.h"

struct _SksRecogniseDialog
{
  GtkDialog       parent_instance;

  GtkLabel       *period_label;
  GtkEntry       *day_entry;
  GtkLabel       *validity_label;
  GtkLabel       *blocking_label;
  GtkLabel       *message_label;

  SksContext     *context;
  SksRound       *round;
  SksPublication *publication;
  guint           validity_years;
};

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SksRecogniseDialog, sks_recognise_dialog, GTK_TYPE_DIALOG)

static guint
count_open (SksRecogniseDialog *self)
{
  g_autoptr(GListModel) objections =
    sks_store_list_objections (sks_context_get_store (self->context),
                               sks_publication_get_id (self->publication), NULL);
  guint n_open = 0;

  for (guint i = 0; objections != NULL && i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(SksObjection) objection = g_list_model_get_item (objections, i);

      n_open += sks_objection_get_outcome (objection) == SKS_OBJECTION_OPEN;
    }
  return n_open;
}

/* What stands in the way on @day, before the store is asked. */
static char *
dup_blocking (SksRecogniseDialog *self,
              const GDate        *day)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_open = count_open (self);

  if (day != NULL && !sks_publication_has_ended_by (self->publication, day))
    {
      g_autofree char *last = sks_publication_text_format_day (
        sks_publication_get_last_day (self->publication));

      g_string_append_printf (text, _("The public notice runs until %s: recognition can follow "
                                      "only after it."), last);
    }
  if (n_open > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u objection is open: resolve it first.",
                                                 "%u objections are open: resolve them first.",
                                                 n_open), n_open);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
day_changed_cb (SksRecogniseDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *validity = NULL;
  g_autofree char *blocking = NULL;
  gboolean valid;
  GDate day, until;

  if (self->publication == NULL)
    return;
  valid = sks_publication_text_parse_day (gtk_editable_get_text (GTK_EDITABLE (self->day_entry)),
                                          _("Recognised on"), &day, &error);
  if (!valid)
    validity = g_strdup (error->message);
  else if (self->validity_years == 0)
    validity = g_strdup (_("The profile sets no term of validity."));
  else
    {
      g_autofree char *until_text = NULL;

      sks_validity_compute_end (&day, self->validity_years, &until);
      until_text = sks_publication_text_format_day (&until);
      /* Translators: the validity's end, then the profile's term in years */
      validity = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Valid until %s (%u year, the profile’s term)",
                                               "Valid until %s (%u years, the profile’s term)",
                                               self->validity_years),
                                  until_text, self->validity_years);
    }
  gtk_label_set_label (self->validity_label, validity);
  blocking = dup_blocking (self, valid ? &day : NULL);
  gtk_label_set_label (self->blocking_label, blocking != NULL ? blocking : "");
  gtk_widget_set_visible (GTK_WIDGET (self->blocking_label), blocking != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT, valid);
}

/**
 * sks_recognise_dialog_apply:
 * @summary: (out caller-allocates) (optional)
 *
 * Recognises the round's studios on the dialog's day, as the store's user.
 *
 * Returns: %FALSE with the refusal (the dates, the open objections)
 */
gboolean
sks_recognise_dialog_apply (SksRecogniseDialog     *self,
                            SksRecognitionSummary  *summary,
                            GError                **error)
{
  GDate day;

  g_return_val_if_fail (SKS_IS_RECOGNISE_DIALOG (self), FALSE);

  return sks_publication_text_parse_day (gtk_editable_get_text (GTK_EDITABLE (self->day_entry)),
                                         _("Recognised on"), &day, error) &&
         sks_publication_recognise_round (sks_context_get_store (self->context), self->round,
                                          &day, summary, error);
}

static void
response_cb (SksRecogniseDialog *self,
             int                 response)
{
  g_autoptr(GError) error = NULL;
  SksRecognitionSummary summary = { 0 };

  if (response == GTK_RESPONSE_ACCEPT && !sks_recognise_dialog_apply (self, &summary, &error))
    {
      gtk_label_set_label (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (response == GTK_RESPONSE_ACCEPT)
    g_signal_emit (self, signals[DONE], 0, summary.n_recognised, summary.n_removed,
                   summary.n_not_selected);
  g_object_unref (self);
}

static void
sks_recognise_dialog_dispose (GObject *object)
{
  SksRecogniseDialog *self = SKS_RECOGNISE_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->round);
  g_clear_object (&self->publication);
  G_OBJECT_CLASS (sks_recognise_dialog_parent_class)->dispose (object);
}

static void
sks_recognise_dialog_class_init (SksRecogniseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_recognise_dialog_dispose;

  /**
   * SksRecogniseDialog::done:
   * @n_recognised: now 已认定
   * @n_removed: taken off by an upheld objection
   * @n_not_selected: decided not selected, now 未入选
   *
   * The studios were recognised; the dialog has closed.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT,
                                G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-recognise-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksRecogniseDialog, period_label);
  gtk_widget_class_bind_template_child (widget_class, SksRecogniseDialog, day_entry);
  gtk_widget_class_bind_template_child (widget_class, SksRecogniseDialog, validity_label);
  gtk_widget_class_bind_template_child (widget_class, SksRecogniseDialog, blocking_label);
  gtk_widget_class_bind_template_child (widget_class, SksRecogniseDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, day_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
sks_recognise_dialog_init (SksRecogniseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_recognise_dialog_new:
 * @round_id: a round whose city 公示 has started
 *
 * Returns: (transfer none) (nullable): the dialog, modal, not yet
 *   presented; %NULL with @error when no city 公示 has started
 */
GtkWidget *
sks_recognise_dialog_new (GtkWindow   *parent,
                          SksContext  *context,
                          gint64       round_id,
                          GError     **error)
{
  SksRound *round = sks_context_find_round (context, round_id);
  SksPolicy *policy = sks_context_get_policy (context, round_id);
  g_autoptr(SksPublication) publication = NULL;
  g_autofree char *period = NULL;
  g_autofree char *today_text = NULL;
  SksRecogniseDialog *self;
  GDate today;

  if (round == NULL)
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                           _("Choose a round in the sidebar first"));
      return NULL;
    }
  publication = sks_store_get_publication (sks_context_get_store (context), round_id,
                                           SKS_PUBLICATION_LEVEL_CITY, 0, error);
  if (publication == NULL)
    return NULL;
  self = g_object_new (SKS_TYPE_RECOGNISE_DIALOG, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, "use-header-bar", FALSE, NULL);
  self->context = g_object_ref (context);
  self->round = g_object_ref (round);
  self->publication = g_steal_pointer (&publication);
  self->validity_years = policy != NULL ? sks_policy_get_validity_years (policy) : 0;
  period = sks_publication_text_dup_period (self->publication, NULL);
  gtk_label_set_label (self->period_label, period);
  sks_publication_text_get_today (&today);
  today_text = sks_publication_text_format_day (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), today_text);
  day_changed_cb (self);
  return GTK_WIDGET (self);
}

void
sks_recognise_dialog_set_day_text (SksRecogniseDialog *self,
                                   const char         *day)
{
  g_return_if_fail (SKS_IS_RECOGNISE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), day);
}

const char *
sks_recognise_dialog_get_validity_text (SksRecogniseDialog *self)
{
  return gtk_label_get_label (self->validity_label);
}

/* The store's refusal after a click, else what stands in the way. */
const char *
sks_recognise_dialog_get_message (SksRecogniseDialog *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return gtk_label_get_label (self->message_label);
  return gtk_label_get_label (self->blocking_label);
}
