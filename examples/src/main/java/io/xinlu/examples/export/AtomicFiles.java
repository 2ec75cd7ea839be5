package io.xinlu.examples.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that nothing is ever half-written: the text goes to a temporary file in the same folder, which is
 * then moved into place (atomically where the file system can; the temporary file is deleted on any failure).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Temporary files are private to the owner; the file put in place is readable like any other ({@code rw-r--r--}). */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /**
   * Writes {@code text} in UTF-8 to {@code target}, replacing it if it exists.
   *
   * @throws IOException if the folder does not exist or cannot be written; {@code target} is then untouched
   */
  public static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      readableByAll(temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
