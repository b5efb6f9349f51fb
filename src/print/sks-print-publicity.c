/* sks-print-publicity.c — the 公示名单 as a print document: the notice
 * (title, grounds, period, how to object, contact, issuing bureau and date
 * with room for the seal) and, as its annex, the list in the order asked
 * for. The wording is data (data/forms/publicity.json), in Chinese as the
 * bureau publishes it.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sks-json-guard.h"
#include "sks-print-annex.h"
#include "sks-print-form.h"
#include "sks-print-publicity.h"
#include "sks-print-xlsx.h"
#include "sks-publication-plan.h"
#include "sks-ranking.h"
#include "sks-store-publication.h"
#include "sks-stroke-order.h"
#include "sks-studio-row.h"

#define WORDING_RESOURCE "/org/example/SkillStudio/forms/publicity.json"
#define BLANK_LINE "__________________"

static const SksPrintStyle title_style = { SKS_PRINT_FONT_TITLE, 22, SKS_PRINT_ALIGN_CENTER,
                                           SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle list_title_style = { SKS_PRINT_FONT_TITLE, 18, SKS_PRINT_ALIGN_CENTER,
                                                SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle order_style = { SKS_PRINT_FONT_TEXT, 14, SKS_PRINT_ALIGN_CENTER,
                                           SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle body_style = { SKS_PRINT_FONT_TEXT, 16, SKS_PRINT_ALIGN_LEFT,
                                          SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle period_style = { SKS_PRINT_FONT_TEXT, 12, SKS_PRINT_ALIGN_LEFT,
                                            SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle sign_style = { SKS_PRINT_FONT_TEXT, 16, SKS_PRINT_ALIGN_RIGHT,
                                          SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle annex_style = { SKS_PRINT_FONT_LABEL, 16, SKS_PRINT_ALIGN_LEFT,
                                           SKS_PRINT_VALIGN_TOP };
static const SksPrintStyle head_style = { SKS_PRINT_FONT_LABEL, 12, SKS_PRINT_ALIGN_CENTER,
                                          SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle cell_style = { SKS_PRINT_FONT_TEXT, 12, SKS_PRINT_ALIGN_LEFT,
                                          SKS_PRINT_VALIGN_MIDDLE };
static const SksPrintStyle centre_style = { SKS_PRINT_FONT_TEXT, 12, SKS_PRINT_ALIGN_CENTER,
                                            SKS_PRINT_VALIGN_MIDDLE };

/* Entries ----------------------------------------------------------------- */

/**
 * sks_publicity_entry_new:
 *
 * Returns: (transfer full): a line of the list; free with
 *   sks_publicity_entry_free()
 */
SksPublicityEntry *
sks_publicity_entry_new (const char *studio,
                         const char *master,
                         const char *unit,
                         const char *recommender,
                         guint       recommender_position,
                         guint       rank)
{
  SksPublicityEntry *entry = g_new0 (SksPublicityEntry, 1);

  entry->studio = g_strdup (studio ? studio : "");
  entry->master = g_strdup (master ? master : "");
  entry->unit = g_strdup (unit ? unit : "");
  entry->recommender = g_strdup (recommender ? recommender : "");
  entry->recommender_position = recommender_position;
  entry->rank = rank;
  return entry;
}

void
sks_publicity_entry_free (SksPublicityEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->studio);
  g_free (entry->master);
  g_free (entry->unit);
  g_free (entry->recommender);
  g_free (entry);
}

static const char *const order_nicks[] = { "unit", "rank", "stroke" };

gboolean
sks_publicity_order_from_nick (const char        *nick,
                               SksPublicityOrder *order)
{
  for (guint i = 0; i < G_N_ELEMENTS (order_nicks); i++)
    if (g_strcmp0 (nick, order_nicks[i]) == 0)
      {
        *order = (SksPublicityOrder) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sks_publicity_order_to_nick (SksPublicityOrder order)
{
  g_return_val_if_fail (order <= SKS_PUBLICITY_ORDER_STROKE, NULL);
  return order_nicks[order];
}

/* Sorting ----------------------------------------------------------------- */

/* 按姓氏笔画排序: see sks-stroke-order.h. */
static int
compare_names (const char *a,
               const char *b)
{
  return sks_stroke_order_compare (a, b);
}

static int
compare_rank (guint a,
              guint b)
{
  /* Unranked (0) after the ranked. */
  if (a == b)
    return 0;
  if (a == 0 || b == 0)
    return a == 0 ? 1 : -1;
  return a < b ? -1 : 1;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SksPublicityEntry *ea = *(SksPublicityEntry * const *) a;
  const SksPublicityEntry *eb = *(SksPublicityEntry * const *) b;
  SksPublicityOrder order = GPOINTER_TO_INT (user_data);
  int c = 0;

  if (order == SKS_PUBLICITY_ORDER_UNIT && ea->recommender_position != eb->recommender_position)
    return ea->recommender_position < eb->recommender_position ? -1 : 1;
  if (order == SKS_PUBLICITY_ORDER_RANK && (c = compare_rank (ea->rank, eb->rank)) != 0)
    return c;
  if ((c = compare_names (ea->master, eb->master)) != 0)
    return c;
  return compare_names (ea->studio, eb->studio);
}

/**
 * sks_publicity_sort:
 * @entries: (element-type SksPublicityEntry): sorted in place
 *
 * Sorts the list as @order says (see #SksPublicityOrder).
 */
void
sks_publicity_sort (GPtrArray         *entries,
                    SksPublicityOrder  order)
{
  g_return_if_fail (entries != NULL);
  g_ptr_array_sort_with_data (entries, compare_entries, GINT_TO_POINTER (order));
}

/* Wording ----------------------------------------------------------------- */

typedef struct {
  JsonObject *root;
  GHashTable *vars;   /* name → value */
  const char *level;  /* "city" or "district" */
} Wording;

static void
wording_clear (Wording *w)
{
  g_clear_pointer (&w->root, json_object_unref);
  g_clear_pointer (&w->vars, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Wording, wording_clear)

static void
set_var (Wording    *w,
         const char *name,
         const char *value)
{
  g_hash_table_insert (w->vars, g_strdup (name), g_strdup (value ? value : ""));
}

static void
take_vars (Wording    *w,
           JsonObject *object)
{
  g_autoptr(GList) names = object ? json_object_get_members (object) : NULL;

  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        set_var (w, l->data, json_node_get_string (node));
    }
}

/* Replaces each ${name} of @template with its value; ${name|blank} with a
 * line to fill in by hand when the value is empty. */
static char *
expand (Wording    *w,
        const char *template)
{
  GString *out = g_string_new (NULL);
  const char *p = template;

  while (*p != '\0')
    {
      const char *start = strstr (p, "${");
      const char *end = start ? strchr (start, '}') : NULL;
      g_autofree char *name = NULL;
      const char *value, *bar;

      if (end == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, start - p);
      name = g_strndup (start + 2, end - start - 2);
      bar = strchr (name, '|');
      if (bar != NULL)
        name[bar - name] = '\0';
      value = g_hash_table_lookup (w->vars, name);
      if ((value == NULL || *value == '\0') && bar != NULL)
        value = BLANK_LINE;
      g_string_append (out, value ? value : "");
      p = end + 1;
    }
  return g_string_free (out, FALSE);
}

/* The string at @key, or at @key.level when @key holds one per level. */
static char *
wording_text (Wording    *w,
              const char *key)
{
  JsonNode *node = json_object_get_member (w->root, key);

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    node = json_object_get_member (json_node_get_object (node), w->level);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return g_strdup ("");
  return expand (w, json_node_get_string (node));
}

static char *
wording_member (Wording    *w,
                const char *key,
                const char *member)
{
  JsonObject *object = json_object_get_object_member (w->root, key);
  const char *text = object ? json_object_get_string_member_with_default (object, member, "")
                            : "";

  return expand (w, text);
}

static gboolean
wording_load (Wording     *w,
              const char  *city,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (WORDING_RESOURCE,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *cities;

  if (bytes == NULL
      || !sks_json_guard_check (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL,
                                NULL)
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_FORM,
                   _("The form description “%s” is missing or malformed"), "publicity");
      return FALSE;
    }
  w->root = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  w->vars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  take_vars (w, json_object_get_object_member (w->root, "vars"));
  cities = json_object_get_object_member (w->root, "city-vars");
  if (cities != NULL && city != NULL && json_object_has_member (cities, city))
    take_vars (w, json_object_get_object_member (cities, city));
  return TRUE;
}

/* 2025年9月26日, as GB/T 9704 writes dates. */
static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%d年%d月%d日", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
set_info_vars (Wording                *w,
               const SksPublicityInfo *info,
               guint                   count)
{
  g_autofree char *year = g_strdup_printf ("%d", info->year);
  g_autofree char *n = g_strdup_printf ("%u", count);
  g_autofree char *days = g_strdup_printf ("%u", info->working_days);
  g_autofree char *first = format_day (&info->first_day);
  g_autofree char *last = format_day (&info->last_day);
  g_autofree char *bureau = NULL;

  set_var (w, "city", info->city);
  set_var (w, "year", year);
  set_var (w, "count", n);
  set_var (w, "unit", info->unit);
  set_var (w, "notice-title", info->notice_title);
  set_var (w, "notice-number", info->notice_number);
  set_var (w, "first-day", first);
  set_var (w, "last-day", last);
  set_var (w, "working-days", days);
  set_var (w, "contact-person", info->contact_person);
  set_var (w, "contact-phone", info->contact_phone);
  set_var (w, "contact-address", info->contact_address);
  if (info->unit != NULL)
    bureau = wording_text (w, "district-bureau");
  set_var (w, "bureau", bureau ? bureau : info->bureau);
}

/* Building the document --------------------------------------------------- */

static SksPrintBlock *
add_paragraph (SksPrintDoc         *doc,
               const char          *text,
               const SksPrintStyle *style)
{
  /* Each line of a paragraph starts two characters in (首行缩进两字). */
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *joined = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *indented = g_strconcat ("　　", lines[i], NULL);

      g_free (lines[i]);
      lines[i] = indented;
    }
  joined = g_strjoinv ("\n", lines);
  return sks_print_doc_add_text (doc, joined, style);
}

static void
add_table (SksPrintDoc       *doc,
           Wording           *w,
           GPtrArray         *entries,
           SksPublicityOrder  order)
{
  static const double plain[] = { 11, 56, 18, 45, 26 };
  static const double ranked[] = { 11, 11, 50, 18, 40, 26 };
  gboolean with_rank = order == SKS_PUBLICITY_ORDER_RANK;
  const char *keys[] = { "number", "rank", "studio", "master", "unit", "recommender" };
  SksPrintTable *table;
  SksPrintRow *row;

  table = with_rank ? sks_print_doc_add_table (doc, G_N_ELEMENTS (ranked), ranked)
                    : sks_print_doc_add_table (doc, G_N_ELEMENTS (plain), plain);
  row = sks_print_table_add_row (table, SKS_PRINT_ROW_HEADER);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *head = NULL;

      if (i == 1 && !with_rank)
        continue;
      head = wording_member (w, "columns", keys[i]);
      sks_print_row_add_cell (row, head, 1, &head_style);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      const SksPublicityEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *rank = e->rank ? g_strdup_printf ("%u", e->rank) : g_strdup ("");

      row = sks_print_table_add_row (table, SKS_PRINT_ROW_NO_SPLIT);
      row->min_height_mm = 9;
      sks_print_row_add_cell (row, number, 1, &centre_style);
      if (with_rank)
        sks_print_row_add_cell (row, rank, 1, &centre_style);
      sks_print_row_add_cell (row, e->studio, 1, &cell_style);
      sks_print_row_add_cell (row, e->master, 1, &centre_style);
      sks_print_row_add_cell (row, e->unit, 1, &cell_style);
      sks_print_row_add_cell (row, e->recommender, 1, &centre_style);
    }
}

static void
add_notice (SksPrintDoc            *doc,
            Wording                *w,
            const SksPublicityInfo *info)
{
  const char *paragraphs[] = { "intro", "period", "objection", "contact" };
  const GDate *issued = g_date_valid (&info->issued) ? &info->issued : &info->first_day;
  g_autofree char *title = wording_text (w, "title");
  g_autofree char *day = format_day (issued);
  g_autofree char *sign = g_strdup_printf ("%s　　\n%s　　",
                                           (char *) g_hash_table_lookup (w->vars, "bureau"),
                                           day);
  SksPrintBlock *block;

  block = sks_print_doc_add_text (doc, title, &title_style);
  block->space_after_mm = 10;
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      g_autofree char *text = wording_text (w, paragraphs[i]);

      add_paragraph (doc, text, &body_style)->space_after_mm = 1;
    }
  /* Room above the bureau's name and the date for the seal, which covers
   * them as GB/T 9704 §7.3.5.1 places it. */
  sks_print_doc_add_space (doc, 24);
  sks_print_doc_add_text (doc, sign, &sign_style);
}

static void
add_list (SksPrintDoc       *doc,
          Wording           *w,
          GPtrArray         *entries,
          SksPublicityOrder  order,
          gboolean           list_only)
{
  g_autofree char *list_title = wording_text (w, "list-title");
  g_autofree char *note = wording_member (w, "order-note", sks_publicity_order_to_nick (order));
  SksPrintBlock *block;

  if (!list_only)
    {
      g_autofree char *annex = wording_text (w, "annex-label");

      sks_print_doc_add_page_break (doc);
      sks_print_doc_add_text (doc, annex, &annex_style)->space_after_mm = 4;
    }
  sks_print_doc_add_text (doc, list_title, &list_title_style);
  block = sks_print_doc_add_text (doc, note, &order_style);
  block->space_after_mm = 3;
  if (list_only)
    {
      g_autofree char *period = wording_text (w, "period");

      sks_print_doc_add_text (doc, period, &period_style)->space_after_mm = 2;
    }
  add_table (doc, w, entries, order);
}

/* The printed title breaks where the wording says; the file's title does
 * not. Takes @text. */
static char *
one_line (char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_free (text);
  return g_strjoinv ("", lines);
}

/**
 * sks_print_publicity_doc_new:
 * @info: the round, its notice and the 公示's period
 * @entries: (element-type SksPublicityEntry): the listed studios, sorted
 *   here as @order says
 * @list_only: the list alone (title, order, period and table: the Excel
 *   workbook) instead of the notice with the list as its annex
 *
 * Returns: (transfer full): the document, A4 portrait
 */
SksPrintDoc *
sks_print_publicity_doc_new (const SksPublicityInfo  *info,
                             GPtrArray               *entries,
                             SksPublicityOrder        order,
                             gboolean                 list_only,
                             GError                 **error)
{
  g_auto(Wording) w = { NULL, NULL, NULL };
  g_autoptr(SksPrintDoc) doc = NULL;
  const GDate *issued;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (entries != NULL, NULL);
  g_return_val_if_fail (g_date_valid (&info->first_day) && g_date_valid (&info->last_day), NULL);

  if (entries->len == 0)
    {
      g_set_error_literal (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                           _("The public notice lists no studio"));
      return NULL;
    }
  if (!wording_load (&w, info->city, error))
    return NULL;
  w.level = info->unit != NULL ? "district" : "city";
  set_info_vars (&w, info, entries->len);
  sks_publicity_sort (entries, order);

  doc = sks_print_doc_new ();
  g_free (doc->title);
  doc->title = one_line (wording_text (&w, list_only ? "list-title" : "title"));
  issued = g_date_valid (&info->issued) ? &info->issued : &info->first_day;
  doc->creation_date = g_strdup_printf ("%04d-%02d-%02dT00:00:00Z", g_date_get_year (issued),
                                        g_date_get_month (issued), g_date_get_day (issued));
  doc->line_height = 1.5;
  if (!list_only)
    add_notice (doc, &w, info);
  add_list (doc, &w, entries, order, list_only);
  return g_steal_pointer (&doc);
}

/* From a document ---------------------------------------------------------- */

static guint
recommender_position (GListModel *recommenders,
                      gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (recommenders); i++)
    {
      g_autoptr(SksRecommender) recommender = g_list_model_get_item (recommenders, i);

      if (sks_recommender_get_id (recommender) == id)
        return i;
    }
  return G_MAXUINT;
}

/* The panel's rank of each listed studio, for the rank order: the ranking
 * at the 公示's level, without a rules check (only the aggregate counts). */
static SksRanking *
publication_ranking (SksStore        *store,
                     SksRound        *round,
                     SksPublication  *publication,
                     GError         **error)
{
  g_autoptr(SksPolicy) policy = NULL;
  const char *policy_id = sks_round_get_policy_id (round);
  gboolean district = sks_publication_get_level (publication) == SKS_PUBLICATION_LEVEL_DISTRICT;

  if (policy_id != NULL)
    policy = sks_policy_lookup (policy_id, NULL);
  return sks_ranking_new (store, sks_round_get_id (round),
                          district ? SKS_PANEL_LEVEL_DISTRICT : SKS_PANEL_LEVEL_CITY,
                          district ? sks_publication_get_recommender_id (publication) : 0,
                          policy, NULL, error);
}

static GPtrArray *
publication_entries (SksStore           *store,
                     SksRound           *round,
                     SksPublication     *publication,
                     SksPublicityOrder   order,
                     GError            **error)
{
  gint64 round_id = sks_round_get_id (round);
  GArray *ids = sks_publication_get_studio_ids (publication);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GListModel) recommenders = NULL;
  g_autoptr(SksRanking) ranking = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if ((rows = sks_store_list_studio_rows (store, round_id, 0, 0, error)) == NULL
      || (recommenders = sks_store_list_recommenders (store, round_id, error)) == NULL)
    return NULL;
  if (order == SKS_PUBLICITY_ORDER_RANK
      && (ranking = publication_ranking (store, round, publication, error)) == NULL)
    return NULL;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_hash_table_add (listed, &g_array_index (ids, gint64, i));
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_publicity_entry_free);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 id = sks_studio_row_get_id (row);
      const SksRankingEntry *ranked = ranking ? sks_ranking_find_entry (ranking, id) : NULL;

      if (!g_hash_table_contains (listed, &id))
        continue;
      g_ptr_array_add (entries, sks_publicity_entry_new (
                         sks_studio_row_get_name (row), sks_studio_row_get_master_name (row),
                         sks_studio_row_get_unit_name (row),
                         sks_studio_row_get_recommender_name (row),
                         recommender_position (recommenders,
                                               sks_studio_row_get_recommender_id (row)),
                         ranked && ranked->ranked ? ranked->rank : 0));
    }
  return g_steal_pointer (&entries);
}

static void
publication_info (SksRound         *round,
                  SksPublication   *publication,
                  SksPublicityInfo *info,
                  char            **city,
                  char            **title,
                  char            **number,
                  char            **bureau)
{
  g_autoptr(SksPolicy) policy = sks_policy_lookup (sks_round_get_policy_id (round), NULL);

  g_object_get (round, "title", title, "document-number", number, "issuing-bureau", bureau,
                NULL);
  /* The grounds cite the notice by its own title, as official documents
   * do without the issuing bureau (《关于开展2025年湖州市技能大师工作室申报
   * 工作的通知》); the round's title is only the round's name. */
  if (policy != NULL && sks_policy_get_title (policy) != NULL)
    {
      const char *notice = sks_policy_get_title (policy);
      const char *about = strstr (notice, "关于");

      g_free (*title);
      *title = g_strdup (about != NULL ? about : notice);
    }
  *city = sks_print_form_city_name (round);
  memset (info, 0, sizeof *info);
  info->city = *city;
  info->year = (int) sks_round_get_year (round);
  info->notice_title = *title;
  info->notice_number = *number;
  info->bureau = *bureau;
  if (sks_publication_get_level (publication) == SKS_PUBLICATION_LEVEL_DISTRICT)
    info->unit = sks_publication_get_recommender_name (publication);
  info->first_day = *sks_publication_get_first_day (publication);
  info->last_day = *sks_publication_get_last_day (publication);
  info->working_days = sks_publication_get_working_days (publication);
  g_date_clear (&info->issued, 1);
}

/**
 * sks_print_publicity_doc_from_store:
 * @publication: a 公示 of the document (sks_store_get_publication())
 *
 * The 公示名单 of @publication: the studios it lists, with the round's
 * notice, the 公示's period and, for the rank order, the panel's rank.
 *
 * Returns: (transfer full): the document
 */
SksPrintDoc *
sks_print_publicity_doc_from_store (SksStore           *store,
                                    SksPublication     *publication,
                                    SksPublicityOrder   order,
                                    gboolean            list_only,
                                    GError            **error)
{
  g_autoptr(SksRound) round = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *city = NULL, *title = NULL, *number = NULL, *bureau = NULL;
  SksPublicityInfo info;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_PUBLICATION (publication), NULL);

  round = sks_store_get_round (store, sks_publication_get_round_id (publication), error);
  if (round == NULL)
    return NULL;
  if ((entries = publication_entries (store, round, publication, order, error)) == NULL)
    return NULL;
  publication_info (round, publication, &info, &city, &title, &number, &bureau);
  return sks_print_publicity_doc_new (&info, entries, order, list_only, error);
}

/**
 * sks_print_export_publicity:
 * @path: a .pdf file (the notice with the list) or a .xlsx file (the list)
 *
 * Writes the 公示名单 of @publication; the file's type follows @path's
 * extension, which must be .pdf or .xlsx.
 */
gboolean
sks_print_export_publicity (SksStore           *store,
                            SksPublication     *publication,
                            SksPublicityOrder   order,
                            const char         *path,
                            GError            **error)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  SksPublicityFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!sks_publicity_format_from_path (path, &format))
    {
      g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_WRITE,
                   _("“%s”: the list is written as .pdf or .xlsx"), path);
      return FALSE;
    }
  doc = sks_print_publicity_doc_from_store (store, publication, order,
                                            format == SKS_PUBLICITY_FORMAT_XLSX, error);
  if (doc == NULL)
    return FALSE;
  return format == SKS_PUBLICITY_FORMAT_XLSX ? sks_print_doc_write_xlsx (doc, path, error)
                                             : sks_print_write_pdf (doc, path, error);
}

/**
 * sks_publicity_format_from_path:
 *
 * Returns: %TRUE when @path ends in .pdf or .xlsx (in any case)
 */
gboolean
sks_publicity_format_from_path (const char         *path,
                                SksPublicityFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *format = SKS_PUBLICITY_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *format = SKS_PUBLICITY_FORMAT_XLSX;
  else
    return FALSE;
  return TRUE;
}

/* Starting or finding the 公示 ------------------------------------------- */

static char *
iso_day (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Whether the 公示 that started on @first is the one that @start asks for:
 * the same day, or the first working day from @start as the period would
 * have begun (a notice posted on a Saturday starts on Monday). */
static gboolean
same_first_day (SksRound    *round,
                const GDate *first,
                const GDate *start)
{
  g_autoptr(SksPolicy) policy = NULL;
  const char *policy_id = sks_round_get_policy_id (round);
  GDate planned_first, planned_last;

  if (g_date_compare (first, start) == 0)
    return TRUE;
  if (policy_id == NULL || (policy = sks_policy_lookup (policy_id, NULL)) == NULL)
    return FALSE;
  return sks_policy_get_public_notice_period (policy, sks_calendar_get_default (), start,
                                              &planned_first, &planned_last, NULL)
         && g_date_compare (first, &planned_first) == 0;
}

/**
 * sks_publicity_get_or_start:
 * @unit: (nullable): a recommending unit's own 公示; %NULL for the city's
 * @start: the first day asked for
 * @started: (out) (optional): set to whether the 公示 was started now
 *
 * The 公示 to print: the one already started, when it started on @start
 * (else %SKS_STORE_ERROR_INVALID naming its dates), or a new one from
 * @start through sks_publication_start_for_round(), which refuses with its
 * own errors (nothing selected, the calendar lacks the year …).
 *
 * Returns: (transfer full): the 公示
 */
SksPublication *
sks_publicity_get_or_start (SksStore     *store,
                            SksRound     *round,
                            const char   *unit,
                            const GDate  *start,
                            gboolean     *started,
                            GError      **error)
{
  g_autoptr(SksRecommender) recommender = NULL;
  g_autoptr(SksPublication) publication = NULL;
  g_autoptr(GError) local_error = NULL;
  SksPublicationLevel level = unit ? SKS_PUBLICATION_LEVEL_DISTRICT : SKS_PUBLICATION_LEVEL_CITY;

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);
  g_return_val_if_fail (SKS_IS_ROUND (round), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  if (started != NULL)
    *started = FALSE;
  if (unit != NULL
      && (recommender = sks_store_find_recommender (store, sks_round_get_id (round), unit,
                                                    &local_error)) == NULL)
    {
      /* Not found is NULL without an error. */
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, SKS_PRINT_ERROR, SKS_PRINT_ERROR_NOT_FOUND,
                     _("The round “%s” has no recommending unit “%s”"),
                     sks_round_get_key (round), unit);
      return NULL;
    }
  publication = sks_store_get_publication (store, sks_round_get_id (round), level,
                                           recommender ? sks_recommender_get_id (recommender)
                                                       : 0, &local_error);
  if (publication == NULL)
    {
      if (!g_error_matches (local_error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      publication = sks_publication_start_for_round (store, round, level, unit, start, NULL,
                                                     error);
      if (publication != NULL && started != NULL)
        *started = TRUE;
      return g_steal_pointer (&publication);
    }
  if (!same_first_day (round, sks_publication_get_first_day (publication), start))
    {
      g_autofree char *asked = iso_day (start);
      g_autofree char *first = iso_day (sks_publication_get_first_day (publication));
      g_autofree char *last = iso_day (sks_publication_get_last_day (publication));

      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_INVALID,
                   _("The public notice of “%s” started on %s and runs until %s, not from %s: "
                     "give its first day to print its list"),
                   unit ? unit : sks_round_get_key (round), first, last, asked);
      return NULL;
    }
  return g_steal_pointer (&publication);
}
