/* sks-store-decision.c — the panel's decisions (评审决定) in table
 * decisions: many candidates in one transaction, each change in the
 * candidate's history, refused once the round's 公示 has started and, for
 * a selection, without an override of every rule that blocks it
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-store-decision.h"
#include "sks-store-private.h"

static const char *const decision_nicks[] = { NULL, "selected", "not-selected", "reserve" };

const char *
sks_decision_get_nick (SksDecision decision)
{
  g_return_val_if_fail (decision <= SKS_DECISION_RESERVE, NULL);
  return decision_nicks[decision];
}

gboolean
sks_decision_from_nick (const char  *nick,
                        SksDecision *decision)
{
  for (guint i = 1; nick != NULL && i < G_N_ELEMENTS (decision_nicks); i++)
    if (g_str_equal (nick, decision_nicks[i]))
      {
        *decision = i;
        return TRUE;
      }
  return FALSE;
}

const char *
sks_decision_get_label (SksDecision decision)
{
  switch (decision)
    {
    case SKS_DECISION_SELECTED:
      return C_("decision", "Selected");
    case SKS_DECISION_NOT_SELECTED:
      return C_("decision", "Not selected");
    case SKS_DECISION_RESERVE:
      return C_("decision", "Reserve");
    case SKS_DECISION_NONE:
    default:
      return C_("decision", "Undecided");
    }
}

void
sks_stored_decision_free (SksStoredDecision *decision)
{
  if (decision == NULL)
    return;
  g_free (decision->override_rules);
  g_free (decision->override_reason);
  g_free (decision->note);
  g_free (decision->decided);
  g_free (decision->decided_by);
  g_free (decision);
}

static const char *
level_nick (SksPanelLevel level)
{
  return level == SKS_PANEL_LEVEL_DISTRICT ? "district" : "city";
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * sks_store_list_decisions:
 *
 * Returns: (transfer full) (element-type SksStoredDecision): the decisions
 *   at @level of @round_id, by studio id; %NULL on error
 */
GPtrArray *
sks_store_list_decisions (SksStore       *self,
                          gint64          round_id,
                          SksPanelLevel   level,
                          GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_stored_decision_free);
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  stmt = _sks_store_get_statement (self, "SELECT studio_id, decision, override_rule, "
                                   "override_reason, note, decided, decided_by FROM decisions "
                                   "WHERE round_id = ?1 AND level = ?2 ORDER BY studio_id",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, level_nick (level), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SksStoredDecision *d = g_new0 (SksStoredDecision, 1);

      d->studio_id = sqlite3_column_int64 (stmt, 0);
      d->round_id = round_id;
      d->level = level;
      if (!sks_decision_from_nick ((const char *) sqlite3_column_text (stmt, 1), &d->decision))
        d->decision = SKS_DECISION_NONE;
      d->override_rules = dup_column (stmt, 2);
      d->override_reason = dup_column (stmt, 3);
      d->note = dup_column (stmt, 4);
      d->decided = dup_column (stmt, 5);
      d->decided_by = dup_column (stmt, 6);
      g_ptr_array_add (list, d);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * sks_store_publication_started:
 * @started: (out): whether a publication covers the unit
 */
gboolean
sks_store_publication_started (SksStore       *self,
                               gint64          round_id,
                               SksPanelLevel   level,
                               gint64          recommender_id,
                               gboolean       *started,
                               GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (started != NULL, FALSE);

  stmt = _sks_store_get_statement (self, "SELECT 1 FROM publications WHERE round_id = ?1 "
                                   "AND level = ?2 AND (?3 = 0 OR recommender_id IS NULL "
                                   "OR recommender_id = ?3) LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, level_nick (level), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, recommender_id);
  rc = sqlite3_step (stmt);
  *started = rc == SQLITE_ROW;
  return _sks_store_rows_done (self, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

/* What one request changes, worked out before the transaction. */
typedef struct {
  gint64       studio_id;
  char        *name;          /* "studio (master)", to name the candidate */
  gint64       recommender_id;
  SksDecision  old_decision;
  char        *old_override;
  SksDecision  decision;
  char        *override;      /* the rules overridden, ", "-joined */
  const char  *override_reason;
  const char  *note;
  gboolean     changed;
} Change;

static void
change_clear (Change *c)
{
  g_free (c->name);
  g_free (c->old_override);
  g_free (c->override);
}

typedef struct {
  gint64         round_id;
  SksPanelLevel  level;
  const char    *who;
  char          *now;
  GArray        *changes;
} Decisions;

static void
decisions_clear (Decisions *d)
{
  g_free (d->now);
  g_clear_pointer (&d->changes, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Decisions, decisions_clear)

static gboolean
read_candidate (SksStore  *self,
                gint64     round_id,
                Change    *c,
                GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT s.name, m.name, s.recommender_id FROM studios s"
      " LEFT JOIN masters m ON m.studio_id = s.id"
      " WHERE s.id = ?1 AND s.round_id = ?2 AND s.deleted IS NULL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->studio_id);
  sqlite3_bind_int64 (stmt, 2, round_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (!_sks_store_rows_done (self, rc, error))
        return FALSE;
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("Application %lld: not a candidate of this round"),
                   (long long) c->studio_id);
      return FALSE;
    }
  c->name = g_strdup_printf ("%lld %s（%s）", (long long) c->studio_id,
                             sqlite3_column_text (stmt, 0)
                               ? (const char *) sqlite3_column_text (stmt, 0) : "",
                             sqlite3_column_text (stmt, 1)
                               ? (const char *) sqlite3_column_text (stmt, 1) : "");
  c->recommender_id = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

static gboolean
read_old_decision (SksStore       *self,
                   SksPanelLevel   level,
                   Change         *c,
                   GError        **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "SELECT decision, override_rule FROM decisions WHERE studio_id = ?1 AND level = ?2",
      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->studio_id);
  sqlite3_bind_text (stmt, 2, level_nick (level), -1, SQLITE_STATIC);
  c->old_decision = SKS_DECISION_NONE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!sks_decision_from_nick ((const char *) sqlite3_column_text (stmt, 0),
                                   &c->old_decision))
        c->old_decision = SKS_DECISION_NONE;
      c->old_override = dup_column (stmt, 1);
      rc = SQLITE_DONE;
    }
  return _sks_store_rows_done (self, rc, error);
}

static gboolean
strv_has (const char * const *strv,
          const char         *item)
{
  return strv != NULL && g_strv_contains (strv, item);
}

/* The override of @r: the rules it names, each blocking, and covering
 * every blocking rule for a selection. */
static gboolean
check_override (const SksDecisionRequest *r,
                Change                   *c,
                GError                  **error)
{
  gboolean has_reason = r->override_reason != NULL && *r->override_reason != '\0';
  gboolean has_rules = r->override_rules != NULL && r->override_rules[0] != NULL;
  const char * const *covered = has_rules ? r->override_rules : r->blocking;

  if ((has_reason || has_rules) && r->decision != SKS_DECISION_SELECTED)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("%s: an override is only for a selection"), c->name);
      return FALSE;
    }
  for (guint i = 0; has_rules && r->override_rules[i] != NULL; i++)
    if (!strv_has (r->blocking, r->override_rules[i]))
      {
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                     _("%s: rule %s does not block this candidate’s selection; an override "
                       "names a rule the candidate fails or a check still to be made"),
                     c->name, r->override_rules[i]);
        return FALSE;
      }
  if (has_rules && !has_reason)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("%s: an override of rule %s needs a reason"), c->name, r->override_rules[0]);
      return FALSE;
    }
  for (guint i = 0; r->decision == SKS_DECISION_SELECTED && r->blocking != NULL &&
                    r->blocking[i] != NULL; i++)
    if (!has_reason || !strv_has (covered, r->blocking[i]))
      {
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                     _("%s cannot be selected: rule %s fails or is still to be checked; select "
                       "it only with an override that names the rule and says why"),
                     c->name, r->blocking[i]);
        return FALSE;
      }
  if (has_reason && covered != NULL && covered[0] != NULL)
    c->override = g_strjoinv (", ", (GStrv) covered);
  c->override_reason = c->override ? r->override_reason : NULL;
  return TRUE;
}

static gboolean
check_not_published (SksStore   *self,
                     Decisions  *d,
                     Change     *c,
                     GError    **error)
{
  gboolean started = FALSE;

  if (!sks_store_publication_started (self, d->round_id, d->level, c->recommender_id,
                                      &started, error))
    return FALSE;
  if (started)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                   _("%s: the decision cannot change, the public notice (公示) has started"),
                   c->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
prepare_change (SksStore                 *self,
                Decisions                *d,
                const SksDecisionRequest *r,
                Change                   *c,
                GError                  **error)
{
  c->studio_id = r->studio_id;
  c->decision = r->decision;
  for (guint i = 0; i + 1 < d->changes->len; i++)
    if (g_array_index (d->changes, Change, i).studio_id == r->studio_id)
      {
        g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                     _("Application %lld is named twice"), (long long) r->studio_id);
        return FALSE;
      }
  c->note = r->note && *r->note ? r->note : NULL;
  if (r->decision == SKS_DECISION_NONE || r->decision > SKS_DECISION_RESERVE)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("Application %lld: the decision is selected, not selected or reserve"),
                   (long long) r->studio_id);
      return FALSE;
    }
  if (!read_candidate (self, d->round_id, c, error) ||
      !check_not_published (self, d, c, error) ||
      !check_override (r, c, error) ||
      !read_old_decision (self, d->level, c, error))
    return FALSE;
  c->changed = c->old_decision != c->decision || g_strcmp0 (c->old_override, c->override) != 0;
  return TRUE;
}

static gboolean
write_history (SksStore   *self,
               Decisions  *d,
               Change     *c,
               GError    **error)
{
  g_autoptr(SksHistoryEntry) entry = NULL;

  if (c->old_decision != c->decision)
    {
      entry = sks_history_entry_new_change (d->now, "updated", "decision",
                                            sks_decision_get_nick (c->old_decision),
                                            sks_decision_get_nick (c->decision), d->who,
                                            c->note);
      if (!_sks_store_write_history (self, c->studio_id, entry, error))
        return FALSE;
    }
  if (g_strcmp0 (c->old_override, c->override) != 0)
    {
      g_clear_object (&entry);
      entry = sks_history_entry_new_change (d->now, "updated", "decision-override",
                                            c->old_override, c->override, d->who,
                                            c->override_reason);
      if (!_sks_store_write_history (self, c->studio_id, entry, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_decision (SksStore   *self,
                Decisions  *d,
                Change     *c,
                GError    **error)
{
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self,
      "INSERT INTO decisions (studio_id, round_id, level, decision, override_rule, "
      "override_reason, note, decided, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
      "ON CONFLICT (studio_id, level) DO UPDATE SET round_id = ?2, decision = ?4, "
      "override_rule = ?5, override_reason = ?6, note = ?7, decided = ?8, decided_by = ?9",
      error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->studio_id);
  sqlite3_bind_int64 (stmt, 2, d->round_id);
  sqlite3_bind_text (stmt, 3, level_nick (d->level), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, sks_decision_get_nick (c->decision), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, c->override, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, c->override_reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, c->note, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, d->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, d->who, -1, SQLITE_STATIC);
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  return write_history (self, d, c, error);
}

static gboolean
write_decisions (SksStore  *self,
                 gpointer   data,
                 GError   **error)
{
  Decisions *d = data;

  for (guint i = 0; i < d->changes->len; i++)
    {
      Change *c = &g_array_index (d->changes, Change, i);

      if (c->changed && !write_decision (self, d, c, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_store_record_decisions:
 * @by: (nullable): who decides; %NULL: the store's user
 *
 * See sks-store-decision.h. Every request is checked before anything is
 * written; the writes are one transaction.
 */
gboolean
sks_store_record_decisions (SksStore                 *self,
                            gint64                    round_id,
                            SksPanelLevel             level,
                            const SksDecisionRequest *requests,
                            guint                     n_requests,
                            const char               *by,
                            GError                  **error)
{
  g_auto(Decisions) d = { 0 };
  gboolean any = FALSE;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_requests == 0 || requests != NULL, FALSE);

  if (sks_store_get_read_only (self))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY, "%s",
                   sks_store_get_read_only_reason (self));
      return FALSE;
    }
  d.round_id = round_id;
  d.level = level;
  d.who = by && *by ? by : sks_store_get_user (self);
  d.now = _sks_store_now_iso8601 ();
  d.changes = g_array_sized_new (FALSE, TRUE, sizeof (Change), n_requests);
  g_array_set_clear_func (d.changes, (GDestroyNotify) change_clear);
  for (guint i = 0; i < n_requests; i++)
    {
      Change c = { 0 };

      g_array_append_val (d.changes, c);
      if (!prepare_change (self, &d, &requests[i],
                           &g_array_index (d.changes, Change, i), error))
        return FALSE;
      any |= g_array_index (d.changes, Change, i).changed;
    }
  if (!any)
    return TRUE;
  return _sks_store_in_transaction (self, write_decisions, &d, error);
}
