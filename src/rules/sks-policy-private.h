/* sks-policy-private.h — the parts of a profile the rule kinds and the
 * engine share
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sks-funding.h"
#include "sks-json-reader-private.h"
#include "sks-policy.h"
#include "sks-verdict.h"

G_BEGIN_DECLS

typedef enum {
  SKS_PARAM_BOOL,
  SKS_PARAM_INT,
  SKS_PARAM_DATE,
  SKS_PARAM_STRING,
  SKS_PARAM_STRINGS,
} SksParamType;

/* A parameter a rule kind takes. @choices limits strings (and the items of
 * string lists) to a set. Without @required, the default applies. */
typedef struct {
  const char         *name;
  SksParamType        type;
  gboolean            required;
  gint64              default_int;      /* ints and booleans */
  gint64              min;
  gint64              max;
  const char * const *choices;
} SksParamSpec;

typedef struct {
  gint64  i;       /* ints and booleans */
  GDate   date;
  char   *s;
  GStrv   strv;    /* never NULL for string lists once loaded */
} SksParamValue;

typedef struct _SksStudioFacts SksStudioFacts;
typedef struct _SksGroupFacts SksGroupFacts;

/* What a check writes; the engine turns it into an SksVerdict. Without
 * @explain (set by the caller) the check may leave @explanation NULL: a bulk
 * check decides first and explains when asked (see SksRoundReport). */
typedef struct {
  SksVerdictStatus  status;
  char             *explanation;  /* owned, translated */
  const char       *field;        /* static: the path of the field concerned */
  gboolean          priority;
  gboolean          explain;
} SksOutcome;

/* An outcome with its rule: what a bulk check keeps until someone asks for
 * the verdict objects. */
typedef struct {
  const SksRule *rule;
  SksOutcome     outcome;
} SksResult;

typedef struct {
  const char          *name;
  SksRuleScope         scope;
  const SksParamSpec  *params;
  guint                n_params;
  /* Checks the parameters together once they are read; may set rule->data. */
  gboolean           (*prepare)           (SksRule             *rule,
                                           SksPolicy           *policy,
                                           SksJsonReader       *r,
                                           const char          *place);
  void               (*check_application) (const SksRule        *rule,
                                           const SksStudioFacts *facts,
                                           SksOutcome           *out);
  void               (*check_group)       (const SksRule        *rule,
                                           const SksGroupFacts  *facts,
                                           SksOutcome           *out);
  /* The fields the checks read and name, so that the whole-document check
   * reads only these (sks_store_load_studios_for_rules()): paths as the
   * verdicts name them ("age-justification", "master.birth", "unit.kind"),
   * "team" for every field of every member, "$param" for a parameter that
   * holds such a path. NULL-terminated; NULL when the kind reads nothing
   * beyond what every check reads (_sks_rule_kind_base_reads). */
  const char * const  *reads;
} SksRuleKind;

struct _SksRule {
  char              *id;
  char              *title;
  char              *paragraph_ref;
  char              *paragraph;
  char              *note;
  const SksRuleKind *kind;
  SksParamValue     *params;      /* kind->n_params values, in the order of kind->params */
  gpointer           data;        /* what prepare() derived */
  GDestroyNotify     data_free;
};

/* A leader known to the engine, for master.duplicate. */
typedef struct {
  char      *uuid;
  char      *name;
  gint64     round_id;
  SksStatus  status;
} SksPeer;

/* Everything a per-application check reads, worked out once per studio. */
struct _SksStudioFacts {
  SksPolicy   *policy;
  SksStudio   *studio;
  SksMaster   *master;
  SksUnit     *unit;
  /* The date of birth lies between birth_min and birth_max: the same day
   * when the ID number gives it, the month's first and last day when only
   * the year and month are known. */
  gboolean     birth_known;
  gboolean     birth_from_id;
  GDate        birth_min;
  GDate        birth_max;
  /* The ID number gives a date of birth outside the form's year and month
   * (id_birth); the rules then keep to the form's, as Annex 3 prints it,
   * and master.birth_agreement fails until one of them is corrected. */
  gboolean     birth_conflict;
  GDate        id_birth;
  GHashTable  *peers;           /* (nullable) ID number → GPtrArray of SksPeer */
  guint        n_peers;         /* leaders compared with */
};

/* One recommending unit's applications in a round. */
struct _SksGroupFacts {
  SksPolicy          *policy;
  const char         *recommender;
  gboolean            kind_known;
  SksRecommenderKind  kind;
  gint64              quota;        /* -1: none */
  gboolean            quota_from_profile;
  GPtrArray          *studios;      /* SksStudio, withdrawn ones left out */
};

typedef struct {
  char                 *id;
  char                 *title;
  SksFundingEvent       event;
  gint64                amount;
  gboolean              one_off;
  guint                 excluded_kinds;    /* 1 << SksUnitKind */
  /* Per fiscal affiliation (index SksFiscalAffiliation): payers and percents;
   * n_payers[i] == 0 means "default_payer pays all". */
  guint                 n_payers[4];
  SksFiscalAffiliation  payers[4][SKS_FUNDING_MAX_SHARES];
  int                   percents[4][SKS_FUNDING_MAX_SHARES];
  SksFiscalAffiliation  default_payer;
  char                 *paragraph_ref;
  char                 *paragraph;
} SksFundingRule;

typedef struct _SksPolicyScoring SksPolicyScoring;

/* sks-policy-scoring.c: the profile's "panel_scoring" member. */
gboolean            _sks_policy_load_scoring     (SksPolicy     *self,
                                                  SksJsonReader *r,
                                                  JsonObject    *root);
void                _sks_policy_scoring_free     (SksPolicyScoring *scoring);

/* Shared by sks-policy.c (the object) and sks-policy-load.c (the reader). */
struct _SksPolicy
{
  GObject     parent_instance;

  JsonParser *parser;           /* keeps forms and evaluation alive */
  char       *origin;           /* resource path or file path */
  gboolean    bundled;

  char       *id;
  char       *city;
  int         year;
  char       *title;
  char       *document_number;
  char       *issuing_bureau;
  GDate       issued;
  GDate       effective_from;
  GDate       effective_until;
  char       *replaces;
  GDate       reference_date;
  GDate       deadline;

  guint       public_notice_days;
  gboolean    public_notice_stated;
  SksDayCount public_notice_counting;
  guint       validity_years;   /* evaluation.term_years: a studio's 有效期, 0 for none */

  int         report_month;
  int         report_day;
  int         report_shift;     /* 0 keep, 1 next working day, -1 previous */

  GArray     *recommenders;     /* SksPolicyRecommender */
  GPtrArray  *strings;          /* owned strings the structs above point to */
  gint64      total_quota;
  gint64      selection_target;
  gboolean    selection_target_approximate;
  const char *selection_target_text;  /* in strings */
  GArray     *chains;           /* SksIndustryChain */
  GPtrArray  *rules;            /* SksRule */
  GPtrArray  *funding;          /* SksFundingRule */
  JsonObject *forms;
  SksRubric  *rubrics[2];        /* per SksEvaluationKind; NULL when not given */
  SksPolicyScoring *scoring;    /* panel scoring (sks-policy-scoring.c); NULL when not given */
};

gboolean            _sks_policy_load             (SksPolicy   *self,
                                                  GBytes      *bytes,
                                                  const char  *name,
                                                  GError     **error);

const SksRuleKind  *_sks_rule_kind_lookup        (const char *name);
const char * const *_sks_rule_kind_names         (void);
int                 _sks_rule_param_index        (const SksRuleKind *kind,
                                                  const char        *name);

guint               _sks_policy_get_n_funding    (SksPolicy  *self);
const SksFundingRule *_sks_policy_get_funding    (SksPolicy  *self,
                                                  guint       position);

/* Facts of a studio: the date of birth from the ID number or the form. */
void                _sks_studio_facts_init       (SksStudioFacts *facts,
                                                  SksPolicy      *policy,
                                                  SksStudio      *studio);

SksVerdict         *_sks_verdict_new             (SksPolicy      *policy,
                                                  const SksRule  *rule,
                                                  SksOutcome     *outcome,
                                                  SksStudio      *studio,
                                                  const char     *recommender);
const SksRule      *_sks_verdict_get_rule        (SksVerdict     *self);

G_END_DECLS
