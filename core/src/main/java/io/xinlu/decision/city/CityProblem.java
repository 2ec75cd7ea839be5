package io.xinlu.decision.city;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.xinlu.decision.Robustness;
import io.xinlu.decision.Robustness.Sense;
import io.xinlu.decision.RobustnessMetric;
import io.xinlu.decision.RobustnessTable;
import io.xinlu.decision.SearchProblem;
import io.xinlu.decision.Variable;
import io.xinlu.engine.ParameterPath;
import io.xinlu.engine.Parameterization;
import io.xinlu.engine.Run;
import io.xinlu.indicator.Target;
import io.xinlu.policy.Project;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.uncertainty.sampling.Design;
import io.xinlu.uncertainty.sampling.Designs;
import io.xinlu.uncertainty.sampling.ParameterSpace;
import io.xinlu.uncertainty.sampling.UncertainParameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A city's decision problem as a {@link SearchProblem}: {@link Decision levers} of a scenario in, {@link Objective}s
 * and {@link Constraint} violations out. Three kinds, as the EMA Workbench names them ({@link Kind}):
 *
 * <ul>
 *   <li>{@link Kind#REFERENCE}: over levers in one reference future, the model as given or a chosen point of the
 *       uncertainty space ({@link Builder#referenceFuture});
 *   <li>{@link Kind#WORST_FUTURE}: over the uncertain parameters, in their distributions' ranges, for the worst
 *       future of a given plan ({@link Builder#worstFutureOf}): the objectives are the plan's outcomes with their
 *       directions reversed, so that minimising finds the worst future;
 *   <li>{@link Kind#ROBUST}: every candidate evaluated over the same fixed matrix of futures (common random numbers,
 *       {@link Builder#futures}), each objective scored by each per-plan {@link RobustnessMetric}
 *       ({@link Builder#metrics}), plus optionally the share of futures in which every satisficing target is met
 *       ({@link Builder#satisficing}). Regret from the best plan needs every plan: {@link #robustnessTable} computes
 *       it, with every other metric, over a final set of plans.
 * </ul>
 *
 * <pre>{@code
 * ParameterSpace futureSpace = ParameterSpace.builder()
 *     .parameter("macro-shock", Distribution.triangular(-0.01, 0.0, 0.005)).build();
 * io.xinlu.decision.city.CityProblem problem = io.xinlu.decision.city.CityProblem.builder(model, "seed-plan")
 *     .lever("strategy/ecology/intensity", 0.5, 1.0)
 *     .lever("project/coal-power-retirement/start", 2024, 2032)
 *     .objective(io.xinlu.decision.city.Objective.inYear(Indicators.co2(), 2030,
 *         io.xinlu.decision.Robustness.Sense.MINIMISE))
 *     .objective(io.xinlu.decision.city.Objective.inYear(Indicators.gdp(), 2035,
 *         io.xinlu.decision.Robustness.Sense.MAXIMISE))
 *     .constraint(io.xinlu.decision.city.Constraint.annualBudget(5.0))
 *     .futures(futureSpace, Designs.latinHypercube(futureSpace.parameters().size(), 200, 7))
 *     .metrics(io.xinlu.decision.RobustnessMetric.mean(), io.xinlu.decision.RobustnessMetric.percentile(0.9))
 *     .build();
 * }</pre>
 *
 * <p><b>Objectives.</b> The search minimises: a maximised objective is written negated. In the robust kind the
 * objective {@code <name>/<metric>} is the metric's score (negated when maximised); a percentile is taken towards the
 * objective's worse side (p90 of a minimised objective, p10 of the raw values of a maximised one), and regret type 2
 * is measured from the plan's run in the reference future. {@code satisficing} is minus the share of futures.
 *
 * <p><b>Constraints.</b> The given constraints are measured on the plan's run in the reference future (for the robust
 * kind too: budgets and targets as planned; robustness of targets across futures is what satisficing measures),
 * followed by one prerequisite constraint {@code prerequisites/<project>} for every project carried out that a
 * decision touches or whose prerequisite a decision touches, in the model's order: the prerequisites are not
 * repaired but reported (docs/MODEL.md section 8), with violation {@code sum over prerequisites j of (1 if j is not
 * carried out, else max(0, f_j'' - s_k'))}: one per missing prerequisite, else the years by which the decided start
 * {@code s_k'} comes before the prerequisite's full-effect year {@code f_j''} (after its own delay and deferral), on
 * the decided schedule (uncertain delays do not enter). The worst-future kind has no constraints.
 *
 * <p><b>Decisions and uncertainties on one path.</b> The decisions and the uncertain parameters share one
 * {@link Parameterization}. Where a decision and an uncertain parameter set the same number, the uncertain delay is
 * added to the decided one ({@code project/<id>/delay}: the project is that much later than decided) and the
 * uncertain scale multiplies the decided one ({@code project/<id>/scale}); an intensity both decided and uncertain is
 * refused at build. In the reference future only the decisions are set, everything else as the scenario gives it,
 * so the reference run equals an {@link io.xinlu.engine.Engine} run of the plan exported by {@link #plan}.
 *
 * <p>Immutable and thread-safe: {@link #evaluate} may be called from many threads at once; each call compiles and
 * runs the scenario once per future and keeps only the objective and constraint values. {@link #identity()} is the
 * SHA-256 (hex) of everything that changes evaluation.
 *
 * @since 0.1.0
 */
public final class CityProblem implements SearchProblem {
  /**
   * The three kinds of problem.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Over levers in one reference future. */
    REFERENCE,
    /** Over uncertainties, for the worst future of a given plan. */
    WORST_FUTURE,
    /** Over levers, every candidate scored over the same ensemble of futures. */
    ROBUST
  }

  /** The name of the satisficing objective of a robust problem. */
  public static final String SATISFICING = "satisficing";

  private final Kind kind;
  private final CityModel model;
  private final String scenarioName;
  private final ResolvedScenario scenario;
  private final ImmutableList<Decision> decisions;
  private final ImmutableList<Objective> objectives;
  private final ImmutableList<Constraint> constraints;
  private final ImmutableList<RobustnessMetric> metrics;
  private final ImmutableList<Target> satisficing;
  private final ImmutableList<String> futurePaths;
  private final double[][] futures;
  private final double @Nullable [] fixedPlan;
  private final ImmutableList<Variable> variables;
  private final ImmutableList<String> objectiveNames;
  private final ImmutableList<String> constraintNames;
  /** Decision paths only: the reference future. */
  private final Parameterization reference;
  /** Decision paths then the uncertain paths that no decision sets: the futures. */
  private final Parameterization ensemble;
  /** For each decision, its slot in both parameterisations. */
  private final int[] decisionSlot;
  /** For each future column, its slot in {@link #ensemble}. */
  private final int[] futureSlot;
  /** For each future column, how it combines: 0 sets, 1 adds, 2 multiplies. */
  private final int[] futureCombine;
  private final double[] referenceBase;
  private final double[] ensembleBase;
  private final ImmutableList<PrerequisiteCheck> prerequisiteChecks;
  private final String identity;
  /** For each decision, what it sets: {@link #SETS}, {@link #START} or {@link #CARRIED_OUT}. */
  private final int[] decisionRole;
  /** For each start decision, its project's planned start year, else 0. */
  private final double[] plannedStart;
  /** For each start decision, its project's start shift in the scenario, else 0. */
  private final double[] plannedShift;
  /** Whether the robust kind needs the reference run: a constraint, or regret from the reference future. */
  private final boolean robustNeedsReference;

  private static final int SETS = 0;
  private static final int START = 1;
  private static final int CARRIED_OUT = 2;

  /** One prerequisite constraint: the project and its prerequisites, as indices into the model's projects. */
  private record PrerequisiteCheck(int project, int[] prerequisites) {}

  private CityProblem(Builder b, Kind kind, ImmutableList<Decision> decisions) {
    this.kind = kind;
    this.model = b.model;
    this.scenarioName = b.scenario;
    this.scenario = model.resolve(scenarioName);
    this.decisions = decisions;
    this.objectives = ImmutableList.copyOf(b.objectives);
    this.constraints = ImmutableList.copyOf(b.constraints);
    this.metrics = ImmutableList.copyOf(b.metrics);
    this.satisficing = ImmutableList.copyOf(b.satisficing);
    this.futurePaths = ImmutableList.copyOf(b.futurePaths);
    this.futures = b.futures;
    this.fixedPlan = b.worstPlan == null ? null : b.worstPlan.clone();

    // the parameter paths: one per decided number, then the uncertain ones no decision sets
    List<String> refPaths = new ArrayList<>();
    this.decisionSlot = new int[decisions.size()];
    for (int d = 0; d < decisions.size(); d++) {
      String p = parameterPath(decisions.get(d));
      int at = refPaths.indexOf(p);
      if (at < 0) {
        at = refPaths.size();
        refPaths.add(p);
      }
      decisionSlot[d] = at;
    }
    List<String> ensPaths = new ArrayList<>(refPaths);
    this.futureSlot = new int[futurePaths.size()];
    this.futureCombine = new int[futurePaths.size()];
    for (int j = 0; j < futurePaths.size(); j++) {
      String p = futurePaths.get(j);
      int at = ensPaths.indexOf(p);
      if (at >= 0 && at < refPaths.size()) {
        futureCombine[j] = ParameterPath.parse(p).kind() == ParameterPath.Kind.PROJECT_DELAY ? 1 : 2;
      } else if (at < 0) {
        at = ensPaths.size();
        ensPaths.add(p);
      }
      futureSlot[j] = at;
    }
    this.reference = Parameterization.of(model, scenarioName, refPaths);
    this.ensemble = Parameterization.of(model, scenarioName, ensPaths);
    this.referenceBase = reference.baseValues();
    this.ensembleBase = ensemble.baseValues();
    this.prerequisiteChecks = kind == Kind.WORST_FUTURE ? ImmutableList.of() : prerequisiteChecks();
    this.decisionRole = new int[decisions.size()];
    this.plannedStart = new double[decisions.size()];
    this.plannedShift = new double[decisions.size()];
    for (int d = 0; d < decisions.size(); d++) {
      Decision dec = decisions.get(d);
      if (dec instanceof Decision.StartYear st) {
        ProjectPlan plan = plan(st.projectId());
        decisionRole[d] = START;
        plannedStart[d] = plan.project().start();
        plannedShift[d] = plan.startShift();
      } else if (dec instanceof Decision.CarriedOut) {
        decisionRole[d] = CARRIED_OUT;
      }
    }
    this.robustNeedsReference = !constraints.isEmpty()
        || metrics.stream().anyMatch(m -> m instanceof RobustnessMetric.RegretFromReference);

    ImmutableList.Builder<Variable> vars = ImmutableList.builder();
    if (kind == Kind.WORST_FUTURE) {
      for (UncertainParameter u : b.space().parameters()) {
        vars.add(Variable.real(u.name(), u.distribution().support().lowerEndpoint(),
            u.distribution().support().upperEndpoint()));
      }
    } else {
      decisions.forEach(d -> vars.add(d.variable()));
    }
    this.variables = vars.build();
    ImmutableList.Builder<String> on = ImmutableList.builder();
    for (Objective o : objectives) {
      if (kind == Kind.ROBUST) {
        for (RobustnessMetric m : metrics) {
          on.add(o.name() + "/" + m.name());
        }
      } else {
        on.add(o.name());
      }
    }
    if (kind == Kind.ROBUST && !satisficing.isEmpty()) {
      on.add(SATISFICING);
    }
    this.objectiveNames = on.build();
    ImmutableList.Builder<String> cn = ImmutableList.builder();
    if (kind != Kind.WORST_FUTURE) {
      constraints.forEach(c -> cn.add(c.name()));
      prerequisiteChecks.forEach(c -> cn.add("prerequisites/" + model.projects().get(c.project()).id()));
    }
    this.constraintNames = cn.build();
    this.identity = digest();
  }

  /** A builder for a scenario of a model. */
  public static Builder builder(CityModel model, String scenario) {
    return new Builder(model, scenario);
  }

  /** The kind of problem. */
  public Kind kind() {
    return kind;
  }

  /** The model. */
  public CityModel model() {
    return model;
  }

  /** The base scenario's name. */
  public String scenarioName() {
    return scenarioName;
  }

  /** The decisions, in the order of the variables (empty roles for a worst-future problem's variables). */
  public ImmutableList<Decision> decisions() {
    return decisions;
  }

  /** The objectives as given (before robustness metrics). */
  public ImmutableList<Objective> objectiveDefinitions() {
    return objectives;
  }

  /** The uncertain paths, the columns of {@link #futures()}. */
  public ImmutableList<String> futurePaths() {
    return futurePaths;
  }

  /** A copy of the futures matrix, {@code [future][path]}; empty for a reference problem at the model as given. */
  public double[][] futures() {
    double[][] c = new double[futures.length][];
    for (int i = 0; i < futures.length; i++) {
      c[i] = futures[i].clone();
    }
    return c;
  }

  @Override
  public ImmutableList<Variable> variables() {
    return variables;
  }

  @Override
  public ImmutableList<String> objectives() {
    return objectiveNames;
  }

  @Override
  public ImmutableList<String> constraints() {
    return constraintNames;
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public void evaluate(double[] x, double[] objectiveValues, double[] violations) {
    checkArgument(x.length == variables.size(), "expected %s variable values %s, got %s", variables.size(),
        variables.stream().map(Variable::name).toList(), x.length);
    checkArgument(objectiveValues.length == objectiveNames.size(), "expected room for %s objectives, got %s",
        objectiveNames.size(), objectiveValues.length);
    checkArgument(violations.length == constraintNames.size(), "expected room for %s constraints, got %s",
        constraintNames.size(), violations.length);
    for (int i = 0; i < x.length; i++) {
      Variable v = variables.get(i);
      checkArgument(v.accepts(x[i]), "variable '%s' does not take the value %s (range [%s, %s], %s)", v.name(), x[i],
          v.lower(), v.upper(), v.type());
    }
    switch (kind) {
      case WORST_FUTURE: {
        double[] plan = fixedPlan;
        checkArgument(plan != null, "worst-future problem without a plan");
        Run run = ensemble.run(ensembleValues(plan, x));
        for (int j = 0; j < objectives.size(); j++) {
          Objective o = objectives.get(j);
          objectiveValues[j] = -o.sense().sign() * o.value(run);
        }
        return;
      }
      case REFERENCE: {
        Run run = futures.length == 0 ? reference.run(referenceValues(x)) : ensemble.run(ensembleValues(x,
            futures[0]));
        for (int j = 0; j < objectives.size(); j++) {
          Objective o = objectives.get(j);
          objectiveValues[j] = o.sense().sign() * o.value(run);
        }
        violations(x, run, violations);
        return;
      }
      default:
        robust(x, objectiveValues, violations);
    }
  }

  /**
   * The robust kind's evaluation: the decisions are put into the parameter vector once per candidate and each
   * future's values over a copy of it in one reused vector; each objective is read from the run once
   * ({@link Objective#fastValue}); the reference run only when a constraint or regret from the reference future
   * needs it. The same bits as {@link #robustPlain}.
   */
  /**
   * {@link #evaluate} on the plain path, as first written: every value through {@link Objective#value(Run)} and
   * {@link Constraint#violation(Run)}, the decisions looked up in the scenario for every run, a fresh parameter
   * vector per run, the reference run always. The reference that tests compare {@link #evaluate} with, bit for bit.
   */
  void evaluatePlain(double[] x, double[] objectiveValues, double[] violations) {
    switch (kind) {
      case WORST_FUTURE: {
        double[] plan = fixedPlan;
        checkArgument(plan != null, "worst-future problem without a plan");
        Run run = ensemble.run(ensembleValuesPlain(plan, x));
        for (int j = 0; j < objectives.size(); j++) {
          Objective o = objectives.get(j);
          objectiveValues[j] = -o.sense().sign() * o.value(run);
        }
        return;
      }
      case REFERENCE: {
        Run run = futures.length == 0 ? reference.run(referenceValuesPlain(x)) : ensemble.run(ensembleValuesPlain(x,
            futures[0]));
        for (int j = 0; j < objectives.size(); j++) {
          Objective o = objectives.get(j);
          objectiveValues[j] = o.sense().sign() * o.value(run);
        }
        violations(x, run, violations);
        return;
      }
      default:
        robustPlain(x, objectiveValues, violations);
    }
  }

  private void robust(double[] x, double[] objectiveValues, double[] violations) {
    @Nullable Run ref = robustNeedsReference ? reference.run(referenceValues(x)) : null;
    int o = objectives.size();
    double[][] values = new double[o][futures.length];
    boolean[] met = new boolean[futures.length];
    double[] planned = ensembleBase.clone();
    fillDecisions(x, planned);
    double[] v = new double[planned.length];
    for (int f = 0; f < futures.length; f++) {
      System.arraycopy(planned, 0, v, 0, planned.length);
      applyFuture(futures[f], v);
      Run run = ensemble.run(v);
      for (int j = 0; j < o; j++) {
        values[j][f] = objectives.get(j).fastValue(run);
      }
      met[f] = allMet(run);
    }
    int k = 0;
    for (int j = 0; j < o; j++) {
      Objective ob = objectives.get(j);
      double refValue = ref == null ? Double.NaN : ob.value(ref);
      for (RobustnessMetric m : metrics) {
        objectiveValues[k++] = ob.sense().sign() * score(m, values[j], refValue, ob.sense());
      }
    }
    if (!satisficing.isEmpty()) {
      objectiveValues[k] = -Robustness.satisficing(met);
    }
    if (ref != null) {
      violations(x, ref, violations);
    } else {
      prerequisiteViolations(x, violations, 0);
    }
  }

  /** The robust kind's evaluation as first written (see {@link #evaluatePlain}). */
  private void robustPlain(double[] x, double[] objectiveValues, double[] violations) {
    Run ref = reference.run(referenceValuesPlain(x));
    double[][] values = new double[objectives.size()][futures.length];
    boolean[] met = new boolean[futures.length];
    for (int f = 0; f < futures.length; f++) {
      Run run = ensemble.run(ensembleValuesPlain(x, futures[f]));
      for (int j = 0; j < objectives.size(); j++) {
        values[j][f] = objectives.get(j).value(run);
      }
      met[f] = allMet(run);
    }
    int k = 0;
    for (int j = 0; j < objectives.size(); j++) {
      Objective o = objectives.get(j);
      double refValue = o.value(ref);
      for (RobustnessMetric m : metrics) {
        objectiveValues[k++] = o.sense().sign() * score(m, values[j], refValue, o.sense());
      }
    }
    if (!satisficing.isEmpty()) {
      objectiveValues[k] = -Robustness.satisficing(met);
    }
    violations(x, ref, violations);
  }

  /** A per-plan metric's score, a percentile taken towards the objective's worse side. */
  private static double score(RobustnessMetric m, double[] row, double refValue, Sense sense) {
    if (m instanceof RobustnessMetric.Percentile p && sense == Sense.MAXIMISE) {
      return Robustness.percentile(row, 1 - p.level());
    }
    return m.score(row, refValue, sense);
  }

  private boolean allMet(Run run) {
    for (Target t : satisficing) {
      if (!t.check(run).met()) {
        return false;
      }
    }
    return true;
  }

  private void violations(double[] x, Run run, double[] out) {
    int k = 0;
    for (Constraint c : constraints) {
      out[k++] = c.violation(run);
    }
    prerequisiteViolations(x, out, k);
  }

  /** The prerequisite constraints' violations into {@code out} from index {@code k}. */
  private void prerequisiteViolations(double[] x, double[] out, int from) {
    int k = from;
    if (prerequisiteChecks.isEmpty()) {
      return;
    }
    // the decided schedule: start and full-effect years of every project, carried out or not
    List<Project> projects = model.projects();
    int n = projects.size();
    double[] start = new double[n];
    boolean[] carried = new boolean[n];
    for (int i = 0; i < n; i++) {
      ProjectPlan plan = plan(projects.get(i).id());
      start[i] = plan.start();
      carried[i] = plan.carriedOut();
    }
    for (int d = 0; d < decisions.size(); d++) {
      Decision dec = decisions.get(d);
      if (dec instanceof Decision.StartYear s) {
        start[projectIndex(s.projectId())] = x[d];
      } else if (dec instanceof Decision.CarriedOut c && x[d] == 0) {
        carried[projectIndex(c.projectId())] = false;
      }
    }
    double[] full = new double[n];
    Arrays.fill(full, Double.NaN);
    for (PrerequisiteCheck c : prerequisiteChecks) {
      double v = 0;
      for (int j : c.prerequisites()) {
        if (!carried[j]) {
          v += 1;
        } else {
          v += Math.max(0.0, fullEffect(j, start, full) - start[c.project()]);
        }
      }
      out[k++] = v;
    }
  }

  /** The full-effect year of project {@code j} after its delay and its deferral after its own prerequisites. */
  private double fullEffect(int j, double[] start, double[] memo) {
    if (!Double.isNaN(memo[j])) {
      return memo[j];
    }
    Project p = model.projects().get(j);
    double s = start[j];
    double deferred = s;
    for (String pre : p.prerequisites()) {
      deferred = Math.max(deferred, fullEffect(projectIndex(pre), start, memo));
    }
    double f = s + (p.fullEffect() - p.start()) + (deferred - s);
    memo[j] = f;
    return f;
  }

  private int projectIndex(String id) {
    List<Project> projects = model.projects();
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown project '" + id + "'");
  }

  private ProjectPlan plan(String projectId) {
    return scenario.plan(model.strategyOf(projectId).orElseThrow(), model.project(projectId).orElseThrow());
  }

  private ImmutableList<PrerequisiteCheck> prerequisiteChecks() {
    Set<String> touched = new HashSet<>();
    for (Decision d : decisions) {
      if (!(d instanceof Decision.Intensity)) {
        touched.add(d.id());
      }
    }
    ImmutableList.Builder<PrerequisiteCheck> out = ImmutableList.builder();
    List<Project> projects = model.projects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      if (p.prerequisites().isEmpty() || !plan(p.id()).carriedOut()) {
        continue;
      }
      boolean relevant = touched.contains(p.id());
      for (String pre : p.prerequisites()) {
        relevant |= touched.contains(pre);
      }
      if (relevant) {
        out.add(new PrerequisiteCheck(i, p.prerequisites().stream().mapToInt(this::projectIndex).toArray()));
      }
    }
    return out.build();
  }

  /** The value a decision puts into its parameter slot, before any uncertainty. */
  private double[] referenceValues(double[] x) {
    double[] v = referenceBase.clone();
    fillDecisions(x, v);
    return v;
  }

  /**
   * The decisions into their slots, from the roles and planned starts worked out at build: what
   * {@link #fillDecisionsPlain} does.
   */
  private void fillDecisions(double[] x, double[] v) {
    // a scale slot: the scale decision (else the scenario's scale) times 0 or 1 for carried-out
    for (int d = 0; d < x.length; d++) {
      int role = decisionRole[d];
      if (role == SETS) {
        v[decisionSlot[d]] = x[d];
      } else if (role == START) {
        v[decisionSlot[d]] = x[d] - plannedStart[d] - plannedShift[d];
      }
    }
    for (int d = 0; d < x.length; d++) {
      if (decisionRole[d] == CARRIED_OUT && x[d] == 0) {
        v[decisionSlot[d]] = 0.0;
      }
    }
  }

  /** A future's values into the parameter vector of a plan: set, added (delays) or multiplied (scales). */
  private void applyFuture(double[] future, double[] v) {
    for (int j = 0; j < future.length; j++) {
      int s = futureSlot[j];
      switch (futureCombine[j]) {
        case 1:
          v[s] += future[j];
          break;
        case 2:
          v[s] *= future[j];
          break;
        default:
          v[s] = future[j];
          break;
      }
    }
  }

  private double[] referenceValuesPlain(double[] x) {
    double[] v = referenceBase.clone();
    fillDecisionsPlain(x, v);
    return v;
  }

  private double[] ensembleValuesPlain(double[] x, double[] future) {
    double[] v = ensembleBase.clone();
    fillDecisionsPlain(x, v);
    applyFuture(future, v);
    return v;
  }

  private void fillDecisionsPlain(double[] x, double[] v) {
    // a scale slot: the scale decision (else the scenario's scale) times 0 or 1 for carried-out
    for (int d = 0; d < decisions.size(); d++) {
      Decision dec = decisions.get(d);
      if (dec instanceof Decision.Intensity) {
        v[decisionSlot[d]] = x[d];
      } else if (dec instanceof Decision.StartYear s) {
        ProjectPlan plan = plan(s.projectId());
        v[decisionSlot[d]] = x[d] - plan.project().start() - plan.startShift();
      } else if (dec instanceof Decision.Scale) {
        v[decisionSlot[d]] = x[d];
      }
    }
    for (int d = 0; d < decisions.size(); d++) {
      if (decisions.get(d) instanceof Decision.CarriedOut && x[d] == 0) {
        v[decisionSlot[d]] = 0.0;
      }
    }
  }

  /** The ensemble's values for a plan in a future. */
  private double[] ensembleValues(double[] x, double[] future) {
    double[] v = ensembleBase.clone();
    fillDecisions(x, v);
    applyFuture(future, v);
    return v;
  }

  /**
   * The plan that a candidate's lever values stand for, to export as a scenario.
   *
   * @throws IllegalArgumentException for a worst-future problem (its variables are not levers) or if {@code x} has
   *     the wrong length
   */
  public Plan plan(double[] x) {
    checkArgument(kind != Kind.WORST_FUTURE, "a worst-future problem's variables are uncertainties, not levers");
    checkArgument(x.length == decisions.size(), "expected %s lever values, got %s", decisions.size(), x.length);
    return new Plan(model, scenarioName, decisions, x);
  }

  /**
   * The run of a candidate in the reference future (the model as given, with the levers set): the run an
   * {@link io.xinlu.engine.Engine} run of {@link #plan}'s scenario gives.
   */
  public Run referenceRun(double[] x) {
    checkArgument(kind != Kind.WORST_FUTURE, "a worst-future problem's variables are uncertainties, not levers");
    checkArgument(x.length == decisions.size(), "expected %s lever values, got %s", decisions.size(), x.length);
    return reference.run(referenceValues(x));
  }

  /**
   * The full robustness table of a final set of plans: every objective's values in every future, and per plan and
   * objective the mean, the percentiles of {@link Builder#metrics}, the worst case, regret type 1 (maximum and mean,
   * from the best plan of the set in each future), regret type 2 (from the plan's reference run), and the
   * satisficing share when the problem has satisficing targets. Scores are in the objectives' units, not negated.
   *
   * @param plans lever values, one array per plan, at least one
   * @throws IllegalArgumentException if the problem is not robust, no plan is given or a plan is invalid
   */
  public RobustnessTable robustnessTable(List<double[]> plans) {
    checkArgument(kind == Kind.ROBUST, "a robustness table needs a robust problem, this one is %s", kind);
    checkArgument(!plans.isEmpty(), "a robustness table needs at least one plan");
    int p = plans.size();
    int o = objectives.size();
    double[][][] values = new double[o][p][futures.length];
    double[][] refValues = new double[o][p];
    double[] sat = new double[p];
    for (int i = 0; i < p; i++) {
      double[] x = plans.get(i);
      checkArgument(x.length == decisions.size(), "plan %s: expected %s lever values, got %s", i, decisions.size(),
          x.length);
      Run ref = reference.run(referenceValues(x));
      boolean[] met = new boolean[futures.length];
      for (int f = 0; f < futures.length; f++) {
        Run run = ensemble.run(ensembleValues(x, futures[f]));
        for (int j = 0; j < o; j++) {
          values[j][i][f] = objectives.get(j).value(run);
        }
        met[f] = allMet(run);
      }
      for (int j = 0; j < o; j++) {
        refValues[j][i] = objectives.get(j).value(ref);
      }
      sat[i] = satisficing.isEmpty() ? Double.NaN : Robustness.satisficing(met);
    }
    List<String> metricNames = new ArrayList<>();
    metricNames.add("mean");
    List<Double> levels = new ArrayList<>();
    for (RobustnessMetric m : metrics) {
      if (m instanceof RobustnessMetric.Percentile pc && !levels.contains(pc.level())) {
        levels.add(pc.level());
        metricNames.add(m.name());
      }
    }
    metricNames.addAll(List.of("worst", "regret1", "mean-regret1", "regret2"));
    double[][][] scores = new double[p][o][metricNames.size()];
    for (int j = 0; j < o; j++) {
      Sense sense = objectives.get(j).sense();
      double[] r1 = Robustness.regretFromBest(values[j], sense);
      double[] r1m = Robustness.meanRegretFromBest(values[j], sense);
      for (int i = 0; i < p; i++) {
        double[] s = scores[i][j];
        int k = 0;
        s[k++] = Robustness.mean(values[j][i]);
        for (double level : levels) {
          s[k++] = score(RobustnessMetric.percentile(level), values[j][i], 0, sense);
        }
        s[k++] = Robustness.worstCase(values[j][i], sense);
        s[k++] = r1[i];
        s[k++] = r1m[i];
        s[k] = Robustness.regretFromReference(values[j][i], refValues[j][i], sense);
      }
    }
    return new RobustnessTable(objectives.stream().map(Objective::name).toList(), metricNames, scores, values,
        sat);
  }

  private static String parameterPath(Decision d) {
    if (d instanceof Decision.Intensity) {
      return "strategy/" + d.id() + "/intensity";
    } else if (d instanceof Decision.StartYear) {
      return "project/" + d.id() + "/delay";
    }
    return "project/" + d.id() + "/scale";
  }

  private String digest() {
    Hasher h = Hashing.sha256().newHasher();
    h.putString(kind.name(), StandardCharsets.UTF_8).putString(model.toString(), StandardCharsets.UTF_8)
        .putString(scenario.toString(), StandardCharsets.UTF_8);
    decisions.forEach(d -> h.putString(d.toString(), StandardCharsets.UTF_8));
    for (Objective o : objectives) {
      h.putString(o.name() + "|" + o.indicator().id() + "|" + o.indicator().unit() + "|" + o.reduction() + "|"
          + o.from() + "|" + o.to() + "|" + o.sense() + "|" + o.target(), StandardCharsets.UTF_8);
    }
    constraints.forEach(c -> h.putString(c.toString(), StandardCharsets.UTF_8));
    metrics.forEach(m -> h.putString(m.toString(), StandardCharsets.UTF_8));
    satisficing.forEach(t -> h.putString(t.toString(), StandardCharsets.UTF_8));
    futurePaths.forEach(p -> h.putString(p, StandardCharsets.UTF_8));
    for (double[] row : futures) {
      for (double v : row) {
        h.putDouble(v);
      }
    }
    if (fixedPlan != null) {
      for (double v : fixedPlan) {
        h.putDouble(v);
      }
    }
    return h.hash().toString();
  }

  @Override
  public String toString() {
    return "CityProblem{" + kind + ", " + scenarioName + ", " + variables.size() + " variables, " + objectiveNames
        + ", " + futures.length + " futures}";
  }

  /**
   * Builds a {@link CityProblem}; mutable, not thread-safe. Every option is checked at {@link #build()}, which names
   * the lever path, objective or options at fault.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CityModel model;
    private final String scenario;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<RobustnessMetric> metrics = new ArrayList<>();
    private final List<Target> satisficing = new ArrayList<>();
    private List<String> futurePaths = List.of();
    private double[][] futures = new double[0][];
    private @Nullable ParameterSpace space;
    private boolean futuresGiven;
    private boolean referenceGiven;
    private double @Nullable [] worstPlan;

    private Builder(CityModel model, String scenario) {
      this.model = model;
      this.scenario = scenario;
    }

    /** Adds a decision. */
    public Builder decision(Decision decision) {
      decisions.add(decision);
      return this;
    }

    /**
     * Adds a decision parsed from its lever path and range ({@link Decision#parse}).
     *
     * @throws IllegalArgumentException if the path is malformed or the range empty
     */
    public Builder lever(String path, double lower, double upper) {
      return decision(Decision.parse(path, lower, upper));
    }

    /** Adds an objective. */
    public Builder objective(Objective objective) {
      objectives.add(objective);
      return this;
    }

    /** Adds a constraint. */
    public Builder constraint(Constraint constraint) {
      constraints.add(constraint);
      return this;
    }

    /** Sets the robustness metrics that score every objective; makes the problem {@link Kind#ROBUST}. */
    public Builder metrics(RobustnessMetric... chosen) {
      metrics.addAll(Arrays.asList(chosen));
      return this;
    }

    /** Adds targets whose joint satisficing share becomes an objective of a robust problem. */
    public Builder satisficing(Target... targets) {
      satisficing.addAll(Arrays.asList(targets));
      return this;
    }

    /**
     * The ensemble of futures: a design over a space of uncertain parameters, in the space's units (its
     * {@link Design#values} matrix, fixed once for every candidate).
     */
    public Builder futures(ParameterSpace futureSpace, Design design) {
      this.space = futureSpace;
      this.futurePaths = futureSpace.parameterNames();
      this.futures = design.values(futureSpace);
      this.futuresGiven = true;
      return this;
    }

    /** The ensemble of futures: a Latin hypercube of {@code n} points over the space, from a seed. */
    public Builder futures(ParameterSpace futureSpace, int n, long seed) {
      return futures(futureSpace, Designs.latinHypercube(futureSpace.parameters().size(), n, seed));
    }

    /**
     * A reference future other than the model as given: one point of the uncertainty space, path by path (for a
     * {@link Kind#REFERENCE} problem).
     */
    public Builder referenceFuture(Map<String, Double> point) {
      this.futurePaths = List.copyOf(point.keySet());
      this.futures = new double[][] {point.values().stream().mapToDouble(Double::doubleValue).toArray()};
      this.referenceGiven = true;
      return this;
    }

    /**
     * Makes the problem {@link Kind#WORST_FUTURE}: the variables are the space's uncertain parameters in their
     * distributions' supports, and the plan is fixed at these lever values (one per decision).
     */
    public Builder worstFutureOf(ParameterSpace uncertainties, double... leverValues) {
      this.space = uncertainties;
      this.futurePaths = uncertainties.parameterNames();
      this.worstPlan = leverValues.clone();
      return this;
    }

    private ParameterSpace space() {
      ParameterSpace s = space;
      checkArgument(s != null, "no uncertainty space given");
      return s;
    }

    /**
     * Checks the options and builds the problem.
     *
     * @throws IllegalArgumentException naming the lever path, objective or options at fault: conflicting options
     *     (metrics with a reference future or a worst-future plan, futures with a reference future, constraints or
     *     metrics on a worst-future problem), no objective, a robust problem without futures or metrics, no decision,
     *     an unknown strategy or project, a project decision on a project the scenario does not carry out, a start
     *     window before the base year or after the last year, a year of an objective or constraint outside the run,
     *     an intensity both decided and uncertain, a path decided twice, an unknown uncertain path
     */
    public CityProblem build() {
      boolean robust = !metrics.isEmpty() || !satisficing.isEmpty();
      boolean worst = worstPlan != null;
      checkArgument(!(robust && referenceGiven), "conflicting options: metrics/satisficing (a robust problem) and "
          + "referenceFuture (a reference problem)");
      checkArgument(!(robust && worst), "conflicting options: metrics/satisficing (a robust problem) and "
          + "worstFutureOf (a worst-future problem)");
      checkArgument(!(futuresGiven && referenceGiven), "conflicting options: futures and referenceFuture");
      checkArgument(!(futuresGiven && worst), "conflicting options: futures and worstFutureOf (the worst-future "
          + "problem searches the space itself)");
      checkArgument(!(worst && !constraints.isEmpty()), "conflicting options: constraints and worstFutureOf (a "
          + "worst-future problem has no constraints)");
      checkArgument(!objectives.isEmpty(), "problem on scenario '%s': no objective given", scenario);
      checkArgument(!decisions.isEmpty(), "problem on scenario '%s': no decision (lever) given", scenario);
      Kind kind = worst ? Kind.WORST_FUTURE : robust ? Kind.ROBUST : Kind.REFERENCE;
      if (kind == Kind.ROBUST) {
        checkArgument(futuresGiven && futures.length > 0, "robust problem on scenario '%s': no futures given (use "
            + "futures(space, design))", scenario);
        checkArgument(!metrics.isEmpty() || !satisficing.isEmpty(), "robust problem: no robustness metric given");
        for (RobustnessMetric m : metrics) {
          checkArgument(m.perPlan(), "robust problem: metric '%s' needs every plan; it is computed after the search "
              + "by robustnessTable", m.name());
        }
      } else if (kind == Kind.REFERENCE) {
        checkArgument(!futuresGiven, "a problem with futures needs robustness metrics (metrics or satisficing)");
      }
      checkArgument(model.scenarioNames().contains(scenario), "unknown scenario '%s'; scenarios: %s", scenario,
          model.scenarioNames());
      ResolvedScenario resolved = model.resolve(scenario);
      int base = model.profile().baseYear();
      int end = resolved.endYear();
      Set<String> uncertain = new LinkedHashSet<>(futurePaths);
      for (String p : futurePaths) {
        ParameterPath.parse(p); // throws with the forms
      }
      Set<String> seen = new HashSet<>();
      for (Decision d : decisions) {
        checkArgument(seen.add(d.path()), "lever '%s' is given twice", d.path());
        if (d instanceof Decision.Intensity) {
          boolean known = model.strategies().stream().anyMatch(s -> s.id().equals(d.id()));
          checkArgument(known, "lever '%s': unknown strategy '%s'; strategies: %s", d.path(), d.id(),
              model.strategies().stream().map(Strategy::id).toList());
          checkArgument(!uncertain.contains(d.path()), "lever '%s': the intensity is both decided and uncertain; "
              + "remove it from the futures or from the levers", d.path());
          continue;
        }
        Project p = model.project(d.id()).orElseThrow(() -> new IllegalArgumentException("lever '" + d.path()
            + "': unknown project '" + d.id() + "'; projects: "
            + model.projects().stream().map(Project::id).toList()));
        ProjectPlan plan = resolved.plan(model.strategyOf(p.id()).orElseThrow(), p);
        checkArgument(plan.carriedOut(), "lever '%s': scenario '%s' does not carry out project '%s'; adopt its "
            + "strategy '%s' or include the project in the scenario, or choose a scenario that carries it out",
            d.path(), scenario, p.id(), plan.strategyId());
        if (d instanceof Decision.StartYear s) {
          checkArgument(s.first() >= base, "lever '%s': the start window [%s, %s] begins before the base year %s",
              d.path(), s.first(), s.last(), base);
          checkArgument(s.last() <= end, "lever '%s': the start window [%s, %s] ends after the scenario's last year "
              + "%s", d.path(), s.first(), s.last(), end);
        }
      }
      for (Objective o : objectives) {
        int[] s = o.span(base, end);
        checkArgument(s[0] >= base && s[1] <= end, "objective '%s': years %s-%s lie outside the run %s-%s", o.name(),
            s[0], s[1], base, end);
      }
      for (Constraint c : constraints) {
        int[] s = c.span(base, end);
        checkArgument(s[0] >= base && s[1] <= end, "constraint '%s': years %s-%s lie outside the run %s-%s",
            c.name(), s[0], s[1], base, end);
      }
      for (Target t : satisficing) {
        checkArgument(t.targetYear() >= base && t.targetYear() <= end, "satisficing target '%s': year %s lies "
            + "outside the run %s-%s", t.id(), t.targetYear(), base, end);
      }
      if (worst) {
        double[] plan = worstPlan;
        checkArgument(plan != null && plan.length == decisions.size(), "worstFutureOf: expected %s lever values, "
            + "one per decision, got %s", decisions.size(), plan == null ? 0 : plan.length);
        for (int i = 0; i < plan.length; i++) {
          Variable v = decisions.get(i).variable();
          checkArgument(v.accepts(plan[i]), "worstFutureOf: lever '%s' does not take %s", v.name(), plan[i]);
        }
        for (UncertainParameter u : space().parameters()) {
          checkArgument(u.distribution().support().hasLowerBound() && u.distribution().support().hasUpperBound(),
              "worst-future problem: uncertain parameter '%s' has an unbounded range %s", u.name(),
              u.distribution().support());
        }
      }
      try {
        return new CityProblem(this, kind, ImmutableList.copyOf(decisions));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("problem on scenario '" + scenario + "': " + e.getMessage(), e);
      }
    }
  }
}
