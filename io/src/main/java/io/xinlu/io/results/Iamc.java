package io.xinlu.io.results;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.xinlu.analysis.IndicatorTable;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Results in the IAMC format, the convention of the integrated-assessment community (the Integrated Assessment
 * Modeling Consortium's data template, read by pyam): one row per model, scenario, region and variable, with its unit,
 * and one column per year.
 *
 * <pre>
 * model,scenario,region,variable,unit,2022,2023,...
 * Xinlu 0.1.0,seed-plan,yangquan,Emissions|CO2,Mt CO2/yr,28.713,...
 * </pre>
 *
 * <p>Xinlu's indicators become IAMC variables by {@link #variable}: the ones with an established IAMC name take it
 * ({@code gdp} is {@code GDP|MER}, {@code co2} is {@code Emissions|CO2}, {@code population} is {@code Population} in
 * million), sector and tag families become sub-variables ({@code va:sector:coal-mining} is
 * {@code Value Added|coal-mining}), and every other indicator keeps its id under {@code Xinlu|}. Money is in billion
 * CNY at the base year's constant prices, written {@code billion CNY_2022/yr} after the IAMC habit of naming the
 * price year ({@code US$2010}). A value that is undefined (NaN) is an empty cell, as the format has it.
 *
 * <p>{@link #read} reads such a file back under the format's rules (the five index columns, integer year columns,
 * numbers or empty cells, no two rows with the same model, scenario, region and variable), naming the line and column
 * of the first thing that breaks them. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Iamc {
  /** The five index columns, in the order written. */
  public static final ImmutableList<String> INDEX = ImmutableList.of("model", "scenario", "region", "variable",
      "unit");

  private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private static final CSVFormat READ = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  /** The longest model or region name {@link #rows} takes, in characters. */
  public static final int MAX_NAME = 256;

  private Iamc() {}

  /** Checks a model or region name: not blank, at most {@link #MAX_NAME} characters, no control character. */
  private static void name(String what, String value) {
    checkArgument(!value.isBlank(), "the IAMC %s name is blank", what);
    checkArgument(value.length() <= MAX_NAME, "the IAMC %s name has %s characters; give at most %s", what,
        value.length(), MAX_NAME);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      checkArgument(!Character.isISOControl(ch), "the IAMC %s name holds the control character U+%s at position "
          + "%s; give a name on one line without tabs", what, String.format("%04X", (int) ch), i + 1);
    }
  }

  /**
   * An IAMC variable: its name and unit, and the factor that turns a value in the indicator's display unit into one
   * in this unit.
   *
   * @param name the variable's name, {@code |}-separated
   * @param unit the unit
   * @param factor multiplies the indicator's value
   * @since 0.1.0
   */
  public record Variable(String name, String unit, double factor) {}

  /**
   * One row of an IAMC table.
   *
   * @param model the model's name
   * @param scenario the scenario's name
   * @param region the region's name
   * @param variable the variable's name
   * @param unit the unit
   * @param values the value in each year that has one, in increasing year order
   * @since 0.1.0
   */
  public record Row(String model, String scenario, String region, String variable, String unit,
      ImmutableSortedMap<Integer, Double> values) {}

  /**
   * The IAMC variable of an indicator.
   *
   * @param indicatorId the indicator's id
   * @param displayUnit the indicator's display unit (as {@link IndicatorTable} gives it)
   * @param priceYear the year of the constant prices money is counted in (the base year)
   */
  public static Variable variable(String indicatorId, String displayUnit, int priceYear) {
    String money = "billion CNY_" + priceYear;
    switch (indicatorId) {
      case "gdp":
        return new Variable("GDP|MER", money + "/yr", 1.0);
      case "population":
        return new Variable("Population", "million", 1e-3);
      case "co2":
        return new Variable("Emissions|CO2", "Mt CO2/yr", 1.0);
      case "energy":
        return new Variable("Energy Use", "Mtce/yr", 1.0);
      case "employment":
        return new Variable("Employment", "million", 1e-3);
      case "displaced-workers":
        return new Variable("Employment|Displaced Workers", "million", 1e-3);
      case "jobs-lost":
        return new Variable("Employment|Jobs Lost", "million/yr", 1e-3);
      case "jobs-created":
        return new Variable("Employment|Jobs Created", "million/yr", 1e-3);
      case "investment":
        return new Variable("Investment", money + "/yr", 1.0);
      case "cumulative-investment":
        return new Variable("Investment|Cumulative", money, 1.0);
      default:
        break;
    }
    String[][] families = {
        {"va:sector:", "Value Added|", money + "/yr", "1"},
        {"employment:sector:", "Employment|", "million", "1e-3"},
        {"employment:group:", "Employment|Group|", "million", "1e-3"},
        {"employment:tag:", "Employment|Tag|", "million", "1e-3"},
        {"co2:tag:", "Emissions|CO2|Tag|", "Mt CO2/yr", "1"},
        {"energy:tag:", "Energy Use|Tag|", "Mtce/yr", "1"}};
    for (String[] f : families) {
      if (indicatorId.startsWith(f[0]) && indicatorId.length() > f[0].length()) {
        return new Variable(f[1] + indicatorId.substring(f[0].length()), f[2], Double.parseDouble(f[3]));
      }
    }
    return new Variable("Xinlu|" + indicatorId, displayUnit, 1.0);
  }

  /**
   * The rows of runs: one per run and indicator, with a value in each of {@code years} (every year of the runs
   * when none are given; a year outside a run is an empty cell of its row). The scenario column is the run's scenario
   * name, so the runs must be of different scenarios (an ensemble's members are summarised, not written one by one).
   *
   * @param model the model's name, such as {@code Xinlu 0.1.0}, not blank
   * @param region the region's name, such as the profile's name, not blank
   * @param runs the runs, at least one, all of one profile (one base year)
   * @param indicators the indicators, at least one, each available on every run
   * @param years the years, each within at least one run
   * @throws IllegalArgumentException if a name is blank, longer than {@value #MAX_NAME} characters or holds a
   *     control character (a line break, a tab), the runs have different base years, an indicator is not
   *     available on a run, a year lies outside every run, two runs are of one scenario, or two indicators map to
   *     one variable
   */
  public static ImmutableList<Row> rows(String model, String region, List<Run> runs, List<Indicator> indicators,
      int... years) {
    name("model", model);
    name("region", region);
    checkArgument(!runs.isEmpty(), "no runs to write in the IAMC format");
    checkArgument(!indicators.isEmpty(), "no indicators to write in the IAMC format");
    int priceYear = runs.get(0).baseYear();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    java.util.Set<String> scenarios = new java.util.HashSet<>();
    for (Run r : runs) {
      checkArgument(scenarios.add(r.scenarioName()), "two runs of scenario '%s': an IAMC file has one row per "
          + "scenario and variable", r.scenarioName());
      checkArgument(r.baseYear() == priceYear, "runs of one profile only: scenario '%s' starts in %s, scenario "
          + "'%s' in %s", runs.get(0).scenarioName(), priceYear, r.scenarioName(), r.baseYear());
      first = Math.min(first, r.baseYear());
      last = Math.max(last, r.endYear());
    }
    TreeSet<Integer> chosen = new TreeSet<>();
    if (years.length == 0) {
      for (int y = first; y <= last; y++) {
        chosen.add(y);
      }
    }
    for (int y : years) {
      checkArgument(y >= first && y <= last, "year %s is outside the runs (%s to %s)", y, first, last);
      chosen.add(y);
    }
    Map<String, String> variableOf = new HashMap<>();
    List<Row> out = new ArrayList<>();
    for (Run run : runs) {
      int[] inRun = chosen.stream().filter(y -> y >= run.baseYear() && y <= run.endYear()).mapToInt(y -> y)
          .toArray();
      String scenario = run.scenarioName();
      for (Indicator indicator : indicators) {
        indicator.checkAvailable(run);
        IndicatorTable t = IndicatorTable.of(List.of(run), List.of(indicator), inRun);
        Variable v = variable(indicator.id(), indicator.unit(), priceYear);
        String before = variableOf.putIfAbsent(scenario + '\n' + v.name(), indicator.id());
        checkArgument(before == null || !before.equals(indicator.id()), "indicator '%s' is given twice",
            indicator.id());
        checkArgument(before == null, "indicators '%s' and '%s' are both the IAMC variable '%s'", before,
            indicator.id(), v.name());
        ImmutableSortedMap.Builder<Integer, Double> values = ImmutableSortedMap.naturalOrder();
        for (IndicatorTable.Row r : t.rows()) {
          if (!Double.isNaN(r.value())) {
            values.put(r.year(), r.value() * v.factor());
          }
        }
        out.add(new Row(model, scenario, region, v.name(), v.unit(), values.buildOrThrow()));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The rows as IAMC CSV: the header {@code model,scenario,region,variable,unit} and the years, then one line per row
   * (RFC 4180 quoting, {@code \n} line ends, numbers in full precision, an empty cell where a row has no value).
   *
   * @param rows the rows, at least one
   * @throws IllegalArgumentException if there are none, or two rows share model, scenario, region and variable
   */
  public static String toCsv(List<Row> rows) {
    checkArgument(!rows.isEmpty(), "no rows to write in the IAMC format");
    TreeSet<Integer> years = new TreeSet<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      years.addAll(r.values().keySet());
      Integer before = seen.putIfAbsent(List.of(r.model(), r.scenario(), r.region(), r.variable()), i);
      checkArgument(before == null, "rows %s and %s are both model '%s', scenario '%s', region '%s', variable '%s'",
          before, i, r.model(), r.scenario(), r.region(), r.variable());
    }
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, WRITE)) {
      List<Object> header = new ArrayList<>(INDEX);
      header.addAll(years);
      p.printRecord(header);
      for (Row r : rows) {
        List<Object> line = new ArrayList<>(List.of(r.model(), r.scenario(), r.region(), r.variable(), r.unit()));
        for (int y : years) {
          Double v = r.values().get(y);
          line.add(v == null ? "" : Double.toString(v));
        }
        p.printRecord(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Reads IAMC CSV under the format's rules: a header whose columns are the five index columns (in any order, any
   * case) and years (integers), every line with as many cells as the header, the index cells not blank, each year
   * cell a finite number or empty, and no two lines with the same model, scenario, region and variable.
   *
   * @param text the file's text
   * @return the rows in file order
   * @throws IllegalArgumentException naming the line (1-based) and column of the first rule broken
   */
  public static ImmutableList<Row> read(String text) {
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("not IAMC CSV: " + e.getMessage(), e);
    }
    checkArgument(!records.isEmpty(), "not IAMC CSV: the file is empty (it needs a header: %s and years)",
        String.join(",", INDEX));
    CSVRecord header = records.get(0);
    Map<String, Integer> index = new LinkedHashMap<>();
    SortedMap<Integer, Integer> yearColumns = new TreeMap<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      String lower = name.toLowerCase(Locale.ROOT);
      if (INDEX.contains(lower)) {
        checkArgument(index.putIfAbsent(lower, c) == null, "line 1: the column '%s' is given twice", lower);
      } else {
        int year;
        try {
          year = Integer.parseInt(name);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "line 1, column %d: '%s' is neither an "
              + "index column (%s) nor a year", c + 1, name, String.join(", ", INDEX)), e);
        }
        checkArgument(yearColumns.putIfAbsent(year, c) == null, "line 1: the year %s is given twice", year);
      }
    }
    for (String required : INDEX) {
      checkArgument(index.containsKey(required), "line 1: the column '%s' is missing (an IAMC file has %s and one "
          + "column per year)", required, String.join(", ", INDEX));
    }
    checkArgument(!yearColumns.isEmpty(), "line 1: no year columns");
    List<Row> rows = new ArrayList<>();
    Map<List<String>, Long> seen = new HashMap<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord rec = records.get(i);
      long line = rec.getRecordNumber();
      checkArgument(rec.size() == header.size(), "line %s: %s cells, the header has %s", line, rec.size(),
          header.size());
      String[] key = new String[INDEX.size()];
      for (int k = 0; k < key.length; k++) {
        key[k] = rec.get(index.get(INDEX.get(k)));
        checkArgument(!key[k].isBlank(), "line %s, column '%s': blank", line, INDEX.get(k));
      }
      Long before = seen.putIfAbsent(List.of(key[0], key[1], key[2], key[3]), line);
      checkArgument(before == null, "line %s: model '%s', scenario '%s', region '%s', variable '%s' again (first on "
          + "line %s)", line, key[0], key[1], key[2], key[3], before);
      ImmutableSortedMap.Builder<Integer, Double> values = ImmutableSortedMap.naturalOrder();
      for (Map.Entry<Integer, Integer> e : yearColumns.entrySet()) {
        String cell = rec.get(e.getValue()).strip();
        if (cell.isEmpty()) {
          continue;
        }
        double v;
        try {
          v = Double.parseDouble(cell);
        } catch (NumberFormatException ex) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "line %d, column %d (year %d): '%s' is not "
              + "a number", line, e.getValue() + 1, e.getKey(), cell), ex);
        }
        checkArgument(Double.isFinite(v), "line %s, column %s (year %s): '%s' is not a finite number", line,
            e.getValue() + 1, e.getKey(), cell);
        values.put(e.getKey(), v);
      }
      rows.add(new Row(key[0], key[1], key[2], key[3], key[4], values.buildOrThrow()));
    }
    return ImmutableList.copyOf(rows);
  }
}
