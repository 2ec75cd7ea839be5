package io.xinlu.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An aligned text table for the terminal: text columns left-aligned, numbers right-aligned. */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c instanceof Double d ? number(d) : String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  TextTable row(List<?> cells) {
    return row(cells.toArray());
  }

  /** A readable number: NaN as {@code n/a}, then 1 to 4 decimals by size. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    double a = Math.abs(v);
    String f = a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : a == 0 ? "%.0f" : "%.4f";
    return String.format(Locale.ROOT, f, v);
  }

  /** Numbers with the same count of decimals, chosen by the largest magnitude, so that they line up. */
  static List<String> sameDecimals(List<Double> values) {
    return sameDecimals(values, values);
  }

  /** Numbers with the count of decimals chosen by the largest magnitude among {@code scale}. */
  static List<String> sameDecimals(List<Double> values, List<Double> scale) {
    double max = 0;
    for (double v : scale) {
      if (Double.isFinite(v)) {
        max = Math.max(max, Math.abs(v));
      }
    }
    String f = max >= 100 ? "%.1f" : max >= 10 ? "%.2f" : max >= 1 ? "%.3f" : "%.4f";
    List<String> out = new ArrayList<>();
    for (double v : values) {
      out.add(Double.isFinite(v) ? String.format(Locale.ROOT, f, v) : number(v));
    }
    return out;
  }

  /** Whether values of this unit are fractions (shares, relative changes), shown in % in every text table. */
  static boolean isFraction(String unit) {
    return unit.equals("share") || unit.equals("fraction");
  }

  /** The unit a value of this unit is shown in: {@code %} for a share or fraction, else the unit itself. */
  static String shownUnit(String unit) {
    return isFraction(unit) ? "%" : unit;
  }

  /** A value as shown in a text table: a share or fraction times 100 (in %), else the value itself. */
  static double shown(double value, String unit) {
    return isFraction(unit) ? 100 * value : value;
  }

  static String percent(double fraction) {
    return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f", 100 * fraction);
  }

  private static boolean numeric(String s) {
    return s.matches("[-+]?(\\d[\\d.,]*|\\.\\d+)([eE][-+]?\\d+)?%?|n/a|-?inf|-");
  }

  @Override
  public String toString() {
    int n = headers.size();
    int[] width = new int[n];
    boolean[] right = new boolean[n];
    for (int c = 0; c < n; c++) {
      width[c] = headers.get(c).length();
      right[c] = !rows.isEmpty();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
        right[c] &= numeric(r.get(c));
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, headers, width, right);
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      rule.add("-".repeat(width[c]));
    }
    line(b, rule, width, right);
    for (List<String> r : rows) {
      line(b, r, width, right);
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] width, boolean[] right) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String s = cells.get(c);
      String pad = " ".repeat(width[c] - s.length());
      l.append(right[c] ? pad + s : s + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }
}
