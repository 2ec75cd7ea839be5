package io.xinlu.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xinlu.analysis.lmdi.LmdiForm;
import io.xinlu.analysis.lmdi.LmdiIdentity;
import io.xinlu.analysis.lmdi.LmdiMethod;
import io.xinlu.analysis.lmdi.LmdiResult;
import io.xinlu.analysis.lmdi.RunDecomposition;
import io.xinlu.engine.Engine;
import io.xinlu.engine.Quantity;
import io.xinlu.engine.Run;
import io.xinlu.scenario.CityModel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * LMDI decomposition of the synthetic city {@code synthetic(40, 20, 2050)}: the change of CO2 from 2020 to 2050 in
 * scenario {@code all}, and the gap between {@code all} and {@code baseline} in 2050. The tables of
 * {@code docs/analysis/LMDI.md} are printed by this test when the system property {@code lmdi.print} is set:
 *
 * <pre>
 * mvn -B -o -q -pl core,scenarios verify -Dtest=SyntheticLmdiTest -Dsurefire.failIfNoSpecifiedTests=false -Dlmdi.print
 * </pre>
 */
class SyntheticLmdiTest {
  private static final CityModel MODEL = SyntheticCity.model(40, 20, 2050);
  private static final Run BASELINE = Engine.run(MODEL, "baseline");
  private static final Run ALL = Engine.run(MODEL, "all");
  /** The resource sectors ({@code i mod 6 = 1}), whose reserves run out between 2032 and 2037 in both scenarios. */
  private static final List<String> DEPLETED = List.of("s1", "s7", "s13", "s19", "s25", "s31", "s37");

  private static RunDecomposition co2(LmdiMethod method, LmdiForm form) {
    return RunDecomposition.of(LmdiIdentity.CO2, method, form);
  }

  private static void assertPerfect(LmdiResult r, double v0, double vT) {
    if (r.form() == LmdiForm.ADDITIVE) {
      assertEquals(vT - v0, r.total(), 1e-12 * vT);
      assertEquals(vT - v0, r.combinedEffects(), 1e-9 * vT, r.table());
    } else {
      assertEquals(vT / v0, r.total(), 1e-14);
      assertEquals(vT / v0, r.combinedEffects(), 1e-12, r.table());
    }
  }

  @Test
  void the_co2_change_from_2020_to_2050_is_decomposed_without_residual() {
    double c2020 = ALL.total(Quantity.CO2, 2020);
    double c2050 = ALL.total(Quantity.CO2, 2050);
    for (LmdiMethod method : LmdiMethod.values()) {
      for (LmdiForm form : LmdiForm.values()) {
        LmdiResult direct = co2(method, form).between(ALL, 2020, 2050);
        LmdiResult chained = co2(method, form).chained(ALL, 2020, 2050);
        assertPerfect(direct, c2020, c2050);
        assertPerfect(chained, c2020, c2050);
        assertEquals(1, direct.steps());
        assertEquals(30, chained.steps());
        assertEquals(DEPLETED, direct.zeroSectors());
        assertEquals(DEPLETED, chained.zeroSectors());
      }
    }
  }

  @Test
  void a_depleted_mine_shows_its_whole_2020_co2_as_a_structure_effect() {
    LmdiResult r = co2(LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).between(ALL, 2020, 2050);
    for (String s : DEPLETED) {
      assertEquals(0.0, ALL.value(Quantity.VALUE_ADDED, 2050, s));
      double c2020 = ALL.value(Quantity.CO2, 2020, s);
      assertEquals(-c2020, r.term(LmdiIdentity.STRUCTURE, s), 1e-12 * c2020);
      for (String f : List.of(LmdiIdentity.ACTIVITY, LmdiIdentity.ENERGY_INTENSITY, LmdiIdentity.EMISSION_FACTOR)) {
        assertEquals(0.0, r.term(f, s));
      }
    }
  }

  @Test
  void the_2050_gap_between_all_and_baseline_is_decomposed_without_residual() {
    double base = BASELINE.total(Quantity.CO2, 2050);
    double all = ALL.total(Quantity.CO2, 2050);
    for (LmdiMethod method : LmdiMethod.values()) {
      for (LmdiForm form : LmdiForm.values()) {
        LmdiResult gap = co2(method, form).gap(BASELINE, ALL, 2050);
        assertEquals("baseline 2050", gap.startPeriod());
        assertEquals("all 2050", gap.endPeriod());
        assertPerfect(gap, base, all);
        assertEquals(DEPLETED, gap.zeroSectors());
      }
    }
    // every project cuts an energy intensity by 10 % and none touches an emission factor
    LmdiResult gap = co2(LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).gap(BASELINE, ALL, 2050);
    assertTrue(gap.effect(LmdiIdentity.ENERGY_INTENSITY) < 0);
    assertTrue(gap.effect(LmdiIdentity.ACTIVITY) > 0);
    if (System.getProperty("lmdi.print") != null) {
      System.out.print(report());
    }
  }

  /** The tables of docs/analysis/LMDI.md. */
  private static String report() {
    StringBuilder b = new StringBuilder();
    double c2020 = ALL.total(Quantity.CO2, 2020);
    double c2050 = ALL.total(Quantity.CO2, 2050);
    b.append(String.format(Locale.ROOT, "%nsynthetic(40, 20, 2050), scenario all: CO2 2020 = %.3f Mt, 2050 = %.3f Mt,"
        + " change %.3f Mt, ratio %.4f%n%n", c2020, c2050, c2050 - c2020, c2050 / c2020));
    List<LmdiResult> change = List.of(
        co2(LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).between(ALL, 2020, 2050),
        co2(LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).chained(ALL, 2020, 2050),
        co2(LmdiMethod.LMDI_II, LmdiForm.ADDITIVE).between(ALL, 2020, 2050),
        co2(LmdiMethod.LMDI_I, LmdiForm.MULTIPLICATIVE).between(ALL, 2020, 2050),
        co2(LmdiMethod.LMDI_I, LmdiForm.MULTIPLICATIVE).chained(ALL, 2020, 2050),
        co2(LmdiMethod.LMDI_II, LmdiForm.MULTIPLICATIVE).between(ALL, 2020, 2050));
    table(b, change);
    double base = BASELINE.total(Quantity.CO2, 2050);
    b.append(String.format(Locale.ROOT, "%nsynthetic(40, 20, 2050), 2050: CO2 baseline = %.3f Mt, all = %.3f Mt,"
        + " gap %.3f Mt, ratio %.4f%n%n", base, c2050, c2050 - base, c2050 / base));
    List<LmdiResult> gap = List.of(
        co2(LmdiMethod.LMDI_I, LmdiForm.ADDITIVE).gap(BASELINE, ALL, 2050),
        co2(LmdiMethod.LMDI_II, LmdiForm.ADDITIVE).gap(BASELINE, ALL, 2050),
        co2(LmdiMethod.LMDI_I, LmdiForm.MULTIPLICATIVE).gap(BASELINE, ALL, 2050),
        co2(LmdiMethod.LMDI_II, LmdiForm.MULTIPLICATIVE).gap(BASELINE, ALL, 2050));
    table(b, gap);
    b.append(String.format(Locale.ROOT, "%nzero rule applied to: %s%n", change.get(0).zeroSectors()));
    double mines2020 = 0;
    for (String s : DEPLETED) {
      mines2020 += ALL.value(Quantity.CO2, 2020, s);
    }
    b.append(String.format(Locale.ROOT, "CO2 of these sectors in 2020: %.3f Mt; their structure terms: %+.3f Mt"
        + " (LMDI-I additive, direct), %+.3f Mt (chained)%n", mines2020,
        structureTerms(change.get(0)), structureTerms(change.get(1))));
    return b.toString();
  }

  private static double structureTerms(LmdiResult r) {
    double sum = 0;
    for (String s : DEPLETED) {
      sum += r.term(LmdiIdentity.STRUCTURE, s);
    }
    return sum;
  }

  private static void table(StringBuilder b, List<LmdiResult> results) {
    b.append("| effect |");
    for (LmdiResult r : results) {
      b.append(' ').append(r.method().label()).append(' ').append(r.form().label())
          .append(r.steps() > 1 ? ", chained" : r.startPeriod().contains(" ") ? "" : ", direct").append(" |");
    }
    b.append(System.lineSeparator()).append("|---|");
    for (int j = 0; j < results.size(); j++) {
      b.append("---:|");
    }
    b.append(System.lineSeparator());
    for (String f : results.get(0).factors()) {
      b.append("| ").append(f).append(" |");
      for (LmdiResult r : results) {
        b.append(' ').append(number(r, r.effect(f))).append(" |");
      }
      b.append(System.lineSeparator());
    }
    b.append("| **combined** |");
    for (LmdiResult r : results) {
      b.append(" **").append(number(r, r.combinedEffects())).append("** |");
    }
    b.append(System.lineSeparator());
  }

  private static String number(LmdiResult r, double x) {
    return String.format(Locale.ROOT, r.form() == LmdiForm.ADDITIVE ? "%+.3f" : "%.4f", x);
  }
}
