package io.xinlu.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Parameterization;
import io.xinlu.uncertainty.ensemble.Ensemble;
import io.xinlu.uncertainty.ensemble.EnsemblePart;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import io.xinlu.uncertainty.ensemble.LeverGrid;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A study of one or many cities: for each city a {@link CitySource recipe} for its model, a scenario, a lever grid
 * (every combination of the levers' settings, as {@link LeverGrid}) and a design of uncertain parameter values. Each
 * city and combination of lever settings is a <i>cell</i>: one {@link Ensemble} over the city's uncertainty design,
 * with the levers' settings put before each row (the parameter paths are the levers, then the uncertain
 * parameters). Every cell summarises what one {@link EnsembleSetup} asks for.
 *
 * <pre>{@code
 * ParameterSpace space = ParameterSpace.builder()
 *     .lever("strategy/all-projects/intensity", 0.0, 0.5, 1.0)
 *     .parameter("macro-shock", Distribution.uniform(-0.005, 0.005))
 *     .build();
 * Study study = Study.builder()
 *     .city("small", () -> SyntheticCity.model(8, 3, 2035), "all", space, Designs.latinHypercube(1, 512, 7))
 *     .city("large", () -> SyntheticCity.model(40, 20, 2035), "all", space, Designs.latinHypercube(1, 512, 8))
 *     .setup(b -> b.indicators(Indicators.co2()).years(2030, 2035))
 *     .build();
 * StudyResult onSpark = SparkStudy.run(sc, study, 8);   // 2 cities x 3 settings = 6 cells, 3,072 runs
 * StudyResult here = study.runLocally(2);               // the same, bit for bit, with core's Ensemble
 * }</pre>
 *
 * <p>The designs are given in the parameters' own units: {@link Design#values(ParameterSpace)} is applied on the
 * driver when the study is built, so the distributions never travel. {@link Builder#build()} builds every city once
 * and checks its paths, scenario, indicators, years and targets, so that a bad study fails before any job starts.
 *
 * <p>Immutable and thread-safe; serialisable, so that Spark can broadcast it to the executors.
 *
 * @since 0.1.0
 */
public final class Study implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The block size when none is given: core's default, 256 runs. */
  public static final int DEFAULT_BLOCK_SIZE = 256;

  /** One city of a study. */
  private record Item(String id, CitySource source, String scenario, ImmutableList<String> leverNames,
      ImmutableList<String> parameterNames, double[][] leverRows, double[][] samples) implements Serializable {
    private static final long serialVersionUID = 1L;

    ImmutableList<String> paths() {
      return ImmutableList.<String>builder().addAll(leverNames).addAll(parameterNames).build();
    }
  }

  private final String id;
  private final ImmutableList<Item> items;
  private final EnsembleSetup setup;
  private final int blockSize;
  private final int[] cellItem;
  private final int[] cellLevers;

  private Study(Builder b) {
    this.id = UUID.randomUUID().toString();
    this.items = ImmutableList.copyOf(b.items);
    this.setup = b.setup;
    this.blockSize = b.blockSize;
    List<int[]> cells = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (int l = 0; l < items.get(i).leverRows().length; l++) {
        cells.add(new int[] {i, l});
      }
    }
    this.cellItem = cells.stream().mapToInt(c -> c[0]).toArray();
    this.cellLevers = cells.stream().mapToInt(c -> c[1]).toArray();
  }

  /** A builder of a study. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cities' ids, in the order given. */
  public ImmutableList<String> cities() {
    return items.stream().map(Item::id).collect(ImmutableList.toImmutableList());
  }

  /** The number of cells: the sum over cities of their lever combinations. */
  public int cellCount() {
    return cellItem.length;
  }

  /** The number of runs of the whole study. */
  public long runCount() {
    long runs = 0;
    for (int c = 0; c < cellItem.length; c++) {
      runs += items.get(cellItem[c]).samples().length;
    }
    return runs;
  }

  /** The runs per block. */
  public int blockSize() {
    return blockSize;
  }

  /**
   * Runs every cell on this machine with core's {@link Ensemble#run()}, cell after cell, each on a pool of
   * {@code threads} threads: the single-machine reference that a Spark run equals bit for bit.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public StudyResult runLocally(int threads) {
    checkArgument(threads >= 1, "the number of threads must be at least 1, got %s", threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "xinlu-study");
      t.setDaemon(true);
      return t;
    });
    try {
      List<EnsembleResult> results = new ArrayList<>();
      for (int c = 0; c < cellCount(); c++) {
        results.add(builder(c).executor(pool).build().run());
      }
      return result(results);
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------------------------ used by SparkStudy

  /** The ensemble of a cell, built once per JVM while it is in use. */
  Ensemble ensemble(int cell) {
    return WorkerCache.ENSEMBLES.get(List.of(id, cell), () -> builder(cell).build());
  }

  /** The study's results from each cell's ensemble result, in cell order. */
  StudyResult result(List<EnsembleResult> results) {
    ImmutableList.Builder<StudyResult.Cell> cells = ImmutableList.builder();
    for (int c = 0; c < cellCount(); c++) {
      Item item = items.get(cellItem[c]);
      ImmutableList.Builder<Double> settings = ImmutableList.builder();
      for (double v : item.leverRows()[cellLevers[c]]) {
        settings.add(v);
      }
      cells.add(new StudyResult.Cell(item.id(), item.leverNames(), settings.build(), results.get(c)));
    }
    return new StudyResult(cells.build());
  }

  private Ensemble.Builder builder(int cell) {
    Item item = items.get(cellItem[cell]);
    Parameterization p = parameterization(cellItem[cell]);
    double[] settings = item.leverRows()[cellLevers[cell]];
    double[][] design = new double[item.samples().length][];
    for (int i = 0; i < design.length; i++) {
      double[] row = new double[settings.length + item.samples()[i].length];
      System.arraycopy(settings, 0, row, 0, settings.length);
      System.arraycopy(item.samples()[i], 0, row, settings.length, item.samples()[i].length);
      design[i] = row;
    }
    Ensemble.Builder b = setup.apply(Ensemble.builder(p));
    checkState(b != null, "the ensemble setup returned no builder");
    return b.design(design).blockSize(blockSize);
  }

  private Parameterization parameterization(int item) {
    Item it = items.get(item);
    return WorkerCache.MODELS.get(List.of(id, item),
        () -> Parameterization.of(it.source().build(), it.scenario(), it.paths()));
  }

  /** The work of Spark's tasks: the cells' blocks. */
  BlockWork<EnsemblePart> work() {
    return new Work(this);
  }

  private record Work(Study study) implements BlockWork<EnsemblePart> {
    private static final long serialVersionUID = 1L;

    @Override
    public int cellCount() {
      return study.cellCount();
    }

    @Override
    public int blockCount(int cell) {
      int n = study.items.get(study.cellItem[cell]).samples().length;
      return (n + study.blockSize - 1) / study.blockSize;
    }

    @Override
    public EnsemblePart runBlock(int cell, int block) {
      return study.ensemble(cell).runBlock(block);
    }

    @Override
    public EnsemblePart emptyPart(int cell) {
      return study.ensemble(cell).emptyPart();
    }

    @Override
    public void append(EnsemblePart whole, EnsemblePart next) {
      whole.append(next);
    }
  }

  @Override
  public String toString() {
    return "Study{" + items.size() + " cities, " + cellCount() + " cells, " + runCount() + " runs, blocks of "
        + blockSize + "}";
  }

  /**
   * Configures a study. Mutable, not thread-safe; {@link #build()} checks everything and lists every problem.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private EnsembleSetup setup;
    private int blockSize = DEFAULT_BLOCK_SIZE;

    private Builder() {}

    /**
     * Adds a city with a lever grid and an uncertainty design: one cell per combination of the space's levers
     * (first lever slowest), each an ensemble over {@code uncertainty.values(space)}. A space without levers gives
     * one cell.
     *
     * @param id the city's id in the results, unique in the study
     * @param source the recipe for its model
     * @param scenario the scenario to run
     * @param space the levers and uncertain parameters, whose names are parameter paths of the model
     * @param uncertainty a design over the space's uncertain parameters (unit cube or values)
     */
    public Builder city(String id, CitySource source, String scenario, ParameterSpace space, Design uncertainty) {
      double[][] samples;
      try {
        samples = space.parameters().isEmpty() ? new double[uncertainty.size()][0] : uncertainty.values(space);
      } catch (IllegalArgumentException e) {
        problems.add("city '" + id + "': " + e.getMessage());
        return this;
      }
      double[][] levers = space.levers().isEmpty() ? new double[][] {{}} : Designs.fullFactorial(space).values(space);
      return add(new Item(id, source, scenario, ImmutableList.copyOf(space.leverNames()),
          ImmutableList.copyOf(space.parameterNames()), levers, samples));
    }

    /**
     * Adds a city with a plain ensemble: no levers, one cell, one run per row of {@code values}.
     *
     * @param id the city's id in the results, unique in the study
     * @param source the recipe for its model
     * @param scenario the scenario to run
     * @param paths the parameter paths, one per column of {@code values}
     * @param values one row of parameter values per run (copied)
     */
    public Builder city(String id, CitySource source, String scenario, List<String> paths, double[][] values) {
      double[][] copy = new double[values.length][];
      for (int i = 0; i < values.length; i++) {
        copy[i] = values[i].clone();
      }
      return add(new Item(id, source, scenario, ImmutableList.of(), ImmutableList.copyOf(paths),
          new double[][] {{}}, copy));
    }

    private Builder add(Item item) {
      items.add(item);
      return this;
    }

    /** What every cell summarises: indicators, years, targets, quantiles (required). */
    public Builder setup(EnsembleSetup what) {
      this.setup = what;
      return this;
    }

    /**
     * Runs per block: the unit of distributed work and of ordered merging; {@value #DEFAULT_BLOCK_SIZE} when not
     * given. A Spark run equals the single-machine ensemble with the same block size.
     */
    public Builder blockSize(int runs) {
      this.blockSize = runs;
      return this;
    }

    /**
     * Checks the study and builds it: every city is built once here, on the driver, with its parameterisation and
     * the ensemble of its first cell, so that errors surface before a job starts.
     *
     * @throws IllegalArgumentException listing every problem found: no city, a repeated id, no setup, a block size
     *     below 1, an empty design, a row of the wrong length, a city that cannot be built, a path, scenario,
     *     indicator, year or target that does not fit a city
     */
    public Study build() {
      List<String> found = new ArrayList<>(problems);
      if (items.isEmpty() && problems.isEmpty()) {
        found.add("a study needs at least one city");
      }
      if (setup == null) {
        found.add("a study needs a setup: call setup(b -> b.indicators(...))");
      }
      if (blockSize < 1) {
        found.add("the block size must be at least 1, got " + blockSize);
      }
      Set<String> ids = new HashSet<>();
      for (Item item : items) {
        String at = "city '" + item.id() + "'";
        if (!ids.add(item.id())) {
          found.add(at + " appears twice");
        }
        if (item.samples().length == 0) {
          found.add(at + ": the uncertainty design is empty (no run)");
        }
        for (int i = 0; i < item.samples().length; i++) {
          if (item.samples()[i].length != item.parameterNames().size()) {
            found.add(at + ": design row " + i + " has " + item.samples()[i].length + " values for "
                + item.parameterNames().size() + " parameters " + item.parameterNames());
            break;
          }
        }
      }
      if (!found.isEmpty()) {
        throw new IllegalArgumentException(problemList(found));
      }
      Study study = new Study(this);
      int cell = 0;
      for (int i = 0; i < study.items.size(); i++) {
        Item item = study.items.get(i);
        try {
          study.ensemble(cell);
          Parameterization p = study.parameterization(i);
          for (double[] settings : item.leverRows()) { // lever settings a model refuses fail here, not on Spark
            double[] first = new double[settings.length + item.samples()[0].length];
            System.arraycopy(settings, 0, first, 0, settings.length);
            System.arraycopy(item.samples()[0], 0, first, settings.length, item.samples()[0].length);
            p.compile(first);
          }
        } catch (RuntimeException e) {
          found.add("city '" + item.id() + "': " + e.getMessage());
        }
        cell += item.leverRows().length;
      }
      if (!found.isEmpty()) {
        throw new IllegalArgumentException(problemList(found));
      }
      return study;
    }

    private static String problemList(List<String> found) {
      StringBuilder s = new StringBuilder().append(found.size()).append(found.size() == 1 ? " problem" : " problems")
          .append(" in study:");
      for (String p : found) {
        s.append("\n  - ").append(p);
      }
      return s.toString();
    }
  }
}
