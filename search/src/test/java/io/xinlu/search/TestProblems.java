package io.xinlu.search;

import com.google.common.collect.ImmutableList;
import io.xinlu.decision.SearchProblem;
import io.xinlu.decision.Variable;

/** Test problems with known fronts, as plain functions behind {@link SearchProblem}. */
final class TestProblems {
  private TestProblems() {}

  private static ImmutableList<Variable> reals(int n) {
    ImmutableList.Builder<Variable> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add(Variable.real("x" + i, 0, 1));
    }
    return b.build();
  }

  /**
   * ZDT1 (Zitzler, Deb and Thiele 2000, Evol. Comput. 8(2)), 30 variables in [0, 1]: f1 = x0,
   * g = 1 + 9 sum(x1..x29) / 29, f2 = g (1 - sqrt(f1 / g)). Front: g = 1, f2 = 1 - sqrt(f1); its hypervolume
   * against (1, 1) is the integral of 1 - (1 - sqrt(f)) = sqrt(f) over [0, 1], 2/3.
   */
  static final SearchProblem ZDT1 = new SearchProblem() {
    private final ImmutableList<Variable> vars = reals(30);

    @Override
    public ImmutableList<Variable> variables() {
      return vars;
    }

    @Override
    public ImmutableList<String> objectives() {
      return ImmutableList.of("f1", "f2");
    }

    @Override
    public ImmutableList<String> constraints() {
      return ImmutableList.of();
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      double g = 0;
      for (int i = 1; i < x.length; i++) {
        g += x[i];
      }
      g = 1 + 9 * g / (x.length - 1);
      f[0] = x[0];
      f[1] = g * (1 - Math.sqrt(x[0] / g));
    }

    @Override
    public String identity() {
      return "ZDT1";
    }
  };

  /**
   * DTLZ2 (Deb, Thiele, Laumanns and Zitzler 2002), 3 objectives and 12 variables in [0, 1]:
   * g = sum over x2..x11 of (x - 0.5)^2, f1 = (1 + g) cos(x0 pi/2) cos(x1 pi/2), f2 = (1 + g) cos(x0 pi/2)
   * sin(x1 pi/2), f3 = (1 + g) sin(x0 pi/2). Front: the unit sphere's positive octant; hypervolume against
   * (1, 1, 1) is 1 - pi/6.
   */
  static final SearchProblem DTLZ2 = new SearchProblem() {
    private final ImmutableList<Variable> vars = reals(12);

    @Override
    public ImmutableList<Variable> variables() {
      return vars;
    }

    @Override
    public ImmutableList<String> objectives() {
      return ImmutableList.of("f1", "f2", "f3");
    }

    @Override
    public ImmutableList<String> constraints() {
      return ImmutableList.of();
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      double g = 0;
      for (int i = 2; i < x.length; i++) {
        g += (x[i] - 0.5) * (x[i] - 0.5);
      }
      double a = x[0] * Math.PI / 2;
      double b = x[1] * Math.PI / 2;
      f[0] = (1 + g) * Math.cos(a) * Math.cos(b);
      f[1] = (1 + g) * Math.cos(a) * Math.sin(b);
      f[2] = (1 + g) * Math.sin(a);
    }
  };

  /**
   * SRN (Srinivas and Deb 1994), two variables in [-20, 20], two objectives and two constraints:
   * f1 = 2 + (x - 2)^2 + (y - 1)^2, f2 = 9x - (y - 1)^2; x^2 + y^2 <= 225, x - 3y + 10 <= 0.
   */
  static final SearchProblem SRN = new SearchProblem() {
    @Override
    public ImmutableList<Variable> variables() {
      return ImmutableList.of(Variable.real("x", -20, 20), Variable.real("y", -20, 20));
    }

    @Override
    public ImmutableList<String> objectives() {
      return ImmutableList.of("f1", "f2");
    }

    @Override
    public ImmutableList<String> constraints() {
      return ImmutableList.of("circle", "line");
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      f[0] = 2 + (x[0] - 2) * (x[0] - 2) + (x[1] - 1) * (x[1] - 1);
      f[1] = 9 * x[0] - (x[1] - 1) * (x[1] - 1);
      v[0] = Math.max(0, x[0] * x[0] + x[1] * x[1] - 225);
      v[1] = Math.max(0, x[0] - 3 * x[1] + 10);
    }
  };

  /**
   * No feasible point: an integer a in [0, 10] and a binary b, constraint a + b >= 20 (violation 20 - a - b, least
   * 9 at a = 10, b = 1). Objectives a and -b.
   */
  static final SearchProblem NONE_FEASIBLE = new SearchProblem() {
    @Override
    public ImmutableList<Variable> variables() {
      return ImmutableList.of(Variable.integer("a", 0, 10), Variable.binary("b"));
    }

    @Override
    public ImmutableList<String> objectives() {
      return ImmutableList.of("a", "minus b");
    }

    @Override
    public ImmutableList<String> constraints() {
      return ImmutableList.of("a + b >= 20");
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      f[0] = x[0];
      f[1] = -x[1];
      v[0] = Math.max(0, 20 - x[0] - x[1]);
    }
  };

  /**
   * A small plan, shaped like a city's: three projects, each built or not (binary {@code build i}) from a start year
   * in 2025..2035 (integer {@code start i}), and a strategy's intensity in [0, 1] (real). Objectives: emissions
   * {@code 100 - sum(built i * cut i * (2040 - start i) / 15) - 20 intensity} (cuts 30, 25, 20) and cost
   * {@code sum(built i * capex i) + 15 intensity^2} (capex 40, 30, 20). Constraints: a budget, cost at most 70
   * (violation the excess); and a prerequisite, project 2 (the closure) starts no earlier than project 1 (the new
   * plant) when both are built (violation the years too early), or is not built without it (violation 1).
   */
  static final SearchProblem PLAN = new SearchProblem() {
    private final double[] cut = {30, 25, 20};
    private final double[] capex = {40, 30, 20};

    @Override
    public ImmutableList<Variable> variables() {
      return ImmutableList.of(Variable.binary("build 0"), Variable.binary("build 1"), Variable.binary("build 2"),
          Variable.integer("start 0", 2025, 2035), Variable.integer("start 1", 2025, 2035),
          Variable.integer("start 2", 2025, 2035), Variable.real("intensity", 0, 1));
    }

    @Override
    public ImmutableList<String> objectives() {
      return ImmutableList.of("emissions", "cost");
    }

    @Override
    public ImmutableList<String> constraints() {
      return ImmutableList.of("budget", "closure waits for the new plant");
    }

    @Override
    public void evaluate(double[] x, double[] f, double[] v) {
      double emissions = 100 - 20 * x[6];
      double cost = 15 * x[6] * x[6];
      for (int i = 0; i < 3; i++) {
        emissions -= x[i] * cut[i] * (2040 - x[3 + i]) / 15;
        cost += x[i] * capex[i];
      }
      f[0] = emissions;
      f[1] = cost;
      v[0] = Math.max(0, cost - 70);
      v[1] = x[2] == 0 ? 0 : x[1] == 0 ? 1 : Math.max(0, x[4] - x[5]);
    }

    @Override
    public String identity() {
      return "PLAN";
    }
  };
}
