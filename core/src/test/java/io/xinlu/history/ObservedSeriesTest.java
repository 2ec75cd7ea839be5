package io.xinlu.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Observed series: what they hold, and every kind of bad input refused with the series and year. */
class ObservedSeriesTest {
  @Test
  void a_series_keeps_its_years_values_and_a_source_per_value() {
    ObservedSeries s = ObservedSeries.builder("gdp", "billion CNY")
        .add(2019, 100, "communique 2019").add(2021, 110, "communique 2021").build();
    assertEquals("gdp", s.indicator());
    assertEquals("billion CNY", s.unit());
    assertArrayEquals(new int[] {2019, 2021}, s.years());
    assertArrayEquals(new double[] {100, 110}, s.values());
    assertEquals(List.of("communique 2019", "communique 2021"), s.sources());
    assertEquals(110, s.valueIn(2021).orElseThrow());
    assertTrue(s.valueIn(2020).isEmpty(), "a missing year is absent");
    assertEquals(2019, s.firstYear());
    assertEquals(2021, s.lastYear());
    int[] years = s.years();
    years[0] = 1900;
    assertEquals(2019, s.year(0), "the arrays handed out are copies");
    assertEquals(s, ObservedSeries.builder("gdp", "billion CNY")
        .add(2019, 100, "communique 2019").add(2021, 110, "communique 2021").build());
    assertTrue(!s.equals(ObservedSeries.of("gdp", "billion CNY", new int[] {2019, 2021}, new double[] {100, 110},
        "one source")), "sources are part of the series");
  }

  @Test
  void bad_series_are_refused_naming_the_series_and_the_year() {
    assertMessage("observed series 'gdp' is empty", () -> ObservedSeries.builder("gdp", "u").build());
    assertMessage("observed series 'gdp' > year 2020: the year is given twice",
        () -> ObservedSeries.builder("gdp", "u").add(2020, 1, "s").add(2020, 2, "s"));
    assertMessage("observed series 'gdp' > year 2019: years must increase, but 2019 comes after 2020",
        () -> ObservedSeries.builder("gdp", "u").add(2020, 1, "s").add(2019, 2, "s"));
    assertMessage("observed series 'gdp' > year 2020: value NaN is not finite",
        () -> ObservedSeries.builder("gdp", "u").add(2020, Double.NaN, "s"));
    assertMessage("value Infinity is not finite",
        () -> ObservedSeries.of("gdp", "u", new int[] {2020}, new double[] {Double.POSITIVE_INFINITY}, "s"));
    assertMessage("observed series 'gdp' > year 2020: the source is blank",
        () -> ObservedSeries.builder("gdp", "u").add(2020, 1, " "));
    assertMessage("observed series 'gdp': 2 years but 1 values",
        () -> ObservedSeries.of("gdp", "u", new int[] {2020, 2021}, new double[] {1}, "s"));
    assertMessage("the indicator id is blank", () -> ObservedSeries.builder("", "u"));
    assertMessage("observed series 'gdp': the unit is blank", () -> ObservedSeries.builder("gdp", ""));
    assertMessage("observed series 'gdp' is empty",
        () -> ObservedSeries.of("gdp", "u", new int[0], new double[0], "s"));
  }

  private static void assertMessage(String part, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
