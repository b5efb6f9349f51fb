/* sks-json-guard.h — a check of JSON text before json-glib parses it
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SKS_JSON_GUARD_ERROR (sks_json_guard_error_quark ())

typedef enum {
  SKS_JSON_GUARD_ERROR_SYNTAX,         /* not JSON (RFC 8259), or cut off */
  SKS_JSON_GUARD_ERROR_ENCODING,       /* not UTF-8, or a NUL byte */
  SKS_JSON_GUARD_ERROR_TOO_DEEP,       /* lists and objects nested too deep */
  SKS_JSON_GUARD_ERROR_NUL,            /* the escape \u0000 in text */
  SKS_JSON_GUARD_ERROR_SURROGATE,      /* an unpaired \uD800–\uDFFF escape */
  SKS_JSON_GUARD_ERROR_DUPLICATE_KEY,  /* a key twice in one object */
  SKS_JSON_GUARD_ERROR_NUMBER,         /* a number json-glib would change */
} SksJsonGuardError;

/* Our deepest file (a form description) nests 8 levels; json-glib recurses
 * per level and overflows the stack somewhere past 10,000. */
#define SKS_JSON_GUARD_MAX_DEPTH 64

/* Quoted values are cut to this many characters. */
#define SKS_JSON_GUARD_EXCERPT_CHARS 40

/* Where a check failed. */
typedef struct {
  char  *path;    /* such as studios[3].master.id-number; "" for the top level */
  char  *where;   /* for a message: the path, or "line L, column C" for syntax,
                   * encoding and depth problems and at the top level */
  guint  line;    /* 1-based */
  guint  column;  /* 1-based, in characters */
} SksJsonGuardPlace;

GQuark    sks_json_guard_error_quark  (void);
gboolean  sks_json_guard_check        (const char        *data,
                                       gsize              length,
                                       SksJsonGuardPlace *place,
                                       GError           **error);
void      sks_json_guard_place_clear  (SksJsonGuardPlace *place);
char     *sks_json_guard_excerpt      (const char        *text,
                                       gssize             length);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SksJsonGuardPlace, sks_json_guard_place_clear)

G_END_DECLS
