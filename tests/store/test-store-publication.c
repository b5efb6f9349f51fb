/* test-store-publication.c — the 公示 (issue 14): its period across
 * holidays with make-up working days, starting it, objections, recognition
 * refused before the period ends and while an objection is open, the
 * validity, and 公示中/已认定 refused as a plain status change
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sks-publication-plan.h"
#include "sks-status-step.h"
#include "sks-store-private.h"
#include "sks-store-publication.h"
#include "sks-test-util.h"

/* Period ------------------------------------------------------------------ */

typedef struct {
  const char *path;
  const char *start;
  gboolean    next_day;
  const char *first;
  const char *last;
} PeriodCase;

/* 2025: 国庆节、中秋节 off 10-01..10-08, make-up working days Sun 09-28 and
 * Sat 10-11. 2026: 春节 off 02-15..02-23, make-up Sat 02-14 and Sat 02-28. */
static const PeriodCase period_cases[] = {
  /* Fri 26, Sun 28 (make-up), Mon 29, Tue 30, then Thu 10-09 */
  { "/publication/period/2025-09-26/inclusive", "2025-09-26", FALSE, "2025-09-26", "2025-10-09" },
  /* Sat 27 is off: Sun 28, 29, 30, 10-09, 10-10 */
  { "/publication/period/2025-09-26/next-day", "2025-09-26", TRUE, "2025-09-28", "2025-10-10" },
  /* Thu 12, Fri 13, Sat 14 (make-up), then Tue 24, Wed 25 */
  { "/publication/period/2026-02-12/inclusive", "2026-02-12", FALSE, "2026-02-12", "2026-02-25" },
  { "/publication/period/2026-02-12/next-day", "2026-02-12", TRUE, "2026-02-13", "2026-02-26" },
  /* posted on the holiday itself: day 1 is the first working day after;
   * 10-09, 10-10, Sat 10-11 (make-up), 10-13, 10-14 */
  { "/publication/period/2025-10-03/inclusive", "2025-10-03", FALSE, "2025-10-09", "2025-10-14" },
};

static void
parse (const char *text,
       GDate      *date)
{
  guint y, m, d;

  g_assert_cmpint (sscanf (text, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

static char *
iso (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/* Huzhou's profile, its counting made next-day when asked. */
static SksPolicy *
load_huzhou (gboolean next_day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "policies",
                                            "huzhou-2025.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) json = NULL;
  SksPolicy *policy;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  json = g_string_new (text);
  if (next_day)
    g_assert_cmpuint (g_string_replace (json, "\"counting\": \"inclusive\"",
                                        "\"counting\": \"next-day\"", 1), ==, 1);
  bytes = g_bytes_new (json->str, json->len);
  policy = sks_policy_new_from_bytes (bytes, "huzhou-2025.json", NULL, &error);
  g_assert_no_error (error);
  return policy;
}

static void
test_period (gconstpointer data)
{
  const PeriodCase *c = data;
  g_autoptr(SksPolicy) policy = load_huzhou (c->next_day);
  g_autoptr(SksPublication) publication = sks_publication_new (1, SKS_PUBLICATION_LEVEL_CITY);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *last = NULL;
  GDate start;

  parse (c->start, &start);
  g_assert_true (sks_publication_plan (publication, policy, NULL, &start, NULL, &error));
  g_assert_no_error (error);
  first = iso (sks_publication_get_first_day (publication));
  last = iso (sks_publication_get_last_day (publication));
  g_assert_cmpstr (first, ==, c->first);
  g_assert_cmpstr (last, ==, c->last);
  g_assert_cmpuint (sks_publication_get_working_days (publication), ==, 5);
  g_assert_true (sks_publication_get_next_day_counting (publication) == c->next_day);
}

static void
test_period_last_day (void)
{
  g_autoptr(SksPolicy) policy = load_huzhou (FALSE);
  g_autoptr(SksPublication) publication = sks_publication_new (1, SKS_PUBLICATION_LEVEL_CITY);
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  GDate start, early, later;

  parse ("2025-09-26", &start);
  parse ("2025-10-08", &early);
  g_assert_false (sks_publication_plan (publication, policy, NULL, &start, &early, &error));
  g_assert_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "2025-10-09"));
  g_clear_error (&error);

  parse ("2025-10-13", &later);  /* Mon: 10-09, 10-10, 10-11 (make-up), 10-13 */
  g_assert_true (sks_publication_plan (publication, policy, NULL, &start, &later, &error));
  g_assert_no_error (error);
  last = iso (sks_publication_get_last_day (publication));
  g_assert_cmpstr (last, ==, "2025-10-13");
  g_assert_cmpuint (sks_publication_get_working_days (publication), ==, 8);
}

/* Hangzhou 五（二）: 有效期为 3 年, from the day of recognition to the day
 * before the same date three years later. */
static void
test_validity (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) hangzhou = sks_policy_lookup ("hangzhou-2023", &error);
  g_autoptr(SksPolicy) huzhou = sks_policy_lookup ("huzhou-2025", &error);
  g_autofree char *until = NULL;
  GDate on, end;

  g_assert_no_error (error);
  g_assert_cmpuint (sks_policy_get_validity_years (hangzhou), ==, 3);
  g_assert_cmpuint (sks_policy_get_validity_years (huzhou), ==, 0);
  parse ("2023-12-20", &on);
  sks_validity_compute_end (&on, 3, &end);
  until = iso (&end);
  g_assert_cmpstr (until, ==, "2026-12-19");
}

/* Store ------------------------------------------------------------------- */

typedef struct {
  char           *dir;
  SksStore       *store;
  SksRound       *round;
  SksRecommender *recommender;
  gint64          ids[4];   /* selected, selected, not-selected, recommended only */
} Fixture;

static gint64
save_new_studio (Fixture   *f,
                 guint      seed,
                 SksStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_test_make_full_studio (seed, 1);

  sks_studio_set_round_id (studio, sks_round_get_id (f->round));
  sks_studio_set_recommender_id (studio, sks_recommender_get_id (f->recommender));
  sks_studio_set_status (studio, status);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
  return sks_studio_get_id (studio);
}

static void
decide (Fixture    *f,
        gint64      studio_id,
        const char *level,
        const char *decision)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = _sks_store_get_db (f->store);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO decisions (studio_id, round_id, level, "
                                       "decision, decided, decided_by) VALUES (?1, ?2, ?3, ?4, "
                                       "'2025-09-20T08:00:00Z', '评审组')", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, studio_id);
  sqlite3_bind_int64 (stmt, 2, sks_round_get_id (f->round));
  sqlite3_bind_text (stmt, 3, level, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, decision, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *policy_id = data ? data : "huzhou-2025";
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = sks_test_make_tmpdir ();
  path = g_build_filename (f->dir, "test.skillstudio", NULL);
  f->store = sks_store_open (path, SKS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  sks_store_set_user (f->store, "李明");
  f->round = sks_round_new (policy_id, "湖州市", 2025);
  g_object_set (f->round, "policy-id", policy_id, "title", "2025年湖州市技能大师工作室", NULL);
  g_assert_true (sks_store_save_round (f->store, f->round, &error));
  f->recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);
  sks_recommender_set_round_id (f->recommender, sks_round_get_id (f->round));
  g_assert_true (sks_store_save_recommender (f->store, f->recommender, &error));
  g_assert_no_error (error);
  f->ids[0] = save_new_studio (f, 5, SKS_STATUS_UNDER_REVIEW);
  f->ids[1] = save_new_studio (f, 6, SKS_STATUS_RECOMMENDED);
  f->ids[2] = save_new_studio (f, 7, SKS_STATUS_UNDER_REVIEW);
  f->ids[3] = save_new_studio (f, 8, SKS_STATUS_RECOMMENDED);
}

static void
fixture_decide (Fixture *f)
{
  decide (f, f->ids[0], "city", "selected");
  decide (f, f->ids[1], "city", "selected");
  decide (f, f->ids[2], "city", "not-selected");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->round);
  g_clear_object (&f->recommender);
  g_assert_finalize_object (f->store);
  sks_test_remove_tree (f->dir);
  g_free (f->dir);
}

static SksStatus
status_of (Fixture *f,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, id, &error);

  g_assert_no_error (error);
  return sks_studio_get_status (studio);
}

static SksPublication *
start (Fixture    *f,
       const char *day,
       GError    **error)
{
  GDate date;

  parse (day, &date);
  return sks_publication_start_for_round (f->store, f->round, SKS_PUBLICATION_LEVEL_CITY, NULL,
                                          &date, NULL, error);
}

static SksPublication *
start_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SksPublication *publication = start (f, "2025-09-26", &error);

  g_assert_no_error (error);
  g_assert_nonnull (publication);
  return publication;
}

static void
test_start_nothing_selected (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPublication) publication = start (f, "2025-09-26", &error);

  g_assert_null (publication);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_UNDER_REVIEW);
}

static void
test_start_lists_selected (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksPublication) stored = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksHistoryEntry) last = NULL;
  GArray *ids;

  fixture_decide (f);
  publication = start_ok (f);
  stored = sks_store_get_publication (f->store, sks_round_get_id (f->round),
                                      SKS_PUBLICATION_LEVEL_CITY, 0, &error);
  g_assert_no_error (error);
  ids = sks_publication_get_studio_ids (stored);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, f->ids[0]);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, f->ids[1]);
  g_assert_cmpstr (sks_publication_get_started_by (stored), ==, "李明");
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_PUBLICIZED);
  g_assert_cmpint (status_of (f, f->ids[1]), ==, SKS_STATUS_PUBLICIZED);
  g_assert_cmpint (status_of (f, f->ids[2]), ==, SKS_STATUS_UNDER_REVIEW);

  history = sks_store_list_history (f->store, f->ids[0], &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
  g_assert_cmpstr (sks_history_entry_get_field (last), ==, "status");
  g_assert_cmpstr (sks_history_entry_get_who (last), ==, "李明");
  g_assert_nonnull (strstr (sks_history_entry_get_reason (last), "2025-10-09"));
}

static void
test_start_twice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksPublication) again = NULL;
  g_autoptr(GError) error = NULL;

  fixture_decide (f);
  publication = start_ok (f);
  again = start (f, "2025-10-20", &error);
  g_assert_null (again);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "2025-09-26"));
}

static void
test_start_bad_status (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) error = NULL;
  gint64 submitted = save_new_studio (f, 9, SKS_STATUS_SUBMITTED);

  fixture_decide (f);
  decide (f, submitted, "city", "selected");
  publication = start (f, "2025-09-26", &error);
  g_assert_null (publication);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  /* all or nothing: the others stay as they were */
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_UNDER_REVIEW);
}

static void
test_start_district (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  parse ("2026-02-12", &date);
  publication = sks_publication_start_for_round (f->store, f->round,
                                                 SKS_PUBLICATION_LEVEL_DISTRICT, "吴兴区", &date,
                                                 NULL, &error);
  g_assert_no_error (error);
  /* no district decisions: the unit's recommended applications, no status change */
  g_assert_cmpuint (sks_publication_get_studio_ids (publication)->len, ==, 2);
  g_assert_cmpint (status_of (f, f->ids[1]), ==, SKS_STATUS_RECOMMENDED);
  g_assert_cmpstr (sks_publication_get_recommender_name (publication), ==, "吴兴区");
}

static SksObjection *
add_objection (Fixture        *f,
               SksPublication *publication,
               const char     *day,
               gint64          studio_id,
               GError        **error)
{
  SksObjection *objection;
  GDate date;

  parse (day, &date);
  objection = sks_objection_new (sks_publication_get_id (publication), &date,
                                 "反映该工作室场地面积不实");
  sks_objection_set_studio_id (objection, studio_id);
  sks_objection_set_received_from (objection, "匿名来信");
  if (!sks_store_add_objection (f->store, objection, error))
    g_clear_object (&objection);
  return objection;
}

static void
test_objections (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksObjection) objection = NULL;
  g_autoptr(SksObjection) listed = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  fixture_decide (f);
  publication = start_ok (f);
  objection = add_objection (f, publication, "2025-09-29", f->ids[0], &error);
  g_assert_no_error (error);
  parse ("2025-10-09", &day);
  g_assert_true (sks_store_resolve_objection (f->store, sks_objection_get_id (objection),
                                              SKS_OBJECTION_DISMISSED, "经核实，场地面积符合要求",
                                              &day, &error));
  g_assert_no_error (error);
  all = sks_store_list_objections (f->store, sks_publication_get_id (publication), &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  listed = g_list_model_get_item (all, 0);
  g_assert_cmpint (sks_objection_get_outcome (listed), ==, SKS_OBJECTION_DISMISSED);
  g_assert_cmpstr (sks_objection_get_resolved_by (listed), ==, "李明");
  g_assert_cmpstr (sks_objection_get_received_from (listed), ==, "匿名来信");

  /* once only */
  g_assert_false (sks_store_resolve_objection (f->store, sks_objection_get_id (objection),
                                               SKS_OBJECTION_UPHELD, "再议", &day, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
}

static void
test_objection_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksObjection) early = NULL;
  g_autoptr(SksObjection) unlisted = NULL;
  g_autoptr(SksObjection) open = NULL;
  g_autoptr(GError) error = NULL;

  fixture_decide (f);
  publication = start_ok (f);
  early = add_objection (f, publication, "2025-09-25", 0, &error);
  g_assert_null (early);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  unlisted = add_objection (f, publication, "2025-09-29", f->ids[2], &error);
  g_assert_null (unlisted);
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  open = add_objection (f, publication, "2025-09-29", 0, &error);
  g_assert_no_error (error);
  g_assert_false (sks_store_resolve_objection (f->store, sks_objection_get_id (open),
                                               SKS_OBJECTION_UPHELD, "  ", NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID);
}

static gboolean
recognise (Fixture                *f,
           const char             *day,
           SksRecognitionSummary  *summary,
           GError                **error)
{
  GDate date;

  parse (day, &date);
  return sks_publication_recognise_round (f->store, f->round, &date, summary, error);
}

static void
test_recognise_before_end (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) error = NULL;

  fixture_decide (f);
  publication = start_ok (f);
  g_assert_false (recognise (f, "2025-10-09", NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "2025-09-26"));
  g_assert_nonnull (strstr (error->message, "2025-10-09"));
  g_assert_nonnull (strstr (error->message, "2025-10-10"));
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_PUBLICIZED);
}

static void
test_recognise_open_objection (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksObjection) objection = NULL;
  g_autoptr(GError) error = NULL;

  fixture_decide (f);
  publication = start_ok (f);
  objection = add_objection (f, publication, "2025-09-30", f->ids[1], &error);
  g_assert_no_error (error);
  g_assert_false (recognise (f, "2025-10-20", NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "2025-09-30"));
  g_assert_cmpint (status_of (f, f->ids[1]), ==, SKS_STATUS_PUBLICIZED);
}

static void
test_recognise_after_end (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = NULL;
  SksRecognitionSummary summary = { 0 };
  GDate on, until;

  fixture_decide (f);
  publication = start_ok (f);
  g_assert_true (recognise (f, "2025-10-10", &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_recognised, ==, 2);
  g_assert_cmpuint (summary.n_removed, ==, 0);
  g_assert_cmpuint (summary.n_not_selected, ==, 1);
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_APPROVED);
  g_assert_cmpint (status_of (f, f->ids[2]), ==, SKS_STATUS_NOT_SELECTED);
  g_assert_cmpint (status_of (f, f->ids[3]), ==, SKS_STATUS_RECOMMENDED);
  studio = sks_store_load_studio (f->store, f->ids[1], &error);
  {
    g_autofree char *approved = NULL;

    g_object_get (studio, "approved-date", &approved, NULL);
    g_assert_cmpstr (approved, ==, "2025-10-10");
  }
  g_assert_true (sks_store_get_recognition (f->store, f->ids[1], &on, &until, &error));
  g_assert_false (g_date_valid (&until));  /* Huzhou sets no validity */
  /* once */
  g_assert_false (recognise (f, "2025-10-11", NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
}

static void
test_recognise_upheld (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(SksObjection) objection = NULL;
  g_autoptr(GError) error = NULL;
  SksRecognitionSummary summary = { 0 };
  GDate day;

  fixture_decide (f);
  publication = start_ok (f);
  objection = add_objection (f, publication, "2025-09-30", f->ids[1], &error);
  parse ("2025-10-09", &day);
  g_assert_true (sks_store_resolve_objection (f->store, sks_objection_get_id (objection),
                                              SKS_OBJECTION_UPHELD, "场地面积不足150平方米",
                                              &day, &error));
  g_assert_true (recognise (f, "2025-10-10", &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_recognised, ==, 1);
  g_assert_cmpuint (summary.n_removed, ==, 1);
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_APPROVED);
  g_assert_cmpint (status_of (f, f->ids[1]), ==, SKS_STATUS_NOT_SELECTED);
  g_assert_false (sks_store_get_recognition (f->store, f->ids[1], NULL, NULL, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND);
}

static void
test_recognise_hangzhou_validity (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *until_text = NULL;
  GDate on, until;

  fixture_decide (f);
  publication = start (f, "2023-12-08", &error);
  g_assert_no_error (error);
  g_assert_true (recognise (f, "2023-12-20", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sks_store_get_recognition (f->store, f->ids[0], &on, &until, &error));
  until_text = iso (&until);
  g_assert_cmpstr (until_text, ==, "2026-12-19");
}

/* Status ------------------------------------------------------------------ */

static void
test_status_click_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, f->ids[0], &error);

  g_assert_cmpint (sks_status_step_get_route (SKS_STATUS_UNDER_REVIEW, SKS_STATUS_PUBLICIZED), ==,
                   SKS_STATUS_ROUTE_PUBLICATION);
  g_assert_cmpint (sks_status_step_get_route (SKS_STATUS_PUBLICIZED, SKS_STATUS_APPROVED), ==,
                   SKS_STATUS_ROUTE_RECOGNITION);
  g_assert_cmpint (sks_status_step_get_route (SKS_STATUS_UNDER_REVIEW, SKS_STATUS_NOT_SELECTED),
                   ==, SKS_STATUS_ROUTE_MANUAL);
  /* the old free click: 评审中 → 公示中 by saving */
  sks_studio_set_status (studio, SKS_STATUS_PUBLICIZED);
  g_assert_false (sks_store_save_studio (f->store, studio, &error));
  g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
  g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_UNDER_REVIEW);
  g_clear_error (&error);
  /* and 公示中 → 已认定 */
  {
    g_autoptr(SksPublication) publication = NULL;
    g_autoptr(SksStudio) publicized = NULL;

    fixture_decide (f);
    publication = start_ok (f);
    publicized = sks_store_load_studio (f->store, f->ids[0], &error);
    sks_studio_set_status (publicized, SKS_STATUS_APPROVED);
    g_assert_false (sks_store_save_studio (f->store, publicized, &error));
    g_assert_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_ALLOWED);
    g_assert_cmpint (status_of (f, f->ids[0]), ==, SKS_STATUS_PUBLICIZED);
  }
}

static void
test_status_manual_still_allowed (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStudio) studio = sks_store_load_studio (f->store, f->ids[2], &error);

  sks_studio_set_status (studio, SKS_STATUS_NOT_SELECTED);
  g_assert_true (sks_store_save_studio (f->store, studio, &error));
  g_assert_no_error (error);
}

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (period_cases); i++)
    g_test_add_data_func (period_cases[i].path, &period_cases[i], test_period);
  g_test_add_func ("/publication/period/last-day", test_period_last_day);
  g_test_add_func ("/publication/validity/hangzhou-3-years", test_validity);
  ADD ("/publication/start/nothing-selected", test_start_nothing_selected, NULL);
  ADD ("/publication/start/lists-selected", test_start_lists_selected, NULL);
  ADD ("/publication/start/twice", test_start_twice, NULL);
  ADD ("/publication/start/bad-status", test_start_bad_status, NULL);
  ADD ("/publication/start/district", test_start_district, NULL);
  ADD ("/publication/objection/add-resolve", test_objections, NULL);
  ADD ("/publication/objection/refused", test_objection_refused, NULL);
  ADD ("/publication/recognise/before-end", test_recognise_before_end, NULL);
  ADD ("/publication/recognise/open-objection", test_recognise_open_objection, NULL);
  ADD ("/publication/recognise/after-end", test_recognise_after_end, NULL);
  ADD ("/publication/recognise/upheld-objection", test_recognise_upheld, NULL);
  ADD ("/publication/recognise/hangzhou-validity", test_recognise_hangzhou_validity,
       "hangzhou-2023");
  ADD ("/publication/status/click-refused", test_status_click_refused, NULL);
  ADD ("/publication/status/manual-still-allowed", test_status_manual_still_allowed, NULL);
  return g_test_run ();
}
