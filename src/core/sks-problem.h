/* sks-problem.h — one validation failure with the path of its field
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* @path names the field as the exchange format does: "master.id-number",
 * "team[2].birth", "unit.postcode". @error carries the translated message. */
typedef struct {
  char   *path;
  GError *error;
} SksProblem;

#define SKS_TYPE_PROBLEM (sks_problem_get_type ())

GType       sks_problem_get_type (void);
SksProblem *sks_problem_new      (const char       *path,
                                  const GError     *error);
SksProblem *sks_problem_copy     (const SksProblem *problem);
void        sks_problem_free     (SksProblem       *problem);

/* Validates every field of @object listed in the table of its type and adds
 * a problem per failure to @problems, with @prefix before each field name. */
void        sks_problems_add_fields (GPtrArray           *problems,
                                     const char          *prefix,
                                     gconstpointer        table,
                                     GObject             *object,
                                     gboolean             complete);
void        sks_problems_add        (GPtrArray           *problems,
                                     const char          *prefix,
                                     const char          *field,
                                     GError              *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksProblem, sks_problem_free)

G_END_DECLS
