/* sks-history-text.c — an application's history in words, for the History
 * view and `skill-studio-cli history`: a stored field name ("conduct-check",
 * "master.mobile") as its label, a stored value ("confirmed") as the lists
 * name it, and a finding's state with its who and day as one change:
 * “领办人品行 核实：待核实 → 符合（王珏，2026-12-06）”.
 *
 * A finding is stored as up to five fields changed in one write (state,
 * who, day, note, evidence), each its own history entry with the same time;
 * the who and day are told with the state and are folded into it.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "skill-studio"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-history-text.h"
#include "sks-store-decision.h"
#include "sks-store-finding.h"

static const struct {
  const char      *suffix;
  SksFindingField  kind;
} finding_suffixes[] = {
  /* longest first: "-check" ends none of the others */
  { "-checked-by", SKS_FINDING_FIELD_BY },
  { "-checked-on", SKS_FINDING_FIELD_ON },
  { "-check-note", SKS_FINDING_FIELD_NOTE },
  { "-check", SKS_FINDING_FIELD_STATE },
  { "-evidence", SKS_FINDING_FIELD_EVIDENCE },
};

/**
 * sks_history_parse_finding_field:
 * @item: (out) (optional): the check the field belongs to
 *
 * Returns: which value of a finding @field is, or %SKS_FINDING_FIELD_NONE
 */
SksFindingField
sks_history_parse_finding_field (const char   *field,
                                 SksCheckItem *item)
{
  gsize len = field ? strlen (field) : 0;

  for (guint i = 0; i < G_N_ELEMENTS (finding_suffixes); i++)
    {
      gsize suffix_len = strlen (finding_suffixes[i].suffix);
      g_autofree char *name = NULL;
      SksCheckItem found;

      if (len <= suffix_len || !g_str_has_suffix (field, finding_suffixes[i].suffix))
        continue;
      name = g_strndup (field, len - suffix_len);
      if (!sks_check_item_from_name (name, &found))
        return SKS_FINDING_FIELD_NONE;
      if (item != NULL)
        *item = found;
      return finding_suffixes[i].kind;
    }
  return SKS_FINDING_FIELD_NONE;
}

/* "master.mobile" → the field's label, "Master’s mobile". */
static char *
dup_table_label (const char *field)
{
  static const struct { const char *prefix; const SksFieldTable *(*table) (void); } parts[] = {
    { "unit.", sks_unit_get_field_table }, { "master.", sks_master_get_field_table },
    { "evaluation.", sks_evaluation_get_field_table }, { "", sks_studio_get_field_table },
  };

  if (g_str_equal (field, "team"))
    return g_strdup (_("Team"));
  if (g_str_equal (field, "decision"))
    /* TRANSLATORS: the panel's decision on a candidate (评审决定) in the history */
    return g_strdup (C_("history", "Panel decision"));
  if (g_str_equal (field, "decision-override"))
    /* TRANSLATORS: the rules a selection goes past, with the reason, in the history */
    return g_strdup (C_("history", "Selected despite rules"));
  if (g_str_equal (field, "attachments"))
    return g_strdup (_("Attachments"));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_has_prefix (field, parts[i].prefix))
      {
        const SksField *f = sks_field_table_lookup (parts[i].table (),
                                                    field + strlen (parts[i].prefix));
        if (f != NULL)
          return g_strdup (sks_field_get_label (f));
      }
  if (g_str_has_suffix (field, ".self"))
    return g_strdup_printf (_("Item %.*s, self-assessment"), (int) strlen (field) - 5, field);
  if (g_str_has_suffix (field, ".assessor"))
    return g_strdup_printf (_("Item %.*s, assessors"), (int) strlen (field) - 9, field);
  return g_strdup (field);
}

/**
 * sks_history_dup_field_label:
 *
 * Returns: (transfer full) (nullable): the translated label of a stored
 *   field name, e.g. "Leader’s conduct finding" for "conduct-check"
 */
char *
sks_history_dup_field_label (const char *field)
{
  SksCheckItem item;

  if (field == NULL)
    return NULL;
  switch (sks_history_parse_finding_field (field, &item))
    {
    case SKS_FINDING_FIELD_STATE:
      /* TRANSLATORS: a finding (核实) in the history, e.g. "Leader’s conduct
       * finding"; in Chinese “领办人品行 核实” */
      return g_strdup_printf (C_("history", "%s finding"), sks_check_item_get_label (item));
    case SKS_FINDING_FIELD_EVIDENCE:
      /* TRANSLATORS: the attachments a finding rests on, e.g. "Work site: evidence" */
      return g_strdup_printf (C_("history", "%s: evidence"), sks_check_item_get_label (item));
    case SKS_FINDING_FIELD_BY:
    case SKS_FINDING_FIELD_ON:
    case SKS_FINDING_FIELD_NOTE:
    case SKS_FINDING_FIELD_NONE:
    default:
      return dup_table_label (field);
    }
}

/* A finding's state as the form's buttons name it: 待核实, 符合, 不符合 */
static const char *
check_state_text (const char *nick)
{
  int state;

  if (!sks_enum_from_nick (SKS_TYPE_CHECK_STATE, nick, &state))
    return nick;
  switch (state)
    {
    case SKS_CHECK_CONFIRMED:
      return sks_finding_result_get_label (SKS_FINDING_MET);
    case SKS_CHECK_NOT_MET:
      return sks_finding_result_get_label (SKS_FINDING_NOT_MET);
    case SKS_CHECK_UNCHECKED:
    default:
      return sks_finding_result_get_label (SKS_FINDING_CLEAR);
    }
}

/**
 * sks_history_dup_value_text:
 *
 * Returns: (transfer full) (nullable): @value of @field in words (a status
 *   or a finding's state by its translated name), or %NULL when empty
 */
char *
sks_history_dup_value_text (const char *field,
                            const char *value)
{
  SksDecision decision;
  int status;

  if (value == NULL || *value == '\0')
    {
      /* a finding never recorded reads 待核实, not nothing */
      if (sks_history_parse_finding_field (field, NULL) == SKS_FINDING_FIELD_STATE)
        return g_strdup (sks_finding_result_get_label (SKS_FINDING_CLEAR));
      return NULL;
    }
  if (g_strcmp0 (field, "decision") == 0 && sks_decision_from_nick (value, &decision))
    return g_strdup (sks_decision_get_label (decision));
  if (g_strcmp0 (field, "status") == 0 && sks_enum_from_nick (SKS_TYPE_STATUS, value, &status))
    return g_strdup (sks_enum_get_label (SKS_TYPE_STATUS, status));
  if (sks_history_parse_finding_field (field, NULL) == SKS_FINDING_FIELD_STATE)
    return g_strdup (check_state_text (value));
  return g_strdup (value);
}

static SksHistoryEntry *
entry_at (GListModel *history,
          guint       position)
{
  g_autoptr(SksHistoryEntry) entry = g_list_model_get_item (history, position);

  return entry; /* the model keeps it */
}

static gboolean
same_write (SksHistoryEntry *a,
            SksHistoryEntry *b)
{
  return sks_history_entry_get_studio_id (a) == sks_history_entry_get_studio_id (b) &&
         g_strcmp0 (sks_history_entry_get_time (a), sks_history_entry_get_time (b)) == 0 &&
         g_strcmp0 (sks_history_entry_get_who (a), sks_history_entry_get_who (b)) == 0;
}

/* The entry of the same write as @position whose field is @item's @kind,
 * or NULL; the entries of one write stand next to each other. */
static SksHistoryEntry *
find_sibling (GListModel      *history,
              guint            position,
              SksCheckItem     item,
              SksFindingField  kind)
{
  SksHistoryEntry *self = entry_at (history, position);
  guint n = g_list_model_get_n_items (history);

  for (int step = -1; step <= 1; step += 2)
    for (gint64 i = (gint64) position + step; i >= 0 && i < n; i += step)
      {
        SksHistoryEntry *other = entry_at (history, i);
        SksCheckItem other_item;

        if (!same_write (self, other))
          break;
        if (sks_history_parse_finding_field (sks_history_entry_get_field (other),
                                             &other_item) == kind && other_item == item)
          return other;
      }
  return NULL;
}

/**
 * sks_history_is_folded:
 *
 * Returns: whether the entry at @position is a finding's who or day told
 *   with its state's entry (sks_history_dup_change_texts()), so that a
 *   list leaves it out
 */
gboolean
sks_history_is_folded (GListModel *history,
                       guint       position)
{
  SksHistoryEntry *entry;
  SksCheckItem item;
  SksFindingField kind;

  g_return_val_if_fail (G_IS_LIST_MODEL (history), FALSE);

  if (position >= g_list_model_get_n_items (history))
    return FALSE;
  entry = entry_at (history, position);
  kind = sks_history_parse_finding_field (sks_history_entry_get_field (entry), &item);
  if (kind != SKS_FINDING_FIELD_BY && kind != SKS_FINDING_FIELD_ON)
    return FALSE;
  return find_sibling (history, position, item, SKS_FINDING_FIELD_STATE) != NULL;
}

/* "符合（王珏，2026-12-06）": a state with who and the day, where known */
static char *
state_with_who (const char *state,
                const char *by,
                const char *on)
{
  gboolean has_by = by != NULL && *by != '\0', has_on = on != NULL && *on != '\0';

  if (has_by && has_on)
    /* TRANSLATORS: a finding with who recorded it and the day, "Met (王珏, 2026-12-06)" */
    return g_strdup_printf (C_("history", "%s (%s, %s)"), state, by, on);
  if (has_by || has_on)
    /* TRANSLATORS: a finding with who recorded it or the day, "Met (王珏)" */
    return g_strdup_printf (C_("history", "%s (%s)"), state, has_by ? by : on);
  return g_strdup (state);
}

/**
 * sks_history_dup_change_texts:
 * @old_text: (out) (transfer full) (nullable): the value before, in words
 * @new_text: (out) (transfer full) (nullable): the value after, in words
 *
 * The entry at @position as the History view and the CLI tell it: a
 * finding's state with who and the day of the same write.
 */
void
sks_history_dup_change_texts (GListModel  *history,
                              guint        position,
                              char       **old_text,
                              char       **new_text)
{
  SksHistoryEntry *entry, *by, *on;
  const char *field;
  g_autofree char *old_state = NULL;
  g_autofree char *new_state = NULL;
  SksCheckItem item;

  g_return_if_fail (G_IS_LIST_MODEL (history));
  g_return_if_fail (position < g_list_model_get_n_items (history));

  entry = entry_at (history, position);
  field = sks_history_entry_get_field (entry);
  old_state = sks_history_dup_value_text (field, sks_history_entry_get_old_value (entry));
  new_state = sks_history_dup_value_text (field, sks_history_entry_get_new_value (entry));
  if (sks_history_parse_finding_field (field, &item) != SKS_FINDING_FIELD_STATE)
    {
      *old_text = g_steal_pointer (&old_state);
      *new_text = g_steal_pointer (&new_state);
      return;
    }
  by = find_sibling (history, position, item, SKS_FINDING_FIELD_BY);
  on = find_sibling (history, position, item, SKS_FINDING_FIELD_ON);
  *old_text = state_with_who (old_state, by ? sks_history_entry_get_old_value (by) : NULL,
                              on ? sks_history_entry_get_old_value (on) : NULL);
  *new_text = state_with_who (new_state, by ? sks_history_entry_get_new_value (by) : NULL,
                              on ? sks_history_entry_get_new_value (on) : NULL);
}
