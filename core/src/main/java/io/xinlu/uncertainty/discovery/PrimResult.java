package io.xinlu.uncertainty.discovery;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one run of {@link Prim} found: the peeling trajectory, the coverage-density trade-off from the box spanning
 * the data to the smallest box peeling allowed, and the box chosen from it (pasted, if pasting is on).
 *
 * <pre>{@code
 * PrimResult r = Prim.defaults().discover(names, x, failed);
 * for (PrimBox b : r.trajectory()) {
 *   out.printf("%d %.2f %.2f %s%n", b.index(), b.coverage(), b.density(), b.restrictedParameters());
 * }
 * PrimBox pick = r.highestDensity(0.9);      // the densest box keeping 90 % coverage
 * PrimBox grown = r.pasted(pick.index());    // the same, pasted
 * }</pre>
 *
 * <p>Immutable and thread-safe. It keeps a private copy of the data, so {@link #pasted(int)} can paste any box of
 * the trajectory later.
 *
 * @since 0.1.0
 */
public final class PrimResult {
  private final PrimSearch search;
  private final Prim prim;
  private final ImmutableList<PrimBox> trajectory;
  private final PrimBox chosen;
  private final boolean ruleMet;

  PrimResult(PrimSearch search, Prim prim, ImmutableList<PrimBox> trajectory, PrimBox chosen,
      boolean ruleMet) {
    this.search = search;
    this.prim = prim;
    this.trajectory = trajectory;
    this.chosen = chosen;
    this.ruleMet = ruleMet;
  }

  /** The options the boxes were found with. */
  public Prim prim() {
    return prim;
  }

  /** The parameter names, in column order. */
  public ImmutableList<String> parameters() {
    return search.cases().names;
  }

  /** The number of cases PRIM searched: all cases, or for later boxes of a covering those left. */
  public int cases() {
    return search.size();
  }

  /** The number of cases of interest among {@link #cases()}. */
  public int casesOfInterest() {
    return search.interesting();
  }

  /**
   * The peeling trajectory: box 0 spans the data (coverage 1 for {@link Prim#discover}, density the share of cases
   * of interest), each next box is one peel smaller. Coverage and mass never increase along it; density usually
   * rises. {@code trajectory().get(i).index() == i}.
   */
  public ImmutableList<PrimBox> trajectory() {
    return trajectory;
  }

  /** The box chosen by {@link Prim#chosenBy()}, pasted if pasting is on and widened it. */
  public PrimBox chosen() {
    return chosen;
  }

  /**
   * Whether a box of the trajectory met the choice rule: a density reaching the {@linkplain
   * Prim.Builder#thresholdDensity threshold}, or a coverage keeping the {@linkplain Prim.Builder#minimumCoverage
   * floor} (always, for {@link Prim#discover}, whose box 0 has coverage 1); {@code true} under the default rule.
   * When {@code false}, {@link #chosen()} is the densest box.
   */
  public boolean ruleMet() {
    return ruleMet;
  }

  /**
   * The densest box of the trajectory whose coverage is at least {@code minimumCoverage}; ties go to the higher
   * coverage, then the earlier box. Box 0 of {@link Prim#discover} has coverage 1, so some box always qualifies
   * there; the first box of a later covering step may not.
   *
   * @throws IllegalArgumentException unless {@code 0 <= minimumCoverage <= 1}, or if no box has that coverage
   */
  public PrimBox highestDensity(double minimumCoverage) {
    checkArgument(minimumCoverage >= 0 && minimumCoverage <= 1, "minimum coverage must lie in [0, 1], got %s",
        minimumCoverage);
    PrimBox box = densest(trajectory, minimumCoverage);
    checkArgument(box != null, "no box of the trajectory has coverage >= %s; the first has %s", minimumCoverage,
        trajectory.get(0).coverage());
    return box;
  }

  /**
   * The box of highest coverage (the first along the trajectory) whose density is at least {@code density}; empty
   * if none reaches it.
   *
   * @throws IllegalArgumentException unless {@code 0 <= density <= 1}
   */
  public Optional<PrimBox> firstReaching(double density) {
    checkArgument(density >= 0 && density <= 1, "density must lie in [0, 1], got %s", density);
    return Optional.ofNullable(widest(trajectory, density));
  }

  /**
   * Box {@code index} of the trajectory, pasted with the {@linkplain Prim#pastingAlpha() pasting alpha} (whether or
   * not pasting is on); the box itself if pasting does not widen it.
   *
   * @throws IllegalArgumentException if the index lies outside the trajectory
   */
  public PrimBox pasted(int index) {
    checkArgument(index >= 0 && index < trajectory.size(), "box index %s lies outside the trajectory [0, %s]",
        index, trajectory.size() - 1);
    return search.paste(trajectory.get(index));
  }

  /** The densest box with at least this coverage: ties to the higher coverage, then the earlier box. */
  static @Nullable PrimBox densest(ImmutableList<PrimBox> trajectory, double minimumCoverage) {
    PrimBox best = null;
    for (PrimBox b : trajectory) {
      if (b.coverage() >= minimumCoverage && (best == null || b.density() > best.density()
          || (b.density() == best.density() && b.coverage() > best.coverage()))) {
        best = b;
      }
    }
    return best;
  }

  /** The box of highest coverage with at least this density: ties to the higher density, then the earlier box. */
  static @Nullable PrimBox widest(ImmutableList<PrimBox> trajectory, double minimumDensity) {
    PrimBox best = null;
    for (PrimBox b : trajectory) {
      if (b.density() >= minimumDensity && (best == null || b.coverage() > best.coverage()
          || (b.coverage() == best.coverage() && b.density() > best.density()))) {
        best = b;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "PrimResult[" + trajectory.size() + " boxes on the trajectory; chosen " + chosen.describe() + "]";
  }
}
