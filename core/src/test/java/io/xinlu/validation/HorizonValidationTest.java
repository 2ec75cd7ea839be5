package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.TestCity.modelWith;
import static io.xinlu.validation.TestCity.plan;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.InvalidModelException;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.ProjectOverride;
import io.xinlu.scenario.Scenario;
import io.xinlu.scenario.YearPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The horizon of a scenario and the years its projects move to, checked when a {@link CityModel} is built: the
 * end year's bounds, each horizon problem reported once (not again through the years of the scenario's paths),
 * and projects that start shifts and delays move before the base year (2020 in {@link TestCity}).
 */
class HorizonValidationTest {
  @Test
  void an_end_year_a_thousand_years_after_the_base_year_is_the_longest_accepted() {
    assertDoesNotThrow(() -> modelWith(Scenario.builder().name("far").endYear(3020)));
    InvalidModelException e = assertInvalid(() -> modelWith(Scenario.builder().name("far").endYear(3021)));
    assertOnlyProblem(e, "scenario 'far' > end year", "3021 is more than 1000 years after the base year 2020");
    assertDoesNotThrow(() -> modelWith(Scenario.builder().name("next").endYear(2021)));
  }

  @Test
  void an_end_year_at_the_base_year_is_reported_once_and_path_years_are_not_checked_against_it() {
    InvalidModelException e = assertInvalid(() -> modelWith(Scenario.builder().name("short").endYear(2020)
        .macroShock(YearPath.exact(Map.of(2021, -0.01)))));
    assertOnlyProblem(e, "scenario 'short' > end year", "2020 is not after the base year 2020");
  }

  @Test
  void an_end_year_of_zero_is_reported_as_given_not_also_as_missing() {
    InvalidModelException e = assertInvalid(() -> modelWith(Scenario.builder().name("zero").endYear(0)));
    assertOnlyProblem(e, "scenario 'zero' > end year", "0 is not after the base year 2020");
  }

  @Test
  void a_child_with_its_own_bad_end_year_does_not_take_its_parents() {
    // the child's end year is the one that counts, bad as it is: its path is not checked against the parent's 2035
    InvalidModelException e = assertInvalid(() -> modelWith(plan(), Scenario.builder().name("child")
        .parent("plan").endYear(0).macroShock(YearPath.exact(Map.of(2040, -0.01)))));
    assertOnlyProblem(e, "scenario 'child' > end year", "0 is not after the base year 2020");
  }

  @Test
  void a_delay_that_moves_a_project_before_the_base_year_is_reported_when_the_model_is_built() {
    // wind starts in 2022
    InvalidModelException e = assertInvalid(() -> modelWith(plan()
        .override("wind", ProjectOverride.delay(-3))));
    assertOnlyProblem(e, "scenario 'plan' > project 'wind'", "from 2022 to 2019.0", "before the base year 2020");
    assertDoesNotThrow(() -> modelWith(plan().override("wind", ProjectOverride.delay(-2))));
  }

  @Test
  void a_start_shift_inherited_from_a_parent_moves_the_childs_projects_too() {
    // green's start shift of -2.5 moves wind (2022) to 2019.5; the child inherits the adoption
    InvalidModelException e = assertInvalid(() -> modelWith(
        Scenario.builder().name("early").endYear(2035).adopt("green", 1.0, -2.5),
        Scenario.builder().name("child").parent("early")));
    assertEquals(2, e.problems().size(), e::getMessage);
    ProblemAssertions.assertProblem(e, "scenario 'early' > project 'wind'", "from 2022 to 2019.5");
    ProblemAssertions.assertProblem(e, "scenario 'child' > project 'wind'", "from 2022 to 2019.5");
  }
}
