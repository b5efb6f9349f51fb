/* sks-deletion.c — which applications may go to the trash or be replaced
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only an application the bureau never took in may go: one still being
 * filled in (填报中) or taken back by its unit (已撤回). From 已申报 on, an
 * application is part of the round's record and can only be withdrawn. An
 * updated hand-over from a district may replace an application only while
 * it is still 填报中. The app and the CLI ask these same functions.
 */

#define G_LOG_DOMAIN "sks-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-deletion.h"

gboolean
sks_status_may_be_deleted (SksStatus status)
{
  return status == SKS_STATUS_DRAFT || status == SKS_STATUS_WITHDRAWN;
}

gboolean
sks_status_may_be_replaced (SksStatus status)
{
  return status == SKS_STATUS_DRAFT;
}

/* Returns: (transfer full) (nullable): why @studio_name cannot be deleted,
 *   %NULL when it can */
char *
sks_status_dup_delete_refusal (SksStatus   status,
                               const char *studio_name)
{
  if (sks_status_may_be_deleted (status))
    return NULL;
  /* TRANSLATORS: “Studio” is 已申报: … The statuses are the list's words. */
  return g_strdup_printf (_("“%s” is %s: only an application that was never submitted "
                            "(%s or %s) can be deleted; a submitted one can only be withdrawn"),
                          studio_name ? studio_name : "",
                          sks_enum_get_label (SKS_TYPE_STATUS, status),
                          sks_enum_get_label (SKS_TYPE_STATUS, SKS_STATUS_DRAFT),
                          sks_enum_get_label (SKS_TYPE_STATUS, SKS_STATUS_WITHDRAWN));
}

/* Returns: (transfer full) (nullable): why @studio_name cannot be replaced
 *   by an imported version, %NULL when it can */
char *
sks_status_dup_replace_refusal (SksStatus   status,
                                const char *studio_name)
{
  if (sks_status_may_be_replaced (status))
    return NULL;
  return g_strdup_printf (_("“%s” is %s: only an application still %s can be replaced "
                            "by an imported version"),
                          studio_name ? studio_name : "",
                          sks_enum_get_label (SKS_TYPE_STATUS, status),
                          sks_enum_get_label (SKS_TYPE_STATUS, SKS_STATUS_DRAFT));
}
