/* sks-override-dialog.h — selecting candidates past the rules that block
 * them (越过阻止入选的规则): each blocking rule with its explanation, a
 * check box to override it, and the reason, recorded with who and why
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-ranking.h"

G_BEGIN_DECLS

#define SKS_TYPE_OVERRIDE_DIALOG (sks_override_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksOverrideDialog, sks_override_dialog, SKS, OVERRIDE_DIALOG, GtkDialog)

/* GTK_RESPONSE_ACCEPT, GTK_RESPONSE_CANCEL; the caller checks with
 * sks_override_dialog_validate() before recording. */
GtkWidget  *sks_override_dialog_new              (GtkWindow             *parent,
                                                  const char            *user);
void        sks_override_dialog_add_candidate    (SksOverrideDialog     *self,
                                                  const SksRankingEntry *entry);
guint       sks_override_dialog_get_n_candidates (SksOverrideDialog     *self);
const char *sks_override_dialog_get_reason       (SksOverrideDialog     *self);
void        sks_override_dialog_set_reason       (SksOverrideDialog     *self,
                                                  const char            *reason);
gboolean    sks_override_dialog_set_rule_active  (SksOverrideDialog     *self,
                                                  gint64                 studio_id,
                                                  const char            *rule_id,
                                                  gboolean               active);
char      **sks_override_dialog_dup_rules        (SksOverrideDialog     *self,
                                                  gint64                 studio_id);
gboolean    sks_override_dialog_validate         (SksOverrideDialog     *self);
const char *sks_override_dialog_get_error        (SksOverrideDialog     *self);

G_END_DECLS
