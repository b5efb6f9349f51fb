/* print-test-util.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "print-test-util.h"

/* cairo 1.16's CFF subsetter leaks 768 bytes per embedded CJK font when a
 * PDF surface is finished (reproduced with a plain pango-cairo program).
 * LeakSanitizer reads this list from the program, so the suppression stays
 * with the print tests; nothing of ours runs inside cairo_surface_finish. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:cairo_surface_finish\n";
}

char *
pt_run_tool (const char         *tool,
             const char * const *args)
{
  g_autofree char *path = g_find_program_in_path (tool);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  /* The project's setup installs poppler-utils and unzip: missing is a
   * failure. */
  if (path == NULL)
    g_error ("%s is not installed (see build-aux/setup.sh)", tool);
  g_ptr_array_add (argv, path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", tool, error->message, err);
  return out;
}

char *
pt_pdftotext (const char *pdf,
              gboolean    layout,
              guint       first,
              guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *args[10];
  guint n = 0;

  args[n++] = "-enc";
  args[n++] = "UTF-8";
  if (layout)
    args[n++] = "-layout";
  if (first > 0)
    {
      args[n++] = "-f";
      args[n++] = f;
      args[n++] = "-l";
      args[n++] = l;
    }
  args[n++] = pdf;
  args[n++] = "-";
  args[n] = NULL;
  return pt_run_tool ("pdftotext", args);
}

static void
word_free (gpointer data)
{
  PtWord *word = data;

  g_free (word->text);
  g_free (word);
}

static char *
unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; )
    {
      static const struct { const char *entity; char c; } entities[] = {
        { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
        { "&#39;", '\'' },
      };
      gboolean done = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities) && !done; i++)
        if (g_str_has_prefix (p, entities[i].entity))
          {
            g_string_append_c (out, entities[i].c);
            p += strlen (entities[i].entity);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

static double
attribute (const char *line,
           const char *name)
{
  const char *p = strstr (line, name);

  g_assert_nonnull (p);
  return g_ascii_strtod (p + strlen (name), NULL);
}

/* pdftotext -bbox writes one <page> or <word> element a line. (GRegex is
 * not used: GLib 2.74 checks the whole text for UTF-8 at every match.) */
GPtrArray *
pt_pdf_words (const char *pdf)
{
  const char *args[] = { "-bbox", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *html = pt_run_tool ("pdftotext", args);
  g_auto(GStrv) lines = g_strsplit (html, "\n", -1);
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *open, *close;
      PtWord *word;

      while (*line == ' ')
        line++;
      if (g_str_has_prefix (line, "<page "))
        {
          g_ptr_array_add (pages, g_ptr_array_new_with_free_func (word_free));
          continue;
        }
      if (!g_str_has_prefix (line, "<word "))
        continue;
      open = strchr (line, '>');
      close = g_strrstr (line, "</word>");
      g_assert_nonnull (open);
      g_assert_nonnull (close);
      word = g_new0 (PtWord, 1);
      word->x_min = attribute (line, "xMin=\"");
      word->y_min = attribute (line, "yMin=\"");
      word->x_max = attribute (line, "xMax=\"");
      word->y_max = attribute (line, "yMax=\"");
      {
        g_autofree char *raw = g_strndup (open + 1, close - open - 1);
        word->text = unescape (raw);
      }
      g_assert_cmpuint (pages->len, >, 0);
      g_ptr_array_add (g_ptr_array_index (pages, pages->len - 1), word);
    }
  return pages;
}

static char *
pdfinfo_field (const char *pdf,
               const char *field)
{
  const char *args[] = { pdf, NULL };
  g_autofree char *out = pt_run_tool ("pdfinfo", args);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field))
      return g_strstrip (g_strdup (lines[i] + strlen (field)));
  g_error ("pdfinfo printed no %s", field);
  return NULL;
}

guint
pt_pdf_n_pages (const char *pdf)
{
  g_autofree char *pages = pdfinfo_field (pdf, "Pages:");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

void
pt_pdf_page_size (const char *pdf,
                  double     *width,
                  double     *height)
{
  g_autofree char *size = pdfinfo_field (pdf, "Page size:");
  char *end;

  *width = g_ascii_strtod (size, &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, NULL);
}

char *
pt_strip (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iszerowidth (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

void
pt_assert_in_order (const char         *haystack,
                    const char * const *needles)
{
  g_autofree char *hay = pt_strip (haystack);
  const char *p = hay;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      g_autofree char *needle = pt_strip (needles[i]);
      const char *found = strstr (p, needle);

      if (found == NULL)
        g_error ("“%s” (item %u) missing or out of order in\n%s", needles[i], i, p);
      p = found + strlen (needle);
    }
}

SksPrintLayout *
pt_layout_new (SksPrintDoc *doc)
{
  g_autoptr(GError) error = NULL;
  PangoContext *context = sks_print_context_new ();
  SksPrintLayout *layout = sks_print_layout_new (doc, context, &error);

  g_assert_no_error (error);
  g_object_unref (context);
  return layout;
}
