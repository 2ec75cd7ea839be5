package io.xinlu.examples;

import io.xinlu.io.AtomicFiles;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.JsonExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The output options every result-printing subcommand shares: {@code --format} and {@code --output}. */
final class OutputOptions {
  /** Output formats; lower case, as typed on the command line. */
  enum Format { table, csv, json }

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv holds the first table "
          + "with # metadata lines, json every table and a metadata object")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the output to FILE instead of the terminal: a file whole or not at all (atomically), "
          + "through a symbolic link to its target, into a FIFO or device (such as /dev/stdout) as a stream")
  Path output;

  /** Prints or writes the result: the text for {@code table}, else the tables as CSV or JSON. */
  void emit(PrintWriter out, String text, Metadata metadata, List<Table> tables) {
    String content = switch (format) {
      case table -> text;
      case csv -> CsvExport.toCsv(metadata, tables.get(0));
      case json -> JsonExport.toJson(metadata, tables);
    };
    if (output == null) {
      out.print(content);
      out.flush();
      return;
    }
    AtomicFiles.Destination d = write(output, content);
    // a stream (a FIFO, a device, /dev/stdout) may be this very output: nothing is said about it
    if (d.kind() == AtomicFiles.Kind.FILE) {
      out.println("wrote " + d.file().normalize() + (d.throughLink() ? " (through the link " + output + ")" : ""));
    }
    out.flush();
  }

  /**
   * Checks, before any work, that {@code --output} can be written: not a folder, in a folder that exists, links that
   * lead somewhere. Nothing is written.
   *
   * @throws BadInputException if it cannot be
   */
  void check() {
    if (output != null) {
      destination(output);
    }
  }

  private static final String HINT = "; give a file in a folder that exists and that you can write to";

  private static AtomicFiles.Destination destination(Path file) {
    try {
      return AtomicFiles.destination(file);
    } catch (IOException e) {
      throw new BadInputException(e.getMessage() + HINT);
    }
  }

  /**
   * Writes a file through {@link AtomicFiles}: a regular file atomically (the whole file or nothing), through a
   * symbolic link to its target, into a device or FIFO as a stream. A path that cannot be written is bad input
   * (exit 2), and no file is changed.
   *
   * @return where the text went
   */
  static AtomicFiles.Destination write(Path file, String content) {
    AtomicFiles.Destination d = destination(file);
    try {
      AtomicFiles.write(file, content);
      return d;
    } catch (IOException e) {
      throw new BadInputException(e.getMessage() + (d.kind() == AtomicFiles.Kind.STREAM ? "" : HINT));
    }
  }
}
