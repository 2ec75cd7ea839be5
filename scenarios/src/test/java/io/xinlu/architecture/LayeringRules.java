package io.xinlu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.google.common.collect.ObjectArrays;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The rules that keep the packages of {@code core} (and {@code scenarios}) layered. From the bottom up:
 *
 * <ol>
 *   <li>{@code io.xinlu} and {@code io.xinlu.internal}: problems and shared helpers;
 *   <li>the numerical packages {@code uncertainty.sampling}, {@code uncertainty.sensitivity},
 *       {@code uncertainty.discovery} and {@code decision} (search problems, Pareto sets, robustness over plain
 *       numbers): no model;
 *   <li>the model: {@code economy}, {@code policy}, {@code scenario}, {@code engine}, {@code indicator};
 *   <li>what reads runs or runs the model many times: {@code analysis} and its families, and
 *       {@code uncertainty.ensemble}, {@code decision.city}, {@code history} (observations beside a run) and
 *       {@code check} (model checks over runs).
 * </ol>
 *
 * <p>Every dependency points down, and no two packages depend on each other, directly or through others. The rules
 * that name packages are built by methods as well, so that a test can apply the same rule to fixtures in packages of
 * its own and see it fail.
 */
final class LayeringRules {
  private LayeringRules() {}

  /** The model's packages. */
  static final String[] MODEL = {
      "io.xinlu.economy..", "io.xinlu.policy..", "io.xinlu.scenario..", "io.xinlu.engine..", "io.xinlu.indicator.."};

  /** The numerical packages: they work on plain numbers and know nothing of the model. */
  static final String[] NUMERICS = {
      "io.xinlu.uncertainty.sampling..", "io.xinlu.uncertainty.sensitivity..", "io.xinlu.uncertainty.discovery..",
      "io.xinlu.decision"}; // without "..": the package itself, not what lies below it

  /** The packages above the model: they read runs, or run the model many times. */
  static final String[] ABOVE_MODEL = {"io.xinlu.analysis..", "io.xinlu.uncertainty.ensemble..",
      "io.xinlu.decision.city..", "io.xinlu.history..", "io.xinlu.check.."};

  /** Every package under {@code io.xinlu}, the root included, is a slice of its own; other classes are left out. */
  static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String p = javaClass.getPackageName();
      return p.equals("io.xinlu") || p.startsWith("io.xinlu.") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages of io.xinlu";
    }
  };

  static final ArchRule NO_CYCLES = slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
      .as("no two packages of io.xinlu depend on each other, directly or through others");

  /** Classes in the given packages depend on no class of the model or above it. */
  static ArchRule numericsIndependentOfModel(String... numericalPackages) {
    return noClasses().that().resideInAnyPackage(numericalPackages)
        .should().dependOnClassesThat().resideInAnyPackage(ObjectArrays.concat(MODEL, ABOVE_MODEL, String.class))
        .as("the numerical packages " + String.join(", ", numericalPackages)
            + " know nothing of the model or of what runs it");
  }

  /** Classes in the given packages depend on nothing above the model. */
  static ArchRule modelBelowAnalysis(String... modelPackages) {
    return noClasses().that().resideInAnyPackage(modelPackages)
        .should().dependOnClassesThat().resideInAnyPackage(ABOVE_MODEL)
        .as("the model's packages " + String.join(", ", modelPackages) + " know nothing of analysis or ensembles");
  }

  static final ArchRule NUMERICS_INDEPENDENT_OF_MODEL = numericsIndependentOfModel(NUMERICS);

  static final ArchRule MODEL_BELOW_ANALYSIS = modelBelowAnalysis(MODEL);

  static final CompositeArchRule ALL =
      CompositeArchRule.of(NO_CYCLES).and(NUMERICS_INDEPENDENT_OF_MODEL).and(MODEL_BELOW_ANALYSIS);
}
