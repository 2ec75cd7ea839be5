package io.xinlu.engine;

import io.xinlu.policy.Effect;

/**
 * The compiled effects of a scenario, one flat list per kind: for entry {@code j} of kind {@code k}, the active
 * project index, the sector index ({@code -1} for city-wide effects) and the size after intensity, scale and
 * tag splitting. The project and sector arrays are shared by every compilation of one template; none is ever
 * written after construction or exposed.
 */
final class EffectTable {
  final int[][] project;
  final int[][] sector;
  final double[][] size;

  EffectTable(int[][] project, int[][] sector, double[][] size) {
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
}
