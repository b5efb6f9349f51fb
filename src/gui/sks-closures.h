/* sks-closures.h — small pure functions that the .ui files call through
 * <closure> expressions (registered as template callbacks)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sks-enums.h"

G_BEGIN_DECLS

/* Closures get the expression's "this" first; none of these needs it.
 * Functions returning char * return a newly allocated string. */

char *sks_closure_window_title        (gpointer     this,
                                       const char  *display_name);
char *sks_closure_document_subtitle   (gpointer     this,
                                       const char  *path,
                                       gboolean     read_only);
char *sks_closure_studio_count        (gpointer     this,
                                       guint        n_studios);
char *sks_closure_list_page           (gpointer     this,
                                       guint        n_studios);
int   sks_closure_skill_level_rank    (gpointer     this,
                                       const char  *skill_level);
int   sks_closure_birth_rank          (gpointer     this,
                                       const char  *birth);
int   sks_closure_status_rank         (gpointer     this,
                                       SksStatus    status);
char *sks_closure_match_text         (gpointer     this,
                                       int          match,
                                       const char  *value);
char *sks_closure_date_text           (gpointer     this,
                                       const GDate *date);

G_END_DECLS
