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
char    *_sks_store_make_backup_path  (const char  *document_path);
gboolean _sks_store_copy_database     (sqlite3     *source,
                                       const char  *dest_path,
                                       GError     **error);
gboolean _sks_store_create_private_file (const char *path,
                                       GError     **error);
char    *_sks_store_now_iso8601       (void);

/* Tests only: create a document at an older schema version. */
sqlite3 *_sks_store_create_at_version (const char  *path,
                                       int          version,
                                       GError     **error);

extern const char *const _sks_store_search_text_sql;
extern const char *const _sks_store_search_text_bulk_sql;

G_END_DECLS
