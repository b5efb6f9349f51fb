/* sks-field.h
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A field table describes the plain-value fields of one model type once.
 * The same table installs the GObject properties, validates values, and
 * maps the type to SQLite columns, exchange keys and CSV columns, so a field
 * is added in one place.
 */

/* g_set_str() is GLib 2.76; Debian 12 has 2.74. */
static inline gboolean
sks_set_str (char       **slot,
             const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

typedef enum {
  SKS_FIELD_TEXT,
  SKS_FIELD_INT,
  SKS_FIELD_DOUBLE,
  SKS_FIELD_BOOLEAN,
  SKS_FIELD_ENUM,
} SksFieldKind;

typedef enum {
  SKS_FORMAT_NONE,
  SKS_FORMAT_MOBILE,
  SKS_FORMAT_LANDLINE,
  SKS_FORMAT_EMAIL,
  SKS_FORMAT_POSTCODE,
  SKS_FORMAT_ID_NUMBER,
  SKS_FORMAT_YEAR_MONTH,
  SKS_FORMAT_DATE,
  SKS_FORMAT_CODE,
} SksFieldFormat;

typedef enum {
  SKS_FIELD_REQUIRED  = 1 << 0, /* must be filled before the application is submitted */
  SKS_FIELD_SENSITIVE = 1 << 1, /* personal data: masked in lists, never logged */
  SKS_FIELD_MULTILINE = 1 << 2, /* free text; line breaks allowed */
} SksFieldFlags;

typedef struct {
  const char     *name;       /* property name and exchange key, e.g. "legal-representative" */
  const char     *column;     /* SQLite and CSV column, e.g. "legal_representative" */
  const char     *label;      /* N_() English label; translated when shown */
  SksFieldKind    kind;
  gsize           offset;     /* of the value inside the instance struct */
  SksFieldFormat  format;
  guint           max_chars;  /* characters, not bytes; 0 for no limit */
  SksFieldFlags   flags;
  const char     *code_list;  /* for SKS_FORMAT_CODE */
  GType         (*enum_type) (void);
  double          min;        /* for numbers */
  double          max;
} SksField;

typedef struct {
  const SksField *fields;
  guint           n_fields;
} SksFieldTable;

#define SKS_FIELD_TABLE(array) { (array), G_N_ELEMENTS (array) }

const SksField *sks_field_table_lookup          (const SksFieldTable *table,
                                                 const char          *name);

void            sks_field_table_install         (const SksFieldTable *table,
                                                 GObjectClass        *klass,
                                                 GParamSpec         **pspecs);
void            sks_field_table_get_property    (const SksFieldTable *table,
                                                 GObject             *object,
                                                 guint                prop_id,
                                                 GValue              *value);
void            sks_field_table_set_property    (const SksFieldTable *table,
                                                 GObject             *object,
                                                 GParamSpec         **pspecs,
                                                 guint                prop_id,
                                                 const GValue        *value);
void            sks_field_table_free_values     (const SksFieldTable *table,
                                                 GObject             *object);
gboolean        sks_field_table_equal          (const SksFieldTable *table,
                                                 GObject             *a,
                                                 GObject             *b);
void            sks_field_table_copy           (const SksFieldTable *table,
                                                 GObject             *source,
                                                 GObject             *dest);

const char     *sks_field_get_text              (const SksField      *field,
                                                 GObject             *object);
gint64          sks_field_get_int               (const SksField      *field,
                                                 GObject             *object);
double          sks_field_get_double            (const SksField      *field,
                                                 GObject             *object);
gboolean        sks_field_get_boolean           (const SksField      *field,
                                                 GObject             *object);
int             sks_field_get_enum              (const SksField      *field,
                                                 GObject             *object);
const char     *sks_field_get_enum_nick         (const SksField      *field,
                                                 GObject             *object);

char           *sks_field_dup_string            (const SksField      *field,
                                                 GObject             *object);
char           *sks_field_dup_masked            (const SksField      *field,
                                                 GObject             *object);
gboolean        sks_field_set_from_string       (const SksField      *field,
                                                 GObject             *object,
                                                 const char          *text,
                                                 GError             **error);

const char     *sks_field_get_label             (const SksField      *field);
gboolean        sks_field_is_empty              (const SksField      *field,
                                                 GObject             *object);
gboolean        sks_field_validate              (const SksField      *field,
                                                 GObject             *object,
                                                 gboolean             complete,
                                                 GError             **error);

G_END_DECLS

G_BEGIN_DECLS

/* The get/set_property pair of a type whose properties all come from a field
 * table named @table with a GParamSpec array named @pspecs. */
#define SKS_FIELD_TABLE_DEFINE_PROPERTY_FUNCS(type_name, table, pspecs)          \
  static void                                                                   \
  type_name##_get_property (GObject    *object,                                 \
                            guint       prop_id,                                \
                            GValue     *value,                                  \
                            GParamSpec *pspec)                                  \
  {                                                                             \
    sks_field_table_get_property (&(table), object, prop_id, value);            \
  }                                                                             \
                                                                                \
  static void                                                                   \
  type_name##_set_property (GObject      *object,                               \
                            guint         prop_id,                              \
                            const GValue *value,                                \
                            GParamSpec   *pspec)                                \
  {                                                                             \
    sks_field_table_set_property (&(table), object, pspecs, prop_id, value);    \
  }

#define SKS_TEXT(prop, col, lbl, type, member, max, fl, fmt)                    \
  { prop, col, lbl, SKS_FIELD_TEXT, G_STRUCT_OFFSET (type, member), fmt, max, fl, NULL, NULL, 0, 0 }
#define SKS_CODE(prop, col, lbl, type, member, list, fl)                        \
  { prop, col, lbl, SKS_FIELD_TEXT, G_STRUCT_OFFSET (type, member), SKS_FORMAT_CODE, 20, fl, list, NULL, 0, 0 }
#define SKS_INT(prop, col, lbl, type, member, lo, hi, fl)                       \
  { prop, col, lbl, SKS_FIELD_INT, G_STRUCT_OFFSET (type, member), SKS_FORMAT_NONE, 0, fl, NULL, NULL, lo, hi }
#define SKS_DOUBLE(prop, col, lbl, type, member, lo, hi, fl)                    \
  { prop, col, lbl, SKS_FIELD_DOUBLE, G_STRUCT_OFFSET (type, member), SKS_FORMAT_NONE, 0, fl, NULL, NULL, lo, hi }
#define SKS_BOOL(prop, col, lbl, type, member)                                  \
  { prop, col, lbl, SKS_FIELD_BOOLEAN, G_STRUCT_OFFSET (type, member), SKS_FORMAT_NONE, 0, 0, NULL, NULL, 0, 1 }
#define SKS_ENUM(prop, col, lbl, type, member, etype, fl)                       \
  { prop, col, lbl, SKS_FIELD_ENUM, G_STRUCT_OFFSET (type, member), SKS_FORMAT_NONE, 0, fl, NULL, etype, 0, 0 }

G_END_DECLS
