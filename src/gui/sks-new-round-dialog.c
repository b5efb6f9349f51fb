/* sks-new-round-dialog.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts a programme round (申报批次) from a policy profile, bundled or from
 * the user's policies folder: the round takes the notice's number, dates and
 * recommending units with their quotas. A profile starts one round per
 * document; the key (the profile's id unless the user gives another) is
 * what tells rounds apart, and a key the document already has is refused
 * here, before anything is written.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-closures.h"
#include "sks-new-round-dialog.h"
#include "sks-policy.h"

struct _SksNewRoundDialog
{
  GtkWindow   parent_instance;

  SksContext *context;
  GListModel *policies;  /* of SksPolicy, in the order of the list's rows */
  SksPolicy  *policy;    /* the chosen one, borrowed from @policies */
  gint64      created_round_id;

  GtkListBox *profile_list;
  GtkLabel   *load_errors_label;
  GtkLabel   *title_label;
  GtkLabel   *city_label;
  GtkLabel   *number_label;
  GtkLabel   *bureau_label;
  GtkLabel   *deadline_label;
  GtkLabel   *reference_label;
  GtkLabel   *units_heading;
  GtkListBox *unit_list;
  GtkEntry   *key_entry;
  GtkLabel   *message_label;
};

G_DEFINE_FINAL_TYPE (SksNewRoundDialog, sks_new_round_dialog, GTK_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
two_line_row (const char *title,
              const char *detail)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *sub = gtk_label_new (detail);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (sub), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), sub);
  return box;
}

static void
fill_profiles (SksNewRoundDialog *self)
{
  g_autoptr(GPtrArray) errors = NULL;

  self->policies = sks_policy_list_all (&errors);
  for (guint i = 0; i < g_list_model_get_n_items (self->policies); i++)
    {
      g_autoptr(SksPolicy) policy = g_list_model_get_item (self->policies, i);
      /* Translators: a profile in the New Round dialog: city and year, e.g. 湖州市 2025 */
      g_autofree char *title = g_strdup_printf (_("%s %d"), sks_policy_get_city (policy),
                                                sks_policy_get_year (policy));
      g_autofree char *where = NULL;
      g_autofree char *detail = NULL;

      where = sks_policy_get_bundled (policy) ? g_strdup (_("bundled"))
                                              : g_filename_display_name (
                                                  sks_policy_get_origin (policy));
      /* Translators: notice number · where the profile comes from */
      detail = g_strdup_printf (_("%s · %s"), sks_policy_get_document_number (policy), where);
      gtk_list_box_append (self->profile_list, two_line_row (title, detail));
    }
  if (errors != NULL && errors->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < errors->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                                ((GError *) g_ptr_array_index (errors, i))->message);
      gtk_label_set_text (self->load_errors_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (self->load_errors_label), TRUE);
    }
}

static void
set_date_label (GtkLabel    *label,
                const GDate *date)
{
  g_autofree char *text = sks_closure_date_text (NULL, date);

  gtk_label_set_text (label, text);
}

static GtkWidget *
unit_row (const SksPolicyRecommender *rec)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (rec->name);
  g_autofree char *quota_text = rec->quota >= 0
    /* Translators: the quota (推荐名额) of a recommending unit */
    ? g_strdup_printf (_("quota %d"), (int) rec->quota)
    : g_strdup (_("no quota set by the notice"));
  GtkWidget *quota = gtk_label_new (quota_text);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (quota, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), quota);
  return box;
}

static void
show_units (SksNewRoundDialog *self)
{
  guint n = sks_policy_get_n_recommenders (self->policy);
  g_autofree char *heading = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->unit_list))) != NULL)
    gtk_list_box_remove (self->unit_list, child);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->unit_list,
                         unit_row (sks_policy_get_recommender (self->policy, i)));
  /* Translators: heading over the units, e.g. "6 recommending units, quota 66 in all" */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u recommending unit, quota %d in all",
                                          "%u recommending units, quota %d in all", n),
                             n, (int) sks_policy_get_total_quota (self->policy));
  gtk_label_set_text (self->units_heading, heading);
}

static void
show_policy (SksNewRoundDialog *self)
{
  g_autofree char *city = NULL;

  /* Translators: city and year of a notice, e.g. 湖州市 2025 */
  city = g_strdup_printf (_("%s %d"), sks_policy_get_city (self->policy),
                          sks_policy_get_year (self->policy));
  gtk_label_set_text (self->title_label, sks_policy_get_title (self->policy));
  gtk_label_set_text (self->city_label, city);
  gtk_label_set_text (self->number_label, sks_policy_get_document_number (self->policy));
  gtk_label_set_text (self->bureau_label, sks_policy_get_issuing_bureau (self->policy));
  set_date_label (self->deadline_label, sks_policy_get_deadline (self->policy));
  set_date_label (self->reference_label, sks_policy_get_reference_date (self->policy));
  show_units (self);
  gtk_editable_set_text (GTK_EDITABLE (self->key_entry), sks_policy_get_id (self->policy));
}

/* The key as typed, without surrounding spaces. */
static char *
dup_key (SksNewRoundDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->key_entry))));
}

static void
set_message (SksNewRoundDialog *self,
             const char        *message,
             gboolean           error)
{
  gtk_label_set_text (self->message_label, message ? message : "");
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

/* Says why the round cannot be created yet, and enables Create when it can. */
static void
update_state (SksNewRoundDialog *self)
{
  g_autofree char *key = dup_key (self);
  g_autofree char *message = NULL;
  g_autoptr(SksRound) existing = NULL;
  gboolean ok = FALSE;

  if (self->policy == NULL)
    message = g_strdup (_("Choose the policy profile of the notice the round follows."));
  else if (*key == '\0')
    message = g_strdup (_("Round key: must be filled in, e.g. huzhou-2025."));
  else if ((existing = sks_store_find_round (sks_context_get_store (self->context), key, NULL)))
    message = g_strdup_printf (_("This document already has the round “%s” (%s %d). A profile "
                                 "starts one round per document: to start another round from "
                                 "it, give the new round another key."),
                               key, sks_round_get_city (existing),
                               (int) sks_round_get_year (existing));
  else
    {
      ok = TRUE;
      message = g_strdup_printf (_("The round “%s” will be created with the notice’s "
                                   "recommending units and quotas."), key);
    }
  set_message (self, message, !ok && self->policy != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-round.create",
                                 ok && !sks_context_get_read_only (self->context));
}

static void
profile_selected_cb (SksNewRoundDialog *self,
                     GtkListBoxRow     *row)
{
  g_autoptr(SksPolicy) policy = NULL;

  if (row == NULL)
    return;
  policy = g_list_model_get_item (self->policies, (guint) gtk_list_box_row_get_index (row));
  self->policy = policy;  /* borrowed: @policies holds it */
  show_policy (self);
  update_state (self);
}

static void
key_changed_cb (SksNewRoundDialog *self)
{
  update_state (self);
}

static void
key_activate_cb (SksNewRoundDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "new-round.create", NULL);
}

/**
 * sks_new_round_dialog_create:
 *
 * Creates the round from the chosen profile with the key in the dialog,
 * emits ::created and closes the dialog.
 *
 * Returns: FALSE with @error set (also shown in the dialog) when the store
 *   refused, e.g. for a key the document already has
 */
gboolean
sks_new_round_dialog_create (SksNewRoundDialog  *self,
                             GError            **error)
{
  g_autofree char *key = NULL;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GPtrArray) recommenders = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SKS_IS_NEW_ROUND_DIALOG (self), FALSE);
  g_return_val_if_fail (self->policy != NULL, FALSE);

  key = dup_key (self);
  round = sks_policy_create_round (self->policy, key);
  recommenders = sks_policy_create_recommenders (self->policy);
  if (!sks_store_create_round (sks_context_get_store (self->context), round, recommenders,
                               &local_error))
    {
      g_autofree char *message =
        g_strdup_printf (_("The round could not be created: %s"), local_error->message);

      set_message (self, message, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->created_round_id = sks_round_get_id (round);
  g_signal_emit (self, signals[CREATED], 0, self->created_round_id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sks_new_round_dialog_create (SKS_NEW_ROUND_DIALOG (widget), NULL);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/**
 * sks_new_round_dialog_select_policy:
 * @policy_id: a profile id, such as "huzhou-2025"
 *
 * Returns: whether the dialog lists that profile (it is chosen then)
 */
gboolean
sks_new_round_dialog_select_policy (SksNewRoundDialog *self,
                                    const char        *policy_id)
{
  g_return_val_if_fail (SKS_IS_NEW_ROUND_DIALOG (self), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (self->policies); i++)
    {
      g_autoptr(SksPolicy) policy = g_list_model_get_item (self->policies, i);

      if (g_str_equal (sks_policy_get_id (policy), policy_id))
        {
          gtk_list_box_select_row (self->profile_list,
                                   gtk_list_box_get_row_at_index (self->profile_list, (int) i));
          return TRUE;
        }
    }
  return FALSE;
}

void
sks_new_round_dialog_set_key (SksNewRoundDialog *self,
                              const char        *key)
{
  g_return_if_fail (SKS_IS_NEW_ROUND_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->key_entry), key);
}

/* The sentence under the key: what will happen, or why it cannot. */
const char *
sks_new_round_dialog_get_message (SksNewRoundDialog *self)
{
  g_return_val_if_fail (SKS_IS_NEW_ROUND_DIALOG (self), NULL);
  return gtk_label_get_text (self->message_label);
}

/* The round made by the dialog, 0 until then. */
gint64
sks_new_round_dialog_get_created_round_id (SksNewRoundDialog *self)
{
  g_return_val_if_fail (SKS_IS_NEW_ROUND_DIALOG (self), 0);
  return self->created_round_id;
}

static void
sks_new_round_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKS_TYPE_NEW_ROUND_DIALOG);
  G_OBJECT_CLASS (sks_new_round_dialog_parent_class)->dispose (object);
}

static void
sks_new_round_dialog_finalize (GObject *object)
{
  SksNewRoundDialog *self = SKS_NEW_ROUND_DIALOG (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_new_round_dialog_parent_class)->finalize (object);
}

static void
sks_new_round_dialog_class_init (SksNewRoundDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_new_round_dialog_dispose;
  object_class->finalize = sks_new_round_dialog_finalize;

  /**
   * SksNewRoundDialog::created:
   * @round_id: the new round's id in the store
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-new-round-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SksNewRoundDialog, name)
  BIND (profile_list);
  BIND (load_errors_label);
  BIND (title_label);
  BIND (city_label);
  BIND (number_label);
  BIND (bureau_label);
  BIND (deadline_label);
  BIND (reference_label);
  BIND (units_heading);
  BIND (unit_list);
  BIND (key_entry);
  BIND (message_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, profile_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_activate_cb);
  gtk_widget_class_install_action (widget_class, "new-round.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "new-round.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "new-round.cancel", NULL);
}

static void
sks_new_round_dialog_init (SksNewRoundDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_new_round_dialog_new:
 * @parent: (nullable): the document window
 * @context: the open document the round goes into
 *
 * Returns: (transfer none): the dialog, not yet shown, with the first
 *   profile chosen
 */
SksNewRoundDialog *
sks_new_round_dialog_new (GtkWindow  *parent,
                          SksContext *context)
{
  SksNewRoundDialog *self;

  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  self = g_object_new (SKS_TYPE_NEW_ROUND_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  fill_profiles (self);
  if (g_list_model_get_n_items (self->policies) > 0)
    gtk_list_box_select_row (self->profile_list,
                             gtk_list_box_get_row_at_index (self->profile_list, 0));
  update_state (self);
  return self;
}
