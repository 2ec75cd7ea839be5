package io.xinlu.analysis.lmdi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Property (QuickTheories, the generated data of {@link LmdiPropertiesTest}, with and without zeros): the
 * {@code [sector][factor]} entry and the {@code [factor][sector]} entry give identical results, bit for bit, in every
 * method and form, or refuse the same data with the same message (up to the numbers in the default names, which the
 * older entry counts from 1 and the newer from 0).
 */
class LmdiLayoutPropertiesTest {
  static double[][] transpose(double[][] x) {
    double[][] t = new double[x[0].length][x.length];
    for (int k = 0; k < x.length; k++) {
      for (int i = 0; i < x[k].length; i++) {
        t[i][k] = x[k][i];
      }
    }
    return t;
  }

  @Test
  void sector_rows_and_factor_rows_give_identical_results() {
    for (int zeroPercent : new int[] {0, 20}) {
      QuickTheory.qt().forAll(LmdiPropertiesTest.data(zeroPercent)).checkAssert(d -> {
        double[][] start = d.periods().get(0);
        double[][] end = d.periods().get(1);
        for (LmdiMethod method : LmdiMethod.values()) {
          for (LmdiForm form : LmdiForm.values()) {
            String oldMessage = null;
            String newMessage = null;
            LmdiResult byFactor = null;
            LmdiResult bySector = null;
            try {
              byFactor = Lmdi.decompose(start, end, method, form);
            } catch (IllegalArgumentException e) {
              oldMessage = e.getMessage();
            }
            try {
              bySector = Lmdi.decomposeBySector(transpose(start), transpose(end), method, form);
            } catch (IllegalArgumentException e) {
              newMessage = e.getMessage();
            }
            // the same refusal; the unnamed entries name factors and sectors from different bases (1 and 0)
            assertEquals(unnumbered(oldMessage), unnumbered(newMessage), method + " " + form);
            if (byFactor != null && bySector != null) {
              assertArrayEquals(byFactor.effectsArray(), bySector.effectsArray(), 0, method + " " + form);
              assertArrayEquals(transpose(byFactorTerms(byFactor)), bySector.termsBySector(), method + " " + form);
              assertEquals(byFactor.startTotal(), bySector.startTotal(), 0);
              assertEquals(byFactor.endTotal(), bySector.endTotal(), 0);
              assertEquals(byFactor.zeroSectors().size(), bySector.zeroSectors().size());
            }
          }
        }
      });
    }
  }

  static String unnumbered(String message) {
    return message == null ? null : message.replaceAll("'(factor|sector) \\d+'", "'$1 #'");
  }

  /** The old result's terms read through its own names, {@code [factor][sector]}. */
  static double[][] byFactorTerms(LmdiResult r) {
    double[][] t = new double[r.factors().size()][r.sectors().size()];
    for (int k = 0; k < t.length; k++) {
      for (int i = 0; i < t[k].length; i++) {
        t[k][i] = r.term(r.factors().get(k), r.sectors().get(i));
      }
    }
    return t;
  }
}
