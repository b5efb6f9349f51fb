/* sks-store-bulk.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-code-list.h"
#include "sks-enums.h"
#include "sks-store-bulk.h"
#include "sks-store-private.h"

/*
 * sks_store_load_studio() reads one application with six statements and
 * sets every value as a GObject property: for 100,000 applications that is
 * 600,000 statements and some ten million property sets, most of a
 * whole-document check. Here each table is read once, in studio order, and
 * merged with the applications; the values go straight into the objects'
 * fields, as the field tables place them, since no one watches an object
 * that is still being made. What the rules read: the application, its unit,
 * master and team, never history nor attachments.
 */

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
read_fields_quiet (sqlite3_stmt        *stmt,
                   int                  first,
                   const SksFieldTable *table,
                   GObject             *object)
{
  for (guint i = 0; i < table->n_fields; i++)
    read_field_quiet (stmt, first + (int) i, &table->fields[i], object);
}

static char *
build_sql (const char          *table_name,
           const SksFieldTable *table,
           const char          *order)
{
  g_autofree char *where = g_strdup_printf ("JOIN studios s ON s.id = x.studio_id"
                                            " WHERE s.deleted IS NULL ORDER BY %s", order);
  g_autofree char *from = g_strdup_printf ("%s x", table_name);
  GString *sql = g_string_new ("SELECT x.studio_id");

  for (guint i = 0; i < table->n_fields; i++)
    g_string_append_printf (sql, ", x.%s", table->fields[i].column);
  g_string_append_printf (sql, " FROM %s %s", from, where);
  return g_string_free (sql, FALSE);
}

static char *
build_studios_sql (void)
{
  return _sks_store_build_select_sql ("studios",
                                      "id, uuid, round_id, recommender_id, created, modified",
                                      sks_studio_get_field_table (),
                                      "WHERE deleted IS NULL ORDER BY id");
}

static char *
build_units_sql (void)
{
  return build_sql ("units", sks_unit_get_field_table (), "x.studio_id");
}

static char *
build_masters_sql (void)
{
  return build_sql ("masters", sks_master_get_field_table (), "x.studio_id");
}

static char *
build_members_sql (void)
{
  return build_sql ("team_members", sks_team_member_get_field_table (),
                    "x.studio_id, x.position");
}

static gboolean
read_studios (SksStore      *self,
              GPtrArray     *studios,
              GCancellable  *cancellable,
              GError       **error)
{
  const char *sql = _sks_store_cached_sql (self, "bulk_studios", build_studios_sql);
  g_autoptr(SksCachedStmt) stmt = _sks_store_get_statement (self, sql, error);
  const SksFieldTable *table = sks_studio_get_field_table ();
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
      read_fields_quiet (stmt, 6, table, G_OBJECT (studio));
      g_ptr_array_add (studios, studio);
      if (studios->len % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return _sks_store_rows_done (self, rc, error);
}

typedef GObject *(*PartFunc) (SksStudio *studio);

static GObject *
unit_part (SksStudio *studio)
{
  return g_object_ref (G_OBJECT (sks_studio_get_unit (studio)));
}

static GObject *
master_part (SksStudio *studio)
{
  return g_object_ref (G_OBJECT (sks_studio_get_master (studio)));
}

static GObject *
member_part (SksStudio *studio)
{
  SksTeamMember *member = sks_team_member_new ();

  g_list_store_append (G_LIST_STORE (sks_studio_get_team (studio)), member);
  return G_OBJECT (member);
}

/* Both lists are in studio order: one pass over each. Rows of applications
 * not in @studios (none, in one read transaction) are skipped. */
static gboolean
read_parts (SksStore             *self,
            const char           *name,
            char               *(*build) (void),
            const SksFieldTable  *table,
            PartFunc              part,
            GPtrArray            *studios,
            GCancellable         *cancellable,
            GError              **error)
{
  g_autoptr(SksCachedStmt) stmt =
    _sks_store_get_statement (self, _sks_store_cached_sql (self, name, build), error);
  guint next = 0, n_rows = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 studio_id = sqlite3_column_int64 (stmt, 0);
      g_autoptr(GObject) object = NULL;

      while (next < studios->len && sks_studio_get_id (studios->pdata[next]) < studio_id)
        next++;
      if (next == studios->len)
        break;
      if (sks_studio_get_id (studios->pdata[next]) != studio_id)
        continue;
      object = part (studios->pdata[next]);
      read_fields_quiet (stmt, 1, table, object);
      if (++n_rows % 4096 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return rc == SQLITE_ROW || _sks_store_rows_done (self, rc, error);
}

/**
 * sks_store_load_studios_for_rules:
 * @cancellable: (nullable)
 *
 * Loads every application that is not in the trash, in id order, with its
 * unit, master and team: what the rules read (no history, no attachments),
 * as sks_store_load_studio() would give it, in one read transaction.
 *
 * Returns: (transfer full) (element-type SksStudio): the applications, or
 *   %NULL with @error set
 */
GPtrArray *
sks_store_load_studios_for_rules (SksStore      *self,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3 *db;
  gboolean own_transaction, ok;

  g_return_val_if_fail (SKS_IS_STORE (self), NULL);

  /* One read transaction, so that the tables agree with each other */
  db = _sks_store_get_db (self);
  own_transaction = sqlite3_get_autocommit (db);
  if (own_transaction && !_sks_store_exec (db, "BEGIN", error))
    return NULL;
  ok = read_studios (self, studios, cancellable, error) &&
       read_parts (self, "bulk_units", build_units_sql, sks_unit_get_field_table (),
                   unit_part, studios, cancellable, error) &&
       read_parts (self, "bulk_masters", build_masters_sql, sks_master_get_field_table (),
                   master_part, studios, cancellable, error) &&
       read_parts (self, "bulk_members", build_members_sql, sks_team_member_get_field_table (),
                   member_part, studios, cancellable, error);
  /* Only read: ending the transaction cannot lose anything. */
  if (own_transaction)
    _sks_store_exec (db, "COMMIT", NULL);
  return ok ? g_steal_pointer (&studios) : NULL;
}
