/* sks-enums.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-enums.h"

/* value_name holds the English label (a msgid), value_nick the stored key. */

#define SKS_DEFINE_ENUM(TypeName, type_name, ...)                              \
  GType                                                                        \
  type_name##_get_type (void)                                                  \
  {                                                                            \
    static gsize type_id = 0;                                                  \
    static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };     \
    if (g_once_init_enter (&type_id))                                          \
      g_once_init_leave (&type_id,                                             \
                         g_enum_register_static (g_intern_static_string (#TypeName), values)); \
    return type_id;                                                            \
  }

SKS_DEFINE_ENUM (SksGender, sks_gender,
  { SKS_GENDER_UNSET, N_("Not given"), "unset" },
  { SKS_GENDER_MALE, N_("Male"), "male" },
  { SKS_GENDER_FEMALE, N_("Female"), "female" })

SKS_DEFINE_ENUM (SksUnitKind, sks_unit_kind,
  { SKS_UNIT_KIND_UNSET, N_("Not given"), "unset" },
  { SKS_UNIT_KIND_ENTERPRISE, N_("Enterprise"), "enterprise" },
  { SKS_UNIT_KIND_PUBLIC_INSTITUTION, N_("Public institution"), "public-institution" },
  { SKS_UNIT_KIND_INDIVIDUAL_BUSINESS, N_("Individual business"), "individual-business" })

SKS_DEFINE_ENUM (SksFiscalAffiliation, sks_fiscal_affiliation,
  { SKS_FISCAL_UNSET, N_("Not given"), "unset" },
  { SKS_FISCAL_CITY, N_("City level"), "city" },
  { SKS_FISCAL_COUNTY, N_("County"), "county" },
  { SKS_FISCAL_DISTRICT, N_("District"), "district" })

SKS_DEFINE_ENUM (SksRetirementCategory, sks_retirement_category,
  { SKS_RETIREMENT_UNSET, N_("Not given"), "unset" },
  { SKS_RETIREMENT_MALE_60, N_("Male employee (originally 60)"), "male-60" },
  { SKS_RETIREMENT_FEMALE_55, N_("Female cadre (originally 55)"), "female-55" },
  { SKS_RETIREMENT_FEMALE_50, N_("Female worker (originally 50)"), "female-50" })

SKS_DEFINE_ENUM (SksPriorLevel, sks_prior_level,
  { SKS_PRIOR_LEVEL_NONE, N_("None"), "none" },
  { SKS_PRIOR_LEVEL_ENTERPRISE, N_("Enterprise studio"), "enterprise" },
  { SKS_PRIOR_LEVEL_DISTRICT, N_("District or county studio"), "district" })

SKS_DEFINE_ENUM (SksStatus, sks_status,
  { SKS_STATUS_DRAFT, N_("Draft"), "draft" },
  { SKS_STATUS_SUBMITTED, N_("Submitted"), "submitted" },
  { SKS_STATUS_RECOMMENDED, N_("Recommended"), "recommended" },
  { SKS_STATUS_UNDER_REVIEW, N_("Under review"), "under-review" },
  { SKS_STATUS_PUBLICIZED, N_("Public notice"), "publicized" },
  { SKS_STATUS_APPROVED, N_("Approved"), "approved" },
  { SKS_STATUS_NOT_SELECTED, N_("Not selected"), "not-selected" },
  { SKS_STATUS_RENEWED, N_("Renewed"), "renewed" },
  { SKS_STATUS_REVOKED, N_("Revoked"), "revoked" },
  { SKS_STATUS_WITHDRAWN, N_("Withdrawn"), "withdrawn" })

SKS_DEFINE_ENUM (SksAttachmentKind, sks_attachment_kind,
  { SKS_ATTACHMENT_ID_COPY, N_("Copy of ID card"), "id-copy" },
  { SKS_ATTACHMENT_SKILL_CERTIFICATE, N_("Skill certificate"), "skill-certificate" },
  { SKS_ATTACHMENT_HONOUR, N_("Honour certificate"), "honour" },
  { SKS_ATTACHMENT_TECH_ACHIEVEMENT, N_("Technical achievement certificate"), "tech-achievement" },
  { SKS_ATTACHMENT_BUSINESS_LICENCE, N_("Business licence"), "business-licence" },
  { SKS_ATTACHMENT_APPLICATION_REPORT, N_("Application report"), "application-report" },
  { SKS_ATTACHMENT_RECOMMENDATION, N_("Letter of recommendation"), "recommendation" },
  { SKS_ATTACHMENT_MEDIA_REPORT, N_("Media report"), "media-report" },
  { SKS_ATTACHMENT_PUBLICATION, N_("Publication"), "publication" },
  { SKS_ATTACHMENT_AGREEMENT, N_("Studio agreement"), "agreement" },
  { SKS_ATTACHMENT_OTHER, N_("Other"), "other" })

SKS_DEFINE_ENUM (SksRecommenderKind, sks_recommender_kind,
  { SKS_RECOMMENDER_DISTRICT, N_("District"), "district" },
  { SKS_RECOMMENDER_COUNTY, N_("County"), "county" },
  { SKS_RECOMMENDER_ZONE, N_("Functional zone"), "zone" },
  { SKS_RECOMMENDER_CITY_DEPARTMENT, N_("City department"), "city-department" })

SKS_DEFINE_ENUM (SksCheckState, sks_check_state,
  { SKS_CHECK_UNCHECKED, N_("Not yet checked"), "unchecked" },
  { SKS_CHECK_CONFIRMED, N_("Confirmed"), "confirmed" },
  { SKS_CHECK_NOT_MET, N_("Not met"), "not-met" })

const char *
sks_enum_get_label (GType enum_type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? _(ev->value_name) : "";
}

const char *
sks_enum_get_nick (GType enum_type,
                   int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : NULL;
}

gboolean
sks_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}
