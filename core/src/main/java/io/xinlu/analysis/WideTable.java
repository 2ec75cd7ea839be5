package io.xinlu.analysis;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Indicators by scenarios: one row per indicator and year, one column per scenario. Obtained from
 * {@link IndicatorTable#wide}; {@link #toString()} renders it as an aligned text table.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WideTable {
  /**
   * One row of the wide view.
   *
   * <p>Immutable and thread-safe.
   *
   * @param indicator the indicator's id
   * @param unit its display unit
   * @param year the year
   * @param values one value per scenario, in the order of {@link WideTable#scenarios()}; NaN where missing
   * @since 0.1.0
   */
  public record Row(String indicator, String unit, int year, ImmutableList<Double> values) {}

  private final ImmutableList<String> scenarios;
  private final ImmutableList<Row> rows;

  private WideTable(ImmutableList<String> scenarios, ImmutableList<Row> rows) {
    this.scenarios = scenarios;
    this.rows = rows;
  }

  static WideTable pivot(IndicatorTable table, int[] years) {
    ImmutableList<String> scenarios = table.scenarios();
    TreeSet<Integer> chosen = new TreeSet<>();
    if (years.length == 0) {
      table.rows().forEach(r -> chosen.add(r.year()));
    } else {
      Arrays.stream(years).forEach(chosen::add);
    }
    Map<String, String> units = new LinkedHashMap<>();
    Map<String, Double> cells = new HashMap<>();
    for (IndicatorTable.Row r : table.rows()) {
      units.putIfAbsent(r.indicator(), r.unit());
      cells.put(r.indicator() + "\u0000" + r.year() + "\u0000" + r.scenario(), r.value());
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Map.Entry<String, String> ind : units.entrySet()) {
      for (int y : chosen) {
        ImmutableList.Builder<Double> v = ImmutableList.builder();
        boolean any = false;
        for (String s : scenarios) {
          Double x = cells.get(ind.getKey() + "\u0000" + y + "\u0000" + s);
          any |= x != null;
          v.add(x == null ? Double.NaN : x);
        }
        if (any) {
          rows.add(new Row(ind.getKey(), ind.getValue(), y, v.build()));
        }
      }
    }
    return new WideTable(scenarios, rows.build());
  }

  /** The scenarios, one per column. */
  public ImmutableList<String> scenarios() {
    return scenarios;
  }

  /** The rows: indicator by year. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** An aligned text table with four significant digits, for terminals and logs. */
  @Override
  public String toString() {
    String[] head = new String[3 + scenarios.size()];
    head[0] = "indicator";
    head[1] = "unit";
    head[2] = "year";
    for (int s = 0; s < scenarios.size(); s++) {
      head[3 + s] = scenarios.get(s);
    }
    String[][] cells = new String[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      String[] c = new String[head.length];
      c[0] = row.indicator();
      c[1] = row.unit();
      c[2] = String.valueOf(row.year());
      for (int s = 0; s < scenarios.size(); s++) {
        c[3 + s] = format(row.values().get(s));
      }
      cells[r] = c;
    }
    int[] width = new int[head.length];
    for (int k = 0; k < head.length; k++) {
      width[k] = head[k].length();
      for (String[] c : cells) {
        width[k] = Math.max(width[k], c[k].length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, head, width);
    for (String[] c : cells) {
      line(b, c, width);
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String[] c, int[] width) {
    for (int k = 0; k < c.length; k++) {
      boolean right = k >= 2;
      String pad = " ".repeat(width[k] - c[k].length());
      b.append(k == 0 ? "" : "  ").append(right ? pad + c[k] : c[k] + pad);
    }
    b.append('\n');
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e7 || a < 1e-3)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : 3;
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
