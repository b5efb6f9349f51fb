/* test-cli-help.c — the help texts name every form `print` writes
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

/* Runs the CLI in the C locale and returns what it printed on stdout */
static char *
run_cli (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SKS_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  env = g_environ_unsetenv (env, "LANGUAGE");
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

typedef struct {
  const char *args[4];
  const char *expected;
} HelpCase;

static const HelpCase cases[] = {
  /* The usage line offers all three forms */
  { { "print", "--help", NULL }, "annex2|annex3|evaluation" },
  /* and the description says what evaluation writes */
  { { "print", "--help", NULL }, "evaluation table" },
  /* The command list's summary of print */
  { { "--help", NULL }, "or an evaluation table" },
  /* The evaluation's own help is reached as the print help says */
  { { "print", "evaluation", "--help", NULL }, "--evaluation" },
  /* The longest command name keeps a gap before its summary */
  { { "--help", NULL }, "  publication  Start or show" },
};

static void
test_help (gconstpointer data)
{
  const HelpCase *help = data;
  g_autofree char *out = run_cli (help->args);

  g_assert_nonnull (strstr (out, help->expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SKS_CLI"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/help/%u-%s", i, cases[i].args[0]);

      g_test_add_data_func (name, &cases[i], test_help);
    }
  return g_test_run ();
}
