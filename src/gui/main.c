/* main.c — the skill-studio program
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sks-application.h"
#include "sks-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SksApplication) app = NULL;

  sks_i18n_init ();
  /* Process-wide, so set once here rather than in every application's startup. */
  g_set_application_name (_("Skill Studio"));
  app = sks_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
