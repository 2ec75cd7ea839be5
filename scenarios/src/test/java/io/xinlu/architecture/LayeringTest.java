package io.xinlu.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.xinlu.architecture.fixture.cycle.a.Upper;
import io.xinlu.architecture.fixture.cycle.b.Lower;
import io.xinlu.architecture.fixture.model.UsesAnalysis;
import io.xinlu.architecture.fixture.numerics.PlainNumbers;
import io.xinlu.architecture.fixture.numerics.UsesEngine;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build if the packages of {@code core} and {@code scenarios} stop being layered ({@link LayeringRules}): a
 * cycle between two packages, a numerical package that uses the model, or the model using analysis or ensembles.
 * The other tests apply the same rules to fixtures in {@code io.xinlu.architecture.fixture} that break them on
 * purpose ({@code numerics.UsesEngine} reads a run, {@code model.UsesAnalysis} reads a comparison, {@code cycle.a}
 * and {@code cycle.b} depend on each other) and check that each rule fails on them.
 */
class LayeringTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.xinlu");

  @Test
  void the_packages_of_core_and_scenarios_are_layered() {
    LayeringRules.ALL.check(PRODUCTION);
  }

  @Test
  void every_package_the_rules_name_holds_classes() {
    Stream.of(LayeringRules.MODEL, LayeringRules.NUMERICS, LayeringRules.ABOVE_MODEL).flatMap(Stream::of)
        .map(p -> p.endsWith("..") ? p.substring(0, p.length() - 2) : p)
        .forEach(p -> assertTrue(PRODUCTION.stream().anyMatch(c -> c.getPackageName().equals(p)),
            "no production class in " + p + ": the rules name a package that is gone"));
    assertTrue(PRODUCTION.contain("io.xinlu.scenarios.SyntheticCity"), "scenarios' classes were imported");
  }

  @Test
  void a_cycle_between_two_packages_fails_the_rule() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(Upper.class, Lower.class);
    AssertionError e = assertThrows(AssertionError.class, () -> LayeringRules.NO_CYCLES.check(fixtures));
    assertTrue(e.getMessage().contains("io.xinlu.architecture.fixture.cycle.a")
        && e.getMessage().contains("io.xinlu.architecture.fixture.cycle.b"), e.getMessage());
    assertThrows(AssertionError.class, () -> LayeringRules.ALL.check(fixtures));
    assertFalse(LayeringRules.NO_CYCLES.evaluate(new ClassFileImporter().importClasses(Upper.class)).hasViolation(),
        "one side of the cycle alone is no cycle");
  }

  @Test
  void a_numerical_class_that_uses_the_engine_fails_the_rule() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(UsesEngine.class, PlainNumbers.class);
    AssertionError e = assertThrows(AssertionError.class,
        () -> LayeringRules.numericsIndependentOfModel("io.xinlu.architecture.fixture.numerics..").check(fixtures));
    assertTrue(e.getMessage().contains("UsesEngine") && e.getMessage().contains("io.xinlu.engine.Run"),
        e.getMessage());
    assertFalse(e.getMessage().contains("PlainNumbers"), e.getMessage());
    assertFalse(LayeringRules.numericsIndependentOfModel("io.xinlu.architecture.fixture.numerics..")
        .evaluate(new ClassFileImporter().importClasses(PlainNumbers.class)).hasViolation());
  }

  @Test
  void a_model_class_that_uses_analysis_fails_the_rule() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(UsesAnalysis.class);
    AssertionError e = assertThrows(AssertionError.class,
        () -> LayeringRules.modelBelowAnalysis("io.xinlu.architecture.fixture.model..").check(fixtures));
    assertTrue(e.getMessage().contains("UsesAnalysis")
        && e.getMessage().contains("io.xinlu.analysis.ScenarioComparison"), e.getMessage());
  }
}
