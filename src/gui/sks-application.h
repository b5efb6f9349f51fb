/* sks-application.h
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-window.h"

G_BEGIN_DECLS

#define SKS_TYPE_APPLICATION (sks_application_get_type ())

G_DECLARE_FINAL_TYPE (SksApplication, sks_application, SKS, APPLICATION, GtkApplication)

SksApplication *sks_application_new       (void);
SksWindow      *sks_application_open_path (SksApplication *self,
                                           const char     *path);
void            sks_application_show_open_error (SksApplication *self,
                                                 const char     *path,
                                                 const GError   *error);
void            sks_application_add_style  (GdkDisplay     *display);

G_END_DECLS
