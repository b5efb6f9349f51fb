/* sks-studio-row.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-studio-row.h"

struct _SksStudioRow
{
  GObject    parent_instance;

  gint64     id;
  gint64     round_id;
  gint64     recommender_id;
  char      *name;
  char      *master_name;
  char      *recommender_name;
  char      *unit_name;
  char      *skill_level;
  char      *birth;
  SksGender  gender;
  SksStatus  status;
  char      *modified;
  char      *occupation;
  char      *team_names;     /* one a line */
  char      *search_key;     /* built on first use */
  int        verdict;
};

G_DEFINE_FINAL_TYPE (SksStudioRow, sks_studio_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROUND_ID,
  PROP_RECOMMENDER_ID,
  PROP_NAME,
  PROP_MASTER_NAME,
  PROP_RECOMMENDER_NAME,
  PROP_UNIT_NAME,
  PROP_SKILL_LEVEL,
  PROP_BIRTH,
  PROP_GENDER,
  PROP_STATUS,
  PROP_MODIFIED,
  PROP_VERDICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sks_studio_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SksStudioRow *self = SKS_STUDIO_ROW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ROUND_ID:
      g_value_set_int64 (value, self->round_id);
      break;
    case PROP_RECOMMENDER_ID:
      g_value_set_int64 (value, self->recommender_id);
      break;
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_MASTER_NAME:
      g_value_set_string (value, self->master_name);
      break;
    case PROP_RECOMMENDER_NAME:
      g_value_set_string (value, self->recommender_name);
      break;
    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;
    case PROP_SKILL_LEVEL:
      g_value_set_string (value, self->skill_level);
      break;
    case PROP_BIRTH:
      g_value_set_string (value, self->birth);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_VERDICT:
      g_value_set_int (value, self->verdict);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_studio_row_finalize (GObject *object)
{
  SksStudioRow *self = SKS_STUDIO_ROW (object);

  g_free (self->name);
  g_free (self->master_name);
  g_free (self->recommender_name);
  g_free (self->unit_name);
  g_free (self->skill_level);
  g_free (self->birth);
  g_free (self->modified);
  g_free (self->occupation);
  g_free (self->team_names);
  g_free (self->search_key);
  G_OBJECT_CLASS (sks_studio_row_parent_class)->finalize (object);
}

static void
sks_studio_row_class_init (SksStudioRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sks_studio_row_finalize;
  object_class->get_property = sks_studio_row_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ROUND_ID] = g_param_spec_int64 ("round-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RECOMMENDER_ID] =
    g_param_spec_int64 ("recommender-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_GENDER] =
    g_param_spec_enum ("gender", NULL, NULL, SKS_TYPE_GENDER, SKS_GENDER_UNSET, flags);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_MASTER_NAME] = g_param_spec_string ("master-name", NULL, NULL, NULL, flags);
  properties[PROP_RECOMMENDER_NAME] =
    g_param_spec_string ("recommender-name", NULL, NULL, NULL, flags);
  properties[PROP_UNIT_NAME] = g_param_spec_string ("unit-name", NULL, NULL, NULL, flags);
  properties[PROP_SKILL_LEVEL] = g_param_spec_string ("skill-level", NULL, NULL, NULL, flags);
  properties[PROP_BIRTH] = g_param_spec_string ("birth", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SKS_TYPE_STATUS, SKS_STATUS_DRAFT, flags);
  /* An SksVerdictStatus, -1 while unknown: see sks_studio_row_set_verdict() */
  properties[PROP_VERDICT] = g_param_spec_int ("verdict", NULL, NULL, -1, G_MAXINT, -1, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sks_studio_row_init (SksStudioRow *self)
{
  self->verdict = -1;
}

SksStudioRow *
sks_studio_row_new (const SksStudioRowData *data)
{
  SksStudioRow *self = g_object_new (SKS_TYPE_STUDIO_ROW, NULL);

  self->id = data->id;
  self->round_id = data->round_id;
  self->recommender_id = data->recommender_id;
  self->name = g_strdup (data->name);
  self->master_name = g_strdup (data->master_name);
  self->recommender_name = g_strdup (data->recommender_name);
  self->unit_name = g_strdup (data->unit_name);
  self->skill_level = g_strdup (data->skill_level);
  self->birth = g_strdup (data->birth);
  self->gender = data->gender;
  self->status = data->status;
  self->modified = g_strdup (data->modified);
  /* Most rows have these; an empty one costs nothing */
  self->occupation = data->occupation && *data->occupation ? g_strdup (data->occupation) : NULL;
  self->team_names = data->team_names && *data->team_names ? g_strdup (data->team_names) : NULL;
  return self;
}

#define ROW_GETTER(type, member)                                                \
  type sks_studio_row_get_##member (SksStudioRow *self)                         \
  {                                                                             \
    g_return_val_if_fail (SKS_IS_STUDIO_ROW (self), (type) 0);                  \
    return self->member;                                                        \
  }

ROW_GETTER (gint64, id)
ROW_GETTER (gint64, round_id)
ROW_GETTER (gint64, recommender_id)
ROW_GETTER (const char *, name)
ROW_GETTER (const char *, master_name)
ROW_GETTER (const char *, recommender_name)
ROW_GETTER (const char *, unit_name)
ROW_GETTER (const char *, skill_level)
ROW_GETTER (const char *, birth)
ROW_GETTER (SksGender, gender)
ROW_GETTER (SksStatus, status)
ROW_GETTER (const char *, modified)
ROW_GETTER (const char *, occupation)
ROW_GETTER (const char *, team_names)

/**
 * sks_studio_row_fold_text:
 *
 * Folds @text for searching: ASCII letters lowercased in one pass, and only
 * text with other cased letters (Latin accents, Greek, Cyrillic…) through
 * g_utf8_casefold(); Chinese has no case, so most keys take the fast path.
 * The rows' keys and the search text must both be folded with this.
 *
 * Returns: (transfer full): the folded text
 */
char *
sks_studio_row_fold_text (const char *text)
{
  gboolean other_case = FALSE;
  char *folded;

  for (const guchar *p = (const guchar *) text; *p; p++)
    /* U+0080–U+05FF: the scripts with case; 0xC2–0xD7 lead their UTF-8 */
    if (*p >= 0xC2 && *p <= 0xD7)
      {
        other_case = TRUE;
        break;
      }
  if (other_case)
    return g_utf8_casefold (text, -1);

  folded = g_strdup (text);
  for (char *p = folded; *p; p++)
    if (*p >= 'A' && *p <= 'Z')
      *p += 'a' - 'A';
  return folded;
}

static void
build_search_key (SksStudioRow *self)
{
  /* In the order of SksRowMatch; the team's names come last, one a line */
  const char *parts[] = { self->name, self->master_name, self->recommender_name,
                          self->unit_name, self->skill_level, self->occupation,
                          self->team_names };
  GString *key = g_string_sized_new (128);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (i > 0)
        g_string_append_c (key, '\n');
      if (parts[i] != NULL)
        g_string_append (key, parts[i]);
    }
  self->search_key = sks_studio_row_fold_text (key->str);
  g_string_free (key, TRUE);
}

/**
 * sks_studio_row_get_search_key:
 *
 * The row's texts that a search looks in (studio, master, recommending
 * unit, applying unit, skill level, occupation, team members), folded by sks_studio_row_fold_text()
 * and joined by newlines, so a filter compares with one strstr().
 */
const char *
sks_studio_row_get_search_key (SksStudioRow *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_ROW (self), NULL);

  if (self->search_key == NULL)
    build_search_key (self);
  return self->search_key;
}

/**
 * sks_studio_row_find_match:
 * @folded_text: a search text folded by sks_studio_row_fold_text()
 * @value: (out) (optional) (transfer full): the text of the field that
 *   matched (for a team member, that member's name), or %NULL
 *
 * Where in the row @folded_text is found first: one strstr() on the search
 * key, and the newlines before the match tell the field.
 *
 * Returns: the field, or %SKS_ROW_MATCH_NONE
 */
SksRowMatch
sks_studio_row_find_match (SksStudioRow  *self,
                           const char    *folded_text,
                           char         **value)
{
  const char *key = sks_studio_row_get_search_key (self);
  const char *found;
  guint part = 0;

  if (value != NULL)
    *value = NULL;
  if (folded_text == NULL || *folded_text == '\0' || (found = strstr (key, folded_text)) == NULL)
    return SKS_ROW_MATCH_NONE;
  for (const char *p = key; p < found; p++)
    if (*p == '\n')
      part++;
  /* A text with a newline spans fields: the one it starts in. The value
   * is the field as written, not folded. */
  if (value != NULL && part >= SKS_ROW_MATCH_TEAM_MEMBER)
    {
      g_auto(GStrv) names = g_strsplit (self->team_names ? self->team_names : "", "\n", -1);
      guint index = part - SKS_ROW_MATCH_TEAM_MEMBER;

      *value = index < g_strv_length (names) ? g_strdup (names[index]) : NULL;
    }
  else if (value != NULL)
    {
      const char *parts[] = { self->name, self->master_name, self->recommender_name,
                              self->unit_name, self->skill_level, self->occupation };

      *value = g_strdup (parts[part]);
    }
  return MIN (part, (guint) SKS_ROW_MATCH_TEAM_MEMBER);
}

/**
 * sks_studio_row_peek_filter_fields:
 *
 * What a filter compares, in one call. The search key is NULL until
 * sks_studio_row_get_search_key() has built it.
 */
void
sks_studio_row_peek_filter_fields (SksStudioRow       *self,
                                   SksRowFilterFields *fields)
{
  fields->round_id = self->round_id;
  fields->recommender_id = self->recommender_id;
  fields->status = self->status;
  fields->verdict = self->verdict;
  fields->search_key = self->search_key;
}

int
sks_studio_row_get_verdict (SksStudioRow *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO_ROW (self), -1);
  return self->verdict;
}

void
sks_studio_row_set_verdict (SksStudioRow *self,
                            int           verdict)
{
  g_return_if_fail (SKS_IS_STUDIO_ROW (self));
  self->verdict = verdict;
}
