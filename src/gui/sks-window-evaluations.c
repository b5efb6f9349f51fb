/* sks-window-evaluations.c — the evaluations (杭州: 年度考核, 期满考核) of the
 *   selected named studio (win.evaluate)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-applications-view.h"
#include "sks-evaluation-editor.h"
#include "sks-window-private.h"

/* Whether the selected application is a named studio whose notice has an
 * evaluation table of @kind. */
gboolean
sks_window_can_evaluate (SksWindow         *self,
                         SksEvaluationKind  kind)
{
  g_autoptr(SksStudioRow) row =
    sks_applications_view_dup_single_selected (sks_window_get_applications_view (self));
  SksPolicy *policy;
  SksStatus status;

  if (row == NULL)
    return FALSE;
  status = sks_studio_row_get_status (row);
  if (status != SKS_STATUS_APPROVED && status != SKS_STATUS_RENEWED)
    return FALSE;
  policy = sks_context_get_policy (sks_window_get_context (self),
                                   sks_studio_row_get_round_id (row));
  return policy != NULL && sks_policy_get_rubric (policy, kind) != NULL;
}

/* The latest evaluation of @kind, to continue it rather than start another. */
static SksEvaluation *
find_latest_evaluation (SksStore          *store,
                        gint64             studio_id,
                        SksEvaluationKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) evaluations = sks_store_list_evaluations (store, studio_id, &error);
  SksEvaluation *latest = NULL;

  for (guint i = 0; evaluations != NULL && i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(SksEvaluation) evaluation = g_list_model_get_item (evaluations, i);

      if (sks_evaluation_get_kind (evaluation) == kind &&
          (latest == NULL || sks_evaluation_get_year (evaluation) > sks_evaluation_get_year (latest)))
        g_set_object (&latest, evaluation);
    }
  return latest;
}

static void
evaluate (SksWindow         *self,
          SksEvaluationKind  kind,
          gboolean           new_one)
{
  g_autoptr(SksStudioRow) row =
    sks_applications_view_dup_single_selected (sks_window_get_applications_view (self));
  SksStore *store = sks_context_get_store (sks_window_get_context (self));
  g_autoptr(SksEvaluation) latest = NULL;
  GtkWidget *editor;

  if (row == NULL || !sks_window_can_evaluate (self, kind))
    return;
  if (!new_one)
    latest = find_latest_evaluation (store, sks_studio_row_get_id (row), kind);
  editor = latest != NULL
             ? sks_evaluation_editor_new_for_evaluation (GTK_WINDOW (self), store, latest)
             : sks_evaluation_editor_new (GTK_WINDOW (self), store, sks_studio_row_get_id (row),
                                          kind);
  if (editor != NULL)
    gtk_window_present (GTK_WINDOW (editor));
}

static void
evaluate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gboolean annual = g_str_equal (g_variant_get_string (parameter, NULL), "annual");

  evaluate (SKS_WINDOW (widget), annual ? SKS_EVALUATION_KIND_ANNUAL : SKS_EVALUATION_KIND_EXPIRY,
            FALSE);
}

void
sks_window_class_add_evaluation_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.evaluate", "s", evaluate_action);
}
