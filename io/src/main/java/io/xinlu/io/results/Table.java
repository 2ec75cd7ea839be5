package io.xinlu.io.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tidy table: a name (the file stem or JSON key), column names, and rows of cells (strings, numbers, booleans;
 * {@code null} for an empty cell). Mutable while it is filled by one thread, then only read.
 *
 * @since 0.1.0
 */
public final class Table {
  private final String name;
  private final List<String> columns;
  private final List<List<@Nullable Object>> rows = new ArrayList<>();

  /** An empty table. */
  public Table(String name, String... columns) {
    this.name = name;
    this.columns = List.of(columns);
  }

  /** Adds a row; it must have one cell per column. */
  public Table add(@Nullable Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalStateException("table '" + name + "' has " + columns.size() + " columns, row has "
          + cells.length);
    }
    rows.add(Arrays.asList(cells.clone()));
    return this;
  }

  /** The table's name. */
  public String name() {
    return name;
  }

  /** The column names. */
  public List<String> columns() {
    return columns;
  }

  /** The rows, in the order they were added. */
  public List<List<@Nullable Object>> rows() {
    return rows;
  }
}
