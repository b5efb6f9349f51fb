/* test-model.c — the GObject model: notifications, the studio aggregate,
 * copies, cross-field checks, attachments and object lifetimes
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-i18n.h"
#include "sks-id-number.h"
#include "sks-problem.h"
#include "sks-studio-complete.h"
#include "sks-test-util.h"
#include "sks-validate.h"
#include "test-validate-common.h"

#define SHA256_ABC "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#define SHA256_EMPTY "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static void
count_cb (gpointer instance,
          gpointer data)
{
  (*(guint *) data)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  (*(guint *) data)++;
}

static gboolean
problems_have (GPtrArray  *problems,
               const char *path,
               int         code)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->path, path) &&
          g_error_matches (problem->error, SKS_VALIDATION_ERROR, code))
        return TRUE;
    }
  return FALSE;
}

static void
print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);
      g_test_message ("problem %s: %s", problem->path, problem->error->message);
    }
}

/* Value 1 or 2 of @field: the two differ and are within the field's range. */
static void
set_nth_value (const SksField *field,
               GObject        *object,
               guint           n)
{
  switch (field->kind)
    {
    case SKS_FIELD_TEXT:
      g_object_set (object, field->name, n % 2 ? "甲" : "乙", NULL);
      break;
    case SKS_FIELD_INT:
      g_object_set (object, field->name, (gint64) field->min + n, NULL);
      break;
    case SKS_FIELD_DOUBLE:
      g_object_set (object, field->name, field->min + n + 0.5, NULL);
      break;
    case SKS_FIELD_BOOLEAN:
      g_object_set (object, field->name, n % 2 ? TRUE : FALSE, NULL);
      break;
    case SKS_FIELD_ENUM:
    default:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (field->enum_type ());
        g_assert_cmpuint (klass->n_values, >=, 3);
        /* the enum's second and third values */
        g_object_set (object, field->name, klass->values[n % 2 ? 1 : 2].value, NULL);
      }
      break;
    }
}

/* Every writable property notifies explicitly, exactly once per real change
 * and not at all for the same value. */
static void
test_notify_once (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      const SksFieldTable *table = model_types[t].get_table ();
      GObject *probe = model_types[t].create ();
      guint n_pspecs;
      g_autofree GParamSpec **pspecs =
        g_object_class_list_properties (G_OBJECT_GET_CLASS (probe), &n_pspecs);

      for (guint p = 0; p < n_pspecs; p++)
        if (pspecs[p]->flags & G_PARAM_WRITABLE)
          {
            g_test_message ("%s:%s", model_types[t].name, pspecs[p]->name);
            g_assert_true (pspecs[p]->flags & G_PARAM_EXPLICIT_NOTIFY);
            g_assert_nonnull (sks_field_table_lookup (table, pspecs[p]->name));
          }
      g_assert_finalize_object (probe);

      for (guint f = 0; f < table->n_fields; f++)
        {
          const SksField *field = &table->fields[f];
          GObject *object = model_types[t].create ();
          g_autofree char *detailed = g_strconcat ("notify::", field->name, NULL);
          guint n_field = 0, n_any = 0;

          g_test_message ("%s.%s", model_types[t].name, field->name);
          /* Start from the second value, so that the first is a real change
           * whatever the default is. */
          set_nth_value (field, object, 2);
          g_signal_connect (object, detailed, G_CALLBACK (count_notify_cb), &n_field);
          g_signal_connect (object, "notify", G_CALLBACK (count_notify_cb), &n_any);

          set_nth_value (field, object, 1);
          g_assert_cmpuint (n_field, ==, 1);
          set_nth_value (field, object, 1);
          g_assert_cmpuint (n_field, ==, 1);
          set_nth_value (field, object, 2);
          g_assert_cmpuint (n_field, ==, 2);
          set_nth_value (field, object, 2);
          g_assert_cmpuint (n_field, ==, 2);

          /* The stored form goes through the same setter. */
          {
            g_autofree char *stored = sks_field_dup_string (field, object);
            g_assert_true (sks_field_set_from_string (field, object, stored, NULL));
            g_assert_cmpuint (n_field, ==, 2);
          }

          /* Nothing else notified. */
          g_assert_cmpuint (n_any, ==, n_field);
          g_assert_finalize_object (object);
        }
    }
}

/* Read-only size and digest notify only when they change. */
static void
test_notify_attachment_digest (void)
{
  g_autoptr(GBytes) abc = g_bytes_new_static ("abc", 3);
  g_autoptr(GBytes) abd = g_bytes_new_static ("abd", 3);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  SksAttachment *attachment = sks_attachment_new (SKS_ATTACHMENT_OTHER, "a.txt", "text/plain",
                                                  NULL);
  guint n_size = 0, n_sha = 0;

  g_signal_connect (attachment, "notify::size", G_CALLBACK (count_notify_cb), &n_size);
  g_signal_connect (attachment, "notify::sha256", G_CALLBACK (count_notify_cb), &n_sha);

  sks_attachment_set_data (attachment, abc);
  g_assert_cmpuint (n_size, ==, 1);
  g_assert_cmpuint (n_sha, ==, 1);

  sks_attachment_set_data (attachment, abc);
  g_assert_cmpuint (n_size, ==, 1);
  g_assert_cmpuint (n_sha, ==, 1);

  sks_attachment_set_data (attachment, abd);   /* same size, other content */
  g_assert_cmpuint (n_size, ==, 1);
  g_assert_cmpuint (n_sha, ==, 2);

  sks_attachment_set_data (attachment, empty);
  g_assert_cmpuint (n_size, ==, 2);
  g_assert_cmpuint (n_sha, ==, 3);

  g_assert_finalize_object (attachment);
}

/* Applies @change to @studio and checks that ::changed fires @expected times. */
static void
assert_changed (SksStudio  *studio,
                const char *what,
                guint       expected,
                void      (*change) (SksStudio *, gpointer),
                gpointer    data)
{
  guint n = 0;
  gulong id = g_signal_connect (studio, "changed", G_CALLBACK (count_cb), &n);

  g_test_message ("change: %s", what);
  change (studio, data);
  g_assert_cmpuint (n, ==, expected);
  g_signal_handler_disconnect (studio, id);
}

static void
set_name_cb (SksStudio *studio,
             gpointer   data)
{
  g_object_set (data ? data : studio, "name", "新名字", NULL);
}

static void
set_note_cb (SksStudio *studio,
             gpointer   data)
{
  g_object_set (data, "note", "补充说明", NULL);
}

static void
set_status_cb (SksStudio *studio,
               gpointer   data)
{
  sks_studio_set_status (studio, GPOINTER_TO_INT (data));
}

static void
add_member_cb (SksStudio *studio,
               gpointer   data)
{
  sks_studio_add_team_member (studio, data);
}

static void
remove_first_member_cb (SksStudio *studio,
                        gpointer   data)
{
  sks_studio_remove_team_member (studio, 0);
}

static void
add_attachment_cb (SksStudio *studio,
                   gpointer   data)
{
  sks_studio_add_attachment (studio, data);
}

static void
remove_first_attachment_cb (SksStudio *studio,
                            gpointer   data)
{
  sks_studio_remove_attachment (studio, 0);
}

static void
set_data_cb (SksStudio *studio,
             gpointer   data)
{
  sks_attachment_set_data (data, g_object_get_data (G_OBJECT (data), "new-bytes"));
}

static void
test_studio_changed (void)
{
  SksStudio *studio = sks_studio_new ();
  SksUnit *unit = sks_studio_get_unit (studio);
  SksMaster *master = sks_studio_get_master (studio);
  SksTeamMember *first = sks_team_member_new ();
  SksTeamMember *later = sks_team_member_new ();
  g_autoptr(GBytes) abc = g_bytes_new_static ("abc", 3);
  g_autoptr(GBytes) other = g_bytes_new_static ("abd", 3);   /* same size */
  SksAttachment *attachment = sks_attachment_new (SKS_ATTACHMENT_HONOUR, "奖状.pdf",
                                                  "application/pdf", abc);

  g_object_set_data (G_OBJECT (attachment), "new-bytes", other);

  assert_changed (studio, "studio name", 1, set_name_cb, NULL);
  assert_changed (studio, "studio name, same value", 0, set_name_cb, NULL);
  assert_changed (studio, "status", 1, set_status_cb, GINT_TO_POINTER (SKS_STATUS_SUBMITTED));
  assert_changed (studio, "status, same value", 0, set_status_cb,
                  GINT_TO_POINTER (SKS_STATUS_SUBMITTED));
  assert_changed (studio, "unit name", 1, set_name_cb, unit);
  assert_changed (studio, "unit name, same value", 0, set_name_cb, unit);
  assert_changed (studio, "master name", 1, set_name_cb, master);
  assert_changed (studio, "master name, same value", 0, set_name_cb, master);

  assert_changed (studio, "member added", 1, add_member_cb, first);
  assert_changed (studio, "member edited", 1, set_name_cb, first);
  assert_changed (studio, "member edited, same value", 0, set_name_cb, first);
  assert_changed (studio, "member added later", 1, add_member_cb, later);
  assert_changed (studio, "later member edited", 1, set_name_cb, later);
  assert_changed (studio, "first member removed", 1, remove_first_member_cb, NULL);
  g_object_set (first, "name", "甲", NULL);
  assert_changed (studio, "removed member edited", 0, set_name_cb, first);
  assert_changed (studio, "remaining member edited", 0, set_name_cb, later);
  g_object_set (later, "name", "乙", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (studio)), ==, 1);

  assert_changed (studio, "attachment added", 1, add_attachment_cb, attachment);
  assert_changed (studio, "attachment edited", 1, set_note_cb, attachment);
  assert_changed (studio, "attachment edited, same value", 0, set_note_cb, attachment);
  assert_changed (studio, "attachment content replaced", 1, set_data_cb, attachment);
  assert_changed (studio, "attachment content, same bytes", 0, set_data_cb, attachment);
  assert_changed (studio, "attachment removed", 1, remove_first_attachment_cb, NULL);
  g_object_set (attachment, "note", "另一个说明", NULL);
  assert_changed (studio, "removed attachment edited", 0, set_note_cb, attachment);

  /* A member that is removed and added again counts once, not twice. */
  g_object_set (first, "name", "丁", NULL);
  assert_changed (studio, "member re-added", 1, add_member_cb, first);
  assert_changed (studio, "re-added member edited", 1, set_name_cb, first);

  g_assert_finalize_object (studio);
  /* The studio is gone: its members and attachments live on, unwatched. */
  g_object_set (first, "name", "丙", NULL);
  g_object_set (attachment, "note", "第三个说明", NULL);
  g_assert_finalize_object (first);
  g_assert_finalize_object (later);
  g_assert_finalize_object (attachment);
}

/* Someone (a list view) keeps the team after the studio is gone. */
static void
test_studio_outlived_by_lists (void)
{
  SksStudio *studio = sks_test_make_full_studio (7, 2);
  GListModel *team = g_object_ref (sks_studio_get_team (studio));
  GListModel *attachments = g_object_ref (sks_studio_get_attachments (studio));
  SksTeamMember *member = g_list_model_get_item (team, 0);

  g_assert_finalize_object (studio);

  g_list_store_remove (G_LIST_STORE (team), 1);
  {
    g_autoptr(SksTeamMember) extra = sks_team_member_new ();
    g_list_store_append (G_LIST_STORE (team), extra);
  }
  g_list_store_remove_all (G_LIST_STORE (attachments));
  g_object_set (member, "name", "丁", NULL);

  g_clear_object (&member);
  g_assert_finalize_object (team);
  g_assert_finalize_object (attachments);
}

static void
test_studio_dup (void)
{
  SksStudio *original = sks_test_make_full_studio (3, 4);
  SksStudio *copy;
  g_autoptr(SksHistoryEntry) entry = sks_history_entry_new ("2025-03-10T09:00:00+08:00",
                                                            "submitted", "status");
  guint n_original_changed = 0;

  sks_studio_set_id (original, 42);
  sks_studio_set_round_id (original, 3);
  sks_studio_set_recommender_id (original, 5);
  sks_studio_set_timestamps (original, "2025-03-01T08:00:00Z", "2025-03-10T09:00:00Z");
  sks_studio_add_history_entry (original, entry);

  copy = sks_studio_dup (original);
  g_assert_true (copy != original);
  g_assert_true (sks_studio_equal (original, copy));
  g_assert_true (sks_studio_equal (copy, original));

  /* Same identity, so that saving the copy updates the original's row. */
  g_assert_cmpint (sks_studio_get_id (copy), ==, 42);
  g_assert_cmpint (sks_studio_get_round_id (copy), ==, 3);
  g_assert_cmpint (sks_studio_get_recommender_id (copy), ==, 5);
  g_assert_cmpstr (sks_studio_get_uuid (copy), ==, sks_studio_get_uuid (original));
  g_assert_cmpstr (sks_studio_get_created (copy), ==, "2025-03-01T08:00:00Z");
  g_assert_cmpstr (sks_studio_get_modified (copy), ==, "2025-03-10T09:00:00Z");
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_history (copy)), ==, 1);

  /* Deep: no part is shared. */
  g_assert_true (sks_studio_get_unit (copy) != sks_studio_get_unit (original));
  g_assert_true (sks_studio_get_master (copy) != sks_studio_get_master (original));
  g_assert_true (sks_studio_get_team (copy) != sks_studio_get_team (original));
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (copy)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_attachments (copy)), ==, 2);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (sks_studio_get_team (original), i);
      g_autoptr(GObject) b = g_list_model_get_item (sks_studio_get_team (copy), i);
      g_assert_true (a != b);
      g_assert_true (sks_field_table_equal (sks_team_member_get_field_table (), a, b));
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SksAttachment) a = g_list_model_get_item (sks_studio_get_attachments (original), i);
      g_autoptr(SksAttachment) b = g_list_model_get_item (sks_studio_get_attachments (copy), i);
      g_assert_true (a != b);
      g_assert_cmpstr (sks_attachment_get_sha256 (a), ==, sks_attachment_get_sha256 (b));
      g_assert_cmpint (sks_attachment_get_size (a), ==, sks_attachment_get_size (b));
      g_assert_cmpstr (sks_attachment_get_name (a), ==, sks_attachment_get_name (b));
    }

  /* Changing the copy leaves the original alone. */
  g_signal_connect (original, "changed", G_CALLBACK (count_cb), &n_original_changed);
  g_object_set (copy, "name", "另一个工作室", NULL);
  g_object_set (sks_studio_get_unit (copy), "postcode", "313100", NULL);
  g_object_set (sks_studio_get_master (copy), "mobile", "13800138000", NULL);
  {
    g_autoptr(SksTeamMember) member = g_list_model_get_item (sks_studio_get_team (copy), 0);
    g_object_set (member, "name", "改名", NULL);
  }
  sks_studio_remove_team_member (copy, 3);
  sks_studio_remove_attachment (copy, 1);
  g_assert_cmpuint (n_original_changed, ==, 0);
  g_assert_true (!sks_studio_equal (original, copy));
  g_assert_cmpstr (sks_studio_get_name (original), ==, "张“伟”😀数控车工技能大师工作室3");
  g_assert_cmpstr (sks_unit_get_name (sks_studio_get_unit (original)), ==,
                   "湖州\"精工\"机械有限公司");
  g_assert_cmpstr (sks_master_get_mobile (sks_studio_get_master (original)), ==, "13905721234");
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_team (original)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (sks_studio_get_attachments (original)), ==, 2);
  {
    g_autoptr(SksTeamMember) member = g_list_model_get_item (sks_studio_get_team (original), 0);
    g_assert_cmpstr (sks_team_member_get_name (member), ==, "成员30号");
  }

  /* The original still validates and the copy's team is watched. */
  {
    g_autoptr(GPtrArray) problems = sks_studio_validate (original, TRUE);
    print_problems (problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  {
    guint n_copy_changed = 0;
    g_autoptr(SksTeamMember) member = g_list_model_get_item (sks_studio_get_team (copy), 1);

    g_signal_connect (copy, "changed", G_CALLBACK (count_cb), &n_copy_changed);
    g_object_set (member, "occupation", "钳工", NULL);
    g_assert_cmpuint (n_copy_changed, ==, 1);
  }

  g_assert_finalize_object (copy);
  g_assert_finalize_object (original);
}

/* sks_studio_equal() sees a difference in each part, and digests compare
 * attachments whose content is not loaded. */
static void
test_studio_equal (void)
{
  static const struct {
    const char *part;
    const char *property;
    const char *value;
  } edits[] = {
    { "studio", "introduction", "另一段简介" },
    { "unit", "fax", "0572-2398700" },
    { "master", "occupation", "钳工" },
    { "team", "skill-level", "技师" },
    { "attachments", "note", "新说明" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      SksStudio *a = sks_test_make_full_studio (11, 2);
      SksStudio *b = sks_studio_dup (a);
      GObject *target;

      g_test_message ("edit %s.%s", edits[i].part, edits[i].property);
      g_assert_true (sks_studio_equal (a, b));
      if (g_str_equal (edits[i].part, "studio"))
        target = g_object_ref (G_OBJECT (b));
      else if (g_str_equal (edits[i].part, "unit"))
        target = g_object_ref (G_OBJECT (sks_studio_get_unit (b)));
      else if (g_str_equal (edits[i].part, "master"))
        target = g_object_ref (G_OBJECT (sks_studio_get_master (b)));
      else if (g_str_equal (edits[i].part, "team"))
        target = g_list_model_get_item (sks_studio_get_team (b), 1);
      else
        target = g_list_model_get_item (sks_studio_get_attachments (b), 1);
      g_object_set (target, edits[i].property, edits[i].value, NULL);
      g_object_unref (target);
      g_assert_true (!sks_studio_equal (a, b));

      g_assert_finalize_object (b);
      g_assert_finalize_object (a);
    }

  /* Same name and size, other content. */
  {
    SksStudio *a = sks_test_make_full_studio (12, 0);
    SksStudio *b = sks_studio_dup (a);
    g_autoptr(SksAttachment) attachment = g_list_model_get_item (sks_studio_get_attachments (b), 1);
    guchar *ones = g_malloc (4096);
    g_autoptr(GBytes) other = NULL;

    memset (ones, 1, 4096);
    other = g_bytes_new_take (ones, 4096);
    sks_attachment_set_data (attachment, other);
    g_assert_true (!sks_studio_equal (a, b));
    g_clear_object (&attachment);
    g_assert_finalize_object (b);
    g_assert_finalize_object (a);
  }

  /* A stored attachment (digest only) copies and compares by its digest. */
  {
    SksStudio *a = sks_studio_new ();
    SksStudio *b;
    g_autoptr(SksAttachment) stored = sks_attachment_new (SKS_ATTACHMENT_OTHER, "x.pdf",
                                                          "application/pdf", NULL);
    g_autoptr(SksAttachment) copied = NULL;

    sks_attachment_set_id (stored, 9);
    sks_attachment_set_stored_digest (stored, 3, SHA256_ABC);
    sks_studio_add_attachment (a, stored);
    b = sks_studio_dup (a);
    g_assert_true (sks_studio_equal (a, b));
    copied = g_list_model_get_item (sks_studio_get_attachments (b), 0);
    g_assert_true (sks_attachment_get_data (copied) == NULL);
    g_assert_cmpint (sks_attachment_get_id (copied), ==, 9);
    g_assert_cmpint (sks_attachment_get_size (copied), ==, 3);
    g_assert_cmpstr (sks_attachment_get_sha256 (copied), ==, SHA256_ABC);
    g_clear_object (&copied);
    g_assert_finalize_object (b);
    g_clear_object (&stored);
    g_assert_finalize_object (a);
  }
}

static void
test_validate_full_studio (void)
{
  static const guint members[] = { 0, 1, 3, 8 };

  for (guint seed = 0; seed < 4; seed++)
    for (guint m = 0; m < G_N_ELEMENTS (members); m++)
      {
        SksStudio *studio = sks_test_make_full_studio (seed, members[m]);

        for (int complete = FALSE; complete <= TRUE; complete++)
          {
            g_autoptr(GPtrArray) problems = sks_studio_validate (studio, complete);
            print_problems (problems);
            g_assert_cmpuint (problems->len, ==, 0);
          }
        g_assert_finalize_object (studio);
      }
}

/* The paths an empty studio must report on submission: every required field
 * of the studio, its unit and its master. */
static GHashTable *
required_paths (void)
{
  static const struct {
    const char            *prefix;
    const SksFieldTable *(*get_table) (void);
  } parts[] = {
    { NULL, sks_studio_get_field_table },
    { "unit", sks_unit_get_field_table },
    { "master", sks_master_get_field_table },
  };
  GHashTable *paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      const SksFieldTable *table = parts[p].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        if (table->fields[f].flags & SKS_FIELD_REQUIRED)
          g_hash_table_add (paths, parts[p].prefix
                                   ? g_strconcat (parts[p].prefix, ".", table->fields[f].name, NULL)
                                   : g_strdup (table->fields[f].name));
    }
  return paths;
}

static void
test_validate_empty_studio (void)
{
  SksStudio *studio = sks_studio_new ();
  g_autoptr(GHashTable) expected = required_paths ();

  {
    g_autoptr(GPtrArray) problems = sks_studio_validate (studio, FALSE);
    print_problems (problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  {
    g_autoptr(GPtrArray) problems = sks_studio_validate (studio, TRUE);

    print_problems (problems);
    g_assert_cmpuint (problems->len, ==, g_hash_table_size (expected));
    for (guint i = 0; i < problems->len; i++)
      {
        SksProblem *problem = g_ptr_array_index (problems, i);

        g_assert_error (problem->error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_REQUIRED);
        g_assert_true (g_hash_table_contains (expected, problem->path));
      }
    g_assert_true (problems_have (problems, "name", SKS_VALIDATION_ERROR_REQUIRED));
    g_assert_true (problems_have (problems, "unit.postcode", SKS_VALIDATION_ERROR_REQUIRED));
    g_assert_true (problems_have (problems, "master.id-number", SKS_VALIDATION_ERROR_REQUIRED));
  }
  g_assert_finalize_object (studio);
}

/* Problems name their field by path: "team[1].birth", "attachments[0].name". */
static void
test_validate_paths (void)
{
  SksStudio *studio = sks_test_make_full_studio (5, 3);
  g_autoptr(SksTeamMember) second = g_list_model_get_item (sks_studio_get_team (studio), 1);
  g_autoptr(SksAttachment) unnamed = sks_attachment_new (SKS_ATTACHMENT_OTHER, NULL, NULL, NULL);
  g_autoptr(SksAttachment) first = g_list_model_get_item (sks_studio_get_attachments (studio), 0);
  g_autoptr(GPtrArray) problems = NULL;

  g_object_set (second, "birth", "1990-13", NULL);
  g_object_set (sks_studio_get_unit (studio), "postcode", "31300", NULL);
  g_object_set (sks_studio_get_master (studio), "id-number", "11010519491231003X", NULL);
  g_object_set (studio, "area", -5.0, NULL);
  g_object_set (first, "name", NULL, NULL);
  sks_studio_add_attachment (studio, unnamed);
  sks_attachment_set_stored_digest (unnamed, (gint64) 65 * 1024 * 1024, SHA256_ABC);

  problems = sks_studio_validate (studio, TRUE);
  print_problems (problems);
  g_assert_true (problems_have (problems, "team[1].birth", SKS_VALIDATION_ERROR_INVALID_DATE));
  g_assert_true (problems_have (problems, "unit.postcode", SKS_VALIDATION_ERROR_FORMAT));
  g_assert_true (problems_have (problems, "master.id-number", SKS_VALIDATION_ERROR_CHECK_DIGIT));
  g_assert_true (problems_have (problems, "area", SKS_VALIDATION_ERROR_OUT_OF_RANGE));
  g_assert_true (problems_have (problems, "attachments[0].name", SKS_VALIDATION_ERROR_REQUIRED));
  g_assert_true (problems_have (problems, "attachments[2].name", SKS_VALIDATION_ERROR_REQUIRED));
  g_assert_true (problems_have (problems, "attachments[2].data",
                                SKS_VALIDATION_ERROR_OUT_OF_RANGE));
  g_assert_cmpuint (problems->len, ==, 7);

  /* A problem is a boxed type that copies its error. */
  {
    SksProblem *problem = g_ptr_array_index (problems, 0);
    g_autoptr(SksProblem) copy = g_boxed_copy (SKS_TYPE_PROBLEM, problem);

    g_assert_true (copy != problem);
    g_assert_cmpstr (copy->path, ==, problem->path);
    g_assert_true (copy->error != problem->error);
    g_assert_cmpstr (copy->error->message, ==, problem->error->message);
  }

  g_clear_object (&second);
  g_clear_object (&first);
  g_clear_object (&unnamed);
  g_assert_finalize_object (studio);
}

typedef struct {
  const char           *description;
  const char           *id_number;
  const char           *birth;
  SksGender             gender;
  SksRetirementCategory category;
  gboolean              retired;
  gboolean              rehired;
  const char           *paths[4];   /* the INCONSISTENT problems expected */
} CrossCase;

static void
test_master_cross_field (void)
{
  static const CrossCase cases[] = {
    { "all agree", "330502197805170313", "1978-05", SKS_GENDER_MALE, SKS_RETIREMENT_MALE_60,
      FALSE, FALSE, { NULL } },
    { "other birth month", "330502197805170313", "1978-06", SKS_GENDER_MALE,
      SKS_RETIREMENT_UNSET, FALSE, FALSE, { "master.birth", "master.id-number", NULL } },
    { "other birth year", "330502197805170313", "1979-05", SKS_GENDER_MALE,
      SKS_RETIREMENT_UNSET, FALSE, FALSE, { "master.birth", "master.id-number", NULL } },
    { "female with an odd 17th digit", "330502197805170313", "1978-05", SKS_GENDER_FEMALE,
      SKS_RETIREMENT_UNSET, FALSE, FALSE, { "master.gender", NULL } },
    { "both wrong", "330502197805170313", "1980-01", SKS_GENDER_FEMALE, SKS_RETIREMENT_UNSET,
      FALSE, FALSE, { "master.birth", "master.id-number", "master.gender", NULL } },
    { "male in the female-55 category", NULL, NULL, SKS_GENDER_MALE, SKS_RETIREMENT_FEMALE_55,
      FALSE, FALSE, { "master.retirement-category", NULL } },
    { "male in the female-50 category", NULL, NULL, SKS_GENDER_MALE, SKS_RETIREMENT_FEMALE_50,
      FALSE, FALSE, { "master.retirement-category", NULL } },
    { "female in the male category", NULL, NULL, SKS_GENDER_FEMALE, SKS_RETIREMENT_MALE_60,
      FALSE, FALSE, { "master.retirement-category", NULL } },
    { "female-55", NULL, NULL, SKS_GENDER_FEMALE, SKS_RETIREMENT_FEMALE_55, FALSE, FALSE,
      { NULL } },
    { "female-50", NULL, NULL, SKS_GENDER_FEMALE, SKS_RETIREMENT_FEMALE_50, FALSE, FALSE,
      { NULL } },
    { "category without gender", NULL, NULL, SKS_GENDER_UNSET, SKS_RETIREMENT_FEMALE_50, FALSE,
      FALSE, { NULL } },
    { "rehired without retired", NULL, NULL, SKS_GENDER_UNSET, SKS_RETIREMENT_UNSET, FALSE, TRUE,
      { "master.rehired", NULL } },
    { "rehired and retired", NULL, NULL, SKS_GENDER_UNSET, SKS_RETIREMENT_UNSET, TRUE, TRUE,
      { NULL } },
    { "retired only", NULL, NULL, SKS_GENDER_UNSET, SKS_RETIREMENT_UNSET, TRUE, FALSE, { NULL } },
    /* A mistyped number says nothing about birth or gender. */
    { "wrong check digit", "330502197805170311", "1980-01", SKS_GENDER_FEMALE,
      SKS_RETIREMENT_UNSET, FALSE, FALSE, { NULL } },
    { "no birth entered", "330502197805170313", NULL, SKS_GENDER_UNSET, SKS_RETIREMENT_UNSET,
      FALSE, FALSE, { NULL } },
  };
  static const struct {
    const char *path;
    const char *label;
  } labels[] = {
    { "master.birth", "Year and month of birth" },
    /* the conflict shows under both fields */
    { "master.id-number", "ID number" },
    { "master.gender", "Gender" },
    { "master.retirement-category", "Retirement category" },
    { "master.rehired", "Rehired after retirement" },
  };

  /* The fixture numbers are what they claim to be. */
  {
    g_autofree char *id = sks_test_make_id_number ("330502", 1978, 5, 17, 31);
    g_assert_cmpstr (id, ==, "330502197805170313");
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const CrossCase *c = &cases[i];
      SksMaster *master = sks_master_new ();
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (
        (GDestroyNotify) sks_problem_free);
      guint n_expected = 0, n_inconsistent = 0;

      g_test_message ("cross-field: %s", c->description);
      g_object_set (master,
                    "id-number", c->id_number,
                    "birth", c->birth,
                    "gender", c->gender,
                    "retirement-category", c->category,
                    "retired", c->retired,
                    "rehired", c->rehired,
                    NULL);
      sks_master_validate (master, problems, FALSE);
      print_problems (problems);

      for (; c->paths[n_expected]; n_expected++)
        g_assert_true (problems_have (problems, c->paths[n_expected],
                                      SKS_VALIDATION_ERROR_INCONSISTENT));
      for (guint p = 0; p < problems->len; p++)
        {
          SksProblem *problem = g_ptr_array_index (problems, p);

          if (!g_error_matches (problem->error, SKS_VALIDATION_ERROR,
                                SKS_VALIDATION_ERROR_INCONSISTENT))
            continue;
          n_inconsistent++;
          for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
            if (g_str_equal (problem->path, labels[l].path))
              g_assert_true (g_str_has_prefix (problem->error->message, labels[l].label));
          /* The ID number is never repeated in the message. */
          if (c->id_number)
            g_assert_true (strstr (problem->error->message, c->id_number) == NULL);
        }
      g_assert_cmpuint (n_inconsistent, ==, n_expected);
      g_assert_finalize_object (master);
    }
}

/* A valid number with an even 17th digit belongs to a woman. */
static void
test_master_gender_from_valid_id (void)
{
  g_autofree char *female_id = sks_test_make_id_number ("330502", 1985, 3, 8, 42);
  SksMaster *master = sks_master_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (
    (GDestroyNotify) sks_problem_free);

  g_assert_cmpint (sks_id_number_get_gender (female_id), ==, SKS_GENDER_FEMALE);
  g_object_set (master, "id-number", female_id, "birth", "1985-03", "gender", SKS_GENDER_MALE,
                NULL);
  sks_master_validate (master, problems, FALSE);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (problems_have (problems, "master.gender", SKS_VALIDATION_ERROR_INCONSISTENT));

  g_ptr_array_set_size (problems, 0);
  g_object_set (master, "gender", SKS_GENDER_FEMALE, "retirement-category",
                SKS_RETIREMENT_FEMALE_50, NULL);
  sks_master_validate (master, problems, TRUE);
  for (guint i = 0; i < problems->len; i++)
    {
      SksProblem *problem = g_ptr_array_index (problems, i);
      g_assert_error (problem->error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_REQUIRED);
    }
  g_assert_finalize_object (master);
}

static void
test_attachment_digest (void)
{
  static const struct {
    const char *content;
    const char *sha256;
  } digests[] = {
    { "abc", SHA256_ABC },
    { "", SHA256_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (digests); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (digests[i].content, strlen (digests[i].content));
      SksAttachment *attachment = sks_attachment_new (SKS_ATTACHMENT_OTHER, "x.txt",
                                                      "text/plain", bytes);
      gint64 size;
      g_autofree char *sha256 = NULL;

      g_assert_true (sks_attachment_get_data (attachment) == bytes);
      g_assert_cmpint (sks_attachment_get_size (attachment), ==, strlen (digests[i].content));
      g_assert_cmpstr (sks_attachment_get_sha256 (attachment), ==, digests[i].sha256);
      g_object_get (attachment, "size", &size, "sha256", &sha256, NULL);
      g_assert_cmpint (size, ==, strlen (digests[i].content));
      g_assert_cmpstr (sha256, ==, digests[i].sha256);
      g_assert_finalize_object (attachment);
    }

  /* Replacing the content replaces size and digest. */
  {
    g_autoptr(GBytes) abc = g_bytes_new_static ("abc", 3);
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    SksAttachment *attachment = sks_attachment_new (SKS_ATTACHMENT_OTHER, "x.txt", NULL, abc);

    sks_attachment_set_data (attachment, empty);
    g_assert_cmpint (sks_attachment_get_size (attachment), ==, 0);
    g_assert_cmpstr (sks_attachment_get_sha256 (attachment), ==, SHA256_EMPTY);
    g_assert_finalize_object (attachment);
  }

  /* Without content: nothing until the store gives size and digest. */
  {
    SksAttachment *attachment = sks_attachment_new (SKS_ATTACHMENT_OTHER, "x.txt", NULL, NULL);

    g_assert_true (sks_attachment_get_data (attachment) == NULL);
    g_assert_cmpint (sks_attachment_get_size (attachment), ==, 0);
    g_assert_true (sks_attachment_get_sha256 (attachment) == NULL);
    g_assert_cmpint (sks_attachment_get_kind (attachment), ==, SKS_ATTACHMENT_OTHER);
    sks_attachment_set_stored_digest (attachment, 3, SHA256_ABC);
    g_assert_cmpint (sks_attachment_get_size (attachment), ==, 3);
    g_assert_cmpstr (sks_attachment_get_sha256 (attachment), ==, SHA256_ABC);
    g_assert_finalize_object (attachment);
  }

  /* The studio's test fixtures: the PDF is its 18 bytes, the PNG 4096 zeros. */
  {
    SksStudio *studio = sks_test_make_full_studio (1, 0);
    g_autoptr(SksAttachment) pdf = g_list_model_get_item (sks_studio_get_attachments (studio), 0);
    g_autoptr(SksAttachment) png = g_list_model_get_item (sks_studio_get_attachments (studio), 1);
    static const char pdf_bytes[] = "%PDF-1.4\n\0binary\xff\xfe";
    g_autofree char *pdf_sha = NULL;
    g_autofree char *png_sha = NULL;
    g_autofree char *zeros = g_malloc0 (4096);

    pdf_sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) pdf_bytes,
                                           sizeof pdf_bytes - 1);
    png_sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) zeros, 4096);
    g_assert_cmpint (sks_attachment_get_size (pdf), ==, 18);
    g_assert_cmpstr (sks_attachment_get_sha256 (pdf), ==, pdf_sha);
    g_assert_cmpint (sks_attachment_get_size (png), ==, 4096);
    g_assert_cmpstr (sks_attachment_get_sha256 (png), ==, png_sha);
    g_clear_object (&pdf);
    g_clear_object (&png);
    g_assert_finalize_object (studio);
  }
}

/* Every object is freed with its last reference: a studio with all its parts,
 * copies, and members that outlive the studio. */
static void
test_finalize (void)
{
  SksStudio *studio = sks_test_make_full_studio (2, 5);
  SksStudio *copy = sks_studio_dup (studio);
  SksUnit *unit = g_object_ref (sks_studio_get_unit (studio));
  SksMaster *master = g_object_ref (sks_studio_get_master (studio));
  SksTeamMember *member = g_list_model_get_item (sks_studio_get_team (studio), 2);
  SksAttachment *attachment = g_list_model_get_item (sks_studio_get_attachments (studio), 1);
  g_autoptr(GPtrArray) problems = sks_studio_validate (studio, TRUE);
  GWeakRef team_ref;

  g_weak_ref_init (&team_ref, sks_studio_get_team (studio));
  g_assert_finalize_object (copy);
  g_assert_finalize_object (studio);
  {
    g_autoptr(GObject) team = g_weak_ref_get (&team_ref);
    g_assert_true (team == NULL);
  }
  g_weak_ref_clear (&team_ref);

  /* The parts held elsewhere survive and can still change, with nobody
   * listening. */
  g_object_set (unit, "name", "新单位", NULL);
  g_object_set (master, "name", "新大师", NULL);
  g_object_set (member, "name", "新成员", NULL);
  g_object_set (attachment, "note", "新说明", NULL);
  g_assert_finalize_object (unit);
  g_assert_finalize_object (master);
  g_assert_finalize_object (member);
  g_assert_finalize_object (attachment);

  /* The other model types. */
  g_assert_finalize_object (sks_round_new ("huzhou-2025", "湖州", 2025));
  g_assert_finalize_object (sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12));
  g_assert_finalize_object (sks_history_entry_new ("2025-03-10", "submitted", "status"));
  for (guint t = 0; t < G_N_ELEMENTS (model_types); t++)
    {
      GObject *object = model_types[t].create ();
      const SksFieldTable *table = model_types[t].get_table ();

      for (guint f = 0; f < table->n_fields; f++)
        set_nth_value (&table->fields[f], object, 1);
      g_assert_finalize_object (object);
    }
}

/* The other types' validate functions use their own paths. */
static void
test_round_and_recommender (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (
    (GDestroyNotify) sks_problem_free);
  SksRound *round = sks_round_new ("huzhou-2025", "湖州", 2025);
  SksRecommender *recommender = sks_recommender_new ("吴兴区", SKS_RECOMMENDER_DISTRICT, 12);

  sks_round_validate (round, problems, "round");
  sks_recommender_validate (recommender, problems, "recommenders[0]");
  g_assert_cmpuint (problems->len, ==, 0);

  g_object_set (round, "year", (gint64) 1999, "deadline", "2025-02-30", NULL);
  g_object_set (recommender, "quota", (gint64) -1, "name", NULL, NULL);
  sks_round_validate (round, problems, "round");
  sks_recommender_validate (recommender, problems, "recommenders[0]");
  print_problems (problems);
  g_assert_true (problems_have (problems, "round.year", SKS_VALIDATION_ERROR_OUT_OF_RANGE));
  g_assert_true (problems_have (problems, "round.deadline", SKS_VALIDATION_ERROR_INVALID_DATE));
  g_assert_true (problems_have (problems, "recommenders[0].quota",
                                SKS_VALIDATION_ERROR_OUT_OF_RANGE));
  g_assert_true (problems_have (problems, "recommenders[0].name", SKS_VALIDATION_ERROR_REQUIRED));
  g_assert_cmpuint (problems->len, ==, 4);

  g_assert_finalize_object (round);
  g_assert_finalize_object (recommender);
}

/* An empty entry is an unset field: no notification, no difference. */
static void
test_empty_text_is_unset (void)
{
  g_autoptr(SksStudio) a = sks_studio_new ();
  g_autoptr(SksStudio) b = sks_studio_new ();
  guint notified = 0;

  g_signal_connect (a, "notify::name", G_CALLBACK (count_notify_cb), &notified);
  g_object_set (a, "name", "", NULL);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_null (sks_studio_get_name (a));
  g_assert_true (sks_studio_equal (a, b));
}

static void
test_code_list_alias_imported_as_canonical (void)
{
  g_autoptr(SksMaster) master = sks_master_new ();
  const SksFieldTable *table = sks_master_get_field_table ();
  g_autoptr(GError) error = NULL;
  char *value = NULL;

  g_assert_true (sks_field_set_from_string (sks_field_table_lookup (table, "skill-level"),
                                            G_OBJECT (master), "二级/技师", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sks_master_get_skill_level (master), ==, "技师");
  g_assert_true (sks_field_set_from_string (sks_field_table_lookup (table, "ethnicity"),
                                            G_OBJECT (master), "毛难族", &error));
  g_object_get (master, "ethnicity", &value, NULL);
  g_assert_cmpstr (value, ==, "毛南族");
  g_free (value);
}

static void
test_birth_not_in_future (void)
{
  g_autoptr(SksTeamMember) member = sks_team_member_new ();
  const SksField *birth = sks_field_table_lookup (sks_team_member_get_field_table (), "birth");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_month = g_date_time_add_months (now, 1);
  g_autofree char *this_month = g_date_time_format (now, "%Y-%m");
  g_autofree char *future = g_date_time_format (next_month, "%Y-%m");
  g_autoptr(GError) error = NULL;

  g_object_set (member, "birth", this_month, NULL);
  g_assert_true (sks_field_validate (birth, G_OBJECT (member), TRUE, &error));
  g_assert_no_error (error);
  g_object_set (member, "birth", future, NULL);
  g_assert_false (sks_field_validate (birth, G_OBJECT (member), TRUE, &error));
  g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INVALID_DATE);
}

/* A team member is complete with name, gender, a real year and month of
 * birth, education and occupation; one gap or one bad value is enough to
 * make it incomplete (and the application with it). */
typedef struct {
  const char *name;
  const char *property;
  const char *value;
  gboolean    complete;
} MemberCase;

static const MemberCase member_cases[] = {
  { "all-given", NULL, NULL, TRUE },
  { "birth-1990-13", "birth", "1990-13", FALSE },
  { "birth-missing", "birth", NULL, FALSE },
  { "education-missing", "education", NULL, FALSE },
  { "education-not-in-list", "education", "博士后", FALSE },
  { "occupation-missing", "occupation", NULL, FALSE },
  { "name-missing", "name", NULL, FALSE },
  { "skill-level-missing", "skill-level", NULL, TRUE },
};

static void
test_team_member_complete (gconstpointer data)
{
  const MemberCase *c = data;
  g_autoptr(SksTeamMember) member = sks_team_member_new ();
  g_autoptr(SksStudio) studio = sks_studio_new ();
  g_autoptr(GPtrArray) problems = NULL;

  g_object_set (member, "name", "王芳", "gender", SKS_GENDER_FEMALE, "birth", "1990-01",
                "education", "大学本科", "occupation", "钳工", NULL);
  if (c->property)
    g_object_set (member, c->property, c->value, NULL);
  g_assert_cmpint (sks_team_member_is_complete (member), ==, c->complete);

  sks_studio_add_team_member (studio, member);
  problems = sks_studio_dup_incomplete (studio);
  g_assert_cmpuint (problems->len, ==, c->complete ? 0 : 1);
  if (!c->complete)
    g_assert_true (g_str_has_prefix (((SksProblem *) problems->pdata[0])->path, "team[0]."));
}

static void
test_team_member_gender_required (void)
{
  g_autoptr(SksTeamMember) member = sks_team_member_new ();

  g_object_set (member, "name", "王芳", "birth", "1990-01", "education", "大学本科",
                "occupation", "钳工", NULL);
  g_assert_false (sks_team_member_is_complete (member));
  g_object_set (member, "gender", SKS_GENDER_FEMALE, NULL);
  g_assert_true (sks_team_member_is_complete (member));
}

/* A master whose values fail makes the application incomplete; a draft's
 * empty required field does not. */
static void
test_studio_incomplete_master (void)
{
  g_autoptr(SksStudio) studio = sks_studio_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sks_studio_check_complete (studio, &error));
  g_object_set (sks_studio_get_master (studio), "birth", "1990-13", NULL);
  g_assert_false (sks_studio_check_complete (studio, &error));
  g_assert_error (error, SKS_VALIDATION_ERROR, SKS_VALIDATION_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "Year and month of birth"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/notify/once-per-change", test_notify_once);
  g_test_add_func ("/model/notify/attachment-digest", test_notify_attachment_digest);
  g_test_add_func ("/model/studio/changed", test_studio_changed);
  g_test_add_func ("/model/studio/outlived-by-lists", test_studio_outlived_by_lists);
  g_test_add_func ("/model/studio/dup", test_studio_dup);
  g_test_add_func ("/model/studio/equal", test_studio_equal);
  g_test_add_func ("/model/validate/full-studio", test_validate_full_studio);
  g_test_add_func ("/model/validate/empty-studio", test_validate_empty_studio);
  g_test_add_func ("/model/validate/paths", test_validate_paths);
  g_test_add_func ("/model/validate/round-and-recommender", test_round_and_recommender);
  g_test_add_func ("/model/master/cross-field", test_master_cross_field);
  g_test_add_func ("/model/master/gender-from-valid-id", test_master_gender_from_valid_id);
  g_test_add_func ("/model/attachment/digest", test_attachment_digest);
  g_test_add_func ("/model/finalize", test_finalize);
  g_test_add_func ("/model/empty-text-is-unset", test_empty_text_is_unset);
  g_test_add_func ("/model/code-list-alias-canonical", test_code_list_alias_imported_as_canonical);
  g_test_add_func ("/model/birth-not-in-future", test_birth_not_in_future);
  for (guint i = 0; i < G_N_ELEMENTS (member_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/team-member/complete/%s",
                                               member_cases[i].name);
      g_test_add_data_func (path, &member_cases[i], test_team_member_complete);
    }
  g_test_add_func ("/model/team-member/complete/gender-unset", test_team_member_gender_required);
  g_test_add_func ("/model/studio/incomplete-master", test_studio_incomplete_master);

  return g_test_run ();
}
