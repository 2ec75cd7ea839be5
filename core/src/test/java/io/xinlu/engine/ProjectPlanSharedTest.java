package io.xinlu.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.xinlu.engine.TestModels.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.xinlu.InvalidModelException;
import io.xinlu.PathSegment;
import io.xinlu.Problem;
import io.xinlu.economy.CityProfile;
import io.xinlu.policy.Effect;
import io.xinlu.policy.Project;
import io.xinlu.policy.Ramp;
import io.xinlu.policy.Strategy;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.ProjectPlan;
import io.xinlu.scenario.ResolvedScenario;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.StrategyAdoption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The engine and the validation of a model take their rules for how a scenario applies to a project from one type,
 * {@link ProjectPlan}: whether the scenario carries the project out, its weight, its delay, its start, and the
 * problem of a start before the base year with its message.
 *
 * <p>The property draws strategies, projects, adoptions (intensities, start shifts) and overrides (include,
 * exclude, delays, scales), with shifts of every size: fractional, beyond the horizon, before the base year, up to
 * the largest double (so that two of them add up to an infinity). The expected plan is worked out here, from the
 * drawn numbers, with the equations of section 7 of {@code docs/MODEL.md}; validation (building the model with the
 * scenario) and the engine (compiling the scenario with the shifts, delays and scales as parameter values) must both
 * give it, and the same problems, word for word. The structural tests show that neither the engine nor
 * {@code ModelValidator} and {@link ResolvedScenario} work these rules out themselves.
 */
class ProjectPlanSharedTest {
  private static final String MESSAGE = "start shift and delay move its start from ";

  // ---------------------------------------------------------------------------------------------------------------
  // the property

  /** A drawn project and what the scenario says about it. */
  record DrawnProject(Project project, Optional<Boolean> include, OptionalDouble delay, OptionalDouble scale) {
    ProjectOverride override() {
      ProjectOverride o = ProjectOverride.none();
      if (include.isPresent()) {
        o = o.withIncluded(include.get());
      }
      if (delay.isPresent()) {
        o = o.withDelay(delay.getAsDouble());
      }
      if (scale.isPresent()) {
        o = o.withScale(scale.getAsDouble());
      }
      return o;
    }
  }

  /** A drawn strategy: its projects and, if the scenario adopts it, the adoption's intensity and start shift. */
  record DrawnStrategy(String id, boolean adopted, double intensity, double shift, List<DrawnProject> projects) {
    Strategy strategy() {
      return Strategy.builder().id(id).addAllProjects(projects.stream().map(DrawnProject::project).toList())
          .build();
    }
  }

  /** A drawn case: the strategies and the end year of scenario {@code plan}. */
  record Drawn(List<DrawnStrategy> strategies, int endYear) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("end " + endYear);
      for (DrawnStrategy s : strategies) {
        b.append("\n  ").append(s.id()).append(s.adopted() ? " adopted at " + s.intensity() + " shifted "
            + s.shift() : " not adopted");
        for (DrawnProject p : s.projects()) {
          b.append("\n    ").append(p.project().id()).append(' ').append(p.project().start()).append("..")
              .append(p.project().fullEffect()).append(p.project().end().isPresent() ? ".." + p.project().end()
                  .getAsInt() : "").append(' ').append(p.override());
        }
      }
      return b.toString();
    }
  }

  private static final CityProfile PROFILE = TestModels.profile(TestModels.sector("a", 100).build());

  /** A number of years to shift by: 0, fractional, whole, beyond the horizon, or huge (shrinks towards 0). */
  private static double shift(RandomnessSource in) {
    switch (integers().between(0, 5).generate(in)) {
      case 0:
        return 0.0;
      case 1:
        return doubles().between(-6, 6).generate(in);
      case 2:
        return integers().between(-8, 8).generate(in);
      case 3:
        return doubles().between(20, 500).generate(in);
      case 4:
        return (integers().between(0, 1).generate(in) == 0 ? -1 : 1) * doubles().between(1e6, 1e300).generate(in);
      default:
        return integers().between(0, 1).generate(in) == 0 ? -Double.MAX_VALUE : Double.MAX_VALUE;
    }
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return integers().between(0, 99).generate(in) >= 100 - percent;
  }

  private static Gen<Drawn> cases() {
    return in -> {
      List<DrawnStrategy> strategies = new ArrayList<>();
      int projects = 0;
      int count = integers().between(1, 3).generate(in);
      for (int s = 0; s < count; s++) {
        List<DrawnProject> ps = new ArrayList<>();
        int m = integers().between(1, 3).generate(in);
        for (int k = 0; k < m; k++) {
          int start = T0 + integers().between(0, 8).generate(in);
          int full = start + integers().between(0, 3).generate(in);
          Project.Builder b = Project.builder().id("p" + projects++).start(start).fullEffect(full)
              .ramp(Ramp.LINEAR).capitalCost(doubles().between(0, 10).generate(in))
              .addEffect(Effect.newCapacity("a", doubles().between(1, 50).generate(in)));
          if (chance(in, 30)) {
            b.end(full + integers().between(0, 4).generate(in));
          }
          int include = integers().between(0, 2).generate(in);
          ps.add(new DrawnProject(b.build(), include == 0 ? Optional.empty() : Optional.of(include == 1),
              chance(in, 50) ? OptionalDouble.of(shift(in)) : OptionalDouble.empty(),
              chance(in, 40) ? OptionalDouble.of(doubles().between(0, 3).generate(in)) : OptionalDouble.empty()));
        }
        strategies.add(new DrawnStrategy("s" + s, chance(in, 70), doubles().between(0, 1).generate(in), shift(in),
            ps));
      }
      return new Drawn(strategies, T0 + integers().between(5, 15).generate(in));
    };
  }

  /** The plan section 7 of {@code docs/MODEL.md} gives a drawn project, worked out here. */
  private record Expected(boolean carriedOut, double weight, double start, double full, double end,
      double newCapacity, List<Problem> problems) {
    static Expected of(DrawnStrategy s, DrawnProject p) {
      boolean carried = p.include().orElse(s.adopted());
      double intensity = s.adopted() ? s.intensity() : 1.0;
      double shift = s.adopted() ? s.shift() : 0.0;
      double d = shift + p.delay().orElse(0.0);
      double start = p.project().start() + d;
      List<Problem> problems = carried && start < T0
          ? List.of(Problem.of(List.of(PathSegment.named(PathSegment.Kind.SCENARIO, "plan"),
              PathSegment.named(PathSegment.Kind.PROJECT, p.project().id())), MESSAGE
              + p.project().start() + " to " + start + ", before the base year " + T0))
          : List.of();
      double weight = intensity * p.scale().orElse(1.0);
      return new Expected(carried, weight, start, p.project().fullEffect() + d,
          p.project().end().isPresent() ? p.project().end().getAsInt() + d : Double.POSITIVE_INFINITY,
          p.project().effects().get(0).size() * weight, problems);
    }
  }

  /** The model with the drawn scenario as {@code plan}, which validation checks when it is built. */
  private static CityModel validated(Drawn d) {
    Scenario.Builder plan = Scenario.builder().name("plan").endYear(d.endYear());
    for (DrawnStrategy s : d.strategies()) {
      if (s.adopted()) {
        plan.adopt(s.id(), s.intensity(), s.shift());
      }
      for (DrawnProject p : s.projects()) {
        if (!p.override().equals(ProjectOverride.none())) {
          plan.override(p.project().id(), p.override());
        }
      }
    }
    return CityModel.builder().profile(PROFILE).addAllStrategies(d.strategies().stream()
        .map(DrawnStrategy::strategy).toList()).addScenario(plan.build()).build();
  }

  /**
   * The model with the drawn scenario without its start shifts, delays and scales, which are given to the engine as
   * parameter values instead: valid whatever was drawn.
   */
  private static CityModel unshifted(Drawn d) {
    Scenario.Builder plan = Scenario.builder().name("plan").endYear(d.endYear());
    for (DrawnStrategy s : d.strategies()) {
      if (s.adopted()) {
        plan.adopt(s.id(), s.intensity());
      }
      for (DrawnProject p : s.projects()) {
        p.include().ifPresent(i -> plan.override(p.project().id(), ProjectOverride.none()
            .withIncluded(i)));
      }
    }
    return CityModel.builder().profile(PROFILE).addAllStrategies(d.strategies().stream()
        .map(DrawnStrategy::strategy).toList()).addScenario(plan.build()).build();
  }

  @Test
  void validation_and_the_engine_give_the_plan_of_section_7_and_the_same_problems() {
    // what the drawn cases met: start problems, valid scenarios, projects carried out without their strategy,
    // starts after the horizon's end, infinite starts
    int[] met = new int[5];
    qt().withShrinkCycles(200).forAll(cases()).checkAssert(d -> {
      List<Problem> expectedProblems = new ArrayList<>();
      List<String> carried = new ArrayList<>();
      List<Expected> expected = new ArrayList<>();
      for (DrawnStrategy s : d.strategies()) {
        for (DrawnProject p : s.projects()) {
          Expected e = Expected.of(s, p);
          expectedProblems.addAll(e.problems());
          met[2] += e.carriedOut() && !s.adopted() ? 1 : 0;
          met[3] += e.carriedOut() && e.start() > d.endYear() ? 1 : 0;
          met[4] += e.carriedOut() && Double.isInfinite(e.start()) ? 1 : 0;
          if (e.carriedOut()) {
            carried.add(p.project().id());
            expected.add(e);
          }
        }
      }

      // validation, when the model is built
      List<Problem> validationProblems = List.of();
      try {
        CityModel model = validated(d);
        ResolvedScenario rs = model.resolve("plan");
        List<ProjectPlan> plans = rs.plans(model).stream().filter(ProjectPlan::carriedOut).toList();
        assertEquals(carried, plans.stream().map(p -> p.project().id()).toList());
        for (int a = 0; a < plans.size(); a++) {
          assertEquals(expected.get(a).weight(), plans.get(a).weight());
          assertEquals(expected.get(a).start(), plans.get(a).start());
          assertEquals(expected.get(a).full(), plans.get(a).fullEffect());
          assertEquals(expected.get(a).end(), plans.get(a).end());
        }
        // and the engine, compiling the scenario as the model states it
        CompiledScenario c = Engine.compile(model, rs);
        assertEquals(carried, c.activeProjectIds());
        assertYears(expected, c);
      } catch (InvalidModelException e) {
        validationProblems = e.problems();
      }
      assertEquals(expectedProblems, validationProblems, "validation");
      met[expectedProblems.isEmpty() ? 1 : 0]++;

      // the engine, with the start shifts, delays and scales as parameter values
      CityModel model = unshifted(d);
      List<String> paths = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (DrawnStrategy s : d.strategies()) {
        paths.add("strategy/" + s.id() + "/start-shift");
        values.add(s.adopted() ? s.shift() : 0.0);
        for (DrawnProject p : s.projects()) {
          paths.add("project/" + p.project().id() + "/delay");
          values.add(p.delay().orElse(0.0));
          paths.add("project/" + p.project().id() + "/scale");
          values.add(p.scale().orElse(1.0));
        }
      }
      Parameterization p = Parameterization.of(model, "plan", paths);
      List<Problem> engineProblems = List.of();
      try {
        CompiledScenario c = p.compile(values.stream().mapToDouble(Double::doubleValue).toArray());
        assertEquals(carried, c.activeProjectIds());
        assertYears(expected, c);
      } catch (InvalidModelException e) {
        engineProblems = e.problems();
        assertEquals("scenario 'plan'", e.subject());
      }
      assertEquals(expectedProblems, engineProblems, "engine");
      assertEquals(validationProblems, engineProblems);
    });
    for (int k = 0; k < met.length; k++) {
      assertTrue(met[k] > 0, "case " + k + " never drawn: " + java.util.Arrays.toString(met));
    }
  }

  /** The compiled years and sizes of the projects carried out (none has prerequisites, so none is deferred). */
  private static void assertYears(List<Expected> expected, CompiledScenario c) {
    assertArrayEquals(expected.stream().mapToDouble(Expected::start).toArray(), c.start);
    assertArrayEquals(expected.stream().mapToDouble(Expected::full).toArray(), c.full);
    assertArrayEquals(expected.stream().mapToDouble(Expected::end).toArray(), c.end);
    // the one new-capacity effect of each project, on the one sector: its size times the project's weight
    assertArrayEquals(expected.stream().mapToDouble(Expected::newCapacity).toArray(),
        c.effects.size(Effect.Kind.NEW_CAPACITY));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // the structure

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.xinlu.engine", "io.xinlu.scenario");

  /**
   * What a scenario states about a project, and a project's own years: only {@link ProjectPlan} turns them into a
   * project's plan. Each entry: the class and method, by simple name.
   */
  private static final Set<String> INPUTS = Set.of("ProjectOverride.included", "ProjectOverride.scaleFactor",
      "ProjectOverride.delayYears", "StrategyAdoption.intensity", "StrategyAdoption.startShift", "Project.start",
      "Project.fullEffect", "Project.end");

  /** The methods that read those inputs for another purpose, with what they do with them. */
  private static final Map<String, String> OTHER_USES = Map.of(
      "ModelValidator.project", "checks a project's own years against the base year and each other",
      "ModelValidator.scenario", "checks the numbers an adoption and an override state (ranges, finiteness)",
      "ParameterRules.given", "gives a strategy parameter's value as the scenario states it");

  /** No class of the engine, nor {@code ModelValidator} or {@link ResolvedScenario}, applies a plan's rules. */
  static final ArchRule NO_ONE_ELSE_PLANS = noClasses()
      .that().resideInAPackage("io.xinlu.engine")
      .or().haveFullyQualifiedName("io.xinlu.scenario.ModelValidator")
      .or().haveFullyQualifiedName(ResolvedScenario.class.getName())
      .should(readAPlansInputs())
      .because("ProjectPlan is the one owner of how a scenario applies to a project");

  private static ArchCondition<JavaClass> readAPlansInputs() {
    return new ArchCondition<>("read what a scenario states about a project, or a project's own years") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
          String target = call.getTargetOwner().getSimpleName() + "." + call.getName();
          String origin = c.getSimpleName() + "." + call.getOrigin().getName();
          if (INPUTS.contains(target) && !OTHER_USES.containsKey(origin)) {
            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
          }
        }
      }
    };
  }

  @Test
  void neither_the_engine_nor_validation_work_out_a_plan_themselves() {
    assertTrue(PRODUCTION.contain(ProjectSchedule.class) && PRODUCTION.contain("io.xinlu.scenario.ModelValidator"),
        "the classes were imported");
    NO_ONE_ELSE_PLANS.check(PRODUCTION);
  }

  @Test
  void the_rule_catches_a_class_that_works_out_a_start_itself() {
    JavaClasses fixture = new ClassFileImporter().importClasses(RecomputesStart.class);
    String report = String.join("\n", NO_ONE_ELSE_PLANS.evaluate(fixture).getFailureReport().getDetails());
    assertTrue(report.contains("Project.start()") && report.contains("ProjectOverride.delayYears()")
        && report.contains("StrategyAdoption.startShift()"), report);
    assertThrows(AssertionError.class, () -> NO_ONE_ELSE_PLANS.check(fixture));
  }

  @Test
  void the_engine_and_validation_call_the_plan() {
    assertTrue(calls(ProjectSchedule.class, "ProjectPlan.of"));
    assertTrue(calls(ProjectSchedule.class, "ProjectPlan.withValues"));
    assertTrue(calls(ProjectSchedule.class, "ProjectPlan.startProblems"));
    assertTrue(calls(ProjectSchedule.class, "ProjectPlan.start"));
    assertTrue(calls(ProjectSchedule.class, "ProjectPlan.weight"));
    assertTrue(calls(ResolvedScenario.class, "ProjectPlan.startProblems"));
    assertTrue(calls(PRODUCTION.get("io.xinlu.scenario.ModelValidator"), "ResolvedScenario.startProblems"));
    assertFalse(calls(RecomputesStart.class, "ProjectPlan.start"));
  }

  private static boolean calls(Class<?> c, String target) {
    return calls(PRODUCTION.contain(c) ? PRODUCTION.get(c) : new ClassFileImporter().importClass(c), target);
  }

  private static boolean calls(JavaClass c, String target) {
    return c.getMethodCallsFromSelf().stream()
        .anyMatch(call -> (call.getTargetOwner().getSimpleName() + "." + call.getName()).equals(target));
  }

  @Test
  void one_class_of_core_writes_the_message_of_a_start_before_the_base_year() throws Exception {
    Path classes = Path.of(ProjectPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertEquals(List.of("io/xinlu/scenario/ProjectPlan.class"), holding(classes, MESSAGE));
    // and the search finds the text where it is
    Path tests = Path.of(RecomputesStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(holding(tests, MESSAGE).contains("io/xinlu/engine/ProjectPlanSharedTest$RecomputesStart.class"));
  }

  /** The class files under {@code root} whose bytes hold {@code text} (as the constant pool stores it). */
  private static List<String> holding(Path root, String text) {
    byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class")).filter(f -> contains(read(f), wanted))
          .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] in, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= in.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (in[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Works out a project's start and its problem itself, as the engine did before {@link ProjectPlan}. */
  static final class RecomputesStart {
    String problem(Project p, StrategyAdoption a, ProjectOverride o, int t0) {
      double start = p.start() + a.startShift() + o.delayYears().orElse(0.0);
      return start < t0 ? MESSAGE + p.start() + " to " + start + ", before the base year " + t0 : "";
    }
  }
}
