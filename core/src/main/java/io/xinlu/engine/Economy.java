package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.xinlu.economy.CityProfile;
import io.xinlu.economy.InputOutputTable;
import io.xinlu.economy.Sector;
import io.xinlu.internal.LinearAlgebra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The compiled economy of a profile (sections 3 and 11 of {@code docs/MODEL.md}): the Leontief inverse {@code L} and
 * the base-year arrays, with the names of that document's symbols, indexed by sector in the profile's order (or by
 * resource slot). Shared by every scenario compiled from one profile and by every run on it; immutable after
 * construction and thread-safe (its {@link ResourceCaps} says how it stays so).
 */
final class Economy {
  /** Whether the profile has no input-output table: {@code A = 0}, {@code v = 1}, {@code L = I}. */
  final boolean identity;
  /** The Leontief inverse by column: {@code L[i][j] = leontief[j][i]}; empty for {@link #identity}. */
  final double[][] leontief;
  /** Every sector index, in order: the columns of the product {@code L y} (Simulation.product). */
  final int[] allSectors;
  /** Value added {@code V_i(t0)}. */
  final double[] valueAdded0;
  /** Value-added ratios {@code v_i} (1 without a table). */
  final double[] v;
  /** Gross output {@code x_i(t0) = V_i(t0) / v_i}. */
  final double[] x0;
  /** Final demand {@code y(t0) = (I - A) x(t0)}. */
  final double[] y0;
  /** Energy intensity {@code e_i(t0)}. */
  final double[] e0;
  /** Labour productivity {@code q_i(t0)}. */
  final double[] q0;
  /** Emission factor {@code c_i(t0)}. */
  final double[] c0;
  /** Employment {@code N_i(t0)}; NaN without employment data. */
  final double[] employment0;
  /** Trend growth of final demand {@code g_i}. */
  final double[] growth;
  /** Labour-productivity growth {@code p_i}. */
  final double[] productivityGrowth;
  /** Autonomous decline of energy intensity {@code a_i}. */
  final double[] intensityDecline;
  /** Whether the profile gives employment. */
  final boolean hasEmployment;
  /** The sectors with a resource stock, ascending, and each sector's position among them (-1 if none). */
  final int[] resourceIndex;
  final int[] resourceSlot;
  /** The stock {@code R_s(t0)} of each resource slot. */
  final double[] stock0;
  /** The extraction intensity {@code phi_s} of each resource slot. */
  final double[] phi;
  /** {@code phi_s v_i} of each resource slot: the stock extracted per unit of gross output. */
  final double[] extractionPerOutput;
  /** The resource caps' matrices, shared by every run; null without resource sectors or input-output table. */
  final @Nullable ResourceCaps caps;
  /** The ids of the resource sectors, by slot. */
  final ImmutableList<String> resourceSectorIds;

  Economy(CityProfile profile) {
    int n = profile.sectors().size();
    double[] va = new double[n];
    double[] vr = new double[n];
    double[] a = new double[n * n];
    Arrays.fill(vr, 1.0);
    if (profile.inputOutputTable().isPresent()) {
      InputOutputTable t = profile.inputOutputTable().get();
      double[][] ta = t.coefficients();
      double[] tv = t.valueAddedRatios();
      int[] map = new int[n];
      for (int i = 0; i < n; i++) {
        map[i] = t.sectorIds().indexOf(profile.sectorIds().get(i));
      }
      for (int i = 0; i < n; i++) {
        vr[i] = tv[map[i]];
        for (int j = 0; j < n; j++) {
          a[i * n + j] = ta[map[i]][map[j]];
        }
      }
      double[] l = LinearAlgebra.leontiefInverse(a, n);
      // CityProfile's check has inverted it in this order of sectors too
      checkState(l != null, "profile '%s': the input-output table is unproductive in the profile's order of sectors",
          profile.name());
      leontief = columns(l, n);
      identity = false;
    } else {
      identity = true;
      leontief = new double[0][];
    }
    x0 = new double[n];
    e0 = new double[n];
    q0 = new double[n];
    c0 = new double[n];
    employment0 = new double[n];
    growth = new double[n];
    productivityGrowth = new double[n];
    intensityDecline = new double[n];
    hasEmployment = profile.hasEmployment();
    List<Integer> resources = new ArrayList<>();
    resourceSlot = new int[n];
    ImmutableList.Builder<String> resourceIds = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      Sector s = profile.sectors().get(i);
      va[i] = s.valueAdded();
      x0[i] = va[i] / vr[i];
      e0[i] = s.baseEnergyIntensity();
      q0[i] = s.baseLabourProductivity();
      c0[i] = s.emissionFactor();
      employment0[i] = hasEmployment ? (va[i] > 0 ? s.employment().orElse(Double.NaN) : va[i] / q0[i])
          : Double.NaN;
      growth[i] = s.growth();
      productivityGrowth[i] = s.productivityGrowth();
      intensityDecline[i] = s.energyIntensityDecline();
      resourceSlot[i] = -1;
      if (s.resource().isPresent()) {
        resourceSlot[i] = resources.size();
        resources.add(i);
        resourceIds.add(s.id());
      }
    }
    resourceIndex = resources.stream().mapToInt(Integer::intValue).toArray();
    resourceSectorIds = resourceIds.build();
    stock0 = new double[resourceIndex.length];
    phi = new double[resourceIndex.length];
    for (int r = 0; r < resourceIndex.length; r++) {
      Sector s = profile.sectors().get(resourceIndex[r]);
      stock0[r] = s.resource().get().stock();
      phi[r] = s.resource().get().extractionIntensity();
    }
    extractionPerOutput = new double[resourceIndex.length];
    for (int r = 0; r < resourceIndex.length; r++) {
      extractionPerOutput[r] = phi[r] * vr[resourceIndex[r]];
    }
    caps = identity || resourceIndex.length == 0 ? null
        : new ResourceCaps(leontief, resourceIndex, extractionPerOutput);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = x0[i];
      for (int j = 0; j < n; j++) {
        s -= a[i * n + j] * x0[j];
      }
      y[i] = s;
    }
    valueAdded0 = va;
    v = vr;
    y0 = y;
    allSectors = new int[n];
    Arrays.setAll(allSectors, i -> i);
  }

  /**
   * The columns of a row-major n x n matrix, each its own array, so that {@code x = L y} is a sum of scaled
   * columns whose loops index every array from 0 (the form the JIT compiler vectorises).
   */
  private static double[][] columns(double[] rowMajor, int n) {
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[j][i] = rowMajor[i * n + j];
      }
    }
    return c;
  }
}
