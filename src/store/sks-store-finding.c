/* sks-store-finding.c — recording findings (核实): the check's state, who,
 * when and note in the application's row, the evidence in finding_evidence,
 * and every change in the application's history, in one transaction
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-store-finding.h"
#include "sks-store-private.h"

static const char *const result_nicks[] = { "met", "not-met", "clear" };

const char *
sks_finding_result_get_nick (SksFindingResult result)
{
  g_return_val_if_fail (result <= SKS_FINDING_CLEAR, NULL);
  return result_nicks[result];
}

gboolean
sks_finding_result_from_nick (const char       *nick,
                              SksFindingResult *result)
{
  for (guint i = 0; nick != NULL && i < G_N_ELEMENTS (result_nicks); i++)
    if (g_str_equal (nick, result_nicks[i]))
      {
        *result = i;
        return TRUE;
      }
  return FALSE;
}

/* Returns: the result as the form's buttons name it */
const char *
sks_finding_result_get_label (SksFindingResult result)
{
  switch (result)
    {
    case SKS_FINDING_MET:
      return C_("finding", "Met");
    case SKS_FINDING_NOT_MET:
      return C_("finding", "Not met");
    case SKS_FINDING_CLEAR:
    default:
      return C_("finding", "To be checked");
    }
}

/* One statement per item, so that no SQL is put together from strings;
 * the columns are those of the item's fields in sks-studio.c. */
#define UPDATE_CHECK_SQL(col)                                                      \
  "UPDATE studios SET modified = ?1, " col "_check = ?2, " col "_checked_by = ?3, "  \
  col "_checked_on = ?4, " col "_check_note = ?5 WHERE id = ?6 AND deleted IS NULL"

static const char *const update_check_sql[SKS_N_CHECK_ITEMS] = {
  UPDATE_CHECK_SQL ("conduct"),
  UPDATE_CHECK_SQL ("project"),
  UPDATE_CHECK_SQL ("training"),
  UPDATE_CHECK_SQL ("support_site"),
  UPDATE_CHECK_SQL ("support_equipment"),
  UPDATE_CHECK_SQL ("support_funding"),
  UPDATE_CHECK_SQL ("support_rules"),
};

/* The item's four fields (state, by, on, note), next to each other in the
 * studio's field table. */
static SksFieldTable
check_fields (SksCheckItem item)
{
  g_autofree char *name = g_strconcat (sks_check_item_get_name (item), "-check", NULL);
  const SksField *first = sks_field_table_lookup (sks_studio_get_field_table (), name);
  SksFieldTable table = { first, 4 };

  g_assert (first != NULL);
  g_assert (g_str_has_suffix (first[3].name, "-check-note"));
  return table;
}

/**
 * sks_store_list_finding_evidence:
 *
 * The attachments a finding on @item of application @studio_id rests on.
 *
 * Returns: (transfer full) (element-type gint64): their ids, in ascending
 *   order; %NULL on error
 */
GArray *
sks_store_list_finding_evidence (SksStore      *self,
                                 gint64         studio_id,
                                 SksCheckItem   item,
                                 GError       **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);
  g_return_val_if_fail (item < SKS_N_CHECK_ITEMS, NULL);

  stmt = _sks_store_get_statement (self, "SELECT attachment_id FROM finding_evidence "
                                   "WHERE studio_id = ?1 AND item = ?2 ORDER BY attachment_id",
                                   error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, studio_id);
  sqlite3_bind_text (stmt, 2, sks_check_item_get_name (item), -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!_sks_store_rows_done (self, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

typedef struct {
  SksStudio              *stored;
  SksStudio              *changed;
  const SksFindingRecord *record;
  GArray                 *evidence;   /* sorted, without duplicates */
  GPtrArray              *entries;
  const char             *now;
} Finding;

static void
finding_clear (Finding *f)
{
  g_clear_object (&f->stored);
  g_clear_object (&f->changed);
  g_clear_pointer (&f->evidence, g_array_unref);
  g_clear_pointer (&f->entries, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Finding, finding_clear)

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static SksAttachment *
find_attachment (SksStudio *studio,
                 gint64     id)
{
  GListModel *attachments = sks_studio_get_attachments (studio);

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);
      if (sks_attachment_get_id (attachment) == id)
        return attachment;   /* the studio keeps it alive */
    }
  return NULL;
}

/* The evidence asked for, each an attachment of this application. */
static gboolean
collect_evidence (Finding  *f,
                  GError  **error)
{
  const SksFindingRecord *record = f->record;

  f->evidence = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (record->result == SKS_FINDING_CLEAR && record->n_evidence > 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID, "%s",
                   _("Evidence: a cleared finding rests on no attachments"));
      return FALSE;
    }
  for (guint i = 0; i < record->n_evidence; i++)
    {
      gint64 id = record->evidence[i];

      if (find_attachment (f->stored, id) == NULL)
        {
          g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                       _("Evidence: application %lld has no attachment %lld"),
                       (long long) sks_studio_get_id (f->stored), (long long) id);
          return FALSE;
        }
      g_array_append_val (f->evidence, id);
    }
  g_array_sort (f->evidence, compare_ids);
  for (guint i = 1; i < f->evidence->len; i++)
    if (g_array_index (f->evidence, gint64, i) == g_array_index (f->evidence, gint64, i - 1))
      g_array_remove_index (f->evidence, i--);
  return TRUE;
}

/* The new state of the item, checked field by field. */
static gboolean
apply_record (Finding     *f,
              const char  *who,
              GError     **error)
{
  const SksFindingRecord *record = f->record;
  SksFieldTable fields = check_fields (record->item);
  g_autofree char *today = NULL;
  const char *on = record->on;

  f->changed = sks_studio_dup (f->stored);
  if (record->result == SKS_FINDING_CLEAR)
    {
      sks_studio_set_check (f->changed, record->item, SKS_CHECK_UNCHECKED, NULL, NULL, NULL);
      return TRUE;
    }
  if (on == NULL || *on == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      on = today = g_date_time_format (now, "%Y-%m-%d");
    }
  sks_studio_set_check (f->changed, record->item,
                        record->result == SKS_FINDING_MET ? SKS_CHECK_CONFIRMED
                                                          : SKS_CHECK_NOT_MET,
                        record->by && *record->by ? record->by : who, on,
                        record->note && *record->note ? record->note : NULL);
  for (guint i = 0; i < fields.n_fields; i++)
    if (!sks_field_validate (&fields.fields[i], G_OBJECT (f->changed), FALSE, error))
      return FALSE;   /* the message names the field */
  return TRUE;
}

static char *
describe_evidence (SksStudio *studio,
                   GArray    *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      SksAttachment *attachment = find_attachment (studio, id);

      if (text->len > 0)
        g_string_append (text, "、");
      if (attachment != NULL)
        g_string_append (text, sks_attachment_get_name (attachment));
      else
        g_string_append_printf (text, "#%" G_GINT64_FORMAT, id);
    }
  return g_string_free (text, FALSE);
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) != g_array_index (b, gint64, i))
      return FALSE;
  return TRUE;
}

/* The history: one entry per changed field, and one for the evidence as
 * "<item>-evidence" with the attachments' names before and after. */
static gboolean
describe_finding (SksStore    *self,
                  Finding     *f,
                  const char  *who,
                  GError     **error)
{
  SksCheckItem item = f->record->item;
  g_autoptr(GArray) before = NULL;

  f->entries = _sks_store_describe_changes (f->stored, f->changed, f->now, who,
                                            f->record->reason && *f->record->reason
                                              ? f->record->reason : NULL);
  before = sks_store_list_finding_evidence (self, sks_studio_get_id (f->stored), item, error);
  if (before == NULL)
    return FALSE;
  if (!same_ids (before, f->evidence))
    {
      g_autofree char *field = g_strconcat (sks_check_item_get_name (item), "-evidence", NULL);
      g_autofree char *old_text = describe_evidence (f->stored, before);
      g_autofree char *new_text = describe_evidence (f->stored, f->evidence);

      g_ptr_array_add (f->entries,
                       sks_history_entry_new_change (f->now, "updated", field,
                                                     *old_text ? old_text : NULL,
                                                     *new_text ? new_text : NULL, who,
                                                     f->record->reason && *f->record->reason
                                                       ? f->record->reason : NULL));
    }
  return TRUE;
}

static gboolean
write_check_row (SksStore  *self,
                 Finding   *f,
                 GError   **error)
{
  SksFieldTable fields = check_fields (f->record->item);
  g_autoptr(SksCachedStmt) stmt =
    _sks_store_get_statement (self, update_check_sql[f->record->item], error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, f->now, -1, SQLITE_TRANSIENT);
  _sks_store_bind_fields (stmt, 2, &fields, G_OBJECT (f->changed));
  sqlite3_bind_int64 (stmt, 6, sks_studio_get_id (f->stored));
  if (!_sks_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (_sks_store_get_db (self)) == 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                   _("The application was deleted meanwhile"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_evidence (SksStore  *self,
                Finding   *f,
                GError   **error)
{
  gint64 studio_id = sks_studio_get_id (f->stored);
  const char *item = sks_check_item_get_name (f->record->item);
  g_autoptr(SksCachedStmt) remove = NULL;

  remove = _sks_store_get_statement (self, "DELETE FROM finding_evidence "
                                     "WHERE studio_id = ?1 AND item = ?2", error);
  if (remove == NULL)
    return FALSE;
  sqlite3_bind_int64 (remove, 1, studio_id);
  sqlite3_bind_text (remove, 2, item, -1, SQLITE_STATIC);
  if (!_sks_store_step_done (self, remove, error))
    return FALSE;
  for (guint i = 0; i < f->evidence->len; i++)
    {
      g_autoptr(SksCachedStmt) insert =
        _sks_store_get_statement (self, "INSERT INTO finding_evidence (studio_id, item, "
                                  "attachment_id) VALUES (?1, ?2, ?3)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, studio_id);
      sqlite3_bind_text (insert, 2, item, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 3, g_array_index (f->evidence, gint64, i));
      if (!_sks_store_step_done (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_finding (SksStore  *self,
               gpointer   data,
               GError   **error)
{
  Finding *f = data;

  if (!write_check_row (self, f, error) || !write_evidence (self, f, error))
    return FALSE;
  for (guint i = 0; i < f->entries->len; i++)
    if (!_sks_store_write_history (self, sks_studio_get_id (f->stored),
                                   g_ptr_array_index (f->entries, i), error))
      return FALSE;
  return TRUE;
}

static SksStudio *
load_for_finding (SksStore  *self,
                  gint64     studio_id,
                  GError   **error)
{
  gboolean deleted = FALSE;

  if (!sks_store_get_studio_state (self, studio_id, NULL, &deleted, error))
    return NULL;
  if (deleted)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED,
                   _("Application %lld is in the trash; restore it first"),
                   (long long) studio_id);
      return NULL;
    }
  return sks_store_load_studio (self, studio_id, error);
}

/**
 * sks_store_record_finding:
 * @studio_id: the application
 * @record: what to record
 *
 * Records a reviewer's finding on one check of an application in one
 * transaction: the check's state, who, the day and the note; the evidence
 * attachments; and one history entry per changed value with the store's
 * user and @record's reason, so that a changed or cleared finding keeps
 * the old one in the history. Recording what is already there writes
 * nothing. On an error nothing changes.
 */
gboolean
sks_store_record_finding (SksStore               *self,
                          gint64                  studio_id,
                          const SksFindingRecord *record,
                          GError                **error)
{
  g_auto(Finding) f = { 0 };
  g_autofree char *now = _sks_store_now_iso8601 ();
  const char *who;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (record->item < SKS_N_CHECK_ITEMS, FALSE);
  g_return_val_if_fail (record->result <= SKS_FINDING_CLEAR, FALSE);
  g_return_val_if_fail (record->n_evidence == 0 || record->evidence != NULL, FALSE);

  if (sks_store_get_read_only (self))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY, "%s",
                   sks_store_get_read_only_reason (self));
      return FALSE;
    }
  who = sks_store_get_user (self);
  f.record = record;
  f.now = now;
  if ((f.stored = load_for_finding (self, studio_id, error)) == NULL ||
      !collect_evidence (&f, error) ||
      !apply_record (&f, who, error) ||
      !describe_finding (self, &f, who, error))
    return FALSE;
  if (f.entries->len == 0)
    return TRUE;   /* nothing changed */
  return _sks_store_in_transaction (self, write_finding, &f, error);
}
