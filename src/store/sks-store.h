/* sks-store.h — a .skillstudio document: one SQLite file
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-evaluation.h"
#include "sks-recommender.h"
#include "sks-round.h"
#include "sks-round-event.h"
#include "sks-studio.h"
#include "sks-studio-row.h"
#include "sks-trash-entry.h"

G_BEGIN_DECLS

#define SKS_STORE_ERROR (sks_store_error_quark ())

typedef enum {
  SKS_STORE_ERROR_OPEN,            /* the file cannot be opened or created */
  SKS_STORE_ERROR_NOT_A_DOCUMENT,  /* not a Skill Studio document */
  SKS_STORE_ERROR_DAMAGED,         /* the integrity check failed */
  SKS_STORE_ERROR_TOO_NEW,         /* written by a newer version of Skill Studio */
  SKS_STORE_ERROR_READ_ONLY,       /* a write to a read-only view */
  SKS_STORE_ERROR_NOT_FOUND,
  SKS_STORE_ERROR_DUPLICATE,       /* the same application (uuid) is already there */
  SKS_STORE_ERROR_INVALID,         /* a record failed validation */
  SKS_STORE_ERROR_FAILED,          /* any other SQLite failure */
  SKS_STORE_ERROR_ATTACHMENT,      /* an attachment does not match its stored SHA-256 */
  SKS_STORE_ERROR_NOT_ALLOWED,     /* the application's status forbids it (delete, replace) */
} SksStoreError;

typedef enum {
  SKS_STORE_OPEN_DEFAULT   = 0,
  SKS_STORE_OPEN_CREATE    = 1 << 0, /* create the document when it is missing */
  SKS_STORE_OPEN_READ_ONLY = 1 << 1, /* never write, take no lock */
  SKS_STORE_OPEN_DEFER_CHECK = 1 << 2, /* the caller runs sks_store_check_integrity() itself,
                                        * e.g. in a thread after showing the first rows */
  SKS_STORE_OPEN_MEMORY = 1 << 3,     /* a new, empty scratch document in memory only (SQLite
                                        * ":memory:"); the path only names it in messages */
  SKS_STORE_OPEN_ONE_THREAD = 1 << 4, /* only ever used by one thread at a time: SQLite then
                                        * takes no lock on each call (SQLITE_OPEN_NOMUTEX) */
} SksStoreOpenFlags;

/* The schema version this build writes. */
#define SKS_STORE_SCHEMA_VERSION 8
/* Backups kept beside the document. */
#define SKS_STORE_BACKUPS_KEPT 5

#define SKS_TYPE_STORE (sks_store_get_type ())

G_DECLARE_FINAL_TYPE (SksStore, sks_store, SKS, STORE, GObject)

GQuark          sks_store_error_quark           (void);

SksStore       *sks_store_open                  (const char        *path,
                                                 SksStoreOpenFlags  flags,
                                                 GError           **error);
char           *sks_store_dup_default_path      (void);
const char     *sks_store_get_path              (SksStore          *self);
gboolean        sks_store_get_read_only         (SksStore          *self);
const char     *sks_store_get_read_only_reason  (SksStore          *self);
int             sks_store_get_schema_version    (SksStore          *self);
void            sks_store_set_user              (SksStore          *self,
                                                 const char        *name);
const char     *sks_store_get_user              (SksStore          *self);

/* Rounds and recommending units */
GListModel     *sks_store_list_rounds           (SksStore          *self,
                                                 GError           **error);
SksRound       *sks_store_get_round             (SksStore          *self,
                                                 gint64             round_id,
                                                 GError           **error);
SksRound       *sks_store_find_round            (SksStore          *self,
                                                 const char        *key,
                                                 GError           **error);
gboolean        sks_store_save_round            (SksStore          *self,
                                                 SksRound          *round,
                                                 GError           **error);
GListModel     *sks_store_list_recommenders     (SksStore          *self,
                                                 gint64             round_id,
                                                 GError           **error);
SksRecommender *sks_store_find_recommender      (SksStore          *self,
                                                 gint64             round_id,
                                                 const char        *name,
                                                 GError           **error);
gboolean        sks_store_save_recommender      (SksStore          *self,
                                                 SksRecommender    *recommender,
                                                 GError           **error);
gboolean        sks_store_create_round          (SksStore          *self,
                                                 SksRound          *round,
                                                 GPtrArray         *recommenders,
                                                 GError           **error);

/* Applications */
gboolean        sks_store_save_studio           (SksStore          *self,
                                                 SksStudio         *studio,
                                                 GError           **error);
gboolean        sks_store_save_studio_with_reason (SksStore        *self,
                                                 SksStudio         *studio,
                                                 const char        *reason,
                                                 GError           **error);
SksStudio      *sks_store_load_studio           (SksStore          *self,
                                                 gint64             id,
                                                 GError           **error);
gint64          sks_store_find_studio_by_uuid   (SksStore          *self,
                                                 const char        *uuid,
                                                 GError           **error);

/* The trash (回收站), sks-store-trash.c: deleting moves there */
gboolean        sks_store_delete_studio         (SksStore          *self,
                                                 gint64             id,
                                                 GError           **error);
gboolean        sks_store_delete_studios        (SksStore          *self,
                                                 const gint64      *ids,
                                                 guint              n_ids,
                                                 GError           **error);
gboolean        sks_store_restore_studio        (SksStore          *self,
                                                 gint64             id,
                                                 GError           **error);
gboolean        sks_store_restore_studios       (SksStore          *self,
                                                 const gint64      *ids,
                                                 guint              n_ids,
                                                 GError           **error);
gboolean        sks_store_purge_deleted         (SksStore          *self,
                                                 gint64             id,
                                                 guint             *n_purged,
                                                 GError           **error);
GListModel     *sks_store_list_deleted_rows     (SksStore          *self,
                                                 GError           **error);
gboolean        sks_store_get_studio_state      (SksStore          *self,
                                                 gint64             id,
                                                 SksStatus         *status,
                                                 gboolean          *deleted,
                                                 GError           **error);

GBytes         *sks_store_load_attachment_data  (SksStore          *self,
                                                 gint64             attachment_id,
                                                 GError           **error);
gint64          sks_store_count_studios         (SksStore          *self,
                                                 gint64             round_id,
                                                 GError           **error);
GArray         *sks_store_list_studio_ids       (SksStore          *self,
                                                 gint64             round_id,
                                                 GError           **error);
GListModel     *sks_store_list_studio_rows      (SksStore          *self,
                                                 gint64             round_id,
                                                 guint              offset,
                                                 guint              limit,
                                                 GError           **error);
GArray         *sks_store_search                (SksStore          *self,
                                                 const char        *text,
                                                 GError           **error);
gboolean        sks_store_import_studios        (SksStore          *self,
                                                 GPtrArray         *studios,
                                                 GError           **error);
gboolean        sks_store_import_studios_with_evaluations (SksStore *self,
                                                 GPtrArray         *studios,
                                                 GPtrArray         *evaluations,
                                                 GError           **error);
gboolean        sks_store_import_studios_replacing (SksStore      *self,
                                                 GPtrArray         *studios,
                                                 GPtrArray         *evaluations,
                                                 GArray            *replace_ids,
                                                 guint             *n_replaced,
                                                 GError           **error);

/* History: who changed what (sks-store-history.c) */
GListModel     *sks_store_list_history          (SksStore          *self,
                                                 gint64             studio_id,
                                                 GError           **error);
GListModel     *sks_store_list_round_history    (SksStore          *self,
                                                 gint64             round_id,
                                                 GError           **error);

/* Evaluations (年度考核, 期满考核) */
GListModel     *sks_store_list_evaluations      (SksStore          *self,
                                                 gint64             studio_id,
                                                 GError           **error);
SksEvaluation  *sks_store_load_evaluation       (SksStore          *self,
                                                 gint64             id,
                                                 GError           **error);
gboolean        sks_store_save_evaluation       (SksStore          *self,
                                                 SksEvaluation     *evaluation,
                                                 GError           **error);
gboolean        sks_store_delete_evaluation     (SksStore          *self,
                                                 gint64             id,
                                                 GError           **error);

/* Safety */
gboolean        sks_store_check_integrity       (SksStore          *self,
                                                 GError           **error);
gboolean        sks_store_verify_attachments    (SksStore          *self,
                                                 gint64             studio_id,
                                                 GError           **error);
gboolean        sks_store_backup_to             (SksStore          *self,
                                                 const char        *dest_path,
                                                 GError           **error);
char           *sks_store_backup_if_due         (SksStore          *self,
                                                 GError           **error);
GStrv           sks_store_list_backups          (const char        *document_path);
gboolean        sks_store_inspect_backup        (const char        *path,
                                                 gint64            *n_rounds,
                                                 gint64            *n_studios,
                                                 GError           **error);
char           *sks_store_find_latest_good_backup (const char      *document_path);
char           *sks_store_find_good_backup      (const char        *document_path,
                                                 gint64            *n_rounds,
                                                 gint64            *n_studios);
char           *sks_store_probe_access          (const char        *document_path);
gboolean        sks_store_restore_backup        (const char        *document_path,
                                                 const char        *backup_path,
                                                 GError           **error);

G_END_DECLS
