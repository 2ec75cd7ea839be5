package io.xinlu.analysis.mcda;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How the ranking of a {@link DecisionMatrix} changes when its {@link Weights} change: which alternatives keep their
 * rank, and which swap places.
 *
 * <p>Two perturbations, either or both:
 * <ul>
 *   <li><b>One at a time</b> ({@link Builder#oneAtATime}): for each criterion {@code j} and each change
 *       {@code delta} in {@code ±x} (for each fraction {@code x} given), the weight becomes
 *       {@code w'_j = min(1, w_j (1 + delta))} and the other weights are rescaled in proportion so that all sum
 *       to 1: {@code w'_k = w_k (1 - w'_j) / (1 - w_j)} (shared equally if the others were all 0). A zero weight
 *       stays 0.</li>
 *   <li><b>Random</b> ({@link Builder#dirichlet}): weight vectors drawn from a Dirichlet distribution centred on
 *       the weights, with parameters {@code alpha_j = kappa w_j} for a concentration {@code kappa}: their mean is
 *       {@code w} and {@code Var w'_j = w_j (1 - w_j) / (kappa + 1)}, so a larger {@code kappa} means smaller
 *       perturbations. A zero weight stays 0. Draws come from a {@link SplittableRandom} with the given seed, so
 *       the same seed gives the same result.</li>
 * </ul>
 *
 * <pre>{@code
 * WeightSensitivity s = WeightSensitivity.builder()
 *     .matrix(matrix).weights(Weights.entropy(matrix)).aggregation(Aggregation.topsis())
 *     .oneAtATime(0.1, 0.2)                 // ±10 % and ±20 % on each weight
 *     .dirichlet(1000, 100.0, 20261128L)    // 1000 draws, concentration 100, seed
 *     .build();
 * for (WeightSensitivity.Case c : s.cases()) {
 *   out.println(c.criterion() + " " + c.change() + " " + c.ranking().best() + " " + c.changed());
 * }
 * WeightSensitivity.Stability st = s.dirichletStability().get(0);   // st.shareAtBaseRank(), st.shareFirst()
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder is mutable.
 *
 * @since 0.1.0
 */
public final class WeightSensitivity {
  /**
   * One one-at-a-time case: a criterion's weight changed by a fraction, the others rescaled.
   *
   * <p>Immutable and thread-safe.
   *
   * @param criterion the criterion whose weight was changed
   * @param change the relative change asked for, such as {@code 0.1} or {@code -0.1}
   * @param weights the weights used, summing to 1
   * @param ranking the ranking under them
   * @param rankShifts each alternative's rank under them minus its base rank (negative = moved up)
   * @since 0.1.0
   */
  public record Case(String criterion, double change, ImmutableList<Double> weights, Ranking ranking,
      ImmutableList<Integer> rankShifts) {
    /** Whether any alternative's rank differs from the base ranking. */
    public boolean changed() {
      return rankShifts.stream().anyMatch(s -> s != 0);
    }

    /** Such as {@code co2 +10%}. */
    public String label() {
      return criterion + String.format(Locale.ROOT, " %+.0f%%", 100 * change);
    }
  }

  /**
   * How stable an alternative's rank is over a set of perturbed weightings.
   *
   * <p>Immutable and thread-safe.
   *
   * @param alternative the alternative
   * @param baseRank its rank under the unperturbed weights
   * @param minRank its best rank over the perturbations
   * @param maxRank its worst rank over the perturbations
   * @param meanRank its mean rank over the perturbations
   * @param shareAtBaseRank the fraction of perturbations in which it keeps its base rank
   * @param shareFirst the fraction of perturbations in which it ranks first
   * @param evaluations the number of perturbations
   * @since 0.1.0
   */
  public record Stability(String alternative, int baseRank, int minRank, int maxRank, double meanRank,
      double shareAtBaseRank, double shareFirst, int evaluations) {}

  private final DecisionMatrix matrix;
  private final Weights weights;
  private final Aggregation aggregation;
  private final Ranking base;
  private final ImmutableList<Double> fractions;
  private final ImmutableList<Case> cases;
  private final ImmutableList<Stability> oneAtATimeStability;
  private final int draws;
  private final double concentration;
  private final long seed;
  private final int[][] rankCounts; // [alternative][rank - 1] over the Dirichlet draws
  private final ImmutableList<Stability> dirichletStability;

  private WeightSensitivity(Builder b, DecisionMatrix matrix, Weights weights, Aggregation aggregation) {
    this.matrix = matrix;
    this.weights = weights;
    this.aggregation = aggregation;
    this.base = aggregation.rank(matrix, weights);
    int m = matrix.alternativeCount();
    this.fractions = ImmutableList.copyOf(b.fractions);
    ImmutableList.Builder<Case> cs = ImmutableList.builder();
    int[][] oatCounts = new int[m][m];
    for (int j = 0; j < matrix.criterionCount(); j++) {
      for (double x : fractions) {
        for (double delta : new double[] {-x, x}) {
          double[] w = oneAtATime(weights.raw(), j, delta);
          Ranking r = rank(w, matrix.criteria().get(j) + String.format(Locale.ROOT, " %+.0f%%", 100 * delta));
          ImmutableList.Builder<Integer> shifts = ImmutableList.builder();
          for (int i = 0; i < m; i++) {
            shifts.add(r.rank(i) - base.rank(i));
            oatCounts[i][r.rank(i) - 1]++;
          }
          cs.add(new Case(matrix.criteria().get(j), delta, ImmutableList.copyOf(Doubles.asList(w)), r,
              shifts.build()));
        }
      }
    }
    this.cases = cs.build();
    this.oneAtATimeStability = fractions.isEmpty() ? ImmutableList.of() : stability(oatCounts);
    this.draws = b.draws;
    this.concentration = b.concentration;
    this.seed = b.seed;
    this.rankCounts = new int[m][m];
    if (draws > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int d = 0; d < draws; d++) {
        double[] w = dirichlet(weights.raw(), concentration, random);
        Ranking r = rank(w, "Dirichlet draw " + d);
        for (int i = 0; i < m; i++) {
          rankCounts[i][r.rank(i) - 1]++;
        }
      }
    }
    this.dirichletStability = draws > 0 ? stability(rankCounts) : ImmutableList.of();
  }

  private Ranking rank(double[] w, String what) {
    Weights perturbed = Weights.perturbed(w, weights.criteria(), weights.method() + ", perturbed");
    try {
      return aggregation.rank(matrix, perturbed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(aggregation + " fails under perturbed weights (" + what + ", "
          + perturbed + "): " + e.getMessage(), e);
    }
  }

  /** The weights after changing weight {@code j} by the fraction {@code delta} and rescaling the others. */
  static double[] oneAtATime(double[] w, int j, double delta) {
    int n = w.length;
    if (n == 1) {
      return new double[] {1.0}; // a lone weight is always 1
    }
    double target = Math.min(1.0, w[j] * (1 + delta));
    double rest = 1.0 - w[j];
    double newRest = 1.0 - target;
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      out[k] = k == j ? target : rest > 0 ? w[k] * newRest / rest : newRest / (n - 1);
    }
    return out;
  }

  /** A Dirichlet draw with parameters {@code kappa w}, computed in logs so that tiny parameters do not underflow. */
  static double[] dirichlet(double[] w, double kappa, SplittableRandom random) {
    int n = w.length;
    double[] logG = new double[n];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      if (w[k] > 0) {
        logG[k] = logGamma(kappa * w[k], random);
        max = Math.max(max, logG[k]);
      }
    }
    double sum = 0;
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      if (w[k] > 0) {
        out[k] = Math.exp(logG[k] - max);
        sum += out[k];
      }
    }
    for (int k = 0; k < n; k++) {
      out[k] /= sum;
    }
    return out;
  }

  /**
   * The logarithm of a Gamma(alpha, 1) variate: Marsaglia and Tsang (2000), "A simple method for generating gamma
   * variables", ACM Transactions on Mathematical Software 26(3), 363-372; for {@code alpha < 1} their boost
   * {@code G(alpha) = G(alpha + 1) U^(1 / alpha)}.
   */
  static double logGamma(double alpha, SplittableRandom random) {
    if (alpha < 1) {
      double u = 1.0 - random.nextDouble(); // in (0, 1]
      return logGamma(alpha + 1, random) + Math.log(u) / alpha;
    }
    double d = alpha - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1.0 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1.0 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1.0 - v + Math.log(v))) {
        return Math.log(d) + Math.log(v);
      }
    }
  }

  private ImmutableList<Stability> stability(int[][] counts) {
    ImmutableList.Builder<Stability> out = ImmutableList.builder();
    for (int i = 0; i < counts.length; i++) {
      int total = 0;
      double rankSum = 0;
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int r = 0; r < counts[i].length; r++) {
        if (counts[i][r] > 0) {
          total += counts[i][r];
          rankSum += (double) (r + 1) * counts[i][r];
          min = Math.min(min, r + 1);
          max = Math.max(max, r + 1);
        }
      }
      int baseRank = base.rank(i);
      out.add(new Stability(matrix.alternatives().get(i), baseRank, min, max, rankSum / total,
          (double) counts[i][baseRank - 1] / total, (double) counts[i][0] / total, total));
    }
    return out.build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The matrix. */
  public DecisionMatrix matrix() {
    return matrix;
  }

  /** The unperturbed weights. */
  public Weights weights() {
    return weights;
  }

  /** How alternatives are ranked. */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** The ranking under the unperturbed weights. */
  public Ranking base() {
    return base;
  }

  /** The one-at-a-time fractions, such as 0.1 for ±10 %; empty if none were asked for. */
  public ImmutableList<Double> fractions() {
    return fractions;
  }

  /** The one-at-a-time cases: by criterion, then fraction, {@code -x} before {@code +x}. */
  public ImmutableList<Case> cases() {
    return cases;
  }

  /** The cases under which some alternative changes rank. */
  public ImmutableList<Case> rankChanges() {
    return cases.stream().filter(Case::changed).collect(ImmutableList.toImmutableList());
  }

  /** Each alternative's rank stability over the one-at-a-time cases; empty if none were asked for. */
  public ImmutableList<Stability> oneAtATimeStability() {
    return oneAtATimeStability;
  }

  /** The number of Dirichlet draws; 0 if none were asked for. */
  public int draws() {
    return draws;
  }

  /** The Dirichlet concentration {@code kappa}; 0 if no draws were asked for. */
  public double concentration() {
    return concentration;
  }

  /** The seed of the Dirichlet draws. */
  public long seed() {
    return seed;
  }

  /** Each alternative's rank stability over the Dirichlet draws; empty if none were asked for. */
  public ImmutableList<Stability> dirichletStability() {
    return dirichletStability;
  }

  /**
   * How often an alternative took each rank over the Dirichlet draws: element {@code r - 1} counts rank {@code r}.
   *
   * @throws IllegalArgumentException for an unknown alternative
   */
  public int[] rankCounts(String alternative) {
    return rankCounts[matrix.alternativeIndex(alternative)].clone();
  }

  /** The base ranking and the stability tables. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("weight sensitivity of ").append(aggregation).append(", weights ")
        .append(weights).append('\n').append(base);
    if (!fractions.isEmpty()) {
      b.append("one at a time, ±").append(fractions).append(": ").append(rankChanges().size()).append(" of ")
          .append(cases.size()).append(" cases change a rank\n").append(table(oneAtATimeStability));
    }
    if (draws > 0) {
      b.append(String.format(Locale.ROOT, "Dirichlet, %d draws, concentration %s, seed %d%n", draws,
          concentration, seed)).append(table(dirichletStability));
    }
    return b.toString();
  }

  private static String table(List<Stability> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Stability s : rows) {
      cells.add(List.of(s.alternative(), Integer.toString(s.baseRank()), s.minRank() + ".." + s.maxRank(),
          String.format(Locale.ROOT, "%.2f", s.meanRank()), String.format(Locale.ROOT, "%.3f", s.shareAtBaseRank()),
          String.format(Locale.ROOT, "%.3f", s.shareFirst())));
    }
    return Ranking.table(List.of("alternative", "base rank", "ranks", "mean rank", "kept rank", "first"), cells);
  }

  /**
   * Collects the matrix, weights, aggregation and perturbations. Each option may be set once; building needs a
   * matrix, weights, an aggregation and at least one perturbation. Mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Optional<DecisionMatrix> matrix = Optional.empty();
    private Optional<Weights> weights = Optional.empty();
    private Optional<Aggregation> aggregation = Optional.empty();
    private final List<Double> fractions = new ArrayList<>();
    private boolean oneAtATimeSet;
    private int draws;
    private double concentration;
    private long seed;

    private Builder() {}

    /**
     * The decision matrix.
     *
     * @throws IllegalStateException if already set
     */
    public Builder matrix(DecisionMatrix m) {
      checkState(matrix.isEmpty(), "the matrix was already set");
      matrix = Optional.of(m);
      return this;
    }

    /**
     * The base weights.
     *
     * @throws IllegalStateException if already set
     */
    public Builder weights(Weights w) {
      checkState(weights.isEmpty(), "the weights were already set to %s", weights.orElse(w));
      weights = Optional.of(w);
      return this;
    }

    /**
     * How alternatives are ranked, such as {@link Aggregation#topsis()}.
     *
     * @throws IllegalStateException if already set
     */
    public Builder aggregation(Aggregation a) {
      checkState(aggregation.isEmpty(), "the aggregation was already set to %s", aggregation.orElse(a));
      aggregation = Optional.of(a);
      return this;
    }

    /**
     * One-at-a-time perturbations: each weight changed by {@code -x} and {@code +x} for each fraction {@code x}
     * in (0, 1], such as 0.1 for ±10 %.
     *
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if none is given, one is outside (0, 1] or NaN, or one repeats
     */
    public Builder oneAtATime(double... xs) {
      checkState(!oneAtATimeSet, "oneAtATime was already set to %s", fractions);
      checkArgument(xs.length > 0, "oneAtATime needs at least one fraction, such as 0.1 for ±10 %");
      for (double x : xs) {
        checkArgument(x > 0 && x <= 1, "a one-at-a-time fraction must be in (0, 1], got %s in %s", x,
            Arrays.toString(xs));
      }
      checkArgument(Arrays.stream(xs).distinct().count() == xs.length, "one-at-a-time fractions repeat: %s",
          Arrays.toString(xs));
      fractions.addAll(Doubles.asList(xs.clone()));
      oneAtATimeSet = true;
      return this;
    }

    /**
     * Random perturbations: {@code draws} weight vectors from a Dirichlet distribution with mean the base weights
     * and concentration {@code kappa}, drawn with a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if {@code draws < 1} or {@code kappa} is not finite and positive
     */
    public Builder dirichlet(int draws, double kappa, long seed) {
      checkState(this.draws == 0, "dirichlet was already set to %s draws", this.draws);
      checkArgument(draws >= 1, "dirichlet needs at least 1 draw, got %s", draws);
      checkArgument(kappa > 0 && Double.isFinite(kappa), "a Dirichlet concentration must be finite and > 0, got %s",
          kappa);
      this.draws = draws;
      this.concentration = kappa;
      this.seed = seed;
      return this;
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalStateException if the matrix, weights, aggregation or every perturbation is missing
     * @throws IllegalArgumentException if the matrix has one criterion only, the weights do not fit it, or the
     *     aggregation fails under the base or a perturbed weighting (the message names the weights)
     */
    public WeightSensitivity build() {
      checkState(matrix.isPresent(), "no decision matrix: call matrix(...)");
      checkState(weights.isPresent(), "no weights: call weights(...)");
      checkState(aggregation.isPresent(), "no aggregation: call aggregation(Aggregation.topsis()) or "
          + "aggregation(Aggregation.weightedSum(normalization))");
      checkState(oneAtATimeSet || draws > 0, "no perturbation: call oneAtATime(...), dirichlet(...) or both");
      DecisionMatrix m = matrix.get();
      checkArgument(m.criterionCount() >= 2, "weight sensitivity needs at least 2 criteria; %s has one weight, "
          + "always 1", m.criteria());
      weights.get().checkFits(m);
      return new WeightSensitivity(this, m, weights.get(), aggregation.get());
    }
  }
}
