/* sks-verdict-row.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-verdict-row.h"

struct _SksVerdictRow
{
  GtkListBoxRow  parent_instance;

  SksVerdict    *verdict;

  /* Template children */
  GtkImage      *status_image;
  GtkLabel      *title_label;
  GtkLabel      *status_label;
  GtkLabel      *explanation_label;
  GtkExpander   *paragraph_expander;
  GtkLabel      *paragraph_ref_label;
  GtkLabel      *paragraph_label;
};

G_DEFINE_FINAL_TYPE (SksVerdictRow, sks_verdict_row, GTK_TYPE_LIST_BOX_ROW)

/* Symbolic icons of our own (data/icons/hicolor/symbolic/status), one shape
 * per verdict so that colour is not the only cue; they follow the theme's
 * colours, light or dark. */
const char *
sks_verdict_status_get_icon_name (SksVerdictStatus status)
{
  switch (status)
    {
    case SKS_VERDICT_PASS:
      return "sks-verdict-pass-symbolic";
    case SKS_VERDICT_MANUAL:
      return "sks-verdict-manual-symbolic";
    case SKS_VERDICT_WARNING:
      return "sks-verdict-warning-symbolic";
    case SKS_VERDICT_FAIL:
      return "sks-verdict-fail-symbolic";
    case SKS_VERDICT_NOT_APPLICABLE:
    default:
      return "sks-verdict-not-applicable-symbolic";
    }
}

static const char *
status_css_class (SksVerdictStatus status)
{
  switch (status)
    {
    case SKS_VERDICT_PASS:
      return "success";
    case SKS_VERDICT_WARNING:
    case SKS_VERDICT_MANUAL:
      return "warning";
    case SKS_VERDICT_FAIL:
      return "error";
    case SKS_VERDICT_NOT_APPLICABLE:
    default:
      return "dim-label";
    }
}

static void
set_optional_text (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
show_verdict (SksVerdictRow *self,
              SksPolicy     *policy)
{
  SksVerdictStatus status = sks_verdict_get_status (self->verdict);
  const char *rule_id = sks_verdict_get_rule_id (self->verdict);
  const SksRule *rule = policy ? sks_policy_find_rule (policy, rule_id) : NULL;
  const char *ref = sks_verdict_get_paragraph_ref (self->verdict);
  const char *paragraph = sks_verdict_get_paragraph (self->verdict);

  gtk_image_set_from_icon_name (self->status_image, sks_verdict_status_get_icon_name (status));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_image), status_css_class (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sks_verdict_status_get_label (status), -1);
  if (rule != NULL)
    {
      /* The rule's heading is the notice's Chinese wording: in another
       * language the row says so instead of mixing it in unmarked. */
      /* Translators: a rule's heading quoted from the Chinese notice; zh_CN
       * shows it bare: “%s” */
      g_autofree char *title = g_strdup_printf (_("%s (the notice’s words)"),
                                                sks_rule_get_title (rule));

      gtk_label_set_text (self->title_label, title);
    }
  else
    gtk_label_set_text (self->title_label, rule_id);
  gtk_label_set_text (self->status_label, sks_verdict_status_get_label (status));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_css_class (status));
  set_optional_text (self->explanation_label, sks_verdict_get_explanation (self->verdict));
  /* The paragraph's number shows; its words, often long, on demand. */
  gtk_label_set_text (self->paragraph_ref_label, ref ? ref : _("The notice"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->paragraph_expander), paragraph);
  gtk_label_set_text (self->paragraph_label, paragraph ? paragraph : "");
  gtk_widget_set_visible (GTK_WIDGET (self->paragraph_expander),
                          paragraph != NULL && *paragraph != '\0');
}

SksVerdict *
sks_verdict_row_get_verdict (SksVerdictRow *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT_ROW (self), NULL);
  return self->verdict;
}

static void
sks_verdict_row_finalize (GObject *object)
{
  g_clear_object (&SKS_VERDICT_ROW (object)->verdict);
  G_OBJECT_CLASS (sks_verdict_row_parent_class)->finalize (object);
}

static void
sks_verdict_row_class_init (SksVerdictRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sks_verdict_row_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-verdict-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, status_image);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, paragraph_expander);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, paragraph_ref_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, paragraph_label);
}

static void
sks_verdict_row_init (SksVerdictRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_verdict_row_new:
 * @policy: (nullable): where to find the rule's title
 */
GtkWidget *
sks_verdict_row_new (SksVerdict *verdict,
                     SksPolicy  *policy)
{
  SksVerdictRow *self;

  g_return_val_if_fail (SKS_IS_VERDICT (verdict), NULL);

  self = g_object_new (SKS_TYPE_VERDICT_ROW, NULL);
  self->verdict = g_object_ref (verdict);
  show_verdict (self, policy);
  return GTK_WIDGET (self);
}
