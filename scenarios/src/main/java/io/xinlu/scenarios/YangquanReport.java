package io.xinlu.scenarios;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.indicator.Target;
import io.xinlu.indicator.TargetCheck;
import io.xinlu.scenario.CityModel;
import java.util.List;
import java.util.Locale;

/**
 * Text tables (Markdown) of the Yangquan model: its figures with their provenance, the calibration checks, and the
 * four scenarios' results in a year with their target checks. Pure functions that return strings; printing them is
 * the caller's business ({@code docs/DATA.md} holds the tables a test prints, and the test checks that the file
 * still holds what the code computes).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class YangquanReport {
  private YangquanReport() {}

  /** The four scenario runs, in {@link Yangquan#SCENARIOS} order. */
  public static ImmutableList<Run> runs() {
    CityModel model = Yangquan.model();
    return Yangquan.SCENARIOS.stream().map(s -> Engine.run(model, s)).collect(ImmutableList.toImmutableList());
  }

  /** Industrial mix in a year, per scenario, with the base year first: shares of GDP in percent. */
  public static String mixTable(List<Run> runs, int year) {
    StringBuilder b = new StringBuilder();
    b.append("| scenario | year | GDP (bn CNY) | primary % | secondary % | tertiary % | coal mining % | "
        + "new materials % | strategic emerging % | digital core % | resource dependence % |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    mixRow(b, runs.get(0), runs.get(0).baseYear(), "base year");
    for (Run r : runs) {
      mixRow(b, r, year, r.scenarioName());
    }
    return b.toString();
  }

  private static void mixRow(StringBuilder b, Run r, int year, String label) {
    b.append("| ").append(label).append(" | ").append(year)
        .append(" | ").append(f(1, Indicators.gdp().value(r, year)))
        .append(" | ").append(pct(Indicators.groupShare(SectorGroup.PRIMARY).value(r, year)))
        .append(" | ").append(pct(Indicators.groupShare(SectorGroup.SECONDARY).value(r, year)))
        .append(" | ").append(pct(Indicators.groupShare(SectorGroup.TERTIARY).value(r, year)))
        .append(" | ").append(pct(Indicators.sectorShare(Yangquan.COAL).value(r, year)))
        .append(" | ").append(pct(Indicators.sectorShare("new-materials").value(r, year)))
        .append(" | ").append(pct(Indicators.tagShare("strategic-emerging").value(r, year)))
        .append(" | ").append(pct(Indicators.sectorShare("digital").value(r, year)))
        .append(" | ").append(pct(Indicators.resourceDependence().value(r, year)))
        .append(" |\n");
  }

  /** Energy, CO2, jobs and coal in a year, per scenario, with the base year first. */
  public static String pressureTable(List<Run> runs, int year) {
    StringBuilder b = new StringBuilder();
    b.append("| scenario | year | energy intensity (tce per 10,000 CNY) | energy (Mtce) | CO2 (Mt) | "
        + "coal-sector CO2 (Mt) | jobs (thousand) | coal jobs (thousand) | displaced workers (thousand) | "
        + "coal output (Mt) | coal reserve life (years) | cumulative investment (bn CNY) |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    pressureRow(b, runs.get(0), runs.get(0).baseYear(), "base year");
    for (Run r : runs) {
      pressureRow(b, r, year, r.scenarioName());
    }
    return b.toString();
  }

  private static void pressureRow(StringBuilder b, Run r, int year, String label) {
    double coalCo2 = r.value(Quantity.CO2, year, Yangquan.COAL) + r.value(Quantity.CO2, year, "coal-power");
    b.append("| ").append(label).append(" | ").append(year)
        .append(" | ").append(f(3, Indicators.energyIntensity().value(r, year)))
        .append(" | ").append(f(2, Indicators.energy().value(r, year)))
        .append(" | ").append(f(2, Indicators.co2().value(r, year)))
        .append(" | ").append(f(2, coalCo2))
        .append(" | ").append(f(1, Indicators.employment().value(r, year)))
        .append(" | ").append(f(1, r.value(Quantity.EMPLOYMENT, year, Yangquan.COAL)))
        .append(" | ").append(f(1, Indicators.displacedWorkers().value(r, year)))
        .append(" | ").append(f(2, r.value(Quantity.EXTRACTION, year, Yangquan.COAL)))
        .append(" | ").append(f(1, Indicators.reserveLife(Yangquan.COAL).value(r, year)))
        .append(" | ").append(f(1, Indicators.cumulativeInvestment().value(r, year)))
        .append(" |\n");
  }

  /** The targets checked on every run: met or not, and the gap in the target's unit. */
  public static String targetTable(List<Run> runs) {
    StringBuilder b = new StringBuilder("| target | source |");
    StringBuilder sep = new StringBuilder("|---|---|");
    for (Run r : runs) {
      b.append(' ').append(r.scenarioName()).append(" |");
      sep.append("---|");
    }
    b.append('\n').append(sep).append('\n');
    for (Target t : Yangquan.targets()) {
      b.append("| ").append(t.id()).append(" | ")
          .append(t.source().equals("illustrative") ? "illustrative" : "public plan (see below)").append(" |");
      for (Run r : runs) {
        TargetCheck c = t.check(r);
        b.append(' ').append(c.met() ? "met" : "not met").append(" (").append(f(3, c.value())).append(") |");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The calibration checks: value, range, whether each holds. */
  public static String checkTable() {
    StringBuilder b = new StringBuilder("| check | value | range | holds |\n|---|---|---|---|\n");
    for (CalibrationCheck c : Yangquan.calibrationChecks()) {
      b.append("| ").append(c.id()).append(" | ").append(f(3, c.value())).append(" | ")
          .append(f(2, c.low())).append(" to ").append(c.high() == Double.MAX_VALUE ? "any" : f(2, c.high()))
          .append(" | ").append(c.holds() ? "yes" : "NO").append(" |\n");
    }
    return b.toString();
  }

  /** The 2022 profile, one row per sector (every number an estimate; see {@link #figureTable()}). */
  public static String sectorTable() {
    StringBuilder b = new StringBuilder("| sector | group | tags | value added (bn CNY) | v | jobs (thousand) | "
        + "energy (Mtce) | CO2 per tce | CO2 (Mt) | growth | productivity growth | intensity decline |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (SectorFigures x : YangquanData.sectors()) {
      b.append("| ").append(x.id()).append(" | ").append(x.group().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(String.join(", ", x.tags())).append(" | ").append(f(3, x.valueAdded().value())).append(" | ")
          .append(f(3, x.valueAddedRatio().value())).append(" | ").append(f(1, x.employment().value())).append(" | ")
          .append(f(3, x.energy().value())).append(" | ").append(f(3, x.emissionFactor().value())).append(" | ")
          .append(f(3, x.energy().value() * x.emissionFactor().value())).append(" | ")
          .append(f(3, x.growth().value())).append(" | ").append(f(3, x.productivityGrowth().value())).append(" | ")
          .append(f(3, x.intensityDecline().value())).append(" |\n");
    }
    return b.toString();
  }

  /** The catalogue: strategy, project, years, capital, effects, prerequisites and the sources of the sizes. */
  public static String projectTable() {
    StringBuilder b = new StringBuilder("| strategy | project | start-full | capital (bn CNY) | effects at full effect | "
        + "prerequisites | public facts and estimates |\n|---|---|---|---|---|---|---|\n");
    for (io.xinlu.policy.Strategy st : Yangquan.strategies()) {
      for (io.xinlu.policy.Project p : st.projects()) {
        StringBuilder eff = new StringBuilder();
        for (io.xinlu.policy.Effect e : p.effects()) {
          eff.append(eff.length() == 0 ? "" : "; ").append(e.kind().label())
              .append(e.selector().map(x -> " " + x).orElse("")).append(' ')
              .append(String.format(Locale.ROOT, "%+.4g", e.size()));
        }
        b.append("| ").append(st.id()).append(" | ").append(p.id()).append(" | ").append(p.start()).append('-')
            .append(p.fullEffect()).append(" | ").append(f(3, p.capitalCost())).append(" | ").append(eff)
            .append(" | ").append(String.join(", ", p.prerequisites())).append(" | ")
            .append(p.description().replace("|", "/")).append(" |\n");
      }
    }
    return b.toString();
  }

  /** The uncertainty ranges for ensembles. */
  public static String uncertaintyTable() {
    StringBuilder b = new StringBuilder("| parameter path | low | mode | high | note |\n|---|---|---|---|---|\n");
    for (Uncertainty u : Yangquan.uncertainties()) {
      b.append("| ").append(u.path()).append(" | ").append(g(u.low())).append(" | ").append(g(u.mode()))
          .append(" | ").append(g(u.high())).append(" | ").append(u.note()).append(" |\n");
    }
    return b.toString();
  }

  /** The estimated input-output table: {@code A} (rows supply, columns buy), {@code v} and imports per column. */
  public static String inputOutputTable() {
    io.xinlu.economy.InputOutputTable t = YangquanData.inputOutputTable();
    List<String> ids = t.sectorIds();
    double[][] a = t.coefficients();
    double[] v = t.valueAddedRatios();
    StringBuilder b = new StringBuilder("| from \\ to |");
    StringBuilder sep = new StringBuilder("|---|");
    for (String id : ids) {
      b.append(' ').append(id).append(" |");
      sep.append("---|");
    }
    b.append('\n').append(sep).append('\n');
    for (int i = 0; i < ids.size(); i++) {
      b.append("| ").append(ids.get(i)).append(" |");
      for (int j = 0; j < ids.size(); j++) {
        b.append(' ').append(a[i][j] == 0 ? "" : g(a[i][j])).append(" |");
      }
      b.append('\n');
    }
    b.append("| v (value added) |");
    for (double x : v) {
      b.append(' ').append(f(3, x)).append(" |");
    }
    b.append("\n| imports |");
    for (int j = 0; j < ids.size(); j++) {
      double m = 1 - v[j];
      for (int i = 0; i < ids.size(); i++) {
        m -= a[i][j];
      }
      b.append(' ').append(f(3, m)).append(" |");
    }
    return b.append('\n').toString();
  }

  /** Every figure with its value, unit and provenance. */
  public static String figureTable() {
    StringBuilder b = new StringBuilder("| id | figure | value | unit | kind | source or method |\n"
        + "|---|---|---|---|---|---|\n");
    for (Figure fig : YangquanData.figures()) {
      String source;
      if (fig.provenance() instanceof Provenance.Official o) {
        source = o.document() + " (" + o.year() + ")";
      } else {
        Provenance.Estimate e = (Provenance.Estimate) fig.provenance();
        source = e.method() + (e.anchors().isEmpty() ? "" : " [anchors: " + String.join(", ", e.anchors()) + "]");
      }
      b.append("| ").append(fig.id()).append(" | ").append(fig.label()).append(" | ")
          .append(String.format(Locale.ROOT, "%.6g", fig.value())).append(" | ").append(fig.unit()).append(" | ")
          .append(fig.isOfficial() ? "official" : "estimate").append(" | ").append(source.replace("|", "/"))
          .append(" |\n");
    }
    return b.toString();
  }

  private static String g(double x) {
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  private static String pct(double share) {
    return f(1, 100 * share);
  }

  private static String f(int decimals, double x) {
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }
}
