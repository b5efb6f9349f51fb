/* test-studio-editor.c — the application editor on a sample document:
 * live validation and verdicts, the team, attachments, undo, autosave,
 * closing and read-only documents
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "sks-context.h"
#include "sks-field-row.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-studio-editor.h"
#include "sks-team-member-dialog.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-verdict-row.h"

typedef struct {
  SksTestDoc  doc;
  gint64      studio_id;
} Fixture;

/* A Huzhou application whose leader was born on the notice's cut-off day
 * (1975-02-28, inclusive): only a valid ID number tells the day. */
static gint64
prepare_studio (SksStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksRound) round = sks_store_find_round (store, SKS_SAMPLE_ROUND_HUZHOU, &error);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(SksStudio) studio = NULL;
  g_autofree char *id_number = sks_test_make_id_number ("330502", 1975, 2, 28, 17);
  SksMaster *master;
  gint64 id;

  g_assert_no_error (error);
  g_assert_nonnull (round);
  ids = sks_store_list_studio_ids (store, sks_round_get_id (round), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, 0);
  id = g_array_index (ids, gint64, 0);
  studio = sks_store_load_studio (store, id, &error);
  g_assert_no_error (error);
  master = sks_studio_get_master (studio);
  g_object_set (master, "birth", "1975-02", "id-number", id_number, NULL);
  g_assert_true (sks_store_save_studio (store, studio, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  sks_test_doc_set_up (&fixture->doc, 12);
  fixture->studio_id = prepare_studio (fixture->doc.store);
  sks_test_doc_add_context (&fixture->doc, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sks_test_doc_tear_down (&fixture->doc);
}

/* Helpers */

static gboolean
verdicts_shown (gpointer data)
{
  return sks_studio_editor_get_verdicts_shown (data);
}

static SksStudioEditor *
open_editor (SksContext *context,
             gint64      studio_id)
{
  GtkWidget *editor = sks_studio_editor_new (NULL, context, studio_id);

  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (editor);
  sks_test_iterate_until (verdicts_shown, editor);
  return SKS_STUDIO_EDITOR (editor);
}

static void
close_editor (SksStudioEditor *editor)
{
  g_autoptr(GtkWidget) ref = g_object_ref (GTK_WIDGET (editor));

  gtk_window_destroy (GTK_WINDOW (editor));
}

static gpointer
get_child (SksStudioEditor *editor,
           const char      *id)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (editor), SKS_TYPE_STUDIO_EDITOR,
                                                  id);

  g_assert_nonnull (child);
  return child;
}

static SksFieldRow *
find_row (SksStudioEditor *editor,
          const char      *path)
{
  SksFieldRow *row = sks_studio_editor_find_row (editor, path);

  g_assert_nonnull (row);
  return row;
}

/* Types @text into the row's entry as the keyboard would end up. */
static void
type_text (SksFieldRow *row,
           const char  *text)
{
  GtkWidget *input = sks_field_row_get_input (row);

  g_assert_true (GTK_IS_EDITABLE (input));
  gtk_widget_grab_focus (input);
  gtk_editable_set_text (GTK_EDITABLE (input), text);
}

static void
type_into_text_view (SksFieldRow *row,
                     const char  *text)
{
  GtkWidget *input = sks_field_row_get_input (row);

  g_assert_true (GTK_IS_TEXT_VIEW (input));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (input)), text, -1);
}

static SksVerdictRow *
find_verdict_row (SksStudioEditor *editor,
                  const char      *rule_id)
{
  GtkWidget *list = get_child (editor, "verdict_list");

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SksVerdict *verdict;

      if (!SKS_IS_VERDICT_ROW (child))
        continue;
      verdict = sks_verdict_row_get_verdict (SKS_VERDICT_ROW (child));
      if (g_strcmp0 (sks_verdict_get_rule_id (verdict), rule_id) == 0)
        return SKS_VERDICT_ROW (child);
    }
  return NULL;
}

static SksVerdictStatus
shown_verdict_status (SksStudioEditor *editor,
                      const char      *rule_id)
{
  SksVerdictRow *row = find_verdict_row (editor, rule_id);

  g_assert_nonnull (row);
  return sks_verdict_get_status (sks_verdict_row_get_verdict (row));
}

static gboolean
saved (gpointer data)
{
  return !sks_studio_editor_get_unsaved (data);
}

static SksStudio *
reload (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  SksStudio *studio = sks_store_load_studio (fixture->doc.store, fixture->studio_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (studio);
  return studio;
}

/* The rows of a list box (not its placeholder) */
static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}

static SksTeamMemberDialog *
find_member_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SKS_IS_TEAM_MEMBER_DIALOG (window))
        return SKS_TEAM_MEMBER_DIALOG (window);
    }
  return NULL;
}

static gboolean
has_member_named (SksStudio  *studio,
                  const char *name)
{
  GListModel *team = sks_studio_get_team (studio);

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);

      if (g_strcmp0 (sks_team_member_get_name (member), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Tests */

static void
test_editor_opens (Fixture       *fixture,
                   gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksStudio *studio = sks_studio_editor_get_studio (editor);
  SksMaster *master = sks_studio_get_master (studio);
  SksFieldRow *id_row = find_row (editor, "master.id-number");
  SksFieldRow *unit_row = find_row (editor, "unit.name");
  GtkWidget *verdicts = get_child (editor, "verdict_list");
  const char *id_number = sks_master_get_id_number (master);

  g_assert_nonnull (studio);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, sks_studio_get_name (studio));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_field_row_get_input (unit_row))), ==,
                   sks_unit_get_name (sks_studio_get_unit (studio)));
  /* The ID number is masked until the entry has the focus. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_field_row_get_input (id_row))), !=,
                   id_number);
  g_assert_nonnull (strchr (sks_field_row_get_display_text (id_row), '*'));
  gtk_widget_grab_focus (sks_field_row_get_input (id_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_field_row_get_input (id_row))), ==,
                   id_number);
  /* Every rule of the policy has its row. */
  g_assert_nonnull (sks_studio_editor_get_rule_engine (editor));
  g_assert_cmpuint (count_children (verdicts), ==,
                    g_list_model_get_n_items (
                      sks_rule_engine_get_verdicts (sks_studio_editor_get_rule_engine (editor))));
  g_assert_cmpuint (count_children (verdicts), >, 5);
  g_assert_false (sks_studio_editor_get_read_only (editor));
  close_editor (editor);
}

static void
test_editor_invalid_id_number (Fixture       *fixture,
                               gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksFieldRow *row = find_row (editor, "master.id-number");
  g_autofree char *valid = sks_test_make_id_number ("330502", 1975, 2, 28, 17);
  g_autofree char *invalid = g_strdup (valid);
  g_autoptr(SksStudio) stored = NULL;
  SksVerdictStatus before;

  g_assert_null (sks_field_row_get_message (row));
  before = shown_verdict_status (editor, "master.birth_cutoff");
  g_assert_cmpint (before, !=, SKS_VERDICT_MANUAL);

  /* A wrong check character */
  invalid[17] = invalid[17] == '1' ? '2' : '1';
  type_text (row, invalid);
  g_assert_nonnull (sks_field_row_get_message (row));
  g_assert_nonnull (strstr (sks_field_row_get_message (row),
                            sks_field_get_label (sks_field_row_get_field (row))));
  g_assert_true (gtk_widget_has_css_class (sks_field_row_get_input (row), "error"));
  /* Without a valid ID number the birth month alone cannot tell. */
  g_assert_cmpint (shown_verdict_status (editor, "master.birth_cutoff"), ==, SKS_VERDICT_MANUAL);

  /* The wrong number is kept and saved as typed: the user decides. */
  sks_test_iterate_until (saved, editor);
  stored = reload (fixture);
  g_assert_cmpstr (sks_master_get_id_number (sks_studio_get_master (stored)), ==, invalid);

  type_text (row, valid);
  g_assert_null (sks_field_row_get_message (row));
  g_assert_cmpint (shown_verdict_status (editor, "master.birth_cutoff"), ==, before);
  close_editor (editor);
}

static void
test_editor_team_add_remove (Fixture       *fixture,
                             gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksStudio *studio = sks_studio_editor_get_studio (editor);
  GtkWidget *team_list = get_child (editor, "team_list");
  guint n_members = g_list_model_get_n_items (sks_studio_get_team (studio));
  SksTeamMemberDialog *dialog;
  g_autoptr(SksStudio) stored = NULL;
  g_autoptr(SksStudio) stored_after = NULL;
  GtkWidget *last_row;
  GtkWidget *remove_button;
  g_autoptr(GPtrArray) dialog_rows = NULL;
  SksFieldRow *name_row;

  g_assert_cmpuint (count_children (team_list), ==, n_members);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-member", NULL));
  dialog = find_member_dialog ();
  g_assert_nonnull (dialog);
  dialog_rows = sks_field_row_collect (GTK_WIDGET (dialog));
  name_row = g_ptr_array_index (dialog_rows, 0);
  g_assert_cmpstr (sks_field_row_get_path (name_row), ==, "name");
  type_text (name_row, "测试成员甲");
  /* the rest a complete member needs (the dialog refuses less) */
  g_object_set (sks_team_member_dialog_get_draft (dialog), "gender", SKS_GENDER_MALE,
                "birth", "1990-06", "education", "大学本科", "occupation", "钳工", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "member.save", NULL));
  g_assert_null (find_member_dialog ());

  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (studio)), ==, n_members + 1);
  g_assert_cmpuint (count_children (team_list), ==, n_members + 1);
  sks_test_iterate_until (saved, editor);
  stored = reload (fixture);
  g_assert_true (has_member_named (stored, "测试成员甲"));

  /* The remove button of the new (last) row */
  last_row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (team_list), n_members));
  remove_button =
    gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (last_row)));
  g_assert_true (GTK_IS_BUTTON (remove_button));
  g_signal_emit_by_name (remove_button, "clicked");
  g_assert_cmpuint (count_children (team_list), ==, n_members);
  g_assert_true (sks_studio_editor_save (editor, NULL));
  stored_after = reload (fixture);
  g_assert_false (has_member_named (stored_after, "测试成员甲"));
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (stored_after)), ==, n_members);
  close_editor (editor);
}

static void
test_editor_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksStudio *studio = sks_studio_editor_get_studio (editor);
  SksFieldRow *row = find_row (editor, "location");
  GtkEditable *entry = GTK_EDITABLE (sks_field_row_get_input (row));
  g_autofree char *original = g_strdup (gtk_editable_get_text (entry));
  g_autoptr(SksStudio) stored = NULL;
  char *location;

  g_assert_false (sks_edit_history_get_can_undo (sks_studio_editor_get_history (editor)));
  type_text (row, "湖州市吴兴区");
  type_text (row, "湖州市吴兴区织里镇");
  g_object_get (studio, "location", &location, NULL);
  g_assert_cmpstr (location, ==, "湖州市吴兴区织里镇");
  g_free (location);

  /* Quick typing in one field is one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, original);
  g_object_get (studio, "location", &location, NULL);
  g_assert_cmpstr (location && *location ? location : "", ==, original);
  g_free (location);
  g_assert_false (sks_edit_history_get_can_undo (sks_studio_editor_get_history (editor)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.redo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "湖州市吴兴区织里镇");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo", NULL));
  sks_test_iterate_until (saved, editor);
  stored = reload (fixture);
  g_object_get (stored, "location", &location, NULL);
  g_assert_cmpstr (location && *location ? location : "", ==, original);
  g_free (location);
  close_editor (editor);
}

static void
test_editor_undo_team (Fixture       *fixture,
                       gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksStudio *studio = sks_studio_editor_get_studio (editor);
  GListModel *team = sks_studio_get_team (studio);
  guint n_members = g_list_model_get_n_items (team);
  g_autoptr(SksTeamMember) first = g_list_model_get_item (team, 0);
  GtkWidget *first_row = GTK_WIDGET (gtk_list_box_get_row_at_index (get_child (editor, "team_list"),
                                                                     0));
  GtkWidget *remove_button =
    gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (first_row)));
  g_autoptr(SksTeamMember) back = NULL;

  g_assert_cmpuint (n_members, >, 1);
  g_signal_emit_by_name (remove_button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (team), ==, n_members - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (team), ==, n_members);
  /* Back in its place, not at the end */
  back = g_list_model_get_item (team, 0);
  g_assert_true (back == first);
  close_editor (editor);
}

/* Editing a member in its dialog is one undoable edit of all its fields. */
static void
test_editor_edit_member (Fixture       *fixture,
                         gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  GListModel *team = sks_studio_get_team (sks_studio_editor_get_studio (editor));
  g_autoptr(SksTeamMember) member = g_list_model_get_item (team, 1);
  g_autofree char *old_name = g_strdup (sks_team_member_get_name (member));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (get_child (editor, "team_list"), 1);
  GtkWidget *remove_button = gtk_widget_get_last_child (gtk_list_box_row_get_child (row));
  GtkWidget *edit_button = gtk_widget_get_prev_sibling (remove_button);
  GtkWidget *title = gtk_widget_get_first_child (
    gtk_widget_get_first_child (gtk_list_box_row_get_child (row)));
  g_autoptr(GPtrArray) rows = NULL;
  SksTeamMemberDialog *dialog;

  g_signal_emit_by_name (edit_button, "clicked");
  dialog = find_member_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (sks_team_member_dialog_get_member (dialog) == member);
  rows = sks_field_row_collect (GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_field_row_get_input (
                     g_ptr_array_index (rows, 0)))), ==, old_name);
  type_text (g_ptr_array_index (rows, 0), "改名成员");
  /* The member itself changes only on Save. */
  g_assert_cmpstr (sks_team_member_get_name (member), ==, old_name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "member.save", NULL));
  g_assert_cmpstr (sks_team_member_get_name (member), ==, "改名成员");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "改名成员");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo", NULL));
  g_assert_cmpstr (sks_team_member_get_name (member), ==, old_name);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, old_name);
  close_editor (editor);
}

/* The calendar in the date's popover writes the ISO date. */
static void
test_editor_calendar (Fixture       *fixture,
                      gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksFieldRow *row = find_row (editor, "application-date");
  GtkWidget *entry = sks_field_row_get_input (row);
  GtkWidget *button = gtk_widget_get_next_sibling (entry);
  GtkPopover *popover;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) day = g_date_time_new_local (2025, 3, 4, 0, 0, 0);
  char *date;

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  gtk_calendar_select_day (calendar, day);
  /* What a click on the day does */
  g_signal_emit_by_name (calendar, "day-selected");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2025-03-04");
  g_object_get (sks_studio_editor_get_studio (editor), "application-date", &date, NULL);
  g_assert_cmpstr (date, ==, "2025-03-04");
  g_free (date);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  close_editor (editor);
}

static void
test_editor_counter (Fixture       *fixture,
                     gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksFieldRow *row = find_row (editor, "introduction");
  GtkWidget *counter =
    (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (row), SKS_TYPE_FIELD_ROW,
                                                 "counter_label");
  g_autofree char *long_text = sks_test_make_text (301, FALSE, 7);
  g_autofree char *fitting = g_utf8_substring (long_text, 0, 300);

  g_assert_true (gtk_widget_get_visible (counter));
  type_into_text_view (row, long_text);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, "301 / 300");
  g_assert_true (gtk_widget_has_css_class (counter, "error"));
  g_assert_nonnull (sks_field_row_get_message (row));
  type_into_text_view (row, fitting);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, "300 / 300");
  g_assert_false (gtk_widget_has_css_class (counter, "error"));
  g_assert_null (sks_field_row_get_message (row));
  close_editor (editor);
}

static guint
count_named (GtkWidget  *box,
             const char *name)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child))),
                   name) == 0)
      n++;
  return n;
}

static void
test_editor_attachments (Fixture       *fixture,
                         gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksStudio *studio = sks_studio_editor_get_studio (editor);
  GtkWidget *checklist = get_child (editor, "checklist_box");
  GtkWidget *list = get_child (editor, "attachment_list");
  g_autofree char *file_path = g_build_filename (fixture->doc.tmpdir, "身份证.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/file.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) stored = NULL;
  guint n_attached, n_attachments;
  guint position = G_MAXUINT;

  /* Start without an ID copy */
  for (guint i = g_list_model_get_n_items (sks_studio_get_attachments (studio)); i > 0; i--)
    {
      g_autoptr(SksAttachment) attachment =
        g_list_model_get_item (sks_studio_get_attachments (studio), i - 1);
      if (sks_attachment_get_kind (attachment) == SKS_ATTACHMENT_ID_COPY)
        sks_studio_remove_attachment (studio, i - 1);
    }
  n_attached = count_named (checklist, "attached");
  n_attachments = g_list_model_get_n_items (sks_studio_get_attachments (studio));
  g_assert_cmpuint (count_children (list), ==, n_attachments);

  g_assert_true (g_file_set_contents (file_path, "%PDF-1.4\n%%EOF\n", -1, NULL));
  g_assert_true (sks_studio_editor_add_file (editor, file, SKS_ATTACHMENT_ID_COPY, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_named (checklist, "attached"), ==, n_attached + 1);
  g_assert_cmpuint (count_children (list), ==, n_attachments + 1);

  g_assert_false (sks_studio_editor_add_file (editor, missing, SKS_ATTACHMENT_OTHER, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_true (sks_studio_editor_save (editor, NULL));
  stored = reload (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (sks_studio_get_attachments (stored)); i++)
    {
      g_autoptr(SksAttachment) attachment =
        g_list_model_get_item (sks_studio_get_attachments (stored), i);
      if (g_strcmp0 (sks_attachment_get_name (attachment), "身份证.pdf") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);

  /* Undo takes it out again, and the tick with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo", NULL));
  g_assert_cmpuint (count_named (checklist, "attached"), ==, n_attached);
  close_editor (editor);
}

static void
test_editor_close_saves (Fixture       *fixture,
                         gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  g_autoptr(SksStudio) stored = NULL;
  char *area_text;

  type_text (find_row (editor, "area"), "236.5");
  g_assert_true (sks_studio_editor_get_unsaved (editor));
  /* Closed before the autosave timer runs */
  g_object_ref (editor);
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_false (sks_studio_editor_get_unsaved (editor));
  g_object_unref (editor);
  stored = reload (fixture);
  area_text = sks_field_dup_string (sks_field_table_lookup (sks_studio_get_field_table (), "area"),
                                    G_OBJECT (stored));
  g_assert_cmpstr (area_text, ==, "236.5");
  g_free (area_text);
}

static void
test_editor_bad_number (Fixture       *fixture,
                        gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksFieldRow *row = find_row (editor, "area");
  GtkEditable *entry = GTK_EDITABLE (sks_field_row_get_input (row));
  double area;
  int position = 3;

  type_text (row, "120");
  g_assert_null (sks_field_row_get_message (row));
  /* One keystroke that makes the number unreadable */
  gtk_editable_insert_text (entry, "亩", -1, &position);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "120亩");
  g_assert_nonnull (sks_field_row_get_message (row));
  g_assert_nonnull (strstr (sks_field_row_get_message (row),
                            sks_field_get_label (sks_field_row_get_field (row))));
  /* The model keeps the last number; the text stays for the user to correct. */
  g_object_get (sks_studio_editor_get_studio (editor), "area", &area, NULL);
  g_assert_cmpfloat (area, ==, 120);
  gtk_editable_delete_text (entry, 3, 4);
  g_assert_null (sks_field_row_get_message (row));
  close_editor (editor);
}

static void
test_editor_read_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksContext) context = NULL;
  SksStudioEditor *editor;
  SksFieldRow *row;

  g_clear_object (&fixture->doc.context);
  g_clear_object (&fixture->doc.store);
  store = sks_store_open (fixture->doc.path, SKS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  context = sks_context_new (store, fixture->doc.settings);
  editor = open_editor (context, fixture->studio_id);
  row = find_row (editor, "location");

  g_assert_true (sks_studio_editor_get_read_only (editor));
  g_assert_true (gtk_revealer_get_reveal_child (get_child (editor, "read_only_revealer")));
  g_assert_nonnull (strstr (gtk_label_get_text (get_child (editor, "read_only_label")),
                            sks_context_get_read_only_reason (context)));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (sks_field_row_get_input (row))));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-member", NULL);
  g_assert_null (find_member_dialog ());
  close_editor (editor);
}

static void
test_editor_accessible_labels (Fixture       *fixture,
                               gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  g_autoptr(GPtrArray) rows = sks_field_row_collect (get_child (editor, "form_box"));

  g_assert_cmpuint (rows->len, >, 40);
  for (guint i = 0; i < rows->len; i++)
    {
      SksFieldRow *row = g_ptr_array_index (rows, i);
      GtkWidget *input = sks_field_row_get_input (row);
      GtkWidget *label =
        (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (row), SKS_TYPE_FIELD_ROW,
                                                     "title_label");

      /* The label names the input (mnemonic widget and LABELLED_BY), or is
       * the check button's own. */
      if (GTK_IS_CHECK_BUTTON (input))
        g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (input)), ==,
                         sks_field_row_get_label (row));
      else
        g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (label)) == input);
      g_assert_cmpstr (sks_field_row_get_label (row), !=, "");
    }
  close_editor (editor);
}

/* The PDF of Annex 3 shows what is in the window, saved or not. */
static void
test_editor_export_pdf (Fixture       *fixture,
                        gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  g_autofree char *pdf = g_build_filename (fixture->doc.tmpdir, "annex3.pdf", NULL);
  g_autofree char *txt = g_build_filename (fixture->doc.tmpdir, "annex3.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  type_text (find_row (editor, "location"), "织里镇创业大道八十八号");
  g_assert_true (sks_studio_editor_get_unsaved (editor));
  g_assert_true (sks_studio_editor_export_pdf (editor, pdf, &error));
  g_assert_no_error (error);
  command = g_strdup_printf ("pdftotext -enc UTF-8 '%s' '%s'", pdf, txt);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_assert_true (g_file_get_contents (txt, &text, NULL, &error));
  g_assert_nonnull (strstr (text, "织里镇创业大道八十八号"));
  g_assert_nonnull (strstr (text, "技能大师工作室申报表"));
  g_assert_nonnull (strstr (text, sks_studio_get_name (sks_studio_editor_get_studio (editor))));
  close_editor (editor);
}

static gboolean
error_shown (gpointer data)
{
  return sks_studio_editor_get_error_message (data) != NULL;
}

/* The application is deleted behind the editor's back: saving fails, the
 * banner says why, the edit stays in the form and closing keeps the window. */
static void
test_editor_save_error (Fixture       *fixture,
                        gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (fixture->doc.context, fixture->studio_id);
  SksFieldRow *row = find_row (editor, "location");
  g_autoptr(GError) error = NULL;

  /* Withdrawn and moved to the trash by another window. */
  {
    g_autoptr(SksStudio) stored = sks_store_load_studio (fixture->doc.store, fixture->studio_id,
                                                         &error);

    g_assert_no_error (error);
    sks_studio_set_status (stored, SKS_STATUS_WITHDRAWN);
    g_assert_true (sks_store_save_studio (fixture->doc.store, stored, &error));
    g_assert_no_error (error);
  }
  g_assert_true (sks_store_delete_studio (fixture->doc.store, fixture->studio_id, &error));
  g_assert_no_error (error);
  type_text (row, "湖州市南浔区");
  sks_test_iterate_until (error_shown, editor);
  g_assert_true (sks_studio_editor_get_unsaved (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sks_field_row_get_input (row))), ==,
                   "湖州市南浔区");
  g_assert_true (gtk_widget_get_visible (get_child (editor, "retry_button")));

  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_get_visible (get_child (editor, "discard_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.discard-and-close",
                                             NULL));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/editor/opens", test_editor_opens);
  ADD ("/gui/editor/invalid-id-number", test_editor_invalid_id_number);
  ADD ("/gui/editor/team-add-remove", test_editor_team_add_remove);
  ADD ("/gui/editor/undo", test_editor_undo);
  ADD ("/gui/editor/undo-team", test_editor_undo_team);
  ADD ("/gui/editor/edit-member", test_editor_edit_member);
  ADD ("/gui/editor/calendar", test_editor_calendar);
  ADD ("/gui/editor/counter", test_editor_counter);
  ADD ("/gui/editor/attachments", test_editor_attachments);
  ADD ("/gui/editor/close-saves", test_editor_close_saves);
  ADD ("/gui/editor/bad-number", test_editor_bad_number);
  ADD ("/gui/editor/read-only", test_editor_read_only);
  ADD ("/gui/editor/accessible-labels", test_editor_accessible_labels);
  ADD ("/gui/editor/export-pdf", test_editor_export_pdf);
  ADD ("/gui/editor/save-error", test_editor_save_error);
#undef ADD

  return g_test_run ();
}
