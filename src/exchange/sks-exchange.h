/* sks-exchange.h — the exchange format: complete applications as JSON, for
 * the hand-over from district to city (区县 → 市) and for scripts
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "sks-store.h"

G_BEGIN_DECLS

/* The value of the top-level "format" key, and the version this build
 * writes and the newest it reads. See docs/exchange-format.md. */
#define SKS_EXCHANGE_FORMAT "skill-studio-exchange"
#define SKS_EXCHANGE_VERSION 3

#define SKS_EXCHANGE_ERROR (sks_exchange_error_quark ())

typedef enum {
  SKS_EXCHANGE_ERROR_PARSE,        /* not JSON, or cut off */
  SKS_EXCHANGE_ERROR_NOT_EXCHANGE, /* JSON, but not an exchange file */
  SKS_EXCHANGE_ERROR_VERSION,      /* "version" missing, not a number, or too new */
  SKS_EXCHANGE_ERROR_PROBLEMS,     /* records have problems; nothing was imported */
  SKS_EXCHANGE_ERROR_FAILED,       /* writing the file failed */
} SksExchangeError;

/**
 * SksExchangeProblem:
 * @record: the application's number in the file, counting from 1 as a
 *   user counts; 0 for a problem outside the applications (a round, the
 *   file's header)
 * @studio_name: (nullable): the application's name, when it has one
 * @path: the key that has the problem, as in sks_studio_validate():
 *   "master.id-number", "team[2].birth", "rounds[0].year"
 * @message: translated; names the field and the reason, never its value
 *   when the field holds personal data
 */
typedef struct {
  guint  record;
  char  *studio_name;
  char  *path;
  char  *message;
} SksExchangeProblem;

void                sks_exchange_problem_free      (SksExchangeProblem *problem);
char               *sks_exchange_problem_to_string (const SksExchangeProblem *problem);

/* The content of an exchange file, read and checked without a document. */
typedef struct _SksExchangeImport SksExchangeImport;

/**
 * SksExchangeReport:
 * @n_records: applications in the file
 * @n_imported: applications added to the document
 * @n_rejected: applications with at least one problem
 * @n_rounds_created: rounds the file brought that the document lacked
 * @n_recommenders_created: likewise for recommending units
 * @n_replaced: drafts (填报中) in the document replaced by their version in
 *   the file (with %SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS)
 * @n_replaceable: applications refused because they are drafts in the
 *   document already, which %SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS would replace
 * @problems: (element-type SksExchangeProblem): every problem, in the
 *   order of the file: those found reading it and those found against the
 *   document (already there, unknown round)
 */
typedef struct {
  guint      n_records;
  guint      n_imported;
  guint      n_rejected;
  guint      n_rounds_created;
  guint      n_recommenders_created;
  guint      n_replaced;
  guint      n_replaceable;
  GPtrArray *problems;
} SksExchangeReport;

/**
 * SksExchangeImportFlags:
 * @SKS_EXCHANGE_IMPORT_VALID_ONLY: add the applications without problems
 *   even when others have some
 * @SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS: an application that is a draft
 *   (填报中) in the document is replaced by the file's version, the old values
 *   kept in its history; never one of a later status
 */
typedef enum {
  SKS_EXCHANGE_IMPORT_DEFAULT        = 0,
  SKS_EXCHANGE_IMPORT_VALID_ONLY     = 1 << 0,
  SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS = 1 << 1,
} SksExchangeImportFlags;

GQuark             sks_exchange_error_quark          (void);

/* Writing */
JsonNode          *sks_exchange_build                (SksStore           *store,
                                                      gint64              round_id,
                                                      GError            **error);
gboolean           sks_exchange_write                (SksStore           *store,
                                                      gint64              round_id,
                                                      GOutputStream      *stream,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
gboolean           sks_exchange_write_file           (SksStore           *store,
                                                      gint64              round_id,
                                                      const char         *path,
                                                      GError            **error);

/* Reading */
SksExchangeImport *sks_exchange_read                 (const char         *path,
                                                      GError            **error);
SksExchangeImport *sks_exchange_read_bytes           (GBytes             *bytes,
                                                      GError            **error);
SksExchangeImport *sks_exchange_read_node            (JsonNode           *root,
                                                      GError            **error);
void               sks_exchange_import_free          (SksExchangeImport  *import);

guint              sks_exchange_import_get_n_records (SksExchangeImport  *import);
GPtrArray         *sks_exchange_import_get_studios   (SksExchangeImport  *import);
GPtrArray         *sks_exchange_import_get_rounds    (SksExchangeImport  *import);
GPtrArray         *sks_exchange_import_get_problems  (SksExchangeImport  *import);
gboolean           sks_exchange_import_record_is_valid (SksExchangeImport *import,
                                                      guint               record);

/* Importing */
gboolean           sks_exchange_import               (SksStore           *store,
                                                      SksExchangeImport  *import,
                                                      gboolean            valid_only,
                                                      SksExchangeReport **report,
                                                      GError            **error);
gboolean           sks_exchange_import_with_flags    (SksStore           *store,
                                                      SksExchangeImport  *import,
                                                      SksExchangeImportFlags flags,
                                                      SksExchangeReport **report,
                                                      GError            **error);
void               sks_exchange_report_free          (SksExchangeReport  *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksExchangeProblem, sks_exchange_problem_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksExchangeImport, sks_exchange_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksExchangeReport, sks_exchange_report_free)

G_END_DECLS
