/* sks-problem.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sks-field.h"
#include "sks-problem.h"

G_DEFINE_BOXED_TYPE (SksProblem, sks_problem, sks_problem_copy, sks_problem_free)

SksProblem *
sks_problem_new (const char   *path,
                 const GError *error)
{
  SksProblem *problem = g_new0 (SksProblem, 1);

  problem->path = g_strdup (path);
  problem->error = g_error_copy (error);
  return problem;
}

SksProblem *
sks_problem_copy (const SksProblem *problem)
{
  return sks_problem_new (problem->path, problem->error);
}

void
sks_problem_free (SksProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_clear_error (&problem->error);
  g_free (problem);
}

/* Takes ownership of @error. */
void
sks_problems_add (GPtrArray  *problems,
                  const char *prefix,
                  const char *field,
                  GError     *error)
{
  SksProblem *problem = g_new0 (SksProblem, 1);

  problem->path = prefix && *prefix ? g_strconcat (prefix, ".", field, NULL) : g_strdup (field);
  problem->error = error;
  g_ptr_array_add (problems, problem);
}

void
sks_problems_add_fields (GPtrArray     *problems,
                         const char    *prefix,
                         gconstpointer  table_pointer,
                         GObject       *object,
                         gboolean       complete)
{
  const SksFieldTable *table = table_pointer;

  for (guint i = 0; i < table->n_fields; i++)
    {
      GError *error = NULL;

      if (!sks_field_validate (&table->fields[i], object, complete, &error))
        sks_problems_add (problems, prefix, table->fields[i].name, error);
    }
}
