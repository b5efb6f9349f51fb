/* sks-field-row.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The field table says what input a field needs: a multi-line text view
 * for free text, a drop-down for code lists and enumerations, a check
 * button for yes/no, an entry with a calendar for dates, a plain entry
 * otherwise. The row writes through sks_field_set_from_string() and shows
 * sks_field_validate()'s message under the input, so the form says exactly
 * what the model and the import say.
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-code-list.h"
#include "sks-enums.h"
#include "sks-field-row.h"
#include "sks-id-number.h"

/* Free text up to this many characters gets a counter (the notices' 200-
 * and 300-character limits, and the opinions). */
#define COUNTER_MAX_CHARS 2000

struct _SksFieldRow
{
  GtkWidget       parent_instance;

  char           *path;
  char           *label;
  GObject        *object;
  const SksField *field;
  gulong          notify_id;
  gboolean        updating;
  gboolean        focused;
  gboolean        complete;    /* required fields say so when empty */
  char           *display_text;
  char           *cross_message; /* a problem with another field, from the form */

  GtkWidget      *input;       /* the widget the label names */
  GtkEditable    *entry;       /* set for entry-based inputs */
  GtkTextBuffer  *buffer;      /* set for multi-line text */
  GtkCalendar    *calendar;    /* set for dates */
  GPtrArray      *choices;     /* drop-downs: the stored string of each position */

  /* Template children */
  GtkWidget      *box;
  GtkLabel       *title_label;
  GtkLabel       *counter_label;
  GtkBox         *input_box;
  GtkLabel       *message_label;
};

G_DEFINE_FINAL_TYPE (SksFieldRow, sks_field_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PATH,
  PROP_LABEL,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_id_number (SksFieldRow *self)
{
  return self->field->format == SKS_FORMAT_ID_NUMBER;
}

static gboolean
is_number (SksFieldRow *self)
{
  return self->field->kind == SKS_FIELD_INT || self->field->kind == SKS_FIELD_DOUBLE;
}

/* Reading and writing the input */

static char *
dup_input_text (SksFieldRow *self)
{
  GtkTextIter start, end;
  guint selected;

  if (self->entry != NULL)
    return g_strdup (gtk_editable_get_text (self->entry));
  if (self->buffer != NULL)
    {
      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
    }
  if (self->choices != NULL)
    {
      selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->input));
      if (selected >= self->choices->len)
        return NULL;
      return g_strdup (g_ptr_array_index (self->choices, selected));
    }
  return g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->input)) ? "1" : "0");
}

/* What the input shows for the model's value: numbers at zero show empty,
 * the ID number is masked unless it is being edited. */
static char *
dup_model_text (SksFieldRow *self)
{
  g_autofree char *text = sks_field_dup_string (self->field, self->object);

  if (is_number (self) && sks_field_is_empty (self->field, self->object))
    return g_strdup ("");
  if (is_id_number (self) && !self->focused)
    return sks_id_number_mask (text);
  return g_steal_pointer (&text);
}

static guint
find_choice (SksFieldRow *self,
             const char  *stored)
{
  for (guint i = 0; i < self->choices->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->choices, i), stored) == 0)
      return i;
  return 0;
}

static void
update_counter (SksFieldRow *self)
{
  const char *text;
  glong count;
  g_autofree char *label = NULL;

  /* Only multi-line text has a counter. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->counter_label)))
    return;
  text = sks_field_get_text (self->field, self->object);
  count = text ? g_utf8_strlen (text, -1) : 0;
  /* Translators: characters typed / characters allowed */
  label = g_strdup_printf (_("%ld / %u"), count, self->field->max_chars);
  gtk_label_set_text (self->counter_label, label);
  if (count > (glong) self->field->max_chars)
    gtk_widget_add_css_class (GTK_WIDGET (self->counter_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->counter_label), "error");
}

static void
show_message (SksFieldRow *self,
              const char  *message)
{
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (self->input, "error");
  else
    gtk_widget_remove_css_class (self->input, "error");
}

/**
 * sks_field_row_revalidate:
 *
 * Shows the model's message for the field's current value, or none.
 */
void
sks_field_row_revalidate (SksFieldRow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SKS_IS_FIELD_ROW (self));
  if (self->field == NULL)
    return;
  sks_field_validate (self->field, self->object, self->complete, &error);
  show_message (self, error ? error->message : self->cross_message);
  update_counter (self);
}

/**
 * sks_field_row_set_cross_message:
 * @message: (nullable): a problem the field has together with another one
 *   (the ID number against the year and month of birth), or %NULL
 *
 * Shown under the input while the field's own value is valid: a form
 * shows such a conflict under every field concerned.
 */
void
sks_field_row_set_cross_message (SksFieldRow *self,
                                 const char  *message)
{
  g_return_if_fail (SKS_IS_FIELD_ROW (self));

  if (!sks_set_str (&self->cross_message, message))
    return;
  sks_field_row_revalidate (self);
}

/**
 * sks_field_row_set_complete:
 * @complete: whether an empty required field is a problem to show
 *
 * Drafts may have gaps; a dialog that must not save an incomplete record
 * (a team member) shows "must be filled in" under the empty ones.
 */
void
sks_field_row_set_complete (SksFieldRow *self,
                            gboolean     complete)
{
  g_return_if_fail (SKS_IS_FIELD_ROW (self));

  if (self->complete == complete)
    return;
  self->complete = complete;
  sks_field_row_revalidate (self);
}

static void
write_input (SksFieldRow *self)
{
  g_autofree char *text = dup_model_text (self);

  self->updating = TRUE;
  if (self->entry != NULL)
    {
      if (g_strcmp0 (gtk_editable_get_text (self->entry), text) != 0)
        gtk_editable_set_text (self->entry, text ? text : "");
    }
  else if (self->buffer != NULL)
    gtk_text_buffer_set_text (self->buffer, text ? text : "", -1);
  else if (self->choices != NULL)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->input), find_choice (self, text));
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->input), g_strcmp0 (text, "1") == 0);
  self->updating = FALSE;
  g_free (self->display_text);
  self->display_text = g_steal_pointer (&text);
}

/* The user changed the input: store it, record the edit, show the message. */
static void
commit (SksFieldRow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean stored;

  if (self->updating || self->object == NULL)
    return;
  text = dup_input_text (self);
  old_text = sks_field_dup_string (self->field, self->object);
  self->updating = TRUE;
  stored = sks_field_set_from_string (self->field, self->object, text, &error);
  self->updating = FALSE;
  g_free (self->display_text);
  self->display_text = g_strdup (text);
  if (!stored)
    {
      /* A number that does not parse stays in the input, with the reason. */
      show_message (self, error->message);
      return;
    }
  new_text = sks_field_dup_string (self->field, self->object);
  g_signal_emit (self, signals[EDITED], 0, old_text, new_text);
  sks_field_row_revalidate (self);
}

static void
model_notify_cb (SksFieldRow *self)
{
  if (self->updating)
    return;
  write_input (self);
  sks_field_row_revalidate (self);
}

/* Inputs */

static void
focus_enter_cb (SksFieldRow *self)
{
  self->focused = TRUE;
  if (self->object != NULL)
    write_input (self);
}

static void
focus_leave_cb (SksFieldRow *self)
{
  self->focused = FALSE;
  if (self->object != NULL)
    write_input (self);
}

static GtkWidget *
make_entry (SksFieldRow *self)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_hexpand (entry, TRUE);
  /* Ctrl+Z belongs to the editor's history, not the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  self->entry = GTK_EDITABLE (entry);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (commit), self);
  if (self->field->format == SKS_FORMAT_YEAR_MONTH)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM"));
  else if (self->field->format == SKS_FORMAT_DATE)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  if (is_number (self))
    gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  if (is_id_number (self))
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), self);
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
      gtk_widget_add_controller (entry, focus);
    }
  return entry;
}

static GtkWidget *
make_text_view (SksFieldRow *self)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_widget_set_hexpand (view, TRUE);
  self->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (commit), self);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_set_hexpand (frame, TRUE);
  gtk_box_append (self->input_box, frame);
  if (self->field->max_chars > 0 && self->field->max_chars <= COUNTER_MAX_CHARS)
    gtk_widget_set_visible (GTK_WIDGET (self->counter_label), TRUE);
  return view;
}

static GtkWidget *
make_drop_down (SksFieldRow         *self,
                const char * const  *labels)
{
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (labels);

  gtk_widget_set_hexpand (drop_down, TRUE);
  g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (commit), self);
  return drop_down;
}

/* A code list (民族, 政治面貌, 职业技能等级, 学历) with "not filled in" first. */
static GtkWidget *
make_code_chooser (SksFieldRow *self)
{
  const SksCodeList *list = sks_code_list_get (self->field->code_list);
  guint n_items = sks_code_list_get_n_items (list);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  self->choices = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->choices, NULL);
  g_ptr_array_add (labels, (gpointer) _("Not filled in"));
  for (guint i = 0; i < n_items; i++)
    {
      g_ptr_array_add (self->choices, g_strdup (sks_code_list_get_item (list, i)));
      g_ptr_array_add (labels, (gpointer) sks_code_list_get_item (list, i));
    }
  g_ptr_array_add (labels, NULL);
  return make_drop_down (self, (const char * const *) labels->pdata);
}

static GtkWidget *
make_enum_chooser (SksFieldRow *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (self->field->enum_type ());
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  self->choices = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < klass->n_values; i++)
    {
      g_ptr_array_add (self->choices, g_strdup (klass->values[i].value_nick));
      g_ptr_array_add (labels, (gpointer) _(klass->values[i].value_name));
    }
  g_ptr_array_add (labels, NULL);
  return make_drop_down (self, (const char * const *) labels->pdata);
}

static GtkWidget *
make_check_button (SksFieldRow *self)
{
  GtkWidget *check = gtk_check_button_new_with_label (sks_field_row_get_label (self));

  gtk_widget_set_visible (GTK_WIDGET (self->title_label), FALSE);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (commit), self);
  return check;
}

/* Dates: a calendar in a popover writes the ISO date into the entry. */

static void
day_selected_cb (SksFieldRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self->calendar), GTK_TYPE_POPOVER);

  if (self->updating)
    return;
  gtk_editable_set_text (self->entry, text);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
calendar_show_cb (SksFieldRow *self)
{
  GDate date;
  g_autoptr(GDateTime) time = NULL;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, gtk_editable_get_text (self->entry));
  if (!g_date_valid (&date))
    return;
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, time);
  self->updating = FALSE;
}

static void
add_calendar_button (SksFieldRow *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  self->calendar = GTK_CALENDAR (calendar);
  g_signal_connect_swapped (calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (calendar_show_cb), self);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a date"), -1);
  gtk_box_append (self->input_box, button);
}

static GtkWidget *
make_input (SksFieldRow *self)
{
  switch (self->field->kind)
    {
    case SKS_FIELD_TEXT:
      if (self->field->format == SKS_FORMAT_CODE)
        return make_code_chooser (self);
      if (self->field->flags & SKS_FIELD_MULTILINE)
        return make_text_view (self);
      return make_entry (self);
    case SKS_FIELD_INT:
    case SKS_FIELD_DOUBLE:
      return make_entry (self);
    case SKS_FIELD_BOOLEAN:
      return make_check_button (self);
    case SKS_FIELD_ENUM:
      return make_enum_chooser (self);
    default:
      g_assert_not_reached ();
    }
}

static void
build_input (SksFieldRow *self)
{
  self->input = make_input (self);
  /* make_text_view() adds its frame itself */
  if (gtk_widget_get_parent (self->input) == NULL)
    gtk_box_append (self->input_box, self->input);
  if (self->field->format == SKS_FORMAT_DATE)
    add_calendar_button (self);
  gtk_label_set_mnemonic_widget (self->title_label, self->input);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->input),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->message_label, NULL,
                                  -1);
}

/**
 * sks_field_row_bind:
 * @object: the model object holding the field (an SksUnit, SksMaster…)
 * @field: the field of @object's table
 *
 * Builds the input for @field, shows @object's value and keeps both in
 * step. A row is bound once.
 */
void
sks_field_row_bind (SksFieldRow    *self,
                    GObject        *object,
                    const SksField *field)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (SKS_IS_FIELD_ROW (self));
  g_return_if_fail (G_IS_OBJECT (object) && field != NULL);
  g_return_if_fail (self->object == NULL);

  self->object = g_object_ref (object);
  self->field = field;
  if (self->label == NULL)
    {
      self->label = g_strdup (sks_field_get_label (field));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
    }
  build_input (self);
  signal = g_strconcat ("notify::", field->name, NULL);
  self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (model_notify_cb), self);
  write_input (self);
  sks_field_row_revalidate (self);
}

void
sks_field_row_set_editable (SksFieldRow *self,
                            gboolean     editable)
{
  g_return_if_fail (SKS_IS_FIELD_ROW (self));
  g_return_if_fail (self->input != NULL);

  if (self->entry != NULL)
    gtk_editable_set_editable (self->entry, editable);
  else if (self->buffer != NULL)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (self->input), editable);
  else
    gtk_widget_set_sensitive (self->input, editable);
  if (self->calendar != NULL)
    gtk_widget_set_sensitive (gtk_widget_get_next_sibling (self->input), editable);
}

const char *
sks_field_row_get_path (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  return self->path;
}

const char *
sks_field_row_get_label (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  return self->label ? self->label : "";
}

GObject *
sks_field_row_get_object (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  return self->object;
}

const SksField *
sks_field_row_get_field (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  return self->field;
}

/* The entry, text view, drop-down or check button. */
GtkWidget *
sks_field_row_get_input (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  return self->input;
}

/* The message shown under the input, or NULL. */
const char *
sks_field_row_get_message (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_text (self->message_label);
}

/* What the input shows now (the ID number masked when not focused). */
const char *
sks_field_row_get_display_text (SksFieldRow *self)
{
  g_return_val_if_fail (SKS_IS_FIELD_ROW (self), NULL);
  return self->display_text;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (SKS_IS_FIELD_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/**
 * sks_field_row_collect:
 * @root: a form
 *
 * Returns: (transfer container) (element-type SksFieldRow): the field rows
 *   inside @root, in the order of the form
 */
GPtrArray *
sks_field_row_collect (GtkWidget *root)
{
  GPtrArray *rows = g_ptr_array_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (root), rows);
  collect_rows (root, rows);
  return rows;
}

static void
sks_field_row_dispose (GObject *object)
{
  SksFieldRow *self = SKS_FIELD_ROW (object);

  if (self->object != NULL)
    g_clear_signal_handler (&self->notify_id, self->object);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKS_TYPE_FIELD_ROW);
  G_OBJECT_CLASS (sks_field_row_parent_class)->dispose (object);
}

static void
sks_field_row_finalize (GObject *object)
{
  SksFieldRow *self = SKS_FIELD_ROW (object);

  g_clear_object (&self->object);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_free (self->path);
  g_free (self->label);
  g_free (self->display_text);
  g_free (self->cross_message);
  G_OBJECT_CLASS (sks_field_row_parent_class)->finalize (object);
}

static void
sks_field_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SksFieldRow *self = SKS_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_field_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SksFieldRow *self = SKS_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_free (self->path);
      self->path = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      if (sks_set_str (&self->label, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_field_row_class_init (SksFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sks_field_row_dispose;
  object_class->finalize = sks_field_row_finalize;
  object_class->get_property = sks_field_row_get_property;
  object_class->set_property = sks_field_row_set_property;

  /**
   * SksFieldRow:path:
   *
   * The field as the exchange format names it: "unit.name",
   * "master.id-number", "location" (a field of the studio itself).
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The label as the printed form words it; the field's own by default. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksFieldRow::edited:
   * @old_text: (nullable): the field's stored text before
   * @new_text: (nullable): and after
   *
   * The user changed the field and the model took the new value.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING,
                                  G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/SkillStudio/ui/sks-field-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SksFieldRow, box);
  gtk_widget_class_bind_template_child (widget_class, SksFieldRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SksFieldRow, counter_label);
  gtk_widget_class_bind_template_child (widget_class, SksFieldRow, input_box);
  gtk_widget_class_bind_template_child (widget_class, SksFieldRow, message_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sks-field-row");
}

static void
sks_field_row_init (SksFieldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sks_field_row_new (const char *path)
{
  return g_object_new (SKS_TYPE_FIELD_ROW, "path", path, NULL);
}
