package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblem;
import static io.xinlu.validation.TestCity.MODEL;
import static io.xinlu.validation.TestCity.PROFILE;
import static io.xinlu.validation.TestCity.coal;
import static io.xinlu.validation.TestCity.power;
import static io.xinlu.validation.TestCity.profileBuilder;
import static io.xinlu.validation.TestCity.services;
import static io.xinlu.validation.TestCity.table;
import static io.xinlu.validation.TestCity.validCoefficients;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A model whose base-year numbers cannot give finite results is rejected when it is built, naming the sector and the
 * number (docs/MODEL.md, section 19): a value added so small against its energy that the energy intensity is
 * infinite (the case of a value added of 4.9e-324, once accepted, which gave infinite energy intensity and CO2 from
 * the base year), a labour productivity that underflows to 0 or overflows, a gross output or CO2 beyond the range of
 * doubles, and any base-year value beyond the largest a run can sum, {@code Double.MAX_VALUE / (4 n 1001)}. A
 * profile on its own is only checked for its own rules: these checks belong to the model, which the engine runs.
 */
class MagnitudeValidationTest {
  private static final String COAL = PROFILE + " > sector 'coal'";

  private static CityModel model(CityProfile profile) {
    return CityModel.builder().profile(profile).addScenario(Scenario.baseline("baseline", 2035)).build();
  }

  private static InvalidModelException invalid(Sector.Builder coal) {
    CityProfile p = profileBuilder(coal, power(), services()).build();
    InvalidModelException e = assertInvalid(() -> model(p));
    assertEquals(MODEL, e.subject());
    return e;
  }

  /** The largest base-year value of a three-sector model. */
  private static final double LARGEST = Double.MAX_VALUE / (4.0 * 3 * 1001);

  @Test
  void the_valid_city_and_large_but_summable_values_pass() {
    assertDoesNotThrow(() -> model(TestCity.profile()));
    assertDoesNotThrow(() -> model(profileBuilder(coal().valueAdded(LARGEST).employment(LARGEST).energy(1.0)
        .emissionFactor(1.0).resource(ResourceStock.of(LARGEST, 1e-300)), power(), services()).build()));
    // subnormal numbers are fine where nothing divides by them and no product overflows
    assertDoesNotThrow(() -> model(profileBuilder(coal().valueAdded(4.9e-324).energy(0).employment(1e-320)
        .resource(ResourceStock.of(1e-310, 0.4)), power(), services()).build()));
  }

  @Test
  void a_subnormal_value_added_with_energy_is_rejected() {
    InvalidModelException e = invalid(coal().valueAdded(4.9e-324).energy(1.0).employment(1e-320));
    assertOnlyProblem(e, COAL + " > energy", "1.0 over value added 4.9E-324", "energy intensity of Infinity");
  }

  @Test
  void a_value_added_tiny_against_its_energy_is_rejected() {
    InvalidModelException e = invalid(coal().valueAdded(1e-300).energy(1e10).employment(1e-300));
    assertOnlyProblem(e, COAL + " > energy", "energy intensity of Infinity");
    // finite, but beyond the largest value a run can sum (1.5e304 for three sectors)
    InvalidModelException large = invalid(coal().valueAdded(1e-270).energy(1e36).employment(1e-270));
    assertOnlyProblem(large, COAL + " > energy", "energy intensity of 1.0E306", "largest value a run can sum");
  }

  @Test
  void a_labour_productivity_that_underflows_to_zero_or_overflows_is_rejected() {
    InvalidModelException zero = invalid(coal().valueAdded(4.9e-324).energy(0).employment(100));
    assertOnlyProblem(zero, COAL + " > employment", "value added 4.9E-324 over employment 100.0",
        "labour productivity of 0.0");
    InvalidModelException infinite = invalid(coal().valueAdded(1e300).energy(1).employment(1e-10));
    assertProblem(infinite, COAL + " > employment", "labour productivity of Infinity");
  }

  @Test
  void a_base_year_co2_beyond_the_range_is_rejected() {
    InvalidModelException e = invalid(coal().valueAdded(1.0).energy(1e200).emissionFactor(1e200));
    assertOnlyProblem(e, COAL + " > emission factor", "1.0E200 times energy 1.0E200", "base-year CO2 of Infinity");
  }

  @Test
  void a_gross_output_beyond_the_range_is_rejected() {
    double[] v = {1e-320, 0.4, 0.7};
    double[][] a = validCoefficients();
    a[0][0] = 0;
    a[1][0] = 0;
    a[2][0] = 0;
    CityProfile p = profileBuilder(coal().valueAdded(10), power(), services()).inputOutputTable(table(a, v)).build();
    InvalidModelException e = assertInvalid(() -> model(p));
    assertProblem(e, COAL + " > value added", "10.0 over the value-added ratio 1.0E-320",
        "gross output of Infinity");
  }

  @Test
  void base_year_values_beyond_the_largest_a_run_can_sum_are_rejected() {
    double big = LARGEST * 2;
    InvalidModelException e = invalid(coal().valueAdded(big).employment(big).energy(1.0)
        .resource(ResourceStock.of(big, 1.0)));
    assertProblem(e, COAL + " > value added", String.valueOf(big), "largest value a run can sum");
    assertProblem(e, COAL + " > employment", String.valueOf(big), "largest value a run can sum");
    assertProblem(e, COAL + " > resource > stock", String.valueOf(big), "largest value a run can sum");
    assertProblem(e, COAL + " > resource > extraction intensity", "base-year extraction of " + big);
    CityProfile crowded = profileBuilder(coal(), power(), services()).population(big).build();
    assertProblem(assertInvalid(() -> model(crowded)), PROFILE + " > population", String.valueOf(big));
    assertTrue(e.getMessage().contains("Double.MAX_VALUE / (4 x 3 sectors x 1001 years)"), e::getMessage);
  }
}
