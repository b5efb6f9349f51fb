/* test-funding.c — grants by fiscal affiliation and kind of unit
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sks-funding.h"
#include "sks-i18n.h"
#include "test-rules-common.h"

static void
assert_grant (GPtrArray            *grants,
              gint64                amount,
              guint                 n_shares,
              SksFiscalAffiliation  payer1,
              gint64                amount1,
              SksFiscalAffiliation  payer2,
              gint64                amount2)
{
  SksGrant *grant;

  g_assert_cmpuint (grants->len, ==, 1);
  grant = g_ptr_array_index (grants, 0);
  g_test_message ("%s", grant->explanation);
  g_assert_cmpint (grant->amount, ==, amount);
  g_assert_cmpint (sks_funding_get_total (grants), ==, amount);
  g_assert_cmpuint (grant->n_shares, ==, n_shares);
  if (n_shares >= 1)
    {
      g_assert_cmpint (grant->shares[0].payer, ==, payer1);
      g_assert_cmpint (grant->shares[0].amount, ==, amount1);
    }
  if (n_shares >= 2)
    {
      g_assert_cmpint (grant->shares[1].payer, ==, payer2);
      g_assert_cmpint (grant->shares[1].amount, ==, amount2);
    }
  g_assert_nonnull (grant->explanation);
  g_assert_nonnull (grant->paragraph);
}

/* 5万元 by fiscal affiliation: city-level by the city, county by the
 * county, district 3:7 between city and district. */
static void
test_huzhou (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("huzhou-2025");
  g_autoptr(GPtrArray) city = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                   SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_CITY);
  g_autoptr(GPtrArray) county = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                     SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_COUNTY);
  g_autoptr(GPtrArray) district = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                       SKS_UNIT_KIND_PUBLIC_INSTITUTION,
                                                       SKS_FISCAL_DISTRICT);
  g_autoptr(GPtrArray) unknown = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                      SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_UNSET);
  g_autoptr(GPtrArray) excellent = sks_funding_compute (policy, SKS_FUNDING_EVENT_EXCELLENT,
                                                        SKS_UNIT_KIND_ENTERPRISE, SKS_FISCAL_CITY);
  SksGrant *grant;

  assert_grant (city, 50000, 1, SKS_FISCAL_CITY, 50000, 0, 0);
  assert_grant (county, 50000, 1, SKS_FISCAL_COUNTY, 50000, 0, 0);
  assert_grant (district, 50000, 2, SKS_FISCAL_CITY, 15000, SKS_FISCAL_DISTRICT, 35000);
  grant = g_ptr_array_index (district, 0);
  g_assert_cmpstr (grant->grant_id, ==, "opening-subsidy");
  g_assert_cmpstr (grant->title, ==, "开办经费补助");
  g_assert_cmpstr (grant->explanation, ==, "开办经费补助: 50000 yuan, of which the city’s finance "
                                           "15000 yuan, the district’s finance 35000 yuan");

  assert_grant (unknown, 50000, 0, 0, 0, 0, 0);
  g_assert_false (((SksGrant *) g_ptr_array_index (unknown, 0))->split_known);
  g_assert_cmpuint (excellent->len, ==, 0);
}

/* 10万元 for a new studio, none for a public institution's; 10万元 for an
 * excellent evaluation. */
static void
test_hangzhou (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("hangzhou-2023");
  g_autoptr(GPtrArray) enterprise = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                         SKS_UNIT_KIND_ENTERPRISE,
                                                         SKS_FISCAL_UNSET);
  g_autoptr(GPtrArray) institution = sks_funding_compute (policy, SKS_FUNDING_EVENT_APPROVED,
                                                          SKS_UNIT_KIND_PUBLIC_INSTITUTION,
                                                          SKS_FISCAL_DISTRICT);
  g_autoptr(GPtrArray) excellent = sks_funding_compute (policy, SKS_FUNDING_EVENT_EXCELLENT,
                                                        SKS_UNIT_KIND_PUBLIC_INSTITUTION,
                                                        SKS_FISCAL_UNSET);
  SksGrant *grant;

  assert_grant (enterprise, 100000, 1, SKS_FISCAL_CITY, 100000, 0, 0);
  g_assert_cmpuint (institution->len, ==, 1);
  grant = g_ptr_array_index (institution, 0);
  g_assert_true (grant->excluded);
  g_assert_cmpint (grant->amount, ==, 0);
  g_assert_cmpuint (grant->n_shares, ==, 0);
  g_assert_cmpint (sks_funding_get_total (institution), ==, 0);
  assert_grant (excellent, 100000, 1, SKS_FISCAL_CITY, 100000, 0, 0);
  g_assert_cmpstr (((SksGrant *) g_ptr_array_index (excellent, 0))->grant_id, ==,
                   "excellent-grant");
}

static void
test_for_studio (void)
{
  g_autoptr(SksPolicy) policy = load_policy ("huzhou-2025");
  g_autoptr(SksStudio) studio = make_good_studio (1980, 5, 1, 1);
  g_autoptr(GPtrArray) grants = NULL;

  g_object_set (sks_studio_get_unit (studio), "fiscal-affiliation", SKS_FISCAL_COUNTY, NULL);
  grants = sks_funding_compute_for_studio (policy, SKS_FUNDING_EVENT_APPROVED, studio);
  assert_grant (grants, 50000, 1, SKS_FISCAL_COUNTY, 50000, 0, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  sks_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/funding/huzhou", test_huzhou);
  g_test_add_func ("/funding/hangzhou", test_hangzhou);
  g_test_add_func ("/funding/for-studio", test_for_studio);

  return g_test_run ();
}
