package io.xinlu.properties;

import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Arrays;
import org.quicktheories.core.Gen;

/**
 * A sequence of choices, each a number in [0, 1), drawn by QuickTheories, from which a test builds its model as it
 * would from a {@link java.util.Random}: {@link Cursor#nextInt(int)}, {@link Cursor#nextDouble()} and
 * {@link Cursor#nextBoolean()} read the next choice. QuickTheories shrinks each choice towards 0, so a failing
 * model shrinks towards the first option of every choice, the smallest sizes and the lower end of every range,
 * rather than towards a smaller seed of a random generator (which gives an unrelated model). Every
 * {@link #cursor()} reads the same choices from the start, so one draw builds the same model as often as a test needs
 * it (with and without an extra strategy, say).
 */
public final class Choices {
  private final double[] values;

  private Choices(double[] values) {
    this.values = values;
  }

  /** Sequences of {@code count} choices; a model that needs more fails loudly. */
  public static Gen<Choices> of(int count) {
    Gen<Double> unit = doubles().between(0.0, Math.nextDown(1.0));
    return in -> {
      double[] v = new double[count];
      for (int i = 0; i < count; i++) {
        v[i] = unit.generate(in);
      }
      return new Choices(v);
    };
  }

  /** A reader of the choices from the first. */
  public Cursor cursor() {
    return new Cursor();
  }

  /** The choices, for a falsified property's report; trailing zeros (the shrunk, unread ones) left out. */
  @Override
  public String toString() {
    int last = values.length;
    while (last > 0 && values[last - 1] == 0.0) {
      last--;
    }
    return "choices " + Arrays.toString(Arrays.copyOf(values, last));
  }

  /** Reads the choices in order, like {@link java.util.Random}'s methods of the same names. */
  public final class Cursor {
    private int next;

    private Cursor() {}

    /** A number in [0, 1). */
    public double nextDouble() {
      if (next == values.length) {
        throw new IllegalStateException("the model needs more than " + values.length + " choices");
      }
      return values[next++];
    }

    /** A whole number in [0, bound). */
    public int nextInt(int bound) {
      return Math.min(bound - 1, (int) (nextDouble() * bound));
    }

    /** False for the lower half of the range, so that it shrinks towards false. */
    public boolean nextBoolean() {
      return nextDouble() >= 0.5;
    }
  }
}
