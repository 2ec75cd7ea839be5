package io.xinlu.analysis.mcda;

/**
 * The fighter-aircraft selection problem of Hwang, C.-L. and Yoon, K. (1981), <i>Multiple Attribute Decision Making:
 * Methods and Applications. A State-of-the-Art Survey</i>, Lecture Notes in Economics and Mathematical Systems 186,
 * Springer, Berlin, doi:10.1007/978-3-642-48318-9: TOPSIS worked example, pp. 133-134.
 *
 * <p>Four aircraft A1..A4 on six attributes: maximum speed X1 (Mach), ferry range X2 (NM), maximum payload X3 (lb),
 * acquisition cost X4 (10^6 $, the one cost attribute), reliability X5 and maneuverability X6 (qualitative ratings
 * on Hwang and Yoon's interval scale); weights w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3).
 *
 * <p>The data, weights and the printed intermediate results (normalized matrix, weighted normalized matrix, ideal
 * and negative-ideal solutions, separation measures, closeness) are as transcribed, with the book's page numbers, in
 * a public TypeScript example built on the npm package {@code mcdajs} (a TOPSIS demo that compares its output with
 * "pdfResults" taken from the book; the code-search index that found it does not name its repository). The book
 * works from values rounded to four decimals at every step, so its later steps differ from exact arithmetic in the
 * fourth decimal, and its closeness C3* = 0.613 (from S3* = 0.0580, S3- = 0.0920) from the exact 0.6135.
 */
final class FighterAircraft {
  static final String[] ALTERNATIVES = {"A1", "A2", "A3", "A4"};

  static final double[] SPEED = {2.0, 2.5, 1.8, 2.2};
  static final double[] RANGE = {1500, 2700, 2000, 1800};
  static final double[] PAYLOAD = {20000, 18000, 21000, 20000};
  static final double[] COST = {5.5, 6.5, 4.5, 5.0};
  static final double[] RELIABILITY = {5, 3, 7, 5};
  static final double[] MANEUVERABILITY = {9, 5, 7, 5};

  static final double[] WEIGHTS = {0.2, 0.1, 0.1, 0.1, 0.2, 0.3};

  /**
   * The normalized decision matrix r_ij = x_ij / sqrt(sum_i x_ij^2), as printed (four decimals). The printed cost
   * column X4 (0.5063, 0.5983, 0.4143, 0.4603) lies 4e-4 to 7e-4 below x / ||x|| of the printed data, whose norm is
   * sqrt(117.75), and r_42 = 0.4392 lies 2.2e-4 below 1800 / ||X2||; every other entry agrees to the fourth
   * decimal (and the printed weighted value v_42 = 0.0439 agrees with the exact r_42).
   */
  static final double[][] NORMALIZED = {
    {0.4671, 0.3662, 0.5056, 0.5063, 0.4811, 0.6708},
    {0.5839, 0.6591, 0.4550, 0.5983, 0.2887, 0.3727},
    {0.4204, 0.4882, 0.5308, 0.4143, 0.6736, 0.5217},
    {0.5139, 0.4392, 0.5056, 0.4603, 0.4811, 0.3727},
  };

  /** The weighted normalized matrix v_ij = w_j r_ij, as printed (X4 carries the offset of its normalized column). */
  static final double[][] WEIGHTED = {
    {0.0934, 0.0366, 0.0506, 0.0506, 0.0962, 0.2012},
    {0.1168, 0.0659, 0.0455, 0.0598, 0.0577, 0.1118},
    {0.0841, 0.0488, 0.0531, 0.0414, 0.1347, 0.1565},
    {0.1028, 0.0439, 0.0506, 0.0460, 0.0962, 0.1118},
  };

  /** The ideal solution A* (for the cost attribute X4 the minimum), as printed. */
  static final double[] IDEAL = {0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012};
  /** The negative-ideal solution A- (for X4 the maximum), as printed. */
  static final double[] NEGATIVE_IDEAL = {0.0841, 0.0366, 0.0455, 0.0598, 0.0577, 0.1118};
  /** Separation from the ideal, S_i*, as printed. */
  static final double[] SEPARATION_IDEAL = {0.0545, 0.1197, 0.0580, 0.1009};
  /** Separation from the negative ideal, S_i-, as printed. */
  static final double[] SEPARATION_NEGATIVE = {0.0983, 0.0439, 0.0920, 0.0458};
  /** Relative closeness C_i* = S_i- / (S_i* + S_i-), as printed (three decimals). */
  static final double[] CLOSENESS = {0.643, 0.268, 0.613, 0.312};
  /** The preference order A1, A3, A4, A2, as ranks. */
  static final int[] RANKS = {1, 4, 2, 3};

  private FighterAircraft() {}

  static DecisionMatrix matrix() {
    return DecisionMatrix.builder().alternatives(ALTERNATIVES)
        .benefit("speed", SPEED)
        .benefit("range", RANGE)
        .benefit("payload", PAYLOAD)
        .cost("cost", COST)
        .benefit("reliability", RELIABILITY)
        .benefit("maneuverability", MANEUVERABILITY)
        .build();
  }

  static Weights weights() {
    return Weights.of(WEIGHTS);
  }
}
