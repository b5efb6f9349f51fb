/* sks-studio-editor-checks.c — what the form shows beyond each field's own
 * message: a problem two fields have together, under both of them, and
 * whether the application is complete enough for its next status step
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-problem.h"
#include "sks-studio-complete.h"
#include "sks-studio-editor-private.h"

/* The master's fields a cross-field problem can name. */
static const char *const cross_paths[] = {
  "master.birth", "master.id-number", "master.gender", "master.retirement-category",
  "master.rehired",
};

static const char *
find_message (GPtrArray  *problems,
              const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = problems->pdata[i];

      if (g_str_equal (problem->path, path))
        return problem->error->message;
    }
  return NULL;
}

static void
update_cross_messages (SksStudioEditor *self)
{
  g_autoptr(GPtrArray) problems =
    g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);

  sks_master_check_consistency (sks_studio_get_master (self->studio), problems);
  for (guint i = 0; i < G_N_ELEMENTS (cross_paths); i++)
    {
      SksFieldRow *row = sks_studio_editor_find_row (self, cross_paths[i]);

      if (row != NULL)
        sks_field_row_set_cross_message (row, find_message (problems, cross_paths[i]));
    }
}

static void
update_incomplete (SksStudioEditor *self)
{
  g_autoptr(GPtrArray) problems = sks_studio_dup_incomplete (self->studio);
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->incomplete_label), problems->len > 0);
  if (problems->len == 0)
    return;
  list = sks_problems_describe (problems, 3);
  text = g_strdup_printf (_("Incomplete: no further status step until fixed. %s"), list);
  gtk_label_set_text (self->incomplete_label, text);
}

/**
 * _sks_studio_editor_update_checks:
 *
 * Runs after every change of the application (and once it is loaded); the
 * checks read only the application in memory, so typing stays fast.
 */
void
_sks_studio_editor_update_checks (SksStudioEditor *self)
{
  if (self->studio == NULL)
    return;
  update_cross_messages (self);
  update_incomplete (self);
}

/* The incomplete marker's text, or NULL when the application is complete. */
const char *
sks_studio_editor_get_incomplete_message (SksStudioEditor *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->incomplete_label)))
    return NULL;
  return gtk_label_get_text (self->incomplete_label);
}
