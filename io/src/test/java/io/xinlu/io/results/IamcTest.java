package io.xinlu.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.IndicatorCatalogue;
import io.xinlu.indicator.Indicators;
import io.xinlu.scenarios.Yangquan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The IAMC format (the Integrated Assessment Modeling Consortium's data template, as pyam reads it: the index columns
 * model, scenario, region, variable, unit and one column per year, no two rows with one model, scenario, region and
 * variable): written from Yangquan's runs, read back under those rules, and each rule broken once.
 */
class IamcTest {
  private static List<Run> yangquan() {
    return List.of(Engine.run(Yangquan.model(), "baseline"), Engine.run(Yangquan.model(), "seed-plan"));
  }

  @Test
  void yangquan_is_written_with_iamc_names_units_and_the_base_year_values() {
    List<Run> runs = yangquan();
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    ImmutableList<Iamc.Row> rows = Iamc.rows("Xinlu test", "yangquan", runs,
        List.of(c.get("gdp"), c.get("population"), c.get("co2"), c.get("va:sector:coal-mining"),
            c.get("share:group:tertiary")));
    assertEquals(10, rows.size(), "2 scenarios x 5 indicators");
    Iamc.Row pop = rows.get(1);
    assertEquals(List.of("Xinlu test", "baseline", "yangquan", "Population", "million"),
        List.of(pop.model(), pop.scenario(), pop.region(), pop.variable(), pop.unit()));
    // the 2022 communiqué's population, 1,311,061 persons = 1.311061 million
    assertEquals(1.311061, pop.values().get(2022), 1e-12);
    // every year of the run, 2022 to 2035
    assertEquals(List.of(2022, 2035), List.of(pop.values().firstKey(), pop.values().lastKey()));
    assertEquals(14, pop.values().size());
    // the official 2022 GDP, 1012.9 亿元 = 101.29 billion CNY, at 2022 prices
    Iamc.Row gdp = rows.get(0);
    assertEquals("GDP|MER", gdp.variable());
    assertEquals("billion CNY_2022/yr", gdp.unit());
    assertEquals(101.29, gdp.values().get(2022), 1e-9);
    assertEquals("Emissions|CO2", rows.get(2).variable());
    assertEquals("Mt CO2/yr", rows.get(2).unit());
    assertEquals("Value Added|coal-mining", rows.get(3).variable());
    assertEquals("Xinlu|share:group:tertiary", rows.get(4).variable());
    assertEquals("share", rows.get(4).unit());
    // the seed plan's rows follow the baseline's, and differ from them after the base year
    assertEquals("seed-plan", rows.get(5).scenario());
    assertEquals(rows.get(0).values().get(2022), rows.get(5).values().get(2022));
    assertTrue(rows.get(5).values().get(2035) > rows.get(0).values().get(2035), "the seed plan adds GDP by 2035");

    String csv = Iamc.toCsv(rows);
    assertTrue(csv.startsWith("model,scenario,region,variable,unit,2022,2023,"), csv);
    assertTrue(csv.contains("\nXinlu test,baseline,yangquan,Population,million,1.311061,"), csv);
    assertEquals(rows, Iamc.read(csv));
  }

  @Test
  void chosen_years_and_an_undefined_value_are_empty_cells() {
    List<Run> runs = yangquan();
    // growth is undefined in the base year: its cell is empty, not NaN
    ImmutableList<Iamc.Row> rows = Iamc.rows("m", "r", runs.subList(0, 1), List.of(Indicators.gdpGrowth()),
        2022, 2030);
    assertEquals(List.of(2030), List.copyOf(rows.get(0).values().keySet()));
    String csv = Iamc.toCsv(rows);
    String[] lines = csv.split("\n");
    assertEquals("model,scenario,region,variable,unit,2030", lines[0]);
    assertTrue(lines[1].startsWith("m,baseline,r,Xinlu|gdp-growth,"), lines[1]);
  }

  @Test
  void bad_arguments_are_refused_with_what_is_wrong() {
    List<Run> runs = yangquan();
    List<io.xinlu.indicator.Indicator> gdp = List.of(Indicators.gdp());
    message("the IAMC model name is blank", () -> Iamc.rows(" ", "r", runs, gdp));
    message("the IAMC region name is blank", () -> Iamc.rows("m", "", runs, gdp));
    message("the IAMC model name holds the control character U+000A at position 2",
        () -> Iamc.rows("a\nb", "r", runs, gdp));
    message("the IAMC region name holds the control character U+0009 at position 1",
        () -> Iamc.rows("m", "\tr", runs, gdp));
    message("the IAMC model name has 257 characters; give at most 256",
        () -> Iamc.rows("m".repeat(257), "r", runs, gdp));
    message("no runs", () -> Iamc.rows("m", "r", List.of(), gdp));
    message("no indicators", () -> Iamc.rows("m", "r", runs, List.of()));
    message("year 2040 is outside the runs (2022 to 2035)", () -> Iamc.rows("m", "r", runs, gdp, 2040));
    message("two runs of scenario 'baseline'", () -> Iamc.rows("m", "r", List.of(runs.get(0), runs.get(0)), gdp));
    message("indicator 'gdp' is given twice", () -> Iamc.rows("m", "r", runs, List.of(Indicators.gdp(),
        Indicators.gdp())));
    message("no rows", () -> Iamc.toCsv(List.of()));
    Iamc.Row r = new Iamc.Row("m", "s", "r", "v", "u", ImmutableSortedMap.of(2020, 1.0));
    message("rows 0 and 1 are both model 'm', scenario 's', region 'r', variable 'v'", () -> Iamc.toCsv(List.of(r,
        r)));
  }

  @Test
  void a_file_that_breaks_a_rule_is_refused_naming_line_and_column() {
    String h = "model,scenario,region,variable,unit,2020,2025\n";
    message("the file is empty", () -> Iamc.read(""));
    message("line 1: the column 'unit' is missing", () -> Iamc.read("model,scenario,region,variable,2020\n"));
    message("line 1, column 6: 'value' is neither an index column", () -> Iamc.read(
        "model,scenario,region,variable,unit,value\n"));
    message("line 1: the year 2020 is given twice", () -> Iamc.read("model,scenario,region,variable,unit,2020,"
        + "2020\n"));
    message("line 1: the column 'model' is given twice", () -> Iamc.read("model,Model,scenario,region,variable,"
        + "unit,2020\n"));
    message("line 1: no year columns", () -> Iamc.read("model,scenario,region,variable,unit\n"));
    message("line 2: 6 cells, the header has 7", () -> Iamc.read(h + "m,s,r,v,u,1\n"));
    message("line 2, column 'region': blank", () -> Iamc.read(h + "m,s, ,v,u,1,2\n"));
    message("line 2, column 7 (year 2025): 'x' is not a number", () -> Iamc.read(h + "m,s,r,v,u,1,x\n"));
    message("line 3, column 6 (year 2020): 'NaN' is not a finite number", () -> Iamc.read(h + "m,s,r,v,u,1,2\n"
        + "m,s,r,w,u,NaN,2\n"));
    message("line 3: model 'm', scenario 's', region 'r', variable 'v' again (first on line 2)", () -> Iamc.read(h
        + "m,s,r,v,u,1,2\nm,s,r,v,other unit,1,2\n"));
    // case and order of the index columns are free, as pyam has them; empty cells are missing values
    ImmutableList<Iamc.Row> rows = Iamc.read("Region,Model,Scenario,Unit,Variable,2025,2020\nr,m,s,u,v,,3.5\n");
    assertEquals(List.of(new Iamc.Row("m", "s", "r", "v", "u", ImmutableSortedMap.of(2020, 3.5))), rows);
  }

  @Test
  void write_then_read_gives_the_same_rows() {
    // names with commas, quotes, bars and non-ASCII letters; values of any magnitude; years with gaps
    Gen<String> names = strings().basicLatinAlphabet().ofLengthBetween(1, 8)
        .mix(strings().betweenCodePoints(0x4e00, 0x4e20).ofLengthBetween(1, 3))
        .assuming(s -> !s.isBlank());
    Gen<Iamc.Row> row = names.zip(names, integers().between(1990, 2100), lists().of(doubles().between(-1e12, 1e12))
        .ofSizeBetween(0, 6), (v, u, y0, vs) -> {
          ImmutableSortedMap.Builder<Integer, Double> m = ImmutableSortedMap.naturalOrder();
          for (int i = 0; i < vs.size(); i++) {
            m.put(y0 + 3 * i, vs.get(i));
          }
          return new Iamc.Row("model, \"x\"", "s|1", "r", v.strip().isEmpty() ? "v" : v.strip(),
              u.strip().isEmpty() ? "u" : u.strip(), m.buildOrThrow());
        });
    qt().forAll(lists().of(row).ofSizeBetween(1, 5)).checkAssert(list -> {
      List<Iamc.Row> distinct = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Iamc.Row r : list) {
        if (seen.add(r.variable())) {
          distinct.add(r);
        }
      }
      boolean anyYear = distinct.stream().anyMatch(r -> !r.values().isEmpty());
      if (!anyYear) {
        return; // a file without a year column is not IAMC; refused on reading (tested above)
      }
      String csv = Iamc.toCsv(distinct);
      assertEquals(distinct, Iamc.read(csv), csv);
    });
  }

  private static void message(String expected, org.junit.jupiter.api.function.Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertTrue(x.getMessage().contains(expected), "'" + expected + "' in: " + x.getMessage());
  }
}
