package io.xinlu.engine;

import com.google.common.collect.ImmutableList;
import io.xinlu.policy.Effect;

/**
 * The groups of yearly factors a compilation lays out (section 10 of {@code docs/MODEL.md}), in the order their
 * clamps happen in a year: final demand's before the resource caps, the others after them. A compilation with
 * parameter values shares a group's rows and clamps with the reference compilation when the group's inputs (among
 * them the sizes of its kinds of effects) have the same bits.
 */
enum RowGroup {
  /** Final demand before resource caps, {@code y_i(t)}: growth, shock, growth shifts, scale demand, new capacity. */
  DEMAND(Effect.Kind.GROWTH_SHIFT, Effect.Kind.SCALE_DEMAND, Effect.Kind.NEW_CAPACITY),
  /** Energy per unit of value added, {@code e_i(t)}. */
  ENERGY(Effect.Kind.ENERGY_INTENSITY),
  /** CO2 per unit of energy, {@code c_i(t) EF_i(t)}. */
  EMISSION(Effect.Kind.EMISSION_FACTOR),
  /** Value added per job (labour productivity), {@code q_i(t)}. */
  LABOUR(Effect.Kind.PRODUCTIVITY),
  /** The re-employment rate, {@code rho(t)}. */
  REEMPLOYMENT(Effect.Kind.REEMPLOYMENT);

  /** The groups, in order. */
  static final ImmutableList<RowGroup> ALL = ImmutableList.copyOf(values());

  private final ImmutableList<Effect.Kind> kinds;

  RowGroup(Effect.Kind... kinds) {
    this.kinds = ImmutableList.copyOf(kinds);
  }

  /** The kinds of effects that act on this group's factors. */
  ImmutableList<Effect.Kind> kinds() {
    return kinds;
  }

  /** Whether this group's clamps in a year come before that year's resource caps. */
  boolean beforeResourceCaps() {
    return this == DEMAND;
  }
}
