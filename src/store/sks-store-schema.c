/* sks-store-schema.c — the document schema and its forward migrations
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-store-private.h"

/*
 * Each step takes the schema from version N-1 to N and never changes once
 * released: a new need is a new step. Column names equal the field tables'
 * column names; test-store checks that every field has its column.
 */

/* Version 1: rounds, recommending units and applications with their parts. */
static const char migration_1[] =
  "CREATE TABLE rounds ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE,"
  "  city TEXT, year INTEGER NOT NULL DEFAULT 0, policy_id TEXT, title TEXT,"
  "  document_number TEXT, issuing_bureau TEXT, reference_date TEXT, deadline TEXT);"
  "CREATE TABLE recommenders ("
  "  id INTEGER PRIMARY KEY,"
  "  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL, kind TEXT, code TEXT,"
  "  quota INTEGER NOT NULL DEFAULT 0, sort_order INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (round_id, name));"
  "CREATE TABLE studios ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  round_id INTEGER REFERENCES rounds (id),"
  "  recommender_id INTEGER REFERENCES recommenders (id),"
  "  created TEXT, modified TEXT,"
  "  name TEXT, status TEXT, location TEXT, area REAL, facilities TEXT, achievements TEXT,"
  "  introduction TEXT, team_notes TEXT, industry_chain TEXT, prior_level TEXT,"
  "  application_date TEXT, received_date TEXT, approved_date TEXT,"
  "  unit_opinion TEXT, recommender_opinion TEXT);"
  "CREATE INDEX studios_round ON studios (round_id, recommender_id);"
  "CREATE TABLE units ("
  "  studio_id INTEGER PRIMARY KEY REFERENCES studios (id) ON DELETE CASCADE,"
  "  name TEXT, legal_representative TEXT, kind TEXT, fiscal_affiliation TEXT,"
  "  contact_name TEXT, contact_position TEXT, email TEXT, mobile TEXT, office_phone TEXT,"
  "  fax TEXT, address TEXT, postcode TEXT, profile TEXT);"
  "CREATE TABLE masters ("
  "  studio_id INTEGER PRIMARY KEY REFERENCES studios (id) ON DELETE CASCADE,"
  "  name TEXT, gender TEXT, ethnicity TEXT, birth TEXT, political_status TEXT,"
  "  position TEXT, id_number TEXT, mobile TEXT, occupation TEXT, skill_level TEXT,"
  "  occupation_top_level INTEGER NOT NULL DEFAULT 0, honours TEXT, unique_skills TEXT,"
  "  full_time_years INTEGER NOT NULL DEFAULT 0, frontline INTEGER NOT NULL DEFAULT 0,"
  "  retirement_category TEXT, retired INTEGER NOT NULL DEFAULT 0,"
  "  rehired INTEGER NOT NULL DEFAULT 0, profile TEXT);"
  "CREATE INDEX masters_id_number ON masters (id_number);"
  "CREATE TABLE team_members ("
  "  id INTEGER PRIMARY KEY,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT, gender TEXT, birth TEXT, education TEXT, occupation TEXT, skill_level TEXT,"
  "  specialty TEXT, achievements TEXT, employed_by_unit INTEGER NOT NULL DEFAULT 1);"
  "CREATE INDEX team_members_studio ON team_members (studio_id, position);"
  "CREATE TABLE attachments ("
  "  id INTEGER PRIMARY KEY,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  kind TEXT, name TEXT, mime_type TEXT, note TEXT,"
  "  size INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL);"
  "CREATE INDEX attachments_studio ON attachments (studio_id);";

/* Version 2: a history of changes per application; existing applications
 * get a "created" entry dated by their creation time. */
static const char migration_2[] =
  "CREATE TABLE history ("
  "  id INTEGER PRIMARY KEY,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  time TEXT NOT NULL, action TEXT NOT NULL, detail TEXT);"
  "CREATE INDEX history_studio ON history (studio_id, id);"
  "INSERT INTO history (studio_id, time, action, detail)"
  "  SELECT id, coalesce (created, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')), 'created', NULL"
  "  FROM studios;";

/* Version 3: search. FTS5's trigram tokenizer finds substrings of three or
 * more characters; shorter queries scan the plain `search` table. */
static const char migration_3[] =
  "CREATE TABLE search ("
  "  studio_id INTEGER PRIMARY KEY REFERENCES studios (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL);"
  "CREATE VIRTUAL TABLE search_fts USING fts5 ("
  "  text, content = 'search', content_rowid = 'studio_id', tokenize = 'trigram');"
  "CREATE TRIGGER search_ai AFTER INSERT ON search BEGIN"
  "  INSERT INTO search_fts (rowid, text) VALUES (new.studio_id, new.text);"
  "END;"
  "CREATE TRIGGER search_ad AFTER DELETE ON search BEGIN"
  "  INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', old.studio_id, old.text);"
  "END;"
  "CREATE TRIGGER search_au AFTER UPDATE ON search BEGIN"
  "  INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', old.studio_id, old.text);"
  "  INSERT INTO search_fts (rowid, text) VALUES (new.studio_id, new.text);"
  "END;";

/* The searchable text of application ?1: everything a user may look for,
 * never the ID number or phone numbers. Used by migration 3 and by saves. */
#define SEARCH_TEXT_SELECT                                                          \
  "SELECT s.id, coalesce (s.name, '') || char (10) || coalesce (m.name, '')"        \
  "  || char (10) || coalesce (u.name, '') || char (10) || coalesce (r.name, '')"   \
  "  || char (10) || coalesce (m.occupation, '') || char (10) || coalesce (m.skill_level, '')" \
  "  || char (10) || coalesce (s.location, '') || char (10) || coalesce (s.industry_chain, '')" \
  "  || char (10) || coalesce (u.contact_name, '') || char (10) || coalesce (u.address, '')" \
  "  || char (10) || coalesce ((SELECT group_concat (t.name, ' ') FROM team_members t"   \
  "                             WHERE t.studio_id = s.id), '')"                    \
  "  || char (10) || coalesce (s.achievements, '') || char (10) || coalesce (s.introduction, '')" \
  " FROM studios s LEFT JOIN masters m ON m.studio_id = s.id"                       \
  " LEFT JOIN units u ON u.studio_id = s.id"                                        \
  " LEFT JOIN recommenders r ON r.id = s.recommender_id"

const char *const _sks_store_search_text_sql =
  "INSERT OR REPLACE INTO search (studio_id, text) " SEARCH_TEXT_SELECT " WHERE s.id = ?1";

/* The same for every application above id ?1: one statement for a whole import. */
const char *const _sks_store_search_text_bulk_sql =
  "INSERT OR REPLACE INTO search (studio_id, text) " SEARCH_TEXT_SELECT " WHERE s.id > ?1";

static const char migration_3_fill[] =
  "INSERT INTO search (studio_id, text) " SEARCH_TEXT_SELECT ";";

/* Version 4: what the eligibility rules read beyond the forms — honours as
 * yes/no fields, the honorary-studio application, a written justification
 * for the Huzhou age exception, grounds for priority, and a reviewer's
 * finding (state, who, when, note) per condition left to judgement. Existing
 * applications start with nothing claimed and nothing checked. */
static const char migration_4[] =
  "ALTER TABLE masters ADD COLUMN provincial_honour INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE masters ADD COLUMN state_council_allowance INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE masters ADD COLUMN china_skill_award INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE masters ADD COLUMN qianjiang_skill_award INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE units ADD COLUMN innovation_studio INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE units ADD COLUMN self_assessment INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE studios ADD COLUMN honorary INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE studios ADD COLUMN former_national_studio INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE studios ADD COLUMN age_justification TEXT;"
  "ALTER TABLE studios ADD COLUMN conduct_check TEXT;"
  "ALTER TABLE studios ADD COLUMN conduct_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN conduct_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN conduct_check_note TEXT;"
  "ALTER TABLE studios ADD COLUMN project_check TEXT;"
  "ALTER TABLE studios ADD COLUMN project_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN project_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN project_check_note TEXT;"
  "ALTER TABLE studios ADD COLUMN training_check TEXT;"
  "ALTER TABLE studios ADD COLUMN training_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN training_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN training_check_note TEXT;"
  "ALTER TABLE studios ADD COLUMN support_site_check TEXT;"
  "ALTER TABLE studios ADD COLUMN support_site_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN support_site_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN support_site_check_note TEXT;"
  "ALTER TABLE studios ADD COLUMN support_equipment_check TEXT;"
  "ALTER TABLE studios ADD COLUMN support_equipment_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN support_equipment_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN support_equipment_check_note TEXT;"
  "ALTER TABLE studios ADD COLUMN support_funding_check TEXT;"
  "ALTER TABLE studios ADD COLUMN support_funding_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN support_funding_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN support_funding_check_note TEXT;"
  "ALTER TABLE studios ADD COLUMN support_rules_check TEXT;"
  "ALTER TABLE studios ADD COLUMN support_rules_checked_by TEXT;"
  "ALTER TABLE studios ADD COLUMN support_rules_checked_on TEXT;"
  "ALTER TABLE studios ADD COLUMN support_rules_check_note TEXT;";

/* Version 5: evaluations (年度考核, 期满考核) of a studio and their scores,
 * one row per rubric item; scores are hundredths of a point, NULL when not
 * given. */
static const char migration_5[] =
  "CREATE TABLE evaluations ("
  "  id INTEGER PRIMARY KEY,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL, year INTEGER NOT NULL DEFAULT 0, assessment_date TEXT, grade TEXT,"
  "  assessors TEXT, remarks TEXT);"
  "CREATE INDEX evaluations_studio ON evaluations (studio_id, year);"
  "CREATE TABLE evaluation_scores ("
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,"
  "  item_id TEXT NOT NULL, position INTEGER NOT NULL,"
  "  self_score INTEGER, assessor_score INTEGER,"
  "  PRIMARY KEY (evaluation_id, item_id));";

/* Version 6: who did what. Each history row gains who made the change, the
 * field it touched with its old and new value (personal fields masked, as
 * lists show them) and the reason given; events of a round as a whole
 * (imports, deletions, round creation) get a history of their own that
 * outlives the application; and an application can go to the trash
 * (回收站): deleted is when, deleted_by who, NULL while it is in use. */
static const char migration_6[] =
  "ALTER TABLE history ADD COLUMN who TEXT;"
  "ALTER TABLE history ADD COLUMN field TEXT;"
  "ALTER TABLE history ADD COLUMN old_value TEXT;"
  "ALTER TABLE history ADD COLUMN new_value TEXT;"
  "ALTER TABLE history ADD COLUMN reason TEXT;"
  "CREATE TABLE round_history ("
  "  id INTEGER PRIMARY KEY,"
  "  round_id INTEGER REFERENCES rounds (id) ON DELETE CASCADE,"
  "  time TEXT NOT NULL, who TEXT, action TEXT NOT NULL, detail TEXT,"
  "  studio_id INTEGER, studio_name TEXT, master_name TEXT, reason TEXT);"
  "CREATE INDEX round_history_round ON round_history (round_id, id);"
  "ALTER TABLE studios ADD COLUMN deleted TEXT;"
  "ALTER TABLE studios ADD COLUMN deleted_by TEXT;";

/* Version 7: the reviewers' workspace. A finding (核实) may rest on some of
 * the application's attachments; panels (评审专家组) per round and level
 * ("district": a recommending unit's own review, "city": the city's), their
 * members, the round's scoring sheet (score_criteria, the bureau's choice,
 * fixed once the first score exists), the scores (hundredths of a point),
 * each reviewer's submission (panel_members.submitted), every change of a
 * submitted score with who, when and why (score_history), and conflicts of
 * interest a reviewer declared (conflicts; the automatic ones, same work
 * unit as the applying unit, are computed, not stored). The round's
 * aggregation method is rounds.score_method, NULL for the profile's. */
static const char migration_7[] =
  "CREATE TABLE finding_evidence ("
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  item TEXT NOT NULL,"
  "  attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (studio_id, item, attachment_id));"
  "ALTER TABLE rounds ADD COLUMN score_method TEXT;"
  "CREATE TABLE panels ("
  "  id INTEGER PRIMARY KEY,"
  "  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
  "  level TEXT NOT NULL,"
  "  recommender_id INTEGER REFERENCES recommenders (id) ON DELETE CASCADE,"
  "  name TEXT, created TEXT, created_by TEXT);"
  "CREATE UNIQUE INDEX panels_level ON panels (round_id, level, IFNULL (recommender_id, 0));"
  "CREATE TABLE panel_members ("
  "  id INTEGER PRIMARY KEY,"
  "  panel_id INTEGER NOT NULL REFERENCES panels (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL, work_unit TEXT, title TEXT,"
  "  role TEXT NOT NULL DEFAULT 'expert',"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  submitted TEXT, submitted_by TEXT,"
  "  UNIQUE (panel_id, name));"
  "CREATE TABLE score_criteria ("
  "  id INTEGER PRIMARY KEY,"
  "  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
  "  key TEXT NOT NULL, title TEXT NOT NULL, max_points INTEGER NOT NULL,"
  "  guidance TEXT, position INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (round_id, key));"
  "CREATE TABLE scores ("
  "  member_id INTEGER NOT NULL REFERENCES panel_members (id) ON DELETE CASCADE,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  criterion_id INTEGER NOT NULL REFERENCES score_criteria (id) ON DELETE CASCADE,"
  "  points INTEGER NOT NULL, entered TEXT, entered_by TEXT,"
  "  PRIMARY KEY (member_id, studio_id, criterion_id));"
  "CREATE INDEX scores_studio ON scores (studio_id);"
  "CREATE TABLE score_history ("
  "  id INTEGER PRIMARY KEY,"
  "  member_id INTEGER NOT NULL REFERENCES panel_members (id) ON DELETE CASCADE,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  criterion_id INTEGER NOT NULL REFERENCES score_criteria (id) ON DELETE CASCADE,"
  "  old_points INTEGER, new_points INTEGER,"
  "  time TEXT NOT NULL, who TEXT, reason TEXT);"
  "CREATE INDEX score_history_member ON score_history (member_id, studio_id, id);"
  "CREATE TABLE conflicts ("
  "  member_id INTEGER NOT NULL REFERENCES panel_members (id) ON DELETE CASCADE,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  reason TEXT, declared TEXT, declared_by TEXT,"
  "  PRIMARY KEY (member_id, studio_id));";

/* Selection and publication (issue 14): the panel's decisions apart from its
 * scores, the public notices (公示) with the candidates each one lists, the
 * objections received, and the recognition (认定) of each studio. */
static const char migration_8[] =
  "CREATE TABLE decisions ("
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
  "  level TEXT NOT NULL DEFAULT 'city',"
  "  decision TEXT NOT NULL CHECK (decision IN ('selected', 'not-selected', 'reserve')),"
  "  override_rule TEXT, override_reason TEXT,"
  "  note TEXT, decided TEXT NOT NULL, decided_by TEXT NOT NULL,"
  "  PRIMARY KEY (studio_id, level));"
  "CREATE INDEX decisions_round ON decisions (round_id, level);"
  "CREATE TABLE publications ("
  "  id INTEGER PRIMARY KEY,"
  "  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
  "  level TEXT NOT NULL DEFAULT 'city',"
  "  recommender_id INTEGER REFERENCES recommenders (id) ON DELETE CASCADE,"
  "  first_day TEXT NOT NULL, last_day TEXT NOT NULL, working_days INTEGER NOT NULL,"
  "  counting TEXT NOT NULL, title TEXT, note TEXT,"
  "  started TEXT NOT NULL, started_by TEXT NOT NULL);"
  "CREATE UNIQUE INDEX publications_level ON publications"
  "  (round_id, level, IFNULL (recommender_id, 0));"
  "CREATE TABLE publication_studios ("
  "  publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,"
  "  studio_id INTEGER NOT NULL REFERENCES studios (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (publication_id, studio_id));"
  "CREATE TABLE objections ("
  "  id INTEGER PRIMARY KEY,"
  "  publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,"
  "  studio_id INTEGER REFERENCES studios (id) ON DELETE CASCADE,"
  "  received_on TEXT NOT NULL, received_from TEXT, content TEXT NOT NULL,"
  "  outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'upheld', 'dismissed')),"
  "  outcome_note TEXT, resolved_on TEXT,"
  "  recorded TEXT NOT NULL, recorded_by TEXT NOT NULL, resolved_by TEXT);"
  "CREATE INDEX objections_publication ON objections (publication_id);"
  "CREATE TABLE recognitions ("
  "  studio_id INTEGER PRIMARY KEY REFERENCES studios (id) ON DELETE CASCADE,"
  "  round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
  "  recognised_on TEXT NOT NULL, valid_until TEXT,"
  "  recorded TEXT NOT NULL, recorded_by TEXT NOT NULL);";

static const char *const migrations[] = {
  NULL,
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SKS_STORE_SCHEMA_VERSION + 1);

static gboolean
run_step (sqlite3  *db,
          int       version,
          GError  **error)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", version);

  if (!_sks_store_exec (db, migrations[version], error))
    return FALSE;
  if (version == 3 && !_sks_store_exec (db, migration_3_fill, error))
    return FALSE;
  return _sks_store_exec (db, set_version, error);
}

/* Each step is one transaction, so a document is always at a whole version. */
gboolean
_sks_store_migrate (sqlite3  *db,
                    int       from_version,
                    int       to_version,
                    GError  **error)
{
  for (int version = from_version + 1; version <= to_version; version++)
    {
      g_debug ("Migrating the document to schema version %d", version);
      if (!_sks_store_exec (db, "BEGIN IMMEDIATE;", error))
        return FALSE;
      if (!run_step (db, version, error) ||
          !_sks_store_exec (db, "COMMIT;", error))
        {
          _sks_store_exec (db, "ROLLBACK;", NULL);
          return FALSE;
        }
    }
  return TRUE;
}

int
_sks_store_read_user_version (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version;", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

sqlite3 *
_sks_store_create_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  sqlite3 *db = NULL;
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;",
                                             SKS_STORE_APPLICATION_ID);

  g_return_val_if_fail (version >= 1 && version <= SKS_STORE_SCHEMA_VERSION, NULL);

  if (!_sks_store_create_private_file (path, error))
    return NULL;
  if (sqlite3_open (path, &db) != SQLITE_OK)
    {
      _sks_store_set_sqlite_error (error, db, sqlite3_errcode (db), path);
      sqlite3_close (db);
      return NULL;
    }
  if (!_sks_store_exec (db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;", error) ||
      !_sks_store_exec (db, set_id, error) ||
      !_sks_store_migrate (db, 0, version, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}
