/* sks-cli-rank.c — `skill-studio-cli rank` (a round's candidates ranked by
 * the panel's aggregate, with the planned number, verdicts, blocking rules,
 * decisions, quotas and the young share) and `decide` (the panel's
 * decision on one or more candidates)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sks-cli-rank.h"
#include "sks-cli-rules.h"
#include "sks-ranking.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

typedef struct {
  char  *db;
  char  *round;
  char  *level;
  char  *unit;
  char  *format;
  char **applications;
  char  *decision;
  char  *override_reason;
  char **override_rules;
  char  *note;
  char **args;
} RankOptions;

static void
rank_options_clear (RankOptions *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->level);
  g_free (o->unit);
  g_free (o->format);
  g_strfreev (o->applications);
  g_free (o->decision);
  g_free (o->override_reason);
  g_strfreev (o->override_rules);
  g_free (o->note);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RankOptions, rank_options_clear)

#define OPTION_DB(o) \
  { "db", 'd', 0, G_OPTION_ARG_FILENAME, &(o)->db, N_("The document"), N_("DOC") }
#define OPTION_ROUND(o) \
  { "round", 'r', 0, G_OPTION_ARG_STRING, &(o)->round, N_("The round (see “round list”)"), \
    N_("KEY") }
#define OPTION_LEVEL(o) \
  { "level", 0, 0, G_OPTION_ARG_STRING, &(o)->level, \
    N_("The panel: city (default) or district (each recommending unit’s own)"), N_("LEVEL") }
#define OPTION_UNIT(o) \
  { "unit", 'u', 0, G_OPTION_ARG_STRING, &(o)->unit, \
    N_("One recommending unit: its candidates only"), N_("NAME") }
#define OPTION_ARGS(o) \
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &(o)->args, NULL, NULL }

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

static gboolean
check_common (const char  *command,
              RankOptions *o)
{
  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error (command, _("Unexpected argument “%s”"), o->args[0]), FALSE;
  if (o->db == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the document with --db")), FALSE;
  if (o->round == NULL)
    return sks_cli_usage_error (command, "%s", _("Name the round with --round")), FALSE;
  if (o->level != NULL && !g_str_equal (o->level, "city") && !g_str_equal (o->level, "district"))
    return sks_cli_usage_error (command, _("--level: “%s” is neither district nor city"),
                                o->level), FALSE;
  return TRUE;
}

static SksPanelLevel
options_level (RankOptions *o)
{
  return o->level != NULL && g_str_equal (o->level, "district") ? SKS_PANEL_LEVEL_DISTRICT
                                                                : SKS_PANEL_LEVEL_CITY;
}

static SksStore *
open_document (RankOptions  *o,
               gboolean      write,
               GError      **error)
{
  return sks_cli_open_document (o->db, write, error);
}

/* The ranking the options name, with the round's verdicts. */
static SksRanking *
build_ranking (SksStore     *store,
               RankOptions  *o,
               SksPolicy   **policy_out,
               GError      **error)
{
  g_autoptr(SksRound) round = sks_cli_find_round (store, o->round, error);
  g_autoptr(SksRecommender) unit = NULL;
  g_autoptr(SksPolicy) policy = NULL;
  const char *policy_id;

  if (round == NULL)
    return NULL;
  if (o->unit != NULL &&
      (unit = sks_store_find_recommender (store, sks_round_get_id (round), o->unit,
                                          error)) == NULL)
    return NULL;
  policy_id = sks_round_get_policy_id (round);
  policy = policy_id ? sks_policy_lookup (policy_id, NULL) : NULL;
  if (policy_out != NULL)
    *policy_out = policy ? g_object_ref (policy) : NULL;
  return sks_ranking_new_checked (store, sks_round_get_id (round), options_level (o),
                                  options_level (o) == SKS_PANEL_LEVEL_DISTRICT && unit
                                    ? sks_recommender_get_id (unit) : 0,
                                  policy, error);
}

static char *
format_score (gint64 hundredths)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", hundredths / 100,
                          (int) (ABS (hundredths) % 100));
}

/* "=3" for a tie, "3", or "—" when not ranked */
static char *
format_rank (const SksRankingEntry *e)
{
  if (!e->ranked)
    return g_strdup ("—");
  return g_strdup_printf (e->tied ? "=%u" : "%u", e->rank);
}

/* "Fail: support.present; Needs manual confirmation: master.conduct, …" */
static char *
join_blocking (const SksRankingEntry *e)
{
  GString *text = g_string_new (NULL);
  const SksVerdictStatus order[] = { SKS_VERDICT_FAIL, SKS_VERDICT_MANUAL };

  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < e->blocking->len; i++)
        {
          SksRankingBlock *block = e->blocking->pdata[i];

          if (block->status != order[s])
            continue;
          if (first)
            g_string_append_printf (text, "%s%s: ", text->len ? "; " : "",
                                    sks_verdict_status_get_label (order[s]));
          g_string_append_printf (text, "%s%s", first ? "" : ", ", block->rule_id);
          first = FALSE;
        }
    }
  return g_string_free (text, FALSE);
}

/* The columns a terminal gives @text: wide (CJK) characters take two. */
static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_iszerowidth (c))
        width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

static void
print_cells (const char * const *cells,
             const guint        *widths,
             guint               n)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_string_append (line, cells[i]);
      if (i + 1 < n)
        for (guint w = text_width (cells[i]); w < widths[i] + 2; w++)
          g_string_append_c (line, ' ');
    }
  g_print ("%s\n", line->str);
  g_string_free (line, TRUE);
}

enum { COL_RANK, COL_ID, COL_STUDIO, COL_MASTER, COL_UNIT, COL_SCORE, COL_SPREAD, COL_VERDICT,
       COL_DECISION, COL_BLOCKING, N_COLS };

static GStrv
entry_cells (SksRanking            *ranking,
             const SksRankingEntry *e)
{
  const SksAggregate *a = sks_score_result_get_aggregate (e->result);
  g_autofree char *range = format_score (a->range);
  g_autofree char *sd = format_score (a->sd);
  GStrv cells = g_new0 (char *, N_COLS + 1);

  cells[COL_RANK] = format_rank (e);
  cells[COL_ID] = g_strdup_printf ("%" G_GINT64_FORMAT, e->studio_id);
  cells[COL_STUDIO] = g_strdup (e->studio_name ? e->studio_name : "");
  cells[COL_MASTER] = g_strdup (e->master_name ? e->master_name : "");
  cells[COL_UNIT] = g_strdup (e->recommender_name ? e->recommender_name : "");
  cells[COL_SCORE] = e->ranked ? format_score (a->score) : g_strdup ("—");
  cells[COL_SPREAD] = e->ranked
    /* TRANSLATORS: a candidate's spread of scores: range and standard deviation, then "!"
     * when the reviewers disagree, e.g. "12.00/4.90 !" */
    ? g_strdup_printf (_("%s/%s%s"), range, sd, a->disagreement ? " !" : "")
    : g_strdup ("");
  cells[COL_VERDICT] = g_strdup (sks_verdict_status_get_label (e->verdict));
  cells[COL_DECISION] = e->override_rules
    /* TRANSLATORS: a decision made past blocking rules, e.g. "Selected (override)" */
    ? g_strdup_printf (_("%s (override)"), sks_decision_get_label (e->decision))
    : g_strdup (sks_decision_get_label (e->decision));
  cells[COL_BLOCKING] = e->ranked ? join_blocking (e)
                                  : g_strdup (e->unranked_reason ? e->unranked_reason : "");
  (void) ranking;
  return cells;
}

static void
print_line (SksRanking *ranking)
{
  gint64 target = sks_ranking_get_target (ranking);

  if (sks_ranking_get_target_approximate (ranking))
    /* TRANSLATORS: the line drawn in the ranking at the notice's planned number */
    g_print (_("──── planned number: about %lld ────%s\n"), (long long) target,
             sks_ranking_get_tie_at_line (ranking)
               ? _(" a tie crosses the line: the panel decides between the tied candidates")
               : "");
  else
    g_print (_("──── planned number: %lld ────%s\n"), (long long) target,
             sks_ranking_get_tie_at_line (ranking)
               ? _(" a tie crosses the line: the panel decides between the tied candidates")
               : "");
}

static void
print_units (SksRanking *ranking)
{
  g_autoptr(GArray) units = sks_ranking_compute_units (ranking, NULL, 0);
  int max_age = 45;
  gboolean young = sks_ranking_has_young_share (ranking, &max_age);

  g_print ("\n%s\n", _("Recommending units (the quota limits recommendations, not selections):"));
  for (guint i = 0; i < units->len; i++)
    {
      const SksRankingUnit *u = &g_array_index (units, SksRankingUnit, i);
      g_autofree char *quota = u->quota >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, u->quota)
                                             : g_strdup ("—");
      g_autofree char *share = NULL;

      if (young && u->share_applies && u->selected > 0)
        share = g_strdup_printf (_("; aged %d or under among the selected: %u of %u (%u%%), "
                                   "the notice asks for at least %u: %s"),
                                 max_age, u->young, u->selected,
                                 (u->young * 100 + u->selected / 2) / u->selected, u->needed,
                                 sks_verdict_status_get_label (u->share_status));
      g_print (_("  %s: %u candidates, quota %s, %u selected%s\n"), u->name, u->candidates,
               quota, u->selected, share ? share : "");
    }
}

static void
print_text (SksRanking *ranking)
{
  guint n = sks_ranking_get_n_entries (ranking);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *headings[N_COLS] = { C_("rank", "Rank"), _("No."), _("Studio"), _("Master"),
                                   _("Recommending unit"), C_("rank", "Score"), _("Range/SD"),
                                   _("Verdict"), _("Decision"), _("Blocking rules / note") };
  guint widths[N_COLS];
  gint64 target = sks_ranking_get_target (ranking);
  gboolean line_drawn = FALSE;

  for (guint c = 0; c < N_COLS; c++)
    widths[c] = text_width (headings[c]);
  for (guint i = 0; i < n; i++)
    {
      GStrv cells = entry_cells (ranking, sks_ranking_get_entry (ranking, i));

      for (guint c = 0; c < N_COLS; c++)
        widths[c] = MAX (widths[c], text_width (cells[c]));
      g_ptr_array_add (rows, cells);
    }
  print_cells (headings, widths, N_COLS);
  for (guint i = 0; i < n; i++)
    {
      const SksRankingEntry *e = sks_ranking_get_entry (ranking, i);

      if (target > 0 && !line_drawn && (!e->ranked || e->rank > target) &&
          sks_ranking_get_level (ranking) == SKS_PANEL_LEVEL_CITY)
        {
          print_line (ranking);
          line_drawn = TRUE;
        }
      print_cells ((const char * const *) rows->pdata[i], widths, N_COLS);
    }
  if (target > 0 && !line_drawn && sks_ranking_get_level (ranking) == SKS_PANEL_LEVEL_CITY)
    print_line (ranking);
  print_units (ranking);
}

static void
add_bool (JsonBuilder *b,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_boolean_value (b, value);
}

static void
add_entry_json (JsonBuilder           *b,
                const SksRankingEntry *e)
{
  const SksAggregate *a = sks_score_result_get_aggregate (e->result);
  static const char *const young[] = { "unknown", "yes", "no" };

  json_builder_begin_object (b);
  sks_cli_json_add_int (b, "application", e->studio_id);
  sks_cli_json_add_string (b, "studio", e->studio_name);
  sks_cli_json_add_string (b, "master", e->master_name);
  sks_cli_json_add_string (b, "unit", e->unit_name);
  sks_cli_json_add_string (b, "recommending_unit", e->recommender_name);
  add_bool (b, "ranked", e->ranked);
  json_builder_set_member_name (b, "rank");
  if (e->ranked)
    json_builder_add_int_value (b, e->rank);
  else
    json_builder_add_null_value (b);
  add_bool (b, "tied", e->tied);
  add_bool (b, "within_planned_number", e->within_target);
  add_bool (b, "tie_at_line", e->tie_at_line);
  sks_cli_json_add_string (b, "unranked_because", e->unranked_reason);
  sks_cli_json_add_int (b, "score_hundredths", a->score);
  sks_cli_json_add_int (b, "range_hundredths", a->range);
  sks_cli_json_add_int (b, "sd_hundredths", a->sd);
  sks_cli_json_add_int (b, "reviewers_counted", a->count);
  add_bool (b, "disagreement", a->disagreement);
  sks_cli_json_add_string (b, "verdict", sks_verdict_status_get_nick (e->verdict));
  json_builder_set_member_name (b, "blocking");
  json_builder_begin_array (b);
  for (guint i = 0; i < e->blocking->len; i++)
    {
      SksRankingBlock *block = e->blocking->pdata[i];

      json_builder_begin_object (b);
      sks_cli_json_add_string (b, "rule", block->rule_id);
      sks_cli_json_add_string (b, "title", block->title);
      sks_cli_json_add_string (b, "verdict", sks_verdict_status_get_nick (block->status));
      sks_cli_json_add_string (b, "explanation", block->explanation);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "findings");
  json_builder_begin_object (b);
  sks_cli_json_add_int (b, "met", e->findings_met);
  sks_cli_json_add_int (b, "not_met", e->findings_not_met);
  sks_cli_json_add_int (b, "open", e->findings_open);
  json_builder_end_object (b);
  sks_cli_json_add_string (b, "decision", e->decision ? sks_decision_get_nick (e->decision) : NULL);
  sks_cli_json_add_string (b, "decided", e->decided);
  sks_cli_json_add_string (b, "decided_by", e->decided_by);
  sks_cli_json_add_string (b, "note", e->note);
  sks_cli_json_add_string (b, "override_rules", e->override_rules);
  sks_cli_json_add_string (b, "override_reason", e->override_reason);
  sks_cli_json_add_string (b, "young", young[e->young]);
  json_builder_end_object (b);
}

static void
add_units_json (JsonBuilder *b,
                SksRanking  *ranking)
{
  g_autoptr(GArray) units = sks_ranking_compute_units (ranking, NULL, 0);

  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint i = 0; i < units->len; i++)
    {
      const SksRankingUnit *u = &g_array_index (units, SksRankingUnit, i);

      json_builder_begin_object (b);
      sks_cli_json_add_string (b, "name", u->name);
      json_builder_set_member_name (b, "quota");
      if (u->quota >= 0)
        json_builder_add_int_value (b, u->quota);
      else
        json_builder_add_null_value (b);
      sks_cli_json_add_int (b, "candidates", u->candidates);
      sks_cli_json_add_int (b, "selected", u->selected);
      sks_cli_json_add_int (b, "young", u->young);
      sks_cli_json_add_int (b, "young_undecided", u->undecided);
      sks_cli_json_add_int (b, "young_needed", u->needed);
      sks_cli_json_add_string (b, "young_share", sks_verdict_status_get_nick (u->share_status));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
print_json (SksRanking *ranking)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  sks_cli_json_add_string (b, "level", sks_ranking_get_level (ranking) == SKS_PANEL_LEVEL_DISTRICT
                            ? "district" : "city");
  sks_cli_json_add_string (b, "method", sks_enum_get_nick (SKS_TYPE_SCORE_METHOD,
                                              sks_ranking_get_method (ranking)));
  sks_cli_json_add_int (b, "planned_number", sks_ranking_get_target (ranking));
  add_bool (b, "planned_number_approximate", sks_ranking_get_target_approximate (ranking));
  add_bool (b, "tie_at_line", sks_ranking_get_tie_at_line (ranking));
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; i < sks_ranking_get_n_entries (ranking); i++)
    add_entry_json (b, sks_ranking_get_entry (ranking, i));
  json_builder_end_array (b);
  add_units_json (b, ranking);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
sks_cli_rank (int    argc,
              char **argv)
{
  g_auto(RankOptions) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o), OPTION_LEVEL (&o), OPTION_UNIT (&o),
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o.format, N_("text (default) or json"),
      N_("FORMAT") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRanking) ranking = NULL;

  if (!sks_cli_parse_options ("rank", NULL,
                              _("Ranks a round’s candidates by the panel’s aggregate score (ties "
                                "share a rank), marks the planned number, and shows each "
                                "candidate’s verdict, the rules that block its selection and "
                                "the panel’s decision; then each recommending unit’s quota use "
                                "and share of young masters among the selected."),
                              entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_common ("rank", &o))
    return EXIT_USAGE;
  if (o.format != NULL && !g_str_equal (o.format, "text") && !g_str_equal (o.format, "json"))
    return sks_cli_usage_error ("rank", _("--format: “%s” is neither text nor json"), o.format);
  if ((store = open_document (&o, FALSE, &error)) == NULL ||
      (ranking = build_ranking (store, &o, NULL, &error)) == NULL)
    return fail (error);
  if (o.format != NULL && g_str_equal (o.format, "json"))
    print_json (ranking);
  else
    print_text (ranking);
  return EXIT_OK;
}

/* decide ------------------------------------------------------------------ */

static gboolean
parse_ids (RankOptions  *o,
           GArray       *ids)
{
  for (guint i = 0; o->applications != NULL && o->applications[i] != NULL; i++)
    {
      guint64 id = 0;

      if (!g_ascii_string_to_unsigned (o->applications[i], 10, 1, G_MAXINT64, &id, NULL))
        return sks_cli_usage_error ("decide", _("--application: “%s” is not an application "
                                                "number (see “list”)"), o->applications[i]),
               FALSE;
      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    return sks_cli_usage_error ("decide", "%s", _("Name the candidates with --application")),
           FALSE;
  return TRUE;
}

static void
print_decided (SksRanking *ranking,
               GArray     *ids)
{
  for (guint i = 0; i < ids->len; i++)
    {
      const SksRankingEntry *e = sks_ranking_find_entry (ranking, g_array_index (ids, gint64, i));

      if (e->override_rules != NULL)
        g_print (_("%lld %s (%s): %s, past %s: %s\n"), (long long) e->studio_id,
                 e->studio_name, e->master_name, sks_decision_get_label (e->decision),
                 e->override_rules, e->override_reason);
      else
        g_print (_("%lld %s (%s): %s\n"), (long long) e->studio_id, e->studio_name,
                 e->master_name, sks_decision_get_label (e->decision));
    }
}

static int
decide (RankOptions *o,
        SksDecision  decision,
        GArray      *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SksStore) store = NULL;
  g_autoptr(SksRanking) ranking = NULL;
  g_autofree SksDecisionRequest *requests = g_new0 (SksDecisionRequest, ids->len);

  for (guint i = 0; i < ids->len; i++)
    {
      requests[i].studio_id = g_array_index (ids, gint64, i);
      requests[i].decision = decision;
      requests[i].override_rules = (const char * const *) o->override_rules;
      requests[i].override_reason = o->override_reason;
      requests[i].note = o->note;
    }
  if ((store = open_document (o, TRUE, &error)) == NULL ||
      (ranking = build_ranking (store, o, NULL, &error)) == NULL ||
      !sks_ranking_decide (ranking, store, requests, ids->len, NULL, &error))
    return fail (error);
  print_decided (ranking, ids);
  return EXIT_OK;
}

int
sks_cli_decide (int    argc,
                char **argv)
{
  g_auto(RankOptions) o = { 0 };
  GOptionEntry entries[] = {
    OPTION_DB (&o), OPTION_ROUND (&o), OPTION_LEVEL (&o),
    { "application", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &o.applications,
      N_("A candidate (the number `list` prints); repeat for several"), N_("ID") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &o.decision,
      N_("selected, not-selected or reserve"), N_("DECISION") },
    { "override-reason", 0, 0, G_OPTION_ARG_STRING, &o.override_reason,
      N_("Select past the rules that block the candidates, and why"), N_("TEXT") },
    { "override-rule", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.override_rules,
      N_("The blocking rule the override names (default: every one); repeat for several"),
      N_("RULE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &o.note, N_("The panel’s note"), N_("TEXT") },
    OPTION_ARGS (&o),
    { NULL }
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SksDecision decision;

  if (!sks_cli_parse_options ("decide", NULL,
                              _("Records the panel’s decision (selected, not selected or "
                                "reserve) on one or more candidates at once, all or nothing, "
                                "until the public notice (公示) starts. A candidate that fails "
                                "a rule or has a check still to be made is selected only with "
                                "--override-reason."),
                              entries, &argc, &argv))
    return EXIT_USAGE;
  if (!check_common ("decide", &o) || !parse_ids (&o, ids))
    return EXIT_USAGE;
  if (!sks_decision_from_nick (o.decision, &decision))
    return sks_cli_usage_error ("decide", "%s",
                                _("--decision: use selected, not-selected or reserve"));
  /* --by NAME is the CLI's global option (sks_cli_take_global_by()): $SKS_USER */
  if (g_getenv ("SKS_USER") == NULL || *g_getenv ("SKS_USER") == '\0')
    return sks_cli_usage_error ("decide", "%s", _("Say who records the decision with --by"));
  if (o.override_rules != NULL && o.override_reason == NULL)
    return sks_cli_usage_error ("decide", "%s",
                                _("--override-rule needs --override-reason: say why"));
  return decide (&o, decision, ids);
}
