package io.xinlu.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the engine package ({@code docs/ARCHITECTURE.md}, "The engine's shape"): a run and what it reads (the
 * compiled scenario, the economy) do not depend on the classes that compile a scenario, so the loop
 * {@code CompiledScenario -> ScenarioTemplate -> Run -> Simulation -> Labour -> ScenarioTemplate} cannot come back;
 * and no engine class grows far beyond 400 lines.
 */
class EngineStructureTest {
  private static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.xinlu.engine");

  /** The classes that compile a scenario: what the template works out once, and each compilation's layout. */
  private static final Class<?>[] COMPILING = {Engine.class, Parameterization.class, ScenarioTemplate.class,
      ProjectSchedule.class, EffectLayout.class, AssumptionPaths.class, DemandRows.class, FactorRows.class,
      EffectFactors.class, Adjustments.class};

  /** The rule that the given classes do not depend on the compiling ones. */
  private static ArchRule independentOfCompiling(Class<?>... runSide) {
    return noClasses().that().belongToAnyOf(runSide).should().dependOnClassesThat().belongToAnyOf(COMPILING)
        .because("a compiled scenario and its runs read flat arrays, not the template that laid them out");
  }

  @Test
  void a_run_and_what_it_reads_do_not_depend_on_the_compiling_classes() {
    assertTrue(ENGINE.contain(ScenarioTemplate.class) && ENGINE.contain(Labour.class), "the classes were imported");
    independentOfCompiling(CompiledScenario.class, Simulation.class, Run.class, RunValues.class, Labour.class,
        Economy.class, ResourceCaps.class, EffectTable.class, ClampEvents.class, RowGroup.class).check(ENGINE);
  }

  @Test
  void the_rule_catches_a_run_side_class_that_reads_the_template() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ReadsTheTemplate.class, ScenarioTemplate.class);
    ArchRule rule = independentOfCompiling(ReadsTheTemplate.class);
    assertTrue(rule.evaluate(fixture).hasViolation());
    assertThrows(AssertionError.class, () -> rule.check(fixture));
  }

  /** A run-side class as {@code CompiledScenario} was: it holds the template it came from. */
  static final class ReadsTheTemplate {
    @SuppressWarnings("unused")
    private ScenarioTemplate template;
  }

  /** "About 400 lines": a class may pass 400 by a little, never by a second class's worth. */
  private static final int MOST_LINES = 420;

  @Test
  void no_engine_class_has_more_than_about_400_lines() throws IOException {
    Path sources = Path.of("src", "main", "java", "io", "xinlu", "engine");
    assertTrue(Files.isDirectory(sources), "run from the core module: " + sources.toAbsolutePath());
    Map<String, Integer> tooLong = new TreeMap<>();
    int files = 0;
    try (Stream<Path> all = Files.list(sources)) {
      for (Path f : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".java"))::iterator) {
        files++;
        List<String> lines = Files.readAllLines(f);
        if (lines.size() > MOST_LINES) {
          tooLong.put(f.getFileName().toString(), lines.size());
        }
      }
    }
    assertTrue(files > 20, "the engine's sources were found: " + files);
    assertEquals(Map.of(), tooLong, "split these by what they hold (docs/ARCHITECTURE.md)");
  }
}
