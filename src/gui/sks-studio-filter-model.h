/* sks-studio-filter-model.h — the document's rows that an SksStudioFilter
 * lets through, in document order
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-row-store.h"
#include "sks-studio-filter.h"

G_BEGIN_DECLS

#define SKS_TYPE_STUDIO_FILTER_MODEL (sks_studio_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (SksStudioFilterModel, sks_studio_filter_model, SKS, STUDIO_FILTER_MODEL,
                      GObject)

SksStudioFilterModel *sks_studio_filter_model_new        (void);
void                  sks_studio_filter_model_set_rows   (SksStudioFilterModel *self,
                                                          SksRowStore          *rows);
SksRowStore          *sks_studio_filter_model_get_rows   (SksStudioFilterModel *self);
void                  sks_studio_filter_model_set_filter (SksStudioFilterModel *self,
                                                          SksStudioFilter      *filter);
SksStudioFilter      *sks_studio_filter_model_get_filter (SksStudioFilterModel *self);

G_END_DECLS
