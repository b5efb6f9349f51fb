/* sks-attachment.h — a piece of evidence kept inside the document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-enums.h"
#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_ATTACHMENT (sks_attachment_get_type ())

/* File systems allow 255 bytes; a Chinese character takes three. */
#define SKS_ATTACHMENT_MAX_NAME_BYTES 200

G_DECLARE_FINAL_TYPE (SksAttachment, sks_attachment, SKS, ATTACHMENT, GObject)

SksAttachment       *sks_attachment_new             (SksAttachmentKind kind,
                                                     const char       *name,
                                                     const char       *mime_type,
                                                     GBytes           *data);
const SksFieldTable *sks_attachment_get_field_table (void);
gint64               sks_attachment_get_id          (SksAttachment    *self);
void                 sks_attachment_set_id          (SksAttachment    *self,
                                                     gint64            id);
SksAttachmentKind    sks_attachment_get_kind        (SksAttachment    *self);
const char          *sks_attachment_get_name        (SksAttachment    *self);
const char          *sks_attachment_get_mime_type   (SksAttachment    *self);
GBytes              *sks_attachment_get_data        (SksAttachment    *self);
void                 sks_attachment_set_data        (SksAttachment    *self,
                                                     GBytes           *data);
gint64               sks_attachment_get_size        (SksAttachment    *self);
const char          *sks_attachment_get_sha256      (SksAttachment    *self);
void                 sks_attachment_set_stored_digest (SksAttachment  *self,
                                                     gint64            size,
                                                     const char       *sha256);
char                *sks_attachment_safe_name       (const char       *name);

const SksAttachmentKind *sks_attachment_kinds_for_city (const char *city,
                                                        guint      *n_kinds);
void                 sks_attachment_validate        (SksAttachment    *self,
                                                     GPtrArray        *problems,
                                                     const char       *prefix);

G_END_DECLS
