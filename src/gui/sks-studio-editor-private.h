/* sks-studio-editor-private.h — what the editor's files share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-policy.h"
#include "sks-round.h"
#include "sks-studio-editor.h"
#include "sks-verdict-row.h"

G_BEGIN_DECLS

struct _SksStudioEditor
{
  GtkWindow       parent_instance;

  SksContext     *context;
  gint64          studio_id;       /* 0 for a new application not saved yet */
  gint64          new_round_id;    /* a new application's round and unit */
  gint64          new_recommender_id;
  SksStudio      *studio;
  SksRound       *round;
  SksPolicy      *policy;
  SksRuleEngine  *engine;
  SksEditHistory *history;
  GPtrArray      *rows;
  gulong          changed_id;
  guint           save_source;
  guint           verdicts_source;
  gboolean        unsaved;
  gboolean        read_only;
  gboolean        closing_anyway;

  /* Template children */
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkLabel       *save_state_label;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkWidget      *retry_button;
  GtkWidget      *discard_button;
  GtkRevealer    *read_only_revealer;
  GtkLabel       *read_only_label;
  GtkLabel       *scope_label;
  GtkWidget      *form_box;
  GtkListBox     *team_list;
  GtkWidget      *add_member_button;
  GtkLabel       *materials_label;
  GtkFlowBox     *checklist_box;
  GtkWidget      *attachments_box;
  GtkListBox     *attachment_list;
  GtkDropDown    *kind_drop_down;
  GtkWidget      *add_attachment_button;
  GtkImage       *summary_image;
  GtkLabel       *summary_label;
  GtkLabel       *incomplete_label;
  GtkListBox     *verdict_list;
};

void _sks_studio_editor_show_error     (SksStudioEditor *self,
                                        const char      *message);
void _sks_studio_editor_update_actions (SksStudioEditor *self);

/* sks-studio-editor-checks.c: conflicts under the fields, "incomplete" */
void _sks_studio_editor_update_checks     (SksStudioEditor *self);
void _sks_studio_editor_setup_findings    (SksStudioEditor *self,
                                          SksVerdictRow   *row);

/* sks-studio-editor-lists.c: the team, the attachments and the checklist */
void _sks_studio_editor_lists_init        (SksStudioEditor *self);
void _sks_studio_editor_lists_class_init  (GtkWidgetClass  *widget_class);

/* sks-studio-editor-history.c: editor.history */
void _sks_studio_editor_history_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
