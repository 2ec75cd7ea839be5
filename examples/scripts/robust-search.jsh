// A robust search on Yangquan: the twelve levers of the seed plan, CO2 in 2030, GDP in 2035 and the peak of
// displaced workers by mean and p90 over 50 futures, and the share of futures in which CO2 peaks by 2030; a short
// run of epsilon-NSGA-II (400 evaluations), then the Pareto set with each plan's levers and objectives.
// JShell reads a line as a complete statement when it can: multi-line statements end their lines with "." or ",".
// Run from the repository root: ./xinlu-jshell examples/scripts/robust-search.jsh
import io.xinlu.decision.Candidate;
import io.xinlu.decision.city.CityProblem;
import io.xinlu.scenarios.YangquanDecisions;
import io.xinlu.search.Algorithm;
import io.xinlu.search.Search;
import io.xinlu.search.SearchResult;

CityProblem problem = YangquanDecisions.robustProblem(50);
SearchResult r = Search.builder(problem).algorithm(Algorithm.EPSILON_NSGA2).populationSize(40).
    epsilons(0.2, 0.2, 1.0, 1.0, 1.0, 1.0, 0.02).maxEvaluations(400).seed(1).threads(2).
    build().run();
System.out.printf("%d evaluations, %d generations, stopped: %s, feasible: %s%n", r.evaluations(), r.generations(),
    r.stopReason(), r.feasible());
System.out.println("objectives (minimised; GDP and satisficing negated): " + problem.objectives());
int k = 0;
for (Candidate c : r.paretoSet()) {
  k++;
  System.out.printf(java.util.Locale.ROOT, "plan %d: %s%n  objectives %s%n", k, problem.plan(c.x().toArray()).levers(),
      java.util.Arrays.toString(c.objectives().toArray()));
}
System.out.printf("Pareto set: %d plans%n", r.paretoSet().size());
/exit
