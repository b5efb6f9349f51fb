/* sks-status-flow.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps of the notices' procedure: 申报 by the unit, 推荐 by the district
 * bureau, 评审 by the city's experts, 公示, then 认定 (or not); a named studio
 * may be 续建 after its evaluation or 撤销. A unit can take back (撤回) an
 * application until it is under review, and a bureau can return one to the
 * unit (back to 填报中) until it recommends it.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-status-flow.h"
#include "sks-studio-row.h"

typedef struct {
  SksStatus from;
  SksStatus to;
} Step;

static const Step steps[] = {
  { SKS_STATUS_DRAFT, SKS_STATUS_SUBMITTED },
  { SKS_STATUS_DRAFT, SKS_STATUS_WITHDRAWN },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_DRAFT },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_RECOMMENDED },
  { SKS_STATUS_SUBMITTED, SKS_STATUS_WITHDRAWN },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_UNDER_REVIEW },
  { SKS_STATUS_RECOMMENDED, SKS_STATUS_WITHDRAWN },
  { SKS_STATUS_UNDER_REVIEW, SKS_STATUS_PUBLICIZED },
  { SKS_STATUS_UNDER_REVIEW, SKS_STATUS_NOT_SELECTED },
  { SKS_STATUS_PUBLICIZED, SKS_STATUS_APPROVED },
  { SKS_STATUS_PUBLICIZED, SKS_STATUS_NOT_SELECTED },
  { SKS_STATUS_APPROVED, SKS_STATUS_RENEWED },
  { SKS_STATUS_APPROVED, SKS_STATUS_REVOKED },
  { SKS_STATUS_RENEWED, SKS_STATUS_REVOKED },
};

/* Whether the procedure has a step from @from to @to. */
gboolean
sks_status_flow_allows (SksStatus from,
                        SksStatus to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == from && steps[i].to == to)
      return TRUE;
  return FALSE;
}

/* Whether no step leads back from @to: the app asks before taking it. */
gboolean
sks_status_flow_is_irreversible (SksStatus to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == to)
      return to == SKS_STATUS_APPROVED; /* 已认定 leads on, but is published */
  return TRUE;
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
