/* sks-studio-row.h — the few fields of an application that a list shows
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sks-enums.h"

G_BEGIN_DECLS

#define SKS_TYPE_STUDIO_ROW (sks_studio_row_get_type ())

G_DECLARE_FINAL_TYPE (SksStudioRow, sks_studio_row, SKS, STUDIO_ROW, GObject)

/* Rows are read-only snapshots made by the store; personal data (ID number,
 * phone numbers) is never part of a row. */
typedef struct {
  gint64      id;
  gint64      round_id;
  gint64      recommender_id;
  const char *name;
  const char *master_name;
  const char *recommender_name;
  const char *unit_name;
  const char *skill_level;
  const char *birth;
  SksGender   gender;
  SksStatus   status;
  const char *modified;
  const char *occupation;     /* the master's 职业（工种） */
  const char *team_names;     /* the team members' names, one a line */
} SksStudioRowData;

/**
 * SksRowMatch:
 *
 * The field of a row in which a search text was found: the parts of the
 * search key, in its order.
 */
typedef enum {
  SKS_ROW_MATCH_NONE = -1,
  SKS_ROW_MATCH_NAME,
  SKS_ROW_MATCH_MASTER,
  SKS_ROW_MATCH_RECOMMENDER,
  SKS_ROW_MATCH_UNIT,
  SKS_ROW_MATCH_SKILL_LEVEL,
  SKS_ROW_MATCH_OCCUPATION,
  SKS_ROW_MATCH_TEAM_MEMBER,
} SksRowMatch;

SksStudioRow *sks_studio_row_new                  (const SksStudioRowData *data);
gint64        sks_studio_row_get_id               (SksStudioRow *self);
gint64        sks_studio_row_get_round_id         (SksStudioRow *self);
gint64        sks_studio_row_get_recommender_id   (SksStudioRow *self);
const char   *sks_studio_row_get_name             (SksStudioRow *self);
const char   *sks_studio_row_get_master_name      (SksStudioRow *self);
const char   *sks_studio_row_get_recommender_name (SksStudioRow *self);
const char   *sks_studio_row_get_unit_name        (SksStudioRow *self);
const char   *sks_studio_row_get_skill_level      (SksStudioRow *self);
const char   *sks_studio_row_get_birth            (SksStudioRow *self);
SksGender     sks_studio_row_get_gender           (SksStudioRow *self);
SksStatus     sks_studio_row_get_status           (SksStudioRow *self);
const char   *sks_studio_row_get_modified         (SksStudioRow *self);
const char   *sks_studio_row_get_occupation       (SksStudioRow *self);
const char   *sks_studio_row_get_team_names       (SksStudioRow *self);
SksRowMatch   sks_studio_row_find_match           (SksStudioRow *self,
                                                   const char   *folded_text,
                                                   char        **value);
const char   *sks_studio_row_get_search_key       (SksStudioRow *self);
char         *sks_studio_row_fold_text            (const char   *text);

typedef struct {
  gint64      round_id;
  gint64      recommender_id;
  SksStatus   status;
  int         verdict;
  const char *search_key;
} SksRowFilterFields;

void          sks_studio_row_peek_filter_fields   (SksStudioRow       *self,
                                                   SksRowFilterFields *fields);

/* Not stored: the eligibility verdict (an SksVerdictStatus, or -1 while
 * unknown) that the app computes after loading and keeps with the row. */
int           sks_studio_row_get_verdict          (SksStudioRow *self);
void          sks_studio_row_set_verdict          (SksStudioRow *self,
                                                   int           verdict);

G_END_DECLS
