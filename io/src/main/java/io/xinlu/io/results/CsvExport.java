package io.xinlu.io.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Tidy CSV with a metadata header of comment lines ({@code # xinlu-version: ...}), written by Apache Commons CSV:
 * RFC 4180 quoting, {@code \n} line ends, numbers in full precision with a dot. Read it back with {@link #FORMAT}.
 *
 * @since 0.1.0
 */
public final class CsvExport {
  /** The format of every file: RFC 4180 with {@code #} comment lines and a header row. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
      .setRecordSeparator('\n').get();

  /** The format to read an export back: comments skipped, the header row names the columns. */
  public static final CSVFormat READ_FORMAT = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CsvExport() {}

  /** The table as CSV text: metadata comments, the header, then the rows. */
  public static String toCsv(Metadata metadata, Table table) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      for (Map.Entry<String, String> e : metadata.entries().entrySet()) {
        p.printComment(e.getKey() + ": " + e.getValue());
      }
      p.printComment("table: " + table.name());
      p.printRecord(table.columns());
      for (List<@Nullable Object> row : table.rows()) {
        p.printRecord(row.stream().map(CsvExport::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static @Nullable Object cell(@Nullable Object value) {
    if (value instanceof Double d) {
      return d.isNaN() ? "NaN" : Double.toString(d);
    }
    return value;
  }
}
