package io.xinlu.analysis.lmdi;

import static io.xinlu.analysis.lmdi.LmdiForm.ADDITIVE;
import static io.xinlu.analysis.lmdi.LmdiMethod.LMDI_I;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KayaIdentity} (and the same chain of factors through {@link Lmdi}) reproduces a published Kaya
 * decomposition with LMDI-I, additive: the world's fossil CO2 of the IMAGE 3.0.1 model's SSP2-Baseline scenario, from
 * 2020 to 2030, 2050 and 2100.
 *
 * <p>Source: the Python package kaya-decomposition (Z. Schmidt, version 0.3.0, Apache-2.0),
 * github.com/zacharyschmidt/kaya-decomposition, file {@code tests/test_excel_validation.py} at commit
 * {@code 09cf1817dd42b1e547f298beabd8190b1b6f8c7a}, which validates the package against the Excel workbook
 * {@code excel/vanVuurenIMAGE_15_TOT_19_TFC_currentcopy.xlsm} of the same repository and prints both sides:
 * <ul>
 *   <li>the inputs, fixture {@code excel_input_data} (the workbook's "Ref Data" sheet; region World): population
 *       (million), {@code GDP|PPP} (billion US$2005/yr), final and primary energy and primary energy from coal, gas
 *       and oil (EJ/yr), CO2 from energy and industrial processes and from industrial processes (Mt CO2/yr), all
 *       carbon capture 0;</li>
 *   <li>the effects, {@code EXCEL_LMDI_UNCORRECTED} (sheet "LMDI 1 MethodRefCumulative", base year 2020), in Gt CO2
 *       to 6 decimals, for the six factors {@code P}, {@code GWP/P}, {@code FE/GWP}, {@code PEDEq/FE},
 *       {@code PEff/PEDEq}, {@code TFC/PEff}, where {@code TFC} is the total fossil carbon, CO2 from energy and
 *       industrial processes less that from industrial processes, {@code PEff} the primary energy from coal, gas and
 *       oil, {@code GWP} the GDP and {@code FE}, {@code PEDEq} final and primary energy; the test
 *       {@code test_uncorrected_lmdi_formula} states the formula, {@code L(TFC_t, TFC_2020) ln(x_t / x_2020)}, which is
 *       additive LMDI-I with one sector;</li>
 *   <li>the totals, {@code excel_total_savings} (the workbook's row "total savings"), and the fossil carbon and fossil
 *       primary energy the package must compute from the inputs ({@code test_tfc_calculation},
 *       {@code test_primary_energy_fossil}).</li>
 * </ul>
 * The file's other expected values ({@code EXCEL_LMDI_CORRECTED}, {@code EXCEL_LMDI_CUMULATIVE_SUMS}) come from the
 * package's own non-negativity correction and from sums over years; they are not LMDI-I effects and are not checked
 * here.
 *
 * <p>With the Kaya identity's energy taken as final energy and its CO2 as the total fossil carbon, the first three
 * factors are Kaya's (population, GDP per person, energy intensity of GDP) and the last three multiply to Kaya's
 * carbon intensity {@code TFC / FE}. With one sector every effect is {@code L(C_T, C_0) ln(x_T / x_0)} with one common
 * weight, and a logarithm of a product is the sum of the logarithms, so Kaya's carbon-intensity effect is the sum of
 * the three published ones. Each published effect and total is checked to half a unit in its last printed place
 * (5e-7 Gt); the carbon-intensity effect, a sum of three rounded values, to three half units; the fossil carbon and
 * fossil primary energy, computed from inputs that are printed rounded as well, to the half unit of the result plus
 * those of the inputs.
 */
class KayaPublishedExampleTest {
  /** The years of the published decompositions: the base year and the three end years. */
  static final int[] YEARS = {2020, 2030, 2050, 2100};

  // ---- excel_input_data ("Ref Data"), IMAGE 3.0.1, SSP2-Baseline, World; one value per year of YEARS ---------------
  /** Population, million. */
  static final double[] POPULATION = {7671.501953, 8327.682617, 9242.542969, 9103.234375};
  /** GDP|PPP, billion US$2005/yr. */
  static final double[] GDP = {111762.423400, 159294.196900, 257634.746900, 592070.462500};
  /** Final Energy, EJ/yr. */
  static final double[] FINAL_ENERGY = {423.030906, 479.422594, 601.972688, 831.802187};
  /** Primary Energy, EJ/yr. */
  static final double[] PRIMARY_ENERGY = {594.260313, 676.616375, 832.276375, 1151.866000};
  /** Primary Energy|Coal, EJ/yr. */
  static final double[] COAL = {172.325000, 211.995094, 263.819500, 510.435313};
  /** Primary Energy|Gas, EJ/yr. */
  static final double[] GAS = {152.189000, 187.718906, 236.388297, 215.659094};
  /** Primary Energy|Oil, EJ/yr. */
  static final double[] OIL = {176.650594, 165.221500, 173.017000, 180.625594};
  /** Emissions|CO2|Energy and Industrial Processes, Mt CO2/yr. */
  static final double[] CO2_ENERGY_AND_PROCESSES = {38265.562773, 43193.502605, 50944.303195, 73019.277334};
  /** Emissions|CO2|Industrial Processes, Mt CO2/yr. */
  static final double[] CO2_PROCESSES = {1846.389532, 2014.854928, 2292.768161, 3714.655956};

  // ---- expected values of the same file -------------------------------------------------------------------------
  /** test_tfc_calculation: total fossil carbon, Mt CO2/yr. */
  static final double[] TFC = {36419.173241, 41178.647677, 48651.535034, 69304.621379};
  /** test_primary_energy_fossil: primary energy from coal, gas and oil, EJ/yr. */
  static final double[] FOSSIL_PRIMARY_ENERGY = {501.164594, 564.935500, 673.224797, 906.720000};
  /**
   * EXCEL_LMDI_UNCORRECTED, Gt CO2, from 2020 to 2030, 2050 and 2100 (rows); columns P, GWP/P, FE/GWP, PEDEq/FE,
   * PEff/PEDEq, TFC/PEff.
   */
  static final double[][] EFFECTS = {
      {3.180338, 10.551859, -8.883105, 0.180180, -0.387890, 0.118091},
      {7.869614, 27.408336, -20.376878, -0.672458, -1.761533, -0.234719},
      {8.745927, 76.468388, -50.655850, -0.732332, -3.522648, 2.581964}};
  /** excel_total_savings, Gt CO2: the change of the total fossil carbon from 2020. */
  static final double[] TOTAL = {4.759474, 12.232362, 32.885448};

  /** Half a unit in the sixth decimal, the last printed place. */
  static final double HALF_UNIT = 0.5e-6;

  static final List<String> SIX = List.of("P", "GWP/P", "FE/GWP", "PEDEq/FE", "PEff/PEDEq", "TFC/PEff");

  /** Total fossil carbon in a year (index into YEARS), Mt CO2/yr: no carbon capture, so energy less processes. */
  static double fossilCarbonMt(int y) {
    return CO2_ENERGY_AND_PROCESSES[y] - CO2_PROCESSES[y];
  }

  static double fossilPrimaryEnergy(int y) {
    return COAL[y] + GAS[y] + OIL[y];
  }

  /** Kaya's four factors of a year; CO2 in Gt, the unit of the published effects. */
  static FactorValues kaya(int y) {
    return KayaIdentity.factors(Integer.toString(YEARS[y]), POPULATION[y], GDP[y], FINAL_ENERGY[y],
        fossilCarbonMt(y) / 1000);
  }

  /** The package's six factors of a year, one sector. */
  static FactorValues six(int y) {
    double tfc = fossilCarbonMt(y) / 1000;
    double peff = fossilPrimaryEnergy(y);
    double[][] x = {{POPULATION[y]}, {GDP[y] / POPULATION[y]}, {FINAL_ENERGY[y] / GDP[y]},
        {PRIMARY_ENERGY[y] / FINAL_ENERGY[y]}, {peff / PRIMARY_ENERGY[y]}, {tfc / peff}};
    return FactorValues.of(Integer.toString(YEARS[y]), SIX, List.of("World"), x);
  }

  @Test
  void the_printed_inputs_give_the_printed_fossil_carbon_and_fossil_primary_energy() {
    // the inputs are printed rounded to 6 decimals too: a difference of two of them can be off by two half units
    // (2100: 73019.277334 - 3714.655956 = 69304.621378, printed 69304.621379), a sum of three by three, besides the
    // half unit of the printed result
    for (int y = 0; y < YEARS.length; y++) {
      assertEquals(TFC[y], fossilCarbonMt(y), 3 * HALF_UNIT, "TFC " + YEARS[y]);
      assertEquals(FOSSIL_PRIMARY_ENERGY[y], fossilPrimaryEnergy(y), 4 * HALF_UNIT, "PEff " + YEARS[y]);
      // Kaya's factors multiply back to the fossil carbon computed from the inputs, in Gt
      assertEquals(fossilCarbonMt(y) / 1000, kaya(y).total(), 1e-12, "Kaya product " + YEARS[y]);
    }
  }

  @Test
  void kaya_identity_reproduces_the_published_effects_from_2020_to_2030_2050_and_2100() {
    KayaIdentity kaya = KayaIdentity.of(LMDI_I, ADDITIVE);
    for (int t = 1; t < YEARS.length; t++) {
      LmdiResult r = kaya.between(kaya(0), kaya(t));
      double[] published = EFFECTS[t - 1];
      String to = "2020->" + YEARS[t] + " ";
      assertEquals(published[0], r.effect(KayaIdentity.POPULATION), HALF_UNIT, to + "population");
      assertEquals(published[1], r.effect(KayaIdentity.GDP_PER_PERSON), HALF_UNIT, to + "GDP per person");
      assertEquals(published[2], r.effect(KayaIdentity.ENERGY_INTENSITY), HALF_UNIT, to + "energy intensity");
      // TFC/FE = (PEDEq/FE)(PEff/PEDEq)(TFC/PEff): its effect is the sum of the three published effects
      assertEquals(published[3] + published[4] + published[5], r.effect(KayaIdentity.CARBON_INTENSITY),
          3 * HALF_UNIT, to + "carbon intensity");
      assertEquals(TOTAL[t - 1], r.total(), HALF_UNIT, to + "total");
      assertEquals(TOTAL[t - 1], r.combinedEffects(), HALF_UNIT, to + "sum of the effects");
      assertEquals("2020", r.startPeriod());
      assertEquals(Integer.toString(YEARS[t]), r.endPeriod());
    }
  }

  @Test
  void the_packages_six_factor_chain_through_lmdi_reproduces_every_published_effect() {
    for (int t = 1; t < YEARS.length; t++) {
      LmdiResult r = Lmdi.decompose(six(0), six(t), LMDI_I, ADDITIVE);
      assertEquals(SIX, r.factors());
      for (int k = 0; k < SIX.size(); k++) {
        assertEquals(EFFECTS[t - 1][k], r.effect(SIX.get(k)), HALF_UNIT, "2020->" + YEARS[t] + " " + SIX.get(k));
      }
      assertEquals(TOTAL[t - 1], r.combinedEffects(), HALF_UNIT, "2020->" + YEARS[t] + " sum of the effects");
    }
  }
}
