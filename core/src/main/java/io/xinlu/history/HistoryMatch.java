package io.xinlu.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Parameterization;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsembleException;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.jspecify.annotations.Nullable;

/**
 * History matching over an ensemble: a scenario run at every point of a design of parameter values, and the points
 * kept whose runs lie within stated tolerances of the observations (the "not ruled out yet" points of history
 * matching). The kept points are the {@link #prior() prior} of forward ensembles.
 *
 * <pre>{@code
 * ObservedSeries gdp = ObservedSeries.of("gdp", "billion CNY", new int[] {2021, 2022, 2023},
 *     new double[] {180.2, 190.1, 196.0}, "statistical communiques 2021-2023");
 * HistoryMatch match = HistoryMatch.builder(model, "backcast")
 *     .sample(space, 500, 42)                          // a Latin hypercube of 500 points over the space
 *     .observe(gdp)
 *     .tolerance("gdp", Tolerance.relative(0.03))     // or defaultTolerance(...) for every series
 *     .run();
 * double kept = match.keptFraction();
 * Design prior = match.prior(2000, 7);                 // the kept points resampled with replacement
 * EnsembleResult forward = Ensemble.builder(Parameterization.of(model, "plan", space.parameterNames()))
 *     .design(prior, space).indicators(Indicators.co2()).build().run();
 * }</pre>
 *
 * <p><b>What is kept.</b> Every observed value (a series in one year) is one output. Each series is judged by its
 * {@link Tolerance} (its own, else the default): the output misses when {@code |f − z| > max(absolute, relative
 * |z|)}; or by an {@link Implausibility}: it misses when {@code I = |z − f| / sqrt(Var_obs + Var_md)} exceeds the
 * cutoff (3 unless given). A value that is not finite misses. A point is kept when at most {@code maxMisses} of its
 * outputs miss (0 unless given): with implausibilities alone and {@code maxMisses = k}, that is Vernon, Goldstein and
 * Bower's criterion on the {@code (k+1)}-th largest implausibility ({@code I_M}, {@code I_2M}, ...; Bayesian
 * Analysis 5(4), 2010).
 *
 * <p><b>What each series rules out.</b> For a series, {@link RuledOut#total()} counts the points not kept at which
 * the series misses at least one output, and {@link RuledOut#alone()} the points not kept that would be kept without
 * that series (with {@code maxMisses = 0}: the points at which it is the only series that misses).
 *
 * <p><b>Runs.</b> The design runs as an {@link Ensemble} of the scenario's {@link Parameterization} over the space's
 * parameter names, keeping each observed indicator in each observed year: on one thread unless
 * {@link Builder#threads} or {@link Builder#executor} says otherwise, and bit-identical whatever the threads. The
 * observations are first checked against the scenario's run as given with {@link HistoryComparison}, with its
 * messages; that comparison is {@link #asGiven()}.
 *
 * <p>Immutable and thread-safe; accessors return copies of arrays.
 *
 * @since 0.1.0
 */
public final class HistoryMatch {
  /**
   * What one series rules out.
   *
   * @param series the id of the series' indicator
   * @param criterion how the series is judged, such as {@code ±5.0 %} or {@code implausibility(...) <= 3.0}
   * @param total the points not kept at which the series misses at least one output
   * @param alone the points not kept that would be kept without this series
   * @since 0.1.0
   */
  public record RuledOut(String series, String criterion, int total, int alone) {}

  private final String scenario;
  private final ImmutableList<String> parameters;
  private final ImmutableList<ObservedSeries> observed;
  private final ImmutableList<RuledOut> ruledOut;
  private final HistoryComparison asGiven;
  private final int maxMisses;
  private final double[][] points;
  /** outcomes[o][i]: output o (series by series, year by year) at point i. */
  private final double[][] outcomes;
  private final int[] misses;
  private final boolean[] kept;
  private final int keptCount;
  private final double[] largestImplausibility;
  private final boolean anyImplausibility;

  private HistoryMatch(String scenario, ImmutableList<String> parameters, ImmutableList<ObservedSeries> observed,
      ImmutableList<RuledOut> ruledOut, HistoryComparison asGiven, int maxMisses, double[][] points,
      double[][] outcomes, int[] misses, boolean[] kept, double[] largestImplausibility, boolean anyImplausibility) {
    this.scenario = scenario;
    this.parameters = parameters;
    this.observed = observed;
    this.ruledOut = ruledOut;
    this.asGiven = asGiven;
    this.maxMisses = maxMisses;
    this.points = points;
    this.outcomes = outcomes;
    this.misses = misses;
    this.kept = kept;
    int count = 0;
    for (boolean k : kept) {
      count += k ? 1 : 0;
    }
    this.keptCount = count;
    this.largestImplausibility = largestImplausibility;
    this.anyImplausibility = anyImplausibility;
  }

  /**
   * A builder of a history match of a scenario of a model.
   *
   * @param model the model
   * @param scenario the scenario whose runs are held against the observations (its years must cover them)
   */
  public static Builder builder(CityModel model, String scenario) {
    return new Builder(model, scenario);
  }

  /** The scenario run. */
  public String scenario() {
    return scenario;
  }

  /** The parameter paths varied, in the order of a point's values. */
  public ImmutableList<String> parameters() {
    return parameters;
  }

  /** The observed series, in the order given. */
  public ImmutableList<ObservedSeries> observed() {
    return observed;
  }

  /** The scenario's run as given (the model's own parameter values) held against the observations. */
  public HistoryComparison asGiven() {
    return asGiven;
  }

  /** The number of outputs a point may miss and still be kept. */
  public int maxMisses() {
    return maxMisses;
  }

  /** The number of points run. */
  public int size() {
    return points.length;
  }

  /**
   * Point {@code i}'s parameter values, in the parameters' units (a copy).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public double[] point(int i) {
    return points[checkPoint(i)].clone();
  }

  /**
   * Whether point {@code i} is kept.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public boolean isKept(int i) {
    return kept[checkPoint(i)];
  }

  /**
   * The number of outputs point {@code i} misses.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public int misses(int i) {
    return misses[checkPoint(i)];
  }

  /**
   * The largest implausibility at point {@code i} over the outputs of the series judged by implausibility (NaN if a
   * value there is not finite); empty when no series is judged by implausibility.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
   */
  public OptionalDouble largestImplausibility(int i) {
    checkPoint(i);
    return anyImplausibility ? OptionalDouble.of(largestImplausibility[i]) : OptionalDouble.empty();
  }

  /** The number of points kept. */
  public int keptCount() {
    return keptCount;
  }

  /** The share of points kept, in [0, 1]. */
  public double keptFraction() {
    return (double) keptCount / points.length;
  }

  /** The indices of the kept points, increasing. */
  public int[] keptIndices() {
    int[] out = new int[keptCount];
    int c = 0;
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        out[c++] = i;
      }
    }
    return out;
  }

  /** The kept points' parameter values, one row per kept point in design order (a copy; no row if none is kept). */
  public double[][] keptPoints() {
    int[] idx = keptIndices();
    double[][] out = new double[idx.length][];
    for (int c = 0; c < idx.length; c++) {
      out[c] = points[idx[c]].clone();
    }
    return out;
  }

  /** What each series rules out, in the order the series were given. */
  public ImmutableList<RuledOut> ruledOut() {
    return ruledOut;
  }

  /**
   * What one series rules out.
   *
   * @throws IllegalArgumentException if no series observes the indicator, listing those that do
   */
  public RuledOut ruledOut(String indicator) {
    for (RuledOut r : ruledOut) {
      if (r.series().equals(indicator)) {
        return r;
      }
    }
    throw new IllegalArgumentException("history match of scenario '" + scenario + "': no observed series '"
        + indicator + "'; observed: " + observedIds());
  }

  /**
   * The simulated value of an observed indicator in an observed year, at every point, in design order.
   *
   * @throws IllegalArgumentException if that indicator was not observed in that year
   */
  public double[] outcomes(String indicator, int year) {
    int o = 0;
    for (ObservedSeries s : observed) {
      for (int j = 0; j < s.size(); j++, o++) {
        if (s.indicator().equals(indicator) && s.year(j) == year) {
          return outcomes[o].clone();
        }
      }
    }
    throw new IllegalArgumentException("history match of scenario '" + scenario + "': '" + indicator
        + "' was not observed in " + year + "; observed: " + observedIds());
  }

  /**
   * The kept points as they are: a {@link Design.Kind#PARAMETER_VALUES} design, one row per kept point in design
   * order, one column per parameter, for a forward {@link Ensemble} ({@code Ensemble.Builder.design(prior, space)}
   * with the same space, of any scenario of a model with these parameters).
   *
   * @throws IllegalStateException if no point was kept; the message says what to relax
   */
  public Design prior() {
    checkState(keptCount > 0, "%s", noPriorMessage());
    return Designs.table(keptPoints());
  }

  /**
   * The kept points resampled with replacement: {@code n} rows, each a kept point drawn uniformly, from a Commons RNG
   * {@code XO_RO_SHI_RO_128_PP} generator seeded with {@code seed}; the same arguments give the same design.
   *
   * @param n the number of rows, at least 1
   * @param seed the generator's seed
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws IllegalStateException if no point was kept; the message says what to relax
   */
  public Design prior(int n, long seed) {
    checkArgument(n >= 1, "history match of scenario '%s': a resampled prior needs at least 1 point, got %s", scenario,
        n);
    checkState(keptCount > 0, "%s", noPriorMessage());
    int[] idx = keptIndices();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      rows[r] = points[idx[rng.nextInt(idx.length)]];
    }
    return Designs.table(rows);
  }

  private String noPriorMessage() {
    RuledOut most = ruledOut.get(0);
    for (RuledOut r : ruledOut) {
      if (r.alone() > most.alone() || (r.alone() == most.alone() && r.total() > most.total())) {
        most = r;
      }
    }
    return "history match of scenario '" + scenario + "': no point of " + points.length + " was kept, so there is no "
        + "prior; relax the match: widen the tolerance of series '" + most.series() + "' (" + most.criterion()
        + ", ruled out " + most.total() + " points, " + most.alone() + " alone), or of the others ("
        + describeRuledOut() + "), allow misses (maxMisses, now " + maxMisses + "), raise the implausibility cutoff, "
        + "or widen the design";
  }

  private String describeRuledOut() {
    List<String> parts = new ArrayList<>();
    for (RuledOut r : ruledOut) {
      parts.add(r.series() + " " + r.total() + " (alone " + r.alone() + ")");
    }
    return String.join(", ", parts);
  }

  private List<String> observedIds() {
    return observed.stream().map(ObservedSeries::indicator).toList();
  }

  private int checkPoint(int i) {
    if (i < 0 || i >= points.length) {
      throw new IndexOutOfBoundsException("point " + i + " of a history match of " + points.length + " points");
    }
    return i;
  }

  /**
   * Such as {@code HistoryMatch[scenario 'all', 200 points of [macro-shock], 37 kept (18.5 %) with at most 0
   * misses; ruled out by gdp 163 (alone 150), co2 13 (alone 0)]}; with no point kept, it says so and what to relax.
   */
  @Override
  public String toString() {
    String head = "HistoryMatch[scenario '" + scenario + "', " + points.length + " points of " + parameters + ", ";
    if (keptCount == 0) {
      return head + "none kept with at most " + maxMisses + " misses; ruled out by " + describeRuledOut()
          + "; to keep points, widen the tolerances, allow misses or widen the design]";
    }
    return head + keptCount + " kept (" + String.format(java.util.Locale.ROOT, "%.1f", 100 * keptFraction())
        + " %) with at most " + maxMisses + " misses; ruled out by " + describeRuledOut() + "]";
  }

  /** How one series is judged: a tolerance or an implausibility with the cutoff. */
  private record Rule(ObservedSeries series, @Nullable Tolerance tolerance, @Nullable Implausibility implausibility,
      double cutoff) {
    /** Whether the simulated value misses observation {@code j}; {@code implausibility} receives I, or NaN. */
    boolean misses(int j, double simulated, double[] implausibilityOut) {
      double z = series.value(j);
      if (tolerance != null) {
        implausibilityOut[0] = Double.NaN;
        return !tolerance.contains(z, simulated);
      }
      double value = implausibility == null ? Double.NaN : implausibility.value(z, simulated);
      implausibilityOut[0] = value;
      return !(value <= cutoff);
    }

    String describe() {
      return tolerance != null ? tolerance.toString() : implausibility + " <= " + cutoff;
    }
  }

  /**
   * Configures a history match. Mutable, not thread-safe; {@link #run()} checks everything and may be called again.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CityModel model;
    private final String scenario;
    private @Nullable Design design;
    private @Nullable ParameterSpace space;
    private final List<ObservedSeries> series = new ArrayList<>();
    private final Map<String, Tolerance> tolerances = new LinkedHashMap<>();
    private final Map<String, Implausibility> implausibilities = new LinkedHashMap<>();
    private @Nullable Tolerance defaultTolerance;
    private double cutoff = Implausibility.THREE_SIGMA;
    private int maxMisses;
    private IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private int threads;
    private @Nullable ExecutorService executor;

    private Builder(CityModel model, String scenario) {
      this.model = model;
      this.scenario = scenario;
    }

    /**
     * The points to run: a design over the space's uncertain parameters ({@link Design#values}: unit-cube designs go
     * through the distributions, tables of values are taken as they are). The space's parameter names are the
     * parameter paths set, such as {@code sector/s4/growth}.
     */
    public Builder design(Design points, ParameterSpace over) {
      this.design = points;
      this.space = over;
      return this;
    }

    /**
     * The points to run: a Latin hypercube of {@code n} points over the space ({@link Designs#latinHypercube}).
     *
     * @throws IllegalArgumentException naming the match if {@code n < 2} (a Latin hypercube needs two strata) or the
     *     space has no uncertain parameter
     */
    public Builder sample(ParameterSpace over, int n, long seed) {
      checkArgument(n >= 2, "history match of scenario '%s': the sample needs at least 2 points (a Latin hypercube "
          + "of one stratum per point), got %s", scenario, n);
      checkArgument(!over.parameters().isEmpty(), "history match of scenario '%s': the space has no uncertain "
          + "parameter to sample (levers %s are not varied by a history match)", scenario, over.leverNames());
      return design(Designs.latinHypercube(over.parameters().size(), n, seed), over);
    }

    /** Observed series, each of a different indicator, judged by their tolerance or implausibility. */
    public Builder observe(ObservedSeries... more) {
      series.addAll(Arrays.asList(more));
      return this;
    }

    /** Observed series, each of a different indicator, judged by their tolerance or implausibility. */
    public Builder observe(Iterable<ObservedSeries> more) {
      more.forEach(series::add);
      return this;
    }

    /** An observed series and its tolerance. */
    public Builder observe(ObservedSeries more, Tolerance tolerance) {
      series.add(more);
      return tolerance(more.indicator(), tolerance);
    }

    /** The tolerance of the series of this indicator (replacing any given before). */
    public Builder tolerance(String indicator, Tolerance tolerance) {
      tolerances.put(indicator, tolerance);
      return this;
    }

    /**
     * The tolerance of the series of this indicator, from its half-widths (see {@link Tolerance#of}).
     *
     * @throws IllegalArgumentException naming the match and series if a half-width is negative or not finite
     */
    public Builder tolerance(String indicator, double absolute, double relative) {
      return tolerance(indicator, Tolerance.checked(where(indicator), absolute, relative));
    }

    /** The tolerance of every series that has neither its own tolerance nor an implausibility. */
    public Builder defaultTolerance(Tolerance tolerance) {
      this.defaultTolerance = tolerance;
      return this;
    }

    /**
     * The default tolerance from its half-widths (see {@link Tolerance#of}).
     *
     * @throws IllegalArgumentException naming the match if a half-width is negative or not finite
     */
    public Builder defaultTolerance(double absolute, double relative) {
      return defaultTolerance(Tolerance.checked("history match of scenario '" + scenario + "' > default tolerance",
          absolute, relative));
    }

    /** Judges the series of this indicator by implausibility instead of a tolerance (replacing any given before). */
    public Builder implausibility(String indicator, Implausibility measure) {
      implausibilities.put(indicator, measure);
      return this;
    }

    /**
     * Judges the series of this indicator by implausibility (see {@link Implausibility#of}).
     *
     * @throws IllegalArgumentException naming the match and series if a deviation is negative or not finite, or both
     *     are 0
     */
    public Builder implausibility(String indicator, double observationSd, double discrepancySd) {
      return implausibility(indicator, Implausibility.checked(where(indicator), observationSd, discrepancySd));
    }

    /** The largest implausibility an output may have and not miss; {@link Implausibility#THREE_SIGMA} if not given. */
    public Builder cutoff(double largest) {
      this.cutoff = largest;
      return this;
    }

    /** The number of outputs a point may miss and still be kept; 0 if not given. */
    public Builder maxMisses(int k) {
      this.maxMisses = k;
      return this;
    }

    /** Where the observed indicators are found by id; the standard catalogue if not given. */
    public Builder catalogue(IndicatorCatalogue indicators) {
      this.catalogue = indicators;
      return this;
    }

    /** Runs on this many threads of a pool the match owns and shuts down; 1 if neither this nor an executor is given. */
    public Builder threads(int count) {
      this.threads = count;
      return this;
    }

    /** Runs on the caller's executor, which the match does not shut down; conflicts with {@link #threads}. */
    public Builder executor(ExecutorService exec) {
      this.executor = exec;
      return this;
    }

    private String where(String indicator) {
      return "history match of scenario '" + scenario + "' > observed series '" + indicator + "'";
    }

    /**
     * Checks the configuration, runs every point and judges it.
     *
     * @throws IllegalStateException if no design was given
     * @throws IllegalArgumentException naming the match and series: the observations as {@link HistoryComparison}
     *     refuses them (none, an unknown indicator, a unit that is not the indicator's, a year outside the run, two
     *     series of one indicator); a tolerance or implausibility for an indicator no series observes; a series with
     *     both, or with neither and no default tolerance; a cutoff that is not positive and finite; negative
     *     {@code maxMisses}; a space without uncertain parameters, a parameter path the model lacks, or a design of
     *     the wrong width; threads and an executor both given, or fewer than one thread
     * @throws EnsembleException if a run fails (such as a value out of its parameter's range), naming the point
     */
    public HistoryMatch run() {
      checkState(design != null && space != null,
          "history match of scenario '%s' needs a design: call design(design, space) or sample(space, n, seed)",
          scenario);
      Design points = design;
      ParameterSpace over = space;
      String head = "history match of scenario '" + scenario + "'";
      checkArgument(!over.parameters().isEmpty(),
          "%s: the space has no uncertain parameter to vary (levers %s are not varied by a history match)", head,
          over.leverNames());
      checkArgument(points.size() >= 1, "%s: the design is empty", head);
      checkArgument(Double.isFinite(cutoff) && cutoff > 0,
          "%s: the implausibility cutoff %s must be positive and finite (3 by the three-sigma rule)", head, cutoff);
      checkArgument(maxMisses >= 0, "%s: maxMisses %s is negative; 0 keeps only points that miss nothing", head,
          maxMisses);
      checkArgument(!(executor != null && threads != 0),
          "%s: threads(%s) and executor(...) both given; choose one", head, threads);
      checkArgument(executor != null || threads >= 0, "%s: threads must be at least 1, was %s", head, threads);

      Parameterization p = Parameterization.of(model, scenario, over.parameterNames());
      // the observations' checks and messages: unknown indicator, unit, years outside the run, duplicates, none
      HistoryComparison asGiven = HistoryComparison.of(p.baseline().run(), series, catalogue);
      List<String> ids = series.stream().map(ObservedSeries::indicator).toList();
      for (String id : tolerances.keySet()) {
        checkArgument(ids.contains(id), "%s > tolerance of '%s': no observed series of that indicator; observed: %s",
            head, id, ids);
      }
      for (String id : implausibilities.keySet()) {
        checkArgument(ids.contains(id),
            "%s > implausibility of '%s': no observed series of that indicator; observed: %s", head, id, ids);
      }
      List<Rule> rules = new ArrayList<>();
      for (ObservedSeries s : series) {
        String id = s.indicator();
        Tolerance own = tolerances.get(id);
        Implausibility imp = implausibilities.get(id);
        checkArgument(own == null || imp == null,
            "%s > observed series '%s': given both a tolerance (%s) and an implausibility (%s); choose one", head, id,
            own, imp);
        Tolerance tol = imp == null ? (own != null ? own : defaultTolerance) : null;
        checkArgument(tol != null || imp != null,
            "%s > observed series '%s': no tolerance; give it one (tolerance), a default for every series "
                + "(defaultTolerance) or an implausibility", head, id);
        rules.add(new Rule(s, tol, imp, cutoff));
      }

      double[][] values = points.values(over);
      Ensemble.Builder eb = Ensemble.builder(p).design(values);
      for (ObservedSeries s : series) {
        eb.keep(catalogue.get(s.indicator()), s.years());
      }
      if (executor != null) {
        eb.executor(executor);
      } else {
        eb.threads(threads == 0 ? 1 : threads);
      }
      EnsembleResult result = eb.build().run();
      return judge(p, rules, asGiven, values, result);
    }

    private HistoryMatch judge(Parameterization p, List<Rule> rules, HistoryComparison asGiven, double[][] values,
        EnsembleResult result) {
      int n = values.length;
      int outputs = 0;
      for (Rule r : rules) {
        outputs += r.series().size();
      }
      double[][] outcomes = new double[outputs][];
      int[] misses = new int[n];
      int[][] seriesMisses = new int[rules.size()][n];
      double[] largest = new double[n];
      Arrays.fill(largest, Double.NEGATIVE_INFINITY);
      boolean anyImplausibility = false;
      double[] implausibility = new double[1];
      int o = 0;
      for (int r = 0; r < rules.size(); r++) {
        Rule rule = rules.get(r);
        anyImplausibility |= rule.implausibility() != null;
        for (int j = 0; j < rule.series().size(); j++, o++) {
          outcomes[o] = result.outcomes(rule.series().indicator(), rule.series().year(j));
          for (int i = 0; i < n; i++) {
            if (rule.misses(j, outcomes[o][i], implausibility)) {
              misses[i]++;
              seriesMisses[r][i]++;
            }
            double v = implausibility[0];
            if (rule.implausibility() != null && !Double.isNaN(largest[i]) && (Double.isNaN(v) || v > largest[i])) {
              largest[i] = v; // a NaN, once there, stays
            }
          }
        }
      }
      boolean[] kept = new boolean[n];
      for (int i = 0; i < n; i++) {
        kept[i] = misses[i] <= maxMisses;
      }
      ImmutableList.Builder<RuledOut> ruled = ImmutableList.builder();
      for (int r = 0; r < rules.size(); r++) {
        int total = 0;
        int alone = 0;
        for (int i = 0; i < n; i++) {
          if (!kept[i] && seriesMisses[r][i] > 0) {
            total++;
            if (misses[i] - seriesMisses[r][i] <= maxMisses) {
              alone++;
            }
          }
        }
        ruled.add(new RuledOut(rules.get(r).series().indicator(), rules.get(r).describe(), total, alone));
      }
      ImmutableList<String> names = p.parameters().stream().map(Object::toString)
          .collect(ImmutableList.toImmutableList());
      return new HistoryMatch(scenario, names, ImmutableList.copyOf(series), ruled.build(), asGiven, maxMisses, values,
          outcomes, misses, kept, largest, anyImplausibility);
    }
  }
}
