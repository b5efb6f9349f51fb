/* sks-store-evaluation.c — evaluations of a studio (年度考核, 期满考核) and
 * their item scores in a document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-problem.h"
#include "sks-store-private.h"

static char *
build_upsert_evaluation (void)
{
  return _sks_store_build_upsert_sql ("evaluations", "id, studio_id", 2,
                                      sks_evaluation_get_field_table ());
}

static char *
build_select_evaluations (void)
{
  return _sks_store_build_select_sql ("evaluations", "id, studio_id",
                                      sks_evaluation_get_field_table (),
                                      "WHERE studio_id = ?1 ORDER BY year, kind, id");
}

static char *
build_select_evaluation (void)
{
  return _sks_store_build_select_sql ("evaluations", "id, studio_id",
                                      sks_evaluation_get_field_table (), "WHERE id = ?1");
}

static const char select_scores_sql[] =
  "SELECT item_id, self_score, assessor_score FROM evaluation_scores"
  " WHERE evaluation_id = ?1 ORDER BY position";
static const char delete_scores_sql[] =
  "DELETE FROM evaluation_scores WHERE evaluation_id = ?1";
static const char insert_score_sql[] =
  "INSERT INTO evaluation_scores (evaluation_id, item_id, position, self_score, assessor_score)"
  " VALUES (?1, ?2, ?3, ?4, ?5)";
static const char delete_evaluation_sql[] =
  "DELETE FROM evaluations WHERE id = ?1";

static gint64
column_score (sqlite3_stmt *stmt,
              int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return SKS_SCORE_BLANK;
  return sqlite3_column_int64 (stmt, column);
}

static void
bind_score (sqlite3_stmt *stmt,
            int           index,
            gint64        hundredths)
{
  if (hundredths == SKS_SCORE_BLANK)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, hundredths);
}

static gboolean
load_scores (SksStore       *self,
             SksEvaluation  *evaluation,
             GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, select_scores_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sks_evaluation_get_id (evaluation));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *item_id = (const char *) sqlite3_column_text (stmt, 0);

      sks_evaluation_set_score (evaluation, item_id, SKS_SCORE_SELF, column_score (stmt, 1));
      sks_evaluation_set_score (evaluation, item_id, SKS_SCORE_ASSESSOR, column_score (stmt, 2));
    }
  return _sks_store_rows_done (self, rc, error);
}

static SksEvaluation *
evaluation_from_row (sqlite3_stmt *stmt)
{
  SksEvaluation *evaluation = g_object_new (SKS_TYPE_EVALUATION, NULL);

  sks_evaluation_set_id (evaluation, sqlite3_column_int64 (stmt, 0));
  sks_evaluation_set_studio_id (evaluation, sqlite3_column_int64 (stmt, 1));
  _sks_store_read_fields (stmt, 2, sks_evaluation_get_field_table (), G_OBJECT (evaluation));
  return evaluation;
}

/* Reads the rows first and the scores after, so that the cached row
 * statement is not stepped while another one runs. */
static GPtrArray *
read_evaluations (SksStore      *self,
                  const char    *sql,
                  gint64         key,
                  GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  {
    g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (list, evaluation_from_row (stmt));
    if (!_sks_store_rows_done (self, rc, error))
      return NULL;
  }
  for (guint i = 0; i < list->len; i++)
    if (!load_scores (self, g_ptr_array_index (list, i), error))
      return NULL;
  return g_steal_pointer (&list);
}

/**
 * sks_store_list_evaluations:
 * @studio_id: the studio
 *
 * Returns: (transfer full): the studio's evaluations (SksEvaluation) with
 *   their scores, by year
 */
GListModel *
sks_store_list_evaluations (SksStore  *self,
                            gint64     studio_id,
                            GError   **error)
{
  g_autoptr(GListStore) store = g_list_store_new (SKS_TYPE_EVALUATION);
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  list = read_evaluations (self, _sks_store_cached_sql (self, "select_evaluations",
                                                        build_select_evaluations),
                           studio_id, error);
  if (list == NULL)
    return NULL;
  g_list_store_splice (store, 0, 0, list->pdata, list->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Returns: (transfer full): the evaluation, or %NULL with
 *   SKS_STORE_ERROR_NOT_FOUND */
SksEvaluation *
sks_store_load_evaluation (SksStore  *self,
                           gint64     id,
                           GError   **error)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  list = read_evaluations (self, _sks_store_cached_sql (self, "select_evaluation",
                                                        build_select_evaluation),
                           id, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("There is no evaluation with id %s"), text);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

static gboolean
write_scores (SksStore       *self,
              SksEvaluation  *evaluation,
              gint64          id,
              GError        **error)
{
  {
    g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, delete_scores_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    if (!_sks_store_step_done (self, stmt, error))
      return FALSE;
  }
  for (guint i = 0; i < sks_evaluation_get_n_scores (evaluation); i++)
    {
      const SksEvaluationScore *score = sks_evaluation_get_score_at (evaluation, i);
      g_autoptr(SksCachedStmt) stmt = NULL;

      if (score->self_score == SKS_SCORE_BLANK && score->assessor_score == SKS_SCORE_BLANK)
        continue;
      if (!(stmt = _sks_store_get_statement (self, insert_score_sql, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, score->item_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, i);
      bind_score (stmt, 4, score->self_score);
      bind_score (stmt, 5, score->assessor_score);
      if (!_sks_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_evaluation (SksStore  *self,
                  gpointer   data,
                  GError   **error)
{
  SksEvaluation *evaluation = data;
  const char *sql = _sks_store_cached_sql (self, "upsert_evaluation", build_upsert_evaluation);
  gint64 id = sks_evaluation_get_id (evaluation);

  {
    g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);

    if (stmt == NULL)
      return FALSE;
    if (id == 0)
      sqlite3_bind_null (stmt, 1);
    else
      sqlite3_bind_int64 (stmt, 1, id);
    sqlite3_bind_int64 (stmt, 2, sks_evaluation_get_studio_id (evaluation));
    _sks_store_bind_fields (stmt, 3, sks_evaluation_get_field_table (), G_OBJECT (evaluation));
    if (!_sks_store_step_done (self, stmt, error))
      return FALSE;
  }
  if (id == 0)
    id = sqlite3_last_insert_rowid (_sks_store_get_db (self));
  if (!write_scores (self, evaluation, id, error))
    return FALSE;
  sks_evaluation_set_id (evaluation, id);
  return TRUE;
}

/* The fields must be valid (year, date, lengths) and no score negative;
 * the rubric's maxima are checked by the editor, which has the policy. */
static gboolean
check_evaluation (SksEvaluation  *evaluation,
                  GError        **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);

  sks_problems_add_fields (problems, NULL, sks_evaluation_get_field_table (),
                           G_OBJECT (evaluation), TRUE);
  for (guint i = 0; problems->len == 0 && i < sks_evaluation_get_n_scores (evaluation); i++)
    {
      const SksEvaluationScore *score = sks_evaluation_get_score_at (evaluation, i);

      if ((score->self_score < 0 && score->self_score != SKS_SCORE_BLANK) ||
          (score->assessor_score < 0 && score->assessor_score != SKS_SCORE_BLANK))
        {
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                       _("Item “%s”: a score must not be negative"), score->item_id);
          return FALSE;
        }
    }
  if (problems->len == 0)
    return TRUE;
  g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID, "%s",
               ((SksProblem *) g_ptr_array_index (problems, 0))->error->message);
  return FALSE;
}

/* Inserts or updates @evaluation with all its scores in one transaction;
 * a new evaluation gets its id. The studio must exist. */
typedef struct {
  SksEvaluation *stored;  /* owned; NULL for a new evaluation */
  SksEvaluation *evaluation;
} Saving;

static void
saving_clear (Saving *saving)
{
  g_clear_object (&saving->stored);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Saving, saving_clear)

/* A save by the user is recorded in the studio's history; an import is not. */
static gboolean
write_evaluation_with_history (SksStore  *self,
                               gpointer   data,
                               GError   **error)
{
  Saving *saving = data;

  if (!write_evaluation (self, saving->evaluation, error))
    return FALSE;
  if (saving->stored != NULL && sks_evaluation_equal (saving->stored, saving->evaluation))
    return TRUE;
  return _sks_store_write_evaluation_history (self, saving->stored, saving->evaluation, error);
}

gboolean
sks_store_save_evaluation (SksStore       *self,
                           SksEvaluation  *evaluation,
                           GError        **error)
{
  g_auto(Saving) saving = { NULL, evaluation };
  gint64 old_id;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKS_IS_EVALUATION (evaluation), FALSE);

  if (!check_evaluation (evaluation, error))
    return FALSE;
  old_id = sks_evaluation_get_id (evaluation);
  if (old_id != 0 && (saving.stored = sks_store_load_evaluation (self, old_id, error)) == NULL)
    return FALSE;
  if (_sks_store_in_transaction (self, write_evaluation_with_history, &saving, error))
    return TRUE;
  sks_evaluation_set_id (evaluation, old_id);
  return FALSE;
}

static gboolean
write_delete (SksStore  *self,
              gpointer   data,
              GError   **error)
{
  gint64 id = *(gint64 *) data;
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, delete_evaluation_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (_sks_store_get_db (self)) == 0)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("There is no evaluation with id %s"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_delete_with_history (SksStore  *self,
                           gpointer   data,
                           GError   **error)
{
  SksEvaluation *stored = data;
  gint64 id = sks_evaluation_get_id (stored);

  return write_delete (self, &id, error) &&
         _sks_store_write_evaluation_history (self, stored, NULL, error);
}

gboolean
_sks_store_write_evaluations (SksStore   *self,
                              GPtrArray  *evaluations,
                              gint64      studio_id,
                              GError    **error)
{
  for (guint i = 0; evaluations != NULL && i < evaluations->len; i++)
    {
      SksEvaluation *evaluation = g_ptr_array_index (evaluations, i);

      sks_evaluation_set_id (evaluation, 0);
      sks_evaluation_set_studio_id (evaluation, studio_id);
      if (!check_evaluation (evaluation, error) || !write_evaluation (self, evaluation, error))
        return FALSE;
    }
  return TRUE;
}

void
_sks_store_forget_evaluation_ids (GPtrArray *evaluations)
{
  for (guint i = 0; evaluations != NULL && i < evaluations->len; i++)
    sks_evaluation_set_id (g_ptr_array_index (evaluations, i), 0);
}

/* Deletes an evaluation and its scores in one transaction. */
gboolean
sks_store_delete_evaluation (SksStore  *self,
                             gint64     id,
                             GError   **error)
{
  g_autoptr(SksEvaluation) stored = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  if ((stored = sks_store_load_evaluation (self, id, error)) == NULL)
    return FALSE;
  return _sks_store_in_transaction (self, write_delete_with_history, stored, error);
}
