package io.xinlu.analysis.inputoutput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.economy.SectorGroup;
import io.xinlu.internal.LinearAlgebra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Properties of input-output analysis on generated productive tables (QuickTheories; seed and number of examples
 * from the {@code QT_SEED} and {@code QT_EXAMPLES} system properties that surefire sets).
 *
 * <p>A generated table has 1 to 7 sectors; each column {@code j} spends a share {@code s_j} in [0, 0.95] of its
 * output on local inputs, spread over the rows (some zero), and value added {@code v_j} in (0, 1 - s_j]; the rest is
 * imports. Final demand {@code y} is non-negative and gross output is {@code x = L y}, except that one table in four
 * takes an arbitrary non-negative {@code x} instead, so that some final demand is negative (net imports). Employment,
 * energy and CO2 coefficients are non-negative, some zero.
 */
class InputOutputPropertiesTest {
  /** Shrink cycles unless {@code QT_SHRINKS} is set (QuickTheories' default spends minutes on a failure). */
  static final int SHRINK_CYCLES = 1000;

  static QuickTheory qt() {
    QuickTheory qt = QuickTheory.qt();
    return System.getProperty("QT_SHRINKS") == null ? qt.withShrinkCycles(SHRINK_CYCLES) : qt;
  }

  /**
   * The property the issue names: with {@code A = 0} every multiplier is 1. {@code L = I}, so output multipliers are
   * exactly 1, factor multipliers equal the direct coefficients, type I multipliers are exactly 1, every linkage
   * index is 1 (no sector above average: all weak), extracting a sector loses exactly its own output, and a change
   * in final demand changes output by exactly that much.
   */
  @Test
  void multipliers_of_a_table_with_a_zero_are_one() {
    qt().forAll(tables(true)).checkAssert(t -> {
      InputOutputAnalysis io = t.analysis();
      for (int j = 0; j < t.n(); j++) {
        String id = t.ids().get(j);
        assertEquals(1.0, io.outputMultiplier(id), 0, id);
        for (IoFactor f : IoFactor.values()) {
          assertEquals(t.coefficients(f)[j], io.multiplier(f, id), 0, f + " " + id);
          if (t.coefficients(f)[j] > 0) {
            assertEquals(1.0, io.typeIMultiplier(f, id).getAsDouble(), 0, f + " " + id);
          }
        }
        for (ForwardLinkageMeasure m : ForwardLinkageMeasure.values()) {
          IoLinkage l = io.linkages(m).of(id);
          assertEquals(1.0, l.backward(), 0, id);
          assertEquals(1.0, l.forward(), 0, id);
          assertEquals(KeySectorClass.WEAK, l.keySectorClass(), id);
        }
        assertEquals(t.x()[j], io.extraction(id).outputLoss(), 0, id);
      }
      DemandImpact d = io.impactOf(t.demandChange());
      for (String id : t.ids()) {
        assertEquals(t.demandChange().getOrDefault(id, 0.0), d.outputChange().get(id), 0, id);
      }
    });
  }

  /**
   * Output multipliers of a productive table are at least 1, indeed at least {@code 1 + sum_i A_ij} because
   * {@code L = I + A + A^2 + ...} has non-negative terms; type I multipliers of every factor are at least 1.
   */
  @Test
  void output_multipliers_are_at_least_one() {
    qt().forAll(tables(false)).checkAssert(t -> {
      InputOutputAnalysis io = t.analysis();
      for (int j = 0; j < t.n(); j++) {
        String id = t.ids().get(j);
        double inputs = 0;
        for (int i = 0; i < t.n(); i++) {
          inputs += t.a()[i][j];
        }
        assertTrue(io.outputMultiplier(id) >= 1, id + ": " + io.outputMultiplier(id));
        assertTrue(io.outputMultiplier(id) >= 1 + inputs - 1e-12, id + ": " + io.outputMultiplier(id));
        for (IoFactor f : IoFactor.values()) {
          io.typeIMultiplier(f, id).ifPresent(m -> assertTrue(m >= 1 - 1e-12, f + " " + id + ": " + m));
        }
      }
    });
  }

  /**
   * The loss from extracting a sector is never negative and at least the sector's own output; it equals the closed
   * form {@code x_k m_k / L_kk}; every factor loss is non-negative; with non-negative final demand the shares lie in
   * [0, 1].
   */
  @Test
  void hypothetical_extraction_loss_is_non_negative() {
    qt().forAll(tables(false)).checkAssert(t -> {
      InputOutputAnalysis io = t.analysis();
      double scale = 1e-9 * (1 + Arrays.stream(t.x()).sum());
      for (int k = 0; k < t.n(); k++) {
        String id = t.ids().get(k);
        HypotheticalExtraction e = io.extraction(id);
        assertTrue(e.outputLoss() >= 0, id + ": loss " + e.outputLoss());
        assertTrue(e.outputLoss() >= t.x()[k] - scale, id + ": loss " + e.outputLoss() + " < x_k " + t.x()[k]);
        double closed = t.x()[k] * io.outputMultiplier(id) / io.leontief(id, id);
        assertEquals(closed, e.outputLoss(), scale, id + ": x_k m_k / L_kk");
        // the definition: remove row and column k and solve (I - A_RR) x(-k)_R = y_R with the other sectors' y
        double[] without = extractedByDefinition(t, io, k);
        for (int i = 0; i < t.n(); i++) {
          assertEquals(without[i], e.outputWithout().get(t.ids().get(i)), scale, id + ": x(-k) of " + i);
        }
        for (IoFactor f : IoFactor.values()) {
          assertTrue(e.loss(f) >= -scale * 10, id + " " + f + ": loss " + e.loss(f));
        }
        if (t.nonNegativeFinalDemand()) {
          assertTrue(e.outputLossShare() >= 0 && e.outputLossShare() <= 1 + 1e-12, id + ": " + e.outputLossShare());
          assertTrue(e.valueAddedLossShare() >= -1e-12 && e.valueAddedLossShare() <= 1 + 1e-12,
              id + ": " + e.valueAddedLossShare());
        }
      }
    });
  }

  /** The backward and both forward linkage indices average 1 over the sectors. */
  @Test
  void linkage_indices_average_one() {
    qt().forAll(tables(false)).checkAssert(t -> {
      InputOutputAnalysis io = t.analysis();
      for (ForwardLinkageMeasure m : ForwardLinkageMeasure.values()) {
        IoLinkages links = io.linkages(m);
        double backward = links.backward().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double forward = links.forward().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(1.0, backward, 1e-12, m + " backward");
        assertEquals(1.0, forward, 1e-12, m + " forward");
        for (IoLinkage l : links.bySector().values()) {
          assertEquals(KeySectorClass.of(l.backward(), l.forward()), l.keySectorClass(), l.sector());
        }
      }
      assertEquals(io.linkages().backward(), io.linkages(ForwardLinkageMeasure.GHOSH).backward());
    });
  }

  /**
   * A final-demand change acts linearly, {@code dx = L dy} solves {@code dx - A dx = dy}, and new demand leaks into
   * imports: the value added of a unit of final demand, {@code (v'L)_j}, is at most 1 when every column's inputs
   * plus value added are at most 1 (MODEL.md section 4).
   */
  @Test
  void demand_changes_act_linearly_and_leak_into_imports() {
    qt().forAll(tables(false)).checkAssert(t -> {
      InputOutputAnalysis io = t.analysis();
      Map<String, Double> dy = t.demandChange();
      Map<String, Double> twice = new HashMap<>();
      dy.forEach((k, v) -> twice.put(k, -2 * v));
      DemandImpact d = io.impactOf(dy);
      DemandImpact d2 = io.impactOf(twice);
      double scale = 1e-10 * (1 + dy.values().stream().mapToDouble(Math::abs).sum());
      for (int i = 0; i < t.n(); i++) {
        String id = t.ids().get(i);
        assertEquals(-2 * d.outputChange().get(id), d2.outputChange().get(id), scale, id);
        double use = 0;
        for (int j = 0; j < t.n(); j++) {
          use += t.a()[i][j] * d.outputChange().get(t.ids().get(j));
        }
        assertEquals(dy.getOrDefault(id, 0.0), d.outputChange().get(id) - use, scale, id + ": dx - A dx");
        for (IoFactor f : IoFactor.values()) {
          assertEquals(t.coefficients(f)[i] * d.outputChange().get(id), d.change(f).get(id), 0, f + " " + id);
        }
        assertTrue(io.multiplier(IoFactor.VALUE_ADDED, id) <= 1 + 1e-12,
            id + ": v'L = " + io.multiplier(IoFactor.VALUE_ADDED, id));
      }
    });
  }

  /**
   * An analysis from a profile equals one built from the profile's arrays: {@code x = V / v}, value added
   * {@code v}, employment {@code v / q}, energy {@code e v} and CO2 {@code c e v} per unit of output, whatever order
   * the table lists its sectors in.
   */
  @Test
  void a_profile_agrees_with_its_arrays() {
    qt().forAll(tables(false)).checkAssert(t -> {
      if (!t.profileCompatible()) {
        return; // a zero output, zero employment or CO2 without energy cannot be written as a profile's sector
      }
      CityProfile profile = t.profile();
      InputOutputAnalysis p = InputOutputAnalysis.from(profile);
      InputOutputAnalysis a = t.analysis();
      for (String id : t.ids()) {
        double tol = 1e-9 * (1 + a.grossOutput().get(id));
        assertEquals(a.grossOutput().get(id), p.grossOutput().get(id), tol, id);
        assertEquals(a.outputMultiplier(id), p.outputMultiplier(id), 1e-12, id);
        for (IoFactor f : IoFactor.values()) {
          double c = a.directCoefficients(f).get(id);
          assertEquals(c, p.directCoefficients(f).get(id), 1e-9 * (1 + c), f + " " + id);
          assertEquals(a.multiplier(f, id), p.multiplier(f, id), 1e-9 * (1 + a.multiplier(f, id)), f + " " + id);
        }
        assertEquals(a.linkages().of(id).forward(), p.linkages().of(id).forward(), 1e-12, id);
      }
    });
  }

  /** {@code x(-k)} by its definition: {@code (I - A_RR) x_R = y_R} solved directly, {@code x_k = 0}. */
  static double[] extractedByDefinition(Table t, InputOutputAnalysis io, int k) {
    int n = t.n();
    int m = n - 1;
    double[] out = new double[n];
    if (m == 0) {
      return out;
    }
    double[] mat = new double[m * m];
    double[] rhs = new double[m];
    for (int i = 0, r = 0; i < n; i++) {
      if (i == k) {
        continue;
      }
      for (int j = 0, c = 0; j < n; j++) {
        if (j != k) {
          mat[r * m + c++] = (i == j ? 1.0 : 0.0) - t.a()[i][j];
        }
      }
      rhs[r++] = io.finalDemand().get(t.ids().get(i));
    }
    assertTrue(LinearAlgebra.solveInPlace(mat, rhs, m), "I - A_RR is singular");
    for (int i = 0, r = 0; i < n; i++) {
      if (i != k) {
        out[i] = rhs[r++];
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // generation

  /**
   * A generated table with its coefficients, demand and a change of final demand.
   *
   * @param ids sector ids {@code s0..}
   * @param a technical coefficients
   * @param x gross output
   * @param v value-added ratios
   * @param jobs employment per unit of output
   * @param energy energy per unit of output
   * @param co2 CO2 per unit of output
   * @param nonNegativeFinalDemand whether {@code x = L y} with {@code y >= 0}
   * @param demandChange a change of final demand for some sectors
   */
  record Table(List<String> ids, double[][] a, double[] x, double[] v, double[] jobs, double[] energy, double[] co2,
      boolean nonNegativeFinalDemand, Map<String, Double> demandChange) {
    int n() {
      return ids.size();
    }

    double[] coefficients(IoFactor f) {
      switch (f) {
        case VALUE_ADDED:
          return v;
        case EMPLOYMENT:
          return jobs;
        case ENERGY:
          return energy;
        default:
          return co2;
      }
    }

    /**
     * Whether {@link #profile()} reproduces the table: every sector has output (so value added), employment (a
     * profile's sector with value added must employ someone), and energy wherever it emits CO2 (a profile's CO2 is
     * an emission factor times energy).
     */
    boolean profileCompatible() {
      for (int i = 0; i < n(); i++) {
        if (!(x[i] > 0) || !(jobs[i] > 0) || (co2[i] > 0 && !(energy[i] > 0))) {
          return false;
        }
      }
      return true;
    }

    InputOutputAnalysis analysis() {
      return InputOutputAnalysis.builder(ids)
          .technicalCoefficients(a)
          .grossOutput(x)
          .factorCoefficients(IoFactor.VALUE_ADDED, v)
          .factorCoefficients(IoFactor.EMPLOYMENT, jobs)
          .factorCoefficients(IoFactor.ENERGY, energy)
          .factorCoefficients(IoFactor.CO2, co2)
          .build();
    }

    /**
     * The same table as a profile (see {@link #profileCompatible()}): value added {@code v x}, employment
     * {@code jobs x}, energy {@code energy x}, emission factor {@code co2 / energy}; the table lists the sectors in
     * reverse order.
     */
    CityProfile profile() {
      int n = n();
      List<Sector> sectors = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sectors.add(Sector.builder().id(ids.get(i)).group(SectorGroup.SECONDARY)
            .valueAdded(v[i] * x[i])
            .employment(jobs[i] * x[i])
            .energy(energy[i] * x[i])
            .emissionFactor(energy[i] > 0 ? co2[i] / energy[i] : 0.0)
            .build());
      }
      List<String> reversed = new ArrayList<>(ids);
      java.util.Collections.reverse(reversed);
      double[][] ra = new double[n][n];
      double[] rv = new double[n];
      for (int i = 0; i < n; i++) {
        rv[i] = v[n - 1 - i];
        for (int j = 0; j < n; j++) {
          ra[i][j] = a[n - 1 - i][n - 1 - j];
        }
      }
      return CityProfile.builder().name("generated").baseYear(2020).addAllSectors(sectors)
          .inputOutputTable(InputOutputTable.of(reversed, ra, rv)).build();
    }

    @Override
    public String toString() {
      return "Table{ids=" + ids + ", a=" + Arrays.deepToString(a) + ", x=" + Arrays.toString(x) + ", v="
          + Arrays.toString(v) + ", jobs=" + Arrays.toString(jobs) + ", energy=" + Arrays.toString(energy) + ", co2="
          + Arrays.toString(co2) + ", dy=" + demandChange + "}";
    }
  }

  /** Productive tables; with {@code zeroA} every technical coefficient is 0. */
  static Gen<Table> tables(boolean zeroA) {
    return in -> table(in, zeroA);
  }

  private static Table table(RandomnessSource in, boolean zeroA) {
    int n = integer(in, 1, 7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("s" + i);
    }
    double[][] a = new double[n][n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      double budget = zeroA ? 0 : between(in, 0, 0.95);
      double[] w = new double[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        w[i] = chance(in, 30) ? 0 : between(in, 0, 1);
        total += w[i];
      }
      for (int i = 0; i < n; i++) {
        a[i][j] = total > 0 ? budget * w[i] / total : 0;
      }
      v[j] = (1 - budget) * between(in, 0.01, 1);
    }
    double[] jobs = coefficients(in, n, 0.5);
    double[] energy = coefficients(in, n, 3);
    double[] co2 = coefficients(in, n, 8);
    boolean fromDemand = !chance(in, 25);
    double[] x = new double[n];
    if (fromDemand) {
      Map<String, Double> y = new HashMap<>();
      for (int i = 0; i < n; i++) {
        y.put(ids.get(i), chance(in, 10) ? 0.0 : between(in, 0, 500));
      }
      DemandImpact d = InputOutputAnalysis.of(ids, a, new double[n]).impactOf(y);
      for (int i = 0; i < n; i++) {
        x[i] = Math.max(0, d.outputChange().get(ids.get(i)));
      }
    } else {
      for (int i = 0; i < n; i++) {
        x[i] = chance(in, 10) ? 0.0 : between(in, 0, 1000);
      }
    }
    Map<String, Double> dy = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (chance(in, 60)) {
        dy.put(ids.get(i), between(in, -100, 100));
      }
    }
    return new Table(List.copyOf(ids), a, x, v, jobs, energy, co2, fromDemand, Map.copyOf(dy));
  }

  private static double[] coefficients(RandomnessSource in, int n, double max) {
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = chance(in, 15) ? 0.0 : between(in, 1e-3, max);
    }
    return c;
  }

  static int integer(RandomnessSource in, int min, int max) {
    return min == max ? min : integers().between(min, max).generate(in);
  }

  static double between(RandomnessSource in, double min, double max) {
    return doubles().between(min, max).generate(in);
  }

  /** True with a probability of {@code percent} %. */
  static boolean chance(RandomnessSource in, int percent) {
    return integers().between(0, 99).generate(in) >= 100 - percent;
  }
}
