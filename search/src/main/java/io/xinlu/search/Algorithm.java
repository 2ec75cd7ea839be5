package io.xinlu.search;

/**
 * The search algorithms, MOEA Framework's own implementations with its default operators for real variables
 * (simulated binary crossover and polynomial mutation).
 *
 * @since 0.1.0
 */
public enum Algorithm {
  /** NSGA-II (Deb, Pratap, Agarwal and Meyarivan 2002), binary tournament on rank and crowding. */
  NSGA2,
  /**
   * NSGA-III (Deb and Jain 2014) with one layer of reference points: the most divisions whose number of points does
   * not exceed the population size.
   */
  NSGA3,
  /**
   * Epsilon-MOEA (Deb, Mohan and Mishra 2005), steady state: one offspring pair at a time, so its evaluations do not
   * run in parallel; a generation is a population's worth of evaluations.
   */
  EPSILON_MOEA,
  /**
   * Epsilon-NSGA-II (Kollat and Reed 2006): NSGA-II with an epsilon-box archive and adaptive time continuation
   * (restarts that inject the archive, population sized from it).
   */
  EPSILON_NSGA2
}
