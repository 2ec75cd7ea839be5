package io.xinlu.io;

/**
 * The limits {@link ScenarioFiles} holds every file to, YAML and JSON alike, so that any input is read, or refused
 * with a located {@link ScenarioFileException}, in seconds and within a few hundred MB of heap. Each limit is far
 * above what real files need ({@code docs/FILE-FORMAT.md}, "Limits", gives the figures) and is checked before or
 * while parsing: the size before reading (and while reading, for a device or a pipe), the length of YAML lines
 * before the parser sees the text, the rest while the parser's tokens are turned into a tree.
 *
 * <p>Constants only; thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadLimits {
  /**
   * The most bytes a file may have (16 MiB); checked before reading a regular file and, for a device or a pipe, by
   * reading at most one byte more. Text given to {@link ScenarioFiles#parse} may have as many characters.
   */
  public static final int FILE_BYTES = 16 * 1024 * 1024;

  /**
   * The most characters on one line of a YAML file. SnakeYAML's scanner takes time that grows with the square of a
   * token's length (a long string, comment or run of spaces), so long lines are refused before it sees them.
   */
  public static final int LINE_CHARS = 100_000;

  /** The most characters in a string value or in a key. */
  public static final int STRING_CHARS = 10_000;

  /** The most characters in a number, sign and exponent included. */
  public static final int NUMBER_CHARS = 1_000;

  /** The most levels of mappings and lists inside each other; the file's top mapping is level 1. */
  public static final int DEPTH = 64;

  /** The most items in one list (sectors, projects, scenarios, values, ...). */
  public static final int LIST_ITEMS = 1_000;

  /** The most keys in one mapping (such as the inputs of an input-output column). */
  public static final int MAPPING_KEYS = 1_000;

  /**
   * The most values in one file: every mapping, list, string, number, boolean and null counts one. Reading keeps
   * several hundred bytes per value (the tree, the document, the place of each model path), so this bounds the heap.
   */
  public static final int VALUES = 500_000;

  /** The most problems one {@link ScenarioFileException} lists; the others are counted. */
  public static final int PROBLEMS = 1_000;

  private ReadLimits() {}
}
