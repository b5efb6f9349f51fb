/* sks-exchange.c — what the exchange reader and writer share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-exchange-private.h"

G_DEFINE_QUARK (sks-exchange-error-quark, sks_exchange_error)

SksExchangeProblem *
_sks_exchange_problem_new (guint       record,
                          const char *studio_name,
                          const char *path,
                          const char *message)
{
  SksExchangeProblem *problem = g_new0 (SksExchangeProblem, 1);

  problem->record = record;
  problem->studio_name = g_strdup (studio_name);
  problem->path = g_strdup (path);
  problem->message = g_strdup (message);
  return problem;
}

void
sks_exchange_problem_free (SksExchangeProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->studio_name);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * sks_exchange_problem_to_string:
 *
 * Returns: (transfer full): one line for a user: "record 3 (name):
 *   master.id-number: message", or "rounds[0].year: message" for a problem
 *   outside the applications
 */
char *
sks_exchange_problem_to_string (const SksExchangeProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  if (problem->record == 0)
    return g_strdup_printf (_("%s: %s"), problem->path, problem->message);
  if (problem->studio_name != NULL && *problem->studio_name != '\0')
    /* TRANSLATORS: record number, application name, key path, message */
    return g_strdup_printf (_("record %u (%s): %s: %s"), problem->record, problem->studio_name,
                            problem->path, problem->message);
  /* TRANSLATORS: record number, key path, message */
  return g_strdup_printf (_("record %u: %s: %s"), problem->record, problem->path,
                          problem->message);
}

void
sks_exchange_report_free (SksExchangeReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_free (report);
}

char *
_sks_exchange_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
