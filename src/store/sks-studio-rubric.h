/* sks-studio-rubric.h — the scoring table (考核评估表) that applies to a
 * studio: the rubric of its round's policy profile
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-rubric.h"
#include "sks-store.h"

G_BEGIN_DECLS

SksRound  *sks_store_find_studio_round (SksStore           *store,
                                        SksStudio          *studio,
                                        GError            **error);
SksRubric *sks_studio_find_rubric      (SksRound           *round,
                                        SksEvaluationKind   kind,
                                        GError            **error);

G_END_DECLS
