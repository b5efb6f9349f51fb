/* sks-studio.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-problem.h"
#include "sks-studio.h"
#include "sks-validate.h"

struct _SksStudio
{
  GObject        parent_instance;

  /* Fields of the table below */
  char          *name;
  int            status;
  char          *location;
  double         area;
  char          *facilities;
  char          *achievements;
  char          *introduction;
  char          *team_notes;
  char          *industry_chain;
  int            prior_level;
  char          *application_date;
  char          *received_date;
  char          *approved_date;
  char          *unit_opinion;
  char          *recommender_opinion;
  gboolean       honorary;
  gboolean       former_national_studio;
  char          *age_justification;
  struct {
    int          state;     /* SksCheckState */
    char        *by;
    char        *on;
    char        *note;
  }              checks[SKS_N_CHECK_ITEMS];

  /* Identity and links, kept by the store */
  gint64         id;
  char          *uuid;
  gint64         round_id;
  gint64         recommender_id;
  char          *created;
  char          *modified;

  SksUnit       *unit;
  SksMaster     *master;
  GListStore    *team;
  GListStore    *attachments;
  GListStore    *history;

  /* ItemWatch per item of team and attachments, in the same order */
  GArray        *team_watches;
  GArray        *attachment_watches;
};

/* A "notify" handler on one item of a list, dropped when the item leaves it. */
typedef struct {
  GObject *item;
  gulong   handler_id;
} ItemWatch;

G_DEFINE_FINAL_TYPE (SksStudio, sks_studio, G_TYPE_OBJECT)

#define CHECK_FIELDS(item, col, index, l_state, l_by, l_on, l_note)                    \
  SKS_ENUM (item "-check", col "_check", l_state, SksStudio, checks[index].state,        \
            sks_check_state_get_type, 0),                                                \
  SKS_TEXT (item "-checked-by", col "_checked_by", l_by, SksStudio, checks[index].by, 30, 0, \
            SKS_FORMAT_NONE),                                                            \
  SKS_TEXT (item "-checked-on", col "_checked_on", l_on, SksStudio, checks[index].on, 10, 0, \
            SKS_FORMAT_DATE),                                                            \
  SKS_TEXT (item "-check-note", col "_check_note", l_note, SksStudio, checks[index].note, 500, \
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE)

/* Annex 2 limits 领办人业绩情况 to 200 and 工作室简介 to 300 characters. */
static const SksField studio_fields[] = {
  SKS_TEXT ("name", "name", N_("Studio name"), SksStudio, name, 100, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_ENUM ("status", "status", N_("Status"), SksStudio, status, sks_status_get_type, 0),
  SKS_TEXT ("location", "location", N_("Studio location"), SksStudio, location, 200,
            SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_DOUBLE ("area", "area", N_("Studio area (m²)"), SksStudio, area, 0, 1000000,
              SKS_FIELD_REQUIRED),
  SKS_TEXT ("facilities", "facilities", N_("Studio facilities"), SksStudio, facilities, 20000,
            SKS_FIELD_MULTILINE | SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_TEXT ("achievements", "achievements", N_("Master’s achievements"), SksStudio, achievements,
            200, SKS_FIELD_MULTILINE | SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_TEXT ("introduction", "introduction", N_("Studio introduction"), SksStudio, introduction,
            300, SKS_FIELD_MULTILINE | SKS_FIELD_REQUIRED, SKS_FORMAT_NONE),
  SKS_TEXT ("team-notes", "team_notes", N_("Team profile"), SksStudio, team_notes, 20000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_TEXT ("industry-chain", "industry_chain", N_("Industry chain"), SksStudio, industry_chain,
            50, 0, SKS_FORMAT_NONE),
  SKS_ENUM ("prior-level", "prior_level", N_("Existing studio level"), SksStudio, prior_level,
            sks_prior_level_get_type, 0),
  SKS_TEXT ("application-date", "application_date", N_("Date of application"), SksStudio,
            application_date, 10, 0, SKS_FORMAT_DATE),
  SKS_TEXT ("received-date", "received_date", N_("Date materials were received"), SksStudio,
            received_date, 10, 0, SKS_FORMAT_DATE),
  SKS_TEXT ("approved-date", "approved_date", N_("Date of approval"), SksStudio, approved_date, 10,
            0, SKS_FORMAT_DATE),
  SKS_TEXT ("unit-opinion", "unit_opinion", N_("Opinion of the applying unit"), SksStudio,
            unit_opinion, 2000, SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),
  SKS_TEXT ("recommender-opinion", "recommender_opinion", N_("Opinion of the recommending unit"),
            SksStudio, recommender_opinion, 2000, SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),

  /* Schema version 4: what the eligibility rules need beyond the forms. */
  SKS_BOOL ("honorary", "honorary", N_("Applies as an honorary studio"), SksStudio, honorary),
  SKS_BOOL ("former-national-studio", "former_national_studio",
            N_("Formerly a national-level skill master studio"), SksStudio,
            former_national_studio),
  SKS_TEXT ("age-justification", "age_justification",
            N_("Written justification for the leader’s age"), SksStudio, age_justification, 2000,
            SKS_FIELD_MULTILINE, SKS_FORMAT_NONE),

  /* A reviewer's check of each condition the notice leaves to judgement, in
   * SksCheckItem order: the state, who checked, on which day, and a note. */
  CHECK_FIELDS ("conduct", "conduct", SKS_CHECK_ITEM_CONDUCT,
                N_("Leader’s conduct"), N_("Leader’s conduct: checked by"),
                N_("Leader’s conduct: checked on"), N_("Leader’s conduct: note")),
  CHECK_FIELDS ("project", "project", SKS_CHECK_ITEM_PROJECT,
                N_("Technical project"), N_("Technical project: checked by"),
                N_("Technical project: checked on"), N_("Technical project: note")),
  CHECK_FIELDS ("training", "training", SKS_CHECK_ITEM_TRAINING,
                N_("Training function"), N_("Training function: checked by"),
                N_("Training function: checked on"), N_("Training function: note")),
  CHECK_FIELDS ("support-site", "support_site", SKS_CHECK_ITEM_SUPPORT_SITE,
                N_("Work site"), N_("Work site: checked by"),
                N_("Work site: checked on"), N_("Work site: note")),
  CHECK_FIELDS ("support-equipment", "support_equipment", SKS_CHECK_ITEM_SUPPORT_EQUIPMENT,
                N_("Facilities and equipment"), N_("Facilities and equipment: checked by"),
                N_("Facilities and equipment: checked on"), N_("Facilities and equipment: note")),
  CHECK_FIELDS ("support-funding", "support_funding", SKS_CHECK_ITEM_SUPPORT_FUNDING,
                N_("Funding by the unit"), N_("Funding by the unit: checked by"),
                N_("Funding by the unit: checked on"), N_("Funding by the unit: note")),
  CHECK_FIELDS ("support-rules", "support_rules", SKS_CHECK_ITEM_SUPPORT_RULES,
                N_("Management rules"), N_("Management rules: checked by"),
                N_("Management rules: checked on"), N_("Management rules: note")),
};

enum {
  PROP_UNIT = G_N_ELEMENTS (studio_fields) + 1,
  PROP_MASTER,
  PROP_TEAM,
  PROP_ATTACHMENTS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static const SksFieldTable studio_table = SKS_FIELD_TABLE (studio_fields);
static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (SksStudio *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
child_notify_cb (SksStudio  *self,
                 GParamSpec *pspec,
                 GObject    *child)
{
  emit_changed (self);
}

static void
item_watch_clear (gpointer data)
{
  ItemWatch *watch = data;

  g_clear_signal_handler (&watch->handler_id, watch->item);
  g_clear_object (&watch->item);
}

static GArray *
item_watches_new (void)
{
  GArray *watches = g_array_new (FALSE, FALSE, sizeof (ItemWatch));

  g_array_set_clear_func (watches, item_watch_clear);
  return watches;
}

/* Keeps @watches in step with @list, so that a change of any item in the
 * list (a team member, an attachment) is a change of the studio and a change
 * of an item that has been removed is not. */
static void
watch_items (SksStudio  *self,
             GArray     *watches,
             GListModel *list,
             guint       position,
             guint       removed,
             guint       added)
{
  g_array_remove_range (watches, position, removed);
  for (guint i = 0; i < added; i++)
    {
      ItemWatch watch;

      watch.item = g_list_model_get_item (list, position + i);
      watch.handler_id = g_signal_connect_swapped (watch.item, "notify",
                                                   G_CALLBACK (child_notify_cb), self);
      g_array_insert_val (watches, position + i, watch);
    }
  emit_changed (self);
}

static void
team_items_changed_cb (SksStudio  *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *team)
{
  watch_items (self, self->team_watches, team, position, removed, added);
}

/**
 * sks_studio_unwatch_team:
 *
 * Stops following the team's members: a change of a member is then no
 * change of the studio. For an object that a bulk reader fills again and
 * again for the rules and that nobody watches (SksStudioReader), so that
 * changing the team's size connects and disconnects nothing. Once only,
 * before the team is filled; there is no way back.
 */
void
sks_studio_unwatch_team (SksStudio *self)
{
  g_return_if_fail (SKS_IS_STUDIO (self));

  g_signal_handlers_disconnect_by_func (self->team, team_items_changed_cb, self);
  g_array_set_size (self->team_watches, 0);
}

static void
attachments_items_changed_cb (SksStudio  *self,
                              guint       position,
                              guint       removed,
                              guint       added,
                              GListModel *attachments)
{
  watch_items (self, self->attachment_watches, attachments, position, removed, added);
}

static void
sks_studio_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SksStudio *self = SKS_STUDIO (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_MASTER:
      g_value_set_object (value, self->master);
      break;
    case PROP_TEAM:
      g_value_set_object (value, self->team);
      break;
    case PROP_ATTACHMENTS:
      g_value_set_object (value, self->attachments);
      break;
    default:
      sks_field_table_get_property (&studio_table, object, prop_id, value);
    }
}

static void
sks_studio_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  sks_field_table_set_property (&studio_table, object, properties, prop_id, value);
}

static void
sks_studio_dispose (GObject *object)
{
  SksStudio *self = SKS_STUDIO (object);

  /* Someone may still hold the lists (a view); they must not call back. */
  if (self->team != NULL)
    g_signal_handlers_disconnect_by_data (self->team, self);
  if (self->attachments != NULL)
    g_signal_handlers_disconnect_by_data (self->attachments, self);
  g_clear_pointer (&self->team_watches, g_array_unref);
  g_clear_pointer (&self->attachment_watches, g_array_unref);
  g_clear_object (&self->unit);
  g_clear_object (&self->master);
  g_clear_object (&self->team);
  g_clear_object (&self->attachments);
  g_clear_object (&self->history);
  G_OBJECT_CLASS (sks_studio_parent_class)->dispose (object);
}

static void
sks_studio_finalize (GObject *object)
{
  SksStudio *self = SKS_STUDIO (object);

  sks_field_table_free_values (&studio_table, object);
  g_free (self->uuid);
  g_free (self->created);
  g_free (self->modified);
  G_OBJECT_CLASS (sks_studio_parent_class)->finalize (object);
}

static void
sks_studio_notify (GObject    *object,
                   GParamSpec *pspec)
{
  emit_changed (SKS_STUDIO (object));
}

static void
sks_studio_class_init (SksStudioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sks_studio_dispose;
  object_class->finalize = sks_studio_finalize;
  object_class->get_property = sks_studio_get_property;
  object_class->set_property = sks_studio_set_property;
  object_class->notify = sks_studio_notify;

  sks_field_table_install (&studio_table, object_class, properties);

  properties[PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, SKS_TYPE_UNIT, flags);
  properties[PROP_MASTER] = g_param_spec_object ("master", NULL, NULL, SKS_TYPE_MASTER, flags);
  properties[PROP_TEAM] = g_param_spec_object ("team", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_ATTACHMENTS] =
    g_param_spec_object ("attachments", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  for (guint i = PROP_UNIT; i < N_PROPS; i++)
    g_object_class_install_property (object_class, i, properties[i]);

  /**
   * SksStudio::changed:
   *
   * Emitted when any field of the studio, its unit, its master, its team
   * (members added, removed or edited) or its attachments changes, so that
   * the form can save and re-check.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sks_studio_init (SksStudio *self)
{
  self->uuid = g_uuid_string_random ();
  self->unit = sks_unit_new ();
  self->master = sks_master_new ();
  self->team = g_list_store_new (SKS_TYPE_TEAM_MEMBER);
  self->attachments = g_list_store_new (SKS_TYPE_ATTACHMENT);
  self->history = g_list_store_new (SKS_TYPE_HISTORY_ENTRY);
  self->team_watches = item_watches_new ();
  self->attachment_watches = item_watches_new ();

  g_signal_connect_object (self->unit, "notify", G_CALLBACK (child_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->master, "notify", G_CALLBACK (child_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->team, "items-changed", G_CALLBACK (team_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->attachments, "items-changed",
                           G_CALLBACK (attachments_items_changed_cb), self, G_CONNECT_SWAPPED);
}

SksStudio *
sks_studio_new (void)
{
  return g_object_new (SKS_TYPE_STUDIO, NULL);
}

static void
copy_list (GListStore          *dest,
           GListModel          *source,
           const SksFieldTable *table,
           GType                type)
{
  for (guint i = 0; i < g_list_model_get_n_items (source); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (source, i);
      g_autoptr(GObject) copy = g_object_new (type, NULL);

      sks_field_table_copy (table, item, copy);
      if (SKS_IS_ATTACHMENT (item))
        {
          SksAttachment *a = SKS_ATTACHMENT (item);
          sks_attachment_set_id (SKS_ATTACHMENT (copy), sks_attachment_get_id (a));
          if (sks_attachment_get_data (a))
            sks_attachment_set_data (SKS_ATTACHMENT (copy), sks_attachment_get_data (a));
          else
            sks_attachment_set_stored_digest (SKS_ATTACHMENT (copy), sks_attachment_get_size (a),
                                              sks_attachment_get_sha256 (a));
        }
      g_list_store_append (dest, copy);
    }
}

/**
 * sks_studio_dup:
 *
 * Returns: (transfer full): a deep copy with the same identity, for editing
 * a draft beside the saved original.
 */
SksStudio *
sks_studio_dup (SksStudio *self)
{
  SksStudio *copy;

  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);

  copy = sks_studio_new ();
  sks_field_table_copy (&studio_table, G_OBJECT (self), G_OBJECT (copy));
  sks_field_table_copy (sks_unit_get_field_table (), G_OBJECT (self->unit), G_OBJECT (copy->unit));
  sks_field_table_copy (sks_master_get_field_table (), G_OBJECT (self->master),
                        G_OBJECT (copy->master));
  copy_list (copy->team, G_LIST_MODEL (self->team), sks_team_member_get_field_table (),
             SKS_TYPE_TEAM_MEMBER);
  copy_list (copy->attachments, G_LIST_MODEL (self->attachments),
             sks_attachment_get_field_table (), SKS_TYPE_ATTACHMENT);
  copy_list (copy->history, G_LIST_MODEL (self->history), sks_history_entry_get_field_table (),
             SKS_TYPE_HISTORY_ENTRY);
  copy->id = self->id;
  copy->round_id = self->round_id;
  copy->recommender_id = self->recommender_id;
  sks_studio_set_uuid (copy, self->uuid);
  sks_studio_set_timestamps (copy, self->created, self->modified);
  return copy;
}

const SksFieldTable *
sks_studio_get_field_table (void)
{
  return &studio_table;
}

gint64
sks_studio_get_id (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), 0);
  return self->id;
}

void
sks_studio_set_id (SksStudio *self,
                   gint64     id)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  self->id = id;
}

const char *
sks_studio_get_uuid (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->uuid;
}

void
sks_studio_set_uuid (SksStudio  *self,
                     const char *uuid)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (uuid != NULL);
  sks_set_str (&self->uuid, uuid);
}

gint64
sks_studio_get_round_id (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), 0);
  return self->round_id;
}

void
sks_studio_set_round_id (SksStudio *self,
                         gint64     round_id)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  self->round_id = round_id;
}

gint64
sks_studio_get_recommender_id (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), 0);
  return self->recommender_id;
}

void
sks_studio_set_recommender_id (SksStudio *self,
                               gint64     recommender_id)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  self->recommender_id = recommender_id;
}

const char *
sks_studio_get_created (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->created;
}

const char *
sks_studio_get_modified (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->modified;
}

void
sks_studio_set_timestamps (SksStudio  *self,
                           const char *created,
                           const char *modified)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  sks_set_str (&self->created, created);
  sks_set_str (&self->modified, modified);
}

const char *
sks_studio_get_name (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->name;
}

SksStatus
sks_studio_get_status (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), SKS_STATUS_DRAFT);
  return self->status;
}

void
sks_studio_set_status (SksStudio *self,
                       SksStatus  status)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_object_set (self, "status", status, NULL);
}

const char *
sks_studio_get_achievements (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->achievements;
}

const char *
sks_studio_get_introduction (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->introduction;
}

const char *
sks_studio_get_industry_chain (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->industry_chain;
}

SksPriorLevel
sks_studio_get_prior_level (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), SKS_PRIOR_LEVEL_NONE);
  return self->prior_level;
}

/* Returns: (nullable): "YYYY-MM-DD" */
const char *
sks_studio_get_application_date (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->application_date;
}

/* Returns: (nullable): "YYYY-MM-DD" */
const char *
sks_studio_get_received_date (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->received_date;
}

gboolean
sks_studio_get_honorary (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), FALSE);
  return self->honorary;
}

gboolean
sks_studio_get_former_national_studio (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), FALSE);
  return self->former_national_studio;
}

/* Returns: (nullable) */
const char *
sks_studio_get_age_justification (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->age_justification;
}

static const char *const check_item_names[SKS_N_CHECK_ITEMS] = {
  "conduct", "project", "training", "support-site", "support-equipment", "support-funding",
  "support-rules",
};

/* The item's name in the field names ("support-site" → "support-site-check"). */
const char *
sks_check_item_get_name (SksCheckItem item)
{
  g_return_val_if_fail (item < SKS_N_CHECK_ITEMS, NULL);
  return check_item_names[item];
}

gboolean
sks_check_item_from_name (const char   *name,
                          SksCheckItem *item)
{
  for (guint i = 0; name && i < SKS_N_CHECK_ITEMS; i++)
    if (g_str_equal (check_item_names[i], name))
      {
        *item = i;
        return TRUE;
      }
  return FALSE;
}

/* The translated label of the item, e.g. "Work site": the label of its
 * "-check" field, which the rules use in every explanation. */
const char *
sks_check_item_get_label (SksCheckItem item)
{
  static const SksField *fields[SKS_N_CHECK_ITEMS];
  static gsize looked_up = 0;

  g_return_val_if_fail (item < SKS_N_CHECK_ITEMS, NULL);

  if (g_once_init_enter (&looked_up))
    {
      for (guint i = 0; i < SKS_N_CHECK_ITEMS; i++)
        {
          g_autofree char *name = g_strconcat (check_item_names[i], "-check", NULL);
          fields[i] = sks_field_table_lookup (&studio_table, name);
        }
      g_once_init_leave (&looked_up, 1);
    }
  return sks_field_get_label (fields[item]);
}

/**
 * sks_studio_get_check:
 * @by: (out) (optional) (nullable): who checked
 * @on: (out) (optional) (nullable): the day, "YYYY-MM-DD"
 * @note: (out) (optional) (nullable): the reviewer's note
 *
 * Returns: the reviewer's finding on @item
 */
SksCheckState
sks_studio_get_check (SksStudio     *self,
                      SksCheckItem   item,
                      const char   **by,
                      const char   **on,
                      const char   **note)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), SKS_CHECK_UNCHECKED);
  g_return_val_if_fail (item < SKS_N_CHECK_ITEMS, SKS_CHECK_UNCHECKED);

  if (by)
    *by = self->checks[item].by;
  if (on)
    *on = self->checks[item].on;
  if (note)
    *note = self->checks[item].note;
  return self->checks[item].state;
}

/**
 * sks_studio_set_check:
 * @by: (nullable): who checked
 * @on: (nullable): the day, "YYYY-MM-DD"
 * @note: (nullable): the reviewer's note
 *
 * Records a reviewer's finding on @item, notifying each field that changes.
 */
void
sks_studio_set_check (SksStudio     *self,
                      SksCheckItem   item,
                      SksCheckState  state,
                      const char    *by,
                      const char    *on,
                      const char    *note)
{
  const char *name;
  g_autofree char *state_name = NULL, *by_name = NULL, *on_name = NULL, *note_name = NULL;

  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (item < SKS_N_CHECK_ITEMS);

  name = check_item_names[item];
  state_name = g_strconcat (name, "-check", NULL);
  by_name = g_strconcat (name, "-checked-by", NULL);
  on_name = g_strconcat (name, "-checked-on", NULL);
  note_name = g_strconcat (name, "-check-note", NULL);
  g_object_set (self, state_name, state, by_name, by, on_name, on, note_name, note, NULL);
}

/* A finding needs the reviewer's name and the day (who/when). */
static void
check_findings (SksStudio *self,
                GPtrArray *problems)
{
  for (guint i = 0; i < SKS_N_CHECK_ITEMS; i++)
    {
      g_autofree char *field = NULL;

      if (self->checks[i].state == SKS_CHECK_UNCHECKED)
        continue;
      if (self->checks[i].by == NULL || *self->checks[i].by == '\0')
        field = g_strconcat (check_item_names[i], "-checked-by", NULL);
      else if (self->checks[i].on == NULL || *self->checks[i].on == '\0')
        field = g_strconcat (check_item_names[i], "-checked-on", NULL);
      if (field != NULL)
        sks_problems_add (problems, NULL, field,
                          g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_REQUIRED,
                                       _("%s: a finding needs who checked it and when"),
                                       sks_check_item_get_label (i)));
    }
}

/* Returns: (transfer none) */
SksUnit *
sks_studio_get_unit (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->unit;
}

/* Returns: (transfer none) */
SksMaster *
sks_studio_get_master (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return self->master;
}

/* Returns: (transfer none): the team members besides the master, in order */
GListModel *
sks_studio_get_team (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return G_LIST_MODEL (self->team);
}

void
sks_studio_add_team_member (SksStudio     *self,
                            SksTeamMember *member)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (SKS_IS_TEAM_MEMBER (member));
  g_list_store_append (self->team, member);
}

void
sks_studio_remove_team_member (SksStudio *self,
                               guint      position)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->team)));
  g_list_store_remove (self->team, position);
}

/* Returns: (transfer none) */
GListModel *
sks_studio_get_attachments (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return G_LIST_MODEL (self->attachments);
}

void
sks_studio_add_attachment (SksStudio     *self,
                           SksAttachment *attachment)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (SKS_IS_ATTACHMENT (attachment));
  g_list_store_append (self->attachments, attachment);
}

void
sks_studio_remove_attachment (SksStudio *self,
                              guint      position)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->attachments)));
  g_list_store_remove (self->attachments, position);
}

/* Returns: (transfer none): the recorded changes, oldest first */
GListModel *
sks_studio_get_history (SksStudio *self)
{
  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);
  return G_LIST_MODEL (self->history);
}

void
sks_studio_add_history_entry (SksStudio       *self,
                              SksHistoryEntry *entry)
{
  g_return_if_fail (SKS_IS_STUDIO (self));
  g_return_if_fail (SKS_IS_HISTORY_ENTRY (entry));
  g_list_store_append (self->history, entry);
}

/**
 * sks_studio_validate:
 * @complete: whether required fields must be filled (any status but draft)
 *
 * Returns: (transfer full) (element-type SksProblem): every problem found,
 *   empty when the studio is valid
 */
GPtrArray *
sks_studio_validate (SksStudio *self,
                     gboolean   complete)
{
  GPtrArray *problems;
  guint n;

  g_return_val_if_fail (SKS_IS_STUDIO (self), NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_problem_free);
  sks_problems_add_fields (problems, NULL, &studio_table, G_OBJECT (self), complete);
  check_findings (self, problems);
  sks_unit_validate (self->unit, problems, complete);
  sks_master_validate (self->master, problems, complete);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->team));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksTeamMember) member = g_list_model_get_item (G_LIST_MODEL (self->team), i);
      g_autofree char *prefix = g_strdup_printf ("team[%u]", i);
      sks_team_member_validate (member, problems, prefix, complete);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SksAttachment) attachment =
        g_list_model_get_item (G_LIST_MODEL (self->attachments), i);
      g_autofree char *prefix = g_strdup_printf ("attachments[%u]", i);
      sks_attachment_validate (attachment, problems, prefix);
    }
  return problems;
}

static gboolean
lists_equal (GListModel          *a,
             GListModel          *b,
             const SksFieldTable *table)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (a, i);
      g_autoptr(GObject) ib = g_list_model_get_item (b, i);

      if (!sks_field_table_equal (table, ia, ib))
        return FALSE;
      if (SKS_IS_ATTACHMENT (ia) &&
          g_strcmp0 (sks_attachment_get_sha256 (SKS_ATTACHMENT (ia)),
                     sks_attachment_get_sha256 (SKS_ATTACHMENT (ib))) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
sks_studio_team_equal (SksStudio *a,
                       SksStudio *b)
{
  g_return_val_if_fail (SKS_IS_STUDIO (a) && SKS_IS_STUDIO (b), FALSE);
  return lists_equal (G_LIST_MODEL (a->team), G_LIST_MODEL (b->team),
                      sks_team_member_get_field_table ());
}

/* Compares the attachments' metadata and digests. */
gboolean
sks_studio_attachments_equal (SksStudio *a,
                              SksStudio *b)
{
  g_return_val_if_fail (SKS_IS_STUDIO (a) && SKS_IS_STUDIO (b), FALSE);
  return lists_equal (G_LIST_MODEL (a->attachments), G_LIST_MODEL (b->attachments),
                      sks_attachment_get_field_table ());
}

/* Compares every field, the team and the attachments (by digest); not the
 * identity, timestamps or history. */
gboolean
sks_studio_equal (SksStudio *a,
                  SksStudio *b)
{
  g_return_val_if_fail (SKS_IS_STUDIO (a) && SKS_IS_STUDIO (b), FALSE);

  return sks_field_table_equal (&studio_table, G_OBJECT (a), G_OBJECT (b)) &&
         sks_field_table_equal (sks_unit_get_field_table (), G_OBJECT (a->unit),
                                G_OBJECT (b->unit)) &&
         sks_field_table_equal (sks_master_get_field_table (), G_OBJECT (a->master),
                                G_OBJECT (b->master)) &&
         sks_studio_team_equal (a, b) &&
         sks_studio_attachments_equal (a, b);
}
