/* sks-store-private.h — shared between the store's files and its tests
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "sks-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* A statement from the store's cache; reset when it goes out of scope, so
 * that no read transaction stays open behind the caller's back. */
typedef struct sqlite3_stmt SksCachedStmt;

static inline void
sks_cached_stmt_release (SksCachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksCachedStmt, sks_cached_stmt_release)

/* 'SKST': marks a SQLite file as a Skill Studio document. */
#define SKS_STORE_APPLICATION_ID 0x534B5354

sqlite3 *_sks_store_get_db            (SksStore    *self);
gboolean _sks_store_exec              (sqlite3     *db,
                                       const char  *sql,
                                       GError     **error);
void     _sks_store_set_sqlite_error  (GError     **error,
                                       sqlite3     *db,
                                       int          rc,
                                       const char  *what);
int      _sks_store_read_user_version (sqlite3     *db);
gboolean _sks_store_migrate           (sqlite3     *db,
                                       int          from_version,
                                       int          to_version,
                                       GError     **error);
gboolean _sks_store_check_integrity   (sqlite3     *db,
                                       GError     **error);

/* sks-store-check.c */
typedef struct {
  goffset  size;
  gboolean regular;         /* a regular file, not a folder or a device */
  gboolean sqlite;          /* starts with SQLite's 100-byte header */
  gint32   user_version;    /* as the main file's header says (the WAL may hold newer) */
  guint32  application_id;
} SksFileHeader;

gboolean _sks_store_read_header       (const char     *path,
                                       SksFileHeader  *header,
                                       GError        **error);
gboolean _sks_store_identify_file     (const char  *path,
                                       GError     **error);
gboolean _sks_store_check_shape       (sqlite3     *db,
                                       const char  *path,
                                       int          version,
                                       GError     **error);
gboolean _sks_store_check_integrity_full (sqlite3  *db,
                                       GError     **error);
gboolean _sks_store_check_attachments (sqlite3     *db,
                                       gint64       studio_id,
                                       GError     **error);
gboolean _sks_store_attachment_matches (gconstpointer data,
                                       gsize        size,
                                       const char  *sha256);
void     _sks_store_set_attachment_error (GError   **error,
                                       const char  *attachment_name,
                                       const char  *studio_name);
gboolean _sks_store_count_contents    (sqlite3     *db,
                                       gint64      *n_rounds,
                                       gint64      *n_studios);
void     _sks_store_checkpoint        (sqlite3     *db,
                                       gboolean     truncate);
sqlite3 *_sks_store_open_immutable    (const char  *path,
                                       GError     **error);
gboolean _sks_store_ensure_checked    (SksStore    *self,
                                       GError     **error);
char    *_sks_store_make_backup_path  (const char  *document_path);
gboolean _sks_store_copy_database     (sqlite3     *source,
                                       const char  *dest_path,
                                       GError     **error);
gboolean _sks_store_create_private_file (const char *path,
                                       GError     **error);
char    *_sks_store_now_iso8601       (void);

/* Statement cache, transactions and field-table SQL of sks-store.c, for
 * the store's other files. */
SksCachedStmt *_sks_store_get_statement (SksStore    *self,
                                       const char  *sql,
                                       GError     **error);
gboolean _sks_store_step_done         (SksStore     *self,
                                       sqlite3_stmt *stmt,
                                       GError      **error);
gboolean _sks_store_rows_done         (SksStore    *self,
                                       int          rc,
                                       GError     **error);
gboolean _sks_store_in_transaction    (SksStore    *self,
                                       gboolean   (*write) (SksStore *, gpointer, GError **),
                                       gpointer     data,
                                       GError     **error);
void     _sks_store_bind_fields       (sqlite3_stmt        *stmt,
                                       int                  first,
                                       const SksFieldTable *table,
                                       GObject             *object);
void     _sks_store_read_fields       (sqlite3_stmt        *stmt,
                                       int                  first,
                                       const SksFieldTable *table,
                                       GObject             *object);
char    *_sks_store_build_upsert_sql  (const char          *table_name,
                                       const char          *key_columns,
                                       guint                n_keys,
                                       const SksFieldTable *table);
char    *_sks_store_build_select_sql  (const char          *table_name,
                                       const char          *key_columns,
                                       const SksFieldTable *table,
                                       const char          *where);
const char *_sks_store_cached_sql     (SksStore    *self,
                                       const char  *name,
                                       char      *(*build) (void));

/* sks-store-evaluation.c: writes @evaluations (nullable; SksEvaluation)
 * for studio @studio_id inside the caller's transaction; after a rollback
 * the forget function sets their ids back to 0. */
gboolean _sks_store_write_evaluations (SksStore    *self,
                                       GPtrArray   *evaluations,
                                       gint64       studio_id,
                                       GError     **error);
void     _sks_store_forget_evaluation_ids (GPtrArray *evaluations);

/* sks-store-history.c: who changed what. The writers run inside the
 * caller's transaction and record the store's user. */
char      *_sks_store_dup_shown_value   (const SksField  *field,
                                         GObject         *object);
GPtrArray *_sks_store_describe_changes  (SksStudio       *stored,
                                         SksStudio       *studio,
                                         const char      *now,
                                         const char      *who,
                                         const char      *reason);
gboolean   _sks_store_write_history     (SksStore        *self,
                                         gint64           studio_id,
                                         SksHistoryEntry *entry,
                                         GError         **error);
gboolean   _sks_store_write_round_event (SksStore        *self,
                                         gint64           round_id,
                                         const char      *action,
                                         gint64           studio_id,
                                         const char      *studio_name,
                                         const char      *master_name,
                                         const char      *detail,
                                         const char      *reason,
                                         GError         **error);
gboolean   _sks_store_write_evaluation_history (SksStore *self,
                                         SksEvaluation   *stored,
                                         SksEvaluation   *evaluation,
                                         GError         **error);
gboolean   _sks_store_write_studio_event (SksStore       *self,
                                         SksStudio       *studio,
                                         const char      *action,
                                         const char      *detail,
                                         const char      *reason,
                                         GError         **error);

/* sks-store-publication.c: saving cannot take an application to 公示中 or
 * 已认定 (starting the 公示 and recognition do). */
gboolean   _sks_store_check_status_step (SksStudio      *stored,
                                         SksStudio       *studio,
                                         GError         **error);

/* Tests only: create a document at an older schema version. */
sqlite3 *_sks_store_create_at_version (const char  *path,
                                       int          version,
                                       GError     **error);

extern const char *const _sks_store_search_text_sql;
extern const char *const _sks_store_search_text_bulk_sql;

G_END_DECLS
