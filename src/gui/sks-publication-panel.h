/* sks-publication-panel.h — 公示与认定: a round's public notice at a
 * glance (period, days left, listed studios, objections) and the way to
 * start it, record and resolve objections and recognise
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sks-context.h"

G_BEGIN_DECLS

#define SKS_TYPE_PUBLICATION_PANEL (sks_publication_panel_get_type ())

G_DECLARE_FINAL_TYPE (SksPublicationPanel, sks_publication_panel, SKS, PUBLICATION_PANEL,
                      GtkWindow)

GtkWidget *sks_publication_panel_new      (GtkWindow           *parent,
                                           SksContext          *context,
                                           gint64               round_id);
void       sks_publication_panel_refresh  (SksPublicationPanel *self);
char      *sks_publication_panel_dup_text (SksPublicationPanel *self);
GtkWidget *sks_publication_panel_open_start      (SksPublicationPanel *self);
GtkWidget *sks_publication_panel_open_objection  (SksPublicationPanel *self);
GtkWidget *sks_publication_panel_open_resolve    (SksPublicationPanel *self,
                                                  gint64               objection_id);
GtkWidget *sks_publication_panel_open_recognise  (SksPublicationPanel *self);

G_END_DECLS
