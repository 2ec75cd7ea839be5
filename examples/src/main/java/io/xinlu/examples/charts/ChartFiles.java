package io.xinlu.examples.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as PNG and SVG, each atomically: the bytes go to a temporary file in the target folder, which is
 * then moved into place, so a reader never sees a half-written chart and a failure leaves no partial file.
 *
 * <p>Stateless and thread-safe (for different charts; an XChart chart is not thread-safe).
 */
public final class ChartFiles {
  private ChartFiles() {}

  /**
   * Writes {@code baseName.png} and {@code baseName.svg} into {@code folder}, creating the folder if needed.
   *
   * @return the two paths written, PNG first
   * @throws IllegalArgumentException if the base name is blank or contains a path separator, or {@code folder}
   *     exists and is not a folder
   * @throws IOException if the folder cannot be created or written; the message names the folder
   */
  public static List<Path> write(Chart<?, ?> chart, Path folder, String baseName) throws IOException {
    checkName(baseName);
    prepareFolder(folder);
    Path png = writeAtomically(folder, baseName + ".png",
        out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    Path svg = writeAtomically(folder, baseName + ".svg",
        out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    return List.of(png, svg);
  }

  static void checkName(String baseName) {
    if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\") || baseName.startsWith(".")) {
      throw new IllegalArgumentException("chart file name '" + baseName
          + "' is not valid: it must be non-blank, must not start with '.' and must not contain '/' or '\\'");
    }
  }

  static void prepareFolder(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("chart folder '" + folder + "' exists but is not a folder");
    }
    try {
      Files.createDirectories(folder);
    } catch (FileSystemException e) {
      throw new IOException("cannot create chart folder '" + folder + "': " + e.getMessage(), e);
    }
    if (!Files.isWritable(folder)) {
      throw new IOException("chart folder '" + folder + "' is not writable");
    }
  }

  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  static Path writeAtomically(Path folder, String fileName, Writer writer) throws IOException {
    Path target = folder.resolve(fileName);
    // not Files.createTempFile: its owner-only permissions would stay on the chart; a new file gets the umask's
    Path tmp = folder.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
    OutputStream opened;
    try {
      opened = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new IOException("cannot write into chart folder '" + folder + "': " + e.getMessage(), e);
    }
    boolean moved = false;
    try {
      try (OutputStream out = opened) {
        writer.write(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return target;
    } catch (IOException e) {
      throw new IOException("cannot write chart '" + target + "': " + e.getMessage(), e);
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
