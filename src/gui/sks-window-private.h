/* sks-window-private.h — the parts of SksWindow that its action files share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-window.h"

G_BEGIN_DECLS

typedef void (*SksWindowFileChosen) (SksWindow *self,
                                     GFile     *file);

/* sks-window.c */
gint64      sks_window_get_round_id          (SksWindow            *self);
const char *sks_window_get_recommender_name  (SksWindow            *self);
char       *sks_window_dup_path_with_suffix  (GFile                *file,
                                              const char           *suffix);
GArray     *sks_window_dup_selected_ids      (SksWindow            *self);
void        sks_window_choose_file           (SksWindow            *self,
                                              const char           *title,
                                              GtkFileChooserAction  action,
                                              const char           *suggested_name,
                                              const char           *filter_name,
                                              const char           *pattern,
                                              SksWindowFileChosen   callback);
void        sks_window_reload_document       (SksWindow            *self);
void        sks_window_show_message          (SksWindow            *self,
                                              const char           *title,
                                              const char           *detail);

/* sks-window-documents.c */
void        sks_window_class_add_document_actions (GtkWidgetClass *widget_class);
void        sks_window_fill_recent_menu      (SksWindow            *self,
                                              GMenu                *menu);

/* sks-window-print.c */
void        sks_window_class_add_print_actions (GtkWidgetClass *widget_class);

G_END_DECLS
