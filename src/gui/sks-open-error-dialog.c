/* sks-open-error-dialog.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "sks-open-error-dialog.h"
#include "sks-store.h"

struct _SksOpenErrorDialog
{
  GtkWindow  parent_instance;

  char      *path;
  GError    *error;
  gboolean   quits;
  char      *backup_path;  /* the latest good backup, or NULL */
  gint64     backup_studios;  /* the applications it holds */

  /* Template children */
  GtkLabel  *heading_label;
  GtkLabel  *message_label;
  GtkLabel  *hint_label;
  GtkButton *close_button;
  GtkButton *restore_button;
};

G_DEFINE_FINAL_TYPE (SksOpenErrorDialog, sks_open_error_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PATH,
  PROP_ERROR,
  PROP_QUITS,
  PROP_BACKUP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
get_heading (const GError *error)
{
  if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED))
    return _("The Document Is Damaged");
  if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_TOO_NEW))
    return _("The Document Needs a Newer Version of Skill Studio");
  if (g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT))
    return _("This Is Not a Skill Studio Document");
  return _("The Document Could Not Be Opened");
}

/* A backup helps when the file was once a good document and is broken now;
 * for a document from a newer version it would silently lose that
 * version's work, so it is not offered there. */
static gboolean
offers_backup (const GError *error)
{
  return g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DAMAGED) ||
         g_error_matches (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_A_DOCUMENT);
}

static char *
dup_backup_hint (const char *backup_path,
                 gint64      n_studios)
{
  g_autofree char *name = g_filename_display_basename (backup_path);

  /* Translators: %s is the file name of a backup, e.g.
   * default.skillstudio.backup-20261121-093000, then what it holds */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Skill Studio can put the latest good backup, “%s”, in "
                                       "its place; it holds %lld application. The damaged file "
                                       "is kept beside it.",
                                       "Skill Studio can put the latest good backup, “%s”, in "
                                       "its place; it holds %lld applications. The damaged file "
                                       "is kept beside it.", (gulong) n_studios),
                          name, (long long) n_studios);
}

static void
sks_open_error_dialog_update (SksOpenErrorDialog *self)
{
  g_autofree char *hint = NULL;

  gtk_label_set_text (self->heading_label, get_heading (self->error));
  gtk_label_set_text (self->message_label, self->error->message);

  if (self->backup_path != NULL)
    hint = dup_backup_hint (self->backup_path, self->backup_studios);
  else if (g_error_matches (self->error, SKS_STORE_ERROR, SKS_STORE_ERROR_TOO_NEW))
    hint = g_strdup (_("The document has not been changed."));
  else if (offers_backup (self->error))
    hint = g_strdup (_("No good backup of this document was found."));
  gtk_label_set_text (self->hint_label, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);

  gtk_button_set_label (self->close_button, self->quits ? _("_Quit") : _("_Close"));
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), self->backup_path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.restore", self->backup_path != NULL);

  /* Focus the way out, not the (selectable) message, which would show all
   * selected. */
  gtk_window_set_focus (GTK_WINDOW (self), self->backup_path != NULL
                                           ? GTK_WIDGET (self->restore_button)
                                           : GTK_WIDGET (self->close_button));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SksOpenErrorDialog *self = SKS_OPEN_ERROR_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->backup_path != NULL);

  if (!sks_store_restore_backup (self->path, self->backup_path, &error))
    {
      /* Show the new problem in place of the old one; no second attempt. */
      g_clear_error (&self->error);
      self->error = g_error_copy (error);
      g_clear_pointer (&self->backup_path, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKUP_PATH]);
      sks_open_error_dialog_update (self);
      gtk_label_set_text (self->heading_label, _("The Backup Could Not Be Restored"));
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals[RESTORED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
sks_open_error_dialog_constructed (GObject *object)
{
  SksOpenErrorDialog *self = SKS_OPEN_ERROR_DIALOG (object);

  G_OBJECT_CLASS (sks_open_error_dialog_parent_class)->constructed (object);

  g_assert (self->path != NULL);
  if (self->error == NULL)
    self->error = g_error_new_literal (SKS_STORE_ERROR, SKS_STORE_ERROR_OPEN,
                                       _("The document could not be opened."));
  if (offers_backup (self->error))
    self->backup_path = sks_store_find_good_backup (self->path, NULL, &self->backup_studios);
  sks_open_error_dialog_update (self);
}

static void
sks_open_error_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKS_TYPE_OPEN_ERROR_DIALOG);
  G_OBJECT_CLASS (sks_open_error_dialog_parent_class)->dispose (object);
}

static void
sks_open_error_dialog_finalize (GObject *object)
{
  SksOpenErrorDialog *self = SKS_OPEN_ERROR_DIALOG (object);

  g_free (self->path);
  g_clear_error (&self->error);
  g_free (self->backup_path);
  G_OBJECT_CLASS (sks_open_error_dialog_parent_class)->finalize (object);
}

static void
sks_open_error_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SksOpenErrorDialog *self = SKS_OPEN_ERROR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_QUITS:
      g_value_set_boolean (value, self->quits);
      break;
    case PROP_BACKUP_PATH:
      g_value_set_string (value, self->backup_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_open_error_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SksOpenErrorDialog *self = SKS_OPEN_ERROR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_ERROR:
      self->error = g_value_dup_boxed (value);
      break;
    case PROP_QUITS:
      self->quits = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sks_open_error_dialog_class_init (SksOpenErrorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = sks_open_error_dialog_constructed;
  object_class->dispose = sks_open_error_dialog_dispose;
  object_class->finalize = sks_open_error_dialog_finalize;
  object_class->get_property = sks_open_error_dialog_get_property;
  object_class->set_property = sks_open_error_dialog_set_property;

  /* The document that failed to open */
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, construct);
  /* Why it failed (SKS_STORE_ERROR) */
  properties[PROP_ERROR] = g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, construct);
  /* Whether closing the dialog ends the application (no other window is open) */
  properties[PROP_QUITS] = g_param_spec_boolean ("quits", NULL, NULL, FALSE, construct);
  /* The backup that "Restore" would put in place; NULL when none is offered */
  properties[PROP_BACKUP_PATH] =
    g_param_spec_string ("backup-path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SksOpenErrorDialog::restored:
   *
   * The backup is now in the document's place; the handler opens it again.
   * The dialog closes right after.
   */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/org/example/SkillStudio/ui/sks-open-error-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SksOpenErrorDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SksOpenErrorDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, SksOpenErrorDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SksOpenErrorDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, SksOpenErrorDialog, restore_button);

  gtk_widget_class_install_action (widget_class, "dialog.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "dialog.restore", NULL, restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.close", NULL);
}

static void
sks_open_error_dialog_init (SksOpenErrorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sks_open_error_dialog_new:
 * @path: the document that could not be opened
 * @error: why
 * @quits: whether closing the dialog ends the application (it is the only window)
 *
 * Looks for a good backup when @error says the document is damaged; the
 * Restore button shows only when there is one.
 */
SksOpenErrorDialog *
sks_open_error_dialog_new (const char   *path,
                           const GError *error,
                           gboolean      quits)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  return g_object_new (SKS_TYPE_OPEN_ERROR_DIALOG,
                       "path", path, "error", error, "quits", quits, NULL);
}

const char *
sks_open_error_dialog_get_path (SksOpenErrorDialog *self)
{
  g_return_val_if_fail (SKS_IS_OPEN_ERROR_DIALOG (self), NULL);
  return self->path;
}

/* Returns: (nullable): the backup that "Restore" would put in place */
const char *
sks_open_error_dialog_get_backup_path (SksOpenErrorDialog *self)
{
  g_return_val_if_fail (SKS_IS_OPEN_ERROR_DIALOG (self), NULL);
  return self->backup_path;
}
