/* sks-master.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-code-list.h"
#include "sks-id-number.h"
#include "sks-master.h"
#include "sks-problem.h"
#include "sks-validate.h"

struct _SksMaster
{
  GObject  parent_instance;

  char    *name;
  int      gender;
  char    *ethnicity;
  char    *birth;
  char    *political_status;
  char    *position;
  char    *id_number;
  char    *mobile;
  char    *occupation;
  char    *skill_level;
  gboolean occupation_top_level;
  char    *honours;
  char    *unique_skills;
  gint64   full_time_years;
  gboolean frontline;
  int      retirement_category;
  gboolean retired;
  gboolean rehired;
  char    *profile;
  gboolean provincial_honour;
  gboolean state_council_allowance;
  gboolean china_skill_award;
  gboolean qianjiang_skill_award;
};

G_DEFINE_FINAL_TYPE (SksMaster, sks_master, G_TYPE_OBJECT)

static const SksField master_fields[] = {
  SKS_TEXT ("name", "name", N_("Master’s name"), SksMaster, name, 30, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_ENUM ("gender", "gender", N_("Gender"), SksMaster, gender, sks_gender_get_type,
            SKS_FIELD_REQUIRED),
  SKS_CODE ("ethnicity", "ethnicity", N_("Ethnicity"), SksMaster, ethnicity,
            SKS_CODE_LIST_ETHNICITY, SKS_FIELD_REQUIRED),
  SKS_TEXT ("birth", "birth", N_("Year and month of birth"), SksMaster, birth, 7,
            SKS_FIELD_REQUIRED, SKS_FORMAT_YEAR_MONTH),
  SKS_CODE ("political-status", "political_status", N_("Political status"), SksMaster,
            political_status, SKS_CODE_LIST_POLITICAL_STATUS, SKS_FIELD_REQUIRED),
  SKS_TEXT ("position", "position", N_("Master’s position"), SksMaster, position, 50, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("id-number", "id_number", N_("ID number"), SksMaster, id_number, 18,
            SKS_FIELD_REQUIRED | SKS_FIELD_SENSITIVE, SKS_FORMAT_ID_NUMBER),
  SKS_TEXT ("mobile", "mobile", N_("Master’s mobile"), SksMaster, mobile, 20,
            SKS_FIELD_REQUIRED | SKS_FIELD_SENSITIVE, SKS_FORMAT_MOBILE),
  SKS_TEXT ("occupation", "occupation", N_("Occupation (trade)"), SksMaster, occupation, 50,
            SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_CODE ("skill-level", "skill_level", N_("Skill level"), SksMaster, skill_level,
            SKS_CODE_LIST_SKILL_LEVEL, SKS_FIELD_REQUIRED),
  SKS_BOOL ("occupation-top-level", "occupation_top_level",
            N_("Holds the highest level of the occupation"), SksMaster, occupation_top_level),
  SKS_TEXT ("honours", "honours", N_("Honours and awards"), SksMaster, honours, 2000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_TEXT ("unique-skills", "unique_skills", N_("Unique skills"), SksMaster, unique_skills, 2000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_INT ("full-time-years", "full_time_years", N_("Years of full-time work in the city"),
           SksMaster, full_time_years, 0, 60, 0),
  SKS_BOOL ("frontline", "frontline", N_("Works directly in a front-line skilled post"), SksMaster,
            frontline),
  SKS_ENUM ("retirement-category", "retirement_category", N_("Retirement category"), SksMaster,
            retirement_category, sks_retirement_category_get_type, SKS_FIELD_REQUIRED),
  SKS_BOOL ("retired", "retired", N_("Retired"), SksMaster, retired),
  SKS_BOOL ("rehired", "rehired", N_("Rehired after retirement"), SksMaster, rehired),
  SKS_TEXT ("profile", "profile", N_("Master’s profile"), SksMaster, profile, 20000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  /* Honours the rules read (schema version 4): 获得省市荣誉的优秀高技能人才
   * (湖州 二、1), and for Hangzhou's honorary studios 享受国务院政府特殊津贴、
   * “中华技能大奖”、“钱江技能大奖”. The free-text honours above stay the record. */
  SKS_BOOL ("provincial-honour", "provincial_honour",
            N_("Provincial or municipal honour as an outstanding high-skill talent"), SksMaster,
            provincial_honour),
  SKS_BOOL ("state-council-allowance", "state_council_allowance",
            N_("Receives the State Council special allowance"), SksMaster,
            state_council_allowance),
  SKS_BOOL ("china-skill-award", "china_skill_award", N_("Winner of the China Skill Award"),
            SksMaster, china_skill_award),
  SKS_BOOL ("qianjiang-skill-award", "qianjiang_skill_award",
            N_("Winner of the Qianjiang Skill Award"), SksMaster, qianjiang_skill_award),
};

static const SksFieldTable master_table = SKS_FIELD_TABLE (master_fields);
static GParamSpec *properties[G_N_ELEMENTS (master_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_master, master_table, properties)

static void
sks_master_finalize (GObject *object)
{
  sks_field_table_free_values (&master_table, object);
  G_OBJECT_CLASS (sks_master_parent_class)->finalize (object);
}

static void
sks_master_class_init (SksMasterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_master_finalize;
  object_class->get_property = sks_master_get_property;
  object_class->set_property = sks_master_set_property;
  sks_field_table_install (&master_table, object_class, properties);
}

static void
sks_master_init (SksMaster *self)
{
}

SksMaster *
sks_master_new (void)
{
  return g_object_new (SKS_TYPE_MASTER, NULL);
}

const SksFieldTable *
sks_master_get_field_table (void)
{
  return &master_table;
}

#define MASTER_GETTER(type, member, fallback)                                   \
  type sks_master_get_##member (SksMaster *self)                                \
  {                                                                             \
    g_return_val_if_fail (SKS_IS_MASTER (self), fallback);                      \
    return (type) self->member;                                                 \
  }

MASTER_GETTER (const char *, name, NULL)
MASTER_GETTER (SksGender, gender, SKS_GENDER_UNSET)
MASTER_GETTER (const char *, birth, NULL)
MASTER_GETTER (const char *, id_number, NULL)
MASTER_GETTER (const char *, mobile, NULL)
MASTER_GETTER (const char *, occupation, NULL)
MASTER_GETTER (const char *, skill_level, NULL)
MASTER_GETTER (SksRetirementCategory, retirement_category, SKS_RETIREMENT_UNSET)
MASTER_GETTER (gint64, full_time_years, 0)
MASTER_GETTER (gboolean, frontline, FALSE)
MASTER_GETTER (gboolean, retired, FALSE)
MASTER_GETTER (gboolean, rehired, FALSE)
MASTER_GETTER (gboolean, occupation_top_level, FALSE)
MASTER_GETTER (const char *, unique_skills, NULL)
MASTER_GETTER (gboolean, provincial_honour, FALSE)
MASTER_GETTER (gboolean, state_council_allowance, FALSE)
MASTER_GETTER (gboolean, china_skill_award, FALSE)
MASTER_GETTER (gboolean, qianjiang_skill_award, FALSE)

/* The ID number carries the date of birth and the gender (odd 17th digit:
 * male); the form's own fields must agree with it. */
static void
check_id_consistency (SksMaster *self,
                      GPtrArray *problems)
{
  g_autoptr(GDate) birth = sks_id_number_get_birth (self->id_number);
  int year, month;

  if (birth == NULL)
    return;

  /* The conflict is shown under both fields: either may be the wrong one. */
  if (sks_parse_year_month (self->birth, &year, &month) &&
      (year != g_date_get_year (birth) || month != (int) g_date_get_month (birth)))
    {
      sks_problems_add (problems, "master", "birth",
                        g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCONSISTENT,
                                     _("%s: does not agree with the date of birth in the ID "
                                       "number"),
                                     _("Year and month of birth")));
      sks_problems_add (problems, "master", "id-number",
                        g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCONSISTENT,
                                     _("%s: its date of birth (%04d-%02d) does not agree with the "
                                       "year and month of birth (%s); correct one of them"),
                                     _("ID number"), g_date_get_year (birth),
                                     g_date_get_month (birth), self->birth));
    }

  if (self->gender != SKS_GENDER_UNSET &&
      self->gender != (int) sks_id_number_get_gender (self->id_number))
    sks_problems_add (problems, "master", "gender",
                      g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCONSISTENT,
                                   _("%s: does not agree with the ID number (its 17th digit is "
                                     "odd for men and even for women)"),
                                   _("Gender")));
}

static void
check_retirement_category (SksMaster *self,
                           GPtrArray *problems)
{
  gboolean male_category = self->retirement_category == SKS_RETIREMENT_MALE_60;

  if (self->retirement_category == SKS_RETIREMENT_UNSET || self->gender == SKS_GENDER_UNSET)
    return;
  if (male_category != (self->gender == SKS_GENDER_MALE))
    sks_problems_add (problems, "master", "retirement-category",
                      g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCONSISTENT,
                                   _("%s: does not fit the gender"), _("Retirement category")));
}

static void
check_rehired (SksMaster *self,
               GPtrArray *problems)
{
  if (self->rehired && !self->retired)
    sks_problems_add (problems, "master", "rehired",
                      g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCONSISTENT,
                                   _("%s: only a retired master can be rehired"),
                                   _("Rehired after retirement")));
}

/**
 * sks_master_check_consistency:
 * @problems: (element-type SksProblem): where to add what is found
 *
 * Adds the problems that involve two fields at once (the ID number against
 * the birth and the gender, the retirement category against the gender), so
 * a form can show each under every field concerned.
 */
void
sks_master_check_consistency (SksMaster *self,
                              GPtrArray *problems)
{
  g_return_if_fail (SKS_IS_MASTER (self));

  if (self->id_number && sks_id_number_validate ("", self->id_number, NULL))
    check_id_consistency (self, problems);
  check_retirement_category (self, problems);
  check_rehired (self, problems);
}

void
sks_master_validate (SksMaster *self,
                     GPtrArray *problems,
                     gboolean   complete)
{
  g_return_if_fail (SKS_IS_MASTER (self));

  sks_problems_add_fields (problems, "master", &master_table, G_OBJECT (self), complete);
  sks_master_check_consistency (self, problems);
}
