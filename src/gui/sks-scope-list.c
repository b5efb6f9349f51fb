/* sks-scope-list.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The counts come from the context's rows (no personal data), so the
 * sidebar needs no query of its own: one pass over the rows per refresh.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-age.h"
#include "sks-scope-list.h"
#include "sks-studio-row.h"
#include "sks-validate.h"
#include "sks-verdict.h"

/* 湖州's notice: 45周岁以下须占区县申报数量的一半以上 */
#define YOUNG_AGE 45
#define YOUNG_SHARE_RULE "district.under45_share"

struct _SksScopeList
{
  GtkWidget   parent_instance;

  SksContext *context;
  gint64      round_id;
  gint64      recommender_id;
  char       *recommender_name;
  guint       refresh_source;
  gboolean    rebuilding;

  GtkWidget  *scrolled;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (SksScopeList, sks_scope_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROUND_ID,
  PROP_RECOMMENDER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * sks_scope_list_born_within:
 * @birth: the form's 出生年月, "YYYY-MM"
 *
 * Whether someone born in @birth is surely @years old or younger on
 * @reference: born on or after the day @years years before it, even on the
 * first day of the month.
 */
gboolean
sks_scope_list_born_within (const char  *birth,
                            const GDate *reference,
                            int          years)
{
  GDate first_day;
  GDate cutoff;
  int year, month;

  if (reference == NULL || !g_date_valid (reference) ||
      !sks_parse_year_month (birth, &year, &month))
    return FALSE;

  g_date_set_dmy (&first_day, 1, month, year);
  cutoff = *reference;
  g_date_subtract_years (&cutoff, years);
  return g_date_compare (&first_day, &cutoff) >= 0;
}

/**
 * sks_scope_list_unit_key:
 *
 * The key of a unit in #SksRowCounts: its id, or for the applications of
 * a round that have no recommending unit, minus the round's id.
 */
gint64
sks_scope_list_unit_key (gint64 round_id,
                         gint64 recommender_id)
{
  return recommender_id != 0 ? recommender_id : -round_id;
}

void
sks_scope_list_clear_counts (SksRowCounts *counts)
{
  g_clear_pointer (&counts->by_round, g_hash_table_unref);
  g_clear_pointer (&counts->by_unit, g_hash_table_unref);
}

static gpointer
lookup_or_add (GHashTable *table,
               gint64      key,
               gsize       size)
{
  gpointer value = g_hash_table_lookup (table, &key);

  if (value == NULL)
    {
      value = g_malloc0 (size);
      g_hash_table_insert (table, g_memdup2 (&key, sizeof key), value);
    }
  return value;
}

/**
 * sks_scope_list_count_rows:
 *
 * Counts the context's rows by round and by recommending unit, in one pass;
 * free with sks_scope_list_clear_counts().
 */
void
sks_scope_list_count_rows (SksContext   *context,
                           SksRowCounts *counts)
{
  GListModel *rows = sks_context_get_studios (context);
  guint n_items = g_list_model_get_n_items (rows);
  gint64 reference_round = -1;
  const GDate *reference = NULL;

  counts->total = n_items;
  counts->by_round = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  counts->by_unit = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(SksStudioRow) row = g_list_model_get_item (rows, i);
      gint64 round_id = sks_studio_row_get_round_id (row);
      guint *round_count = lookup_or_add (counts->by_round, round_id, sizeof (guint));
      SksUnitCount *unit_count;

      (*round_count)++;
      if (sks_studio_row_get_status (row) == SKS_STATUS_WITHDRAWN)
        continue;

      if (round_id != reference_round)
        {
          reference_round = round_id;
          reference = sks_context_get_reference_date (context, round_id);
        }
      unit_count = lookup_or_add (counts->by_unit,
                                  sks_scope_list_unit_key (round_id,
                                                           sks_studio_row_get_recommender_id (row)),
                                  sizeof (SksUnitCount));
      unit_count->applications++;
      if (sks_scope_list_born_within (sks_studio_row_get_birth (row), reference, YOUNG_AGE))
        unit_count->under_45++;
      if (sks_studio_row_get_verdict (row) == SKS_VERDICT_FAIL)
        unit_count->not_eligible++;
    }
}

/* Rows */

static GtkWidget *
scope_row_new (gint64      round_id,
               gint64      recommender_id,
               const char *recommender_name,
               const char *title,
               const char *detail,
               const char *tooltip,
               gboolean    warn)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (round_id != 0 && recommender_id == 0)
    {
      /* A round's title is a notice's (杭州's runs to 30 characters): whole */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  if (detail != NULL)
    {
      GtkWidget *detail_label = gtk_label_new (detail);

      gtk_label_set_xalign (GTK_LABEL (detail_label), 0.0f);
      gtk_widget_add_css_class (detail_label, "caption");
      gtk_widget_add_css_class (detail_label, warn ? "warning" : "dim-label");
      gtk_box_append (GTK_BOX (box), detail_label);
    }
  if (recommender_id != 0)
    gtk_widget_set_margin_start (box, 18);
  else if (round_id != 0)
    gtk_widget_add_css_class (label, "heading");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, tooltip);
  g_object_set_data_full (G_OBJECT (row), "round-id", g_memdup2 (&round_id, sizeof round_id),
                          g_free);
  g_object_set_data_full (G_OBJECT (row), "recommender-id",
                          g_memdup2 (&recommender_id, sizeof recommender_id), g_free);
  g_object_set_data_full (G_OBJECT (row), "recommender-name", g_strdup (recommender_name),
                          g_free);
  return row;
}

static gint64
row_get_id (GtkListBoxRow *row,
            const char    *key)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), key);

  return id != NULL ? *id : 0;
}

/* Whether the round's notice sets a share of young masters (湖州 does,
 * 杭州 does not), so that the sidebar shows it. */
static gboolean
round_counts_young (SksScopeList *self,
                    gint64        round_id)
{
  SksPolicy *policy = sks_context_get_policy (self->context, round_id);

  return policy != NULL && sks_policy_find_rule (policy, YOUNG_SHARE_RULE) != NULL;
}

static void
add_unit_row (SksScopeList   *self,
              SksRound       *round,
              SksRecommender *unit,
              SksRowCounts   *counts)
{
  gint64 unit_id = sks_recommender_get_id (unit);
  gint64 quota = sks_recommender_get_quota (unit);
  SksUnitCount none = { 0, 0, 0 };
  SksUnitCount *count = g_hash_table_lookup (counts->by_unit, &unit_id);
  g_autofree char *detail = NULL;
  g_autofree char *tooltip = NULL;
  guint share;
  gboolean warn;

  if (count == NULL)
    count = &none;
  share = count->applications > 0 ? (count->under_45 * 100 + count->applications / 2) /
                                    count->applications
                                  : 0;
  warn = (quota > 0 && count->applications > (guint64) quota) ||
         (count->applications > 0 && count->under_45 * 2 < count->applications);
  if (!round_counts_young (self, sks_round_get_id (round)))
    {
      /* Say what the number counts: a bare "2" read as a code */
      detail = quota > 0
                 /* Translators: a unit's applications against its quota, e.g. "5/12 申报" */
                 ? g_strdup_printf (_("%u/%u applications"), count->applications, (guint) quota)
                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u application",
                                                 "%u applications", count->applications),
                                    count->applications);
      warn = quota > 0 && count->applications > (guint64) quota;
    }
  else if (quota > 0)
    /* Translators: a unit's applications against its quota, then the share
     * of masters aged 45 or younger, e.g. "9/12 · 45岁以下 56%" */
    detail = g_strdup_printf (_("%u/%u · 45 or younger %u%%"), count->applications,
                              (guint) quota, share);
  else
    detail = g_strdup_printf (_("%u · 45 or younger %u%%"), count->applications, share);
  if (round_counts_young (self, sks_round_get_id (round)))
    tooltip = g_strdup_printf (_("%u applications (withdrawn ones not counted) against a quota "
                                 "of %u; %u of them by masters surely aged 45 or younger on the "
                                 "reference day"),
                               count->applications, (guint) quota, count->under_45);
  else if (quota > 0)
    tooltip = g_strdup_printf (_("%u applications (withdrawn ones not counted) against a quota "
                                 "of %u"), count->applications, (guint) quota);
  else
    tooltip = g_strdup_printf (_("%u applications (withdrawn ones not counted); the notice sets "
                                 "this unit no quota"), count->applications);

  gtk_list_box_append (self->list_box,
                       scope_row_new (sks_round_get_id (round), unit_id,
                                      sks_recommender_get_name (unit),
                                      sks_recommender_get_name (unit), detail, tooltip, warn));
}

static void
add_round_rows (SksScopeList *self,
                SksRound     *round,
                SksRowCounts *counts)
{
  gint64 round_id = sks_round_get_id (round);
  guint *n = g_hash_table_lookup (counts->by_round, &round_id);
  GListModel *units = sks_context_get_recommenders (self->context, round_id);
  g_autofree char *detail = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u application", "%u applications", n ? *n : 0), n ? *n : 0);
  /* The whole title, also where the sidebar is narrow */
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", sks_round_get_title (round),
                                              sks_round_get_key (round));

  gtk_list_box_append (self->list_box,
                       scope_row_new (round_id, 0, NULL, sks_round_get_title (round), detail,
                                      tooltip, FALSE));
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);

      add_unit_row (self, round, unit, counts);
    }
}

/* Selects the row of @round_id and @recommender_id, or the first row. */
static void
select_scope (SksScopeList *self,
              gint64        round_id,
              gint64        recommender_id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (row_get_id (row, "round-id") == round_id &&
        row_get_id (row, "recommender-id") == recommender_id)
      {
        gtk_list_box_select_row (self->list_box, row);
        return;
      }
  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, 0));
}

static void
select_current (SksScopeList *self)
{
  select_scope (self, self->round_id, self->recommender_id);
}

/**
 * sks_scope_list_refresh:
 *
 * Builds the rows again from the context, keeping the selection.
 */
void
sks_scope_list_refresh (SksScopeList *self)
{
  GListModel *rounds;
  GtkWidget *child;
  SksRowCounts counts;
  g_autofree char *all_detail = NULL;

  g_return_if_fail (SKS_IS_SCOPE_LIST (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->context == NULL)
    return;

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  sks_scope_list_count_rows (self->context, &counts);
  all_detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u application",
                                             "%u applications", counts.total),
                                counts.total);
  gtk_list_box_append (self->list_box,
                       scope_row_new (0, 0, NULL, _("All Applications"), all_detail, NULL,
                                      FALSE));
  rounds = sks_context_get_rounds (self->context);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      add_round_rows (self, round, &counts);
    }
  sks_scope_list_clear_counts (&counts);
  self->rebuilding = FALSE;
  select_current (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  SksScopeList *self = user_data;

  self->refresh_source = 0;
  sks_scope_list_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Many rows can change at once (a reload, verdicts): count once after. */
static void
studios_changed_cb (SksScopeList *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
row_selected_cb (SksScopeList  *self,
                 GtkListBoxRow *row)
{
  gint64 round_id = row != NULL ? row_get_id (row, "round-id") : 0;
  gint64 recommender_id = row != NULL ? row_get_id (row, "recommender-id") : 0;

  if (self->rebuilding || row == NULL)
    return;
  if (round_id == self->round_id && recommender_id == self->recommender_id)
    return;

  self->round_id = round_id;
  self->recommender_id = recommender_id;
  g_free (self->recommender_name);
  self->recommender_name = g_strdup (g_object_get_data (G_OBJECT (row), "recommender-name"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDER_ID]);
}

/* Public */

GtkWidget *
sks_scope_list_new (void)
{
  return g_object_new (SKS_TYPE_SCOPE_LIST, NULL);
}

void
sks_scope_list_set_context (SksScopeList *self,
                            SksContext   *context)
{
  g_return_if_fail (SKS_IS_SCOPE_LIST (self));
  g_return_if_fail (context == NULL || SKS_IS_CONTEXT (context));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (sks_context_get_studios (self->context), self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_swapped (sks_context_get_studios (context), "items-changed",
                              G_CALLBACK (studios_changed_cb), self);
  sks_scope_list_refresh (self);
}

/* 0 when every round is shown */
gint64
sks_scope_list_get_round_id (SksScopeList *self)
{
  g_return_val_if_fail (SKS_IS_SCOPE_LIST (self), 0);
  return self->round_id;
}

/* 0 when every unit of the round is shown */
gint64
sks_scope_list_get_recommender_id (SksScopeList *self)
{
  g_return_val_if_fail (SKS_IS_SCOPE_LIST (self), 0);
  return self->recommender_id;
}

/* Returns: (nullable): the selected unit's name */
const char *
sks_scope_list_get_recommender_name (SksScopeList *self)
{
  g_return_val_if_fail (SKS_IS_SCOPE_LIST (self), NULL);
  return self->recommender_name;
}

void
sks_scope_list_select (SksScopeList *self,
                       gint64        round_id,
                       gint64        recommender_id)
{
  g_return_if_fail (SKS_IS_SCOPE_LIST (self));

  select_scope (self, round_id, recommender_id);
}

/* GObject */

static void
sks_scope_list_dispose (GObject *object)
{
  SksScopeList *self = SKS_SCOPE_LIST (object);

  sks_scope_list_set_context (self, NULL);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_SCOPE_LIST);
  G_OBJECT_CLASS (sks_scope_list_parent_class)->dispose (object);
}

static void
sks_scope_list_finalize (GObject *object)
{
  SksScopeList *self = SKS_SCOPE_LIST (object);

  g_free (self->recommender_name);
  G_OBJECT_CLASS (sks_scope_list_parent_class)->finalize (object);
}

static void
sks_scope_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SksScopeList *self = SKS_SCOPE_LIST (object);

  switch (prop_id)
    {
    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->round_id);
      break;
    case PROP_RECOMMENDER_ID:
      g_value_set_int64 (value, self->recommender_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_scope_list_class_init (SksScopeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sks_scope_list_dispose;
  object_class->finalize = sks_scope_list_finalize;
  object_class->get_property = sks_scope_list_get_property;

  /* The selected round (0: all applications) and unit (0: the whole round) */
  properties[PROP_ROUND_ID] = g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  flags);
  properties[PROP_RECOMMENDER_ID] =
    g_param_spec_int64 ("recommender-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-scope-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SksScopeList, scrolled);
  gtk_widget_class_bind_template_child (widget_class, SksScopeList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
}

static void
sks_scope_list_init (SksScopeList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
