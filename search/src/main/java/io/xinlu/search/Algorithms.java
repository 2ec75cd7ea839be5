package io.xinlu.search;

import org.moeaframework.algorithm.EpsilonMOEA;
import org.moeaframework.algorithm.EpsilonNSGAII;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.algorithm.ReferencePointNondominatedSortingPopulation;
import org.moeaframework.core.EpsilonBoxDominanceArchive;
import org.moeaframework.core.NondominatedSortingPopulation;
import org.moeaframework.core.Population;
import org.moeaframework.core.Solution;
import org.moeaframework.core.comparator.ChainedComparator;
import org.moeaframework.core.comparator.CrowdingComparator;
import org.moeaframework.core.comparator.ParetoDominanceComparator;
import org.moeaframework.core.initialization.RandomInitialization;
import org.moeaframework.core.selection.TournamentSelection;
import org.moeaframework.core.spi.OperatorFactory;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

/**
 * MOEA Framework's algorithms, each subclassed only to route its evaluations through {@link Evaluations} (parallel,
 * collected for the archive). Named classes: an algorithm's saved state records its class's canonical name.
 */
final class Algorithms {
  private Algorithms() {}

  static org.moeaframework.core.Algorithm create(Algorithm which, Evaluations ev, int populationSize,
      double[] epsilons) {
    ProblemAdapter p = ev.adapter();
    return switch (which) {
      case NSGA2 -> new Nsga2(ev, populationSize);
      case EPSILON_NSGA2 -> new EpsilonNsga2(ev, populationSize, epsilons);
      case EPSILON_MOEA -> new EpsilonMoea(ev, populationSize, epsilons);
      case NSGA3 -> Nsga3.create(ev, populationSize, p.getNumberOfObjectives());
    };
  }

  private static ChainedComparator rankAndCrowding() {
    return new ChainedComparator(new ParetoDominanceComparator(), new CrowdingComparator());
  }

  static final class Nsga2 extends NSGAII {
    private final Evaluations ev;

    Nsga2(Evaluations ev, int n) {
      super(ev.adapter(), n, new NondominatedSortingPopulation(), null, new TournamentSelection(2, rankAndCrowding()),
          OperatorFactory.getInstance().getVariation(ev.adapter()), new RandomInitialization(ev.adapter()));
      this.ev = ev;
    }

    @Override
    public void evaluate(Solution s) {
      ev.evaluate(s);
      numberOfEvaluations++;
    }

    @Override
    public void evaluateAll(Iterable<Solution> solutions) {
      numberOfEvaluations += ev.evaluateAll(solutions);
    }
  }

  static final class EpsilonNsga2 extends EpsilonNSGAII {
    private final Evaluations ev;

    EpsilonNsga2(Evaluations ev, int n, double[] epsilons) {
      super(ev.adapter(), n, new NondominatedSortingPopulation(), new EpsilonBoxDominanceArchive(epsilons),
          new TournamentSelection(2, rankAndCrowding()), OperatorFactory.getInstance().getVariation(ev.adapter()),
          new RandomInitialization(ev.adapter()), 100, 100, 0.25, n, 10_000);
      this.ev = ev;
    }

    @Override
    public void evaluate(Solution s) {
      ev.evaluate(s);
      numberOfEvaluations++;
    }

    @Override
    public void evaluateAll(Iterable<Solution> solutions) {
      numberOfEvaluations += ev.evaluateAll(solutions);
    }
  }

  static final class EpsilonMoea extends EpsilonMOEA {
    private final Evaluations ev;

    EpsilonMoea(Evaluations ev, int n, double[] epsilons) {
      super(ev.adapter(), n, new Population(), new EpsilonBoxDominanceArchive(epsilons), new TournamentSelection(2),
          OperatorFactory.getInstance().getVariation(ev.adapter()), new RandomInitialization(ev.adapter()));
      this.ev = ev;
    }

    @Override
    public void evaluate(Solution s) {
      ev.evaluate(s);
      numberOfEvaluations++;
    }

    @Override
    public void evaluateAll(Iterable<Solution> solutions) {
      numberOfEvaluations += ev.evaluateAll(solutions);
    }
  }

  static final class Nsga3 extends NSGAIII {
    private final Evaluations ev;

    private Nsga3(Evaluations ev, int n, NormalBoundaryDivisions divisions, int objectives) {
      super(ev.adapter(), n, new ReferencePointNondominatedSortingPopulation(objectives, divisions),
          getDefaultSelection(ev.adapter()), getDefaultVariation(ev.adapter()), new RandomInitialization(ev.adapter()));
      this.ev = ev;
    }

    /** One layer of reference points: the most divisions whose count of points does not exceed the population. */
    static Nsga3 create(Evaluations ev, int n, int objectives) {
      int h = 1;
      while (new NormalBoundaryDivisions(h + 1).getNumberOfReferencePoints(objectives) <= n) {
        h++;
      }
      return new Nsga3(ev, n, new NormalBoundaryDivisions(h), objectives);
    }

    @Override
    public void evaluate(Solution s) {
      ev.evaluate(s);
      numberOfEvaluations++;
    }

    @Override
    public void evaluateAll(Iterable<Solution> solutions) {
      numberOfEvaluations += ev.evaluateAll(solutions);
    }
  }
}
