package io.xinlu.examples.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.check.DesignPoint;
import io.xinlu.check.IndicatorMoves;
import io.xinlu.check.OutputMove;
import io.xinlu.check.ChangeTolerance;
import io.xinlu.check.VersionDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

/** The charts of a version comparison, from moves written out by hand. */
class VersionChartsTest {
  private static OutputMove move(String indicator, int year, double oldValue, double newValue) {
    return new OutputMove("plan", 0, indicator, "1", year, oldValue, newValue);
  }

  /** GDP +2 % and +1 % in two years, CO2 -5 %, jobs lost from 0 (no finite relative change), in that order. */
  private static VersionDiff diff() {
    OutputMove jobs = move("jobs-lost", 2030, 0, 3);
    OutputMove co2 = move("co2", 2030, 20, 19);
    OutputMove gdp = move("gdp", 2030, 100, 102);
    OutputMove gdp2 = move("gdp", 2029, 100, 101);
    return new VersionDiff(ChangeTolerance.DEFAULT, ImmutableList.of("plan"), ImmutableList.of("gdp", "co2",
        "jobs-lost"), ImmutableList.of(new DesignPoint(0, ImmutableMap.of())), 30, ImmutableList.of(jobs, co2, gdp,
        gdp2), ImmutableList.of(new IndicatorMoves("jobs-lost", "1", 1, 1, 1, 1, jobs), new IndicatorMoves("co2",
        "1", 1, 1, 1, 1, co2), new IndicatorMoves("gdp", "1", 2, 1, 1, 2, gdp)), ImmutableList.of());
  }

  @Test
  void the_largest_relative_move_of_each_indicator_in_percent_largest_first() {
    Map<String, Double> m = VersionCharts.largestRelativeMoves(diff());
    assertEquals(List.of("co2", "gdp"), List.copyOf(m.keySet()), "jobs-lost moved from 0: no percentage");
    assertEquals(-5.0, m.get("co2"), 1e-12);
    assertEquals(2.0, m.get("gdp"), 1e-12);
  }

  @Test
  void bars_split_increases_and_decreases_and_render() throws IOException {
    CategoryChart c = VersionCharts.largestMoves(diff(), 1, ChartLabels.english());
    assertEquals(List.of(0.0), List.copyOf(c.getSeriesMap().get("increase").getYData()));
    assertEquals(List.of(-5.0), List.copyOf(c.getSeriesMap().get("decrease").getYData()));
    assertTrue(c.getTitle().endsWith("(1 of 3 indicators)"), c.getTitle());
    CategoryChart all = VersionCharts.largestMoves(diff(), 5, ChartLabels.english());
    assertEquals(List.of(0.0, 2.0), List.copyOf(all.getSeriesMap().get("increase").getYData()));
    assertTrue(ChartFiles.png(all).length > 1000);
    assertTrue(new String(ChartFiles.svg(all), StandardCharsets.UTF_8).contains("<svg"));
    assertThrows(IllegalArgumentException.class, () -> VersionCharts.largestMoves(diff(), 0, ChartLabels.english()));
    VersionDiff none = new VersionDiff(ChangeTolerance.DEFAULT, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(new DesignPoint(0, ImmutableMap.of())), 0, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionCharts.largestMoves(none, 5,
        ChartLabels.english())).getMessage().startsWith("no indicator moved by a finite relative change"));
  }

  @Test
  void old_and_new_lines_keep_their_values_and_leave_gaps_for_nan() throws IOException {
    XYChart c = VersionCharts.oldAndNew("gdp", "billion CNY", "plan, as given", new int[] {2022, 2023, 2024},
        new double[] {100, Double.NaN, 104}, new double[] {100, 103, 106}, ChartLabels.english());
    assertArrayEquals(new double[] {100, Double.NaN, 104}, c.getSeriesMap().get("old version").getYData());
    assertArrayEquals(new double[] {100, 103, 106}, c.getSeriesMap().get("new version").getYData());
    assertEquals("gdp, old and new version (plan, as given)", c.getTitle());
    assertTrue(ChartFiles.png(c).length > 1000);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VersionCharts.oldAndNew("gdp", "x", "p",
        new int[] {2022, 2023}, new double[] {1}, new double[] {1, 2}, ChartLabels.english())).getMessage()
        .startsWith("2 years but 1 old and 2 new values"));
    assertThrows(IllegalArgumentException.class, () -> VersionCharts.oldAndNew("gdp", "x", "p",
        new int[] {2023, 2022}, new double[] {1, 2}, new double[] {1, 2}, ChartLabels.english()));
    assertThrows(IllegalArgumentException.class, () -> VersionCharts.oldAndNew("gdp", "x", "p",
        new int[] {2022}, new double[] {Double.POSITIVE_INFINITY}, new double[] {1}, ChartLabels.english()));
  }
}
