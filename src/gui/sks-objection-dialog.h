/* sks-objection-dialog.h — Add Objection… (异议) to a running 公示, and
 * Resolve… one (upheld or dismissed, with a note)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-publication.h"

G_BEGIN_DECLS

#define SKS_TYPE_OBJECTION_DIALOG (sks_objection_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SksObjectionDialog, sks_objection_dialog, SKS, OBJECTION_DIALOG, GtkDialog)

GtkWidget  *sks_objection_dialog_new          (GtkWindow          *parent,
                                               SksContext         *context,
                                               SksPublication     *publication);
GtkWidget  *sks_objection_dialog_new_resolve  (GtkWindow          *parent,
                                               SksContext         *context,
                                               SksObjection       *objection);
void        sks_objection_dialog_fill         (SksObjectionDialog *self,
                                               const char         *day,
                                               const char         *from,
                                               const char         *text,
                                               gint64              studio_id);
void        sks_objection_dialog_set_outcome  (SksObjectionDialog *self,
                                               SksObjectionOutcome outcome);
gboolean    sks_objection_dialog_apply        (SksObjectionDialog *self,
                                               GError            **error);
const char *sks_objection_dialog_get_message  (SksObjectionDialog *self);

G_END_DECLS
