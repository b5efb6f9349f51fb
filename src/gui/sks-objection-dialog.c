/* sks-objection-dialog.c — one small dialog for an objection (异议): Add
 * (received on, from whom, what it says, the application it concerns if
 * any) and Resolve (upheld or dismissed, the day, why); the store checks
 * and records them with the user's name
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-objection-dialog.h"
#include "sks-publication-text.h"
#include "sks-store-publication.h"
#include "sks-studio-row.h"

struct _SksObjectionDialog
{
  GtkDialog       parent_instance;

  GtkLabel       *summary_label;
  GtkWidget      *add_grid;
  GtkEntry       *from_entry;
  GtkDropDown    *studio_dropdown;
  GtkStringList  *studio_names;
  GtkWidget      *outcome_box;
  GtkDropDown    *outcome_dropdown;
  GtkLabel       *day_label;
  GtkEntry       *day_entry;
  GtkLabel       *text_label;
  GtkTextView    *text_view;
  GtkLabel       *message_label;
  GtkButton      *apply_button;

  SksContext     *context;
  SksPublication *publication;  /* adding */
  SksObjection   *objection;    /* resolving */
  GArray         *studio_ids;   /* the dropdown's positions; 0 for none */
};

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SksObjectionDialog, sks_objection_dialog, GTK_TYPE_DIALOG)

static char *
dup_text (SksObjectionDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
add (SksObjectionDialog  *self,
     GError             **error)
{
  g_autoptr(SksObjection) objection = NULL;
  g_autofree char *content = dup_text (self);
  guint position = gtk_drop_down_get_selected (self->studio_dropdown);
  GDate day;

  if (!sks_publication_text_parse_day (gtk_editable_get_text (GTK_EDITABLE (self->day_entry)),
                                       _("Received on"), &day, error))
    return FALSE;
  objection = sks_objection_new (sks_publication_get_id (self->publication), &day, content);
  sks_objection_set_received_from (objection,
                                   gtk_editable_get_text (GTK_EDITABLE (self->from_entry)));
  if (position != GTK_INVALID_LIST_POSITION && position < self->studio_ids->len)
    sks_objection_set_studio_id (objection, g_array_index (self->studio_ids, gint64, position));
  return sks_store_add_objection (sks_context_get_store (self->context), objection, error);
}

static gboolean
resolve (SksObjectionDialog  *self,
         GError             **error)
{
  g_autofree char *note = dup_text (self);
  SksObjectionOutcome outcome = gtk_drop_down_get_selected (self->outcome_dropdown) == 1
                                  ? SKS_OBJECTION_UPHELD : SKS_OBJECTION_DISMISSED;
  GDate day;

  if (!sks_publication_text_parse_day (gtk_editable_get_text (GTK_EDITABLE (self->day_entry)),
                                       _("Resolved on"), &day, error))
    return FALSE;
  return sks_store_resolve_objection (sks_context_get_store (self->context),
                                      sks_objection_get_id (self->objection), outcome, note, &day,
                                      error);
}

/**
 * sks_objection_dialog_apply:
 *
 * Adds or resolves the objection as the dialog shows it.
 *
 * Returns: %FALSE with the store's refusal, naming the field
 */
gboolean
sks_objection_dialog_apply (SksObjectionDialog  *self,
                            GError             **error)
{
  g_return_val_if_fail (SKS_IS_OBJECTION_DIALOG (self), FALSE);

  return self->objection != NULL ? resolve (self, error) : add (self, error);
}

static void
response_cb (SksObjectionDialog *self,
             int                 response)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && !sks_objection_dialog_apply (self, &error))
    {
      gtk_label_set_label (self->message_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (response == GTK_RESPONSE_ACCEPT)
    g_signal_emit (self, signals[DONE], 0);
  g_object_unref (self);
}

static void
sks_objection_dialog_dispose (GObject *object)
{
  SksObjectionDialog *self = SKS_OBJECTION_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->publication);
  g_clear_object (&self->objection);
  g_clear_pointer (&self->studio_ids, g_array_unref);
  G_OBJECT_CLASS (sks_objection_dialog_parent_class)->dispose (object);
}

static void
sks_objection_dialog_class_init (SksObjectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_objection_dialog_dispose;

  /**
   * SksObjectionDialog::done:
   *
   * The objection was recorded or resolved; the dialog has closed.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-objection-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, add_grid);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, from_entry);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, studio_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, studio_names);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, outcome_box);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, day_label);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, day_entry);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, text_label);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksObjectionDialog, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
sks_objection_dialog_init (SksObjectionDialog *self)
{
  g_autofree char *today_text = NULL;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->studio_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  sks_publication_text_get_today (&today);
  today_text = sks_publication_text_format_day (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), today_text);
}

static SksStudioRow *
find_row (SksContext *context,
          gint64      studio_id)
{
  GListModel *rows = sks_context_get_studios (context);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_id (row) == studio_id)
        return g_steal_pointer (&row);
    }
  return NULL;
}

/* The listed applications, after "the whole list" (no application). */
static void
fill_studios (SksObjectionDialog *self)
{
  GArray *listed = sks_publication_get_studio_ids (self->publication);
  gint64 none = 0;

  gtk_string_list_append (self->studio_names, _("None (the whole list)"));
  g_array_append_val (self->studio_ids, none);
  for (guint i = 0; i < listed->len; i++)
    {
      gint64 id = g_array_index (listed, gint64, i);
      g_autoptr(SksStudioRow) row = find_row (self->context, id);
      g_autofree char *name = row != NULL
                                ? g_strdup_printf (_("%s — %s"), sks_studio_row_get_name (row),
                                                   sks_studio_row_get_master_name (row))
                                : g_strdup_printf ("%" G_GINT64_FORMAT, id);

      gtk_string_list_append (self->studio_names, name);
      g_array_append_val (self->studio_ids, id);
    }
}

/**
 * sks_objection_dialog_new:
 * @publication: the running 公示 the objection was received against
 *
 * Returns: (transfer none): Add Objection, modal, not yet presented
 */
GtkWidget *
sks_objection_dialog_new (GtkWindow      *parent,
                          SksContext     *context,
                          SksPublication *publication)
{
  SksObjectionDialog *self = g_object_new (SKS_TYPE_OBJECTION_DIALOG, "transient-for", parent,
                                           "modal", TRUE, "destroy-with-parent", TRUE,
                                           "use-header-bar", FALSE,
                                           "title", _("Add Objection (异议)"), NULL);
  g_autofree char *period = sks_publication_text_dup_period (publication, NULL);

  self->context = g_object_ref (context);
  self->publication = g_object_ref (publication);
  gtk_label_set_label (self->summary_label, period);
  gtk_label_set_text_with_mnemonic (self->day_label, _("_Received on"));
  gtk_label_set_text_with_mnemonic (self->text_label, _("_Content"));
  gtk_button_set_label (self->apply_button, _("_Add Objection"));
  gtk_widget_set_visible (self->outcome_box, FALSE);
  fill_studios (self);
  return GTK_WIDGET (self);
}

/**
 * sks_objection_dialog_new_resolve:
 * @objection: an open objection
 *
 * Returns: (transfer none): Resolve Objection, modal, not yet presented
 */
GtkWidget *
sks_objection_dialog_new_resolve (GtkWindow    *parent,
                                  SksContext   *context,
                                  SksObjection *objection)
{
  SksObjectionDialog *self = g_object_new (SKS_TYPE_OBJECTION_DIALOG, "transient-for", parent,
                                           "modal", TRUE, "destroy-with-parent", TRUE,
                                           "use-header-bar", FALSE,
                                           "title", _("Resolve Objection (异议)"), NULL);
  g_autofree char *received = sks_publication_text_format_day (
    sks_objection_get_received_on (objection));
  /* Translators: an objection's number, the day it was received, what it says */
  g_autofree char *summary = g_strdup_printf (_("Objection no. %lld, received %s: %s"),
                                              (long long) sks_objection_get_id (objection),
                                              received, sks_objection_get_content (objection));

  self->context = g_object_ref (context);
  self->objection = g_object_ref (objection);
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_text_with_mnemonic (self->day_label, _("_Resolved on"));
  gtk_label_set_text_with_mnemonic (self->text_label, _("_Note (why)"));
  gtk_button_set_label (self->apply_button, _("_Resolve"));
  gtk_widget_set_visible (self->add_grid, FALSE);
  return GTK_WIDGET (self);
}

/**
 * sks_objection_dialog_fill:
 * @day: (nullable): the day as typed; %NULL keeps today
 * @from: (nullable): who sent it (adding)
 * @text: the content, or the note when resolving
 * @studio_id: the listed application it concerns, 0 for none (adding)
 *
 * Fills the fields as a user would (the tests use it).
 */
void
sks_objection_dialog_fill (SksObjectionDialog *self,
                           const char         *day,
                           const char         *from,
                           const char         *text,
                           gint64              studio_id)
{
  g_return_if_fail (SKS_IS_OBJECTION_DIALOG (self));

  if (day != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->day_entry), day);
  if (from != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  for (guint i = 0; i < self->studio_ids->len; i++)
    if (g_array_index (self->studio_ids, gint64, i) == studio_id)
      gtk_drop_down_set_selected (self->studio_dropdown, i);
}

void
sks_objection_dialog_set_outcome (SksObjectionDialog  *self,
                                  SksObjectionOutcome  outcome)
{
  g_return_if_fail (SKS_IS_OBJECTION_DIALOG (self));

  gtk_drop_down_set_selected (self->outcome_dropdown, outcome == SKS_OBJECTION_UPHELD ? 1 : 0);
}

const char *
sks_objection_dialog_get_message (SksObjectionDialog *self)
{
  return gtk_label_get_label (self->message_label);
}
