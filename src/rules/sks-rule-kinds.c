/* sks-rule-kinds.c — the rule kinds about the leader (技能大师)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-age.h"
#include "sks-code-list.h"
#include "sks-id-number.h"
#include "sks-retirement.h"
#include "sks-rule-kinds-private.h"
#include "sks-validate.h"

/*
 * A rule kind reads parameters from the profile and the facts of one
 * application (or of one recommending unit's applications) and writes a
 * status with a translated explanation that gives the figures. Kinds never
 * decide silently: where the data cannot settle a question (a birth month
 * without the day on the boundary, a claim only a person can judge), the
 * status is "needs manual confirmation" and the explanation says what is
 * missing. docs/rules.md lists the kinds and their parameters.
 */

static const SksRuleKind *const kinds[] = {
  &_sks_kind_birth_cutoff,
  &_sks_kind_birth_agreement,
  &_sks_kind_young_share,
  &_sks_kind_quota,
  &_sks_kind_skill_level,
  &_sks_kind_full_time_years,
  &_sks_kind_flag,
  &_sks_kind_confirmation,
  &_sks_kind_team_size,
  &_sks_kind_deadline,
  &_sks_kind_duplicate_master,
  &_sks_kind_priority,
  &_sks_kind_retirement_distance,
  &_sks_kind_name_format,
  &_sks_kind_honorary,
  &_sks_kind_unit_kind,
  &_sks_kind_prior_level,
};

const SksRuleKind *
_sks_rule_kind_lookup (const char *name)
{
  for (guint i = 0; name && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i]->name, name))
      return kinds[i];
  return NULL;
}

const char * const *
_sks_rule_kind_names (void)
{
  static const char *names[G_N_ELEMENTS (kinds) + 1];
  static gsize filled = 0;

  if (g_once_init_enter (&filled))
    {
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        names[i] = kinds[i]->name;
      g_once_init_leave (&filled, 1);
    }
  return names;
}

int
_sks_rule_param_index (const SksRuleKind *kind,
                       const char        *name)
{
  for (guint i = 0; i < kind->n_params; i++)
    if (g_str_equal (kind->params[i].name, name))
      return (int) i;
  return -1;
}

/* Helpers */

/* As g_date_compare() on dates set by day, month and year, without working
 * out their Julian days: this runs for every rule of every application. */
int
_sks_date_cmp (const GDate *a,
               const GDate *b)
{
  int ka = g_date_get_year (a) * 10000 + g_date_get_month (a) * 100 + g_date_get_day (a);
  int kb = g_date_get_year (b) * 10000 + g_date_get_month (b) * 100 + g_date_get_day (b);

  return (ka > kb) - (ka < kb);
}

/* Dates are written by hand: these run for every rule of every application. */
static char *
put_digits (char *p,
            int   value,
            int   n)
{
  for (int i = n - 1; i >= 0; i--, value /= 10)
    p[i] = (char) ('0' + value % 10);
  return p + n;
}

/* "YYYY-MM-DD" */
const char *
_sks_date_text (SksDateText *buffer,
                const GDate *date)
{
  char *p = buffer->text + 7;

  _sks_month_text (buffer, date);
  *p++ = '-';
  *put_digits (p, g_date_get_day (date), 2) = '\0';
  return buffer->text;
}

/* "YYYY-MM" */
const char *
_sks_month_text (SksDateText *buffer,
                 const GDate *date)
{
  char *p = put_digits (buffer->text, CLAMP (g_date_get_year (date), 0, 9999), 4);

  *p++ = '-';
  *put_digits (p, g_date_get_month (date), 2) = '\0';
  return buffer->text;
}

/* The year and month of birth, as the forms show it; the full date only
 * when @full and the ID number gives it (on a boundary, the day matters). */
const char *
_sks_birth_text (SksDateText          *buffer,
                 const SksStudioFacts *facts,
                 gboolean              full)
{
  if (full && facts->birth_from_id)
    return _sks_date_text (buffer, &facts->birth_min);
  return _sks_month_text (buffer, &facts->birth_min);
}

/* As sks_enum_get_label(), without taking the type system's lock: the
 * classes of the model's enums are held by its property specs for good. */
const char *
_sks_enum_label (GType type,
                 int   value)
{
  GEnumClass *klass = g_type_class_peek_static (type);
  GEnumValue *ev;

  if (klass == NULL)
    return sks_enum_get_label (type, value);
  ev = g_enum_get_value (klass, value);
  return ev ? _(ev->value_name) : "";
}

/* Joins translated items for a sentence: words with commas, clauses (which
 * have commas of their own) with semicolons. */
char *
_sks_join_list (GPtrArray *items,
                gboolean   clauses)
{
  /* TRANSLATORS: separates the items of a list inside a sentence */
  const char *comma = _(", ");
  /* TRANSLATORS: separates clauses of a list inside a sentence */
  const char *semicolon = _("; ");
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        g_string_append (text, clauses ? semicolon : comma);
      g_string_append (text, g_ptr_array_index (items, i));
    }
  return g_string_free (text, FALSE);
}

gboolean
_sks_fail_param (SksJsonReader *r,
                 const char    *place,
                 const char    *param,
                 const char    *message)
{
  g_autofree char *param_place = _sks_json_place (place, param);
  return _sks_json_fail (r, SKS_JSON_PROBLEM_VALUE, param_place, "%s", message);
}

/* Takes @explanation (NULL when the outcome is not to be explained). */
void
_sks_outcome_set (SksOutcome       *out,
                  SksVerdictStatus  status,
                  const char       *field,
                  char             *explanation)
{
  out->status = status;
  out->field = field;
  g_free (out->explanation);
  out->explanation = out->explain ? explanation : (g_free (explanation), NULL);
}

/* Writes the explanation only when it is wanted: formatting is most of the
 * cost of a check. */
void
(_sks_outcome_printf) (SksOutcome       *out,
                     SksVerdictStatus  status,
                     const char       *field,
                     const char       *format,
                     ...)
{
  va_list args;

  out->status = status;
  out->field = field;
  g_clear_pointer (&out->explanation, g_free);
  if (!out->explain)
    return;
  va_start (args, format);
  out->explanation = g_strdup_vprintf (format, args);
  va_end (args);
}

/* Characters 7 to 14 of a valid ID number (GB 11643-1999: YYYYMMDD). */
static gboolean
birth_from_id (const char *id_number,
               GDate      *birth)
{
  int digits = 0, year, month, day;

  if (id_number == NULL || strlen (id_number) != 18 ||
      sks_id_number_check_char (id_number) != id_number[17])
    return FALSE;
  for (int i = 6; i < 14; i++)
    digits = digits * 10 + (id_number[i] - '0');   /* all digits: the check char is set */
  year = digits / 10000;
  month = digits / 100 % 100;
  day = digits % 100;
  if (year < 1800 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (birth, day, month, year);
  return TRUE;
}

/* One agreed date of birth for every rule: the form's year and month (what
 * Annex 3 prints), narrowed to the day by a valid ID number that agrees
 * with it; the ID number's alone when the form has none. When the two
 * disagree the form's month stays and birth_conflict is set, so that
 * master.birth_agreement fails instead of a rule switching dates silently. */
void
_sks_studio_facts_init (SksStudioFacts *facts,
                        SksPolicy      *policy,
                        SksStudio      *studio)
{
  int year, month;
  gboolean from_id, from_form;

  memset (facts, 0, sizeof *facts);
  facts->policy = policy;
  facts->studio = studio;
  facts->master = sks_studio_get_master (studio);
  facts->unit = sks_studio_get_unit (studio);
  g_date_clear (&facts->birth_min, 1);
  g_date_clear (&facts->birth_max, 1);
  g_date_clear (&facts->id_birth, 1);

  from_id = birth_from_id (sks_master_get_id_number (facts->master), &facts->id_birth);
  from_form = sks_parse_year_month (sks_master_get_birth (facts->master), &year, &month);
  if (from_id && from_form && (g_date_get_year (&facts->id_birth) != year ||
                               (int) g_date_get_month (&facts->id_birth) != month))
    facts->birth_conflict = TRUE;

  if (from_id && !facts->birth_conflict)
    {
      facts->birth_min = facts->birth_max = facts->id_birth;
      facts->birth_known = facts->birth_from_id = TRUE;
    }
  else if (from_form)
    {
      g_date_set_dmy (&facts->birth_min, 1, month, year);
      g_date_set_dmy (&facts->birth_max, g_date_get_days_in_month (month, year), month, year);
      facts->birth_known = TRUE;
    }
}

/* birth-agreement: the year and month of birth (出生年月) and the date of
 * birth in the ID number (身份证号码) must agree; the notices ask for the
 * ID card among the materials, so the reviewers compare them. */

static void
check_birth_agreement (const SksRule        *rule,
                       const SksStudioFacts *facts,
                       SksOutcome           *out)
{
  const char *form_birth = sks_master_get_birth (facts->master);
  SksDateText id_text;

  if (facts->birth_conflict)
    {
      _sks_outcome_printf (out, SKS_VERDICT_FAIL, "master.id-number",
                           _("The year and month of birth (%s) and the ID number (born %s) "
                             "disagree; until one is corrected the rules use %s, as the form and "
                             "Annex 3 show it"),
                           form_birth, _sks_month_text (&id_text, &facts->id_birth), form_birth);
      return;
    }
  if (!g_date_valid (&facts->id_birth))
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.id-number", "%s",
                           _("No valid ID number yet, so the year and month of birth cannot be "
                             "compared with it"));
      return;
    }
  if (!facts->birth_from_id || form_birth == NULL || *form_birth == '\0')
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.birth",
                           _("The year and month of birth is not filled in yet; the ID number "
                             "gives %s"),
                           _sks_month_text (&id_text, &facts->id_birth));
      return;
    }
  _sks_outcome_printf (out, SKS_VERDICT_PASS, "master.birth",
                       _("The year and month of birth (%s) agrees with the ID number"),
                       form_birth);
}

const SksRuleKind _sks_kind_birth_agreement = {
  "birth-agreement", SKS_RULE_SCOPE_APPLICATION,
  NULL, 0,
  NULL, check_birth_agreement, NULL,
  NULL,
};

/* Whether @birth is after the cut-off, the day itself included or not. */
static gboolean
born_after (const GDate *birth,
            const GDate *cutoff,
            gboolean     inclusive)
{
  int cmp = _sks_date_cmp (birth, cutoff);
  return inclusive ? cmp >= 0 : cmp > 0;
}

/* "50" or "49–50" when only the month of birth is known. */
static const char *
age_text (SksDateText          *buffer,
          const SksStudioFacts *facts,
          const GDate          *on)
{
  int oldest = sks_age_years_on (&facts->birth_min, on);
  int youngest = sks_age_years_on (&facts->birth_max, on);

  if (oldest == youngest)
    g_snprintf (buffer->text, sizeof buffer->text, "%d", oldest);
  else
    g_snprintf (buffer->text, sizeof buffer->text, "%d–%d", youngest, oldest);
  return buffer->text;
}

/* birth-cutoff: born after a date, as Huzhou's "年龄一般在50周岁以下
 * （1975年2月28日以后出生）". With "general" (一般) an earlier birth is a
 * warning that needs a written justification, and manual once one is given;
 * without it, a fail. */

enum { BC_BORN_AFTER, BC_INCLUSIVE, BC_MAX_AGE, BC_GENERAL };

static const SksParamSpec birth_cutoff_params[] = {
  [BC_BORN_AFTER] = { "born_after", SKS_PARAM_DATE, TRUE, 0, 0, 0, NULL },
  [BC_INCLUSIVE] = { "inclusive", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [BC_MAX_AGE] = { "max_age", SKS_PARAM_INT, FALSE, 0, 0, 120, NULL },
  [BC_GENERAL] = { "general", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
};

static gboolean
need_reference_date (SksRule       *rule,
                     SksPolicy     *policy,
                     SksJsonReader *r,
                     const char    *place)
{
  if (sks_policy_get_reference_date (policy) != NULL)
    return TRUE;
  return _sks_json_fail (r, SKS_JSON_PROBLEM_MISSING, "reference_date",
                         _("the rule kind “%s” needs the profile’s reference date"),
                         rule->kind->name);
}

static void
check_birth_cutoff (const SksRule        *rule,
                    const SksStudioFacts *facts,
                    SksOutcome           *out)
{
  const GDate *cutoff = &rule->params[BC_BORN_AFTER].date;
  const GDate *reference = sks_policy_get_reference_date (facts->policy);
  gboolean inclusive = rule->params[BC_INCLUSIVE].i;
  gboolean general = rule->params[BC_GENERAL].i;
  const char *justification = sks_studio_get_age_justification (facts->studio);
  SksDateText cutoff_text, birth_text, age, reference_text;
  g_autofree char *asks = NULL;
  gboolean boundary;

  _sks_date_text (&cutoff_text, cutoff);
  if (out->explain)
    asks = g_strdup_printf (general ? _("the notice asks, generally, for birth after %s")
                                    : _("the notice asks for birth after %s"), cutoff_text.text);
  if (!facts->birth_known)
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.birth",
                           _("The leader’s date of birth is not given; %s"),
                           asks);
      return;
    }

  if (born_after (&facts->birth_min, cutoff, inclusive) !=
      born_after (&facts->birth_max, cutoff, inclusive))
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.id-number",
                           _("born in %s: the day of birth decides, and only the ID number gives "
                             "it; %s"),
                           _sks_birth_text (&birth_text, facts, FALSE), asks);
      return;
    }

  boundary = _sks_date_cmp (&facts->birth_min, cutoff) == 0;
  /* In the cut-off's month the day matters, so it is shown. */
  _sks_birth_text (&birth_text, facts,
                   g_date_get_year (&facts->birth_min) == g_date_get_year (cutoff) &&
                   g_date_get_month (&facts->birth_min) == g_date_get_month (cutoff));
  age_text (&age, facts, reference);
  _sks_date_text (&reference_text, reference);
  if (boundary && out->explain)
    {
      /* Born on the day itself: say which reading of 以后 the profile takes. */
      char *reading = g_strdup_printf (inclusive
                                       ? _("%s, and the profile counts that day itself")
                                       : _("%s, and the profile does not count that day itself"),
                                       asks);
      g_free (asks);
      asks = reading;
    }

  if (born_after (&facts->birth_min, cutoff, inclusive))
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "master.birth",
                         _("born %s: aged %s on %s; %s"),
                         birth_text.text, age.text, reference_text.text, asks);
  else if (!general)
    _sks_outcome_printf (out, SKS_VERDICT_FAIL, "master.birth",
                         _("born %s: aged %s on %s; %s"),
                         birth_text.text, age.text, reference_text.text, asks);
  else if (justification == NULL || *justification == '\0')
    _sks_outcome_printf (out, SKS_VERDICT_WARNING, "age-justification",
                         _("born %s: aged %s on %s; %s — an exception needs a written "
                           "justification"),
                         birth_text.text, age.text, reference_text.text, asks);
  else
    _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "age-justification",
                         _("born %s: aged %s on %s; %s — a written justification is given and "
                           "needs the reviewers’ acceptance"),
                         birth_text.text, age.text, reference_text.text, asks);
}

static const char * const birth_cutoff_reads[] = {
  "age-justification", NULL
};

const SksRuleKind _sks_kind_birth_cutoff = {
  "birth-cutoff", SKS_RULE_SCOPE_APPLICATION,
  birth_cutoff_params, G_N_ELEMENTS (birth_cutoff_params),
  need_reference_date, check_birth_cutoff, NULL,
  birth_cutoff_reads,
};

/* young-share: per recommending unit, leaders born after a date (aged N or
 * under on the reference date) make up at least a share of its
 * applications, as Huzhou's "其中45周岁以下须占区县申报数量的一半以上". */

enum { YS_BORN_AFTER, YS_INCLUSIVE, YS_MAX_AGE, YS_NUMERATOR, YS_DENOMINATOR,
       YS_SHARE_INCLUSIVE, YS_RECOMMENDER_KINDS };

static const char * const recommender_kinds[] = { "district", "county", "zone",
                                                  "city-department", NULL };

static const SksParamSpec young_share_params[] = {
  [YS_BORN_AFTER] = { "born_after", SKS_PARAM_DATE, TRUE, 0, 0, 0, NULL },
  [YS_INCLUSIVE] = { "inclusive", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [YS_MAX_AGE] = { "max_age", SKS_PARAM_INT, TRUE, 0, 0, 120, NULL },
  [YS_NUMERATOR] = { "numerator", SKS_PARAM_INT, FALSE, 1, 1, 100, NULL },
  [YS_DENOMINATOR] = { "denominator", SKS_PARAM_INT, FALSE, 2, 1, 100, NULL },
  [YS_SHARE_INCLUSIVE] = { "share_inclusive", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [YS_RECOMMENDER_KINDS] = { "recommender_kinds", SKS_PARAM_STRINGS, FALSE, 0, 0, 0,
                             recommender_kinds },
};

static gboolean
prepare_young_share (SksRule       *rule,
                     SksPolicy     *policy,
                     SksJsonReader *r,
                     const char    *place)
{
  if (rule->params[YS_NUMERATOR].i > rule->params[YS_DENOMINATOR].i)
    return _sks_fail_param (r, place, "numerator", _("the share cannot be more than the whole"));
  return TRUE;
}

/* The fewest young leaders out of @total that meet the share. */
static guint
young_needed (const SksRule *rule,
              guint          total)
{
  guint64 num = rule->params[YS_NUMERATOR].i * (guint64) total;
  guint64 den = rule->params[YS_DENOMINATOR].i;

  if (rule->params[YS_SHARE_INCLUSIVE].i)
    return (guint) ((num + den - 1) / den);
  return (guint) (num / den + 1);
}

static void
check_young_share (const SksRule       *rule,
                   const SksGroupFacts *group,
                   SksOutcome          *out)
{
  const GDate *cutoff = &rule->params[YS_BORN_AFTER].date;
  gboolean inclusive = rule->params[YS_INCLUSIVE].i;
  GStrv applies_to = rule->params[YS_RECOMMENDER_KINDS].strv;
  guint young = 0, undecided = 0, total = group->studios->len, needed;
  SksDateText cutoff_text;
  g_autofree char *counted = NULL;

  if (group->kind_known && applies_to[0] != NULL &&
      !g_strv_contains ((const char * const *) applies_to,
                        sks_enum_get_nick (SKS_TYPE_RECOMMENDER_KIND, (int) group->kind)))
    {
      _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, NULL,
                           _("%s: the share applies to districts and counties"),
                           _sks_enum_label (SKS_TYPE_RECOMMENDER_KIND, group->kind));
      return;
    }
  if (total == 0)
    {
      _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, NULL,
                           "%s",
                           _("No applications from this recommending unit yet"));
      return;
    }

  for (guint i = 0; i < total; i++)
    {
      SksStudioFacts facts;

      _sks_studio_facts_init (&facts, group->policy, g_ptr_array_index (group->studios, i));
      if (!facts.birth_known ||
          born_after (&facts.birth_min, cutoff, inclusive) !=
          born_after (&facts.birth_max, cutoff, inclusive))
        undecided++;
      else if (born_after (&facts.birth_min, cutoff, inclusive))
        young++;
    }

  needed = young_needed (rule, total);
  _sks_date_text (&cutoff_text, cutoff);
  counted = g_strdup_printf (inclusive
                             ? _("%u of %u leaders are aged %d or under (born on or after %s); "
                                 "the notice asks for at least %u of them")
                             : _("%u of %u leaders are aged %d or under (born after %s); "
                                 "the notice asks for at least %u of them"),
                             young, total, (int) rule->params[YS_MAX_AGE].i, cutoff_text.text,
                             needed);
  if (young >= needed)
    _sks_outcome_set (out, SKS_VERDICT_PASS, "master.birth", g_steal_pointer (&counted));
  else if (young + undecided >= needed)
    _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.birth",
                         _("%s; the dates of birth of %u more are unknown or need the day from the "
                           "ID number"),
                         counted, undecided);
  else
    _sks_outcome_set (out, SKS_VERDICT_FAIL, "master.birth", g_steal_pointer (&counted));
}

const SksRuleKind _sks_kind_young_share = {
  "young-share", SKS_RULE_SCOPE_RECOMMENDER,
  young_share_params, G_N_ELEMENTS (young_share_params),
  prepare_young_share, NULL, check_young_share,
  NULL,
};

/* skill-level: the leader's level (职业技能等级) against the lowest level
 * accepted, with the alternatives each notice allows. "unique_skills" says
 * what a described 绝技绝活 does: "alternative" (Huzhou: it may replace the
 * level, and then needs a person's confirmation), "required" (Hangzhou: it
 * is needed besides the level) or "ignored". */

enum { SL_MIN_LEVEL, SL_HONOUR, SL_TOP_LEVEL, SL_UNIQUE_SKILLS };

static const char * const unique_skills_uses[] = { "ignored", "alternative", "required", NULL };

static const SksParamSpec skill_level_params[] = {
  [SL_MIN_LEVEL] = { "min_level", SKS_PARAM_STRING, TRUE, 0, 0, 0, NULL },
  [SL_HONOUR] = { "honour_alternative", SKS_PARAM_BOOL, FALSE, FALSE, 0, 1, NULL },
  [SL_TOP_LEVEL] = { "top_level_alternative", SKS_PARAM_BOOL, FALSE, FALSE, 0, 1, NULL },
  [SL_UNIQUE_SKILLS] = { "unique_skills", SKS_PARAM_STRING, FALSE, 0, 0, 0, unique_skills_uses },
};

static gboolean
prepare_skill_level (SksRule       *rule,
                     SksPolicy     *policy,
                     SksJsonReader *r,
                     const char    *place)
{
  const SksCodeList *levels = sks_code_list_get (SKS_CODE_LIST_SKILL_LEVEL);

  if (sks_code_list_get_rank (levels, rule->params[SL_MIN_LEVEL].s) < 0)
    return _sks_fail_param (r, place, "min_level",
                            _("not a skill level of the standard list, such as 技师"));
  if (rule->params[SL_UNIQUE_SKILLS].s == NULL)
    rule->params[SL_UNIQUE_SKILLS].s = g_strdup ("ignored");
  /* Code lists live as long as the process; the lookup takes a lock. */
  rule->data = (gpointer) levels;
  return TRUE;
}

static char *
describe_level (const char *level,
                const char *min_level,
                gboolean    level_ok,
                gboolean    top)
{
  if (level == NULL || *level == '\0')
    return g_strdup (_("No skill level is given"));
  if (level_ok)
    return g_strdup_printf (_("Skill level %s (%s or higher is accepted)"), level, min_level);
  if (top)
    return g_strdup_printf (_("Skill level %s, the highest level of the occupation"), level);
  return g_strdup_printf (_("Skill level %s, below %s"), level, min_level);
}

static void
check_skill_level (const SksRule        *rule,
                   const SksStudioFacts *facts,
                   SksOutcome           *out)
{
  const SksCodeList *levels = rule->data;
  const char *min_level = rule->params[SL_MIN_LEVEL].s;
  const char *level = sks_master_get_skill_level (facts->master);
  const char *unique = sks_master_get_unique_skills (facts->master);
  const char *use = rule->params[SL_UNIQUE_SKILLS].s;
  gboolean has_unique = unique != NULL && *unique != '\0';
  gboolean top = rule->params[SL_TOP_LEVEL].i &&
                 sks_master_get_occupation_top_level (facts->master);
  gboolean honour = rule->params[SL_HONOUR].i && sks_master_get_provincial_honour (facts->master);
  gboolean level_ok = sks_code_list_get_rank (levels, level) >= sks_code_list_get_rank (levels,
                                                                                       min_level);
  g_autofree char *level_said = out->explain ? describe_level (level, min_level, level_ok, top)
                                              : NULL;

  level_ok = level_ok || top;
  if (g_str_equal (use, "required"))
    {
      if (!level_ok)
        _sks_outcome_set (out, SKS_VERDICT_FAIL, "master.skill-level",
                          g_steal_pointer (&level_said));
      else if (!has_unique)
        _sks_outcome_printf (out, SKS_VERDICT_FAIL, "master.unique-skills",
                             _("%s, but no unique skills (绝技绝活) are described; the notice asks for "
                               "both"),
                             level_said);
      else
        _sks_outcome_printf (out, SKS_VERDICT_PASS, "master.skill-level",
                             _("%s, with unique skills (绝技绝活) described"),
                             level_said);
      return;
    }

  if (level_ok)
    _sks_outcome_set (out, SKS_VERDICT_PASS, "master.skill-level", g_steal_pointer (&level_said));
  else if (honour)
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "master.provincial-honour",
                         _("%s, but the leader holds a provincial or municipal honour as an "
                           "outstanding high-skill talent"),
                         level_said);
  else if (has_unique && g_str_equal (use, "alternative"))
    _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.unique-skills",
                         _("%s; the application rests on unique skills (绝技绝活) alone, which the "
                           "reviewers must confirm"),
                         level_said);
  else
    _sks_outcome_set (out, SKS_VERDICT_FAIL, "master.skill-level", g_steal_pointer (&level_said));
}

static const char * const skill_level_reads[] = {
  "master.skill-level", "master.unique-skills", "master.occupation-top-level",
  "master.provincial-honour", NULL
};

const SksRuleKind _sks_kind_skill_level = {
  "skill-level", SKS_RULE_SCOPE_APPLICATION,
  skill_level_params, G_N_ELEMENTS (skill_level_params),
  prepare_skill_level, check_skill_level, NULL,
  skill_level_reads,
};

/* full-time-years: at least N years of full-time work in the city
 * ("在我市全职工作1年以上"; 以上 includes N). */

enum { FT_MIN_YEARS, FT_INCLUSIVE };

static const SksParamSpec full_time_years_params[] = {
  [FT_MIN_YEARS] = { "min_years", SKS_PARAM_INT, TRUE, 0, 0, 60, NULL },
  [FT_INCLUSIVE] = { "inclusive", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
};

static void
check_full_time_years (const SksRule        *rule,
                       const SksStudioFacts *facts,
                       SksOutcome           *out)
{
  gint64 years = sks_master_get_full_time_years (facts->master);
  gint64 min = rule->params[FT_MIN_YEARS].i;
  gboolean ok = rule->params[FT_INCLUSIVE].i ? years >= min : years > min;
  g_autofree char *worked = NULL;

  if (out->explain)
    worked = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%d year of full-time work in the city",
                                         "%d years of full-time work in the city",
                                         (gulong) years), (int) years);

  _sks_outcome_printf (out, ok ? SKS_VERDICT_PASS : SKS_VERDICT_FAIL, "master.full-time-years",
                       rule->params[FT_INCLUSIVE].i ? _("%s; the notice asks for at least %d")
                                                    : _("%s; the notice asks for more than %d"),
                       worked, (int) min);
}

static const char * const full_time_years_reads[] = {
  "master.full-time-years", NULL
};

const SksRuleKind _sks_kind_full_time_years = {
  "full-time-years", SKS_RULE_SCOPE_APPLICATION,
  full_time_years_params, G_N_ELEMENTS (full_time_years_params),
  NULL, check_full_time_years, NULL,
  full_time_years_reads,
};

/* flag: a yes/no field that must be yes, such as "master.frontline"
 * (直接从事技能工作的一线在岗人员). */

enum { FL_FIELD };

static const SksParamSpec flag_params[] = {
  [FL_FIELD] = { "field", SKS_PARAM_STRING, TRUE, 0, 0, 0, NULL },
};

typedef enum { PART_STUDIO, PART_MASTER, PART_UNIT } Part;

typedef struct {
  Part            part;
  const SksField *field;
} FlagData;

static gboolean
prepare_flag (SksRule       *rule,
              SksPolicy     *policy,
              SksJsonReader *r,
              const char    *place)
{
  const char *path = rule->params[FL_FIELD].s;
  const SksFieldTable *table = sks_studio_get_field_table ();
  FlagData *data = g_new0 (FlagData, 1);
  const char *name = path;

  rule->data = data;
  rule->data_free = g_free;
  if (g_str_has_prefix (path, "master."))
    {
      data->part = PART_MASTER;
      table = sks_master_get_field_table ();
      name = path + strlen ("master.");
    }
  else if (g_str_has_prefix (path, "unit."))
    {
      data->part = PART_UNIT;
      table = sks_unit_get_field_table ();
      name = path + strlen ("unit.");
    }
  data->field = sks_field_table_lookup (table, name);
  if (data->field == NULL || data->field->kind != SKS_FIELD_BOOLEAN)
    return _sks_fail_param (r, place, "field",
                            _("not a yes/no field of the application, such as master.frontline"));
  return TRUE;
}

static void
check_flag (const SksRule        *rule,
            const SksStudioFacts *facts,
            SksOutcome           *out)
{
  const FlagData *data = rule->data;
  GObject *object = data->part == PART_MASTER ? G_OBJECT (facts->master)
                    : data->part == PART_UNIT ? G_OBJECT (facts->unit)
                    : G_OBJECT (facts->studio);
  const char *label = sks_field_get_label (data->field);

  if (sks_field_get_boolean (data->field, object))
    _sks_outcome_printf (out, SKS_VERDICT_PASS, rule->params[FL_FIELD].s,
                         _("%s: yes"),
                         label);
  else
    _sks_outcome_printf (out, SKS_VERDICT_FAIL, rule->params[FL_FIELD].s,
                         _("%s: no; the notice requires it"),
                         label);
}

static const char * const flag_reads[] = {
  "$field", NULL
};

const SksRuleKind _sks_kind_flag = {
  "flag", SKS_RULE_SCOPE_APPLICATION,
  flag_params, G_N_ELEMENTS (flag_params),
  prepare_flag, check_flag, NULL,
  flag_reads,
};

/* retirement-distance: at least N years between the date of application
 * and the statutory retirement date under the 2025 reform, as Hangzhou's
 * "领衔人在申请时原则上应距法定退休年龄3年以上". With "principle" (原则上) a
 * shorter distance is a warning, not a fail. */

enum { RD_MIN_YEARS, RD_INCLUSIVE, RD_PRINCIPLE };

static const SksParamSpec retirement_distance_params[] = {
  [RD_MIN_YEARS] = { "min_years", SKS_PARAM_INT, TRUE, 0, 0, 50, NULL },
  [RD_INCLUSIVE] = { "inclusive", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
  [RD_PRINCIPLE] = { "principle", SKS_PARAM_BOOL, FALSE, TRUE, 0, 1, NULL },
};

/* Whether the retirement on @retirement is far enough from @applied. */
static gboolean
far_enough (const SksRule *rule,
            const GDate   *applied,
            const GDate   *retirement)
{
  GDate limit = *applied;
  int cmp;

  sks_date_add_months_clamped (&limit, (int) rule->params[RD_MIN_YEARS].i * 12);
  cmp = _sks_date_cmp (&limit, retirement);
  return rule->params[RD_INCLUSIVE].i ? cmp <= 0 : cmp < 0;
}

/* The date of application, or the profile's reference date. */
static gboolean
application_date (const SksStudioFacts *facts,
                  GDate                *date)
{
  const GDate *reference;

  if (sks_date_parse_iso (sks_studio_get_application_date (facts->studio), date))
    return TRUE;
  reference = sks_policy_get_reference_date (facts->policy);
  if (reference == NULL)
    return FALSE;
  *date = *reference;
  return TRUE;
}

static SksRetirementCategory
retirement_category (const SksStudioFacts *facts)
{
  SksRetirementCategory category = sks_master_get_retirement_category (facts->master);
  SksGender gender = sks_master_get_gender (facts->master);

  /* Only men's category follows from the gender (domain-facts §1.4). */
  if (category == SKS_RETIREMENT_UNSET && gender == SKS_GENDER_MALE)
    return SKS_RETIREMENT_MALE_60;
  return category;
}

/* "62 years 6 months" with the plurals of the language. */
static char *
duration_text (int years,
               int months)
{
  g_autofree char *y = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%d year", "%d years",
                                                   years), years);
  g_autofree char *m = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%d month", "%d months",
                                                   months), months);

  if (months == 0)
    return g_steal_pointer (&y);
  /* TRANSLATORS: years and months of a duration, e.g. "62 years 6 months" */
  return g_strdup_printf (_("%s %s"), y, m);
}

static char *
describe_distance (const SksRule        *rule,
                   const SksStudioFacts *facts,
                   SksRetirementCategory category,
                   const GDate          *applied,
                   const GDate          *retirement)
{
  SksRetirement r;
  SksDateText birth_text, retirement_text, applied_text;
  int years = 0, months = 0;
  gboolean after = _sks_date_cmp (applied, retirement) > 0;
  g_autofree char *age = NULL;
  g_autofree char *distance = NULL;

  sks_retirement_compute (category, g_date_get_year (&facts->birth_min),
                          g_date_get_month (&facts->birth_min), &r);
  if (after)
    sks_age_on (retirement, applied, &years, &months);
  else
    sks_age_on (applied, retirement, &years, &months);
  _sks_birth_text (&birth_text, facts, FALSE);
  if (facts->birth_from_id)
    _sks_date_text (&retirement_text, retirement);
  else
    _sks_month_text (&retirement_text, retirement);
  _sks_date_text (&applied_text, applied);
  age = duration_text (r.age_months / 12, r.age_months % 12);
  distance = duration_text (years, months);

  return g_strdup_printf (after
                          ? _("born %s, %s: statutory retirement age %s, reached %s; on %s "
                              "(the date of application) that was %s ago; the notice asks, in "
                              "principle, for %d years or more before it")
                          : _("born %s, %s: statutory retirement age %s, reached %s; on %s "
                              "(the date of application) that is %s away; the notice asks, in "
                              "principle, for %d years or more"),
                          birth_text.text, _sks_enum_label (SKS_TYPE_RETIREMENT_CATEGORY,
                                                               category),
                          age, retirement_text.text, applied_text.text, distance,
                          (int) rule->params[RD_MIN_YEARS].i);
}

static void
check_retirement_distance (const SksRule        *rule,
                           const SksStudioFacts *facts,
                           SksOutcome           *out)
{
  SksRetirementCategory category = retirement_category (facts);
  GDate applied, earliest, latest;
  gboolean ok_earliest, ok_latest;
  char *explanation = NULL;

  if (sks_studio_get_honorary (facts->studio))
    {
      _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, NULL,
                           "%s",
                           _("An honorary studio is led by a retired master; the distance to "
                             "retirement does not apply"));
      return;
    }
  if (category == SKS_RETIREMENT_UNSET)
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.retirement-category",
                           "%s",
                           _("The retirement category is not given (female cadre, originally 55, "
                             "or female worker, originally 50); the statutory age depends on it"));
      return;
    }
  if (!facts->birth_known)
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.birth",
                           "%s",
                           _("The leader’s date of birth is not given; the statutory retirement "
                             "age depends on it"));
      return;
    }
  if (!application_date (facts, &applied))
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "application-date",
                           "%s",
                           _("The date of application is not given; the distance to retirement is "
                             "measured on it"));
      return;
    }

  sks_retirement_get_date (category, &facts->birth_min, &earliest);
  sks_retirement_get_date (category, &facts->birth_max, &latest);
  ok_earliest = far_enough (rule, &applied, &earliest);
  ok_latest = far_enough (rule, &applied, &latest);
  if (out->explain)
    explanation = describe_distance (rule, facts, category, &applied, &earliest);

  if (ok_earliest)
    _sks_outcome_set (out, SKS_VERDICT_PASS, "master.birth", explanation);
  else if (ok_latest)
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.id-number",
                           _("%s; the day of birth decides, and only the ID number gives it"),
                           explanation);
      g_free (explanation);
    }
  else
    _sks_outcome_set (out, rule->params[RD_PRINCIPLE].i ? SKS_VERDICT_WARNING : SKS_VERDICT_FAIL,
                      "master.birth", explanation);
}

static const char * const retirement_distance_reads[] = {
  "honorary", "master.retirement-category", "master.gender", "application-date", NULL
};

const SksRuleKind _sks_kind_retirement_distance = {
  "retirement-distance", SKS_RULE_SCOPE_APPLICATION,
  retirement_distance_params, G_N_ELEMENTS (retirement_distance_params),
  NULL, check_retirement_distance, NULL,
  retirement_distance_reads,
};

/* duplicate-master: the same person (by ID number) leads another
 * application of the round, or a studio that is active. */

enum { DM_ACTIVE_STATUSES };

static const char * const status_nicks[] = {
  "draft", "submitted", "recommended", "under-review", "publicized", "approved", "not-selected",
  "renewed", "revoked", "withdrawn", NULL
};

static const SksParamSpec duplicate_master_params[] = {
  [DM_ACTIVE_STATUSES] = { "active_statuses", SKS_PARAM_STRINGS, FALSE, 0, 0, 0, status_nicks },
};

static gboolean
prepare_duplicate_master (SksRule       *rule,
                          SksPolicy     *policy,
                          SksJsonReader *r,
                          const char    *place)
{
  GStrv statuses = rule->params[DM_ACTIVE_STATUSES].strv;
  guint mask = 0;

  for (guint i = 0; statuses[i]; i++)
    {
      int status = 0;

      sks_enum_from_nick (SKS_TYPE_STATUS, statuses[i], &status);
      mask |= 1u << status;
    }
  if (mask == 0)
    mask = 1u << SKS_STATUS_APPROVED | 1u << SKS_STATUS_RENEWED;
  rule->params[DM_ACTIVE_STATUSES].i = mask;
  return TRUE;
}

static void
check_duplicate_master (const SksRule        *rule,
                        const SksStudioFacts *facts,
                        SksOutcome           *out)
{
  const char *id_number = sks_master_get_id_number (facts->master);
  const char *uuid = sks_studio_get_uuid (facts->studio);
  gint64 round_id = sks_studio_get_round_id (facts->studio);
  guint active = (guint) rule->params[DM_ACTIVE_STATUSES].i;
  g_autoptr(GPtrArray) found = NULL;
  guint n_found = 0;
  GPtrArray *peers;

  if (facts->peers == NULL)
    {
      _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, "master.id-number",
                           "%s",
                           _("Not compared: no other applications were given"));
      return;
    }
  if (id_number == NULL || *id_number == '\0')
    {
      _sks_outcome_printf (out, SKS_VERDICT_MANUAL, "master.id-number",
                           "%s",
                           _("No ID number is given, so the leader cannot be compared with other "
                             "applications"));
      return;
    }

  peers = g_hash_table_lookup (facts->peers, id_number);
  for (guint i = 0; peers && i < peers->len; i++)
    {
      const SksPeer *peer = g_ptr_array_index (peers, i);
      gboolean same_round = peer->round_id == round_id && peer->status != SKS_STATUS_WITHDRAWN;

      if (g_strcmp0 (peer->uuid, uuid) == 0 || !(same_round || (active & (1u << peer->status))))
        continue;
      if (n_found++ == 0 && out->explain)
        found = g_ptr_array_new_with_free_func (g_free);
      if (found)
        g_ptr_array_add (found, g_strdup_printf (_("“%s” (%s)"),
                                                 peer->name && *peer->name ? peer->name : "?",
                                                 _sks_enum_label (SKS_TYPE_STATUS, peer->status)));
    }

  if (n_found == 0)
    _sks_outcome_printf (out, SKS_VERDICT_PASS, "master.id-number",
                         _("The leader leads no other application of the round and no active "
                           "studio (%u compared)"),
                         facts->n_peers);
  else
    {
      g_autofree char *list = found ? _sks_join_list (found, FALSE) : NULL;
      _sks_outcome_printf (out, SKS_VERDICT_WARNING, "master.id-number",
                           _("The same person (by ID number) also leads %s"),
                           list);
    }
}

const SksRuleKind _sks_kind_duplicate_master = {
  "duplicate-master", SKS_RULE_SCOPE_APPLICATION,
  duplicate_master_params, G_N_ELEMENTS (duplicate_master_params),
  prepare_duplicate_master, check_duplicate_master, NULL,
  NULL,
};

/* honorary: an honorary studio (荣誉技能大师工作室) needs a retired leader whom
 * the unit has rehired, and one of the grounds: formerly a national-level
 * studio, or a leader with the State Council special allowance, the China
 * Skill Award or the Qianjiang Skill Award. */

static void
check_honorary (const SksRule        *rule,
                const SksStudioFacts *facts,
                SksOutcome           *out)
{
  gboolean honorary = sks_studio_get_honorary (facts->studio);
  gboolean retired = sks_master_get_retired (facts->master);
  g_autoptr(GPtrArray) grounds = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (!honorary && !retired)
    {
      _sks_outcome_printf (out, SKS_VERDICT_NOT_APPLICABLE, "honorary",
                           "%s",
                           _("Not an application for an honorary studio"));
      return;
    }
  if (!honorary)
    {
      _sks_outcome_printf (out, SKS_VERDICT_WARNING, "honorary",
                           "%s",
                           _("The leader has retired; a retired master can lead only an honorary "
                             "studio, so mark the application as one if it is"));
      return;
    }
  if (!retired || !sks_master_get_rehired (facts->master))
    {
      _sks_outcome_printf (out, SKS_VERDICT_FAIL, retired ? "master.rehired" : "master.retired",
                           "%s",
                           _("An honorary studio needs a leader who has retired and whom the unit "
                             "has rehired to lead it"));
      return;
    }

  if (sks_studio_get_former_national_studio (facts->studio))
    g_ptr_array_add (grounds, (char *) _("formerly a national-level studio"));
  if (sks_master_get_state_council_allowance (facts->master))
    g_ptr_array_add (grounds, (char *) _("the State Council special allowance"));
  if (sks_master_get_china_skill_award (facts->master))
    g_ptr_array_add (grounds, (char *) _("the China Skill Award"));
  if (sks_master_get_qianjiang_skill_award (facts->master))
    g_ptr_array_add (grounds, (char *) _("the Qianjiang Skill Award"));

  if (grounds->len == 0)
    {
      _sks_outcome_printf (out, SKS_VERDICT_FAIL, "former-national-studio",
                           "%s",
                           _("Retired and rehired, but none of the grounds: formerly a "
                             "national-level studio, the State Council special allowance, the "
                             "China Skill Award or the Qianjiang Skill Award"));
      return;
    }
  list = _sks_join_list (grounds, FALSE);
  _sks_outcome_printf (out, SKS_VERDICT_PASS, "honorary",
                       _("Retired and rehired to lead the studio; grounds: %s"),
                       list);
}

static const char * const honorary_reads[] = {
  "honorary", "former-national-studio", "master.retired", "master.rehired",
  "master.state-council-allowance", "master.china-skill-award", "master.qianjiang-skill-award", NULL
};

const SksRuleKind _sks_kind_honorary = {
  "honorary", SKS_RULE_SCOPE_APPLICATION,
  NULL, 0,
  NULL, check_honorary, NULL,
  honorary_reads,
};
