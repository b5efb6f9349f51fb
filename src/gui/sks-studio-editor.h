/* sks-studio-editor.h — the window that edits one application (申报表)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-edit-history.h"
#include "sks-field-row.h"
#include "sks-rule-engine.h"
#include "sks-studio.h"

G_BEGIN_DECLS

#define SKS_TYPE_STUDIO_EDITOR (sks_studio_editor_get_type ())

G_DECLARE_FINAL_TYPE (SksStudioEditor, sks_studio_editor, SKS, STUDIO_EDITOR, GtkWindow)

GtkWidget      *sks_studio_editor_new             (GtkWindow       *parent,
                                                   SksContext      *context,
                                                   gint64           studio_id);
GtkWidget      *sks_studio_editor_new_application (GtkWindow       *parent,
                                                   SksContext      *context,
                                                   gint64           round_id,
                                                   gint64           recommender_id);
const char     *sks_studio_editor_get_scope_text  (SksStudioEditor *self);
SksContext     *sks_studio_editor_get_context     (SksStudioEditor *self);
gint64          sks_studio_editor_get_studio_id   (SksStudioEditor *self);
SksStudio      *sks_studio_editor_get_studio      (SksStudioEditor *self);
SksRuleEngine  *sks_studio_editor_get_rule_engine (SksStudioEditor *self);
SksEditHistory *sks_studio_editor_get_history     (SksStudioEditor *self);
gboolean        sks_studio_editor_get_read_only   (SksStudioEditor *self);
gboolean        sks_studio_editor_get_verdicts_shown (SksStudioEditor *self);
gboolean        sks_studio_editor_get_unsaved     (SksStudioEditor *self);
SksFieldRow    *sks_studio_editor_find_row        (SksStudioEditor *self,
                                                   const char      *path);
gboolean        sks_studio_editor_save            (SksStudioEditor *self,
                                                   GError         **error);
gboolean        sks_studio_editor_export_pdf      (SksStudioEditor *self,
                                                   const char      *path,
                                                   GError         **error);
gboolean        sks_studio_editor_add_file        (SksStudioEditor *self,
                                                   GFile           *file,
                                                   SksAttachmentKind kind,
                                                   GError         **error);
const char     *sks_studio_editor_get_error_message (SksStudioEditor *self);
const char     *sks_studio_editor_get_incomplete_message (SksStudioEditor *self);

G_END_DECLS
