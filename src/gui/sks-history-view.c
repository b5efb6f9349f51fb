/* sks-history-view.c — who changed what (变更记录), newest first: time, who,
 * what, old → new and why. The values are as stored: personal ones masked.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-history-text.h"
#include "sks-history-view.h"

struct _SksHistoryView
{
  GtkWidget   parent_instance;

  GtkLabel   *heading_label;
  GtkLabel   *empty_label;
  GtkListBox *list;

  GListModel *model;     /* SksHistoryEntry or SksRoundEvent, newest first */
  GListModel *source;    /* as the store lists them, oldest first */
  GHashTable *positions; /* item of @model → its position in @source + 1 */
};

G_DEFINE_FINAL_TYPE (SksHistoryView, sks_history_view, GTK_TYPE_WIDGET)

/* "2026-12-06T05:23:23Z" in local time: "2026-12-06 13:23". */
static char *
format_time (const char *iso)
{
  g_autoptr(GDateTime) time = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup (iso ? iso : "");
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static const char *
action_label (const char *action)
{
  static const struct { const char *action; const char *label; } labels[] = {
    { "created", N_("Created") },   { "imported", N_("Imported") },
    { "updated", N_("Changed") },   { "status", N_("Status changed") },
    { "evaluation", N_("Evaluation") }, { "deleted", N_("Deleted") },
    { "restored", N_("Restored") }, { "replaced", N_("Replaced") },
  };

  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (action, labels[i].action))
      return _(labels[i].label);
  return action ? action : "";
}

/* A status nick as the lists show it. */
static const char *
value_text (const char *field,
            const char *value)
{
  int status;

  if (value == NULL || *value == '\0')
    return "—";
  if (g_strcmp0 (field, "status") == 0 && sks_enum_from_nick (SKS_TYPE_STATUS, value, &status))
    return sks_enum_get_label (SKS_TYPE_STATUS, status);
  return value;
}

/* Where @entry stands in the document's history (oldest first), which
 * tells a finding's who and day with its state. */
static char *
entry_text (SksHistoryView   *self,
            SksHistoryEntry  *entry,
            char            **second,
            char            **third)
{
  g_autofree char *time = format_time (sks_history_entry_get_time (entry));
  const char *field = sks_history_entry_get_field (entry);
  g_autofree char *label = sks_history_dup_field_label (field);
  const char *detail = sks_history_entry_get_detail (entry);
  const char *reason = sks_history_entry_get_reason (entry);
  const char *who = sks_history_entry_get_who (entry);
  gpointer position = g_hash_table_lookup (self->positions, entry);
  GString *more = g_string_new (NULL);

  if (position != NULL &&
      (sks_history_entry_get_old_value (entry) || sks_history_entry_get_new_value (entry)))
    {
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      sks_history_dup_change_texts (self->source, GPOINTER_TO_UINT (position) - 1, &old_text,
                                    &new_text);
      *second = g_strdup_printf ("%s → %s", old_text ? old_text : "—",
                                 new_text ? new_text : "—");
    }
  else if (field == NULL && detail != NULL)
    *second = g_strdup (detail);  /* written before schema 6: the fields' names */
  if (detail != NULL && field != NULL && g_strcmp0 (detail, field) != 0)
    g_string_append (more, detail);
  if (reason != NULL)
    {
      if (more->len)
        g_string_append (more, " · ");
      /* TRANSLATORS: the reason a user gave for a change */
      g_string_append_printf (more, _("Reason: %s"), reason);
    }
  *third = g_string_free (more, more->len == 0);
  return g_strdup_printf ("%s · %s · %s%s%s", time, who ? who : _("(unknown)"),
                          action_label (sks_history_entry_get_action (entry)),
                          label ? ": " : "", label ? label : "");
}

/* "submitted → withdrawn" as the lists name the statuses. */
static char *
status_change_text (const char *detail)
{
  g_auto(GStrv) parts = detail ? g_strsplit (detail, " → ", 2) : NULL;

  if (parts == NULL || g_strv_length (parts) != 2)
    return g_strdup (detail);
  return g_strdup_printf ("%s → %s", value_text ("status", parts[0]),
                          value_text ("status", parts[1]));
}

static char *
event_text (SksRoundEvent  *event,
            char          **second,
            char          **third)
{
  g_autofree char *time = format_time (sks_round_event_get_time (event));
  const char *who = sks_round_event_get_who (event);
  const char *stored_detail = sks_round_event_get_detail (event);
  g_autofree char *detail = status_change_text (stored_detail);
  const char *reason = sks_round_event_get_reason (event);

  *second = g_strdup_printf ("%s（%s）%s%s", sks_round_event_get_studio_name (event) ?: "",
                             sks_round_event_get_master_name (event) ?: "",
                             detail ? "  " : "", detail ? detail : "");
  *third = reason ? g_strdup_printf (_("Reason: %s"), reason) : NULL;
  return g_strdup_printf ("%s · %s · %s", time, who ? who : _("(unknown)"),
                          action_label (sks_round_event_get_action (event)));
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
dup_texts (SksHistoryView  *self,
           gpointer         item,
           char           **second,
           char           **third)
{
  if (SKS_IS_HISTORY_ENTRY (item))
    return entry_text (self, item, second, third);
  return event_text (item, second, third);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *first = dup_texts (user_data, item, &second, &third);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), make_label (first, "heading"));
  if (second != NULL)
    gtk_box_append (GTK_BOX (box), make_label (second, NULL));
  if (third != NULL)
    gtk_box_append (GTK_BOX (box), make_label (third, "dim-label"));
  return box;
}

/* Newest first; a finding's who and day are told with its state. */
static void
set_items (SksHistoryView *self,
           GListModel     *items,
           GType           type)
{
  g_autoptr(GListStore) reversed = g_list_store_new (type);
  guint n = g_list_model_get_n_items (items);

  g_hash_table_remove_all (self->positions);
  g_set_object (&self->source, items);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i - 1);

      if (type == SKS_TYPE_HISTORY_ENTRY && sks_history_is_folded (items, i - 1))
        continue;
      g_hash_table_insert (self->positions, item, GUINT_TO_POINTER (i));
      g_list_store_append (reversed, item);
    }
  g_set_object (&self->model, G_LIST_MODEL (reversed));
  gtk_list_box_bind_model (self->list, self->model, create_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
}

/**
 * sks_history_view_show_studio:
 *
 * Shows the history of application @studio_id as the document holds it.
 */
gboolean
sks_history_view_show_studio (SksHistoryView  *self,
                              SksStore        *store,
                              gint64           studio_id,
                              GError         **error)
{
  g_autoptr(GListModel) history = NULL;

  g_return_val_if_fail (SKS_IS_HISTORY_VIEW (self), FALSE);
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);

  gtk_label_set_text (self->heading_label, _("Who changed what, newest first"));
  if (studio_id == 0)
    history = G_LIST_MODEL (g_list_store_new (SKS_TYPE_HISTORY_ENTRY));
  else if ((history = sks_store_list_history (store, studio_id, error)) == NULL)
    return FALSE;
  set_items (self, history, SKS_TYPE_HISTORY_ENTRY);
  return TRUE;
}

/**
 * sks_history_view_show_round:
 *
 * @round: (nullable): a round, or %NULL for every round
 *
 * Shows the status changes, imports and deletions of @round.
 */
gboolean
sks_history_view_show_round (SksHistoryView  *self,
                             SksStore        *store,
                             SksRound        *round,
                             GError         **error)
{
  g_autoptr(GListModel) events = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (SKS_IS_HISTORY_VIEW (self), FALSE);
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (round == NULL || SKS_IS_ROUND (round), FALSE);

  events = sks_store_list_round_history (store, round ? sks_round_get_id (round) : 0, error);
  if (events == NULL)
    return FALSE;
  if (round != NULL)
    heading = g_strdup_printf (_("%s: status changes, imports and deletions, newest first"),
                               sks_round_get_title (round));
  else
    heading = g_strdup (_("All rounds: status changes, imports and deletions, newest first"));
  gtk_label_set_text (self->heading_label, heading);
  set_items (self, events, SKS_TYPE_ROUND_EVENT);
  return TRUE;
}

/* Returns: (transfer none): what the view lists, newest first */
GListModel *
sks_history_view_get_model (SksHistoryView *self)
{
  g_return_val_if_fail (SKS_IS_HISTORY_VIEW (self), NULL);
  return self->model;
}

/* The text of row @position, its lines joined by newlines (for tests). */
char *
sks_history_view_dup_row_text (SksHistoryView *self,
                               guint           position)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *first = NULL;

  g_return_val_if_fail (SKS_IS_HISTORY_VIEW (self), NULL);
  if (self->model == NULL || (item = g_list_model_get_item (self->model, position)) == NULL)
    return NULL;
  first = dup_texts (self, item, &second, &third);
  return g_strjoin ("\n", first, second ? second : "", third ? third : "", NULL);
}

static void
sks_history_view_dispose (GObject *object)
{
  SksHistoryView *self = SKS_HISTORY_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_HISTORY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->model);
  g_clear_object (&self->source);
  G_OBJECT_CLASS (sks_history_view_parent_class)->dispose (object);
}

static void
sks_history_view_finalize (GObject *object)
{
  SksHistoryView *self = SKS_HISTORY_VIEW (object);

  g_hash_table_unref (self->positions);
  G_OBJECT_CLASS (sks_history_view_parent_class)->finalize (object);
}

static void
sks_history_view_class_init (SksHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_history_view_dispose;
  object_class->finalize = sks_history_view_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SksHistoryView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SksHistoryView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SksHistoryView, list);
}

static void
sks_history_view_init (SksHistoryView *self)
{
  self->positions = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sks_history_view_new (void)
{
  return g_object_new (SKS_TYPE_HISTORY_VIEW, NULL);
}

/**
 * sks_history_window_new:
 * @view_out: (out) (transfer none): the window's view, to fill
 *
 * Returns: (transfer none): a window for a history, transient for @parent,
 *   destroyed with it
 */
GtkWindow *
sks_history_window_new (GtkWindow       *parent,
                        const char      *title,
                        SksHistoryView **view_out)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = sks_history_view_new ();

  gtk_window_set_title (window, title);
  gtk_window_set_transient_for (window, parent);
  gtk_window_set_destroy_with_parent (window, TRUE);
  gtk_window_set_default_size (window, 640, 560);
  gtk_window_set_child (window, view);
  *view_out = SKS_HISTORY_VIEW (view);
  return window;
}
