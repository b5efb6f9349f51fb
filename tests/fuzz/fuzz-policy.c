/* fuzz-policy.c — the policy profile loader (政策配置) on arbitrary bytes;
 * a profile that loads is then used as the app uses one: a round and its
 * recommending units made from it, its rubrics, and its rules run on an
 * application
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-fuzz"

#include "config.h"

#include "fuzz.h"
#include "sks-policy.h"
#include "sks-rule-engine.h"
#include "sks-test-util.h"

static SksStudio *studio;

static void
use_policy (SksPolicy *policy)
{
  g_autoptr(SksRound) round = sks_policy_create_round (policy, NULL);
  g_autoptr(GPtrArray) recommenders = sks_policy_create_recommenders (policy);
  g_autoptr(SksRuleEngine) engine = sks_rule_engine_new (policy);
  g_autoptr(GPtrArray) verdicts = NULL;

  (void) sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_ANNUAL);
  (void) sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_EXPIRY);
  (void) sks_policy_get_form_title (policy, "annex2");
  (void) sks_policy_get_total_quota (policy);
  g_assert_nonnull (round);
  g_assert_nonnull (recommenders);
  verdicts = sks_rule_engine_check_studio (engine, studio);
  g_assert_nonnull (verdicts);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(SksPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;

  /* One application for every input, made once: the harness measures the
   * loader and the rules, not the making of a studio. */
  if (studio == NULL)
    studio = sks_test_make_full_studio (0, 2);

  policy = sks_policy_new_from_bytes (bytes, "fuzz.json", NULL, &error);
  if (policy == NULL)
    {
      g_assert_true (error != NULL && error->domain == SKS_POLICY_ERROR);
      return 0;
    }
  g_assert_no_error (error);
  use_policy (policy);
  return 0;
}
