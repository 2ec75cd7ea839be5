package io.xinlu.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario file whose start shift or project delay moves a project with a capital cost far beyond the horizon
 * (docs/MODEL.md, D6): the file loads, and the run ends at once with the baseline's numbers (the project starts after
 * the end year, so it has no effect and no capital within the horizon). Such a file once made the run loop for ever.
 */
class HugeShiftTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private static String model(String adoption, String overrides) {
    return """
        format: xinlu/1
        profile:
          name: town
          base-year: 2022
          sectors:
            - id: coal
              group: secondary
              value-added: 30.0
              energy: 3.0
              emission-factor: 2.6
            - id: materials
              group: secondary
              value-added: 2.0
              energy: 0.4
        strategies:
          - id: industry
            projects:
              - id: btr-anode
                start: 2023
                full-effect: 2026
                capital-cost: 12.0
                effects:
                  - kind: new-capacity
                    sector: materials
                    size: 5.0
        scenarios:
          - name: baseline
            end-year: 2035
          - name: late
            parent: baseline
            adoptions:
              - strategy: industry
        """ + adoption + overrides;
  }

  private static void assertBaseline(String text, String file) {
    FileFormat format = FileFormat.of(Path.of(file));
    CityModel m = ScenarioFiles.combine(List.of(ScenarioFiles.parse(text, file, format))).model();
    Run late = assertTimeoutPreemptively(LIMIT, () -> Engine.run(m, "late"));
    Run baseline = Engine.run(m, "baseline");
    for (Quantity q : List.of(Quantity.VALUE_ADDED, Quantity.ENERGY, Quantity.CO2, Quantity.INVESTMENT)) {
      assertArrayEquals(baseline.totalSeries(q), late.totalSeries(q), q.label());
    }
    assertArrayEquals(new double[2035 - 2022 + 1], late.totalSeries(Quantity.INVESTMENT));
  }

  @ParameterizedTest(name = "start-shift: {0}")
  @ValueSource(strings = {"3e9", "3.0e+9", "2147483647", "3000000000", "1e300", "1.0e+300"})
  void a_huge_start_shift_in_a_file_runs_as_the_baseline(String shift) {
    assertBaseline(model("        start-shift: " + shift + "\n", ""), "late.yaml");
  }

  @ParameterizedTest(name = "delay: {0}")
  @ValueSource(strings = {"3e9", "3000000000", "2147483647", "1e300"})
  void a_huge_project_delay_in_a_file_runs_as_the_baseline(String delay) {
    assertBaseline(model("", "    project-overrides: [{project: btr-anode, delay: " + delay + "}]\n"),
        "late.yaml");
  }
}
