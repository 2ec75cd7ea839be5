package io.xinlu.examples;

import io.xinlu.history.ObservedSeries;
import io.xinlu.scenarios.YangquanBackcast;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code calibrate} and {@code match} read alike from their command lines: the backcast's series chosen by
 * {@code --series}, and the numbers of a {@code --parameter PATH=...} value, each refused as bad input with the option
 * and the text named.
 */
final class BackcastArguments {
  private BackcastArguments() {}

  /**
   * The backcast's official series with the given ids, in the order given; {@code real-gdp-index} when none are.
   *
   * @throws BadInputException for an id the backcast has no series of, listing those it has
   */
  static List<ObservedSeries> series(YangquanBackcast b, List<String> ids) {
    List<String> wanted = ids == null || ids.isEmpty() ? List.of(YangquanBackcast.REAL_GDP_INDEX) : ids;
    List<ObservedSeries> out = new ArrayList<>();
    for (String id : wanted) {
      out.add(b.observations().stream().filter(o -> o.indicator().equals(id)).findFirst()
          .orElseThrow(() -> new BadInputException("--series " + id + ": the backcast has no such series; its "
              + "series: " + String.join(", ", b.observations().stream().map(ObservedSeries::indicator).toList()))));
    }
    return out;
  }

  /**
   * A finite number of a {@code --parameter} value.
   *
   * @param parameter the whole value, for the message
   * @param what what the number is, such as "lower bound"
   * @param text the number's text
   * @throws BadInputException if it is not a number or not finite
   */
  static double number(String parameter, String what, String text) {
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new BadInputException("--parameter '" + parameter + "': the " + what + " '" + text.strip() + "' is not "
          + "a number");
    }
    if (!Double.isFinite(v)) {
      throw new BadInputException("--parameter '" + parameter + "': the " + what + " must be a finite number, got "
          + text.strip());
    }
    return v;
  }
}
