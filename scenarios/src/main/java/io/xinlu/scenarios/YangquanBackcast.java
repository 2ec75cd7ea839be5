package io.xinlu.scenarios;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.history.FitStatistics;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.history.SeriesFit;
import io.xinlu.indicator.Direction;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Yangquan held against its own past: a profile of the city for an earlier base year, its baseline run forward to
 * the latest year with official figures, and the {@link HistoryComparison comparison} of that run with the official
 * series of {@link YangquanHistory}.
 *
 * <pre>{@code
 * YangquanBackcast b = YangquanBackcast.builder().build();          // the earliest base year the data allow
 * YangquanBackcast b2019 = YangquanBackcast.builder().baseYear(2019).build();
 * double mape = b.comparison().fit("gdp-growth").statistics().mape().orElseThrow();
 * String table = b.markdownTable();                                 // the table of docs/DATA.md, "Backcast"
 * }</pre>
 *
 * <p><b>The profile.</b> A base year is allowed when the city's GDP of that year is official and the year comes
 * before the 2022 profile ({@link #allowedBaseYears()}). Every number of the base year's profile is official where a
 * document gives it for that year and otherwise the 2022 profile's number scaled back, an estimate whose method is
 * stated ({@link #figures()}): sector value added is the 2022 structure at the base year's official GDP (within the
 * official group totals when the base year has them); employment follows the population; energy follows value
 * added, raised by each sector's autonomous intensity decline over the years between; the population is official,
 * or interpolated between the nearest official years around the base year, or the 2022 population scaled back; raw
 * coal is official or held at the nearest official year's output. The value-added ratios, the input-output table,
 * the emission factors, the trend rates and the population growth are the 2022 profile's.
 *
 * <p><b>The run.</b> The scenario {@value #SCENARIO} adopts no strategy: every project of {@link Yangquan#strategies()}
 * starts in 2023 or later, so none was in force in the years compared up to 2022.
 *
 * <p><b>The comparison</b>, like with like: the model's value added is in constant base-year prices, so real
 * quantities are compared with real ones: real GDP growth ({@code gdp-growth}), a real GDP index chained from the
 * official growth rates ({@value #REAL_GDP_INDEX}, 100 in the year before the first rate of the chain), population
 * and raw coal output ({@value #RAW_COAL}); GDP in current prices ({@code gdp}) and the group shares in current
 * prices are compared with the model's constant-price values with that caveat ({@link #describe(String)}). An
 * official figure the profile was built from (the base year's population and its interpolation anchors, the raw
 * coal output held, the group totals that set the structure) is left out of the comparison of its own series: a
 * model must not be judged on the numbers it copies. The series are read through {@link YangquanHistory#series(String)}
 * alone, so figures added there flow in, and the run ends at the latest year observed.
 *
 * <p>Immutable and thread-safe; no I/O.
 *
 * @since 0.1.0
 */
public final class YangquanBackcast {
  /** The scenario run: the baseline, no strategy adopted. */
  public static final String SCENARIO = "backcast";
  /** The id of the chained real GDP index. */
  public static final String REAL_GDP_INDEX = "real-gdp-index";
  /** The id of the model's raw coal output (the coal sector's extraction), Mt. */
  public static final String RAW_COAL = "raw-coal";

  private static final String GDP = "gdp";
  private static final String GDP_GROWTH = "gdp-growth";
  private static final String POPULATION = "population";
  private static final ImmutableMap<SectorGroup, String> GROUP_KEYS = ImmutableMap.of(
      SectorGroup.PRIMARY, "primary-va", SectorGroup.SECONDARY, "secondary-va", SectorGroup.TERTIARY, "tertiary-va");

  private final int baseYear;
  private final int endYear;
  private final ImmutableList<Figure> figures;
  private final ImmutableSet<String> copied;
  private final CityModel model;
  private final Run run;
  private final IndicatorCatalogue catalogue;
  private final ImmutableList<ObservedSeries> observations;
  private final ImmutableMap<String, String> descriptions;
  private final ImmutableList<String> omitted;
  private final ImmutableList<String> sources;
  private final HistoryComparison comparison;

  private YangquanBackcast(int baseYear) {
    this.baseYear = baseYear;
    this.endYear = latestObservedYear();
    List<Figure> figs = new ArrayList<>();
    Set<String> copiedIds = new LinkedHashSet<>();
    CityProfile profile = buildProfile(baseYear, figs, copiedIds);
    this.figures = ImmutableList.copyOf(figs);
    this.copied = ImmutableSet.copyOf(copiedIds);
    this.model = CityModel.builder().profile(profile)
        .addScenarios(Scenario.builder().name(SCENARIO).endYear(endYear)
            .description("the backcast from " + baseYear + ": trends continue, no strategy adopted (every named "
                + "project starts in 2023 or later)")
            .build())
        .build();
    this.run = Engine.run(model, SCENARIO);
    Map<String, String> desc = new LinkedHashMap<>();
    List<String> left = new ArrayList<>();
    List<ObservedSeries> obs = new ArrayList<>();
    Set<String> docs = new LinkedHashSet<>();
    IndicatorCatalogue cat = IndicatorCatalogue.standard().with(rawCoalIndicator());
    int anchor = indexAnchor();
    if (anchor > 0) {
      cat = cat.with(indexIndicator(anchor));
    }
    this.catalogue = cat;
    observe(obs, desc, left, docs, anchor);
    for (Figure f : figures) {
      if (f.isOfficial()) {
        docs.add(document(f));
      }
    }
    this.sources = ImmutableList.copyOf(docs);
    this.observations = ImmutableList.copyOf(obs);
    this.descriptions = ImmutableMap.copyOf(desc);
    this.omitted = ImmutableList.copyOf(left);
    this.comparison = HistoryComparison.of(run, observations, catalogue);
  }

  /** A builder; without a base year it takes the earliest allowed. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base years the data allow, increasing: the years before the 2022 profile ({@link Yangquan#BASE_YEAR}) for
   * which the city's GDP is official in {@link YangquanHistory} and after which some year is observed.
   */
  public static ImmutableList<Integer> allowedBaseYears() {
    int last = latestObservedYear();
    return YangquanHistory.series(GDP).years().stream().filter(y -> y < Yangquan.BASE_YEAR && y < last)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The earliest allowed base year.
   *
   * @throws IllegalStateException if the data allow none
   */
  public static int earliestBaseYear() {
    ImmutableList<Integer> allowed = allowedBaseYears();
    if (allowed.isEmpty()) {
      throw new IllegalStateException("no Yangquan base year before " + Yangquan.BASE_YEAR + " has an official GDP");
    }
    return allowed.get(0);
  }

  /** The base year of the profile. */
  public int baseYear() {
    return baseYear;
  }

  /** The last year of the run: the latest year observed in the series compared. */
  public int endYear() {
    return endYear;
  }

  /**
   * The numbers of the base year's profile that differ from the 2022 profile's, each with its provenance: the
   * official base-year figures used and the estimates scaled back (their methods say how). The value-added ratios,
   * the input-output table, the emission factors and the trend rates are the 2022 profile's and are not repeated.
   */
  public ImmutableList<Figure> figures() {
    return figures;
  }

  /**
   * The ids of the official figures the profile copies or interpolates (its base-year values); these are left out
   * of the comparison of their series.
   */
  public ImmutableSet<String> copiedFigures() {
    return copied;
  }

  /** The base year's profile. */
  public CityProfile profile() {
    return model.profile();
  }

  /** The model: the profile and the one scenario {@value #SCENARIO}. */
  public CityModel model() {
    return model;
  }

  /** The run of {@value #SCENARIO} from the base year to {@link #endYear()}. */
  public Run run() {
    return run;
  }

  /**
   * The standard catalogue with {@value #RAW_COAL} and, when the official growth rates chain,
   * {@value #REAL_GDP_INDEX}.
   */
  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /** The observed series compared, in table order, each in its indicator's unit. */
  public ImmutableList<ObservedSeries> observations() {
    return observations;
  }

  /** The comparison of the run with the observations. */
  public HistoryComparison comparison() {
    return comparison;
  }

  /**
   * What a compared series is and how it was made from the official figures, with its caveat where the prices
   * differ.
   *
   * @throws IllegalArgumentException if no series of that indicator is compared
   */
  public String describe(String indicator) {
    String d = descriptions.get(indicator);
    checkArgument(d != null, "backcast from %s: no series '%s' is compared; compared: %s", baseYear, indicator,
        descriptions.keySet());
    return d;
  }

  /** The series that could not be compared, each with the reason. */
  public ImmutableList<String> omitted() {
    return omitted;
  }

  /**
   * The documents of every official figure compared or chained, without repetition, in series order; then those
   * of the figures the profile copies.
   */
  public ImmutableList<String> sources() {
    return sources;
  }

  // ---- tables --------------------------------------------------------------------------------------------

  /** The columns of {@link #tableRows()}. */
  public static final ImmutableList<String> TABLE_HEADER = ImmutableList.of("series", "prices", "unit", "years", "n",
      "MAPE %", "RMSE", "Theil U1", "U^M", "U^S", "U^C");

  /**
   * The backcast table, one row per compared series, cells as printed: the series, its prices ({@code real},
   * {@code current vs constant} or {@code quantity}), unit, years, the number of points, MAPE in percent, RMSE in the
   * unit (shares and fractions in percentage points), Theil's U1 and its bias, variation and covariation shares
   * ({@code -} where undefined).
   */
  public ImmutableList<ImmutableList<String>> tableRows() {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (SeriesFit f : comparison.fits()) {
      FitStatistics s = f.statistics();
      String unit = f.observed().unit();
      boolean points = isFraction(unit);
      Optional<FitStatistics.TheilShares> u = s.theilShares();
      rows.add(ImmutableList.of(f.indicator(), prices(f.indicator()), points ? "percentage points" : unit,
          years(f.observed().years()), Integer.toString(s.n()),
          s.mape().isPresent() ? String.format(Locale.ROOT, "%.2f", s.mape().getAsDouble()) : "-",
          String.format(Locale.ROOT, "%.3g", points ? 100 * s.rmse() : s.rmse()),
          String.format(Locale.ROOT, "%.3f", s.theilU1()),
          u.map(x -> String.format(Locale.ROOT, "%.3f", x.bias())).orElse("-"),
          u.map(x -> String.format(Locale.ROOT, "%.3f", x.variation())).orElse("-"),
          u.map(x -> String.format(Locale.ROOT, "%.3f", x.covariation())).orElse("-")));
    }
    return rows.build();
  }

  /** The columns of {@link #pointRows()}. */
  public static final ImmutableList<String> POINT_HEADER = ImmutableList.of("series", "year", "observed", "modelled",
      "error %");

  /**
   * Every compared point: series, year, observed and modelled value (fractions and shares in percent) and the
   * relative error in percent ({@code -} where the observation is 0).
   */
  public ImmutableList<ImmutableList<String>> pointRows() {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (SeriesFit f : comparison.fits()) {
      ObservedSeries o = f.observed();
      double[] sim = f.simulated();
      boolean pct = isFraction(o.unit());
      for (int i = 0; i < o.size(); i++) {
        double a = o.value(i);
        double s = sim[i];
        rows.add(ImmutableList.of(f.indicator(), Integer.toString(o.year(i)), number(pct ? 100 * a : a, pct),
            number(pct ? 100 * s : s, pct),
            a == 0 ? "-" : String.format(Locale.ROOT, "%+.1f", 100 * (s - a) / Math.abs(a))));
      }
    }
    return rows.build();
  }

  /**
   * The section of {@code docs/DATA.md} between its backcast markers: the base year and run, the table of
   * {@link #tableRows()}, the points of {@link #pointRows()}, what each series is, what was left out and the sources,
   * as Markdown.
   */
  public String markdownTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Base year %d (allowed: %s), scenario `%s` run to %d; %d official figures "
        + "the profile is built from, left out of their series: %s.%n%n", baseYear, allowedBaseYears(), SCENARIO,
        endYear, copied.size(), String.join(", ", copied)));
    markdown(b, TABLE_HEADER, tableRows(), 4);
    b.append('\n');
    markdown(b, POINT_HEADER, pointRows(), 1);
    b.append("\nThe series:\n\n");
    for (Map.Entry<String, String> e : descriptions.entrySet()) {
      b.append("- `").append(e.getKey()).append("`: ").append(e.getValue()).append('\n');
    }
    if (!omitted.isEmpty()) {
      b.append("\nNot compared:\n\n");
      for (String o : omitted) {
        b.append("- ").append(o).append('\n');
      }
    }
    b.append("\nSources:\n\n");
    for (String s : sources()) {
      b.append("- ").append(s).append('\n');
    }
    return b.toString();
  }

  /** A Markdown table whose first {@code left} columns are aligned left, the others right. */
  private static void markdown(StringBuilder b, List<String> header, List<? extends List<String>> rows, int left) {
    b.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      b.append(i < left ? "---|" : "---:|");
    }
    b.append('\n');
    for (List<String> r : rows) {
      b.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
  }

  // ---- the profile ---------------------------------------------------------------------------------------

  private static CityProfile buildProfile(int b, List<Figure> figs, Set<String> copied) {
    int back = Yangquan.BASE_YEAR - b;
    String p = "yq.backcast." + b + ".";
    YangquanHistory.Series gdpSeries = YangquanHistory.series(GDP);
    Figure gdpB = figure(gdpSeries, b).orElseThrow();
    figs.add(gdpB);
    copied.add(gdpB.id());

    // the structure: the base year's official groups when all three are given, else the 2022 structure
    Map<SectorGroup, Double> factor = new LinkedHashMap<>();
    Map<SectorGroup, String> factorMethod = new LinkedHashMap<>();
    Map<SectorGroup, String[]> factorAnchors = new LinkedHashMap<>();
    Map<SectorGroup, Figure> groupsB = groupFigures(b);
    Map<SectorGroup, Figure> groups2022 = groupFigures(Yangquan.BASE_YEAR);
    for (SectorGroup g : SectorGroup.values()) {
      if (groupsB.size() == 3) {
        Figure gb = groupsB.get(g);
        Figure g22 = groups2022.get(g);
        factor.put(g, gb.value() / g22.value());
        factorMethod.put(g, "the 2022 value added x the official " + b + " group total over the 2022 one ("
            + YangquanData.fmt(gb.value()) + " / " + YangquanData.fmt(g22.value()) + "): the 2022 split within the "
            + "group at " + b + "'s current prices");
        factorAnchors.put(g, new String[] {gb.id(), g22.id()});
        figs.add(gb);
        copied.add(gb.id());
      } else {
        factor.put(g, gdpB.value() / YangquanData.GDP_2022.value());
        factorMethod.put(g, "the 2022 value added x the official GDP of " + b + " over that of 2022 ("
            + YangquanData.fmt(gdpB.value()) + " / " + YangquanData.fmt(YangquanData.GDP_2022.value()) + " = "
            + YangquanData.fmt(gdpB.value() / YangquanData.GDP_2022.value()) + "): the 2022 structure at " + b
            + "'s current prices (no official group totals for " + b + ")");
        factorAnchors.put(g, new String[] {gdpB.id(), YangquanData.GDP_2022.id()});
      }
    }
    if (groupsB.size() != 3) {
      // the 2022 groups set the structure of the base year: their shares are not evidence against it
      groups2022.values().forEach(f -> copied.add(f.id()));
    }

    Figure popB = population(b, p, figs, copied);
    double popRatio = popB.value() / YangquanData.POPULATION_2022.value();

    CityProfile.Builder builder = CityProfile.builder().name("yangquan-" + b).baseYear(b);
    Sector.Builder coalSector = null;
    double coalVa = 0;
    List<Sector.Builder> sectors = new ArrayList<>();
    for (SectorFigures s : YangquanData.sectors()) {
      String sp = p + "sector." + s.id() + ".";
      SectorGroup g = s.group();
      double k = factor.get(g);
      Figure va = Figure.estimate(sp + "value-added", s.name() + ": value added " + b, s.valueAdded().value() * k,
          Figure.BILLION_CNY, factorMethod.get(g), concat(s.valueAdded().id(), factorAnchors.get(g)));
      Figure jobs = Figure.estimate(sp + "employment", s.name() + ": employment " + b,
          s.employment().value() * popRatio, "thousand persons", "the 2022 employment x the population of " + b
              + " over that of 2022 (" + YangquanData.fmt(popRatio) + "): the 2022 employment rate and split",
          s.employment().id(), popB.id(), YangquanData.POPULATION_2022.id());
      double d = s.intensityDecline().value();
      double raise = Math.pow(1 - d, -back);
      Figure energy = Figure.estimate(sp + "energy", s.name() + ": direct energy use " + b,
          s.energy().value() * k * raise, "Mtce", "the 2022 energy x the value-added scaling ("
              + YangquanData.fmt(k) + ") / (1 - " + YangquanData.fmt(d) + ")^" + back + ": the 2022 energy per unit "
              + "of value added, raised by the autonomous intensity decline over the years between (a unit of "
              + b + "'s value added is counted as one of 2022's, prices apart)",
          s.energy().id(), va.id(), s.intensityDecline().id());
      figs.add(va);
      figs.add(jobs);
      figs.add(energy);
      Sector.Builder sb = new SectorFigures(s.id(), s.name(), g, s.tags(), va, s.valueAddedRatio(), jobs, energy,
          s.emissionFactor(), s.growth(), s.productivityGrowth(), s.intensityDecline()).toSectorBuilder();
      if (s.id().equals(Yangquan.COAL)) {
        coalVa = va.value();
        coalSector = sb;
      }
      sectors.add(sb);
    }

    Figure coalB = rawCoal(b, p, copied);
    figs.add(coalB);
    Figure intensity = Figure.estimate(p + "coal-extraction-intensity", "Raw coal per billion CNY of coal value added "
        + b, coalB.value() / coalVa, "Mt per billion CNY", "the raw coal output of " + b + " over the coal sector's "
        + "value added of " + b, coalB.id(), p + "sector." + Yangquan.COAL + ".value-added");
    Figure stock = Figure.estimate(p + "coal-stock", "Recoverable coal stock " + b,
        YangquanData.COAL_STOCK_2022.value() + coalB.value() * back, "Mt", "the 2022 stock plus the " + back
            + " years of output from " + b + " to " + (Yangquan.BASE_YEAR - 1) + " at the " + b + " rate ("
            + YangquanData.fmt(coalB.value()) + " Mt a year)", YangquanData.COAL_STOCK_2022.id(), coalB.id());
    figs.add(intensity);
    figs.add(stock);
    if (coalSector != null) {
      coalSector.resource(ResourceStock.of(stock.value(), intensity.value(), "Mt"));
    }
    for (Sector.Builder sb : sectors) {
      builder.addSector(sb.build());
    }
    return builder.inputOutputTable(YangquanData.inputOutputTable()).population(popB.value())
        .populationGrowth(YangquanHistory.POPULATION_GROWTH.value()).build();
  }

  private static Map<SectorGroup, Figure> groupFigures(int year) {
    Map<SectorGroup, Figure> m = new LinkedHashMap<>();
    for (Map.Entry<SectorGroup, String> e : GROUP_KEYS.entrySet()) {
      figure(YangquanHistory.series(e.getValue()), year).ifPresent(f -> m.put(e.getKey(), f));
    }
    return m;
  }

  /** The base year's population: official, interpolated between the nearest official years, or scaled back. */
  private static Figure population(int b, String p, List<Figure> figs, Set<String> copied) {
    YangquanHistory.Series pop = YangquanHistory.series(POPULATION);
    Optional<Figure> official = figure(pop, b);
    if (official.isPresent()) {
      figs.add(official.get());
      copied.add(official.get().id());
      return official.get();
    }
    Figure before = null;
    Figure after = null;
    for (Figure f : pop.figures()) {
      int y = YangquanHistory.year(f);
      if (y < b) {
        before = f;
      } else if (y > b && after == null) {
        after = f;
      }
    }
    Figure est;
    if (before != null && after != null) {
      int y0 = YangquanHistory.year(before);
      int y1 = YangquanHistory.year(after);
      double w = (double) (b - y0) / (y1 - y0);
      double v = before.value() * Math.pow(after.value() / before.value(), w);
      est = Figure.estimate(p + "population", "Resident population " + b, v, pop.unit(), "geometric interpolation "
          + "between the official populations of " + y0 + " (" + YangquanData.fmt(before.value()) + ") and " + y1
          + " (" + YangquanData.fmt(after.value()) + ")", before.id(), after.id());
      copied.add(before.id());
      copied.add(after.id());
    } else {
      double g = YangquanHistory.POPULATION_GROWTH.value();
      int back = Yangquan.BASE_YEAR - b;
      est = Figure.estimate(p + "population", "Resident population " + b,
          YangquanData.POPULATION_2022.value() / Math.pow(1 + g, back), pop.unit(), "the 2022 population scaled "
              + "back by the profile's population growth over " + back + " years",
          YangquanData.POPULATION_2022.id(), YangquanHistory.POPULATION_GROWTH.id());
      copied.add(YangquanData.POPULATION_2022.id());
    }
    figs.add(est);
    return est;
  }

  /** The base year's raw coal output: official, or the nearest official year's held (the earlier on a tie). */
  private static Figure rawCoal(int b, String p, Set<String> copied) {
    YangquanHistory.Series coal = YangquanHistory.series(RAW_COAL);
    Optional<Figure> official = figure(coal, b);
    if (official.isPresent()) {
      copied.add(official.get().id());
      return official.get();
    }
    Figure nearest = coal.figures().get(0);
    for (Figure f : coal.figures()) {
      if (Math.abs(YangquanHistory.year(f) - b) < Math.abs(YangquanHistory.year(nearest) - b)) {
        nearest = f;
      }
    }
    copied.add(nearest.id());
    return Figure.estimate(p + "raw-coal", "Raw coal output " + b, nearest.value(), coal.unit(), "no official "
        + "output for " + b + ": held at the official output of " + YangquanHistory.year(nearest)
        + ", the nearest year given", nearest.id());
  }

  // ---- the observations ----------------------------------------------------------------------------------

  private static final String CHAINED = "chained from official real growth: ";

  /** The latest year of the series compared. */
  private static int latestObservedYear() {
    int last = Integer.MIN_VALUE;
    for (String key : List.of(GDP, GDP_GROWTH, POPULATION, RAW_COAL, "primary-va", "secondary-va", "tertiary-va")) {
      ImmutableList<Integer> ys = YangquanHistory.series(key).years();
      last = Math.max(last, ys.get(ys.size() - 1));
    }
    return last;
  }

  /**
   * The year the real GDP index is 100: the chain runs through the official growth rates of the years after it,
   * without a gap, to the latest rate; 0 when no rate after the base year exists.
   */
  private int indexAnchor() {
    YangquanHistory.Series g = YangquanHistory.series(GDP_GROWTH);
    TreeSet<Integer> years = new TreeSet<>();
    for (int y : g.years()) {
      if (y > baseYear && y <= endYear) {
        years.add(y);
      }
    }
    if (years.isEmpty()) {
      return 0;
    }
    int last = years.last();
    int anchor = last;
    while (years.contains(anchor) && anchor - 1 >= baseYear) {
      anchor--;
    }
    return anchor;
  }

  private void observe(List<ObservedSeries> obs, Map<String, String> desc, List<String> left, Set<String> docs,
      int anchor) {
    // real GDP growth
    YangquanHistory.Series growth = YangquanHistory.series(GDP_GROWTH);
    ObservedSeries.Builder g = ObservedSeries.builder(GDP_GROWTH, Indicators.gdpGrowth().unit());
    int n = 0;
    Set<Integer> skipped = new TreeSet<>();
    for (Figure f : growth.figures()) {
      int y = YangquanHistory.year(f);
      if (y > baseYear && y <= endYear && copied.contains(f.id())) {
        skipped.add(y);
      } else if (y > baseYear && y <= endYear) {
        g.add(y, f.value(), doc(docs, f));
        n++;
      }
    }
    add(obs, desc, left, g, n, skipped, GDP_GROWTH, "real GDP growth over the previous year, official, against the "
        + "model's growth of value added at constant " + baseYear + " prices");

    // the real GDP index chained from the official growth rates
    if (anchor > 0) {
      ObservedSeries.Builder idx = ObservedSeries.builder(REAL_GDP_INDEX, indexUnit(anchor));
      double level = 100;
      List<String> rates = new ArrayList<>();
      for (int y = anchor + 1; y <= endYear; y++) {
        OptionalDouble r = growth.value(y);
        if (r.isEmpty()) {
          break;
        }
        level *= 1 + r.getAsDouble();
        rates.add(y + ": " + doc(docs, figure(growth, y).orElseThrow()));
        idx.add(y, level, CHAINED + String.join(" | ", rates));
      }
      obs.add(idx.build());
      desc.put(REAL_GDP_INDEX, "real GDP, " + anchor + " = 100, chained from the official real growth rates of "
          + "each year after " + anchor + " (a derived series: index(t) = index(t-1) x (1 + growth(t)); each "
          + "point's source lists the rates it rests on), against the model's GDP over its " + anchor + " GDP");
    } else {
      left.add("`" + REAL_GDP_INDEX + "`: no official real growth rate after " + baseYear);
    }

    // population
    YangquanHistory.Series pop = YangquanHistory.series(POPULATION);
    ObservedSeries.Builder pb = ObservedSeries.builder(POPULATION, Indicators.population().unit());
    n = 0;
    skipped = new TreeSet<>();
    for (Figure f : pop.figures()) {
      int y = YangquanHistory.year(f);
      if (y > baseYear && y <= endYear && copied.contains(f.id())) {
        skipped.add(y);
      } else if (y > baseYear && y <= endYear) {
        pb.add(y, f.value(), doc(docs, f));
        n++;
      }
    }
    add(obs, desc, left, pb, n, skipped, POPULATION, "resident population, official (sample surveys, the "
        + "2020 census on 1 November), against the model's population");

    // raw coal
    YangquanHistory.Series coal = YangquanHistory.series(RAW_COAL);
    ObservedSeries.Builder cb = ObservedSeries.builder(RAW_COAL, "Mt");
    n = 0;
    skipped = new TreeSet<>();
    for (Figure f : coal.figures()) {
      int y = YangquanHistory.year(f);
      if (y > baseYear && y <= endYear && copied.contains(f.id())) {
        skipped.add(y);
      } else if (y > baseYear && y <= endYear) {
        cb.add(y, f.value(), doc(docs, f));
        n++;
      }
    }
    add(obs, desc, left, cb, n, skipped, RAW_COAL, "raw coal output, official, against the model's "
        + "extraction of the coal sector");

    // GDP in current prices, with its caveat
    YangquanHistory.Series gdp = YangquanHistory.series(GDP);
    ObservedSeries.Builder nb = ObservedSeries.builder(GDP, Indicators.gdp().unit());
    n = 0;
    skipped = new TreeSet<>();
    for (Figure f : gdp.figures()) {
      int y = YangquanHistory.year(f);
      if (y > baseYear && y <= endYear && copied.contains(f.id())) {
        skipped.add(y);
      } else if (y > baseYear && y <= endYear) {
        nb.add(y, f.billionCny(), doc(docs, f));
        n++;
      }
    }
    add(obs, desc, left, nb, n, skipped, GDP, "GDP in current prices (亿元 / 10 = billion CNY), official, "
        + "against the model's GDP in constant " + baseYear + " prices: not like with like; the gap holds the "
        + "change of prices (the coal price rise of 2021-22 above all) as well as the model's error");

    // the group shares in current prices, with their caveat
    for (SectorGroup grp : SectorGroup.values()) {
      String id = Indicators.groupShare(grp).id();
      ObservedSeries.Builder sb = ObservedSeries.builder(id, Indicators.groupShare(grp).unit());
      n = 0;
      skipped = new TreeSet<>();
      for (int y = baseYear + 1; y <= endYear; y++) {
        Map<SectorGroup, Figure> gs = groupFigures(y);
        boolean copiedGroup = gs.values().stream().anyMatch(f -> copied.contains(f.id()));
        if (gs.size() == 3 && copiedGroup) {
          skipped.add(y);
        } else if (gs.size() == 3) {
          double total = gs.values().stream().mapToDouble(Figure::value).sum();
          sb.add(y, gs.get(grp).value() / total, doc(docs, gs.get(grp)));
          n++;
        }
      }
      add(obs, desc, left, sb, n, skipped, id, "the group's official value added over the sum of the "
          + "three groups, in current prices, against the model's share in constant " + baseYear
          + " prices: the price of coal moves the observed share, not the model's");
    }
  }

  private void add(List<ObservedSeries> obs, Map<String, String> desc, List<String> left,
      ObservedSeries.Builder b, int n, Set<Integer> copiedYears, String id, String what) {
    if (n > 0) {
      obs.add(b.build());
      desc.put(id, what);
      return;
    }
    String span = years(java.util.stream.IntStream.rangeClosed(baseYear + 1, endYear).toArray());
    left.add("`" + id + "`: " + (copiedYears.isEmpty() ? "no official figure for " + span
        : "the only official figures for " + span + " (" + years(copiedYears.stream().mapToInt(Integer::intValue)
            .toArray()) + ") are ones the profile is built from"));
  }

  private static String indexUnit(int anchor) {
    return "index, " + anchor + " = 100";
  }

  private static Indicator indexIndicator(int anchor) {
    Indicator gdp = Indicators.gdp();
    return Indicator.of(REAL_GDP_INDEX, "Real GDP index (" + anchor + " = 100)", indexUnit(anchor),
        Direction.HIGHER_IS_BETTER, (r, y) -> 100 * gdp.value(r, y) / gdp.value(r, anchor),
        r -> anchor >= r.baseYear() && anchor <= r.endYear() ? Optional.empty()
            : Optional.of("the index's year " + anchor + " is outside the run (" + r.baseYear() + ".." + r.endYear()
                + ")"));
  }

  private static Indicator rawCoalIndicator() {
    return Indicator.of(RAW_COAL, "Raw coal output", "Mt", Direction.NEUTRAL,
        (r, y) -> r.value(Quantity.EXTRACTION, y, Yangquan.COAL),
        r -> r.sectorIds().contains(Yangquan.COAL) && r.has(Quantity.EXTRACTION) ? Optional.empty()
            : Optional.of("the run has no coal extraction"));
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  private String prices(String indicator) {
    if (indicator.equals(GDP) || indicator.startsWith("share:group:")) {
      return "current vs constant";
    }
    return indicator.equals(GDP_GROWTH) || indicator.equals(REAL_GDP_INDEX) ? "real" : "quantity";
  }

  private static Optional<Figure> figure(YangquanHistory.Series s, int year) {
    return s.figures().stream().filter(f -> YangquanHistory.year(f) == year).findFirst();
  }

  private static String doc(Set<String> docs, Figure f) {
    String d = document(f);
    docs.add(d);
    return d;
  }

  private static String document(Figure f) {
    return ((Provenance.Official) f.provenance()).document();
  }

  private static String[] concat(String first, String[] rest) {
    String[] out = new String[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  private static boolean isFraction(String unit) {
    return unit.equals("share") || unit.startsWith("fraction");
  }

  private static String number(double v, boolean pct) {
    return String.format(Locale.ROOT, pct ? "%.2f" : "%.1f", v);
  }

  /** Years as ranges: {@code 2019-2022}, {@code 2018, 2020-2022}. */
  static String years(int[] ys) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < ys.length) {
      int j = i;
      while (j + 1 < ys.length && ys[j + 1] == ys[j] + 1) {
        j++;
      }
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(ys[i]);
      if (j > i) {
        b.append('-').append(ys[j]);
      }
      i = j + 1;
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "YangquanBackcast[" + baseYear + ".." + endYear + ", " + observations.size() + " series]";
  }

  /**
   * Builds a backcast; not thread-safe, build once. Building runs the model (a few milliseconds).
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int baseYear;

    private Builder() {}

    /**
     * The base year; one of {@link #allowedBaseYears()}. Without it, {@link #earliestBaseYear()}.
     */
    public Builder baseYear(int year) {
      this.baseYear = year;
      return this;
    }

    /**
     * The backcast.
     *
     * @throws IllegalArgumentException naming the year and the allowed years if the base year is not allowed
     */
    public YangquanBackcast build() {
      int b = baseYear == 0 ? earliestBaseYear() : baseYear;
      ImmutableList<Integer> allowed = allowedBaseYears();
      checkArgument(allowed.contains(b), "Yangquan backcast: base year %s is not allowed; the data allow %s (years "
          + "before %s with an official GDP, and an observed year after them)", b, allowed, Yangquan.BASE_YEAR);
      return new YangquanBackcast(b);
    }
  }
}
