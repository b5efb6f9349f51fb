/* sks-test-util.h — helpers shared by the test programs
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdarg.h>

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

/* Runs $SKS_CLI with the arguments in @dir (LC_ALL=C.UTF-8, $SKS_USER set
 * to @sks_user or unset, every debug message on), replacing *@out and
 * *@err; neither may carry an ID or mobile number, but @out may when
 * @personal_output says it does. */
void       sks_test_run_cli_argv    (const char         *dir,
                                     const char         *sks_user,
                                     gboolean            personal_output,
                                     int                *status,
                                     char              **out,
                                     char              **err,
                                     const char *const  *args);
void       sks_test_run_cli_va      (const char  *dir,
                                     const char  *sks_user,
                                     gboolean     personal_output,
                                     int         *status,
                                     char       **out,
                                     char       **err,
                                     const char  *first,
                                     va_list      args);
void       sks_test_assert_no_personal_data (const char *text);
guint      sks_test_count_lines     (const char *text);

/* What a test of skill-studio-cli keeps: a fresh directory, where the
 * document goes in it, and what the last run said. */
typedef struct {
  char *dir;
  char *doc;       /* dir/doc.skillstudio, not made yet */
  char *sks_user;  /* $SKS_USER for the next run, or NULL for none */
  int   status;
  char *out;
  char *err;
} SksTestCli;

/* GTestFixtureFunc's shape: a test whose fixture is an SksTestCli passes
 * them to g_test_add() as they are. */
void       sks_test_cli_set_up      (SksTestCli    *cli,
                                     gconstpointer  data);
void       sks_test_cli_tear_down   (SksTestCli    *cli,
                                     gconstpointer  data);
void       sks_test_cli_copy_doc    (SksTestCli    *cli,
                                     const char    *from);
/* Runs $SKS_CLI in cli->dir (sks_test_run_cli_argv()), no personal data
 * allowed in what it prints. */
void       sks_test_cli_run_argv    (SksTestCli        *cli,
                                     const char *const *args);
void       sks_test_cli_run         (SksTestCli    *cli,
                                     const char    *first,
                                     ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
