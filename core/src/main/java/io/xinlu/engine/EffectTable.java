package io.xinlu.engine;

import io.xinlu.policy.Effect;

/**
 * The compiled effects of a scenario, one flat list of entries per {@link Effect.Kind}: for entry {@code j} of a
 * kind, the project carried out, the sector index ({@code -1} for city-wide effects) and the size after intensity,
 * scale and tag splitting ({@code dy}, {@code m}, {@code dg}, {@code de}, {@code dc}, {@code dq} or {@code drho} of
 * section 6 of {@code docs/MODEL.md}, times the project's weight). The project and sector arrays are shared by every
 * compilation of one template; none is ever written after construction or exposed.
 */
final class EffectTable {
  private final int[][] project;
  private final int[][] sector;
  private final double[][] size;

  EffectTable(int[][] project, int[][] sector, double[][] size) {
    this.project = project;
    this.sector = sector;
    this.size = size;
  }

  /** The project carried out of each entry of a kind. */
  int[] project(Effect.Kind kind) {
    return project[kind.ordinal()];
  }

  /** The sector of each entry of a kind, -1 for a city-wide effect. */
  int[] sector(Effect.Kind kind) {
    return sector[kind.ordinal()];
  }

  /** The size of each entry of a kind. */
  double[] size(Effect.Kind kind) {
    return size[kind.ordinal()];
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
