/* sks-override-dialog.c — selecting candidates past the rules that block
 * them: one check box per blocking rule (failing, or 需人工核实 not yet
 * resolved) with the verdict's explanation, and the reason. The store
 * selects a candidate only past every rule that blocks it, so each box is
 * the clerk's word that this rule is overridden, not a choice to leave
 * some out.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-override-dialog.h"

typedef struct {
  gint64          studio_id;
  char           *rule_id;
  char           *label;      /* the candidate, for the error message */
  char           *title;
  GtkCheckButton *check;
} OverrideRule;

struct _SksOverrideDialog
{
  GtkDialog  parent_instance;

  GtkLabel  *message_label;
  GtkBox    *rules_box;
  GtkEntry  *reason_entry;
  GtkLabel  *record_label;
  GtkLabel  *error_label;

  GPtrArray *rules;   /* of OverrideRule */
  guint      n_candidates;
};

G_DEFINE_FINAL_TYPE (SksOverrideDialog, sks_override_dialog, GTK_TYPE_DIALOG)

static void
override_rule_free (gpointer data)
{
  OverrideRule *rule = data;

  g_free (rule->rule_id);
  g_free (rule->label);
  g_free (rule->title);
  g_free (rule);
}

static void
clear_error (SksOverrideDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_label (self->error_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->reason_entry), "error");
}

static void
reason_changed_cb (SksOverrideDialog *self)
{
  clear_error (self);
}

static void
reason_activate_cb (SksOverrideDialog *self)
{
  gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

static void
show_error (SksOverrideDialog *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * sks_override_dialog_validate:
 *
 * Whether the clerk ticked every rule and gave a reason; if not, says what
 * is missing in the dialog, which stays open.
 */
gboolean
sks_override_dialog_validate (SksOverrideDialog *self)
{
  g_autofree char *reason = NULL;

  g_return_val_if_fail (SKS_IS_OVERRIDE_DIALOG (self), FALSE);

  for (guint i = 0; i < self->rules->len; i++)
    {
      OverrideRule *rule = g_ptr_array_index (self->rules, i);
      g_autofree char *message = NULL;

      if (gtk_check_button_get_active (rule->check))
        continue;
      /* TRANSLATORS: %s: the candidate (master and studio), %s: the rule's title */
      message = g_strdup_printf (_("%s cannot be selected while “%s” blocks it: tick the rule to "
                                   "override it, or cancel."), rule->label, rule->title);
      show_error (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (rule->check));
      return FALSE;
    }
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
  if (*reason == '\0')
    {
      show_error (self, _("Reason: say why the candidates are selected past these rules."));
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_entry), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
      return FALSE;
    }
  return TRUE;
}

/* Returns: (nullable): the message the last validation showed */
const char *
sks_override_dialog_get_error (SksOverrideDialog *self)
{
  g_return_val_if_fail (SKS_IS_OVERRIDE_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

static GtkWidget *
rule_row (OverrideRule          *rule,
          const SksRankingBlock *block)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *explanation;
  g_autofree char *text = NULL;

  /* TRANSLATORS: a blocking rule: its title, its verdict (不符合 / 需人工核实) */
  text = g_strdup_printf (_("%s — %s"), block->title ? block->title : block->rule_id,
                          sks_verdict_status_get_label (block->status));
  rule->check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (text));
  gtk_widget_set_tooltip_text (GTK_WIDGET (rule->check), block->rule_id);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (rule->check));
  if (block->explanation != NULL && *block->explanation != '\0')
    {
      explanation = gtk_label_new (block->explanation);
      gtk_label_set_xalign (GTK_LABEL (explanation), 0);
      gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (explanation), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (explanation), 60);
      gtk_widget_set_margin_start (explanation, 28);
      gtk_widget_add_css_class (explanation, "dim-label");
      gtk_box_append (GTK_BOX (box), explanation);
    }
  return box;
}

/**
 * sks_override_dialog_add_candidate:
 * @entry: a candidate of the ranking with blocking rules
 *
 * Lists @entry with a check box for each rule that blocks it.
 */
void
sks_override_dialog_add_candidate (SksOverrideDialog     *self,
                                   const SksRankingEntry *entry)
{
  g_autofree char *label = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *heading;

  g_return_if_fail (SKS_IS_OVERRIDE_DIALOG (self));
  g_return_if_fail (entry != NULL);

  /* TRANSLATORS: a candidate: the master, then the studio */
  label = g_strdup_printf (_("%s (%s)"), entry->master_name, entry->studio_name);
  markup = g_markup_printf_escaped ("<b>%s</b>", label);
  heading = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (heading), markup);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  if (self->n_candidates > 0)
    gtk_widget_set_margin_top (heading, 8);
  gtk_box_append (self->rules_box, heading);
  for (guint i = 0; entry->blocking != NULL && i < entry->blocking->len; i++)
    {
      const SksRankingBlock *block = g_ptr_array_index (entry->blocking, i);
      OverrideRule *rule = g_new0 (OverrideRule, 1);

      rule->studio_id = entry->studio_id;
      rule->rule_id = g_strdup (block->rule_id);
      rule->label = g_strdup (label);
      rule->title = g_strdup (block->title ? block->title : block->rule_id);
      gtk_box_append (self->rules_box, rule_row (rule, block));
      g_signal_connect_object (rule->check, "toggled", G_CALLBACK (clear_error), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->rules, rule);
    }
  self->n_candidates++;
}

guint
sks_override_dialog_get_n_candidates (SksOverrideDialog *self)
{
  g_return_val_if_fail (SKS_IS_OVERRIDE_DIALOG (self), 0);
  return self->n_candidates;
}

/* Ticks or clears the box of @rule_id for @studio_id; FALSE when there is none. */
gboolean
sks_override_dialog_set_rule_active (SksOverrideDialog *self,
                                     gint64             studio_id,
                                     const char        *rule_id,
                                     gboolean           active)
{
  g_return_val_if_fail (SKS_IS_OVERRIDE_DIALOG (self), FALSE);

  for (guint i = 0; i < self->rules->len; i++)
    {
      OverrideRule *rule = g_ptr_array_index (self->rules, i);

      if (rule->studio_id == studio_id && g_strcmp0 (rule->rule_id, rule_id) == 0)
        {
          gtk_check_button_set_active (rule->check, active);
          return TRUE;
        }
    }
  return FALSE;
}

/* Returns: (transfer full) (nullable): the ticked rule ids of @studio_id,
 * NULL when it has none */
char **
sks_override_dialog_dup_rules (SksOverrideDialog *self,
                               gint64             studio_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (SKS_IS_OVERRIDE_DIALOG (self), NULL);

  for (guint i = 0; i < self->rules->len; i++)
    {
      OverrideRule *rule = g_ptr_array_index (self->rules, i);

      if (rule->studio_id == studio_id && gtk_check_button_get_active (rule->check))
        g_strv_builder_add (builder, rule->rule_id), n++;
    }
  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

const char *
sks_override_dialog_get_reason (SksOverrideDialog *self)
{
  g_return_val_if_fail (SKS_IS_OVERRIDE_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
}

void
sks_override_dialog_set_reason (SksOverrideDialog *self,
                                const char        *reason)
{
  g_return_if_fail (SKS_IS_OVERRIDE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
}

static void
sks_override_dialog_finalize (GObject *object)
{
  SksOverrideDialog *self = SKS_OVERRIDE_DIALOG (object);

  g_ptr_array_unref (self->rules);
  G_OBJECT_CLASS (sks_override_dialog_parent_class)->finalize (object);
}

static void
sks_override_dialog_class_init (SksOverrideDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sks_override_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-override-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksOverrideDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksOverrideDialog, rules_box);
  gtk_widget_class_bind_template_child (widget_class, SksOverrideDialog, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, SksOverrideDialog, record_label);
  gtk_widget_class_bind_template_child (widget_class, SksOverrideDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, reason_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reason_activate_cb);
}

static void
sks_override_dialog_init (SksOverrideDialog *self)
{
  self->rules = g_ptr_array_new_with_free_func (override_rule_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

/**
 * sks_override_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @user: who records the override (the store's user)
 *
 * Returns: (transfer none): a modal dialog, not yet presented; add the
 *   candidates with sks_override_dialog_add_candidate()
 */
GtkWidget *
sks_override_dialog_new (GtkWindow  *parent,
                         const char *user)
{
  SksOverrideDialog *self = g_object_new (SKS_TYPE_OVERRIDE_DIALOG,
                                          "transient-for", parent,
                                          "modal", TRUE,
                                          "destroy-with-parent", TRUE,
                                          NULL);
  g_autofree char *record = NULL;

  /* TRANSLATORS: %s: the user's name from Preferences */
  record = g_strdup_printf (_("The override is recorded in each candidate’s history: by %s, "
                              "today, with the rules and the reason."),
                            user != NULL && *user != '\0' ? user : _("(no name set)"));
  gtk_label_set_label (self->record_label, record);
  return GTK_WIDGET (self);
}
