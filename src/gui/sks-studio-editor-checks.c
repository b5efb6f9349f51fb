/* sks-studio-editor-checks.c — what the form shows beyond each field's own
 * message: a problem two fields have together, under both of them, and
 * whether the application is complete enough for its next status step; and
 * the findings (核实) recorded from the eligibility panel
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-finding-check.h"
#include "sks-problem.h"
#include "sks-store-finding.h"
#include "sks-studio-complete.h"
#include "sks-studio-editor-private.h"

/* The master's fields a cross-field problem can name. */
static const char *const cross_paths[] = {
  "master.birth", "master.id-number", "master.gender", "master.retirement-category",
  "master.rehired",
};

static const char *
find_message (GPtrArray  *problems,
              const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = problems->pdata[i];

      if (g_str_equal (problem->path, path))
        return problem->error->message;
    }
  return NULL;
}

static void
update_cross_messages (SksStudioEditor *self)
{
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);

  sks_master_check_consistency (sks_studio_get_master (self->studio), problems);
  for (guint i = 0; i < G_N_ELEMENTS (cross_paths); i++)
    {
      SksFieldRow *row = sks_studio_editor_find_row (self, cross_paths[i]);

      if (row != NULL)
        sks_field_row_set_cross_message (row, find_message (problems, cross_paths[i]));
    }
}

static void
update_incomplete (SksStudioEditor *self)
{
  g_autoptr(GPtrArray) problems = sks_studio_dup_incomplete (self->studio);
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->incomplete_label), problems->len > 0);
  if (problems->len == 0)
    return;
  list = sks_problems_describe (problems, 3);
  text = g_strdup_printf (_("Incomplete: no further status step until fixed. %s"), list);
  gtk_label_set_text (self->incomplete_label, text);
}

/**
 * _sks_studio_editor_update_checks:
 *
 * Runs after every change of the application (and once it is loaded); the
 * checks read only the application in memory, so typing stays fast.
 */
void
_sks_studio_editor_update_checks (SksStudioEditor *self)
{
  if (self->studio == NULL)
    return;
  update_cross_messages (self);
  update_incomplete (self);
}

/* The incomplete marker's text, or NULL when the application is complete. */
const char *
sks_studio_editor_get_incomplete_message (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->incomplete_label)))
    return NULL;
  return gtk_label_get_text (self->incomplete_label);
}

/* Findings (核实) */

/* Brings the form's application up to what the store now holds for @item,
 * as no edit: the rule engine follows, the autosave does not. */
static gboolean
take_stored_finding (SksStudioEditor  *self,
                     SksCheckItem      item,
                     GError          **error)
{
  SksStore *store = sks_context_get_store (self->context);
  g_autoptr(SksStudio) stored = sks_store_load_studio (store, self->studio_id, error);
  const char *by = NULL, *on = NULL, *note = NULL;
  SksCheckState state;

  if (stored == NULL)
    return FALSE;
  state = sks_studio_get_check (stored, item, &by, &on, &note);
  g_signal_handler_block (self->studio, self->changed_id);
  sks_studio_set_check (self->studio, item, state, by, on, note);
  sks_studio_set_timestamps (self->studio, sks_studio_get_created (stored),
                             sks_studio_get_modified (stored));
  g_signal_handler_unblock (self->studio, self->changed_id);
  return TRUE;
}

/* A finding is its own write with its own history: pending edits are
 * saved first, so that the two never mix. */
static void
record_finding_cb (SksVerdictRow *row,
                   guint          item,
                   guint          result,
                   const char    *note,
                   GArray        *evidence,
                   gpointer       data)
{
  SksStudioEditor *self = data;
  g_autoptr(GError) error = NULL;
  SksFindingRecord record = { item, result, NULL, NULL, note,
                              (const gint64 *) evidence->data, evidence->len, NULL };
  g_autoptr(SksVerdictRow) keep = g_object_ref (row);

  if (!sks_studio_editor_save (self, &error) ||
      !sks_store_record_finding (sks_context_get_store (self->context), self->studio_id,
                                 &record, &error) ||
      !take_stored_finding (self, item, &error))
    {
      sks_verdict_row_finding_done (row, error->message);
      return;
    }
  sks_verdict_row_finding_done (row, NULL);
  sks_context_studio_saved (self->context, self->studio_id);
}

static void studio_id_changed_cb (SksVerdictRow   *row,
                                  GParamSpec      *pspec,
                                  SksStudioEditor *self);

/**
 * _sks_studio_editor_setup_findings:
 *
 * Gives a rule a reviewer confirms its Record Finding… controls, once the
 * application is in the store and can be written: a new application's
 * rows get them when its first save gives it an id.
 */
void
_sks_studio_editor_setup_findings (SksStudioEditor *self,
                                   SksVerdictRow   *row)
{
  SksVerdict *verdict = sks_verdict_row_get_verdict (row);
  const SksRule *rule;
  SksCheckItem items[SKS_N_CHECK_ITEMS];
  guint n;

  if (self->policy == NULL || self->read_only)
    return;
  rule = sks_policy_find_rule (self->policy, sks_verdict_get_rule_id (verdict));
  if (rule == NULL || (n = sks_rule_get_check_items (rule, items)) == 0)
    return;
  if (self->studio_id == 0)
    {
      /* dropped with the row, should the panel rebuild it first */
      g_signal_connect_object (self, "notify::studio-id", G_CALLBACK (studio_id_changed_cb), row,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      return;
    }
  sks_verdict_row_set_findings (row, self->studio, sks_context_get_store (self->context),
                                items, n);
  g_signal_connect_object (row, "record-finding", G_CALLBACK (record_finding_cb), self, 0);
}

/* The first save of a new application: its rows that wait for a reviewer
 * get their controls now (swapped: the row is the handler's data). */
static void
studio_id_changed_cb (SksVerdictRow   *row,
                      GParamSpec      *pspec,
                      SksStudioEditor *self)
{
  if (self->studio_id == 0)
    return;
  g_signal_handlers_disconnect_by_func (self, studio_id_changed_cb, row);
  _sks_studio_editor_setup_findings (self, row);
}
