/* sks-print-form.h — builds an SksPrintDoc from a form description file
 * (a JSON file in data/forms/) and the data it is filled with
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sks-print-doc.h"
#include "sks-round.h"
#include "sks-studio.h"

G_BEGIN_DECLS

/*
 * A form description is JSON: page, fonts, blocks and tables as in
 * sks-print-doc.h, with texts that are templates. "${master.birth|ym}"
 * takes a field of the model by its property name and passes it through
 * filters; "${a,b}" takes the first of a and b that is not empty. The
 * official Chinese wording of a form lives in its file, not in C.
 *
 * Names: index (row number), n (team member number), city (the round's
 * city, ending in 市), filler (the unit filling in the form), team (the
 * team list, one member a line, per templates.team-member), and
 * round.*, studio.*, unit.*, master.*, member.* (model fields; also
 * studio.recommender and member.age); any other name is a var from the
 * file's "vars", overridden per city by "city-vars".
 *
 * Filters: ym (1978.05), date (2025年3月10日), cn-month (二〇二五年三月),
 * cn-date, gender (the vars gender-male / gender-female), num (drops 0 and
 * ".0"), prefix:TEXT and suffix:TEXT (only around a value), blank:N (N
 * ideographic spaces when empty).
 */

/**
 * SksPrintFormData:
 * @round: (nullable): the round: city, title, issuing bureau, dates
 * @filler: (nullable): the unit that fills the form in (Annex 2's 填报单位)
 * @studios: (element-type SksStudio): the applications; rows marked
 *   "each": "studios" repeat over them, and the first is "studio"
 *   everywhere else
 * @recommenders: (nullable) (element-type utf8): the 推荐单位 of each studio
 * @creation_date: (nullable): the PDF's creation date; by default the
 *   latest modification of the studios, so the same data gives the same file
 * @mask_personal: personal fields (%SKS_FIELD_SENSITIVE: ID numbers,
 *   mobiles) masked as lists mask them, for sheets that are not the form
 *   itself (the comparison)
 */
typedef struct {
  SksRound   *round;
  const char *filler;
  GPtrArray  *studios;
  GPtrArray  *recommenders;
  const char *creation_date;
  gboolean    mask_personal;
} SksPrintFormData;

SksPrintDoc *sks_print_form_build            (const char             *form_name,
                                              const SksPrintFormData *data,
                                              GError                **error);
SksPrintDoc *sks_print_form_build_from_bytes (GBytes                 *json,
                                              const SksPrintFormData *data,
                                              GError                **error);

char        *sks_print_form_city_name        (SksRound               *round);

G_END_DECLS
