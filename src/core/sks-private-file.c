/* sks-private-file.c
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sks-private-file.h"

/*
 * Printed forms and exports hold ID and mobile numbers, so they are made
 * like the document itself: mode 0600 whatever the umask, and never
 * visible to others while they are written. Every file is written under
 * another name in the same folder and renamed over @path when complete, so
 * an existing file (whatever its mode) is replaced, not rewritten in place.
 * The umask can only take bits away from 0600, so no umask opens them up.
 */

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/**
 * sks_private_file_replace:
 * @path: the file to write
 *
 * Like g_file_replace() with %G_FILE_CREATE_PRIVATE and
 * %G_FILE_CREATE_REPLACE_DESTINATION: the data go to a new 0600 file that
 * takes the place of @path when the stream is closed; closing it after
 * cancelling its cancellable keeps the old file.
 *
 * Returns: (transfer full): the stream, or %NULL with a #GIOError whose
 *   message is the system's reason
 */
GFileOutputStream *
sks_private_file_replace (const char  *path,
                          GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  return g_file_replace (file, NULL, FALSE,
                         G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
}

/**
 * sks_private_file_new_partial:
 * @path: the file to write in the end
 *
 * Creates an empty file with mode 0600 next to @path, for a library that
 * opens its output file by name (libxlsxwriter truncates it and keeps its
 * mode). Hand it to sks_private_file_commit() when it is complete, or
 * remove it.
 *
 * Returns: (transfer full): the new file's name, or %NULL with a #GIOError
 */
char *
sks_private_file_new_partial (const char  *path,
                              GError     **error)
{
  g_autofree char *partial = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  partial = g_strconcat (path, ".part-XXXXXX", NULL);
  fd = g_mkstemp_full (partial, O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&partial);
}

/**
 * sks_private_file_commit:
 * @partial: a file from sks_private_file_new_partial(), complete
 * @path: the file it becomes
 *
 * Sets @partial to mode 0600 (in case the library that wrote it made it
 * anew) and renames it over @path. On failure @partial is removed.
 *
 * Returns: %TRUE when @path is the new file
 */
gboolean
sks_private_file_commit (const char  *partial,
                         const char  *path,
                         GError     **error)
{
  g_return_val_if_fail (partial != NULL && path != NULL, FALSE);

  if (g_chmod (partial, S_IRUSR | S_IWUSR) != 0 || g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (partial);
      set_errno_error (error, saved_errno);
      return FALSE;
    }
  return TRUE;
}
