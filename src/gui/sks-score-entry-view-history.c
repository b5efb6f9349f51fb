/* sks-score-entry-view-history.c — the scoring view's Score History: the
 * changes of the round's submitted scores (a later change of a locked
 * sheet leaves the old score with who, when and why), in a dialog
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-score-entry-view-private.h"
#include "sks-score-history-dialog.h"

static char *
dup_round_title (SksScoreEntryView *self)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (sks_context_get_store (self->context),
                                                        NULL);

  for (guint i = 0; rounds && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == self->round_id)
        return g_strdup (sks_round_get_title (round));
    }
  return g_strdup ("");
}

/* Returns: (transfer none) (nullable): the dialog shown */
GtkWidget *
_sks_score_entry_view_show_history (SksScoreEntryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *scope = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->round_id <= 0)
    return NULL;
  changes = sks_store_list_score_history (sks_context_get_store (self->context), self->round_id,
                                          0, 0, &error);
  if (changes == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read the score history: %s"),
                                               error->message);

      _sks_score_entry_view_show_message (self, text);
      return NULL;
    }
  title = dup_round_title (self);
  /* Translators: the score history dialog's heading; %s is the round's title */
  scope = g_strdup_printf (_("Changes of submitted scores — %s"), title);
  dialog = sks_score_history_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, scope,
                                         changes);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
