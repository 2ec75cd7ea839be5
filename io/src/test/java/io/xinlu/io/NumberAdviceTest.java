package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A number written in a way the format does not read gets advice that keeps its value: a decimal comma is a decimal
 * point, not the end of the number; an octal, hexadecimal or binary literal is given as its decimal value; grouped
 * digits lose their separators; a percentage becomes a fraction. Advice that would change the value (such as
 * "write 2" for {@code 2,8}) is the defect this guards against.
 */
class NumberAdviceTest {
  private static final String EF = "profile 'town' > sector 'coal' > emission factor";
  private static final String GROWTH = "profile 'town' > sector 'coal' > growth";
  private static final String START = "strategy 'industry' > project 'btr-anode' > start";

  /** The message about the coal sector's emission factor when it is written as {@code value}. */
  private static String emissionFactor(String value) {
    return message(BadInputTest.MODEL.replace("emission-factor: 2.6", "emission-factor: " + value), EF);
  }

  private static String growth(String value) {
    return message(BadInputTest.MODEL.replace("emission-factor: 2.6", "emission-factor: 2.6\n      growth: " + value),
        GROWTH);
  }

  private static String start(String value) {
    return message(BadInputTest.MODEL.replace("start: 2023", "start: " + value), START);
  }

  private static String message(String text, String path) {
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.parse(text, "city.yaml", FileFormat.YAML));
    for (FileProblem p : e.problems()) {
      if (p.pathString().equals(path)) {
        return p.message();
      }
    }
    return fail("no problem at " + path + " in:\n" + e.getMessage());
  }

  // ---- the cases of the defect and their neighbours ------------------------------------------------------------

  @Test
  void a_decimal_comma_is_named_and_replaced_by_a_point() {
    assertEquals("'2,8' has a decimal comma: write 2.8", emissionFactor("2,8"));
    assertEquals("'-2,85' has a decimal comma: write -2.85", emissionFactor("-2,85"));
    assertEquals("'0,500' has a decimal comma: write 0.500", emissionFactor("0,500"));
    assertEquals("'2,8' has a decimal comma: write 2.8", emissionFactor("\"2,8\""));
  }

  @Test
  void digits_grouped_by_commas_points_spaces_or_apostrophes_lose_the_separators() {
    assertEquals("'1,000' has a comma, which a number does not take: write 1000 if it separates thousands, or 1.000 "
        + "if it is a decimal comma", emissionFactor("1,000"));
    assertEquals("'1,000,000' has commas between groups of digits: write 1000000", emissionFactor("1,000,000"));
    assertEquals("'1,234.5' has commas between groups of digits: write 1234.5", emissionFactor("1,234.5"));
    assertEquals("'1.234,5' has points between groups of digits and a decimal comma: write 1234.5",
        emissionFactor("1.234,5"));
    assertEquals("'1 000' has spaces between groups of digits: write 1000", emissionFactor("1 000"));
    assertEquals("'1'000.5' has apostrophes between groups of digits: write 1000.5", emissionFactor("1'000.5"));
    assertEquals("'1_000' has underscores, which numbers in JSON and YAML 1.2 do not take: write 1000",
        emissionFactor("1_000"));
    assertEquals("'1_000' has underscores, which numbers in JSON and YAML 1.2 do not take: write 1000",
        emissionFactor("\"1_000\""));
    assertEquals("'0.1_5' has underscores, which numbers in JSON and YAML 1.2 do not take: write 0.15",
        emissionFactor("0.1_5"));
  }

  @Test
  void octal_hexadecimal_and_binary_literals_are_given_as_decimal_numbers() {
    assertEquals("'0o17' is an octal number: write the decimal number, 15", emissionFactor("0o17"));
    assertEquals("'0x1F' is a hexadecimal number: write the decimal number, 31", emissionFactor("0x1F"));
    assertEquals("'0x1F' is a hexadecimal number: write the decimal number, 31", emissionFactor("\"0x1F\""));
    assertEquals("'-0x1f' is a hexadecimal number: write the decimal number, -31", emissionFactor("-0x1f"));
    assertEquals("'0b101' is a binary number: write the decimal number, 5", emissionFactor("0b101"));
    assertEquals("'017' has a leading zero, so YAML reads it as the octal number 15: write the decimal number, 17 "
        + "(or 15 if octal was meant)", emissionFactor("017"));
    assertEquals("'08' has a leading zero, so YAML reads it as a string: write 8", emissionFactor("08"));
    assertEquals("'017' is a string: write the number without quotes, as 17", emissionFactor("\"017\""));
  }

  @Test
  void quoted_numbers_are_advised_in_the_form_json_and_yaml_read_alike() {
    assertEquals("'+5' is a string: write the number without quotes, as 5", emissionFactor("\"+5\""));
    assertEquals("'1e3' is a string: write the number without quotes", emissionFactor("\"1e3\""));
    assertEquals("'2.6' is a string: write the number without quotes", emissionFactor("'2.6'"));
  }

  @Test
  void full_width_digits_and_a_minus_sign_are_rewritten_in_ascii() {
    assertEquals("'\uff12\uff0e\uff18' has full-width digits or signs: write 2.8",
        emissionFactor("\uff12\uff0e\uff18"));
    assertEquals("'\u22122.8' has the minus sign U+2212: write -2.8 with a hyphen-minus", emissionFactor("\u22122.8"));
    assertEquals("'\uff12\uff0c\uff18' has full-width digits or signs and a decimal comma: write 2.8",
        emissionFactor("\uff12\uff0c\uff18"));
  }

  @Test
  void a_percentage_becomes_a_fraction_where_the_unit_is_a_fraction() {
    assertEquals("'5%' is a percentage: write it as a fraction, 0.05 (fraction per year)", growth("5%"));
    assertEquals("'-2.5 %' is a percentage: write it as a fraction, -0.025 (fraction per year)", growth("-2.5 %"));
    assertEquals("'3 percent' is a percentage: write it as a fraction, 0.03 (fraction per year)",
        growth("3 percent"));
    assertEquals("'5%' is a percentage: give the value in t CO2 per tce", emissionFactor("5%"));
  }

  @Test
  void a_time_or_base_60_number_is_not_cut_at_the_colon() {
    assertEquals("'1:30' looks like a time or a base-60 number: write a decimal number (t CO2 per tce)",
        emissionFactor("1:30"));
  }

  @Test
  void a_number_with_a_unit_keeps_its_advice() {
    assertEquals("'2.6 t/tce' is a number with a unit in a string: write the number alone, 2.6 (the unit is t CO2 "
        + "per tce)", emissionFactor("2.6 t/tce"));
    assertEquals("expected a number (t CO2 per tce), got the string '3.5.1'", emissionFactor("3.5.1"));
  }

  @Test
  void years_get_the_same_advice() {
    assertEquals("'\uff12\uff10\uff12\uff13' has full-width digits or signs: write 2023",
        start("\"\uff12\uff10\uff12\uff13\""));
    assertEquals("'2,023' has a comma between groups of digits: write 2023", start("2,023"));
    assertEquals("'0x7E7' is a hexadecimal number: write the decimal number, 2023", start("0x7E7"));
    assertEquals("'02023' has a leading zero, so YAML reads it as the octal number 1043: write the decimal number, "
        + "2023 (or 1043 if octal was meant)", start("02023"));
    assertEquals("'2023' is a string: write the year without quotes", start("\"2023\""));
  }

  @Test
  void json_strings_get_the_same_advice() {
    String json = "{\"format\": \"xinlu/1\", \"profile\": {\"name\": \"t\", \"base-year\": 2022, \"sectors\": [\n"
        + "  {\"id\": \"coal\", \"group\": \"secondary\", \"value-added\": 30, \"emission-factor\": \"2,8\"}]}}";
    ScenarioFileException e = assertThrows(ScenarioFileException.class,
        () -> ScenarioFiles.parse(json, "city.json", FileFormat.of(Path.of("city.json"))));
    assertEquals("'2,8' has a decimal comma: write 2.8", e.problems().get(0).message(), e.getMessage());
  }

  // ---- properties: the advised number is the number meant -----------------------------------------------------

  /** The number after the last "write " of a message. */
  private static String advised(String message) {
    int i = message.lastIndexOf("write ");
    assertTrue(i >= 0, message);
    String rest = message.substring(i + "write ".length());
    if (rest.startsWith("the decimal number, ")) {
      rest = rest.substring("the decimal number, ".length());
    }
    int end = 0;
    while (end < rest.length() && "+-0123456789.eE".indexOf(rest.charAt(end)) >= 0) {
      end++;
    }
    return rest.substring(0, end);
  }

  @Test
  void a_decimal_comma_is_advised_as_the_same_number_with_a_point() {
    // fractions of other than three digits: a decimal comma whatever the integer part
    qt().forAll(integers().between(0, 999_999), integers().between(1, 99_999)).check((whole, fraction) -> {
      String digits = String.valueOf(fraction);
      if (digits.length() == 3) {
        digits = digits + "1";
      }
      String meant = whole + "." + digits;
      String message = emissionFactor(whole + "," + digits);
      return message.endsWith("has a decimal comma: write " + meant)
          && Double.parseDouble(advised(message)) == Double.parseDouble(meant);
    });
  }

  @Test
  void grouped_digits_are_advised_as_the_same_number() {
    qt().forAll(longs().between(1_000_000, 999_999_999_999L), integers().between(0, 99)).check((n, cents) -> {
      String grouped = String.format(Locale.US, "%,d.%02d", n, cents);
      String meant = n + "." + String.format(Locale.ROOT, "%02d", cents);
      String message = emissionFactor(grouped);
      return advised(message).equals(meant);
    });
  }

  @Test
  void radix_literals_are_advised_as_their_decimal_value() {
    qt().forAll(integers().between(0, Integer.MAX_VALUE)).check(n -> {
      String expected = String.valueOf(n);
      return advised(emissionFactor("0o" + Integer.toOctalString(n))).equals(expected)
          && advised(emissionFactor("\"0x" + Integer.toHexString(n) + "\"")).equals(expected)
          && advised(emissionFactor("0x" + Integer.toHexString(n).toUpperCase(Locale.ROOT))).equals(expected)
          && advised(emissionFactor("0b" + Integer.toBinaryString(n))).equals(expected);
    });
  }
}
