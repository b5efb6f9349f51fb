/* sks-store-bulk.h — every application of a document at once, for the
 * whole-document check (资格审核)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

typedef struct _SksStudioReader SksStudioReader;

SksStudioReader *sks_studio_reader_new  (SksStore            *store,
                                         const char * const  *fields,
                                         gint64               from_id,
                                         gint64               to_id,
                                         GError             **error);
gboolean         sks_studio_reader_next (SksStudioReader     *reader,
                                         SksStudio           *studio,
                                         GError             **error);
void             sks_studio_reader_free (SksStudioReader     *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksStudioReader, sks_studio_reader_free)

gboolean   sks_store_get_studio_id_range    (SksStore            *self,
                                             gint64              *min_id,
                                             gint64              *max_id,
                                             GError             **error);
GPtrArray *sks_store_load_studios_for_rules (SksStore            *self,
                                             const char * const  *fields,
                                             GCancellable        *cancellable,
                                             GError             **error);

G_END_DECLS
