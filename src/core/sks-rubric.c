/* sks-rubric.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-rubric.h"

/* value_name holds the English label (a msgid), value_nick the stored key. */
GType
sks_evaluation_kind_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { SKS_EVALUATION_KIND_ANNUAL, N_("Annual evaluation"), "annual" },
    { SKS_EVALUATION_KIND_EXPIRY, N_("Expiry evaluation"), "expiry" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SksEvaluationKind"),
                                                         values));
  return type_id;
}

GType
sks_evaluation_grade_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { SKS_EVALUATION_GRADE_UNSET, N_("Not graded"), "unset" },
    { SKS_EVALUATION_GRADE_EXCELLENT, N_("Excellent"), "excellent" },
    { SKS_EVALUATION_GRADE_QUALIFIED, N_("Qualified"), "qualified" },
    { SKS_EVALUATION_GRADE_UNQUALIFIED, N_("Unqualified"), "unqualified" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SksEvaluationGrade"),
                                                         values));
  return type_id;
}

struct _SksRubric
{
  GObject            parent_instance;

  SksEvaluationKind  kind;
  char              *annex;
  char              *title;
  char              *layout;
  char              *veto_category;
  char              *veto;
  GPtrArray         *items;  /* SksRubricItem */
};

G_DEFINE_FINAL_TYPE (SksRubric, sks_rubric, G_TYPE_OBJECT)

static void
rubric_item_free (gpointer data)
{
  SksRubricItem *item = data;

  g_free (item->id);
  g_free (item->category);
  g_free (item->content);
  g_free (item->guidance);
  g_free (item);
}

static void
sks_rubric_finalize (GObject *object)
{
  SksRubric *self = SKS_RUBRIC (object);

  g_free (self->annex);
  g_free (self->title);
  g_free (self->layout);
  g_free (self->veto_category);
  g_free (self->veto);
  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (sks_rubric_parent_class)->finalize (object);
}

static void
sks_rubric_class_init (SksRubricClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sks_rubric_finalize;
}

static void
sks_rubric_init (SksRubric *self)
{
  self->items = g_ptr_array_new_with_free_func (rubric_item_free);
}

SksRubric *
sks_rubric_new (SksEvaluationKind  kind,
                const char        *annex,
                const char        *title)
{
  SksRubric *self = g_object_new (SKS_TYPE_RUBRIC, NULL);

  self->kind = kind;
  self->annex = g_strdup (annex);
  self->title = g_strdup (title);
  return self;
}

/* Items are added in table order; bonus items come last. */
void
sks_rubric_add_item (SksRubric  *self,
                     const char *id,
                     const char *category,
                     gint64      category_points,
                     const char *content,
                     const char *guidance,
                     gint64      points,
                     gboolean    bonus)
{
  SksRubricItem *item;

  g_return_if_fail (SKS_IS_RUBRIC (self));
  g_return_if_fail (id != NULL && content != NULL);

  item = g_new0 (SksRubricItem, 1);
  item->id = g_strdup (id);
  item->number = self->items->len + 1;
  item->category = g_strdup (category);
  item->category_points = category_points;
  item->content = g_strdup (content);
  item->guidance = g_strdup (guidance ? guidance : "");
  item->points = points;
  item->bonus = bonus;
  g_ptr_array_add (self->items, item);
}

/* The print layout of the table: a form description in data/forms/,
 * e.g. "hz-evaluation-annual". */
void
sks_rubric_set_layout (SksRubric  *self,
                       const char *layout)
{
  g_return_if_fail (SKS_IS_RUBRIC (self));
  g_free (self->layout);
  self->layout = g_strdup (layout);
}

const char *
sks_rubric_get_layout (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);
  return self->layout;
}

/* The 否决项: conditions that fail a studio whatever its score. */
void
sks_rubric_set_veto (SksRubric  *self,
                     const char *category,
                     const char *text)
{
  g_return_if_fail (SKS_IS_RUBRIC (self));
  g_free (self->veto_category);
  g_free (self->veto);
  self->veto_category = g_strdup (category);
  self->veto = g_strdup (text);
}

SksEvaluationKind
sks_rubric_get_kind (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), SKS_EVALUATION_KIND_ANNUAL);
  return self->kind;
}

const char *
sks_rubric_get_annex (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);
  return self->annex;
}

const char *
sks_rubric_get_title (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);
  return self->title;
}

const char *
sks_rubric_get_veto_category (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);
  return self->veto_category;
}

const char *
sks_rubric_get_veto (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);
  return self->veto;
}

guint
sks_rubric_get_n_items (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), 0);
  return self->items->len;
}

const SksRubricItem *
sks_rubric_get_item (SksRubric *self,
                     guint      position)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return g_ptr_array_index (self->items, position);
}

const SksRubricItem *
sks_rubric_find_item (SksRubric  *self,
                      const char *id)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), NULL);

  for (guint i = 0; id != NULL && i < self->items->len; i++)
    {
      const SksRubricItem *item = g_ptr_array_index (self->items, i);
      if (g_str_equal (item->id, id))
        return item;
    }
  return NULL;
}

static gint64
sum_points (SksRubric *self,
            gboolean   bonus)
{
  gint64 sum = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      const SksRubricItem *item = g_ptr_array_index (self->items, i);
      if (item->bonus == bonus)
        sum += item->points;
    }
  return sum;
}

/* The most the ordinary items give, in hundredths (10000 for 100 points). */
gint64
sks_rubric_get_max_total (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), 0);
  return sum_points (self, FALSE);
}

/* The most the 加分项 give, in hundredths. */
gint64
sks_rubric_get_max_bonus (SksRubric *self)
{
  g_return_val_if_fail (SKS_IS_RUBRIC (self), 0);
  return sum_points (self, TRUE);
}

/* "5", "4.5", "4.25"; "" for a blank score. */
char *
sks_score_format (gint64 hundredths)
{
  gint64 whole, part;

  if (hundredths < 0)
    return g_strdup ("");
  whole = hundredths / SKS_SCORE_UNIT;
  part = hundredths % SKS_SCORE_UNIT;
  if (part == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
  if (part % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%d", whole, (int) (part / 10));
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", whole, (int) part);
}

/* Parses a score written with at most two decimals ("4", "4.5", "-1");
 * surrounding spaces are ignored. FALSE for anything else. */
gboolean
sks_score_parse (const char *text,
                 gint64     *hundredths)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  const char *p = copy;
  gboolean negative = FALSE;
  gint64 whole = 0, part = 0;
  int decimals = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      whole = whole * 10 + (*p - '0');
      if (whole > 1000000)
        return FALSE;
    }
  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p) && decimals < 2; p++, decimals++)
        part = part * 10 + (*p - '0');
      if (decimals == 0)
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;
  if (decimals == 1)
    part *= 10;
  *hundredths = (negative ? -1 : 1) * (whole * SKS_SCORE_UNIT + part);
  return TRUE;
}
