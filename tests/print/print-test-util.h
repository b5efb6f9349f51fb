/* print-test-util.h — running poppler's tools on PDFs from the tests
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-layout.h"

G_BEGIN_DECLS

typedef struct {
  double  x_min;
  double  y_min;
  double  x_max;
  double  y_max;
  char   *text;
} PtWord;

/* Runs @tool (found on PATH: a missing tool fails the test) and returns its
 * standard output; the tool must exit with 0. */
char      *pt_run_tool        (const char         *tool,
                               const char * const *args);
/* pdftotext -layout (or raw reading order) of pages first..last (0: all). */
char      *pt_pdftotext       (const char         *pdf,
                               gboolean            layout,
                               guint               first,
                               guint               last);
/* pdftotext -bbox: one GPtrArray of PtWord per page. */
GPtrArray *pt_pdf_words       (const char         *pdf);
guint      pt_pdf_n_pages     (const char         *pdf);
void       pt_pdf_page_size   (const char         *pdf,
                               double             *width,
                               double             *height);

/* Text without white space, variation selectors and other zero-width
 * characters: how text is compared across line breaks. */
char      *pt_strip           (const char         *text);
/* Asserts that @needles occur in @haystack in this order (after pt_strip). */
void       pt_assert_in_order (const char         *haystack,
                               const char * const *needles);

SksPrintLayout *pt_layout_new (SksPrintDoc        *doc);

G_END_DECLS
