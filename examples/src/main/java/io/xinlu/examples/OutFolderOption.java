package io.xinlu.examples;

import io.xinlu.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --out FOLDER}: the folder a subcommand writes its files into ({@code report}, {@code export}), created if
 * missing, and the one place that checks it and writes the files, all or none. Messages name the subcommand's files:
 * "cannot create the report folder ...".
 */
final class OutFolderOption {
  private static final String HINT = "; give --out a folder that you can write to";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec subcommand;

  @Option(names = "--out", paramLabel = "FOLDER",
      description = "the folder to write the files into, created if missing (default, in the current folder: "
          + "xinlu-report for report, the city's name for export; search writes files only when --out is "
          + "given)")
  private Path out;

  /** The folder given, or {@code otherwise}. */
  Path folder(Path otherwise) {
    return out == null ? otherwise : out;
  }

  /**
   * Creates the folder if it is missing.
   *
   * @return the folder
   * @throws BadInputException if it is a file, cannot be created or cannot be written into
   */
  Path prepare(Path folder) {
    String what = subcommand.name();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BadInputException("cannot write the " + what + " into '" + folder + "': it is a file, not a folder"
          + HINT + " (it is created if missing)");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new BadInputException("cannot create the " + what + " folder '" + folder + "' (" + e.getMessage() + ")"
          + HINT + " (it is created if missing)");
    }
    if (!Files.isWritable(folder)) {
      throw new BadInputException("cannot write into the " + what + " folder '" + folder + "'" + HINT);
    }
    return folder;
  }

  /** Writes the files, all or none ({@link AtomicFiles#writeAllBytes}); a failure is bad input (exit 2). */
  void writeAll(Map<Path, byte[]> files) {
    try {
      AtomicFiles.writeAllBytes(files);
    } catch (IOException e) {
      throw new BadInputException(e.getMessage() + HINT);
    }
  }
}
