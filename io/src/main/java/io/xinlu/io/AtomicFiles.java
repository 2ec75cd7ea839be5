package io.xinlu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes files so that nothing is ever half-written and nothing but the named file is changed. What happens depends
 * on what the path names:
 *
 * <ul>
 *   <li><b>a regular file, or nothing yet</b>: the bytes go to a temporary file beside it (same folder), which is
 *       flushed to disk and then moved over it (atomically where the file system can), so a reader sees the old file
 *       or the whole new one. A replaced file keeps its permissions (and its owner and group where the process may
 *       set them, as root); a new file gets those the process gives any new file (its umask). The temporary file is
 *       deleted on any failure. Another hard link to a replaced file keeps the old content, as with any editor that
 *       saves atomically.
 *   <li><b>a symbolic link</b>: followed, through a chain of links, to its final target, which is then written as
 *       above (atomically there, beside the target); the links stay links. A link whose target does not exist (a
 *       dangling link) creates the target, as a shell's {@code >} does, if the target's folder exists.
 *   <li><b>a device, a FIFO or an open descriptor</b> ({@code /dev/null}, a named pipe, {@code /dev/stdout},
 *       {@code /dev/fd/N}, {@code /proc/self/fd/N}): written directly, as a stream, in append mode (a shell's
 *       {@code >>}; for a device or pipe the same as {@code >}), never replaced. Such a write cannot be undone: a
 *       failure (a full device, a pipe whose reader left) is reported, and what was written stays written. Opening a
 *       FIFO waits, as it does for any program, until a reader opens it.
 *   <li><b>a folder</b>, a path in a <b>folder that does not exist</b> (folders are not created), or a loop of
 *       links: an {@link IOException}, nothing touched.
 * </ul>
 *
 * <p>Every {@link IOException} thrown here has a message of the form {@code cannot write 'PATH': REASON} that names
 * the path as given (and the link's target when it went through a link), never a temporary file.
 *
 * <p>A set of files ({@link #writeAll}, {@link #writeAllBytes}) is all or nothing: every target is checked and every
 * temporary file written first, then the streams are written, then the temporary files are moved into place. A failure
 * before the moves leaves every regular file untouched. If a move fails (rare: the temporary file is in the target's
 * own folder), the files already moved are put back: each replaced file from a hard link (or copy) of its old
 * version taken before the first move, each new file deleted; only if that fails too does the message name the
 * files left new and where the old versions are.
 *
 * <p>Stateless and thread-safe; two threads writing the same file race as two processes would.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
  /** The most symbolic links followed from one path, as Linux's {@code MAXSYMLINKS}. */
  public static final int MAX_LINKS = 40;

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * How a path is written.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** A regular file, or a path where none exists yet: replaced (or created) atomically. */
    FILE,
    /** A device, FIFO, socket or open descriptor: written directly, as a stream. */
    STREAM
  }

  /**
   * Where writing a path ends up.
   *
   * <p>Immutable and thread-safe.
   *
   * @param given the path as given
   * @param file the path actually written: the final target of a chain of symbolic links, else {@code given} (made
   *     absolute)
   * @param kind how it is written
   * @param exists whether {@code file} exists now ({@link Kind#STREAM} destinations always do)
   * @since 0.1.0
   */
  public record Destination(Path given, Path file, Kind kind, boolean exists) {
    /** Checks that no component is null. */
    public Destination {
      Objects.requireNonNull(given, "given");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(kind, "kind");
    }

    /** Whether the path is a symbolic link (or a chain of them) to {@link #file()}. */
    public boolean throughLink() {
      return !given.toAbsolutePath().equals(file);
    }

    private String describe() {
      return "'" + given + "'" + (throughLink() ? " (a link to '" + file + "')" : "");
    }
  }

  /** Moves a temporary file over its target; replaceable in tests to make a move fail. */
  @FunctionalInterface
  interface Mover {
    void move(Path source, Path target) throws IOException;
  }

  private static final Mover ATOMIC = (source, target) -> {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  /**
   * What writing {@code target} would do, without writing: follows symbolic links and says whether the final target
   * is written as a file or as a stream.
   *
   * @throws IOException if the path cannot be written: it is a folder, its folder does not exist or is not a folder,
   *     or its links loop or run deeper than {@value #MAX_LINKS}; the message names the path
   */
  public static Destination destination(Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    Path p = target.toAbsolutePath();
    for (int hops = 0; hops <= MAX_LINKS; hops++) {
      Path parent = p.getParent();
      if (parent == null) {
        throw fail(target, p, "it is a folder, not a file");
      }
      if (isDescriptorFolder(parent)) {
        return new Destination(target, p, Kind.STREAM, true);
      }
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException | NotDirectoryException e) {
        checkFolder(target, p, parent);
        return new Destination(target, p, Kind.FILE, false);
      } catch (FileSystemException e) {
        checkFolder(target, p, parent);
        throw fail(target, p, reason(e));
      }
      if (a.isSymbolicLink()) {
        p = parent.resolve(Files.readSymbolicLink(p));
        continue;
      }
      if (a.isDirectory()) {
        throw fail(target, p, "it is a folder, not a file");
      }
      return new Destination(target, p, a.isRegularFile() ? Kind.FILE : Kind.STREAM, true);
    }
    throw fail(target, target.toAbsolutePath(), "more than " + MAX_LINKS + " levels of symbolic links (a loop of "
        + "links?)");
  }

  /**
   * Writes {@code text} in UTF-8 to {@code target}, as the class comment says for each kind of target.
   *
   * @throws IOException if the target cannot be written; a regular file is then untouched
   */
  public static void write(Path target, String text) throws IOException {
    writeAllBytes(Map.of(target, text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes {@code bytes} to {@code target}, as the class comment says for each kind of target.
   *
   * @throws IOException if the target cannot be written; a regular file is then untouched
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    writeAllBytes(Map.of(target, bytes));
  }

  /**
   * Writes several texts in UTF-8, all or nothing: see {@link #writeAllBytes}.
   *
   * @param files the texts by target, written in iteration order
   * @throws IOException if a target cannot be written
   */
  public static void writeAll(Map<Path, String> files) throws IOException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((p, t) -> bytes.put(p, t.getBytes(StandardCharsets.UTF_8)));
    writeAllBytes(bytes);
  }

  /**
   * Writes several files, all or nothing: first every target is checked ({@link #destination}), then every regular
   * file's bytes go to a temporary file beside it (and, for more than one, each old version gets a second name to
   * undo a failed move), then the streams (devices, FIFOs) are written, then the temporary files are moved into
   * place. A failure before the moves leaves every regular file untouched and deletes every
   * temporary file; a failed move puts back the files already moved (see the class comment).
   *
   * @param files the bytes by target, written in iteration order
   * @throws IOException if a target cannot be written, or two targets are the same file
   */
  public static void writeAllBytes(Map<Path, byte[]> files) throws IOException {
    writeAllBytes(files, ATOMIC);
  }

  static void writeAllBytes(Map<Path, byte[]> files, Mover mover) throws IOException {
    List<Destination> destinations = new ArrayList<>();
    Map<Path, Destination> seen = new HashMap<>();
    try {
      for (Path p : files.keySet()) {
        Destination d = destination(p);
        Destination before = d.kind() == Kind.FILE ? seen.put(d.file(), d) : null;
        if (before != null) {
          throw new IOException("cannot write " + d.describe() + ": it is the same file as " + before.describe());
        }
        destinations.add(d);
      }
    } catch (IOException e) {
      throw noneWritten(e, files.size());
    }
    List<Pending> pending = new ArrayList<>();
    boolean done = false;
    try {
      try {
        for (Destination d : destinations) {
          if (d.kind() == Kind.FILE) {
            pending.add(prepare(d, files.get(d.given())));
          }
        }
        if (pending.size() > 1) {
          for (Pending p : pending) {
            p.backUp();
          }
        }
      } catch (IOException e) {
        throw noneWritten(e, files.size());
      }
      for (Destination d : destinations) {
        if (d.kind() == Kind.STREAM) {
          stream(d, files.get(d.given()));
        }
      }
      moveAll(pending, mover);
      done = true;
    } finally {
      for (Pending p : pending) {
        p.cleanUp(done);
      }
    }
    syncFolders(pending);
  }

  /** Says, for a set of files, that none was written (a failure before any stream or move). */
  private static IOException noneWritten(IOException e, int count) {
    return count < 2 ? e : new IOException(e.getMessage() + "; none of the " + count + " files was written", e);
  }

  /** A temporary file written beside its target, waiting to be moved over it. */
  private static final class Pending {
    final Destination destination;
    final Path temp;
    Path backup;
    boolean moved;

    Pending(Destination destination, Path temp) {
      this.destination = destination;
      this.temp = temp;
    }

    Path file() {
      return destination.file();
    }

    /** Keeps the old version under a second name (a hard link, else a copy) so that a failed set can be undone. */
    void backUp() throws IOException {
      if (!destination.exists()) {
        return;
      }
      Path b = sibling(file(), ".bak");
      try {
        Files.createLink(b, file());
      } catch (IOException | UnsupportedOperationException e) {
        try {
          Files.copy(file(), b, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e2) {
          Files.deleteIfExists(b);
          throw fail(destination, "cannot keep its old version to undo a failed set of files (" + reason(e2) + ")",
              e2);
        }
      }
      backup = b;
    }

    void cleanUp(boolean done) {
      deleteQuietly(temp);
      if (backup != null && (done || !moved)) {
        deleteQuietly(backup);
      }
    }
  }

  private static Pending prepare(Destination d, byte[] bytes) throws IOException {
    Path file = d.file();
    Path temp = sibling(file, ".tmp");
    FileChannel ch;
    try {
      ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw fail(d, reason(e), e);
    }
    Pending p = new Pending(d, temp);
    try {
      try (FileChannel c = ch) {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> finalPermissions = null;
        if (posix) {
          // a new file gets what the umask gives any new file: what the temporary file was just created with
          finalPermissions = d.exists() ? Files.getPosixFilePermissions(file) : Files.getPosixFilePermissions(temp);
          Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          c.write(buf);
        }
        c.force(true);
        if (posix) {
          if (d.exists()) {
            keepOwner(file, temp);
          }
          Files.setPosixFilePermissions(temp, finalPermissions);
        }
      }
      return p;
    } catch (IOException e) {
      deleteQuietly(temp);
      throw fail(d, reason(e), e);
    }
  }

  /** Gives the temporary file the old file's owner and group where the process may (as root); else leaves them. */
  private static void keepOwner(Path file, Path temp) {
    try {
      PosixFileAttributes old = Files.readAttributes(file, PosixFileAttributes.class);
      PosixFileAttributes now = Files.readAttributes(temp, PosixFileAttributes.class);
      GroupPrincipal group = old.group();
      if (!group.equals(now.group())) {
        Files.setAttribute(temp, "posix:group", group);
      }
      UserPrincipal owner = old.owner();
      if (!owner.equals(now.owner())) {
        Files.setOwner(temp, owner);
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // not allowed (an ordinary user cannot give a file away): the new file belongs to the writer
    }
  }

  private static void stream(Destination d, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(d.file(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      out.write(bytes);
    } catch (IOException e) {
      throw fail(d, reason(e) + "; no other file was changed", e);
    }
  }

  private static void moveAll(List<Pending> pending, Mover mover) throws IOException {
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      try {
        mover.move(p.temp, p.file());
        p.moved = true;
      } catch (IOException e) {
        List<String> notUndone = new ArrayList<>();
        for (int j = i - 1; j >= 0; j--) {
          undo(pending.get(j), notUndone);
        }
        String what = i == 0 ? "no file was changed"
            : notUndone.isEmpty() ? "the " + i + " file(s) already moved into place were put back"
            : "could not put back: " + String.join("; ", notUndone);
        throw fail(p.destination, reason(e) + "; " + what, e);
      }
    }
  }

  private static void undo(Pending p, List<String> notUndone) {
    try {
      if (p.backup != null) {
        ATOMIC.move(p.backup, p.file());
        p.backup = null;
      } else {
        Files.deleteIfExists(p.file());
      }
      p.moved = false;
    } catch (IOException e) {
      notUndone.add("'" + p.file() + "' is new (" + reason(e) + ")"
          + (p.backup != null ? ", its old version is '" + p.backup + "'" : ""));
    }
  }

  /** Flushes the folders' entries (the renames) to disk where the platform allows; best effort. */
  private static void syncFolders(List<Pending> pending) {
    pending.stream().map(p -> p.file().getParent()).distinct().forEach(folder -> {
      try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
        c.force(true);
      } catch (IOException | RuntimeException e) {
        // not supported here (e.g. on Windows): the renames are flushed with the file system
      }
    });
  }

  /** Open descriptors live in {@code /proc/<pid>/fd} ({@code /dev/fd}, {@code /dev/stdout} lead there). */
  private static boolean isDescriptorFolder(Path folder) {
    if (!folder.startsWith("/proc") && !folder.startsWith("/dev")) {
      return false;
    }
    try {
      Path real = folder.toRealPath();
      return real.startsWith("/proc") && real.getFileName() != null && real.getFileName().toString().equals("fd");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void checkFolder(Path given, Path file, Path parent) throws IOException {
    if (Files.isDirectory(parent)) {
      return;
    }
    if (Files.exists(parent)) {
      throw fail(given, file, "'" + parent + "' is not a folder");
    }
    throw fail(given, file, "the folder '" + parent + "' does not exist");
  }

  private static Path sibling(Path file, String suffix) {
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    return file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().formatHex(b) + suffix);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // nothing more to do: a leftover hidden temporary file is harmless
    }
  }

  private static IOException fail(Path given, Path file, String reason) {
    return new IOException("cannot write " + new Destination(given, file, Kind.FILE, false).describe() + ": "
        + reason);
  }

  private static IOException fail(Destination d, String reason, IOException cause) {
    return new IOException("cannot write " + d.describe() + ": " + reason, cause);
  }

  /** What went wrong, without the path (which may be a temporary file's). */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "it is a folder that is not empty";
    }
    if (e instanceof FileSystemException) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
