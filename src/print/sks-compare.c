/* sks-compare.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-compare"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-age.h"
#include "sks-attachment.h"
#include "sks-compare.h"
#include "sks-compare-private.h"
#include "sks-master.h"
#include "sks-print-form.h"
#include "sks-recommender.h"
#include "sks-rule-engine.h"
#include "sks-team-member.h"
#include "sks-unit.h"
#include "sks-verdict.h"

/*
 * The form rows come from the Annex 3 description itself (data/forms/
 * annex3.json): each application's form is built with personal data masked
 * and its grid read back as label → value pairs, so the comparison has
 * exactly the form's fields, labels and formatting (出生年月 as 1978.05,
 * 平方米, 男/女) and follows the form when the form changes.
 */

G_DEFINE_QUARK (sks-compare-error-quark, sks_compare_error)

struct _SksComparison
{
  GObject    parent_instance;

  SksRound  *round;
  SksPolicy *policy;
  GDate      reference;
  GPtrArray *studios;  /* SksStudio */
  GArray    *columns;  /* SksCompareColumn */
  GPtrArray *rows;     /* SksCompareRow */
};

G_DEFINE_FINAL_TYPE (SksComparison, sks_comparison, G_TYPE_OBJECT)

static void
row_free (gpointer data)
{
  SksCompareRow *row = data;

  g_free (row->key);
  g_free (row->label);
  g_strfreev (row->values);
  g_free (row);
}

static void
column_clear (gpointer data)
{
  SksCompareColumn *column = data;

  g_free (column->studio);
  g_free (column->master);
  g_free (column->unit);
  g_free (column->recommender);
  g_free (column->verdict_label);
}

static void
sks_comparison_finalize (GObject *object)
{
  SksComparison *self = SKS_COMPARISON (object);

  g_clear_object (&self->round);
  g_clear_object (&self->policy);
  g_clear_pointer (&self->studios, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (sks_comparison_parent_class)->finalize (object);
}

static void
sks_comparison_class_init (SksComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_comparison_finalize;
}

static void
sks_comparison_init (SksComparison *self)
{
  self->studios = g_ptr_array_new_with_free_func (g_object_unref);
  self->columns = g_array_new (FALSE, TRUE, sizeof (SksCompareColumn));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

/* Rows ------------------------------------------------------------------- */

static gboolean
values_differ (const char *const *values)
{
  for (guint i = 1; values[0] != NULL && values[i] != NULL; i++)
    if (g_strcmp0 (values[0], values[i]) != 0)
      return TRUE;
  return FALSE;
}

/* Takes @values; @keys (nullable, borrowed) decide whether the row differs
 * when the shown values carry more than what is compared. */
static SksCompareRow *
append_row (SksComparison      *self,
            SksCompareSection   section,
            const char         *key,
            const char         *label,
            GStrv               values,
            const char *const  *keys,
            gboolean            long_text)
{
  SksCompareRow *row = g_new0 (SksCompareRow, 1);

  row->section = section;
  row->key = g_strdup (key);
  row->label = g_strdup (label);
  row->values = values;
  row->long_text = long_text;
  row->differs = values_differ (keys != NULL ? keys : (const char *const *) values);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* A GStrv of one value per column. */
typedef struct {
  GPtrArray *values;
} Values;

static void
values_init (Values *v)
{
  v->values = g_ptr_array_new ();
}

static void
values_take (Values *v,
             char   *value)
{
  g_ptr_array_add (v->values, value ? value : g_strdup (""));
}

static GStrv
values_steal (Values *v)
{
  g_ptr_array_add (v->values, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&v->values), FALSE);
}

static const char *
field_text (GObject             *object,
            const SksFieldTable *table,
            const char          *name)
{
  const SksField *field = object ? sks_field_table_lookup (table, name) : NULL;
  const char *text = field != NULL ? sks_field_get_text (field, object) : NULL;

  return text != NULL ? text : "";
}

static gboolean
parse_birth (const char *birth,
             GDate      *date)
{
  g_autofree char *full = NULL;

  if (birth == NULL || strlen (birth) != 7)
    return FALSE;
  full = g_strconcat (birth, "-01", NULL);
  return sks_date_parse_iso (full, date);
}

/* Age in whole years on the reference day, "" when the birth is not set. */
static char *
dup_age (SksComparison *self,
         const char    *birth)
{
  GDate date;

  if (!parse_birth (birth, &date) || g_date_compare (&date, &self->reference) > 0)
    return g_strdup ("");
  return g_strdup_printf ("%d", sks_age_years_on (&date, &self->reference));
}

/* The form ----------------------------------------------------------------- */

typedef struct {
  char *label;
  char *value;
} Pair;

static void
pair_free (gpointer data)
{
  Pair *pair = data;

  g_free (pair->label);
  g_free (pair->value);
  g_free (pair);
}

static char *
one_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  return g_strjoinv ("", lines);
}

static void
add_pair (GPtrArray  *pairs,
          const char *label,
          GString    *value)
{
  Pair *pair = g_new0 (Pair, 1);

  pair->label = one_line (label);
  pair->value = g_strdup (g_strstrip (value->str));
  g_ptr_array_add (pairs, pair);
}

static gboolean
is_label (const SksPrintCell *cell)
{
  return cell->style.font == SKS_PRINT_FONT_LABEL;
}

/* A cover row: "申报单位", "", value (the ruled cell), "（盖章）". */
static gboolean
read_cover_row (SksPrintRow *row,
                GPtrArray   *pairs)
{
  for (guint i = 1; i < row->cells->len; i++)
    {
      SksPrintCell *cell = g_ptr_array_index (row->cells, i);

      if (cell->rule_below)
        {
          SksPrintCell *first = g_ptr_array_index (row->cells, 0);
          g_autoptr(GString) value = g_string_new (cell->text);

          add_pair (pairs, first->text, value);
          return TRUE;
        }
    }
  return FALSE;
}

/* A grid row: label, value cells, label, value cells …; a label alone on
 * its row (单位简介) takes the next row's text as its value. */
static void
read_grid_row (SksPrintRow  *row,
               GPtrArray    *pairs,
               char        **pending_label)
{
  const char *label = NULL;
  g_autoptr(GString) value = g_string_new (NULL);

  for (guint i = 0; i < row->cells->len; i++)
    {
      SksPrintCell *cell = g_ptr_array_index (row->cells, i);

      if (is_label (cell))
        {
          if (label != NULL)
            add_pair (pairs, label, value);
          else if (*pending_label != NULL)
            {
              /* the label alone on the row before had no value */
              g_autoptr(GString) empty = g_string_new (NULL);
              add_pair (pairs, *pending_label, empty);
              g_clear_pointer (pending_label, g_free);
            }
          label = cell->text;
          g_string_truncate (value, 0);
          continue;
        }
      if (label == NULL && *pending_label == NULL)
        continue;
      if (value->len > 0 && cell->text[0] != '\0')
        g_string_append_c (value, '\n');
      g_string_append (value, cell->text);
    }
  if (label != NULL && row->cells->len == 1)
    *pending_label = g_strdup (label);
  else if (label != NULL)
    add_pair (pairs, label, value);
  else if (*pending_label != NULL)
    {
      add_pair (pairs, *pending_label, value);
      g_clear_pointer (pending_label, g_free);
    }
}

static GPtrArray *
read_form (SksPrintDoc *doc)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (pair_free);
  g_autofree char *pending = NULL;

  for (guint b = 0; b < doc->blocks->len; b++)
    {
      SksPrintBlock *block = g_ptr_array_index (doc->blocks, b);

      if (block->kind != SKS_PRINT_BLOCK_TABLE)
        continue;
      for (guint r = 0; r < block->table->rows->len; r++)
        {
          SksPrintRow *row = g_ptr_array_index (block->table->rows, r);

          if (!block->table->grid)
            read_cover_row (row, pairs);
          else
            read_grid_row (row, pairs, &pending);
        }
    }
  return pairs;
}

/* Free texts of the form: they wrap over lines in the view. */
static gboolean
is_long_value (const char *value)
{
  return g_utf8_strlen (value, -1) > 40 || strchr (value, '\n') != NULL;
}

static gboolean
add_form_rows (SksComparison  *self,
               GError        **error)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *first;

  for (guint i = 0; i < self->studios->len; i++)
    {
      g_autoptr(GPtrArray) studios = g_ptr_array_new ();
      g_autoptr(GPtrArray) recommenders = g_ptr_array_new ();
      SksCompareColumn *column = &g_array_index (self->columns, SksCompareColumn, i);
      SksPrintFormData data = {
        .round = self->round,
        .studios = studios,
        .recommenders = recommenders,
        .mask_personal = TRUE,
      };
      g_autoptr(SksPrintDoc) doc = NULL;

      g_ptr_array_add (studios, g_ptr_array_index (self->studios, i));
      g_ptr_array_add (recommenders, column->recommender);
      if ((doc = sks_print_form_build ("annex3", &data, error)) == NULL)
        return FALSE;
      g_ptr_array_add (forms, read_form (doc));
    }

  /* The applications of one round fill the same form: the same pairs. */
  first = g_ptr_array_index (forms, 0);
  for (guint p = 0; p < first->len; p++)
    {
      g_autofree char *key = g_strdup_printf ("form.%u", p + 1);
      Values v;
      gboolean long_text = FALSE;

      values_init (&v);
      for (guint i = 0; i < forms->len; i++)
        {
          GPtrArray *pairs = g_ptr_array_index (forms, i);
          Pair *pair = p < pairs->len ? g_ptr_array_index (pairs, p) : NULL;

          long_text |= pair != NULL && is_long_value (pair->value);
          values_take (&v, pair ? g_strdup (pair->value) : NULL);
        }
      append_row (self, SKS_COMPARE_SECTION_FORM, key,
                  ((Pair *) g_ptr_array_index (first, p))->label, values_steal (&v), NULL,
                  long_text);
    }
  return TRUE;
}

/* The summary ------------------------------------------------------------ */

static char *
dup_honours (SksMaster *master)
{
  static const char *const flags[] = {
    "state-council-allowance", "china-skill-award", "qianjiang-skill-award", "provincial-honour",
  };
  const SksFieldTable *table = sks_master_get_field_table ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      const SksField *field = sks_field_table_lookup (table, flags[i]);

      if (field != NULL && sks_field_get_boolean (field, G_OBJECT (master)))
        g_ptr_array_add (names, (gpointer) sks_field_get_label (field));
    }
  g_ptr_array_add (names, NULL);
  /* Translators: separates names in a list, as 、 in Chinese */
  return g_strjoinv (C_("list separator", ", "), (GStrv) names->pdata);
}

static char *
dup_team_levels (SksStudio *studio)
{
  GListModel *team = sks_studio_get_team (studio);
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);
      const char *level = field_text (G_OBJECT (member), sks_team_member_get_field_table (),
                                      "skill-level");

      g_ptr_array_add (levels, g_strdup (*level ? level : "—"));
    }
  g_ptr_array_add (levels, NULL);
  return g_strjoinv (C_("list separator", ", "), (GStrv) levels->pdata);
}

static char *
dup_team_ages (SksComparison *self,
               SksStudio     *studio)
{
  GListModel *team = sks_studio_get_team (studio);
  g_autoptr(GPtrArray) ages = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);
      char *age = dup_age (self, field_text (G_OBJECT (member),
                                             sks_team_member_get_field_table (), "birth"));

      if (*age == '\0')
        {
          g_free (age);
          age = g_strdup ("—");
        }
      g_ptr_array_add (ages, age);
    }
  g_ptr_array_add (ages, NULL);
  return g_strjoinv (C_("list separator", ", "), (GStrv) ages->pdata);
}

typedef char *(*SummaryFunc) (SksComparison *self, SksStudio *studio);

static char *
summary_age (SksComparison *self,
             SksStudio     *studio)
{
  return dup_age (self, sks_master_get_birth (sks_studio_get_master (studio)));
}

static char *
summary_level (SksComparison *self,
               SksStudio     *studio)
{
  return g_strdup (sks_master_get_skill_level (sks_studio_get_master (studio)));
}

static char *
summary_occupation (SksComparison *self,
                    SksStudio     *studio)
{
  return g_strdup (sks_master_get_occupation (sks_studio_get_master (studio)));
}

static char *
summary_team_size (SksComparison *self,
                   SksStudio     *studio)
{
  return g_strdup_printf ("%u", g_list_model_get_n_items (sks_studio_get_team (studio)));
}

static char *
summary_team_ages (SksComparison *self,
                   SksStudio     *studio)
{
  return dup_team_ages (self, studio);
}

static char *
summary_team_levels (SksComparison *self,
                     SksStudio     *studio)
{
  return dup_team_levels (studio);
}

static char *
summary_honours (SksComparison *self,
                 SksStudio     *studio)
{
  return dup_honours (sks_studio_get_master (studio));
}

static char *
summary_status (SksComparison *self,
                SksStudio     *studio)
{
  return g_strdup (sks_enum_get_label (SKS_TYPE_STATUS, sks_studio_get_status (studio)));
}

static void
add_summary_rows (SksComparison *self)
{
  static const struct {
    const char  *key;
    const char  *label;
    SummaryFunc  func;
  } rows[] = {
    { "summary.age", N_("Master’s age on the reference day"), summary_age },
    { "summary.skill-level", N_("Master’s skill level"), summary_level },
    { "summary.occupation", N_("Master’s occupation"), summary_occupation },
    { "summary.honours", N_("Master’s honours"), summary_honours },
    { "summary.team-size", N_("Team size"), summary_team_size },
    { "summary.team-ages", N_("Team members’ ages"), summary_team_ages },
    { "summary.team-levels", N_("Team members’ skill levels"), summary_team_levels },
    { "summary.status", N_("Status"), summary_status },
  };

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      Values v;

      values_init (&v);
      for (guint i = 0; i < self->studios->len; i++)
        values_take (&v, rows[r].func (self, g_ptr_array_index (self->studios, i)));
      append_row (self, SKS_COMPARE_SECTION_SUMMARY, rows[r].key, _(rows[r].label),
                  values_steal (&v), NULL, FALSE);
    }
}

/* Long texts the form leaves out: 业绩 and 简介 */
static void
add_text_rows (SksComparison *self)
{
  static const char *const names[] = { "achievements", "introduction" };
  const SksFieldTable *table = sks_studio_get_field_table ();

  for (guint r = 0; r < G_N_ELEMENTS (names); r++)
    {
      const SksField *field = sks_field_table_lookup (table, names[r]);
      g_autofree char *key = g_strconcat ("text.", names[r], NULL);
      Values v;

      values_init (&v);
      for (guint i = 0; i < self->studios->len; i++)
        values_take (&v, g_strdup (field_text (g_ptr_array_index (self->studios, i), table,
                                               names[r])));
      append_row (self, SKS_COMPARE_SECTION_TEXTS, key, sks_field_get_label (field),
                  values_steal (&v), NULL, TRUE);
    }
}

/* The team, members aligned by position ------------------------------------ */

static void
add_team_rows (SksComparison *self)
{
  static const struct {
    const char *name;
    const char *label;
    gboolean    long_text;
  } parts[] = {
    { "name", N_("Member %u: name"), FALSE },
    { "age", N_("Member %u: age"), FALSE },
    { "skill-level", N_("Member %u: skill level"), FALSE },
    { "occupation", N_("Member %u: occupation"), FALSE },
    { "education", N_("Member %u: education"), FALSE },
    { "achievements", N_("Member %u: achievements"), TRUE },
  };
  const SksFieldTable *table = sks_team_member_get_field_table ();
  guint n_members = 0;

  for (guint i = 0; i < self->studios->len; i++)
    n_members = MAX (n_members,
                     g_list_model_get_n_items (sks_studio_get_team (g_ptr_array_index (self->studios,
                                                                                       i))));
  for (guint m = 0; m < n_members; m++)
    for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
      {
        g_autofree char *key = g_strdup_printf ("team.%u.%s", m + 1, parts[p].name);
        g_autofree char *label = g_strdup_printf (_(parts[p].label), m + 1);
        Values v;

        values_init (&v);
        for (guint i = 0; i < self->studios->len; i++)
          {
            GListModel *team = sks_studio_get_team (g_ptr_array_index (self->studios, i));
            g_autoptr(SksTeamMember) member = m < g_list_model_get_n_items (team)
                                              ? g_list_model_get_item (team, m) : NULL;

            if (member == NULL)
              values_take (&v, NULL);
            else if (g_str_equal (parts[p].name, "age"))
              values_take (&v, dup_age (self, field_text (G_OBJECT (member), table, "birth")));
            else
              values_take (&v, g_strdup (field_text (G_OBJECT (member), table, parts[p].name)));
          }
        append_row (self, SKS_COMPARE_SECTION_TEAM, key, label, values_steal (&v), NULL,
                    parts[p].long_text);
      }
}

/* The evidence checklist ------------------------------------------------------ */

static guint
count_attachments (SksStudio         *studio,
                   SksAttachmentKind  kind)
{
  GListModel *attachments = sks_studio_get_attachments (studio);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(SksAttachment) attachment = g_list_model_get_item (attachments, i);

      n += sks_attachment_get_kind (attachment) == kind;
    }
  return n;
}

static void
add_evidence_rows (SksComparison *self)
{
  guint n_materials;
  const SksAttachmentKind *materials =
    sks_attachment_kinds_for_city (self->round ? sks_round_get_city (self->round) : NULL,
                                   &n_materials);

  for (guint k = 0; k < n_materials; k++)
    {
      g_autofree char *key = g_strdup_printf ("evidence.%s",
                                              sks_enum_get_nick (SKS_TYPE_ATTACHMENT_KIND,
                                                                 materials[k]));
      Values v;
      Values keys;
      g_auto(GStrv) key_values = NULL;

      values_init (&v);
      values_init (&keys);
      for (guint i = 0; i < self->studios->len; i++)
        {
          guint n = count_attachments (g_ptr_array_index (self->studios, i), materials[k]);

          /* Translators: an attachment of the checklist is there, %u files */
          values_take (&v, n > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "Attached (%u file)",
                                                                 "Attached (%u files)", n), n)
                                 : g_strdup (_("Missing")));
          values_take (&keys, g_strdup (n > 0 ? "1" : "0"));
        }
      key_values = values_steal (&keys);
      append_row (self, SKS_COMPARE_SECTION_EVIDENCE, key,
                  sks_enum_get_label (SKS_TYPE_ATTACHMENT_KIND, materials[k]),
                  values_steal (&v), (const char *const *) key_values, FALSE);
    }
}

/* Every rule's verdict --------------------------------------------------------- */

static GPtrArray *
dup_verdicts (SksPolicy *policy,
              SksStore  *store,
              SksStudio *studio)
{
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
  GListModel *live;
  GPtrArray *verdicts;

  if (store == NULL)
    return sks_rule_engine_check_studio (engine, studio);
  /* master.duplicate compares with the whole document, as the form does */
  sks_rule_engine_set_peer_store (engine, store, sks_studio_get_id (studio));
  sks_rule_engine_set_studio (engine, studio);
  live = sks_rule_engine_get_verdicts (engine);
  verdicts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (live); i++)
    g_ptr_array_add (verdicts, g_list_model_get_item (live, i));
  sks_rule_engine_set_studio (engine, NULL);
  sks_rule_engine_set_peer_store (engine, NULL, 0);
  return verdicts;
}

static SksVerdict *
find_verdict (GPtrArray  *verdicts,
              const char *rule_id)
{
  for (guint i = 0; i < verdicts->len; i++)
    if (g_strcmp0 (sks_verdict_get_rule_id (g_ptr_array_index (verdicts, i)), rule_id) == 0)
      return g_ptr_array_index (verdicts, i);
  return NULL;
}

static char *
dup_verdict_text (SksVerdict *verdict)
{
  const char *explanation;

  if (verdict == NULL)
    return g_strdup ("");
  explanation = sks_verdict_get_explanation (verdict);
  if (explanation == NULL || *explanation == '\0')
    return g_strdup (sks_verdict_status_get_label (sks_verdict_get_status (verdict)));
  return g_strdup_printf ("%s\n%s", sks_verdict_status_get_label (sks_verdict_get_status (verdict)),
                          explanation);
}

static void
add_rule_rows (SksComparison *self,
               SksStore      *store)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (self->policy == NULL)
    return;
  for (guint i = 0; i < self->studios->len; i++)
    {
      GPtrArray *verdicts = dup_verdicts (self->policy, store, g_ptr_array_index (self->studios, i));
      SksCompareColumn *column = &g_array_index (self->columns, SksCompareColumn, i);

      column->verdict = SKS_VERDICT_NOT_APPLICABLE;
      for (guint v = 0; v < verdicts->len; v++)
        column->verdict = MAX (column->verdict,
                               sks_verdict_get_status (g_ptr_array_index (verdicts, v)));
      column->verdict_label = g_strdup (sks_verdict_status_get_label (column->verdict));
      g_ptr_array_add (all, verdicts);
    }
  for (guint r = 0; r < sks_policy_get_n_rules (self->policy); r++)
    {
      const SksRule *rule = sks_policy_get_rule (self->policy, r);
      g_autofree char *key = g_strconcat ("rule.", sks_rule_get_id (rule), NULL);
      g_auto(GStrv) statuses = NULL;
      Values v;
      Values keys;

      if (sks_rule_get_scope (rule) != SKS_RULE_SCOPE_APPLICATION)
        continue;
      values_init (&v);
      values_init (&keys);
      for (guint i = 0; i < all->len; i++)
        {
          SksVerdict *verdict = find_verdict (g_ptr_array_index (all, i), sks_rule_get_id (rule));

          values_take (&v, dup_verdict_text (verdict));
          values_take (&keys, g_strdup (verdict ? sks_verdict_status_get_nick (
                                                    sks_verdict_get_status (verdict)) : ""));
        }
      statuses = values_steal (&keys);
      append_row (self, SKS_COMPARE_SECTION_RULES, key, sks_rule_get_title (rule),
                  values_steal (&v), (const char *const *) statuses, TRUE);
    }
}

/* Construction ----------------------------------------------------------------- */

static gboolean
check_count (guint    n,
             GError **error)
{
  if (n < SKS_COMPARE_MIN_STUDIOS)
    {
      g_set_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_TOO_FEW,
                   _("Applications to compare: choose at least %d (%u given)"),
                   SKS_COMPARE_MIN_STUDIOS, n);
      return FALSE;
    }
  if (n > SKS_COMPARE_MAX_STUDIOS)
    {
      g_set_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_TOO_MANY,
                   _("Applications to compare: choose at most %d (%u given)"),
                   SKS_COMPARE_MAX_STUDIOS, n);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_studios (GPtrArray  *studios,
               GError    **error)
{
  SksStudio *first = g_ptr_array_index (studios, 0);

  for (guint i = 1; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);

      for (guint j = 0; j < i; j++)
        if (g_ptr_array_index (studios, j) == studio
            || (sks_studio_get_id (studio) != 0
                && sks_studio_get_id (g_ptr_array_index (studios, j)) == sks_studio_get_id (studio)))
          {
            g_set_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_DUPLICATE,
                         _("Applications to compare: “%s” is given twice"),
                         sks_studio_get_name (studio));
            return FALSE;
          }
      if (sks_studio_get_round_id (studio) != sks_studio_get_round_id (first))
        {
          g_set_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_MIXED_ROUNDS,
                       _("Applications to compare: “%s” and “%s” belong to different rounds; "
                         "only applications of one round are compared"),
                       sks_studio_get_name (first), sks_studio_get_name (studio));
          return FALSE;
        }
    }
  return TRUE;
}

static void
set_reference (SksComparison *self)
{
  const GDate *reference = self->policy ? sks_policy_get_reference_date (self->policy) : NULL;

  if (reference != NULL && g_date_valid (reference))
    self->reference = *reference;
  else
    {
      /* A round without a reference day: ages today, as the list shows them */
      g_date_clear (&self->reference, 1);
      g_date_set_time_t (&self->reference, time (NULL));
    }
}

static SksComparison *
comparison_new (SksRound   *round,
                SksPolicy  *policy,
                SksStore   *store,
                GPtrArray  *studios,
                GPtrArray  *recommenders,
                GError    **error)
{
  g_autoptr(SksComparison) self = NULL;

  if (!check_count (studios->len, error) || !check_studios (studios, error))
    return NULL;

  self = g_object_new (SKS_TYPE_COMPARISON, NULL);
  g_set_object (&self->round, round);
  g_set_object (&self->policy, policy);
  set_reference (self);
  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      SksCompareColumn column = { 0 };

      g_ptr_array_add (self->studios, g_object_ref (studio));
      column.studio_id = sks_studio_get_id (studio);
      column.studio = g_strdup (sks_studio_get_name (studio));
      column.master = g_strdup (sks_master_get_name (sks_studio_get_master (studio)));
      column.unit = g_strdup (sks_unit_get_name (sks_studio_get_unit (studio)));
      column.recommender = g_strdup (recommenders && i < recommenders->len
                                     ? g_ptr_array_index (recommenders, i) : NULL);
      column.verdict = SKS_VERDICT_NOT_APPLICABLE;
      g_array_append_val (self->columns, column);
    }

  add_summary_rows (self);
  if (!add_form_rows (self, error))
    return NULL;
  add_text_rows (self);
  add_team_rows (self);
  add_evidence_rows (self);
  add_rule_rows (self, store);
  if (store != NULL && !_sks_comparison_add_score_rows (self, store, error))
    return NULL;
  for (guint i = 0; i < self->columns->len; i++)
    {
      SksCompareColumn *column = &g_array_index (self->columns, SksCompareColumn, i);

      if (column->verdict_label == NULL)
        column->verdict_label = g_strdup (_("Not checked"));
    }
  return g_steal_pointer (&self);
}

/**
 * sks_comparison_new:
 * @round: (nullable): the applications' round (city, form title)
 * @policy: (nullable): its policy profile: the rules and the reference day
 *   of the ages; without it ages are taken today and no verdicts are shown
 * @studios: (element-type SksStudio): 2 to 4 applications of one round
 * @recommenders: (nullable) (element-type utf8): their recommending units
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL with
 *   @error set (%SKS_COMPARE_ERROR)
 */
SksComparison *
sks_comparison_new (SksRound   *round,
                    SksPolicy  *policy,
                    GPtrArray  *studios,
                    GPtrArray  *recommenders,
                    GError    **error)
{
  g_return_val_if_fail (round == NULL || SKS_IS_ROUND (round), NULL);
  g_return_val_if_fail (policy == NULL || SKS_IS_POLICY (policy), NULL);
  g_return_val_if_fail (studios != NULL, NULL);

  return comparison_new (round, policy, NULL, studios, recommenders, error);
}

static SksRound *
find_round (SksStore  *store,
            gint64     round_id,
            GError   **error)
{
  g_autoptr(GListModel) rounds = sks_store_list_rounds (store, error);

  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == round_id)
        return g_steal_pointer (&round);
    }
  return NULL;
}

static char *
dup_recommender_name (SksStore  *store,
                      SksStudio *studio)
{
  g_autoptr(GListModel) units = sks_store_list_recommenders (store, sks_studio_get_round_id (studio),
                                                             NULL);

  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);

      if (sks_recommender_get_id (unit) == sks_studio_get_recommender_id (studio))
        return g_strdup (sks_recommender_get_name (unit));
    }
  return NULL;
}

/**
 * sks_comparison_new_from_store:
 * @studio_ids: (array length=n_ids): the applications, in column order
 *
 * Loads the applications, their round, its policy profile and their
 * recommending units; master.duplicate compares with the whole document.
 * Once a panel has scored them, the Scores section closes the comparison
 * (sks-compare-scores.c).
 *
 * Returns: (transfer full) (nullable): the comparison
 */
SksComparison *
sks_comparison_new_from_store (SksStore      *store,
                               const gint64  *studio_ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksPolicy) policy = NULL;
  SksStudio *first;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (studio_ids != NULL || n_ids == 0, NULL);

  if (!check_count (n_ids, error))
    return NULL;
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      SksStudio *studio = sks_store_load_studio (store, studio_ids[i], &local_error);

      if (studio == NULL)
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, SKS_COMPARE_ERROR, SKS_COMPARE_ERROR_NOT_FOUND,
                         _("Applications to compare: there is no application with the id %lld"),
                         (long long) studio_ids[i]);
          return NULL;
        }
      g_ptr_array_add (studios, studio);
      g_ptr_array_add (names, dup_recommender_name (store, studio));
    }
  if (!check_studios (studios, error))
    return NULL;

  first = g_ptr_array_index (studios, 0);
  if (sks_studio_get_round_id (first) != 0)
    {
      g_autoptr(GError) local_error = NULL;

      round = find_round (store, sks_studio_get_round_id (first), error);
      if (round == NULL && error != NULL && *error != NULL)
        return NULL;
      if (round != NULL && sks_round_get_policy_id (round) != NULL)
        {
          policy = sks_policy_lookup (sks_round_get_policy_id (round), &local_error);
          if (policy == NULL)
            g_debug ("No policy profile for round %s: %s", sks_round_get_key (round),
                     local_error->message);
        }
    }
  return comparison_new (round, policy, store, studios, names, error);
}

/* Access ----------------------------------------------------------------------- */

/* Returns: (transfer none) (nullable) */
SksRound *
sks_comparison_get_round (SksComparison *self)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), NULL);
  return self->round;
}

/* The day on which ages are taken */
const GDate *
sks_comparison_get_reference_date (SksComparison *self)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), NULL);
  return &self->reference;
}

SksPolicy *
_sks_comparison_get_policy (SksComparison *self)
{
  return self->policy;
}

SksStudio *
_sks_comparison_get_studio (SksComparison *self,
                            guint          column)
{
  g_assert (column < self->studios->len);
  return g_ptr_array_index (self->studios, column);
}

guint
sks_comparison_get_n_columns (SksComparison *self)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), 0);
  return self->columns->len;
}

const SksCompareColumn *
sks_comparison_get_column (SksComparison *self,
                           guint          column)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return &g_array_index (self->columns, SksCompareColumn, column);
}

guint
sks_comparison_get_n_rows (SksComparison *self)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), 0);
  return self->rows->len;
}

const SksCompareRow *
sks_comparison_get_row (SksComparison *self,
                        guint          row)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, row);
}

/* Returns: the row's index, or -1 */
int
sks_comparison_find_row (SksComparison *self,
                         const char    *key)
{
  g_return_val_if_fail (SKS_IS_COMPARISON (self), -1);
  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (((SksCompareRow *) g_ptr_array_index (self->rows, i))->key, key) == 0)
      return (int) i;
  return -1;
}

/**
 * sks_comparison_add_row:
 * @values: (array zero-terminated=1): one value per column
 *
 * Adds a row at the end, e.g. the score rows (each reviewer's total, the
 * aggregate) once a panel has scored the applications.
 *
 * Returns: (transfer none): the row
 */
const SksCompareRow *
sks_comparison_add_row (SksComparison      *self,
                        SksCompareSection   section,
                        const char         *key,
                        const char         *label,
                        const char *const  *values,
                        gboolean            long_text)
{
  Values v;

  g_return_val_if_fail (SKS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (key != NULL && label != NULL && values != NULL, NULL);

  values_init (&v);
  for (guint i = 0; i < self->columns->len; i++)
    {
      gboolean present = TRUE;

      for (guint j = 0; j <= i && present; j++)
        present = values[j] != NULL;
      values_take (&v, present ? g_strdup (values[i]) : NULL);
    }
  return append_row (self, section, key, label, values_steal (&v), NULL, long_text);
}

const char *
sks_compare_section_get_label (SksCompareSection section)
{
  static const char *const labels[] = {
    N_("At a glance"),
    N_("Application form (Annex 3)"),
    N_("Achievements and introduction"),
    N_("Team"),
    N_("Evidence"),
    N_("Eligibility"),
    N_("Scores"),
  };

  g_return_val_if_fail (section < SKS_COMPARE_N_SECTIONS, NULL);
  return _(labels[section]);
}
