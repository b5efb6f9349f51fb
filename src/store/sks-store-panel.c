/* sks-store-panel.c — panel scoring in a document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Panels (per round and level), their members, the round's scoring sheet,
 * scores in hundredths, submission (locks a reviewer's sheet; a later
 * change needs a reason and leaves score_history), conflicts of interest
 * (declared ones stored, computed ones worked out: the member's work unit
 * is the candidate's applying unit) and the results of a panel. Every
 * write is one transaction and names the store's user.
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-store-panel.h"
#include "sks-store-private.h"

#define CANDIDATE_FILTER \
  " s.round_id = ?1 AND s.deleted IS NULL AND IFNULL (s.status, 'draft')" \
  " NOT IN ('draft', 'withdrawn') AND (?2 = 0 OR s.recommender_id = ?2)"

void
sks_conflict_free (SksConflict *conflict)
{
  g_free (conflict->reason);
  g_free (conflict);
}

void
sks_score_row_free (SksScoreRow *row)
{
  g_free (row->reviewer);
  g_free (row->application);
  g_free (row->criterion);
  g_free (row->score);
  g_free (row);
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, SKS_STORE_ERROR, code, message);
  return FALSE;
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Panels ------------------------------------------------------------------ */

static gint64
lookup_panel (SksStore       *self,
              gint64          round_id,
              SksPanelLevel   level,
              gint64          recommender_id,
              GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT id FROM panels WHERE round_id = ?1 AND level = ?2"
      " AND IFNULL (recommender_id, 0) = ?3", error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, sks_enum_get_nick (SKS_TYPE_PANEL_LEVEL, level), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, recommender_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  return _sks_store_rows_done (self, rc, error) ? 0 : -1;
}

typedef struct {
  SksPanel *panel;
} PanelWrite;

static gboolean
insert_panel (SksStore  *self,
              gpointer   data,
              GError   **error)
{
  PanelWrite *w = data;
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "INSERT INTO panels (round_id, level, recommender_id, created, created_by)"
      " VALUES (?1, ?2, NULLIF (?3, 0), ?4, ?5)", error);
  g_autofree char *now = _sks_store_now_iso8601 ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sks_panel_get_round_id (w->panel));
  sqlite3_bind_text (stmt, 2, sks_enum_get_nick (SKS_TYPE_PANEL_LEVEL,
                                                 sks_panel_get_level (w->panel)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, sks_panel_get_recommender_id (w->panel));
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  sks_panel_set_id (w->panel, sqlite3_last_insert_rowid (_sks_store_get_db (self)));
  return TRUE;
}

static char *
lookup_recommender_name (SksStore *self,
                         gint64    round_id,
                         gint64    recommender_id)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT name FROM recommenders WHERE id = ?1 AND round_id = ?2", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, recommender_id);
  sqlite3_bind_int64 (stmt, 2, round_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? dup_text (stmt, 0) : NULL;
}

/**
 * sks_store_get_panel:
 *
 * Returns: (transfer full) (nullable): the panel
 */
SksPanel *
sks_store_get_panel (SksStore       *self,
                     gint64          round_id,
                     SksPanelLevel   level,
                     gint64          recommender_id,
                     gboolean        create,
                     GError        **error)
{
  g_autoptr(SksPanel) panel = NULL;
  g_autofree char *recommender = NULL;
  gint64 id;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (level == SKS_PANEL_LEVEL_DISTRICT)
    {
      recommender = lookup_recommender_name (self, round_id, recommender_id);
      if (recommender == NULL)
        {
          fail (error, SKS_STORE_ERROR_INVALID,
                _("A district panel belongs to one of the round’s recommending units: "
                  "name it"));
          return NULL;
        }
    }
  else
    recommender_id = 0;
  if ((id = lookup_panel (self, round_id, level, recommender_id, error)) < 0)
    return NULL;
  panel = sks_panel_new (round_id, level, recommender_id);
  sks_panel_set_recommender_name (panel, recommender);
  sks_panel_set_id (panel, id);
  if (id == 0)
    {
      PanelWrite w = { panel };

      if (!create)
        {
          fail (error, SKS_STORE_ERROR_NOT_FOUND, _("The round has no such panel yet"));
          return NULL;
        }
      if (!_sks_store_in_transaction (self, insert_panel, &w, error))
        return NULL;
    }
  return g_steal_pointer (&panel);
}

/**
 * sks_store_list_panels:
 *
 * Returns: (transfer full): SksPanel of the round
 */
GListModel *
sks_store_list_panels (SksStore  *self,
                       gint64     round_id,
                       GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT p.id, p.level, IFNULL (p.recommender_id, 0), r.name FROM panels p"
      " LEFT JOIN recommenders r ON r.id = p.recommender_id WHERE p.round_id = ?1"
      " ORDER BY p.level = 'city', r.sort_order, p.id", error);
  g_autoptr(GListStore) panels = g_list_store_new (SKS_TYPE_PANEL);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int level = SKS_PANEL_LEVEL_CITY;
      g_autoptr(SksPanel) panel = NULL;

      sks_enum_from_nick (SKS_TYPE_PANEL_LEVEL, (const char *) sqlite3_column_text (stmt, 1),
                          &level);
      panel = sks_panel_new (round_id, level, sqlite3_column_int64 (stmt, 2));
      sks_panel_set_id (panel, sqlite3_column_int64 (stmt, 0));
      sks_panel_set_recommender_name (panel, (const char *) sqlite3_column_text (stmt, 3));
      g_list_store_append (panels, panel);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&panels));
}

/* Members ----------------------------------------------------------------- */

#define MEMBER_COLUMNS "name, work_unit, title, role, position, submitted, submitted_by"

static SksPanelMember *
read_member (sqlite3_stmt *stmt)
{
  SksPanelMember *member = sks_panel_member_new ();

  sks_panel_member_set_id (member, sqlite3_column_int64 (stmt, 0));
  sks_panel_member_set_panel_id (member, sqlite3_column_int64 (stmt, 1));
  _sks_store_read_fields (stmt, 2, sks_panel_member_get_field_table (), G_OBJECT (member));
  return member;
}

/**
 * sks_store_list_panel_members:
 *
 * Returns: (transfer full): SksPanelMember, in the panel's order
 */
GListModel *
sks_store_list_panel_members (SksStore  *self,
                              gint64     panel_id,
                              GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT id, panel_id, " MEMBER_COLUMNS " FROM panel_members WHERE panel_id = ?1"
      " ORDER BY position, id", error);
  g_autoptr(GListStore) members = g_list_store_new (SKS_TYPE_PANEL_MEMBER);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, panel_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksPanelMember) member = read_member (stmt);
      g_list_store_append (members, member);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&members));
}

/**
 * sks_store_find_panel_member:
 *
 * Returns: (transfer full) (nullable): the member, NULL with NOT_FOUND
 */
SksPanelMember *
sks_store_find_panel_member (SksStore    *self,
                             gint64       panel_id,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT id, panel_id, " MEMBER_COLUMNS " FROM panel_members"
      " WHERE panel_id = ?1 AND name = ?2", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, panel_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return read_member (stmt);
  if (_sks_store_rows_done (self, rc, error))
    fail (error, SKS_STORE_ERROR_NOT_FOUND, _("“%s” is not a member of this panel"), name);
  return NULL;
}

static gint64
count_rows (SksStore    *self,
            const char  *sql,
            gint64       id,
            GError     **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  _sks_store_rows_done (self, rc, error);
  return -1;
}

static gboolean
check_member (SksPanelMember  *member,
              GError         **error)
{
  const SksFieldTable *table = sks_panel_member_get_field_table ();
  g_autofree char *name = g_strdup (sks_panel_member_get_name (member));

  if (sks_panel_member_get_panel_id (member) <= 0)
    return fail (error, SKS_STORE_ERROR_INVALID, _("The member belongs to no panel"));
  for (guint i = 0; i < table->n_fields; i++)
    if (!sks_field_validate (&table->fields[i], G_OBJECT (member), FALSE, error))
      return FALSE;
  if (name == NULL || *g_strstrip (name) == '\0')
    return fail (error, SKS_STORE_ERROR_INVALID, _("%s: enter the member’s name"), _("Name"));
  return TRUE;
}

static gboolean
write_member (SksStore  *self,
              gpointer   data,
              GError   **error)
{
  SksPanelMember *member = data;
  gboolean add = sks_panel_member_get_id (member) == 0;
  g_autoptr(SksCachedStmt) stmt = NULL;
  int rc;

  stmt = _sks_store_get_statement (self, add
      ? "INSERT INTO panel_members (panel_id, name, work_unit, title, role, position)"
        " SELECT ?1, ?2, ?3, ?4, ?5, IFNULL (MAX (position) + 1, 0) FROM panel_members"
        " WHERE panel_id = ?1"
      : "UPDATE panel_members SET name = ?2, work_unit = ?3, title = ?4, role = ?5"
        " WHERE id = ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sks_panel_member_get_panel_id (member));
  sqlite3_bind_text (stmt, 2, sks_panel_member_get_name (member), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sks_panel_member_get_work_unit (member), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, sks_panel_member_get_title (member), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, sks_enum_get_nick (SKS_TYPE_PANEL_ROLE,
                                                 sks_panel_member_get_role (member)),
                     -1, SQLITE_STATIC);
  if (!add)
    sqlite3_bind_int64 (stmt, 6, sks_panel_member_get_id (member));
  if ((rc = sqlite3_step (stmt)) != SQLITE_DONE && (rc & 0xff) == SQLITE_CONSTRAINT)
    return fail (error, SKS_STORE_ERROR_DUPLICATE,
                 _("%s: the panel already has a member named “%s”"), _("Name"),
                 sks_panel_member_get_name (member));
  if (rc != SQLITE_DONE)
    return _sks_store_rows_done (self, rc, error);
  if (add)
    {
      gint64 id = sqlite3_last_insert_rowid (_sks_store_get_db (self));
      gint64 position = count_rows (self, "SELECT position FROM panel_members WHERE id = ?1", id,
                                    error);

      if (position < 0)
        return FALSE;
      sks_panel_member_set_id (member, id);
      g_object_set (member, "position", position, NULL);
    }
  return TRUE;
}

gboolean
sks_store_add_panel_member (SksStore        *self,
                            SksPanelMember  *member,
                            GError         **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (sks_panel_member_get_id (member) == 0, FALSE);

  return check_member (member, error) &&
         _sks_store_in_transaction (self, write_member, member, error);
}

gboolean
sks_store_save_panel_member (SksStore        *self,
                             SksPanelMember  *member,
                             GError         **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (sks_panel_member_get_id (member) > 0, FALSE);

  return check_member (member, error) &&
         _sks_store_in_transaction (self, write_member, member, error);
}

static gboolean
delete_member (SksStore  *self,
               gpointer   data,
               GError   **error)
{
  gint64 member_id = *(gint64 *) data;
  g_autoptr(SksCachedStmt) stmt = NULL;
  gint64 n = count_rows (self, "SELECT COUNT(*) FROM scores WHERE member_id = ?1", member_id,
                         error);

  if (n < 0)
    return FALSE;
  if (n > 0)
    return fail (error, SKS_STORE_ERROR_NOT_ALLOWED,
                 _("The member has entered scores; a member with scores stays on the panel"));
  stmt = _sks_store_get_statement (self, "DELETE FROM panel_members WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (_sks_store_get_db (self)) == 0)
    return fail (error, SKS_STORE_ERROR_NOT_FOUND, _("No such panel member"));
  return TRUE;
}

gboolean
sks_store_remove_panel_member (SksStore  *self,
                               gint64     member_id,
                               GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  return _sks_store_in_transaction (self, delete_member, &member_id, error);
}

/* The scoring sheet ------------------------------------------------------- */

/**
 * sks_store_list_score_criteria:
 *
 * Returns: (transfer full): SksScoreCriterion of the round, in order
 */
GListModel *
sks_store_list_score_criteria (SksStore  *self,
                               gint64     round_id,
                               GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT id, key, title, max_points, guidance, position FROM score_criteria"
      " WHERE round_id = ?1 ORDER BY position, id", error);
  g_autoptr(GListStore) criteria = g_list_store_new (SKS_TYPE_SCORE_CRITERION);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksScoreCriterion) criterion = sks_score_criterion_new (NULL, NULL, 0, NULL);

      sks_score_criterion_set_id (criterion, sqlite3_column_int64 (stmt, 0));
      _sks_store_read_fields (stmt, 1, sks_score_criterion_get_field_table (),
                              G_OBJECT (criterion));
      g_list_store_append (criteria, criterion);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&criteria));
}

gboolean
sks_store_round_has_scores (SksStore  *self,
                            gint64     round_id,
                            gboolean  *has_scores,
                            GError   **error)
{
  gint64 n = count_rows (self, "SELECT EXISTS (SELECT 1 FROM scores sc JOIN score_criteria c"
                               " ON c.id = sc.criterion_id WHERE c.round_id = ?1)",
                         round_id, error);

  if (n < 0)
    return FALSE;
  *has_scores = n > 0;
  return TRUE;
}

static gboolean
check_sheet (GPtrArray  *criteria,
             GError    **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 total = 0;

  if (criteria->len == 0)
    return fail (error, SKS_STORE_ERROR_INVALID, _("A scoring sheet needs at least one criterion"));
  for (guint i = 0; i < criteria->len; i++)
    {
      SksScoreCriterion *c = criteria->pdata[i];
      const char *key = sks_score_criterion_get_key (c);
      const char *title = sks_score_criterion_get_title (c);

      if (key == NULL || *key == '\0' || strchr (key, ',') != NULL)
        return fail (error, SKS_STORE_ERROR_INVALID,
                     _("%s: criterion %u needs a key without commas"), _("Key"), i + 1);
      if (title == NULL || *title == '\0')
        return fail (error, SKS_STORE_ERROR_INVALID, _("%s: criterion “%s” needs a title"),
                     _("Criterion"), key);
      if (sks_score_criterion_get_max_points (c) <= 0)
        return fail (error, SKS_STORE_ERROR_INVALID,
                     _("%s: criterion “%s” needs a maximum above 0"), _("Maximum"), key);
      if (!g_hash_table_add (keys, (gpointer) key))
        return fail (error, SKS_STORE_ERROR_INVALID,
                     _("%s: two criteria have the key “%s”"), _("Key"), key);
      total += sks_score_criterion_get_max_points (c);
    }
  /* as the profiles' sheets: the aggregates compare totals out of 100 */
  if (total != 10000)
    {
      g_autofree char *sum = sks_score_format (total);

      return fail (error, SKS_STORE_ERROR_INVALID,
                   _("%s: the criteria’s maximum points add up to %s; they must add up to 100"),
                   _("Maximum"), sum);
    }
  return TRUE;
}

typedef struct {
  gint64     round_id;
  GPtrArray *criteria;
  gboolean   only_if_empty;
} SheetWrite;

static gboolean
write_sheet (SksStore  *self,
             gpointer   data,
             GError   **error)
{
  SheetWrite *w = data;
  g_autoptr(SksCachedStmt) clear = NULL;
  gboolean has_scores = FALSE;
  gint64 n;

  if ((n = count_rows (self, "SELECT COUNT(*) FROM score_criteria WHERE round_id = ?1",
                       w->round_id, error)) < 0)
    return FALSE;
  if (w->only_if_empty && n > 0)
    return TRUE;
  if (!sks_store_round_has_scores (self, w->round_id, &has_scores, error))
    return FALSE;
  if (has_scores)
    return fail (error, SKS_STORE_ERROR_NOT_ALLOWED,
                 _("The round’s scoring sheet is fixed: scores have been entered on it"));
  /* checked after the lock, which is the reason a user must hear first */
  if (!check_sheet (w->criteria, error))
    return FALSE;
  clear = _sks_store_get_statement (self, "DELETE FROM score_criteria WHERE round_id = ?1",
                                    error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, w->round_id);
  if (!_sks_store_step_done (self, clear, error))
    return FALSE;
  for (guint i = 0; i < w->criteria->len; i++)
    {
      SksScoreCriterion *c = w->criteria->pdata[i];
      g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
          "INSERT INTO score_criteria (round_id, key, title, max_points, guidance, position)"
          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, w->round_id);
      sqlite3_bind_text (stmt, 2, sks_score_criterion_get_key (c), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, sks_score_criterion_get_title (c), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, sks_score_criterion_get_max_points (c));
      sqlite3_bind_text (stmt, 5, sks_score_criterion_get_guidance (c), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 6, i);
      if (!_sks_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sks_store_set_score_sheet (SksStore   *self,
                           gint64      round_id,
                           GPtrArray  *criteria,
                           GError    **error)
{
  SheetWrite w = { round_id, criteria, FALSE };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (criteria != NULL, FALSE);
  return _sks_store_in_transaction (self, write_sheet, &w, error);
}

/**
 * sks_store_ensure_score_sheet:
 *
 * Returns: (transfer full): the round's sheet
 */
GListModel *
sks_store_ensure_score_sheet (SksStore   *self,
                              gint64      round_id,
                              GPtrArray  *defaults,
                              GError    **error)
{
  g_autoptr(GListModel) sheet = sks_store_list_score_criteria (self, round_id, error);
  SheetWrite w = { round_id, defaults, TRUE };

  if (sheet == NULL || g_list_model_get_n_items (sheet) > 0 || defaults == NULL ||
      defaults->len == 0)
    return g_steal_pointer (&sheet);
  if (!_sks_store_in_transaction (self, write_sheet, &w, error))
    return NULL;
  return sks_store_list_score_criteria (self, round_id, error);
}

/* The round's method ------------------------------------------------------ */

SksScoreMethod
sks_store_get_score_method (SksStore        *self,
                            gint64           round_id,
                            SksScoreMethod   fallback,
                            GError         **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT score_method FROM rounds WHERE id = ?1", error);
  int method = fallback;

  if (stmt == NULL)
    return fallback;
  sqlite3_bind_int64 (stmt, 1, round_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    sks_enum_from_nick (SKS_TYPE_SCORE_METHOD, (const char *) sqlite3_column_text (stmt, 0),
                        &method);
  return method;
}

typedef struct {
  gint64         round_id;
  SksScoreMethod method;
} MethodWrite;

static gboolean
write_method (SksStore  *self,
              gpointer   data,
              GError   **error)
{
  MethodWrite *w = data;
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "UPDATE rounds SET score_method = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, w->round_id);
  sqlite3_bind_text (stmt, 2, sks_enum_get_nick (SKS_TYPE_SCORE_METHOD, w->method), -1,
                     SQLITE_STATIC);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (_sks_store_get_db (self)) == 0)
    return fail (error, SKS_STORE_ERROR_NOT_FOUND, _("The round is not in the document"));
  return TRUE;
}

gboolean
sks_store_set_score_method (SksStore        *self,
                            gint64           round_id,
                            SksScoreMethod   method,
                            GError         **error)
{
  MethodWrite w = { round_id, method };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  return _sks_store_in_transaction (self, write_method, &w, error);
}

/* Scores ------------------------------------------------------------------ */

/**
 * sks_store_list_scores:
 *
 * Returns: (transfer full) (element-type SksScoreEntry): the member's scores
 */
GArray *
sks_store_list_scores (SksStore  *self,
                       gint64     member_id,
                       GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT studio_id, criterion_id, points FROM scores WHERE member_id = ?1"
      " ORDER BY studio_id, criterion_id", error);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SksScoreEntry));
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, member_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SksScoreEntry entry = { member_id, sqlite3_column_int64 (stmt, 0),
                              sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2) };
      g_array_append_val (entries, entry);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&entries);
}

/* What a score is checked against: the member's panel and sheet state, the
 * criterion's round and maximum, the application's round and unit. */
typedef struct {
  gboolean submitted;
  gint64   member_round;
  gint64   member_recommender;
  char    *member_name;
  gint64   criterion_round;
  gint64   max_points;
  char    *criterion_title;
  gboolean has_old;
  gint64   old_points;
} ScoreContext;

static void
score_context_clear (ScoreContext *c)
{
  g_clear_pointer (&c->member_name, g_free);
  g_clear_pointer (&c->criterion_title, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScoreContext, score_context_clear)

static gboolean
read_score_context (SksStore            *self,
                    const SksScoreEntry *e,
                    ScoreContext        *c,
                    GError             **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT pm.submitted IS NOT NULL, p.round_id, IFNULL (p.recommender_id, 0), pm.name,"
      " c.round_id, c.max_points, c.title,"
      " (SELECT points FROM scores WHERE member_id = ?1 AND studio_id = ?2"
      "   AND criterion_id = ?3)"
      " FROM panel_members pm JOIN panels p ON p.id = pm.panel_id, score_criteria c"
      " WHERE pm.id = ?1 AND c.id = ?3", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->member_id);
  sqlite3_bind_int64 (stmt, 2, e->studio_id);
  sqlite3_bind_int64 (stmt, 3, e->criterion_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (_sks_store_rows_done (self, rc, error))
        fail (error, SKS_STORE_ERROR_NOT_FOUND, _("No such panel member or criterion"));
      return FALSE;
    }
  c->submitted = sqlite3_column_int (stmt, 0);
  c->member_round = sqlite3_column_int64 (stmt, 1);
  c->member_recommender = sqlite3_column_int64 (stmt, 2);
  c->member_name = dup_text (stmt, 3);
  c->criterion_round = sqlite3_column_int64 (stmt, 4);
  c->max_points = sqlite3_column_int64 (stmt, 5);
  c->criterion_title = dup_text (stmt, 6);
  c->has_old = sqlite3_column_type (stmt, 7) != SQLITE_NULL;
  c->old_points = sqlite3_column_int64 (stmt, 7);
  return TRUE;
}

static gboolean
check_studio (SksStore     *self,
              gint64        studio_id,
              gint64        round_id,
              gint64        recommender_id,
              GError      **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT EXISTS (SELECT 1 FROM studios s WHERE s.id = ?3 AND" CANDIDATE_FILTER ")", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_int64 (stmt, 2, recommender_id);
  sqlite3_bind_int64 (stmt, 3, studio_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0))
    return TRUE;
  return fail (error, SKS_STORE_ERROR_INVALID,
               _("Application %lld is not one this panel scores"), (long long) studio_id);
}

static gboolean
write_history (SksStore            *self,
               const SksScoreEntry *e,
               ScoreContext        *c,
               const char          *reason,
               GError             **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "INSERT INTO score_history (member_id, studio_id, criterion_id, old_points, new_points,"
      " time, who, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  g_autofree char *now = _sks_store_now_iso8601 ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->member_id);
  sqlite3_bind_int64 (stmt, 2, e->studio_id);
  sqlite3_bind_int64 (stmt, 3, e->criterion_id);
  if (c->has_old)
    sqlite3_bind_int64 (stmt, 4, c->old_points);
  if (e->points >= 0)
    sqlite3_bind_int64 (stmt, 5, e->points);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, reason, -1, SQLITE_TRANSIENT);
  return _sks_store_step_done (self, stmt, error);
}

static gboolean
write_value (SksStore            *self,
             const SksScoreEntry *e,
             GError             **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autofree char *now = _sks_store_now_iso8601 ();

  stmt = _sks_store_get_statement (self, e->points < 0
      ? "DELETE FROM scores WHERE member_id = ?1 AND studio_id = ?2 AND criterion_id = ?3"
      : "INSERT INTO scores (member_id, studio_id, criterion_id, points, entered, entered_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO UPDATE SET points = excluded.points,"
        " entered = excluded.entered, entered_by = excluded.entered_by", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->member_id);
  sqlite3_bind_int64 (stmt, 2, e->studio_id);
  sqlite3_bind_int64 (stmt, 3, e->criterion_id);
  if (e->points >= 0)
    {
      sqlite3_bind_int64 (stmt, 4, e->points);
      sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
    }
  return _sks_store_step_done (self, stmt, error);
}

static gboolean
write_one_score (SksStore            *self,
                 const SksScoreEntry *e,
                 const char          *reason,
                 GError             **error)
{
  g_auto(ScoreContext) c = { 0 };

  if (!read_score_context (self, e, &c, error))
    return FALSE;
  if (c.criterion_round != c.member_round)
    return fail (error, SKS_STORE_ERROR_INVALID,
                 _("The criterion “%s” is not on this round’s sheet"), c.criterion_title);
  if (!check_studio (self, e->studio_id, c.member_round, c.member_recommender, error))
    return FALSE;
  if (e->points > c.max_points)
    {
      g_autofree char *given = sks_score_format (e->points);
      g_autofree char *max = sks_score_format (c.max_points);

      return fail (error, SKS_STORE_ERROR_INVALID, _("%s: %s is over the maximum of %s points"),
                   c.criterion_title, given, max);
    }
  if (c.has_old ? c.old_points == e->points : e->points < 0)
    return TRUE;
  if (c.submitted)
    {
      g_autofree char *why = g_strstrip (g_strdup (reason ? reason : ""));

      if (*why == '\0')
        return fail (error, SKS_STORE_ERROR_NOT_ALLOWED,
                     _("%s’s sheet is submitted: give a reason to change a score"),
                     c.member_name);
      if (!write_history (self, e, &c, reason, error))
        return FALSE;
    }
  return write_value (self, e, error);
}

typedef struct {
  GArray     *entries;
  const char *reason;
} ScoresWrite;

static gboolean
write_scores (SksStore  *self,
              gpointer   data,
              GError   **error)
{
  ScoresWrite *w = data;

  for (guint i = 0; i < w->entries->len; i++)
    if (!write_one_score (self, &g_array_index (w->entries, SksScoreEntry, i), w->reason,
                          error))
      return FALSE;
  return TRUE;
}

gboolean
sks_store_set_scores (SksStore    *self,
                      GArray      *entries,
                      const char  *reason,
                      GError     **error)
{
  ScoresWrite w = { entries, reason };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);
  return _sks_store_in_transaction (self, write_scores, &w, error);
}

gboolean
sks_store_set_score (SksStore    *self,
                     gint64       member_id,
                     gint64       studio_id,
                     gint64       criterion_id,
                     gint64       points,
                     const char  *reason,
                     GError     **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SksScoreEntry));
  SksScoreEntry entry = { member_id, studio_id, criterion_id, points };

  g_array_append_val (entries, entry);
  return sks_store_set_scores (self, entries, reason, error);
}

static gboolean
write_submit (SksStore  *self,
              gpointer   data,
              GError   **error)
{
  gint64 member_id = *(gint64 *) data;
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "UPDATE panel_members SET submitted = ?2, submitted_by = ?3"
      " WHERE id = ?1 AND submitted IS NULL", error);
  g_autofree char *now = _sks_store_now_iso8601 ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (_sks_store_get_db (self)) == 0)
    return fail (error, SKS_STORE_ERROR_NOT_ALLOWED,
                 _("The sheet is already submitted, or the member is not on the panel"));
  return TRUE;
}

gboolean
sks_store_submit_sheet (SksStore  *self,
                        gint64     member_id,
                        GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  return _sks_store_in_transaction (self, write_submit, &member_id, error);
}

/* Conflicts --------------------------------------------------------------- */

typedef struct {
  gint64      member_id;
  gint64      studio_id;
  const char *reason;
  gboolean    clear;
} ConflictWrite;

static gboolean
write_conflict (SksStore  *self,
                gpointer   data,
                GError   **error)
{
  ConflictWrite *w = data;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autofree char *now = _sks_store_now_iso8601 ();
  int rc;

  stmt = _sks_store_get_statement (self, w->clear
      ? "DELETE FROM conflicts WHERE member_id = ?1 AND studio_id = ?2"
      : "INSERT OR REPLACE INTO conflicts (member_id, studio_id, reason, declared, declared_by)"
        " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, w->member_id);
  sqlite3_bind_int64 (stmt, 2, w->studio_id);
  if (!w->clear)
    {
      sqlite3_bind_text (stmt, 3, w->reason, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, sks_store_get_user (self), -1, SQLITE_TRANSIENT);
    }
  if ((rc = sqlite3_step (stmt)) != SQLITE_DONE && (rc & 0xff) == SQLITE_CONSTRAINT)
    return fail (error, SKS_STORE_ERROR_NOT_FOUND, _("No such panel member or application"));
  return _sks_store_rows_done (self, rc, error);
}

gboolean
sks_store_declare_conflict (SksStore    *self,
                            gint64       member_id,
                            gint64       studio_id,
                            const char  *reason,
                            GError     **error)
{
  ConflictWrite w = { member_id, studio_id, reason, FALSE };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  if (reason == NULL || *reason == '\0')
    return fail (error, SKS_STORE_ERROR_INVALID, _("%s: say why the reviewer steps aside"),
                 _("Reason"));
  return _sks_store_in_transaction (self, write_conflict, &w, error);
}

gboolean
sks_store_clear_conflict (SksStore  *self,
                          gint64     member_id,
                          gint64     studio_id,
                          GError   **error)
{
  ConflictWrite w = { member_id, studio_id, NULL, TRUE };

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  return _sks_store_in_transaction (self, write_conflict, &w, error);
}

/* The panel's data in memory: candidates, members, conflicts, sums. */
typedef struct {
  gint64  id;
  char   *name;
  char   *master;
  char   *unit;
  char   *recommender;
} Candidate;

static void
candidate_clear (gpointer data)
{
  Candidate *c = data;

  g_free (c->name);
  g_free (c->master);
  g_free (c->unit);
  g_free (c->recommender);
}

static GArray *
read_candidates (SksStore  *self,
                 SksPanel  *panel,
                 GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT s.id, s.name, m.name, u.name, r.name FROM studios s"
      " LEFT JOIN masters m ON m.studio_id = s.id LEFT JOIN units u ON u.studio_id = s.id"
      " LEFT JOIN recommenders r ON r.id = s.recommender_id WHERE" CANDIDATE_FILTER
      " ORDER BY s.id", error);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (candidates, candidate_clear);
  sqlite3_bind_int64 (stmt, 1, sks_panel_get_round_id (panel));
  sqlite3_bind_int64 (stmt, 2, sks_panel_get_recommender_id (panel));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Candidate c = { sqlite3_column_int64 (stmt, 0), dup_text (stmt, 1), dup_text (stmt, 2),
                      dup_text (stmt, 3), dup_text (stmt, 4) };
      g_array_append_val (candidates, c);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&candidates);
}

/**
 * sks_store_list_panel_candidates:
 *
 * Returns: (transfer full) (element-type gint64): studio ids
 */
GArray *
sks_store_list_panel_candidates (SksStore  *self,
                                 SksPanel  *panel,
                                 GError   **error)
{
  g_autoptr(GArray) candidates = read_candidates (self, panel, error);
  GArray *ids;

  if (candidates == NULL)
    return NULL;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), candidates->len);
  for (guint i = 0; i < candidates->len; i++)
    g_array_append_val (ids, g_array_index (candidates, Candidate, i).id);
  return ids;
}

static gboolean
same_unit (const char *a,
           const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return FALSE;
  x = g_strstrip (g_strdup (a));
  y = g_strstrip (g_strdup (b));
  return *x != '\0' && g_str_equal (x, y);
}

static char *
computed_conflict_reason (const char *unit)
{
  return g_strdup_printf (_("works at the applying unit, %s"), unit);
}

/* Declared conflicts of the panel: (member, studio) → reason. */
static GHashTable *
read_declared_conflicts (SksStore  *self,
                         gint64     panel_id,
                         GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT c.member_id, c.studio_id, c.reason FROM conflicts c"
      " JOIN panel_members pm ON pm.id = c.member_id WHERE pm.panel_id = ?1", error);
  g_autoptr(GHashTable) declared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, panel_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (declared,
                         g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                          (gint64) sqlite3_column_int64 (stmt, 0),
                                          (gint64) sqlite3_column_int64 (stmt, 1)),
                         g_strdup_printf (_("declared: %s"),
                                          (const char *) sqlite3_column_text (stmt, 2)));
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&declared);
}

/* The conflict of @member for @candidate, or NULL (transfer full). */
static char *
conflict_for (GHashTable      *declared,
              SksPanelMember  *member,
              Candidate       *candidate)
{
  if (g_hash_table_size (declared) > 0)
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                              sks_panel_member_get_id (member), candidate->id);
      const char *reason = g_hash_table_lookup (declared, key);

      if (reason != NULL)
        return g_strdup (reason);
    }
  if (same_unit (sks_panel_member_get_work_unit (member), candidate->unit))
    return computed_conflict_reason (candidate->unit);
  return NULL;
}

/**
 * sks_store_list_conflicts:
 *
 * Returns: (transfer full) (element-type SksConflict): declared and computed
 */
GPtrArray *
sks_store_list_conflicts (SksStore  *self,
                          gint64     panel_id,
                          GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT round_id, level, IFNULL (recommender_id, 0) FROM panels WHERE id = ?1", error);
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GHashTable) declared = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_conflict_free);
  int level = SKS_PANEL_LEVEL_CITY;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, panel_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      fail (error, SKS_STORE_ERROR_NOT_FOUND, _("No such panel"));
      return NULL;
    }
  sks_enum_from_nick (SKS_TYPE_PANEL_LEVEL, (const char *) sqlite3_column_text (stmt, 1), &level);
  panel = sks_panel_new (sqlite3_column_int64 (stmt, 0), level, sqlite3_column_int64 (stmt, 2));
  sks_panel_set_id (panel, panel_id);
  sqlite3_reset (stmt);
  if ((candidates = read_candidates (self, panel, error)) == NULL ||
      (members = sks_store_list_panel_members (self, panel_id, error)) == NULL ||
      (declared = read_declared_conflicts (self, panel_id, error)) == NULL)
    return NULL;
  for (guint m = 0; m < g_list_model_get_n_items (members); m++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (members, m);

      for (guint i = 0; i < candidates->len; i++)
        {
          Candidate *candidate = &g_array_index (candidates, Candidate, i);
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                  sks_panel_member_get_id (member),
                                                  candidate->id);
          char *reason = conflict_for (declared, member, candidate);
          SksConflict *conflict;

          if (reason == NULL)
            continue;
          conflict = g_new0 (SksConflict, 1);
          conflict->member_id = sks_panel_member_get_id (member);
          conflict->studio_id = candidate->id;
          conflict->declared = g_hash_table_contains (declared, key);
          conflict->reason = reason;
          g_ptr_array_add (conflicts, conflict);
        }
    }
  return g_steal_pointer (&conflicts);
}

/* Score history ----------------------------------------------------------- */

void
sks_score_change_free (SksScoreChange *change)
{
  g_free (change->reviewer);
  g_free (change->studio);
  g_free (change->criterion_key);
  g_free (change->criterion);
  g_free (change->time);
  g_free (change->who);
  g_free (change->reason);
  g_free (change);
}

static gint64
column_points (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? SKS_SCORE_BLANK
                                                           : sqlite3_column_int64 (stmt, column);
}

/**
 * sks_store_list_score_history:
 * @studio_id: a candidate, or 0 for all
 * @member_id: a panel member, or 0 for all
 *
 * Returns: (transfer full) (element-type SksScoreChange): oldest first
 */
GPtrArray *
sks_store_list_score_history (SksStore  *self,
                              gint64     round_id,
                              gint64     studio_id,
                              gint64     member_id,
                              GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT h.id, h.member_id, pm.name, h.studio_id, s.name, h.criterion_id, c.key, c.title,"
      " h.old_points, h.new_points, h.time, h.who, h.reason FROM score_history h"
      " JOIN panel_members pm ON pm.id = h.member_id JOIN panels p ON p.id = pm.panel_id"
      " JOIN studios s ON s.id = h.studio_id JOIN score_criteria c ON c.id = h.criterion_id"
      " WHERE p.round_id = ?1 AND (?2 = 0 OR h.studio_id = ?2) AND (?3 = 0 OR h.member_id = ?3)"
      " ORDER BY h.time, h.id", error);
  g_autoptr(GPtrArray) changes =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_score_change_free);
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_int64 (stmt, 2, studio_id);
  sqlite3_bind_int64 (stmt, 3, member_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SksScoreChange *change = g_new0 (SksScoreChange, 1);

      change->id = sqlite3_column_int64 (stmt, 0);
      change->member_id = sqlite3_column_int64 (stmt, 1);
      change->reviewer = dup_text (stmt, 2);
      change->studio_id = sqlite3_column_int64 (stmt, 3);
      change->studio = dup_text (stmt, 4);
      change->criterion_id = sqlite3_column_int64 (stmt, 5);
      change->criterion_key = dup_text (stmt, 6);
      change->criterion = dup_text (stmt, 7);
      change->old_points = column_points (stmt, 8);
      change->new_points = column_points (stmt, 9);
      change->time = dup_text (stmt, 10);
      change->who = dup_text (stmt, 11);
      change->reason = dup_text (stmt, 12);
      g_ptr_array_add (changes, change);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&changes);
}

/* Results ----------------------------------------------------------------- */

/* Each member's total for each candidate, and how many criteria it sums. */
typedef struct {
  gint64 total;
  guint  n;
} Sum;

/* Where a candidate's line is, by studio id: a plain array over the ids'
 * range when they are dense (they are row ids), a hash table otherwise. */
typedef struct {
  gint64      min;
  gint64      max;
  guint      *slots;  /* id - min → position + 1; 0 for none */
  GHashTable *hash;
} CandidateIndex;

static void
candidate_index_init (CandidateIndex *index,
                      GArray         *candidates)
{
  *index = (CandidateIndex) { G_MAXINT64, G_MININT64, NULL, NULL };
  for (guint i = 0; i < candidates->len; i++)
    {
      gint64 id = g_array_index (candidates, Candidate, i).id;

      index->min = MIN (index->min, id);
      index->max = MAX (index->max, id);
    }
  if (candidates->len == 0)
    return;
  if (index->max - index->min < (gint64) candidates->len * 8 + 4096)
    {
      index->slots = g_new0 (guint, index->max - index->min + 1);
      for (guint i = 0; i < candidates->len; i++)
        index->slots[g_array_index (candidates, Candidate, i).id - index->min] = i + 1;
    }
  else
    {
      index->hash = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < candidates->len; i++)
        g_hash_table_insert (index->hash, &g_array_index (candidates, Candidate, i).id,
                             GUINT_TO_POINTER (i + 1));
    }
}

static void
candidate_index_clear (CandidateIndex *index)
{
  g_clear_pointer (&index->slots, g_free);
  g_clear_pointer (&index->hash, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CandidateIndex, candidate_index_clear)

/* The candidate's position, or -1 when the panel does not score it. */
static inline int
candidate_index_find (const CandidateIndex *index,
                      gint64                id)
{
  if (id < index->min || id > index->max)
    return -1;
  if (index->slots != NULL)
    return (int) index->slots[id - index->min] - 1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (index->hash, &id)) - 1;
}

/* One pass over the score rows in the table's order, summed in C: a
 * sequential read, where grouping by the primary key in SQL would look
 * every row's points up in the table. Rows of other panels' members are
 * passed over. */
static gboolean
read_sums (SksStore             *self,
           const CandidateIndex *candidates,
           const gint64         *member_ids,
           guint                 n_members,
           Sum                  *sums,
           GError              **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT member_id, studio_id, points FROM scores", error);
  gint64 last_member = 0;
  int m = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 member_id = sqlite3_column_int64 (stmt, 0);
      int c;
      Sum *sum;

      if (member_id != last_member)
        {
          last_member = member_id;
          m = -1;
          for (guint i = 0; i < n_members; i++)
            if (member_ids[i] == member_id)
              m = (int) i;
        }
      if (m < 0 || (c = candidate_index_find (candidates, sqlite3_column_int64 (stmt, 1))) < 0)
        continue;
      sum = &sums[(gsize) c * n_members + m];
      sum->total += sqlite3_column_int64 (stmt, 2);
      sum->n++;
    }
  return _sks_store_rows_done (self, rc, error);
}

/* @unit without surrounding blanks, or NULL when nothing is left. */
static char *
dup_unit_key (const char *unit)
{
  char *key = unit ? g_strstrip (g_strdup (unit)) : NULL;

  if (key != NULL && *key == '\0')
    g_clear_pointer (&key, g_free);
  return key;
}

/**
 * sks_store_list_score_results:
 *
 * Reads the candidates, the members, the declared conflicts and every
 * score of the panel (one pass), then aggregates; no statement per
 * candidate.
 *
 * Returns: (transfer full): SksScoreResult, one per candidate in list order
 */
GListModel *
sks_store_list_score_results (SksStore                 *self,
                              SksPanel                 *panel,
                              SksScoreMethod            method,
                              const SksScoreThresholds *thresholds,
                              GError                  **error)
{
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GHashTable) declared = NULL;
  g_auto(CandidateIndex) index = { 0 };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) member_list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) member_units = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListStore) store = g_list_store_new (SKS_TYPE_SCORE_RESULT);
  g_autofree gint64 *member_ids = NULL;
  g_autofree Sum *sums = NULL;
  guint n_members, n_criteria;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (SKS_IS_PANEL (panel), NULL);

  if ((candidates = read_candidates (self, panel, error)) == NULL ||
      (members = sks_store_list_panel_members (self, sks_panel_get_id (panel), error)) == NULL ||
      (criteria = sks_store_list_score_criteria (self, sks_panel_get_round_id (panel),
                                                 error)) == NULL ||
      (declared = read_declared_conflicts (self, sks_panel_get_id (panel), error)) == NULL)
    return NULL;
  n_members = g_list_model_get_n_items (members);
  n_criteria = g_list_model_get_n_items (criteria);
  member_ids = g_new0 (gint64, MAX (n_members, 1));
  for (guint m = 0; m < n_members; m++)
    {
      SksPanelMember *member = g_list_model_get_item (members, m);

      member_ids[m] = sks_panel_member_get_id (member);
      g_ptr_array_add (member_list, member);
      g_ptr_array_add (member_units, dup_unit_key (sks_panel_member_get_work_unit (member)));
    }
  candidate_index_init (&index, candidates);
  sums = g_new0 (Sum, (gsize) MAX (candidates->len, 1) * MAX (n_members, 1));
  if (!read_sums (self, &index, member_ids, n_members, sums, error))
    return NULL;

  results = g_ptr_array_new_full (candidates->len, g_object_unref);
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      SksScoreResult *result = sks_score_result_new (c->id, c->name, c->master, c->unit,
                                                     c->recommender);
      g_autofree char *unit = dup_unit_key (c->unit);

      for (guint m = 0; m < n_members; m++)
        {
          SksPanelMember *member = g_ptr_array_index (member_list, m);
          const char *member_unit = g_ptr_array_index (member_units, m);
          g_autofree char *conflict = NULL;
          Sum *sum = &sums[(gsize) i * n_members + m];

          if (g_hash_table_size (declared) > 0)
            {
              g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                      member_ids[m], c->id);

              conflict = g_strdup (g_hash_table_lookup (declared, key));
            }
          if (conflict == NULL && unit != NULL && member_unit != NULL &&
              strcmp (unit, member_unit) == 0)
            conflict = computed_conflict_reason (c->unit);
          sks_score_result_add_reviewer (result, member_ids[m],
                                         sks_panel_member_get_name (member), sum->total, sum->n,
                                         n_criteria, sks_panel_member_is_submitted (member),
                                         conflict);
        }
      sks_score_result_compute (result, method, thresholds);
      g_ptr_array_add (results, result);
    }
  g_list_store_splice (store, 0, 0, results->pdata, results->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The CSV import ---------------------------------------------------------- */

typedef struct {
  SksPanel   *panel;
  GHashTable *members;     /* name → SksPanelMember */
  GHashTable *criteria;    /* key → SksScoreCriterion */
  GHashTable *candidates;  /* "id" → 1 */
  GHashTable *seen;        /* "reviewer\napplication\ncriterion" → line */
} ImportCheck;

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *format,
             ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, g_strdup_printf (_("line %u: %s"), line, text));
}

/* Checks one row; on success appends its entry. */
static void
check_row (ImportCheck *check,
           SksScoreRow *row,
           GArray      *entries,
           GPtrArray   *problems)
{
  SksPanelMember *member = g_hash_table_lookup (check->members, row->reviewer);
  SksScoreCriterion *criterion = g_hash_table_lookup (check->criteria, row->criterion);
  g_autofree char *key = g_strjoin ("\n", row->reviewer, row->application, row->criterion, NULL);
  gpointer first_line = g_hash_table_lookup (check->seen, key);
  guint problems_before = problems->len;
  gint64 points = 0;

  if (member == NULL)
    add_problem (problems, row->line, _("unknown reviewer “%s”: not a member of this panel"),
                 row->reviewer);
  else if (sks_panel_member_is_submitted (member))
    add_problem (problems, row->line,
                 _("%s’s sheet is submitted; change a score in the app, with a reason"),
                 row->reviewer);
  if (!g_hash_table_contains (check->candidates, row->application))
    add_problem (problems, row->line,
                 _("unknown application “%s”: not one this panel scores (use the number "
                   "`list` prints)"), row->application);
  if (criterion == NULL)
    add_problem (problems, row->line, _("unknown criterion “%s”"), row->criterion);
  if (!sks_score_parse (row->score, &points) || points < 0)
    add_problem (problems, row->line, _("score “%s” is not a number of points"), row->score);
  else if (criterion != NULL && points > sks_score_criterion_get_max_points (criterion))
    {
      g_autofree char *max = sks_score_format (sks_score_criterion_get_max_points (criterion));

      add_problem (problems, row->line, _("score %s is over the maximum of %s points for “%s”"),
                   row->score, max, row->criterion);
    }
  if (first_line != NULL)
    add_problem (problems, row->line, _("the same reviewer, application and criterion as line %u"),
                 GPOINTER_TO_UINT (first_line));
  else
    g_hash_table_insert (check->seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));
  if (problems->len == problems_before)
    {
      SksScoreEntry entry = { sks_panel_member_get_id (member),
                              g_ascii_strtoll (row->application, NULL, 10),
                              sks_score_criterion_get_id (criterion), points };
      g_array_append_val (entries, entry);
    }
}

static gboolean
prepare_check (SksStore     *self,
               ImportCheck  *check,
               GListModel  **members,
               GListModel  **criteria,
               GError      **error)
{
  g_autoptr(GArray) ids = NULL;

  if ((*members = sks_store_list_panel_members (self, sks_panel_get_id (check->panel),
                                                error)) == NULL ||
      (*criteria = sks_store_list_score_criteria (self, sks_panel_get_round_id (check->panel),
                                                  error)) == NULL ||
      (ids = sks_store_list_panel_candidates (self, check->panel, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (*members); i++)
    {
      g_autoptr(SksPanelMember) member = g_list_model_get_item (*members, i);
      g_hash_table_insert (check->members, (gpointer) sks_panel_member_get_name (member), member);
    }
  for (guint i = 0; i < g_list_model_get_n_items (*criteria); i++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (*criteria, i);
      g_hash_table_insert (check->criteria, (gpointer) sks_score_criterion_get_key (criterion),
                           criterion);
    }
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (check->candidates,
                      g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (ids, gint64, i)));
  return TRUE;
}

/* Checks @rows; returns the entries to write, or NULL with @problems. */
static GArray *
check_rows (SksStore   *self,
            SksPanel   *panel,
            GPtrArray  *rows,
            GPtrArray  *found,
            GError    **error)
{
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GHashTable) members_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) criteria_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SksScoreEntry));
  ImportCheck check = { panel, members_by_name, criteria_by_key, candidates, seen };

  if (!prepare_check (self, &check, &members, &criteria, error))
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    check_row (&check, rows->pdata[i], entries, found);
  if (rows->len == 0)
    g_ptr_array_add (found, g_strdup (_("the file holds no scores")));
  if (found->len > 0)
    {
      fail (error, SKS_STORE_ERROR_INVALID,
            _("The scores were not imported: the file has problems; nothing was changed"));
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/**
 * sks_store_check_scores:
 * @problems: (out) (transfer full) (optional): translated "line N: …" strings
 *
 * The import's checks without the import: FALSE with every problem.
 */
gboolean
sks_store_check_scores (SksStore    *self,
                        SksPanel    *panel,
                        GPtrArray   *rows,
                        GPtrArray  **problems,
                        GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) entries = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_PANEL (panel), FALSE);
  entries = check_rows (self, panel, rows, found, error);
  if (entries == NULL && problems != NULL && found->len > 0)
    *problems = g_steal_pointer (&found);
  return entries != NULL;
}

gboolean
sks_store_import_scores (SksStore    *self,
                         SksPanel    *panel,
                         GPtrArray   *rows,
                         GPtrArray  **problems,
                         guint       *n_written,
                         GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) entries = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_PANEL (panel), FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);

  if (n_written != NULL)
    *n_written = 0;
  if ((entries = check_rows (self, panel, rows, found, error)) == NULL)
    {
      if (problems != NULL && found->len > 0)
        *problems = g_steal_pointer (&found);
      return FALSE;
    }
  if (!sks_store_set_scores (self, entries, NULL, error))
    return FALSE;
  if (n_written != NULL)
    *n_written = entries->len;
  return TRUE;
}
