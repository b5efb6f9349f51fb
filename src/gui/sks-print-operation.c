/* sks-print-operation.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layer 3 of printing: begin-print lays the document out with the print
 * context's Pango context, draw-page forwards to the renderer. The same
 * renderer writes PDF files headlessly (sks_print_write_pdf()).
 */

#define G_LOG_DOMAIN "sks-print"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sks-print-layout.h"
#include "sks-print-operation.h"

struct _SksPrintOperation
{
  GtkPrintOperation  parent_instance;

  SksPrintDoc       *doc;
  SksPrintLayout    *layout;
  GError            *error;
};

G_DEFINE_FINAL_TYPE (SksPrintOperation, sks_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
sks_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  SksPrintOperation *self = SKS_PRINT_OPERATION (operation);
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);

  g_clear_object (&self->layout);
  g_clear_error (&self->error);
  self->layout = sks_print_layout_new (self->doc, pango_context, &self->error);
  g_object_unref (pango_context);
  if (self->layout == NULL)
    {
      /* e.g. no CJK font: the caller shows sks_print_operation_get_error() */
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) sks_print_layout_get_n_pages (self->layout));
}

static void
sks_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  SksPrintOperation *self = SKS_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  if (self->layout == NULL || page_nr < 0
      || (guint) page_nr >= sks_print_layout_get_n_pages (self->layout))
    return;
  /* The forms are laid out on A4; on other paper they shrink to fit,
   * centred, so that nothing is cut off. */
  width = sks_print_layout_get_page_width (self->layout);
  height = sks_print_layout_get_page_height (self->layout);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  if (fabs (scale - 1) > 0.005)
    {
      cairo_translate (cr, (gtk_print_context_get_width (context) - width * scale) / 2,
                       (gtk_print_context_get_height (context) - height * scale) / 2);
      cairo_scale (cr, scale, scale);
    }
  sks_print_layout_draw_page (self->layout, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
sks_print_operation_end_print (GtkPrintOperation *operation,
                               GtkPrintContext   *context)
{
  g_clear_object (&SKS_PRINT_OPERATION (operation)->layout);
}

static void
sks_print_operation_finalize (GObject *object)
{
  SksPrintOperation *self = SKS_PRINT_OPERATION (object);

  g_clear_object (&self->layout);
  g_clear_error (&self->error);
  g_clear_pointer (&self->doc, sks_print_doc_unref);
  G_OBJECT_CLASS (sks_print_operation_parent_class)->finalize (object);
}

static void
sks_print_operation_class_init (SksPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = sks_print_operation_finalize;
  operation_class->begin_print = sks_print_operation_begin_print;
  operation_class->draw_page = sks_print_operation_draw_page;
  operation_class->end_print = sks_print_operation_end_print;
}

static void
sks_print_operation_init (SksPrintOperation *self)
{
}

/**
 * sks_print_operation_new:
 * @doc: what to print (sks_print_annex2_doc_from_store(), …)
 *
 * A print operation on A4 in the document's orientation, drawing on the
 * whole sheet in points. Run it with gtk_print_operation_run() for the
 * print dialog (GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG) or the preview
 * (GTK_PRINT_OPERATION_ACTION_PREVIEW); when the result is
 * GTK_PRINT_OPERATION_RESULT_CANCEL, check sks_print_operation_get_error().
 *
 * Returns: (transfer full): the operation
 */
SksPrintOperation *
sks_print_operation_new (SksPrintDoc *doc)
{
  SksPrintOperation *self;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *a4;

  g_return_val_if_fail (doc != NULL, NULL);

  self = g_object_new (SKS_TYPE_PRINT_OPERATION, NULL);
  self->doc = sks_print_doc_ref (doc);
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_paper_size_free (a4);
  gtk_page_setup_set_orientation (setup, doc->paper_width_mm > doc->paper_height_mm
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                         : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  if (doc->title != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), doc->title);
  return self;
}

SksPrintDoc *
sks_print_operation_get_doc (SksPrintOperation *self)
{
  g_return_val_if_fail (SKS_IS_PRINT_OPERATION (self), NULL);
  return self->doc;
}

/* Why the last run was cancelled by Skill Studio (no Chinese font), or NULL. */
const GError *
sks_print_operation_get_error (SksPrintOperation *self)
{
  g_return_val_if_fail (SKS_IS_PRINT_OPERATION (self), NULL);
  return self->error;
}
