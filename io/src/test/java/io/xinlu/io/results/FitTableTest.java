package io.xinlu.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.history.HistoryComparison;
import io.xinlu.history.ObservedSeries;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.SyntheticCity;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The tidy tables of a run's fit to observations, written as CSV with their metadata. */
class FitTableTest {
  private static final Run RUN = Engine.run(SyntheticCity.model(5, 3, 2035), "all");
  private static final int[] YEARS = {2021, 2025, 2030};

  /** GDP observed 2 billion CNY above the run in three years, and CO2 observed as 0 in the base year. */
  private static HistoryComparison comparison() {
    ObservedSeries.Builder gdp = ObservedSeries.builder("gdp", "billion CNY");
    for (int y : YEARS) {
      gdp.add(y, Indicators.gdp().value(RUN, y) + 2, "made up: the run plus 2");
    }
    ObservedSeries co2 = ObservedSeries.of("co2", Indicators.co2().unit(), new int[] {2020, 2022},
        new double[] {0, Indicators.co2().value(RUN, 2022)}, "made up");
    return HistoryComparison.of(RUN, List.of(gdp.build(), co2));
  }

  @Test
  void the_fit_table_is_tidy_and_reads_back_with_its_metadata() throws IOException {
    Table t = Tables.fit(comparison());
    assertEquals(List.of("scenario", "series", "unit", "statistic", "value"), t.columns());
    assertEquals(20, t.rows().size(), "ten statistics for each of two series");
    String csv = CsvExport.toCsv(Metadata.of(RUN.profileName(), List.of("all")), t);
    try (CSVParser p = CsvExport.READ_FORMAT.parse(new StringReader(csv))) {
      List<CSVRecord> rows = p.getRecords();
      assertTrue(p.getHeaderComment().contains("scenarios: all"), p.getHeaderComment());
      assertTrue(p.getHeaderComment().contains("table: fit"), p.getHeaderComment());
      // a constant offset of 2 below the observations: mean error -2, RMSE 2, MSE 4, all of it bias, r² 1
      assertEquals(3, value(rows, "gdp", "n"), 0);
      assertEquals(-2, value(rows, "gdp", "mean-error"), 1e-9);
      assertEquals(2, value(rows, "gdp", "rmse"), 1e-9);
      assertEquals(4, value(rows, "gdp", "mse"), 1e-8);
      assertEquals(1, value(rows, "gdp", "theil-um"), 1e-9);
      assertEquals(0, value(rows, "gdp", "theil-us"), 1e-9);
      assertEquals(0, value(rows, "gdp", "theil-uc"), 1e-9);
      assertEquals(1, value(rows, "gdp", "r-squared"), 1e-9);
      double mape = 0;
      for (int y : YEARS) {
        mape += 2 / (Indicators.gdp().value(RUN, y) + 2);
      }
      assertEquals(100 * mape / 3, value(rows, "gdp", "mape"), 1e-9);
      // an observation of 0: MAPE undefined, an empty cell
      assertEquals("", cell(rows, "co2", "mape"));
      assertEquals("billion CNY", rows.get(0).get("unit"));
      assertEquals("all", rows.get(0).get("scenario"));
    }
  }

  @Test
  void the_points_table_gives_each_observed_year_beside_the_run() {
    Table t = Tables.fitPoints(comparison());
    assertEquals(List.of("scenario", "series", "unit", "year", "observed", "simulated", "source"), t.columns());
    assertEquals(5, t.rows().size());
    List<Object> first = t.rows().get(0);
    double simulated = Indicators.gdp().value(RUN, 2021);
    assertEquals(List.of("all", "gdp", "billion CNY", 2021, simulated + 2, simulated, "made up: the run plus 2"),
        first);
  }

  private static String cell(List<CSVRecord> rows, String series, String statistic) {
    return rows.stream().filter(r -> r.get("series").equals(series) && r.get("statistic").equals(statistic))
        .findFirst().orElseThrow().get("value");
  }

  private static double value(List<CSVRecord> rows, String series, String statistic) {
    return Double.parseDouble(cell(rows, series, statistic));
  }
}
