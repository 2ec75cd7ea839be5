package io.xinlu.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicator;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sensitivity.SaltelliDesign;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Sobol' indices of an indicator in some years, from a Saltelli design run on Spark: the base rows are cut into
 * blocks, each block runs its {@code k + 2} points per base row on an executor and sums the estimators into
 * {@link SobolSums}, and the sums are merged on the driver in block order, so the indices are the same bits on any
 * number of partitions, and equal core's {@link io.xinlu.uncertainty.sensitivity.SobolAnalysis} on the same design to rounding.
 *
 * <pre>{@code
 * SobolStudy s = SobolStudy.builder(() -> SyntheticCity.model(40, 20, 2050), "all", space,
 *         SaltelliDesign.random(space.parameterNames(), 1024, 7))
 *     .indicator(Indicators::co2).years(2035, 2050).build();
 * SobolStudy.Result r = SparkStudy.run(sc, s, 8);
 * double[] firstOrder = r.firstOrder(2050);   // in the order of space.parameterNames()
 * }</pre>
 *
 * <p>The design's points are mapped through the space's distributions on the driver when the study is built.
 * Immutable and thread-safe; serialisable, so that Spark can broadcast it.
 *
 * @since 0.1.0
 */
public final class SobolStudy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Base rows per block when none is given. */
  public static final int DEFAULT_BLOCK_ROWS = 64;

  private final String id = UUID.randomUUID().toString();
  private final CitySource source;
  private final String scenario;
  private final ImmutableList<String> names;
  private final IndicatorSource indicator;
  private final int[] years;
  private final double[][] points;
  private final int n;
  private final int blockRows;

  private SobolStudy(Builder b, double[][] points) {
    this.source = b.source;
    this.scenario = b.scenario;
    this.names = b.design.names();
    this.indicator = b.indicator;
    this.years = b.years.clone();
    this.points = points;
    this.n = b.design.baseSize();
    this.blockRows = b.blockRows;
  }

  /**
   * A builder for the Sobol study of a scenario over a Saltelli design whose factors are the space's uncertain
   * parameters (paths of the model), in the same order.
   */
  public static Builder builder(CitySource source, String scenario, ParameterSpace space, SaltelliDesign design) {
    return new Builder(source, scenario, space, design);
  }

  /** The factors, in the design's order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The number of model runs: {@code N(k + 2)}. */
  public int runCount() {
    return points.length;
  }

  /** The sums on this machine, block after block: what a Spark run gives on any number of partitions. */
  public Result runLocally() {
    BlockWork<SobolSums> work = work();
    return result(BlockFold.fold(work, BlockFold.pieces(work, 0, BlockFold.unitCount(work))).get(0));
  }

  Result result(SobolSums sums) {
    return new Result(names, years, sums);
  }

  BlockWork<SobolSums> work() {
    return new Work(this);
  }

  private Parameterization parameterization() {
    return WorkerCache.MODELS.get(List.of(id), () -> Parameterization.of(source.build(), scenario, names));
  }

  private record Work(SobolStudy s) implements BlockWork<SobolSums> {
    private static final long serialVersionUID = 1L;

    @Override
    public int cellCount() {
      return 1;
    }

    @Override
    public int blockCount(int cell) {
      return (s.n + s.blockRows - 1) / s.blockRows;
    }

    @Override
    public SobolSums runBlock(int cell, int block) {
      Parameterization p = s.parameterization();
      Indicator ind = s.indicator.get();
      int k = s.names.size();
      SobolSums sums = emptyPart(cell);
      double[] a = new double[s.years.length];
      double[] b = new double[s.years.length];
      double[][] ab = new double[k][s.years.length];
      for (int j = block * s.blockRows; j < Math.min(s.n, (block + 1) * s.blockRows); j++) {
        outputs(p, ind, j, a);
        outputs(p, ind, s.n + j, b);
        for (int i = 0; i < k; i++) {
          outputs(p, ind, (2 + i) * s.n + j, ab[i]);
        }
        sums.add(a, b, ab);
      }
      return sums;
    }

    private void outputs(Parameterization p, Indicator ind, int row, double[] into) {
      Run run;
      try {
        run = p.run(s.points[row]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Sobol study: run " + row + " failed with parameters "
            + p.describe(s.points[row]) + ": " + e.getMessage(), e);
      }
      for (int t = 0; t < s.years.length; t++) {
        into[t] = ind.value(run, s.years[t]);
      }
    }

    @Override
    public SobolSums emptyPart(int cell) {
      return new SobolSums(s.names.size(), s.years.length);
    }

    @Override
    public void append(SobolSums whole, SobolSums next) {
      whole.merge(next);
    }
  }

  /**
   * The indices of every year.
   *
   * <p>Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Result {
    private final ImmutableList<String> names;
    private final int[] years;
    private final double[][] first;
    private final double[][] total;
    private final double[] mean;
    private final double[] variance;
    private final long baseRows;

    Result(ImmutableList<String> names, int[] years, SobolSums sums) {
      this.names = names;
      this.years = years.clone();
      this.first = new double[years.length][];
      this.total = new double[years.length][];
      this.mean = new double[years.length];
      this.variance = new double[years.length];
      for (int t = 0; t < years.length; t++) {
        first[t] = sums.firstOrder(t);
        total[t] = sums.total(t);
        mean[t] = sums.mean(t);
        variance[t] = sums.variance(t);
      }
      this.baseRows = sums.baseRows();
    }

    /** The factors, in order. */
    public ImmutableList<String> names() {
      return names;
    }

    /** The base sample size {@code N}. */
    public long baseRows() {
      return baseRows;
    }

    /** The first-order indices in a year, in factor order. */
    public double[] firstOrder(int year) {
      return first[index(year)].clone();
    }

    /** The total indices in a year, in factor order. */
    public double[] total(int year) {
      return total[index(year)].clone();
    }

    /** The mean of the outputs at A and B in a year. */
    public double mean(int year) {
      return mean[index(year)];
    }

    /** The variance of the outputs at A and B in a year (divided by 2N). */
    public double variance(int year) {
      return variance[index(year)];
    }

    private int index(int year) {
      for (int t = 0; t < years.length; t++) {
        if (years[t] == year) {
          return t;
        }
      }
      throw new IllegalArgumentException("year " + year + " was not analysed; years: " + Arrays.toString(years));
    }
  }

  /**
   * Configures a Sobol study. Mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CitySource source;
    private final String scenario;
    private final ParameterSpace space;
    private final SaltelliDesign design;
    private IndicatorSource indicator;
    private int[] years = new int[0];
    private int blockRows = DEFAULT_BLOCK_ROWS;

    private Builder(CitySource source, String scenario, ParameterSpace space, SaltelliDesign design) {
      this.source = source;
      this.scenario = scenario;
      this.space = space;
      this.design = design;
    }

    /** The indicator whose indices to estimate (required), such as {@code Indicators::co2}. */
    public Builder indicator(IndicatorSource which) {
      this.indicator = which;
      return this;
    }

    /** The years (required, at least one). */
    public Builder years(int... chosen) {
      this.years = chosen.clone();
      return this;
    }

    /** Base rows per block, each block {@code k + 2} runs per base row; {@value #DEFAULT_BLOCK_ROWS} when not given. */
    public Builder blockRows(int rows) {
      this.blockRows = rows;
      return this;
    }

    /**
     * Checks the study (building the city once, on the driver) and builds it.
     *
     * @throws IllegalArgumentException if the design's factors are not the space's parameters, no indicator or year
     *     is given, the block has fewer than 1 row, or the city, scenario, paths, indicator or years do not fit
     */
    public SobolStudy build() {
      checkArgument(design.names().equals(space.parameterNames()),
          "the Saltelli design's factors %s are not the space's parameters %s", design.names(),
          space.parameterNames());
      checkArgument(indicator != null, "a Sobol study needs an indicator: call indicator(Indicators::co2)");
      checkArgument(years.length >= 1, "a Sobol study needs at least one year: call years(...)");
      checkArgument(blockRows >= 1, "the block must have at least 1 base row, got %s", blockRows);
      double[][] points = design.points();
      for (double[] row : points) {
        for (int j = 0; j < row.length; j++) {
          row[j] = space.parameters().get(j).distribution().inverseCdf(row[j]);
        }
      }
      SobolStudy s = new SobolStudy(this, points);
      Run reference = s.parameterization().baseline().run();
      indicator.get().checkAvailable(reference);
      for (int y : years) {
        checkArgument(y >= reference.baseYear() && y <= reference.endYear(), "year %s is outside scenario '%s' "
            + "(%s..%s)", y, scenario, reference.baseYear(), reference.endYear());
      }
      return s;
    }
  }
}
