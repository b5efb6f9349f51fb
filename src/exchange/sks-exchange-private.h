/* sks-exchange-private.h — shared by the exchange reader and writer
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-exchange.h"

G_BEGIN_DECLS

/* Keys of an application besides its field table's; the reader refuses any
 * other key, so a key added here is a new format version. */
#define SKS_EXCHANGE_KEY_UUID        "uuid"
#define SKS_EXCHANGE_KEY_ROUND       "round"
#define SKS_EXCHANGE_KEY_RECOMMENDER "recommender"
#define SKS_EXCHANGE_KEY_CREATED     "created"
#define SKS_EXCHANGE_KEY_MODIFIED    "modified"
#define SKS_EXCHANGE_KEY_UNIT        "unit"
#define SKS_EXCHANGE_KEY_MASTER      "master"
#define SKS_EXCHANGE_KEY_TEAM        "team"
#define SKS_EXCHANGE_KEY_ATTACHMENTS "attachments"
#define SKS_EXCHANGE_KEY_HISTORY     "history"
/* Since format version 2 */
#define SKS_EXCHANGE_KEY_EVALUATIONS "evaluations"

/* Keys of an evaluation besides its field table's, and of one of its scores */
#define SKS_EXCHANGE_KEY_SCORES      "scores"
#define SKS_EXCHANGE_KEY_ITEM        "item"
#define SKS_EXCHANGE_KEY_SELF        "self"
#define SKS_EXCHANGE_KEY_ASSESSOR    "assessor"

/* Keys of an attachment besides its field table's */
#define SKS_EXCHANGE_KEY_SIZE        "size"
#define SKS_EXCHANGE_KEY_SHA256      "sha256"
#define SKS_EXCHANGE_KEY_DATA        "data"

/* Keys of a round besides its field table's */
#define SKS_EXCHANGE_KEY_RECOMMENDERS "recommenders"

/* One round of the file with its recommending units. */
typedef struct {
  SksRound   *round;
  GPtrArray  *recommenders;      /* SksRecommender without problems */
  GHashTable *bad_recommenders;  /* names of those with problems */
  gboolean    valid;
} SksExchangeRound;

/* One application of the file. */
typedef struct {
  SksStudio *studio;
  char      *round_key;
  char      *recommender_name;
  GPtrArray *evaluations;   /* SksEvaluation (format version 2) */
  gboolean   valid;
} SksExchangeRecord;

struct _SksExchangeImport
{
  GPtrArray *rounds;    /* SksExchangeRound */
  GPtrArray *records;   /* SksExchangeRecord, record n at n - 1 */
  GPtrArray *studios;   /* the records' studios, for the accessor */
  GPtrArray *round_objects;
  GPtrArray *problems;  /* SksExchangeProblem */
};

char               *_sks_exchange_now_iso8601  (void);
SksExchangeProblem *_sks_exchange_problem_new  (guint       record,
                                                const char *studio_name,
                                                const char *path,
                                                const char *message);
SksExchangeRound   *_sks_exchange_find_round   (SksExchangeImport *import,
                                                const char        *key);

G_END_DECLS
