/* test-validate-l10n.c — validation messages in Simplified Chinese
 *
 * Reads the catalogue built from po/zh_CN.po through SKS_LOCALEDIR. Fails,
 * rather than skips, when the zh_CN.UTF-8 locale or a translation is missing:
 * the bureaus read these messages in Chinese.
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-problem.h"
#include "sks-validate.h"
#include "test-validate-common.h"

#define ZH_LOCALE "zh_CN.UTF-8"

static gboolean
has_han (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

static char *
repeat (const char *piece,
        guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MAX (n, 1); i++)
    g_string_append (text, piece);
  return g_string_free (text, FALSE);
}

/* The same failure's message in English, the locale switched back after. */
static char *
english_message (const char *type,
                 const char *field,
                 const char *value,
                 gboolean    complete)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (setlocale (LC_MESSAGES, "C.UTF-8"));
  error = check_value (type, field, value, complete);
  g_assert_nonnull (setlocale (LC_MESSAGES, ZH_LOCALE));
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static void
test_environment (void)
{
  const char *localedir = g_getenv ("SKS_LOCALEDIR");
  g_autofree char *catalogue = NULL;

  g_assert_nonnull (localedir);
  catalogue = g_build_filename (localedir, "zh_CN", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_test_message ("catalogue %s", catalogue);
  g_assert_true (g_file_test (catalogue, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (bindtextdomain (GETTEXT_PACKAGE, NULL), ==, localedir);

  /* Generate the locale if this fails (see build-aux):
   *   sed -i 's/^# *zh_CN.UTF-8/zh_CN.UTF-8/' /etc/locale.gen && locale-gen */
  g_assert_nonnull (setlocale (LC_MESSAGES, NULL));
  g_assert_true (g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "zh_CN"));
}

/* Every field label and every enum value label has a Chinese translation. */
static void
test_labels_translated (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];
          const char *label = sks_field_get_label (field);

          g_test_message ("%s.%s: “%s” → “%s”", model_types[t].name, field->name, field->label,
                          label);
          g_assert_cmpstr (label, !=, field->label);
          g_assert_true (has_han (label));

          if (field->kind == SKS_FIELD_ENUM)
            {
              g_autoptr(GEnumClass) klass = g_type_class_ref (field->enum_type ());

              for (guint v = 0; v < klass->n_values; v++)
                {
                  const char *value_label = sks_enum_get_label (field->enum_type (),
                                                                klass->values[v].value);
                  g_test_message ("  %s → “%s”", klass->values[v].value_nick, value_label);
                  g_assert_cmpstr (value_label, !=, klass->values[v].value_name);
                  g_assert_true (has_han (value_label));
                }
            }
        }
    }
}

/* One failure of each kind: the message starts with the Chinese label and its
 * wording is translated too, not only the label. */
static void
test_messages_translated (void)
{
  static const struct {
    const char *type;
    const char *field;
    const char *value;
    guint       repeat;
    gboolean    complete;
  } failures[] = {
    { "unit", "name", "", 0, TRUE },                          /* REQUIRED */
    { "studio", "name", "a\nb", 0, FALSE },                   /* single line */
    { "unit", "postcode", "31300", 0, FALSE },
    { "unit", "mobile", "12800138000", 0, FALSE },
    { "unit", "office-phone", "572-2398708", 0, FALSE },
    { "unit", "email", "hr@example", 0, FALSE },
    { "master", "birth", "1978-13", 0, FALSE },
    { "master", "id-number", "11010519491231003X", 0, FALSE },/* check digit */
    { "master", "id-number", "11010519491231002x", 0, FALSE },/* format */
    { "master", "id-number", "11010519491331002X", 0, FALSE },/* date */
    { "master", "id-number", "1101051949123100", 0, FALSE },  /* length */
    { "master", "ethnicity", "火星族", 0, FALSE },
    { "master", "full-time-years", "61", 0, FALSE },
    { "master", "frontline", "yes", 0, FALSE },
    { "master", "gender", "unknown", 0, FALSE },
    { "studio", "application-date", "2025-02-29", 0, FALSE },
    { "studio", "area", "-1", 0, FALSE },
    { "studio", "achievements", "字", 201, FALSE },            /* too long */
    { "unit", "name", "a\xff", 0, FALSE },                    /* not UTF-8 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      const ModelType *model = model_type_lookup (failures[i].type);
      const SksField *field = sks_field_table_lookup (model->get_table (), failures[i].field);
      g_autofree char *value = repeat (failures[i].value, failures[i].repeat);
      g_autoptr(GError) error = check_value (failures[i].type, failures[i].field, value,
                                             failures[i].complete);
      g_autofree char *english = english_message (failures[i].type, failures[i].field, value,
                                                  failures[i].complete);
      const char *label = sks_field_get_label (field);

      g_assert_nonnull (error);
      g_test_message ("%s.%s: “%s” / “%s”", failures[i].type, failures[i].field,
                      error->message, english);
      g_assert_true (g_str_has_prefix (error->message, label));
      g_assert_cmpstr (error->message, !=, english);
      /* The wording after the label is not the English wording. */
      g_assert_true (strstr (error->message, strchr (english, ':')) == NULL);
    }
}

/* The cross-field messages name their fields in Chinese too. */
static void
test_cross_field_translated (void)
{
  SksMaster *master = sks_master_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (
    (GDestroyNotify) sks_problem_free);
  const SksFieldTable *table = sks_master_get_field_table ();

  g_object_set (master,
                "id-number", "34052419800101001X",
                "birth", "1980-02",
                "gender", SKS_GENDER_FEMALE,
                "retirement-category", SKS_RETIREMENT_MALE_60,
                "rehired", TRUE,
                NULL);
  sks_master_validate (master, problems, FALSE);
  /* The ID number / 出生年月 conflict is reported under both fields. */
  g_assert_cmpuint (problems->len, ==, 5);
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);
      const SksField *field = sks_field_table_lookup (table, problem->path + strlen ("master."));

      g_test_message ("%s: %s", problem->path, problem->error->message);
      g_assert_nonnull (field);
      g_assert_true (g_str_has_prefix (problem->error->message, sks_field_get_label (field)));
      g_assert_true (has_han (problem->error->message + strlen (sks_field_get_label (field))));
    }
  g_assert_finalize_object (master);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", ZH_LOCALE, TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate-l10n/environment", test_environment);
  g_test_add_func ("/validate-l10n/labels-translated", test_labels_translated);
  g_test_add_func ("/validate-l10n/messages-translated", test_messages_translated);
  g_test_add_func ("/validate-l10n/cross-field-translated", test_cross_field_translated);

  return g_test_run ();
}
