/* sks-json-reader-private.h — reading data files (policy profiles, the
 * holiday calendar) with errors that name the file, the place and the reason
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  SKS_JSON_PROBLEM_SYNTAX,       /* not JSON at all, or truncated */
  SKS_JSON_PROBLEM_TYPE,         /* a value of the wrong type */
  SKS_JSON_PROBLEM_MISSING,      /* a required member is absent */
  SKS_JSON_PROBLEM_VALUE,        /* the right type, a wrong value */
  SKS_JSON_PROBLEM_UNKNOWN_KEY,  /* a member the format does not have (often a typo) */
  SKS_JSON_N_PROBLEMS
} SksJsonProblem;

typedef enum {
  SKS_JSON_OPTIONAL = 0,
  SKS_JSON_REQUIRED = 1 << 0,
  SKS_JSON_NULLABLE = 1 << 1,
} SksJsonFlags;

/* The first failure is kept; later calls return FALSE without overwriting it. */
typedef struct {
  const char *file;                        /* shown in messages, e.g. "huzhou-2025.json" */
  GQuark      domain;
  int         codes[SKS_JSON_N_PROBLEMS];  /* error code per problem in @domain */
  GError    **error;
  gboolean    failed;
} SksJsonReader;

JsonObject *_sks_json_reader_parse       (SksJsonReader *r,
                                          JsonParser    *parser,
                                          GBytes        *bytes);
gboolean    _sks_json_fail               (SksJsonReader *r,
                                          SksJsonProblem problem,
                                          const char    *place,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (4, 5);

char       *_sks_json_place              (const char    *parent,
                                          const char    *key);
char       *_sks_json_place_index        (const char    *parent,
                                          guint          index);

gboolean    _sks_json_check_keys         (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char * const *allowed);

gboolean    _sks_json_node_string        (SksJsonReader *r,
                                          JsonNode      *node,
                                          const char    *place,
                                          const char   **value);
gboolean    _sks_json_node_int           (SksJsonReader *r,
                                          JsonNode      *node,
                                          const char    *place,
                                          gint64         min,
                                          gint64         max,
                                          gint64        *value);
gboolean    _sks_json_node_bool          (SksJsonReader *r,
                                          JsonNode      *node,
                                          const char    *place,
                                          gboolean      *value);
gboolean    _sks_json_node_date          (SksJsonReader *r,
                                          JsonNode      *node,
                                          const char    *place,
                                          GDate         *value);
JsonArray  *_sks_json_node_array         (SksJsonReader *r,
                                          JsonNode      *node,
                                          const char    *place);
JsonObject *_sks_json_node_object        (SksJsonReader *r,
                                          JsonNode      *node,
                                          const char    *place);

/* Members: absent optional members leave @value untouched and return TRUE;
 * null is allowed with SKS_JSON_NULLABLE and then clears @value. */
gboolean    _sks_json_get_string         (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char    *key,
                                          SksJsonFlags   flags,
                                          const char   **value);
gboolean    _sks_json_get_int            (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char    *key,
                                          SksJsonFlags   flags,
                                          gint64         min,
                                          gint64         max,
                                          gint64        *value);
gboolean    _sks_json_get_bool           (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char    *key,
                                          SksJsonFlags   flags,
                                          gboolean      *value);
gboolean    _sks_json_get_date           (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char    *key,
                                          SksJsonFlags   flags,
                                          GDate         *value);
gboolean    _sks_json_get_array          (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char    *key,
                                          SksJsonFlags   flags,
                                          JsonArray    **value);
gboolean    _sks_json_get_object         (SksJsonReader *r,
                                          JsonObject    *object,
                                          const char    *place,
                                          const char    *key,
                                          SksJsonFlags   flags,
                                          JsonObject   **value);

G_END_DECLS
