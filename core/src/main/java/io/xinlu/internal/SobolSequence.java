package io.xinlu.internal;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The unscrambled Sobol sequence with Joe and Kuo's direction numbers ({@link SobolDirectionNumbers}), in Gray-code
 * order (Antonov and Saleev 1979), as in Joe and Kuo's {@code sobol.cc}, SciPy's {@code qmc.Sobol(scramble=False)}
 * and Commons Math's {@code SobolSequenceGenerator}.
 *
 * <p>Coordinates are integers of {@link #BITS} bits scaled by {@code 2^-52}, so every coordinate is an exact dyadic
 * fraction: point {@code i < 2^m} has denominator at most {@code 2^m}, and the sequence is defined for indices up to
 * {@code 2^52 - 1}. Point 0 is the all-zero corner; every later point lies strictly inside {@code (0, 1)} in every
 * coordinate (the direction integers of each coordinate are linearly independent over GF(2)).
 *
 * <p>Stateless and thread-safe; the parsed table is built once, when the class is first used. Shared by the sampling
 * designs ({@code Designs.sobol}) and the ensemble's streamed Sobol design.
 *
 * @since 0.1.0
 */
public final class SobolSequence {
  /** Bits of each coordinate. */
  public static final int BITS = 52;

  /** The largest index for which a point is defined: {@code 2^52 - 1}. */
  public static final long MAX_INDEX = (1L << BITS) - 1;

  private static final double SCALE = 0x1.0p-52;

  /** {@code POLY[d] = {s, a, m_1, ..., m_s}} for dimension {@code d + 1}; {@code POLY[0]} is empty. */
  private static final int[][] POLY = parse();

  private SobolSequence() {}

  /**
   * Points {@code skip, skip + 1, ..., skip + n - 1} of the {@code k}-dimensional sequence, row-major.
   *
   * @param k 1 to {@link SobolDirectionNumbers#DIMENSIONS}
   * @param n at least 1
   * @param skip at least 0, with {@code skip + n - 1 <= MAX_INDEX}
   */
  public static double[] points(int k, int n, long skip) {
    checkArgument(k >= 1 && k <= SobolDirectionNumbers.DIMENSIONS && n >= 1 && skip >= 0 && skip <= MAX_INDEX - n + 1,
        "k=%s n=%s skip=%s", k, n, skip);
    long[][] v = new long[k][];
    for (int j = 0; j < k; j++) {
      v[j] = directions(j);
    }
    long[] x = new long[k];
    long gray = skip ^ (skip >>> 1);
    for (int j = 0; j < k; j++) {
      long xj = 0;
      for (int b = 0; b < BITS; b++) {
        if ((gray >>> b & 1) != 0) {
          xj ^= v[j][b];
        }
      }
      x[j] = xj;
    }
    double[] out = new double[n * k];
    long index = skip;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        out[i * k + j] = x[j] * SCALE;
      }
      if (i + 1 < n) {
        index++;
        int c = Long.numberOfTrailingZeros(index); // gray(index) = gray(index - 1) ^ (1 << c)
        for (int j = 0; j < k; j++) {
          x[j] ^= v[j][c];
        }
      }
    }
    return out;
  }

  /**
   * The direction integers {@code v_1..v_52} of coordinate {@code j} (0-based), scaled by {@code 2^52}:
   * {@code v_i = m_i 2^(52 - i)}, with {@code m_i} for {@code i > s} from Bratley and Fox's recurrence
   * {@code v_i = v_(i-s) ^ (v_(i-s) >> s) ^ XOR_(k=1..s-1) a_k v_(i-k)}; coordinate 0 has {@code v_i = 2^(52 - i)}.
   */
  public static long[] directions(int j) {
    long[] v = new long[BITS];
    if (j == 0) { // van der Corput: the identity matrix, every m_i = 1
      for (int i = 1; i <= BITS; i++) {
        v[i - 1] = 1L << (BITS - i);
      }
      return v;
    }
    int[] p = POLY[j];
    int s = p[0];
    int a = p[1];
    for (int i = 1; i <= BITS; i++) {
      long vi;
      if (i <= s) {
        vi = (long) p[1 + i] << (BITS - i);
      } else {
        vi = v[i - s - 1] ^ (v[i - s - 1] >>> s);
        for (int k = 1; k < s; k++) {
          if ((a >>> (s - 1 - k) & 1) != 0) {
            vi ^= v[i - k - 1];
          }
        }
      }
      v[i - 1] = vi;
    }
    return v;
  }

  private static int[][] parse() {
    String[] lines = SobolDirectionNumbers.TABLE.split("\n");
    checkArgument(lines.length == SobolDirectionNumbers.DIMENSIONS - 1, "the table has %s lines", lines.length);
    int[][] poly = new int[SobolDirectionNumbers.DIMENSIONS][];
    poly[0] = new int[0]; // dimension 1 is special-cased in directions()
    for (int d = 1; d < poly.length; d++) {
      String[] t = lines[d - 1].trim().split(" +");
      int[] row = new int[t.length];
      for (int i = 0; i < t.length; i++) {
        row[i] = Integer.parseInt(t[i]);
      }
      checkArgument(row.length == 2 + row[0], "dimension %s: %s direction numbers for degree %s", d + 1,
          row.length - 2, row[0]);
      poly[d] = row;
    }
    return poly;
  }
}
