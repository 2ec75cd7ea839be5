package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A check that does not fit the model it is run on, found by {@link ModelChecks#problems}: a scenario the model lacks,
 * a year outside a scenario's horizon, a name given twice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the check's place in the list, from 0
 * @param name the check's name
 * @param field what is wrong: {@code name}, {@code scenarios}, {@code years} (a bound's), {@code from} or {@code to}
 *     (a peak year's window), {@code year}, {@code scenario} or the relation's key (an order's)
 * @param message what is wrong, with the offending value
 * @since 0.1.0
 */
public record CheckProblem(int index, String name, String field, String message) {
  /** Checks the fields. */
  public CheckProblem {
    checkArgument(index >= 0, "a problem's check index must be at least 0, got %s", index);
    checkNotNull(name, "the name is null");
    checkNotNull(field, "the field is null");
    checkNotNull(message, "the message is null");
  }

  @Override
  public String toString() {
    return "check '" + name + "' > " + field + ": " + message;
  }
}
