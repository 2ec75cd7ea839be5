package io.xinlu.check;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something one version of a model has and the other lacks, found by a {@link VersionComparison}: a scenario, an
 * indicator it can compute, or years of a scenario's run. What one version lacks cannot be compared, so it is listed
 * here rather than among the moved outputs.
 *
 * <p>Immutable and thread-safe; two differences are equal when all their fields are.
 *
 * @param kind what differs
 * @param side the version that has it
 * @param subject the scenario's name ({@link Kind#SCENARIO}, {@link Kind#YEARS}) or the indicator's id
 *     ({@link Kind#INDICATOR})
 * @param message one line that says what only that version has, such as
 *     {@code scenario 'baseline': years 2036-2040 in the new version only}
 * @since 0.1.0
 */
public record StructuralDifference(Kind kind, Side side, String subject, String message) {
  /**
   * What differs between the versions.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** A scenario that one version defines and the other does not. */
    SCENARIO,
    /** An indicator that the runs of one version can give and those of the other cannot. */
    INDICATOR,
    /** Years of a scenario that one version runs and the other does not (another base year or end year). */
    YEARS
  }

  /**
   * The version that has what the other lacks.
   *
   * @since 0.1.0
   */
  public enum Side {
    /** Only the old version has it. */
    OLD_ONLY("old"),
    /** Only the new version has it. */
    NEW_ONLY("new");

    private final String word;

    Side(String word) {
      this.word = word;
    }

    /** {@code old} or {@code new}. */
    public String word() {
      return word;
    }

    /** The other side. */
    public Side other() {
      return this == OLD_ONLY ? NEW_ONLY : OLD_ONLY;
    }
  }

  /** Checks that no field is null. */
  public StructuralDifference {
    checkNotNull(kind, "the kind is null");
    checkNotNull(side, "the side is null");
    checkNotNull(subject, "the subject is null");
    checkNotNull(message, "the message is null");
  }

  static StructuralDifference scenario(String name, Side side) {
    return new StructuralDifference(Kind.SCENARIO, side, name, "scenario '" + name + "' in the " + side.word()
        + " version only");
  }

  static StructuralDifference indicator(String id, Side side, String whyNotOther) {
    return new StructuralDifference(Kind.INDICATOR, side, id, "indicator '" + id + "' in the " + side.word()
        + " version only (the " + side.other().word() + " version: " + whyNotOther + ")");
  }

  static StructuralDifference years(String scenario, int from, int to, Side side) {
    return new StructuralDifference(Kind.YEARS, side, scenario, "scenario '" + scenario + "': "
        + (from == to ? "year " + from : "years " + from + "-" + to) + " in the " + side.word() + " version only");
  }

  @Override
  public String toString() {
    return message;
  }
}
