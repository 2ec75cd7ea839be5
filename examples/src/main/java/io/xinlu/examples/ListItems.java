package io.xinlu.examples;

import java.util.regex.Pattern;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Comma-separated list options ({@code --indicators gdp,co2}, {@code --years}, {@code --size}, {@code --scenario}):
 * an empty item ({@code ",,,"}, {@code "gdp,,co2"}, a leading or trailing comma, an empty value) is bad input, not a
 * request for the defaults. picocli drops empty items when it splits; this looks at the values as typed.
 */
final class ListItems {
  private ListItems() {}

  /**
   * Checks every list option of the command and its subcommands as typed.
   *
   * @throws BadInputException naming the option and the value with an empty item
   */
  static void check(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      for (OptionSpec o : r.matchedOptions()) {
        String split = o.splitRegex();
        if (split == null || split.isEmpty()) {
          continue;
        }
        Pattern p = Pattern.compile(split);
        for (String typed : o.originalStringValues()) {
          if (hasEmptyItem(typed, p)) {
            throw new BadInputException("option " + o.longestName() + " '" + typed + "' has an empty item; give "
                + "items separated by single commas, such as " + example(o.longestName()));
          }
        }
      }
    }
  }

  static boolean hasEmptyItem(String typed, Pattern separator) {
    for (String item : separator.split(typed, -1)) {
      if (item.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static String example(String option) {
    return switch (option) {
      case "--indicators" -> "gdp,co2";
      case "--years" -> "2025,2030";
      case "--size" -> "5,3,2035";
      default -> "a,b";
    };
  }
}
