package io.xinlu.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.check.DesignPoint;
import io.xinlu.check.IndicatorMoves;
import io.xinlu.check.OutputMove;
import io.xinlu.check.StructuralDifference;
import io.xinlu.check.ChangeTolerance;
import io.xinlu.check.VersionDiff;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The tidy tables of a version comparison, from a comparison written out by hand, and their CSV. */
class VersionTablesTest {
  private static final OutputMove FROM_ZERO = new OutputMove("plan", 1, "displaced-workers", "thousand persons",
      2030, 0, 2.5);
  private static final OutputMove GDP = new OutputMove("baseline", 0, "gdp", "billion CNY", 2035, 200, 190);
  private static final OutputMove UNDEFINED = new OutputMove("baseline", 0, "gdp", "billion CNY", 2034, Double.NaN,
      180);

  private static VersionDiff diff() {
    return new VersionDiff(ChangeTolerance.DEFAULT, ImmutableList.of("baseline", "plan"), ImmutableList.of("gdp",
        "displaced-workers"), ImmutableList.of(new DesignPoint(0, ImmutableMap.of()), new DesignPoint(1,
        ImmutableMap.of("macro-shock", -0.005, "sector/coal/growth", 0.01))), 120, ImmutableList.of(FROM_ZERO,
        UNDEFINED, GDP), ImmutableList.of(new IndicatorMoves("displaced-workers", "thousand persons", 1, 1, 1, 1,
        FROM_ZERO), new IndicatorMoves("gdp", "billion CNY", 2, 1, 1, 2, UNDEFINED)), ImmutableList.of(
        new StructuralDifference(StructuralDifference.Kind.SCENARIO, StructuralDifference.Side.OLD_ONLY, "late",
            "scenario 'late' in the old version only")));
  }

  private static List<List<String>> read(Table t) throws IOException {
    String csv = CsvExport.toCsv(Metadata.of("city", List.of("baseline", "plan")), t);
    try (CSVParser p = CsvExport.READ_FORMAT.parse(new StringReader(csv))) {
      assertEquals(t.columns(), p.getHeaderNames());
      return p.getRecords().stream().map(CSVRecord::toList).toList();
    }
  }

  @Test
  void the_moves_table_has_one_row_per_move_with_its_change() throws IOException {
    Table t = Tables.versionMoves(diff());
    assertEquals(List.of("scenario", "point", "indicator", "unit", "year", "old", "new", "change",
        "relative_change"), t.columns());
    assertEquals(List.of(
        List.of("plan", "1", "displaced-workers", "thousand persons", "2030", "0.0", "2.5", "2.5", ""),
        List.of("baseline", "0", "gdp", "billion CNY", "2034", "NaN", "180.0", "NaN", ""),
        List.of("baseline", "0", "gdp", "billion CNY", "2035", "200.0", "190.0", "-10.0", "-0.05")), read(t));
  }

  @Test
  void the_summary_structure_and_points_tables() throws IOException {
    assertEquals(List.of(
        List.of("displaced-workers", "thousand persons", "1", "1", "1", "1", "plan", "1", "2030", "0.0", "2.5", ""),
        List.of("gdp", "billion CNY", "2", "1", "1", "2", "baseline", "0", "2034", "NaN", "180.0", "")),
        read(Tables.versionSummary(diff())));
    assertEquals(List.of(List.of("scenario", "old", "late", "scenario 'late' in the old version only")),
        read(Tables.versionStructure(diff())));
    assertEquals(List.of(Arrays.asList("0", "", ""), List.of("1", "macro-shock", "-0.005"),
        List.of("1", "sector/coal/growth", "0.01")), read(Tables.versionPoints(diff())));
  }
}
