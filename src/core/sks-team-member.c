/* sks-team-member.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-code-list.h"
#include "sks-problem.h"
#include "sks-team-member.h"

struct _SksTeamMember
{
  GObject  parent_instance;

  char    *name;
  int      gender;
  char    *birth;
  char    *education;
  char    *occupation;
  char    *skill_level;
  char    *specialty;
  char    *achievements;
  gboolean employed_by_unit;
};

G_DEFINE_FINAL_TYPE (SksTeamMember, sks_team_member, G_TYPE_OBJECT)

/* Annex 3: 成员姓名、性别、年龄、学历、职业（工种）、职业资格等级、技能特长、主要业绩.
 * Name, gender, birth, education and occupation are required: a member
 * without them is incomplete and does not count toward the team rules. */
static const SksField member_fields[] = {
  SKS_TEXT ("name", "name", N_("Member’s name"), SksTeamMember, name, 30, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_ENUM ("gender", "gender", N_("Gender"), SksTeamMember, gender, sks_gender_get_type,
            SKS_FIELD_REQUIRED),
  SKS_TEXT ("birth", "birth", N_("Year and month of birth"), SksTeamMember, birth, 7,
            SKS_FIELD_REQUIRED, SKS_FORMAT_YEAR_MONTH),
  SKS_CODE ("education", "education", N_("Education"), SksTeamMember, education,
            SKS_CODE_LIST_EDUCATION, SKS_FIELD_REQUIRED),
  SKS_TEXT ("occupation", "occupation", N_("Occupation (trade)"), SksTeamMember, occupation, 50,
            SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_CODE ("skill-level", "skill_level", N_("Skill level"), SksTeamMember, skill_level,
            SKS_CODE_LIST_SKILL_LEVEL, 0),
  SKS_TEXT ("specialty", "specialty", N_("Skill specialty"), SksTeamMember, specialty, 500,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_TEXT ("achievements", "achievements", N_("Main achievements"), SksTeamMember, achievements,
            2000, SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_BOOL ("employed-by-unit", "employed_by_unit", N_("Employed by the applying unit"),
            SksTeamMember, employed_by_unit),
};

static const SksFieldTable member_table = SKS_FIELD_TABLE (member_fields);
static GParamSpec *properties[G_N_ELEMENTS (member_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_team_member, member_table, properties)

static void
sks_team_member_finalize (GObject *object)
{
  sks_field_table_free_values (&member_table, object);
  G_OBJECT_CLASS (sks_team_member_parent_class)->finalize (object);
}

static void
sks_team_member_class_init (SksTeamMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_team_member_finalize;
  object_class->get_property = sks_team_member_get_property;
  object_class->set_property = sks_team_member_set_property;
  sks_field_table_install (&member_table, object_class, properties);
}

static void
sks_team_member_init (SksTeamMember *self)
{
  self->employed_by_unit = TRUE;
}

SksTeamMember *
sks_team_member_new (void)
{
  return g_object_new (SKS_TYPE_TEAM_MEMBER, NULL);
}

const SksFieldTable *
sks_team_member_get_field_table (void)
{
  return &member_table;
}

const char *
sks_team_member_get_name (SksTeamMember *self)
{
  g_return_val_if_fail (SKS_IS_TEAM_MEMBER (self), NULL);
  return self->name;
}

gboolean
sks_team_member_get_employed_by_unit (SksTeamMember *self)
{
  g_return_val_if_fail (SKS_IS_TEAM_MEMBER (self), FALSE);
  return self->employed_by_unit;
}

void
sks_team_member_validate (SksTeamMember *self,
                          GPtrArray     *problems,
                          const char    *prefix,
                          gboolean       complete)
{
  g_return_if_fail (SKS_IS_TEAM_MEMBER (self));
  sks_problems_add_fields (problems, prefix, &member_table, G_OBJECT (self), complete);
}

/**
 * sks_team_member_is_complete:
 *
 * Returns: whether every field is valid and every required one filled in:
 *   only such a member counts toward the team rules
 */
gboolean
sks_team_member_is_complete (SksTeamMember *self)
{
  const SksFieldTable *table = &member_table;

  g_return_val_if_fail (SKS_IS_TEAM_MEMBER (self), FALSE);

  for (guint i = 0; i < table->n_fields; i++)
    if (!sks_field_validate (&table->fields[i], G_OBJECT (self), TRUE, NULL))
      return FALSE;
  return TRUE;
}
