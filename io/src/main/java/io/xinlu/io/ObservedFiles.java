package io.xinlu.io;

import com.google.common.collect.ImmutableList;
import io.xinlu.history.ObservedSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Observed series from CSV: one observation per line, with the columns {@code indicator, year, value, unit} and an
 * optional {@code source} (any order, any case; lines starting with {@code #} are comments).
 *
 * <pre>
 * indicator,year,value,unit,source
 * gdp,2019,71.89,billion CNY,Yangquan 2019 statistical communique
 * gdp,2021,91.48,billion CNY,Yangquan 2021 statistical communique
 * </pre>
 *
 * <p>The lines of one indicator make one {@link ObservedSeries}, in increasing year order whatever the order of the
 * lines; the series come in the order their indicators first appear. Every problem is reported with the file's name
 * and the line: a missing column, a year that is not a whole number, a value that is not a finite number, a blank
 * indicator or unit, an indicator given twice in one year or in two units. Whether the indicator exists, and whether
 * the years lie within a run, is checked where the series meet a run ({@link io.xinlu.history.HistoryComparison}).
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ObservedFiles {
  /** The required columns. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("indicator", "year", "value", "unit");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
      .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  private ObservedFiles() {}

  /**
   * Reads observed series from a file, at most {@link ReadLimits#FILE_BYTES} bytes of UTF-8 text, as scenario files
   * are read: a device, a pipe or a file that grows while it is read is read no further than one byte past the limit.
   *
   * @param file the file
   * @return the series, at least one
   * @throws IOException if the file cannot be opened or read (such as {@link java.nio.file.NoSuchFileException})
   * @throws IllegalArgumentException naming the file (and the line) of the first problem: a folder, more bytes than
   *     the limit, text that is not UTF-8, or a problem of {@link #read(String, String)}
   */
  public static ImmutableList<ObservedSeries> read(Path file) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(name + ": a folder, not a CSV file of observations");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(ReadLimits.FILE_BYTES + 1);
    }
    if (bytes.length > ReadLimits.FILE_BYTES) {
      throw new IllegalArgumentException(name + ": more than " + ReadLimits.FILE_BYTES + " bytes; a file of "
          + "observations has at most " + ReadLimits.FILE_BYTES + " bytes (" + (ReadLimits.FILE_BYTES >> 20)
          + " MiB)");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + ": not UTF-8 text", e);
    }
    return read(text, name);
  }

  /**
   * Reads observed series.
   *
   * @param text the file's text
   * @param name the file's name, for messages
   * @return the series, at least one
   * @throws IllegalArgumentException naming the file and line of the first problem
   */
  public static ImmutableList<ObservedSeries> read(String text, String name) {
    List<CSVRecord> records = new ArrayList<>();
    Map<CSVRecord, Long> lineOf = new java.util.IdentityHashMap<>();
    try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      for (CSVRecord rec : p) {
        records.add(rec);
        lineOf.put(rec, p.getCurrentLineNumber());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException(name + ": not CSV: " + e.getMessage(), e);
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(name + ": no header; give the columns " + String.join(", ", COLUMNS)
          + " and optionally source");
    }
    CSVRecord header = records.get(0);
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).toLowerCase(Locale.ROOT);
      if (col.putIfAbsent(h, c) != null) {
        throw new IllegalArgumentException(at(name, header, lineOf) + "the column '" + h + "' is given twice");
      }
    }
    for (String required : COLUMNS) {
      if (!col.containsKey(required)) {
        throw new IllegalArgumentException(at(name, header, lineOf) + "the column '" + required + "' is missing; give "
            + String.join(", ", COLUMNS) + " and optionally source");
      }
    }
    Integer sourceColumn = col.get("source");
    Map<String, String> units = new LinkedHashMap<>();
    Map<String, TreeMap<Integer, double[]>> values = new LinkedHashMap<>();
    Map<String, Map<Integer, String>> sources = new LinkedHashMap<>();
    Map<String, Map<Integer, Long>> lines = new LinkedHashMap<>();
    for (int r = 1; r < records.size(); r++) {
      CSVRecord rec = records.get(r);
      if (rec.size() != header.size()) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + rec.size() + " cells, the header has " + header.size());
      }
      String indicator = rec.get(col.get("indicator"));
      String unit = rec.get(col.get("unit"));
      if (indicator.isBlank()) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "the indicator is blank");
      }
      if (unit.isBlank()) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "the unit of '" + indicator + "' is blank");
      }
      String yearText = rec.get(col.get("year"));
      int year;
      try {
        year = Integer.parseInt(yearText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "year '" + yearText + "' is not a whole number", e);
      }
      String valueText = rec.get(col.get("value"));
      double value;
      try {
        value = Double.parseDouble(valueText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "value '" + valueText + "' of '" + indicator + "' in "
            + year + " is not a number", e);
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "value '" + valueText + "' of '" + indicator + "' in "
            + year + " is not a finite number");
      }
      String before = units.putIfAbsent(indicator, unit);
      if (before != null && !before.equals(unit)) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "'" + indicator + "' in unit '" + unit + "', but in '"
            + before + "' on an earlier line; one unit per indicator");
      }
      Long first = lines.computeIfAbsent(indicator, k -> new LinkedHashMap<>()).putIfAbsent(year,
          lineOf.get(rec));
      if (first != null) {
        throw new IllegalArgumentException(at(name, rec, lineOf) + "'" + indicator + "' in " + year + " again (first on "
            + "line " + first + ")");
      }
      values.computeIfAbsent(indicator, k -> new TreeMap<>()).put(year, new double[] {value});
      String source = sourceColumn == null || rec.get(sourceColumn).isBlank() ? name + ", line "
          + lineOf.get(rec) : rec.get(sourceColumn);
      sources.computeIfAbsent(indicator, k -> new LinkedHashMap<>()).put(year, source);
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + ": no observations below the header");
    }
    List<ObservedSeries> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Integer, double[]>> e : values.entrySet()) {
      ObservedSeries.Builder b = ObservedSeries.builder(e.getKey(), units.get(e.getKey()));
      for (Map.Entry<Integer, double[]> v : e.getValue().entrySet()) {
        b.add(v.getKey(), v.getValue()[0], sources.get(e.getKey()).get(v.getKey()));
      }
      out.add(b.build());
    }
    return ImmutableList.copyOf(out);
  }

  private static String at(String name, CSVRecord rec, Map<CSVRecord, Long> lineOf) {
    return name + ", line " + lineOf.get(rec) + ": ";
  }
}
