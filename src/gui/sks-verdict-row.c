/* sks-verdict-row.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-store-finding.h"
#include "sks-verdict-row.h"

struct _SksVerdictRow
{
  GtkListBoxRow  parent_instance;

  SksVerdict    *verdict;

  /* Findings (核实), for a rule a reviewer confirms */
  SksStudio     *studio;
  SksStore      *store;
  SksCheckItem   items[SKS_N_CHECK_ITEMS];
  guint          n_items;

  /* Template children */
  GtkImage      *status_image;
  GtkLabel      *title_label;
  GtkLabel      *status_label;
  GtkLabel      *explanation_label;
  GtkExpander   *paragraph_expander;
  GtkLabel      *paragraph_ref_label;
  GtkLabel      *paragraph_label;
  GtkMenuButton *finding_button;
  GtkPopover    *finding_popover;
  GtkDropDown   *part_drop_down;
  GtkLabel      *finding_state_label;
  GtkEntry      *note_entry;
  GtkWidget     *evidence_label;
  GtkBox        *evidence_box;
  GtkLabel      *finding_who_label;
  GtkLabel      *finding_error_label;
};

enum {
  RECORD_FINDING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

/* Findings */

static SksCheckItem
selected_item (SksVerdictRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->part_drop_down);

  if (self->n_items == 0)
    return SKS_N_CHECK_ITEMS;
  return self->items[selected < self->n_items ? selected : 0];
}

static void
show_finding_state (SksVerdictRow *self,
                    SksCheckItem   item)
{
  const char *by = NULL, *on = NULL, *note = NULL;
  SksCheckState state = sks_studio_get_check (self->studio, item, &by, &on, &note);
  g_autofree char *text = NULL;

  if (state == SKS_CHECK_UNCHECKED || by == NULL || on == NULL)
    text = g_strdup (sks_finding_result_get_label (SKS_FINDING_CLEAR));
  else
    /* Translators: a recorded finding: "Met — 王珏, 2025-03-18" */
    text = g_strdup_printf (_("%s — %s, %s"),
                            sks_finding_result_get_label (state == SKS_CHECK_CONFIRMED
                                                            ? SKS_FINDING_MET
                                                            : SKS_FINDING_NOT_MET), by, on);
  gtk_label_set_text (self->finding_state_label, text);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note ? note : "");
}

static gboolean
array_has (GArray *ids,
           gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* One check button per attachment of the application, ticked for the
 * evidence of the finding on record. */
static void
fill_evidence (SksVerdictRow *self,
               SksCheckItem   item)
{
  GListModel *attachments = sks_studio_get_attachments (self->studio);
  g_autoptr(GArray) evidence = NULL;
  GtkWidget *child;
  guint n = g_list_model_get_n_items (attachments);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_box))) != NULL)
    gtk_box_remove (self->evidence_box, child);
  if (self->store != NULL && sks_studio_get_id (self->studio) != 0)
    evidence = sks_store_list_finding_evidence (self->store, sks_studio_get_id (self->studio),
                                                item, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      gint64 id = sks_attachment_get_id (attachment);
      GtkWidget *check = gtk_check_button_new_with_label (sks_attachment_get_name (attachment));

      if (id == 0)
        continue;   /* not saved yet */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), array_has (evidence, id));
      g_object_set_data (G_OBJECT (check), "attachment-id", GINT_TO_POINTER ((int) id));
      gtk_box_append (self->evidence_box, check);
    }
  gtk_widget_set_visible (self->evidence_label, n > 0);
}

static void
refresh_finding (SksVerdictRow *self)
{
  SksCheckItem item = selected_item (self);
  g_autofree char *who = NULL;

  if (item == SKS_N_CHECK_ITEMS || self->studio == NULL)
    return;
  show_finding_state (self, item);
  fill_evidence (self, item);
  gtk_widget_set_visible (GTK_WIDGET (self->finding_error_label), FALSE);
  /* Translators: who a finding is recorded as; the name comes from Preferences */
  who = g_strdup_printf (_("Recorded as %s (Preferences sets the name)"),
                         self->store ? sks_store_get_user (self->store) : "");
  gtk_label_set_text (self->finding_who_label, who);
}

static void
finding_popover_show_cb (SksVerdictRow *self)
{
  refresh_finding (self);
}

static void
part_selected_cb (SksVerdictRow *self)
{
  refresh_finding (self);
}

static GArray *
dup_chosen_evidence (SksVerdictRow *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      {
        gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "attachment-id"));
        g_array_append_val (ids, id);
      }
  return ids;
}

/**
 * sks_verdict_row_record_finding:
 *
 * Asks for @result on the chosen part with the note and evidence the
 * popover holds, as its buttons do: emits ::record-finding.
 */
void
sks_verdict_row_record_finding (SksVerdictRow    *self,
                                SksFindingResult  result)
{
  g_autoptr(GArray) evidence = NULL;
  g_autofree char *note = NULL;
  SksCheckItem item;

  g_return_if_fail (SKS_IS_VERDICT_ROW (self));

  if ((item = selected_item (self)) == SKS_N_CHECK_ITEMS)
    return;
  evidence = result == SKS_FINDING_CLEAR ? g_array_new (FALSE, FALSE, sizeof (gint64))
                                         : dup_chosen_evidence (self);
  note = result == SKS_FINDING_CLEAR
           ? NULL : g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
  gtk_widget_set_visible (GTK_WIDGET (self->finding_error_label), FALSE);
  g_signal_emit (self, signals[RECORD_FINDING], 0, (guint) item, (guint) result, note, evidence);
}

static void
met_clicked_cb (SksVerdictRow *self)
{
  sks_verdict_row_record_finding (self, SKS_FINDING_MET);
}

static void
not_met_clicked_cb (SksVerdictRow *self)
{
  sks_verdict_row_record_finding (self, SKS_FINDING_NOT_MET);
}

static void
clear_clicked_cb (SksVerdictRow *self)
{
  sks_verdict_row_record_finding (self, SKS_FINDING_CLEAR);
}

/**
 * sks_verdict_row_finding_done:
 * @message: (nullable): why the finding was refused, or %NULL when it was
 *   recorded
 *
 * The popover closes on success and keeps the reason otherwise.
 */
void
sks_verdict_row_finding_done (SksVerdictRow *self,
                              const char    *message)
{
  g_return_if_fail (SKS_IS_VERDICT_ROW (self));

  if (message == NULL)
    {
      gtk_popover_popdown (self->finding_popover);
      return;
    }
  gtk_label_set_text (self->finding_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->finding_error_label), TRUE);
}

/**
 * sks_verdict_row_set_findings:
 * @studio: the application as the form holds it
 * @store: (nullable): where the evidence on record is read
 * @items: the rule's parts (sks_rule_get_check_items())
 *
 * Shows Record Finding… with a popover to record met, not met or clear on
 * each part, a note and evidence among the application's attachments.
 */
void
sks_verdict_row_set_findings (SksVerdictRow      *self,
                              SksStudio          *studio,
                              SksStore           *store,
                              const SksCheckItem *items,
                              guint               n_items)
{
  g_autoptr(GtkStringList) parts = gtk_string_list_new (NULL);

  g_return_if_fail (SKS_IS_VERDICT_ROW (self));
  g_return_if_fail (SKS_IS_STUDIO (studio));
  g_return_if_fail (n_items > 0 && n_items <= SKS_N_CHECK_ITEMS);

  g_set_object (&self->studio, studio);
  g_set_object (&self->store, store);
  self->n_items = n_items;
  for (guint i = 0; i < n_items; i++)
    {
      self->items[i] = items[i];
      gtk_string_list_append (parts, sks_check_item_get_label (items[i]));
    }
  gtk_drop_down_set_model (self->part_drop_down, G_LIST_MODEL (parts));
  gtk_widget_set_visible (GTK_WIDGET (self->part_drop_down), n_items > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->finding_button), TRUE);
}

GtkWidget *
sks_verdict_row_get_finding_button (SksVerdictRow *self)
{
  g_return_val_if_fail (SKS_IS_VERDICT_ROW (self), NULL);
  return GTK_WIDGET (self->finding_button);
}

/* For tests: which part the popover records, by position in the rule's items. */
void
sks_verdict_row_select_part (SksVerdictRow *self,
                             guint          position)
{
  g_return_if_fail (SKS_IS_VERDICT_ROW (self));
  gtk_drop_down_set_selected (self->part_drop_down, position);
}

void
sks_verdict_row_set_note (SksVerdictRow *self,
                          const char    *note)
{
  g_return_if_fail (SKS_IS_VERDICT_ROW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note ? note : "");
}

static void
sks_verdict_row_dispose (GObject *object)
{
  SksVerdictRow *self = SKS_VERDICT_ROW (object);

  g_clear_object (&self->studio);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_VERDICT_ROW);
  G_OBJECT_CLASS (sks_verdict_row_parent_class)->dispose (object);
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

  object_class->dispose = sks_verdict_row_dispose;
  object_class->finalize = sks_verdict_row_finalize;

  /**
   * SksVerdictRow::record-finding:
   * @item: the SksCheckItem
   * @result: the SksFindingResult
   * @note: (nullable): the note
   * @evidence: (element-type gint64): attachment ids
   *
   * The reviewer asked to record a finding; the handler saves it and calls
   * sks_verdict_row_finding_done().
   */
  signals[RECORD_FINDING] = g_signal_new ("record-finding", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          4, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_STRING,
                                          G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-verdict-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, status_image);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, paragraph_expander);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, paragraph_ref_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, paragraph_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, finding_button);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, finding_popover);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, part_drop_down);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, finding_state_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, finding_who_label);
  gtk_widget_class_bind_template_child (widget_class, SksVerdictRow, finding_error_label);
  gtk_widget_class_bind_template_callback (widget_class, finding_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, part_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, met_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, not_met_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
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
