package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.check.StructuralDifference.Side;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.Sector;
import io.xinlu.engine.Engine;
import io.xinlu.engine.ParameterPath;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.scenario.CityModel;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * A comparison of two versions of a model (two sets of files, or a model before and after a change): both versions
 * are run in the scenarios they share, at the same design points, and every indicator of the catalogue (or a chosen
 * list) is compared in every year both runs have. An output moved when it changed beyond a {@link ChangeTolerance}; the
 * result lists each moved output, largest first, with a summary per indicator and what one version has and the other
 * lacks. Regression testing for models: a change that should move nothing shows that it moved nothing, and a change
 * of one coefficient shows what it reaches.
 *
 * <pre>{@code
 * CityModel revised = model;   // the model after a change, e.g. read from the new version of its files
 * VersionDiff diff = VersionComparison.builder(model, revised)
 *     .tolerance(ChangeTolerance.of(1e-6, 1e-9))
 *     .design(space, Designs.latinHypercube(space.parameters().size(), 20, 42))   // optional
 *     .build()
 *     .run();
 * diff.isEmpty();          // nothing moved and nothing is in one version only
 * diff.moves();            // each moved output (scenario, point, indicator, year, old, new), largest first
 * diff.summaries();        // per indicator: how many outputs moved, where, and the largest move
 * diff.structure();        // scenarios, indicators and years in one version only
 * }</pre>
 *
 * <p><b>Design points.</b> Point 0 is the models as given. A design ({@link Builder#design}) adds one point per row:
 * its columns are the {@link ParameterSpace}'s uncertain parameters, whose names are {@link ParameterPath}s, and each
 * row's values are set in both versions exactly as an ensemble sets them ({@link Parameterization#run}), in every
 * scenario compared. A path that either version lacks (an unknown sector, project or strategy) is the caller's
 * mistake, refused by {@link Builder#build} naming the path and the version.
 *
 * <p><b>What is compared.</b> The scenarios both versions define (or those chosen, each of which both must define);
 * the indicators both versions' runs can give (decided on the runs as given of the first scenario compared); in each
 * scenario, the years both runs cover. A scenario, an indicator or years that one version has alone are listed as
 * {@link StructuralDifference}s. Without a chosen list, the indicators are the catalogue's fixed ones and its families
 * over both profiles: each sector's value added, share and employment; each group's employment; each tag's share,
 * energy, CO2 and employment; each resource sector's stock and reserve life.
 *
 * <p><b>Purity and threads.</b> The comparison runs on the calling thread, or on a caller's {@link Executor} one task
 * per scenario and design point; the result is the same either way, bit for bit: the tasks' results are gathered in
 * scenario and point order and sorted stably. It holds one scenario's runs per task at a time, and the moves found.
 * A comparison is immutable and thread-safe, and may be {@link #run()} several times.
 *
 * @since 0.1.0
 */
public final class VersionComparison {
  private final CityModel oldModel;
  private final CityModel newModel;
  private final ImmutableList<String> scenarios;
  private final ImmutableList<StructuralDifference> scenarioDifferences;
  private final ImmutableList<StructuralDifference> yearDifferences;
  private final @Nullable ImmutableList<Indicator> chosen;
  private final ChangeTolerance tolerance;
  private final ImmutableList<String> paths;
  private final ImmutableList<DesignPoint> points;
  private final double[][] rows;
  private final @Nullable Executor executor;

  private VersionComparison(Builder b, ImmutableList<String> scenarios,
      ImmutableList<StructuralDifference> scenarioDifferences, ImmutableList<StructuralDifference> yearDifferences,
      ImmutableList<String> paths, double[][] rows) {
    this.oldModel = b.oldModel;
    this.newModel = b.newModel;
    this.scenarios = scenarios;
    this.scenarioDifferences = scenarioDifferences;
    this.yearDifferences = yearDifferences;
    this.chosen = b.indicators;
    this.tolerance = b.tolerance;
    this.paths = paths;
    this.rows = rows;
    this.executor = b.executor;
    ImmutableList.Builder<DesignPoint> p = ImmutableList.builder();
    p.add(new DesignPoint(0, ImmutableMap.of()));
    for (int i = 0; i < rows.length; i++) {
      ImmutableMap.Builder<String, Double> values = ImmutableMap.builder();
      for (int j = 0; j < paths.size(); j++) {
        values.put(paths.get(j), rows[i][j]);
      }
      p.add(new DesignPoint(i + 1, values.buildOrThrow()));
    }
    this.points = p.build();
  }

  /**
   * A builder of the comparison of an old and a new version of a model.
   *
   * @throws NullPointerException if a model is null
   */
  public static Builder builder(CityModel oldModel, CityModel newModel) {
    return new Builder(checkNotNull(oldModel, "the old model is null"), checkNotNull(newModel, "the new model is null"));
  }

  /**
   * Compares two versions as given, with {@link ChangeTolerance#DEFAULT}, every shared scenario and every indicator: the
   * same as {@code builder(oldModel, newModel).build().run()}.
   *
   * @throws IllegalArgumentException as {@link #run()}
   */
  public static VersionDiff compare(CityModel oldModel, CityModel newModel) {
    return builder(oldModel, newModel).build().run();
  }

  /** The scenarios compared, in the old version's order. */
  public ImmutableList<String> scenarios() {
    return scenarios;
  }

  /** The design points, point 0 (the models as given) first. */
  public ImmutableList<DesignPoint> points() {
    return points;
  }

  /** The tolerance. */
  public ChangeTolerance tolerance() {
    return tolerance;
  }

  /**
   * Runs both versions in every scenario compared at every design point and compares the outputs.
   *
   * @return the moves, the summaries and the structural differences; empty exactly when the versions agree
   * @throws IllegalArgumentException if a run fails (a design value the model refuses, a result that is not finite):
   *     the message names the version, the scenario and the point with its values, and the cause's message; or if a
   *     chosen indicator can be computed in neither version
   * @throws CancellationException if the calling thread is interrupted while waiting for the executor's tasks
   */
  public VersionDiff run() {
    if (scenarios.isEmpty()) {
      return new VersionDiff(tolerance, scenarios, ImmutableList.of(), points, 0, ImmutableList.of(),
          ImmutableList.of(), ImmutableList.<StructuralDifference>builder().addAll(scenarioDifferences)
              .addAll(yearDifferences).build());
    }
    List<Parameterization> oldP = new ArrayList<>();
    List<Parameterization> newP = new ArrayList<>();
    if (!paths.isEmpty()) {
      for (String s : scenarios) {
        oldP.add(Parameterization.of(oldModel, s, paths));
        newP.add(Parameterization.of(newModel, s, paths));
      }
    }
    // which indicators both versions give, decided on the runs as given of the first scenario
    Run probeOld = run(Side.OLD_ONLY, oldModel, null, 0, 0);
    Run probeNew = run(Side.NEW_ONLY, newModel, null, 0, 0);
    List<Indicator> candidates = chosen != null ? chosen : catalogue(oldModel.profile(), newModel.profile());
    List<Indicator> compared = new ArrayList<>();
    List<StructuralDifference> indicatorDifferences = new ArrayList<>();
    for (Indicator i : candidates) {
      Optional<String> notOld = unavailable(i, probeOld);
      Optional<String> notNew = unavailable(i, probeNew);
      if (notOld.isEmpty() && notNew.isEmpty()) {
        compared.add(i);
      } else if (notOld.isEmpty()) {
        indicatorDifferences.add(StructuralDifference.indicator(i.id(), Side.OLD_ONLY, notNew.get()));
      } else if (notNew.isEmpty()) {
        indicatorDifferences.add(StructuralDifference.indicator(i.id(), Side.NEW_ONLY, notOld.get()));
      } else if (chosen != null) {
        throw new IllegalArgumentException("indicator '" + i.id() + "' cannot be computed in either version (old: "
            + notOld.get() + "; new: " + notNew.get() + ")");
      }
    }
    ImmutableList<Indicator> indicators = ImmutableList.copyOf(compared);
    List<Callable<Cell>> tasks = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      for (int i = 0; i < points.size(); i++) {
        int scenario = s;
        int point = i;
        tasks.add(() -> cell(indicators, scenario, point, paths.isEmpty() ? null : oldP.get(scenario),
            paths.isEmpty() ? null : newP.get(scenario)));
      }
    }
    List<Cell> cells = executor == null ? inline(tasks) : onExecutor(executor, tasks);
    List<OutputMove> moves = new ArrayList<>();
    long count = 0;
    for (Cell c : cells) {
      moves.addAll(c.moves());
      count += c.compared();
    }
    moves.sort(OutputMove.LARGEST_FIRST); // stable: ties keep the order scenario, point, indicator, year
    return new VersionDiff(tolerance, scenarios, indicators.stream().map(Indicator::id)
        .collect(ImmutableList.toImmutableList()), points, count, ImmutableList.copyOf(moves), summaries(moves),
        ImmutableList.<StructuralDifference>builder().addAll(scenarioDifferences).addAll(indicatorDifferences)
            .addAll(yearDifferences).build());
  }

  /** The moves of one scenario at one design point, and the number of outputs compared. */
  private record Cell(List<OutputMove> moves, long compared) {}

  private Cell cell(List<Indicator> indicators, int scenario, int point, @Nullable Parameterization oldP,
      @Nullable Parameterization newP) {
    Run a = run(Side.OLD_ONLY, oldModel, oldP, scenario, point);
    Run b = run(Side.NEW_ONLY, newModel, newP, scenario, point);
    int from = Math.max(a.baseYear(), b.baseYear());
    int to = Math.min(a.endYear(), b.endYear());
    List<OutputMove> moves = new ArrayList<>();
    long compared = 0;
    if (from > to) {
      return new Cell(moves, 0);
    }
    String name = scenarios.get(scenario);
    for (Indicator i : indicators) {
      double[] x = series(i, a, Side.OLD_ONLY, point);
      double[] y = series(i, b, Side.NEW_ONLY, point);
      for (int year = from; year <= to; year++) {
        double u = x[year - a.baseYear()];
        double v = y[year - b.baseYear()];
        compared++;
        if (tolerance.moved(u, v)) {
          moves.add(new OutputMove(name, point, i.id(), i.unit(), year, u, v));
        }
      }
    }
    return new Cell(moves, compared);
  }

  private double[] series(Indicator i, Run run, Side side, int point) {
    try {
      return i.series(run);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("indicator '" + i.id() + "' cannot be computed in the " + side.word()
          + " version, scenario '" + run.scenarioName() + "', " + points.get(point) + ": " + e.getMessage(), e);
    }
  }

  /** A run of one version in a scenario at a point, a failure named by version, scenario and point. */
  private Run run(Side side, CityModel model, @Nullable Parameterization p, int scenario, int point) {
    String name = scenarios.get(scenario);
    try {
      return point == 0 || p == null ? Engine.run(model, name) : p.run(rows[point - 1].clone());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + side.word() + " version, scenario '" + name + "', "
          + points.get(point) + ": " + e.getMessage(), e);
    }
  }

  /** Why a run cannot give an indicator, or empty if it can: its own reason, or what computing it throws. */
  private static Optional<String> unavailable(Indicator i, Run run) {
    Optional<String> why = i.unavailableReason(run);
    if (why.isPresent()) {
      return why;
    }
    try {
      i.value(run, run.baseYear());
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  private static List<Cell> inline(List<Callable<Cell>> tasks) {
    List<Cell> out = new ArrayList<>();
    for (Callable<Cell> t : tasks) {
      try {
        out.add(t.call());
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e); // the tasks throw unchecked exceptions only
      }
    }
    return out;
  }

  private static List<Cell> onExecutor(Executor executor, List<Callable<Cell>> tasks) {
    List<FutureTask<Cell>> futures = new ArrayList<>();
    for (Callable<Cell> t : tasks) {
      FutureTask<Cell> f = new FutureTask<>(t);
      futures.add(f);
      executor.execute(f);
    }
    List<Cell> out = new ArrayList<>();
    try {
      for (FutureTask<Cell> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new CancellationException("version comparison interrupted after " + out.size() + " of " + tasks.size()
          + " tasks");
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    return out;
  }

  /** One summary per indicator that moved, in the order of their largest moves; {@code moves} already sorted. */
  private static ImmutableList<IndicatorMoves> summaries(List<OutputMove> moves) {
    Map<String, List<OutputMove>> byIndicator = new LinkedHashMap<>();
    for (OutputMove m : moves) {
      byIndicator.computeIfAbsent(m.indicator(), k -> new ArrayList<>()).add(m);
    }
    ImmutableList.Builder<IndicatorMoves> out = ImmutableList.builder();
    for (List<OutputMove> ms : byIndicator.values()) {
      Set<String> scenarios = new HashSet<>();
      Set<Integer> points = new HashSet<>();
      Set<Integer> years = new HashSet<>();
      for (OutputMove m : ms) {
        scenarios.add(m.scenario());
        points.add(m.point());
        years.add(m.year());
      }
      OutputMove largest = ms.get(0);
      out.add(new IndicatorMoves(largest.indicator(), largest.unit(), ms.size(), scenarios.size(), points.size(),
          years.size(), largest));
    }
    return out.build();
  }

  /**
   * The indicators compared when none are chosen: the catalogue's fixed indicators, then its families over the
   * sectors, groups, tags and resource sectors of both profiles (the old one's first).
   */
  static ImmutableList<Indicator> catalogue(CityProfile a, CityProfile b) {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    Set<String> ids = new LinkedHashSet<>(c.ids());
    for (String g : List.of("primary", "secondary", "tertiary")) {
      ids.add("employment:group:" + g);
    }
    Set<String> sectors = new LinkedHashSet<>(a.sectorIds());
    sectors.addAll(b.sectorIds());
    for (String s : sectors) {
      ids.add("va:sector:" + s);
      ids.add("share:sector:" + s);
      ids.add("employment:sector:" + s);
    }
    Set<String> tags = new LinkedHashSet<>(a.tags());
    tags.addAll(b.tags());
    for (String t : tags) {
      ids.add("share:tag:" + t);
      ids.add("energy:tag:" + t);
      ids.add("co2:tag:" + t);
      ids.add("employment:tag:" + t);
    }
    Set<String> resources = new LinkedHashSet<>();
    for (CityProfile p : List.of(a, b)) {
      for (Sector s : p.sectors()) {
        if (s.resource().isPresent()) {
          resources.add(s.id());
        }
      }
    }
    for (String s : resources) {
      ids.add("stock:" + s);
      ids.add("reserve-life:" + s);
    }
    ImmutableList.Builder<Indicator> out = ImmutableList.builder();
    for (String id : ids) {
      c.find(id).ifPresent(out::add);
    }
    return out.build();
  }

  @Override
  public String toString() {
    return "VersionComparison{scenarios=" + scenarios + ", points=" + points.size() + ", tolerance=" + tolerance + "}";
  }

  /**
   * Builds a {@link VersionComparison}. Mutable, not thread-safe; {@link #build()} checks everything and may be
   * called again after changes.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CityModel oldModel;
    private final CityModel newModel;
    private ChangeTolerance tolerance = ChangeTolerance.DEFAULT;
    private @Nullable ImmutableList<Indicator> indicators;
    private @Nullable ImmutableList<String> scenarios;
    private @Nullable ParameterSpace space;
    private @Nullable Design design;
    private @Nullable Executor executor;

    private Builder(CityModel oldModel, CityModel newModel) {
      this.oldModel = oldModel;
      this.newModel = newModel;
    }

    /** The tolerance (default {@link ChangeTolerance#DEFAULT}). */
    public Builder tolerance(ChangeTolerance tolerance) {
      this.tolerance = checkNotNull(tolerance, "the tolerance is null");
      return this;
    }

    /**
     * The indicators to compare, instead of every indicator of the catalogue; {@link #build()} refuses an empty list
     * and an id given twice.
     */
    public Builder indicators(Iterable<? extends Indicator> indicators) {
      this.indicators = ImmutableList.copyOf(checkNotNull(indicators, "the indicators are null"));
      return this;
    }

    /** The indicators to compare; see {@link #indicators(Iterable)}. */
    public Builder indicators(Indicator... indicators) {
      return indicators(Arrays.asList(indicators));
    }

    /**
     * The scenarios to compare, instead of every scenario both versions define; {@link #build()} refuses an empty
     * list, a name given twice and a scenario that either version lacks.
     */
    public Builder scenarios(Iterable<String> scenarios) {
      this.scenarios = ImmutableList.copyOf(checkNotNull(scenarios, "the scenarios are null"));
      return this;
    }

    /**
     * The design points beside point 0 (the models as given): one per row of the design, its columns the space's
     * uncertain parameters, each named by a {@link ParameterPath} that both versions must have.
     *
     * @param space the uncertain parameters; the design's values are {@link Design#values(ParameterSpace)}
     * @param design a design of kind {@link Design.Kind#UNIT_CUBE} or {@link Design.Kind#PARAMETER_VALUES}
     */
    public Builder design(ParameterSpace space, Design design) {
      this.space = checkNotNull(space, "the parameter space is null");
      this.design = checkNotNull(design, "the design is null");
      return this;
    }

    /** Runs the comparison's tasks (one per scenario and design point) on this executor, not the calling thread. */
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "the executor is null");
      return this;
    }

    /**
     * Checks the settings and builds the comparison.
     *
     * @throws IllegalArgumentException if the chosen indicators are empty or repeat an id, the chosen scenarios are
     *     empty, repeat a name or name a scenario that a version lacks; if the design is of levers, a parameter name
     *     is not a {@link ParameterPath} or the design does not fit the space; or if either version lacks a design
     *     path (an unknown sector, project, effect or strategy): the message names the path and the version
     */
    public VersionComparison build() {
      if (indicators != null) {
        checkArgument(!indicators.isEmpty(), "indicators: the list is empty; leave it out to compare every indicator "
            + "of the catalogue");
        Set<String> seen = new HashSet<>();
        for (Indicator i : indicators) {
          checkArgument(seen.add(checkNotNull(i, "an indicator is null").id()), "indicators: '%s' is given twice",
              i.id());
        }
      }
      List<String> oldNames = oldModel.scenarioNames();
      List<String> newNames = newModel.scenarioNames();
      ImmutableList<String> compared;
      List<StructuralDifference> scenarioDifferences = new ArrayList<>();
      if (scenarios != null) {
        checkArgument(!scenarios.isEmpty(), "scenarios: the list is empty; leave it out to compare every scenario "
            + "both versions define");
        checkArgument(new HashSet<>(scenarios).size() == scenarios.size(), "scenarios: a name is given twice in %s",
            scenarios);
        for (String s : scenarios) {
          checkArgument(oldNames.contains(s), "scenario '%s': the old version lacks it; its scenarios: %s", s,
              oldNames);
          checkArgument(newNames.contains(s), "scenario '%s': the new version lacks it; its scenarios: %s", s,
              newNames);
        }
        compared = scenarios;
      } else {
        compared = oldNames.stream().filter(newNames::contains).collect(ImmutableList.toImmutableList());
        oldNames.stream().filter(s -> !newNames.contains(s))
            .forEach(s -> scenarioDifferences.add(StructuralDifference.scenario(s, Side.OLD_ONLY)));
        newNames.stream().filter(s -> !oldNames.contains(s))
            .forEach(s -> scenarioDifferences.add(StructuralDifference.scenario(s, Side.NEW_ONLY)));
      }
      List<StructuralDifference> yearDifferences = new ArrayList<>();
      for (String s : compared) {
        years(s, yearDifferences);
      }
      ImmutableList<String> paths = ImmutableList.of();
      double[][] rows = new double[0][];
      if (design != null && space != null) {
        Design d = design;
        checkArgument(d.kind() != Design.Kind.LEVER_VALUES, "design %s is of lever settings: a version comparison "
            + "takes a design of uncertain parameters (unit cube or parameter values)", d.method());
        paths = space.parameterNames();
        for (String p : paths) {
          ParameterPath.parse(p); // the message lists the forms
        }
        rows = d.values(space);
        checkPaths(oldModel, Side.OLD_ONLY, paths);
        checkPaths(newModel, Side.NEW_ONLY, paths);
      }
      return new VersionComparison(this, compared, ImmutableList.copyOf(scenarioDifferences),
          ImmutableList.copyOf(yearDifferences), paths, rows);
    }

    /** The years of a scenario that one version runs and the other does not. */
    private void years(String s, List<StructuralDifference> out) {
      int ob = oldModel.profile().baseYear();
      int oe = oldModel.resolve(s).endYear();
      int nb = newModel.profile().baseYear();
      int ne = newModel.resolve(s).endYear();
      if (ob < nb) {
        out.add(StructuralDifference.years(s, ob, Math.min(nb - 1, oe), Side.OLD_ONLY));
      } else if (nb < ob) {
        out.add(StructuralDifference.years(s, nb, Math.min(ob - 1, ne), Side.NEW_ONLY));
      }
      if (oe > ne) {
        out.add(StructuralDifference.years(s, Math.max(ne + 1, ob), oe, Side.OLD_ONLY));
      } else if (ne > oe) {
        out.add(StructuralDifference.years(s, Math.max(oe + 1, nb), ne, Side.NEW_ONLY));
      }
    }

    /** Refuses the first design path a version lacks, by name; a version without scenarios has nothing to run. */
    private static void checkPaths(CityModel model, Side side, List<String> paths) {
      if (model.scenarioNames().isEmpty()) {
        return;
      }
      String scenario = model.scenarioNames().get(0);
      try {
        Parameterization.of(model, scenario, paths);
      } catch (IllegalArgumentException all) {
        for (String p : paths) {
          try {
            Parameterization.of(model, scenario, List.of(p));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("design path '" + p + "': the " + side.word() + " version lacks it: "
                + e.getMessage(), e);
          }
        }
        throw new IllegalArgumentException("the design paths do not apply to the " + side.word() + " version: "
            + all.getMessage(), all);
      }
    }
  }
}
