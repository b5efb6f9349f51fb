/* sks-review-workspace.c — the reviewers' workspace (评审): a scope (one
 * round, and the whole city or one recommending unit of it) above pages
 * that serve it: findings (核实), scoring (评分) and the ranking with the
 * panel's decisions (排名与决定).
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-findings-grid.h"
#include "sks-ranking-view.h"
#include "sks-review-workspace.h"
#include "sks-score-entry-view.h"

struct _SksReviewWorkspace
{
  GtkWidget        parent_instance;

  GtkDropDown     *round_dropdown;
  GtkDropDown     *scope_dropdown;
  GtkStack        *stack;
  GtkWidget       *banner;
  GtkLabel        *banner_label;
  SksFindingsGrid *findings_grid;
  SksScoreEntryView *score_view;
  SksRankingView  *ranking_view;

  SksContext      *context;
  gint64           round_id;
  gint64           recommender_id;
  GArray          *scope_ids;   /* recommender id of each scope choice; 0 = whole city */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (SksReviewWorkspace, sks_review_workspace, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ROUND_ID,
  PROP_RECOMMENDER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
round_title (SksRound *round,
             gpointer  user_data)
{
  if (round == NULL)
    return g_strdup ("");
  return g_strdup (sks_round_get_title (round) ? sks_round_get_title (round)
                                               : sks_round_get_key (round));
}

/* The scope choices of the round: the whole city, then each unit */
static void
fill_scopes (SksReviewWorkspace *self)
{
  GListModel *units = sks_context_get_recommenders (self->context, self->round_id);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;
  gint64 all = 0;

  g_array_set_size (self->scope_ids, 0);
  /* TRANSLATORS: the review scope: every recommending unit of the round */
  gtk_string_list_append (names, _("Whole city"));
  g_array_append_val (self->scope_ids, all);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SksRecommender) unit = g_list_model_get_item (units, i);
      gint64 id = sks_recommender_get_id (unit);

      gtk_string_list_append (names, sks_recommender_get_name (unit));
      g_array_append_val (self->scope_ids, id);
      if (id == self->recommender_id)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->scope_dropdown, selected);
  if (selected == 0)
    self->recommender_id = 0;
}

static void
select_round (SksReviewWorkspace *self)
{
  GListModel *rounds = sks_context_get_rounds (self->context);

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(SksRound) round = g_list_model_get_item (rounds, i);

      if (sks_round_get_id (round) == self->round_id)
        {
          gtk_drop_down_set_selected (self->round_dropdown, i);
          return;
        }
    }
  gtk_drop_down_set_selected (self->round_dropdown, GTK_INVALID_LIST_POSITION);
}

static void
apply_scope (SksReviewWorkspace *self)
{
  self->updating = TRUE;
  select_round (self);
  fill_scopes (self);
  self->updating = FALSE;
  sks_findings_grid_set_scope (self->findings_grid, self->round_id, self->recommender_id);
  sks_score_entry_view_set_scope (self->score_view, self->round_id, self->recommender_id);
  sks_ranking_view_set_scope (self->ranking_view, self->round_id, self->recommender_id);
}

/**
 * sks_review_workspace_set_scope:
 * @round_id: the round to review, or 0 for none
 * @recommender_id: one recommending unit of it, or 0 for the whole city
 *
 * What the sidebar chose; the pages follow.
 */
void
sks_review_workspace_set_scope (SksReviewWorkspace *self,
                                gint64              round_id,
                                gint64              recommender_id)
{
  gint64 old_round_id, old_recommender_id;

  g_return_if_fail (SKS_IS_REVIEW_WORKSPACE (self));

  old_round_id = self->round_id;
  old_recommender_id = self->recommender_id;
  self->round_id = round_id;
  self->recommender_id = recommender_id;
  /* a unit not of the round falls back to the whole city */
  apply_scope (self);
  if (self->round_id != old_round_id)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND_ID]);
  if (self->recommender_id != old_recommender_id)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDER_ID]);
}

static void
round_selected_cb (SksReviewWorkspace *self)
{
  g_autoptr(SksRound) round = NULL;

  if (self->updating)
    return;
  round = gtk_drop_down_get_selected_item (self->round_dropdown);
  if (round != NULL)
    g_object_ref (round);
  sks_review_workspace_set_scope (self, round ? sks_round_get_id (round) : 0, 0);
}

static void
scope_selected_cb (SksReviewWorkspace *self)
{
  guint selected = gtk_drop_down_get_selected (self->scope_dropdown);

  if (self->updating || selected >= self->scope_ids->len)
    return;
  sks_review_workspace_set_scope (self, self->round_id,
                                  g_array_index (self->scope_ids, gint64, selected));
}

/**
 * sks_review_workspace_show_message:
 * @message: (nullable): translated; %NULL takes the last one away
 *
 * Shows @message in the workspace's banner (the window's own banner says
 * that a document is read-only; this one says what was refused).
 */
void
sks_review_workspace_show_message (SksReviewWorkspace *self,
                                   const char         *message)
{
  g_return_if_fail (SKS_IS_REVIEW_WORKSPACE (self));

  gtk_label_set_label (self->banner_label, message ? message : "");
  gtk_widget_set_visible (self->banner, message != NULL);
}

static void
grid_message_cb (SksReviewWorkspace *self,
                 const char         *message)
{
  sks_review_workspace_show_message (self, message);
}

/* A score changed: the ranking is ranked again (when it shows). */
static void
scores_changed_cb (SksReviewWorkspace *self)
{
  sks_ranking_view_reload (self->ranking_view);
}

static void
banner_close_cb (SksReviewWorkspace *self)
{
  sks_review_workspace_show_message (self, NULL);
}

/* A New Round or an import changes the rounds and their units */
static void
rounds_changed_cb (SksReviewWorkspace *self)
{
  if (self->round_id == 0 || sks_context_find_round (self->context, self->round_id) == NULL)
    {
      GListModel *rounds = sks_context_get_rounds (self->context);
      g_autoptr(SksRound) first = g_list_model_get_item (rounds, 0);

      sks_review_workspace_set_scope (self, first ? sks_round_get_id (first) : 0, 0);
    }
  else
    apply_scope (self);
}

/* A page wider than the window (the scoring sheet asks for some 1,300
 * pixels) scrolls sideways inside its own page instead of widening the
 * workspace, whose scope and switcher would then be cut at 1366x768. */
static GtkWidget *
wrap_page (GtkWidget *page)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  return scrolled;
}

/**
 * sks_review_workspace_add_page:
 * @page: a widget that serves the workspace's scope (it may follow the
 *   #SksReviewWorkspace:round-id and #SksReviewWorkspace:recommender-id
 *   properties)
 * @name: the page's name in the stack, e.g. "scores"
 * @title: translated, shown in the switcher, e.g. 评分
 */
void
sks_review_workspace_add_page (SksReviewWorkspace *self,
                               GtkWidget          *page,
                               const char         *name,
                               const char         *title)
{
  g_return_if_fail (SKS_IS_REVIEW_WORKSPACE (self));
  g_return_if_fail (GTK_IS_WIDGET (page));

  gtk_stack_add_titled (self->stack, wrap_page (page), name, title);
}

/**
 * sks_review_workspace_show_page:
 * @name: "findings" (核实), "scores" (评分) or a page added later
 *
 * Returns: whether the workspace has that page
 */
gboolean
sks_review_workspace_show_page (SksReviewWorkspace *self,
                                const char         *name)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->stack, name);
  return TRUE;
}

static gboolean
show_page_binding (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  const char *name = NULL;

  g_variant_get (args, "(&s)", &name);
  return sks_review_workspace_show_page (SKS_REVIEW_WORKSPACE (widget), name);
}

/* GObject */

static void
sks_review_workspace_constructed (GObject *object)
{
  SksReviewWorkspace *self = SKS_REVIEW_WORKSPACE (object);
  GListModel *rounds;
  GtkExpression *expression;
  g_autoptr(SksRound) first = NULL;

  G_OBJECT_CLASS (sks_review_workspace_parent_class)->constructed (object);

  g_assert (SKS_IS_CONTEXT (self->context));
  rounds = sks_context_get_rounds (self->context);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (round_title), NULL, NULL);
  gtk_drop_down_set_expression (self->round_dropdown, expression);
  gtk_expression_unref (expression);

  self->findings_grid = SKS_FINDINGS_GRID (sks_findings_grid_new (self->context));
  g_signal_connect_object (self->findings_grid, "show-message", G_CALLBACK (grid_message_cb),
                           self, G_CONNECT_SWAPPED);
  /* TRANSLATORS: the workspace page where reviewers record findings (核实) */
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->findings_grid), "findings",
                        C_("review page", "Findings"));
  self->score_view = SKS_SCORE_ENTRY_VIEW (sks_score_entry_view_new (self->context));
  sks_score_entry_view_set_show_scope (self->score_view, FALSE);
  /* TRANSLATORS: the workspace page where a panel scores the candidates (评分) */
  gtk_stack_add_titled (self->stack, wrap_page (GTK_WIDGET (self->score_view)), "scores",
                        C_("review page", "Scores"));
  g_signal_connect_object (self->score_view, "scores-changed", G_CALLBACK (scores_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->ranking_view = SKS_RANKING_VIEW (sks_ranking_view_new (self->context));
  g_signal_connect_object (self->ranking_view, "show-message", G_CALLBACK (grid_message_cb),
                           self, G_CONNECT_SWAPPED);
  /* TRANSLATORS: the workspace page of the ranking and the panel's
   * decisions (排名与决定) */
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->ranking_view), "ranking",
                        C_("review page", "Ranking"));

  self->updating = TRUE;
  gtk_drop_down_set_model (self->round_dropdown, rounds);
  self->updating = FALSE;
  g_signal_connect_object (rounds, "items-changed", G_CALLBACK (rounds_changed_cb), self,
                           G_CONNECT_SWAPPED);

  first = g_list_model_get_item (rounds, 0);
  self->round_id = first ? sks_round_get_id (first) : 0;
  apply_scope (self);
}

static void
sks_review_workspace_dispose (GObject *object)
{
  SksReviewWorkspace *self = SKS_REVIEW_WORKSPACE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_REVIEW_WORKSPACE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->findings_grid = NULL;
  self->score_view = NULL;
  self->ranking_view = NULL;
  g_clear_object (&self->context);
  G_OBJECT_CLASS (sks_review_workspace_parent_class)->dispose (object);
}

static void
sks_review_workspace_finalize (GObject *object)
{
  SksReviewWorkspace *self = SKS_REVIEW_WORKSPACE (object);

  g_array_unref (self->scope_ids);
  G_OBJECT_CLASS (sks_review_workspace_parent_class)->finalize (object);
}

static void
sks_review_workspace_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SksReviewWorkspace *self = SKS_REVIEW_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
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
sks_review_workspace_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SksReviewWorkspace *self = SKS_REVIEW_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_ROUND_ID:
      if (self->context != NULL)
        sks_review_workspace_set_scope (self, g_value_get_int64 (value), 0);
      break;
    case PROP_RECOMMENDER_ID:
      if (self->context != NULL)
        sks_review_workspace_set_scope (self, self->round_id, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_review_workspace_class_init (SksReviewWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags scope = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sks_review_workspace_constructed;
  object_class->dispose = sks_review_workspace_dispose;
  object_class->finalize = sks_review_workspace_finalize;
  object_class->get_property = sks_review_workspace_get_property;
  object_class->set_property = sks_review_workspace_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The round under review (0: none); setting it chooses the whole city */
  properties[PROP_ROUND_ID] =
    g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0, scope);
  /* One recommending unit of the round, or 0 for the whole city */
  properties[PROP_RECOMMENDER_ID] =
    g_param_spec_int64 ("recommender-id", NULL, NULL, 0, G_MAXINT64, 0, scope);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-review-workspace.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, SksReviewWorkspace, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksReviewWorkspace, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SksReviewWorkspace, stack);
  gtk_widget_class_bind_template_child (widget_class, SksReviewWorkspace, banner);
  gtk_widget_class_bind_template_child (widget_class, SksReviewWorkspace, banner_label);
  gtk_widget_class_bind_template_callback (widget_class, round_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, banner_close_cb);

  /* The pages, with the focus in the workspace (Ctrl+1–3 switch the
   * window's views) */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_1, GDK_ALT_MASK, show_page_binding,
                                "s", "findings");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_2, GDK_ALT_MASK, show_page_binding,
                                "s", "scores");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_3, GDK_ALT_MASK, show_page_binding,
                                "s", "ranking");
}

static void
sks_review_workspace_init (SksReviewWorkspace *self)
{
  self->scope_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_review_workspace_new:
 *
 * The workspace of @context's document, on its first round until
 * sks_review_workspace_set_scope() says otherwise.
 */
GtkWidget *
sks_review_workspace_new (SksContext *context)
{
  g_return_val_if_fail (SKS_IS_CONTEXT (context), NULL);

  return g_object_new (SKS_TYPE_REVIEW_WORKSPACE, "context", context, NULL);
}

/* Returns: (transfer none): the findings page (核实) */
SksFindingsGrid *
sks_review_workspace_get_findings_grid (SksReviewWorkspace *self)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), NULL);
  return self->findings_grid;
}

/* Returns: (transfer none): the scoring page (评分) */
SksScoreEntryView *
sks_review_workspace_get_score_view (SksReviewWorkspace *self)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), NULL);
  return self->score_view;
}

/* Returns: (transfer none): the ranking and decision page (排名与决定) */
SksRankingView *
sks_review_workspace_get_ranking_view (SksReviewWorkspace *self)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), NULL);
  return self->ranking_view;
}

/* Returns: (transfer none) */
SksContext *
sks_review_workspace_get_context (SksReviewWorkspace *self)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), NULL);
  return self->context;
}

gint64
sks_review_workspace_get_round_id (SksReviewWorkspace *self)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), 0);
  return self->round_id;
}

gint64
sks_review_workspace_get_recommender_id (SksReviewWorkspace *self)
{
  g_return_val_if_fail (SKS_IS_REVIEW_WORKSPACE (self), 0);
  return self->recommender_id;
}
