/* sks-status-flow.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Set Status menu offers. The steps themselves are the core's
 * (sks-status-step.c), where the store and the CLI reach them: 公示中 and
 * 已认定 are never a click, they come from starting the 公示 and from
 * recognition.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-status-flow.h"
#include "sks-status-step.h"
#include "sks-studio-row.h"

/* Whether a user may take the step from @from to @to (Set Status). */
gboolean
sks_status_flow_allows (SksStatus from,
                        SksStatus to)
{
  return sks_status_step_get_route (from, to) == SKS_STATUS_ROUTE_MANUAL;
}

/* Whether no step leads back from @to: the app asks before taking it. */
gboolean
sks_status_flow_is_irreversible (SksStatus to)
{
  return sks_status_step_is_irreversible (to);
}

/**
 * sks_status_flow_dup_names:
 * @rows: the context's #SksStudioRow list
 * @ids: (element-type gint64): the applications a step will change
 * @max_names: how many to name before "and N more"
 *
 * What a confirmation names: one line per application, its studio and its
 * master, in the order of @ids.
 *
 * Returns: (transfer full): the lines
 */
char *
sks_status_flow_dup_names (GListModel *rows,
                           GArray     *ids,
                           guint       max_names)
{
  /* id → its row, borrowed: @rows holds the rows while this runs */
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  GString *text = g_string_new (NULL);
  guint n_found = 0, n_named = 0;

  for (guint k = 0; k < ids->len; k++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, k), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rows) && n_found < ids->len; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);
      gpointer key;

      if (g_hash_table_lookup_extended (by_id, &id, &key, NULL))
        {
          g_hash_table_insert (by_id, key, row);
          n_found++;
        }
    }
  for (guint k = 0; k < ids->len && n_named < max_names; k++)
    {
      SksStudioRow *row = g_hash_table_lookup (by_id, &g_array_index (ids, gint64, k));
      const char *name, *master;

      if (row == NULL)
        continue;
      name = sks_studio_row_get_name (row);
      master = sks_studio_row_get_master_name (row);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: one application a status step changes: studio (master) */
      g_string_append_printf (text, _("%s (%s)"), name ? name : "", master ? master : "");
      n_named++;
    }
  if (n_found > n_named)
    {
      guint more = n_found - n_named;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                 more), more);
    }
  return g_string_free (text, FALSE);
}
