/* sks-publication.h — the 公示 (public notice) of a round's selected
 * candidates and the objections (异议) it receives
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Which review's results a 公示 publishes. Stored by nick. */
typedef enum {
  SKS_PUBLICATION_LEVEL_CITY,     /* "city": 市级评审结果公示, before 认定 */
  SKS_PUBLICATION_LEVEL_DISTRICT, /* "district": a recommending unit's own 评审结果公示 */
} SksPublicationLevel;

/* What became of an objection (异议). Stored by nick. */
typedef enum {
  SKS_OBJECTION_OPEN,      /* "open": 待处理 */
  SKS_OBJECTION_UPHELD,    /* "upheld": 异议成立 */
  SKS_OBJECTION_DISMISSED, /* "dismissed": 异议不成立 */
} SksObjectionOutcome;

#define SKS_TYPE_PUBLICATION_LEVEL (sks_publication_level_get_type ())
#define SKS_TYPE_OBJECTION_OUTCOME (sks_objection_outcome_get_type ())

GType sks_publication_level_get_type  (void);
GType sks_objection_outcome_get_type  (void);

/**
 * SksPublication:
 *
 * A 公示: one round's candidates published for objections between a first
 * and a last day (both working days). The city's 公示 lists the candidates
 * the panel decided "selected" and precedes 认定; a district's 公示 lists one
 * recommending unit's candidates. Dates are GDates; @started is ISO 8601
 * text (UTC) set by the store.
 */
#define SKS_TYPE_PUBLICATION (sks_publication_get_type ())

G_DECLARE_FINAL_TYPE (SksPublication, sks_publication, SKS, PUBLICATION, GObject)

SksPublication     *sks_publication_new                 (gint64               round_id,
                                                         SksPublicationLevel  level);
gint64              sks_publication_get_id              (SksPublication      *self);
void                sks_publication_set_id              (SksPublication      *self,
                                                         gint64               id);
gint64              sks_publication_get_round_id        (SksPublication      *self);
SksPublicationLevel sks_publication_get_level           (SksPublication      *self);
gint64              sks_publication_get_recommender_id  (SksPublication      *self);
void                sks_publication_set_recommender_id  (SksPublication      *self,
                                                         gint64               recommender_id);
const char         *sks_publication_get_recommender_name (SksPublication     *self);
void                sks_publication_set_recommender_name (SksPublication     *self,
                                                         const char          *name);
const GDate        *sks_publication_get_first_day       (SksPublication      *self);
const GDate        *sks_publication_get_last_day        (SksPublication      *self);
void                sks_publication_set_period          (SksPublication      *self,
                                                         const GDate         *first_day,
                                                         const GDate         *last_day,
                                                         guint                working_days,
                                                         gboolean             next_day_counting);
guint               sks_publication_get_working_days    (SksPublication      *self);
gboolean            sks_publication_get_next_day_counting (SksPublication    *self);
const char         *sks_publication_get_title           (SksPublication      *self);
void                sks_publication_set_title           (SksPublication      *self,
                                                         const char          *title);
const char         *sks_publication_get_note            (SksPublication      *self);
void                sks_publication_set_note            (SksPublication      *self,
                                                         const char          *note);
const char         *sks_publication_get_started         (SksPublication      *self);
const char         *sks_publication_get_started_by      (SksPublication      *self);
void                sks_publication_set_started         (SksPublication      *self,
                                                         const char          *started,
                                                         const char          *started_by);
GArray             *sks_publication_get_studio_ids      (SksPublication      *self);
void                sks_publication_add_studio_id       (SksPublication      *self,
                                                         gint64               studio_id);
gboolean            sks_publication_has_ended_by        (SksPublication      *self,
                                                         const GDate         *date);
char               *sks_publication_dup_period_text     (SksPublication      *self);

/**
 * SksObjection:
 *
 * An objection (异议) received during a 公示: when, from whom (free text; may
 * be anonymous), what it says, optionally the application it concerns, and
 * its outcome with a note, the day and who resolved it.
 */
#define SKS_TYPE_OBJECTION (sks_objection_get_type ())

G_DECLARE_FINAL_TYPE (SksObjection, sks_objection, SKS, OBJECTION, GObject)

SksObjection       *sks_objection_new                   (gint64               publication_id,
                                                         const GDate         *received_on,
                                                         const char          *content);
gint64              sks_objection_get_id                (SksObjection        *self);
void                sks_objection_set_id                (SksObjection        *self,
                                                         gint64               id);
gint64              sks_objection_get_publication_id    (SksObjection        *self);
gint64              sks_objection_get_studio_id         (SksObjection        *self);
void                sks_objection_set_studio_id         (SksObjection        *self,
                                                         gint64               studio_id);
const GDate        *sks_objection_get_received_on       (SksObjection        *self);
const char         *sks_objection_get_received_from     (SksObjection        *self);
void                sks_objection_set_received_from     (SksObjection        *self,
                                                         const char          *from);
const char         *sks_objection_get_content           (SksObjection        *self);
SksObjectionOutcome sks_objection_get_outcome           (SksObjection        *self);
const char         *sks_objection_get_outcome_note      (SksObjection        *self);
const GDate        *sks_objection_get_resolved_on       (SksObjection        *self);
const char         *sks_objection_get_resolved_by       (SksObjection        *self);
void                sks_objection_set_outcome           (SksObjection        *self,
                                                         SksObjectionOutcome  outcome,
                                                         const char          *note,
                                                         const GDate         *resolved_on,
                                                         const char          *resolved_by);
const char         *sks_objection_get_recorded          (SksObjection        *self);
const char         *sks_objection_get_recorded_by       (SksObjection        *self);
void                sks_objection_set_recorded          (SksObjection        *self,
                                                         const char          *recorded,
                                                         const char          *recorded_by);

void                sks_validity_compute_end            (const GDate         *recognised_on,
                                                         guint                years,
                                                         GDate               *valid_until);

G_END_DECLS
