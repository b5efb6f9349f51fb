/* fuzz-exchange.c — the exchange reader (区县 → 市 hand-over files) on
 * arbitrary bytes, and every getter over what it read
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-fuzz"

#include "config.h"

#include "fuzz.h"
#include "sks-exchange.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(SksExchangeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  guint n_records;

  import = sks_exchange_read_bytes (bytes, &error);
  if (import == NULL)
    {
      g_assert_true (error != NULL && error->domain == SKS_EXCHANGE_ERROR);
      return 0;
    }
  g_assert_no_error (error);

  n_records = sks_exchange_import_get_n_records (import);
  for (guint i = 1; i <= n_records; i++)
    sks_exchange_import_record_is_valid (import, i);
  (void) sks_exchange_import_get_studios (import);
  (void) sks_exchange_import_get_rounds (import);
  problems = sks_exchange_import_get_problems (import);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_free (sks_exchange_problem_to_string (g_ptr_array_index (problems, i)));
  return 0;
}
