/* test-policy.c — policy profiles: the bundled ones, the user's own, and
 * malformed ones refused with file, place and reason
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sks-age.h"
#include "sks-funding.h"
#include "sks-i18n.h"
#include "test-rules-common.h"

static char *
bundled_text (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/org/example/SkillStudio/policies/%s.json", id);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @text with @from replaced by @to; @from must occur exactly once. */
static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);
  GString *result;

  if (at == NULL)
    g_error ("“%s” is not in the profile", from);
  g_assert_null (strstr (at + 1, from));
  result = g_string_new_len (text, at - text);
  g_string_append (result, to);
  g_string_append (result, at + strlen (from));
  return g_string_free (result, FALSE);
}

static SksPolicy *
policy_from_text (const char  *text,
                  GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return sks_policy_new_from_bytes (bytes, "huzhou-2025.json", NULL, error);
}

static const char *const huzhou_rules[] = {
  "master.birth_cutoff", "district.under45_share", "district.quota", "master.skill_level",
  "master.full_time_years", "master.frontline", "master.conduct", "team.present",
  "project.present", "training.present", "support.present", "round.deadline",
  "master.birth_agreement", "master.duplicate", "industry.priority",
};

static const char *const hangzhou_rules[] = {
  "master.skill_level", "master.retirement_distance", "team.min_size", "studio.name_format",
  "unit.support", "project.present", "honorary.eligible", "unit.kind", "district.prior_level",
  "master.birth_agreement", "master.duplicate",
};

static void
assert_rule_ids (SksPolicy          *policy,
                 const char * const *ids,
                 guint               n)
{
  g_assert_cmpuint (sks_policy_get_n_rules (policy), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const SksRule *rule = sks_policy_get_rule (policy, i);

      g_assert_cmpstr (sks_rule_get_id (rule), ==, ids[i]);
      g_assert_true (sks_policy_find_rule (policy, ids[i]) == rule);
      g_assert_nonnull (sks_rule_get_title (rule));
      if (g_str_equal (ids[i], "master.duplicate"))
        g_assert_null (sks_rule_get_paragraph (rule));
      else
        {
          g_assert_nonnull (sks_rule_get_paragraph_ref (rule));
          g_assert_nonnull (sks_rule_get_paragraph (rule));
        }
    }
  g_assert_null (sks_policy_find_rule (policy, "no.such_rule"));
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  g_autofree char *text = NULL;

  if (expected == NULL)
    {
      g_assert_null (date);
      return;
    }
  g_assert_nonnull (date);
  text = sks_date_format_iso (date);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_huzhou (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("huzhou-2025");
  static const struct {
    const char *name;
    SksRecommenderKind kind;
    gint64 quota;
  } units[] = {
    { "吴兴区", SKS_RECOMMENDER_DISTRICT, 12 }, { "南浔区", SKS_RECOMMENDER_DISTRICT, 12 },
    { "德清县", SKS_RECOMMENDER_COUNTY, 12 }, { "长兴县", SKS_RECOMMENDER_COUNTY, 12 },
    { "安吉县", SKS_RECOMMENDER_COUNTY, 12 }, { "南太湖新区", SKS_RECOMMENDER_ZONE, 6 },
    { "市直有关单位", SKS_RECOMMENDER_CITY_DEPARTMENT, -1 },
  };
  gint64 sum = 0;
  guint confirmed = 0;

  g_assert_cmpstr (sks_policy_get_id (policy), ==, "huzhou-2025");
  g_assert_true (sks_policy_get_bundled (policy));
  g_assert_cmpstr (sks_policy_get_city (policy), ==, "湖州市");
  g_assert_cmpint (sks_policy_get_year (policy), ==, 2025);
  g_assert_cmpstr (sks_policy_get_document_number (policy), ==, "湖人社发〔2025〕1号");
  g_assert_cmpstr (sks_policy_get_issuing_bureau (policy), ==, "湖州市人力资源和社会保障局");
  assert_date (sks_policy_get_issued (policy), "2025-03-05");
  assert_date (sks_policy_get_reference_date (policy), "2025-02-28");
  assert_date (sks_policy_get_deadline (policy), "2025-03-17");
  assert_date (sks_policy_get_effective_until (policy), NULL);
  g_assert_cmpuint (sks_policy_get_public_notice_days (policy), ==, 5);
  g_assert_cmpint (sks_policy_get_public_notice_counting (policy), ==, SKS_DAY_COUNT_INCLUSIVE);

  g_assert_cmpuint (sks_policy_get_n_recommenders (policy), ==, G_N_ELEMENTS (units));
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      const SksPolicyRecommender *rec = sks_policy_get_recommender (policy, i);

      g_assert_cmpstr (rec->name, ==, units[i].name);
      g_assert_cmpint (rec->kind, ==, units[i].kind);
      g_assert_cmpint (rec->quota, ==, units[i].quota);
      g_assert_true (sks_policy_find_recommender (policy, units[i].name) == rec);
      sum += MAX (rec->quota, 0);
    }
  g_assert_cmpstr (sks_policy_find_recommender (policy, "德清县")->code, ==, "330521");
  g_assert_null (sks_policy_find_recommender (policy, "南太湖新区")->code);
  g_assert_cmpint (sum, ==, 66);
  g_assert_cmpint (sks_policy_get_total_quota (policy), ==, 66);
  g_assert_cmpint (sks_policy_get_selection_target (policy), ==, 33);

  g_assert_cmpuint (sks_policy_get_n_industry_chains (policy), ==, 8);
  for (guint i = 0; i < 8; i++)
    confirmed += sks_policy_get_industry_chain (policy, i)->confirmed;
  g_assert_cmpuint (confirmed, ==, 3);
  g_assert_true (sks_policy_find_industry_chain (policy, " 半导体及光电 ")->confirmed);

  assert_rule_ids (policy, huzhou_rules, G_N_ELEMENTS (huzhou_rules));
  g_assert_cmpstr (sks_policy_get_form_title (policy, "application"), ==,
                   "湖州市技能大师工作室申报表");
  g_assert_cmpstr (sks_policy_get_form_title (policy, "summary"), ==,
                   "湖州市技能大师工作室推荐情况汇总表");
  g_assert_null (sks_policy_get_form_title (policy, "no-such-form"));
}

static void
test_hangzhou (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("hangzhou-2023");
  const SksPolicyRecommender *scenic;
  GDate d;

  g_assert_cmpstr (sks_policy_get_city (policy), ==, "杭州市");
  g_assert_cmpint (sks_policy_get_year (policy), ==, 2023);
  g_assert_cmpstr (sks_policy_get_document_number (policy), ==, "杭人社发〔2023〕112号");
  assert_date (sks_policy_get_issued (policy), "2023-11-28");
  assert_date (sks_policy_get_effective_from (policy), "2024-01-20");
  g_assert_cmpstr (sks_policy_get_replaces (policy), ==, "杭人社发〔2019〕153号");
  assert_date (sks_policy_get_reference_date (policy), NULL);
  assert_date (sks_policy_get_deadline (policy), NULL);
  g_assert_false (sks_policy_get_public_notice_stated (policy));
  g_assert_cmpint (sks_policy_get_selection_target (policy), ==, 25);
  g_assert_cmpint (sks_policy_get_total_quota (policy), ==, -1);

  g_assert_true (sks_date_parse_iso ("2024-01-20", &d));
  g_assert_true (sks_policy_is_effective_on (policy, &d));
  g_assert_true (sks_date_parse_iso ("2024-01-19", &d));
  g_assert_false (sks_policy_is_effective_on (policy, &d));

  scenic = sks_policy_find_recommender (policy, "西湖风景名胜区");
  g_assert_nonnull (scenic);
  g_assert_cmpint (scenic->kind, ==, SKS_RECOMMENDER_ZONE);
  g_assert_cmpint (scenic->quota, ==, -1);
  g_assert_nonnull (sks_policy_find_recommender (policy, "临平区"));
  g_assert_nonnull (sks_policy_find_recommender (policy, "钱塘区"));
  g_assert_null (sks_policy_find_recommender (policy, "下城区"));   /* merged in 2021 */

  assert_rule_ids (policy, hangzhou_rules, G_N_ELEMENTS (hangzhou_rules));
  g_assert_cmpstr (sks_policy_get_form_title (policy, "application"), ==,
                   "杭州市技能大师工作室申报表");
}

static void
test_annual_report (void)
{
  g_autoptr(SksPolicy) huzhou = load_policy ("huzhou-2025");
  g_autoptr(SksPolicy) hangzhou = load_policy ("hangzhou-2023");
  g_autofree char *text = bundled_text ("hangzhou-2023");
  g_autofree char *shifted = replace_once (text, "\"if_not_working_day\": \"keep\"",
                                           "\"if_not_working_day\": \"next-working-day\"");
  g_autoptr(SksPolicy) moved = NULL;
  g_autoptr(GError) error = NULL;
  GDate deadline;

  g_assert_true (sks_policy_get_annual_report_deadline (huzhou, NULL, 2026, &deadline, &error));
  assert_date (&deadline, "2026-03-31");
  g_assert_true (sks_policy_get_annual_report_deadline (hangzhou, NULL, 2025, &deadline, &error));
  assert_date (&deadline, "2025-01-05");   /* a Sunday, kept as the notice says */

  moved = policy_from_text (shifted, &error);
  g_assert_no_error (error);
  g_assert_true (sks_policy_get_annual_report_deadline (moved, NULL, 2025, &deadline, &error));
  assert_date (&deadline, "2025-01-06");
  g_assert_true (sks_policy_get_annual_report_deadline (moved, NULL, 2026, &deadline, &error));
  assert_date (&deadline, "2026-01-05");
  g_assert_false (sks_policy_get_annual_report_deadline (moved, NULL, 2027, &deadline, &error));
  g_assert_error (error, SKS_CALENDAR_ERROR, SKS_CALENDAR_ERROR_NOT_COVERED);
}

static void
test_create_round (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("huzhou-2025");
  g_autoptr(SksRound) round = sks_policy_create_round (policy, NULL);
  g_autoptr(GPtrArray) recommenders = sks_policy_create_recommenders (policy);
  g_autofree char *reference = NULL, *deadline = NULL, *document = NULL;

  g_assert_cmpstr (sks_round_get_key (round), ==, "huzhou-2025");
  g_assert_cmpstr (sks_round_get_city (round), ==, "湖州市");
  g_assert_cmpint (sks_round_get_year (round), ==, 2025);
  g_assert_cmpstr (sks_round_get_policy_id (round), ==, "huzhou-2025");
  g_object_get (round, "reference-date", &reference, "deadline", &deadline,
                "document-number", &document, NULL);
  g_assert_cmpstr (reference, ==, "2025-02-28");
  g_assert_cmpstr (deadline, ==, "2025-03-17");
  g_assert_cmpstr (document, ==, "湖人社发〔2025〕1号");

  g_assert_cmpuint (recommenders->len, ==, 7);
  g_assert_cmpstr (sks_recommender_get_name (g_ptr_array_index (recommenders, 5)), ==,
                   "南太湖新区");
  g_assert_cmpint (sks_recommender_get_quota (g_ptr_array_index (recommenders, 5)), ==, 6);
  g_assert_cmpint (sks_recommender_get_quota (g_ptr_array_index (recommenders, 6)), ==, 0);
}

/* Whitespace-free text, for comparing quotes with the notices' layout. */
static char *
squeeze (const char *text)
{
  GString *result = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c))
        g_string_append_unichar (result, c);
    }
  return g_string_free (result, FALSE);
}

static void
assert_quoted (const char *notice,
               const char *quote,
               const char *what)
{
  g_autofree char *squeezed = squeeze (quote);
  /* "……" marks an omission; "；" joins the cells of a table. */
  g_auto(GStrv) fragments = g_strsplit (squeezed, "……", -1);

  for (guint i = 0; fragments[i]; i++)
    {
      g_auto(GStrv) cells = g_strsplit (fragments[i], "；", -1);

      for (guint j = 0; cells[j]; j++)
        if (*cells[j] != '\0' && strstr (notice, cells[j]) == NULL)
          g_error ("%s: “%s” is not in the notice", what, cells[j]);
    }
}

static char *
read_notice (const char *seed)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "seeds",
                                                 seed, NULL);
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return squeeze (text);
}

/* Every quote of a profile is the notice's own words. */
static void
test_quotes (void)
{
  static const struct {
    const char *id;
    const char *seed;
  } profiles[] = {
    { "huzhou-2025", "000_b7f850f678914940.txt" },
    { "hangzhou-2023", "003_330e6b2fc59d294c.txt" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (profiles); p++)
    {
      g_autoptr(SksPolicy) policy = load_policy (profiles[p].id);
      g_autofree char *notice = read_notice (profiles[p].seed);
      g_autoptr(GPtrArray) approved = NULL;
      g_autoptr(GPtrArray) excellent = NULL;

      if (notice == NULL)
        {
          g_test_skip ("The notices (../shared/seeds) are not beside the project");
          return;
        }
      for (guint i = 0; i < sks_policy_get_n_rules (policy); i++)
        {
          const SksRule *rule = sks_policy_get_rule (policy, i);
          if (sks_rule_get_paragraph (rule))
            assert_quoted (notice, sks_rule_get_paragraph (rule), sks_rule_get_id (rule));
        }
      approved = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                      SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_CITY);
      excellent = sks_funding_compute (policy, SKS_FUNDING_EVENT_EXCELLENT,
                                       SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_CITY);
      for (guint i = 0; i < approved->len; i++)
        assert_quoted (notice, ((SksGrant *) g_ptr_array_index (approved, i))->paragraph,
                       "funding");
      for (guint i = 0; i < excellent->len; i++)
        assert_quoted (notice, ((SksGrant *) g_ptr_array_index (excellent, i))->paragraph,
                       "funding");
      assert_quoted (notice, sks_policy_get_document_number (policy), "document number");
      assert_quoted (notice, sks_policy_get_form_title (policy, "application"), "form title");
    }
}

typedef struct {
  const char *what;
  const char *from;      /* NULL: use @to as the whole text */
  const char *to;
  int         code;
  const char *place;
  const char *reason;
} Malformed;

static const Malformed malformed[] = {
  { "truncated", NULL, NULL, SKS_POLICY_ERROR_SYNTAX, "line ", "not valid JSON" },
  { "truncated in a character", NULL, "{ \"format\": \"skill-\xe6\x8a", SKS_POLICY_ERROR_SYNTAX,
    "line 1, column 20", "not UTF-8" },
  { "empty", NULL, "", SKS_POLICY_ERROR_SYNTAX, "the whole file", "empty" },
  { "not an object", NULL, "[1, 2]", SKS_POLICY_ERROR_TYPE, "the whole file",
    "expected an object, found a list" },
  { "unknown kind", "\"kind\": \"quota\"", "\"kind\": \"quotas\"",
    SKS_POLICY_ERROR_UNKNOWN_KIND, "rules[2].kind", "unknown rule kind “quotas”" },
  { "wrong parameter type", "\"min_years\": 1", "\"min_years\": \"1\"", SKS_POLICY_ERROR_TYPE,
    "rules[4].params.min_years", "expected a whole number, found text" },
  { "wrong boolean", "\"general\": true", "\"general\": \"yes\"", SKS_POLICY_ERROR_TYPE,
    "rules[0].params.general", "expected true or false, found text" },
  { "unknown parameter", "\"max_age\": 50,", "\"max_age\": 50, \"maxage\": 50,",
    SKS_POLICY_ERROR_UNKNOWN_KEY, "rules[0].params.maxage", "no parameter “maxage”" },
  { "missing parameter", "\"born_after\": \"1975-02-28\",", "", SKS_POLICY_ERROR_MISSING,
    "rules[0].params.born_after", "missing" },
  { "parameter out of range", "\"min_members\": 1,", "\"min_members\": 0,",
    SKS_POLICY_ERROR_VALUE, "rules[7].params.min_members", "out of range" },
  { "parameter not allowed", "\"unique_skills\": \"alternative\"",
    "\"unique_skills\": \"sometimes\"", SKS_POLICY_ERROR_VALUE,
    "rules[3].params.unique_skills", "“sometimes” is not one of" },
  { "unknown skill level", "\"min_level\": \"技师\"", "\"min_level\": \"大师\"",
    SKS_POLICY_ERROR_VALUE, "rules[3].params.min_level", "skill level" },
  { "bad flag field", "\"field\": \"master.frontline\"", "\"field\": \"master.name\"",
    SKS_POLICY_ERROR_VALUE, "rules[5].params.field", "yes/no field" },
  { "duplicate rule id", "\"id\": \"team.present\"", "\"id\": \"master.conduct\"",
    SKS_POLICY_ERROR_VALUE, "rules[7].id", "same id" },
  { "bad date", "\"deadline\": \"2025-03-17\"", "\"deadline\": \"2025-02-30\"",
    SKS_POLICY_ERROR_VALUE, "deadline", "not a date" },
  { "no deadline for the deadline rule", "\"deadline\": \"2025-03-17\"", "\"deadline\": null",
    SKS_POLICY_ERROR_VALUE, "rules[11].params.date", "no deadline" },
  { "unknown member", "\"total_quota\": 66", "\"total_quota\": 66, \"totl\": 1",
    SKS_POLICY_ERROR_UNKNOWN_KEY, "totl", "unknown member" },
  { "wrong recommender kind", "\"kind\": \"zone\"", "\"kind\": \"province\"",
    SKS_POLICY_ERROR_VALUE, "recommenders[5].kind", "“province”" },
  { "percents", "{ \"payer\": \"city\", \"percent\": 30 }",
    "{ \"payer\": \"city\", \"percent\": 40 }",
    SKS_POLICY_ERROR_VALUE, "funding[0].payers.district", "add up to 100" },
  { "newer format", "\"version\": 1", "\"version\": 2", SKS_POLICY_ERROR_FORMAT, "version",
    "format version 2" },
  { "not a profile", "\"format\": \"skill-studio-policy\"", "\"format\": \"skill-studio-calendar\"",
    SKS_POLICY_ERROR_FORMAT, "format", "not a Skill Studio policy profile" },
  /* Hostile input (issue 11): json-glib would cut, replace or misread these. */
  { "nul escape", "\"id\": \"huzhou-2025\"", "\"id\": \"huzhou-2025\\u0000x\"",
    SKS_POLICY_ERROR_VALUE, "id", "NUL" },
  { "duplicate key", "\"format\": \"skill-studio-policy\"",
    "\"format\": \"skill-studio-policy\", \"format\": \"skill-studio-policy\"",
    SKS_POLICY_ERROR_VALUE, "format", "appears twice" },
  { "lone surrogate", "\"id\": \"huzhou-2025\"", "\"id\": \"\\ud800\"", SKS_POLICY_ERROR_VALUE,
    "id", "half of a character" },
  { "number out of range", "\"version\": 1", "\"version\": 18446744073709551640",
    SKS_POLICY_ERROR_VALUE, "version", "too large" },
  { "too deep", NULL, "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    SKS_POLICY_ERROR_SYNTAX, "line 1, column 70", "nested more than 64 levels" },
};

static void
test_malformed (gconstpointer data)
{
  const Malformed *m = data;
  g_autofree char *text = bundled_text ("huzhou-2025");
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = NULL;
  g_autofree char *prefix = NULL;

  if (m->from != NULL)
    changed = replace_once (text, m->from, m->to);
  else if (m->to != NULL)
    changed = g_strdup (m->to);
  else   /* cut in half, between characters */
    changed = g_strndup (text,
                         g_utf8_offset_to_pointer (text, g_utf8_strlen (text, -1) / 2) - text);

  policy = policy_from_text (changed, &error);
  g_assert_null (policy);
  g_assert_error (error, SKS_POLICY_ERROR, m->code);
  g_test_message ("%s", error->message);
  /* FILE: PLACE: REASON */
  prefix = g_strdup_printf ("huzhou-2025.json: %s", m->place);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  assert_contains (error->message, m->reason);
}

static void
write_user_profile (const char *name,
                    const char *text)
{
  g_autofree char *dir = sks_policy_dup_user_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
}

/* Dropped-in profiles are listed; one with a bundled id replaces it; a
 * malformed one is reported, not listed. */
static void
test_user_profiles (void)
{
  g_autofree char *text = bundled_text ("huzhou-2025");
  g_autofree char *corrected = replace_once (text, "\"total_quota\": 66", "\"total_quota\": 67");
  g_autofree char *other = replace_once (text, "\"id\": \"huzhou-2025\"",
                                         "\"id\": \"huzhou-2026\"");
  g_autofree char *broken = replace_once (text, "\"kind\": \"flag\"", "\"kind\": \"flags\"");
  g_autoptr(GListModel) before = sks_policy_list_all (NULL);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(SksPolicy) huzhou = NULL;
  g_autoptr(SksPolicy) looked_up = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 2);

  write_user_profile ("huzhou-2025.json", corrected);
  write_user_profile ("huzhou-2026.json", other);
  write_user_profile ("broken.json", broken);
  write_user_profile ("readme.txt", "not a profile");

  after = sks_policy_list_all (&errors);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 3);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_error ((GError *) g_ptr_array_index (errors, 0), SKS_POLICY_ERROR,
                  SKS_POLICY_ERROR_UNKNOWN_KIND);
  assert_contains (((GError *) g_ptr_array_index (errors, 0))->message,
                   "broken.json: rules[5].kind: ");

  huzhou = g_list_model_get_item (after, 1);
  g_assert_cmpstr (sks_policy_get_id (huzhou), ==, "huzhou-2025");
  g_assert_false (sks_policy_get_bundled (huzhou));
  g_assert_cmpint (sks_policy_get_total_quota (huzhou), ==, 67);
  assert_contains (sks_policy_get_origin (huzhou), "skill-studio");

  looked_up = sks_policy_lookup ("huzhou-2025", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sks_policy_get_total_quota (looked_up), ==, 67);
  g_clear_object (&looked_up);
  looked_up = sks_policy_lookup ("hangzhou-2023", &error);
  g_assert_no_error (error);
  g_assert_true (sks_policy_get_bundled (looked_up));
  g_clear_object (&looked_up);
  looked_up = sks_policy_lookup ("suzhou-2025", &error);
  g_assert_null (looked_up);
  g_assert_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  looked_up = sks_policy_lookup ("../policies/huzhou-2025", &error);
  g_assert_null (looked_up);
  g_assert_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_NOT_FOUND);
}

/* A user's profile nested 80,000 levels deep overflowed the stack of every
 * run; now it is skipped with a message and the others load. */
static void
test_hostile_user_profile (void)
{
  g_autofree char *deep = g_strnfill (80000, '[');
  g_autofree char *dir = sks_policy_dup_user_dir ();
  g_autofree char *path = g_build_filename (dir, "deep.json", NULL);
  g_autoptr(GPtrArray) errors_before = NULL;
  g_autoptr(GListModel) before = sks_policy_list_all (&errors_before);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  gboolean found = FALSE;

  write_user_profile ("deep.json", deep);
  after = sks_policy_list_all (&errors);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  g_assert_cmpuint (errors->len, ==, errors_before->len + 1);
  for (guint i = 0; i < errors->len; i++)
    {
      const GError *error = g_ptr_array_index (errors, i);

      if (g_str_has_prefix (error->message, "deep.json: line 1, column 65: "))
        {
          g_assert_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_SYNTAX);
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_unreadable_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/skill-studio/x.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(SksPolicy) policy = sks_policy_new_from_file (file, &error);

  g_assert_null (policy);
  g_assert_error (error, SKS_POLICY_ERROR, SKS_POLICY_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "x.json: "));
}

int
main (int   argc,
      char *argv[])
{
  /* The user's own profiles are read from here; never the real one. */
  g_autofree char *config = sks_test_make_tmpdir ();
  int status;

  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/policy/huzhou", test_huzhou);
  g_test_add_func ("/policy/hangzhou", test_hangzhou);
  g_test_add_func ("/policy/annual-report", test_annual_report);
  g_test_add_func ("/policy/create-round", test_create_round);
  g_test_add_func ("/policy/quotes", test_quotes);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_strdup_printf ("/policy/malformed/%s", malformed[i].what);
      g_test_add_data_func (path, &malformed[i], test_malformed);
    }
  g_test_add_func ("/policy/user-profiles", test_user_profiles);
  g_test_add_func ("/policy/hostile-user-profile", test_hostile_user_profile);
  g_test_add_func ("/policy/unreadable-file", test_unreadable_file);

  status = g_test_run ();
  sks_test_remove_tree (config);
  return status;
}
