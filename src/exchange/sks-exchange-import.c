/* sks-exchange-import.c — adding the content of an exchange file to a
 * document
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sks-enums.h"
#include "sks-exchange-private.h"
#include "sks-policy.h"

/* Where each application of the file goes in the document. Rounds and
 * recommending units already in the document are used as they are, never
 * changed; those only in the file are created just before the applications
 * are added. */
typedef struct {
  SksStore          *store;
  SksExchangeImport *import;
  SksExchangeReport *report;
  GHashTable        *doc_rounds;        /* key → SksRound, or absent */
  GHashTable        *doc_recommenders;  /* "round-id/name" → SksRecommender */
  GHashTable        *policies;          /* policy id → SksPolicy, those found */
  gboolean          *ok;                /* per record */
  gint64            *replace;           /* per record: the draft it replaces, or 0 */
  SksExchangeImportFlags flags;
} Importer;

static void
importer_clear (Importer *im)
{
  g_clear_pointer (&im->doc_rounds, g_hash_table_unref);
  g_clear_pointer (&im->doc_recommenders, g_hash_table_unref);
  g_clear_pointer (&im->policies, g_hash_table_unref);
  g_clear_pointer (&im->ok, g_free);
  g_clear_pointer (&im->replace, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Importer, importer_clear)

/* Values of the caches: NULL records "not in the document". */
static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

G_GNUC_PRINTF (4, 5)
static void
importer_reject (Importer   *im,
                 guint       record,
                 const char *path,
                 const char *format,
                 ...)
{
  SksExchangeRecord *r = g_ptr_array_index (im->import->records, record - 1);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (im->report->problems,
                   _sks_exchange_problem_new (record, sks_studio_get_name (r->studio), path,
                                              message));
  im->ok[record - 1] = FALSE;
}

/* Returns: (transfer none) (nullable): the document's round, cached */
static SksRound *
doc_round (Importer    *im,
           const char  *key,
           GError     **error)
{
  SksRound *round;

  if (g_hash_table_lookup_extended (im->doc_rounds, key, NULL, (gpointer *) &round))
    return round;
  round = sks_store_find_round (im->store, key, error);
  g_hash_table_insert (im->doc_rounds, g_strdup (key), round);
  return round;
}

static SksRecommender *
doc_recommender (Importer    *im,
                 gint64       round_id,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *cache_key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", round_id, name);
  SksRecommender *recommender;

  if (g_hash_table_lookup_extended (im->doc_recommenders, cache_key, NULL,
                                    (gpointer *) &recommender))
    return recommender;
  recommender = sks_store_find_recommender (im->store, round_id, name, error);
  g_hash_table_insert (im->doc_recommenders, g_steal_pointer (&cache_key), recommender);
  return recommender;
}

static SksRecommender *
file_recommender (SksExchangeRound *round,
                  const char       *name)
{
  for (guint i = 0; round != NULL && i < round->recommenders->len; i++)
    {
      SksRecommender *recommender = g_ptr_array_index (round->recommenders, i);
      if (g_strcmp0 (sks_recommender_get_name (recommender), name) == 0)
        return recommender;
    }
  return NULL;
}

static gboolean
check_round (Importer           *im,
             guint               record,
             SksExchangeRecord  *r,
             GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  SksExchangeRound *in_file = _sks_exchange_find_round (im->import, r->round_key);
  SksRound *in_doc = doc_round (im, r->round_key, &local_error);
  gboolean found;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (in_doc == NULL && in_file == NULL)
    importer_reject (im, record, SKS_EXCHANGE_KEY_ROUND,
                     _("%s: there is no round “%s”, neither in the file nor in the document"),
                     _("Round"), r->round_key);
  else if (in_doc == NULL && !in_file->valid)
    importer_reject (im, record, SKS_EXCHANGE_KEY_ROUND,
                     _("%s: the round “%s” has problems in the file (see above)"),
                     _("Round"), r->round_key);
  if (r->recommender_name == NULL || (in_doc == NULL && (in_file == NULL || !in_file->valid)))
    return TRUE;

  found = in_doc != NULL &&
          doc_recommender (im, sks_round_get_id (in_doc), r->recommender_name,
                           &local_error) != NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (found || file_recommender (in_file, r->recommender_name) != NULL)
    return TRUE;

  if (in_file != NULL && g_hash_table_contains (in_file->bad_recommenders, r->recommender_name))
    importer_reject (im, record, SKS_EXCHANGE_KEY_RECOMMENDER,
                     _("%s: “%s” has problems in the file (see above)"),
                     _("Recommending unit"), r->recommender_name);
  else
    importer_reject (im, record, SKS_EXCHANGE_KEY_RECOMMENDER,
                     _("%s: the round “%s” has no recommending unit “%s”, neither in the file "
                       "nor in the document"),
                     _("Recommending unit"), r->round_key, r->recommender_name);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the rubric of @kind of the round's
 *   policy profile, or %NULL with the reason */
static SksRubric *
round_rubric (Importer           *im,
              SksRound           *round,
              SksEvaluationKind   kind,
              GError            **error)
{
  const char *policy_id = sks_round_get_policy_id (round);
  SksPolicy *policy;
  SksRubric *rubric;

  if (policy_id == NULL || *policy_id == '\0')
    {
      g_set_error_literal (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS,
                           _("the round names no policy profile, so there is no scoring "
                             "table to check the scores against"));
      return NULL;
    }
  policy = g_hash_table_lookup (im->policies, policy_id);
  if (policy == NULL)
    {
      if ((policy = sks_policy_lookup (policy_id, error)) == NULL)
        return NULL;
      g_hash_table_insert (im->policies, g_strdup (policy_id), policy);
    }
  rubric = sks_policy_get_rubric (policy, kind);
  if (rubric == NULL)
    g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS,
                 _("the policy profile “%s” has no scoring table for it"), policy_id);
  return rubric;
}

/* Scores are checked against the rubric of the round's profile: a 6 on a
 * 5-point item, or bonus items above their total, would be printed on a
 * table to be stamped. The record is refused, naming the evaluation. */
static void
check_evaluations (Importer          *im,
                   guint              record,
                   SksExchangeRecord *r)
{
  SksRound *round = doc_round (im, r->round_key, NULL);
  SksExchangeRound *in_file = round ? NULL : _sks_exchange_find_round (im->import, r->round_key);

  if (round == NULL && (in_file == NULL || !in_file->valid))
    return;  /* refused for its round already */
  if (round == NULL)
    round = in_file->round;
  for (guint i = 0; r->evaluations != NULL && i < r->evaluations->len; i++)
    {
      SksEvaluation *evaluation = g_ptr_array_index (r->evaluations, i);
      SksEvaluationKind kind = sks_evaluation_get_kind (evaluation);
      g_autofree char *path = g_strdup_printf ("%s[%u].%s", SKS_EXCHANGE_KEY_EVALUATIONS, i,
                                               SKS_EXCHANGE_KEY_SCORES);
      g_autoptr(GError) error = NULL;
      SksRubric *rubric = round_rubric (im, round, kind, &error);

      if (rubric == NULL || !sks_evaluation_check_possible (evaluation, rubric, &error))
        /* TRANSLATORS: "Annual evaluation 2024: Item 7, Self score: must not be …" */
        importer_reject (im, record, path, _("%s %d: %s"),
                         sks_enum_get_label (SKS_TYPE_EVALUATION_KIND, kind),
                         (int) sks_evaluation_get_year (evaluation), error->message);
    }
}

/* The checks that need the document: already imported, rounds and units. */
static gboolean
check_record (Importer  *im,
              guint      record,
              GError   **error)
{
  SksExchangeRecord *r = g_ptr_array_index (im->import->records, record - 1);
  g_autoptr(GError) local_error = NULL;
  gboolean in_trash = FALSE;
  SksStatus status = SKS_STATUS_DRAFT;
  gint64 id;

  im->ok[record - 1] = r->valid;
  if ((id = sks_store_find_studio_by_uuid (im->store, sks_studio_get_uuid (r->studio),
                                           &local_error)) != 0 &&
      sks_store_get_studio_state (im->store, id, &status, &in_trash, &local_error) && in_trash)
    importer_reject (im, record, SKS_EXCHANGE_KEY_UUID,
                     _("%s: this application is in the document’s trash (回收站); restore it "
                       "from there, or empty the trash before importing it again"), _("UUID"));
  else if (id != 0 && local_error == NULL && status == SKS_STATUS_DRAFT &&
           (im->flags & SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS))
    im->replace[record - 1] = id;
  else if (id != 0 && local_error == NULL && status == SKS_STATUS_DRAFT)
    {
      im->report->n_replaceable++;
      importer_reject (im, record, SKS_EXCHANGE_KEY_UUID,
                       _("%s: this application is already in the document as a draft (填报中); "
                         "import again replacing drafts to update it"), _("UUID"));
    }
  else if (id != 0 && local_error == NULL)
    importer_reject (im, record, SKS_EXCHANGE_KEY_UUID,
                     _("%s: this application is already in the document (%s); only drafts "
                       "(填报中) are replaced by an import, never an application submitted "
                       "since"), _("UUID"), sks_enum_get_label (SKS_TYPE_STATUS, status));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (r->round_key == NULL)
    return TRUE;
  if (!check_round (im, record, r, error))
    return FALSE;
  check_evaluations (im, record, r);
  return TRUE;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const SksExchangeProblem *pa = *(SksExchangeProblem **) a;
  const SksExchangeProblem *pb = *(SksExchangeProblem **) b;

  return (pa->record > pb->record) - (pa->record < pb->record);
}

static SksRound *
copy_round (SksRound *round)
{
  SksRound *copy = g_object_new (SKS_TYPE_ROUND, NULL);

  sks_field_table_copy (sks_round_get_field_table (), G_OBJECT (round), G_OBJECT (copy));
  return copy;
}

static SksRecommender *
copy_recommender (SksRecommender *recommender,
                  gint64          round_id)
{
  SksRecommender *copy = g_object_new (SKS_TYPE_RECOMMENDER, NULL);

  sks_field_table_copy (sks_recommender_get_field_table (), G_OBJECT (recommender),
                        G_OBJECT (copy));
  sks_recommender_set_round_id (copy, round_id);
  return copy;
}

/* Creates what the document lacks of one round of the file. The import's
 * own objects stay untouched (no ids), so that it can go to another
 * document too. */
static gboolean
create_round (Importer          *im,
              SksExchangeRound  *round,
              GError           **error)
{
  const char *key = sks_round_get_key (round->round);
  g_autoptr(GError) local_error = NULL;
  SksRound *in_doc = doc_round (im, key, &local_error);
  gint64 round_id;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (in_doc == NULL)
    {
      in_doc = copy_round (round->round);
      if (!sks_store_save_round (im->store, in_doc, error))
        {
          g_object_unref (in_doc);
          return FALSE;
        }
      g_hash_table_insert (im->doc_rounds, g_strdup (key), in_doc);
      im->report->n_rounds_created++;
    }
  round_id = sks_round_get_id (in_doc);

  for (guint i = 0; i < round->recommenders->len; i++)
    {
      SksRecommender *recommender = g_ptr_array_index (round->recommenders, i);
      const char *name = sks_recommender_get_name (recommender);
      g_autoptr(SksRecommender) copy = NULL;

      if (doc_recommender (im, round_id, name, &local_error) != NULL)
        continue;
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      copy = copy_recommender (recommender, round_id);
      if (!sks_store_save_recommender (im->store, copy, error))
        return FALSE;
      g_hash_table_insert (im->doc_recommenders,
                           g_strdup_printf ("%" G_GINT64_FORMAT "/%s", round_id, name),
                           g_steal_pointer (&copy));
      im->report->n_recommenders_created++;
    }
  return TRUE;
}

/* A round of the file comes into the document, with its recommending
 * units, when an imported application belongs to it, or when the file has
 * no applications at all: then it hands out rounds. Nothing is written for
 * a file whose applications are all refused. */
static gboolean
round_is_used (Importer         *im,
               SksExchangeRound *round)
{
  const char *key = sks_round_get_key (round->round);

  if (im->import->records->len == 0)
    return TRUE;
  for (guint i = 0; i < im->import->records->len; i++)
    {
      SksExchangeRecord *r = g_ptr_array_index (im->import->records, i);
      if (im->ok[i] && g_strcmp0 (r->round_key, key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The evaluations of the linked studios, in the same order. */
static GPtrArray *
linked_evaluations (Importer *im)
{
  GPtrArray *evaluations = g_ptr_array_new ();

  for (guint i = 0; i < im->import->records->len; i++)
    {
      SksExchangeRecord *r = g_ptr_array_index (im->import->records, i);

      if (im->ok[i])
        g_ptr_array_add (evaluations, r->evaluations);
    }
  return evaluations;
}

/* The drafts the linked studios replace, in the same order. */
static GArray *
linked_replacements (Importer *im)
{
  GArray *ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; i < im->import->records->len; i++)
    if (im->ok[i])
      g_array_append_val (ids, im->replace[i]);
  return ids;
}

static GPtrArray *
link_studios (Importer  *im,
              GError   **error)
{
  g_autoptr(GPtrArray) studios = g_ptr_array_new ();

  for (guint i = 0; i < im->import->records->len; i++)
    {
      SksExchangeRecord *r = g_ptr_array_index (im->import->records, i);
      g_autoptr(GError) local_error = NULL;
      SksRound *round;
      SksRecommender *recommender = NULL;

      if (!im->ok[i])
        continue;
      round = doc_round (im, r->round_key, &local_error);
      if (round != NULL)
        recommender = doc_recommender (im, sks_round_get_id (round), r->recommender_name,
                                       &local_error);
      if (recommender == NULL)
        {
          /* Checked before; only a failing database gets here. */
          if (local_error == NULL)
            g_set_error (&local_error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                         _("%s: “%s” vanished from the document during the import"),
                         _("Recommending unit"), r->recommender_name);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      sks_studio_set_round_id (r->studio, sks_round_get_id (round));
      sks_studio_set_recommender_id (r->studio, sks_recommender_get_id (recommender));
      g_ptr_array_add (studios, r->studio);
    }
  return g_steal_pointer (&studios);
}

static gboolean
check_all (Importer  *im,
           GError   **error)
{
  guint n_records = im->import->records->len;

  for (guint i = 0; i < im->import->problems->len; i++)
    {
      SksExchangeProblem *p = g_ptr_array_index (im->import->problems, i);
      g_ptr_array_add (im->report->problems,
                       _sks_exchange_problem_new (p->record, p->studio_name, p->path,
                                                  p->message));
    }

  for (guint record = 1; record <= n_records; record++)
    if (!check_record (im, record, error))
      return FALSE;

  g_ptr_array_sort (im->report->problems, compare_problems);
  for (guint i = 0; i < n_records; i++)
    im->report->n_rejected += !im->ok[i];
  return TRUE;
}

static gboolean
store_all (Importer  *im,
           GError   **error)
{
  g_autoptr(GPtrArray) studios = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GArray) replacements = NULL;

  for (guint i = 0; i < im->import->rounds->len; i++)
    {
      SksExchangeRound *round = g_ptr_array_index (im->import->rounds, i);
      if (round->valid && round_is_used (im, round) && !create_round (im, round, error))
        return FALSE;
    }

  studios = link_studios (im, error);
  if (studios == NULL)
    return FALSE;
  evaluations = linked_evaluations (im);
  replacements = linked_replacements (im);
  /* One transaction: all of them with their evaluations or, on failure, none. */
  if (studios->len > 0 &&
      !sks_store_import_studios_replacing (im->store, studios, evaluations, replacements,
                                           &im->report->n_replaced, error))
    return FALSE;
  for (guint i = 0; i < replacements->len; i++)
    im->report->n_imported += g_array_index (replacements, gint64, i) == 0;
  return TRUE;
}

/**
 * sks_exchange_import:
 * @import: what sks_exchange_read() found
 * @valid_only: whether to add the applications without problems when
 *   others have problems; otherwise any problem stops the import
 * @report: (out) (optional) (transfer full): what was imported and every
 *   problem, also on failure
 *
 * Adds the applications of an exchange file to a document, in one
 * transaction. An application already in the document (the same uuid) is a
 * problem and never overwritten.
 *
 * Returns: %TRUE when the applications without problems were added; %FALSE
 *   with %SKS_EXCHANGE_ERROR_PROBLEMS when there were problems and
 *   @valid_only is not set, in which case nothing was added
 */
gboolean
sks_exchange_import (SksStore           *store,
                     SksExchangeImport  *import,
                     gboolean            valid_only,
                     SksExchangeReport **report,
                     GError            **error)
{
  return sks_exchange_import_with_flags (store, import,
                                         valid_only ? SKS_EXCHANGE_IMPORT_VALID_ONLY
                                                    : SKS_EXCHANGE_IMPORT_DEFAULT,
                                         report, error);
}

/**
 * sks_exchange_import_with_flags:
 *
 * Like sks_exchange_import(), with %SKS_EXCHANGE_IMPORT_REPLACE_DRAFTS to
 * replace the drafts the document holds already (an updated hand-over from
 * a district before submission).
 */
gboolean
sks_exchange_import_with_flags (SksStore               *store,
                                SksExchangeImport      *import,
                                SksExchangeImportFlags  flags,
                                SksExchangeReport     **report,
                                GError                **error)
{
  gboolean valid_only = (flags & SKS_EXCHANGE_IMPORT_VALID_ONLY) != 0;
  g_auto(Importer) im = { 0 };
  g_autoptr(SksExchangeReport) result = g_new0 (SksExchangeReport, 1);
  gboolean ok;

  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  result->n_records = import->records->len;
  result->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sks_exchange_problem_free);
  im.store = store;
  im.import = import;
  im.report = result;
  im.doc_rounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_nullable);
  im.doc_recommenders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               unref_nullable);
  im.policies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  im.ok = g_new0 (gboolean, import->records->len + 1);
  im.replace = g_new0 (gint64, import->records->len + 1);
  im.flags = flags;

  if (sks_store_get_read_only (store))
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_READ_ONLY, "%s",
                   sks_store_get_read_only_reason (store));
      ok = FALSE;
    }
  else if (!(ok = check_all (&im, error)))
    ;
  else if (result->problems->len > 0 && !valid_only)
    {
      g_set_error (error, SKS_EXCHANGE_ERROR, SKS_EXCHANGE_ERROR_PROBLEMS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file has %u problem; nothing was imported",
                                "The file has %u problems; nothing was imported",
                                result->problems->len),
                   result->problems->len);
      ok = FALSE;
    }
  else
    ok = store_all (&im, error);

  if (!ok)
    result->n_imported = 0;
  if (report != NULL)
    *report = g_steal_pointer (&result);
  return ok;
}
