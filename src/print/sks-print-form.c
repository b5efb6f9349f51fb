/* sks-print-form.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "sks-json-guard.h"
#include "sks-print-form.h"
#include "sks-print-text.h"

#define FORMS_RESOURCE_PATH "/org/example/SkillStudio/forms/"
#define MAX_DEPTH 8

typedef struct {
  const SksPrintFormData *data;
  const char             *form;
  JsonObject             *vars;
  JsonObject             *city_vars;
  JsonObject             *templates;
  char                   *city;
  SksStudio              *studio;
  const char             *recommender;
  guint                   index;
  SksTeamMember          *member;
  guint                   member_n;
  guint                   depth;
  GError                 *error;
} Scope;

static char *expand (Scope *s, const char *template);

static void scope_fail (Scope *s, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
scope_fail (Scope      *s,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (s->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&s->error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
               _("The form description “%s” is invalid: %s"), s->form, message);
}

/* JSON helpers ----------------------------------------------------------- */

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *name,
            const char *fallback)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return fallback;
}

/* Bounds of what a form description may ask for. */
#define MAX_COLUMNS    64
#define MAX_EMPTY_ROWS 200
#define MAX_PAGES      10000

static double
get_double (JsonObject *object,
            const char *name,
            double      fallback)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  return fallback;
}

/* A count or an index from the description, within 0..@max: a number that
 * no form needs (1e20, -3, NaN) is never cast to guint as it is. */
static guint
get_count (JsonObject *object,
           const char *name,
           guint       fallback,
           guint       max)
{
  double value = get_double (object, name, fallback);

  if (!(value >= 0))
    return 0;
  return value >= max ? max : (guint) value;
}

static gboolean
get_boolean (JsonObject *object,
             const char *name,
             gboolean    fallback)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node);
  return fallback;
}

static JsonObject *
array_object (JsonArray *array,
              guint      index)
{
  JsonNode *node = array != NULL && index < json_array_get_length (array)
                   ? json_array_get_element (array, index) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static double
array_double (JsonArray *array,
              guint      index,
              double     fallback)
{
  JsonNode *node = array != NULL && index < json_array_get_length (array)
                   ? json_array_get_element (array, index) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return fallback;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double) json_node_get_int (node);
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return json_node_get_double (node);
  return fallback;
}

/* Values ----------------------------------------------------------------- */

char *
sks_print_form_city_name (SksRound *round)
{
  const char *city = round ? sks_round_get_city (round) : NULL;

  if (city == NULL || *city == '\0')
    return g_strdup ("");
  if (g_str_has_suffix (city, "市"))
    return g_strdup (city);
  return g_strconcat (city, "市", NULL);
}

static const char *
text_field (GObject             *object,
            const SksFieldTable *table,
            const char          *name)
{
  const SksField *field = object ? sks_field_table_lookup (table, name) : NULL;

  return field != NULL ? sks_field_get_text (field, object) : NULL;
}

/* Age in whole years on the day of application (or the round's reference
 * date); birth dates are year and month only. */
static char *
member_age (Scope *s)
{
  const char *birth = text_field ((GObject *) s->member, sks_team_member_get_field_table (),
                                  "birth");
  const char *reference = text_field ((GObject *) s->studio, sks_studio_get_field_table (),
                                      "application-date");
  int by, bm, bd, ry, rm, rd;

  if (reference == NULL || *reference == '\0')
    reference = text_field ((GObject *) s->data->round, sks_round_get_field_table (),
                            "reference-date");
  if (!sks_print_parse_date (birth, &by, &bm, &bd)
      || !sks_print_parse_date (reference, &ry, &rm, &rd) || ry < by)
    return NULL;
  return g_strdup_printf ("%d", ry - by - (rm < bm ? 1 : 0));
}

static char *
expand_list (Scope      *s,
             JsonObject *template)
{
  const char *separator = get_string (template, "separator", "");
  const char *end = get_string (template, "end", "");
  JsonArray *parts = get_array (template, "parts");
  GString *out = g_string_new (NULL);
  gboolean any = FALSE;

  for (guint i = 0; parts != NULL && i < json_array_get_length (parts); i++)
    {
      JsonNode *node = json_array_get_element (parts, i);
      g_autofree char *value = NULL;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          scope_fail (s, _("a part of a list template is not text"));
          continue;
        }
      value = expand (s, json_node_get_string (node));

      if (*value == '\0')
        continue;
      if (any)
        g_string_append (out, separator);
      g_string_append (out, value);
      any = TRUE;
    }
  if (any)
    g_string_append (out, end);
  return g_string_free (out, FALSE);
}

static char *
expand_team (Scope *s)
{
  JsonObject *template = get_object (s->templates, "team-member");
  GListModel *team = s->studio ? sks_studio_get_team (s->studio) : NULL;
  GString *out = g_string_new (NULL);

  if (template == NULL)
    {
      scope_fail (s, _("templates.team-member is missing"));
      return g_string_free (out, FALSE);
    }
  for (guint i = 0; team != NULL && i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (team, i);
      g_autofree char *line = NULL;

      s->member = member;
      s->member_n = i + 1;
      line = expand_list (s, template);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  s->member = NULL;
  s->member_n = 0;
  return g_string_free (out, FALSE);
}

static const char *
lookup_var (Scope      *s,
            const char *name)
{
  const char *value = get_string (s->city_vars, name, NULL);

  return value != NULL ? value : get_string (s->vars, name, NULL);
}

static char *
resolve_model (Scope      *s,
               const char *head,
               const char *tail)
{
  GObject *object = NULL;
  const SksFieldTable *table;
  const SksField *field;
  SksStudio *studio = s->studio;

  if (g_str_equal (head, "studio") && g_str_equal (tail, "recommender"))
    return g_strdup (s->recommender);
  if (g_str_equal (head, "member") && g_str_equal (tail, "age"))
    return s->member ? member_age (s) : NULL;

  if (g_str_equal (head, "round"))
    {
      object = (GObject *) s->data->round;
      table = sks_round_get_field_table ();
    }
  else if (g_str_equal (head, "studio"))
    {
      object = (GObject *) studio;
      table = sks_studio_get_field_table ();
    }
  else if (g_str_equal (head, "unit"))
    {
      object = studio ? (GObject *) sks_studio_get_unit (studio) : NULL;
      table = sks_unit_get_field_table ();
    }
  else if (g_str_equal (head, "master"))
    {
      object = studio ? (GObject *) sks_studio_get_master (studio) : NULL;
      table = sks_master_get_field_table ();
    }
  else if (g_str_equal (head, "member"))
    {
      object = (GObject *) s->member;
      table = sks_team_member_get_field_table ();
    }
  else
    {
      scope_fail (s, _("unknown name “%s.%s”"), head, tail);
      return NULL;
    }

  field = sks_field_table_lookup (table, tail);
  if (field == NULL)
    {
      scope_fail (s, _("unknown field “%s.%s”"), head, tail);
      return NULL;
    }
  if (object == NULL)
    return NULL;
  if (s->data->mask_personal)
    return sks_field_dup_masked (field, object);
  return sks_field_dup_string (field, object);
}

static char *
resolve (Scope      *s,
         const char *name)
{
  const char *dot = strchr (name, '.');
  const char *var;
  char *value;

  if (dot != NULL)
    {
      g_autofree char *head = g_strndup (name, dot - name);
      return resolve_model (s, head, dot + 1);
    }
  if (g_str_equal (name, "index"))
    return s->index ? g_strdup_printf ("%u", s->index) : NULL;
  if (g_str_equal (name, "n"))
    return s->member_n ? g_strdup_printf ("%u", s->member_n) : NULL;
  if (g_str_equal (name, "city"))
    return g_strdup (s->city);
  if (g_str_equal (name, "filler"))
    return g_strdup (s->data->filler);
  if (g_str_equal (name, "team"))
    return expand_team (s);

  var = lookup_var (s, name);
  if (var == NULL)
    {
      scope_fail (s, _("unknown name “%s”"), name);
      return NULL;
    }
  if (s->depth >= MAX_DEPTH)
    {
      scope_fail (s, _("the var “%s” refers to itself"), name);
      return NULL;
    }
  s->depth++;
  value = expand (s, var);
  s->depth--;
  return value;
}

static char *
filter_number (const char *value)
{
  double v = g_ascii_strtod (value, NULL);

  if (v == 0)
    return NULL;
  if (v == floor (v) && fabs (v) < 1e15)
    return g_strdup_printf ("%.0f", v);
  return g_strdup (value);
}

static char *
filter_gender (Scope      *s,
               const char *nick)
{
  g_autofree char *name = g_strconcat ("gender-", nick, NULL);
  const char *label = lookup_var (s, name);

  return g_strdup (label);
}

static char *
filter_cn (const char *value,
           gboolean    with_day)
{
  int y, m, d;

  if (!sks_print_parse_date (value, &y, &m, &d))
    return g_strdup (value);
  if (with_day && d > 0)
    return sks_print_cn_date (y, m, d);
  return sks_print_cn_year_month (y, m);
}

static char *
filter_blank (const char *arg)
{
  guint n = (guint) g_ascii_strtoull (arg ? arg : "", NULL, 10);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, 40); i++)
    g_string_append (out, "\u3000");
  return g_string_free (out, FALSE);
}

/* Takes @value (nullable); returns the filtered value (nullable). */
static char *
apply_filter (Scope      *s,
              char       *value,
              const char *filter)
{
  g_autofree char *owned = value;
  const char *colon = strchr (filter, ':');
  g_autofree char *name = colon ? g_strndup (filter, colon - filter) : g_strdup (filter);
  const char *arg = colon ? colon + 1 : NULL;
  gboolean empty = owned == NULL || *owned == '\0';

  if (g_str_equal (name, "blank"))
    return empty ? filter_blank (arg) : g_steal_pointer (&owned);
  if (g_str_equal (name, "prefix") || g_str_equal (name, "suffix"))
    {
      if (empty)
        return NULL;
      return name[0] == 'p' ? g_strconcat (arg ? arg : "", owned, NULL)
                            : g_strconcat (owned, arg ? arg : "", NULL);
    }
  if (!g_str_equal (name, "ym") && !g_str_equal (name, "date") && !g_str_equal (name, "cn-month")
      && !g_str_equal (name, "cn-date") && !g_str_equal (name, "gender")
      && !g_str_equal (name, "num"))
    {
      scope_fail (s, _("unknown filter “%s”"), name);
      return NULL;
    }
  if (empty)
    return NULL;
  if (g_str_equal (name, "ym"))
    return sks_print_format_year_month (owned);
  if (g_str_equal (name, "date"))
    return sks_print_format_date (owned);
  if (g_str_equal (name, "cn-month"))
    return filter_cn (owned, FALSE);
  if (g_str_equal (name, "cn-date"))
    return filter_cn (owned, TRUE);
  if (g_str_equal (name, "gender"))
    return filter_gender (s, owned);
  return filter_number (owned);
}

static char *
expand_placeholder (Scope      *s,
                    const char *inner)
{
  g_auto(GStrv) parts = g_strsplit (inner, "|", -1);
  g_auto(GStrv) alternatives = g_strsplit (parts[0] ? parts[0] : "", ",", -1);
  char *value = NULL;

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      value = resolve (s, g_strstrip (alternatives[i]));
      if (value != NULL && *value != '\0')
        break;
      g_clear_pointer (&value, g_free);
    }
  /* "${}" splits into no parts at all. */
  for (guint i = 1; parts[0] != NULL && parts[i] != NULL; i++)
    value = apply_filter (s, value, g_strstrip (parts[i]));
  return value;
}

/* "${…}" placeholders replaced; never NULL. */
static char *
expand (Scope      *s,
        const char *template)
{
  GString *out = g_string_new (NULL);
  const char *p = template ? template : "";

  while (*p != '\0')
    {
      const char *start = strstr (p, "${");
      const char *end;
      g_autofree char *inner = NULL;
      g_autofree char *value = NULL;

      if (start == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, start - p);
      end = strchr (start + 2, '}');
      if (end == NULL)
        {
          scope_fail (s, _("“%s” has no closing brace"), start);
          break;
        }
      inner = g_strndup (start + 2, end - start - 2);
      value = expand_placeholder (s, inner);
      if (value != NULL)
        g_string_append (out, value);
      p = end + 1;
    }
  return g_string_free (out, FALSE);
}

/* Description → SksPrintDoc ---------------------------------------------- */

static gboolean
lookup_word (const char *const *words,
             guint              n_words,
             const char        *word,
             int               *value)
{
  for (guint i = 0; i < n_words; i++)
    if (g_str_equal (words[i], word))
      {
        *value = (int) i;
        return TRUE;
      }
  return FALSE;
}

static void
parse_style (Scope         *s,
             JsonObject    *object,
             SksPrintStyle *style)
{
  const char *font = get_string (object, "font", NULL);
  const char *align = get_string (object, "align", NULL);
  const char *valign = get_string (object, "valign", NULL);
  static const char *const fonts[] = { "text", "label", "title" };
  static const char *const aligns[] = { "left", "center", "right", "distribute" };
  static const char *const valigns[] = { "top", "middle" };

  if (object == NULL)
    return;
  style->size = get_double (object, "size", style->size);
  if (font != NULL && !lookup_word (fonts, G_N_ELEMENTS (fonts), font, (int *) &style->font))
    scope_fail (s, _("unknown font “%s”"), font);
  if (align != NULL && !lookup_word (aligns, G_N_ELEMENTS (aligns), align, (int *) &style->align))
    scope_fail (s, _("unknown alignment “%s”"), align);
  if (valign != NULL
      && !lookup_word (valigns, G_N_ELEMENTS (valigns), valign, (int *) &style->valign))
    scope_fail (s, _("unknown alignment “%s”"), valign);
}

static void
add_cell (Scope               *s,
          SksPrintRow         *row,
          JsonNode            *node,
          const SksPrintStyle *column_style,
          const SksPrintStyle *label_style,
          JsonObject          *row_object,
          gboolean             blank)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  SksPrintStyle style = *column_style;
  const char *template;
  g_autofree char *text = NULL;
  SksPrintCell *cell;

  parse_style (s, row_object, &style);
  if (object == NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        scope_fail (s, _("a cell is neither text nor an object"));
      template = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
                 ? json_node_get_string (node) : NULL;
    }
  else if (get_string (object, "label", NULL) != NULL)
    {
      /* Labels are the form's own wording: kept in blank rows too. */
      style = *label_style;
      template = get_string (object, "label", NULL);
      blank = FALSE;
    }
  else
    template = get_string (object, "text", "");
  parse_style (s, object, &style);

  text = blank ? g_strdup ("") : expand (s, template);
  cell = sks_print_row_add_cell (row, text, get_count (object, "span", 1, MAX_COLUMNS), &style);
  if (get_string (object, "note", NULL) != NULL)
    cell->note = expand (s, get_string (object, "note", NULL));
  if (get_string (object, "foot", NULL) != NULL)
    cell->foot = expand (s, get_string (object, "foot", NULL));
  cell->seal_mm = get_double (object, "seal-mm", 0);
  cell->tag = g_strdup (get_string (object, "tag", NULL));
  cell->rule_below = get_boolean (object, "rule-below", FALSE);
}

static guint
add_row (Scope               *s,
         SksPrintTable       *table,
         JsonObject          *object,
         const SksPrintStyle *column_styles,
         const SksPrintStyle *label_style,
         gboolean             blank)
{
  SksPrintRowFlags flags = 0;
  JsonArray *cells = get_array (object, "cells");
  guint n_columns = sks_print_table_get_n_columns (table);
  guint column = 0;
  SksPrintRow *row;

  if (get_boolean (object, "header", FALSE))
    flags |= SKS_PRINT_ROW_HEADER;
  if (get_boolean (object, "keep-with-next", FALSE))
    flags |= SKS_PRINT_ROW_KEEP_WITH_NEXT;
  if (get_boolean (object, "no-split", FALSE))
    flags |= SKS_PRINT_ROW_NO_SPLIT;
  row = sks_print_table_add_row (table, flags);
  row->min_height_mm = get_double (object, "min-height-mm", 0);
  row->max_height_mm = get_double (object, "max-height-mm", 0);
  row->overflow_cell = get_count (object, "overflow-cell", 0, MAX_COLUMNS);
  if (get_string (object, "continued", NULL) != NULL)
    row->continued_title = expand (s, get_string (object, "continued", NULL));

  if (cells == NULL)
    scope_fail (s, _("a row has no cells"));
  for (guint i = 0; cells != NULL && i < json_array_get_length (cells); i++)
    {
      JsonNode *node = json_array_get_element (cells, i);
      SksPrintCell *cell;

      add_cell (s, row, node, &column_styles[MIN (column, n_columns - 1)], label_style, object,
                blank);
      cell = g_ptr_array_index (row->cells, row->cells->len - 1);
      column += cell->span;
    }
  return column;
}

static void
add_rows (Scope               *s,
          SksPrintTable       *table,
          JsonObject          *object,
          const SksPrintStyle *column_styles,
          const SksPrintStyle *label_style)
{
  const char *each = get_string (object, "each", NULL);
  GPtrArray *studios = s->data->studios;
  SksStudio *studio = s->studio;
  const char *recommender = s->recommender;
  guint n;

  if (each == NULL)
    {
      add_row (s, table, object, column_styles, label_style, FALSE);
      return;
    }
  if (!g_str_equal (each, "studios"))
    {
      scope_fail (s, _("rows cannot repeat over “%s”"), each);
      return;
    }
  n = studios ? studios->len : 0;
  for (guint i = 0; i < n && s->error == NULL; i++)
    {
      s->studio = g_ptr_array_index (studios, i);
      s->recommender = s->data->recommenders && i < s->data->recommenders->len
                       ? g_ptr_array_index (s->data->recommenders, i) : NULL;
      s->index = i + 1;
      add_row (s, table, object, column_styles, label_style, FALSE);
    }
  /* An empty list prints the form's blank rows, as the notice's template. */
  for (guint i = 0; n == 0 && i < get_count (object, "empty-rows", 0, MAX_EMPTY_ROWS); i++)
    add_row (s, table, object, column_styles, label_style, TRUE);
  s->studio = studio;
  s->recommender = recommender;
  s->index = 0;
}

static void
add_table (Scope               *s,
           SksPrintDoc         *doc,
           JsonObject          *object,
           const SksPrintStyle *base)
{
  JsonArray *columns = get_array (object, "columns");
  JsonArray *rows = get_array (object, "rows");
  guint n = columns ? json_array_get_length (columns) : 0;
  g_autofree double *widths = g_new0 (double, MAX (n, 1));
  g_autofree SksPrintStyle *styles = g_new0 (SksPrintStyle, MAX (n, 1));
  SksPrintStyle table_style = *base, label_style;
  SksPrintTable *table;

  if (n == 0)
    {
      scope_fail (s, _("a table has no columns"));
      return;
    }
  parse_style (s, object, &table_style);
  label_style = table_style;
  label_style.font = SKS_PRINT_FONT_LABEL;
  label_style.align = SKS_PRINT_ALIGN_CENTER;
  label_style.valign = SKS_PRINT_VALIGN_MIDDLE;
  parse_style (s, get_object (object, "label-style"), &label_style);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *column = array_object (columns, i);

      widths[i] = get_double (column, "width-mm", 0);
      if (widths[i] <= 0)
        scope_fail (s, _("column %u has no width"), i + 1);
      styles[i] = table_style;
      parse_style (s, column, &styles[i]);
    }
  table = sks_print_doc_add_table (doc, n, widths);
  table->grid = get_boolean (object, "grid", TRUE);
  for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
    {
      if (array_object (rows, i) == NULL)
        scope_fail (s, _("row %u is not an object"), i + 1);
      else
        add_rows (s, table, array_object (rows, i), styles, &label_style);
    }
}

static void
add_blocks (Scope               *s,
            SksPrintDoc         *doc,
            JsonArray           *blocks,
            const SksPrintStyle *base)
{
  for (guint i = 0; blocks != NULL && i < json_array_get_length (blocks) && !s->error; i++)
    {
      JsonObject *object = array_object (blocks, i);

      if (object == NULL)
        scope_fail (s, _("block %u is not an object"), i + 1);
      else if (get_object (object, "table") != NULL)
        add_table (s, doc, get_object (object, "table"), base);
      else if (get_string (object, "text", NULL) != NULL)
        {
          SksPrintStyle style = *base;
          g_autofree char *text = expand (s, get_string (object, "text", NULL));
          SksPrintBlock *block;

          parse_style (s, object, &style);
          block = sks_print_doc_add_text (doc, text, &style);
          block->space_before_mm = get_double (object, "space-before-mm", 0);
          block->space_after_mm = get_double (object, "space-after-mm", 0);
          block->at_bottom = get_boolean (object, "at-bottom", FALSE);
        }
      else if (json_object_has_member (object, "space-mm"))
        sks_print_doc_add_space (doc, get_double (object, "space-mm", 0));
      else if (get_boolean (object, "page-break", FALSE))
        sks_print_doc_add_page_break (doc);
      else
        scope_fail (s, _("block %u is neither text, table, space nor page break"), i + 1);
    }
}

static void
set_string (char       **slot,
            const char  *value)
{
  if (value != NULL)
    sks_set_str (slot, value);
}

static void
read_page (Scope       *s,
           JsonObject  *root,
           SksPrintDoc *doc)
{
  JsonArray *paper = get_array (root, "paper-mm");
  JsonArray *padding = get_array (root, "cell-padding-mm");
  JsonObject *margins = get_object (root, "margins-mm");
  JsonObject *fonts = get_object (root, "fonts");
  JsonObject *numbers = get_object (root, "page-numbers");
  JsonObject *continued = get_object (root, "continued");

  doc->paper_width_mm = array_double (paper, 0, doc->paper_width_mm);
  doc->paper_height_mm = array_double (paper, 1, doc->paper_height_mm);
  doc->margin_top_mm = get_double (margins, "top", doc->margin_top_mm);
  doc->margin_right_mm = get_double (margins, "right", doc->margin_right_mm);
  doc->margin_bottom_mm = get_double (margins, "bottom", doc->margin_bottom_mm);
  doc->margin_left_mm = get_double (margins, "left", doc->margin_left_mm);
  set_string (&doc->families[SKS_PRINT_FONT_TEXT], get_string (fonts, "text", NULL));
  set_string (&doc->families[SKS_PRINT_FONT_LABEL], get_string (fonts, "label", NULL));
  set_string (&doc->families[SKS_PRINT_FONT_TITLE], get_string (fonts, "title", NULL));
  doc->line_height = get_double (root, "line-height", doc->line_height);
  doc->cell_padding_x_mm = array_double (padding, 0, doc->cell_padding_x_mm);
  doc->cell_padding_y_mm = array_double (padding, 1, doc->cell_padding_y_mm);
  doc->rule_width_pt = get_double (root, "rule-width-pt", doc->rule_width_pt);
  doc->note_size = get_double (root, "note-size", doc->note_size);
  doc->page_numbers = get_boolean (root, "page-numbers", TRUE);
  if (numbers != NULL)
    {
      doc->first_numbered_page = get_count (numbers, "first-page", 1, MAX_PAGES);
      doc->first_numbered_page -= doc->first_numbered_page > 0;
      doc->page_number_size = get_double (numbers, "size", doc->page_number_size);
    }
  set_string (&doc->continued_suffix, get_string (continued, "suffix", NULL));
  set_string (&doc->continued_marker, get_string (continued, "marker", NULL));
  if (get_string (root, "title", NULL) != NULL)
    doc->title = expand (s, get_string (root, "title", NULL));
}

/* ISO 8601 as cairo wants it; dates become midnight UTC. */
static char *
normalize_date (const char *date)
{
  size_t len = strlen (date);

  if (len == 7)
    return g_strconcat (date, "-01T00:00:00Z", NULL);
  if (len == 10)
    return g_strconcat (date, "T00:00:00Z", NULL);
  return g_strdup (date);
}

static char *
creation_date (const SksPrintFormData *data)
{
  const char *latest = NULL;

  if (data->creation_date != NULL)
    return normalize_date (data->creation_date);
  for (guint i = 0; data->studios != NULL && i < data->studios->len; i++)
    {
      const char *modified = sks_studio_get_modified (g_ptr_array_index (data->studios, i));

      if (modified != NULL && (latest == NULL || strcmp (modified, latest) > 0))
        latest = modified;
    }
  for (guint i = 0; latest == NULL && data->studios != NULL && i < data->studios->len; i++)
    latest = text_field (g_ptr_array_index (data->studios, i), sks_studio_get_field_table (),
                         "application-date");
  if (latest == NULL || *latest == '\0')
    latest = text_field ((GObject *) data->round, sks_round_get_field_table (), "deadline");
  if (latest == NULL || *latest == '\0')
    latest = "2000-01-01";
  return normalize_date (latest);
}

/* Deep nesting, \u0000, duplicate keys and numbers out of range are refused
 * before json-glib parses (see sks-json-guard.c). */
static gboolean
guard_form (GBytes  *json,
            GError **error)
{
  g_auto(SksJsonGuardPlace) place = { 0 };
  g_autoptr(GError) guard_error = NULL;
  g_autofree char *reason = NULL;

  if (sks_json_guard_check (g_bytes_get_data (json, NULL), g_bytes_get_size (json), &place,
                            &guard_error))
    return TRUE;
  reason = g_strdup_printf ("%s: %s", place.where, guard_error->message);
  g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
               _("The form description cannot be read: %s"), reason);
  return FALSE;
}

/**
 * sks_print_form_build_from_bytes:
 * @json: a form description
 *
 * Returns: (transfer full): the document filled with @data, or %NULL when
 *   the description is malformed
 */
SksPrintDoc *
sks_print_form_build_from_bytes (GBytes                  *json,
                                 const SksPrintFormData  *data,
                                 GError                 **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autofree char *city = NULL;
  JsonObject *root;
  SksPrintStyle base = { SKS_PRINT_FONT_TEXT, 10.5, SKS_PRINT_ALIGN_LEFT, SKS_PRINT_VALIGN_TOP };
  Scope s = { .data = data };

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!guard_form (json, error))
    return NULL;
  if (!json_parser_load_from_data (parser, g_bytes_get_data (json, NULL),
                                   (gssize) g_bytes_get_size (json), &local_error)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
                   _("The form description cannot be read: %s"),
                   local_error ? local_error->message : _("not a JSON object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  city = sks_print_form_city_name (data->round);
  s.form = get_string (root, "form", "?");
  s.vars = get_object (root, "vars");
  s.city_vars = get_object (get_object (root, "city-vars"), city);
  s.templates = get_object (root, "templates");
  s.city = city;
  if (data->studios != NULL && data->studios->len > 0)
    {
      s.studio = g_ptr_array_index (data->studios, 0);
      if (data->recommenders != NULL && data->recommenders->len > 0)
        s.recommender = g_ptr_array_index (data->recommenders, 0);
    }

  doc = sks_print_doc_new ();
  base.size = get_double (root, "font-size", base.size);
  read_page (&s, root, doc);
  add_blocks (&s, doc, get_array (root, "blocks"), &base);
  doc->creation_date = creation_date (data);
  if (s.error != NULL)
    {
      g_propagate_error (error, s.error);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

/**
 * sks_print_form_build:
 * @form_name: a description in the resources, e.g. "annex2" for
 *   data/forms/annex2.json
 *
 * Returns: (transfer full): the document filled with @data
 */
SksPrintDoc *
sks_print_form_build (const char              *form_name,
                      const SksPrintFormData  *data,
                      GError                 **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (form_name != NULL, NULL);

  path = g_strconcat (FORMS_RESOURCE_PATH, form_name, ".json", NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
                   _("There is no form description named “%s”"), form_name);
      return NULL;
    }
  return sks_print_form_build_from_bytes (bytes, data, error);
}
