package io.xinlu.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.decision.Candidate;
import io.xinlu.decision.Hypervolume;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.moeaframework.core.NondominatedPopulation;
import org.moeaframework.core.Solution;

/** The test problems with known fronts, and the hypervolume against MOEA Framework's own. */
class KnownFrontsTest {
  /**
   * DTLZ2's front is the positive octant of the unit sphere: against (1, 1, 1) its hypervolume is 1 - pi/6. A finite
   * set on a concave front falls short of it by roughly the inverse square root of its size, so 1 % needs some
   * twenty thousand well-spread points: NSGA-III (population 200), epsilon 0.0025, 250,000 evaluations.
   */
  @Test
  void dtlz2_reaches_99_percent_of_the_true_hypervolume() {
    SearchResult r = Search.builder(TestProblems.DTLZ2).algorithm(Algorithm.NSGA3).populationSize(200)
        .epsilons(0.0025, 0.0025, 0.0025).maxEvaluations(250_000).seed(1).referencePoint(1, 1, 1).threads(2)
        .build().run();
    double ratio = SearchTest.hypervolume(r.paretoSet(), new double[] {1, 1, 1}) / (1 - Math.PI / 6);
    assertTrue(ratio >= 0.99 && ratio <= 1, "ratio " + ratio);
    assertEquals(ratio * (1 - Math.PI / 6), r.history().get(r.generations() - 1).hypervolume(), 1e-12);
  }

  /** Our exact hypervolume equals MOEA Framework's (WFG, on points already in [0, 1]) on random sets. */
  @Test
  void hypervolume_agrees_with_moea_frameworks() {
    Random random = new Random(20261206);
    ProblemAdapter problem = new ProblemAdapter(TestProblems.DTLZ2);
    org.moeaframework.core.indicator.Hypervolume theirs = new org.moeaframework.core.indicator.Hypervolume(problem,
        new double[] {0, 0, 0}, new double[] {1, 1, 1});
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + random.nextInt(60);
      double[][] points = new double[n][];
      NondominatedPopulation set = new NondominatedPopulation();
      for (int i = 0; i < n; i++) {
        // points near the sphere, so that few are dominated
        double a = random.nextDouble() * Math.PI / 2;
        double b = random.nextDouble() * Math.PI / 2;
        double r = 1 + random.nextDouble() * 0.2 - 0.1;
        points[i] = new double[] {Math.min(0.999, r * Math.cos(a) * Math.cos(b)),
            Math.min(0.999, r * Math.cos(a) * Math.sin(b)), Math.min(0.999, r * Math.sin(a))};
        Solution s = new Solution(0, 3);
        s.setObjectives(points[i].clone());
        set.add(s);
      }
      assertEquals(theirs.evaluate(set), Hypervolume.of(points, new double[] {1, 1, 1}), 1e-12, "trial " + trial);
    }
  }

  @Test
  void a_zdt1_result_agrees_with_moea_frameworks_hypervolume() {
    List<Candidate> set = Search.builder(TestProblems.ZDT1).algorithm(Algorithm.NSGA2).epsilons(0.01, 0.01)
        .maxEvaluations(5_000).seed(1).build().run().paretoSet();
    NondominatedPopulation pop = new NondominatedPopulation();
    for (Candidate c : set) {
      Solution s = new Solution(0, 2);
      s.setObjectives(c.objectives().toArray());
      pop.add(s);
    }
    double theirs = new org.moeaframework.core.indicator.Hypervolume(new ProblemAdapter(TestProblems.ZDT1),
        new double[] {0, 0}, new double[] {1, 1}).evaluate(pop);
    assertEquals(theirs, SearchTest.hypervolume(set, new double[] {1, 1}), 1e-12);
  }
}
