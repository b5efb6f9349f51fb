/* sks-cli-funding.c — `skill-studio-cli funding`: a round's funding report
 * (each recognised studio's grant and who pays it, the totals per payer) as
 * aligned text, as JSON (every amount an integer of yuan), or written to a
 * PDF or an Excel workbook
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sks-cli-funding.h"
#include "sks-cli-rules.h"
#include "sks-print-funding.h"

#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_USAGE 2

/* Text ------------------------------------------------------------------- */

/* Columns on a terminal: a Chinese character takes two. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

typedef struct {
  GPtrArray *rows;    /* GStrv, each of n_columns */
  guint      n_columns;
  guint64    right;   /* bit i: column i aligned right */
} Table;

static void
table_add (Table       *t,
           const char **cells)
{
  GStrvBuilder *builder = g_strv_builder_new ();

  for (guint i = 0; i < t->n_columns; i++)
    g_strv_builder_add (builder, cells[i] ? cells[i] : "");
  g_ptr_array_add (t->rows, g_strv_builder_end (builder));
  g_strv_builder_unref (builder);
}

static void
table_print (Table *t)
{
  g_autofree guint *widths = g_new0 (guint, t->n_columns);

  for (guint r = 0; r < t->rows->len; r++)
    for (guint c = 0; c < t->n_columns; c++)
      widths[c] = MAX (widths[c], display_width (((char **) t->rows->pdata[r])[c]));
  for (guint r = 0; r < t->rows->len; r++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < t->n_columns; c++)
        {
          const char *cell = ((char **) t->rows->pdata[r])[c];
          guint pad = widths[c] - display_width (cell);
          gboolean right = (t->right >> c) & 1;

          if (c > 0)
            g_string_append (line, "  ");
          if (right)
            g_string_append_printf (line, "%*s", (int) pad, "");
          g_string_append (line, cell);
          if (!right && c + 1 < t->n_columns)
            g_string_append_printf (line, "%*s", (int) pad, "");
        }
      g_print ("%s\n", g_strchomp (line->str));
    }
}

static void
print_section (GPtrArray *lines,
               gboolean   excellent)
{
  Table t = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev), 9,
              (1 << 0) | (1 << 5) | (1 << 6) | (1 << 7) };
  const char *head[9];

  head[0] = C_("funding", "No.");
  head[1] = C_("funding", "Studio");
  head[2] = C_("funding", "Applying unit");
  head[3] = C_("funding", "Recommending unit");
  head[4] = excellent ? C_("funding", "Evaluation") : C_("funding", "Fiscal affiliation");
  head[5] = C_("funding", "Grant (yuan)");
  head[6] = C_("funding", "City finance (yuan)");
  head[7] = C_("funding", "County/district finance (yuan)");
  head[8] = C_("funding", "Remarks");
  table_add (&t, head);
  for (guint i = 0; i < lines->len; i++)
    {
      const SksFundingLine *line = g_ptr_array_index (lines, i);
      g_autofree char *serial = g_strdup_printf ("%u", i + 1);
      g_autofree char *amount = sks_funding_format_yuan (line->grant->amount);
      g_autofree char *city = line->city_amount ? sks_funding_format_yuan (line->city_amount)
                                                : g_strdup ("");
      g_autofree char *local = line->local_amount ? sks_funding_format_yuan (line->local_amount)
                                                  : g_strdup ("");
      const char *cells[9] = {
        serial, line->studio->studio_name, line->studio->unit_name,
        line->studio->recommender_name,
        excellent ? sks_enum_get_label (SKS_TYPE_EVALUATION_KIND, line->studio->evaluation_kind)
                  : sks_funding_line_get_payer_level (line),
        amount, city, local, line->note ? line->note : line->local_payer,
      };

      table_add (&t, cells);
    }
  table_print (&t);
  g_ptr_array_unref (t.rows);
}

static void
print_payers (SksFundingReport *report)
{
  Table t = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev), 3, 1 << 2 };
  const char *head[] = { C_("funding", "Payer"), C_("funding", "Level"),
                         C_("funding", "Amount (yuan)") };
  g_autofree char *unknown = sks_funding_format_yuan (report->unknown_amount);
  g_autofree char *total = sks_funding_format_yuan (report->total);

  table_add (&t, head);
  for (guint i = 0; i < report->payers->len; i++)
    {
      const SksFundingPayer *payer = g_ptr_array_index (report->payers, i);
      g_autofree char *amount = sks_funding_format_yuan (payer->amount);
      const char *cells[] = {
        payer->name, sks_enum_get_label (SKS_TYPE_FISCAL_AFFILIATION, payer->level), amount,
      };

      table_add (&t, cells);
    }
  if (report->unknown_amount > 0)
    {
      const char *cells[] = { _("Split unknown (fiscal affiliation not given)"), "—", unknown };
      table_add (&t, cells);
    }
  {
    const char *cells[] = { C_("funding", "Grand total"), "", total };
    table_add (&t, cells);
  }
  table_print (&t);
  g_ptr_array_unref (t.rows);
}

static void
print_texts (const char *heading,
             GPtrArray  *texts)
{
  if (texts->len == 0)
    return;
  g_print ("\n%s\n", heading);
  for (guint i = 0; i < texts->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (texts, i));
}

static void
print_text (SksFundingReport *report)
{
  g_print ("%s\n%s\n\n", report->title, _("Unit: yuan"));
  if (report->lines->len > 0)
    print_section (report->lines, FALSE);
  if (report->excellent_year > 0)
    {
      g_print ("\n");
      /* TRANSLATORS: the section of grants for evaluations graded 优秀 */
      g_print (_("Grants for evaluations graded excellent (%d)"), (int) report->excellent_year);
      g_print ("\n");
      if (report->excellent->len > 0)
        print_section (report->excellent, TRUE);
      else
        g_print ("%s\n", _("None."));
    }
  g_print ("\n%s\n", _("Totals by payer"));
  print_payers (report);
  print_texts (_("Basis:"), report->basis);
  print_texts (_("Notes:"), report->notes);
}

/* JSON ------------------------------------------------------------------- */

static void
add_member_bool (JsonBuilder *b,
                 const char  *name,
                 gboolean     value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_boolean_value (b, value);
}

static void
add_shares (JsonBuilder          *b,
            const SksFundingLine *line)
{
  json_builder_set_member_name (b, "shares");
  json_builder_begin_array (b);
  for (guint i = 0; line->grant->split_known && i < line->grant->n_shares; i++)
    {
      SksFiscalAffiliation level = line->grant->shares[i].payer;

      json_builder_begin_object (b);
      sks_cli_json_add_string (b, "payer", level == SKS_FISCAL_CITY ? _("City finance")
                                                              : line->local_payer);
      sks_cli_json_add_string (b, "level", sks_enum_get_nick (SKS_TYPE_FISCAL_AFFILIATION, level));
      sks_cli_json_add_int (b, "amount", line->grant->shares[i].amount);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_line (JsonBuilder          *b,
          const SksFundingLine *line,
          gboolean              excellent)
{
  const SksFundedStudio *s = line->studio;

  json_builder_begin_object (b);
  sks_cli_json_add_int (b, "id", s->studio_id);
  sks_cli_json_add_string (b, "studio", s->studio_name);
  sks_cli_json_add_string (b, "unit", s->unit_name);
  sks_cli_json_add_string (b, "unit_kind", sks_enum_get_nick (SKS_TYPE_UNIT_KIND, s->unit_kind));
  sks_cli_json_add_string (b, "recommender", s->recommender_name);
  sks_cli_json_add_string (b, "fiscal_affiliation",
                     sks_enum_get_nick (SKS_TYPE_FISCAL_AFFILIATION, s->fiscal));
  if (excellent)
    {
      sks_cli_json_add_string (b, "evaluation",
                         sks_enum_get_nick (SKS_TYPE_EVALUATION_KIND, s->evaluation_kind));
      sks_cli_json_add_int (b, "evaluation_year", s->evaluation_year);
    }
  else
    {
      sks_cli_json_add_string (b, "recognised_on", s->recognised_on);
      add_member_bool (b, "counted_by_status", s->by_status);
    }
  sks_cli_json_add_string (b, "grant", line->grant->grant_id);
  sks_cli_json_add_string (b, "grant_title", line->grant->title);
  sks_cli_json_add_int (b, "amount", line->grant->amount);
  add_member_bool (b, "excluded", line->grant->excluded);
  add_member_bool (b, "split_known", line->grant->split_known);
  sks_cli_json_add_int (b, "city_amount", line->city_amount);
  sks_cli_json_add_int (b, "local_amount", line->local_amount);
  sks_cli_json_add_string (b, "local_payer", line->local_payer);
  add_shares (b, line);
  sks_cli_json_add_string (b, "note", line->note);
  json_builder_end_object (b);
}

static void
add_lines (JsonBuilder *b,
           const char  *name,
           GPtrArray   *lines,
           gboolean     excellent)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < lines->len; i++)
    add_line (b, g_ptr_array_index (lines, i), excellent);
  json_builder_end_array (b);
}

static void
add_payers (JsonBuilder      *b,
            SksFundingReport *report)
{
  json_builder_set_member_name (b, "payers");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->payers->len; i++)
    {
      const SksFundingPayer *payer = g_ptr_array_index (report->payers, i);

      json_builder_begin_object (b);
      sks_cli_json_add_string (b, "payer", payer->name);
      sks_cli_json_add_string (b, "level", sks_enum_get_nick (SKS_TYPE_FISCAL_AFFILIATION,
                                                        payer->level));
      sks_cli_json_add_int (b, "amount", payer->amount);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_strings (JsonBuilder *b,
             const char  *name,
             GPtrArray   *texts)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < texts->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (texts, i));
  json_builder_end_array (b);
}

static void
print_json (SksFundingReport *report,
            const char       *message)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  sks_cli_json_add_string (b, "round", report->round_key);
  sks_cli_json_add_string (b, "title", report->title);
  sks_cli_json_add_string (b, "currency", "CNY");
  add_lines (b, "studios", report->lines, FALSE);
  sks_cli_json_add_int (b, "studios_total", report->lines_total);
  if (report->excellent_year > 0)
    {
      sks_cli_json_add_int (b, "excellent_year", report->excellent_year);
      sks_cli_json_add_int (b, "excellent_per_year", report->excellent_per_year);
      add_lines (b, "excellent", report->excellent, TRUE);
      sks_cli_json_add_int (b, "excellent_total", report->excellent_total);
    }
  add_payers (b, report);
  sks_cli_json_add_int (b, "split_unknown", report->unknown_amount);
  sks_cli_json_add_int (b, "total", report->total);
  add_strings (b, "basis", report->basis);
  add_strings (b, "notes", report->notes);
  sks_cli_json_add_string (b, "message", message);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* The command -------------------------------------------------------------- */

typedef struct {
  char  *db;
  char  *round;
  char  *format;
  char  *output;
  int    excellent_year;
  char **args;
} FundingOptions;

static void
funding_options_clear (FundingOptions *o)
{
  g_free (o->db);
  g_free (o->round);
  g_free (o->format);
  g_free (o->output);
  g_strfreev (o->args);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FundingOptions, funding_options_clear)

static int
check_options (FundingOptions *o)
{
  if (o->args != NULL && o->args[0] != NULL)
    return sks_cli_usage_error ("funding", _("Unexpected argument “%s”"), o->args[0]);
  if (o->db == NULL)
    return sks_cli_usage_error ("funding", "%s", _("Name the document with --db"));
  if (o->round == NULL)
    return sks_cli_usage_error ("funding", "%s", _("Name the round with --round"));
  if (o->format && !g_str_equal (o->format, "text") && !g_str_equal (o->format, "json"))
    return sks_cli_usage_error ("funding", "%s", _("Choose --format text or --format json"));
  if (o->format && o->output)
    return sks_cli_usage_error ("funding", "%s",
                                _("--output writes a file: leave out --format"));
  if (o->output && !g_str_has_suffix (o->output, ".pdf") &&
      !g_str_has_suffix (o->output, ".xlsx"))
    return sks_cli_usage_error ("funding", "%s",
                                _("--output: name a .pdf or an .xlsx file"));
  if (o->excellent_year != 0 && (o->excellent_year < 2000 || o->excellent_year > 2100))
    return sks_cli_usage_error ("funding", _("--excellent-year: “%d” is not a year"),
                                o->excellent_year);
  return EXIT_OK;
}

static int
fail (const GError *error)
{
  g_printerr ("skill-studio-cli: %s\n", error->message);
  return EXIT_PROBLEMS;
}

static int
run (FundingOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) empty = NULL;
  g_autoptr(SksStore) store = sks_store_open (o->db, SKS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(SksRound) round = NULL;
  g_autoptr(SksFundingReport) report = NULL;

  if (store == NULL || (round = sks_cli_find_round (store, o->round, &error)) == NULL ||
      (report = sks_funding_report_new_from_store (store, round, o->excellent_year,
                                                   &error)) == NULL)
    return fail (error);
  if (o->output != NULL)
    {
      if (!sks_print_funding_export (report, o->output, &error))
        return fail (error);
      g_print (_("Wrote %s\n"), o->output);
      return EXIT_OK;
    }
  sks_funding_report_check_not_empty (report, &empty);
  if (o->format && g_str_equal (o->format, "json"))
    print_json (report, empty ? empty->message : NULL);
  else if (empty != NULL)
    g_print ("%s\n", empty->message);
  else
    print_text (report);
  return EXIT_OK;
}

int
sks_cli_funding (int    argc,
                 char **argv)
{
  g_auto(FundingOptions) o = { 0 };
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &o.db, N_("The document"), N_("DOC") },
    { "round", 'r', 0, G_OPTION_ARG_STRING, &o.round, N_("The round (see “round list”)"),
      N_("KEY") },
    { "excellent-year", 0, 0, G_OPTION_ARG_INT, &o.excellent_year,
      N_("Add the grants for evaluations of this year graded excellent (Hangzhou)"),
      N_("YEAR") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o.format, N_("text (default) or json"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("Write the report to FILE.pdf (A4, to be stamped) or FILE.xlsx"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.args, NULL, NULL },
    { NULL }
  };
  int status;

  if (!sks_cli_parse_options ("funding", NULL,
                              _("Shows a round’s funding report: each recognised studio’s "
                                "grant, who pays it (the city’s, a county’s or a district’s "
                                "finance) and the totals per payer; amounts in yuan. Studios "
                                "recognised before schema 8 count by their status "
                                "(approved or renewed)."), entries, &argc, &argv))
    return EXIT_USAGE;
  if ((status = check_options (&o)) != EXIT_OK)
    return status;
  return run (&o);
}
