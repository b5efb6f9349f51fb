/* sks-closures.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sks-closures.h"
#include "sks-code-list.h"
#include "sks-validate.h"

char *
sks_closure_window_title (gpointer    this,
                          const char *display_name)
{
  if (display_name == NULL || *display_name == '\0')
    return g_strdup (_("Skill Studio"));
  /* Translators: the window title: a document's name, then the app's name */
  return g_strdup_printf (_("%s — Skill Studio"), display_name);
}

/* The path with the home folder shown as "~", as file managers do. */
static char *
dup_display_path (const char *path)
{
  const char *home = g_get_home_dir ();
  g_autofree char *display = g_filename_display_name (path);
  gsize len = home ? strlen (home) : 0;

  if (len > 1 && g_str_has_prefix (path, home) && path[len] == G_DIR_SEPARATOR)
    {
      g_autofree char *rest = g_filename_display_name (path + len);
      return g_strconcat ("~", rest, NULL);
    }
  return g_steal_pointer (&display);
}

char *
sks_closure_document_subtitle (gpointer    this,
                               const char *path,
                               gboolean    read_only)
{
  g_autofree char *display = NULL;

  if (path == NULL)
    return g_strdup ("");
  display = dup_display_path (path);
  if (!read_only)
    return g_steal_pointer (&display);
  /* Translators: the header bar's subtitle: where the document is, and that it cannot be
   * changed in this window */
  return g_strdup_printf (_("%s (read-only)"), display);
}

char *
sks_closure_studio_count (gpointer this,
                          guint    n_studios)
{
  if (n_studios == 0)
    return g_strdup (_("No applications"));
  /* Translators: the status line under the list */
  return g_strdup_printf (ngettext ("%u application", "%u applications", n_studios), n_studios);
}

char *
sks_closure_list_page (gpointer this,
                       guint    n_studios)
{
  return g_strdup (n_studios > 0 ? "list" : "empty");
}

/* Unknown or missing levels sort before every known one. */
int
sks_closure_skill_level_rank (gpointer    this,
                              const char *skill_level)
{
  const SksCodeList *levels = sks_code_list_get (SKS_CODE_LIST_SKILL_LEVEL);

  if (levels == NULL || skill_level == NULL)
    return -1;
  return sks_code_list_get_rank (levels, skill_level);
}

/* GtkNumericSorter sorts numbers, not enums: the enum's order is the life cycle. */
int
sks_closure_status_rank (gpointer  this,
                         SksStatus status)
{
  return (int) status;
}

/* A month of birth ("YYYY-MM") as YYYYMM, to sort by age; 0 when unknown. */
int
sks_closure_birth_rank (gpointer    this,
                        const char *birth)
{
  int year, month;

  return sks_parse_year_month (birth, &year, &month) ? year * 100 + month : 0;
}

/* Where a search found its text, e.g. “团队成员：张伟”: @match is an
 * SksRowMatch (sks-studio-row.h), @value the field's text. Empty when the
 * row does not match. */
char *
sks_closure_match_text (gpointer    this,
                        int         match,
                        const char *value)
{
  const char *labels[] = {
    /* Translators: where a search text was found; the field's text follows */
    C_("found in", "Studio"),
    C_("found in", "Master"),
    C_("found in", "Recommending unit"),
    C_("found in", "Applying unit"),
    C_("found in", "Skill level"),
    C_("found in", "Occupation"),
    C_("found in", "Team member"),
  };

  if (match < 0 || match >= (int) G_N_ELEMENTS (labels))
    return g_strdup ("");
  /* Translators: a field's name and its text, e.g. “团队成员：张伟” */
  return g_strdup_printf (_("%s: %s"), labels[match], value ? value : "");
}

/* A date as the bureaus write it in the app: 2025年3月17日 in Chinese, with
 * no leading zeros (GB/T 9704 §7.3.5), as the printed forms do. */
char *
sks_closure_date_text (gpointer     this,
                       const GDate *date)
{
  char text[64];

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("not stated"));
  /* xgettext:no-c-format */
  /* Translators: a strftime() format for a date without leading zeros
   * (glibc's %-m, %-d); zh_CN: “%Y年%-m月%-d日” */
  if (g_date_strftime (text, sizeof text, _("%-d %B %Y"), date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}
