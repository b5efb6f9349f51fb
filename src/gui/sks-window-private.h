/* sks-window-private.h — the parts of SksWindow that its action files share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-applications-view.h"
#include "sks-evaluation.h"
#include "sks-scope-list.h"
#include "sks-window.h"

G_BEGIN_DECLS

typedef void (*SksWindowFileChosen) (SksWindow *self,
                                     GFile     *file);

/* sks-window.c */
gint64      sks_window_get_round_id          (SksWindow            *self);
const char *sks_window_get_recommender_name  (SksWindow            *self);
SksScopeList *sks_window_get_scope_list      (SksWindow            *self);
GtkWidget  *sks_window_get_view              (SksWindow            *self,
                                              const char           *name);
void        sks_window_reload_document       (SksWindow            *self);

/* sks-window-dialogs.c */
char       *sks_window_dup_path_with_suffix  (GFile                *file,
                                              const char           *suffix);
void        sks_window_choose_file           (SksWindow            *self,
                                              const char           *title,
                                              GtkFileChooserAction  action,
                                              const char           *suggested_name,
                                              const char           *filter_name,
                                              const char           *pattern,
                                              SksWindowFileChosen   callback);
void        sks_window_show_message          (SksWindow            *self,
                                              const char           *title,
                                              const char           *detail);

/* sks-window-documents.c */
void        sks_window_class_add_document_actions (GtkWidgetClass *widget_class);
void        sks_window_fill_recent_menu      (SksWindow            *self,
                                              GMenu                *menu);

/* sks-window-print.c */
void        sks_window_class_add_print_actions (GtkWidgetClass *widget_class);

/* sks-window-history.c: win.round-history, win.preferences */
void        sks_window_class_add_history_actions (GtkWidgetClass *widget_class);

/* sks-window-status.c: win.set-status */
void        sks_window_class_add_status_actions (GtkWidgetClass *widget_class);

/* sks-window-evaluations.c: win.evaluate */
void        sks_window_class_add_evaluation_actions (GtkWidgetClass *widget_class);
gboolean    sks_window_can_evaluate          (SksWindow            *self,
                                              SksEvaluationKind     kind);

/* sks-window-rounds.c: win.new-round, win.new-application, win.overview */
void        sks_window_class_add_round_actions (GtkWidgetClass *widget_class);
GtkWindow  *sks_window_new_round             (SksWindow            *self);
GtkWindow  *sks_window_open_new_application  (SksWindow            *self,
                                              gint64                round_id,
                                              gint64                recommender_id);

/* sks-window-trash.c */
void        sks_window_class_add_trash_actions (GtkWidgetClass *widget_class);
void        sks_window_setup_trash           (SksWindow            *self,
                                              GtkWidget            *column_view);
void        sks_window_update_trash_actions  (SksWindow            *self,
                                              gboolean              writable);
GtkWindow  *sks_window_show_trash            (SksWindow            *self);

/* sks-window-review.c: the review workspace and the comparison views;
 * win.compare, win.import-scores, win.print-score-sheets */
void        sks_window_class_add_review_actions (GtkWidgetClass *widget_class);
void        sks_window_setup_review          (SksWindow            *self);
void        sks_window_review_scope_changed  (SksWindow            *self,
                                              gint64                round_id,
                                              gint64                recommender_id);
void        sks_window_update_review_actions (SksWindow            *self,
                                              guint                 n_selected,
                                              gboolean              writable);
gboolean    sks_window_compare_studios       (SksWindow            *self,
                                              GArray               *ids);

/* sks-window-funding.c: win.funding-report */
void        sks_window_class_add_funding_actions (GtkWidgetClass *widget_class);
GtkWindow  *sks_window_show_funding_report   (SksWindow            *self);

/* sks-window-workbook.c: win.export-workbook */
void        sks_window_class_add_workbook_actions (GtkWidgetClass *widget_class);
gboolean    sks_window_export_workbook       (SksWindow            *self,
                                              const char           *path);

/* sks-window-publication.c: win.start-publication, win.publication,
 * win.recognise */
void        sks_window_class_add_publication_actions (GtkWidgetClass *widget_class);
GtkWidget  *sks_window_start_publication     (SksWindow            *self);
GtkWidget  *sks_window_show_publication      (SksWindow            *self);
GtkWidget  *sks_window_recognise             (SksWindow            *self);

G_END_DECLS
