/* sks-start-publication-dialog.h — Start 公示…: the first day, the period it
 * gives, the candidates it lists and the level; starts the 公示
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-publication.h"

G_BEGIN_DECLS

#define SKS_TYPE_START_PUBLICATION_DIALOG (sks_start_publication_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksStartPublicationDialog, sks_start_publication_dialog, SKS,
                      START_PUBLICATION_DIALOG, GtkDialog)

GtkWidget      *sks_start_publication_dialog_new          (GtkWindow                 *parent,
                                                           SksContext                *context,
                                                           gint64                     round_id,
                                                           const char                *unit);
SksPublication *sks_start_publication_dialog_start        (SksStartPublicationDialog *self,
                                                           GError                   **error);
const char     *sks_start_publication_dialog_get_period_text (SksStartPublicationDialog *self);
const char     *sks_start_publication_dialog_get_candidates_text (SksStartPublicationDialog *self);
const char     *sks_start_publication_dialog_get_message  (SksStartPublicationDialog *self);
gboolean        sks_start_publication_dialog_get_can_start (SksStartPublicationDialog *self);
gboolean        sks_start_publication_dialog_get_print_after (SksStartPublicationDialog *self);

G_END_DECLS
