/* sks-char-index.h
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SksCharIndex SksCharIndex;

SksCharIndex *sks_char_index_new        (void);
void          sks_char_index_free       (SksCharIndex *self);
void          sks_char_index_add        (SksCharIndex *self,
                                         guint         row,
                                         const char   *text);
guint         sks_char_index_get_n_rows (SksCharIndex *self);
const guint  *sks_char_index_lookup     (SksCharIndex *self,
                                         const char   *text,
                                         guint        *n_rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksCharIndex, sks_char_index_free)

G_END_DECLS
