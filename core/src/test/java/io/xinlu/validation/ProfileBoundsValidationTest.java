package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblem;
import static io.xinlu.validation.ProblemAssertions.assertProblemCount;
import static io.xinlu.validation.TestCity.PROFILE;
import static io.xinlu.validation.TestCity.coal;
import static io.xinlu.validation.TestCity.hydrogen;
import static io.xinlu.validation.TestCity.power;
import static io.xinlu.validation.TestCity.profileBuilder;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xinlu.InvalidModelException;
import io.xinlu.economy.InputOutputTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounds a profile is checked against: base years 1900 to 2200, a column of the input-output table that may
 * exceed 1 by rounding only, and a new sector (zero base-year value added) that cannot supply inputs.
 */
class ProfileBoundsValidationTest {
  @ParameterizedTest
  @ValueSource(ints = {1900, 2200})
  void base_years_at_the_ends_of_the_range_are_accepted(int year) {
    assertEquals(year, assertDoesNotThrow(() -> profileBuilder().baseYear(year).build()).baseYear());
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 2201})
  void base_years_just_outside_the_range_are_rejected(int year) {
    InvalidModelException e = assertInvalid(() -> profileBuilder().baseYear(year).build());
    assertOnlyProblem(e, PROFILE + " > base year", "must lie in 1900..2200, was " + year);
  }

  @Test
  void a_column_over_one_by_at_most_the_rounding_allowance_is_accepted_and_by_more_is_not() {
    // 0.5 of inputs plus a value-added ratio that makes the column exactly 1 + 1e-12 (as a double): rounding
    double edge = 1 + 1e-12;
    double[][] a = {{0.5, 0.0}, {0.0, 0.5}};
    assertDoesNotThrow(() -> profileBuilder(coal(), power())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "power"), a, new double[] {edge - 0.5, 0.5})).build());
    double over = Math.nextUp(edge) - 0.5;
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "power"), a, new double[] {over, 0.5})).build());
    assertOnlyProblem(e, PROFILE + " > input-output table > column 'coal'", "exceed 1 per unit of output");
  }

  @Test
  void a_new_sector_in_the_first_row_of_the_table_cannot_supply_inputs() {
    // hydrogen has no base-year value added; it is the table's first row
    double[][] a = {{0.0, 0.1, 0.0}, {0.1, 0.05, 0.3}, {0.0, 0.1, 0.05}};
    InvalidModelException e = assertInvalid(() -> profileBuilder(coal(), power(), hydrogen())
        .inputOutputTable(InputOutputTable.of(List.of("hydrogen", "coal", "power"), a,
            new double[] {0.5, 0.5, 0.5}))
        .build());
    assertProblem(e, PROFILE + " > input-output table > row 'hydrogen'",
        "sector 'hydrogen' has no base-year value added, so it cannot supply inputs: A[hydrogen][coal] must be 0,"
            + " was 0.1");
    assertProblemCount(e, 1);
  }

  @Test
  void a_new_sector_whose_row_is_zero_is_accepted_wherever_it_stands() {
    double[][] a = {{0.05, 0.3, 0.0}, {0.1, 0.05, 0.0}, {0.0, 0.0, 0.0}};
    assertDoesNotThrow(() -> profileBuilder(coal(), power(), hydrogen())
        .inputOutputTable(InputOutputTable.of(List.of("coal", "power", "hydrogen"), a,
            new double[] {0.5, 0.5, 0.5}))
        .build());
    double[][] b = {{0.0, 0.0, 0.0}, {0.2, 0.05, 0.3}, {0.1, 0.1, 0.05}};
    assertDoesNotThrow(() -> profileBuilder(coal(), power(), hydrogen())
        .inputOutputTable(InputOutputTable.of(List.of("hydrogen", "coal", "power"), b,
            new double[] {0.5, 0.5, 0.5}))
        .build());
  }
}
