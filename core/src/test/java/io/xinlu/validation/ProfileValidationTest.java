package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblemCount;
import static io.xinlu.validation.ProblemAssertions.rendered;
import static io.xinlu.validation.TestCity.PROFILE;
import static io.xinlu.validation.TestCity.coal;
import static io.xinlu.validation.TestCity.hydrogen;
import static io.xinlu.validation.TestCity.power;
import static io.xinlu.validation.TestCity.profileBuilder;
import static io.xinlu.validation.TestCity.services;
import static io.xinlu.validation.TestCity.table;
import static io.xinlu.validation.TestCity.validCoefficients;
import static io.xinlu.validation.TestCity.validRatios;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.ResourceStock;
import io.xinlu.economy.Sector;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link CityProfile} checks its sectors, input-output table and population on {@code build()} and throws one
 * {@link InvalidModelException} that lists every problem with its path.
 */
class ProfileValidationTest {
  private static final double[] NON_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

  /** Sets one number of the coal sector; keyed by the path below {@code sector 'coal'}. */
  private static final Map<String, BiConsumer<Sector.Builder, Double>> COAL_NUMBERS = Map.of(
      "value added", Sector.Builder::valueAdded,
      "employment", Sector.Builder::employment,
      "energy", Sector.Builder::energy,
      "emission factor", Sector.Builder::emissionFactor,
      "growth", Sector.Builder::growth,
      "productivity growth", Sector.Builder::productivityGrowth,
      "energy-intensity decline", Sector.Builder::energyIntensityDecline,
      "resource > stock", (b, x) -> b.resource(ResourceStock.of(x, 0.4)),
      "resource > extraction intensity", (b, x) -> b.resource(ResourceStock.of(1500.0, x)));

  /** The coal numbers that must not be negative. */
  private static final List<String> NON_NEGATIVE = List.of(
      "value added", "employment", "energy", "emission factor", "resource > stock", "resource > extraction intensity");

  private static Stream<Arguments> nonFiniteCoalNumbers() {
    return COAL_NUMBERS.keySet().stream().sorted()
        .flatMap(field -> Stream.of(NON_FINITE[0], NON_FINITE[1], NON_FINITE[2]).map(x -> Arguments.of(field, x)));
  }

  private static Stream<Arguments> negativeCoalNumbers() {
    return NON_NEGATIVE.stream().flatMap(field -> Stream.of(Arguments.of(field, -1.5), Arguments.of(field, -1e-9)));
  }

  private static Stream<Arguments> nonFiniteNumbers() {
    return Stream.of(NON_FINITE[0], NON_FINITE[1], NON_FINITE[2]).map(Arguments::of);
  }

  private static CityProfile coalWith(String field, double x) {
    Sector.Builder coal = coal();
    COAL_NUMBERS.get(field).accept(coal, x);
    return profileBuilder(coal, power(), services()).build();
  }

  // ---------------------------------------------------------------- positive controls

  @Test
  void valid_profiles_build_without_problems() {
    CityProfile withTable = assertDoesNotThrow(TestCity::profile);
    assertEquals(List.of("coal", "power", "services"), withTable.sectorIds());
    assertDoesNotThrow(() -> profileBuilder().build(), "without a table");
    assertDoesNotThrow(() -> profileBuilder(coal(), power(), services(), hydrogen()).build(),
        "with a new sector that gives explicit intensities");
    assertDoesNotThrow(() -> profileBuilder(
            coal().employment(OptionalDouble.empty()),
            power().employment(OptionalDouble.empty()),
            hydrogen().employment(OptionalDouble.empty()).labourProductivity(OptionalDouble.empty()))
        .build(), "without employment data, a new sector needs only an energy intensity");
    assertDoesNotThrow(() -> profileBuilder(coal().resource(ResourceStock.of(0.0, 0.0))).build(),
        "an exhausted stock of 0 is allowed");
  }

  @ParameterizedTest(name = "synthetic({0})")
  @ValueSource(ints = {1, 2, 6, 25, 60})
  void synthetic_profiles_with_productive_tables_build(int n) {
    CityProfile p = assertDoesNotThrow(() -> TestCity.synthetic(n));
    assertEquals(n, p.sectors().size());
  }

  @Test
  void a_table_whose_columns_sum_to_exactly_one_with_value_added_is_accepted() {
    double[][] a = {{0.25, 0.5}, {0.25, 0.0}};
    double[] v = {0.5, 0.5};
    assertDoesNotThrow(() -> profileBuilder(coal(), power())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "power"), a, v)).build());
  }

  // ---------------------------------------------------------------- numbers of a sector

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("nonFiniteCoalNumbers")
  void a_non_finite_sector_number_is_rejected_with_its_path_and_value(String field, double x) {
    InvalidModelException e = assertInvalid(() -> coalWith(field, x));
    assertOnlyProblem(e, PROFILE + " > sector 'coal' > " + field, rendered(x));
    assertEquals(PROFILE, e.subject());
    assertTrue(e.getMessage().contains(PROFILE + " > sector 'coal' > " + field + ": " + rendered(x)), e::getMessage);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("negativeCoalNumbers")
  void a_negative_sector_number_is_rejected_with_its_path_and_value(String field, double x) {
    InvalidModelException e = assertInvalid(() -> coalWith(field, x));
    assertOnlyProblem(e, PROFILE + " > sector 'coal' > " + field, "must not be negative, was " + x);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonFiniteNumbers")
  void a_non_finite_explicit_intensity_of_a_new_sector_is_rejected(double x) {
    InvalidModelException energy = assertInvalid(() ->
        profileBuilder(coal(), power(), services(), hydrogen().energyIntensity(x)).build());
    assertOnlyProblem(energy, PROFILE + " > sector 'hydrogen' > energy intensity", rendered(x));
    InvalidModelException labour = assertInvalid(() ->
        profileBuilder(coal(), power(), services(), hydrogen().labourProductivity(x)).build());
    assertOnlyProblem(labour, PROFILE + " > sector 'hydrogen' > labour productivity", rendered(x));
  }

  @Test
  void a_negative_energy_intensity_and_a_zero_labour_productivity_of_a_new_sector_are_rejected() {
    InvalidModelException e = assertInvalid(() ->
        profileBuilder(coal(), power(), services(), hydrogen().energyIntensity(-0.2).labourProductivity(0.0))
            .build());
    assertProblem(e, PROFILE + " > sector 'hydrogen' > energy intensity", "must not be negative, was -0.2");
    assertProblem(e, PROFILE + " > sector 'hydrogen' > labour productivity", "must be positive, was 0.0");
    assertProblemCount(e, 2);
  }

  @Test
  void zero_employment_with_positive_value_added_is_rejected() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power().employment(0.0)).build());
    assertOnlyProblem(e, PROFILE + " > sector 'power' > employment", "must be positive", "60.0");
  }

  @Test
  void productivity_growth_of_minus_one_and_an_intensity_decline_of_one_are_rejected() {
    InvalidModelException e = assertInvalid(() ->
        profileBuilder(coal().productivityGrowth(-1.0), power().energyIntensityDecline(1.0)).build());
    assertProblem(e, PROFILE + " > sector 'coal' > productivity growth", "must be above -1, was -1.0");
    assertProblem(e, PROFILE + " > sector 'power' > energy-intensity decline", "must be below 1", "was 1.0");
    assertProblemCount(e, 2);
  }

  // ---------------------------------------------------------------- ids

  @Test
  void a_duplicate_sector_id_is_rejected() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power(), services(), power()).build());
    assertOnlyProblem(e, PROFILE + " > sector 'power'", "duplicate sector id", "sector 4");
  }

  @Test
  void a_blank_sector_id_is_rejected() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power().id("  ")).build());
    assertOnlyProblem(e, PROFILE + " > sector '  ' > id", "must not be blank");
  }

  @Test
  void a_blank_profile_name_and_a_base_year_out_of_range_are_rejected() {
    InvalidModelException e = assertInvalid(() -> profileBuilder().name("").baseYear(1800).build());
    assertProblem(e, "profile '' > name", "must not be blank");
    assertProblem(e, "profile '' > base year", "1800");
    assertProblemCount(e, 2);
  }

  @Test
  void a_profile_without_sectors_is_rejected() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(new Sector.Builder[0]).build());
    assertOnlyProblem(e, PROFILE + " > sectors", "at least one sector");
  }

  // ---------------------------------------------------------------- employment and new sectors

  @Test
  void employment_given_for_some_sectors_but_not_others_is_rejected_naming_the_missing_ones() {
    InvalidModelException e = assertInvalid(() ->
        profileBuilder(coal(), power().employment(OptionalDouble.empty()),
            services().employment(OptionalDouble.empty())).build());
    assertOnlyProblem(e, PROFILE + " > employment", "given for 1 of 3 sectors", "'power', 'services'");
  }

  @Test
  void a_new_sector_without_explicit_intensities_is_rejected_naming_the_sector() {
    InvalidModelException e = assertInvalid(() ->
        profileBuilder(coal(), power(), services(),
            hydrogen().energyIntensity(OptionalDouble.empty()).labourProductivity(OptionalDouble.empty()))
            .build());
    assertOnlyProblem(e, PROFILE + " > sector 'hydrogen'",
        "needs explicit intensities", "energy intensity and labour productivity missing");
  }

  @Test
  void a_new_sector_without_an_energy_intensity_is_rejected_when_the_profile_has_no_employment() {
    InvalidModelException e = assertInvalid(() ->
        profileBuilder(coal().employment(OptionalDouble.empty()),
            hydrogen().employment(OptionalDouble.empty()).labourProductivity(OptionalDouble.empty())
                .energyIntensity(OptionalDouble.empty()))
            .build());
    assertOnlyProblem(e, PROFILE + " > sector 'hydrogen'", "needs explicit intensities", "energy intensity missing");
  }

  @Test
  void a_new_sector_with_energy_or_jobs_instead_of_intensities_is_rejected() {
    InvalidModelException e = assertInvalid(() ->
        profileBuilder(coal(), hydrogen().energy(0.3).employment(2.0)).build());
    assertProblem(e, PROFILE + " > sector 'hydrogen' > energy", "0.3 with zero value added");
    assertProblem(e, PROFILE + " > sector 'hydrogen' > employment", "2.0 with zero value added");
    assertProblemCount(e, 2);
  }

  @Test
  void explicit_intensities_on_a_sector_with_positive_value_added_are_rejected() {
    InvalidModelException energy = assertInvalid(() -> profileBuilder(coal().energyIntensity(0.02), power()).build());
    assertOnlyProblem(energy, PROFILE + " > sector 'coal'", "explicit intensities are only for a sector with zero",
        "180.0");
    InvalidModelException labour = assertInvalid(() -> profileBuilder(coal(), power().labourProductivity(3.0)).build());
    assertOnlyProblem(labour, PROFILE + " > sector 'power'", "explicit intensities are only for a sector with zero",
        "60.0");
  }

  // ---------------------------------------------------------------- population

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonFiniteNumbers")
  void a_non_finite_population_or_population_growth_is_rejected(double x) {
    InvalidModelException population = assertInvalid(() -> profileBuilder().population(x).build());
    assertOnlyProblem(population, PROFILE + " > population", rendered(x));
    InvalidModelException growth = assertInvalid(() -> profileBuilder().populationGrowth(x).build());
    assertOnlyProblem(growth, PROFILE + " > population growth", rendered(x));
  }

  @Test
  void a_negative_population_and_a_population_growth_of_minus_one_are_rejected() {
    InvalidModelException e = assertInvalid(() -> profileBuilder().population(-5.0).populationGrowth(-1.0).build());
    assertProblem(e, PROFILE + " > population", "must not be negative, was -5.0");
    assertProblem(e, PROFILE + " > population growth", "must be above -1, was -1.0");
    assertProblemCount(e, 2);
  }

  // ---------------------------------------------------------------- input-output table

  @Test
  void an_unproductive_column_is_rejected_naming_the_columns_sector() {
    double[][] a = validCoefficients();
    a[0][1] = 0.5; // power's inputs: 0.5 + 0.05 + 0.05 = 0.6, plus v 0.4 + 0.1
    double[] v = validRatios();
    v[1] = 0.5;
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(table(a, v)).build());
    assertOnlyProblem(e, PROFILE + " > input-output table > column 'power'", "unproductive", "0.5", "exceed 1");
    assertTrue(e.getMessage().contains("column 'power': unproductive"), e::getMessage);
  }

  @Test
  void a_closed_block_that_uses_up_all_its_own_output_is_rejected_as_spectral_radius_not_below_one() {
    // coal and power feed each other fully: every column sum plus v is 1 + 1e-13, within the column check's
    // tolerance, but I - A is singular on the block {coal, power}
    double[][] a = {
        {0.0, 1.0, 0.1},
        {1.0, 0.0, 0.1},
        {0.0, 0.0, 0.1}
    };
    double[] v = {1e-13, 1e-13, 0.5};
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(table(a, v)).build());
    assertOnlyProblem(e, PROFILE + " > input-output table", "spectral radius of A is not below 1",
        "'coal', 'power'");
  }

  @Test
  void a_negative_coefficient_is_rejected_with_its_row_and_column() {
    double[][] a = validCoefficients();
    a[2][0] = -0.05; // services' input into coal
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(table(a, validRatios())).build());
    assertOnlyProblem(e, PROFILE + " > input-output table > column 'coal' > A[services]",
        "must not be negative, was -0.05");
  }

  @ParameterizedTest(name = "v = {0}")
  @ValueSource(doubles = {0.0, -0.2, 1.2})
  void a_value_added_ratio_outside_zero_exclusive_one_inclusive_is_rejected(double x) {
    double[] v = validRatios();
    v[2] = x;
    InvalidModelException e = assertInvalid(() ->
        profileBuilder().inputOutputTable(table(validCoefficients(), v)).build());
    assertOnlyProblem(e, PROFILE + " > input-output table > column 'services' > v", "must lie in (0, 1]",
        "was " + x);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonFiniteNumbers")
  void a_non_finite_coefficient_or_value_added_ratio_is_rejected(double x) {
    double[][] a = validCoefficients();
    a[1][2] = x;
    InvalidModelException ea = assertInvalid(() -> profileBuilder().inputOutputTable(table(a, validRatios())).build());
    assertOnlyProblem(ea, PROFILE + " > input-output table > column 'services' > A[power]", rendered(x));
    double[] v = validRatios();
    v[0] = x;
    InvalidModelException ev = assertInvalid(() ->
        profileBuilder().inputOutputTable(table(validCoefficients(), v)).build());
    assertOnlyProblem(ev, PROFILE + " > input-output table > column 'coal' > v", rendered(x));
  }

  @Test
  void a_table_missing_a_profile_sector_is_rejected() {
    InputOutputTable twoSectors = InputOutputTable.of(List.of("coal", "power"),
        new double[][] {{0.1, 0.2}, {0.1, 0.1}}, new double[] {0.5, 0.5});
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(twoSectors).build());
    assertOnlyProblem(e, PROFILE + " > input-output table", "has no row or column for sector 'services'");
  }

  @Test
  void a_table_naming_an_unknown_sector_is_rejected() {
    InputOutputTable fourSectors = InputOutputTable.of(List.of("coal", "power", "services", "steel"),
        new double[][] {
            {0.05, 0.30, 0.01, 0.1},
            {0.10, 0.05, 0.03, 0.1},
            {0.05, 0.05, 0.10, 0.1},
            {0.00, 0.00, 0.00, 0.1}
        },
        new double[] {0.6, 0.4, 0.7, 0.5});
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(fourSectors).build());
    assertOnlyProblem(e, PROFILE + " > input-output table", "unknown sector 'steel'");
  }

  @Test
  void input_output_table_of_rejects_mismatched_dimensions_and_duplicate_ids() {
    List<String> ids = TestCity.IDS;
    IllegalArgumentException rows = assertThrowsExactly(IllegalArgumentException.class,
        () -> InputOutputTable.of(ids, new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}}, validRatios()));
    assertTrue(rows.getMessage().contains("A has 2 rows for 3 sectors"), rows::getMessage);
    IllegalArgumentException columns = assertThrowsExactly(IllegalArgumentException.class,
        () -> InputOutputTable.of(ids, new double[][] {{0.1, 0.1, 0.1}, {0.1, 0.1}, {0.1, 0.1, 0.1}}, validRatios()));
    assertTrue(columns.getMessage().contains("row 1 of A has 2 columns for 3 sectors"), columns::getMessage);
    IllegalArgumentException ratios = assertThrowsExactly(IllegalArgumentException.class,
        () -> InputOutputTable.of(ids, validCoefficients(), new double[] {0.5, 0.5}));
    assertTrue(ratios.getMessage().contains("v has 2 entries for 3 sectors"), ratios::getMessage);
    IllegalArgumentException duplicate = assertThrowsExactly(IllegalArgumentException.class,
        () -> InputOutputTable.of(List.of("coal", "power", "coal"), validCoefficients(), validRatios()));
    assertTrue(duplicate.getMessage().contains("sector 'coal' appears twice"), duplicate::getMessage);
  }

  // ---------------------------------------------------------------- every problem at once

  @Test
  void every_independent_problem_of_a_profile_is_listed_in_one_exception() {
    InvalidModelException e = assertInvalid(() -> profileBuilder(
            coal().valueAdded(Double.NaN).resource(ResourceStock.of(-10.0, 0.4)),
            power().energy(-2.0),
            services().emissionFactor(Double.POSITIVE_INFINITY),
            services().name("services again"))
        .population(-5.0)
        .build());
    assertProblem(e, PROFILE + " > sector 'coal' > value added", "NaN is not a number");
    assertProblem(e, PROFILE + " > sector 'coal' > resource > stock", "must not be negative, was -10.0");
    assertProblem(e, PROFILE + " > sector 'power' > energy", "must not be negative, was -2.0");
    assertProblem(e, PROFILE + " > sector 'services' > emission factor", "Infinity is not a finite number");
    assertProblem(e, PROFILE + " > sector 'services'", "duplicate sector id (sector 4)");
    assertProblem(e, PROFILE + " > population", "must not be negative, was -5.0");
    assertProblemCount(e, 6);
    assertEquals(PROFILE, e.subject());
    assertTrue(e.getMessage().startsWith("6 problems in profile 'testcity':"), e::getMessage);
  }

  @Test
  void problems_of_sectors_employment_and_table_are_listed_together() {
    double[][] a = validCoefficients();
    a[0][2] = 0.4; // services' inputs 0.53 plus v 0.7
    InvalidModelException e = assertInvalid(() -> profileBuilder(
            coal().growth(Double.NEGATIVE_INFINITY),
            power().employment(OptionalDouble.empty()),
            services(),
            hydrogen().energyIntensity(OptionalDouble.empty()))
        .inputOutputTable(table(a, validRatios()))
        .build());
    assertProblem(e, PROFILE + " > sector 'coal' > growth", "-Infinity is not a finite number");
    assertProblem(e, PROFILE + " > sector 'hydrogen'", "needs explicit intensities", "energy intensity missing");
    assertProblem(e, PROFILE + " > employment", "given for 3 of 4 sectors", "'power'");
    assertProblem(e, PROFILE + " > input-output table", "has no row or column for sector 'hydrogen'");
    assertProblem(e, PROFILE + " > input-output table > column 'services'", "unproductive");
    assertProblemCount(e, 5);
  }

  @Test
  void an_unproductive_column_is_reported_even_when_an_earlier_column_has_a_bad_coefficient() {
    // two independent problems in two different columns: a negative input into coal (column 1) and inputs plus
    // value added above 1 in power (column 2); the contract is that both are listed
    double[][] a = validCoefficients();
    a[1][0] = -0.1;
    a[0][1] = 0.5;
    double[] v = validRatios();
    v[1] = 0.5;
    InvalidModelException e = assertInvalid(() -> profileBuilder().inputOutputTable(table(a, v)).build());
    assertProblem(e, PROFILE + " > input-output table > column 'coal' > A[power]", "must not be negative, was -0.1");
    assertProblem(e, PROFILE + " > input-output table > column 'power'", "unproductive", "exceed 1");
    assertProblemCount(e, 2);
  }
}
