package io.xinlu.examples;

import io.xinlu.io.AtomicFiles;
import io.xinlu.io.results.CsvExport;
import io.xinlu.io.results.JsonExport;
import io.xinlu.io.results.Metadata;
import io.xinlu.io.results.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
      description = "write the output to FILE (atomically: the whole file or nothing) instead of the terminal")
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
    write(output, content);
    out.println("wrote " + output.toAbsolutePath().normalize());
    out.flush();
  }

  /** Writes several files, all or none (temporary files first, then moved into place); see {@link #write}. */
  static void writeAll(Map<Path, String> files) {
    try {
      AtomicFiles.writeAll(files);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + files.keySet() + " (" + e + "); give a folder you can write to");
    }
  }

  /** Writes a file atomically; an unwritable place is bad input (exit 2). */
  static void write(Path file, String content) {
    Path folder = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw new BadInputException("cannot write '" + file + "': '" + folder + "' is not an existing folder; give a "
          + "file in a folder that exists and that you can write to");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot write '" + file + "': it is a folder; give a file name");
    }
    try {
      AtomicFiles.write(file, content);
    } catch (IOException e) {
      throw new BadInputException("cannot write '" + file + "' (" + e + "); give a file in a folder you can write "
          + "to");
    }
  }
}
