package io.xinlu.examples;

import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.results.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's section "Jobs and the budget" (就业与财政): general budget revenue, coal's share of it and revenue per
 * resident; the displaced workers of the cohort account by age band, the long-term unemployed and those who retired
 * or left; the wages of the jobs lost and regained, summed since the base year; the stranded value of capacity closed
 * early. Every figure is an indicator's value on the runs ({@link Indicators}), or a sum of one over the years, with
 * its unit. A part whose data the model lacks (no public finance, no labour market, no wages, no closed assets) is
 * replaced by one line saying why, so the section never fails.
 *
 * <p>Stateless and thread-safe.
 */
final class JobsAndBudget {
  /** The section's title. */
  static final String TITLE = "Jobs and the budget";
  /** The section's title in Chinese, added to the heading under {@code --lang zh}. */
  static final String TITLE_ZH = "就业与财政";
  /** The measure name of a cumulative sum in the CSV file: this prefix and the indicator id. */
  static final String CUMULATIVE = "cumulative:";

  private JobsAndBudget() {}

  /** The wages of the jobs lost or regained summed over the years after the base year up to {@code year}. */
  static double cumulative(Indicator perYear, Run run, int year) {
    double sum = 0;
    for (int y = run.baseYear() + 1; y <= year; y++) {
      sum += perYear.value(run, y);
    }
    return sum;
  }

  /** Why a part cannot be shown on these runs (the first run's reason), if it cannot. */
  static Optional<String> unavailable(Indicator i, List<Run> runs) {
    for (Run r : runs) {
      Optional<String> why = i.unavailableReason(r);
      if (why.isPresent()) {
        return why;
      }
    }
    return Optional.empty();
  }

  /**
   * The section as text: a title, then each part as a table with a sentence on what it shows, or a line saying why the
   * part is left out, and a note on which inputs are estimates.
   *
   * @param runs the runs, one per scenario, of one model
   * @param years the years of the tables after the base year, ascending
   */
  static String text(List<Run> runs, int[] years) {
    return text(runs, years, false);
  }

  /**
   * The section as text, its heading with the Chinese title added when {@code chinese} (the report's {@code --lang
   * zh}); the tables and sentences are English, as the rest of the report's text.
   */
  static String text(List<Run> runs, int[] years, boolean chinese) {
    StringBuilder b = new StringBuilder(TITLE).append(chinese ? " (" + TITLE_ZH + ")" : "").append('\n');
    Run first = runs.get(0);
    int last = years[years.length - 1];
    boolean any = false;

    // ---- the budget
    Optional<String> noBudget = unavailable(Indicators.revenuePerResident(), runs);
    if (noBudget.isPresent()) {
      b.append("Budget: left out, ").append(noBudget.get()).append('\n');
    } else {
      any = true;
      b.append("\nBudget revenue, coal's share of it and revenue per resident\n");
      TextTable t = new TextTable("scenario", "year", "budget revenue (bn CNY)", "coal's share (%)",
          "per resident (CNY per person)");
      budgetRow(t, "base year", first, first.baseYear());
      for (Run r : runs) {
        for (int y : years) {
          budgetRow(t, r.scenarioName(), r, y);
        }
      }
      b.append(t);
      Run low = min(runs, Indicators.budgetRevenue(), last);
      Run high = max(runs, Indicators.budgetRevenue(), last);
      Run lowShare = min(runs, Indicators.coalRevenueShare(), last);
      Run highShare = max(runs, Indicators.coalRevenueShare(), last);
      b.append(String.format(Locale.ROOT, "Revenue goes from %.3f bn CNY in %d to between %.3f (%s) and %.3f (%s) in "
              + "%d; coal's share of it from %.1f %% to between %.1f %% (%s) and %.1f %% (%s).%n",
          Indicators.budgetRevenue().value(first, first.baseYear()), first.baseYear(),
          Indicators.budgetRevenue().value(low, last), low.scenarioName(),
          Indicators.budgetRevenue().value(high, last), high.scenarioName(), last,
          100 * Indicators.coalRevenueShare().value(first, first.baseYear()),
          100 * Indicators.coalRevenueShare().value(lowShare, last), lowShare.scenarioName(),
          100 * Indicators.coalRevenueShare().value(highShare, last), highShare.scenarioName()));
    }

    // ---- displaced workers by age band
    Optional<String> noCohorts = unavailable(Indicators.longTermUnemployed(), runs);
    if (noCohorts.isPresent()) {
      b.append("Displaced workers by age band: left out, ").append(noCohorts.get()).append('\n');
    } else {
      any = true;
      List<String> bands = first.ageBands();
      b.append("\nDisplaced workers of the cohort account by age band (thousand persons; retired and left: since ")
          .append(first.baseYear()).append(")\n");
      List<String> header = new ArrayList<>(List.of("scenario", "year"));
      for (String band : bands) {
        header.add("aged " + band);
      }
      header.addAll(List.of("all ages", "long-term unemployed", "retired", "left the city"));
      TextTable t = new TextTable(header);
      for (Run r : runs) {
        for (int y : years) {
          List<Object> row = new ArrayList<>(List.of(r.scenarioName(), Integer.toString(y)));
          for (String band : bands) {
            row.add(f(2, Indicators.displacedByAge(band).value(r, y)));
          }
          row.add(f(2, pool(r, y)));
          row.add(f(2, Indicators.longTermUnemployed().value(r, y)));
          row.add(f(2, Indicators.retiredFromPool().value(r, y)));
          row.add(f(2, Indicators.outMigrated().value(r, y)));
          t.row(row);
        }
      }
      b.append(t);
      Run fewest = runs.stream().min(Comparator.comparingDouble(r -> pool(r, last))).orElseThrow();
      Run most = runs.stream().max(Comparator.comparingDouble(r -> pool(r, last))).orElseThrow();
      String largest = bands.stream().max(Comparator.comparingDouble(
          band -> Indicators.displacedByAge(band).value(most, last))).orElseThrow();
      b.append(String.format(Locale.ROOT, "In %d the cohorts hold from %.2f (%s) to %.2f (%s) thousand displaced "
              + "workers still waiting; in %s, %.2f thousand of them are long-term unemployed and the largest age band "
              + "is %s (%.2f thousand).%n",
          last, pool(fewest, last), fewest.scenarioName(), pool(most, last), most.scenarioName(),
          most.scenarioName(), Indicators.longTermUnemployed().value(most, last), largest,
          Indicators.displacedByAge(largest).value(most, last)));
    }

    // ---- wages lost and regained
    Optional<String> noWages = unavailable(Indicators.wageBillLost(), runs);
    if (noWages.isPresent()) {
      b.append("Wages lost and regained: left out, ").append(noWages.get()).append('\n');
    } else {
      any = true;
      b.append("\nWages of the jobs lost and of the jobs displaced workers regained, summed since ")
          .append(first.baseYear()).append(" (bn CNY at ").append(first.baseYear()).append(" prices)\n");
      TextTable t = new TextTable("scenario", "up to", "wages lost (bn CNY)", "wages regained (bn CNY)",
          "regained / lost (%)");
      for (Run r : runs) {
        for (int y : years) {
          double lost = cumulative(Indicators.wageBillLost(), r, y);
          double regained = cumulative(Indicators.wageBillRegained(), r, y);
          t.row(r.scenarioName(), Integer.toString(y), f(3, lost), f(3, regained),
              lost > 0 ? f(1, 100 * regained / lost) : "n/a");
        }
      }
      b.append(t);
      Run lowLost = runs.stream().min(Comparator.comparingDouble(r -> lostBy(r, last))).orElseThrow();
      Run highLost = runs.stream().max(Comparator.comparingDouble(r -> lostBy(r, last))).orElseThrow();
      Run lowRatio = runs.stream().min(Comparator.comparingDouble(r -> ratio(r, last))).orElseThrow();
      Run highRatio = runs.stream().max(Comparator.comparingDouble(r -> ratio(r, last))).orElseThrow();
      b.append(String.format(Locale.ROOT, "By %d the wages of the jobs lost sum to between %.3f (%s) and %.3f (%s) bn "
              + "CNY; the wages regained are %.1f %% (%s) to %.1f %% (%s) of them.%n",
          last, lostBy(lowLost, last), lowLost.scenarioName(), lostBy(highLost, last), highLost.scenarioName(),
          100 * ratio(lowRatio, last), lowRatio.scenarioName(), 100 * ratio(highRatio, last),
          highRatio.scenarioName()));
    }

    // ---- stranded value
    Optional<String> noAssets = unavailable(Indicators.cumulativeStrandedValue(), runs);
    if (noAssets.isPresent()) {
      b.append("Stranded value: left out, ").append(noAssets.get()).append('\n');
    } else {
      any = true;
      b.append("\nStranded value: book value of capacity closed before the end of its life (bn CNY)\n");
      List<String> header = new ArrayList<>(List.of("scenario"));
      for (int y : years) {
        header.add("in " + y);
      }
      header.add("cumulative to " + last);
      TextTable t = new TextTable(header);
      List<String> some = new ArrayList<>();
      List<String> none = new ArrayList<>();
      for (Run r : runs) {
        List<Object> row = new ArrayList<>(List.of(r.scenarioName()));
        for (int y : years) {
          row.add(f(3, Indicators.strandedValue().value(r, y)));
        }
        double sum = Indicators.cumulativeStrandedValue().value(r, last);
        row.add(f(3, sum));
        t.row(row);
        if (sum > 0) {
          some.add(String.format(Locale.ROOT, "%.3f (%s)", sum, r.scenarioName()));
        } else {
          none.add(r.scenarioName());
        }
      }
      b.append(t);
      b.append("By ").append(last).append(some.isEmpty() ? " no scenario strands any book value"
          : " early closures strand " + String.join(", ", some) + " bn CNY of book value");
      b.append(none.isEmpty() ? "" : (some.isEmpty() ? "" : "; ") + String.join(", ", none)
          + (none.size() == 1 ? " closes" : " close") + " no capacity early").append(".\n");
    }
    if (any) {
      b.append("\nThe base-year revenue and part of the wages are official figures; the tax rates, the coal price "
          + "path, the other wages, the cohorts' shares and rates and the closed assets' sizes, built years and "
          + "lives are estimates (docs/DATA.md).\n");
    }
    return b.toString();
  }

  private static void budgetRow(TextTable t, String label, Run r, int year) {
    t.row(label, Integer.toString(year), f(3, Indicators.budgetRevenue().value(r, year)),
        f(1, 100 * Indicators.coalRevenueShare().value(r, year)), f(0, Indicators.revenuePerResident().value(r, year)));
  }

  /**
   * The section's figures, long: {@code scenario, year, measure, value, unit}, unrounded. A measure is an indicator
   * id, or {@value #CUMULATIVE} and an indicator id for its sum over the years after the base year up to the year.
   * Parts the model lacks have no rows.
   */
  static Table table(List<Run> runs, int[] years) {
    Table t = new Table("jobs-budget", "scenario", "year", "measure", "value", "unit");
    List<Indicator> budget = List.of(Indicators.budgetRevenue(), Indicators.coalRevenueShare(),
        Indicators.revenuePerResident());
    List<Indicator> workers = new ArrayList<>();
    if (unavailable(Indicators.longTermUnemployed(), runs).isEmpty()) {
      for (String band : runs.get(0).ageBands()) {
        workers.add(Indicators.displacedByAge(band));
      }
      workers.addAll(List.of(Indicators.longTermUnemployed(), Indicators.retiredFromPool(),
          Indicators.outMigrated()));
    }
    boolean hasBudget = unavailable(Indicators.revenuePerResident(), runs).isEmpty();
    boolean hasWages = unavailable(Indicators.wageBillLost(), runs).isEmpty();
    boolean hasAssets = unavailable(Indicators.cumulativeStrandedValue(), runs).isEmpty();
    for (Run r : runs) {
      List<Integer> all = new ArrayList<>(List.of(r.baseYear()));
      for (int y : years) {
        all.add(y);
      }
      for (int y : all) {
        if (hasBudget) {
          for (Indicator i : budget) {
            t.add(r.scenarioName(), y, i.id(), i.value(r, y), i.unit());
          }
        }
        for (Indicator i : workers) {
          t.add(r.scenarioName(), y, i.id(), i.value(r, y), i.unit());
        }
        if (hasWages) {
          for (Indicator i : List.of(Indicators.wageBillLost(), Indicators.wageBillRegained())) {
            t.add(r.scenarioName(), y, CUMULATIVE + i.id(), cumulative(i, r, y), i.unit());
          }
        }
        if (hasAssets) {
          for (Indicator i : List.of(Indicators.strandedValue(), Indicators.cumulativeStrandedValue())) {
            t.add(r.scenarioName(), y, i.id(), i.value(r, y), i.unit());
          }
        }
      }
    }
    return t;
  }

  /** The displaced workers of the cohort account: the sum over the age bands. */
  static double pool(Run r, int year) {
    double sum = 0;
    for (String band : r.ageBands()) {
      sum += Indicators.displacedByAge(band).value(r, year);
    }
    return sum;
  }

  private static double lostBy(Run r, int year) {
    return cumulative(Indicators.wageBillLost(), r, year);
  }

  private static double ratio(Run r, int year) {
    double lost = lostBy(r, year);
    return lost > 0 ? cumulative(Indicators.wageBillRegained(), r, year) / lost : 0;
  }

  private static Run min(List<Run> runs, Indicator i, int year) {
    return runs.stream().min(Comparator.comparingDouble(r -> i.value(r, year))).orElseThrow();
  }

  private static Run max(List<Run> runs, Indicator i, int year) {
    return runs.stream().max(Comparator.comparingDouble(r -> i.value(r, year))).orElseThrow();
  }

  private static String f(int decimals, double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", x);
  }
}
