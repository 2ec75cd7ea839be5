package io.xinlu.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The two syntaxes of a scenario file; both hold the same format {@code xinlu/1}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FileFormat {
  /** YAML 1.1 (block style), the one to write by hand. Files end in {@code .yaml} or {@code .yml}. */
  YAML,
  /** JSON (RFC 8259). Files end in {@code .json}. */
  JSON;

  /**
   * The format a file's name implies.
   *
   * @throws IllegalArgumentException if the name ends in none of {@code .yaml}, {@code .yml}, {@code .json}
   */
  public static FileFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    throw new IllegalArgumentException("cannot tell the format of '" + file + "': a scenario file's name ends in "
        + ".yaml, .yml or .json");
  }

  /** The usual file extension, with its dot: {@code .yaml} or {@code .json}. */
  public String extension() {
    return this == YAML ? ".yaml" : ".json";
  }
}
