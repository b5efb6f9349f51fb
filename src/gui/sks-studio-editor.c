/* sks-studio-editor.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor loads one application from the store and edits it in place:
 * every field row writes straight into the loaded SksStudio, the rule
 * engine follows its ::changed signal, and a short timer after the last
 * change saves it in one transaction. The edit history can take any change
 * back. Closing saves first and stays open if that fails, so work is never
 * lost silently.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-new-application-dialog.h"
#include "sks-print-annex.h"
#include "sks-print-operation.h"
#include "sks-studio-editor-private.h"
#include "sks-verdict-row.h"

/* Save this long after the last edit. */
#define AUTOSAVE_DELAY_MS 700

G_DEFINE_FINAL_TYPE (SksStudioEditor, sks_studio_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_STUDIO_ID,
  PROP_ROUND_ID,
  PROP_RECOMMENDER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Banners and actions */

void
_sks_studio_editor_update_actions (SksStudioEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = !self->read_only && self->studio != NULL;

  gtk_widget_action_set_enabled (widget, "editor.undo",
                                 editable && sks_edit_history_get_can_undo (self->history));
  gtk_widget_action_set_enabled (widget, "editor.redo",
                                 editable && sks_edit_history_get_can_redo (self->history));
  gtk_widget_action_set_enabled (widget, "editor.add-member", editable);
  gtk_widget_action_set_enabled (widget, "editor.add-attachment", editable);
  gtk_widget_action_set_enabled (widget, "editor.save", editable);
  gtk_widget_action_set_enabled (widget, "editor.print", self->studio != NULL);
  gtk_widget_action_set_enabled (widget, "editor.preview", self->studio != NULL);
  gtk_widget_action_set_enabled (widget, "editor.export-pdf", self->studio != NULL);
}

/* Shows @message (translated, naming what failed and why) in the banner. */
void
_sks_studio_editor_show_error (SksStudioEditor *self,
                               const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->retry_button, FALSE);
  gtk_widget_set_visible (self->discard_button, FALSE);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
show_save_error (SksStudioEditor *self,
                 const GError    *error)
{
  g_autofree char *message =
    g_strdup_printf (_("The application could not be saved: %s. Your changes stay in this "
                       "window and are saved with your next edit or when you try again."),
                     error->message);

  _sks_studio_editor_show_error (self, message);
  gtk_widget_set_visible (self->retry_button, TRUE);
  gtk_label_set_text (self->save_state_label, _("Not saved"));
}

/* Window title */

static void
update_title (SksStudioEditor *self)
{
  const char *name = self->studio ? sks_studio_get_name (self->studio) : NULL;
  const char *title = name && *name ? name : _("Untitled Application");

  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Saving */

/**
 * sks_studio_editor_save:
 *
 * Saves the application now if it has unsaved changes, in one transaction,
 * and tells the context so the document window refreshes its list.
 *
 * Returns: FALSE with @error set when the store refused
 */
gboolean
sks_studio_editor_save (SksStudioEditor  *self,
                        GError          **error)
{
  SksStore *store;
  gboolean saved;

  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->unsaved || self->read_only || self->studio == NULL)
    return TRUE;
  store = sks_context_get_store (self->context);
  /* Saving adds a history entry to the studio, which is no edit. */
  g_signal_handler_block (self->studio, self->changed_id);
  saved = sks_store_save_studio (store, self->studio, error);
  g_signal_handler_unblock (self->studio, self->changed_id);
  if (!saved)
    return FALSE;
  if (self->studio_id == 0)
    {
      self->studio_id = sks_studio_get_id (self->studio);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STUDIO_ID]);
    }
  self->unsaved = FALSE;
  gtk_label_set_text (self->save_state_label, _("Saved"));
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  sks_context_studio_saved (self->context, self->studio_id);
  return TRUE;
}

static gboolean
autosave_cb (gpointer data)
{
  SksStudioEditor *self = data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!sks_studio_editor_save (self, &error))
    show_save_error (self, error);
  return G_SOURCE_REMOVE;
}

static void
studio_changed_cb (SksStudioEditor *self)
{
  if (self->read_only)
    return;
  self->unsaved = TRUE;
  gtk_label_set_text (self->save_state_label, _("Editing…"));
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
  update_title (self);
  _sks_studio_editor_update_checks (self);
}

/* Closing saves first; if that fails the window stays, with the reason and
 * a way to close anyway. */
static gboolean
sks_studio_editor_close_request (GtkWindow *window)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (window);
  g_autoptr(GError) error = NULL;

  if (self->closing_anyway || sks_studio_editor_save (self, &error))
    return GTK_WINDOW_CLASS (sks_studio_editor_parent_class)->close_request (window);
  show_save_error (self, error);
  gtk_widget_set_visible (self->discard_button, TRUE);
  return TRUE;
}

/* The eligibility panel */

static GtkWidget *
create_verdict_row (gpointer item,
                    gpointer data)
{
  SksStudioEditor *self = data;
  GtkWidget *row = sks_verdict_row_new (SKS_VERDICT (item), self->policy);

  _sks_studio_editor_setup_findings (self, SKS_VERDICT_ROW (row));
  return row;
}

static gboolean
fill_verdict_list (gpointer data)
{
  SksStudioEditor *self = data;

  self->verdicts_source = 0;
  gtk_list_box_bind_model (self->verdict_list, sks_rule_engine_get_verdicts (self->engine),
                           create_verdict_row, self, NULL);
  return G_SOURCE_REMOVE;
}

/* Whether the eligibility panel shows the verdicts (it fills in just after
 * the form is first drawn). */
gboolean
sks_studio_editor_get_verdicts_shown (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), FALSE);
  return self->engine != NULL && self->verdicts_source == 0;
}

static void
update_summary (SksStudioEditor *self)
{
  SksVerdictStatus status = sks_rule_engine_get_status (self->engine);
  g_autofree char *text = NULL;

  /* Translators: the worst verdict over all rules, e.g. "Overall: Fail" */
  text = g_strdup_printf (_("Overall: %s"), sks_verdict_status_get_label (status));
  gtk_label_set_text (self->summary_label, text);
  gtk_image_set_from_icon_name (self->summary_image, sks_verdict_status_get_icon_name (status));
}

static void
setup_rule_engine (SksStudioEditor *self)
{
  g_autoptr(GError) error = NULL;
  GListModel *verdicts;

  if (self->round == NULL)
    {
      gtk_label_set_text (self->summary_label,
                          _("This application belongs to no round, so there is no policy to "
                            "check it against."));
      return;
    }
  self->policy = sks_policy_lookup (sks_round_get_policy_id (self->round), &error);
  if (self->policy == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The eligibility rules could not be loaded: %s"), error->message);
      gtk_label_set_text (self->summary_label, message);
      return;
    }
  self->engine = sks_rule_engine_new (self->policy);
  sks_rule_engine_set_studio (self->engine, self->studio);
  /* master.duplicate compares with the whole document, as its check does */
  sks_rule_engine_set_peer_store (self->engine, sks_context_get_store (self->context),
                                  self->studio_id);
  verdicts = sks_rule_engine_get_verdicts (self->engine);
  g_signal_connect_object (verdicts, "items-changed", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED);
  update_summary (self);
  /* The rules' long wrapped paragraphs take longer to lay out than the
   * whole form: the form shows first, the panel right after. */
  self->verdicts_source = g_idle_add_full (G_PRIORITY_LOW, fill_verdict_list, self, NULL);
}

/* The form */

static GObject *
resolve_path (SksStudioEditor      *self,
              const char           *path,
              const SksField      **field)
{
  const char *name = path;
  GObject *object = G_OBJECT (self->studio);
  const SksFieldTable *table = sks_studio_get_field_table ();

  if (g_str_has_prefix (path, "unit."))
    {
      object = G_OBJECT (sks_studio_get_unit (self->studio));
      table = sks_unit_get_field_table ();
      name = path + strlen ("unit.");
    }
  else if (g_str_has_prefix (path, "master."))
    {
      object = G_OBJECT (sks_studio_get_master (self->studio));
      table = sks_master_get_field_table ();
      name = path + strlen ("master.");
    }
  *field = sks_field_table_lookup (table, name);
  return object;
}

static void
row_edited_cb (SksStudioEditor *self,
               const char      *old_text,
               const char      *new_text,
               SksFieldRow     *row)
{
  sks_edit_history_push_field (self->history, sks_field_row_get_object (row),
                               sks_field_row_get_field (row), old_text, new_text);
}

static void
bind_rows (SksStudioEditor *self)
{
  self->rows = sks_field_row_collect (self->form_box);
  for (guint i = 0; i < self->rows->len; i++)
    {
      SksFieldRow *row = g_ptr_array_index (self->rows, i);
      const SksField *field = NULL;
      GObject *object = resolve_path (self, sks_field_row_get_path (row), &field);

      g_assert (field != NULL);
      sks_field_row_bind (row, object, field);
      sks_field_row_set_editable (row, !self->read_only);
      g_signal_connect_object (row, "edited", G_CALLBACK (row_edited_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * sks_studio_editor_find_row:
 * @path: a field as the form names it ("master.id-number", "location")
 *
 * Returns: (transfer none) (nullable): the form's row for @path
 */
SksFieldRow *
sks_studio_editor_find_row (SksStudioEditor *self,
                            const char      *path)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    if (g_strcmp0 (sks_field_row_get_path (g_ptr_array_index (self->rows, i)), path) == 0)
      return g_ptr_array_index (self->rows, i);
  return NULL;
}

/* Loading */

static SksRound *
find_round (SksStore *store,
            gint64    round_id)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, NULL);

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == round_id)
        return g_steal_pointer (&round);
    }
  return NULL;
}

static void
show_read_only (SksStudioEditor *self,
                const char      *reason)
{
  g_autofree char *message =
    g_strdup_printf (_("This application opens read-only: %s"), reason);

  self->read_only = TRUE;
  gtk_label_set_text (self->read_only_label, message);
  gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
  gtk_label_set_text (self->save_state_label, _("Read-only"));
}

static gboolean
load_studio (SksStudioEditor *self)
{
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  /* A new application stays in this window until something is typed into
   * it: one closed untouched leaves nothing behind. */
  if (self->studio_id == 0)
    {
      self->studio = sks_studio_new ();
      sks_studio_set_round_id (self->studio, self->new_round_id);
      sks_studio_set_recommender_id (self->studio, self->new_recommender_id);
    }
  else
    self->studio = sks_store_load_studio (store, self->studio_id, &error);
  if (self->studio == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The application could not be opened: %s"), error->message);
      _sks_studio_editor_show_error (self, message);
      gtk_widget_set_sensitive (self->form_box, FALSE);
      return FALSE;
    }
  if (sks_context_get_read_only (self->context))
    show_read_only (self, sks_context_get_read_only_reason (self->context));
  self->round = find_round (store, sks_studio_get_round_id (self->studio));
  return TRUE;
}

static char *find_recommender_name (SksStudioEditor *self);

/* The form's header: the round and the recommending unit the application
 * is filed under. */
static void
show_scope (SksStudioEditor *self)
{
  g_autofree char *round = self->round ? sks_new_application_describe_round (self->round) : NULL;
  g_autofree char *unit = find_recommender_name (self);
  g_autofree char *text = NULL;

  /* Translators: the form's header, e.g. "Round: 湖州市 2025 · 湖人社发〔2025〕1号 —
   * Recommending unit: 吴兴区" */
  text = g_strdup_printf (_("Round: %s — Recommending unit: %s"),
                          round ? round : _("none"), unit ? unit : _("none"));
  gtk_label_set_text (self->scope_label, text);
}

/* The form's header text: round and recommending unit. */
const char *
sks_studio_editor_get_scope_text (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);
  return gtk_label_get_text (self->scope_label);
}

static void
sks_studio_editor_constructed (GObject *object)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (object);

  G_OBJECT_CLASS (sks_studio_editor_parent_class)->constructed (object);

  gtk_label_set_text (self->subtitle_label, sks_context_get_display_name (self->context));
  if (load_studio (self))
    {
      bind_rows (self);
      show_scope (self);
      setup_rule_engine (self);
      _sks_studio_editor_lists_init (self);
      _sks_studio_editor_update_checks (self);
      self->changed_id = g_signal_connect_swapped (self->studio, "changed",
                                                   G_CALLBACK (studio_changed_cb), self);
    }
  update_title (self);
  _sks_studio_editor_update_actions (self);
}

/* Actions */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  sks_edit_history_undo (SKS_STUDIO_EDITOR (widget)->history);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  sks_edit_history_redo (SKS_STUDIO_EDITOR (widget)->history);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!sks_studio_editor_save (self, &error))
    show_save_error (self, error);
}

static void
discard_and_close_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (widget);

  self->closing_anyway = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (SKS_STUDIO_EDITOR (widget)->error_revealer, FALSE);
}

/* Printing: the form is made from the application as it is in the window,
 * saved or not. */

static char *
find_recommender_name (SksStudioEditor *self)
{
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(GListModel) recommenders = NULL;

  if (self->round == NULL)
    return NULL;
  recommenders = sks_store_list_recommenders (store, sks_round_get_id (self->round), NULL);
  for (guint i = 0; recommenders != NULL && i < g_list_model_get_n_items (recommenders); i++)
    {
      g_autoptr(SksRecommender) recommender = g_list_model_get_item (recommenders, i);

      if (sks_recommender_get_id (recommender) == sks_studio_get_recommender_id (self->studio))
        return g_strdup (sks_recommender_get_name (recommender));
    }
  return NULL;
}

/* The printed form names the attachments: they must be what was put in. */
static SksPrintDoc *
new_print_doc (SksStudioEditor  *self,
               GError          **error)
{
  g_autofree char *recommender = find_recommender_name (self);

  if (!sks_store_verify_attachments (sks_context_get_store (self->context),
                                     sks_studio_get_id (self->studio), error))
    return NULL;
  return sks_print_annex3_doc_new (self->round, self->studio, recommender, error);
}

static SksPrintDoc *
make_print_doc (SksStudioEditor *self)
{
  g_autoptr(GError) error = NULL;
  SksPrintDoc *doc = new_print_doc (self, &error);

  if (doc == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The application form could not be prepared for printing: %s"),
                         error->message);
      _sks_studio_editor_show_error (self, message);
    }
  return doc;
}

static void
run_print (SksStudioEditor         *self,
           GtkPrintOperationAction  action)
{
  g_autoptr(SksPrintDoc) doc = make_print_doc (self);
  g_autoptr(SksPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  const GError *print_error;

  if (doc == NULL)
    return;
  operation = sks_print_operation_new (doc);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), action, GTK_WINDOW (self),
                                    &error);
  print_error = result == GTK_PRINT_OPERATION_RESULT_ERROR
                ? error : sks_print_operation_get_error (operation);
  if (print_error != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The application form could not be printed: %s"),
                         print_error->message);
      _sks_studio_editor_show_error (self, message);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_print (SKS_STUDIO_EDITOR (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run_print (SKS_STUDIO_EDITOR (widget), GTK_PRINT_OPERATION_ACTION_PREVIEW);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SksStudioEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (!sks_studio_editor_export_pdf (self, path, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("The PDF file could not be written: %s"), error->message);
      _sks_studio_editor_show_error (self, message);
    }
}

/**
 * sks_studio_editor_export_pdf:
 * @path: where to write the PDF
 *
 * Writes the Annex 3 form of the application as it is in the window.
 *
 * Returns: FALSE with @error set on failure
 */
gboolean
sks_studio_editor_export_pdf (SksStudioEditor  *self,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;

  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->studio != NULL, FALSE);

  doc = new_print_doc (self, error);
  return doc != NULL && sks_print_write_pdf (doc, path, error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *name = sks_studio_get_name (self->studio);
  g_autofree char *file_name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export the Application Form as PDF"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of the exported form; %s is the studio */
  file_name = g_strdup_printf (_("%s application form.pdf"),
                               name && *name ? name : _("Untitled Application"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Accessors */

SksContext *
sks_studio_editor_get_context (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);
  return self->context;
}

gint64
sks_studio_editor_get_studio_id (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), 0);
  return self->studio_id;
}

/* The application as edited, or NULL if it could not be loaded. */
SksStudio *
sks_studio_editor_get_studio (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);
  return self->studio;
}

/* The live eligibility check, or NULL when the round has no policy. */
SksRuleEngine *
sks_studio_editor_get_rule_engine (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);
  return self->engine;
}

SksEditHistory *
sks_studio_editor_get_history (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);
  return self->history;
}

gboolean
sks_studio_editor_get_read_only (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), TRUE);
  return self->read_only;
}

/* Whether there are edits the store does not have yet. */
gboolean
sks_studio_editor_get_unsaved (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), FALSE);
  return self->unsaved;
}

/* The message in the error banner, or NULL when it is hidden. */
const char *
sks_studio_editor_get_error_message (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);
  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

/* GObject */

static void
sks_studio_editor_dispose (GObject *object)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_handle_id (&self->verdicts_source, g_source_remove);
  if (self->studio != NULL)
    g_clear_signal_handler (&self->changed_id, self->studio);
  if (self->engine != NULL)
    {
      g_signal_handlers_disconnect_by_data (sks_rule_engine_get_verdicts (self->engine), self);
      sks_rule_engine_set_studio (self->engine, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_STUDIO_EDITOR);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->engine);
  g_clear_object (&self->policy);
  g_clear_object (&self->round);
  g_clear_object (&self->history);
  g_clear_object (&self->studio);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_studio_editor_parent_class)->dispose (object);
}

static void
sks_studio_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_STUDIO_ID:
      g_value_set_int64 (value, self->studio_id);
      break;
    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->studio ? sks_studio_get_round_id (self->studio)
                                             : self->new_round_id);
      break;
    case PROP_RECOMMENDER_ID:
      g_value_set_int64 (value, self->studio ? sks_studio_get_recommender_id (self->studio)
                                             : self->new_recommender_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_studio_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SksStudioEditor *self = SKS_STUDIO_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_STUDIO_ID:
      self->studio_id = g_value_get_int64 (value);
      break;
    case PROP_ROUND_ID:
      self->new_round_id = g_value_get_int64 (value);
      break;
    case PROP_RECOMMENDER_ID:
      self->new_recommender_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.discard-and-close", NULL,
                                   discard_and_close_action);
  gtk_widget_class_install_action (widget_class, "editor.dismiss-error", NULL,
                                   dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "editor.export-pdf", NULL, export_pdf_action);
  _sks_studio_editor_history_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "editor.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
bind_template_children (GtkWidgetClass *widget_class)
{
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SksStudioEditor, name)
  BIND (title_label);
  BIND (subtitle_label);
  BIND (save_state_label);
  BIND (error_revealer);
  BIND (error_label);
  BIND (retry_button);
  BIND (discard_button);
  BIND (read_only_revealer);
  BIND (read_only_label);
  BIND (scope_label);
  BIND (form_box);
  BIND (team_list);
  BIND (add_member_button);
  BIND (materials_label);
  BIND (checklist_box);
  BIND (attachments_box);
  BIND (attachment_list);
  BIND (kind_drop_down);
  BIND (add_attachment_button);
  BIND (summary_image);
  BIND (summary_label);
  BIND (incomplete_label);
  BIND (verdict_list);
#undef BIND
}

static void
sks_studio_editor_class_init (SksStudioEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sks_studio_editor_constructed;
  object_class->dispose = sks_studio_editor_dispose;
  object_class->get_property = sks_studio_editor_get_property;
  object_class->set_property = sks_studio_editor_set_property;
  window_class->close_request = sks_studio_editor_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 for a new application until its first save, which notifies */
  properties[PROP_STUDIO_ID] =
    g_param_spec_int64 ("studio-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A new application's round and recommending unit (with studio-id 0) */
  properties[PROP_ROUND_ID] =
    g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECOMMENDER_ID] =
    g_param_spec_int64 ("recommender-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKS_TYPE_FIELD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-studio-editor.ui");
  bind_template_children (widget_class);
  install_actions (widget_class);
  _sks_studio_editor_lists_class_init (widget_class);
}

/* Undo and redo act in the capture phase, before a focused entry could
 * take Ctrl+Z for its own text. */
static void
add_history_shortcuts (SksStudioEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    shortcuts, gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                 gtk_named_action_new ("editor.undo")));
  gtk_shortcut_controller_add_shortcut (
    shortcuts, gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z"),
                                 gtk_named_action_new ("editor.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
sks_studio_editor_init (SksStudioEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->history = sks_edit_history_new ();
  g_signal_connect_object (self->history, "notify", G_CALLBACK (_sks_studio_editor_update_actions),
                           self, G_CONNECT_SWAPPED);
  add_history_shortcuts (self);
}

/**
 * sks_studio_editor_new:
 * @parent: (nullable): the document window
 * @context: the open document
 * @studio_id: the application to edit, already in the store
 *
 * Returns: (transfer none): a new editor window, not yet shown
 */
GtkWidget *
sks_studio_editor_new (GtkWindow  *parent,
                       SksContext *context,
                       gint64      studio_id)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  /* Not transient for @parent: the list and several editors sit side by side. */
  return g_object_new (SKS_TYPE_STUDIO_EDITOR,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       "studio-id", studio_id,
                       NULL);
}

/**
 * sks_studio_editor_new_application:
 * @round_id: the round the new application is filed under
 * @recommender_id: its recommending unit
 *
 * Opens the form on a new, empty application. It is saved (and appears in
 * the document) only once something is typed into it.
 *
 * Returns: (transfer none): a new editor window, not yet shown
 */
GtkWidget *
sks_studio_editor_new_application (GtkWindow  *parent,
                                   SksContext *context,
                                   gint64      round_id,
                                   gint64      recommender_id)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (round_id > 0, NULL);

  return g_object_new (SKS_TYPE_STUDIO_EDITOR,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       "round-id", round_id,
                       "recommender-id", recommender_id,
                       NULL);
}
