/* sks-test-gui.h — what the widget tests share: a document to show, the
 * main loop, and a look at what they saw
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"
#include "sks-store.h"

G_BEGIN_DECLS

/* A document in a fresh temp directory, as a window opens it. */
typedef struct {
  char       *tmpdir;
  char       *path;      /* tmpdir/test.skillstudio */
  GSettings  *settings;
  SksStore   *store;
  SksContext *context;   /* NULL until sks_test_doc_add_context() */
} SksTestDoc;

void sks_test_doc_open        (SksTestDoc *doc);
void sks_test_doc_set_up      (SksTestDoc *doc,
                               guint       count);
void sks_test_doc_add_context (SksTestDoc *doc,
                               gboolean    reload);
void sks_test_doc_tear_down   (SksTestDoc *doc);

void sks_test_iterate         (void);
void sks_test_iterate_until   (gboolean  (*done) (gpointer),
                               gpointer    data);
void sks_test_hold            (void);

void sks_test_save_shot (GtkWidget  *widget,
                         const char *name);

G_END_DECLS
