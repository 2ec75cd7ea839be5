package io.xinlu.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Parameter values that replace numbers of a model or scenario when compiling (see {@link ParameterPath}). Mutable
 * while a {@link Parameterization} fills it, then only read by one compilation.
 */
final class Adjustments {
  static final Adjustments NONE = new Adjustments(0);

  final double[] growth;
  final double[] productivityGrowth;
  final double[] intensityDecline;
  final Map<String, Double> projectDelay = new HashMap<>();
  final Map<String, Double> projectScale = new HashMap<>();
  final Map<String, Double> strategyIntensity = new HashMap<>();
  final Map<String, Double> strategyShift = new HashMap<>();
  final Map<String, Map<Integer, Double>> effectSize = new HashMap<>();
  double shock;
  double emissionPathScale = 1.0;
  double reemploymentRate = Double.NaN;

  /** Sector arrays hold NaN where a sector's value is not replaced. */
  Adjustments(int sectors) {
    growth = nan(sectors);
    productivityGrowth = nan(sectors);
    intensityDecline = nan(sectors);
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  static double or(double adjusted, double given) {
    return Double.isNaN(adjusted) ? given : adjusted;
  }
}
