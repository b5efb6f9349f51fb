/* sks-store-bulk.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-code-list.h"
#include "sks-enums.h"
#include "sks-store-bulk.h"
#include "sks-store-private.h"
#include "sks-validate.h"

/*
 * sks_store_load_studio() reads one application with six statements and
 * sets every value as a GObject property: for 100,000 applications that is
 * 600,000 statements and some ten million property sets, most of a
 * whole-document check. Here each table is read once, in studio order, and
 * merged with the applications; the values go straight into the objects'
 * fields, as the field tables place them, since no one watches an object
 * that is still being made. Only the fields the rules read are read (the
 * rule kinds name them), never history nor attachments. A long free text
 * that a rule only validates (a team member's specialty and achievements,
 * for the team rules' "complete member") is not copied: SQLite validates it
 * where it lies, with the validation's own functions, and the object gets
 * the text only when it is invalid, so that sks_field_validate() and
 * sks_team_member_is_complete() answer as they would on the whole text.
 */

typedef enum {
  READ_NONE,
  READ_VALUE,
  READ_VALIDITY,   /* only whether it is valid: unset when valid or empty, else the text */
} ReadMode;

/* What to read of one table: a mode per field of its field table. */
typedef struct {
  const SksFieldTable *table;
  guint8               modes[64];
  guint                n_read;
  /* Looked up once, not for every value: a field's code list, its enum */
  const SksCodeList   *code_lists[64];
  GEnumClass          *enum_classes[64];
} Selection;

static void
selection_init (Selection           *selection,
                const SksFieldTable *table)
{
  g_assert (table->n_fields <= G_N_ELEMENTS (selection->modes));
  memset (selection, 0, sizeof *selection);
  selection->table = table;
}

static void
selection_clear (Selection *selection)
{
  for (guint i = 0; i < G_N_ELEMENTS (selection->enum_classes); i++)
    g_clear_pointer (&selection->enum_classes[i], g_type_class_unref);
}

static void
selection_set (Selection *selection,
               guint      index,
               ReadMode   mode)
{
  const SksField *field = &selection->table->fields[index];

  if (selection->modes[index] == READ_NONE)
    {
      selection->n_read++;
      if (field->kind == SKS_FIELD_TEXT && field->format == SKS_FORMAT_CODE)
        selection->code_lists[index] = sks_code_list_get (field->code_list);
      else if (field->kind == SKS_FIELD_ENUM)
        selection->enum_classes[index] = g_type_class_ref (field->enum_type ());
    }
  /* A value read for one rule serves those that only validate it. */
  if (selection->modes[index] != READ_VALUE)
    selection->modes[index] = mode;
}

static gboolean
selection_add (Selection  *selection,
               const char *name)
{
  const SksField *field = sks_field_table_lookup (selection->table, name);

  if (field == NULL)
    return FALSE;
  selection_set (selection, (guint) (field - selection->table->fields), READ_VALUE);
  return TRUE;
}

/* Every field, as sks_field_validate() needs them; the free texts that may
 * be empty and have no format, only as valid or not. */
static void
selection_add_all (Selection *selection,
                   gboolean   validity)
{
  for (guint i = 0; i < selection->table->n_fields; i++)
    {
      const SksField *field = &selection->table->fields[i];
      gboolean free_text = field->kind == SKS_FIELD_TEXT && field->format == SKS_FORMAT_NONE &&
                           (field->flags & SKS_FIELD_MULTILINE) &&
                           !(field->flags & SKS_FIELD_REQUIRED);

      selection_set (selection, i, validity && free_text ? READ_VALIDITY : READ_VALUE);
    }
}

typedef struct {
  Selection studio;
  Selection master;
  Selection unit;
  Selection member;
} Selections;

static void
selections_init (Selections         *self,
                 const char * const *fields)
{
  selection_init (&self->studio, sks_studio_get_field_table ());
  selection_init (&self->master, sks_master_get_field_table ());
  selection_init (&self->unit, sks_unit_get_field_table ());
  selection_init (&self->member, sks_team_member_get_field_table ());
  if (fields == NULL)
    {
      selection_add_all (&self->studio, FALSE);
      selection_add_all (&self->master, FALSE);
      selection_add_all (&self->unit, FALSE);
      selection_add_all (&self->member, FALSE);
      return;
    }
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *path = fields[i];
      gboolean known;

      if (g_str_equal (path, "team"))
        {
          selection_add_all (&self->member, TRUE);
          known = TRUE;
        }
      else if (g_str_has_prefix (path, "master."))
        known = selection_add (&self->master, path + strlen ("master."));
      else if (g_str_has_prefix (path, "unit."))
        known = selection_add (&self->unit, path + strlen ("unit."));
      else if (g_str_has_prefix (path, "team."))
        known = selection_add (&self->member, path + strlen ("team."));
      else
        known = selection_add (&self->studio, path);
      if (!known)
        g_critical ("No field “%s” to read", path);
    }
}

/* sks_invalid_text(TEXT, MAX_CHARS, MULTILINE): NULL when TEXT is empty or
 * passes sks_field_validate()'s checks of a free text (valid UTF-8, at most
 * MAX_CHARS characters, one line unless MULTILINE), else TEXT itself. */
static void
invalid_text_fn (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  guint max_chars = (guint) sqlite3_value_int (argv[1]);
  gboolean multiline = sqlite3_value_int (argv[2]) != 0;

  if (text == NULL || *text == '\0' ||
      (sks_check_length ("", text, max_chars, NULL) &&
       (multiline || sks_check_single_line ("", text, NULL))))
    sqlite3_result_null (context);
  else
    sqlite3_result_value (context, argv[0]);
}

static gboolean
register_functions (sqlite3  *db,
                    GError  **error)
{
  int rc = sqlite3_create_function_v2 (db, "sks_invalid_text", 3,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                       NULL, invalid_text_fn, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, rc, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

/* The columns of @selection after the key columns, in field order. */
static void
append_columns (GString         *sql,
                const Selection *selection,
                const char      *prefix)
{
  for (guint i = 0; i < selection->table->n_fields; i++)
    {
      const SksField *field = &selection->table->fields[i];

      if (selection->modes[i] == READ_VALUE)
        g_string_append_printf (sql, ", %s%s", prefix, field->column);
      else if (selection->modes[i] == READ_VALIDITY)
        g_string_append_printf (sql, ", sks_invalid_text (%s%s, %u, %d)", prefix, field->column,
                                field->max_chars, (field->flags & SKS_FIELD_MULTILINE) != 0);
    }
}

/* The value of @column as sks_field_set_from_string() would set it, but
 * without the property machinery (no notification, no pspec lookup). */
static void
read_field_quiet (sqlite3_stmt    *stmt,
                  int              column,
                  const Selection *selection,
                  guint            index,
                  GObject         *object)
{
  const SksField *field = &selection->table->fields[index];
  gpointer slot = G_STRUCT_MEMBER_P (object, field->offset);
  const char *text;
  GEnumValue *value;

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      text = (const char *) sqlite3_column_text (stmt, column);
      if (field->format == SKS_FORMAT_CODE && text != NULL)
        {
          const char *canonical = sks_code_list_normalize (selection->code_lists[index], text);
          if (canonical != NULL)
            text = canonical;
        }
      sks_set_str ((char **) slot, text && *text ? text : NULL);
      break;
    case SKS_FIELD_INT:
      *(gint64 *) slot = sqlite3_column_int64 (stmt, column);
      break;
    case SKS_FIELD_DOUBLE:
      *(double *) slot = sqlite3_column_double (stmt, column);
      break;
    case SKS_FIELD_BOOLEAN:
      *(gboolean *) slot = sqlite3_column_int (stmt, column) != 0;
      break;
    case SKS_FIELD_ENUM:
      text = (const char *) sqlite3_column_text (stmt, column);
      if (text == NULL || *text == '\0')
        *(int *) slot = 0;
      else if ((value = g_enum_get_value_by_nick (selection->enum_classes[index], text)))
        *(int *) slot = value->value;
      else
        g_warning ("Ignoring an unknown value in column %s", field->column);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_fields_quiet (sqlite3_stmt    *stmt,
                   int              first,
                   const Selection *selection,
                   GObject         *object)
{
  int column = first;

  for (guint i = 0; i < selection->table->n_fields; i++)
    if (selection->modes[i] != READ_NONE)
      read_field_quiet (stmt, column++, selection, i, object);
}

/* Every selected field of @object back to the value a new object holds,
 * for a part row an application lacks when the object is used again. */
static void
clear_fields_quiet (const Selection *selection,
                    GObject         *object)
{
  for (guint i = 0; i < selection->table->n_fields; i++)
    {
      const SksField *field = &selection->table->fields[i];
      gpointer slot = G_STRUCT_MEMBER_P (object, field->offset);

      if (selection->modes[i] == READ_NONE)
        continue;
      switch (field->kind)
        {
        case SKS_FIELD_TEXT:
          g_clear_pointer ((char **) slot, g_free);
          break;
        case SKS_FIELD_INT:
          *(gint64 *) slot = 0;
          break;
        case SKS_FIELD_DOUBLE:
          *(double *) slot = 0;
          break;
        case SKS_FIELD_BOOLEAN:
          *(gboolean *) slot = FALSE;
          break;
        case SKS_FIELD_ENUM:
          *(int *) slot = 0;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static char *
build_studios_sql (const Selection *selection)
{
  GString *sql = g_string_new ("SELECT id, uuid, round_id, recommender_id, created, modified");

  append_columns (sql, selection, "");
  g_string_append (sql, " FROM studios WHERE deleted IS NULL AND id >= ?1 AND id < ?2"
                   " ORDER BY id");
  return g_string_free (sql, FALSE);
}

static char *
build_parts_sql (const char      *table_name,
                 const Selection *selection,
                 const char      *order)
{
  GString *sql = g_string_new ("SELECT x.studio_id");

  append_columns (sql, selection, "x.");
  /* No join with the applications: the reader skips the rows of those in
   * the trash as it goes, where a join would look each one up. */
  g_string_append_printf (sql, " FROM %s x WHERE x.studio_id >= ?1 AND x.studio_id < ?2"
                          " ORDER BY %s", table_name, order);
  return g_string_free (sql, FALSE);
}

/* One table of parts (units, masters, team members), read alongside the
 * applications: both are in studio order, so one pass over each. */
typedef struct {
  const Selection *selection;
  sqlite3_stmt    *stmt;   /* NULL when nothing of the table is read */
  int              rc;     /* of the last step: the row under the cursor */
} PartCursor;

struct _SksStudioReader
{
  SksStore     *store;
  Selections    selections;
  sqlite3_stmt *studios;
  PartCursor    units;
  PartCursor    masters;
  PartCursor    members;
  gint64        from_id;
  gint64        to_id;
  gboolean      own_transaction;
  gboolean      done;
};

static gboolean
part_cursor_open (SksStudioReader  *reader,
                  PartCursor       *cursor,
                  const char       *table_name,
                  const char       *order,
                  const Selection  *selection,
                  gboolean          always,
                  GError          **error)
{
  g_autofree char *sql = NULL;

  cursor->selection = selection;
  cursor->rc = SQLITE_DONE;
  if (selection->n_read == 0 && !always)
    return TRUE;
  sql = build_parts_sql (table_name, selection, order);
  if ((cursor->stmt = _sks_store_get_statement (reader->store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (cursor->stmt, 1, reader->from_id);
  sqlite3_bind_int64 (cursor->stmt, 2, reader->to_id);
  cursor->rc = sqlite3_step (cursor->stmt);
  return cursor->rc == SQLITE_ROW || _sks_store_rows_done (reader->store, cursor->rc, error);
}

/* Moves @cursor to the first row of application @studio_id or past it;
 * Returns: whether the row under the cursor is the application's */
static gboolean
part_cursor_seek (SksStudioReader  *reader,
                  PartCursor       *cursor,
                  gint64            studio_id,
                  GError          **error)
{
  while (cursor->rc == SQLITE_ROW && sqlite3_column_int64 (cursor->stmt, 0) < studio_id)
    cursor->rc = sqlite3_step (cursor->stmt);
  if (cursor->rc != SQLITE_ROW && cursor->rc != SQLITE_DONE)
    return _sks_store_rows_done (reader->store, cursor->rc, error), FALSE;
  return cursor->rc == SQLITE_ROW && sqlite3_column_int64 (cursor->stmt, 0) == studio_id;
}

/* The unit or master of the application: its row, or nothing. */
static gboolean
read_part (SksStudioReader  *reader,
           PartCursor       *cursor,
           gint64            studio_id,
           GObject          *object,
           GError          **error)
{
  if (cursor->stmt == NULL)
    return TRUE;
  if (part_cursor_seek (reader, cursor, studio_id, error))
    {
      read_fields_quiet (cursor->stmt, 1, cursor->selection, object);
      cursor->rc = sqlite3_step (cursor->stmt);
    }
  else
    {
      if (cursor->rc != SQLITE_ROW && cursor->rc != SQLITE_DONE)
        return FALSE;
      clear_fields_quiet (cursor->selection, object);
    }
  return TRUE;
}

/* The team in order, into the members the application holds already, so
 * that a studio used again changes its list only when the size differs. */
static gboolean
read_team (SksStudioReader  *reader,
           SksStudio        *studio,
           GError          **error)
{
  PartCursor *cursor = &reader->members;
  GListModel *team = sks_studio_get_team (studio);
  guint n_held = g_list_model_get_n_items (team), n = 0;
  g_autoptr(GPtrArray) added = NULL;

  if (cursor->stmt == NULL)
    return TRUE;
  part_cursor_seek (reader, cursor, sks_studio_get_id (studio), error);
  if (cursor->rc != SQLITE_ROW && cursor->rc != SQLITE_DONE)
    return FALSE;
  while (cursor->rc == SQLITE_ROW &&
         sqlite3_column_int64 (cursor->stmt, 0) == sks_studio_get_id (studio))
    {
      g_autoptr(SksTeamMember) member = NULL;

      if (n < n_held)
        member = g_list_model_get_item (team, n);
      else
        {
          member = sks_team_member_new ();
          if (added == NULL)
            added = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (added, g_object_ref (member));
        }
      read_fields_quiet (cursor->stmt, 1, cursor->selection, G_OBJECT (member));
      n++;
      cursor->rc = sqlite3_step (cursor->stmt);
    }
  if (cursor->rc != SQLITE_ROW && cursor->rc != SQLITE_DONE)
    return _sks_store_rows_done (reader->store, cursor->rc, error);
  /* One ::items-changed per application, not one per member */
  if (added != NULL)
    g_list_store_splice (G_LIST_STORE (team), n_held, 0, added->pdata, added->len);
  else if (n < n_held)
    g_list_store_splice (G_LIST_STORE (team), n, n_held - n, NULL, 0);
  return TRUE;
}

/**
 * sks_studio_reader_new:
 * @fields: (nullable) (array zero-terminated=1): what to read, as
 *   sks_store_load_studios_for_rules() takes it
 * @from_id: the first application id to read
 * @to_id: the id after the last to read (%G_MAXINT64 for all), so that
 *   several readers, each on its own connection, can share a document
 *
 * Reads the applications not in the trash one at a time, in id order, in
 * one read transaction that lasts until sks_studio_reader_free(): for a
 * caller that checks each as it comes and keeps none, so that the document
 * is never held in memory whole.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with @error set
 */
SksStudioReader *
sks_studio_reader_new (SksStore            *store,
                       const char * const  *fields,
                       gint64               from_id,
                       gint64               to_id,
                       GError             **error)
{
  g_autoptr(SksStudioReader) reader = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  db = _sks_store_get_db (store);
  if (!register_functions (db, error))
    return NULL;
  reader = g_new0 (SksStudioReader, 1);
  reader->store = g_object_ref (store);
  reader->from_id = from_id;
  reader->to_id = to_id;
  selections_init (&reader->selections, fields);
  /* One read transaction, so that the tables agree with each other */
  reader->own_transaction = sqlite3_get_autocommit (db);
  if (reader->own_transaction && !_sks_store_exec (db, "BEGIN", error))
    {
      reader->own_transaction = FALSE;
      return NULL;
    }
  sql = build_studios_sql (&reader->selections.studio);
  if ((reader->studios = _sks_store_get_statement (store, sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (reader->studios, 1, from_id);
  sqlite3_bind_int64 (reader->studios, 2, to_id);
  if (!part_cursor_open (reader, &reader->units, "units", "x.studio_id",
                         &reader->selections.unit, FALSE, error) ||
      !part_cursor_open (reader, &reader->masters, "masters", "x.studio_id",
                         &reader->selections.master, FALSE, error) ||
      (reader->selections.member.n_read > 0 &&
       !part_cursor_open (reader, &reader->members, "team_members", "x.studio_id, x.position",
                          &reader->selections.member, TRUE, error)))
    return NULL;
  return g_steal_pointer (&reader);
}

/**
 * sks_studio_reader_next:
 * @studio: where to read the next application: a new #SksStudio, or one
 *   this reader filled before (every field read is set again; its team
 *   keeps its member objects where the sizes allow)
 *
 * Returns: %TRUE with @studio filled; %FALSE after the last application
 *   (@error unset) or when the document cannot be read (@error set)
 */
gboolean
sks_studio_reader_next (SksStudioReader  *reader,
                        SksStudio        *studio,
                        GError          **error)
{
  sqlite3_stmt *stmt = reader->studios;
  gint64 id;
  int rc;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (SKS_IS_STUDIO (studio), FALSE);

  if (reader->done)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      reader->done = TRUE;
      _sks_store_rows_done (reader->store, rc, error);
      return FALSE;
    }
  id = sqlite3_column_int64 (stmt, 0);
  sks_studio_set_id (studio, id);
  sks_studio_set_uuid (studio, (const char *) sqlite3_column_text (stmt, 1));
  sks_studio_set_round_id (studio, sqlite3_column_int64 (stmt, 2));
  sks_studio_set_recommender_id (studio, sqlite3_column_int64 (stmt, 3));
  sks_studio_set_timestamps (studio, (const char *) sqlite3_column_text (stmt, 4),
                             (const char *) sqlite3_column_text (stmt, 5));
  read_fields_quiet (stmt, 6, &reader->selections.studio, G_OBJECT (studio));
  if (!read_part (reader, &reader->units, id, G_OBJECT (sks_studio_get_unit (studio)), error) ||
      !read_part (reader, &reader->masters, id, G_OBJECT (sks_studio_get_master (studio)),
                  error) ||
      !read_team (reader, studio, error))
    {
      reader->done = TRUE;
      return FALSE;
    }
  return TRUE;
}

void
sks_studio_reader_free (SksStudioReader *reader)
{
  if (reader == NULL)
    return;
  if (reader->members.stmt != NULL)
    sks_cached_stmt_release (reader->members.stmt);
  if (reader->masters.stmt != NULL)
    sks_cached_stmt_release (reader->masters.stmt);
  if (reader->units.stmt != NULL)
    sks_cached_stmt_release (reader->units.stmt);
  if (reader->studios != NULL)
    sks_cached_stmt_release (reader->studios);
  /* Only read: ending the transaction cannot lose anything. */
  if (reader->own_transaction)
    _sks_store_exec (_sks_store_get_db (reader->store), "COMMIT", NULL);
  selection_clear (&reader->selections.studio);
  selection_clear (&reader->selections.master);
  selection_clear (&reader->selections.unit);
  selection_clear (&reader->selections.member);
  g_object_unref (reader->store);
  g_free (reader);
}

/**
 * sks_store_get_studio_id_range:
 *
 * The smallest and largest application id, in the trash or not (both 0 in
 * an empty document): to share a read between several readers.
 *
 * Returns: %FALSE with @error set when the document cannot be read
 */
gboolean
sks_store_get_studio_id_range (SksStore  *self,
                               gint64    *min_id,
                               gint64    *max_id,
                               GError   **error)
{
  g_autoptr(SksCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SKS_IS_STORE (self), FALSE);

  if ((stmt = _sks_store_get_statement (self, "SELECT IFNULL (MIN (id), 0), IFNULL (MAX (id), 0)"
                                        " FROM studios", error)) == NULL)
    return FALSE;
  *min_id = *max_id = 0;
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    return _sks_store_rows_done (self, rc, error);
  *min_id = sqlite3_column_int64 (stmt, 0);
  *max_id = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/**
 * sks_store_load_studios_for_rules:
 * @fields: (nullable) (array zero-terminated=1): what to read besides each
 *   application's id, uuid, round and recommending unit: field paths as the
 *   rules name them ("status", "master.birth", "unit.kind"), "team" for
 *   every field of every team member; %NULL for every field
 * @cancellable: (nullable)
 *
 * Loads every application that is not in the trash, in id order, with what
 * @fields names of its unit, master and team, in one read transaction;
 * every other field is left unset, and with "team" a member's free texts
 * are set only when they fail validation (see above). Never history nor
 * attachments. For the rules: the objects are not the applications to show
 * or save.
 *
 * Returns: (transfer full) (element-type SksStudio): the applications, or
 *   %NULL with @error set
 */
GPtrArray *
sks_store_load_studios_for_rules (SksStore            *self,
                                  const char * const  *fields,
                                  GCancellable        *cancellable,
                                  GError             **error)
{
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SksStudioReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  if ((reader = sks_studio_reader_new (self, fields, 0, G_MAXINT64, error)) == NULL)
    return NULL;
  for (;;)
    {
      g_autoptr(SksStudio) studio = sks_studio_new ();

      /* Objects for the rules, which nobody watches */
      sks_studio_unwatch_team (studio);
      if (!sks_studio_reader_next (reader, studio, &local_error))
        break;
      g_ptr_array_add (studios, g_steal_pointer (&studio));
      if (studios->len % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&studios);
}
