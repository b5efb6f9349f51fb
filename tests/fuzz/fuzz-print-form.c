/* fuzz-print-form.c — the form description loader (a JSON file of
 * data/forms/ → SksPrintDoc) on arbitrary bytes, filled with a fixed round
 * and two fictional applications, then with none (the blank form)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-fuzz"

#include "config.h"

#include "fuzz.h"
#include "sks-print-form.h"
#include "sks-test-util.h"

static SksPrintFormData form_data;
static SksPrintFormData blank_form_data;

static void
make_form_data (void)
{
  SksRound *round = sks_round_new ("huzhou-2025", "湖州", 2025);
  GPtrArray *studios = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *names = g_ptr_array_new ();

  g_object_set (round, "issuing-bureau", "湖州市人力资源和社会保障局",
                "deadline", "2025-03-17", "reference-date", "2025-02-28", NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_ptr_array_add (studios, sks_test_make_full_studio (i, 2));
      g_ptr_array_add (names, i == 0 ? "吴兴区人力资源和社会保障局" : "南浔区人力资源和社会保障局");
    }
  form_data.round = round;
  form_data.filler = "湖州市人力资源和社会保障局";
  form_data.studios = studios;
  form_data.recommenders = names;
  blank_form_data.round = round;
  blank_form_data.studios = g_ptr_array_new ();
}

static void
build (GBytes                 *bytes,
       const SksPrintFormData *data)
{
  g_autoptr(SksPrintDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  doc = sks_print_form_build_from_bytes (bytes, data, &error);
  if (doc == NULL)
    g_assert_true (error != NULL && error->domain == SKS_PRINT_ERROR);
  else
    g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  if (form_data.round == NULL)
    make_form_data ();

  build (bytes, &form_data);
  build (bytes, &blank_form_data);
  return 0;
}
