package io.xinlu.engine;

import io.xinlu.internal.LinearAlgebra;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the resource caps of section 11 of {@code docs/MODEL.md} need of an economy, worked out once and shared by
 * every run on it: for each set of capped sectors met so far, the inverse of the Leontief block {@code L_SS}; and,
 * for the set of all sectors whose stock can run out, the matrices that give a year's output and the capped
 * sectors' final demand directly once every one of them is exhausted.
 *
 * <p>Thread-safe: the matrices depend on the economy alone, so threads that race to compute one compute equal
 * values. Lookups read an immutable table without locking; adding a set replaces the table under a lock.
 */
final class ResourceCaps {
  /** At most this many sets of capped sectors keep their inverse; further sets are inverted on each use. */
  private static final int MAX_CACHED_SETS = 256;

  private final double[][] leontief;
  private final int[] resourceIndex;
  private final int n;
  /** The sets met so far (bit masks of slots) and their inverses, replaced as a whole when a set is added. */
  private volatile Known known = new Known(new long[0], new double[0][]);
  private volatile @Nullable Exhausted exhausted;

  /** The slots whose stock can run out (extraction per unit of output above 0), ascending. */
  final int[] exhaustible;

  ResourceCaps(double[][] leontief, int[] resourceIndex, double[] extractionPerOutput) {
    this.leontief = leontief;
    this.resourceIndex = resourceIndex;
    this.n = leontief.length;
    int count = 0;
    int[] slots = new int[resourceIndex.length];
    for (int s = 0; s < resourceIndex.length; s++) {
      if (extractionPerOutput[s] > 0) {
        slots[count++] = s;
      }
    }
    exhaustible = Arrays.copyOf(slots, count);
  }

  /**
   * {@code L_SS^-1}, row-major, for the capped resource slots {@code slots[0..count)} in ascending order. Kept per
   * set, as a bit mask of the slots, when the economy has at most 64 resource slots; computed on each call
   * otherwise.
   */
  double[] inverse(int[] slots, int count) {
    long mask = 0;
    if (resourceIndex.length <= 64) {
      for (int a = 0; a < count; a++) {
        mask |= 1L << slots[a];
      }
    }
    if (mask != 0) {
      Known k = known;
      for (int t = 0; t < k.masks.length; t++) {
        if (k.masks[t] == mask) {
          return k.inverses[t];
        }
      }
    }
    double[] block = new double[count * count];
    for (int a = 0; a < count; a++) {
      int i = resourceIndex[slots[a]];
      for (int b = 0; b < count; b++) {
        block[a * count + b] = leontief[resourceIndex[slots[b]]][i];
      }
    }
    double[] w = LinearAlgebra.invert(block, count);
    if (w == null) {
      throw new IllegalStateException("singular Leontief block for capped sectors; the table should be productive");
    }
    if (mask != 0) {
      remember(mask, w);
    }
    return w;
  }

  private synchronized void remember(long mask, double[] w) {
    Known k = known;
    if (k.masks.length >= MAX_CACHED_SETS) {
      return;
    }
    for (long m : k.masks) {
      if (m == mask) {
        return;
      }
    }
    long[] masks = Arrays.copyOf(k.masks, k.masks.length + 1);
    double[][] inverses = Arrays.copyOf(k.inverses, k.inverses.length + 1);
    masks[k.masks.length] = mask;
    inverses[k.masks.length] = w;
    known = new Known(masks, inverses);
  }

  private static final class Known {
    final long[] masks;
    final double[][] inverses;

    Known(long[] masks, double[][] inverses) {
      this.masks = masks;
      this.inverses = inverses;
    }
  }

  /** The matrices for the years in which every exhaustible slot is exhausted. */
  Exhausted exhausted() {
    Exhausted e = exhausted;
    if (e == null) {
      e = new Exhausted(exhaustible, exhaustible.length);
      exhausted = e;
    }
    return e;
  }

  /**
   * The output of a year in which the sectors {@code S} are all exhausted (capped at 0) is {@code x = P y}, with
   * {@code P = L - L_{.S} L_SS^-1 L_{S.}}, whose rows and columns for {@code S} are 0, and their final demand is
   * {@code y_S = -L_SS^-1 L_SO y_O}: the local supply they no longer give is bought from outside. Both are stored as
   * the columns of the other sectors {@code O}, each of {@code n + |S|} rows: {@code P}'s column, then
   * {@code -L_SS^-1 L_SO}'s, so that one pass of the Leontief product gives a year's output and the capped
   * sectors' final demand together.
   */
  final class Exhausted {
    /** The capped sectors (not slots), ascending. */
    final int[] sectors;
    /** Each sector's position among {@link #sectors}, or -1. */
    final int[] position;
    /** The other sectors, ascending, and the extended column of each. */
    final int[] others;
    final double[][] columns;
    final int rows;

    private Exhausted(int[] slots, int count) {
      sectors = new int[count];
      position = new int[n];
      Arrays.fill(position, -1);
      boolean[] isCapped = new boolean[n];
      for (int a = 0; a < count; a++) {
        sectors[a] = resourceIndex[slots[a]];
        isCapped[sectors[a]] = true;
        position[sectors[a]] = a;
      }
      others = new int[n - count];
      for (int i = 0, o = 0; i < n; i++) {
        if (!isCapped[i]) {
          others[o++] = i;
        }
      }
      double[] w = inverse(slots, count);
      rows = n + count;
      columns = new double[others.length][];
      for (int t = 0; t < others.length; t++) {
        int j = others[t];
        double[] lj = leontief[j];
        // h = L_SS^-1 L_Sj
        double[] h = new double[count];
        for (int a = 0; a < count; a++) {
          double s = 0;
          for (int b = 0; b < count; b++) {
            s += w[a * count + b] * lj[sectors[b]];
          }
          h[a] = s;
        }
        double[] col = new double[rows];
        for (int i : others) {
          double s = lj[i];
          for (int a = 0; a < count; a++) {
            s -= leontief[sectors[a]][i] * h[a];
          }
          col[i] = s;
        }
        for (int a = 0; a < count; a++) {
          col[n + a] = -h[a];
        }
        columns[t] = col;
      }
    }
  }

}
