/* sks-test-scores.h — a scored city panel for tests of what shows scores
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-store.h"

G_BEGIN_DECLS

/* The reviewers of sks_test_score_city_panel(), in the panel's order. */
#define SKS_TEST_REVIEWER_A "王评审"
#define SKS_TEST_REVIEWER_B "李评审"
#define SKS_TEST_REVIEWER_C "赵评审"  /* works at the first application's applying unit */

/* Whole points reviewer @reviewer (0 A, 1 B, 2 C) gives the application in
 * column @column: A 80 + i, B 70 + 2i, C 90 − i. */
int        sks_test_score_total      (guint         reviewer,
                                      guint         column);

/* Gives the round of @ids a city panel of the three reviewers, the
 * profile's sheet, and scores every criterion of every application in
 * @ids the panel scores (the sheet's points in proportion, summing to the
 * total above). C's work unit is the first application's applying unit, so
 * his totals for it are a computed conflict, left out of the aggregate. */
void       sks_test_score_city_panel (SksStore     *store,
                                      const gint64 *ids,
                                      guint         n_ids);

G_END_DECLS
