/* sks-publication.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-publication.h"

/* value_name holds the English label (a msgid), value_nick the stored key,
 * as in sks-enums.c. */
#define DEFINE_ENUM(TypeName, type_name, ...)                                  \
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

DEFINE_ENUM (SksPublicationLevel, sks_publication_level,
  { SKS_PUBLICATION_LEVEL_CITY, N_("City public notice"), "city" },
  { SKS_PUBLICATION_LEVEL_DISTRICT, N_("District public notice"), "district" })

DEFINE_ENUM (SksObjectionOutcome, sks_objection_outcome,
  { SKS_OBJECTION_OPEN, N_("Open"), "open" },
  { SKS_OBJECTION_UPHELD, N_("Upheld"), "upheld" },
  { SKS_OBJECTION_DISMISSED, N_("Dismissed"), "dismissed" })

/* g_set_str() is GLib 2.76 */
static void
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

struct _SksPublication
{
  GObject              parent_instance;

  gint64               id;
  gint64               round_id;
  SksPublicationLevel  level;
  gint64               recommender_id;
  char                *recommender_name;
  GDate                first_day;
  GDate                last_day;
  guint                working_days;
  gboolean             next_day_counting;
  char                *title;
  char                *note;
  char                *started;
  char                *started_by;
  GArray              *studio_ids;
};

G_DEFINE_FINAL_TYPE (SksPublication, sks_publication, G_TYPE_OBJECT)

static void
sks_publication_finalize (GObject *object)
{
  SksPublication *self = SKS_PUBLICATION (object);

  g_free (self->recommender_name);
  g_free (self->title);
  g_free (self->note);
  g_free (self->started);
  g_free (self->started_by);
  g_array_unref (self->studio_ids);
  G_OBJECT_CLASS (sks_publication_parent_class)->finalize (object);
}

static void
sks_publication_class_init (SksPublicationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_publication_finalize;
}

static void
sks_publication_init (SksPublication *self)
{
  g_date_clear (&self->first_day, 1);
  g_date_clear (&self->last_day, 1);
  self->studio_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * sks_publication_new:
 * @round_id: the round
 * @level: whose review's results it publishes
 *
 * Returns: (transfer full): a 公示 not yet started, with no period
 */
SksPublication *
sks_publication_new (gint64               round_id,
                     SksPublicationLevel  level)
{
  SksPublication *self = g_object_new (SKS_TYPE_PUBLICATION, NULL);

  self->round_id = round_id;
  self->level = level;
  return self;
}

gint64
sks_publication_get_id (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), 0);
  return self->id;
}

void
sks_publication_set_id (SksPublication *self,
                        gint64          id)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  self->id = id;
}

gint64
sks_publication_get_round_id (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), 0);
  return self->round_id;
}

SksPublicationLevel
sks_publication_get_level (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), SKS_PUBLICATION_LEVEL_CITY);
  return self->level;
}

/* 0 for the city's 公示; a district's names its recommending unit. */
gint64
sks_publication_get_recommender_id (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), 0);
  return self->recommender_id;
}

void
sks_publication_set_recommender_id (SksPublication *self,
                                    gint64          recommender_id)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  self->recommender_id = recommender_id;
}

/* The recommending unit's name, for display (not stored). */
const char *
sks_publication_get_recommender_name (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return self->recommender_name;
}

void
sks_publication_set_recommender_name (SksPublication *self,
                                      const char     *name)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  set_str (&self->recommender_name, name);
}

/* Returns: (transfer none): the first day; invalid until a period is set */
const GDate *
sks_publication_get_first_day (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return &self->first_day;
}

/* Returns: (transfer none): the last day of the period (inclusive) */
const GDate *
sks_publication_get_last_day (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return &self->last_day;
}

/**
 * sks_publication_set_period:
 * @working_days: how many working days the period holds
 * @next_day_counting: %TRUE when counting started the day after posting
 *   (民法典 第201条), %FALSE when the day of posting was day 1
 */
void
sks_publication_set_period (SksPublication *self,
                            const GDate    *first_day,
                            const GDate    *last_day,
                            guint           working_days,
                            gboolean        next_day_counting)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  g_return_if_fail (first_day != NULL && last_day != NULL);

  self->first_day = *first_day;
  self->last_day = *last_day;
  self->working_days = working_days;
  self->next_day_counting = next_day_counting;
}

guint
sks_publication_get_working_days (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), 0);
  return self->working_days;
}

gboolean
sks_publication_get_next_day_counting (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), FALSE);
  return self->next_day_counting;
}

const char *
sks_publication_get_title (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return self->title;
}

void
sks_publication_set_title (SksPublication *self,
                           const char     *title)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  set_str (&self->title, title);
}

const char *
sks_publication_get_note (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return self->note;
}

void
sks_publication_set_note (SksPublication *self,
                          const char     *note)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  set_str (&self->note, note);
}

/* ISO 8601 (UTC) of when it was started; %NULL before. */
const char *
sks_publication_get_started (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return self->started;
}

const char *
sks_publication_get_started_by (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return self->started_by;
}

void
sks_publication_set_started (SksPublication *self,
                             const char     *started,
                             const char     *started_by)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  set_str (&self->started, started);
  set_str (&self->started_by, started_by);
}

/**
 * sks_publication_get_studio_ids:
 *
 * Returns: (transfer none) (element-type gint64): the listed applications,
 *   in the order of the list
 */
GArray *
sks_publication_get_studio_ids (SksPublication *self)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);
  return self->studio_ids;
}

void
sks_publication_add_studio_id (SksPublication *self,
                               gint64          studio_id)
{
  g_return_if_fail (SKS_IS_PUBLICATION (self));
  g_array_append_val (self->studio_ids, studio_id);
}

/* Whether the period is over on @date: @date is after the last day. */
gboolean
sks_publication_has_ended_by (SksPublication *self,
                              const GDate    *date)
{
  g_return_val_if_fail (SKS_IS_PUBLICATION (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return g_date_valid (&self->last_day) && g_date_compare (date, &self->last_day) > 0;
}

/**
 * sks_publication_dup_period_text:
 *
 * Returns: (transfer full): "2025-09-26 – 2025-10-09 (5 working days)",
 *   translated
 */
char *
sks_publication_dup_period_text (SksPublication *self)
{
  char first[16] = "", last[16] = "";

  g_return_val_if_fail (SKS_IS_PUBLICATION (self), NULL);

  if (g_date_valid (&self->first_day))
    g_date_strftime (first, sizeof first, "%Y-%m-%d", &self->first_day);
  if (g_date_valid (&self->last_day))
    g_date_strftime (last, sizeof last, "%Y-%m-%d", &self->last_day);
  /* Translators: a 公示 period: first day – last day (N working days) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s (%u working day)",
                                       "%s – %s (%u working days)", self->working_days),
                          first, last, self->working_days);
}

struct _SksObjection
{
  GObject              parent_instance;

  gint64               id;
  gint64               publication_id;
  gint64               studio_id;
  GDate                received_on;
  char                *received_from;
  char                *content;
  SksObjectionOutcome  outcome;
  char                *outcome_note;
  GDate                resolved_on;
  char                *resolved_by;
  char                *recorded;
  char                *recorded_by;
};

G_DEFINE_FINAL_TYPE (SksObjection, sks_objection, G_TYPE_OBJECT)

static void
sks_objection_finalize (GObject *object)
{
  SksObjection *self = SKS_OBJECTION (object);

  g_free (self->received_from);
  g_free (self->content);
  g_free (self->outcome_note);
  g_free (self->resolved_by);
  g_free (self->recorded);
  g_free (self->recorded_by);
  G_OBJECT_CLASS (sks_objection_parent_class)->finalize (object);
}

static void
sks_objection_class_init (SksObjectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_objection_finalize;
}

static void
sks_objection_init (SksObjection *self)
{
  g_date_clear (&self->received_on, 1);
  g_date_clear (&self->resolved_on, 1);
}

/**
 * sks_objection_new:
 * @publication_id: the 公示 it was received in
 * @received_on: the day it was received
 * @content: what it says
 *
 * Returns: (transfer full): an open objection
 */
SksObjection *
sks_objection_new (gint64       publication_id,
                   const GDate *received_on,
                   const char  *content)
{
  SksObjection *self = g_object_new (SKS_TYPE_OBJECTION, NULL);

  self->publication_id = publication_id;
  if (received_on != NULL)
    self->received_on = *received_on;
  self->content = g_strdup (content);
  return self;
}

gint64
sks_objection_get_id (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), 0);
  return self->id;
}

void
sks_objection_set_id (SksObjection *self,
                      gint64        id)
{
  g_return_if_fail (SKS_IS_OBJECTION (self));
  self->id = id;
}

gint64
sks_objection_get_publication_id (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), 0);
  return self->publication_id;
}

/* The application it concerns, or 0 when it concerns the whole list. */
gint64
sks_objection_get_studio_id (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), 0);
  return self->studio_id;
}

void
sks_objection_set_studio_id (SksObjection *self,
                             gint64        studio_id)
{
  g_return_if_fail (SKS_IS_OBJECTION (self));
  self->studio_id = studio_id;
}

const GDate *
sks_objection_get_received_on (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return &self->received_on;
}

/* Who sent it, as the bureau records it; %NULL when anonymous. */
const char *
sks_objection_get_received_from (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return self->received_from;
}

void
sks_objection_set_received_from (SksObjection *self,
                                 const char   *from)
{
  g_return_if_fail (SKS_IS_OBJECTION (self));
  set_str (&self->received_from, from);
}

const char *
sks_objection_get_content (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return self->content;
}

SksObjectionOutcome
sks_objection_get_outcome (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), SKS_OBJECTION_OPEN);
  return self->outcome;
}

const char *
sks_objection_get_outcome_note (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return self->outcome_note;
}

/* Invalid while the objection is open. */
const GDate *
sks_objection_get_resolved_on (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return &self->resolved_on;
}

const char *
sks_objection_get_resolved_by (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return self->resolved_by;
}

/**
 * sks_objection_set_outcome:
 * @note: (nullable): why, as the bureau words it
 * @resolved_on: (nullable): the day of the outcome
 * @resolved_by: (nullable): who recorded the outcome
 */
void
sks_objection_set_outcome (SksObjection        *self,
                           SksObjectionOutcome  outcome,
                           const char          *note,
                           const GDate         *resolved_on,
                           const char          *resolved_by)
{
  g_return_if_fail (SKS_IS_OBJECTION (self));

  self->outcome = outcome;
  set_str (&self->outcome_note, note);
  if (resolved_on != NULL && g_date_valid (resolved_on))
    self->resolved_on = *resolved_on;
  else
    g_date_clear (&self->resolved_on, 1);
  set_str (&self->resolved_by, resolved_by);
}

const char *
sks_objection_get_recorded (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return self->recorded;
}

const char *
sks_objection_get_recorded_by (SksObjection *self)
{
  g_return_val_if_fail (SKS_IS_OBJECTION (self), NULL);
  return self->recorded_by;
}

void
sks_objection_set_recorded (SksObjection *self,
                            const char   *recorded,
                            const char   *recorded_by)
{
  g_return_if_fail (SKS_IS_OBJECTION (self));
  set_str (&self->recorded, recorded);
  set_str (&self->recorded_by, recorded_by);
}

/**
 * sks_validity_compute_end:
 * @recognised_on: the day of 认定
 * @years: the validity in years (Hangzhou: 有效期为 3 年)
 * @valid_until: (out caller-allocates): the last day still valid
 *
 * A validity of N years that starts on the day of recognition ends the day
 * before the same date N years later: 2023-12-20 and 3 years give
 * 2026-12-19. A 29 February start ends on 27 February (the day before
 * 28 February of a common year).
 */
void
sks_validity_compute_end (const GDate *recognised_on,
                          guint        years,
                          GDate       *valid_until)
{
  g_return_if_fail (recognised_on != NULL && g_date_valid (recognised_on));
  g_return_if_fail (valid_until != NULL);

  *valid_until = *recognised_on;
  g_date_add_years (valid_until, years);
  g_date_subtract_days (valid_until, 1);
}
