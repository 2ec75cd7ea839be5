package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link AtomicFiles} does with each kind of target: a regular file is replaced atomically, a symbolic link is
 * written through to its final target (atomically there), a FIFO or device is written directly, a folder or a
 * missing folder is an error that names the target; no message names a temporary file. FIFOs stand in for devices
 * (a test never writes to a real device).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path f = dir.resolve(name);
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", f.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(f, LinkOption.NOFOLLOW_LINKS), "mkfifo failed");
    return f;
  }

  /** Reads a FIFO to its end on another thread. */
  private static CompletableFuture<byte[]> reader(Path fifo) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
  }

  private static boolean isFifo(Path p) throws IOException {
    return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .isOther();
  }

  private static void assertNoTemporaryName(IOException e) {
    assertFalse(String.valueOf(e.getMessage()).contains(".tmp"), "a temporary file name in: " + e.getMessage());
  }

  @Test
  void a_symbolic_link_is_written_through_to_its_target_and_stays_a_link() throws IOException {
    Path target = Files.writeString(dir.resolve("target.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("target.csv"));
    AtomicFiles.write(link, "new\n");
    assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
    assertEquals(Path.of("target.csv"), Files.readSymbolicLink(link));
    assertEquals("new\n", Files.readString(target));
    assertEquals(List.of("link.csv", "target.csv"), names());
  }

  @Test
  void a_chain_of_links_is_followed_to_the_final_target_in_another_folder() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path target = Files.writeString(sub.resolve("target.csv"), "old\n");
    Path first = Files.createSymbolicLink(dir.resolve("first.csv"), Path.of("sub/target.csv"));
    Path second = Files.createSymbolicLink(dir.resolve("second.csv"), first.toAbsolutePath());
    AtomicFiles.writeAll(Map.of(second, "new\n"));
    assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(second));
    assertEquals("new\n", Files.readString(target));
    assertEquals(List.of("first.csv", "second.csv", "sub"), names());
    try (Stream<Path> s = Files.list(sub)) {
      assertEquals(List.of(target), s.toList(), "no temporary file left beside the target");
    }
  }

  @Test
  void a_dangling_link_creates_its_target_like_a_shell_redirection() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("new.csv"));
    AtomicFiles.write(link, "x\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("x\n", Files.readString(dir.resolve("new.csv")));
  }

  @Test
  void a_dangling_link_into_a_missing_folder_is_an_error_that_names_both() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("missing/new.csv"));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(link, "x\n"));
    assertTrue(e.getMessage().contains("link.csv") && e.getMessage().contains("missing"), e.getMessage());
    assertNoTemporaryName(e);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(List.of("link.csv"), names());
  }

  @Test
  void a_loop_of_links_is_an_error() throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("a"), "x"));
    assertTrue(e.getMessage().contains("links"), e.getMessage());
    assertNoTemporaryName(e);
    assertTrue(Files.isSymbolicLink(dir.resolve("a")) && Files.isSymbolicLink(dir.resolve("b")));
    assertEquals(List.of("a", "b"), names());
  }

  @Test
  void a_fifo_is_written_directly_and_stays_a_fifo() throws Exception {
    Path fifo = fifo("out.fifo");
    CompletableFuture<byte[]> read = reader(fifo);
    AtomicFiles.write(fifo, "through the pipe\n");
    assertEquals("through the pipe\n", new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO was replaced by a file");
    assertTrue(isFifo(fifo));
    assertEquals(List.of("out.fifo"), names());
  }

  @Test
  void a_link_to_a_fifo_writes_into_the_fifo() throws Exception {
    Path fifo = fifo("out.fifo");
    Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("out.fifo"));
    CompletableFuture<byte[]> read = reader(fifo);
    AtomicFiles.write(link, "via link\n");
    assertEquals("via link\n", new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertTrue(Files.isSymbolicLink(link) && isFifo(fifo));
  }

  @Test
  void a_stream_that_fails_is_reported_and_leaves_every_other_target_untouched() throws Exception {
    Path fifo = fifo("out.fifo");
    Path kept = Files.writeString(dir.resolve("kept.csv"), "old\n");
    // the reader takes one byte and leaves: the writer then gets a broken pipe (as ENOSPC on a full device)
    CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.read();
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(kept, "new\n");
    files.put(fifo, "x".repeat(4 << 20));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(files));
    read.get(30, TimeUnit.SECONDS);
    assertTrue(e.getMessage().contains("out.fifo"), e.getMessage());
    assertNoTemporaryName(e);
    assertEquals("old\n", Files.readString(kept));
    assertTrue(isFifo(fifo));
    assertEquals(List.of("kept.csv", "out.fifo"), names());
  }

  @Test
  void a_folder_given_as_the_file_is_an_error_that_names_it() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out.csv"));
    Files.writeString(folder.resolve("inside"), "x");
    Path other = Files.writeString(dir.resolve("other.csv"), "old\n");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(other, "new\n");
    files.put(folder, "y");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(files));
    assertTrue(e.getMessage().contains("out.csv") && e.getMessage().contains("folder"), e.getMessage());
    assertNoTemporaryName(e);
    assertEquals("old\n", Files.readString(other));
    assertEquals(List.of("other.csv", "out.csv"), names());
  }

  @Test
  void a_missing_folder_is_an_error_that_names_the_folder_not_a_temporary_file() throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file.resolve("out.csv"), "y"));
    assertTrue(e.getMessage().contains("plain-file"), e.getMessage());
    assertNoTemporaryName(e);
    IOException e2 = assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("no/out.csv"), "y"));
    assertTrue(e2.getMessage().contains("no"), e2.getMessage());
    assertNoTemporaryName(e2);
    assertEquals(List.of("plain-file"), names());
  }

  @Test
  void a_replaced_file_keeps_its_permissions_and_a_new_file_gets_the_default_ones() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path f = Files.writeString(dir.resolve("private.csv"), "old\n");
    Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(f, owner);
    AtomicFiles.write(f, "new\n");
    assertEquals(owner, Files.getPosixFilePermissions(f), "a private file must stay private");
    Path shared = Files.writeString(dir.resolve("shared.csv"), "old\n");
    Set<PosixFilePermission> group = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(shared, group);
    AtomicFiles.write(shared, "new\n");
    assertEquals(group, Files.getPosixFilePermissions(shared));
    // a new file: what the process's umask gives any new file
    Path plain = Files.createFile(dir.resolve("plain.csv"));
    Path made = dir.resolve("made.csv");
    AtomicFiles.write(made, "x\n");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(made));
  }

  @Test
  void a_replaced_file_keeps_its_owner_where_the_process_may_give_files_away() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path f = Files.writeString(dir.resolve("theirs.csv"), "old\n");
    java.nio.file.attribute.UserPrincipal nobody;
    try {
      nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(f, nobody);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "cannot give a file away here (not root): " + e);
      return;
    }
    AtomicFiles.write(f, "new\n");
    assertEquals(nobody, Files.getOwner(f));
    assertEquals("new\n", Files.readString(f));
  }

  @Test
  void a_regular_file_is_replaced_whole() throws IOException {
    Path f = Files.writeString(dir.resolve("out.csv"), "old\n");
    AtomicFiles.write(f, "new, ünïcödé\n");
    assertArrayEquals("new, ünïcödé\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
    assertEquals(List.of("out.csv"), names());
  }

  @Test
  void a_failed_move_puts_back_the_files_already_moved() throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), "old a\n");
    Path b = dir.resolve("b.csv"); // new
    Path c = Files.writeString(dir.resolve("c.csv"), "old c\n");
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(a, "new a\n".getBytes(StandardCharsets.UTF_8));
    files.put(b, "new b\n".getBytes(StandardCharsets.UTF_8));
    files.put(c, "new c\n".getBytes(StandardCharsets.UTF_8));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAllBytes(files, (source, target) -> {
      if (target.getFileName().toString().equals("c.csv")) {
        throw new java.nio.file.FileSystemException(source.toString(), target.toString(), "Input/output error");
      }
      Files.move(source, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }));
    assertTrue(e.getMessage().contains("c.csv") && e.getMessage().contains("Input/output error")
        && e.getMessage().contains("put back"), e.getMessage());
    assertNoTemporaryName(e);
    assertEquals("old a\n", Files.readString(a));
    assertEquals("old c\n", Files.readString(c));
    assertEquals(List.of("a.csv", "c.csv"), names(), "the new file is removed, no temporary or backup file is left");
  }

  @Test
  void bytes_are_written_as_given_and_a_set_of_files_is_written_whole() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(dir.resolve("x.png"), png);
    files.put(dir.resolve("x.svg"), "<svg/>".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.writeAllBytes(files);
    assertArrayEquals(png, Files.readAllBytes(dir.resolve("x.png")));
    assertEquals(List.of("x.png", "x.svg"), names());
  }

  @Test
  void the_same_file_twice_in_a_set_is_an_error() throws IOException {
    Path target = Files.writeString(dir.resolve("t.csv"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("l.csv"), Path.of("t.csv"));
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(target, "one\n");
    files.put(link, "two\n");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(files));
    assertTrue(e.getMessage().contains("same file"), e.getMessage());
    assertEquals("old\n", Files.readString(target));
  }

  @Test
  void destinations_say_how_each_kind_of_path_is_written() throws Exception {
    Path file = Files.writeString(dir.resolve("f.csv"), "x");
    Path link = Files.createSymbolicLink(dir.resolve("l.csv"), Path.of("f.csv"));
    assertEquals(new AtomicFiles.Destination(file, file, AtomicFiles.Kind.FILE, true), AtomicFiles.destination(file));
    AtomicFiles.Destination viaLink = AtomicFiles.destination(link);
    assertEquals(AtomicFiles.Kind.FILE, viaLink.kind());
    assertTrue(viaLink.throughLink());
    assertEquals(file, viaLink.file());
    assertFalse(AtomicFiles.destination(dir.resolve("new.csv")).exists());
    assertEquals(AtomicFiles.Kind.STREAM, AtomicFiles.destination(fifo("p")).kind());
    // devices and open descriptors are only looked at here, never written
    for (String device : List.of("/dev/null", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")) {
      if (Files.exists(Path.of(device))) {
        assertEquals(AtomicFiles.Kind.STREAM, AtomicFiles.destination(Path.of(device)).kind(), device);
      }
    }
  }
}
