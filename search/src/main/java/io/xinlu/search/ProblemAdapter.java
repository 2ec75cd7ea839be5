package io.xinlu.search;

import io.xinlu.decision.SearchProblem;
import io.xinlu.decision.Variable;
import java.util.List;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;

/**
 * A {@link SearchProblem} as MOEA Framework's {@link org.moeaframework.core.Problem}. Every variable is encoded as
 * a real: an integer variable in {@code [ceil(lower) - 0.5, floor(upper) + 0.5]}, a binary one in
 * {@code [-0.5, 1.5]}; before {@code evaluate} the adapter rounds it to the nearest whole number (ties to even) and
 * clamps it into the variable's range, so each whole value has an interval of width 1 (the end values half that
 * plus the clamp) and the real operators (SBX, PM) work unchanged. A candidate's {@code x} holds the decoded values.
 *
 * <p>Thread-safe as far as the problem is: {@link #evaluate} may run on many threads at once.
 */
final class ProblemAdapter implements org.moeaframework.core.Problem {
  private final SearchProblem problem;
  private final List<Variable> variables;
  private final int objectives;
  private final int constraints;

  ProblemAdapter(SearchProblem problem) {
    this.problem = problem;
    this.variables = problem.variables();
    this.objectives = problem.objectives().size();
    this.constraints = problem.constraints().size();
  }

  @Override
  public String getName() {
    return "xinlu";
  }

  @Override
  public int getNumberOfVariables() {
    return variables.size();
  }

  @Override
  public int getNumberOfObjectives() {
    return objectives;
  }

  @Override
  public int getNumberOfConstraints() {
    return constraints;
  }

  @Override
  public Solution newSolution() {
    Solution s = new Solution(variables.size(), objectives, constraints);
    for (int i = 0; i < variables.size(); i++) {
      Variable v = variables.get(i);
      if (v.type() == Variable.Type.REAL) {
        s.setVariable(i, new RealVariable(v.lower(), v.upper()));
      } else {
        s.setVariable(i, new RealVariable(Math.ceil(v.lower()) - 0.5, Math.floor(v.upper()) + 0.5));
      }
    }
    return s;
  }

  /** The decoded decision variables of a solution. */
  double[] decode(Solution s) {
    double[] x = new double[variables.size()];
    for (int i = 0; i < x.length; i++) {
      Variable v = variables.get(i);
      double r = ((RealVariable) s.getVariable(i)).getValue();
      if (v.type() == Variable.Type.REAL) {
        x[i] = Math.min(v.upper(), Math.max(v.lower(), r));
      } else {
        x[i] = Math.min(Math.floor(v.upper()), Math.max(Math.ceil(v.lower()), Math.rint(r)));
      }
    }
    return x;
  }

  @Override
  public void evaluate(Solution s) {
    double[] x = decode(s);
    apply(s, x, Evaluation.of(problem, x));
  }

  /** The problem this adapter presents. */
  SearchProblem problem() {
    return problem;
  }

  /**
   * Checks an evaluation of {@code x} (a failure, a NaN objective, a violation that is negative, NaN or infinite, or
   * the wrong number of values) and, if it passes, sets it on the solution.
   *
   * @throws SearchException naming {@code x} if the evaluation failed or its numbers are not acceptable
   */
  void apply(Solution s, double[] x, Evaluation e) {
    String failure = e.failure();
    if (failure != null) {
      throw new SearchException(x, failure, e.cause());
    }
    double[] f = e.objectivesShared();
    double[] g = e.violationsShared();
    if (f.length != objectives || g.length != constraints) {
      throw new SearchException(x, "the evaluation has " + f.length + " objectives and " + g.length
          + " violations, the problem has " + objectives + " objectives " + problem.objectives() + " and "
          + constraints + " constraints " + problem.constraints(), null);
    }
    for (int i = 0; i < f.length; i++) {
      if (Double.isNaN(f[i])) {
        throw new SearchException(x, "objective '" + problem.objectives().get(i) + "' is NaN", null);
      }
    }
    for (int i = 0; i < g.length; i++) {
      if (!(g[i] >= 0) || g[i] == Double.POSITIVE_INFINITY) {
        throw new SearchException(x,
            "the violation of constraint '" + problem.constraints().get(i) + "' must be finite and >= 0, was " + g[i],
            null);
      }
    }
    s.setObjectives(f);
    if (constraints > 0) {
      s.setConstraints(g);
    }
  }

  @Override
  public void close() {}
}
