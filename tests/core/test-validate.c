/* test-validate.c — field validation driven by the field tables
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-enums.h"
#include "sks-i18n.h"
#include "sks-test-util.h"
#include "sks-validate.h"
#include "test-validate-common.h"

#define OK (-1)
#define TOO_LONG SKS_VALIDATION_ERROR_TOO_LONG
#define FORMAT SKS_VALIDATION_ERROR_FORMAT
#define CHECK_DIGIT SKS_VALIDATION_ERROR_CHECK_DIGIT
#define INVALID_DATE SKS_VALIDATION_ERROR_INVALID_DATE
#define NOT_IN_LIST SKS_VALIDATION_ERROR_NOT_IN_LIST
#define OUT_OF_RANGE SKS_VALIDATION_ERROR_OUT_OF_RANGE

typedef struct {
  const char *type;
  const char *field;
  const char *value;
  guint       repeat;   /* the value this many times; 0 is once */
  int         code;     /* OK, or the SksValidationError expected */
} FieldCase;

/* At least one accepted and one refused value for every field of every type;
 * test_cases_cover_every_field() fails when a field has none. */
static const FieldCase cases[] = {
  /* Honours, support and reviewers' findings (schema version 4) */
  { "master", "provincial-honour", "1", 0, OK },
  { "master", "provincial-honour", "是", 0, FORMAT },
  { "master", "state-council-allowance", "1", 0, OK },
  { "master", "state-council-allowance", "是", 0, FORMAT },
  { "master", "china-skill-award", "1", 0, OK },
  { "master", "china-skill-award", "是", 0, FORMAT },
  { "master", "qianjiang-skill-award", "1", 0, OK },
  { "master", "qianjiang-skill-award", "是", 0, FORMAT },
  { "unit", "innovation-studio", "1", 0, OK },
  { "unit", "innovation-studio", "是", 0, FORMAT },
  { "unit", "self-assessment", "1", 0, OK },
  { "unit", "self-assessment", "是", 0, FORMAT },
  { "studio", "honorary", "1", 0, OK },
  { "studio", "honorary", "是", 0, FORMAT },
  { "studio", "former-national-studio", "1", 0, OK },
  { "studio", "former-national-studio", "是", 0, FORMAT },
  { "studio", "age-justification", "领办人技艺精湛，年龄略超，特此说明。\n（盖章）", 0, OK },
  { "studio", "age-justification", "说", 2001, TOO_LONG },
  { "studio", "conduct-check", "confirmed", 0, OK },
  { "studio", "conduct-check", "not-met", 0, OK },
  { "studio", "conduct-check", "done", 0, NOT_IN_LIST },
  { "studio", "conduct-checked-by", "王珏", 0, OK },
  { "studio", "conduct-checked-by", "王", 31, TOO_LONG },
  { "studio", "conduct-checked-on", "2025-03-18", 0, OK },
  { "studio", "conduct-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "conduct-check-note", "现场查看\t属实", 0, OK },
  { "studio", "conduct-check-note", "注", 501, TOO_LONG },
  { "studio", "project-check", "confirmed", 0, OK },
  { "studio", "project-check", "not-met", 0, OK },
  { "studio", "project-check", "done", 0, NOT_IN_LIST },
  { "studio", "project-checked-by", "王珏", 0, OK },
  { "studio", "project-checked-by", "王", 31, TOO_LONG },
  { "studio", "project-checked-on", "2025-03-18", 0, OK },
  { "studio", "project-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "project-check-note", "现场查看\t属实", 0, OK },
  { "studio", "project-check-note", "注", 501, TOO_LONG },
  { "studio", "training-check", "confirmed", 0, OK },
  { "studio", "training-check", "not-met", 0, OK },
  { "studio", "training-check", "done", 0, NOT_IN_LIST },
  { "studio", "training-checked-by", "王珏", 0, OK },
  { "studio", "training-checked-by", "王", 31, TOO_LONG },
  { "studio", "training-checked-on", "2025-03-18", 0, OK },
  { "studio", "training-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "training-check-note", "现场查看\t属实", 0, OK },
  { "studio", "training-check-note", "注", 501, TOO_LONG },
  { "studio", "support-site-check", "confirmed", 0, OK },
  { "studio", "support-site-check", "not-met", 0, OK },
  { "studio", "support-site-check", "done", 0, NOT_IN_LIST },
  { "studio", "support-site-checked-by", "王珏", 0, OK },
  { "studio", "support-site-checked-by", "王", 31, TOO_LONG },
  { "studio", "support-site-checked-on", "2025-03-18", 0, OK },
  { "studio", "support-site-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "support-site-check-note", "现场查看\t属实", 0, OK },
  { "studio", "support-site-check-note", "注", 501, TOO_LONG },
  { "studio", "support-equipment-check", "confirmed", 0, OK },
  { "studio", "support-equipment-check", "not-met", 0, OK },
  { "studio", "support-equipment-check", "done", 0, NOT_IN_LIST },
  { "studio", "support-equipment-checked-by", "王珏", 0, OK },
  { "studio", "support-equipment-checked-by", "王", 31, TOO_LONG },
  { "studio", "support-equipment-checked-on", "2025-03-18", 0, OK },
  { "studio", "support-equipment-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "support-equipment-check-note", "现场查看\t属实", 0, OK },
  { "studio", "support-equipment-check-note", "注", 501, TOO_LONG },
  { "studio", "support-funding-check", "confirmed", 0, OK },
  { "studio", "support-funding-check", "not-met", 0, OK },
  { "studio", "support-funding-check", "done", 0, NOT_IN_LIST },
  { "studio", "support-funding-checked-by", "王珏", 0, OK },
  { "studio", "support-funding-checked-by", "王", 31, TOO_LONG },
  { "studio", "support-funding-checked-on", "2025-03-18", 0, OK },
  { "studio", "support-funding-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "support-funding-check-note", "现场查看\t属实", 0, OK },
  { "studio", "support-funding-check-note", "注", 501, TOO_LONG },
  { "studio", "support-rules-check", "confirmed", 0, OK },
  { "studio", "support-rules-check", "not-met", 0, OK },
  { "studio", "support-rules-check", "done", 0, NOT_IN_LIST },
  { "studio", "support-rules-checked-by", "王珏", 0, OK },
  { "studio", "support-rules-checked-by", "王", 31, TOO_LONG },
  { "studio", "support-rules-checked-on", "2025-03-18", 0, OK },
  { "studio", "support-rules-checked-on", "2025-02-30", 0, INVALID_DATE },
  { "studio", "support-rules-check-note", "现场查看\t属实", 0, OK },
  { "studio", "support-rules-check-note", "注", 501, TOO_LONG },
  /* SksStudio */
  { "studio", "name", "张伟数控车工技能大师工作室", 0, OK },
  { "studio", "name", "名\n字", 0, FORMAT },
  { "studio", "name", "字", 101, TOO_LONG },
  { "studio", "status", "draft", 0, OK },
  { "studio", "status", "approved", 0, OK },
  { "studio", "status", "archived", 0, NOT_IN_LIST },
  { "studio", "status", "Draft", 0, NOT_IN_LIST },   /* labels are not stored forms */
  { "studio", "location", "湖州市吴兴区织里镇工业园区8号楼3层", 0, OK },
  { "studio", "location", "湖", 200, OK },            /* 600 bytes */
  { "studio", "location", "😀", 200, OK },            /* 800 bytes */
  { "studio", "location", "湖", 201, TOO_LONG },
  { "studio", "location", "😀", 201, TOO_LONG },
  { "studio", "location", "一楼\t二楼", 0, FORMAT },
  { "studio", "area", "126.5", 0, OK },
  { "studio", "area", "0.01", 0, OK },
  { "studio", "area", "1000000", 0, OK },
  { "studio", "area", "-1", 0, OUT_OF_RANGE },
  { "studio", "area", "-0.01", 0, OUT_OF_RANGE },
  { "studio", "area", "1000000.5", 0, OUT_OF_RANGE },
  { "studio", "area", "1e300", 0, OUT_OF_RANGE },
  { "studio", "facilities", "车床3台\n铣床2台\t（进口）", 0, OK },
  { "studio", "facilities", "设", 20001, TOO_LONG },
  { "studio", "achievements", "字", 200, OK },
  { "studio", "achievements", "😀", 200, OK },
  { "studio", "achievements", "字", 201, TOO_LONG },
  { "studio", "achievements", "😀", 201, TOO_LONG },
  { "studio", "introduction", "第一段\r\n第二段", 0, OK },
  { "studio", "introduction", "介", 300, OK },
  { "studio", "introduction", "介", 301, TOO_LONG },
  { "studio", "team-notes", "团队以'老带新'方式运行\n每周研讨一次", 0, OK },
  { "studio", "team-notes", "团", 20001, TOO_LONG },
  { "studio", "industry-chain", "新能源汽车及关键零部件", 0, OK },
  { "studio", "industry-chain", "半导体\n光电", 0, FORMAT },
  { "studio", "industry-chain", "链", 51, TOO_LONG },
  { "studio", "prior-level", "none", 0, OK },
  { "studio", "prior-level", "district", 0, OK },
  { "studio", "prior-level", "city", 0, NOT_IN_LIST },
  { "studio", "application-date", "2024-02-29", 0, OK },
  { "studio", "application-date", "2025-03-17", 0, OK },
  { "studio", "application-date", "2025-02-29", 0, INVALID_DATE },
  { "studio", "application-date", "2025-04-31", 0, INVALID_DATE },
  { "studio", "application-date", "2025-3-17", 0, INVALID_DATE },
  { "studio", "application-date", "2025/03/17", 0, INVALID_DATE },
  { "studio", "application-date", "20250317", 0, INVALID_DATE },
  { "studio", "application-date", "2025-03-170", 0, TOO_LONG },
  { "studio", "received-date", "2025-03-14", 0, OK },
  { "studio", "received-date", "2025-13-01", 0, INVALID_DATE },
  { "studio", "approved-date", "2025-06-30", 0, OK },
  { "studio", "approved-date", "1899-12-31", 0, INVALID_DATE },
  { "studio", "approved-date", "2025-06-00", 0, INVALID_DATE },
  { "studio", "unit-opinion", "同意申报。\n（盖章）", 0, OK },
  { "studio", "unit-opinion", "意", 2001, TOO_LONG },
  { "studio", "recommender-opinion", "经审核，情况属实，同意推荐。", 0, OK },
  { "studio", "recommender-opinion", "意", 2001, TOO_LONG },

  /* SksUnit */
  { "unit", "name", "湖州\"精工\"机械有限公司", 0, OK },
  { "unit", "name", "单", 101, TOO_LONG },
  { "unit", "name", "a\x01b", 0, FORMAT },
  { "unit", "legal-representative", "沈国强", 0, OK },
  { "unit", "legal-representative", "沈\r\n国强", 0, FORMAT },
  { "unit", "legal-representative", "沈", 31, TOO_LONG },
  { "unit", "kind", "enterprise", 0, OK },
  { "unit", "kind", "public-institution", 0, OK },
  { "unit", "kind", "individual-business", 0, OK },
  { "unit", "kind", "government", 0, NOT_IN_LIST },
  { "unit", "kind", "Enterprise", 0, NOT_IN_LIST },
  { "unit", "fiscal-affiliation", "city", 0, OK },
  { "unit", "fiscal-affiliation", "county", 0, OK },
  { "unit", "fiscal-affiliation", "province", 0, NOT_IN_LIST },
  { "unit", "contact-name", "陆晓燕", 0, OK },
  { "unit", "contact-name", "陆", 31, TOO_LONG },
  { "unit", "contact-position", "人力资源部经理", 0, OK },
  { "unit", "contact-position", "经", 51, TOO_LONG },
  { "unit", "email", "hr.jinggong@example.com", 0, OK },
  { "unit", "email", "first.last+tag@mail.example.com.cn", 0, OK },
  { "unit", "email", "a_b-c@sub-domain.example.org", 0, OK },
  { "unit", "email", "hr@example", 0, FORMAT },
  { "unit", "email", "hrexample.com", 0, FORMAT },
  { "unit", "email", "hr@@example.com", 0, FORMAT },
  { "unit", "email", "hr@a@example.com", 0, FORMAT },
  { "unit", "email", "@example.com", 0, FORMAT },
  { "unit", "email", "hr@", 0, FORMAT },
  { "unit", "email", "hr.@example.com", 0, FORMAT },
  { "unit", "email", ".hr@example.com", 0, FORMAT },
  { "unit", "email", "h..r@example.com", 0, FORMAT },
  { "unit", "email", "hr@example..com", 0, FORMAT },
  { "unit", "email", "hr@-example.com", 0, FORMAT },
  { "unit", "email", "hr@example.123", 0, FORMAT },
  { "unit", "email", "h r@example.com", 0, FORMAT },
  { "unit", "email", "张三@example.com", 0, FORMAT },
  { "unit", "mobile", "13800138000", 0, OK },
  { "unit", "mobile", "+86 138 0013 8000", 0, OK },
  { "unit", "mobile", "+8613800138000", 0, OK },
  { "unit", "mobile", "0086-138-0013-8000", 0, OK },
  { "unit", "mobile", "19912345678", 0, OK },
  { "unit", "mobile", "12800138000", 0, FORMAT },
  { "unit", "mobile", "1380013800", 0, FORMAT },
  { "unit", "mobile", "138001380001", 0, FORMAT },
  { "unit", "mobile", "23800138000", 0, FORMAT },
  { "unit", "mobile", "1380013800a", 0, FORMAT },
  { "unit", "mobile", "+86 1380013800", 0, FORMAT },
  { "unit", "mobile", "0572-2398708", 0, FORMAT },
  { "unit", "office-phone", "0572-2398708", 0, OK },
  { "unit", "office-phone", "0571-87173525", 0, OK },
  { "unit", "office-phone", "0572-2398708-123", 0, OK },
  { "unit", "office-phone", "010-12345678", 0, OK },
  { "unit", "office-phone", "0572-239870", 0, FORMAT },
  { "unit", "office-phone", "572-2398708", 0, FORMAT },
  { "unit", "office-phone", "0572-123456789", 0, FORMAT },
  { "unit", "office-phone", "0572-0398708", 0, FORMAT },
  { "unit", "office-phone", "05-2398708", 0, FORMAT },
  { "unit", "office-phone", "05721-2398708", 0, FORMAT },
  { "unit", "office-phone", "0572-2398708-", 0, FORMAT },
  { "unit", "office-phone", "0572-2398708-1234567", 0, FORMAT },
  { "unit", "office-phone", "0572-2398708-12-3", 0, FORMAT },
  { "unit", "office-phone", "0572 2398708", 0, FORMAT },
  { "unit", "office-phone", "13800138000", 0, FORMAT },
  { "unit", "fax", "0572-2398709", 0, OK },
  { "unit", "fax", "2398709", 0, FORMAT },
  { "unit", "address", "浙江省湖州市吴兴区织里镇工业大道88号", 0, OK },
  { "unit", "address", "湖", 200, OK },
  { "unit", "address", "湖", 201, TOO_LONG },
  { "unit", "address", "第一行\n第二行", 0, FORMAT },
  { "unit", "postcode", "313000", 0, OK },
  { "unit", "postcode", "310006", 0, OK },
  { "unit", "postcode", "31300", 0, FORMAT },
  { "unit", "postcode", "31300a", 0, FORMAT },
  { "unit", "postcode", "313 00", 0, FORMAT },
  { "unit", "postcode", "３１３０００", 0, FORMAT },   /* full-width digits */
  { "unit", "postcode", "3130001", 0, TOO_LONG },
  { "unit", "profile", "公司简介\n\t成立于1998年", 0, OK },
  { "unit", "profile", "简", 20001, TOO_LONG },

  /* SksMaster */
  { "master", "name", "张伟", 0, OK },
  { "master", "name", "欧阳·娜娜", 0, OK },
  { "master", "name", "张\n伟", 0, FORMAT },
  { "master", "name", "张", 31, TOO_LONG },
  { "master", "gender", "male", 0, OK },
  { "master", "gender", "female", 0, OK },
  { "master", "gender", "unknown", 0, NOT_IN_LIST },
  { "master", "gender", "男", 0, NOT_IN_LIST },
  { "master", "ethnicity", "汉族", 0, OK },
  { "master", "ethnicity", "毛难族", 0, OK },     /* old name of 毛南族 */
  { "master", "ethnicity", "外国血统中国籍人士", 0, OK },
  { "master", "ethnicity", "火星族", 0, NOT_IN_LIST },
  { "master", "ethnicity", "汉", 0, NOT_IN_LIST },
  { "master", "ethnicity", "族", 21, TOO_LONG },
  { "master", "birth", "1978-05", 0, OK },
  { "master", "birth", "1978-13", 0, INVALID_DATE },
  { "master", "birth", "1978-5", 0, INVALID_DATE },
  { "master", "birth", "1978-00", 0, INVALID_DATE },
  { "master", "birth", "197805", 0, INVALID_DATE },
  { "master", "birth", "1978/05", 0, INVALID_DATE },
  { "master", "birth", "1899-12", 0, INVALID_DATE },
  { "master", "birth", "1978-05-17", 0, TOO_LONG },
  { "master", "political-status", "中共党员", 0, OK },
  { "master", "political-status", "中国共产党党员", 0, OK },
  { "master", "political-status", "群众", 0, OK },
  { "master", "political-status", "党派", 0, NOT_IN_LIST },
  { "master", "position", "车间主任", 0, OK },
  { "master", "position", "主", 51, TOO_LONG },
  { "master", "id-number", "11010519491231002X", 0, OK },
  { "master", "id-number", "440524188001010014", 0, OK },
  { "master", "id-number", "34052419800101001X", 0, OK },
  { "master", "id-number", "11010519491231003X", 0, CHECK_DIGIT },
  { "master", "id-number", "11010519491231002x", 0, FORMAT },
  { "master", "id-number", "11010519491231002", 0, FORMAT },
  { "master", "id-number", "11010519490230002X", 0, INVALID_DATE },
  { "master", "id-number", "11010519491231002X0", 0, TOO_LONG },
  { "master", "mobile", "13905721234", 0, OK },
  { "master", "mobile", "12800138000", 0, FORMAT },
  { "master", "occupation", "数控车工", 0, OK },
  { "master", "occupation", "工", 51, TOO_LONG },
  { "master", "skill-level", "技师", 0, OK },
  { "master", "skill-level", "二级/技师", 0, OK },
  { "master", "skill-level", "二级", 0, OK },
  { "master", "skill-level", "首席技师", 0, OK },
  { "master", "skill-level", "技术员", 0, NOT_IN_LIST },
  { "master", "occupation-top-level", "1", 0, OK },
  { "master", "occupation-top-level", "0", 0, OK },
  { "master", "occupation-top-level", "true", 0, OK },
  { "master", "occupation-top-level", "FALSE", 0, OK },
  { "master", "occupation-top-level", "yes", 0, FORMAT },
  { "master", "occupation-top-level", "2", 0, FORMAT },
  { "master", "honours", "2019年浙江省技术能手\n2021年湖州市首席技师", 0, OK },
  { "master", "honours", "荣", 2001, TOO_LONG },
  { "master", "unique-skills", "0.002毫米精度手工研磨", 0, OK },
  { "master", "unique-skills", "绝", 2001, TOO_LONG },
  { "master", "full-time-years", "0", 0, OK },
  { "master", "full-time-years", "21", 0, OK },
  { "master", "full-time-years", "60", 0, OK },
  { "master", "full-time-years", "61", 0, OUT_OF_RANGE },
  { "master", "full-time-years", "-1", 0, OUT_OF_RANGE },
  { "master", "frontline", "1", 0, OK },
  { "master", "frontline", "是", 0, FORMAT },
  { "master", "retirement-category", "male-60", 0, OK },
  { "master", "retirement-category", "female-55", 0, OK },
  { "master", "retirement-category", "female-50", 0, OK },
  { "master", "retirement-category", "female-45", 0, NOT_IN_LIST },
  { "master", "retired", "0", 0, OK },
  { "master", "retired", "no", 0, FORMAT },
  { "master", "rehired", "1", 0, OK },
  { "master", "rehired", "", 0, OK },          /* empty is no */
  { "master", "rehired", "Y", 0, FORMAT },
  { "master", "profile", "传", 20000, OK },
  { "master", "profile", "传", 20001, TOO_LONG },

  /* SksTeamMember */
  { "team-member", "name", "李明", 0, OK },
  { "team-member", "name", "李\t明", 0, FORMAT },
  { "team-member", "gender", "female", 0, OK },
  { "team-member", "gender", "f", 0, NOT_IN_LIST },
  { "team-member", "birth", "1990-11", 0, OK },
  { "team-member", "birth", "1990-11-01", 0, TOO_LONG },
  { "team-member", "birth", "90-11", 0, INVALID_DATE },
  { "team-member", "education", "大学本科", 0, OK },
  { "team-member", "education", "本科", 0, OK },
  { "team-member", "education", "幼儿园", 0, NOT_IN_LIST },
  { "team-member", "occupation", "钳工", 0, OK },
  { "team-member", "occupation", "钳", 51, TOO_LONG },
  { "team-member", "skill-level", "高级工", 0, OK },
  { "team-member", "skill-level", "三级/高级工", 0, OK },
  { "team-member", "skill-level", "大师", 0, NOT_IN_LIST },
  { "team-member", "specialty", "数控编程\n工装设计", 0, OK },
  { "team-member", "specialty", "特", 500, OK },
  { "team-member", "specialty", "特", 501, TOO_LONG },
  { "team-member", "achievements", "主持技改项目3项", 0, OK },
  { "team-member", "achievements", "业", 2001, TOO_LONG },
  { "team-member", "employed-by-unit", "0", 0, OK },
  { "team-member", "employed-by-unit", "maybe", 0, FORMAT },

  /* SksAttachment */
  { "attachment", "kind", "id-copy", 0, OK },
  { "attachment", "kind", "other", 0, OK },
  { "attachment", "kind", "photo", 0, NOT_IN_LIST },
  { "attachment", "name", "身份证 复印件.pdf", 0, OK },
  { "attachment", "name", "证", 255, OK },
  { "attachment", "name", "证", 256, TOO_LONG },
  { "attachment", "name", "a\nb.pdf", 0, FORMAT },
  { "attachment", "mime-type", "application/pdf", 0, OK },
  { "attachment", "mime-type", "image/png\n", 0, FORMAT },
  { "attachment", "mime-type", "x", 101, TOO_LONG },
  { "attachment", "note", "扫描件\n共3页", 0, OK },
  { "attachment", "note", "注", 501, TOO_LONG },

  /* SksRound */
  { "round", "key", "huzhou-2025", 0, OK },
  { "round", "key", "huzhou\n2025", 0, FORMAT },
  { "round", "key", "k", 65, TOO_LONG },
  { "round", "city", "湖州", 0, OK },
  { "round", "city", "湖", 21, TOO_LONG },
  { "round", "year", "2025", 0, OK },
  { "round", "year", "2000", 0, OK },
  { "round", "year", "2100", 0, OK },
  { "round", "year", "1999", 0, OUT_OF_RANGE },
  { "round", "year", "2101", 0, OUT_OF_RANGE },
  { "round", "year", "-2025", 0, OUT_OF_RANGE },
  { "round", "policy-id", "huzhou-2025", 0, OK },
  { "round", "policy-id", "p", 65, TOO_LONG },
  { "round", "title", "关于开展2025年度湖州市技能大师工作室申报工作的通知", 0, OK },
  { "round", "title", "题", 201, TOO_LONG },
  { "round", "document-number", "湖人社发〔2025〕1号", 0, OK },
  { "round", "document-number", "号", 65, TOO_LONG },
  { "round", "issuing-bureau", "湖州市人力资源和社会保障局", 0, OK },
  { "round", "issuing-bureau", "局", 101, TOO_LONG },
  { "round", "reference-date", "2025-02-28", 0, OK },
  { "round", "reference-date", "2025-02-29", 0, INVALID_DATE },
  { "round", "deadline", "2025-03-17", 0, OK },
  { "round", "deadline", "2025-03-32", 0, INVALID_DATE },

  /* SksRecommender */
  { "recommender", "name", "南太湖新区", 0, OK },
  { "recommender", "name", "区", 51, TOO_LONG },
  { "recommender", "kind", "district", 0, OK },
  { "recommender", "kind", "zone", 0, OK },
  { "recommender", "kind", "city-department", 0, OK },
  { "recommender", "kind", "province", 0, NOT_IN_LIST },
  { "recommender", "code", "330502", 0, OK },
  { "recommender", "code", "1", 13, TOO_LONG },
  { "recommender", "quota", "12", 0, OK },
  { "recommender", "quota", "1000", 0, OK },
  { "recommender", "quota", "-1", 0, OUT_OF_RANGE },
  { "recommender", "quota", "1001", 0, OUT_OF_RANGE },
  { "recommender", "sort-order", "1", 0, OK },
  { "recommender", "sort-order", "-1", 0, OUT_OF_RANGE },

  /* SksHistoryEntry */
  { "history-entry", "time", "2025-03-10T09:00:00+08:00", 0, OK },
  { "history-entry", "time", "t", 41, TOO_LONG },
  { "history-entry", "action", "submitted", 0, OK },
  { "history-entry", "action", "sub\nmitted", 0, FORMAT },
  { "history-entry", "detail", "status: draft → submitted\nfields: master.mobile", 0, OK },
  { "history-entry", "detail", "d", 2001, TOO_LONG },
  { "history-entry", "who", "区人社局 王珏", 0, OK },
  { "history-entry", "who", "w", 201, TOO_LONG },
  { "history-entry", "field", "master.mobile", 0, OK },
  { "history-entry", "field", "f", 201, TOO_LONG },
  { "history-entry", "old-value", "137****6715", 0, OK },
  { "history-entry", "old-value", "o", 20001, TOO_LONG },
  { "history-entry", "new-value", "第一行\n第二行", 0, OK },
  { "history-entry", "new-value", "n", 20001, TOO_LONG },
  { "history-entry", "reason", "区县退回补充材料", 0, OK },
  { "history-entry", "reason", "r", 2001, TOO_LONG },
};

static char *
case_value (const FieldCase *c)
{
  GString *value = g_string_new (NULL);

  for (guint i = 0; i < MAX (c->repeat, 1); i++)
    g_string_append (value, c->value);
  return g_string_free (value, FALSE);
}

static const SksField *
lookup_field (const char *type,
              const char *name)
{
  const ModelType *model = model_type_lookup (type);

  g_assert_nonnull (model);
  return sks_field_table_lookup (model->get_table (), name);
}

static void
test_cases_cover_every_field (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_test_message ("case %u: %s.%s", c, cases[c].type, cases[c].field);
      g_assert_nonnull (lookup_field (cases[c].type, cases[c].field));
    }

  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      g_assert_cmpuint (table->n_fields, >, 0);
      for (guint f = 0; f < table->n_fields; f++)
        {
          guint n_good = 0, n_bad = 0;

          for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
            if (g_str_equal (cases[c].type, model_types[t].name) &&
                g_str_equal (cases[c].field, table->fields[f].name))
              {
                if (cases[c].code == OK)
                  n_good++;
                else
                  n_bad++;
              }

          if (n_good == 0 || n_bad == 0)
            g_test_message ("%s.%s has no %s value in the case table", model_types[t].name,
                            table->fields[f].name, n_good == 0 ? "good" : "bad");
          g_assert_cmpuint (n_good, >, 0);
          g_assert_cmpuint (n_bad, >, 0);
        }
    }
}

/* Each value alone on a fresh object, for a draft and for submission: a
 * refused value is refused for the same reason either way, and the message
 * starts with the field's label. */
static void
test_cases (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const FieldCase *fc = &cases[c];
      const SksField *field = lookup_field (fc->type, fc->field);
      g_autofree char *value = case_value (fc);

      g_test_message ("%s.%s = “%.40s” (×%u)", fc->type, fc->field, fc->value, fc->repeat);
      for (int complete = FALSE; complete <= TRUE; complete++)
        {
          g_autoptr(GError) error = check_value (fc->type, fc->field, value, complete);

          if (fc->code == OK)
            {
              g_assert_no_error (error);
              continue;
            }
          g_assert_error (error, SKS_VALIDATION_ERROR, fc->code);
          g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
          g_assert_true (g_str_has_prefix (error->message + strlen (sks_field_get_label (field)),
                                           ": "));
        }
    }
}

static void
set_empty (const SksField *field,
           GObject        *object)
{
  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      g_object_set (object, field->name, "", NULL);
      break;
    case SKS_FIELD_INT:
      g_object_set (object, field->name, (gint64) 0, NULL);
      break;
    case SKS_FIELD_DOUBLE:
      g_object_set (object, field->name, 0.0, NULL);
      break;
    case SKS_FIELD_ENUM:
      g_object_set (object, field->name, 0, NULL);
      break;
    case SKS_FIELD_BOOLEAN:
    default:
      break;
    }
}

/* Empty passes in a draft; a required field fails with REQUIRED on submission. */
static void
test_required (void)
{
  guint n_required = 0;

  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];
          gboolean required = (field->flags & SKS_FIELD_REQUIRED) != 0;
          GObject *object = model_types[t].create ();
          g_autoptr(GError) error = NULL;

          g_test_message ("%s.%s", model_types[t].name, field->name);

          /* A yes/no always has an answer, so it cannot be "required". */
          if (field->kind == SKS_FIELD_BOOLEAN)
            g_assert_true (!required);
          /* A required choice starts out as "unset", never as a real answer. */
          if (field->kind == SKS_FIELD_ENUM && required)
            g_assert_cmpstr (sks_enum_get_nick (field->enum_type (), 0), ==, "unset");

          set_empty (field, object);
          if (field->kind == SKS_FIELD_TEXT)
            {
              g_assert_true (sks_field_is_empty (field, object));
              g_object_set (object, field->name, NULL, NULL);
              g_assert_true (sks_field_is_empty (field, object));
            }

          g_assert_true (sks_field_validate (field, object, FALSE, &error));
          g_assert_no_error (error);

          if (required)
            {
              g_assert_true (!sks_field_validate (field, object, TRUE, &error));
              g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_REQUIRED);
              g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
              n_required++;
            }
          else
            {
              g_assert_true (sks_field_validate (field, object, TRUE, &error));
              g_assert_no_error (error);
            }
          g_assert_finalize_object (object);
        }
    }
  g_assert_cmpuint (n_required, >, 0);
}

/* Every text field has a limit in characters: exactly the limit passes
 * (Chinese, emoji, mixed), one more fails. */
static void
test_length_limits (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];
          gboolean multiline = (field->flags & SKS_FIELD_MULTILINE) != 0;
          g_autoptr(GString) over = g_string_new (NULL);

          if (field->kind != SKS_FIELD_TEXT)
            continue;

          g_test_message ("%s.%s (%u)", model_types[t].name, field->name, field->max_chars);
          g_assert_cmpuint (field->max_chars, >, 0);

          /* Free text at exactly the limit, whatever it is made of. */
          if (field->format == SKS_FORMAT_NONE)
            {
              static const char *pieces[] = { "汉", "😀", "a" };

              for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
                {
                  g_autoptr(GString) exact = g_string_new (NULL);
                  g_autoptr(GError) error = NULL;

                  for (guint i = 0; i < field->max_chars; i++)
                    g_string_append (exact, pieces[p]);
                  error = check_value (model_types[t].name, field->name, exact->str, TRUE);
                  g_assert_no_error (error);
                }
              {
                g_autofree char *mixed = sks_test_make_text (field->max_chars, multiline, f);
                g_autoptr(GError) error = NULL;

                if (!multiline)
                  for (char *p = mixed; *p; p++)
                    if ((guchar) *p < 0x20)
                      *p = ' ';
                error = check_value (model_types[t].name, field->name, mixed, TRUE);
                g_assert_no_error (error);
              }
            }

          /* One more character, of any kind, is too long; the message says
           * how many there are and how many are allowed. */
          for (guint i = 0; i <= field->max_chars; i++)
            g_string_append (over, i % 3 ? "汉" : "😀");
          {
            g_autoptr(GError) error = check_value (model_types[t].name, field->name, over->str,
                                                   FALSE);
            g_autofree char *count = g_strdup_printf ("%u", field->max_chars + 1);
            g_autofree char *limit = g_strdup_printf ("%u", field->max_chars);

            g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_TOO_LONG);
            g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
            g_assert_nonnull (strstr (error->message, count));
            g_assert_nonnull (strstr (error->message, limit));
          }
        }
    }
}

/* 200 characters are 600 bytes in Chinese and 800 in emoji; the limit counts
 * characters. */
static void
test_length_counts_characters (void)
{
  static const struct {
    const char *type;
    const char *field;
    const char *piece;
    guint       bytes;
  } cases_200[] = {
    { "studio", "location", "湖", 3 },
    { "studio", "location", "😀", 4 },
    { "studio", "achievements", "湖", 3 },
    { "unit", "address", "湖", 3 },
    { "unit", "address", "😀", 4 },
  };

  g_assert_cmpuint (sks_text_count_chars ("湖州😀a"), ==, 4);
  g_assert_cmpuint (sks_text_count_chars (""), ==, 0);
  g_assert_cmpuint (sks_text_count_chars (NULL), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases_200); i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      const SksField *field = lookup_field (cases_200[i].type, cases_200[i].field);

      g_assert_cmpuint (field->max_chars, ==, 200);
      for (guint n = 0; n < 200; n++)
        g_string_append (text, cases_200[i].piece);
      g_assert_cmpuint (text->len, ==, 200 * cases_200[i].bytes);
      {
        g_autoptr(GError) error = check_value (cases_200[i].type, cases_200[i].field,
                                               text->str, TRUE);
        g_assert_no_error (error);
      }
      g_string_append (text, cases_200[i].piece);
      {
        g_autoptr(GError) error = check_value (cases_200[i].type, cases_200[i].field,
                                               text->str, TRUE);
        g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_TOO_LONG);
      }
    }
}

/* Single-line fields refuse every control character (C0, DEL, C1) and the
 * Unicode line and paragraph separators; multi-line fields take tabs and
 * line breaks. */
static void
test_control_characters (void)
{
  static const char *single_line_bad[] = {
    "a\nb", "a\tb", "a\rb", "a\x01", "\x1f", "a\x7f", "a\xc2\x85z", "a\xc2\x9b",
    "a\xe2\x80\xa8z", "a\xe2\x80\xa9z",
  };
  static const char *multiline_good = "第一行\n第二行\r\n\t缩进";

  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];

          if (field->kind != SKS_FIELD_TEXT)
            continue;
          g_test_message ("%s.%s", model_types[t].name, field->name);

          if (field->flags & SKS_FIELD_MULTILINE)
            {
              g_autoptr(GError) error = check_value (model_types[t].name, field->name,
                                                     multiline_good, TRUE);
              g_assert_cmpint (field->format, ==, SKS_FORMAT_NONE);
              g_assert_no_error (error);
              continue;
            }

          for (guint i = 0; i < G_N_ELEMENTS (single_line_bad); i++)
            {
              g_autoptr(GError) error = check_value (model_types[t].name, field->name,
                                                     single_line_bad[i], FALSE);
              g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT);
              g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
            }
        }
    }

  /* The check itself, without a field. */
  g_assert_true (sks_check_single_line ("L", "普通文本 with spaces · 和标点。", NULL));
  g_assert_true (sks_check_single_line ("L", "", NULL));
  g_assert_true (!sks_check_single_line ("L", "a\nb", NULL));
  g_assert_true (!sks_check_single_line ("L", "\xff", NULL));
}

/* Text that is not UTF-8 is refused by every text field. */
static void
test_invalid_utf8 (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        if (table->fields[f].kind == SKS_FIELD_TEXT)
          {
            g_autoptr(GError) error = check_value (model_types[t].name, table->fields[f].name,
                                                   "a\xff\xfe", FALSE);
            g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT);
          }
    }
}

/* Every value of every enum field: settable by nick, stored as its nick,
 * accepted (the "unset" value of a required field only in a draft). */
static void
test_enum_values (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];
          g_autoptr(GEnumClass) klass = NULL;

          if (field->kind != SKS_FIELD_ENUM)
            continue;

          klass = g_type_class_ref (field->enum_type ());
          g_assert_cmpuint (klass->n_values, >=, 2);
          for (guint v = 0; v < klass->n_values; v++)
            {
              const GEnumValue *ev = &klass->values[v];
              GObject *object = model_types[t].create ();
              g_autoptr(GError) error = NULL;
              g_autofree char *stored = NULL;
              gboolean required_unset = ev->value == 0 && (field->flags & SKS_FIELD_REQUIRED);

              g_test_message ("%s.%s = %s", model_types[t].name, field->name, ev->value_nick);
              g_assert_true (sks_field_set_from_string (field, object, ev->value_nick, &error));
              g_assert_no_error (error);
              g_assert_cmpint (sks_field_get_enum (field, object), ==, ev->value);
              stored = sks_field_dup_string (field, object);
              g_assert_cmpstr (stored, ==, ev->value_nick);
              g_assert_cmpstr (sks_enum_get_label (field->enum_type (), ev->value), !=, "");

              g_assert_true (sks_field_validate (field, object, FALSE, &error));
              g_assert_no_error (error);
              g_assert_cmpint (sks_field_validate (field, object, TRUE, &error), ==,
                               !required_unset);
              if (required_unset)
                g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_REQUIRED);
              else
                g_assert_no_error (error);
              g_assert_finalize_object (object);
            }

          /* An unknown nick leaves the value as it was. */
          {
            GObject *object = model_types[t].create ();
            g_autoptr(GError) error = NULL;
            int before = sks_field_get_enum (field, object);

            g_assert_true (!sks_field_set_from_string (field, object, "no-such-value", &error));
            g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_NOT_IN_LIST);
            g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
            g_assert_cmpint (sks_field_get_enum (field, object), ==, before);
            g_assert_finalize_object (object);
          }
        }
    }
}

/* Numbers from their stored form (CSV, exchange files): whole numbers for
 * integer fields, the range checked, nothing changed on failure. */
static void
test_number_parsing (void)
{
  static const struct {
    const char *type;
    const char *field;
    const char *text;
    int         code;
    double      value;
  } parse_cases[] = {
    { "studio", "area", "126.5", OK, 126.5 },
    { "studio", "area", "", OK, 0 },
    { "studio", "area", "abc", FORMAT, 0 },
    { "studio", "area", "12m", FORMAT, 0 },
    { "studio", "area", "nan", FORMAT, 0 },
    { "studio", "area", "inf", FORMAT, 0 },
    { "studio", "area", "-0.5", OUT_OF_RANGE, 0 },
    { "master", "full-time-years", "21", OK, 21 },
    { "master", "full-time-years", "1.5", FORMAT, 0 },
    { "master", "full-time-years", "二十", FORMAT, 0 },
    { "master", "full-time-years", "61", OUT_OF_RANGE, 0 },
    { "master", "full-time-years", "-1", OUT_OF_RANGE, 0 },
    { "round", "year", "2025", OK, 2025 },
    { "round", "year", "1e30", OUT_OF_RANGE, 0 },
    { "recommender", "quota", "1001", OUT_OF_RANGE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ModelType *model = model_type_lookup (parse_cases[i].type);
      const SksField *field = lookup_field (parse_cases[i].type, parse_cases[i].field);
      GObject *object = model->create ();
      g_autoptr(GError) error = NULL;
      double value;
      gboolean ok;

      g_test_message ("%s.%s ← “%s”", parse_cases[i].type, parse_cases[i].field,
                      parse_cases[i].text);
      ok = sks_field_set_from_string (field, object, parse_cases[i].text, &error);
      value = field->kind == SKS_FIELD_INT ? (double) sks_field_get_int (field, object)
                                           : sks_field_get_double (field, object);
      if (parse_cases[i].code == OK)
        {
          g_assert_true (ok);
          g_assert_no_error (error);
        }
      else
        {
          g_assert_true (!ok);
          g_assert_error (error, SKS_VALIDATION_ERROR, parse_cases[i].code);
          g_assert_true (g_str_has_prefix (error->message, sks_field_get_label (field)));
        }
      g_assert_cmpfloat (value, ==, parse_cases[i].value);
      g_assert_finalize_object (object);
    }
}

/* The exact wording of a few messages in English (the msgids). */
static void
test_messages_english (void)
{
  static const struct {
    const char *type;
    const char *field;
    const char *value;
    const char *message;
  } messages[] = {
    { "unit", "postcode", "31300", "Postcode: a postcode has 6 digits" },
    { "master", "mobile", "12800138000",
      "Master’s mobile: a mobile number has 11 digits and starts with 13 to 19" },
    { "unit", "office-phone", "572-2398708",
      "Office phone: write the area code, a hyphen and the 7- or 8-digit number, "
      "e.g. 0572-2398708" },
    { "unit", "email", "hr@example", "E-mail: not an e-mail address (name@example.com)" },
    { "master", "birth", "1978-13",
      "Year and month of birth: write a real year and month as YYYY-MM, e.g. 1978-05" },
    { "studio", "application-date", "2025-02-29",
      "Date of application: write a real date as YYYY-MM-DD, e.g. 2025-03-17" },
    { "master", "ethnicity", "火星族",
      "Ethnicity: “火星族” is not in the standard list; choose one of its entries" },
    { "master", "full-time-years", "61",
      "Years of full-time work in the city: must be between 0 and 60" },
    { "studio", "area", "-1", "Studio area (m²): must be between 0 and 1000000" },
    { "round", "year", "1999", "Year: must be between 2000 and 2100" },
    { "master", "id-number", "11010519491231003X",
      "ID number: the check digit does not match the other 17 digits; "
      "the number is probably mistyped" },
    { "unit", "name", "a\nb", "Applying unit: must be a single line without control characters" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    {
      g_autoptr(GError) error = check_value (messages[i].type, messages[i].field,
                                             messages[i].value, FALSE);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, messages[i].message);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SksUnit) unit = sks_unit_new ();
    const SksField *field = lookup_field ("unit", "name");

    g_assert_true (!sks_field_validate (field, G_OBJECT (unit), TRUE, &error));
    g_assert_cmpstr (error->message, ==, "Applying unit: must be filled in");
  }
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < 101; i++)
      g_string_append (text, "字");
    error = check_value ("studio", "name", text->str, FALSE);
    g_assert_nonnull (error);
    g_assert_cmpstr (error->message, ==, "Studio name: 101 characters, at most 100 are allowed");
  }
}

/* The labels are the msgids: plain English, no trailing colon, and unique
 * within a type so that a message points at one field. */
static void
test_labels (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();
      g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];

          g_assert_nonnull (field->label);
          g_assert_cmpuint (strlen (field->label), >, 0);
          g_assert_true (!g_str_has_suffix (field->label, ":"));
          g_assert_cmpstr (sks_field_get_label (field), ==, field->label);
          g_assert_true (g_hash_table_add (labels, (gpointer) field->label));
          g_assert_true (g_hash_table_add (names, (gpointer) field->name));
          g_assert_true (g_hash_table_add (columns, (gpointer) field->column));
          g_assert_true (sks_field_table_lookup (table, field->name) == field);
        }
      g_assert_true (sks_field_table_lookup (table, "no-such-field") == NULL);
    }
}

/* Phones in lists show the prefix and the last four digits only. */
static void
test_mask_phone (void)
{
  static const struct {
    const char *phone;
    const char *masked;
  } masks[] = {
    { "13800138000", "138****8000" },
    { "0572-2398708", "057*-***8708" },
    { "", "" },
    { "1234567", "*******" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (masks); i++)
    {
      g_autofree char *masked = sks_mask_phone (masks[i].phone);
      g_assert_cmpstr (masked, ==, masks[i].masked);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/cases-cover-every-field", test_cases_cover_every_field);
  g_test_add_func ("/validate/cases", test_cases);
  g_test_add_func ("/validate/required", test_required);
  g_test_add_func ("/validate/length/limits", test_length_limits);
  g_test_add_func ("/validate/length/counts-characters", test_length_counts_characters);
  g_test_add_func ("/validate/control-characters", test_control_characters);
  g_test_add_func ("/validate/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/validate/enum-values", test_enum_values);
  g_test_add_func ("/validate/number-parsing", test_number_parsing);
  g_test_add_func ("/validate/messages/english", test_messages_english);
  g_test_add_func ("/validate/labels", test_labels);
  g_test_add_func ("/validate/mask-phone", test_mask_phone);

  return g_test_run ();
}
