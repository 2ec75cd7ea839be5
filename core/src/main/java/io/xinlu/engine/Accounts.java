package io.xinlu.engine;

import static com.google.common.base.Preconditions.checkState;

import org.jspecify.annotations.Nullable;

/**
 * The prices, public-finance and stranded-asset accounts of one {@link Run} (sections 20 and 22 of
 * {@code docs/MODEL.md}), each worked out at the first request of one of its quantities ({@link Prices},
 * {@link Budget}, {@link Stranded}), as the run derives its labour
 * transition. The fields are not volatile: two threads may both work an account out, with the same numbers, and the
 * accounts' final fields make a reference read through a race show their filled arrays. Thread-safe.
 */
final class Accounts {
  private final CompiledScenario c;
  private final RunValues values;
  private @Nullable Prices prices;
  private @Nullable Budget budget;
  private @Nullable Stranded stranded;

  Accounts(CompiledScenario c, RunValues values) {
    this.c = c;
    this.values = values;
  }

  /** The prices account, worked out at the first call. */
  Prices prices() {
    Prices p = prices;
    if (p == null) {
      p = Prices.of(c, values);
      prices = p;
    }
    return p;
  }

  /**
   * The budget account, worked out at the first call.
   *
   * @throws IllegalStateException if the profile gives no public finance
   */
  Budget budget() {
    checkState(c.finance.hasFinance(), "run '%s' has no budget: profile '%s' gives no public finance",
        c.scenario.name(), c.profile.name());
    Budget b = budget;
    if (b == null) {
      b = Budget.of(c, values, prices());
      budget = b;
    }
    return b;
  }

  /**
   * The stranded-asset account (section 22 of {@code docs/MODEL.md}), worked out at the first call.
   *
   * @throws IllegalStateException if no project of the model describes the assets it closes
   */
  Stranded stranded() {
    checkState(c.closures.available, "run '%s' has no stranded-asset account: no project of model '%s' describes "
        + "the assets it closes (closed assets)", c.scenario.name(), c.profile.name());
    Stranded s = stranded;
    if (s == null) {
      s = c.shared.stranded(values.limit);
      stranded = s;
    }
    return s;
  }

  /** GDP at current over constant prices in year index {@code k}; NaN where GDP is 0. */
  double deflator(int k) {
    Prices p = prices();
    inRange(p.gdp[k], k);
    return p.gdpConstant[k] == 0 ? Double.NaN : p.gdp[k] / p.gdpConstant[k];
  }

  /** The modelled taxes of the sectors carrying a tag in year index {@code k}, summed in the profile's order. */
  double tagTaxes(int k, String tag) {
    budget();
    double s = 0;
    for (int i = 0; i < c.n; i++) {
      if (c.profile.sectors().get(i).hasTag(tag)) {
        s += Budget.taxes(c, values, prices(), k, i);
      }
    }
    return inRange(s, k);
  }

  /** A sector's modelled taxes {@code T_i(t)} in year index {@code k}, checked as the other values. */
  double sectorTaxes(int k, int i) {
    budget();
    return inRange(Budget.taxes(c, values, prices(), k, i), k);
  }

  /** A sector's value added at current prices in year index {@code k}, checked as the other values. */
  double valueAddedCurrent(int k, int i) {
    return inRange(prices().valueAdded(values, k, i), k);
  }

  /**
   * {@code v}, a value of the accounts in year index {@code k}; NaN marks one derived from a value out of range, and
   * asking the run's values for that year's value added and gross output then throws the
   * {@link NonFiniteResultException} that names it.
   */
  double inRange(double v, int k) {
    if (Double.isNaN(v)) {
      values.sum(Quantity.VALUE_ADDED.ordinal(), k);
      values.sum(Quantity.GROSS_OUTPUT.ordinal(), k);
      throw new IllegalStateException("run '" + c.scenario.name() + "': a value of the prices or budget account in "
          + (c.t0 + k) + " is not a number");
    }
    return v;
  }
}
