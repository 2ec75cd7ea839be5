package io.xinlu.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that nothing is ever half-written: the text goes to a temporary file in the same folder, which is
 * then moved into place (atomically where the file system can; the temporary file is deleted on any failure). A set
 * of files is written all temporary files first, then moved into place, so that a failure while writing leaves every
 * target untouched.
 *
 * <p>Stateless and thread-safe; two threads writing the same file race as two processes would.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code text} in UTF-8 to {@code target}, replacing it if it exists.
   *
   * @throws IOException if the folder does not exist or cannot be written; {@code target} is then untouched
   */
  public static void write(Path target, String text) throws IOException {
    writeAll(Map.of(target, text));
  }

  /**
   * Writes several files: first every text to a temporary file beside its target, then each temporary file into
   * place. If a temporary file cannot be written, no target is touched and every temporary file is deleted.
   *
   * @param files the texts by target file, written in iteration order
   * @throws IOException if a folder does not exist or cannot be written
   */
  public static void writeAll(Map<Path, String> files) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, String> f : files.entrySet()) {
        Path absolute = f.getKey().toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        temps.put(absolute, temp);
        Files.writeString(temp, f.getValue(), StandardCharsets.UTF_8);
        readableByAll(temp);
      }
      for (Map.Entry<Path, Path> t : temps.entrySet()) {
        try {
          Files.move(t.getValue(), t.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(t.getValue(), t.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path temp : temps.values()) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Temporary files are private to the owner; the file put in place is readable like any other ({@code rw-r--r--}). */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
