/* sks-compare.h — 2 to 4 applications side by side (申报比较): the Annex 3
 * form's fields, the team, the evidence checklist and every rule's verdict
 * in aligned rows, each row knowing whether its values differ
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-enums.h"
#include "sks-policy.h"
#include "sks-print-doc.h"
#include "sks-round.h"
#include "sks-store.h"
#include "sks-studio.h"
#include "sks-verdict.h"

G_BEGIN_DECLS

#define SKS_COMPARE_MIN_STUDIOS 2
#define SKS_COMPARE_MAX_STUDIOS 4

#define SKS_COMPARE_ERROR (sks_compare_error_quark ())

typedef enum {
  SKS_COMPARE_ERROR_TOO_FEW,      /* fewer than two applications */
  SKS_COMPARE_ERROR_TOO_MANY,     /* more than four */
  SKS_COMPARE_ERROR_NOT_FOUND,    /* an id names no application */
  SKS_COMPARE_ERROR_DUPLICATE,    /* the same application twice */
  SKS_COMPARE_ERROR_MIXED_ROUNDS, /* applications of different rounds */
} SksCompareError;

GQuark sks_compare_error_quark (void);

/* The parts of a comparison, top to bottom. */
typedef enum {
  SKS_COMPARE_SECTION_SUMMARY,  /* ages, skill levels, team size, honours: to scan */
  SKS_COMPARE_SECTION_FORM,     /* every field of the Annex 3 form, in its order */
  SKS_COMPARE_SECTION_TEXTS,    /* long texts the form does not print (业绩, 简介) */
  SKS_COMPARE_SECTION_TEAM,     /* members aligned by position */
  SKS_COMPARE_SECTION_EVIDENCE, /* the notice's checklist of materials */
  SKS_COMPARE_SECTION_RULES,    /* every rule's verdict */
  SKS_COMPARE_SECTION_SCORES,   /* each reviewer's total and the aggregate */
  SKS_COMPARE_N_SECTIONS
} SksCompareSection;

/**
 * SksCompareRow:
 * @key: stable name of the row ("form.3", "team.2.age", "rule.master.age"),
 *   the same in every comparison of the same round
 * @label: translated label (the form's own wording for form rows)
 * @values: one value per application, in column order (never %NULL;
 *   personal data masked)
 * @long_text: free text that wraps over several lines
 * @differs: the applications' values are not all the same
 */
typedef struct {
  SksCompareSection  section;
  char              *key;
  char              *label;
  GStrv              values;
  gboolean           long_text;
  gboolean           differs;
} SksCompareRow;

/**
 * SksCompareColumn:
 * One application's header: studio, master, applying unit, recommending
 * unit, overall verdict.
 */
typedef struct {
  gint64            studio_id;
  char             *studio;
  char             *master;
  char             *unit;
  char             *recommender;
  SksVerdictStatus  verdict;
  char             *verdict_label;
} SksCompareColumn;

#define SKS_TYPE_COMPARISON (sks_comparison_get_type ())

G_DECLARE_FINAL_TYPE (SksComparison, sks_comparison, SKS, COMPARISON, GObject)

SksComparison          *sks_comparison_new            (SksRound      *round,
                                                       SksPolicy     *policy,
                                                       GPtrArray     *studios,
                                                       GPtrArray     *recommenders,
                                                       GError       **error);
SksComparison          *sks_comparison_new_from_store (SksStore      *store,
                                                       const gint64  *studio_ids,
                                                       guint          n_ids,
                                                       GError       **error);

SksRound               *sks_comparison_get_round      (SksComparison *self);
const GDate            *sks_comparison_get_reference_date (SksComparison *self);
guint                   sks_comparison_get_n_columns  (SksComparison *self);
const SksCompareColumn *sks_comparison_get_column     (SksComparison *self,
                                                       guint          column);
guint                   sks_comparison_get_n_rows     (SksComparison *self);
const SksCompareRow    *sks_comparison_get_row        (SksComparison *self,
                                                       guint          row);
int                     sks_comparison_find_row       (SksComparison *self,
                                                       const char    *key);
const SksCompareRow    *sks_comparison_add_row        (SksComparison *self,
                                                       SksCompareSection section,
                                                       const char    *key,
                                                       const char    *label,
                                                       const char *const *values,
                                                       gboolean       long_text);

const char             *sks_compare_section_get_label (SksCompareSection section);

/* Printing: the bureau's comparison sheet, A4 landscape. */
SksPrintDoc            *sks_comparison_print_doc_new  (SksComparison *self);
gboolean                sks_comparison_write_pdf      (SksComparison *self,
                                                       const char    *path,
                                                       GError       **error);

G_END_DECLS
