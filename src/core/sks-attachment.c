/* sks-attachment.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-attachment.h"
#include "sks-problem.h"
#include "sks-validate.h"

/* Attachments larger than this are refused: a scanned certificate is a few MB. */
#define MAX_ATTACHMENT_SIZE (64 * 1024 * 1024)

struct _SksAttachment
{
  GObject  parent_instance;

  int      kind;
  char    *name;
  char    *mime_type;
  char    *note;

  gint64   id;
  GBytes  *data;     /* NULL until loaded */
  gint64   size;
  char    *sha256;
};

G_DEFINE_FINAL_TYPE (SksAttachment, sks_attachment, G_TYPE_OBJECT)

static const SksField attachment_fields[] = {
  SKS_ENUM ("kind", "kind", N_("Kind of material"), SksAttachment, kind,
            sks_attachment_kind_get_type, 0),
  SKS_TEXT ("name", "name", N_("File name"), SksAttachment, name, 255, SKS_FIELD_REQUIRED,
            SKS_FORMAT_NONE),
  SKS_TEXT ("mime-type", "mime_type", N_("File type"), SksAttachment, mime_type, 100, 0,
            SKS_FORMAT_NONE),
  SKS_TEXT ("note", "note", N_("Note"), SksAttachment, note, 500, SKS_FIELD_MULTILINE,
            SKS_FORMAT_NONE),
};

enum {
  PROP_SIZE = G_N_ELEMENTS (attachment_fields) + 1,
  PROP_SHA256,
  N_PROPS
};

static const SksFieldTable attachment_table = SKS_FIELD_TABLE (attachment_fields);
static GParamSpec *properties[N_PROPS];

static void
sks_attachment_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SksAttachment *self = SKS_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    default:
      sks_field_table_get_property (&attachment_table, object, prop_id, value);
    }
}

static void
sks_attachment_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  sks_field_table_set_property (&attachment_table, object, properties, prop_id, value);
}

static void
sks_attachment_finalize (GObject *object)
{
  SksAttachment *self = SKS_ATTACHMENT (object);

  sks_field_table_free_values (&attachment_table, object);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->sha256, g_free);
  G_OBJECT_CLASS (sks_attachment_parent_class)->finalize (object);
}

static void
sks_attachment_class_init (SksAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sks_attachment_finalize;
  object_class->get_property = sks_attachment_get_property;
  object_class->set_property = sks_attachment_set_property;

  sks_field_table_install (&attachment_table, object_class, properties);

  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_SIZE, properties[PROP_SIZE]);
  g_object_class_install_property (object_class, PROP_SHA256, properties[PROP_SHA256]);
}

static void
sks_attachment_init (SksAttachment *self)
{
  self->kind = SKS_ATTACHMENT_OTHER;
}

SksAttachment *
sks_attachment_new (SksAttachmentKind kind,
                    const char       *name,
                    const char       *mime_type,
                    GBytes           *data)
{
  SksAttachment *self = g_object_new (SKS_TYPE_ATTACHMENT,
                                      "kind", kind,
                                      "name", name,
                                      "mime-type", mime_type,
                                      NULL);
  if (data != NULL)
    sks_attachment_set_data (self, data);
  return self;
}

const SksFieldTable *
sks_attachment_get_field_table (void)
{
  return &attachment_table;
}

gint64
sks_attachment_get_id (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), 0);
  return self->id;
}

void
sks_attachment_set_id (SksAttachment *self,
                       gint64         id)
{
  g_return_if_fail (SKS_IS_ATTACHMENT (self));
  self->id = id;
}

SksAttachmentKind
sks_attachment_get_kind (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), SKS_ATTACHMENT_OTHER);
  return self->kind;
}

const char *
sks_attachment_get_name (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), NULL);
  return self->name;
}

const char *
sks_attachment_get_mime_type (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), NULL);
  return self->mime_type;
}

/* Returns: (transfer none) (nullable): the content, if loaded */
GBytes *
sks_attachment_get_data (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), NULL);
  return self->data;
}

/* Sets the content and recomputes its size and SHA-256. */
void
sks_attachment_set_data (SksAttachment *self,
                         GBytes        *data)
{
  g_return_if_fail (SKS_IS_ATTACHMENT (self));
  g_return_if_fail (data != NULL);

  g_bytes_ref (data);
  g_clear_pointer (&self->data, g_bytes_unref);
  self->data = data;
  {
    g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
    sks_attachment_set_stored_digest (self, g_bytes_get_size (data), digest);
  }
}

/* For the store: size and digest of content that is not loaded. */
void
sks_attachment_set_stored_digest (SksAttachment *self,
                                  gint64         size,
                                  const char    *sha256)
{
  g_return_if_fail (SKS_IS_ATTACHMENT (self));

  if (self->size != size)
    {
      self->size = size;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
    }
  if (sha256 != NULL && sks_set_str (&self->sha256, sha256))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

gint64
sks_attachment_get_size (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), 0);
  return self->size;
}

const char *
sks_attachment_get_sha256 (SksAttachment *self)
{
  g_return_val_if_fail (SKS_IS_ATTACHMENT (self), NULL);
  return self->sha256;
}

void
sks_attachment_validate (SksAttachment *self,
                         GPtrArray     *problems,
                         const char    *prefix)
{
  g_return_if_fail (SKS_IS_ATTACHMENT (self));

  sks_problems_add_fields (problems, prefix, &attachment_table, G_OBJECT (self), TRUE);
  if (self->size > MAX_ATTACHMENT_SIZE)
    sks_problems_add (problems, prefix, "data",
                      g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_OUT_OF_RANGE,
                                   _("%s: the file is larger than %d MB"), _("Attachment"),
                                   MAX_ATTACHMENT_SIZE / (1024 * 1024)));
  if (self->data != NULL && self->sha256 == NULL)
    sks_problems_add (problems, prefix, "sha256",
                      g_error_new (SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_FORMAT,
                                   _("%s: the checksum is missing"), _("Attachment")));
}

/* Characters that must not reach a file name: controls, and the marks that
 * reorder text (U+202E shows "exe.pdf" for "fdp.exe"). */
static gboolean
is_unsafe_char (gunichar c)
{
  return g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029 || (c >= 0x200e && c <= 0x200f) ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfffd;
}

/* The part after the last slash or backslash, valid UTF-8, unsafe
 * characters as "_", without dots and spaces at either end. */
static char *
clean_base_name (const char *name)
{
  const char *base = name;
  g_autofree char *valid = NULL;
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p; p++)
    if (*p == '/' || *p == '\\')
      base = p + 1;
  valid = g_utf8_make_valid (base, -1);
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe_char (c))
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
    }
  while (out->len > 0 && (out->str[out->len - 1] == '.' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && (out->str[0] == '.' || out->str[0] == ' '))
    g_string_erase (out, 0, 1);
  return g_string_free (out, FALSE);
}

/* Cuts @name to at most @max bytes at a character boundary, keeping a short
 * extension. */
static void
shorten_name (GString *name,
              gsize    max)
{
  const char *dot = strrchr (name->str, '.');
  g_autofree char *extension = NULL;
  gsize keep;

  if (name->len <= max)
    return;
  if (dot != NULL && dot != name->str && strlen (dot) <= 16)
    extension = g_strdup (dot);
  keep = max - (extension ? strlen (extension) : 0);
  while (keep > 0 && ((guchar) name->str[keep] & 0xc0) == 0x80)
    keep--;
  g_string_truncate (name, keep);
  if (extension != NULL)
    g_string_append (name, extension);
}

/**
 * sks_attachment_safe_name:
 * @name: (nullable): an attachment's name, from a file, a document or an
 *   exchange file
 *
 * Reduces @name to a base name that can be joined to a folder: no folder
 * part ("../", "/", "C:\"), valid UTF-8 without control characters, no
 * leading dot, at most %SKS_ATTACHMENT_MAX_NAME_BYTES bytes with its
 * extension kept. An empty result becomes "attachment".
 *
 * Returns: (transfer full): the safe name
 */
char *
sks_attachment_safe_name (const char *name)
{
  g_autofree char *base = clean_base_name (name ? name : "");
  g_autoptr(GString) out = g_string_new (base);

  shorten_name (out, SKS_ATTACHMENT_MAX_NAME_BYTES);
  if (out->len == 0 || out->str[0] == '.')
    g_string_prepend (out, _("attachment"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The materials each notice asks for, as attachment kinds. Huzhou 2025
 * 四、工作要求 4; Hangzhou 2023 四、申报程序（一）. */
static const SksAttachmentKind huzhou_materials[] = {
  SKS_ATTACHMENT_RECOMMENDATION,
  SKS_ATTACHMENT_APPLICATION_REPORT,
  SKS_ATTACHMENT_ID_COPY,
  SKS_ATTACHMENT_SKILL_CERTIFICATE,
  SKS_ATTACHMENT_HONOUR,
  SKS_ATTACHMENT_TECH_ACHIEVEMENT,
};

static const SksAttachmentKind hangzhou_materials[] = {
  SKS_ATTACHMENT_APPLICATION_REPORT,
  SKS_ATTACHMENT_BUSINESS_LICENCE,
  SKS_ATTACHMENT_ID_COPY,
  SKS_ATTACHMENT_SKILL_CERTIFICATE,
  SKS_ATTACHMENT_HONOUR,
  SKS_ATTACHMENT_MEDIA_REPORT,
  SKS_ATTACHMENT_PUBLICATION,
};

/**
 * sks_attachment_kinds_for_city:
 * @city: (nullable): the round's city
 * @n_kinds: (out): the number of kinds
 *
 * The materials the city's notice asks for: the form's checklist, and the
 * comparison's evidence rows.
 *
 * Returns: (array length=n_kinds) (transfer none): the attachment kinds
 */
const SksAttachmentKind *
sks_attachment_kinds_for_city (const char *city,
                               guint      *n_kinds)
{
  g_return_val_if_fail (n_kinds != NULL, NULL);

  if (g_strcmp0 (city, "杭州市") == 0 || g_strcmp0 (city, "杭州") == 0)
    {
      *n_kinds = G_N_ELEMENTS (hangzhou_materials);
      return hangzhou_materials;
    }
  *n_kinds = G_N_ELEMENTS (huzhou_materials);
  return huzhou_materials;
}
