/* sks-i18n.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sks-i18n.h"

/* Sets the locale from the environment and binds the message catalogue.
 * SKS_LOCALEDIR points an uninstalled build (meson devenv, tests) at the
 * catalogues in the build tree. */
void
sks_i18n_init (void)
{
  const char *localedir = g_getenv ("SKS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
