/* sks-test-util.h — helpers shared by the test programs
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-studio.h"

G_BEGIN_DECLS

/* A valid 18-character ID number with the right check character. */
char      *sks_test_make_id_number  (const char *area,
                                     int         year,
                                     int         month,
                                     int         day,
                                     int         sequence);

/* A text of exactly @n_chars characters mixing Chinese, emoji, quotes and
 * (when @multiline) tabs, line breaks and other NUL-free control characters. */
char      *sks_test_make_text       (guint       n_chars,
                                     gboolean    multiline,
                                     guint       seed);

/* A studio with every field of every part filled, a team of @n_members and
 * two attachments; tricky text everywhere, a 10,000-character master profile.
 * The result validates as complete. */
SksStudio *sks_test_make_full_studio (guint      seed,
                                      guint      n_members);

/* A fresh directory under the system temp dir, removed by
 * sks_test_remove_tree(). */
char      *sks_test_make_tmpdir     (void);
void       sks_test_remove_tree     (const char *path);

/* Benchmarks: sorts @values (ascending) and returns their median. */
double     sks_test_median          (double     *values,
                                     guint       n);

G_END_DECLS
