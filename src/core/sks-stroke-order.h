/* sks-stroke-order.h — 按姓氏笔画排序: Chinese names in the stroke order of
 * official lists (公示名单, 名册)
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The order, as official Chinese lists print names "按姓氏笔画排序"
 * (see docs/collation.md for the reasons and the data):
 *
 * 1. A name is split into the surname and the given name. The surname is
 *    the first character, or the first two when they are a compound
 *    surname (复姓) of sks_stroke_order_compound_surnames(): 欧阳, 司马,
 *    诸葛, 上官 … A name with a middle dot (·, U+00B7; ・, U+30FB; •,
 *    U+2022; ‧, U+2027; ･, U+FF65 are read as one dot) is split at its dots
 *    instead, and its parts take the places of surname and given name, in
 *    order. White space (also U+3000, as lists pad two-character names)
 *    is ignored in names that begin with a Han character.
 * 2. Names are compared part by part (surname first, then the given name,
 *    then any further dotted part); a part that is a prefix of the other
 *    comes first, so the single surname 司 comes before the compound 司马
 *    and 王 (no given name) before 王一.
 * 3. Within a part, character by character: a Han character by its total
 *    stroke count (Unihan kTotalStrokes, the mainland value), then by its
 *    strokes in writing order, each ranked 横 1 < 竖 2 < 撇 3 < 点 4 < 折 5
 *    (first stroke, then second …), then by code point. A Han character
 *    with no stroke sequence in our data comes after those with one of the
 *    same count; one without any data after every counted one. Non-Han
 *    characters inside a Han name come after Han characters, by code point.
 * 4. Names that do not begin with a Han character (Latin, say) come after
 *    every Han name, alphabetically (case-folded, NFKC), then by their
 *    bytes. An empty name (or white space only) comes after those, and
 *    text that is not UTF-8 last, by its bytes.
 *
 * Equal names compare equal; sks_stroke_order_sort() keeps their order.
 */

int          sks_stroke_order_compare            (const char *a,
                                                  const char *b);

GBytes      *sks_stroke_order_key                (const char *name);

void         sks_stroke_order_sort               (GPtrArray  *items,
                                                  const char *(*get_name) (gpointer item));

guint        sks_stroke_order_char_strokes       (gunichar    c);

char        *sks_stroke_order_char_sequence      (gunichar    c);

const char * const *sks_stroke_order_compound_surnames (void);

G_END_DECLS
