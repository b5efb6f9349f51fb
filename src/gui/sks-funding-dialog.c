/* sks-funding-dialog.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built from the document when opened, and again when the year of the
 * 优秀 grants changes. Print and Export write what sks-print-funding.c
 * writes for the CLI; a round with nothing recognised says so instead of
 * showing an empty table, and Print and Export are off.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-funding-dialog.h"
#include "sks-print-funding.h"
#include "sks-print-operation.h"

struct _SksFundingDialog
{
  GtkWindow         parent_instance;

  GtkLabel         *title_label;
  GtkLabel         *subtitle_label;
  GtkWidget        *excellent_box;
  GtkCheckButton   *excellent_check;
  GtkSpinButton    *excellent_spin;
  GtkLabel         *message_label;
  GtkGrid          *lines_grid;
  GtkWidget        *payers_heading;
  GtkGrid          *payers_grid;
  GtkLabel         *basis_label;
  GtkWidget        *print_button;
  GtkWidget        *export_pdf_button;
  GtkWidget        *export_xlsx_button;

  SksContext       *context;
  SksRound         *round;
  SksFundingReport *report;
  char             *message;
};

G_DEFINE_FINAL_TYPE (SksFundingDialog, sks_funding_dialog, GTK_TYPE_WINDOW)

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
grid_add (GtkGrid    *grid,
          int         column,
          int         row,
          const char *text,
          gboolean    heading,
          gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text ? text : "");

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), !numeric);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (!numeric)
    gtk_label_set_width_chars (GTK_LABEL (label), 8);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
add_amount (GtkGrid *grid,
            int      column,
            int      row,
            gint64   yuan,
            gboolean bold)
{
  g_autofree char *text = yuan != 0 ? sks_funding_format_yuan (yuan) : g_strdup ("");

  grid_add (grid, column, row, text, bold, TRUE);
}

static int
add_section (SksFundingDialog *self,
             int               row,
             GPtrArray        *lines,
             gint64            total,
             gboolean          excellent)
{
  static const char *const headings[] = {
    NC_("funding", "Studio"), NC_("funding", "Applying unit"),
    NC_("funding", "Recommending unit"), NULL, NC_("funding", "Grant (yuan)"),
    NC_("funding", "City finance (yuan)"), NC_("funding", "County/district finance (yuan)"),
    NC_("funding", "Remarks"),
  };
  gint64 city = 0, local = 0;

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    grid_add (self->lines_grid, c, row, c != 3 ? g_dpgettext2 (GETTEXT_PACKAGE, "funding", headings[c])
                                        : excellent ? C_("funding", "Evaluation")
                                                    : C_("funding", "Fiscal affiliation"),
              TRUE, c >= 4 && c <= 6);
  for (guint i = 0; i < lines->len; i++)
    {
      const SksFundingLine *line = g_ptr_array_index (lines, i);
      const SksFundedStudio *s = line->studio;

      row++;
      grid_add (self->lines_grid, 0, row, s->studio_name, FALSE, FALSE);
      grid_add (self->lines_grid, 1, row, s->unit_name, FALSE, FALSE);
      grid_add (self->lines_grid, 2, row, s->recommender_name, FALSE, FALSE);
      grid_add (self->lines_grid, 3, row,
                excellent ? sks_enum_get_label (SKS_TYPE_EVALUATION_KIND, s->evaluation_kind)
                          : sks_funding_line_get_payer_level (line), FALSE, FALSE);
      add_amount (self->lines_grid, 4, row, line->grant->amount, FALSE);
      add_amount (self->lines_grid, 5, row, line->city_amount, FALSE);
      add_amount (self->lines_grid, 6, row, line->local_amount, FALSE);
      grid_add (self->lines_grid, 7, row, line->note ? line->note : line->local_payer, FALSE,
                FALSE);
      city += line->city_amount;
      local += line->local_amount;
    }
  row++;
  grid_add (self->lines_grid, 0, row, C_("funding", "Total"), TRUE, FALSE);
  add_amount (self->lines_grid, 4, row, total, TRUE);
  add_amount (self->lines_grid, 5, row, city, TRUE);
  add_amount (self->lines_grid, 6, row, local, TRUE);
  return row + 1;
}

static void
fill_lines (SksFundingDialog *self)
{
  SksFundingReport *r = self->report;
  int row = 0;

  clear_grid (self->lines_grid);
  if (r->lines->len > 0)
    row = add_section (self, row, r->lines, r->lines_total, FALSE);
  if (r->excellent_year > 0)
    {
      g_autofree char *heading =
        g_strdup_printf (_("Grants for evaluations graded excellent (%d)"),
                         (int) r->excellent_year);
      GtkWidget *label = gtk_label_new (heading);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "title-4");
      gtk_widget_set_margin_top (label, 12);
      gtk_grid_attach (self->lines_grid, label, 0, row++, 8, 1);
      add_section (self, row, r->excellent, r->excellent_total, TRUE);
    }
}

static void
fill_payers (SksFundingDialog *self)
{
  SksFundingReport *r = self->report;
  int row = 0;

  clear_grid (self->payers_grid);
  grid_add (self->payers_grid, 0, row, C_("funding", "Payer"), TRUE, FALSE);
  grid_add (self->payers_grid, 1, row, C_("funding", "Level"), TRUE, FALSE);
  grid_add (self->payers_grid, 2, row++, C_("funding", "Amount (yuan)"), TRUE, TRUE);
  for (guint i = 0; i < r->payers->len; i++, row++)
    {
      const SksFundingPayer *payer = g_ptr_array_index (r->payers, i);

      grid_add (self->payers_grid, 0, row, payer->name, FALSE, FALSE);
      grid_add (self->payers_grid, 1, row,
                sks_enum_get_label (SKS_TYPE_FISCAL_AFFILIATION, payer->level), FALSE, FALSE);
      add_amount (self->payers_grid, 2, row, payer->amount, FALSE);
    }
  if (r->unknown_amount > 0)
    {
      grid_add (self->payers_grid, 0, row, _("Split unknown (fiscal affiliation not given)"),
                FALSE, FALSE);
      add_amount (self->payers_grid, 2, row++, r->unknown_amount, FALSE);
    }
  grid_add (self->payers_grid, 0, row, C_("funding", "Grand total"), TRUE, FALSE);
  add_amount (self->payers_grid, 2, row, r->total, TRUE);
}

static void
fill_basis (SksFundingDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  SksFundingReport *r = self->report;

  if (r->basis->len > 0)
    g_string_append (text, _("Basis:"));
  for (guint i = 0; i < r->basis->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (r->basis, i));
  if (r->notes->len > 0)
    g_string_append_printf (text, "\n\n%s", _("Notes:"));
  for (guint i = 0; i < r->notes->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (r->notes, i));
  gtk_label_set_text (self->basis_label, text->str);
}

static void
fill (SksFundingDialog *self)
{
  g_autoptr(GError) empty = NULL;
  g_autofree char *subtitle = NULL;
  gboolean has_rows;

  sks_funding_report_check_not_empty (self->report, &empty);
  has_rows = empty == NULL;
  g_free (self->message);
  self->message = empty ? g_strdup (empty->message) : NULL;
  gtk_label_set_text (self->title_label, self->report->title);
  /* TRANSLATORS: the issuing bureau; the table is the bureau's own */
  subtitle = g_strdup_printf (_("Prepared by %s: the bureau’s own table, not an annex of the "
                                "notice"), self->report->bureau ? self->report->bureau : "");
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_label_set_text (self->message_label, self->message ? self->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), !has_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->lines_grid), has_rows);
  gtk_widget_set_visible (self->payers_heading, has_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->payers_grid), has_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->basis_label), has_rows);
  if (has_rows)
    {
      fill_lines (self);
      fill_payers (self);
      fill_basis (self);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.print", has_rows);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.export-pdf", has_rows);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funding.export-xlsx", has_rows);
}

static gboolean
load (SksFundingDialog  *self,
      gint64             excellent_year,
      GError           **error)
{
  SksFundingReport *report =
    sks_funding_report_new_from_store (sks_context_get_store (self->context), self->round,
                                       excellent_year, error);

  if (report == NULL)
    return FALSE;
  g_clear_pointer (&self->report, sks_funding_report_unref);
  self->report = report;
  fill (self);
  return TRUE;
}

/**
 * sks_funding_dialog_set_excellent_year:
 * @year: add the grants for evaluations of @year graded 优秀; 0 for none
 */
gboolean
sks_funding_dialog_set_excellent_year (SksFundingDialog  *self,
                                       gint64             year,
                                       GError           **error)
{
  g_return_val_if_fail (SKS_IS_FUNDING_DIALOG (self), FALSE);
  return load (self, year, error);
}

static void
excellent_changed_cb (SksFundingDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 year = gtk_check_button_get_active (self->excellent_check)
                ? gtk_spin_button_get_value_as_int (self->excellent_spin) : 0;

  if (self->report != NULL && self->report->excellent_year == year)
    return;
  if (!load (self, year, &error))
    g_warning ("%s", error->message);
}

/**
 * sks_funding_dialog_export:
 * @path: FILE.pdf or FILE.xlsx
 *
 * What Export PDF and Export Excel write once a file is chosen.
 */
gboolean
sks_funding_dialog_export (SksFundingDialog  *self,
                           const char        *path,
                           GError           **error)
{
  g_return_val_if_fail (SKS_IS_FUNDING_DIALOG (self), FALSE);
  return sks_print_funding_export (self->report, path, error);
}

static void
show_error (SksFundingDialog *self,
            const char       *message)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", message);

  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
file_chosen_cb (GtkNativeDialog  *native,
                int               response,
                SksFundingDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL)
    path = g_file_get_path (file);
  if (path != NULL && !sks_funding_dialog_export (self, path, &error))
    show_error (self, error->message);
  g_object_unref (native);
}

static void
choose_file (SksFundingDialog *self,
             const char       *title,
             const char       *suffix,
             const char       *filter_name)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 NULL, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", suffix, NULL);
  g_autofree char *name = g_strconcat (self->report->title, suffix, NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose_file (SKS_FUNDING_DIALOG (widget), _("Export Funding Report as PDF"), ".pdf",
               _("PDF documents"));
}

static void
export_xlsx_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_file (SKS_FUNDING_DIALOG (widget), _("Export Funding Report as Excel"), ".xlsx",
               _("Excel workbooks"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SksFundingDialog *self = SKS_FUNDING_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPrintDoc) doc = sks_print_funding_doc_new (self->report, &error);
  g_autoptr(SksPrintOperation) operation = NULL;

  if (doc == NULL)
    {
      show_error (self, error->message);
      return;
    }
  operation = sks_print_operation_new (doc);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, error->message);
}

static void
sks_funding_dialog_dispose (GObject *object)
{
  SksFundingDialog *self = SKS_FUNDING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_FUNDING_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->round);
  g_clear_pointer (&self->report, sks_funding_report_unref);
  g_clear_pointer (&self->message, g_free);
  G_OBJECT_CLASS (sks_funding_dialog_parent_class)->dispose (object);
}

static void
sks_funding_dialog_class_init (SksFundingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_funding_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-funding-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, excellent_box);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, excellent_check);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, excellent_spin);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, lines_grid);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, payers_heading);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, payers_grid);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, basis_label);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, export_pdf_button);
  gtk_widget_class_bind_template_child (widget_class, SksFundingDialog, export_xlsx_button);
  gtk_widget_class_bind_template_callback (widget_class, excellent_changed_cb);

  gtk_widget_class_install_action (widget_class, "funding.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "funding.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "funding.export-xlsx", NULL,
                                   export_xlsx_action);
}

static void
sks_funding_dialog_init (SksFundingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Whether @policy_id's profile pays for 优秀 evaluations (Hangzhou). */
static gboolean
has_excellent_grant (const char *policy_id)
{
  g_autoptr(SksPolicy) policy = policy_id ? sks_policy_lookup (policy_id, NULL) : NULL;
  g_autoptr(GPtrArray) grants = NULL;

  if (policy == NULL)
    return FALSE;
  grants = sks_funding_compute (policy, SKS_FUNDING_EVENT_EXCELLENT, SKS_UNIT_KIND_ENTERPRISE,
                                SKS_FISCAL_CITY);
  return grants->len > 0;
}

/**
 * sks_funding_dialog_new:
 * @round_id: the round reported on
 *
 * Returns: (transfer floating) (nullable): the dialog, not shown yet
 */
GtkWidget *
sks_funding_dialog_new (GtkWindow   *parent,
                        SksContext  *context,
                        gint64       round_id,
                        GError     **error)
{
  SksFundingDialog *self;
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GListModel) rounds = sks_store_list_rounds (sks_context_get_store (context), error);

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) r = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (r) == round_id)
        g_set_object (&round, r);
    }
  if (rounds == NULL)
    return NULL;
  if (round == NULL)
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                           _("Choose a round in the sidebar first."));
      return NULL;
    }
  self = g_object_new (SKS_TYPE_FUNDING_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->round = g_steal_pointer (&round);
  gtk_widget_set_visible (self->excellent_box,
                          has_excellent_grant (sks_round_get_policy_id (self->round)));
  gtk_spin_button_set_value (self->excellent_spin, sks_round_get_year (self->round) + 1);
  if (!load (self, 0, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return GTK_WIDGET (self);
}

SksFundingReport *
sks_funding_dialog_get_report (SksFundingDialog *self)
{
  g_return_val_if_fail (SKS_IS_FUNDING_DIALOG (self), NULL);
  return self->report;
}

/* Returns: (nullable): what the dialog shows instead of an empty table */
const char *
sks_funding_dialog_get_message (SksFundingDialog *self)
{
  g_return_val_if_fail (SKS_IS_FUNDING_DIALOG (self), NULL);
  return self->message;
}
