/* sks-publication-panel.c — 公示与认定 for one round: the city's 公示 (its
 * period, whether it is to come, running with working days left, or over),
 * the studios it lists with their statuses, the objections with their
 * outcomes, and what recognition waits for; Start…, Add Objection…,
 * Resolve… and Recognise… open their small dialogs, after which the panel
 * says so ("changed": its window reads the document again) and reads the
 * 公示 again
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-enums.h"
#include "sks-objection-dialog.h"
#include "sks-publication-panel.h"
#include "sks-publication-text.h"
#include "sks-recognise-dialog.h"
#include "sks-start-publication-dialog.h"
#include "sks-store-publication.h"
#include "sks-studio-row.h"

struct _SksPublicationPanel
{
  GtkWindow       parent_instance;

  GtkLabel       *title_label;
  GtkLabel       *progress_label;
  GtkLabel       *period_label;
  GtkLabel       *recognition_label;
  GtkLabel       *studios_label;
  GtkListBox     *objections_list;
  GtkLabel       *blocking_label;
  GtkWidget      *start_button;
  GtkWidget      *add_button;
  GtkWidget      *recognise_button;
  GtkWidget      *publish_button;

  SksContext     *context;
  gint64          round_id;
  SksPublication *publication;
};

enum { CHANGED, PUBLISH_LIST, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SksPublicationPanel, sks_publication_panel, GTK_TYPE_WINDOW)

static SksStore *
get_store (SksPublicationPanel *self)
{
  return sks_context_get_store (self->context);
}

static SksStudioRow *
find_row (SksPublicationPanel *self,
          gint64               studio_id)
{
  GListModel *rows = sks_context_get_studios (self->context);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);

      if (sks_studio_row_get_id (row) == studio_id)
        return g_steal_pointer (&row);
    }
  return NULL;
}

static char *
dup_studio_name (SksPublicationPanel *self,
                 gint64               studio_id)
{
  g_autoptr(SksStudioRow) row = find_row (self, studio_id);

  if (row == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, studio_id);
  return g_strdup_printf (_("%s — %s"), sks_studio_row_get_name (row),
                          sks_studio_row_get_master_name (row));
}

static void
fill_studios (SksPublicationPanel *self)
{
  GArray *ids = sks_publication_get_studio_ids (self->publication);
  g_autoptr(GString) text = g_string_new (NULL);
  GDate on, until;

  gtk_label_set_label (self->recognition_label, "");
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SksStudioRow) row = find_row (self, id);
      g_autofree char *name = dup_studio_name (self, id);

      /* Translators: a listed studio and its status */
      g_string_append_printf (text, _("%s: %s\n"), name,
                              row != NULL ? sks_enum_get_label (SKS_TYPE_STATUS,
                                                                sks_studio_row_get_status (row))
                                          : "");
      if (*gtk_label_get_label (self->recognition_label) == '\0' &&
          sks_store_get_recognition (get_store (self), id, &on, &until, NULL))
        {
          g_autofree char *on_text = sks_publication_text_format_day (&on);
          g_autofree char *until_text = sks_publication_text_format_day (&until);
          g_autofree char *said = g_date_valid (&until)
            ? g_strdup_printf (_("Recognised on %s, valid until %s"), on_text, until_text)
            : g_strdup_printf (_("Recognised on %s"), on_text);

          gtk_label_set_label (self->recognition_label, said);
        }
    }
  if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  gtk_label_set_label (self->studios_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->recognition_label),
                          *gtk_label_get_label (self->recognition_label) != '\0');
}

static void
resolve_clicked_cb (GtkButton           *button,
                    SksPublicationPanel *self)
{
  sks_publication_panel_open_resolve (
    self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "objection-id")));
}

static GtkWidget *
objection_row_new (SksPublicationPanel *self,
                   SksObjection        *objection)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label;
  g_autofree char *received = sks_publication_text_format_day (
    sks_objection_get_received_on (objection));
  g_autofree char *about = sks_objection_get_studio_id (objection) != 0
    ? dup_studio_name (self, sks_objection_get_studio_id (objection))
    : g_strdup (_("the whole list"));
  const char *from = sks_objection_get_received_from (objection);
  SksObjectionOutcome outcome = sks_objection_get_outcome (objection);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: an objection: number, received day, sender, what it concerns */
  g_string_append_printf (text, _("No. %lld, received %s from %s, about %s"),
                          (long long) sks_objection_get_id (objection), received,
                          from != NULL && *from != '\0' ? from : _("(anonymous)"), about);
  g_string_append_printf (text, "\n%s", sks_objection_get_content (objection));
  if (outcome != SKS_OBJECTION_OPEN)
    {
      g_autofree char *resolved = sks_publication_text_format_day (
        sks_objection_get_resolved_on (objection));

      /* Translators: the outcome, its day, who resolved it, the note */
      g_string_append_printf (text, _("\n%s on %s by %s: %s"),
                              sks_enum_get_label (SKS_TYPE_OBJECTION_OUTCOME, outcome),
                              resolved, sks_objection_get_resolved_by (objection),
                              sks_objection_get_outcome_note (objection));
    }
  label = gtk_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (outcome == SKS_OBJECTION_OPEN)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Resolve…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "objection-id",
                         GSIZE_TO_POINTER ((gsize) sks_objection_get_id (objection)));
      g_signal_connect_object (button, "clicked", G_CALLBACK (resolve_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  return box;
}

/* Returns: the number of open objections */
static guint
fill_objections (SksPublicationPanel *self)
{
  g_autoptr(GListModel) objections = NULL;
  GtkWidget *child;
  guint n_open = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->objections_list))) != NULL)
    gtk_list_box_remove (self->objections_list, child);
  objections = sks_store_list_objections (get_store (self),
                                          sks_publication_get_id (self->publication), NULL);
  for (guint i = 0; objections != NULL && i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(SksObjection) objection = g_list_model_get_item (objections, i);

      n_open += sks_objection_get_outcome (objection) == SKS_OBJECTION_OPEN;
      gtk_list_box_append (self->objections_list, objection_row_new (self, objection));
    }
  return n_open;
}

static void
show_not_started (SksPublicationPanel *self)
{
  gtk_label_set_label (self->progress_label, _("The city’s public notice has not started."));
  gtk_label_set_label (self->period_label, "");
  gtk_label_set_label (self->studios_label, "");
  gtk_label_set_label (self->recognition_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->recognition_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->blocking_label), FALSE);
  gtk_widget_set_visible (self->start_button, TRUE);
  gtk_widget_set_sensitive (self->add_button, FALSE);
  gtk_widget_set_sensitive (self->recognise_button, FALSE);
}

static void
show_blocking (SksPublicationPanel *self,
               guint                n_open,
               const GDate         *today)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *from = NULL;
  GDate next = *sks_publication_get_last_day (self->publication);

  g_date_add_days (&next, 1);
  from = sks_publication_text_format_day (&next);
  if (!sks_publication_has_ended_by (self->publication, today))
    g_string_append_printf (text, _("Studios can be recognised from %s."), from);
  if (n_open > 0)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            g_dngettext (GETTEXT_PACKAGE,
                                         "An open objection blocks recognition: resolve it first.",
                                         "Open objections block recognition: resolve them first.",
                                         n_open));
  gtk_label_set_label (self->blocking_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->blocking_label), text->len > 0);
}

/**
 * sks_publication_panel_refresh:
 *
 * Reads the round's city 公示 and its objections again.
 */
void
sks_publication_panel_refresh (SksPublicationPanel *self)
{
  g_autofree char *period = NULL;
  g_autofree char *progress = NULL;
  gboolean recognised;
  guint n_open;
  GDate today;

  g_clear_object (&self->publication);
  self->publication = sks_store_get_publication (get_store (self), self->round_id,
                                                 SKS_PUBLICATION_LEVEL_CITY, 0, NULL);
  fill_objections (self);
  if (self->publication == NULL)
    {
      show_not_started (self);
      return;
    }
  sks_publication_text_get_today (&today);
  period = sks_publication_text_dup_period (self->publication, NULL);
  progress = sks_publication_text_dup_progress (self->publication, NULL, &today);
  gtk_label_set_label (self->period_label, period);
  gtk_label_set_label (self->progress_label, progress);
  fill_studios (self);
  n_open = fill_objections (self);
  recognised = *gtk_label_get_label (self->recognition_label) != '\0';
  if (recognised)
    gtk_widget_set_visible (GTK_WIDGET (self->blocking_label), FALSE);
  else
    show_blocking (self, n_open, &today);
  gtk_widget_set_visible (self->start_button, FALSE);
  gtk_widget_set_sensitive (self->add_button, !recognised);
  gtk_widget_set_sensitive (self->recognise_button, !recognised);
}

/* The window reads the document again on ::changed; then the statuses
 * shown here are the new ones. */
static void
changed (SksPublicationPanel *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  sks_publication_panel_refresh (self);
}

static void
started_cb (SksStartPublicationDialog *dialog,
            SksPublication            *publication,
            SksPublicationPanel       *self)
{
  changed (self);
  if (sks_start_publication_dialog_get_print_after (dialog))
    g_signal_emit (self, signals[PUBLISH_LIST], 0);
}

/* Returns: (transfer none): the Start dialog, presented */
GtkWidget *
sks_publication_panel_open_start (SksPublicationPanel *self)
{
  GtkWidget *dialog = sks_start_publication_dialog_new (GTK_WINDOW (self), self->context,
                                                        self->round_id, NULL);

  g_signal_connect_object (dialog, "started", G_CALLBACK (started_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Returns: (transfer none) (nullable): Add Objection, presented */
GtkWidget *
sks_publication_panel_open_objection (SksPublicationPanel *self)
{
  GtkWidget *dialog;

  if (self->publication == NULL)
    return NULL;
  dialog = sks_objection_dialog_new (GTK_WINDOW (self), self->context, self->publication);
  g_signal_connect_object (dialog, "done", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Returns: (transfer none) (nullable): Resolve Objection, presented */
GtkWidget *
sks_publication_panel_open_resolve (SksPublicationPanel *self,
                                    gint64               objection_id)
{
  g_autoptr(GListModel) objections = NULL;
  GtkWidget *dialog = NULL;

  if (self->publication == NULL)
    return NULL;
  objections = sks_store_list_objections (get_store (self),
                                          sks_publication_get_id (self->publication), NULL);
  for (guint i = 0; objections != NULL && i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(SksObjection) objection = g_list_model_get_item (objections, i);

      if (sks_objection_get_id (objection) == objection_id)
        dialog = sks_objection_dialog_new_resolve (GTK_WINDOW (self), self->context, objection);
    }
  if (dialog == NULL)
    return NULL;
  g_signal_connect_object (dialog, "done", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Returns: (transfer none) (nullable): Recognise, presented */
GtkWidget *
sks_publication_panel_open_recognise (SksPublicationPanel *self)
{
  GtkWidget *dialog = sks_recognise_dialog_new (GTK_WINDOW (self), self->context, self->round_id,
                                                NULL);

  if (dialog == NULL)
    return NULL;
  g_signal_connect_object (dialog, "done", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
start_clicked_cb (SksPublicationPanel *self)
{
  sks_publication_panel_open_start (self);
}

static void
add_clicked_cb (SksPublicationPanel *self)
{
  sks_publication_panel_open_objection (self);
}

static void
recognise_clicked_cb (SksPublicationPanel *self)
{
  sks_publication_panel_open_recognise (self);
}

static void
publish_clicked_cb (SksPublicationPanel *self)
{
  g_signal_emit (self, signals[PUBLISH_LIST], 0);
}

static void
sks_publication_panel_dispose (GObject *object)
{
  SksPublicationPanel *self = SKS_PUBLICATION_PANEL (object);

  g_clear_object (&self->context);
  g_clear_object (&self->publication);
  G_OBJECT_CLASS (sks_publication_panel_parent_class)->dispose (object);
}

static void
sks_publication_panel_class_init (SksPublicationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_publication_panel_dispose;

  /* The document changed (a 公示 started, an objection, recognition). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The user asked for the 公示名单 (the window's Publish List). */
  signals[PUBLISH_LIST] = g_signal_new ("publish-list", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-publication-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, period_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, recognition_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, studios_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, objections_list);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, blocking_label);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, start_button);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, add_button);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, recognise_button);
  gtk_widget_class_bind_template_child (widget_class, SksPublicationPanel, publish_button);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, recognise_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, publish_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sks_publication_panel_init (SksPublicationPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_publication_panel_new:
 * @round_id: the round
 *
 * Returns: (transfer none) (nullable): the panel, not yet presented;
 *   %NULL when the round is not in @context
 */
GtkWidget *
sks_publication_panel_new (GtkWindow  *parent,
                           SksContext *context,
                           gint64      round_id)
{
  SksRound *round = sks_context_find_round (context, round_id);
  SksPublicationPanel *self;

  if (round == NULL)
    return NULL;
  self = g_object_new (SKS_TYPE_PUBLICATION_PANEL, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->context = g_object_ref (context);
  self->round_id = round_id;
  gtk_label_set_label (self->title_label, sks_round_get_title (round));
  sks_publication_panel_refresh (self);
  return GTK_WIDGET (self);
}

/* What the panel says, line by line (for tests). */
char *
sks_publication_panel_dup_text (SksPublicationPanel *self)
{
  GString *text = g_string_new (NULL);
  GtkLabel *labels[] = { self->title_label, self->progress_label, self->period_label,
                         self->recognition_label, self->studios_label };
  GtkWidget *row;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_label (labels[i]));
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->objections_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_string_append_printf (text, "%s\n",
                              gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (box))));
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->blocking_label)))
    g_string_append (text, gtk_label_get_label (self->blocking_label));
  return g_string_free (text, FALSE);
}
