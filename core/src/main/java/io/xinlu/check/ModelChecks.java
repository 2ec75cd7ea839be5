package io.xinlu.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs {@link ModelCheck}s on a model: each scenario the checks read is run once, and each check gives one
 * {@link CheckResult}, in the order of the checks.
 *
 * <pre>{@code
 * ImmutableList<CheckResult> results = ModelChecks.run(model, checks);
 * if (!ModelChecks.allPassed(results)) {
 *   throw new AssertionError(ModelChecks.failures(results));   // in a test: each failed check, one a line
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe; the same model and checks give the same results.
 *
 * @since 0.1.0
 */
public final class ModelChecks {
  private ModelChecks() {}

  /**
   * What does not fit between the checks and the model: a name given twice, a scenario the model lacks, a model
   * without scenarios, a year before the profile's base year or after a scenario's end year (for a check of all
   * scenarios, any scenario's).
   *
   * @return every problem, in the order of the checks; empty when the checks can run
   */
  public static ImmutableList<CheckProblem> problems(CityModel model, List<? extends ModelCheck> checks) {
    checkNotNull(model, "the model is null");
    checkNotNull(checks, "the checks are null");
    List<CheckProblem> out = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    Set<String> known = new LinkedHashSet<>(model.scenarioNames());
    int base = model.profile().baseYear();
    for (int i = 0; i < checks.size(); i++) {
      ModelCheck c = checkNotNull(checks.get(i), "check %s is null", i + 1);
      Integer first = names.putIfAbsent(c.name(), i);
      if (first != null) {
        out.add(new CheckProblem(i, c.name(), "name", "duplicate check name '" + c.name() + "': check "
            + (first + 1) + " has it too"));
      }
      List<String> fields = c instanceof ModelCheck.Order o ? List.of("scenario", o.relation().key()) : List.of();
      List<String> valid = new ArrayList<>();
      for (int s = 0; s < c.scenarios().size(); s++) {
        String name = c.scenarios().get(s);
        if (known.contains(name)) {
          valid.add(name);
        } else {
          out.add(new CheckProblem(i, c.name(), fields.isEmpty() ? "scenarios" : fields.get(s), "unknown scenario '"
              + name + "'; known scenarios: " + String.join(", ", known)));
        }
      }
      List<String> applies = c.scenarios().isEmpty() ? List.copyOf(known) : valid;
      if (known.isEmpty()) {
        // a check of no run would pass without looking at anything
        out.add(new CheckProblem(i, c.name(), "scenarios", "the model has no scenario to check"));
      }
      if (applies.isEmpty()) {
        continue;
      }
      int end = applies.stream().mapToInt(n -> model.resolve(n).endYear()).min().getAsInt();
      String endOf = applies.stream().filter(n -> model.resolve(n).endYear() == end).findFirst().get();
      if (c instanceof ModelCheck.Bound b) {
        for (int y : b.years()) {
          year(out, i, c, "years", y, base, end, endOf);
        }
      } else if (c instanceof ModelCheck.PeakYear p) {
        year(out, i, c, "from", p.from(), base, end, endOf);
        year(out, i, c, "to", p.to(), base, end, endOf);
      } else if (c instanceof ModelCheck.Order o) {
        year(out, i, c, "year", o.year(), base, end, endOf);
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static void year(List<CheckProblem> out, int i, ModelCheck c, String field, int year, int base, int end,
      String endOf) {
    if (year < base || year > end) {
      out.add(new CheckProblem(i, c.name(), field, "year " + year + " is outside the horizon " + base + "-" + end
          + (year > end ? " (scenario '" + endOf + "' ends in " + end + ")" : " (the profile's base year is " + base
          + ")")));
    }
  }

  /**
   * Runs the checks on the model: each scenario that a check reads is run once ({@link Engine#run}), then each check
   * is judged on those runs.
   *
   * @return one result per check, in the order of the checks
   * @throws IllegalArgumentException if {@link #problems} finds any, listing them all
   * @throws io.xinlu.InvalidModelException as {@link Engine#run}
   */
  public static ImmutableList<CheckResult> run(CityModel model, List<? extends ModelCheck> checks) {
    ImmutableList<CheckProblem> problems = problems(model, checks);
    checkArgument(problems.isEmpty(), "the checks do not fit the model: %s",
        problems.stream().map(CheckProblem::toString).collect(Collectors.joining("; ")));
    Set<String> needed = new LinkedHashSet<>();
    for (ModelCheck c : checks) {
      needed.addAll(c.scenarios().isEmpty() ? model.scenarioNames() : c.scenarios());
    }
    Map<String, Run> runs;
    if (needed.size() == model.scenarioNames().size()) {
      runs = Engine.runAll(model);
    } else {
      ImmutableMap.Builder<String, Run> b = ImmutableMap.builder();
      for (String name : model.scenarioNames()) {
        if (needed.contains(name)) {
          b.put(name, Engine.run(model, name));
        }
      }
      runs = b.buildOrThrow();
    }
    ImmutableList.Builder<CheckResult> out = ImmutableList.builder();
    for (ModelCheck c : checks) {
      out.add(judge(c, c.scenarios().isEmpty() ? model.scenarioNames() : c.scenarios(), runs));
    }
    return out.build();
  }

  /** Whether every result passed. */
  public static boolean allPassed(List<CheckResult> results) {
    return results.stream().allMatch(CheckResult::passed);
  }

  /** The messages of the failed results, one a line; the empty string when all passed. */
  public static String failures(List<CheckResult> results) {
    return results.stream().filter(r -> !r.passed()).map(CheckResult::message).collect(Collectors.joining("\n"));
  }

  private static CheckResult judge(ModelCheck c, List<String> scenarios, Map<String, Run> runs) {
    List<CheckResult.Seen> seen = new ArrayList<>();
    List<CheckResult.Seen> failed = new ArrayList<>();
    List<String> why = new ArrayList<>();
    if (c instanceof ModelCheck.Bound b) {
        for (String s : scenarios) {
          for (int y : b.years()) {
            double v = c.indicator().value(runOf(runs, s), y);
            CheckResult.Seen x = new CheckResult.Seen(s, y, v);
            seen.add(x);
            boolean low = b.min().isPresent() && !(v >= b.min().getAsDouble());
            boolean high = b.max().isPresent() && !(v <= b.max().getAsDouble());
            if (Double.isNaN(v) || low || high) {
              failed.add(x);
              why.add(x + (Double.isNaN(v) ? " (undefined)" : low ? " < " + ModelCheck.num(b.min().getAsDouble())
                  : " > " + ModelCheck.num(b.max().getAsDouble())));
            }
          }
        }
    } else if (c instanceof ModelCheck.PeakYear p) {
        for (String s : scenarios) {
          Run run = runOf(runs, s);
          double[] series = c.indicator().series(run);
          int best = -1;
          boolean nan = false;
          for (int k = 0; k < series.length; k++) {
            if (Double.isNaN(series[k])) {
              nan = true;
            } else if (best < 0 || series[k] > series[best]) {
              best = k;
            }
          }
          CheckResult.Seen x = best < 0 ? new CheckResult.Seen(s, run.baseYear(), Double.NaN)
              : new CheckResult.Seen(s, run.baseYear() + best, series[best]);
          seen.add(x);
          if (nan || best < 0 || x.year() < p.from() || x.year() > p.to()) {
            failed.add(x);
            why.add(nan ? s + ": undefined values" : s + " peaks in " + x.year() + " (" + ModelCheck.num(x.value())
                + "), outside " + p.from() + "-" + p.to());
          }
        }
    } else if (c instanceof ModelCheck.Order o) {
        CheckResult.Seen a = new CheckResult.Seen(o.first(), o.year(), c.indicator().value(runOf(runs, o.first()),
            o.year()));
        CheckResult.Seen b = new CheckResult.Seen(o.second(), o.year(), c.indicator().value(runOf(runs, o.second()),
            o.year()));
        seen.add(a);
        seen.add(b);
        if (!o.relation().holds(a.value(), b.value())) {
          failed.add(a);
          failed.add(b);
          why.add(a + (o.relation() == ModelCheck.Relation.AT_MOST ? " > " : " < ") + b);
        }
    }
    boolean passed = failed.isEmpty();
    String message = (passed ? "PASS " : "FAIL ") + c.name() + ": " + c.describe()
        + (passed ? "" : "; " + String.join("; ", why));
    return new CheckResult(c, passed, ImmutableList.copyOf(seen), ImmutableList.copyOf(failed), message);
  }

  private static Run runOf(Map<String, Run> runs, String scenario) {
    return checkNotNull(runs.get(scenario), "no run of scenario '%s'", scenario);
  }
}
