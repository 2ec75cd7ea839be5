package io.xinlu.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.xinlu.uncertainty.ensemble.EnsembleResult;
import java.util.Arrays;

/**
 * What a {@link Study} found: one {@link EnsembleResult} per cell, keyed by city and lever settings, in the study's
 * order (cities as given, lever combinations with the first lever varying slowest).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StudyResult {
  /**
   * One city and combination of lever settings, and its ensemble.
   *
   * <p>Immutable and thread-safe.
   *
   * @param city the city's id
   * @param leverNames the levers' paths, empty without levers
   * @param levers the settings, in the order of {@code leverNames}
   * @param result the ensemble over the city's uncertainty design with those settings
   * @since 0.1.0
   */
  public record Cell(String city, ImmutableList<String> leverNames, ImmutableList<Double> levers,
      EnsembleResult result) {}

  private final ImmutableList<Cell> cells;

  StudyResult(ImmutableList<Cell> cells) {
    this.cells = cells;
  }

  /** Every cell, in the study's order. */
  public ImmutableList<Cell> cells() {
    return cells;
  }

  /** The cells of one city, in lever order. */
  public ImmutableList<Cell> cells(String city) {
    return cells.stream().filter(c -> c.city().equals(city)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The cell of a city with the given lever settings (none for a city without levers).
   *
   * @throws IllegalArgumentException if there is no such cell; the message lists the city's settings
   */
  public Cell cell(String city, double... levers) {
    for (Cell c : cells) {
      if (c.city().equals(city) && c.levers().size() == levers.length) {
        boolean same = true;
        for (int i = 0; i < levers.length; i++) {
          same &= c.levers().get(i) == levers[i];
        }
        if (same) {
          return c;
        }
      }
    }
    ImmutableList<Cell> ofCity = cells(city);
    checkArgument(!ofCity.isEmpty(), "the study has no city '%s'; cities: %s", city,
        cells.stream().map(Cell::city).distinct().toList());
    throw new IllegalArgumentException("city '" + city + "' has no cell with lever settings "
        + Arrays.toString(levers) + "; settings: " + ofCity.stream().map(Cell::levers).toList());
  }

  /** The number of runs of every cell together. */
  public long runs() {
    return cells.stream().mapToLong(c -> c.result().runs()).sum();
  }

  @Override
  public String toString() {
    return "StudyResult{" + cells.size() + " cells, " + runs() + " runs}";
  }
}
