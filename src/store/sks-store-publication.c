/* sks-store-publication.c — the 公示, its objections and recognition
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is listed. The city's 公示 lists the round's candidates whose city
 * decision (table decisions, recorded by sks-store-decision.c) is
 * "selected", ordered by recommending unit and application; it moves each
 * to 公示中. A district's 公示 lists one recommending unit's candidates that
 * its own panel decided "selected" (decisions at level "district") and,
 * where the unit recorded no decisions, the unit's applications it
 * recommended (已推荐); it changes no status, since those candidates go on
 * to the city's review (评审中, then the city's 公示).
 *
 * Recognition (认定) is the city's: after the last day of the city's 公示 and
 * with no objection open. An upheld objection that names an application
 * takes it off: it becomes 未入选 with the objection's note as the reason; an
 * upheld objection naming no application removes no one (it is kept for
 * the record). The round's candidates the city panel decided "not-selected"
 * that are still 已推荐 or 评审中 become 未入选 too. Candidates in reserve
 * (备选) keep their status.
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sks-enums.h"
#include "sks-history-entry.h"
#include "sks-master.h"
#include "sks-status-step.h"
#include "sks-store-private.h"
#include "sks-store-publication.h"

#define PUBLICATION_COLUMNS \
  "p.id, p.round_id, p.level, p.recommender_id, p.first_day, p.last_day, p.working_days, " \
  "p.counting, p.title, p.note, p.started, p.started_by, r.name"

static void
date_to_iso (const GDate *date,
             char         out[16])
{
  out[0] = '\0';
  if (date != NULL && g_date_valid (date))
    g_date_strftime (out, 16, "%Y-%m-%d", date);
}

static gboolean
date_from_iso (const char *text,
               GDate      *date)
{
  guint y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static const char *
level_nick (SksPublicationLevel level)
{
  return sks_enum_get_nick (SKS_TYPE_PUBLICATION_LEVEL, level);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           column,
         gint64        id)
{
  if (id != 0)
    sqlite3_bind_int64 (stmt, column, id);
  else
    sqlite3_bind_null (stmt, column);
}

static gboolean
read_studio_ids (SksStore        *self,
                 SksPublication  *publication,
                 GError         **error)
{
  g_autoptr(SksCachedStmt) stmt =
    _sks_store_get_statement (self, "SELECT studio_id FROM publication_studios "
                              "WHERE publication_id = ?1 ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sks_publication_get_id (publication));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    sks_publication_add_studio_id (publication, sqlite3_column_int64 (stmt, 0));
  return _sks_store_rows_done (self, rc, error);
}

static SksPublication *
read_publication (sqlite3_stmt *stmt)
{
  int level = SKS_PUBLICATION_LEVEL_CITY;
  SksPublication *publication;
  GDate first, last;

  sks_enum_from_nick (SKS_TYPE_PUBLICATION_LEVEL, (const char *) sqlite3_column_text (stmt, 2),
                      &level);
  publication = sks_publication_new (sqlite3_column_int64 (stmt, 1), level);
  sks_publication_set_id (publication, sqlite3_column_int64 (stmt, 0));
  sks_publication_set_recommender_id (publication, sqlite3_column_int64 (stmt, 3));
  date_from_iso ((const char *) sqlite3_column_text (stmt, 4), &first);
  date_from_iso ((const char *) sqlite3_column_text (stmt, 5), &last);
  sks_publication_set_period (publication, &first, &last, sqlite3_column_int (stmt, 6),
                              g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7),
                                         "next-day") == 0);
  sks_publication_set_title (publication, (const char *) sqlite3_column_text (stmt, 8));
  sks_publication_set_note (publication, (const char *) sqlite3_column_text (stmt, 9));
  sks_publication_set_started (publication, (const char *) sqlite3_column_text (stmt, 10),
                               (const char *) sqlite3_column_text (stmt, 11));
  sks_publication_set_recommender_name (publication, (const char *) sqlite3_column_text (stmt, 12));
  return publication;
}

/* The publications a query selects, each with its listed applications. */
static GPtrArray *
query_publications (SksStore            *self,
                    const char          *sql,
                    gint64               key,
                    SksPublicationLevel  level,
                    gint64               recommender_id,
                    GError             **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  {
    g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    sqlite3_bind_text (stmt, 2, level_nick (level), -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 3, recommender_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (found, read_publication (stmt));
    if (!_sks_store_rows_done (self, rc, error))
      return NULL;
  }
  for (guint i = 0; i < found->len; i++)
    if (!read_studio_ids (self, g_ptr_array_index (found, i), error))
      return NULL;
  return g_steal_pointer (&found);
}

static SksPublication *
first_or_not_found (GPtrArray  *found_,
                    GError    **error)
{
  g_autoptr(GPtrArray) found = found_;

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("No public notice (公示) has been started for this round"));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * sks_store_get_publication:
 * @round_id: the round
 * @level: the city's 公示 or a district's
 * @recommender_id: a district's recommending unit; 0 for the city's
 *
 * Returns: (transfer full): the 公示 with its listed applications in
 *   order; %NULL with %SKS_STORE_ERROR_NOT_FOUND when none was started
 */
SksPublication *
sks_store_get_publication (SksStore             *self,
                           gint64                round_id,
                           SksPublicationLevel   level,
                           gint64                recommender_id,
                           GError              **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  return first_or_not_found (
    query_publications (self, "SELECT " PUBLICATION_COLUMNS " FROM publications p "
                        "LEFT JOIN recommenders r ON r.id = p.recommender_id "
                        "WHERE p.round_id = ?1 AND p.level = ?2 "
                        "AND IFNULL (p.recommender_id, 0) = ?3", round_id, level,
                        recommender_id, error), error);
}

/**
 * sks_store_load_publication:
 *
 * Returns: (transfer full): the 公示 @publication_id; %NULL with
 *   %SKS_STORE_ERROR_NOT_FOUND when there is none
 */
SksPublication *
sks_store_load_publication (SksStore  *self,
                            gint64     publication_id,
                            GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  return first_or_not_found (
    query_publications (self, "SELECT " PUBLICATION_COLUMNS " FROM publications p "
                        "LEFT JOIN recommenders r ON r.id = p.recommender_id "
                        "WHERE p.id = ?1 AND ?2 IS NOT NULL AND ?3 = ?3", publication_id,
                        SKS_PUBLICATION_LEVEL_CITY, 0, error), error);
}

/**
 * sks_store_list_publications:
 *
 * Returns: (transfer full) (element-type SksPublication): the round's
 *   公示, the city's first, then the districts' by unit; %NULL on error
 */
GListModel *
sks_store_list_publications (SksStore  *self,
                             gint64     round_id,
                             GError   **error)
{
  g_autoptr(GPtrArray) found = NULL;
  GListStore *list;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  found = query_publications (self, "SELECT " PUBLICATION_COLUMNS " FROM publications p "
                              "LEFT JOIN recommenders r ON r.id = p.recommender_id "
                              "WHERE p.round_id = ?1 AND ?2 IS NOT NULL AND ?3 = ?3 "
                              "ORDER BY p.level = 'district', r.sort_order, p.id", round_id,
                              SKS_PUBLICATION_LEVEL_CITY, 0, error);
  if (found == NULL)
    return NULL;
  list = g_list_store_new (SKS_TYPE_PUBLICATION);
  g_list_store_splice (list, 0, 0, found->pdata, found->len);
  return G_LIST_MODEL (list);
}

/* Moves application @studio_id to @to inside the caller's transaction, as
 * saving it would: one history entry per changed value (status, and the
 * approved date when given) with the store's user and @reason, and the
 * round's status event. */
static gboolean
set_studio_status (SksStore    *self,
                   gint64       studio_id,
                   SksStatus    to,
                   const char  *approved_date,
                   const char  *reason,
                   GError     **error)
{
  g_autoptr(SksStudio) stored = sks_store_load_studio (self, studio_id, error);
  g_autoptr(SksStudio) changed = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autofree char *now = _sks_store_now_iso8601 ();
  g_autofree char *detail = NULL;

  if (stored == NULL || (changed = sks_store_load_studio (self, studio_id, error)) == NULL)
    return FALSE;
  sks_studio_set_status (changed, to);
  if (approved_date != NULL)
    g_object_set (changed, "approved-date", approved_date, NULL);
  entries = _sks_store_describe_changes (stored, changed, now, sks_store_get_user (self), reason);
  stmt = _sks_store_get_statement (self, "UPDATE studios SET status = ?1, "
                                   "approved_date = IFNULL (?2, approved_date), modified = ?3 "
                                   "WHERE id = ?4", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sks_enum_get_nick (SKS_TYPE_STATUS, to), -1, SQLITE_STATIC);
  bind_text (stmt, 2, approved_date);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, studio_id);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    if (!_sks_store_write_history (self, studio_id, g_ptr_array_index (entries, i), error))
      return FALSE;
  if (sks_studio_get_status (stored) == to)
    return TRUE;
  detail = g_strdup_printf ("%s → %s", sks_enum_get_nick (SKS_TYPE_STATUS,
                                                          sks_studio_get_status (stored)),
                            sks_enum_get_nick (SKS_TYPE_STATUS, to));
  return _sks_store_write_studio_event (self, changed, "status", detail, reason, error);
}

static GArray *
query_ids (SksStore     *self,
           const char   *sql,
           gint64        a,
           gint64        b,
           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* The candidates a new 公示 lists (see the top of the file). */
static GArray *
select_listed (SksStore        *self,
               SksPublication  *publication,
               GError         **error)
{
  gint64 round_id = sks_publication_get_round_id (publication);
  gint64 unit = sks_publication_get_recommender_id (publication);
  g_autoptr(GArray) ids = NULL;

  if (sks_publication_get_level (publication) == SKS_PUBLICATION_LEVEL_CITY)
    return query_ids (self, "SELECT d.studio_id FROM decisions d "
                      "JOIN studios s ON s.id = d.studio_id "
                      "WHERE d.round_id = ?1 AND d.level = 'city' AND d.decision = 'selected' "
                      "AND s.deleted IS NULL AND ?2 = ?2 "
                      "ORDER BY IFNULL ((SELECT sort_order FROM recommenders "
                      "  WHERE id = s.recommender_id), 0), s.recommender_id, s.id",
                      round_id, 0, error);
  ids = query_ids (self, "SELECT d.studio_id FROM decisions d "
                   "JOIN studios s ON s.id = d.studio_id "
                   "WHERE d.round_id = ?1 AND d.level = 'district' AND d.decision = 'selected' "
                   "AND s.recommender_id = ?2 AND s.deleted IS NULL ORDER BY s.id",
                   round_id, unit, error);
  if (ids == NULL || ids->len > 0)
    return g_steal_pointer (&ids);
  g_clear_pointer (&ids, g_array_unref);
  return query_ids (self, "SELECT id FROM studios WHERE round_id = ?1 AND recommender_id = ?2 "
                    "AND status = 'recommended' AND deleted IS NULL ORDER BY id",
                    round_id, unit, error);
}

static gboolean
refuse_started (SksStore        *self,
                SksPublication  *publication,
                GError         **error)
{
  g_autoptr(SksPublication) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  char first[16];

  existing = sks_store_get_publication (self, sks_publication_get_round_id (publication),
                                        sks_publication_get_level (publication),
                                        sks_publication_get_recommender_id (publication),
                                        &local_error);
  if (existing == NULL)
    {
      if (g_error_matches (local_error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  date_to_iso (sks_publication_get_first_day (existing), first);
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
               _("The public notice (公示) of this round was already started by %s; it runs "
                 "from %s"), sks_publication_get_started_by (existing), first);
  return FALSE;
}

/* A city 公示 lists only candidates that may go to 公示中. */
static gboolean
check_listable (SksStore  *self,
                GArray    *ids,
                GError   **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksStudio) studio = sks_store_load_studio (self, g_array_index (ids, gint64, i),
                                                           error);
      SksStatus status;

      if (studio == NULL)
        return FALSE;
      status = sks_studio_get_status (studio);
      if (sks_status_step_get_route (status, SKS_STATUS_PUBLICIZED) !=
          SKS_STATUS_ROUTE_PUBLICATION)
        {
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                       _("“%s” cannot be publicized: its status is “%s”, not “%s” or “%s”"),
                       sks_studio_get_name (studio), sks_enum_get_label (SKS_TYPE_STATUS, status),
                       sks_enum_get_label (SKS_TYPE_STATUS, SKS_STATUS_RECOMMENDED),
                       sks_enum_get_label (SKS_TYPE_STATUS, SKS_STATUS_UNDER_REVIEW));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_publication (SksStore        *self,
                    SksPublication  *publication,
                    GError         **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  char first[16], last[16];

  stmt = _sks_store_get_statement (self, "INSERT INTO publications (round_id, level, "
                                   "recommender_id, first_day, last_day, working_days, counting, "
                                   "title, note, started, started_by) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return FALSE;
  date_to_iso (sks_publication_get_first_day (publication), first);
  date_to_iso (sks_publication_get_last_day (publication), last);
  sqlite3_bind_int64 (stmt, 1, sks_publication_get_round_id (publication));
  sqlite3_bind_text (stmt, 2, level_nick (sks_publication_get_level (publication)), -1,
                     SQLITE_STATIC);
  bind_id (stmt, 3, sks_publication_get_recommender_id (publication));
  sqlite3_bind_text (stmt, 4, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, (int) sks_publication_get_working_days (publication));
  sqlite3_bind_text (stmt, 7, sks_publication_get_next_day_counting (publication)
                     ? "next-day" : "inclusive", -1, SQLITE_STATIC);
  bind_text (stmt, 8, sks_publication_get_title (publication));
  bind_text (stmt, 9, sks_publication_get_note (publication));
  bind_text (stmt, 10, sks_publication_get_started (publication));
  bind_text (stmt, 11, sks_publication_get_started_by (publication));
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  sks_publication_set_id (publication, sqlite3_last_insert_rowid (_sks_store_get_db (self)));
  return TRUE;
}

static gboolean
insert_listed (SksStore        *self,
               SksPublication  *publication,
               GArray          *ids,
               GError         **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SksCachedStmt) stmt =
        _sks_store_get_statement (self, "INSERT INTO publication_studios (publication_id, "
                                  "studio_id, position) VALUES (?1, ?2, ?3)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sks_publication_get_id (publication));
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!_sks_store_step_done (self, stmt, error))
        return FALSE;
      sks_publication_add_studio_id (publication, g_array_index (ids, gint64, i));
    }
  return TRUE;
}

static gboolean
write_start (SksStore  *self,
             gpointer   data,
             GError   **error)
{
  SksPublication *publication = data;
  gboolean city = sks_publication_get_level (publication) == SKS_PUBLICATION_LEVEL_CITY;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *period = NULL;
  g_autofree char *reason = NULL;

  if (!refuse_started (self, publication, error) ||
      (ids = select_listed (self, publication, error)) == NULL)
    return FALSE;
  if (ids->len == 0)
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED, city
                           ? _("No candidate of this round is decided “selected” by the city "
                               "panel: there is nothing to publicize")
                           : _("The recommending unit has no candidate selected or recommended: "
                               "there is nothing to publicize"));
      return FALSE;
    }
  if ((city && !check_listable (self, ids, error)) ||
      !insert_publication (self, publication, error) ||
      !insert_listed (self, publication, ids, error))
    return FALSE;
  period = sks_publication_dup_period_text (publication);
  /* Translators: the reason kept with each status change a 公示 makes */
  reason = g_strdup_printf (_("Public notice (公示) %s"), period);
  for (guint i = 0; city && i < ids->len; i++)
    if (!set_studio_status (self, g_array_index (ids, gint64, i), SKS_STATUS_PUBLICIZED, NULL,
                            reason, error))
      return FALSE;
  return _sks_store_write_round_event (self, sks_publication_get_round_id (publication),
                                       "publication", 0, sks_publication_get_recommender_name (
                                         publication), NULL, period, NULL, error);
}

/**
 * sks_store_start_publication:
 * @publication: a new 公示 with its round, level, unit (district) and
 *   period set, e.g. by sks_publication_plan(); title and note optional
 *
 * Starts the 公示 in one transaction: lists its candidates (see the top of
 * sks-store-publication.c), records who (the store's user) and when, and
 * moves the candidates of the city's 公示 to 公示中 with a history entry
 * each, the period as the reason. Refused (%SKS_STORE_ERROR_NOT_ALLOWED)
 * when one was already started for the round, level and unit, when nothing
 * is selected, or when a selected candidate's status cannot go to 公示中;
 * %SKS_STORE_ERROR_INVALID without a period. On success @publication has
 * its id, start and the listed applications; on an error nothing changes.
 */
gboolean
sks_store_start_publication (SksStore        *self,
                             SksPublication  *publication,
                             GError         **error)
{
  g_autofree char *now = _sks_store_now_iso8601 ();
  const GDate *first, *last;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_PUBLICATION (publication), FALSE);
  g_return_val_if_fail (sks_publication_get_id (publication) == 0, FALSE);

  first = sks_publication_get_first_day (publication);
  last = sks_publication_get_last_day (publication);
  if (!g_date_valid (first) || !g_date_valid (last) || g_date_compare (first, last) > 0)
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("The public notice needs a first day and a last day not before it"));
      return FALSE;
    }
  if (sks_publication_get_level (publication) == SKS_PUBLICATION_LEVEL_DISTRICT &&
      sks_publication_get_recommender_id (publication) == 0)
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("A district’s public notice needs its recommending unit"));
      return FALSE;
    }
  sks_publication_set_started (publication, now, sks_store_get_user (self));
  if (_sks_store_in_transaction (self, write_start, publication, error))
    return TRUE;
  sks_publication_set_id (publication, 0);
  g_array_set_size (sks_publication_get_studio_ids (publication), 0);
  return FALSE;
}

/* Objections (异议) */

static SksObjection *
read_objection (sqlite3_stmt *stmt)
{
  int outcome = SKS_OBJECTION_OPEN;
  SksObjection *objection;
  GDate received, resolved;

  date_from_iso ((const char *) sqlite3_column_text (stmt, 3), &received);
  objection = sks_objection_new (sqlite3_column_int64 (stmt, 1), &received,
                                 (const char *) sqlite3_column_text (stmt, 5));
  sks_objection_set_id (objection, sqlite3_column_int64 (stmt, 0));
  sks_objection_set_studio_id (objection, sqlite3_column_int64 (stmt, 2));
  sks_objection_set_received_from (objection, (const char *) sqlite3_column_text (stmt, 4));
  sks_enum_from_nick (SKS_TYPE_OBJECTION_OUTCOME, (const char *) sqlite3_column_text (stmt, 6),
                      &outcome);
  date_from_iso ((const char *) sqlite3_column_text (stmt, 8), &resolved);
  sks_objection_set_outcome (objection, outcome, (const char *) sqlite3_column_text (stmt, 7),
                             &resolved, (const char *) sqlite3_column_text (stmt, 11));
  sks_objection_set_recorded (objection, (const char *) sqlite3_column_text (stmt, 9),
                              (const char *) sqlite3_column_text (stmt, 10));
  return objection;
}

#define OBJECTION_SELECT \
  "SELECT id, publication_id, studio_id, received_on, received_from, content, outcome, " \
  "outcome_note, resolved_on, recorded, recorded_by, resolved_by FROM objections "

/**
 * sks_store_list_objections:
 *
 * Returns: (transfer full) (element-type SksObjection): the objections of
 *   the 公示 @publication_id in the order they were recorded; %NULL on error
 */
GListModel *
sks_store_list_objections (SksStore  *self,
                           gint64     publication_id,
                           GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (SKS_TYPE_OBJECTION);
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  stmt = _sks_store_get_statement (self, OBJECTION_SELECT "WHERE publication_id = ?1 ORDER BY id",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, publication_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksObjection) objection = read_objection (stmt);

      g_list_store_append (list, objection);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static SksObjection *
load_objection (SksStore  *self,
                gint64     objection_id,
                GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, OBJECTION_SELECT "WHERE id = ?1",
                                                            error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, objection_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return read_objection (stmt);
  if (_sks_store_rows_done (self, rc, error))
    g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                 _("There is no objection number %lld"), (long long) objection_id);
  return NULL;
}

/* The objection's entry in its application's history, when it names one. */
static gboolean
write_objection_history (SksStore      *self,
                         SksObjection  *objection,
                         const char    *old_value,
                         const char    *reason,
                         GError       **error)
{
  g_autofree char *now = _sks_store_now_iso8601 ();
  g_autoptr(SksHistoryEntry) entry = NULL;
  g_autofree char *detail = NULL;
  char received[16];

  if (sks_objection_get_studio_id (objection) == 0)
    return TRUE;
  date_to_iso (sks_objection_get_received_on (objection), received);
  detail = g_strdup_printf ("#%lld %s", (long long) sks_objection_get_id (objection), received);
  entry = sks_history_entry_new_change (now, "objection", "objection", old_value,
                                        sks_enum_get_nick (SKS_TYPE_OBJECTION_OUTCOME,
                                                           sks_objection_get_outcome (objection)),
                                        sks_store_get_user (self), reason);
  g_object_set (entry, "detail", detail, NULL);
  return _sks_store_write_history (self, sks_objection_get_studio_id (objection), entry, error);
}

static gboolean
write_objection (SksStore  *self,
                 gpointer   data,
                 GError   **error)
{
  SksObjection *objection = data;
  g_autoptr(SksCachedStmt) stmt = NULL;
  char received[16];

  stmt = _sks_store_get_statement (self, "INSERT INTO objections (publication_id, studio_id, "
                                   "received_on, received_from, content, outcome, recorded, "
                                   "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7)",
                                   error);
  if (stmt == NULL)
    return FALSE;
  date_to_iso (sks_objection_get_received_on (objection), received);
  sqlite3_bind_int64 (stmt, 1, sks_objection_get_publication_id (objection));
  bind_id (stmt, 2, sks_objection_get_studio_id (objection));
  sqlite3_bind_text (stmt, 3, received, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 4, sks_objection_get_received_from (objection));
  bind_text (stmt, 5, sks_objection_get_content (objection));
  bind_text (stmt, 6, sks_objection_get_recorded (objection));
  bind_text (stmt, 7, sks_objection_get_recorded_by (objection));
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  sks_objection_set_id (objection, sqlite3_last_insert_rowid (_sks_store_get_db (self)));
  return write_objection_history (self, objection, NULL, sks_objection_get_content (objection),
                                  error);
}

static gboolean
check_objection (SksObjection    *objection,
                 SksPublication  *publication,
                 GError         **error)
{
  const char *content = sks_objection_get_content (objection);
  gint64 studio_id = sks_objection_get_studio_id (objection);
  GArray *listed = sks_publication_get_studio_ids (publication);
  g_autofree char *stripped = g_strstrip (g_strdup (content ? content : ""));
  char received[16], first[16];

  if (*stripped == '\0')
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("Content: say what the objection says"));
      return FALSE;
    }
  if (!g_date_valid (sks_objection_get_received_on (objection)))
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("Received on: give the day the objection was received"));
      return FALSE;
    }
  if (g_date_compare (sks_objection_get_received_on (objection),
                      sks_publication_get_first_day (publication)) < 0)
    {
      date_to_iso (sks_objection_get_received_on (objection), received);
      date_to_iso (sks_publication_get_first_day (publication), first);
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("Received on: %s is before the public notice’s first day, %s"),
                   received, first);
      return FALSE;
    }
  for (guint i = 0; studio_id != 0 && i < listed->len; i++)
    if (g_array_index (listed, gint64, i) == studio_id)
      return TRUE;
  if (studio_id != 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("Application: %lld is not on the public notice’s list"),
                   (long long) studio_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * sks_store_add_objection:
 * @objection: a new objection (sks_objection_new()), its publication,
 *   received day, content and, optionally, sender and application set
 *
 * Records an objection received during a 公示, open, with the store's
 * user and the time; an objection that names an application is also kept
 * in that application's history. %SKS_STORE_ERROR_INVALID, naming the
 * field, for empty content, no day or a day before the 公示's first day, or
 * an application the 公示 does not list. On success @objection has its id.
 */
gboolean
sks_store_add_objection (SksStore      *self,
                         SksObjection  *objection,
                         GError       **error)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autofree char *now = _sks_store_now_iso8601 ();

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_OBJECTION (objection), FALSE);
  g_return_val_if_fail (sks_objection_get_id (objection) == 0, FALSE);

  publication = sks_store_load_publication (self, sks_objection_get_publication_id (objection),
                                            error);
  if (publication == NULL || !check_objection (objection, publication, error))
    return FALSE;
  sks_objection_set_outcome (objection, SKS_OBJECTION_OPEN, NULL, NULL, NULL);
  sks_objection_set_recorded (objection, now, sks_store_get_user (self));
  if (_sks_store_in_transaction (self, write_objection, objection, error))
    return TRUE;
  sks_objection_set_id (objection, 0);
  return FALSE;
}

static gboolean
write_resolution (SksStore  *self,
                  gpointer   data,
                  GError   **error)
{
  SksObjection *objection = data;
  g_autoptr(SksCachedStmt) stmt = NULL;
  char resolved[16];

  stmt = _sks_store_get_statement (self, "UPDATE objections SET outcome = ?1, outcome_note = ?2, "
                                   "resolved_on = ?3, resolved_by = ?4 "
                                   "WHERE id = ?5 AND outcome = 'open'", error);
  if (stmt == NULL)
    return FALSE;
  date_to_iso (sks_objection_get_resolved_on (objection), resolved);
  sqlite3_bind_text (stmt, 1, sks_enum_get_nick (SKS_TYPE_OBJECTION_OUTCOME,
                                                 sks_objection_get_outcome (objection)), -1,
                     SQLITE_STATIC);
  bind_text (stmt, 2, sks_objection_get_outcome_note (objection));
  sqlite3_bind_text (stmt, 3, resolved, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 4, sks_objection_get_resolved_by (objection));
  sqlite3_bind_int64 (stmt, 5, sks_objection_get_id (objection));
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  return write_objection_history (self, objection, "open",
                                  sks_objection_get_outcome_note (objection), error);
}

/**
 * sks_store_resolve_objection:
 * @outcome: %SKS_OBJECTION_UPHELD or %SKS_OBJECTION_DISMISSED
 * @note: why, as the bureau decided (required)
 * @resolved_on: (nullable): the day of the outcome; today when %NULL
 *
 * Records the outcome of an open objection with the store's user, once.
 * An upheld objection that names an application takes it off recognition
 * (sks_store_recognise()). Refused (%SKS_STORE_ERROR_NOT_ALLOWED) for an
 * objection already resolved; %SKS_STORE_ERROR_INVALID, naming the field,
 * without a note or with a day before the objection was received.
 */
gboolean
sks_store_resolve_objection (SksStore             *self,
                             gint64                objection_id,
                             SksObjectionOutcome   outcome,
                             const char           *note,
                             const GDate          *resolved_on,
                             GError              **error)
{
  g_autoptr(SksObjection) objection = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (note ? note : ""));
  GDate day;
  char received[16], resolved[16];

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (outcome == SKS_OBJECTION_UPHELD || outcome == SKS_OBJECTION_DISMISSED,
                        FALSE);

  if ((objection = load_objection (self, objection_id, error)) == NULL)
    return FALSE;
  if (sks_objection_get_outcome (objection) != SKS_OBJECTION_OPEN)
    {
      date_to_iso (sks_objection_get_resolved_on (objection), resolved);
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                   _("Objection %lld was already resolved (%s) on %s"), (long long) objection_id,
                   sks_enum_get_label (SKS_TYPE_OBJECTION_OUTCOME,
                                       sks_objection_get_outcome (objection)), resolved);
      return FALSE;
    }
  if (*stripped == '\0')
    {
      g_set_error_literal (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                           _("Note: say why the objection is upheld or dismissed"));
      return FALSE;
    }
  if (resolved_on != NULL)
    day = *resolved_on;
  else
    {
      g_date_clear (&day, 1);
      g_date_set_time_t (&day, time (NULL));
    }
  if (g_date_compare (&day, sks_objection_get_received_on (objection)) < 0)
    {
      date_to_iso (&day, resolved);
      date_to_iso (sks_objection_get_received_on (objection), received);
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("Resolved on: %s is before the objection was received, %s"), resolved,
                   received);
      return FALSE;
    }
  sks_objection_set_outcome (objection, outcome, stripped, &day, sks_store_get_user (self));
  return _sks_store_in_transaction (self, write_resolution, objection, error);
}

/* Recognition (认定) */

typedef struct {
  SksPublication        *publication;
  const GDate           *date;
  guint                  validity_years;
  GHashTable            *removed;     /* studio id → its upheld objection (borrowed) */
  SksRecognitionSummary  summary;
} Recognition;

static gboolean
refuse_recognised (SksStore  *self,
                   gint64     round_id,
                   GError   **error)
{
  g_autoptr(SksCachedStmt) stmt =
    _sks_store_get_statement (self, "SELECT recognised_on, recorded_by FROM recognitions "
                              "WHERE round_id = ?1 LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                   _("This round’s studios were already recognised on %s by %s"),
                   (const char *) sqlite3_column_text (stmt, 0),
                   (const char *) sqlite3_column_text (stmt, 1));
      return FALSE;
    }
  return _sks_store_rows_done (self, rc, error);
}

static gboolean
refuse_before_end (SksPublication  *publication,
                   const GDate     *date,
                   GError         **error)
{
  char first[16], last[16], asked[16], from[16];
  GDate next;

  if (sks_publication_has_ended_by (publication, date))
    return TRUE;
  next = *sks_publication_get_last_day (publication);
  g_date_add_days (&next, 1);
  date_to_iso (sks_publication_get_first_day (publication), first);
  date_to_iso (sks_publication_get_last_day (publication), last);
  date_to_iso (date, asked);
  date_to_iso (&next, from);
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
               _("Recognition on %s is refused: the public notice (公示) runs from %s to %s; "
                 "studios can be recognised from %s"), asked, first, last, from);
  return FALSE;
}

/* Refuses while an objection is open; collects the upheld ones by studio. */
static gboolean
sort_objections (Recognition  *r,
                 GListModel   *objections,
                 GError      **error)
{
  g_autoptr(GString) open = g_string_new (NULL);
  guint n_open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (objections); i++)
    {
      g_autoptr(SksObjection) objection = g_list_model_get_item (objections, i);
      char received[16];

      if (sks_objection_get_outcome (objection) == SKS_OBJECTION_UPHELD &&
          sks_objection_get_studio_id (objection) != 0)
        {
          gint64 *key = g_new (gint64, 1);

          *key = sks_objection_get_studio_id (objection);
          g_hash_table_insert (r->removed, key, g_object_ref (objection));
        }
      if (sks_objection_get_outcome (objection) != SKS_OBJECTION_OPEN)
        continue;
      date_to_iso (sks_objection_get_received_on (objection), received);
      if (open->len > 0)
        g_string_append (open, _(", "));
      /* Translators: an open objection: its number and the day it was received */
      g_string_append_printf (open, _("no. %lld received %s"),
                              (long long) sks_objection_get_id (objection), received);
      n_open++;
    }
  if (n_open == 0)
    return TRUE;
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
               g_dngettext (GETTEXT_PACKAGE,
                            "Recognition is refused while %u objection is open (%s): resolve it "
                            "first",
                            "Recognition is refused while %u objections are open (%s): resolve "
                            "them first", n_open), n_open, open->str);
  return FALSE;
}

static gboolean
insert_recognition (SksStore     *self,
                    Recognition  *r,
                    gint64        studio_id,
                    GError      **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autofree char *now = _sks_store_now_iso8601 ();
  char on[16], until[16];
  GDate end;

  stmt = _sks_store_get_statement (self, "INSERT INTO recognitions (studio_id, round_id, "
                                   "recognised_on, valid_until, recorded, recorded_by) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  date_to_iso (r->date, on);
  until[0] = '\0';
  if (r->validity_years > 0)
    {
      sks_validity_compute_end (r->date, r->validity_years, &end);
      date_to_iso (&end, until);
    }
  sqlite3_bind_int64 (stmt, 1, studio_id);
  sqlite3_bind_int64 (stmt, 2, sks_publication_get_round_id (r->publication));
  sqlite3_bind_text (stmt, 3, on, -1, SQLITE_TRANSIENT);
  bind_text (stmt, 4, until[0] ? until : NULL);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
  return _sks_store_step_done (self, stmt, error);
}

static gboolean
recognise_listed (SksStore     *self,
                  Recognition  *r,
                  gint64        studio_id,
                  GError      **error)
{
  SksObjection *upheld = g_hash_table_lookup (r->removed, &studio_id);
  SksStatus status = SKS_STATUS_DRAFT;
  gboolean deleted = FALSE;
  g_autofree char *reason = NULL;
  char on[16];

  if (!sks_store_get_studio_state (self, studio_id, &status, &deleted, error))
    return FALSE;
  if (deleted || status != SKS_STATUS_PUBLICIZED)
    return TRUE;   /* taken off the list since (撤回, 未入选): left as it is */
  if (upheld != NULL)
    {
      /* Translators: why a listed studio is not recognised */
      reason = g_strdup_printf (_("Objection no. %lld upheld: %s"),
                                (long long) sks_objection_get_id (upheld),
                                sks_objection_get_outcome_note (upheld));
      r->summary.n_removed++;
      return set_studio_status (self, studio_id, SKS_STATUS_NOT_SELECTED, NULL, reason, error);
    }
  date_to_iso (r->date, on);
  reason = g_strdup_printf (_("Recognised (认定) on %s after the public notice"), on);
  r->summary.n_recognised++;
  return set_studio_status (self, studio_id, SKS_STATUS_APPROVED, on, reason, error) &&
         insert_recognition (self, r, studio_id, error);
}

static gboolean
close_not_selected (SksStore     *self,
                    Recognition  *r,
                    GError      **error)
{
  g_autoptr(GArray) ids =
    query_ids (self, "SELECT d.studio_id FROM decisions d JOIN studios s ON s.id = d.studio_id "
               "WHERE d.round_id = ?1 AND d.level = 'city' AND d.decision = 'not-selected' "
               "AND s.status IN ('recommended', 'under-review') AND s.deleted IS NULL "
               "AND ?2 = ?2 ORDER BY s.id", sks_publication_get_round_id (r->publication), 0,
               error);

  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      if (!set_studio_status (self, g_array_index (ids, gint64, i), SKS_STATUS_NOT_SELECTED, NULL,
                              _("Decided not selected by the city panel; the round’s studios "
                                "are recognised"), error))
        return FALSE;
      r->summary.n_not_selected++;
    }
  return TRUE;
}

static gboolean
write_recognition (SksStore  *self,
                   gpointer   data,
                   GError   **error)
{
  Recognition *r = data;
  GArray *listed = sks_publication_get_studio_ids (r->publication);
  g_autofree char *detail = NULL;
  char on[16];

  for (guint i = 0; i < listed->len; i++)
    if (!recognise_listed (self, r, g_array_index (listed, gint64, i), error))
      return FALSE;
  if (!close_not_selected (self, r, error))
    return FALSE;
  date_to_iso (r->date, on);
  detail = g_strdup_printf ("%s: %u recognised, %u removed by objection, %u not selected", on,
                            r->summary.n_recognised, r->summary.n_removed,
                            r->summary.n_not_selected);
  return _sks_store_write_round_event (self, sks_publication_get_round_id (r->publication),
                                       "recognition", 0, NULL, NULL, detail, NULL, error);
}

/**
 * sks_store_recognise:
 * @round_id: the round whose city 公示 has ended
 * @date: the day of recognition (认定)
 * @validity_years: the profile's validity (Hangzhou: 3), 0 for none
 * @summary: (out caller-allocates) (optional): what was done
 *
 * Recognises the studios of the round's city 公示 in one transaction (see
 * the top of sks-store-publication.c): each listed application still
 * 公示中 becomes 已认定 with @date as its approved date and a recognition
 * row (recognised on @date, valid until the day before the same date
 * @validity_years later, sks_validity_compute_end()), unless an upheld
 * objection names it (then 未入选); candidates decided "not-selected" that
 * are still 已推荐/评审中 become 未入选. Every change in the history.
 *
 * Refused with %SKS_STORE_ERROR_NOT_ALLOWED, naming the dates, when @date
 * is not after the 公示's last day, while an objection is open (naming
 * them), or when the round was recognised already; NOT_FOUND without a
 * city 公示.
 */
gboolean
sks_store_recognise (SksStore              *self,
                     gint64                 round_id,
                     const GDate           *date,
                     guint                  validity_years,
                     SksRecognitionSummary *summary,
                     GError               **error)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GListModel) objections = NULL;
  g_autoptr(GHashTable) removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         g_object_unref);
  Recognition r = { 0 };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if ((publication = sks_store_get_publication (self, round_id, SKS_PUBLICATION_LEVEL_CITY, 0,
                                                error)) == NULL ||
      !refuse_recognised (self, round_id, error) ||
      !refuse_before_end (publication, date, error) ||
      (objections = sks_store_list_objections (self, sks_publication_get_id (publication),
                                               error)) == NULL)
    return FALSE;
  r.publication = publication;
  r.date = date;
  r.validity_years = validity_years;
  r.removed = removed;
  if (!sort_objections (&r, objections, error) ||
      !_sks_store_in_transaction (self, write_recognition, &r, error))
    return FALSE;
  if (summary != NULL)
    *summary = r.summary;
  return TRUE;
}

/**
 * sks_store_get_recognition:
 * @recognised_on: (out caller-allocates) (optional)
 * @valid_until: (out caller-allocates) (optional): cleared when the
 *   profile set no validity
 *
 * Returns: %FALSE with %SKS_STORE_ERROR_NOT_FOUND when @studio_id was not
 *   recognised through a 公示
 */
gboolean
sks_store_get_recognition (SksStore  *self,
                           gint64     studio_id,
                           GDate     *recognised_on,
                           GDate     *valid_until,
                           GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  GDate on, until;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  stmt = _sks_store_get_statement (self, "SELECT recognised_on, valid_until FROM recognitions "
                                   "WHERE studio_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (_sks_store_rows_done (self, rc, error))
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                     _("Application %lld has not been recognised"), (long long) studio_id);
      return FALSE;
    }
  date_from_iso ((const char *) sqlite3_column_text (stmt, 0), &on);
  date_from_iso ((const char *) sqlite3_column_text (stmt, 1), &until);
  if (recognised_on != NULL)
    *recognised_on = on;
  if (valid_until != NULL)
    *valid_until = until;
  return TRUE;
}

/**
 * _sks_store_check_status_step:
 * @stored: the application as the document holds it
 * @studio: the same with the caller's changes
 *
 * Saving an application cannot take it to 公示中 or 已认定: those come from
 * starting the 公示 and from recognition. Returns %FALSE with
 * %SKS_STORE_ERROR_NOT_ALLOWED, naming the way, for such a save.
 */
gboolean
_sks_store_check_status_step (SksStudio  *stored,
                              SksStudio  *studio,
                              GError    **error)
{
  SksStatus from = sks_studio_get_status (stored);
  SksStatus to = sks_studio_get_status (studio);

  if (from == to || (to != SKS_STATUS_PUBLICIZED && to != SKS_STATUS_APPROVED))
    return TRUE;
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
               _("Status of “%s”: “%s” cannot be set by hand. %s."),
               sks_studio_get_name (stored), sks_enum_get_label (SKS_TYPE_STATUS, to),
               sks_status_route_get_hint (to == SKS_STATUS_PUBLICIZED
                                          ? SKS_STATUS_ROUTE_PUBLICATION
                                          : SKS_STATUS_ROUTE_RECOGNITION));
  return FALSE;
}
