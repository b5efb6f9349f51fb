/* fuzz-common.c — set-up shared by the fuzz harnesses and the replay driver
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-fuzz"

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "fuzz.h"

const char *
__ubsan_default_options (void)
{
  return "halt_on_error=1:print_stacktrace=1";
}

/* GLib stops on a fatal message with a breakpoint (SIGTRAP), which
 * libFuzzer does not catch: abort() instead, so that it prints the stack
 * and keeps the input. */
static GLogWriterOutput
abort_on_warning (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  g_log_writer_default (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  /* G_DEBUG=fatal-warnings does the same for the test suites; here it must
   * hold whatever the environment says, in every log domain (json-glib's
   * too), so that libFuzzer sees the abort and keeps the input. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
  return 0;
}
