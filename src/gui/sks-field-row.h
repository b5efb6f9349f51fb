/* sks-field-row.h — one field of a form, bound to a field of a model object:
 * the input its kind calls for, a character counter, the live message
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-field.h"

G_BEGIN_DECLS

#define SKS_TYPE_FIELD_ROW (sks_field_row_get_type ())

G_DECLARE_FINAL_TYPE (SksFieldRow, sks_field_row, SKS, FIELD_ROW, GtkWidget)

GtkWidget      *sks_field_row_new         (const char     *path);
const char     *sks_field_row_get_path    (SksFieldRow    *self);
const char     *sks_field_row_get_label   (SksFieldRow    *self);
void            sks_field_row_bind        (SksFieldRow    *self,
                                           GObject        *object,
                                           const SksField *field);
GObject        *sks_field_row_get_object  (SksFieldRow    *self);
const SksField *sks_field_row_get_field   (SksFieldRow    *self);
GtkWidget      *sks_field_row_get_input   (SksFieldRow    *self);
const char     *sks_field_row_get_message (SksFieldRow    *self);
const char     *sks_field_row_get_display_text (SksFieldRow *self);
void            sks_field_row_set_editable (SksFieldRow   *self,
                                           gboolean        editable);
void            sks_field_row_revalidate  (SksFieldRow    *self);
void            sks_field_row_set_cross_message (SksFieldRow *self,
                                                 const char  *message);
void            sks_field_row_set_complete (SksFieldRow   *self,
                                            gboolean       complete);
GPtrArray      *sks_field_row_collect     (GtkWidget      *root);

G_END_DECLS
