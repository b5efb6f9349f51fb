/* sks-store-history.c — who changed what: the history of an application,
 * one row per changed field, and the events of a round
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-id-number.h"
#include "sks-round-event.h"
#include "sks-store-private.h"
#include "sks-validate.h"

/* A value as lists show it: ID numbers keep their region and last two
 * characters, phones their first three and last four digits. */
char *
_sks_store_dup_shown_value (const SksField *field,
                            GObject        *object)
{
  g_autofree char *value = sks_field_dup_string (field, object);

  if (value == NULL || *value == '\0' || !(field->flags & SKS_FIELD_SENSITIVE))
    return g_steal_pointer (&value);
  if (field->format == SKS_FORMAT_ID_NUMBER)
    return sks_id_number_mask (value);
  return sks_mask_phone (value);
}

static void
add_change (GPtrArray  *entries,
            const char *action,
            const char *field,
            const char *old_value,
            const char *new_value,
            const char *detail,
            const char *now,
            const char *who,
            const char *reason)
{
  SksHistoryEntry *entry = sks_history_entry_new_change (now, action, field, old_value,
                                                         new_value, who, reason);

  if (detail != NULL)
    g_object_set (entry, "detail", detail, NULL);
  g_ptr_array_add (entries, entry);
}

static void
add_field_changes (GPtrArray           *entries,
                   const char          *prefix,
                   const SksFieldTable *table,
                   GObject             *a,
                   GObject             *b,
                   const char          *now,
                   const char          *who,
                   const char          *reason)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const SksField *field = &table->fields[i];
      g_autofree char *va = _sks_store_dup_shown_value (field, a);
      g_autofree char *vb = _sks_store_dup_shown_value (field, b);
      g_autofree char *name = NULL;
      g_autofree char *raw_a = NULL;
      g_autofree char *raw_b = NULL;

      /* Compare the real values: two ID numbers may mask alike. */
      raw_a = sks_field_dup_string (field, a);
      raw_b = sks_field_dup_string (field, b);
      if (g_strcmp0 (raw_a, raw_b) == 0)
        continue;
      name = prefix ? g_strdup_printf ("%s.%s", prefix, field->name) : g_strdup (field->name);
      add_change (entries, g_str_equal (name, "status") ? "status" : "updated", name, va, vb,
                  NULL, now, who, reason);
    }
}

/* Names joined for a summary: "张三、李四". */
static char *
join_names (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, "、");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  return g_string_free (text, FALSE);
}

typedef const char *(*NameFunc) (gpointer item);

/* The items of two lists matched by name, in order: "added 王五; removed
 * 李四; changed 张三", and the names before and after. */
static void
add_list_change (GPtrArray           *entries,
                 const char          *field_name,
                 GListModel          *before,
                 GListModel          *after,
                 NameFunc             get_name,
                 const SksFieldTable *table,
                 const char          *now,
                 const char          *who,
                 const char          *reason)
{
  guint n_before = g_list_model_get_n_items (before);
  g_autofree gboolean *used = g_new0 (gboolean, n_before + 1);
  g_autoptr(GPtrArray) names_before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names_after = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  for (guint i = 0; i < n_before; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (before, i);
      g_ptr_array_add (names_before, g_strdup (get_name (item) ?: ""));
    }
  for (guint i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (after, i);
      const char *name = get_name (item) ?: "";
      guint j;

      g_ptr_array_add (names_after, g_strdup (name));
      for (j = 0; j < n_before; j++)
        if (!used[j] && g_str_equal (g_ptr_array_index (names_before, j), name))
          break;
      if (j == n_before)
        {
          g_string_append_printf (detail, detail->len ? _("; added %s") : _("added %s"), name);
          continue;
        }
      used[j] = TRUE;
      {
        g_autoptr(GObject) old_item = g_list_model_get_item (before, j);
        if (!sks_field_table_equal (table, old_item, item))
          g_string_append_printf (detail, detail->len ? _("; changed %s") : _("changed %s"),
                                  name);
      }
    }
  for (guint j = 0; j < n_before; j++)
    if (!used[j])
      g_string_append_printf (detail, detail->len ? _("; removed %s") : _("removed %s"),
                              (char *) g_ptr_array_index (names_before, j));

  old_text = join_names (names_before);
  new_text = join_names (names_after);
  add_change (entries, "updated", field_name, old_text, new_text,
              detail->len ? detail->str : field_name, now, who, reason);
}

static const char *
member_name (gpointer item)
{
  return sks_team_member_get_name (item);
}

static const char *
attachment_name (gpointer item)
{
  return sks_attachment_get_name (item);
}

/**
 * _sks_store_describe_changes:
 * @stored: the application as the document holds it
 * @studio: the application about to be saved
 *
 * One history entry per changed field of the application, its unit and its
 * master (personal values masked), and one each for the team and the
 * attachments with a summary of what was added, removed or changed.
 *
 * Returns: (transfer full) (element-type SksHistoryEntry): the entries,
 *   empty when nothing changed
 */
GPtrArray *
_sks_store_describe_changes (SksStudio  *stored,
                             SksStudio  *studio,
                             const char *now,
                             const char *who,
                             const char *reason)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  add_field_changes (entries, NULL, sks_studio_get_field_table (), G_OBJECT (stored),
                     G_OBJECT (studio), now, who, reason);
  add_field_changes (entries, "unit", sks_unit_get_field_table (),
                     G_OBJECT (sks_studio_get_unit (stored)),
                     G_OBJECT (sks_studio_get_unit (studio)), now, who, reason);
  add_field_changes (entries, "master", sks_master_get_field_table (),
                     G_OBJECT (sks_studio_get_master (stored)),
                     G_OBJECT (sks_studio_get_master (studio)), now, who, reason);
  if (!sks_studio_team_equal (stored, studio))
    add_list_change (entries, "team", sks_studio_get_team (stored), sks_studio_get_team (studio),
                     member_name, sks_team_member_get_field_table (), now, who, reason);
  if (!sks_studio_attachments_equal (stored, studio))
    add_list_change (entries, "attachments", sks_studio_get_attachments (stored),
                     sks_studio_get_attachments (studio), attachment_name,
                     sks_attachment_get_field_table (), now, who, reason);
  return entries;
}

static char *
build_insert_history (void)
{
  const SksFieldTable *table = sks_history_entry_get_field_table ();
  GString *sql = g_string_new ("INSERT INTO history (studio_id");

  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", %s", table->fields[i].column);
  g_string_append (sql, ") VALUES (?1");
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

/* Inside the caller's transaction. */
gboolean
_sks_store_write_history (SksStore         *self,
                          gint64            studio_id,
                          SksHistoryEntry  *entry,
                          GError          **error)
{
  const char *sql = _sks_store_cached_sql (self, "insert_history", build_insert_history);
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  _sks_store_bind_fields (stmt, 2, sks_history_entry_get_field_table (), G_OBJECT (entry));
  return _sks_store_step_done (self, stmt, error);
}

static char *
build_insert_round_event (void)
{
  const SksFieldTable *table = sks_round_event_get_field_table ();
  GString *sql = g_string_new ("INSERT INTO round_history (round_id");

  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", %s", table->fields[i].column);
  g_string_append (sql, ") VALUES (?1");
  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

/**
 * _sks_store_write_round_event:
 * @action: "status", "imported", "deleted", "restored", …
 * @studio_id: the application, or 0
 * @detail: (nullable): e.g. "submitted → recommended"
 * @reason: (nullable): why, where the user said
 *
 * Records an event of round @round_id by the store's user, inside the
 * caller's transaction. The studio's and master's names are kept with it,
 * so the event outlives a deleted application.
 */
gboolean
_sks_store_write_round_event (SksStore    *self,
                              gint64       round_id,
                              const char  *action,
                              gint64       studio_id,
                              const char  *studio_name,
                              const char  *master_name,
                              const char  *detail,
                              const char  *reason,
                              GError     **error)
{
  const char *sql = _sks_store_cached_sql (self, "insert_round_event", build_insert_round_event);
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);
  g_autoptr(SksRoundEvent) event = sks_round_event_new ();
  g_autofree char *now = _sks_store_now_iso8601 ();

  if (stmt == NULL)
    return FALSE;
  g_object_set (event, "time", now, "who", sks_store_get_user (self), "action", action,
                "detail", detail, "studio-id", studio_id, "studio-name", studio_name,
                "master-name", master_name, "reason", reason, NULL);
  if (round_id != 0)
    sqlite3_bind_int64 (stmt, 1, round_id);
  else
    sqlite3_bind_null (stmt, 1);
  _sks_store_bind_fields (stmt, 2, sks_round_event_get_field_table (), G_OBJECT (event));
  return _sks_store_step_done (self, stmt, error);
}

/* A round event about @studio, named as the document holds it. */
gboolean
_sks_store_write_studio_event (SksStore    *self,
                               SksStudio   *studio,
                               const char  *action,
                               const char  *detail,
                               const char  *reason,
                               GError     **error)
{
  return _sks_store_write_round_event (self, sks_studio_get_round_id (studio), action,
                                       sks_studio_get_id (studio), sks_studio_get_name (studio),
                                       sks_master_get_name (sks_studio_get_master (studio)),
                                       detail, reason, error);
}

static char *
build_select_round_history (void)
{
  return _sks_store_build_select_sql ("round_history", "round_id",
                                      sks_round_event_get_field_table (),
                                      "WHERE ?1 = 0 OR round_id = ?1 ORDER BY id");
}

/**
 * sks_store_list_round_history:
 * @round_id: a round, or 0 for every round
 *
 * Returns: (transfer full) (element-type SksRoundEvent): the round's status
 *   changes, imports, deletions and restores, oldest first; %NULL on error
 */
GListModel *
sks_store_list_round_history (SksStore  *self,
                              gint64     round_id,
                              GError   **error)
{
  const char *sql;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GListStore) events = NULL;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  sql = _sks_store_cached_sql (self, "select_round_history", build_select_round_history);
  if ((stmt = _sks_store_get_statement (self, sql, error)) == NULL)
    return NULL;
  events = g_list_store_new (SKS_TYPE_ROUND_EVENT);
  sqlite3_bind_int64 (stmt, 1, round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksRoundEvent) event = sks_round_event_new ();

      sks_round_event_set_round_id (event, sqlite3_column_int64 (stmt, 0));
      _sks_store_read_fields (stmt, 1, sks_round_event_get_field_table (), G_OBJECT (event));
      g_list_store_append (events, event);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&events));
}

static char *
build_select_all_history (void)
{
  return _sks_store_build_select_sql ("history", "studio_id",
                                      sks_history_entry_get_field_table (),
                                      "WHERE ?1 = 0 OR studio_id = ?1 ORDER BY id");
}

/**
 * sks_store_list_history:
 * @studio_id: an application, or 0 for every application
 *
 * Returns: (transfer full) (element-type SksHistoryEntry): the changes,
 *   oldest first, each knowing its application
 *   (sks_history_entry_get_studio_id()); %NULL on error
 */
GListModel *
sks_store_list_history (SksStore  *self,
                        gint64     studio_id,
                        GError   **error)
{
  const char *sql;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GListStore) entries = NULL;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  sql = _sks_store_cached_sql (self, "select_all_history", build_select_all_history);
  if ((stmt = _sks_store_get_statement (self, sql, error)) == NULL)
    return NULL;
  entries = g_list_store_new (SKS_TYPE_HISTORY_ENTRY);
  sqlite3_bind_int64 (stmt, 1, studio_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(SksHistoryEntry) entry = g_object_new (SKS_TYPE_HISTORY_ENTRY, NULL);

      sks_history_entry_set_studio_id (entry, sqlite3_column_int64 (stmt, 0));
      _sks_store_read_fields (stmt, 1, sks_history_entry_get_field_table (), G_OBJECT (entry));
      g_list_store_append (entries, entry);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&entries));
}

/* Evaluations */

static char *
format_score (gint64 hundredths)
{
  if (hundredths == SKS_SCORE_BLANK)
    return NULL;
  if (hundredths % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, hundredths / 100);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", hundredths / 100,
                          (int) ABS (hundredths % 100));
}

/* "2024 annual": which evaluation an entry is about. */
static char *
describe_evaluation (SksEvaluation *evaluation)
{
  const SksField *kind = sks_field_table_lookup (sks_evaluation_get_field_table (), "kind");
  g_autofree char *nick = sks_field_dup_string (kind, G_OBJECT (evaluation));

  return g_strdup_printf ("%" G_GINT64_FORMAT " %s", sks_evaluation_get_year (evaluation),
                          nick ? nick : "");
}

static gint64
find_score (SksEvaluation *evaluation,
            const char    *item_id,
            SksScoreSide   side)
{
  for (guint i = 0; evaluation != NULL && i < sks_evaluation_get_n_scores (evaluation); i++)
    {
      const SksEvaluationScore *score = sks_evaluation_get_score_at (evaluation, i);

      if (g_strcmp0 (score->item_id, item_id) == 0)
        return side == SKS_SCORE_SELF ? score->self_score : score->assessor_score;
    }
  return SKS_SCORE_BLANK;
}

static gboolean
has_item (SksEvaluation *evaluation,
          const char    *item_id)
{
  for (guint i = 0; i < sks_evaluation_get_n_scores (evaluation); i++)
    if (g_strcmp0 (sks_evaluation_get_score_at (evaluation, i)->item_id, item_id) == 0)
      return TRUE;
  return FALSE;
}

static void
add_score_changes (GPtrArray     *entries,
                   SksEvaluation *a,
                   SksEvaluation *b,
                   SksEvaluation *listed,
                   const char    *what,
                   const char    *now,
                   const char    *who)
{
  static const struct { SksScoreSide side; const char *suffix; } sides[] = {
    { SKS_SCORE_SELF, "self" }, { SKS_SCORE_ASSESSOR, "assessor" },
  };

  for (guint i = 0; listed != NULL && i < sks_evaluation_get_n_scores (listed); i++)
    {
      const char *item_id = sks_evaluation_get_score_at (listed, i)->item_id;

      for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        {
          gint64 va = find_score (a, item_id, sides[s].side);
          gint64 vb = find_score (b, item_id, sides[s].side);
          g_autofree char *field = NULL;
          g_autofree char *ta = NULL;
          g_autofree char *tb = NULL;

          /* The items of @a were all seen in the pass over @a. */
          if (va == vb || (listed == b && a != NULL && has_item (a, item_id)))
            continue;
          field = g_strdup_printf ("%s.%s", item_id, sides[s].suffix);
          ta = format_score (va);
          tb = format_score (vb);
          add_change (entries, "evaluation", field, ta, tb, what, now, who, NULL);
        }
    }
}

/**
 * _sks_store_write_evaluation_history:
 * @stored: (nullable): the evaluation as the document holds it, %NULL for a new one
 * @evaluation: (nullable): the evaluation being saved, %NULL when deleted
 *
 * Records the change of an evaluation in its studio's history, inside the
 * caller's transaction: one entry (action "evaluation") per changed field
 * and per changed score, field "ITEM.self" or "ITEM.assessor".
 */
gboolean
_sks_store_write_evaluation_history (SksStore       *self,
                                     SksEvaluation  *stored,
                                     SksEvaluation  *evaluation,
                                     GError        **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *now = _sks_store_now_iso8601 ();
  const char *who = sks_store_get_user (self);
  SksEvaluation *any = evaluation ? evaluation : stored;
  g_autofree char *what = describe_evaluation (any);

  g_return_val_if_fail (any != NULL, FALSE);

  if (stored == NULL)
    add_change (entries, "evaluation", NULL, NULL, what, _("added"), now, who, NULL);
  else if (evaluation == NULL)
    add_change (entries, "evaluation", NULL, what, NULL, _("deleted"), now, who, NULL);
  else
    {
      const SksFieldTable *table = sks_evaluation_get_field_table ();

      for (guint i = 0; i < table->n_fields; i++)
        {
          g_autofree char *va = sks_field_dup_string (&table->fields[i], G_OBJECT (stored));
          g_autofree char *vb = sks_field_dup_string (&table->fields[i], G_OBJECT (evaluation));
          g_autofree char *field = NULL;

          if (g_strcmp0 (va, vb) == 0)
            continue;
          field = g_strdup_printf ("evaluation.%s", table->fields[i].name);
          add_change (entries, "evaluation", field, va, vb, what, now, who, NULL);
        }
      add_score_changes (entries, stored, evaluation, stored, what, now, who);
      add_score_changes (entries, stored, evaluation, evaluation, what, now, who);
    }

  for (guint i = 0; i < entries->len; i++)
    if (!_sks_store_write_history (self, sks_evaluation_get_studio_id (any),
                                   g_ptr_array_index (entries, i), error))
      return FALSE;
  return TRUE;
}
