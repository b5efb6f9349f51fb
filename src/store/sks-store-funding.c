/* sks-store-funding.c — the studios a funding report pays: those a round
 * recognised, and those whose evaluation of a year was graded 优秀
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recognition is a row of `recognitions` (schema 8). Documents whose
 * studios were recognised before schema 8 have no such row: a studio of
 * the round in status 已认定 or 已续建 counts too, dated by its approved
 * date. Studios in the trash never count.
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include "sks-store-funding.h"
#include "sks-store-private.h"

#define FUNDED_COLUMNS                                                        \
  "s.id, s.name, m.name, u.name, u.kind, u.fiscal_affiliation, rc.name, rc.kind, s.status,"  \
  " IFNULL (rc.sort_order, 1000000) AS sort_key"
#define FUNDED_JOINS                                                          \
  " LEFT JOIN units u ON u.studio_id = s.id"                                  \
  " LEFT JOIN masters m ON m.studio_id = s.id"                                \
  " LEFT JOIN recommenders rc ON rc.id = s.recommender_id"

/* The recommending units' order of the round, then the order of entry. */
#define FUNDED_ORDER " ORDER BY sort_key, 1"

static const char recognised_sql[] =
  "SELECT " FUNDED_COLUMNS ", r.recognised_on, 0 FROM recognitions r"
  " JOIN studios s ON s.id = r.studio_id" FUNDED_JOINS
  " WHERE r.round_id = ?1 AND s.deleted IS NULL"
  " UNION ALL "
  "SELECT " FUNDED_COLUMNS ", s.approved_date, 1 FROM studios s" FUNDED_JOINS
  " WHERE s.round_id = ?1 AND s.deleted IS NULL AND s.status IN ('approved', 'renewed')"
  " AND NOT EXISTS (SELECT 1 FROM recognitions r WHERE r.studio_id = s.id)"
  FUNDED_ORDER;

/* Before schema 8 there is no recognitions table. */
static const char recognised_by_status_sql[] =
  "SELECT " FUNDED_COLUMNS ", s.approved_date, 1 FROM studios s" FUNDED_JOINS
  " WHERE s.round_id = ?1 AND s.deleted IS NULL AND s.status IN ('approved', 'renewed')"
  FUNDED_ORDER;

static const char excellent_sql[] =
  "SELECT " FUNDED_COLUMNS ", e.assessment_date, 0, e.kind, e.year FROM evaluations e"
  " JOIN studios s ON s.id = e.studio_id JOIN rounds ro ON ro.id = s.round_id" FUNDED_JOINS
  " WHERE ro.policy_id = ?1 AND e.year = ?2 AND e.grade = 'excellent' AND s.deleted IS NULL"
  FUNDED_ORDER ", e.kind";

void
sks_funded_studio_free (SksFundedStudio *studio)
{
  if (studio == NULL)
    return;
  g_free (studio->studio_name);
  g_free (studio->master_name);
  g_free (studio->unit_name);
  g_free (studio->recommender_name);
  g_free (studio->recognised_on);
  g_free (studio);
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static int
enum_value (GType          type,
            sqlite3_stmt  *stmt,
            int            column,
            int            fallback,
            gboolean      *known)
{
  int value = fallback;
  gboolean found = sks_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column),
                                       &value);

  if (known != NULL)
    *known = found;
  return found ? value : fallback;
}

static SksFundedStudio *
read_funded (sqlite3_stmt *stmt)
{
  SksFundedStudio *studio = g_new0 (SksFundedStudio, 1);

  studio->studio_id = sqlite3_column_int64 (stmt, 0);
  studio->studio_name = dup_text (stmt, 1);
  studio->master_name = dup_text (stmt, 2);
  studio->unit_name = dup_text (stmt, 3);
  studio->unit_kind = enum_value (SKS_TYPE_UNIT_KIND, stmt, 4, SKS_UNIT_KIND_UNSET, NULL);
  studio->fiscal = enum_value (SKS_TYPE_FISCAL_AFFILIATION, stmt, 5, SKS_FISCAL_UNSET, NULL);
  studio->recommender_name = dup_text (stmt, 6);
  studio->recommender_kind = enum_value (SKS_TYPE_RECOMMENDER_KIND, stmt, 7,
                                         SKS_RECOMMENDER_DISTRICT, &studio->recommender_known);
  studio->status = enum_value (SKS_TYPE_STATUS, stmt, 8, SKS_STATUS_DRAFT, NULL);
  studio->recognised_on = dup_text (stmt, 10);
  studio->by_status = sqlite3_column_int (stmt, 11) != 0;
  return studio;
}

static GPtrArray *
read_all (SksStore      *self,
          sqlite3_stmt  *stmt,
          gboolean       evaluations,
          GError       **error)
{
  g_autoptr(GPtrArray) studios =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_funded_studio_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SksFundedStudio *studio = read_funded (stmt);

      if (evaluations)
        {
          studio->evaluation_kind = enum_value (SKS_TYPE_EVALUATION_KIND, stmt, 12,
                                                SKS_EVALUATION_KIND_ANNUAL, NULL);
          studio->evaluation_year = sqlite3_column_int64 (stmt, 13);
        }
      g_ptr_array_add (studios, studio);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&studios);
}

/**
 * sks_store_list_recognised_studios:
 *
 * The studios round @round_id recognised: a row in `recognitions`, or
 * (documents recognised before schema 8) the status 已认定 or 已续建.
 *
 * Returns: (transfer full) (element-type SksFundedStudio): in the order of
 *   the round's recommending units, then of entry
 */
GPtrArray *
sks_store_list_recognised_studios (SksStore  *self,
                                   gint64     round_id,
                                   GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  stmt = _sks_store_get_statement (self, sks_store_get_schema_version (self) >= 8
                                           ? recognised_sql : recognised_by_status_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  return read_all (self, stmt, FALSE, error);
}

/**
 * sks_store_list_excellent_studios:
 * @policy_id: the profile whose rounds' studios count
 * @year: the year evaluated (考核年度)
 *
 * Returns: (transfer full) (element-type SksFundedStudio): one per
 *   evaluation of @year graded 优秀 (annual or expiry)
 */
GPtrArray *
sks_store_list_excellent_studios (SksStore    *self,
                                  const char  *policy_id,
                                  gint64       year,
                                  GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (policy_id != NULL, NULL);

  if ((stmt = _sks_store_get_statement (self, excellent_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, policy_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, year);
  return read_all (self, stmt, TRUE, error);
}
