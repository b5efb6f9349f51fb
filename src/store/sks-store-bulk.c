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
selection_set (Selection *selection,
               guint      index,
               ReadMode   mode)
{
  if (selection->modes[index] == READ_NONE)
    selection->n_read++;
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
read_field_quiet (sqlite3_stmt   *stmt,
                  int             column,
                  const SksField *field,
                  GObject        *object)
{
  gpointer slot = G_STRUCT_MEMBER_P (object, field->offset);
  const char *text;
  int value = 0;

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      text = (const char *) sqlite3_column_text (stmt, column);
      if (field->format == SKS_FORMAT_CODE && text != NULL)
        {
          const char *canonical = sks_code_list_normalize (sks_code_list_get (field->code_list),
                                                           text);
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
      else if (sks_enum_from_nick (field->enum_type (), text, &value))
        *(int *) slot = value;
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
      read_field_quiet (stmt, column++, &selection->table->fields[i], object);
}

static char *
build_studios_sql (const Selection *selection)
{
  GString *sql = g_string_new ("SELECT id, uuid, round_id, recommender_id, created, modified");

  append_columns (sql, selection, "");
  g_string_append (sql, " FROM studios WHERE deleted IS NULL ORDER BY id");
  return g_string_free (sql, FALSE);
}

static char *
build_parts_sql (const char      *table_name,
                 const Selection *selection,
                 const char      *order)
{
  GString *sql = g_string_new ("SELECT x.studio_id");

  append_columns (sql, selection, "x.");
  g_string_append_printf (sql, " FROM %s x JOIN studios s ON s.id = x.studio_id"
                          " WHERE s.deleted IS NULL ORDER BY %s", table_name, order);
  return g_string_free (sql, FALSE);
}

static gboolean
read_studios (SksStore         *self,
              const Selection  *selection,
              GPtrArray        *studios,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autofree char *sql = build_studios_sql (selection);
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SksStudio *studio = sks_studio_new ();

      sks_studio_set_id (studio, sqlite3_column_int64 (stmt, 0));
      sks_studio_set_uuid (studio, (const char *) sqlite3_column_text (stmt, 1));
      sks_studio_set_round_id (studio, sqlite3_column_int64 (stmt, 2));
      sks_studio_set_recommender_id (studio, sqlite3_column_int64 (stmt, 3));
      sks_studio_set_timestamps (studio, (const char *) sqlite3_column_text (stmt, 4),
                                 (const char *) sqlite3_column_text (stmt, 5));
      read_fields_quiet (stmt, 6, selection, G_OBJECT (studio));
      g_ptr_array_add (studios, studio);
      if (studios->len % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return _sks_store_rows_done (self, rc, error);
}

typedef enum { PART_UNIT, PART_MASTER, PART_MEMBER } Part;

/* The team of one application, added at once: one ::items-changed per
 * application instead of one per member. */
static void
flush_team (SksStudio *studio,
            GPtrArray *members)
{
  if (studio != NULL && members->len > 0)
    g_list_store_splice (G_LIST_STORE (sks_studio_get_team (studio)), 0, 0, members->pdata,
                         members->len);
  g_ptr_array_set_size (members, 0);
}

/* Both lists are in studio order: one pass over each. Rows of applications
 * not in @studios (none, in one read transaction) are skipped. */
static gboolean
read_parts (SksStore         *self,
            const char       *table_name,
            const char       *order,
            const Selection  *selection,
            Part              part,
            GPtrArray        *studios,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(SksCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  SksStudio *current = NULL;
  guint next = 0, n_rows = 0;
  int rc;

  if (selection->n_read == 0 && part != PART_MEMBER)
    return TRUE;
  sql = build_parts_sql (table_name, selection, order);
  if ((stmt = _sks_store_get_statement (self, sql, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 studio_id = sqlite3_column_int64 (stmt, 0);
      GObject *object;

      while (next < studios->len && sks_studio_get_id (studios->pdata[next]) < studio_id)
        next++;
      if (next == studios->len)
        break;
      if (sks_studio_get_id (studios->pdata[next]) != studio_id)
        continue;
      switch (part)
        {
        case PART_UNIT:
          object = G_OBJECT (sks_studio_get_unit (studios->pdata[next]));
          break;
        case PART_MASTER:
          object = G_OBJECT (sks_studio_get_master (studios->pdata[next]));
          break;
        case PART_MEMBER:
        default:
          if (current != studios->pdata[next])
            flush_team (current, members);
          current = studios->pdata[next];
          object = G_OBJECT (sks_team_member_new ());
          g_ptr_array_add (members, object);
          break;
        }
      read_fields_quiet (stmt, 1, selection, object);
      if (++n_rows % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  flush_team (current, members);
  return rc == SQLITE_ROW || _sks_store_rows_done (self, rc, error);
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
  Selections selections;
  sqlite3 *db;
  gboolean own_transaction, ok;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  selections_init (&selections, fields);
  db = _sks_store_get_db (self);
  if (!register_functions (db, error))
    return NULL;
  /* One read transaction, so that the tables agree with each other */
  own_transaction = sqlite3_get_autocommit (db);
  if (own_transaction && !_sks_store_exec (db, "BEGIN", error))
    return NULL;
  ok = read_studios (self, &selections.studio, studios, cancellable, error) &&
       read_parts (self, "units", "x.studio_id", &selections.unit, PART_UNIT, studios,
                   cancellable, error) &&
       read_parts (self, "masters", "x.studio_id", &selections.master, PART_MASTER, studios,
                   cancellable, error) &&
       (selections.member.n_read == 0 ||
        read_parts (self, "team_members", "x.studio_id, x.position", &selections.member,
                    PART_MEMBER, studios, cancellable, error));
  /* Only read: ending the transaction cannot lose anything. */
  if (own_transaction)
    _sks_store_exec (db, "COMMIT", NULL);
  return ok ? g_steal_pointer (&studios) : NULL;
}
