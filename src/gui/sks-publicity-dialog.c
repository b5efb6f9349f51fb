/* sks-publicity-dialog.c — Publish List: the order of the 公示名单 and, when
 * no 公示 has started yet, its first day, with the last day computed from
 * the profile and the holiday calendar as the day changes
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-publication-plan.h"
#include "sks-publicity-dialog.h"

struct _SksPublicityDialog
{
  GtkDialog       parent_instance;

  GtkLabel       *scope_label;
  GtkDropDown    *order_dropdown;
  GtkWidget      *start_box;
  GtkCalendar    *start_calendar;
  GtkLabel       *period_label;

  SksPolicy      *policy;
  SksPublication *started;
  gboolean        period_ok;
};

G_DEFINE_FINAL_TYPE (SksPublicityDialog, sks_publicity_dialog, GTK_TYPE_DIALOG)

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
set_exports_sensitive (SksPublicityDialog *self,
                       gboolean            sensitive)
{
  GtkDialog *dialog = GTK_DIALOG (self);

  gtk_dialog_set_response_sensitive (dialog, SKS_PUBLICITY_RESPONSE_PRINT, sensitive);
  gtk_dialog_set_response_sensitive (dialog, SKS_PUBLICITY_RESPONSE_PDF, sensitive);
  gtk_dialog_set_response_sensitive (dialog, SKS_PUBLICITY_RESPONSE_XLSX, sensitive);
}

/* The period that the chosen first day gives, or why it cannot start. */
static char *
planned_period_text (SksPublicityDialog *self)
{
  g_autoptr(SksPublication) plan = sks_publication_new (0, SKS_PUBLICATION_LEVEL_CITY);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate start;

  self->period_ok = FALSE;
  if (self->policy == NULL)
    return g_strdup (_("The round has no policy profile: the period cannot be computed."));
  sks_publicity_dialog_get_start (self, &start);
  if (!sks_publication_plan (plan, self->policy, NULL, &start, NULL, &error))
    return g_strdup (error->message);
  self->period_ok = TRUE;
  first = format_day (sks_publication_get_first_day (plan));
  last = format_day (sks_publication_get_last_day (plan));
  /* TRANSLATORS: the 公示's first day, last day and its working days */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "From %s to %s: %u working day",
                                       "From %s to %s: %u working days",
                                       sks_publication_get_working_days (plan)),
                          first, last, sks_publication_get_working_days (plan));
}

static void
start_changed_cb (SksPublicityDialog *self)
{
  g_autofree char *text = NULL;

  if (self->started != NULL)
    return;
  text = planned_period_text (self);
  gtk_label_set_label (self->period_label, text);
  set_exports_sensitive (self, self->period_ok);
}

static void
show_started (SksPublicityDialog *self)
{
  g_autofree char *first = format_day (sks_publication_get_first_day (self->started));
  g_autofree char *last = format_day (sks_publication_get_last_day (self->started));
  g_autofree char *text =
    /* TRANSLATORS: the 公示's first and last days; it has started already */
    g_strdup_printf (_("The public notice runs from %s to %s; the list prints its studios."),
                     first, last);

  gtk_widget_set_visible (self->start_box, FALSE);
  gtk_label_set_label (self->period_label, text);
  self->period_ok = TRUE;
  set_exports_sensitive (self, TRUE);
}

static void
sks_publicity_dialog_dispose (GObject *object)
{
  SksPublicityDialog *self = SKS_PUBLICITY_DIALOG (object);

  g_clear_object (&self->policy);
  g_clear_object (&self->started);
  G_OBJECT_CLASS (sks_publicity_dialog_parent_class)->dispose (object);
}

static void
sks_publicity_dialog_class_init (SksPublicityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_publicity_dialog_dispose;
  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-publicity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksPublicityDialog, scope_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicityDialog, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksPublicityDialog, start_box);
  gtk_widget_class_bind_template_child (widget_class, SksPublicityDialog, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, SksPublicityDialog, period_label);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
}

static void
sks_publicity_dialog_init (SksPublicityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Official lists are printed in stroke order unless said otherwise. */
  gtk_drop_down_set_selected (self->order_dropdown, SKS_PUBLICITY_ORDER_STROKE);
  gtk_dialog_set_default_response (GTK_DIALOG (self), SKS_PUBLICITY_RESPONSE_PDF);
}

/**
 * sks_publicity_dialog_new:
 * @scope: what is published, e.g. "湖州 2025 (huzhou-2025)"
 * @policy: (nullable): the round's profile, for the period
 * @started: (nullable): the 公示 that has started; %NULL asks for the first
 *   day
 *
 * Returns: (transfer none): a modal dialog, not yet presented
 */
GtkWidget *
sks_publicity_dialog_new (GtkWindow      *parent,
                          const char     *scope,
                          SksPolicy      *policy,
                          SksPublication *started)
{
  SksPublicityDialog *self = g_object_new (SKS_TYPE_PUBLICITY_DIALOG,
                                           "transient-for", parent,
                                           "modal", TRUE,
                                           "destroy-with-parent", TRUE,
                                           "use-header-bar", FALSE,
                                           NULL);

  gtk_label_set_label (self->scope_label, scope);
  g_set_object (&self->policy, policy);
  g_set_object (&self->started, started);
  if (started != NULL)
    show_started (self);
  else
    start_changed_cb (self);
  return GTK_WIDGET (self);
}

SksPublicityOrder
sks_publicity_dialog_get_order (SksPublicityDialog *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICITY_DIALOG (self), SKS_PUBLICITY_ORDER_STROKE);

  return (SksPublicityOrder) MIN (gtk_drop_down_get_selected (self->order_dropdown),
                                  SKS_PUBLICITY_ORDER_STROKE);
}

void
sks_publicity_dialog_set_order (SksPublicityDialog *self,
                                SksPublicityOrder   order)
{
  g_return_if_fail (SKS_IS_PUBLICITY_DIALOG (self));

  gtk_drop_down_set_selected (self->order_dropdown, order);
}

/**
 * sks_publicity_dialog_get_start:
 *
 * The first day: the started 公示's, or the one chosen.
 *
 * Returns: whether a 公示 will start on it (none has started yet)
 */
gboolean
sks_publicity_dialog_get_start (SksPublicityDialog *self,
                                GDate              *start)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_val_if_fail (SKS_IS_PUBLICITY_DIALOG (self), FALSE);

  if (self->started != NULL)
    {
      *start = *sks_publication_get_first_day (self->started);
      return FALSE;
    }
  day = gtk_calendar_get_date (self->start_calendar);
  g_date_clear (start, 1);
  g_date_set_dmy (start, (GDateDay) g_date_time_get_day_of_month (day),
                  (GDateMonth) g_date_time_get_month (day),
                  (GDateYear) g_date_time_get_year (day));
  return TRUE;
}

void
sks_publicity_dialog_set_start (SksPublicityDialog *self,
                                const GDate        *start)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (SKS_IS_PUBLICITY_DIALOG (self));
  g_return_if_fail (start != NULL && g_date_valid (start));

  day = g_date_time_new_local (g_date_get_year (start), g_date_get_month (start),
                               g_date_get_day (start), 12, 0, 0);
  gtk_calendar_select_day (self->start_calendar, day);
  start_changed_cb (self);
}

/* What the dialog says of the period (the tests read it). */
const char *
sks_publicity_dialog_get_period_text (SksPublicityDialog *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICITY_DIALOG (self), NULL);

  return gtk_label_get_label (self->period_label);
}
