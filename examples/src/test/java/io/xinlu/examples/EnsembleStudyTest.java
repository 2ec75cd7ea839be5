package io.xinlu.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The uncertainty study of docs/UNCERTAINTY.md, at a smaller size: deterministic and structurally sound. */
class EnsembleStudyTest {
  private static String study(int threads) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    EnsembleStudy.run(1000, 256, threads, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_study_prints_the_same_figures_on_one_and_two_threads() {
    assertEquals(study(1), study(2));
  }

  @Test
  void the_fan_is_ordered_and_the_indices_are_plausible() {
    String out = study(2);
    Matcher fan = Pattern.compile("(?m)^\\s+(20\\d\\d)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$")
        .matcher(out);
    int rows = 0;
    while (fan.find()) {
      rows++;
      double previous = Double.NEGATIVE_INFINITY;
      for (int g = 3; g <= 7; g++) {
        double q = Double.parseDouble(fan.group(g));
        assertTrue(q >= previous, "quantiles rise across the fan in " + fan.group(1));
        previous = q;
      }
    }
    assertEquals(7, rows, out);
    Matcher p = Pattern.compile("P\\(co2<=1350@2035\\) = (\\S+)").matcher(out);
    assertTrue(p.find(), out);
    double probability = Double.parseDouble(p.group(1));
    assertTrue(probability > 0 && probability < 1, out);
    // the re-employment rate moves jobs, never CO2: both of its indices are zero
    Matcher rate = Pattern.compile("reemployment-rate\\s+(\\S+) \\[.*?\\]\\s+(\\S+) ").matcher(out);
    assertTrue(rate.find(), out);
    assertEquals(0.0, Math.abs(Double.parseDouble(rate.group(1))), 1e-9);
    assertEquals(0.0, Math.abs(Double.parseDouble(rate.group(2))), 1e-9);
    // the macro shock acts on every sector's growth for thirty years: it dominates 2050 CO2
    Matcher shock = Pattern.compile("macro-shock\\s+(\\S+) ").matcher(out);
    assertTrue(shock.find(), out);
    assertTrue(Double.parseDouble(shock.group(1)) > 0.5, out);
  }
}
