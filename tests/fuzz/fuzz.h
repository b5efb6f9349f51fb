/* fuzz.h — what every fuzz harness shares: the libFuzzer entry points and
 * a set-up that makes GLib warnings and criticals fatal, so that a warning
 * on hostile input is a finding, not a line in a log
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* Each harness defines this; libFuzzer calls it for every input, and the
 * replay driver (fuzz-replay.c) for every file of the corpus and the kept
 * regressions. It must free everything it allocates. */
int         LLVMFuzzerTestOneInput   (const uint8_t *data,
                                      size_t         size);

/* Defined in fuzz-common.c, called once by libFuzzer and by the driver. */
int         LLVMFuzzerInitialize     (int           *argc,
                                      char        ***argv);

/* UBSan reads these before main(): stop at the first error, with a stack. */
const char *__ubsan_default_options  (void);

G_END_DECLS
