package io.xinlu.examples.charts;

import io.xinlu.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders a chart as PNG and SVG bytes, and writes both files all or nothing through
 * {@link AtomicFiles}: each goes to a temporary file in the target folder that is then moved into place, so a reader
 * never sees a half-written chart and a failure leaves no partial file; a symbolic link is written through to its
 * target, a FIFO or device as a stream.
 *
 * <p>Stateless and thread-safe (for different charts; an XChart chart is not thread-safe).
 */
public final class ChartFiles {
  private ChartFiles() {}

  /**
   * Writes {@code baseName.png} and {@code baseName.svg} into {@code folder}, creating the folder if needed; both or
   * neither.
   *
   * @return the two paths written, PNG first
   * @throws IllegalArgumentException if the base name is blank or contains a path separator, or {@code folder}
   *     exists and is not a folder
   * @throws IOException if the folder cannot be created or written; the message names the folder or file
   */
  public static List<Path> write(Chart<?, ?> chart, Path folder, String baseName) throws IOException {
    checkName(baseName);
    prepareFolder(folder);
    Path png = folder.resolve(baseName + ".png");
    Path svg = folder.resolve(baseName + ".svg");
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(png, png(chart));
    files.put(svg, svg(chart));
    AtomicFiles.writeAllBytes(files);
    return List.of(png, svg);
  }

  /** The chart as a PNG image. */
  public static byte[] png(Chart<?, ?> chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    return out.toByteArray();
  }

  /** The chart as an SVG document. */
  public static byte[] svg(Chart<?, ?> chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return out.toByteArray();
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
}
