/* sks-print-publicity.h — the 公示名单: a round's public notice of the
 * studios the bureau means to recognise (or a district to recommend), with
 * the period and the list, as PDF and Excel
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-print-doc.h"
#include "sks-publication.h"
#include "sks-store.h"

G_BEGIN_DECLS

/**
 * SksPublicityOrder:
 * @SKS_PUBLICITY_ORDER_UNIT: by recommending unit in the profile's order,
 *   within a unit by the stroke order of the master's name
 * @SKS_PUBLICITY_ORDER_RANK: by the panel's rank (ties share a rank), ties
 *   by stroke order
 * @SKS_PUBLICITY_ORDER_STROKE: by the stroke order of the master's name
 *   (按姓氏笔画排序), as official lists are printed
 *
 * The order of a 公示名单; the document says which under the list's title.
 */
typedef enum {
  SKS_PUBLICITY_ORDER_UNIT,
  SKS_PUBLICITY_ORDER_RANK,
  SKS_PUBLICITY_ORDER_STROKE,
} SksPublicityOrder;

/**
 * SksPublicityEntry:
 * @studio: 工作室名称
 * @master: the master's name (领衔人/领办人)
 * @unit: the master's work unit (所在单位)
 * @recommender: the recommending unit (推荐单位)
 * @recommender_position: the unit's place in the profile's list
 * @rank: the panel's rank, from 1 (ties share one); 0 when not ranked
 *
 * One line of the list. There is no field for an ID or phone number: a
 * 公示 never shows them.
 */
typedef struct {
  char  *studio;
  char  *master;
  char  *unit;
  char  *recommender;
  guint  recommender_position;
  guint  rank;
} SksPublicityEntry;

/**
 * SksPublicityInfo:
 * @city: the round's city (湖州市)
 * @year: the round's year
 * @notice_title: the profile's notice (its title, without 《》)
 * @notice_number: its document number (湖人社发〔2025〕1号)
 * @bureau: the issuing bureau of a city list
 * @unit: (nullable): the recommending unit of a district's own list
 *   (拟推荐名单); %NULL for the city's list (拟认定名单)
 * @first_day: the period's first day
 * @last_day: the period's last day
 * @working_days: the working days from @first_day to @last_day
 * @issued: the date at the bottom; when invalid, @first_day
 * @contact_person: (nullable): printed as a blank line to fill in when %NULL
 * @contact_phone: (nullable): likewise
 * @contact_address: (nullable): likewise
 */
typedef struct {
  const char *city;
  int         year;
  const char *notice_title;
  const char *notice_number;
  const char *bureau;
  const char *unit;
  GDate       first_day;
  GDate       last_day;
  guint       working_days;
  GDate       issued;
  const char *contact_person;
  const char *contact_phone;
  const char *contact_address;
} SksPublicityInfo;

SksPublicityEntry *sks_publicity_entry_new      (const char         *studio,
                                                 const char         *master,
                                                 const char         *unit,
                                                 const char         *recommender,
                                                 guint               recommender_position,
                                                 guint               rank);
void               sks_publicity_entry_free     (SksPublicityEntry  *entry);

gboolean           sks_publicity_order_from_nick (const char        *nick,
                                                 SksPublicityOrder  *order);
const char        *sks_publicity_order_to_nick  (SksPublicityOrder   order);

void               sks_publicity_sort           (GPtrArray          *entries,
                                                 SksPublicityOrder   order);

SksPrintDoc       *sks_print_publicity_doc_new  (const SksPublicityInfo *info,
                                                 GPtrArray          *entries,
                                                 SksPublicityOrder   order,
                                                 gboolean            list_only,
                                                 GError            **error);

typedef enum {
  SKS_PUBLICITY_FORMAT_PDF,   /* the notice with the list as its annex */
  SKS_PUBLICITY_FORMAT_XLSX,  /* the list */
} SksPublicityFormat;

gboolean           sks_publicity_format_from_path (const char       *path,
                                                 SksPublicityFormat *format);

SksPrintDoc       *sks_print_publicity_doc_from_store (SksStore     *store,
                                                 SksPublication     *publication,
                                                 SksPublicityOrder   order,
                                                 gboolean            list_only,
                                                 GError            **error);
gboolean           sks_print_export_publicity   (SksStore           *store,
                                                 SksPublication     *publication,
                                                 SksPublicityOrder   order,
                                                 const char         *path,
                                                 GError            **error);

SksPublication    *sks_publicity_get_or_start   (SksStore           *store,
                                                 SksRound           *round,
                                                 const char         *unit,
                                                 const GDate        *start,
                                                 gboolean           *started,
                                                 GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SksPublicityEntry, sks_publicity_entry_free)

G_END_DECLS
