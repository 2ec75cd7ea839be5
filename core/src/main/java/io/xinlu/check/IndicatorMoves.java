package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The moves of one indicator between two versions of a model, summarised: how many outputs moved, in how many
 * scenarios, design points and years, and the largest move.
 *
 * <p>Immutable and thread-safe; two summaries are equal when their fields are.
 *
 * @param indicator the indicator's id
 * @param unit the indicator's unit
 * @param moves the number of outputs (scenario, point, year) of the indicator that moved, at least 1
 * @param scenarios the number of scenarios with a move, at least 1
 * @param points the number of design points with a move, at least 1
 * @param years the number of years with a move, at least 1
 * @param largest the largest move, first in {@link OutputMove#LARGEST_FIRST} order
 * @since 0.1.0
 */
public record IndicatorMoves(String indicator, String unit, int moves, int scenarios, int points, int years,
    OutputMove largest) {
  /** Checks the fields. */
  public IndicatorMoves {
    checkNotNull(indicator, "the indicator is null");
    checkNotNull(unit, "the unit is null");
    checkNotNull(largest, "the largest move is null");
    checkArgument(moves >= 1 && scenarios >= 1 && points >= 1 && years >= 1,
        "indicator '%s': a summary of moves needs at least one move, scenario, point and year, got %s, %s, %s, %s",
        indicator, moves, scenarios, points, years);
    checkArgument(largest.indicator().equals(indicator), "indicator '%s': the largest move is of '%s'", indicator,
        largest.indicator());
  }

  /** One line, such as {@code gdp: 42 moves (3 scenarios, 1 point, 13 years); largest: gdp in 2035 (...)}. */
  @Override
  public String toString() {
    return indicator + ": " + moves + (moves == 1 ? " move" : " moves") + " (" + scenarios
        + (scenarios == 1 ? " scenario, " : " scenarios, ") + points + (points == 1 ? " point, " : " points, ")
        + years + (years == 1 ? " year" : " years") + "); largest: " + largest;
  }
}
