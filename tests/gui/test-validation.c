/* test-validation.c — what the form and the team dialog no longer let
 * through: an ID number that disagrees with 出生年月 (shown under both
 * fields), incomplete team members, an incomplete application taking a
 * status step, and master.duplicate compared with the whole document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With SKS_SHOT_DIR set, the form and the dialog are also saved there as
 * PNG files (what the screenshots in the report were made with).
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "sks-context.h"
#include "sks-field-row.h"
#include "sks-i18n.h"
#include "sks-sample.h"
#include "sks-store.h"
#include "sks-studio-editor.h"
#include "sks-team-member-dialog.h"
#include "sks-test-gui.h"
#include "sks-test-util.h"
#include "sks-verdict-row.h"
#include "sks-window.h"

typedef struct {
  SksTestDoc  doc;
  gint64      studio_id;    /* a submitted Huzhou application */
  gint64      other_id;     /* another application of its round */
} Fixture;

/* Other than @not_id: a submitted application, or with @round_id any of
 * that round that counts (not withdrawn). */
static gint64
find_submitted (SksStore *store,
                gint64    not_id,
                gint64    round_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sks_store_list_studio_ids (store, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SksStudio) studio = sks_store_load_studio (store, id, &error);

      SksStatus status = sks_studio_get_status (studio);

      if (id == not_id)
        continue;
      if (round_id == 0 ? status == SKS_STATUS_SUBMITTED
                        : sks_studio_get_round_id (studio) == round_id &&
                          status != SKS_STATUS_WITHDRAWN)
        return id;
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sks_test_doc_set_up (&f->doc, 12);
  f->studio_id = find_submitted (f->doc.store, 0, 0);
  {
    g_autoptr(SksStudio) studio = sks_store_load_studio (f->doc.store, f->studio_id, &error);

    g_assert_no_error (error);
    f->other_id = find_submitted (f->doc.store, f->studio_id, sks_studio_get_round_id (studio));
  }
  sks_test_doc_add_context (&f->doc, FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sks_test_doc_tear_down (&f->doc);
}

/* Helpers */

static gboolean
verdicts_shown (gpointer data)
{
  return sks_studio_editor_get_verdicts_shown (data);
}

/* Scrolls the form so that @widget is near the top (for the screenshot). */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_assert_nonnull (scrolled);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (
                                             GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 60);
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

static SksFieldRow *
find_row (SksStudioEditor *editor,
          const char      *path)
{
  SksFieldRow *row = sks_studio_editor_find_row (editor, path);

  g_assert_nonnull (row);
  return row;
}

static void
type_text (SksFieldRow *row,
           const char  *text)
{
  GtkWidget *input = sks_field_row_get_input (row);

  g_assert_true (GTK_IS_EDITABLE (input));
  gtk_widget_grab_focus (input);
  gtk_editable_set_text (GTK_EDITABLE (input), text);
}

static SksVerdict *
shown_verdict (SksStudioEditor *editor,
               const char      *rule_id)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                               SKS_TYPE_STUDIO_EDITOR,
                                                               "verdict_list"));

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SKS_IS_VERDICT_ROW (child) &&
        g_strcmp0 (sks_verdict_get_rule_id (sks_verdict_row_get_verdict (SKS_VERDICT_ROW (child))),
                   rule_id) == 0)
      return sks_verdict_row_get_verdict (SKS_VERDICT_ROW (child));
  g_error ("no verdict row for %s", rule_id);
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

/* The form: the ID number's birth against 出生年月 */

static void
test_form_birth_conflict (Fixture       *f,
                          gconstpointer  data)
{
  SksStudioEditor *editor = open_editor (f->doc.context, f->studio_id);
  SksMaster *master = sks_studio_get_master (sks_studio_editor_get_studio (editor));
  SksFieldRow *birth = find_row (editor, "master.birth");
  SksFieldRow *id_number = find_row (editor, "master.id-number");
  g_autofree char *agreed = g_strdup (sks_master_get_birth (master));
  int year = atoi (agreed);
  g_autofree char *other_year = g_strdup_printf ("%04d%s", year - 1, agreed + 4);

  g_assert_null (sks_field_row_get_message (birth));
  g_assert_null (sks_field_row_get_message (id_number));
  g_assert_null (sks_studio_editor_get_incomplete_message (editor));
  g_assert_cmpint (sks_verdict_get_status (shown_verdict (editor, "master.birth_agreement")), ==,
                   SKS_VERDICT_PASS);

  /* A year of birth the ID number does not have: the message under both */
  type_text (birth, other_year);
  g_assert_nonnull (sks_field_row_get_message (birth));
  g_assert_nonnull (sks_field_row_get_message (id_number));
  g_assert_true (gtk_widget_has_css_class (sks_field_row_get_input (id_number), "error"));
  sks_test_iterate ();
  g_assert_cmpint (sks_verdict_get_status (shown_verdict (editor, "master.birth_agreement")), ==,
                   SKS_VERDICT_FAIL);
  g_assert_nonnull (sks_studio_editor_get_incomplete_message (editor));
  /* the value is kept: nothing typed is lost */
  g_assert_cmpstr (sks_master_get_birth (master), ==, other_year);
  scroll_to (GTK_WIDGET (birth));
  sks_test_save_shot (GTK_WIDGET (editor), "form-birth-conflict");

  /* corrected: both messages go */
  type_text (birth, agreed);
  g_assert_null (sks_field_row_get_message (birth));
  g_assert_null (sks_field_row_get_message (id_number));
  g_assert_null (sks_studio_editor_get_incomplete_message (editor));
  close_editor (editor);
}

/* The form's master.duplicate compares with the document, as the check does. */
static void
test_form_duplicate_against_document (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) other = sks_store_load_studio (f->doc.store, f->other_id, &error);
  SksStudioEditor *editor = open_editor (f->doc.context, f->studio_id);
  SksStudio *studio = sks_studio_editor_get_studio (editor);
  const char *other_id_number = sks_master_get_id_number (sks_studio_get_master (other));
  const char *other_birth = sks_master_get_birth (sks_studio_get_master (other));
  SksVerdict *verdict = shown_verdict (editor, "master.duplicate");

  g_assert_no_error (error);
  g_assert_cmpint (sks_verdict_get_status (verdict), ==, SKS_VERDICT_PASS);

  g_object_set (sks_studio_get_master (studio), "id-number", other_id_number,
                "birth", other_birth, NULL);
  sks_test_iterate ();
  verdict = shown_verdict (editor, "master.duplicate");
  g_assert_cmpint (sks_verdict_get_status (verdict), ==, SKS_VERDICT_WARNING);
  g_assert_nonnull (strstr (sks_verdict_get_explanation (verdict), sks_studio_get_name (other)));
  close_editor (editor);
}

/* The team dialog */

typedef struct {
  const char *name;
  const char *property;   /* left empty, or set to @value */
  const char *value;
} DialogCase;

static const DialogCase dialog_cases[] = {
  { "birth-1990-13", "birth", "1990-13" },
  { "no-gender", "gender", NULL },
  { "no-education", "education", NULL },
  { "no-occupation", "occupation", NULL },
};

static void
test_team_dialog_refuses (Fixture       *f,
                          gconstpointer  data)
{
  const DialogCase *c = data;
  SksStudioEditor *editor = open_editor (f->doc.context, f->studio_id);
  GListModel *team = sks_studio_get_team (sks_studio_editor_get_studio (editor));
  guint n_members = g_list_model_get_n_items (team);
  SksTeamMemberDialog *dialog;
  SksTeamMember *draft;
  SksFieldRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-member", NULL));
  dialog = find_member_dialog ();
  g_assert_nonnull (dialog);
  draft = sks_team_member_dialog_get_draft (dialog);
  type_text (sks_team_member_dialog_find_row (dialog, "name"), "测试成员");
  type_text (sks_team_member_dialog_find_row (dialog, "birth"), "1991-04");
  type_text (sks_team_member_dialog_find_row (dialog, "occupation"), "钳工");
  g_object_set (draft, "gender", SKS_GENDER_FEMALE, "education", "大学本科", NULL);
  if (g_str_equal (c->property, "gender"))
    g_object_set (draft, "gender", SKS_GENDER_UNSET, NULL);
  else if (g_str_equal (c->property, "education"))
    g_object_set (draft, "education", NULL, NULL);
  else
    type_text (sks_team_member_dialog_find_row (dialog, c->property), c->value ? c->value : "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "member.save", NULL));
  g_assert_true (find_member_dialog () == dialog);     /* still open, nothing saved */
  g_assert_cmpuint (g_list_model_get_n_items (team), ==, n_members);
  g_assert_nonnull (sks_team_member_dialog_get_problem_message (dialog));
  row = sks_team_member_dialog_find_row (dialog, c->property);
  g_assert_nonnull (sks_field_row_get_message (row));
  g_assert_null (sks_field_row_get_message (sks_team_member_dialog_find_row (dialog, "name")));
  if (g_str_equal (c->name, "birth-1990-13"))
    sks_test_save_shot (GTK_WIDGET (dialog), "team-dialog-refused");

  /* fixed: saved */
  if (g_str_equal (c->property, "gender"))
    g_object_set (draft, "gender", SKS_GENDER_MALE, NULL);
  else if (g_str_equal (c->property, "education"))
    g_object_set (draft, "education", "大学专科", NULL);
  else
    type_text (row, g_str_equal (c->property, "birth") ? "1990-12" : "车工");
  g_assert_null (sks_field_row_get_message (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "member.save", NULL));
  g_assert_null (find_member_dialog ());
  g_assert_cmpuint (g_list_model_get_n_items (team), ==, n_members + 1);
  close_editor (editor);
}

/* The window: an incomplete application takes no status step but 撤回 */

/* A child of the window's template, else of its list's (SksApplicationsView) */
static gpointer
window_child (SksWindow  *window,
              const char *id)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SKS_TYPE_WINDOW, id);

  if (child == NULL)
    child = gtk_widget_get_template_child (GTK_WIDGET (sks_window_get_applications_view (window)),
                                           SKS_TYPE_APPLICATIONS_VIEW, id);
  g_assert_nonnull (child);
  return child;
}

static void
select_studio (SksWindow *window,
               gint64     id)
{
  GListModel *model = window_child (window, "sort_model");
  GtkSelectionModel *selection = window_child (window, "selection");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (model, i);

      if (sks_studio_row_get_id (row) == id)
        {
          gtk_selection_model_select_item (selection, i, TRUE);
          return;
        }
    }
  g_assert_not_reached ();
}

static SksStatus
stored_status (Fixture *f,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->doc.store, id, &error);

  g_assert_no_error (error);
  return sks_studio_get_status (studio);
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window))
        return window;
    }
  return NULL;
}

static void
test_window_incomplete_no_step (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->doc.store, f->studio_id, &error);
  g_autoptr(SksTeamMember) member = NULL;
  SksWindow *window;
  const char *message;
  GtkWidget *dialog;

  /* a team member saved with 1990-13, as older versions let through */
  member = g_list_model_get_item (sks_studio_get_team (studio), 0);
  g_object_set (member, "birth", "1990-13", NULL);
  g_assert_true (sks_store_save_studio (f->doc.store, studio, &error));
  g_assert_no_error (error);

  window = sks_window_new (NULL, f->doc.context);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sks_test_iterate ();
  select_studio (window, f->studio_id);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "recommended");
  g_assert_cmpint (stored_status (f, f->studio_id), ==, SKS_STATUS_SUBMITTED);
  g_assert_true (gtk_revealer_get_reveal_child (window_child (window, "error_revealer")));
  message = gtk_label_get_text (window_child (window, "error_label"));
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, sks_studio_get_name (studio)));
  g_assert_nonnull (strstr (message, sks_team_member_get_name (member)));

  /* fixed: the step is taken */
  g_object_set (member, "birth", "1990-12", NULL);
  g_assert_true (sks_store_save_studio (f->doc.store, studio, &error));
  g_assert_no_error (error);
  sks_context_studio_saved (f->doc.context, f->studio_id);
  select_studio (window, f->studio_id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "recommended");
  g_assert_cmpint (stored_status (f, f->studio_id), ==, SKS_STATUS_RECOMMENDED);

  /* 撤回 stays open to an incomplete application */
  g_object_set (member, "birth", "1990-13", NULL);
  sks_studio_set_status (studio, SKS_STATUS_RECOMMENDED);
  g_assert_true (sks_store_save_studio (f->doc.store, studio, &error));
  sks_context_studio_saved (f->doc.context, f->studio_id);
  select_studio (window, f->studio_id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.set-status", "s", "withdrawn");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_cmpint (stored_status (f, f->studio_id), ==, SKS_STATUS_WITHDRAWN);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* Screenshots are taken in the language of the environment (the tests
   * themselves assert nothing language-bound). */
  if (g_getenv ("SKS_SHOT_DIR") != NULL)
    {
      setlocale (LC_ALL, "");
      sks_i18n_init ();
    }

  g_test_add ("/validation/form/birth-conflict-under-both-fields", Fixture, NULL, fixture_set_up,
              test_form_birth_conflict, fixture_tear_down);
  g_test_add ("/validation/form/duplicate-against-document", Fixture, NULL, fixture_set_up,
              test_form_duplicate_against_document, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (dialog_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validation/team-dialog/refuses/%s",
                                               dialog_cases[i].name);
      g_test_add (path, Fixture, &dialog_cases[i], fixture_set_up, test_team_dialog_refuses,
                  fixture_tear_down);
    }
  g_test_add ("/validation/window/incomplete-takes-no-step", Fixture, NULL, fixture_set_up,
              test_window_incomplete_no_step, fixture_tear_down);
  return g_test_run ();
}
