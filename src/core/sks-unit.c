/* sks-unit.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-code-list.h"
#include "sks-problem.h"
#include "sks-unit.h"

struct _SksUnit
{
  GObject  parent_instance;

  char    *name;
  char    *legal_representative;
  int      kind;
  int      fiscal_affiliation;
  char    *contact_name;
  char    *contact_position;
  char    *email;
  char    *mobile;
  char    *office_phone;
  char    *fax;
  char    *address;
  char    *postcode;
  char    *profile;
  gboolean innovation_studio;
  gboolean self_assessment;
};

G_DEFINE_FINAL_TYPE (SksUnit, sks_unit, G_TYPE_OBJECT)

/* Labels are worded as Annex 3 of 湖人社发〔2025〕1号 words them. */
static const SksField unit_fields[] = {
  SKS_TEXT ("name", "name", N_("Applying unit"), SksUnit, name, 100, SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_TEXT ("legal-representative", "legal_representative", N_("Legal representative"), SksUnit,
            legal_representative, 30, SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_ENUM ("kind", "kind", N_("Kind of unit"), SksUnit, kind, sks_unit_kind_get_type, SKS_FIELD_REQUIRED),
  SKS_ENUM ("fiscal-affiliation", "fiscal_affiliation", N_("Fiscal affiliation"), SksUnit,
            fiscal_affiliation, sks_fiscal_affiliation_get_type, SKS_FIELD_REQUIRED),
  SKS_TEXT ("contact-name", "contact_name", N_("Contact person"), SksUnit, contact_name, 30,
            SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_TEXT ("contact-position", "contact_position", N_("Contact’s position"), SksUnit,
            contact_position, 50, 0, SKS_FORMAT_NONE),
  SKS_TEXT ("email", "email", N_("E-mail"), SksUnit, email, 100, 0, SKS_FORMAT_EMAIL),
  SKS_TEXT ("mobile", "mobile", N_("Contact’s mobile"), SksUnit, mobile, 20,
            SKS_FIELD_REQUIRED | SKS_FIELD_SENSITIVE, SKS_FORMAT_MOBILE),
  SKS_TEXT ("office-phone", "office_phone", N_("Office phone"), SksUnit, office_phone, 30, 0,
            SKS_FORMAT_LANDLINE),
  SKS_TEXT ("fax", "fax", N_("Fax"), SksUnit, fax, 30, 0, SKS_FORMAT_LANDLINE),
  SKS_TEXT ("address", "address", N_("Postal address"), SksUnit, address, 200, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_TEXT ("postcode", "postcode", N_("Postcode"), SksUnit, postcode, 6, SKS_FIELD_REQUIRED,
            SKS_FORMAT_POSTCODE),
  SKS_TEXT ("profile", "profile", N_("Unit profile"), SksUnit, profile, 20000, SKS_FIELD_MULTILINE,
            SKS_FORMAT_NONE),
  /* Grounds for priority (湖州 一、申报范围, schema version 4): 列入“高技能人才
   * （劳模）创新工作室” and “职业技能等级自主认定” enterprises. */
  SKS_BOOL ("innovation-studio", "innovation_studio",
            N_("Has a high-skill talent (model worker) innovation studio"), SksUnit,
            innovation_studio),
  SKS_BOOL ("self-assessment", "self_assessment",
            N_("Assesses its employees’ skill levels itself"), SksUnit, self_assessment),
};

static const SksFieldTable unit_table = SKS_FIELD_TABLE (unit_fields);
static GParamSpec *properties[G_N_ELEMENTS (unit_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_unit, unit_table, properties)

static void
sks_unit_finalize (GObject *object)
{
  sks_field_table_free_values (&unit_table, object);
  G_OBJECT_CLASS (sks_unit_parent_class)->finalize (object);
}

static void
sks_unit_class_init (SksUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_unit_finalize;
  object_class->get_property = sks_unit_get_property;
  object_class->set_property = sks_unit_set_property;
  sks_field_table_install (&unit_table, object_class, properties);
}

static void
sks_unit_init (SksUnit *self)
{
}

SksUnit *
sks_unit_new (void)
{
  return g_object_new (SKS_TYPE_UNIT, NULL);
}

const SksFieldTable *
sks_unit_get_field_table (void)
{
  return &unit_table;
}

const char *
sks_unit_get_name (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), NULL);
  return self->name;
}

SksUnitKind
sks_unit_get_kind (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), SKS_UNIT_KIND_UNSET);
  return self->kind;
}

SksFiscalAffiliation
sks_unit_get_fiscal_affiliation (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), SKS_FISCAL_UNSET);
  return self->fiscal_affiliation;
}

const char *
sks_unit_get_contact_name (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), NULL);
  return self->contact_name;
}

const char *
sks_unit_get_mobile (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), NULL);
  return self->mobile;
}

const char *
sks_unit_get_office_phone (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), NULL);
  return self->office_phone;
}

gboolean
sks_unit_get_innovation_studio (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), FALSE);
  return self->innovation_studio;
}

gboolean
sks_unit_get_self_assessment (SksUnit *self)
{
  g_return_val_if_fail (SKS_IS_UNIT (self), FALSE);
  return self->self_assessment;
}

void
sks_unit_validate (SksUnit   *self,
                   GPtrArray *problems,
                   gboolean   complete)
{
  g_return_if_fail (SKS_IS_UNIT (self));
  sks_problems_add_fields (problems, "unit", &unit_table, G_OBJECT (self), complete);
}
