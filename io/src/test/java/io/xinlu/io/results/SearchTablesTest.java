package io.xinlu.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xinlu.decision.Candidate;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessTable;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.decision.city.Objective;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Indicators;
import io.xinlu.io.FileFormat;
import io.xinlu.io.LoadedModel;
import io.xinlu.io.ScenarioDocument;
import io.xinlu.io.ScenarioFiles;
import io.xinlu.scenarios.Yangquan;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.uncertainty.sampling.Distribution;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables of a search's results, and a plan found by search written as a scenario file and run from it. */
class SearchTablesTest {
  private static CityProblem reference() {
    CityProblem.Builder b = CityProblem.builder(Yangquan.model(), Yangquan.SEED_PLAN);
    YangquanDecisions.levers().forEach(b::decision);
    return b.objective(Objective.inYear(Indicators.co2(), 2030, Sense.MINIMISE))
        .objective(Objective.inYear(Indicators.gdp(), 2035, Sense.MAXIMISE)).build();
  }

  private static double[] plan() {
    double[] x = YangquanDecisions.seedPlanLevers();
    x[0] = 0.75;   // industrial empowerment at three quarters
    x[8] = 2027;   // the coal-power retirement decided for 2027
    x[11] = 2029;  // the intercity rail two years later
    return x;
  }

  @Test
  void a_plan_written_as_a_model_file_runs_to_the_problems_reference_run_bit_for_bit(@TempDir Path dir)
      throws IOException {
    CityProblem problem = reference();
    double[] x = plan();
    for (FileFormat f : FileFormat.values()) {
      Path file = dir.resolve("plan-model" + f.extension());
      ScenarioFiles.write(file, ScenarioDocument.of(problem.plan(x).modelWith("found-plan")));
      LoadedModel back = ScenarioFiles.load(List.of(file));
      Run fromFile = Engine.run(back.model(), "found-plan");
      Run reference = problem.referenceRun(x);
      // every quantity, sector and year, bit for bit (boxed doubles compare their bits); the scenario names differ
      List<List<Object>> expected = withoutScenario(Tables.runs(List.of(reference)));
      List<List<Object>> actual = withoutScenario(Tables.runs(List.of(fromFile)));
      assertEquals(expected.size(), actual.size());
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i), actual.get(i), f.name() + " row " + i);
      }
      // the plan's scenario alone, beside the model's own scenarios file, reads back as the scenario written
      Path scenarios = dir.resolve("plan" + f.extension());
      ScenarioFiles.write(scenarios, ScenarioDocument.builder()
          .scenarios(List.of(problem.plan(x).toScenario("found-plan"))).build());
      assertEquals(problem.plan(x).toScenario("found-plan"), ScenarioFiles.read(scenarios).scenarios().get(0));
    }
  }

  private static List<List<Object>> withoutScenario(Table t) {
    return t.rows().stream().map(r -> (List<Object>) new java.util.ArrayList<Object>(r.subList(1, r.size())))
        .toList();
  }

  @Test
  void the_pareto_set_table_gives_levers_objectives_in_their_natural_sign_and_violations() {
    CityProblem problem = reference();
    double[] x = plan();
    double[] objectives = new double[2];
    double[] violations = new double[problem.constraints().size()];
    problem.evaluate(x, objectives, violations);
    Run run = problem.referenceRun(x);
    Table t = Tables.paretoSet(problem, List.of(Candidate.of(x, objectives, violations)));
    assertEquals(List.of("plan", "kind", "name", "value", "note"), t.columns());
    List<List<Object>> rows = t.rows().stream().map(r -> (List<Object>) r).toList();
    assertEquals(Arrays.asList("plan-1", "lever", "strategy/industrial-empowerment/intensity", 0.75, null),
        rows.get(0));
    assertEquals(Arrays.asList("plan-1", "lever", "project/coal-power-retirement/start", 2027.0, null), rows.get(8));
    assertEquals(Arrays.asList("plan-1", "objective", "co2@2030", Indicators.co2().value(run, 2030), "minimised"),
        rows.get(12));
    // GDP is maximised: the search held -GDP, the table holds GDP itself
    assertEquals(Arrays.asList("plan-1", "objective", "gdp@2035", Indicators.gdp().value(run, 2035),
        "maximised (negated back from the search)"), rows.get(13));
    int n = rows.size();
    assertEquals("total-violation", rows.get(n - 2).get(1));
    assertEquals(Arrays.stream(violations).sum(), rows.get(n - 2).get(3));
    assertEquals(Arrays.stream(violations).allMatch(v -> v == 0) ? 1 : 0, rows.get(n - 1).get(3));
    assertEquals(12 + 2 + violations.length + 2, n);
    assertThrows(IllegalArgumentException.class, () -> Tables.paretoSet(problem,
        List.of(Candidate.of(new double[] {1}, objectives, violations))));
  }

  @Test
  void the_convergence_table_has_a_row_per_generation() {
    Table t = Tables.convergence(List.of(new Tables.Generation(1, 100, 0.0, 3, 3, false),
        new Tables.Generation(2, 200, 1.5, 5, 4, true)));
    assertEquals(List.of("generation", "evaluations", "hypervolume", "epsilon_progress", "archive_size", "feasible"),
        t.columns());
    assertEquals(List.of(2, 200L, 1.5, 5L, 4, true), t.rows().get(1));
    String csv = CsvExport.toCsv(Metadata.of("yangquan", List.of("seed-plan")).withSeed(1), t);
    assertEquals(true, csv.contains("\n2,200,1.5,5,4,true\n"), csv);
  }

  @Test
  void the_robustness_table_lists_every_metric_of_every_plan_and_objective() {
    // the worked 3 x 4 table of docs/DECISIONS.md is checked in core; here its layout
    RobustnessTable table = new RobustnessTable(List.of("co2@2030"), List.of("mean", "regret1"),
        new double[][][] {{{1.0, 0.0}}, {{2.0, 0.5}}}, new double[][][] {{{1, 1}, {2, 2}}}, new double[] {0.25, 1});
    Table t = Tables.robustness(table, List.of("plan-1", "plan-2"));
    assertEquals(List.of(List.of("plan-1", "co2@2030", "mean", 1.0), List.of("plan-1", "co2@2030", "regret1", 0.0),
        List.of("plan-1", "all targets", "satisficing", 0.25), List.of("plan-2", "co2@2030", "mean", 2.0),
        List.of("plan-2", "co2@2030", "regret1", 0.5), List.of("plan-2", "all targets", "satisficing", 1.0)),
        t.rows());
    assertThrows(IllegalArgumentException.class, () -> Tables.robustness(table, List.of("plan-1")));
  }

  @Test
  void a_robust_problems_table_names_its_scores_as_robustness_and_un_negates_satisficing() {
    ParameterSpace space = ParameterSpace.builder()
        .parameter("macro-shock", Distribution.triangular(-0.01, 0.0, 0.005)).build();
    CityProblem.Builder b = CityProblem.builder(Yangquan.model(), Yangquan.SEED_PLAN);
    YangquanDecisions.levers().forEach(b::decision);
    CityProblem problem = b.objective(Objective.inYear(Indicators.gdp(), 2035, Sense.MAXIMISE))
        .metrics(io.xinlu.decision.RobustnessMetric.mean())
        .satisficing(Yangquan.targets().get(0)).futures(space, 4, 7).build();
    double[] x = plan();
    double[] o = new double[problem.objectives().size()];
    double[] v = new double[problem.constraints().size()];
    problem.evaluate(x, o, v);
    Table t = Tables.paretoSet(problem, List.of(Candidate.of(x, o, v)));
    assertEquals(Arrays.asList("plan-1", "robustness", "gdp@2035/mean", -o[0],
        "maximised (negated back from the search)"), t.rows().get(12));
    assertEquals(Arrays.asList("plan-1", "satisficing", "satisficing", -o[1],
        "maximised (negated back from the search)"), t.rows().get(13));
  }
}
