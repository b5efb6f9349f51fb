/* sks-enums.h
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Enum values are stored by nick (in SQLite and the exchange format), so a
 * nick, once released, never changes. */

typedef enum {
  SKS_GENDER_UNSET,
  SKS_GENDER_MALE,   /* 男 */
  SKS_GENDER_FEMALE, /* 女 */
} SksGender;

typedef enum {
  SKS_UNIT_KIND_UNSET,
  SKS_UNIT_KIND_ENTERPRISE,          /* 企业 */
  SKS_UNIT_KIND_PUBLIC_INSTITUTION,  /* 事业单位 */
  SKS_UNIT_KIND_INDIVIDUAL_BUSINESS, /* 个体工商户 */
} SksUnitKind;

typedef enum {
  SKS_FISCAL_UNSET,
  SKS_FISCAL_CITY,     /* 市本级 */
  SKS_FISCAL_COUNTY,   /* 县 */
  SKS_FISCAL_DISTRICT, /* 区 */
} SksFiscalAffiliation;

typedef enum {
  SKS_RETIREMENT_UNSET,
  SKS_RETIREMENT_MALE_60,     /* 男职工, originally 60 */
  SKS_RETIREMENT_FEMALE_55,   /* 女干部, originally 55 */
  SKS_RETIREMENT_FEMALE_50,   /* 女工人, originally 50 */
} SksRetirementCategory;

typedef enum {
  SKS_PRIOR_LEVEL_NONE,       /* 无 */
  SKS_PRIOR_LEVEL_ENTERPRISE, /* 企业级 */
  SKS_PRIOR_LEVEL_DISTRICT,   /* 区、县（市）级 */
} SksPriorLevel;

typedef enum {
  SKS_STATUS_DRAFT,         /* 填报中 */
  SKS_STATUS_SUBMITTED,     /* 已申报 */
  SKS_STATUS_RECOMMENDED,   /* 已推荐 */
  SKS_STATUS_UNDER_REVIEW,  /* 评审中 */
  SKS_STATUS_PUBLICIZED,    /* 公示中 */
  SKS_STATUS_APPROVED,      /* 已认定 */
  SKS_STATUS_NOT_SELECTED,  /* 未入选 */
  SKS_STATUS_RENEWED,       /* 已续建 */
  SKS_STATUS_REVOKED,       /* 已撤销 */
  SKS_STATUS_WITHDRAWN,     /* 已撤回 */
} SksStatus;

typedef enum {
  SKS_ATTACHMENT_ID_COPY,            /* 身份证复印件 */
  SKS_ATTACHMENT_SKILL_CERTIFICATE,  /* 职业资格（技能等级）证书 */
  SKS_ATTACHMENT_HONOUR,             /* 技能荣誉证书 */
  SKS_ATTACHMENT_TECH_ACHIEVEMENT,   /* 技术成果证书 */
  SKS_ATTACHMENT_BUSINESS_LICENCE,   /* 营业执照（法人登记证书） */
  SKS_ATTACHMENT_APPLICATION_REPORT, /* 申报报告 / 申办报告 */
  SKS_ATTACHMENT_RECOMMENDATION,     /* 推荐函 */
  SKS_ATTACHMENT_MEDIA_REPORT,       /* 新闻媒体报道 */
  SKS_ATTACHMENT_PUBLICATION,        /* 个人专著、公开发布刊物 */
  SKS_ATTACHMENT_AGREEMENT,          /* 工作协议 */
  SKS_ATTACHMENT_OTHER,              /* 其他 */
} SksAttachmentKind;

typedef enum {
  SKS_RECOMMENDER_DISTRICT,      /* 区 */
  SKS_RECOMMENDER_COUNTY,        /* 县（市） */
  SKS_RECOMMENDER_ZONE,          /* 功能区，如南太湖新区、西湖风景名胜区 */
  SKS_RECOMMENDER_CITY_DEPARTMENT, /* 市级行业主管部门 */
} SksRecommenderKind;

/* A reviewer's confirmation of a condition the notice leaves to judgement
 * (品行, 技术项目, 培养功能, 配套保障): recorded with who and when. */
typedef enum {
  SKS_CHECK_UNCHECKED,  /* 待核实 */
  SKS_CHECK_CONFIRMED,  /* 已核实，符合 */
  SKS_CHECK_NOT_MET,    /* 已核实，不符合 */
} SksCheckState;

#define SKS_TYPE_GENDER (sks_gender_get_type ())
#define SKS_TYPE_UNIT_KIND (sks_unit_kind_get_type ())
#define SKS_TYPE_FISCAL_AFFILIATION (sks_fiscal_affiliation_get_type ())
#define SKS_TYPE_RETIREMENT_CATEGORY (sks_retirement_category_get_type ())
#define SKS_TYPE_PRIOR_LEVEL (sks_prior_level_get_type ())
#define SKS_TYPE_STATUS (sks_status_get_type ())
#define SKS_TYPE_ATTACHMENT_KIND (sks_attachment_kind_get_type ())
#define SKS_TYPE_RECOMMENDER_KIND (sks_recommender_kind_get_type ())
#define SKS_TYPE_CHECK_STATE (sks_check_state_get_type ())

GType sks_gender_get_type               (void);
GType sks_unit_kind_get_type            (void);
GType sks_fiscal_affiliation_get_type   (void);
GType sks_retirement_category_get_type  (void);
GType sks_prior_level_get_type          (void);
GType sks_status_get_type               (void);
GType sks_attachment_kind_get_type      (void);
GType sks_recommender_kind_get_type     (void);
GType sks_check_state_get_type          (void);

/* Translated, human-readable names for enum values (the GEnumValue name
 * holds the English msgid). */
const char *sks_enum_get_label          (GType        enum_type,
                                         int          value);
const char *sks_enum_get_nick           (GType        enum_type,
                                         int          value);
gboolean    sks_enum_from_nick          (GType        enum_type,
                                         const char  *nick,
                                         int         *value);

G_END_DECLS
