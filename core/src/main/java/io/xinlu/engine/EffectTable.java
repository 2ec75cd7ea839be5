package io.xinlu.engine;

import io.xinlu.policy.Effect;
import java.util.Arrays;

/**
 * The compiled effects of a scenario, one flat list per kind: for entry {@code j} of kind {@code k}, the active
 * project index, the sector index ({@code -1} for city-wide effects) and the size after intensity, scale and
 * tag splitting. Immutable after construction; arrays are never exposed.
 */
final class EffectTable {
  private static final int KINDS = Effect.Kind.values().length;

  final int[][] project;
  final int[][] sector;
  final double[][] size;

  private EffectTable(int[][] project, int[][] sector, double[][] size) {
    this.project = project;
    this.sector = sector;
    this.size = size;
  }

  int count(Effect.Kind kind) {
    return size[kind.ordinal()].length;
  }

  int total() {
    int t = 0;
    for (double[] s : size) {
      t += s.length;
    }
    return t;
  }

  static final class Builder {
    private final int[][] project = new int[KINDS][8];
    private final int[][] sector = new int[KINDS][8];
    private final double[][] size = new double[KINDS][8];
    private final int[] count = new int[KINDS];

    void add(Effect.Kind kind, int projectIndex, int sectorIndex, double value) {
      int k = kind.ordinal();
      if (count[k] == size[k].length) {
        project[k] = Arrays.copyOf(project[k], count[k] * 2);
        sector[k] = Arrays.copyOf(sector[k], count[k] * 2);
        size[k] = Arrays.copyOf(size[k], count[k] * 2);
      }
      project[k][count[k]] = projectIndex;
      sector[k][count[k]] = sectorIndex;
      size[k][count[k]] = value;
      count[k]++;
    }

    EffectTable build() {
      int[][] p = new int[KINDS][];
      int[][] s = new int[KINDS][];
      double[][] z = new double[KINDS][];
      for (int k = 0; k < KINDS; k++) {
        p[k] = Arrays.copyOf(project[k], count[k]);
        s[k] = Arrays.copyOf(sector[k], count[k]);
        z[k] = Arrays.copyOf(size[k], count[k]);
      }
      return new EffectTable(p, s, z);
    }
  }
}
