/* sks-store-bulk.h — every application of a document at once, for the
 * whole-document check (资格审核)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

GPtrArray *sks_store_load_studios_for_rules (SksStore            *self,
                                             const char * const  *fields,
                                             GCancellable        *cancellable,
                                             GError             **error);

G_END_DECLS
