/* sks-field.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sks-code-list.h"
#include "sks-enums.h"
#include "sks-field.h"
#include "sks-id-number.h"
#include "sks-json-guard.h"
#include "sks-validate.h"

#define FIELD_PTR(object, field, type) ((type *) G_STRUCT_MEMBER_P ((object), (field)->offset))

const SksField *
sks_field_table_lookup (const SksFieldTable *table,
                        const char          *name)
{
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, name))
      return &table->fields[i];
  return NULL;
}

static GParamSpec *
field_param_spec (const SksField *field)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    case SKS_FIELD_INT:
      /* The range is checked by sks_field_validate(), so that a wrong
       * value can be held and reported instead of refused with a warning. */
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case SKS_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case SKS_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case SKS_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->enum_type (), 0, flags);
    default:
      g_assert_not_reached ();
    }
}

/* Installs one property per field; property id = field index + 1. */
void
sks_field_table_install (const SksFieldTable *table,
                         GObjectClass        *klass,
                         GParamSpec         **pspecs)
{
  for (guint i = 0; i < table->n_fields; i++)
    pspecs[i + 1] = field_param_spec (&table->fields[i]);
  g_object_class_install_properties (klass, table->n_fields + 1, pspecs);
}

void
sks_field_table_get_property (const SksFieldTable *table,
                              GObject             *object,
                              guint                prop_id,
                              GValue              *value)
{
  const SksField *field = &table->fields[prop_id - 1];

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      g_value_set_string (value, *FIELD_PTR (object, field, char *));
      break;
    case SKS_FIELD_INT:
      g_value_set_int64 (value, *FIELD_PTR (object, field, gint64));
      break;
    case SKS_FIELD_DOUBLE:
      g_value_set_double (value, *FIELD_PTR (object, field, double));
      break;
    case SKS_FIELD_BOOLEAN:
      g_value_set_boolean (value, *FIELD_PTR (object, field, gboolean));
      break;
    case SKS_FIELD_ENUM:
      g_value_set_enum (value, *FIELD_PTR (object, field, int));
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
set_field_value (const SksField *field,
                 GObject        *object,
                 const GValue   *value)
{
  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      {
        /* An empty entry and an unset field are the same thing. */
        const char *text = g_value_get_string (value);
        return sks_set_str (FIELD_PTR (object, field, char *), text && *text ? text : NULL);
      }
    case SKS_FIELD_INT:
      {
        gint64 *slot = FIELD_PTR (object, field, gint64);
        gint64 v = g_value_get_int64 (value);
        if (*slot == v)
          return FALSE;
        *slot = v;
        return TRUE;
      }
    case SKS_FIELD_DOUBLE:
      {
        double *slot = FIELD_PTR (object, field, double);
        double v = g_value_get_double (value);
        if (*slot == v)
          return FALSE;
        *slot = v;
        return TRUE;
      }
    case SKS_FIELD_BOOLEAN:
      {
        gboolean *slot = FIELD_PTR (object, field, gboolean);
        gboolean v = g_value_get_boolean (value) != FALSE;
        if (*slot == v)
          return FALSE;
        *slot = v;
        return TRUE;
      }
    case SKS_FIELD_ENUM:
      {
        int *slot = FIELD_PTR (object, field, int);
        int v = g_value_get_enum (value);
        if (*slot == v)
          return FALSE;
        *slot = v;
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

void
sks_field_table_set_property (const SksFieldTable *table,
                              GObject             *object,
                              GParamSpec         **pspecs,
                              guint                prop_id,
                              const GValue        *value)
{
  if (set_field_value (&table->fields[prop_id - 1], object, value))
    g_object_notify_by_pspec (object, pspecs[prop_id]);
}

void
sks_field_table_free_values (const SksFieldTable *table,
                             GObject             *object)
{
  for (guint i = 0; i < table->n_fields; i++)
    if (table->fields[i].kind == SKS_FIELD_TEXT)
      g_clear_pointer (FIELD_PTR (object, &table->fields[i], char *), g_free);
}

gboolean
sks_field_table_equal (const SksFieldTable *table,
                       GObject             *a,
                       GObject             *b)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const SksField *field = &table->fields[i];
      g_autofree char *va = sks_field_dup_string (field, a);
      g_autofree char *vb = sks_field_dup_string (field, b);

      if (g_strcmp0 (va, vb) != 0)
        return FALSE;
    }
  return TRUE;
}

void
sks_field_table_copy (const SksFieldTable *table,
                      GObject             *source,
                      GObject             *dest)
{
  g_object_freeze_notify (dest);
  for (guint i = 0; i < table->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (source, table->fields[i].name, &value);
      g_object_set_property (dest, table->fields[i].name, &value);
    }
  g_object_thaw_notify (dest);
}

const char *
sks_field_get_text (const SksField *field,
                    GObject        *object)
{
  g_return_val_if_fail (field->kind == SKS_FIELD_TEXT, NULL);
  return *FIELD_PTR (object, field, char *);
}

gint64
sks_field_get_int (const SksField *field,
                   GObject        *object)
{
  g_return_val_if_fail (field->kind == SKS_FIELD_INT, 0);
  return *FIELD_PTR (object, field, gint64);
}

double
sks_field_get_double (const SksField *field,
                      GObject        *object)
{
  g_return_val_if_fail (field->kind == SKS_FIELD_DOUBLE, 0);
  return *FIELD_PTR (object, field, double);
}

gboolean
sks_field_get_boolean (const SksField *field,
                       GObject        *object)
{
  g_return_val_if_fail (field->kind == SKS_FIELD_BOOLEAN, FALSE);
  return *FIELD_PTR (object, field, gboolean);
}

int
sks_field_get_enum (const SksField *field,
                    GObject        *object)
{
  g_return_val_if_fail (field->kind == SKS_FIELD_ENUM, 0);
  return *FIELD_PTR (object, field, int);
}

const char *
sks_field_get_enum_nick (const SksField *field,
                         GObject        *object)
{
  return sks_enum_get_nick (field->enum_type (), sks_field_get_enum (field, object));
}

/* The stored form: text as is, numbers in C locale, booleans "0"/"1", enums by nick.
 * Returns NULL for an empty text field. */
char *
sks_field_dup_string (const SksField *field,
                      GObject        *object)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      return g_strdup (sks_field_get_text (field, object));
    case SKS_FIELD_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, sks_field_get_int (field, object));
    case SKS_FIELD_DOUBLE:
      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, sks_field_get_double (field, object)));
    case SKS_FIELD_BOOLEAN:
      return g_strdup (sks_field_get_boolean (field, object) ? "1" : "0");
    case SKS_FIELD_ENUM:
      return g_strdup (sks_field_get_enum_nick (field, object));
    default:
      g_assert_not_reached ();
    }
}

/**
 * sks_field_dup_masked:
 *
 * As sks_field_dup_string(), with a personal field (%SKS_FIELD_SENSITIVE)
 * masked as lists and history mask it: an ID number by
 * sks_id_number_mask(), a phone number by sks_mask_phone().
 */
char *
sks_field_dup_masked (const SksField *field,
                      GObject        *object)
{
  g_autofree char *value = sks_field_dup_string (field, object);

  if (value == NULL || *value == '\0' || !(field->flags & SKS_FIELD_SENSITIVE))
    return g_steal_pointer (&value);
  if (field->format == SKS_FORMAT_ID_NUMBER)
    return sks_id_number_mask (value);
  return sks_mask_phone (value);
}

/* %g would write the area's limit as "1e+06"; the limits are written out in
 * full, and with a point whatever the locale. */
static void
set_range_error (const SksField *field,
                 GError        **error)
{
  char min[G_ASCII_DTOSTR_BUF_SIZE];
  char max[G_ASCII_DTOSTR_BUF_SIZE];

  g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_OUT_OF_RANGE,
               _("%s: must be between %s and %s"), sks_field_get_label (field),
               g_ascii_formatd (min, sizeof min, "%.15g", field->min),
               g_ascii_formatd (max, sizeof max, "%.15g", field->max));
}

static gboolean
parse_number (const SksField *field,
              const char     *text,
              double         *number,
              GError        **error)
{
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !isfinite (v) ||
      (field->kind == SKS_FIELD_INT && v != floor (v)))
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   field->kind == SKS_FIELD_INT ? _("%s: must be a whole number")
                                                : _("%s: must be a number"),
                   sks_field_get_label (field));
      return FALSE;
    }
  if (v < field->min || v > field->max)
    {
      set_range_error (field, error);
      return FALSE;
    }
  *number = v;
  return TRUE;
}

static gboolean
parse_boolean (const SksField *field,
               const char     *text,
               gboolean       *result,
               GError        **error)
{
  if (g_str_equal (text, "1") || g_ascii_strcasecmp (text, "true") == 0)
    *result = TRUE;
  else if (g_str_equal (text, "0") || g_ascii_strcasecmp (text, "false") == 0)
    *result = FALSE;
  else
    {
      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                   _("%s: must be yes (1) or no (0)"), sks_field_get_label (field));
      return FALSE;
    }
  return TRUE;
}

/* Sets a field from its stored form (see sks_field_dup_string()). Text is
 * taken as is and checked by sks_field_validate(); other kinds must parse. */
gboolean
sks_field_set_from_string (const SksField *field,
                           GObject        *object,
                           const char     *text,
                           GError        **error)
{
  double number;
  gboolean flag;
  int enum_value;

  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      /* Imported code-list values arrive in their usual variants
       * (二级/技师, 毛难族): keep the list's own name. */
      if (field->format == SKS_FORMAT_CODE && text != NULL)
        {
          const char *canonical = sks_code_list_normalize (sks_code_list_get (field->code_list),
                                                           text);
          if (canonical != NULL)
            text = canonical;
        }
      g_object_set (object, field->name, text && *text ? text : NULL, NULL);
      return TRUE;
    case SKS_FIELD_INT:
      if (text == NULL || *text == '\0')
        text = "0";
      if (!parse_number (field, text, &number, error))
        return FALSE;
      g_object_set (object, field->name, (gint64) number, NULL);
      return TRUE;
    case SKS_FIELD_DOUBLE:
      if (text == NULL || *text == '\0')
        text = "0";
      if (!parse_number (field, text, &number, error))
        return FALSE;
      g_object_set (object, field->name, number, NULL);
      return TRUE;
    case SKS_FIELD_BOOLEAN:
      /* Empty is "no", as it is zero for numbers and unset for enums. */
      if (!parse_boolean (field, text && *text ? text : "0", &flag, error))
        return FALSE;
      g_object_set (object, field->name, flag, NULL);
      return TRUE;
    case SKS_FIELD_ENUM:
      if (text == NULL || *text == '\0')
        enum_value = 0;
      else if (!sks_enum_from_nick (field->enum_type (), text, &enum_value))
        {
          g_autofree char *excerpt = sks_json_guard_excerpt (text, -1);

          g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_NOT_IN_LIST,
                       _("%s: “%s” is not one of the allowed values"),
                       sks_field_get_label (field), excerpt);
          return FALSE;
        }
      g_object_set (object, field->name, enum_value, NULL);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

const char *
sks_field_get_label (const SksField *field)
{
  return _(field->label);
}

gboolean
sks_field_is_empty (const SksField *field,
                    GObject        *object)
{
  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      {
        const char *text = sks_field_get_text (field, object);
        return text == NULL || *text == '\0';
      }
    case SKS_FIELD_INT:
      return sks_field_get_int (field, object) == 0;
    case SKS_FIELD_DOUBLE:
      return sks_field_get_double (field, object) == 0;
    case SKS_FIELD_BOOLEAN:
      return FALSE;
    case SKS_FIELD_ENUM:
      return sks_field_get_enum (field, object) == 0;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
validate_code (const SksField *field,
               const char     *text,
               GError        **error)
{
  const SksCodeList *list = sks_code_list_get (field->code_list);

  if (sks_code_list_normalize (list, text) == NULL)
    {
      g_autofree char *excerpt = sks_json_guard_excerpt (text, -1);

      g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_NOT_IN_LIST,
                   _("%s: “%s” is not in the standard list; choose one of its entries"),
                   sks_field_get_label (field), excerpt);
      return FALSE;
    }
  return TRUE;
}

/* The label names the field in a message; without one to write, its
 * translation is not looked up (a check of 100,000 applications validates
 * millions of fields). */
static inline const char *
label_for (const SksField  *field,
           GError         **error)
{
  return error != NULL ? sks_field_get_label (field) : "";
}

static gboolean
validate_format (const SksField *field,
                 const char     *text,
                 GError        **error)
{
  const char *label = label_for (field, error);

  switch (field->format)
    {
    case SKS_FORMAT_NONE:
      return TRUE;
    case SKS_FORMAT_MOBILE:
      return sks_check_mobile (label, text, error);
    case SKS_FORMAT_LANDLINE:
      return sks_check_landline (label, text, error);
    case SKS_FORMAT_EMAIL:
      return sks_check_email (label, text, error);
    case SKS_FORMAT_POSTCODE:
      return sks_check_postcode (label, text, error);
    case SKS_FORMAT_ID_NUMBER:
      return sks_id_number_validate (label, text, error);
    case SKS_FORMAT_YEAR_MONTH:
      return sks_check_year_month (label, text, error);
    case SKS_FORMAT_DATE:
      return sks_check_date (label, text, error);
    case SKS_FORMAT_CODE:
      return validate_code (field, text, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
validate_text (const SksField *field,
               const char     *text,
               GError        **error)
{
  const char *label = label_for (field, error);

  if (!sks_check_length (label, text, field->max_chars, error))
    return FALSE;
  if (!(field->flags & SKS_FIELD_MULTILINE) && !sks_check_single_line (label, text, error))
    return FALSE;
  return validate_format (field, text, error);
}

/* Checks one field of @object. With @complete, a required field must be
 * filled (the application is being submitted); drafts may have gaps. */
gboolean
sks_field_validate (const SksField *field,
                    GObject        *object,
                    gboolean        complete,
                    GError        **error)
{
  if (sks_field_is_empty (field, object))
    {
      if (complete && (field->flags & SKS_FIELD_REQUIRED))
        {
          g_set_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_REQUIRED,
                       _("%s: must be filled in"), sks_field_get_label (field));
          return FALSE;
        }
      return TRUE;
    }

  if (field->kind == SKS_FIELD_TEXT)
    return validate_text (field, sks_field_get_text (field, object), error);

  if (field->kind == SKS_FIELD_INT || field->kind == SKS_FIELD_DOUBLE)
    {
      double v = field->kind == SKS_FIELD_INT ? (double) sks_field_get_int (field, object)
                                              : sks_field_get_double (field, object);
      if (v < field->min || v > field->max)
        {
          set_range_error (field, error);
          return FALSE;
        }
    }
  return TRUE;
}
