/* sks-print-operation.h — prints an SksPrintDoc through GtkPrintOperation
 * (print, preview, page setup)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-print-doc.h"

G_BEGIN_DECLS

#define SKS_TYPE_PRINT_OPERATION (sks_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SksPrintOperation, sks_print_operation, SKS, PRINT_OPERATION,
                      GtkPrintOperation)

SksPrintOperation *sks_print_operation_new       (SksPrintDoc       *doc);
SksPrintDoc       *sks_print_operation_get_doc   (SksPrintOperation *self);
const GError      *sks_print_operation_get_error (SksPrintOperation *self);

G_END_DECLS
