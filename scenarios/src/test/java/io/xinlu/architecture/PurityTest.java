package io.xinlu.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Fails the build if the production classes of {@code core} ({@code io.xinlu}, {@code io.xinlu.economy},
 * {@code .policy}, {@code .scenario}, {@code .engine}, {@code .internal}) or {@code scenarios} touch files, network,
 * console, clock, environment or unseeded randomness. A second test checks that the rules do catch such code.
 */
class PurityTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.xinlu");

  @Test
  void core_and_scenarios_are_pure() {
    assertTrue(PRODUCTION.contain("io.xinlu.engine.Engine"), "core's classes were imported");
    assertTrue(PRODUCTION.contain("io.xinlu.scenarios.SyntheticCity"), "scenarios' classes were imported");
    PurityRules.ALL.check(PRODUCTION);
  }

  @Test
  void the_rules_catch_impure_code() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(Impure.Prints.class, Impure.ReadsClock.class,
        Impure.ReadsEnvironment.class, Impure.UnseededRandom.class, Impure.ReadsFile.class);
    EvaluationResult result = PurityRules.ALL.evaluate(fixtures);
    assertTrue(result.hasViolation());
    String report = String.join("\n", result.getFailureReport().getDetails());
    for (String who : new String[] {"Prints", "ReadsClock", "ReadsEnvironment", "UnseededRandom", "ReadsFile"}) {
      assertTrue(report.contains("Impure$" + who), who + " is caught:\n" + report);
    }
    assertThrows(AssertionError.class, () -> PurityRules.NO_CONSOLE.check(fixtures));
    assertFalse(PurityRules.ALL.evaluate(new ClassFileImporter().importClasses(Pure.class)).hasViolation());
  }

  /** Code the rules must accept. */
  static final class Pure {
    double twice(double x) {
      return new java.util.Random(42).nextDouble() + 2 * x;
    }
  }
}
