package io.xinlu.validation;

import static io.xinlu.validation.ProblemAssertions.assertInvalid;
import static io.xinlu.validation.ProblemAssertions.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.InvalidModelException;
import io.xinlu.analysis.inputoutput.InputOutputAnalysis;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.internal.LinearAlgebra;
import io.xinlu.scenario.CityModel;
import io.xinlu.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine and the input-output analysis invert {@code I - A} with the sectors in the profile's order; the table
 * checks itself in its own order. For a table at the edge of productivity the rounding of the two orders can
 * disagree: the table below passes its own check, but {@code I - A} has no numerical inverse with its sectors in
 * the order t0, t1, t4, t2, t3. A profile listing its sectors in that order used to build, and running its model
 * then failed with a NullPointerException inside the engine (NullAway found the null that
 * {@code LinearAlgebra.leontiefInverse} may return flowing into it); the profile now reports the table instead.
 *
 * <p>The table was found by a search over random 5-sector tables whose column sums lie within 1e-12 of 1 (seeded
 * {@code java.util.Random(1)}), comparing the inverse in the table's order with that in a shuffled order.
 */
class SectorOrderValidationTest {
  private static final int N = 5;
  /** A row-major: columns t1..t4 use up all their output (sums 1 to within rounding), t0 all but 1e-12. */
  private static final double[] A = {
      0.4732458700809044, 0.0, 0.0, 0.0, 0.055732757466252565,
      0.0, 0.4505929833524927, 0.0, 0.16987124395214723, 0.367668843414607,
      0.0, 0.0, 0.6017392594815449, 0.30529216053897823, 0.297114493669911,
      0.008075910582774234, 0.2740852173507411, 0.3982607405184447, 0.27340220460902254, 0.2794839054492295,
      0.5186782193353213, 0.27532179929676615, 0.0, 0.251434390899852, 0.0};
  /** The profile's order of the table's sectors that has no inverse. */
  private static final int[] SHUFFLED = {0, 1, 4, 2, 3};
  private static final int[] TABLE_ORDER = {0, 1, 2, 3, 4};

  @Test
  void the_table_passes_its_own_check_and_only_its_own_order_has_an_inverse() {
    assertDoesNotThrow(SectorOrderValidationTest::table);
    assertNotNull(LinearAlgebra.leontiefInverse(A, N));
    assertNull(LinearAlgebra.leontiefInverse(shuffled(A, SHUFFLED), N));
  }

  @Test
  void a_profile_whose_order_of_sectors_leaves_the_table_without_an_inverse_is_reported() {
    InvalidModelException e = assertInvalid(() -> profile(SHUFFLED));
    assertOnlyProblem(e, "profile 'edge' > input-output table",
        "unproductive in the profile's order of sectors [t0, t1, t4, t2, t3]",
        "does not exist numerically with the sectors in that order, though it does in the table's order "
            + "[t0, t1, t2, t3, t4]");
  }

  @Test
  void the_same_table_with_the_sectors_in_the_tables_order_builds_runs_and_is_analysed() {
    CityProfile profile = profile(TABLE_ORDER);
    CityModel model = CityModel.builder().profile(profile).addScenario(Scenario.baseline("baseline", 2022)).build();
    Run run = Engine.run(model, "baseline");
    // the base year's gross output is value added over the value-added ratio: the x the profile was built from
    double[] x = grossOutput();
    for (int i = 0; i < N; i++) {
      double got = run.value(Quantity.GROSS_OUTPUT, 2020, "t" + i);
      assertEquals(x[i], got, 1e-9 * x[i], "t" + i);
    }
    assertTrue(InputOutputAnalysis.from(profile).leontiefInverse().length == N);
  }

  private static InputOutputTable table() {
    List<String> ids = new ArrayList<>();
    double[][] a = new double[N][N];
    for (int i = 0; i < N; i++) {
      ids.add("t" + i);
      for (int j = 0; j < N; j++) {
        a[i][j] = A[i * N + j];
      }
    }
    return InputOutputTable.of(ids, a, ratios());
  }

  /** The value-added ratios: what the inputs leave of each unit of output, at least 1e-13. */
  private static double[] ratios() {
    double[] v = new double[N];
    for (int j = 0; j < N; j++) {
      double inputs = 0;
      for (int i = 0; i < N; i++) {
        inputs += A[i * N + j];
      }
      v[j] = Math.max(1e-13, 1 - inputs);
    }
    return v;
  }

  /** A gross output with final demand 1 in every sector, {@code x = (I - A)^-1 1}, in the table's order. */
  private static double[] grossOutput() {
    double[] l = LinearAlgebra.leontiefInverse(A, N);
    assertNotNull(l);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        x[i] += l[i * N + j];
      }
    }
    return x;
  }

  /** A profile with the table and the sectors t0..t4 listed in {@code order}, value added {@code v x}. */
  private static CityProfile profile(int[] order) {
    double[] v = ratios();
    double[] x = grossOutput();
    CityProfile.Builder b = CityProfile.builder().name("edge").baseYear(2020).inputOutputTable(table());
    for (int t : order) {
      b.addSectors(Sector.builder().id("t" + t).group(SectorGroup.SECONDARY).valueAdded(v[t] * x[t]).build());
    }
    return b.build();
  }

  private static double[] shuffled(double[] a, int[] order) {
    double[] b = new double[N * N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        b[i * N + j] = a[order[i] * N + order[j]];
      }
    }
    return b;
  }
}
