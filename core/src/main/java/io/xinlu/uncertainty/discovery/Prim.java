package io.xinlu.uncertainty.discovery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scenario discovery with PRIM, the Patient Rule Induction Method of Friedman and Fisher (1999): which
 * combinations of uncertain parameters make a case of interest (a target failed, a cost overran) likely. Given
 * {@code n} cases, each a point of {@code k} parameter values and a label saying whether it is of interest, PRIM
 * finds a box (a lower and upper limit per parameter) where cases of interest are dense, and says which parameters
 * the box restricts. In scenario discovery (Bryant and Lempert 2010; Kwakkel and Jaxa-Rozen 2016) the box is read
 * as a scenario: "the jobs target fails when coal demand falls below 0.8 of its base and the re-employment rate
 * stays under 0.4, whatever the carbon price". {@code docs/DISCOVERY.md} shows a worked example.
 *
 * <pre>{@code
 * Prim prim = Prim.builder()
 *     .peelingAlpha(0.05)          // share of the box's cases each peel removes
 *     .minimumMass(0.05)           // peel no further than 5 % of the cases
 *     .thresholdDensity(0.9)       // choose the widest box where 90 % of the cases fail
 *     .build();
 * PrimResult r = prim.discover(List.of("coalDemand", "reemployment", "carbonPrice"), x, failed);
 * PrimBox box = r.chosen();
 * box.restrictedParameters();      // [coalDemand, reemployment]
 * box.upper("coalDemand");         // about 0.8
 * r.trajectory();                  // the coverage-density trade-off, one box per peel
 * }</pre>
 *
 * <p><b>The algorithm.</b> {@linkplain #discover Discovery} starts from the box spanning the data and
 * <em>peels</em> top-down: at each step it considers, for every parameter, removing the {@link #peelingAlpha()}
 * share of the box's cases from the parameter's lower end or from its upper end, and takes the one peel that leaves
 * the highest density (ties: the peel that removes fewer cases, then the lower parameter, lower end first). The new
 * limit is the value of the case at that share (at least one case in), and cases tied with it stay, so ties may
 * make a peel smaller; if the limit would be the end value itself (a discrete parameter with many cases at its
 * end), the peel removes every case at the end value instead. Peeling stops when every peel would leave a box of mass below
 * {@link #minimumMass()}. The boxes along the way are the <em>peeling trajectory</em>: coverage never increases
 * along it and density usually rises, tracing the coverage-density trade-off. A box is then
 * {@linkplain #chosenBy chosen} from the trajectory, and, if {@linkplain #pastes() pasting} is on, grown
 * bottom-up: at each step it considers widening one side of one parameter to take in the {@link #pastingAlpha()}
 * share of the box's count from the cases just beyond that side (within the other limits), takes the widening with
 * the highest density, and stops when the best widening would lower the density. Pasting undoes peels that turned
 * out too greedy; a widening that takes in every case beyond a side drops that restriction.
 *
 * <p><b>Choosing the box.</b> Exactly one rule, set on the builder:
 *
 * <ul>
 *   <li>{@link Builder#thresholdDensity}: the box of highest coverage whose density reaches the threshold (the
 *       first along the trajectory);
 *   <li>{@link Builder#minimumCoverage}: the densest box whose coverage is at least the floor;
 *   <li>neither (the default): the densest box. On noisy labels the densest box is often a small one that fits the
 *       noise (a high density at a low coverage); set a threshold or a floor there.
 * </ul>
 *
 * <p>Ties go to the box better in the other measure (density or coverage), then to the earlier box. If no box
 * meets the rule (no density reaches the threshold; in a later step of a covering, no box keeps the coverage
 * floor), the densest box is chosen and {@link PrimResult#ruleMet()} is false. {@link PrimResult} also answers
 * other choices ({@link PrimResult#highestDensity}, {@link PrimResult#firstReaching},
 * {@code trajectory().get(i)}).
 *
 * <p><b>Covering.</b> {@link #cover} finds several boxes: after each, it removes the cases inside the chosen box and
 * runs PRIM again on the rest (Friedman and Fisher's covering). Not done: resampling stability of the restricted
 * dimensions and the "lenient" objective functions of the EMA Workbench; each box's restrictions carry
 * Bryant and Lempert's quasi-p-value ({@link PrimRestriction#quasiPValue()}).
 *
 * <p><b>Input.</b> {@code x[i][j]} is parameter {@code j} of case {@code i}, {@code y[i]} whether case {@code i} is
 * of interest. Parameters are treated as numbers; code a categorical parameter as numbers only if its order means
 * something. Bad input throws an {@link IllegalArgumentException} saying what is wrong.
 *
 * <p>Immutable and thread-safe; discovery is deterministic (no randomness at all) and does no I/O. It costs about
 * {@code O(s k n log n)} for {@code s} peels, about {@code log(minimumMass) / log(1 - peelingAlpha)}.
 *
 * <p>References: J. H. Friedman and N. I. Fisher (1999), "Bump hunting in high-dimensional data", <i>Statistics
 * and Computing</i> 9:123-143. B. P. Bryant and R. J. Lempert (2010), "Thinking inside the box: a participatory,
 * computer-assisted approach to scenario discovery", <i>Technological Forecasting and Social Change</i> 77:34-49.
 * J. H. Kwakkel and M. Jaxa-Rozen (2016), "Improving scenario discovery for handling heterogeneous uncertainties
 * and multinomial classified outcomes", <i>Environmental Modelling and Software</i> 79:311-321 (the EMA Workbench).
 *
 * @since 0.1.0
 */
public final class Prim {
  /** The default peeling alpha, 0.05. */
  public static final double DEFAULT_PEELING_ALPHA = 0.05;
  /** The default pasting alpha, 0.05. */
  public static final double DEFAULT_PASTING_ALPHA = 0.05;
  /** The default minimum mass, 0.05. */
  public static final double DEFAULT_MINIMUM_MASS = 0.05;

  private static final Prim DEFAULTS = builder().build();

  private final double peelingAlpha;
  private final double pastingAlpha;
  private final double minimumMass;
  private final double thresholdDensity;
  private final double minimumCoverage;
  private final boolean pastes;

  private Prim(Builder b) {
    this.peelingAlpha = b.peelingAlpha;
    this.pastingAlpha = Double.isNaN(b.pastingAlpha) ? DEFAULT_PASTING_ALPHA : b.pastingAlpha;
    this.minimumMass = b.minimumMass;
    this.thresholdDensity = b.thresholdDensity;
    this.minimumCoverage = b.minimumCoverage;
    this.pastes = b.pastes;
  }

  /** PRIM with every default: alphas 0.05, minimum mass 0.05, pasting on, the densest box chosen. */
  public static Prim defaults() {
    return DEFAULTS;
  }

  /** A new builder, with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The share of a box's cases one peel removes, in (0, 0.5). */
  public double peelingAlpha() {
    return peelingAlpha;
  }

  /** The share of a box's count one paste takes in, in (0, 0.5). */
  public double pastingAlpha() {
    return pastingAlpha;
  }

  /** The smallest mass a peeled box may have, in (0, 1). */
  public double minimumMass() {
    return minimumMass;
  }

  /** The density the chosen box should reach, if that is the rule. */
  public OptionalDouble thresholdDensity() {
    return Double.isNaN(thresholdDensity) ? OptionalDouble.empty() : OptionalDouble.of(thresholdDensity);
  }

  /** The coverage the chosen box must keep, if that is the rule. */
  public OptionalDouble minimumCoverage() {
    return Double.isNaN(minimumCoverage) ? OptionalDouble.empty() : OptionalDouble.of(minimumCoverage);
  }

  /** Whether the chosen box is pasted. */
  public boolean pastes() {
    return pastes;
  }

  /** The rule that chooses the box, in words, such as {@code the densest box with coverage >= 0.8}. */
  public String chosenBy() {
    if (!Double.isNaN(thresholdDensity)) {
      return "the box of highest coverage with density >= " + thresholdDensity;
    }
    if (!Double.isNaN(minimumCoverage)) {
      return "the densest box with coverage >= " + minimumCoverage;
    }
    return "the densest box";
  }

  /**
   * Finds one box.
   *
   * @param parameters the names of the {@code k} parameters, distinct and not blank
   * @param x {@code n} rows of {@code k} finite values, one row per case; not changed
   * @param y {@code n} labels, {@code true} for a case of interest; at least one true and one false
   * @throws IllegalArgumentException if the input is bad: no parameters, a blank or repeated name, no cases,
   *     {@code x} and {@code y} of different lengths, a row of the wrong length, a NaN or infinite value, no case of
   *     interest, or only cases of interest
   */
  public PrimResult discover(List<String> parameters, double[][] x, boolean[] y) {
    PrimCases cases = PrimCases.of(parameters, x, y);
    return search(new PrimSearch(cases, cases.all(), this));
  }

  /**
   * Finds up to {@code maxBoxes} boxes by covering: the first box as {@link #discover} finds it, then each further
   * box on the cases outside every earlier chosen box. Coverage and mass stay shares of all cases and all cases of
   * interest; density and the quasi-p-values refer to the cases the box was found on. Covering stops early when no
   * case of interest is left, when the cases left have less than the minimum mass, when the chosen box restricts
   * nothing, or when no box meets the choice rule ({@link PrimResult#ruleMet()}: no density reaches the threshold,
   * no box keeps the coverage floor); such a box is not returned, so the list may be empty.
   *
   * @throws IllegalArgumentException as {@link #discover} does, or if {@code maxBoxes < 1}
   */
  public ImmutableList<PrimResult> cover(List<String> parameters, double[][] x, boolean[] y, int maxBoxes) {
    checkArgument(maxBoxes >= 1, "maxBoxes must be at least 1, got %s", maxBoxes);
    PrimCases cases = PrimCases.of(parameters, x, y);
    int[] active = cases.all();
    ImmutableList.Builder<PrimResult> results = ImmutableList.builder();
    for (int b = 0; b < maxBoxes; b++) {
      PrimSearch search = new PrimSearch(cases, active, this);
      if (search.interesting() == 0 || active.length < minimumMass * cases.n) {
        break;
      }
      PrimResult result = search(search);
      PrimBox chosen = result.chosen();
      if (!result.ruleMet() || chosen.restrictions().isEmpty()) {
        break;
      }
      results.add(result);
      double[] lower = chosen.lower();
      double[] upper = chosen.upper();
      active = Arrays.stream(active).filter(i -> !cases.inside(i, lower, upper, -1)).toArray();
    }
    return results.build();
  }

  private PrimResult search(PrimSearch search) {
    ImmutableList<PrimBox> trajectory = search.peel();
    PrimBox rule = !Double.isNaN(thresholdDensity) ? PrimResult.widest(trajectory, thresholdDensity)
        : PrimResult.densest(trajectory, Double.isNaN(minimumCoverage) ? 0 : minimumCoverage);
    PrimBox peeled = rule != null ? rule : PrimResult.densest(trajectory, 0);
    if (peeled == null) {
      throw new AssertionError("every trajectory has a densest box");
    }
    return new PrimResult(search, this, trajectory, pastes ? search.paste(peeled) : peeled, rule != null);
  }

  @Override
  public String toString() {
    return "Prim[peelingAlpha=" + peelingAlpha + ", pastingAlpha=" + pastingAlpha + ", minimumMass=" + minimumMass
        + ", pastes=" + pastes + ", chosen: " + chosenBy() + "]";
  }

  /**
   * Sets PRIM's options; each setter checks its value at once, {@link #build()} checks that the options agree.
   * Mutable, not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private double peelingAlpha = DEFAULT_PEELING_ALPHA;
    private double pastingAlpha = Double.NaN;
    private double minimumMass = DEFAULT_MINIMUM_MASS;
    private double thresholdDensity = Double.NaN;
    private double minimumCoverage = Double.NaN;
    private boolean pastes = true;

    private Builder() {}

    /**
     * The share of a box's cases each peel removes; default {@value Prim#DEFAULT_PEELING_ALPHA}. Smaller is more
     * patient: more, finer peels.
     *
     * @throws IllegalArgumentException unless {@code 0 < alpha < 0.5}
     */
    public Builder peelingAlpha(double alpha) {
      checkArgument(alpha > 0 && alpha < 0.5, "peeling alpha must lie in (0, 0.5), got %s", alpha);
      this.peelingAlpha = alpha;
      return this;
    }

    /**
     * The share of a box's count each paste takes in; default {@value Prim#DEFAULT_PASTING_ALPHA}.
     *
     * @throws IllegalArgumentException unless {@code 0 < alpha < 0.5}
     */
    public Builder pastingAlpha(double alpha) {
      checkArgument(alpha > 0 && alpha < 0.5, "pasting alpha must lie in (0, 0.5), got %s", alpha);
      this.pastingAlpha = alpha;
      return this;
    }

    /**
     * The smallest mass (share of all cases) a peeled box may keep; default {@value Prim#DEFAULT_MINIMUM_MASS}.
     *
     * @throws IllegalArgumentException unless {@code 0 < mass < 1}
     */
    public Builder minimumMass(double mass) {
      checkArgument(mass > 0 && mass < 1, "minimum mass must lie in (0, 1), got %s", mass);
      this.minimumMass = mass;
      return this;
    }

    /**
     * Chooses the box of highest coverage whose density reaches {@code density}.
     *
     * @throws IllegalArgumentException unless {@code 0 < density <= 1}
     */
    public Builder thresholdDensity(double density) {
      checkArgument(density > 0 && density <= 1, "threshold density must lie in (0, 1], got %s", density);
      this.thresholdDensity = density;
      return this;
    }

    /**
     * Chooses the densest box whose coverage is at least {@code coverage}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= coverage <= 1}
     */
    public Builder minimumCoverage(double coverage) {
      checkArgument(coverage >= 0 && coverage <= 1, "minimum coverage must lie in [0, 1], got %s", coverage);
      this.minimumCoverage = coverage;
      return this;
    }

    /** Whether to paste the chosen box; default {@code true}. */
    public Builder paste(boolean paste) {
      this.pastes = paste;
      return this;
    }

    /**
     * PRIM with these options.
     *
     * @throws IllegalStateException if options conflict: both a threshold density and a minimum coverage (two
     *     rules for one choice), or a pasting alpha with pasting turned off
     */
    public Prim build() {
      checkState(Double.isNaN(thresholdDensity) || Double.isNaN(minimumCoverage),
          "thresholdDensity(%s) conflicts with minimumCoverage(%s): the box is chosen by one rule, set only one",
          thresholdDensity, minimumCoverage);
      checkState(pastes || Double.isNaN(pastingAlpha),
          "pastingAlpha(%s) conflicts with paste(false): a pasting alpha means nothing without pasting",
          pastingAlpha);
      return new Prim(this);
    }
  }
}
