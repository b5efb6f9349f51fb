/* sks-studio-complete.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A value that fails validation is kept, so that nothing the user typed is
 * lost; instead the application is incomplete, and an incomplete
 * application takes no step of the procedure forward until it is fixed.
 * Incomplete means: any field of the application whose value fails
 * validation (a wrong format, or two fields that disagree, such as the ID
 * number and the year and month of birth), or any team member who is not
 * complete (a required particular missing, or a value that fails). Required
 * fields of the application itself stay the import's and the rules' concern.
 */

#define G_LOG_DOMAIN "sks-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-problem.h"
#include "sks-studio-complete.h"
#include "sks-validate.h"

/**
 * sks_studio_dup_incomplete:
 *
 * Returns: (transfer full) (element-type SksProblem): what makes the
 *   application incomplete; empty when it is complete
 */
GPtrArray *
sks_studio_dup_incomplete (SksStudio *self)
{
  GPtrArray *problems;
  GListModel *team;

  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);

  problems = sks_studio_validate (self, FALSE);
  /* Members are judged whole, required particulars included, below. */
  for (guint i = problems->len; i > 0; i--)
    if (g_str_has_prefix (((SksProblem *) problems->pdata[i - 1])->path, "team["))
      g_ptr_array_remove_index (problems, i - 1);

  team = sks_studio_get_team (self);
  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);
      g_autofree char *prefix = g_strdup_printf ("team[%u]", i);

      sks_team_member_validate (member, problems, prefix, TRUE);
    }
  return problems;
}

gboolean
sks_studio_is_complete (SksStudio *self)
{
  g_autoptr(GPtrArray) problems = sks_studio_dup_incomplete (self);

  return problems->len == 0;
}

/* "team[2].gender" → "Team member 3 (王芳)" */
static char *
dup_member_label (const char *path,
                  SksStudio  *studio)
{
  guint64 index = g_ascii_strtoull (path + strlen ("team["), NULL, 10);
  GListModel *team = studio ? sks_studio_get_team (studio) : NULL;
  g_autoptr(SksTeamMember) member = NULL;
  const char *name;

  if (team != NULL && index < g_list_model_get_n_items (team))
    member = g_list_model_get_item (team, (guint) index);
  name = member ? sks_team_member_get_name (member) : NULL;
  if (name != NULL && *name != '\0')
    /* Translators: a team member by position and name, before what is wrong */
    return g_strdup_printf (_("Team member %u (%s)"), (guint) index + 1, name);
  return g_strdup_printf (_("Team member %u"), (guint) index + 1);
}

static char *
describe_problems (GPtrArray *problems,
                   guint      max_shown,
                   SksStudio *studio)
{
  GString *text = g_string_new (NULL);
  guint shown = MIN (problems->len, max_shown > 0 ? max_shown : problems->len);

  for (guint i = 0; i < shown; i++)
    {
      SksProblem *problem = problems->pdata[i];

      if (i > 0)
        /* Translators: separates the problems in a list of them */
        g_string_append (text, _("; "));
      if (g_str_has_prefix (problem->path, "team["))
        {
          g_autofree char *member = dup_member_label (problem->path, studio);
          /* Translators: a team member, then what is wrong with one of their fields */
          g_string_append_printf (text, _("%s: %s"), member, problem->error->message);
        }
      else
        g_string_append (text, problem->error->message);
    }
  if (shown < problems->len)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, " (and %u more problem)",
                                         " (and %u more problems)", problems->len - shown),
                            problems->len - shown);
  return g_string_free (text, FALSE);
}

/**
 * sks_problems_describe:
 * @problems: (element-type SksProblem): problems of one application
 * @max_shown: how many to name before "and N more"; 0 for all
 *
 * Returns: (transfer full): the problems' messages, each naming its field
 */
char *
sks_problems_describe (GPtrArray *problems,
                       guint      max_shown)
{
  g_return_val_if_fail (problems != NULL, NULL);
  return describe_problems (problems, max_shown, NULL);
}

/**
 * sks_studio_check_complete:
 *
 * Returns: %FALSE with @error (SKS_VALIDATION_ERROR_INCOMPLETE) naming the
 *   studio and every field to fix when the application is incomplete
 */
gboolean
sks_studio_check_complete (SksStudio  *self,
                           GError    **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *list = NULL;
  const char *name;

  g_return_val_if_fail (SKS_IS_STUDIO (self), FALSE);

  problems = sks_studio_dup_incomplete (self);
  if (problems->len == 0)
    return TRUE;
  list = describe_problems (problems, 0, self);
  name = sks_studio_get_name (self);
  g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCOMPLETE,
               _("“%s” is incomplete; fix these fields first: %s"),
               name && *name ? name : _("Untitled Application"), list);
  return FALSE;
}

/**
 * sks_studio_step_needs_complete:
 * @to: the status a step leads to
 *
 * Returns: whether an incomplete application is kept from the step: every
 *   step is, except taking the application back (撤回), which the unit may
 *   do whatever its state, and returning it to the unit (填报中), which is
 *   how it gets fixed
 */
gboolean
sks_studio_step_needs_complete (SksStatus to)
{
  return to != SKS_STATUS_WITHDRAWN && to != SKS_STATUS_DRAFT;
}

/**
 * sks_studio_check_step:
 * @to: the status the application is to take
 *
 * Returns: %FALSE with @error naming the fields to fix when @to needs a
 *   complete application and this one is not
 */
gboolean
sks_studio_check_step (SksStudio  *self,
                       SksStatus   to,
                       GError    **error)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), FALSE);

  if (!sks_studio_step_needs_complete (to))
    return TRUE;
  return sks_studio_check_complete (self, error);
}
