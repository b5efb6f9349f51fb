/* sks-panel.c — panels, their members and the criteria of a scoring sheet
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-panel.h"

#define DEFINE_ENUM_TYPE(func, Name, ...)                                        \
  GType                                                                          \
  func (void)                                                                    \
  {                                                                              \
    static gsize type_id = 0;                                                    \
    static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };       \
                                                                                 \
    if (g_once_init_enter (&type_id))                                            \
      g_once_init_leave (&type_id,                                               \
                         g_enum_register_static (g_intern_static_string (Name), values)); \
    return type_id;                                                              \
  }

DEFINE_ENUM_TYPE (sks_panel_level_get_type, "SksPanelLevel",
                  { SKS_PANEL_LEVEL_DISTRICT, N_("District review"), "district" },
                  { SKS_PANEL_LEVEL_CITY, N_("City review"), "city" })
DEFINE_ENUM_TYPE (sks_panel_role_get_type, "SksPanelRole",
                  { SKS_PANEL_ROLE_EXPERT, N_("Expert"), "expert" },
                  { SKS_PANEL_ROLE_CHAIR, N_("Chair"), "chair" })
DEFINE_ENUM_TYPE (sks_score_method_get_type, "SksScoreMethod",
                  { SKS_SCORE_METHOD_MEAN, N_("Mean"), "mean" },
                  { SKS_SCORE_METHOD_TRIMMED_MEAN, N_("Trimmed mean"), "trimmed-mean" },
                  { SKS_SCORE_METHOD_MEDIAN, N_("Median"), "median" })

/* SksPanel ---------------------------------------------------------------- */

struct _SksPanel
{
  GObject        parent_instance;

  gint64         id;
  gint64         round_id;
  SksPanelLevel  level;
  gint64         recommender_id;
  char          *recommender_name;
};

G_DEFINE_FINAL_TYPE (SksPanel, sks_panel, G_TYPE_OBJECT)

static void
sks_panel_finalize (GObject *object)
{
  SksPanel *self = SKS_PANEL (object);

  g_free (self->recommender_name);
  G_OBJECT_CLASS (sks_panel_parent_class)->finalize (object);
}

static void
sks_panel_class_init (SksPanelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_panel_finalize;
}

static void
sks_panel_init (SksPanel *self)
{
}

SksPanel *
sks_panel_new (gint64        round_id,
               SksPanelLevel level,
               gint64        recommender_id)
{
  SksPanel *self = g_object_new (SKS_TYPE_PANEL, NULL);

  self->round_id = round_id;
  self->level = level;
  self->recommender_id = recommender_id;
  return self;
}

gint64
sks_panel_get_id (SksPanel *self)
{
  g_return_val_if_fail (SKS_IS_PANEL (self), 0);
  return self->id;
}

void
sks_panel_set_id (SksPanel *self,
                  gint64    id)
{
  g_return_if_fail (SKS_IS_PANEL (self));
  self->id = id;
}

gint64
sks_panel_get_round_id (SksPanel *self)
{
  g_return_val_if_fail (SKS_IS_PANEL (self), 0);
  return self->round_id;
}

SksPanelLevel
sks_panel_get_level (SksPanel *self)
{
  g_return_val_if_fail (SKS_IS_PANEL (self), SKS_PANEL_LEVEL_CITY);
  return self->level;
}

gint64
sks_panel_get_recommender_id (SksPanel *self)
{
  g_return_val_if_fail (SKS_IS_PANEL (self), 0);
  return self->recommender_id;
}

const char *
sks_panel_get_recommender_name (SksPanel *self)
{
  g_return_val_if_fail (SKS_IS_PANEL (self), NULL);
  return self->recommender_name;
}

void
sks_panel_set_recommender_name (SksPanel   *self,
                                const char *name)
{
  g_return_if_fail (SKS_IS_PANEL (self));
  sks_set_str (&self->recommender_name, name);
}

/* SksPanelMember ---------------------------------------------------------- */

struct _SksPanelMember
{
  GObject  parent_instance;

  gint64   id;
  gint64   panel_id;
  char    *name;
  char    *work_unit;
  char    *title;
  int      role;
  gint64   position;
  char    *submitted;
  char    *submitted_by;
};

G_DEFINE_FINAL_TYPE (SksPanelMember, sks_panel_member, G_TYPE_OBJECT)

static const SksField member_fields[] = {
  SKS_TEXT ("name", "name", N_("Name"), SksPanelMember, name, 50, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_TEXT ("work-unit", "work_unit", N_("Work unit"), SksPanelMember, work_unit, 200, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("title", "title", N_("Title"), SksPanelMember, title, 100, 0, SKS_FORMAT_NONE),
  SKS_ENUM ("role", "role", N_("Role"), SksPanelMember, role, sks_panel_role_get_type, 0),
  SKS_INT ("position", "position", N_("Position"), SksPanelMember, position, 0, G_MAXINT, 0),
  SKS_TEXT ("submitted", "submitted", N_("Submitted"), SksPanelMember, submitted, 40, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("submitted-by", "submitted_by", N_("Submitted by"), SksPanelMember, submitted_by,
            200, 0, SKS_FORMAT_NONE),
};

static const SksFieldTable member_table = SKS_FIELD_TABLE (member_fields);
static GParamSpec *member_properties[G_N_ELEMENTS (member_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_panel_member, member_table, member_properties)

static void
sks_panel_member_finalize (GObject *object)
{
  sks_field_table_free_values (&member_table, object);
  G_OBJECT_CLASS (sks_panel_member_parent_class)->finalize (object);
}

static void
sks_panel_member_class_init (SksPanelMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_panel_member_finalize;
  object_class->get_property = sks_panel_member_get_property;
  object_class->set_property = sks_panel_member_set_property;
  sks_field_table_install (&member_table, object_class, member_properties);
}

static void
sks_panel_member_init (SksPanelMember *self)
{
}

SksPanelMember *
sks_panel_member_new (void)
{
  return g_object_new (SKS_TYPE_PANEL_MEMBER, NULL);
}

const SksFieldTable *
sks_panel_member_get_field_table (void)
{
  return &member_table;
}

gint64
sks_panel_member_get_id (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), 0);
  return self->id;
}

void
sks_panel_member_set_id (SksPanelMember *self,
                         gint64          id)
{
  g_return_if_fail (SKS_IS_PANEL_MEMBER (self));
  self->id = id;
}

gint64
sks_panel_member_get_panel_id (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), 0);
  return self->panel_id;
}

void
sks_panel_member_set_panel_id (SksPanelMember *self,
                               gint64          panel_id)
{
  g_return_if_fail (SKS_IS_PANEL_MEMBER (self));
  self->panel_id = panel_id;
}

const char *
sks_panel_member_get_name (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), NULL);
  return self->name;
}

void
sks_panel_member_set_name (SksPanelMember *self,
                           const char     *name)
{
  g_object_set (self, "name", name, NULL);
}

const char *
sks_panel_member_get_work_unit (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), NULL);
  return self->work_unit;
}

void
sks_panel_member_set_work_unit (SksPanelMember *self,
                                const char     *work_unit)
{
  g_object_set (self, "work-unit", work_unit, NULL);
}

const char *
sks_panel_member_get_title (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), NULL);
  return self->title;
}

void
sks_panel_member_set_title (SksPanelMember *self,
                            const char     *title)
{
  g_object_set (self, "title", title, NULL);
}

SksPanelRole
sks_panel_member_get_role (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), SKS_PANEL_ROLE_EXPERT);
  return self->role;
}

void
sks_panel_member_set_role (SksPanelMember *self,
                           SksPanelRole    role)
{
  g_object_set (self, "role", role, NULL);
}

const char *
sks_panel_member_get_submitted (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), NULL);
  return self->submitted;
}

const char *
sks_panel_member_get_submitted_by (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), NULL);
  return self->submitted_by;
}

gboolean
sks_panel_member_is_submitted (SksPanelMember *self)
{
  g_return_val_if_fail (SKS_IS_PANEL_MEMBER (self), FALSE);
  return self->submitted != NULL && *self->submitted != '\0';
}

/* SksScoreCriterion ------------------------------------------------------- */

struct _SksScoreCriterion
{
  GObject  parent_instance;

  gint64   id;
  char    *key;
  char    *title;
  gint64   max_points;
  char    *guidance;
  gint64   position;
};

G_DEFINE_FINAL_TYPE (SksScoreCriterion, sks_score_criterion, G_TYPE_OBJECT)

static const SksField criterion_fields[] = {
  SKS_TEXT ("key", "key", N_("Key"), SksScoreCriterion, key, 40, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_TEXT ("title", "title", N_("Criterion"), SksScoreCriterion, title, 100,
            SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_INT ("max-points", "max_points", N_("Maximum"), SksScoreCriterion, max_points, 0,
           100 * 100, SKS_FIELD_REQUIRED),
  SKS_TEXT ("guidance", "guidance", N_("Guidance"), SksScoreCriterion, guidance, 2000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_INT ("position", "position", N_("Position"), SksScoreCriterion, position, 0, G_MAXINT, 0),
};

static const SksFieldTable criterion_table = SKS_FIELD_TABLE (criterion_fields);
static GParamSpec *criterion_properties[G_N_ELEMENTS (criterion_fields) + 1];

SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS (sks_score_criterion, criterion_table,
                                       criterion_properties)

static void
sks_score_criterion_finalize (GObject *object)
{
  sks_field_table_free_values (&criterion_table, object);
  G_OBJECT_CLASS (sks_score_criterion_parent_class)->finalize (object);
}

static void
sks_score_criterion_class_init (SksScoreCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_score_criterion_finalize;
  object_class->get_property = sks_score_criterion_get_property;
  object_class->set_property = sks_score_criterion_set_property;
  sks_field_table_install (&criterion_table, object_class, criterion_properties);
}

static void
sks_score_criterion_init (SksScoreCriterion *self)
{
}

SksScoreCriterion *
sks_score_criterion_new (const char *key,
                         const char *title,
                         gint64      max_points,
                         const char *guidance)
{
  return g_object_new (SKS_TYPE_SCORE_CRITERION, "key", key, "title", title,
                       "max-points", max_points, "guidance", guidance, NULL);
}

const SksFieldTable *
sks_score_criterion_get_field_table (void)
{
  return &criterion_table;
}

SksScoreCriterion *
sks_score_criterion_copy (SksScoreCriterion *self)
{
  SksScoreCriterion *copy;

  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), NULL);
  copy = sks_score_criterion_new (self->key, self->title, self->max_points, self->guidance);
  copy->id = self->id;
  copy->position = self->position;
  return copy;
}

gint64
sks_score_criterion_get_id (SksScoreCriterion *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), 0);
  return self->id;
}

void
sks_score_criterion_set_id (SksScoreCriterion *self,
                            gint64             id)
{
  g_return_if_fail (SKS_IS_SCORE_CRITERION (self));
  self->id = id;
}

const char *
sks_score_criterion_get_key (SksScoreCriterion *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), NULL);
  return self->key;
}

const char *
sks_score_criterion_get_title (SksScoreCriterion *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), NULL);
  return self->title;
}

gint64
sks_score_criterion_get_max_points (SksScoreCriterion *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), 0);
  return self->max_points;
}

const char *
sks_score_criterion_get_guidance (SksScoreCriterion *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), NULL);
  return self->guidance;
}

guint
sks_score_criterion_get_position (SksScoreCriterion *self)
{
  g_return_val_if_fail (SKS_IS_SCORE_CRITERION (self), 0);
  return (guint) self->position;
}

void
sks_score_criterion_set_position (SksScoreCriterion *self,
                                  guint              position)
{
  g_object_set (self, "position", (gint64) position, NULL);
}
