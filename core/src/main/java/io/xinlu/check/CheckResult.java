package io.xinlu.check;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The result of one {@link ModelCheck} on a model's runs: whether it passed, the values it saw and a one-line message
 * that names the check and, when it failed, what failed.
 *
 * <pre>{@code
 * CheckResult r = ModelChecks.run(model, List.of(check)).get(0);
 * r.passed();    // whether every value seen meets the check
 * r.failures();  // the values that do not
 * r.message();   // "FAIL <name>: <what the check asserts>; <each failure>", or "PASS <name>: <what it asserts>"
 * }</pre>
 *
 * <p>Immutable and thread-safe; two results are equal when their fields are.
 *
 * @param check the check
 * @param passed whether every value seen meets the check
 * @param values the values seen, in the order the check reads them (for a peak year: each scenario's peak)
 * @param failures the values that do not meet the check, a subset of {@code values}; empty exactly when passed
 * @param message {@code PASS} or {@code FAIL}, the check's name, what it asserts and, when it failed, each failure
 * @since 0.1.0
 */
public record CheckResult(ModelCheck check, boolean passed, ImmutableList<Seen> values,
    ImmutableList<Seen> failures, String message) {

  /** Checks that no field is null. */
  public CheckResult {
    checkNotNull(check, "the check is null");
    checkNotNull(values, "the values are null");
    checkNotNull(failures, "the failures are null");
    checkNotNull(message, "the message is null");
  }

  /**
   * One value a check saw.
   *
   * @param scenario the scenario's name
   * @param year the year of the value (for a peak year: the peak's year)
   * @param value the indicator's value in that year, in its unit; NaN when undefined (which fails every check)
   * @since 0.1.0
   */
  public record Seen(String scenario, int year, double value) {
    /** Checks that the scenario is not null. */
    public Seen {
      checkNotNull(scenario, "the scenario is null");
    }

    @Override
    public String toString() {
      return scenario + " " + year + " = " + ModelCheck.num(value);
    }
  }
}
