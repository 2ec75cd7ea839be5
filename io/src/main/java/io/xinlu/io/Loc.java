package io.xinlu.io;

/** A place in a file: its name as given, and a 1-based line and column. Immutable and thread-safe. */
record Loc(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
